/* test-forms-records.c: forms 3, 6 and 8 written from the records of a store
 *
 * A temporary store is filled with a few operators, products, channels
 * and sales (seed 004's form 6), a center with its services and
 * committee (seed 001's form 3) and proposals with seed 002's budget
 * lines; each form is written and read back with tests/check-xlsx.py
 * (openpyxl), which checks titles, headings, merges, fonts, number
 * formats, print setup and every number.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "xlsx-check.h"
#include "thanrak-checks.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "thanrak-form-online-report.h"
#include "thanrak-form-operations-report.h"
#include "thanrak-form-project-proposal.h"
#include "thanrak-import.h"
#include "thanrak-model.h"
#include "thanrak-report-file.h"
#include "thanrak-store.h"
#include "records-builders.h"

typedef struct
{
  char         *dir;
  char         *db;
  ThanrakStore *store;
  gint64        center;
  gint64        proposal;
  gint64        slipped;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakRecord) center = THANRAK_RECORD (thanrak_center_new ());
  g_autoptr(ThanrakRecord) proposal = THANRAK_RECORD (thanrak_project_proposal_new ());
  g_autoptr(ThanrakRecord) slipped = THANRAK_RECORD (thanrak_project_proposal_new ());
  ThanrakProjectProposal *p = THANRAK_PROJECT_PROPOSAL (proposal);
  gint64 a, b, c, a1, a2, b1;

  f->dir = g_dir_make_tmp ("thanrak-forms-records-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "thanrak.db", NULL);
  f->store = thanrak_store_new (f->db, &error);
  g_assert_no_error (error);

  /* Form 6 (seed 004 ส่วนที่ ๑) */
  a = records_add_operator (f->store, "2701000011", "กลุ่มทอผ้าไหมบ้านหนองบัว", THANRAK_OPERATOR_TYPE_GROUP,
                    "12/3", 4, "270101", "081-234-5678", TRUE, FALSE);
  b = records_add_operator (f->store, "2701000012", "=1+1", THANRAK_OPERATOR_TYPE_SOLE_OWNER,
                    "7", 0, "270102", "0891234567", FALSE, TRUE);
  c = records_add_operator (f->store, "2702000001", "กลุ่มจักสานคลองหาด", THANRAK_OPERATOR_TYPE_GROUP,
                    "1", 2, "270201", "037-123456", FALSE, FALSE);
  a1 = records_add_product (f->store, a, "ผ้าไหมมัดหมี่ลายดอกแก้ว", THANRAK_PRODUCT_CATEGORY_TEXTILE, TRUE, 4, TRUE);
  b1 = records_add_product (f->store, b, "น้ำพริกเผาสมุนไพร", THANRAK_PRODUCT_CATEGORY_FOOD, FALSE, 0, FALSE);
  a2 = records_add_product (f->store, a, "ผ้าขาวม้าทอมือ", THANRAK_PRODUCT_CATEGORY_TEXTILE, FALSE, 0, FALSE);
  records_add_product (f->store, c, "ตะกร้าจักสาน", THANRAK_PRODUCT_CATEGORY_HOUSEHOLD, FALSE, 3, FALSE);
  records_add_channel (f->store, a1, THANRAK_PLATFORM_FACEBOOK, "facebook.com/nongbuasilk");
  records_add_channel (f->store, a1, THANRAK_PLATFORM_LINE, "@nongbuasilk");
  records_add_channel (f->store, a1, THANRAK_PLATFORM_SHOPEE, "shopee.co.th/nongbua");
  records_add_channel (f->store, a2, THANRAK_PLATFORM_FACEBOOK, "ผ้าขาวม้าหนองบัว");
  records_add_channel (f->store, a2, THANRAK_PLATFORM_FACEBOOK, "facebook.com/pakaoma");
  records_add_channel (f->store, b1, THANRAK_PLATFORM_WEBSITE, "https://example.invalid/shop");
  /* Round 2 of FY 2564 is April to September 2564: 12,500.50 + 3,000 */
  records_add_sales (f->store, a, 2564, 4, 1250050, 500000);
  records_add_sales (f->store, a, 2564, 9, 300000, 0);
  records_add_sales (f->store, a, 2563, 12, 99900, 0);
  records_add_sales (f->store, a, 2564, 10, 777700, 0);

  /* Form 3 (seed 001 สิ่งที่ส่งมาด้วย ๕) */
  thanrak_record_set_string (center, "name", "ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอเมืองสระแก้ว");
  thanrak_record_set_string (center, "district-code", "2701");
  thanrak_record_set_string (center, "subdistrict-code", "270101");
  thanrak_record_set_string (center, "media", "- หนังสือ คู่มือต่าง ๆ\n- แผ่นพับ\n- สื่อโซเชียลมีเดีย");
  thanrak_record_set_string (center, "evidence", "- สมุดลงนามการรับบริการ");
  thanrak_record_set_string (center, "plan", "1. ส่งเสริมให้ประชาชนได้ค้นหาภูมิปัญญาท้องถิ่น\n2. การเพิ่มช่องทางในการจำหน่าย OTOP ออนไลน์");
  thanrak_record_set_string (center, "reporter", "นางสาวสมใจ ใจดี");
  thanrak_record_set_string (center, "reporter-position", "นักวิชาการพัฒนาชุมชนชำนาญการ");
  f->center = records_save (f->store, center);
  records_add_service (f->store, f->center, "2024-03-10", "การบริการให้คำแนะนำและดำเนินงานของกองทุนชุมชน", 12, NULL);
  records_add_service (f->store, f->center, "2023-11-15", "การประชาสัมพันธ์การบริการให้เข้าถึงกลุ่มผู้ผลิต ผู้ประกอบการ OTOP", 30,
               "- ผู้ผลิต ผู้ประกอบการ OTOP");
  records_add_service (f->store, f->center, "2024-10-05", "บริการในปีงบประมาณถัดไป", 5, NULL);
  records_add_member (f->store, f->center, THANRAK_COMMITTEE_KIND_MANAGEMENT, "นาย", "สมชาย รักดี", "นายอำเภอเมืองสระแก้ว",
              THANRAK_COMMITTEE_POSITION_CHAIR, THANRAK_COMMITTEE_QUOTA_DISTRICT_CHIEF);
  records_add_member (f->store, f->center, THANRAK_COMMITTEE_KIND_ADVISORY, "นาย", "ประเสริฐ มั่นคง", NULL,
              THANRAK_COMMITTEE_POSITION_MEMBER, THANRAK_COMMITTEE_QUOTA_OTHER);
  records_add_member (f->store, f->center, THANRAK_COMMITTEE_KIND_MANAGEMENT, "นางสาว", "มาลี ศรีสุข", "พัฒนาการอำเภอเมืองสระแก้ว",
              THANRAK_COMMITTEE_POSITION_SECRETARY, THANRAK_COMMITTEE_QUOTA_CD_OFFICER);

  /* Form 8 (seed 002): its budget lines, grouped as the seed */
  thanrak_record_set_string (proposal, "number", "1/2563");
  thanrak_record_set_number (proposal, "fiscal-year", 2563);
  thanrak_record_set_string (proposal, "name", "พัฒนาหมู่บ้านเศรษฐกิจพอเพียง");
  thanrak_record_set_string (proposal, "unit", "สำนักงานพัฒนาชุมชนอำเภอเมืองสระแก้ว");
  thanrak_record_set_string (proposal, "rationale", "กระทรวงมหาดไทย มอบหมายให้กรมการพัฒนาชุมชน ได้น้อมนำหลักปรัชญาเศรษฐกิจพอเพียงมาเป็นหลักในการพัฒนาหมู่บ้านและชุมชน");
  thanrak_record_set_string (proposal, "objectives", "เพื่อสนับสนุนการพัฒนากิจกรรมการดำเนินชีวิต ตามหลักปรัชญาของเศรษฐกิจพอเพียง");
  thanrak_record_set_string (proposal, "duration", "ดำเนินการในไตรมาส ๓");
  thanrak_record_set_string (proposal, "proposer", "นายสมศักดิ์ พัฒนา");
  thanrak_record_set_string (proposal, "proposer-position", "พัฒนาการอำเภอเมืองสระแก้ว");
  thanrak_record_set_number (proposal, "typed-total-satang", G_GINT64_CONSTANT (23179200000));
  thanrak_project_proposal_add_budget_line (p, "ค่าใช้สอย", "สนับสนุนการปรับวิถีชีวิตตามแผนชุมชน",
                                            8780, 1830000, G_GINT64_CONSTANT (16067400000));
  thanrak_project_proposal_add_budget_line (p, "ค่าวัสดุ", "ค่าวัสดุสำนักงานสำหรับใช้ในการดำเนินงานถอดบทเรียน",
                                            8780, 100000, 878000000);
  thanrak_project_proposal_add_budget_line (p, "ค่าใช้สอย", "ค่าผลิต/ถ่ายเอกสารสำหรับการดำเนินงาน",
                                            8780, 150000, 1317000000);
  thanrak_project_proposal_add_budget_line (p, "ค่าวัสดุ", "ค่าวัสดุ และอุปกรณ์สำหรับการฝึกปฏิบัติในการใช้ชีวิต",
                                            8780, 560000, 4916800000);
  f->proposal = records_save (f->store, proposal);

  /* Seed 002's slip: 160,674,000 typed as 160,674,400 */
  thanrak_record_set_string (slipped, "name", "สนับสนุนการขับเคลื่อนการพัฒนาหมู่บ้านเศรษฐกิจพอเพียง");
  thanrak_record_set_number (slipped, "fiscal-year", 2563);
  thanrak_record_set_string (slipped, "unit", "สำนักงานพัฒนาชุมชนอำเภอเมืองสระแก้ว");
  thanrak_record_set_number (slipped, "typed-total-satang", G_GINT64_CONSTANT (16067440000));
  thanrak_project_proposal_add_budget_line (THANRAK_PROJECT_PROPOSAL (slipped), "ค่าใช้สอย",
                                            "สนับสนุนการปรับวิถีชีวิตตามแผนชุมชน",
                                            8780, 1830000, G_GINT64_CONSTANT (16067400000));
  f->slipped = records_save (f->store, slipped);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static char *
