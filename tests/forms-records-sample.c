/* forms-records-sample.c: a small store to print forms 3, 6 and 8 from
 *
 * forms-records-sample DATABASE: creates DATABASE with a few operators,
 * products, channels and sales in Sa Kaeo (seed 004), a center with its
 * services and committee (seed 001) and a proposal with seed 002's budget
 * lines, and prints the center's and the proposal's record ids, for
 * tests/check-render-forms.sh.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <locale.h>

#include "thanrak-model.h"
#include "thanrak-store.h"
#include "records-builders.h"

typedef struct
{
  ThanrakStore *store;
  gint64        center;
} Fixture;

int
main (int   argc,
      char *argv[])
{
  static const char *subdistricts[] = { "270101", "270102", "270201", "270301", "270401" };
  static const char *names[] = {
    "กลุ่มทอผ้าไหมบ้านหนองบัว", "กลุ่มแม่บ้านเกษตรกรบ้านท่าเกษม", "=1+1", "วิสาหกิจชุมชนจักสานไม้ไผ่คลองหาด",
    "กลุ่มผลิตภัณฑ์สมุนไพรตาพระยา",
  };
  static const char *products[] = {
    "ผ้าไหมมัดหมี่ลายดอกแก้ว", "น้ำพริกเผาสมุนไพร", "ตะกร้าจักสานไม้ไผ่ลายขิด", "ยาหม่องสมุนไพรไพล", "ผ้าขาวม้าทอมือ",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakRecord) center = NULL;
  g_autoptr(ThanrakRecord) proposal = NULL;
  Fixture fixture = { NULL, 0 }, *f = &fixture;

  setlocale (LC_ALL, "");
  if (argc != 2)
    {
      g_printerr ("usage: forms-records-sample DATABASE\n");
      return 2;
    }
  f->store = thanrak_store_new (argv[1], &error);
  if (f->store == NULL)
    g_error ("%s", error->message);

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *code = g_strdup_printf ("27%02u%06u", i % 5 + 1, i + 1);
      g_autofree char *phone = g_strdup_printf ("08%u-%03u-%04u", i % 10, i % 1000, 1000 + i);
      g_autofree char *house = g_strdup_printf ("%u/%u", i + 1, i % 7 + 1);
      gint64 op = records_add_operator (f->store, code, names[i % G_N_ELEMENTS (names)], i % 3, house, i % 12 + 1,
                                subdistricts[i % G_N_ELEMENTS (subdistricts)], phone, i % 2 == 0, i % 3 == 0);
      for (guint k = 0; k < 2; k++)
        {
          gint64 product = records_add_product (f->store, op, products[(i + k) % G_N_ELEMENTS (products)], (i + k) % 5,
                                        (i + k) % 2 == 0, (i + k) % 6, (i + k) % 4 == 0);
          g_autofree char *page = g_strdup_printf ("facebook.com/otop-sakaeo-%u", i + 1);
          g_autofree char *line = g_strdup_printf ("@otop%u", i + 1);

          records_add_channel (f->store, product, THANRAK_PLATFORM_FACEBOOK, page);
          if (k == 0)
            records_add_channel (f->store, product, THANRAK_PLATFORM_LINE, line);
        }
      records_add_sales (f->store, op, 2564, 4 + i % 6, 1250050 + i * 1000, 0);
    }

  center = THANRAK_RECORD (thanrak_center_new ());
  thanrak_record_set_string (center, "name", "ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอเมืองสระแก้ว");
  thanrak_record_set_string (center, "district-code", "2701");
  thanrak_record_set_string (center, "media", "- หนังสือ คู่มือต่าง ๆ\n- วารสาร\n- หนังสือพิมพ์\n- แผ่นพับ\n- สื่อโซเชียลมีเดีย");
  thanrak_record_set_string (center, "evidence", "- สมุดลงนามการรับบริการ");
  thanrak_record_set_string (center, "plan", "1. ส่งเสริมให้ประชาชนได้ค้นหาภูมิปัญญาท้องถิ่นที่สามารถสร้างสรรค์เป็นผลิตภัณฑ์และบริการต่าง ๆ แล้วจัดทำคลังปัญญาท้องถิ่นระดับอำเภอ\n2. การเพิ่มช่องทางในการจำหน่าย OTOP ออนไลน์\n3. การให้คำปรึกษาโครงการ กข.คจ. เพื่อให้เข้าถึงแหล่งทุน");
  thanrak_record_set_string (center, "reporter", "นางสาวสมใจ ใจดี");
  thanrak_record_set_string (center, "reporter-position", "นักวิชาการพัฒนาชุมชนชำนาญการ");
  f->center = records_save (f->store, center);
  records_add_service (f->store, f->center, "2023-11-15", "การประชาสัมพันธ์การบริการให้เข้าถึงกลุ่มผู้ผลิต ผู้ประกอบการ OTOP", 30,
               "- ผู้ผลิต ผู้ประกอบการ OTOP\n- กลุ่มออมทรัพย์เพื่อการผลิต");
  records_add_service (f->store, f->center, "2024-01-20", "การบริการให้คำแนะนำและดำเนินงานของกองทุนชุมชนในอำเภอ", 18,
               "- โครงการ กข.คจ.\n- กลุ่มวิสาหกิจชุมชน\n- กองทุนหมู่บ้าน");
  records_add_service (f->store, f->center, "2024-03-10", "อบรมการขายสินค้าออนไลน์", 25, NULL);
  records_add_member (f->store, f->center, THANRAK_COMMITTEE_KIND_MANAGEMENT, "นาย", "สมชาย รักดี", "นายอำเภอเมืองสระแก้ว",
              THANRAK_COMMITTEE_POSITION_CHAIR, THANRAK_COMMITTEE_QUOTA_DISTRICT_CHIEF);
  records_add_member (f->store, f->center, THANRAK_COMMITTEE_KIND_MANAGEMENT, "นาย", "วิชัย ใจงาม", "สาธารณสุขอำเภอ",
              THANRAK_COMMITTEE_POSITION_MEMBER, THANRAK_COMMITTEE_QUOTA_AGENCY);
  records_add_member (f->store, f->center, THANRAK_COMMITTEE_KIND_MANAGEMENT, "นาง", "สุดา แสงทอง", "เกษตรอำเภอ",
              THANRAK_COMMITTEE_POSITION_MEMBER, THANRAK_COMMITTEE_QUOTA_AGENCY);
  records_add_member (f->store, f->center, THANRAK_COMMITTEE_KIND_MANAGEMENT, "นางสาว", "มาลี ศรีสุข", "พัฒนาการอำเภอ",
              THANRAK_COMMITTEE_POSITION_SECRETARY, THANRAK_COMMITTEE_QUOTA_CD_OFFICER);
  records_add_member (f->store, f->center, THANRAK_COMMITTEE_KIND_ADVISORY, "นาย", "ประเสริฐ มั่นคง", "ประธานเครือข่าย OTOP อำเภอ",
              THANRAK_COMMITTEE_POSITION_MEMBER, THANRAK_COMMITTEE_QUOTA_NETWORK);
  /* The saved assessments of FY 2567 that forms 1 and 2 print (seed 001):
   * 31 points, grade B, here; 11 points, grade C, at Khlong Hat. */
  records_add_assessment (f->store, f->center, 2567,
                          "1.1 1.2 2.1 2.2 2.3 2.4 3.1 3.2 4.1 4.2 5.1 5.2 6.1 6.2 7.1 7.2 8.1 8.2",
                          30, THANRAK_SATISFACTION_LEVEL_HIGH);
  {
    g_autoptr(ThanrakRecord) other = THANRAK_RECORD (thanrak_center_new ());

    thanrak_record_set_string (other, "name", "ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอคลองหาด");
    thanrak_record_set_string (other, "district-code", "2702");
    records_add_assessment (f->store, records_save (f->store, other), 2567,
                            "1.1 2.1 2.2 3.1 4.1 5.1 6.1 7.1 8.1", 5, THANRAK_SATISFACTION_LEVEL_LOW);
  }

  proposal = THANRAK_RECORD (thanrak_project_proposal_new ());
  thanrak_record_set_string (proposal, "number", "1/2563");
  thanrak_record_set_number (proposal, "fiscal-year", 2563);
  thanrak_record_set_string (proposal, "name", "พัฒนาหมู่บ้านเศรษฐกิจพอเพียง");
  thanrak_record_set_string (proposal, "unit", "สำนักงานพัฒนาชุมชนอำเภอเมืองสระแก้ว");
  thanrak_record_set_string (proposal, "rationale", "กระทรวงมหาดไทย มอบหมายให้กรมการพัฒนาชุมชน ได้น้อมนำหลักปรัชญาเศรษฐกิจพอเพียงมาเป็นหลักในการพัฒนาหมู่บ้านและชุมชนตั้งแต่ ปี ๒๕๔๙ ซึ่งสอดคล้องกับภารกิจหลักของกรมการพัฒนาชุมชน คือ การส่งเสริมกระบวนการเรียนรู้และการมีส่วนร่วมของประชาชนผ่านกระบวนการสร้างและพัฒนาผู้นำชุมชน");
  thanrak_record_set_string (proposal, "objectives", "เพื่อสนับสนุนการพัฒนากิจกรรมการดำเนินชีวิต ตามหลักปรัชญาของเศรษฐกิจพอเพียงในระดับบุคคล ครัวเรือน หมู่บ้านและเครือข่าย");
  thanrak_record_set_string (proposal, "method", "๔.๑ ส่งเสริมสนับสนุนกิจกรรมการขับเคลื่อนการพัฒนาหมู่บ้านเศรษฐกิจพอเพียง\n๔.๒ จัดทำวัสดุ อุปกรณ์ เพื่อใช้ในการดำเนินกิจกรรมการพัฒนาคุณภาพชีวิต");
  thanrak_record_set_string (proposal, "targets", "ผู้แทนครอบครัวพัฒนา แกนนำหมู่บ้าน และผู้ที่เกี่ยวข้องอย่างน้อยหมู่บ้านละ ๓๐ คน");
  thanrak_record_set_string (proposal, "location", "หมู่บ้านเศรษฐกิจพอเพียงเป้าหมาย");
  thanrak_record_set_string (proposal, "duration", "ดำเนินการในไตรมาส ๓");
  thanrak_record_set_string (proposal, "expected-results", "จำนวนหมู่บ้านเป้าหมายมีกิจกรรมการพัฒนาตนเอง และชุมชนอย่างมีทิศทาง");
  thanrak_record_set_string (proposal, "indicators", "จำนวนหมู่บ้านที่ได้รับการพัฒนาตามหลักปรัชญาของเศรษฐกิจพอเพียง");
  thanrak_record_set_string (proposal, "proposer", "นายสมศักดิ์ พัฒนา");
  thanrak_record_set_string (proposal, "proposer-position", "พัฒนาการอำเภอเมืองสระแก้ว");
  thanrak_record_set_number (proposal, "typed-total-satang", G_GINT64_CONSTANT (23179240000));
  thanrak_project_proposal_add_budget_line (THANRAK_PROJECT_PROPOSAL (proposal), "ค่าใช้สอย",
                                            "สนับสนุนการปรับวิถีชีวิตตามแผนชุมชน", 8780, 1830000, G_GINT64_CONSTANT (16067400000));
  thanrak_project_proposal_add_budget_line (THANRAK_PROJECT_PROPOSAL (proposal), "ค่าใช้สอย",
                                            "ค่าผลิต/ถ่ายเอกสารสำหรับการดำเนินงาน", 8780, 150000, 1317000000);
  thanrak_project_proposal_add_budget_line (THANRAK_PROJECT_PROPOSAL (proposal), "ค่าวัสดุ",
                                            "ค่าวัสดุสำนักงานสำหรับใช้ในการดำเนินงานถอดบทเรียน", 8780, 100000, 878000000);
  thanrak_project_proposal_add_budget_line (THANRAK_PROJECT_PROPOSAL (proposal), "ค่าวัสดุ",
                                            "ค่าวัสดุ และอุปกรณ์สำหรับการฝึกปฏิบัติในการใช้ชีวิต", 8780, 560000, 4916800000);
  g_print ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n", f->center, records_save (f->store, proposal));

  g_clear_object (&f->store);
  return 0;
}
