/* thanrak-assessment.c: the 50-point center assessment of seed 001
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The checklist (แบบประเมินศูนย์บริการส่งเสริมเศรษฐกิจฐานราก) and its
 * development guidance (คำอธิบายเกณฑ์การประเมิน … แนวทางการพัฒนา) are
 * copied word for word from seed 001 (domain.md §4.1), with two kinds of
 * slips of the seed's text extraction corrected from the seed's own other
 * occurrences of the same text: item 6.1 reads "ณ ที่ตั้งของศูนย์" (the
 * form's "ของคุณย" is a garble; the guidance table, seed 001 line ~276,
 * has "ของศูนย์"), and spaces that stand only where a table cell wrapped
 * are removed (aspect 3 "ด้านบทบาทภารกิจของศูนย์" as on seed line ~257;
 * items 3.1-3.4 as in their guidance; the guidance titles of 6.1, 6.2,
 * 7, 8 and 10 as the checklist writes them). Genuine phrase spaces stay
 * ("มีวัสดุ เครื่องมือ และสื่อ…", "มีการให้คำปรึกษา แนะนำ", "…ออนไลน์
 * หรือสื่ออิเล็กทรอนิกส์"). Guidance bodies are kept as the seed has them.
 */
#include "config.h"

#include <string.h>

#include "thanrak-assessment.h"

static const ThanrakAssessmentAspect aspects[] = {
  { 1, "ด้านสถานที่", 6, FALSE, NULL, NULL },
  { 2, "ด้านโครงสร้างการบริหาร", 8, FALSE, NULL, NULL },
  { 3, "ด้านบทบาทภารกิจของศูนย์", 6, FALSE, NULL, NULL },
  { 4, "ด้านข้อมูลที่ให้บริการ", 5, FALSE, NULL, NULL },
  { 5, "ด้านวิธีการให้บริการ", 4, FALSE, NULL, NULL },
  { 6, "ด้านรูปแบบการให้บริการ", 3, FALSE, NULL, NULL },
  { 7, "ด้านการมีส่วนร่วมของหน่วยงานภาคี", 3, FALSE, NULL, NULL },
  { 8, "ด้านการสนับสนุนงบประมาณ", 3, FALSE, NULL, NULL },
  { 9, "ด้านจำนวนการให้บริการ", 6, TRUE, NULL, NULL },
  { 10, "ด้านความพึงพอใจของผู้รับบริการ", 6, TRUE, "มีการประเมินความพึงพอใจของผู้รับบริการ",
    "ไม่มีการประเมินความพึงพอใจของผู้รับบริการ" },
};