label (GType type,
       int   value)
{
  return g_strdup (thanrak_enum_get_label (type, value));
}

static void
test_online_report (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakReportSheet) sheet = NULL;
  g_autoptr(ThanrakReportSheet) province = NULL;
  g_autofree char *path = g_build_filename (f->dir, "form6.xlsx", NULL);
  g_autofree char *path27 = g_build_filename (f->dir, "form6-27.xlsx", NULL);
  g_autofree char *group = label (THANRAK_TYPE_OPERATOR_TYPE, THANRAK_OPERATOR_TYPE_GROUP);
  g_autofree char *sole = label (THANRAK_TYPE_OPERATOR_TYPE, THANRAK_OPERATOR_TYPE_SOLE_OWNER);
  g_autofree char *textile = label (THANRAK_TYPE_PRODUCT_CATEGORY, THANRAK_PRODUCT_CATEGORY_TEXTILE);
  g_autofree char *food = label (THANRAK_TYPE_PRODUCT_CATEGORY, THANRAK_PRODUCT_CATEGORY_FOOD);
  g_autofree char *json = NULL;
  g_autofree char *json27 = NULL;
  ThanrakFormOnlineReportQuery query = { "2701", NULL, 2564, 2 };
  ThanrakFormOnlineReportQuery query27 = { NULL, "27", 0, 0 };

  /* The export reads in one read transaction, closed after the last row:
   * none may be open meanwhile, and it is closed after. */
  g_assert_true (thanrak_store_begin_read (f->store, &error));
  g_assert_false (thanrak_store_begin_read (f->store, &error));
  g_assert_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  thanrak_store_end_read (f->store);

  sheet = thanrak_form_online_report_new (f->store, &query, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (thanrak_report_sheet_get_n_body_rows (sheet), ==, 3);
  g_assert_true (thanrak_report_write_sheet (path, sheet, THANRAK_REPORT_WRITE_CONSTANT_MEMORY,
                                             NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  json = g_strdup_printf (
    "{\"file\": \"%s\", \"sheets\": [{\"name\": \"ส่วนที่ 1\", \"max_row\": 7, \"max_column\": 21,"
    " \"merged\": [\"A1:U1\", \"A2:U2\", \"A3:A4\", \"B3:B4\", \"C3:C4\", \"D3:D4\", \"E3:E4\", \"F3:F4\","
    "  \"G3:L3\", \"M3:N3\", \"O3:Q3\", \"R3:T3\", \"U3:U4\"],"
    " \"formula_cells\": [],"
    " \"font_everywhere\": \"TH SarabunPSK\", \"min_font_size\": 16, \"borders\": [\"A3:U7\"],"
    " \"print\": {\"paper_size\": 9, \"orientation\": \"landscape\", \"print_title_rows\": \"3:4\","
    "  \"fit_to_width\": 1, \"fit_to_height\": 0, \"footer_center\": \"หน้า &P จาก &N\"},"
    " \"cells\": ["
    "  {\"cell\": \"A1\", \"type\": \"string\", \"value\": \"แบบรายงานผลการส่งเสริมผลิตภัณฑ์ OTOP ในตลาดออนไลน์\", \"bold\": true},"
    "  {\"cell\": \"A2\", \"type\": \"string\", \"value\": \"รอบที่ 2 (เมษายน - กันยายน 2564) ประจำปีงบประมาณ พ.ศ. 2564\"},"
    "  {\"cell\": \"A3\", \"type\": \"string\", \"value\": \"ที่\", \"bold\": true},"
    "  {\"cell\": \"B3\", \"type\": \"string\", \"value\": \"รหัสผู้ประกอบการ\"},"
    "  {\"cell\": \"C3\", \"type\": \"string\", \"value\": \"ชื่อผู้ประกอบการ OTOP\"},"
    "  {\"cell\": \"D3\", \"type\": \"string\", \"value\": \"ประเภทผู้ประกอบการ\"},"
    "  {\"cell\": \"E3\", \"type\": \"string\", \"value\": \"ชื่อผลิตภัณฑ์ (โปรดระบุทุกผลิตภัณฑ์ของกลุ่ม)\"},"
    "  {\"cell\": \"F3\", \"type\": \"string\", \"value\": \"ประเภทผลิตภัณฑ์\"},"
    "  {\"cell\": \"G3\", \"type\": \"string\", \"value\": \"ที่อยู่\"},"
    "  {\"cell\": \"M3\", \"type\": \"string\", \"value\": \"ความพร้อมผู้ประกอบการเพื่อเข้าสู่ตลาดออนไลน์\"},"
    "  {\"cell\": \"O3\", \"type\": \"string\", \"value\": \"ความพร้อมผลิตภัณฑ์ในการเข้าสู่ออนไลน์\"},"
    "  {\"cell\": \"G4\", \"type\": \"string\", \"value\": \"เลขที่\"},"
    "  {\"cell\": \"H4\", \"type\": \"string\", \"value\": \"หมู่ที่\"},"
    "  {\"cell\": \"I4\", \"type\": \"string\", \"value\": \"ตำบล\"},"
    "  {\"cell\": \"J4\", \"type\": \"string\", \"value\": \"อำเภอ\"},"
    "  {\"cell\": \"K4\", \"type\": \"string\", \"value\": \"จังหวัด\"},"
    "  {\"cell\": \"L4\", \"type\": \"string\", \"value\": \"เบอร์โทรศัพท์\"},"
    "  {\"cell\": \"M4\", \"type\": \"string\", \"value\": \"ผ่านการอบรมเกี่ยวกับตลาดออนไลน์\"},"
    "  {\"cell\": \"N4\", \"type\": \"string\", \"value\": \"ขายของออนไลน์อยู่แล้ว\"},"
    "  {\"cell\": \"O4\", \"type\": \"string\", \"value\": \"ได้รับมาตรฐานที่เกี่ยวข้อง\"},"
    "  {\"cell\": \"P4\", \"type\": \"string\", \"value\": \"ได้รับตัดดาว\"},"
    "  {\"cell\": \"Q4\", \"type\": \"string\", \"value\": \"ผ่านการพัฒนาเกี่ยวกับออนไลน์\"},"
    "  {\"cell\": \"A5\", \"type\": \"number\", \"value\": 1},"
    "  {\"cell\": \"B5\", \"type\": \"string\", \"value\": \"2701000011\"},"
    "  {\"cell\": \"C5\", \"type\": \"string\", \"value\": \"กลุ่มทอผ้าไหมบ้านหนองบัว\"},"
    "  {\"cell\": \"D5\", \"type\": \"string\", \"value\": \"%s\"},"
    "  {\"cell\": \"E5\", \"type\": \"string\", \"value\": \"ผ้าไหมมัดหมี่ลายดอกแก้ว\"},"
    "  {\"cell\": \"F5\", \"type\": \"string\", \"value\": \"%s\"},"
    "  {\"cell\": \"G5\", \"type\": \"string\", \"value\": \"12/3\"},"
    "  {\"cell\": \"H5\", \"type\": \"number\", \"value\": 4},"
    "  {\"cell\": \"I5\", \"type\": \"string\", \"value\": \"สระแก้ว\"},"
    "  {\"cell\": \"J5\", \"type\": \"string\", \"value\": \"เมืองสระแก้ว\"},"
    "  {\"cell\": \"K5\", \"type\": \"string\", \"value\": \"สระแก้ว\"},"
    "  {\"cell\": \"L5\", \"type\": \"string\", \"value\": \"081-234-5678\"},"
    "  {\"cell\": \"M5\", \"type\": \"number\", \"value\": 1},"
    "  {\"cell\": \"N5\", \"type\": \"blank\"},"
    "  {\"cell\": \"O5\", \"type\": \"number\", \"value\": 1},"
    "  {\"cell\": \"P5\", \"type\": \"number\", \"value\": 1},"
    "  {\"cell\": \"Q5\", \"type\": \"number\", \"value\": 1},"
    "  {\"cell\": \"R5\", \"type\": \"string\", \"value\": \"facebook.com/nongbuasilk\"},"
    "  {\"cell\": \"S5\", \"type\": \"string\", \"value\": \"@nongbuasilk\"},"
    "  {\"cell\": \"T5\", \"type\": \"blank\"},"
    "  {\"cell\": \"U5\", \"type\": \"number\", \"value\": 15500.5, \"number_format\": \"#,##0.00\"},"
    "  {\"cell\": \"A6\", \"type\": \"number\", \"value\": 2},"
    "  {\"cell\": \"B6\", \"type\": \"string\", \"value\": \"2701000011\"},"
    "  {\"cell\": \"E6\", \"type\": \"string\", \"value\": \"ผ้าขาวม้าทอมือ\"},"
    "  {\"cell\": \"M6\", \"type\": \"number\", \"value\": 1},"
    "  {\"cell\": \"N6\", \"type\": \"blank\"}, {\"cell\": \"O6\", \"type\": \"blank\"},"
    "  {\"cell\": \"P6\", \"type\": \"blank\"}, {\"cell\": \"Q6\", \"type\": \"blank\"},"
    "  {\"cell\": \"R6\", \"type\": \"string\", \"value\": \"ผ้าขาวม้าหนองบัว, facebook.com/pakaoma\"},"
    "  {\"cell\": \"S6\", \"type\": \"blank\"}, {\"cell\": \"U6\", \"type\": \"blank\"},"
    "  {\"cell\": \"A7\", \"type\": \"number\", \"value\": 3},"
    "  {\"cell\": \"B7\", \"type\": \"string\", \"value\": \"2701000012\"},"
    "  {\"cell\": \"C7\", \"type\": \"string\", \"value\": \"=1+1\"},"
    "  {\"cell\": \"D7\", \"type\": \"string\", \"value\": \"%s\"},"
    "  {\"cell\": \"E7\", \"type\": \"string\", \"value\": \"น้ำพริกเผาสมุนไพร\"},"
    "  {\"cell\": \"F7\", \"type\": \"string\", \"value\": \"%s\"},"
    "  {\"cell\": \"H7\", \"type\": \"blank\"},"
    "  {\"cell\": \"I7\", \"type\": \"string\", \"value\": \"บ้านแก้ง\"},"
    "  {\"cell\": \"L7\", \"type\": \"string\", \"value\": \"0891234567\"},"
    "  {\"cell\": \"M7\", \"type\": \"blank\"},"
    "  {\"cell\": \"N7\", \"type\": \"number\", \"value\": 1},"
    "  {\"cell\": \"O7\", \"type\": \"blank\"}, {\"cell\": \"P7\", \"type\": \"blank\"},"
    "  {\"cell\": \"R7\", \"type\": \"blank\"},"
    "  {\"cell\": \"T7\", \"type\": \"string\", \"value\": \"https://example.invalid/shop\"},"
    "  {\"cell\": \"U7\", \"type\": \"blank\"}"
    " ]}]}", path, group, textile, sole, food);
  check_xlsx (json);

  /* The province: both districts, no sales period, no subtitle. */
  province = thanrak_form_online_report_new (f->store, &query27, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (thanrak_report_sheet_get_n_body_rows (province), ==, 4);
  g_assert_true (thanrak_report_write_sheet (path27, province, THANRAK_REPORT_WRITE_CONSTANT_MEMORY,
                                             NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  json27 = g_strdup_printf (
    "{\"file\": \"%s\", \"sheets\": [{\"name\": \"ส่วนที่ 1\", \"max_row\": 7, \"max_column\": 21,"
    " \"cells\": ["
    "  {\"cell\": \"A2\", \"type\": \"string\", \"value\": \"ที่\"},"
    "  {\"cell\": \"E4\", \"type\": \"string\", \"value\": \"ผ้าไหมมัดหมี่ลายดอกแก้ว\"},"
    "  {\"cell\": \"U4\", \"type\": \"blank\"},"
    "  {\"cell\": \"A7\", \"type\": \"number\", \"value\": 4},"
    "  {\"cell\": \"C7\", \"type\": \"string\", \"value\": \"กลุ่มจักสานคลองหาด\"},"
    "  {\"cell\": \"J7\", \"type\": \"string\", \"value\": \"คลองหาด\"},"
    "  {\"cell\": \"P7\", \"type\": \"number\", \"value\": 1}"
    " ]}]}", path27);
  check_xlsx (json27);
}

static void
test_operations_report (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakReportSheet) sheet = NULL;
  g_autoptr(ThanrakReportSheet) missing = NULL;
  g_autofree char *path = g_build_filename (f->dir, "form3.xlsx", NULL);
  g_autofree char *chair = NULL;
  g_autofree char *secretary = NULL;
  g_autofree char *adviser = NULL;
  g_autofree char *json = NULL;
  ThanrakFormOptions options = THANRAK_FORM_OPTIONS_INIT;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 9, G_DATE_APRIL, 2024);
  options.date = &date;

  sheet = thanrak_form_operations_report_new (f->store, f->center, 2567, &options, &error);
  g_assert_no_error (error);
  g_assert_true (thanrak_report_write_sheet (path, sheet, THANRAK_REPORT_WRITE_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  chair = g_strdup_printf ("1. นายสมชาย รักดี นายอำเภอเมืองสระแก้ว %s",
                           thanrak_enum_get_label (THANRAK_TYPE_COMMITTEE_POSITION, THANRAK_COMMITTEE_POSITION_CHAIR));
  secretary = g_strdup_printf ("2. นางสาวมาลี ศรีสุข พัฒนาการอำเภอเมืองสระแก้ว %s",
                               thanrak_enum_get_label (THANRAK_TYPE_COMMITTEE_POSITION, THANRAK_COMMITTEE_POSITION_SECRETARY));
  adviser = g_strdup_printf ("1. นายประเสริฐ มั่นคง %s",
                             thanrak_enum_get_label (THANRAK_TYPE_COMMITTEE_POSITION, THANRAK_COMMITTEE_POSITION_MEMBER));
  json = g_strdup_printf (
    "{\"file\": \"%s\", \"sheets\": [{\"name\": \"ผลการดำเนินงานศูนย์\", \"max_row\": 14, \"max_column\": 7,"
    " \"merged\": [\"A1:G1\", \"A2:G2\", \"E10:G10\", \"E11:G11\", \"E12:G12\", \"E13:G13\", \"E14:G14\"],"
    " \"formula_cells\": [],"
    " \"font_everywhere\": \"TH SarabunPSK\", \"min_font_size\": 16, \"borders\": [\"A3:G8\"],"
    " \"print\": {\"paper_size\": 9, \"orientation\": \"landscape\", \"print_title_rows\": \"3:3\","
    "  \"fit_to_width\": 1, \"fit_to_height\": 0},"
    " \"cells\": ["
    "  {\"cell\": \"A1\", \"type\": \"string\", \"value\": \"แบบรายงานผลการดำเนินงานศูนย์บริการส่งเสริมเศรษฐกิจฐานราก ปี 2567\", \"bold\": true},"
    "  {\"cell\": \"A2\", \"type\": \"string\", \"value\": \"สำนักงานพัฒนาชุมชนอำเภอเมืองสระแก้ว จังหวัดสระแก้ว\"},"
    "  {\"cell\": \"A3\", \"type\": \"string\", \"value\": \"ที่\", \"bold\": true, \"halign\": \"center\"},"
    "  {\"cell\": \"B3\", \"type\": \"string\", \"value\": \"กิจกรรมที่ดำเนินการ\"},"
    "  {\"cell\": \"C3\", \"type\": \"string\", \"value\": \"กลุ่มเป้าหมายที่มารับบริการ\"},"
    "  {\"cell\": \"D3\", \"type\": \"string\", \"value\": \"โครงสร้างคณะกรรมการศูนย์\"},"
    "  {\"cell\": \"E3\", \"type\": \"string\", \"value\": \"สื่อ/สิ่งพิมพ์ที่ให้บริการในศูนย์\"},"
    "  {\"cell\": \"F3\", \"type\": \"string\", \"value\": \"เอกสารหลักฐานการให้บริการ\"},"
    "  {\"cell\": \"G3\", \"type\": \"string\", \"value\": \"แผนการดำเนินงานของศูนย์\"},"
    "  {\"cell\": \"A4\", \"type\": \"number\", \"value\": 1},"
    "  {\"cell\": \"B4\", \"type\": \"string\", \"value\": \"การประชาสัมพันธ์การบริการให้เข้าถึงกลุ่มผู้ผลิต ผู้ประกอบการ OTOP\", \"wrap\": true},"
    "  {\"cell\": \"C4\", \"type\": \"string\", \"value\": \"- ผู้ผลิต ผู้ประกอบการ OTOP\\n(ผู้รับบริการ 30 คน)\"},"
    "  {\"cell\": \"D4\", \"type\": \"string\", \"value\": \"คณะกรรมการบริหาร\"},"
    "  {\"cell\": \"D5\", \"type\": \"string\", \"value\": \"%s\"},"
    "  {\"cell\": \"D6\", \"type\": \"string\", \"value\": \"%s\"},"
    "  {\"cell\": \"D7\", \"type\": \"string\", \"value\": \"คณะกรรมการที่ปรึกษา\"},"
    "  {\"cell\": \"D8\", \"type\": \"string\", \"value\": \"%s\"},"
    "  {\"cell\": \"E4\", \"type\": \"string\", \"value\": \"- หนังสือ คู่มือต่าง ๆ\"},"
    "  {\"cell\": \"E5\", \"type\": \"string\", \"value\": \"- แผ่นพับ\"},"
    "  {\"cell\": \"E6\", \"type\": \"string\", \"value\": \"- สื่อโซเชียลมีเดีย\"},"
    "  {\"cell\": \"E7\", \"type\": \"blank\"},"
    "  {\"cell\": \"F4\", \"type\": \"string\", \"value\": \"- สมุดลงนามการรับบริการ\"},"
    "  {\"cell\": \"F5\", \"type\": \"blank\"},"
    "  {\"cell\": \"G4\", \"type\": \"string\", \"value\": \"1. ส่งเสริมให้ประชาชนได้ค้นหาภูมิปัญญาท้องถิ่น\"},"
    "  {\"cell\": \"G5\", \"type\": \"string\", \"value\": \"2. การเพิ่มช่องทางในการจำหน่าย OTOP ออนไลน์\"},"
    "  {\"cell\": \"A5\", \"type\": \"number\", \"value\": 2},"
    "  {\"cell\": \"B5\", \"type\": \"string\", \"value\": \"การบริการให้คำแนะนำและดำเนินงานของกองทุนชุมชน\"},"
    "  {\"cell\": \"C5\", \"type\": \"string\", \"value\": \"ผู้รับบริการ 12 คน\"},"
    "  {\"cell\": \"A6\", \"type\": \"blank\"}, {\"cell\": \"B6\", \"type\": \"blank\"},"
    "  {\"cell\": \"E10\", \"type\": \"string\", \"value\": \"ลงชื่อ ....................\"},"
    "  {\"cell\": \"E11\", \"type\": \"string\", \"value\": \"(นางสาวสมใจ ใจดี)\"},"
    "  {\"cell\": \"E12\", \"type\": \"string\", \"value\": \"ผู้รายงาน\"},"
    "  {\"cell\": \"E13\", \"type\": \"string\", \"value\": \"ตำแหน่ง นักวิชาการพัฒนาชุมชนชำนาญการ\"},"
    "  {\"cell\": \"E14\", \"type\": \"string\", \"value\": \"วันที่ 9 เมษายน 2567\"}"
    " ]}]}", path, chair, secretary, adviser);
  check_xlsx (json);

  missing = thanrak_form_operations_report_new (f->store, f->center + 100, 2567, NULL, &error);
  g_assert_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_NOT_FOUND);
  g_assert_null (missing);
}

static void
test_project_proposal (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakRecord) proposal = NULL;
  g_autoptr(ThanrakRecord) slipped = NULL;
  g_autoptr(GPtrArray) sheets = NULL;
  g_autoptr(GPtrArray) slipped_sheets = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) slipped_findings = NULL;
  g_autofree char *path = g_build_filename (f->dir, "form8.xlsx", NULL);
  g_autofree char *json = NULL;
  const char *words = "สองร้อยสามสิบเอ็ดล้านเจ็ดแสนเก้าหมื่นสองพันบาทถ้วน";

  proposal = thanrak_store_load (f->store, THANRAK_TYPE_PROJECT_PROPOSAL, f->proposal, &error);
  g_assert_no_error (error);
  sheets = thanrak_form_project_proposal_new (THANRAK_PROJECT_PROPOSAL (proposal), NULL, &findings);
  g_assert_cmpuint (sheets->len, ==, 2);
  /* The typed total is the sum of the lines: nothing to warn about. */
  g_assert_cmpuint (findings->len, ==, 0);
  g_assert_true (thanrak_report_write_file (path, (ThanrakReportSheet * const *) sheets->pdata, sheets->len,
                                            THANRAK_REPORT_WRITE_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  /* 160,674,000 + 13,170,000 = 173,844,000; 8,780,000 + 49,168,000 =
   * 57,948,000 (seed 002); 231,792,000 in all. */
  json = g_strdup_printf (
    "{\"file\": \"%s\", \"sheets\": ["
    " {\"name\": \"แบบเสนอโครงการ\", \"formula_cells\": [],"
    "  \"font_everywhere\": \"TH SarabunPSK\", \"min_font_size\": 16,"
    "  \"print\": {\"paper_size\": 9, \"orientation\": \"portrait\", \"fit_to_width\": 1},"
    "  \"cells\": ["
    "   {\"cell\": \"A1\", \"type\": \"string\", \"value\": \"แบบเสนอโครงการที่ใช้งบประมาณของราชการ\", \"bold\": true},"
    "   {\"cell\": \"A2\", \"type\": \"string\", \"value\": \"เลขที่โครงการ : 1/2563\"},"
    "   {\"cell\": \"A3\", \"type\": \"string\", \"value\": \"ชื่อโครงการ : พัฒนาหมู่บ้านเศรษฐกิจพอเพียง\"},"
    "   {\"cell\": \"A4\", \"type\": \"string\", \"value\": \"หน่วยงานที่รับผิดชอบ : สำนักงานพัฒนาชุมชนอำเภอเมืองสระแก้ว\"},"
    "   {\"cell\": \"A5\", \"type\": \"string\", \"value\": \"๑. หลักการและเหตุผล\", \"bold\": true},"
    "   {\"cell\": \"A7\", \"type\": \"string\", \"value\": \"๒. วัตถุประสงค์\"},"
    "   {\"cell\": \"A9\", \"type\": \"string\", \"value\": \"๓. ขั้นตอนและวิธีดำเนินงาน\"},"
    "   {\"cell\": \"A11\", \"type\": \"string\", \"value\": \"๔. เป้าหมายการดำเนินงาน\"},"
    "   {\"cell\": \"A13\", \"type\": \"string\", \"value\": \"๕. งบประมาณ\"},"
    "   {\"cell\": \"A14\", \"type\": \"string\", \"value\": \"งบประมาณ 231,792,000 บาท (%s)\\nรายละเอียดค่าใช้จ่ายตามเอกสารแนบท้าย\"},"
    "   {\"cell\": \"A15\", \"type\": \"string\", \"value\": \"๖. สถานที่ดำเนินการ\"},"
    "   {\"cell\": \"A17\", \"type\": \"string\", \"value\": \"๗. ระยะเวลาดำเนินการ\"},"
    "   {\"cell\": \"A18\", \"type\": \"string\", \"value\": \"ดำเนินการในไตรมาส ๓\"},"
    "   {\"cell\": \"A19\", \"type\": \"string\", \"value\": \"๘. ผลที่คาดว่าจะได้รับ\"},"
    "   {\"cell\": \"A21\", \"type\": \"string\", \"value\": \"๙. ตัวชี้วัดกิจกรรม/โครงการ\"},"
    "   {\"cell\": \"A24\", \"type\": \"string\", \"value\": \"๑๐. ผู้เสนอโครงการ พัฒนาหมู่บ้านเศรษฐกิจพอเพียง\"},"
    "   {\"cell\": \"A25\", \"type\": \"string\", \"value\": \"งบประมาณ 231,792,000 บาท (%s)\"},"
    "   {\"cell\": \"B27\", \"type\": \"string\", \"value\": \"(นายสมศักดิ์ พัฒนา)\"},"
    "   {\"cell\": \"B28\", \"type\": \"string\", \"value\": \"ตำแหน่ง พัฒนาการอำเภอเมืองสระแก้ว\"},"
    "   {\"cell\": \"A30\", \"type\": \"string\", \"value\": \"๑๑. ผู้ให้ความเห็นชอบโครงการ พัฒนาหมู่บ้านเศรษฐกิจพอเพียง\"},"
    "   {\"cell\": \"B32\", \"type\": \"string\", \"value\": \"[  ] เห็นชอบ\"},"
    "   {\"cell\": \"B33\", \"type\": \"string\", \"value\": \"[  ] ไม่เห็นชอบ\"},"
    "   {\"cell\": \"B36\", \"type\": \"string\", \"value\": \"ตำแหน่ง นายอำเภอ....................\"},"
    "   {\"cell\": \"A38\", \"type\": \"string\", \"value\": \"๑๒. ผู้อนุมัติโครงการ พัฒนาหมู่บ้านเศรษฐกิจพอเพียง\"},"
    "   {\"cell\": \"B40\", \"type\": \"string\", \"value\": \"[  ] อนุมัติ\"},"
    "   {\"cell\": \"B41\", \"type\": \"string\", \"value\": \"[  ] ไม่อนุมัติ\"}"
    "  ]},"
    " {\"name\": \"รายละเอียดค่าใช้จ่าย\", \"max_row\": 13, \"max_column\": 4,"
    "  \"merged\": [\"A1:D1\", \"A3:C3\", \"A6:C6\", \"A9:C9\", \"B11:D11\", \"B12:D12\", \"B13:D13\"],"
    "  \"formula_cells\": [\"D3\", \"D4\", \"D5\", \"D6\", \"D7\", \"D8\", \"D9\"],"
    "  \"font_everywhere\": \"TH SarabunPSK\", \"min_font_size\": 16, \"borders\": [\"A2:D9\"],"
    "  \"print\": {\"paper_size\": 9, \"orientation\": \"portrait\", \"print_title_rows\": \"2:2\", \"fit_to_width\": 1},"
    "  \"cells\": ["
    "   {\"cell\": \"A1\", \"type\": \"string\", \"value\": \"รายละเอียดค่าใช้จ่ายในการดำเนินโครงการพัฒนาหมู่บ้านเศรษฐกิจพอเพียง ประจำปีงบประมาณ พ.ศ. 2563\"},"
    "   {\"cell\": \"A2\", \"type\": \"string\", \"value\": \"รายการ\", \"bold\": true},"
    "   {\"cell\": \"B2\", \"type\": \"string\", \"value\": \"จำนวน (หน่วย)\"},"
    "   {\"cell\": \"C2\", \"type\": \"string\", \"value\": \"อัตรา (บาท)\"},"
    "   {\"cell\": \"D2\", \"type\": \"string\", \"value\": \"เป็นเงิน (บาท)\"},"
    "   {\"cell\": \"A3\", \"type\": \"string\", \"value\": \"1) ค่าใช้สอย\", \"bold\": true},"
    "   {\"cell\": \"D3\", \"type\": \"formula\", \"value\": \"=SUM(D4:D5)\", \"cached\": 173844000, \"number_format\": \"#,##0.00\"},"
    "   {\"cell\": \"A4\", \"type\": \"string\", \"value\": \"- สนับสนุนการปรับวิถีชีวิตตามแผนชุมชน\"},"
    "   {\"cell\": \"B4\", \"type\": \"number\", \"value\": 8780, \"number_format\": \"#,##0\"},"
    "   {\"cell\": \"C4\", \"type\": \"number\", \"value\": 18300, \"number_format\": \"#,##0.00\"},"
    "   {\"cell\": \"D4\", \"type\": \"formula\", \"value\": \"=B4*C4\", \"cached\": 160674000},"
    "   {\"cell\": \"A5\", \"type\": \"string\", \"value\": \"- ค่าผลิต/ถ่ายเอกสารสำหรับการดำเนินงาน\"},"
    "   {\"cell\": \"B5\", \"type\": \"number\", \"value\": 8780},"
    "   {\"cell\": \"C5\", \"type\": \"number\", \"value\": 1500},"
    "   {\"cell\": \"D5\", \"type\": \"formula\", \"value\": \"=B5*C5\", \"cached\": 13170000},"
    "   {\"cell\": \"A6\", \"type\": \"string\", \"value\": \"2) ค่าวัสดุ\"},"
    "   {\"cell\": \"D6\", \"type\": \"formula\", \"value\": \"=SUM(D7:D8)\", \"cached\": 57948000},"
    "   {\"cell\": \"C7\", \"type\": \"number\", \"value\": 1000},"
    "   {\"cell\": \"D7\", \"type\": \"formula\", \"value\": \"=B7*C7\", \"cached\": 8780000},"
    "   {\"cell\": \"C8\", \"type\": \"number\", \"value\": 5600},"
    "   {\"cell\": \"D8\", \"type\": \"formula\", \"value\": \"=B8*C8\", \"cached\": 49168000},"
    "   {\"cell\": \"A9\", \"type\": \"string\", \"value\": \"ค่าใช้จ่ายรวมทั้งสิ้น (%s)\", \"bold\": true},"
    "   {\"cell\": \"D9\", \"type\": \"formula\", \"value\": \"=D3+D6\", \"cached\": 231792000, \"number_format\": \"#,##0.00\"},"
    "   {\"cell\": \"B12\", \"type\": \"string\", \"value\": \"(นายสมศักดิ์ พัฒนา)\"}"
    "  ]}"
    "]}", path, words, words, words);
  check_xlsx (json);

  /* Seed 002's slip: the typed 160,674,400 is not the lines' 160,674,000. */
  slipped = thanrak_store_load (f->store, THANRAK_TYPE_PROJECT_PROPOSAL, f->slipped, &error);
  g_assert_no_error (error);
  slipped_sheets = thanrak_form_project_proposal_new (THANRAK_PROJECT_PROPOSAL (slipped), NULL, &slipped_findings);
  g_assert_cmpuint (slipped_findings->len, ==, 1);
  g_assert_nonnull (strstr (((ThanrakFinding *) g_ptr_array_index (slipped_findings, 0))->message,
                            "160,674,400"));
  g_assert_nonnull (strstr (((ThanrakFinding *) g_ptr_array_index (slipped_findings, 0))->message,
                            "160,674,000"));
}

/* The CLI writes the same forms from a database, and prints form 8's
 * warnings on stderr. */
static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  const char *cli = g_getenv ("THANRAK_CLI");
  g_autofree char *out6 = g_build_filename (f->dir, "cli6.xlsx", NULL);
  g_autofree char *out3 = g_build_filename (f->dir, "cli3.xlsx", NULL);
  g_autofree char *out8 = g_build_filename (f->dir, "cli8.xlsx", NULL);
  g_autofree char *center = g_strdup_printf ("%" G_GINT64_FORMAT, f->center);
  g_autofree char *slipped = g_strdup_printf ("%" G_GINT64_FORMAT, f->slipped);
  g_autofree char *json = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = -1;

  if (cli == NULL)
    {
      g_test_skip ("THANRAK_CLI is not set");
      return;
    }
  g_clear_object (&f->store);

  {
    const char *argv[] = { cli, "export", "online-report", "--database", f->db, "--province", "สระแก้ว",
                           "--fiscal-year", "2564", "--round", "2", "--thai-digits", "--output", out6, NULL };
    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &err, &status, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (err, ==, "");
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_clear_pointer (&err, g_free);
  }
  json = g_strdup_printf (
    "{\"file\": \"%s\", \"sheets\": [{\"name\": \"ส่วนที่ 1\", \"max_row\": 8, \"cells\": ["
    "  {\"cell\": \"A2\", \"type\": \"string\", \"value\": \"รอบที่ ๒ (เมษายน - กันยายน ๒๕๖๔) ประจำปีงบประมาณ พ.ศ. ๒๕๖๔\"},"
    "  {\"cell\": \"U5\", \"type\": \"number\", \"value\": 15500.5},"
    "  {\"cell\": \"C7\", \"type\": \"string\", \"value\": \"=1+1\"},"
    "  {\"cell\": \"A8\", \"type\": \"number\", \"value\": 4}"
    " ]}]}", out6);
  check_xlsx (json);

  {
    const char *argv[] = { cli, "export", "operations-report", "--database", f->db, "--center", center,
                           "--fiscal-year", "2567", "--date", "2567-04-09", "--output", out3, NULL };
    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &err, &status, &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_clear_pointer (&err, g_free);
  }
  g_assert_true (g_file_test (out3, G_FILE_TEST_EXISTS));

  {
    const char *argv[] = { cli, "export", "project-proposal", "--database", f->db, "--proposal", slipped,
                           "--output", out8, NULL };
    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &err, &status, &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (err, "160,674,400"));
    g_clear_pointer (&err, g_free);
  }
  g_assert_true (g_file_test (out8, G_FILE_TEST_EXISTS));

  {
    const char *argv[] = { cli, "export", "project-proposal", "--database", f->db, "--proposal", "999",
                           "--output", out8, NULL };
    g_unlink (out8);
    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &err, &status, &error);
    g_assert_no_error (error);
    g_assert_false (g_spawn_check_wait_status (status, NULL));
    g_assert_false (g_file_test (out8, G_FILE_TEST_EXISTS));
  }
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The records form 6 carries, one sorted line each: operators, their
 * products, and the products' channels on the form's three platforms,
 * by operator code and product name (ids differ between stores). */
static char *
form6_records (ThanrakStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) operators = thanrak_store_list (store, THANRAK_TYPE_OPERATOR, NULL, &error);
  g_autoptr(GPtrArray) products = thanrak_store_list (store, THANRAK_TYPE_PRODUCT, NULL, &error);
  g_autoptr(GPtrArray) channels = thanrak_store_list (store, THANRAK_TYPE_ONLINE_CHANNEL, NULL, &error);
  g_autoptr(GHashTable) codes = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) product_names = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < operators->len; i++)
    {
      ThanrakRecord *o = operators->pdata[i];

      g_hash_table_insert (codes, GSIZE_TO_POINTER (thanrak_record_get_id (o)),
                           (gpointer) thanrak_record_get_string (o, "code"));
      g_ptr_array_add (lines, g_strdup_printf ("operator %s|%s|%" G_GINT64_FORMAT "|%s|%" G_GINT64_FORMAT "|%s|%s|%s|%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT,
                                               thanrak_record_get_string (o, "code"), thanrak_record_get_string (o, "name"),
                                               thanrak_record_get_number (o, "operator-type"),
                                               thanrak_record_get_string (o, "house-number"),
                                               thanrak_record_get_number (o, "village-number"),
                                               thanrak_record_get_string (o, "subdistrict-code"),
                                               thanrak_record_get_string (o, "district-code"),
                                               thanrak_record_get_string (o, "phone"),
                                               thanrak_record_get_number (o, "trained-online"),
                                               thanrak_record_get_number (o, "sells-online")));
    }
  for (guint i = 0; i < products->len; i++)
    {
      ThanrakRecord *p = products->pdata[i];
      const char *code = g_hash_table_lookup (codes, GSIZE_TO_POINTER (thanrak_record_get_number (p, "operator-id")));

      g_hash_table_insert (product_names, GSIZE_TO_POINTER (thanrak_record_get_id (p)),
                           g_strdup_printf ("%s|%s", code, thanrak_record_get_string (p, "name")));
      g_ptr_array_add (lines, g_strdup_printf ("product %s|%s|%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT,
                                               code, thanrak_record_get_string (p, "name"),
                                               thanrak_record_get_number (p, "category"),
                                               thanrak_record_get_number (p, "online-developed")));
    }
  for (guint i = 0; i < channels->len; i++)
    {
      ThanrakRecord *c = channels->pdata[i];
      gint64 platform = thanrak_record_get_number (c, "platform");

      if (platform != THANRAK_PLATFORM_FACEBOOK && platform != THANRAK_PLATFORM_LINE &&
          platform != THANRAK_PLATFORM_WEBSITE)
        continue;
      g_ptr_array_add (lines, g_strdup_printf ("channel %s|%" G_GINT64_FORMAT "|%s",
                                               (const char *) g_hash_table_lookup (product_names, GSIZE_TO_POINTER (thanrak_record_get_number (c, "product-id"))),
                                               platform, thanrak_record_get_string (c, "identifier")));
    }
  g_ptr_array_sort (lines, compare_lines);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (text, "%s\n", (const char *) lines->pdata[i]);
  return g_string_free (text, FALSE);
}

