/* test-checks.c: consistency checks on the seeds' own slips
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <string.h>

#include "thanrak-checks.h"

#define BAHT(x) ((gint64) (x) * 100)

/* seed 002, กิจกรรมย่อยที่ 2.4.1: 8,780 villages x 18,300 baht */
static void
test_budget_line_slip (void)
{
  const ThanrakBudgetCheckLine right[] = {
    { "สนับสนุนการปรับวิถีชีวิตตามแผนชุมชน", 8780, BAHT (18300), BAHT (160674000) },
  };
  const ThanrakBudgetCheckLine slip[] = {
    { "สนับสนุนการปรับวิถีชีวิตตามแผนชุมชน", 8780, BAHT (18300), BAHT (160674400) },
  };
  g_autoptr(GPtrArray) ok = thanrak_check_budget (right, 1, BAHT (160674000),
                                                  "(หนึ่งร้อยหกสิบล้านหกแสนเจ็ดหมื่นสี่พันบาทถ้วน)");
  g_autoptr(GPtrArray) line = thanrak_check_budget (slip, 1, THANRAK_CHECK_NO_TOTAL, NULL);
  /* the budget line of the form: 160,674,400 typed over lines of 160,674,000 */
  g_autoptr(GPtrArray) total = thanrak_check_budget (right, 1, BAHT (160674400),
                                                     "หนึ่งร้อยหกสิบล้านหกแสนเจ็ดหมื่นสี่พันสี่ร้อยบาทถ้วน");
  ThanrakFinding *f;

  g_assert_cmpuint (ok->len, ==, 0);

  g_assert_cmpuint (line->len, ==, 1);
  f = g_ptr_array_index (line, 0);
  g_assert_cmpint (f->code, ==, THANRAK_CHECK_LINE_AMOUNT);
  g_assert_cmpint (f->index, ==, 0);
  g_assert_nonnull (strstr (f->message, "160,674,000"));
  g_assert_nonnull (strstr (f->message, "160,674,400"));

  /* the words agree with the typed 160,674,400: only the total is wrong */
  g_assert_cmpuint (total->len, ==, 1);
  f = g_ptr_array_index (total, 0);
  g_assert_cmpint (f->code, ==, THANRAK_CHECK_TOTAL);
  g_assert_nonnull (strstr (f->message, "160,674,000"));
}

/* seed 002, กิจกรรมย่อยที่ 3.1.1: three lines, 71,118,000 */
static void
test_budget_words_slip (void)
{
  const ThanrakBudgetCheckLine lines[] = {
    { "ค่าผลิต/ถ่ายเอกสารสำหรับการดำเนินงาน", 8780, BAHT (1500), BAHT (13170000) },
    { "ค่าวัสดุสำนักงานสำหรับใช้ในการดำเนินงานถอดบทเรียน", 8780, BAHT (1000), BAHT (8780000) },
    { "ค่าวัสดุ และอุปกรณ์สำหรับการฝึกปฏิบัติในการใช้ชีวิต", 8780, BAHT (5600), BAHT (49168000) },
  };
  g_autoptr(GPtrArray) ok = thanrak_check_budget (lines, 3, BAHT (71118000),
                                                  "(เจ็ดสิบเอ็ดล้านหนึ่งแสนหนึ่งหมื่นแปดพันบาทถ้วน)");
  g_autoptr(GPtrArray) slip = thanrak_check_budget (lines, 3, BAHT (71118000),
                                                    "(เจ็ดสิบเอ็ดล้านบาทหนึ่งแสนหนึ่งหมื่นแปดพันบาทถ้วน)");
  g_autoptr(ThanrakFinding) words = thanrak_check_amount_words ("หนึ่งร้อยหกสิบสามแสนเจ็ดหมื่นสี่พันบาทถ้วน",
                                                                BAHT (160674000));
  g_autoptr(ThanrakFinding) lump = NULL;
  ThanrakFinding *f;
  const ThanrakBudgetCheckLine lump_lines[] = {
    { "ค่าวัสดุ", -1, 0, BAHT (1543800) },
  };
  g_autoptr(GPtrArray) lump_ok = thanrak_check_budget (lump_lines, 1, BAHT (1543800), NULL);

  g_assert_cmpuint (ok->len, ==, 0);
  g_assert_cmpuint (slip->len, ==, 1);
  f = g_ptr_array_index (slip, 0);
  g_assert_cmpint (f->code, ==, THANRAK_CHECK_AMOUNT_WORDS);
  g_assert_nonnull (strstr (f->message, "71,118,000"));
  g_assert_nonnull (strstr (f->message, "เจ็ดสิบเอ็ดล้านหนึ่งแสนหนึ่งหมื่นแปดพันบาทถ้วน"));

  /* the seed's total line of 160,674,000 has words of another amount */
  g_assert_nonnull (words);
  g_assert_cmpint (words->code, ==, THANRAK_CHECK_AMOUNT_WORDS);

  g_assert_cmpuint (lump_ok->len, ==, 0);
  lump = thanrak_check_amount_words ("หนึ่งล้านห้าแสนสี่หมื่นสามพันแปดร้อยบาทถ้วน", BAHT (1543800));
  g_assert_null (lump);
}