static const ThanrakAssessmentItem items[] = {
  { "1.1", "๑.๑", 1, "มีสถานที่ดำเนินการที่ชัดเจน", 1,
    "๑.๑ สถานที่ชัดเจน",
    "กำหนดสถานที่ให้ชัดเจนโดยคำนึงถึง\n"
      "๑. เป็นศูนย์กลางในการติดต่อสื่อสารหรือการให้บริการของหน่วยงานต่าง ๆ\n"
      "๒. มีพื้นที่เพียงพอในการดำเนินการให้บริการ\n"
      "๓. กลุ่มเป้าหมายที่มาขอรับบริการสามารถเดินทางมาขอรับบริการได้สะดวก\n"
      "๔. มีระบบสาธารณูปโภคพร้อม\n"
      "๕. มีเครื่องมือในการให้บริการ เช่น คอมพิวเตอร์ที่เชื่อมต่ออินเทอร์เน็ตได้ เอกสาร สิ่งพิมพ์เกี่ยวกับด้านเศรษฐกิจ เป็นต้น\n"
      "๖. ผู้ให้และผู้รับบริการต้องเห็นชอบและมีส่วนร่วมในการเลือกสถานที่ตั้งและใช้ศูนย์บริการส่งเสริมเศรษฐกิจฐานราก" },
  { "1.2", "๑.๒", 1, "มีป้ายศูนย์บริการส่งเสริมเศรษฐกิจฐานราก", 2,
    "๑.๒ ป้ายศูนย์บริการส่งเสริมเศรษฐกิจฐานราก",
    "ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากต้องมีป้ายชื่อศูนย์ติดไว้ยังสถานที่ที่ทำการศูนย์ โดยใช้ข้อความ ดังนี้ “ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอ.....”" },
  { "1.3", "๑.๓", 1, "มีวัสดุ เครื่องมือ และสื่อในการให้บริการ", 3,
    "๑.๓ วัสดุเครื่องมือให้บริการ",
    "ภายในศูนย์บริการส่งเสริมเศรษฐกิจฐานรากควรมีวัสดุเครื่องมือในการให้บริการ และอำนวยความสะดวกแก่ผู้รับบริการ เช่น ปากกา ดินสอ กระดาษ คอมพิวเตอร์ ปริ้นเตอร์" },
  { "2.1", "๒.๑", 2, "มีคณะกรรมการบริหาร", 1,
    "๒.๑ คณะกรรมการบริหารศูนย์",
    "๑. ให้มีคณะกรรมการบริหารศูนย์บริการส่งเสริมเศรษฐกิจฐานรากที่มาจากตัวแทนกลุ่ม องค์กรต่าง ๆ เช่น กลุ่มอาชีพผลิตภัณฑ์ชุมชน กลุ่มผู้ผลิตผู้ประกอบการ OTOP กลุ่มออมทรัพย์เพื่อการผลิต กองทุน กขคจ./กองทุนหมู่บ้าน กลุ่ม/องค์กร/เครือข่ายอื่นๆ ในชุมชน ประชาชนในหมู่บ้าน/ตำบล เป็นต้น\n"
      "๒. กำหนดบทบาทตำแหน่งหน้าที่ให้ชัดเจน\n"
      "๓. จัดการประชุมชี้แจงทำความเข้าใจตามบทบาทหน้าที่\n"
      "๔. มีการกำหนดวาระการดำรงตำแหน่งที่แน่นอน" },
  { "2.2", "๒.๒", 2, "มีคณะกรรมการที่ปรึกษา", 1,
    "๒.๒ คณะกรรมการที่ปรึกษา",
    "๑. ให้มีคณะกรรมการที่ปรึกษาศูนย์บริการส่งเสริมเศรษฐกิจฐานราก ที่มาจากตัวแทนหน่วยงาน ต่าง ๆ เช่น พัฒนารวมชน เกษตร สาธารณสุข การศึกษานอกโรงเรียน สหกรณ์ สภาวัฒนธรรมอำเภอ องค์กรปกครองส่วนท้องถิ่น เป็นต้น\n"
      "๒. ประชุมชี้แจงทำความเข้าใจการดำเนินงานศูนย์บริการส่งเสริมเศรษฐกิจฐานราก\n"
      "๓. จัดทำข้อตกลงในการร่วมมือเพื่อพัฒนาศูนย์บริการส่งเสริมเศรษฐกิจฐานรากกับองค์กรปกครองส่วนท้องถิ่น (ในกรณีที่สามารถดำเนินการได้)" },
  { "2.3", "๒.๓", 2, "มีระเบียบข้อบังคับ/กติกา เป็นลายลักษณ์อักษร", 1,
    "๒.๓ ระเบียบข้อบังคับ / กติกา",
    "๑. จัดประชุมคณะกรรมการศูนย์บริการส่งเสริมเศรษฐกิจฐานราก เพื่อร่างระเบียบ / กติกา ศูนย์\n"
      "๒. จัดทำเอกสารเพื่อประชาสัมพันธ์ระเบียบ / กติกา ศูนย์ให้ทราบโดยทั่วกัน\n"
      "๓. มีการทบทวนระเบียบ / กติกา ศูนย์ อย่างน้อย ๒ ปี / ครั้ง หรือตามความจำเป็น" },
  { "2.4", "๒.๔", 2, "มีการประชุม", 1,
    "๒.๔ การประชุม",
    "๑. กำหนดการประชุมของคณะกรรมการไว้ในระเบียบ / กติกา ให้ชัดเจน ๒. กำหนดแผนปฏิบัติการของคณะกรรมการโดยประชาสัมพันธ์ให้ทราบ ๓. มีการบันทึกการประชุมไว้เป็นลายลักษณ์อักษร" },
  { "2.5", "๒.๕", 2, "มีแผนการดำเนินงาน", 1,
    "๒.๕ แผนการดำเนินงาน",
    "๑. กำหนดเป้าหมายและทิศทางในการดำเนินงานของศูนย์บริการส่งเสริมเศรษฐกิจฐานรากไว้อย่างชัดเจนและครอบคลุมตามบทบาทภารกิจ ๒. มีแผนการดำเนินงานศูนย์หรือมีการบูรณาการแผนการดำเนินงานกับหน่วยงานภาคีที่เกี่ยวข้อง ๓. มีการทบทวนปรับปรุงแผนการดำเนินงานให้เหมาะสมกับสถานการณ์เสมอ" },
  { "2.6", "๒.๖", 2, "มีการประชาสัมพันธ์", 1,
    "๒.๖ การประชาสัมพันธ์",
    "ประชาสัมพันธ์ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอย่างต่อเนื่องโดยผ่านช่องทางต่าง ๆ เช่น ศูนย์บริการเคลื่อนที่ วิทยุ เว็บไซต์ แผ่นพับ โปสเตอร์ เป็นต้น" },
  { "2.7", "๒.๗", 2, "มีการรายงานผลการดำเนินงาน", 2,
    "๒.๗ ผลการดำเนินงาน",
    "จัดทำและแสดงข้อมูลผลการดำเนินงานเพื่อใช้ประโยชน์ในการบริหาร / บริการ วัฒนธรรม ที่ทำการศูนย์ หรือจัดทำเป็นเอกสารเผยแพร่ โดยปรับปรุงข้อมูลให้เป็นปัจจุบันอยู่เสมอ" },
  { "3.1", "๓.๑", 3, "มีการวิเคราะห์ปัญหา ความต้องการของผู้รับบริการ", 1,
    "๓.๑ การศึกษาวิเคราะห์ปัญหาความต้องการของผู้รับบริการ",
    "๑. ศึกษาให้รู้เท่าทันสถานการณ์ด้านเศรษฐกิจ ๒. วิเคราะห์ปัญหา ความต้องการของผู้รับบริการ จุดอ่อน จุดแข็ง ของศูนย์ฯ ของลูกค้า ๓. ศึกษาตำแหน่งทางเศรษฐกิจ เอกลักษณ์ อัตลักษณ์ เพื่อกำหนดเป็นจุดขายของอำเภอ" },
  { "3.2", "๓.๒", 3, "มีการสนับสนุน สื่อ วัสดุ อุปกรณ์ความรู้ด้านเศรษฐกิจ", 1,
    "๓.๒ การสนับสนุน สื่อวัสดุ อุปกรณ์ความรู้ด้านเศรษฐกิจ",
    "๑. สนับสนุน สื่อ วัสดุ อุปกรณ์ความรู้ด้านเศรษฐกิจ ๒. สนับสนุนวิทยากรหรือผู้เชี่ยวชาญ ด้านการผลิต การตลาด การออกแบบ การสร้างรายได้ ประกอบอาชีพ เป็นต้น" },
  { "3.3", "๓.๓", 3, "มีการสนับสนุนสถานที่ในการพบปะเจรจาธุรกิจหรือแลกเปลี่ยนเรียนรู้ของผู้เกี่ยวข้องด้านเศรษฐกิจ", 1,
    "๓.๓ การสนับสนุนสถานที่ในการพบปะเจรจาธุรกิจหรือแลกเปลี่ยนเรียนรู้ของผู้เกี่ยวข้องด้านเศรษฐกิจ",
    "๑. การเตรียมความพร้อมด้านสถานที่ เช่นการปรับภูมิทัศน์ของศูนย์ ๒. การเตรียมความพร้อมด้านบุคลากร เช่นการอบรมให้ความรู้แก่คณะกรรมการด้านต่าง ๆ ๓. การเตรียมความพร้อมด้านองค์ความรู้ เช่น ภูมิปัญญา ฝีมือ ทักษะ ความคิดสร้างสรรค์ เป็นต้น" },
  { "3.4", "๓.๔", 3, "มีการส่งเสริมการประกอบอาชีพ การสร้างรายได้เพิ่มขึ้นของประชาชน", 1,
    "๓.๔ การส่งเสริมการประกอบอาชีพ การสร้างรายได้เพิ่มขึ้นของประชาชน",
    "๑. การแสวงหาแหล่งทุน ได้แก่ กองทุนในชุมชน เช่น กลุ่มออมทรัพย์ กข.คจ. กทบ. กองทุนนอกชุมชน เช่น ธนาคารพาณิชย์ต่าง ๆ ๒. ส่งเสริมให้ประชาชนมีการลงทุนประกอบอาชีพ ๓. จัดทำเมนูอาชีพทางเลือกให้กับผู้รับบริการ หรือประชาชนที่สนใจ ๔. ส่งเสริมให้ประชาชนมีการออม" },
  { "3.5", "๓.๕", 3, "มีการแลกเปลี่ยนเรียนรู้", 1,
    "๓.๕ การแลกเปลี่ยนเรียนรู้",
    "๑. การจัดเวทีสัมมนาในเรื่องเกี่ยวกับเศรษฐกิจฐานราก ณ ที่ตั้งศูนย์ ๒. การให้บริการเคลื่อนที่โดยสอดแทรกกิจกรรมการแลกเปลี่ยนเรียนรู้ในเรื่องที่ประชาชนหรือผู้รับบริการให้ความสนใจ หรือเป็นเรื่องเกี่ยวกับความเป็นอยู่ของประชาชน ๓. การอบรมให้ความรู้ด้านเศรษฐกิจหรือการประกอบอาชีพ ๔. การนำคนที่ประสบความสำเร็จมาถ่ายทอดความรู้เป็นตัวอย่างแก่ประชาชนหรือผู้รับบริการของคุณ" },
  { "3.6", "๓.๖", 3, "มีการประสานงานไปยังหน่วยงานที่มีภารกิจเฉพาะด้าน", 1,
    "๓.๖ การประสานงานไปยังหน่วยงานที่มีการกิจเฉพาะด้าน",
    "๑. จัดทำทะเบียนหน่วยงานภาครัฐภายในอำเภอ จังหวัด ๒. จัดทำทะเบียนหน่วยงานภาคเอกชน เช่น NGO ปราชญ์ชาวบ้าน หรือผู้ที่มีความเชี่ยวชาญเฉพาะด้านภายในอำเภอ จังหวัด ๓. จัดทำทะเบียนแหล่งทุนภายในอำเภอ จังหวัด" },
  { "4.1", "๔.๑", 4, "มีข้อมูลทั่วไป", 1,
    "๔.๑ ข้อมูลทั่วไป",
    "๑. ข้อมูลทางภูมิศาสตร์ เช่น สภาพพื้นที่ การแบ่งเขตการปกครอง จำนวนแม่น้ำลำคลอง ๒. ข้อมูลของประชากร เช่น เพศ อายุ การศึกษา ๓. ข้อมูลจำนวนสถานที่และสิ่งก่อสร้าง เช่น วัด โรงเรียน โรงพยาบาล" },
  { "4.2", "๔.๒", 4, "มีข้อมูลการผลิต", 1,
    "๔.๒ ข้อมูลการผลิต",
    "๑. ข้อมูลแหล่งวัตถุดิบในท้องถิ่น ๒. ข้อมูลด้านภูมิปัญญา ๓. ข้อมูลปัจจัยการผลิตที่มีราคาถูก เช่น เครื่องจักร เมล็ดพันธุ์พืช เป็นต้น" },
  { "4.3", "๔.๓", 4, "มีข้อมูลการตลาด", 1,
    "๔.๓ ข้อมูลการตลาด",
    "๑. ข้อมูลราคาผลผลิตทางการเกษตร ๒. ข้อมูลสินค้าที่เป็นที่ต้องการของตลาดในปัจจุบัน ๓. ข้อมูลช่องทางการตลาด เช่น การขายตามงานแสดงและจำหน่าย การขายตรง การขายทางเว็บไซต์ เป็นต้น" },
  { "4.4", "๔.๔", 4, "มีข้อมูลแหล่งทุน", 1,
    "๔.๔ ข้อมูลแหล่งทุน",
    "๑. ข้อมูลแหล่งทุนดอกเบี้ยต่ำ ๒. การเขียนแผนธุรกิจเพื่อใช้บริการแหล่งทุน ๓. ข้อมูลระเบียบของแหล่งทุนต่าง ๆ ๔. ข้อมูลความรู้ในการบริหารจัดการทุนชุมชน" },
  { "4.5", "๔.๕", 4, "มีข้อมูลคลังภูมิปัญญา", 1,
    "๔.๕ ข้อมูลคลังภูมิปัญญา",
    "๑. ข้อมูลภูมิปัญญา ๕ ด้าน (อาหาร เครื่องดื่ม ผ้าเครื่องแต่งกาย ของใช้ของตกแต่งของที่ระลึก สมุนไพรที่ไม่ใช่อาหาร) ๒. ข้อมูลครูภูมิปัญญา หรือผู้เชี่ยวชาญด้านภูมิปัญญา ๓. ข้อมูลหลักสูตรหรือองค์ความรู้การนำภูมิปัญญามาพัฒนาเป็นสินค้า OTOP" },
  { "5.1", "๕.๑", 5, "มีการให้คำปรึกษา แนะนำ", 1,
    "๕.๑ การให้คำปรึกษาแนะนำ",
    "๑. อบรมให้ความรู้แก่กรรมการศูนย์เพื่อให้มีความพร้อมในการให้บริการ ๒. พัฒนานุคลิกภาพผู้ให้บริการให้มีความน่าเชื่อถือ" },
  { "5.2", "๕.๒", 5, "มีการให้เอกสารความรู้", 1,
    "๕.๒ การให้เอกสารความรู้",
    "๑. จัดเตรียมเอกสารให้เพียงพอต่อการให้บริการ ๒. จัดหมวดหมู่เอกสารเพื่อให้มีความสะดวกต่อการให้บริการ เช่น ข้อมูลด้านการผลิต ข้อมูลด้านการตลาด ข้อมูลแหล่งทุน เป็นต้น" },
  { "5.3", "๕.๓", 5, "มีการให้บริการสืบค้นข้อมูล", 1,
    "๕.๓ การให้บริการสืบค้นข้อมูล",
    "๑. จัดเตรียมคอมพิวเตอร์ ๒. มีไฟล์เอกสารที่บรรจุในเครื่อง หรือ CD ROM ๓. มีการเชื่อมต่ออินเทอร์เน็ต ๔. แนะนำวิธีการสืบค้นข้อมูลแก่ผู้มาขอรับบริการ" },
  { "5.4", "๕.๔", 5, "มีการให้บริการนอกสถานที่", 1,
    NULL,
    NULL },
  { "6.1", "๖.๑", 6, "มีการให้บริการ ณ ที่ตั้งของศูนย์", 1,
    "๖.๑ การให้บริการ ณ ที่ตั้งของศูนย์",
    "๑. กำหนดเวลาให้บริการ ๒. จัดทำตารางหรือเวรผู้ให้บริการ ๓. แสดงชื่อ ตำแหน่งผู้ให้บริการ ๔. จัดเตรียมเอกสาร แผ่นพับ CD ฯลฯ ในการให้บริการ ๕. จัดทำแบบประเมินความพึงพอใจ" },
  { "6.2", "๖.๒", 6, "มีการให้บริการเคลื่อนที่นอกศูนย์", 1,
    "๖.๒ การให้บริการเคลื่อนที่นอกศูนย์",
    "๑. จัดหาสถานที่ ๒. กำหนดวัน เวลา ในการเคลื่อนที่ไปให้บริการ ๓. ประสานหน่วยงานที่เกี่ยวข้องหรือผู้รู้อื่น ๆ กรณีต้องให้ความรู้ที่เป็นเรื่อง เฉพาะด้านที่ผู้ให้บริการไม่มีความเชี่ยวชาญพอที่จะให้บริการ ๔. จัดเตรียมเอกสาร แผ่นพับ CD ฯลฯ ในการให้บริการ ๕. จัดทำแบบประเมินความพึงพอใจ" },
  { "6.3", "๖.๓", 6, "มีการให้บริการผ่านสื่อออนไลน์ หรือสื่ออิเล็กทรอนิกส์", 1,
    "๖.๓ การให้บริการผ่านสื่อ เช่น วิทยุ โทรศัพท์ เว็บไซต์",
    "๑. จัดเตรียมเนื้อหาในการให้บริการ ๒. กำหนดบุคคลที่จะให้บริการ อาจเป็นกรรมการศูนย์ หรืออาจเชิญผู้รู้ ผู้เชี่ยวชาญเฉพาะด้านมาให้บริการในนามศูนย์ เป็นต้น ๓. กำหนดวันเวลาในการให้บริการ ๔. มีการประชาสัมพันธ์ก่อนให้บริการ" },
  { "7.1", "๗.๑", 7, "ภาครัฐ", 1,
    "๗. ด้านการมีส่วนร่วมของหน่วยงานภาคี - ภาครัฐ ภาคเอกชน เครือข่ายองค์กร",
    "๑. เชิญหน่วยงานภาคีมาเป็นที่ปรึกษาศูนย์ ๒. ประชุมชี้แจงทำความเข้าใจถึงการดำเนินงานศูนย์ ๓. กำหนดบทบาทภารกิจให้หน่วยงานภาคี เพื่อให้มีส่วนร่วมในการดำเนินงาน ศูนย์ ๔. เชิญมาเป็นผู้ให้บริการประจำหรือกรณีพิเศษแล้วแต่กรณี เช่น กรณีให้บริการ ประจำกำหนดเวรการให้บริการรายสัปดาห์ หรือรายเดือน กรณีพิเศษ เช่น การเชิญเป็นวิทยากร ร่วมเวทีเสวนา เพื่อแลกเปลี่ยนเรียนรู้ เป็นต้น" },
  { "7.2", "๗.๒", 7, "ภาคเอกชน", 1,
    "๗. ด้านการมีส่วนร่วมของหน่วยงานภาคี - ภาครัฐ ภาคเอกชน เครือข่ายองค์กร",
    "๑. เชิญหน่วยงานภาคีมาเป็นที่ปรึกษาศูนย์ ๒. ประชุมชี้แจงทำความเข้าใจถึงการดำเนินงานศูนย์ ๓. กำหนดบทบาทภารกิจให้หน่วยงานภาคี เพื่อให้มีส่วนร่วมในการดำเนินงาน ศูนย์ ๔. เชิญมาเป็นผู้ให้บริการประจำหรือกรณีพิเศษแล้วแต่กรณี เช่น กรณีให้บริการ ประจำกำหนดเวรการให้บริการรายสัปดาห์ หรือรายเดือน กรณีพิเศษ เช่น การเชิญเป็นวิทยากร ร่วมเวทีเสวนา เพื่อแลกเปลี่ยนเรียนรู้ เป็นต้น" },
  { "7.3", "๗.๓", 7, "เครือข่ายองค์กร", 1,
    "๗. ด้านการมีส่วนร่วมของหน่วยงานภาคี - ภาครัฐ ภาคเอกชน เครือข่ายองค์กร",
    "๑. เชิญหน่วยงานภาคีมาเป็นที่ปรึกษาศูนย์ ๒. ประชุมชี้แจงทำความเข้าใจถึงการดำเนินงานศูนย์ ๓. กำหนดบทบาทภารกิจให้หน่วยงานภาคี เพื่อให้มีส่วนร่วมในการดำเนินงาน ศูนย์ ๔. เชิญมาเป็นผู้ให้บริการประจำหรือกรณีพิเศษแล้วแต่กรณี เช่น กรณีให้บริการ ประจำกำหนดเวรการให้บริการรายสัปดาห์ หรือรายเดือน กรณีพิเศษ เช่น การเชิญเป็นวิทยากร ร่วมเวทีเสวนา เพื่อแลกเปลี่ยนเรียนรู้ เป็นต้น" },
  { "8.1", "๘.๑", 8, "มีงบประมาณสนับสนุนจากภาครัฐ / องค์กรปกครองส่วนท้องถิ่น", 1,
    "๘. ด้านงบประมาณ - งบประมาณสนับสนุนจากภาครัฐ ภาคเอกชน ภาคประชาสังคม / ภาคประชาชน",
    "- จัดทำโครงการเพื่อเสนอขอของบประมาณจากแหล่งต่าง ๆ เช่น งบประมาณ ยุทธศาสตร์จังหวัด องค์กรปกครองส่วนท้องถิ่น เป็นต้น" },
  { "8.2", "๘.๒", 8, "มีงบประมาณสนับสนุนจากภาคเอกชน", 1,
    "๘. ด้านงบประมาณ - งบประมาณสนับสนุนจากภาครัฐ ภาคเอกชน ภาคประชาสังคม / ภาคประชาชน",
    "- จัดทำโครงการเพื่อเสนอขอของบประมาณจากแหล่งต่าง ๆ เช่น งบประมาณ ยุทธศาสตร์จังหวัด องค์กรปกครองส่วนท้องถิ่น เป็นต้น" },
  { "8.3", "๘.๓", 8, "มีงบประมาณสนับสนุนจากภาคประชาสังคม / ภาคประชาชน", 1,
    "๘. ด้านงบประมาณ - งบประมาณสนับสนุนจากภาครัฐ ภาคเอกชน ภาคประชาสังคม / ภาคประชาชน",
    "- จัดทำโครงการเพื่อเสนอขอของบประมาณจากแหล่งต่าง ๆ เช่น งบประมาณ ยุทธศาสตร์จังหวัด องค์กรปกครองส่วนท้องถิ่น เป็นต้น" },
  { "9.1", "๙.๑", 9, "ให้บริการน้อยกว่า ๑๒ ครั้ง/ต่อปี", 1,
    "๙. ด้านการให้บริการ (ต่อปี)",
    "๑. จัดทำแผนการให้บริการ ๒. ดำเนินการให้บริการตามแผน เช่น การให้บริการภายในศูนย์ การให้บริการเคลื่อนที่นอกศูนย์ และการให้บริการผ่านสื่อ เป็นต้น" },
  { "9.2", "๙.๒", 9, "ให้บริการ ๑๓ - ๒๔ ครั้ง/ต่อปี", 3,
    "๙. ด้านการให้บริการ (ต่อปี)",
    "๑. จัดทำแผนการให้บริการ ๒. ดำเนินการให้บริการตามแผน เช่น การให้บริการภายในศูนย์ การให้บริการเคลื่อนที่นอกศูนย์ และการให้บริการผ่านสื่อ เป็นต้น" },
  { "9.3", "๙.๓", 9, "ให้บริการมากกว่า ๒๔ ครั้ง/ต่อปี", 6,
    "๙. ด้านการให้บริการ (ต่อปี)",
    "๑. จัดทำแผนการให้บริการ ๒. ดำเนินการให้บริการตามแผน เช่น การให้บริการภายในศูนย์ การให้บริการเคลื่อนที่นอกศูนย์ และการให้บริการผ่านสื่อ เป็นต้น" },
  { "10.1", "๑๐.๑", 10, "พึงพอใจในระดับน้อย", 1,
    "๑๐. ด้านความพึงพอใจของผู้รับบริการ",
    "๑. จัดทำแบบประเมินความพึงพอใจ ๒. ให้ผู้รับบริการประเมินความพึงพอใจหลังจากเสร็จสิ้นการรับบริการ ๓. สรุปผลการประเมินความพึงพอใจ ๔. ปรับปรุงแก้ไขประเด็นที่ได้รับการประเมินความพึงพอใจต่ำ" },
  { "10.2", "๑๐.๒", 10, "พึงพอใจในระดับปานกลาง", 3,
    "๑๐. ด้านความพึงพอใจของผู้รับบริการ",
    "๑. จัดทำแบบประเมินความพึงพอใจ ๒. ให้ผู้รับบริการประเมินความพึงพอใจหลังจากเสร็จสิ้นการรับบริการ ๓. สรุปผลการประเมินความพึงพอใจ ๔. ปรับปรุงแก้ไขประเด็นที่ได้รับการประเมินความพึงพอใจต่ำ" },
  { "10.3", "๑๐.๓", 10, "พึงพอใจในระดับมาก", 6,
    "๑๐. ด้านความพึงพอใจของผู้รับบริการ",
    "๑. จัดทำแบบประเมินความพึงพอใจ ๒. ให้ผู้รับบริการประเมินความพึงพอใจหลังจากเสร็จสิ้นการรับบริการ ๓. สรุปผลการประเมินความพึงพอใจ ๔. ปรับปรุงแก้ไขประเด็นที่ได้รับการประเมินความพึงพอใจต่ำ" },
};

