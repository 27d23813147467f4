/* test-thai.c: Thai number, money and date conventions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>

#include "thanrak-thai.h"

/* Expected words are LibreOffice's BAHTTEXT (ScInterpreter::ScBahtText):
 * written out here by hand, digit by digit, not computed. */
static void
test_bahttext_seed_amounts (void)
{
  static const struct { gint64 satang; const char *words; } cases[] = {
    /* seed 002 */
    { 16067400000, "หนึ่งร้อยหกสิบล้านหกแสนเจ็ดหมื่นสี่พันบาทถ้วน" },
    { 7111800000, "เจ็ดสิบเอ็ดล้านหนึ่งแสนหนึ่งหมื่นแปดพันบาทถ้วน" },
    { 1317000000, "สิบสามล้านหนึ่งแสนเจ็ดหมื่นบาทถ้วน" },
    { 154380000, "หนึ่งล้านห้าแสนสี่หมื่นสามพันแปดร้อยบาทถ้วน" },
    { 16067440000, "หนึ่งร้อยหกสิบล้านหกแสนเจ็ดหมื่นสี่พันสี่ร้อยบาทถ้วน" },
    /* domain.md §2 */
    { 2150, "ยี่สิบเอ็ดบาทห้าสิบสตางค์" },
    { 25, "ยี่สิบห้าสตางค์" },
    { 0, "ศูนย์บาทถ้วน" },
    { 1, "หนึ่งสตางค์" },
    { 11, "สิบเอ็ดสตางค์" },
    { 100000100, "หนึ่งล้านหนึ่งบาทถ้วน" },
    { 100000000, "หนึ่งล้านบาทถ้วน" },
    { 10100, "หนึ่งร้อยหนึ่งบาทถ้วน" },
    { 1000, "สิบบาทถ้วน" },
    { 2000, "ยี่สิบบาทถ้วน" },
    { 3100, "สามสิบเอ็ดบาทถ้วน" },
    { 100000000000000, "หนึ่งล้านล้านบาทถ้วน" },
    /* over one million million */
    { 100000000000100, "หนึ่งล้านล้านหนึ่งบาทถ้วน" },
    { 1234567890123456, "สิบสองล้านสามแสนสี่หมื่นห้าพันหกร้อยเจ็ดสิบแปดล้าน"
                        "เก้าแสนหนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบหกสตางค์" },
    { 200000000000000000, "สองพันล้านล้านบาทถ้วน" },
    { -2150, "ลบยี่สิบเอ็ดบาทห้าสิบสตางค์" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *words = thanrak_thai_bahttext (cases[i].satang);
      g_assert_cmpstr (words, ==, cases[i].words);
      g_assert_true (thanrak_thai_words_match_amount (cases[i].words, cases[i].satang));
    }
}

static void
test_parse_baht (void)
{
  static const struct { const char *text; gint64 satang; } ok[] = {
    { "160,674,000", 16067400000 },
    { "21.50", 2150 },
    { "21.5", 2150 },
    { "0.25", 25 },
    { "0.255", 26 },
    { "0.254", 25 },
    { "-0.255", -26 },
    { "๑,๕๔๓,๘๐๐", 154380000 },
    { "1,000,001 บาท", 100000100 },
    { "1000000000000", 100000000000000 },
  };
  static const char * const bad[] = { "", "abc", "1.2.3", "12a", "-", "." };
  gint64 satang;

  for (gsize i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      g_autoptr(GError) error = NULL;
      g_assert_true (thanrak_thai_parse_baht (ok[i].text, &satang, &error));
      g_assert_no_error (error);
      g_assert_cmpint (satang, ==, ok[i].satang);
    }

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_assert_false (thanrak_thai_parse_baht (bad[i], &satang, &error));
      g_assert_error (error, THANRAK_THAI_ERROR, THANRAK_THAI_ERROR_INVALID_AMOUNT);
    }

  {
    g_autoptr(GError) error = NULL;
    g_assert_false (thanrak_thai_parse_baht ("999,999,999,999,999,999", &satang, &error));
    g_assert_error (error, THANRAK_THAI_ERROR, THANRAK_THAI_ERROR_OUT_OF_RANGE);
  }
}