static GPtrArray *
read_sakaeo (void)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "sakaeo-2564-round2.csv", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    if (*g_strchomp (lines[i]) != '\0')
      g_ptr_array_add (rows, g_strsplit (lines[i], ",", -1));
  return rows;
}

/* seed 004: วังสมบูรณ์'s base sales are about 48 times the median of
 * its neighbours; no neighbour is flagged. */
static void
test_outlier_neighbours (void)
{
  g_autoptr(GPtrArray) rows = read_sakaeo ();
  g_autofree ThanrakDistrictFigure *figures = g_new0 (ThanrakDistrictFigure, rows->len);
  g_autofree ThanrakDistrictFigure *products = g_new0 (ThanrakDistrictFigure, rows->len);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) none = NULL;
  ThanrakFinding *f;

  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      figures[i].name = row[1];
      figures[i].value = BAHT (g_ascii_strtoll (row[4], NULL, 10));
      figures[i].last_year = -1;
      products[i].name = row[1];
      products[i].value = g_ascii_strtoll (row[3], NULL, 10);
      products[i].last_year = -1;
    }

  findings = thanrak_check_district_figures (figures, rows->len, "ยอดจำหน่าย 1 เม.ย. - 30 ก.ย. 2563",
                                             TRUE, 0, 0);
  g_assert_cmpuint (findings->len, ==, 1);
  f = g_ptr_array_index (findings, 0);
  g_assert_cmpint (f->code, ==, THANRAK_CHECK_NEIGHBOURS);
  g_assert_cmpstr (figures[f->index].name, ==, "วังสมบูรณ์");
  g_assert_nonnull (strstr (f->message, "2,172,561,200"));
  g_assert_nonnull (strstr (f->message, "48"));

  /* the product counts are all in line */
  none = thanrak_check_district_figures (products, rows->len, "จำนวนผลิตภัณฑ์", FALSE, 0, 0);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_outlier_last_year (void)
{
  ThanrakDistrictFigure figures[] = {
    { "เมืองสระแก้ว", BAHT (68302860), BAHT (60000000) },
    { "คลองหาด", BAHT (51329000), BAHT (15000000) },  /* 3.4 times */
    { "ตาพระยา", BAHT (38490500), BAHT (130000000) }, /* 1/3.4 */
    { "วังน้ำเย็น", BAHT (32023200), -1 },
  };
  g_autoptr(GPtrArray) findings =
    thanrak_check_district_figures (figures, G_N_ELEMENTS (figures), "ยอดจำหน่าย", TRUE, 0, 0);

  g_assert_cmpuint (findings->len, ==, 2);
  g_assert_cmpint (((ThanrakFinding *) g_ptr_array_index (findings, 0))->code, ==, THANRAK_CHECK_LAST_YEAR);
  g_assert_cmpint (((ThanrakFinding *) g_ptr_array_index (findings, 0))->index, ==, 1);
  g_assert_cmpint (((ThanrakFinding *) g_ptr_array_index (findings, 1))->index, ==, 2);
}

static void
test_percentages (void)
{
  g_autoptr(ThanrakFinding) above = thanrak_check_percent_value (10050, "ร้อยละของผลิตภัณฑ์ที่จำหน่ายออนไลน์");
  g_autoptr(ThanrakFinding) hundred = thanrak_check_percent_value (10000, "ร้อยละ");
  g_autoptr(ThanrakFinding) part = thanrak_check_percentage (420, 412, "ผลิตภัณฑ์ที่จำหน่ายออนไลน์");
  g_autoptr(ThanrakFinding) fine = thanrak_check_percentage (45, 412, "ผลิตภัณฑ์ที่จำหน่ายออนไลน์");

  g_assert_nonnull (above);
  g_assert_cmpint (above->code, ==, THANRAK_CHECK_PERCENT_ABOVE_100);
  g_assert_nonnull (strstr (above->message, "100.50"));
  g_assert_null (hundred);
  g_assert_nonnull (part);
  g_assert_nonnull (strstr (part->message, "420"));
  g_assert_null (fine);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/checks/budget-line-slip", test_budget_line_slip);
  g_test_add_func ("/checks/budget-words-slip", test_budget_words_slip);
  g_test_add_func ("/checks/outlier-neighbours", test_outlier_neighbours);
  g_test_add_func ("/checks/outlier-last-year", test_outlier_last_year);
  g_test_add_func ("/checks/percentages", test_percentages);

  return g_test_run ();
}