#define N_ITEMS G_N_ELEMENTS (items)
#define N_ASPECTS G_N_ELEMENTS (aspects)

struct _ThanrakAssessment
{
  gboolean             held[N_ITEMS];
  ThanrakAnswerSource  source[N_ITEMS];
  gboolean             has_proposal[N_ITEMS];
  gboolean             proposal[N_ITEMS];
};

static gint
item_index (const char *id)
{
  if (id == NULL)
    return -1;
  for (guint i = 0; i < N_ITEMS; i++)
    if (g_str_equal (items[i].id, id))
      return (gint) i;
  return -1;
}

/**
 * thanrak_assessment_get_aspects:
 * @n_aspects: (out) (optional): the number of aspects, 10
 *
 * The ten aspects of the checklist (seed 001, แบบประเมินศูนย์ฯ).
 *
 * Returns: (transfer none) (array length=n_aspects): static data
 */
const ThanrakAssessmentAspect *
thanrak_assessment_get_aspects (guint *n_aspects)
{
  if (n_aspects != NULL)
    *n_aspects = N_ASPECTS;
  return aspects;
}

/**
 * thanrak_assessment_get_items:
 * @n_items: (out) (optional): the number of items, 40
 *
 * The items of the checklist in form order, with their exact Thai text,
 * points and development guidance (seed 001, แบบประเมินศูนย์ฯ and
 * คำอธิบายเกณฑ์การประเมิน). The points of all items but the alternatives
 * of aspects 9 and 10 plus the highest alternative of each make 50.
 *
 * Returns: (transfer none) (array length=n_items): static data
 */