static void
test_words_match (void)
{
  /* seed 002: the words written for 71,118,000 carry a stray บาท */
  g_assert_false (thanrak_thai_words_match_amount ("(เจ็ดสิบเอ็ดล้านบาทหนึ่งแสนหนึ่งหมื่นแปดพันบาทถ้วน)",
                                                   7111800000));
  g_assert_true (thanrak_thai_words_match_amount ("(เจ็ดสิบเอ็ดล้านหนึ่งแสนหนึ่งหมื่นแปดพันบาทถ้วน)",
                                                  7111800000));
  /* seed 002: the total line of 160,674,000 */
  g_assert_false (thanrak_thai_words_match_amount ("หนึ่งร้อยหกสิบสามแสนเจ็ดหมื่นสี่พันบาทถ้วน",
                                                   16067400000));
  /* the common wording with เอ็ด after a hundreds digit is not a slip */
  g_assert_true (thanrak_thai_words_match_amount ("หนึ่งร้อยเอ็ดบาทถ้วน", 10100));
  g_assert_true (thanrak_thai_words_match_amount ("หนึ่งร้อยหนึ่งบาทถ้วน", 10100));
  g_assert_true (thanrak_thai_words_match_amount ("หนึ่งล้านเอ็ดบาทถ้วน", 100000100));
  g_assert_false (thanrak_thai_words_match_amount ("หนึ่งร้อยสองบาทถ้วน", 10100));
}

static void
test_digits_and_numbers (void)
{
  g_autofree char *thai = thanrak_thai_digits ("1 ต.ค. 63, 2564");
  g_autofree char *arabic = thanrak_thai_arabic_digits ("๑ ต.ค. ๖๓, ๒๕๖๔");
  g_autofree char *n1 = thanrak_thai_format_integer (2543154639, FALSE);
  g_autofree char *n2 = thanrak_thai_format_integer (818, TRUE);
  g_autofree char *n3 = thanrak_thai_format_integer (-1000, FALSE);
  g_autofree char *b1 = thanrak_thai_format_baht (254315463900, FALSE);
  g_autofree char *b2 = thanrak_thai_format_baht (2150, FALSE);
  g_autofree char *b3 = thanrak_thai_format_baht (154380000, TRUE);

  g_assert_cmpstr (thai, ==, "๑ ต.ค. ๖๓, ๒๕๖๔");
  g_assert_cmpstr (arabic, ==, "1 ต.ค. 63, 2564");
  g_assert_cmpstr (n1, ==, "2,543,154,639");
  g_assert_cmpstr (n2, ==, "๘๑๘");
  g_assert_cmpstr (n3, ==, "-1,000");
  g_assert_cmpstr (b1, ==, "2,543,154,639");
  g_assert_cmpstr (b2, ==, "21.50");
  g_assert_cmpstr (b3, ==, "๑,๕๔๓,๘๐๐");
}

static void
test_dates (void)
{
  g_autoptr(GDate) date = g_date_new_dmy (1, G_DATE_OCTOBER, 2020);
  g_autofree char *full = thanrak_thai_format_date (date, THANRAK_THAI_DATE_FULL, FALSE);
  g_autofree char *abbr = thanrak_thai_format_date (date, THANRAK_THAI_DATE_ABBREVIATED, FALSE);
  g_autofree char *shrt = thanrak_thai_format_date (date, THANRAK_THAI_DATE_SHORT, TRUE);
  g_autofree char *shrt2 = NULL;
  g_autoptr(GDate) d2 = g_date_new_dmy (30, G_DATE_SEPTEMBER, 2021);

  g_assert_cmpstr (full, ==, "1 ตุลาคม 2563");
  g_assert_cmpstr (abbr, ==, "1 ต.ค. 2563");
  g_assert_cmpstr (shrt, ==, "๑ ต.ค. ๖๓");
  shrt2 = thanrak_thai_format_date (d2, THANRAK_THAI_DATE_SHORT, FALSE);
  g_assert_cmpstr (shrt2, ==, "30 ก.ย. 64");

  for (int m = 1; m <= 12; m++)
    g_assert_nonnull (thanrak_thai_month_name (m, TRUE));
  g_assert_cmpstr (thanrak_thai_month_name (G_DATE_APRIL, TRUE), ==, "เม.ย.");
  g_assert_cmpstr (thanrak_thai_month_name (G_DATE_JULY, FALSE), ==, "กรกฎาคม");
}

