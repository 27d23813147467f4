/* bench-report.c: export time and memory of a national-size form 6
 *
 * bench-report [N_ROWS] [OUTPUT.xlsx]: writes a sheet laid out like form
 * 6 (แบบรายงานผลการส่งเสริมผลิตภัณฑ์ OTOP ในตลาดออนไลน์, seed 004: 14
 * columns, Thai text, readiness cells 1 or empty, sales in baht) with
 * N_ROWS products (default 200,000) in constant-memory mode, and prints
 * the time taken and the peak memory added (getrusage ru_maxrss).
 * Target (issue 5): under 4 s and under 50 MB extra on a 2-core machine.
 * Run with `meson test -C _build --benchmark`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "thanrak-report-file.h"

static const char *operator_types[] = { "กลุ่ม", "เจ้าของรายเดียว", "SME" };
static const char *categories[] = {
  "อาหาร", "เครื่องดื่ม", "ผ้า เครื่องแต่งกาย", "ของใช้ ของตกแต่ง ของที่ระลึก", "สมุนไพรที่ไม่ใช่อาหาร",
};
static const char *districts[] = {
  "เมืองสระแก้ว", "คลองหาด", "ตาพระยา", "วังน้ำเย็น", "วัฒนานคร", "อรัญประเทศ", "เขาฉกรรจ์",
};

static gboolean
fill_row (guint64            index,
          ThanrakReportRow  *row,
          gpointer           user_data,
          GError           **error)
{
  char code[32];
  char name[128];
  char product[160];
  char address[256];
  char page[96];
  guint i = (guint) index;

  g_snprintf (code, sizeof code, "27%02u%06u", i % 9 + 1, i);
  g_snprintf (name, sizeof name, "กลุ่มวิสาหกิจชุมชนทอผ้าบ้านหนองบัว %u", i / 3 + 1);
  g_snprintf (product, sizeof product, "ผ้าไหมมัดหมี่ลายดอกแก้ว แบบที่ %u", i % 40 + 1);
  g_snprintf (address, sizeof address, "%u หมู่ที่ %u ต.หนองบัว อ.%s จ.สระแก้ว 08%u-%07u",
              i % 300 + 1, i % 15 + 1, districts[i % G_N_ELEMENTS (districts)], i % 10, i);
  g_snprintf (page, sizeof page, "facebook.com/otop%u", i / 3 + 1);

  thanrak_report_row_add_count (row, (gint64) index + 1);
  thanrak_report_row_add_text (row, code);
  thanrak_report_row_add_text (row, name);
  thanrak_report_row_add_text (row, operator_types[i % G_N_ELEMENTS (operator_types)]);
  thanrak_report_row_add_text (row, product);
  thanrak_report_row_add_text (row, categories[i % G_N_ELEMENTS (categories)]);
  thanrak_report_row_add_text (row, address);
  /* Readiness: 1 or empty (seed 004). */
  for (guint k = 0; k < 5; k++)
    {
      if ((i >> k) & 1)
        thanrak_report_row_add_count (row, 1);
      else
        thanrak_report_row_add_blank (row);
    }
  thanrak_report_row_add_text (row, page);
  thanrak_report_row_add_baht (row, (gint64) (i % 997) * 15000 + 250000);

  return TRUE;
}