const ThanrakAssessmentItem *
thanrak_assessment_get_items (guint *n_items)
{
  if (n_items != NULL)
    *n_items = N_ITEMS;
  return items;
}

/**
 * thanrak_assessment_find_item:
 * @id: an item number in Arabic digits, e.g. `2.4`
 *
 * Returns: (transfer none) (nullable): the item, or %NULL when there is none
 */
const ThanrakAssessmentItem *
thanrak_assessment_find_item (const char *id)
{
  gint i = item_index (id);

  return i < 0 ? NULL : &items[i];
}

/**
 * thanrak_assessment_grade_for_total:
 * @total: a total of points, 0 to 50
 *
 * The grade (seed 001, เกณฑ์การจัดระดับการประเมิน): A ดี above 35 points,
 * B พอใช้ from 20 to 35, C ปรับปรุง below 20.
 *
 * Returns: the grade
 */
ThanrakAssessmentGrade
thanrak_assessment_grade_for_total (int total)
{
  if (total > 35)
    return THANRAK_ASSESSMENT_GRADE_A;
  if (total >= 20)
    return THANRAK_ASSESSMENT_GRADE_B;
  return THANRAK_ASSESSMENT_GRADE_C;
}

/**
 * thanrak_assessment_grade_letter:
 * @grade: a grade
 *
 * Returns: `A`, `B` or `C`
 */
