/* thanrak-thai.c: Thai number, money and date conventions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "thanrak-thai.h"

G_DEFINE_QUARK (thanrak-thai-error-quark, thanrak_thai_error)

/* The words of LibreOffice's BAHTTEXT (sc/source/core/tool/interpr2.cxx,
 * ScInterpreter::ScBahtText). */
static const char * const digit_words[] = {
  "ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า",
};
#define TH_10      "สิบ"
#define TH_11      "เอ็ด"
#define TH_20      "ยี่"
#define TH_1E6     "ล้าน"
#define TH_BAHT    "บาท"
#define TH_SATANG  "สตางค์"
#define TH_DOT0    "ถ้วน"
#define TH_MINUS   "ลบ"

static const char * const pow10_words[] = {
  NULL, NULL, "ร้อย", "พัน", "หมื่น", "แสน",
};

typedef enum
{
  /* LibreOffice: เอ็ด only after a tens digit (101 -> หนึ่งร้อยหนึ่ง) */
  BAHTTEXT_LIBREOFFICE,
  /* Excel and common usage: เอ็ด after any higher digit of the block
   * (101 -> หนึ่งร้อยเอ็ด, 1,000,001 -> หนึ่งล้านเอ็ด) */
  BAHTTEXT_EXCEL,
} BahttextStyle;

/* Appends the words of a block of six digits, 1 to 999,999. */
static void
append_block (GString       *text,
              gint64         value,
              BahttextStyle  style)
{
  gboolean higher = FALSE;

  g_assert (value >= 1 && value <= 999999);

  for (int pow = 5; pow >= 2; pow--)
    {
      gint64 unit = 1;
      for (int i = 0; i < pow; i++)
        unit *= 10;
      if (value >= unit)
        {
          g_string_append (text, digit_words[value / unit]);
          g_string_append (text, pow10_words[pow]);
          value %= unit;
          higher = TRUE;
        }
    }

  if (value > 0)
    {
      gint64 ten = value / 10;
      gint64 one = value % 10;

      if (ten >= 1)
        {
          if (ten >= 3)
            g_string_append (text, digit_words[ten]);
          else if (ten == 2)
            g_string_append (text, TH_20);
          g_string_append (text, TH_10);
        }
      if (one == 1 && (ten > 0 || (style == BAHTTEXT_EXCEL && higher)))
        g_string_append (text, TH_11);
      else if (one > 0)
        g_string_append (text, digit_words[one]);
    }
}

static char *
bahttext_styled (gint64        satang,
                 BahttextStyle style)
{
  GString *text = g_string_new (NULL);
  guint64 abs_satang;
  guint64 baht;
  gint64 sat;
  gboolean minus = satang < 0;

  abs_satang = minus ? (guint64) (-(satang + 1)) + 1 : (guint64) satang;
  baht = abs_satang / 100;
  sat = (gint64) (abs_satang % 100);

  if (baht == 0)
    {
      if (sat == 0)
        g_string_append (text, digit_words[0]);
    }
  else
    {
      /* Blocks of six digits from the lowest; every block but the
       * highest is preceded by ล้าน, so the millions repeat
       * (1,000,000,000,000 -> หนึ่งล้านล้าน). */
      while (baht > 0)
        {
          GString *block = g_string_new (NULL);
          gint64 value = (gint64) (baht % 1000000);

          baht /= 1000000;
          if (value > 0)
            append_block (block, value,
                          /* Excel reads a lone 1 below a higher block as
                           * เอ็ด too */
                          style);
          if (style == BAHTTEXT_EXCEL && value == 1 && baht > 0)
            {
              g_string_truncate (block, 0);
              g_string_append (block, TH_11);
            }
          if (baht > 0)
            g_string_prepend (block, TH_1E6);
          g_string_prepend (text, block->str);
          g_string_free (block, TRUE);
        }
    }

  if (text->len > 0)
    g_string_append (text, TH_BAHT);

  if (sat == 0)
    g_string_append (text, TH_DOT0);
  else
    {
      append_block (text, sat, style);
      g_string_append (text, TH_SATANG);
    }

  if (minus)
    g_string_prepend (text, TH_MINUS);

  return g_string_free (text, FALSE);
}