static void
test_parse_date (void)
{
  static const struct { const char *text; int d, m, y; } ok[] = {
    { "1 ต.ค. 2563", 1, 10, 2020 },
    { "๑ ต.ค. ๖๓", 1, 10, 2020 },
    { "30 ก.ย. 64", 30, 9, 2021 },
    { "1 ต.ค.63", 1, 10, 2020 },
    { "25 มีนาคม 2565", 25, 3, 2022 },
    { "5 มี.ค. 2565", 5, 3, 2022 },
    { "๑๑ พฤษภาคม ๒๕๖๔", 11, 5, 2021 },
    { "29 ก.พ. 2563", 29, 2, 2020 },
    { "9 เมษายน พ.ศ. 2567", 9, 4, 2024 },
  };
  static const char * const bad[] = { "", "ต.ค. 2563", "1 October 2563", "31 ก.ย. 2564",
                                      "29 ก.พ. 2564", "1 ต.ค.", "1 ต.ค. 2563x" };
  GDate date;

  for (gsize i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      g_autoptr(GError) error = NULL;
      g_assert_true (thanrak_thai_parse_date (ok[i].text, &date, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_date_get_day (&date), ==, ok[i].d);
      g_assert_cmpint (g_date_get_month (&date), ==, ok[i].m);
      g_assert_cmpint (g_date_get_year (&date), ==, ok[i].y);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_assert_false (thanrak_thai_parse_date (bad[i], &date, &error));
      g_assert_error (error, THANRAK_THAI_ERROR, THANRAK_THAI_ERROR_INVALID_DATE);
    }
}

static void
test_fiscal (void)
{
  static const struct { int d, m, y; guint fy, q, h; } cases[] = {
    { 1, 10, 2020, 2564, 1, 1 },
    { 31, 12, 2020, 2564, 1, 1 },
    { 1, 1, 2021, 2564, 2, 1 },
    { 31, 3, 2021, 2564, 2, 1 },
    { 1, 4, 2021, 2564, 3, 2 },
    { 30, 6, 2021, 2564, 3, 2 },
    { 1, 7, 2021, 2564, 4, 2 },
    { 30, 9, 2021, 2564, 4, 2 },
    { 1, 10, 2021, 2565, 1, 1 },
  };
  static const struct { guint fy; ThanrakFiscalPeriod p; guint n; int d1, m1, y1, d2, m2, y2; } spans[] = {
    { 2565, THANRAK_FISCAL_YEAR, 0, 1, 10, 2021, 30, 9, 2022 },
    { 2564, THANRAK_FISCAL_HALF, 2, 1, 4, 2021, 30, 9, 2021 },
    { 2564, THANRAK_FISCAL_HALF, 1, 1, 10, 2020, 31, 3, 2021 },
    { 2565, THANRAK_FISCAL_QUARTER, 1, 1, 10, 2021, 31, 12, 2021 },
    { 2565, THANRAK_FISCAL_QUARTER, 2, 1, 1, 2022, 31, 3, 2022 },
    { 2563, THANRAK_FISCAL_QUARTER, 2, 1, 1, 2020, 31, 3, 2020 }, /* leap year */
    { 2565, THANRAK_FISCAL_QUARTER, 4, 1, 7, 2022, 30, 9, 2022 },
    { 2565, THANRAK_FISCAL_MONTH, 5, 1, 2, 2022, 28, 2, 2022 },
  };
  GDate first, last;

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDate) date = g_date_new_dmy (cases[i].d, cases[i].m, cases[i].y);
      g_assert_cmpuint (thanrak_thai_fiscal_year (date), ==, cases[i].fy);
      g_assert_cmpuint (thanrak_thai_fiscal_quarter (date), ==, cases[i].q);
      g_assert_cmpuint (thanrak_thai_fiscal_half (date), ==, cases[i].h);
    }

  for (gsize i = 0; i < G_N_ELEMENTS (spans); i++)
    {
      g_assert_true (thanrak_thai_fiscal_span (spans[i].fy, spans[i].p, spans[i].n, &first, &last));
      g_assert_cmpint (g_date_get_day (&first), ==, spans[i].d1);
      g_assert_cmpint (g_date_get_month (&first), ==, spans[i].m1);
      g_assert_cmpint (g_date_get_year (&first), ==, spans[i].y1);
      g_assert_cmpint (g_date_get_day (&last), ==, spans[i].d2);
      g_assert_cmpint (g_date_get_month (&last), ==, spans[i].m2);
      g_assert_cmpint (g_date_get_year (&last), ==, spans[i].y2);
    }

  g_assert_false (thanrak_thai_fiscal_span (2565, THANRAK_FISCAL_QUARTER, 5, &first, &last));
  g_assert_false (thanrak_thai_fiscal_span (2565, THANRAK_FISCAL_HALF, 0, &first, &last));
  g_assert_false (g_date_valid (&first));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/thai/bahttext", test_bahttext_seed_amounts);
  g_test_add_func ("/thai/parse-baht", test_parse_baht);
  g_test_add_func ("/thai/words-match", test_words_match);
  g_test_add_func ("/thai/digits", test_digits_and_numbers);
  g_test_add_func ("/thai/dates", test_dates);
  g_test_add_func ("/thai/parse-date", test_parse_date);
  g_test_add_func ("/thai/fiscal", test_fiscal);

  return g_test_run ();
}