const char *
thanrak_assessment_grade_letter (ThanrakAssessmentGrade grade)
{
  switch (grade)
    {
    case THANRAK_ASSESSMENT_GRADE_A:
      return "A";
    case THANRAK_ASSESSMENT_GRADE_B:
      return "B";
    case THANRAK_ASSESSMENT_GRADE_C:
    default:
      return "C";
    }
}

/**
 * thanrak_assessment_grade_name:
 * @grade: a grade
 *
 * Returns: the Thai name of the grade as seed 001 writes it: `ดี`,
 *   `พอใช้` or `ปรับปรุง`
 */
const char *
thanrak_assessment_grade_name (ThanrakAssessmentGrade grade)
{
  switch (grade)
    {
    case THANRAK_ASSESSMENT_GRADE_A:
      return "ดี";
    case THANRAK_ASSESSMENT_GRADE_B:
      return "พอใช้";
    case THANRAK_ASSESSMENT_GRADE_C:
    default:
      return "ปรับปรุง";
    }
}

/**
 * thanrak_assessment_grade_criterion:
 * @grade: a grade
 *
 * Returns: the seed's line for the grade (seed 001,
 *   เกณฑ์การจัดระดับการประเมินศูนย์บริการส่งเสริมเศรษฐกิจฐานราก), e.g.
 *   `ดี (A) มีคะแนนรวมจากการประเมินมากกว่า ๓๕ คะแนน`
 */