/**
 * thanrak_thai_bahttext:
 * @satang: an amount in satang (1 baht = 100 satang); may be negative
 *
 * Writes an amount in Thai words as LibreOffice's `BAHTTEXT` does
 * (domain.md §2, seed 002): `ถ้วน` when there are no satang, else
 * `…บาท…สตางค์`; เอ็ด for a final 1 after a tens digit only (`101` ->
 * หนึ่งร้อยหนึ่งบาทถ้วน, `1,000,001` -> หนึ่งล้านหนึ่งบาทถ้วน); ยี่ for 2 in the
 * tens; สิบ, not หนึ่งสิบ; the millions repeat (`1,000,000,000,000` ->
 * หนึ่งล้านล้านบาทถ้วน); satang alone have no บาท (`0.25` -> ยี่สิบห้าสตางค์);
 * zero is ศูนย์บาทถ้วน; a negative amount starts with ลบ.
 *
 * Callers holding baht with more than two decimals round to whole satang
 * first (thanrak_thai_parse_baht() does).
 *
 * Returns: (transfer full): the words, without parentheses
 */
char *
thanrak_thai_bahttext (gint64 satang)
{
  return bahttext_styled (satang, BAHTTEXT_LIBREOFFICE);
}

/**
 * thanrak_thai_parse_baht:
 * @text: a baht amount as a person types it: Arabic or Thai digits,
 *   optional thousands separators (`,`), optional sign, optional
 *   decimals, optional trailing `บาท`
 * @satang: (out): the amount in satang, rounded half away from zero to
 *   whole satang
 * @error: return location for a #GError
 *
 * Reads a baht amount without binary floating point.
 *
 * Returns: %TRUE on success; %FALSE with %THANRAK_THAI_ERROR_INVALID_AMOUNT
 *   when @text is not an amount, %THANRAK_THAI_ERROR_OUT_OF_RANGE when it
 *   does not fit in a #gint64 of satang
 */
gboolean
thanrak_thai_parse_baht (const char  *text,
                         gint64      *satang,
                         GError     **error)
{
  g_autofree char *arabic = NULL;
  const char *p;
  gboolean minus = FALSE;
  gboolean any_digit = FALSE;
  guint64 whole = 0;
  guint64 fraction = 0;
  guint n_decimals = 0;
  gboolean round_up = FALSE;
  gboolean in_fraction = FALSE;
  guint64 result;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (satang != NULL, FALSE);

  arabic = thanrak_thai_arabic_digits (text);
  g_strstrip (arabic);
  if (g_str_has_suffix (arabic, "บาท"))
    {
      arabic[strlen (arabic) - strlen ("บาท")] = '\0';
      g_strstrip (arabic);
    }

  p = arabic;
  if (*p == '-' || *p == '+')
    {
      minus = *p == '-';
      p++;
    }

  for (; *p != '\0'; p++)
    {
      if (*p == ',' && !in_fraction)
        continue;
      if (*p == '.' && !in_fraction)
        {
          in_fraction = TRUE;
          continue;
        }
      if (!g_ascii_isdigit (*p))
        goto invalid;

      any_digit = TRUE;
      if (!in_fraction)
        {
          if (whole > (G_MAXINT64 / 100 - 9) / 10)
            goto out_of_range;
          whole = whole * 10 + (guint64) (*p - '0');
        }
      else
        {
          if (n_decimals < 2)
            fraction = fraction * 10 + (guint64) (*p - '0');
          else if (n_decimals == 2)
            round_up = *p >= '5';
          n_decimals++;
        }
    }

  if (!any_digit)
    goto invalid;

  if (n_decimals == 1)
    fraction *= 10;
  result = whole * 100 + fraction + (round_up ? 1 : 0);
  if (result > (guint64) G_MAXINT64)
    goto out_of_range;

  *satang = minus ? -(gint64) result : (gint64) result;
  return TRUE;

invalid:
  g_set_error (error, THANRAK_THAI_ERROR, THANRAK_THAI_ERROR_INVALID_AMOUNT,
               _("“%s” is not an amount in baht: write digits, for example 1,543,800 or 21.50"),
               text);
  return FALSE;

out_of_range:
  g_set_error (error, THANRAK_THAI_ERROR, THANRAK_THAI_ERROR_OUT_OF_RANGE,
               _("The amount “%s” is too large: it must be below 92,233,720,368,547,758 baht"),
               text);
  return FALSE;
}