static void
test_online_report_import (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakReportSheet) sheet = NULL;
  g_autofree char *path = g_build_filename (f->dir, "form6-all.xlsx", NULL);
  g_autofree char *db = g_build_filename (f->dir, "imported.db", NULL);
  g_autofree char *expected = form6_records (f->store);
  g_autofree char *imported = NULL;
  g_autoptr(ThanrakStore) store = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ThanrakFormOnlineReportQuery query = { NULL, "27", 0, 0 };
  ThanrakImportOptions options = { 0 };

  /* the fixture's channels the form carries: 5 of 6 (not Shopee), two of
   * them on Facebook for one product, written in one cell */
  {
    g_auto(GStrv) lines = g_strsplit (expected, "\n", -1);
    guint n_channels = 0;

    for (guint i = 0; lines[i] != NULL; i++)
      n_channels += g_str_has_prefix (lines[i], "channel ");
    g_assert_cmpuint (n_channels, ==, 5);
  }

  sheet = thanrak_form_online_report_new (f->store, &query, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (thanrak_report_write_sheet (path, sheet, THANRAK_REPORT_WRITE_CONSTANT_MEMORY,
                                             NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  store = thanrak_store_new (db, &error);
  g_assert_no_error (error);
  for (guint attempt = 0; attempt < 2; attempt++)
    {
      g_autoptr(ThanrakImportReport) report = thanrak_import_file (store, THANRAK_IMPORT_KIND_FORM6, file, &options,
                                                                   NULL, NULL, NULL, &error);

      g_assert_no_error (error);
      g_assert_true (report->written);
      g_assert_cmpuint (report->rows->len, ==, 4);
      g_assert_cmpuint (report->n_rejected, ==, 0);
      if (attempt == 0)
        {
          g_assert_cmpuint (report->n_imported, ==, 4);
          /* the form marks a standard and stars but says neither which
           * nor how many: each row says so, no level is made up */
          for (guint r = 0; r < report->rows->len; r++)
            {
              const ThanrakImportRow *row = &g_array_index (report->rows, ThanrakImportRow, r);
              g_autoptr(ThanrakRecord) product = thanrak_store_load (store, THANRAK_TYPE_PRODUCT, row->record_id, &error);
              const char *name;

              g_assert_no_error (error);
              name = thanrak_record_get_string (product, "name");
              g_assert_cmpint (row->outcome, ==, THANRAK_IMPORT_OUTCOME_IMPORTED);
              g_assert_cmpint (thanrak_record_get_number (product, "star-rating"), ==, 0);
              if (g_str_equal (name, "ผ้าไหมมัดหมี่ลายดอกแก้ว"))
                {
                  g_assert_nonnull (row->message);
                  g_assert_nonnull (strstr (row->message, "ได้รับมาตรฐานที่เกี่ยวข้อง"));
                  g_assert_nonnull (strstr (row->message, "ได้รับตัดดาว"));
                }
              else if (g_str_equal (name, "ตะกร้าจักสาน"))
                {
                  g_assert_nonnull (row->message);
                  g_assert_null (strstr (row->message, "ได้รับมาตรฐานที่เกี่ยวข้อง"));
                  g_assert_nonnull (strstr (row->message, "ได้รับตัดดาว"));
                }
              else
                g_assert_null (row->message);
            }
        }
      else
        {
          /* the same file again: the same records, none doubled */
          g_assert_cmpuint (report->n_imported, ==, 0);
          g_assert_cmpuint (report->n_updated, ==, 4);
        }
      imported = (g_free (imported), form6_records (store));
      g_assert_cmpstr (imported, ==, expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/forms-records/online-report", Fixture, NULL, fixture_set_up, test_online_report, fixture_tear_down);
  g_test_add ("/forms-records/online-report-import", Fixture, NULL, fixture_set_up, test_online_report_import, fixture_tear_down);
  g_test_add ("/forms-records/operations-report", Fixture, NULL, fixture_set_up, test_operations_report, fixture_tear_down);
  g_test_add ("/forms-records/project-proposal", Fixture, NULL, fixture_set_up, test_project_proposal, fixture_tear_down);
  g_test_add ("/forms-records/cli", Fixture, NULL, fixture_set_up, test_cli, fixture_tear_down);

  return g_test_run ();
}