const char *
thanrak_assessment_grade_criterion (ThanrakAssessmentGrade grade)
{
  switch (grade)
    {
    case THANRAK_ASSESSMENT_GRADE_A:
      return "ดี (A) มีคะแนนรวมจากการประเมินมากกว่า ๓๕ คะแนน";
    case THANRAK_ASSESSMENT_GRADE_B:
      return "พอใช้ (B) มีคะแนนรวมจากการประเมินระหว่าง ๒๐ - ๓๕ คะแนน";
    case THANRAK_ASSESSMENT_GRADE_C:
    default:
      return "ปรับปรุง (C) มีคะแนนรวมจากการประเมินต่ำกว่า ๒๐ คะแนน";
    }
}

/**
 * thanrak_assessment_item9_for_services:
 * @services: services delivered in the fiscal year
 *
 * Item 9 from a count of services (domain.md §4.1 decisions on the gaps
 * of seed 001): none gives no item (0 points); 1-12 gives 9.1 (the seed
 * leaves 12 itself uncovered); 13-24 gives 9.2; 25 or more gives 9.3.
 *
 * Returns: (nullable): `9.1`, `9.2`, `9.3` or %NULL
 */
const char *
thanrak_assessment_item9_for_services (int services)
{
  if (services <= 0)
    return NULL;
  if (services <= 12)
    return "9.1";
  if (services <= 24)
    return "9.2";
  return "9.3";
}

/**
 * thanrak_assessment_item10_for_satisfaction:
 * @satisfaction: a survey's result
 *
 * Item 10 from the satisfaction survey (seed 001): low 10.1, medium 10.2,
 * high 10.3; not assessed (or unknown) gives no item (0 points).
 *
 * Returns: (nullable): `10.1`, `10.2`, `10.3` or %NULL
 */