static char *
normalize_words (const char *words)
{
  GString *out = g_string_new (NULL);

  for (const char *p = words; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == '(' || c == ')' || c == 0x200B)
        continue;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/**
 * thanrak_thai_words_match_amount:
 * @words: an amount in words as typed in a form, with or without
 *   parentheses and spaces, e.g. `(เจ็ดสิบเอ็ดล้านหนึ่งแสนหนึ่งหมื่นแปดพันบาทถ้วน)`
 * @satang: the amount in satang the words should say
 *
 * Tells whether @words say @satang (seed 002: its words for 71,118,000
 * carry a stray บาท). Both LibreOffice's `BAHTTEXT` wording and the
 * common (and Excel's) wording with เอ็ด after hundreds, thousands and
 * millions are accepted, so only words that say another amount, or are
 * not well formed, disagree.
 *
 * Returns: %TRUE when the words say the amount
 */
gboolean
thanrak_thai_words_match_amount (const char *words,
                                 gint64      satang)
{
  g_autofree char *given = NULL;
  g_autofree char *lo = NULL;
  g_autofree char *xl = NULL;

  g_return_val_if_fail (words != NULL, FALSE);

  given = normalize_words (words);
  lo = bahttext_styled (satang, BAHTTEXT_LIBREOFFICE);
  xl = bahttext_styled (satang, BAHTTEXT_EXCEL);

  return g_str_equal (given, lo) || g_str_equal (given, xl);
}

/**
 * thanrak_thai_digits:
 * @text: a UTF-8 text
 *
 * Replaces the Arabic digits 0-9 of @text with Thai digits ๐-๙, as
 * official letters write them (domain.md §2).
 *
 * Returns: (transfer full): the text with Thai digits
 */
char *
thanrak_thai_digits (const char *text)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text) * 3);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_unichar (out, 0x0E50 + (gunichar) (*p - '0'));
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/**
 * thanrak_thai_arabic_digits:
 * @text: a UTF-8 text
 *
 * Replaces the Thai digits ๐-๙ of @text with Arabic digits 0-9.
 *
 * Returns: (transfer full): the text with Arabic digits
 */
char *
thanrak_thai_arabic_digits (const char *text)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x0E50 && c <= 0x0E59)
        g_string_append_c (out, (char) ('0' + (c - 0x0E50)));
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}

/**
 * thanrak_thai_format_integer:
 * @value: a count or a whole baht amount
 * @thai_digits: %TRUE to write Thai digits
 *
 * Writes @value with thousands separators, e.g. `2,543,154,639` or
 * `๒,๕๔๓,๑๕๔,๖๓๙` (domain.md §2).
 *
 * Returns: (transfer full): the text
 */
char *
thanrak_thai_format_integer (gint64   value,
                             gboolean thai_digits)
{
  g_autofree char *plain = g_strdup_printf ("%" G_GUINT64_FORMAT,
                                            value < 0 ? (guint64) (-(value + 1)) + 1 : (guint64) value);
  GString *out = g_string_new (value < 0 ? "-" : NULL);
  gsize len = strlen (plain);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, plain[i]);
    }

  if (thai_digits)
    {
      char *thai = thanrak_thai_digits (out->str);
      g_string_free (out, TRUE);
      return thai;
    }

  return g_string_free (out, FALSE);
}

/**
 * thanrak_thai_format_baht:
 * @satang: an amount in satang
 * @thai_digits: %TRUE to write Thai digits
 *
 * Writes an amount in baht with thousands separators, and two decimals
 * only when there are satang: `2,543,154,639`, `21.50`.
 *
 * Returns: (transfer full): the text
 */
char *
thanrak_thai_format_baht (gint64   satang,
                          gboolean thai_digits)
{
  guint64 abs_satang = satang < 0 ? (guint64) (-(satang + 1)) + 1 : (guint64) satang;
  g_autofree char *whole = thanrak_thai_format_integer ((gint64) (abs_satang / 100), FALSE);
  g_autofree char *text = NULL;

  if (abs_satang % 100 == 0)
    text = g_strdup_printf ("%s%s", satang < 0 ? "-" : "", whole);
  else
    text = g_strdup_printf ("%s%s.%02u", satang < 0 ? "-" : "", whole,
                            (guint) (abs_satang % 100));

  return thai_digits ? thanrak_thai_digits (text) : g_steal_pointer (&text);
}

static const char * const month_full[] = {
  NULL, "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
  "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
};

static const char * const month_abbreviated[] = {
  NULL, "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
  "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
};

/**
 * thanrak_thai_month_name:
 * @month: a month, %G_DATE_JANUARY to %G_DATE_DECEMBER
 * @abbreviated: %TRUE for the abbreviation (`ต.ค.`), %FALSE for the full
 *   name (`ตุลาคม`)
 *
 * Returns: (transfer none): the Thai name of @month (domain.md §2)
 */