static ThanrakReportSheet *
make_form6 (guint64 n_rows)
{
  ThanrakReportSheet *sheet = thanrak_report_sheet_new ("ส่วนที่ 1");
  const double widths[] = { 7, 13, 26, 11, 26, 16, 32, 10, 10, 10, 9, 10, 22, 14 };
  ThanrakReportRow *total;
  guint col;

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    thanrak_report_sheet_add_column (sheet, widths[i],
                                     i == 0 || (i >= 7 && i <= 11) ? THANRAK_REPORT_ALIGN_CENTER
                                                                   : THANRAK_REPORT_ALIGN_DEFAULT);
  thanrak_report_sheet_add_title (sheet, "แบบรายงานผลการส่งเสริมผลิตภัณฑ์ OTOP ในตลาดออนไลน์");
  thanrak_report_sheet_add_subtitle (sheet, "ส่วนที่ 1");
  thanrak_report_sheet_add_heading (sheet, 0, 0, 2, 1, "ที่");
  thanrak_report_sheet_add_heading (sheet, 0, 1, 2, 1, "รหัสผู้ประกอบการ");
  thanrak_report_sheet_add_heading (sheet, 0, 2, 2, 1, "ชื่อผู้ประกอบการ OTOP");
  thanrak_report_sheet_add_heading (sheet, 0, 3, 2, 1, "ประเภทผู้ประกอบการ");
  thanrak_report_sheet_add_heading (sheet, 0, 4, 2, 1, "ชื่อผลิตภัณฑ์ (โปรดระบุทุกผลิตภัณฑ์ของกลุ่ม)");
  thanrak_report_sheet_add_heading (sheet, 0, 5, 2, 1, "ประเภทผลิตภัณฑ์");
  thanrak_report_sheet_add_heading (sheet, 0, 6, 2, 1, "ที่อยู่ (เลขที่, หมู่ที่, ตำบล, อำเภอ, จังหวัด, เบอร์โทรศัพท์)");
  thanrak_report_sheet_add_heading (sheet, 0, 7, 1, 2, "ความพร้อมผู้ประกอบการเพื่อเข้าสู่ตลาดออนไลน์");
  thanrak_report_sheet_add_heading (sheet, 1, 7, 1, 1, "ผ่านการอบรมเกี่ยวกับตลาดออนไลน์");
  thanrak_report_sheet_add_heading (sheet, 1, 8, 1, 1, "ขายของออนไลน์อยู่แล้ว");
  thanrak_report_sheet_add_heading (sheet, 0, 9, 1, 3, "ความพร้อมผลิตภัณฑ์ในการเข้าสู่ออนไลน์");
  thanrak_report_sheet_add_heading (sheet, 1, 9, 1, 1, "ได้รับมาตรฐานที่เกี่ยวข้อง");
  thanrak_report_sheet_add_heading (sheet, 1, 10, 1, 1, "ได้รับคัดดาว");
  thanrak_report_sheet_add_heading (sheet, 1, 11, 1, 1, "ผ่านการพัฒนาเกี่ยวกับออนไลน์");
  thanrak_report_sheet_add_heading (sheet, 0, 12, 2, 1, "Facebook (ชื่อเพจ หรือลิงก์)");
  thanrak_report_sheet_add_heading (sheet, 0, 13, 2, 1, "ยอดจำหน่าย (บาท)");
  thanrak_report_sheet_set_row_source (sheet, n_rows, fill_row, NULL, NULL);

  total = thanrak_report_sheet_get_total_row (sheet);
  col = thanrak_report_row_add_text (total, "รวม");
  thanrak_report_row_set_span (total, col, 7);
  for (guint k = 0; k < 5; k++)
    thanrak_report_row_add_column_sum (total, THANRAK_REPORT_STYLE_COUNT);
  thanrak_report_row_add_blank (total);
  thanrak_report_row_add_column_sum (total, THANRAK_REPORT_STYLE_BAHT);

  return sheet;
}

static gint64 rows_written_at;

static void
note_progress (guint64  rows_done,
               guint64  rows_total,
               gpointer user_data)
{
  if (rows_done == rows_total)
    rows_written_at = g_get_monotonic_time ();
}

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static double
peak_mb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  /* kilobytes on Linux */
}

/* Resident memory now (Linux), for the baseline: the peak before the
 * export may have been reached by something else. */
static double
resident_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmRSS:")) == NULL)
    return peak_mb ();

  return g_ascii_strtod (line + strlen ("VmRSS:"), NULL) / 1024.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ThanrakReportSheet) sheet = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  guint64 n_rows = 200000;
  gint64 start;
  double seconds;
  double cpu;
  double before;
  double after;
  GStatBuf st;

  setlocale (LC_ALL, "");
  if (argc > 1)
    n_rows = g_ascii_strtoull (argv[1], NULL, 10);
  if (argc > 2)
    path = g_strdup (argv[2]);
  else
    {
      dir = g_dir_make_tmp ("thanrak-bench-XXXXXX", NULL);
      path = g_build_filename (dir, "form6.xlsx", NULL);
    }

  sheet = make_form6 (n_rows);
  before = resident_mb ();
  start = g_get_monotonic_time ();
  cpu = cpu_seconds ();

  if (!thanrak_report_write_sheet (path, sheet, THANRAK_REPORT_WRITE_CONSTANT_MEMORY,
                                   NULL, note_progress, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  seconds = (g_get_monotonic_time () - start) / 1e6;
  cpu = cpu_seconds () - cpu;
  after = peak_mb ();
  g_stat (path, &st);

  g_print ("form 6, %" G_GUINT64_FORMAT " rows x 14 columns, constant memory: "
           "%.2f s (%.2f s of processor time), peak memory %.1f MB "
           "(%.1f MB more than resident before the export), file %.1f MB; "
           "rows written in %.2f s, then %.2f s to zip the file\n",
           n_rows, seconds, cpu, after, after - before, st.st_size / 1e6,
           (rows_written_at - start) / 1e6, (g_get_monotonic_time () - rows_written_at) / 1e6);

  if (dir != NULL)
    {
      g_unlink (path);
      g_rmdir (dir);
    }

  return 0;
}