const char *
thanrak_assessment_item10_for_satisfaction (ThanrakSatisfaction satisfaction)
{
  switch (satisfaction)
    {
    case THANRAK_SATISFACTION_LOW:
      return "10.1";
    case THANRAK_SATISFACTION_MEDIUM:
      return "10.2";
    case THANRAK_SATISFACTION_HIGH:
      return "10.3";
    case THANRAK_SATISFACTION_UNKNOWN:
    case THANRAK_SATISFACTION_NOT_ASSESSED:
    default:
      return NULL;
    }
}

/**
 * thanrak_assessment_new:
 *
 * Returns: (transfer full): an assessment with no item answered
 */
ThanrakAssessment *
thanrak_assessment_new (void)
{
  return g_new0 (ThanrakAssessment, 1);
}

/**
 * thanrak_assessment_copy:
 * @self: an assessment
 *
 * Returns: (transfer full): a copy of @self
 */
ThanrakAssessment *
thanrak_assessment_copy (const ThanrakAssessment *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_memdup2 (self, sizeof *self);
}

/**
 * thanrak_assessment_free:
 * @self: (transfer full) (nullable): an assessment
 *
 * Frees an assessment.
 */
void
thanrak_assessment_free (ThanrakAssessment *self)
{
  g_free (self);
}

static void
propose (ThanrakAssessment *self,
         const char        *id,
         gboolean           held)
{
  gint i = item_index (id);

  g_assert (i >= 0);
  self->has_proposal[i] = TRUE;
  self->proposal[i] = held;
  self->held[i] = held;
  self->source[i] = THANRAK_ANSWER_PROPOSED;
}

static void
propose_choice (ThanrakAssessment *self,
                guint              aspect,
                const char        *chosen)
{
  for (guint i = 0; i < N_ITEMS; i++)
    if (items[i].aspect == aspect)
      propose (self, items[i].id, g_strcmp0 (items[i].id, chosen) == 0);
}

/**
 * thanrak_assessment_propose:
 * @records: plain counts from a center's records for one fiscal year
 *
 * Proposes the answers the records can give (seed 001 items; domain.md
 * §4.1): 2.1 from management committee members, 2.2 from advisory
 * committee members, 2.4 from meetings held, 5.4 and 6.2 from mobile
 * services, 6.1 from services at the center, 6.3 from online services,
 * 9 from the services delivered (thanrak_assessment_item9_for_services())
 * and 10 from the satisfaction survey. A count of -1 (unknown) proposes
 * nothing. Every other item is left unanswered for the person.
 *
 * Returns: (transfer full): an assessment whose proposals are marked
 *   %THANRAK_ANSWER_PROPOSED
 */
ThanrakAssessment *
thanrak_assessment_propose (const ThanrakAssessmentRecords *records)
{
  ThanrakAssessment *self;

  g_return_val_if_fail (records != NULL, NULL);

  self = thanrak_assessment_new ();
  if (records->management_members >= 0)
    propose (self, "2.1", records->management_members > 0);
  if (records->advisory_members >= 0)
    propose (self, "2.2", records->advisory_members > 0);
  if (records->meetings >= 0)
    propose (self, "2.4", records->meetings > 0);
  if (records->services_mobile >= 0)
    {
      propose (self, "5.4", records->services_mobile > 0);
      propose (self, "6.2", records->services_mobile > 0);
    }
  if (records->services_at_center >= 0)
    propose (self, "6.1", records->services_at_center > 0);
  if (records->services_online >= 0)
    propose (self, "6.3", records->services_online > 0);
  if (records->services >= 0)
    propose_choice (self, 9, thanrak_assessment_item9_for_services (records->services));
  if (records->satisfaction != THANRAK_SATISFACTION_UNKNOWN)
    propose_choice (self, 10, thanrak_assessment_item10_for_satisfaction (records->satisfaction));

  return self;
}

static void
answer (ThanrakAssessment *self,
        guint              i,
        gboolean           held)
{
  self->held[i] = held;
  if (!self->has_proposal[i])
    self->source[i] = THANRAK_ANSWER_PERSON;
  else if (self->proposal[i] == held)
    self->source[i] = THANRAK_ANSWER_CONFIRMED;
  else
    self->source[i] = THANRAK_ANSWER_OVERRIDDEN;
}

/**
 * thanrak_assessment_set:
 * @self: an assessment
 * @item_id: an item number, e.g. `1.2`
 * @held: whether the center meets the item
 *
 * Records the person's answer to an item. An answer that agrees with the
 * records' proposal confirms it; one that differs overrides it. In the
 * single-choice aspects 9 and 10, holding an item clears the others of
 * its aspect.
 *
 * Returns: %FALSE when @item_id is not an item
 */
gboolean
thanrak_assessment_set (ThanrakAssessment *self,
                        const char        *item_id,
                        gboolean           held)
{
  gint i;

  g_return_val_if_fail (self != NULL, FALSE);

  i = item_index (item_id);
  if (i < 0)
    return FALSE;

  if (held && aspects[items[i].aspect - 1].single_choice)
    return thanrak_assessment_choose (self, items[i].aspect, item_id);

  answer (self, (guint) i, held);
  return TRUE;
}

/**
 * thanrak_assessment_choose:
 * @self: an assessment
 * @aspect: a single-choice aspect, 9 or 10
 * @item_id: (nullable): the item chosen, e.g. `9.2`, or %NULL for none
 *   (no service, or satisfaction not assessed: 0 points)
 *
 * Records the person's choice in a single-choice aspect.
 *
 * Returns: %FALSE when @aspect is not single-choice or @item_id is not
 *   one of its items
 */
gboolean
thanrak_assessment_choose (ThanrakAssessment *self,
                           guint              aspect,
                           const char        *item_id)
{
  gint chosen;

  g_return_val_if_fail (self != NULL, FALSE);

  if (aspect < 1 || aspect > N_ASPECTS || !aspects[aspect - 1].single_choice)
    return FALSE;
  chosen = item_index (item_id);
  if (item_id != NULL && (chosen < 0 || items[chosen].aspect != aspect))
    return FALSE;

  for (guint i = 0; i < N_ITEMS; i++)
    if (items[i].aspect == aspect)
      answer (self, i, (gint) i == chosen);
  return TRUE;
}