const char *
thanrak_thai_month_name (GDateMonth month,
                         gboolean   abbreviated)
{
  g_return_val_if_fail (g_date_valid_month (month), NULL);

  return abbreviated ? month_abbreviated[month] : month_full[month];
}

/**
 * thanrak_thai_format_date:
 * @date: a valid #GDate (Gregorian)
 * @style: full (`1 ตุลาคม 2563`), abbreviated (`1 ต.ค. 2563`) or short
 *   (`1 ต.ค. 63`)
 * @thai_digits: %TRUE for Thai digits (`๑ ต.ค. ๖๓`)
 *
 * Writes @date as Thai forms do, with the Buddhist Era year
 * (BE = CE + 543; domain.md §2).
 *
 * Returns: (transfer full): the text
 */
char *
thanrak_thai_format_date (const GDate          *date,
                          ThanrakThaiDateStyle  style,
                          gboolean              thai_digits)
{
  g_autofree char *text = NULL;
  guint be;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  be = (guint) g_date_get_year (date) + THANRAK_BE_OFFSET;
  switch (style)
    {
    case THANRAK_THAI_DATE_FULL:
      text = g_strdup_printf ("%u %s %u", g_date_get_day (date),
                              month_full[g_date_get_month (date)], be);
      break;
    case THANRAK_THAI_DATE_ABBREVIATED:
      text = g_strdup_printf ("%u %s %u", g_date_get_day (date),
                              month_abbreviated[g_date_get_month (date)], be);
      break;
    case THANRAK_THAI_DATE_SHORT:
    default:
      text = g_strdup_printf ("%u %s %02u", g_date_get_day (date),
                              month_abbreviated[g_date_get_month (date)], be % 100);
      break;
    }

  return thai_digits ? thanrak_thai_digits (text) : g_steal_pointer (&text);
}

/**
 * thanrak_thai_parse_date:
 * @text: a Thai date as forms write it: `1 ต.ค. 2563`, `๑ ต.ค. ๖๓`,
 *   `1 ตุลาคม 2563`, `1 ต.ค.63`; the year is Buddhist Era, two digits
 *   meaning 25xx
 * @date: (out caller-allocates): the date
 * @error: return location for a #GError
 *
 * Reads a date written the Thai way (domain.md §2).
 *
 * Returns: %TRUE on success; %FALSE with %THANRAK_THAI_ERROR_INVALID_DATE
 */
gboolean
thanrak_thai_parse_date (const char  *text,
                         GDate       *date,
                         GError     **error)
{
  g_autofree char *arabic = NULL;
  const char *p;
  guint64 day = 0, year = 0;
  GDateMonth month = G_DATE_BAD_MONTH;
  gsize best = 0;
  char *end;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  arabic = thanrak_thai_arabic_digits (text);
  p = g_strstrip (arabic);

  day = g_ascii_strtoull (p, &end, 10);
  if (end == p)
    goto invalid;
  p = end;
  while (g_ascii_isspace (*p))
    p++;

  /* the longest month name that starts here (มี.ค. before ม.ค. does not
   * clash, but มีนาคม and มี.ค. share a start) */
  for (int m = 1; m <= 12; m++)
    {
      const char *names[] = { month_full[m], month_abbreviated[m] };
      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        if (g_str_has_prefix (p, names[i]) && strlen (names[i]) > best)
          {
            best = strlen (names[i]);
            month = (GDateMonth) m;
          }
    }
  if (month == G_DATE_BAD_MONTH)
    goto invalid;
  p += best;
  while (g_ascii_isspace (*p))
    p++;
  if (g_str_has_prefix (p, "พ.ศ."))
    {
      p += strlen ("พ.ศ.");
      while (g_ascii_isspace (*p))
        p++;
    }

  year = g_ascii_strtoull (p, &end, 10);
  if (end == p || *end != '\0')
    goto invalid;
  if (end - p == 2)
    year += 2500;
  if (year <= THANRAK_BE_OFFSET || year > 9999 ||
      !g_date_valid_dmy ((GDateDay) day, month, (GDateYear) (year - THANRAK_BE_OFFSET)) || day > 31)
    goto invalid;

  g_date_set_dmy (date, (GDateDay) day, month, (GDateYear) (year - THANRAK_BE_OFFSET));
  return TRUE;

invalid:
  g_set_error (error, THANRAK_THAI_ERROR, THANRAK_THAI_ERROR_INVALID_DATE,
               _("“%s” is not a date: write it as 1 ต.ค. 2563"), text);
  return FALSE;
}

