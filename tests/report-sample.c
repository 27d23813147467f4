/* report-sample.c: writes a sample official table to look at when printed
 *
 * report-sample FILE.xlsx [--thai-digits] [--constant-memory]: a Thai
 * title, a two-row merged
 * heading, 30 rows of Thai district names with counts and baht, a total
 * row of SUM formulas and a signature block. build-aux/render-xlsx.sh
 * turns it into a PDF and a PNG of the first page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <locale.h>
#include <string.h>

#include "thanrak-report-file.h"

static const char *districts[] = {
  "เมืองสระแก้ว", "คลองหาด", "ตาพระยา", "วังน้ำเย็น", "วัฒนานคร", "อรัญประเทศ",
  "เขาฉกรรจ์", "โคกสูง", "วังสมบูรณ์", "เมืองหนองคาย", "ท่าบ่อ", "โพนพิสัย",
  "ศรีเชียงใหม่", "สังคม", "สระใคร", "เฝ้าไร่", "รัตนวาปี", "โพธิ์ตาก",
  "เมืองนครราชสีมา", "ปากช่อง", "สีคิ้ว", "โชคชัย", "พิมาย", "ด่านขุนทด",
  "บัวใหญ่", "เมืองขอนแก่น", "ชุมแพ", "น้ำพอง", "บ้านไผ่", "ภูเวียง",
};

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ThanrakReportSheet) sheet = NULL;
  g_autoptr(GError) error = NULL;
  ThanrakReportWriteFlags flags = THANRAK_REPORT_WRITE_NONE;
  gboolean thai_digits = FALSE;
  ThanrakReportRow *total;
  guint col;

  setlocale (LC_ALL, "");
  if (argc < 2)
    {
      g_printerr ("usage: report-sample FILE.xlsx [--thai-digits] [--constant-memory]\n");
      return 2;
    }
  for (int i = 2; i < argc; i++)
    {
      if (strcmp (argv[i], "--thai-digits") == 0)
        thai_digits = TRUE;
      else if (strcmp (argv[i], "--constant-memory") == 0)
        flags |= THANRAK_REPORT_WRITE_CONSTANT_MEMORY;
    }

  sheet = thanrak_report_sheet_new ("ตัวอย่าง");
  thanrak_report_sheet_set_thai_digits (sheet, thai_digits);
  thanrak_report_sheet_add_column (sheet, 6, THANRAK_REPORT_ALIGN_CENTER);
  thanrak_report_sheet_add_column (sheet, 22, THANRAK_REPORT_ALIGN_LEFT);
  thanrak_report_sheet_add_column (sheet, 12, THANRAK_REPORT_ALIGN_DEFAULT);
  thanrak_report_sheet_add_column (sheet, 12, THANRAK_REPORT_ALIGN_DEFAULT);
  thanrak_report_sheet_add_column (sheet, 16, THANRAK_REPORT_ALIGN_DEFAULT);
  thanrak_report_sheet_add_column (sheet, 16, THANRAK_REPORT_ALIGN_DEFAULT);
  thanrak_report_sheet_add_column (sheet, 12, THANRAK_REPORT_ALIGN_CENTER);

  thanrak_report_sheet_add_title (sheet, "เป้าหมายตัวชี้วัดรายได้จากการจำหน่ายผลิตภัณฑ์ชุมชน OTOP");
  thanrak_report_sheet_add_subtitle (sheet, "ประจำปีงบประมาณ พ.ศ. 2564 รอบที่ 2 (1 เม.ย. - 30 ก.ย. 2564)");

  thanrak_report_sheet_add_heading (sheet, 0, 0, 2, 1, "ที่");
  thanrak_report_sheet_add_heading (sheet, 0, 1, 2, 1, "อำเภอ");
  thanrak_report_sheet_add_heading (sheet, 0, 2, 2, 1, "จำนวนผู้ประกอบการ");
  thanrak_report_sheet_add_heading (sheet, 0, 3, 2, 1, "จำนวนผลิตภัณฑ์ OTOP ปี 2557 - 2563");
  thanrak_report_sheet_add_heading (sheet, 0, 4, 1, 2, "ยอดจำหน่ายสินค้า OTOP (บาท)");
  thanrak_report_sheet_add_heading (sheet, 1, 4, 1, 1, "1 เม.ย. - 30 ก.ย. 63");
  thanrak_report_sheet_add_heading (sheet, 1, 5, 1, 1, "เป้าหมาย 5 คะแนน (ร้อยละ 10)");
  thanrak_report_sheet_add_heading (sheet, 0, 6, 2, 1, "ระดับ");

  for (guint i = 0; i < G_N_ELEMENTS (districts); i++)
    {
      ThanrakReportRow *row = thanrak_report_sheet_append_row (sheet);
      gint64 sales = (gint64) (18113128 + 2743917 * ((i * 7) % 30)) * 100;

      thanrak_report_row_add_count (row, i + 1);
      thanrak_report_row_add_text (row, districts[i]);
      thanrak_report_row_add_count (row, 57 + (i * 13) % 92);
      thanrak_report_row_add_count (row, 87 + (i * 29) % 325);
      thanrak_report_row_add_baht (row, sales);
      /* +10 %, half away from zero, in satang then whole baht. */
      thanrak_report_row_add_baht (row, (sales * 110 / 100 + 50) / 100 * 100);
      col = thanrak_report_row_add_text (row, (const char *[]) { "ปรับปรุง", "พัฒนา", "ปานกลาง", "ดี", "ดีมาก" }[i % 5]);
      thanrak_report_row_set_band (row, col, THANRAK_REPORT_BAND_RED + i % 5);
    }

  total = thanrak_report_sheet_get_total_row (sheet);
  col = thanrak_report_row_add_text (total, "รวม");
  thanrak_report_row_set_span (total, col, 2);
  thanrak_report_row_set_align (total, col, THANRAK_REPORT_ALIGN_CENTER);
  thanrak_report_row_add_column_sum (total, THANRAK_REPORT_STYLE_COUNT);
  thanrak_report_row_add_column_sum (total, THANRAK_REPORT_STYLE_COUNT);
  thanrak_report_row_add_column_sum (total, THANRAK_REPORT_STYLE_BAHT);
  thanrak_report_row_add_column_sum (total, THANRAK_REPORT_STYLE_BAHT);

  thanrak_report_sheet_add_footer (sheet, 4, THANRAK_REPORT_ALIGN_CENTER,
                                   "ลงชื่อ ........................................ ผู้รายงาน");
  thanrak_report_sheet_add_footer (sheet, 4, THANRAK_REPORT_ALIGN_CENTER,
                                   "(........................................)");
  thanrak_report_sheet_add_footer (sheet, 4, THANRAK_REPORT_ALIGN_CENTER,
                                   "ตำแหน่ง พัฒนาการอำเภอ");
  thanrak_report_sheet_add_footer (sheet, 4, THANRAK_REPORT_ALIGN_CENTER,
                                   "วันที่ 30 ก.ย. 2564");

  if (!thanrak_report_write_sheet (argv[1], sheet, flags, NULL, NULL, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  return 0;
}