/**
 * thanrak_assessment_confirm:
 * @self: an assessment
 * @item_id: an item number
 *
 * The person confirms the records' proposal for an item.
 *
 * Returns: %FALSE when the item has no proposal
 */
gboolean
thanrak_assessment_confirm (ThanrakAssessment *self,
                            const char        *item_id)
{
  gint i;

  g_return_val_if_fail (self != NULL, FALSE);

  i = item_index (item_id);
  if (i < 0 || !self->has_proposal[i])
    return FALSE;
  answer (self, (guint) i, self->proposal[i]);
  return TRUE;
}

/**
 * thanrak_assessment_confirm_all:
 * @self: an assessment
 *
 * The person confirms every proposal not yet confirmed or overridden.
 */
void
thanrak_assessment_confirm_all (ThanrakAssessment *self)
{
  g_return_if_fail (self != NULL);

  for (guint i = 0; i < N_ITEMS; i++)
    if (self->source[i] == THANRAK_ANSWER_PROPOSED)
      answer (self, i, self->proposal[i]);
}

/**
 * thanrak_assessment_get:
 * @self: an assessment
 * @item_id: an item number
 * @source: (out) (optional): where the answer came from
 *
 * Returns: whether the center meets the item (%FALSE when unanswered)
 */
gboolean
thanrak_assessment_get (const ThanrakAssessment *self,
                        const char              *item_id,
                        ThanrakAnswerSource     *source)
{
  gint i;

  g_return_val_if_fail (self != NULL, FALSE);

  i = item_index (item_id);
  if (source != NULL)
    *source = i < 0 ? THANRAK_ANSWER_UNANSWERED : self->source[i];
  return i >= 0 && self->held[i];
}

/**
 * thanrak_assessment_get_proposal:
 * @self: an assessment
 * @item_id: an item number
 * @proposed: (out) (optional): what the records proposed
 *
 * Returns: %TRUE when the records proposed an answer for the item
 */
gboolean
thanrak_assessment_get_proposal (const ThanrakAssessment *self,
                                 const char              *item_id,
                                 gboolean                *proposed)
{
  gint i;

  g_return_val_if_fail (self != NULL, FALSE);

  i = item_index (item_id);
  if (i < 0 || !self->has_proposal[i])
    return FALSE;
  if (proposed != NULL)
    *proposed = self->proposal[i];
  return TRUE;
}

/**
 * thanrak_assessment_get_aspect_points:
 * @self: an assessment
 * @aspect: an aspect, 1 to 10
 *
 * Returns: the points of the aspect's items held (proposals included)
 */
int
thanrak_assessment_get_aspect_points (const ThanrakAssessment *self,
                                      guint                    aspect)
{
  int points = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < N_ITEMS; i++)
    if (items[i].aspect == aspect && self->held[i])
      points += items[i].points;
  return points;
}

/**
 * thanrak_assessment_get_total:
 * @self: an assessment
 *
 * Returns: the total points, 0 to 50 (seed 001, คะแนนที่ได้)
 */
int
thanrak_assessment_get_total (const ThanrakAssessment *self)
{
  int total = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint a = 1; a <= N_ASPECTS; a++)
    total += thanrak_assessment_get_aspect_points (self, a);
  return total;
}

/**
 * thanrak_assessment_get_grade:
 * @self: an assessment
 *
 * Returns: the grade of the total (thanrak_assessment_grade_for_total())
 */
ThanrakAssessmentGrade
thanrak_assessment_get_grade (const ThanrakAssessment *self)
{
  g_return_val_if_fail (self != NULL, THANRAK_ASSESSMENT_GRADE_C);

  return thanrak_assessment_grade_for_total (thanrak_assessment_get_total (self));
}

/**
 * thanrak_assessment_list_lacking:
 * @self: an assessment
 *
 * The items a center lacks, for showing their development guidance
 * (seed 001, คำอธิบายเกณฑ์การประเมิน). For the single-choice aspects 9 and
 * 10, the highest item stands for the aspect when it is below full points.
 *
 * Returns: (transfer container) (element-type ThanrakAssessmentItem): the
 *   items in form order
 */
GPtrArray *
thanrak_assessment_list_lacking (const ThanrakAssessment *self)
{
  GPtrArray *lacking = g_ptr_array_new ();

  g_return_val_if_fail (self != NULL, lacking);

  for (guint i = 0; i < N_ITEMS; i++)
    {
      const ThanrakAssessmentAspect *aspect = &aspects[items[i].aspect - 1];

      if (aspect->single_choice)
        {
          gboolean last = i + 1 == N_ITEMS || items[i + 1].aspect != items[i].aspect;
          if (last && thanrak_assessment_get_aspect_points (self, aspect->number) < aspect->max_points)
            g_ptr_array_add (lacking, (gpointer) &items[i]);
        }
      else if (!self->held[i])
        g_ptr_array_add (lacking, (gpointer) &items[i]);
    }
  return lacking;
}

/**
 * thanrak_assessment_list_from_records:
 * @self: an assessment
 *
 * The items whose answer came from the records: proposed and not
 * changed by the person (%THANRAK_ANSWER_PROPOSED or
 * %THANRAK_ANSWER_CONFIRMED).
 *
 * Returns: (transfer container) (element-type ThanrakAssessmentItem): the
 *   items in form order
 */
GPtrArray *
thanrak_assessment_list_from_records (const ThanrakAssessment *self)
{
  GPtrArray *list = g_ptr_array_new ();

  g_return_val_if_fail (self != NULL, list);

  for (guint i = 0; i < N_ITEMS; i++)
    if (self->source[i] == THANRAK_ANSWER_PROPOSED || self->source[i] == THANRAK_ANSWER_CONFIRMED)
      g_ptr_array_add (list, (gpointer) &items[i]);
  return list;
}