/**
 * thanrak_thai_fiscal_year:
 * @date: a valid #GDate
 *
 * The Thai fiscal year (ปีงบประมาณ) N runs 1 Oct (N-1) to 30 Sep N
 * (domain.md §2): 1 Oct 2020 is in FY 2564.
 *
 * Returns: the fiscal year of @date, Buddhist Era
 */
guint
thanrak_thai_fiscal_year (const GDate *date)
{
  guint year;

  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);

  year = (guint) g_date_get_year (date) + THANRAK_BE_OFFSET;
  return g_date_get_month (date) >= G_DATE_OCTOBER ? year + 1 : year;
}

static guint
fiscal_month (const GDate *date)
{
  /* 1 = October … 12 = September */
  return ((guint) g_date_get_month (date) + 2) % 12 + 1;
}

/**
 * thanrak_thai_fiscal_quarter:
 * @date: a valid #GDate
 *
 * Returns: the quarter of the fiscal year @date falls in: 1 = Oct-Dec,
 *   2 = Jan-Mar, 3 = Apr-Jun, 4 = Jul-Sep (domain.md §2)
 */
guint
thanrak_thai_fiscal_quarter (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);

  return (fiscal_month (date) - 1) / 3 + 1;
}

/**
 * thanrak_thai_fiscal_half:
 * @date: a valid #GDate
 *
 * Returns: the half (round) of the fiscal year @date falls in: 1 = Oct-Mar,
 *   2 = Apr-Sep ("round 2" of seed 004 = quarters 3-4)
 */
guint
thanrak_thai_fiscal_half (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);

  return (fiscal_month (date) - 1) / 6 + 1;
}

/**
 * thanrak_thai_fiscal_span:
 * @fiscal_year: a fiscal year, Buddhist Era (e.g. 2565)
 * @period: the kind of span
 * @number: which half (1-2), quarter (1-4) or month of the fiscal year
 *   (1 = October … 12 = September); ignored for %THANRAK_FISCAL_YEAR
 * @first: (out caller-allocates): the first day of the span
 * @last: (out caller-allocates): the last day of the span
 *
 * The dates of a fiscal year, half-year, quarter or month (domain.md §2):
 * FY 2565 = 1 ต.ค. 2564 - 30 ก.ย. 2565; FY 2564 half 2 = 1 เม.ย. 2564 -
 * 30 ก.ย. 2564.
 *
 * Returns: %TRUE, or %FALSE (dates cleared) when @number is out of range
 *   for @period or @fiscal_year is before BE 544
 */
gboolean
thanrak_thai_fiscal_span (guint                fiscal_year,
                          ThanrakFiscalPeriod  period,
                          guint                number,
                          GDate               *first,
                          GDate               *last)
{
  guint months;
  guint start_month; /* fiscal month, 1 = October */
  GDateYear ce;

  g_return_val_if_fail (first != NULL && last != NULL, FALSE);

  g_date_clear (first, 1);
  g_date_clear (last, 1);

  switch (period)
    {
    case THANRAK_FISCAL_YEAR:
      months = 12;
      number = 1;
      break;
    case THANRAK_FISCAL_HALF:
      months = 6;
      break;
    case THANRAK_FISCAL_QUARTER:
      months = 3;
      break;
    case THANRAK_FISCAL_MONTH:
      months = 1;
      break;
    default:
      return FALSE;
    }

  if (number < 1 || number > 12 / months || fiscal_year <= THANRAK_BE_OFFSET + 1)
    return FALSE;

  ce = (GDateYear) (fiscal_year - THANRAK_BE_OFFSET - 1);
  start_month = (number - 1) * months + 1;

  /* fiscal month m is calendar month ((m + 8) % 12) + 1, in year ce
   * for October-December and ce + 1 after */
  g_date_set_dmy (first, 1, (GDateMonth) ((start_month + 8) % 12 + 1),
                  start_month <= 3 ? ce : ce + 1);
  *last = *first;
  g_date_add_months (last, months);
  g_date_subtract_days (last, 1);

  return TRUE;
}

/**
 * thanrak_thai_date_in_span:
 * @date: a valid #GDate
 * @first: the first day of a span
 * @last: the last day of a span
 *
 * Returns: %TRUE when @first <= @date <= @last
 */
gboolean
thanrak_thai_date_in_span (const GDate *date,
                           const GDate *first,
                           const GDate *last)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);
  g_return_val_if_fail (first != NULL && g_date_valid (first), FALSE);
  g_return_val_if_fail (last != NULL && g_date_valid (last), FALSE);

  return g_date_compare (date, first) >= 0 && g_date_compare (date, last) <= 0;
}
