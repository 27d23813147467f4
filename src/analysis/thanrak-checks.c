/* thanrak-checks.c: consistency checks before figures are sent upward
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Warnings, not refusals (domain.md §6): the seeds themselves carry
 * slips, and a person must see them before a form leaves the office.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "thanrak-checks.h"
#include "thanrak-thai.h"

#define DEFAULT_NEIGHBOUR_FACTOR 10
#define DEFAULT_YEAR_FACTOR 3

/**
 * thanrak_finding_new:
 * @code: a #ThanrakCheckCode or #ThanrakCommitteeCheck
 * @index: the line, district or member concerned, or -1
 * @message: the translated warning
 *
 * Returns: (transfer full): a new finding
 */
ThanrakFinding *
thanrak_finding_new (int         code,
                     int         index,
                     const char *message)
{
  ThanrakFinding *finding = g_new0 (ThanrakFinding, 1);

  finding->code = code;
  finding->index = index;
  finding->message = g_strdup (message);
  return finding;
}

/**
 * thanrak_finding_free:
 * @finding: (transfer full) (nullable): a finding
 *
 * Frees a finding.
 */
void
thanrak_finding_free (ThanrakFinding *finding)
{
  if (finding == NULL)
    return;
  g_free (finding->message);
  g_free (finding);
}

static GPtrArray *
findings_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) thanrak_finding_free);
}

/**
 * thanrak_check_amount_words:
 * @words: an amount in words as typed, with or without parentheses
 * @satang: the amount, in satang
 *
 * Checks that words say the amount (seed 002: the words written for
 * 71,118,000 carry a stray บาท; thanrak_thai_words_match_amount()).
 *
 * Returns: (transfer full) (nullable): a %THANRAK_CHECK_AMOUNT_WORDS
 *   finding that gives the right words, or %NULL when they agree
 */
ThanrakFinding *
thanrak_check_amount_words (const char *words,
                            gint64      satang)
{
  g_autofree char *right = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (words != NULL, NULL);

  if (thanrak_thai_words_match_amount (words, satang))
    return NULL;

  right = thanrak_thai_bahttext (satang);
  amount = thanrak_thai_format_baht (satang, FALSE);
  message = g_strdup_printf (_("The words “%s” do not say %s baht: they should read “%s”"),
                             words, amount, right);
  return thanrak_finding_new (THANRAK_CHECK_AMOUNT_WORDS, -1, message);
}

/**
 * thanrak_check_budget:
 * @lines: (array length=n_lines): budget lines
 * @n_lines: the number of lines
 * @typed_total: the total typed on the form, in satang, or
 *   %THANRAK_CHECK_NO_TOTAL
 * @typed_words: (nullable): the total in words as typed, or %NULL
 *
 * Checks a budget (seed 002, รายละเอียดค่าใช้จ่าย; domain.md §6): each
 * line with units has amount = units x rate; the typed total is the sum
 * of the lines (8,780 x 18,300 = 160,674,000 typed as 160,674,400 is
 * caught); the words say the typed total.
 *
 * Returns: (transfer container) (element-type ThanrakFinding): the
 *   findings, %THANRAK_CHECK_LINE_AMOUNT (index = line),
 *   %THANRAK_CHECK_TOTAL and %THANRAK_CHECK_AMOUNT_WORDS; empty when all
 *   agree
 */
GPtrArray *
thanrak_check_budget (const ThanrakBudgetCheckLine *lines,
                      guint                    n_lines,
                      gint64                   typed_total,
                      const char              *typed_words)
{
  GPtrArray *findings = findings_new ();
  gint64 sum = 0;
  gboolean overflow = FALSE;

  g_return_val_if_fail (lines != NULL || n_lines == 0, findings);

  for (guint i = 0; i < n_lines; i++)
    {
      const ThanrakBudgetCheckLine *line = &lines[i];
      gint64 product;

      if (line->units >= 0 &&
          (__builtin_mul_overflow (line->units, line->rate, &product) || product != line->amount))
        {
          g_autofree char *units = thanrak_thai_format_integer (line->units, FALSE);
          g_autofree char *rate = thanrak_thai_format_baht (line->rate, FALSE);
          g_autofree char *typed = thanrak_thai_format_baht (line->amount, FALSE);
          g_autofree char *right = NULL;
          g_autofree char *message = NULL;

          if (__builtin_mul_overflow (line->units, line->rate, &product))
            right = g_strdup ("?");
          else
            right = thanrak_thai_format_baht (product, FALSE);
          message = g_strdup_printf (_("Line %u (%s): %s × %s baht is %s baht, but %s baht is typed"),
                                     i + 1, line->description != NULL ? line->description : "",
                                     units, rate, right, typed);
          g_ptr_array_add (findings, thanrak_finding_new (THANRAK_CHECK_LINE_AMOUNT, (int) i, message));
        }
      if (__builtin_add_overflow (sum, line->amount, &sum))
        overflow = TRUE;
    }

  if (typed_total != THANRAK_CHECK_NO_TOTAL && n_lines > 0 && (overflow || sum != typed_total))
    {
      g_autofree char *typed = thanrak_thai_format_baht (typed_total, FALSE);
      g_autofree char *right = overflow ? g_strdup ("?") : thanrak_thai_format_baht (sum, FALSE);
      g_autofree char *message =
        g_strdup_printf (_("The typed total %s baht is not the sum of the lines, %s baht"), typed, right);

      g_ptr_array_add (findings, thanrak_finding_new (THANRAK_CHECK_TOTAL, -1, message));
    }

  if (typed_words != NULL)
    {
      gint64 said = typed_total != THANRAK_CHECK_NO_TOTAL ? typed_total : sum;
      ThanrakFinding *words = thanrak_check_amount_words (typed_words, said);

      if (words != NULL)
        g_ptr_array_add (findings, words);
    }

  return findings;
}

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static char *
format_figure (gint64   value,
               gboolean is_money)
{
  return is_money ? thanrak_thai_format_baht (value, FALSE) : thanrak_thai_format_integer (value, FALSE);
}

/* "48" for a ratio of 48.3, "1/4" for 0.26 */
static char *
format_ratio (gint64 a,
              gint64 b)
{
  if (a >= b)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) (((__int128) a * 2 + b) / (2 * (__int128) b)));
  return g_strdup_printf ("1/%" G_GINT64_FORMAT, (gint64) (((__int128) b * 2 + a) / (2 * (__int128) MAX (a, 1))));
}

/**
 * thanrak_check_district_figures:
 * @figures: (array length=n_figures): one figure per district of a province
 * @n_figures: the number of districts
 * @what: the figure's name for the message, e.g. `ยอดจำหน่าย 1 เม.ย. - 30 ก.ย. 63`
 * @is_money: %TRUE when the figures are satang (shown in baht)
 * @neighbour_factor: how many times the middle figure (median) of the
 *   other districts a figure may be, above or below, before a warning;
 *   0 for the default, 10
 * @year_factor: how many times its own figure of last year a figure may
 *   be, above or below; 0 for the default, 3
 *
 * Finds district figures far out of line (domain.md §6: the seed 004
 * base sales of วังสมบูรณ์, 2,172,561,200 baht, about 48 times the median
 * of its neighbours). Needs at least three districts for the neighbour
 * comparison; a median of zero is not compared.
 *
 * Returns: (transfer container) (element-type ThanrakFinding): findings
 *   %THANRAK_CHECK_NEIGHBOURS and %THANRAK_CHECK_LAST_YEAR, index = the
 *   district
 */
GPtrArray *
thanrak_check_district_figures (const ThanrakDistrictFigure *figures,
                                guint                        n_figures,
                                const char                  *what,
                                gboolean                     is_money,
                                guint                        neighbour_factor,
                                guint                        year_factor)
{
  GPtrArray *findings = findings_new ();
  g_autofree gint64 *others = NULL;

  g_return_val_if_fail (figures != NULL || n_figures == 0, findings);
  g_return_val_if_fail (what != NULL, findings);

  if (neighbour_factor == 0)
    neighbour_factor = DEFAULT_NEIGHBOUR_FACTOR;
  if (year_factor == 0)
    year_factor = DEFAULT_YEAR_FACTOR;

  others = g_new0 (gint64, MAX (n_figures, 1));
  for (guint i = 0; i < n_figures; i++)
    {
      const ThanrakDistrictFigure *f = &figures[i];
      g_autofree char *value = format_figure (f->value, is_money);

      if (n_figures >= 3)
        {
          guint n = 0;
          gint64 median;

          for (guint j = 0; j < n_figures; j++)
            if (j != i)
              others[n++] = figures[j].value;
          qsort (others, n, sizeof (gint64), compare_int64);
          median = n % 2 ? others[n / 2] : others[n / 2 - 1] + (others[n / 2] - others[n / 2 - 1]) / 2;

          if (median > 0 && f->value >= 0 &&
              ((__int128) f->value > (__int128) median * neighbour_factor ||
               (__int128) f->value * neighbour_factor < median))
            {
              g_autofree char *mid = format_figure (median, is_money);
              g_autofree char *ratio = format_ratio (f->value, median);
              g_autofree char *message =
                g_strdup_printf (_("%s of %s (%s) is about %s times the median of the other districts (%s): check it before sending"),
                                 what, f->name, value, ratio, mid);
              g_ptr_array_add (findings, thanrak_finding_new (THANRAK_CHECK_NEIGHBOURS, (int) i, message));
            }
        }

      if (f->last_year > 0 && f->value >= 0 &&
          ((__int128) f->value > (__int128) f->last_year * year_factor ||
           (__int128) f->value * year_factor < f->last_year))
        {
          g_autofree char *last = format_figure (f->last_year, is_money);
          g_autofree char *ratio = format_ratio (f->value, f->last_year);
          g_autofree char *message =
            g_strdup_printf (_("%s of %s (%s) is about %s times its figure of last year (%s): check it before sending"),
                             what, f->name, value, ratio, last);
          g_ptr_array_add (findings, thanrak_finding_new (THANRAK_CHECK_LAST_YEAR, (int) i, message));
        }
    }

  return findings;
}

/**
 * thanrak_check_percent_value:
 * @hundredths: a percentage in hundredths (10050 = 100.50 %)
 * @what: the percentage's name for the message
 *
 * A share of a whole cannot pass 100 % (domain.md §6).
 *
 * Returns: (transfer full) (nullable): a
 *   %THANRAK_CHECK_PERCENT_ABOVE_100 finding, or %NULL
 */
ThanrakFinding *
thanrak_check_percent_value (gint64      hundredths,
                             const char *what)
{
  g_autofree char *message = NULL;
  g_autofree char *percent = NULL;

  g_return_val_if_fail (what != NULL, NULL);

  if (hundredths <= 10000)
    return NULL;
  percent = g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", hundredths / 100, (int) (hundredths % 100));
  message = g_strdup_printf (_("%s is %s %%, above 100 %%: check the figures"), what, percent);
  return thanrak_finding_new (THANRAK_CHECK_PERCENT_ABOVE_100, -1, message);
}

/**
 * thanrak_check_percentage:
 * @part: the part, e.g. products sold online
 * @whole: the whole, e.g. products registered
 * @what: the percentage's name for the message
 *
 * Checks a share computed from counts: the part cannot exceed the whole.
 *
 * Returns: (transfer full) (nullable): a
 *   %THANRAK_CHECK_PERCENT_ABOVE_100 finding, or %NULL
 */
ThanrakFinding *
thanrak_check_percentage (gint64      part,
                          gint64      whole,
                          const char *what)
{
  g_autofree char *message = NULL;
  g_autofree char *p = NULL;
  g_autofree char *w = NULL;

  g_return_val_if_fail (what != NULL, NULL);

  if (part <= whole || whole < 0)
    return NULL;
  p = thanrak_thai_format_integer (part, FALSE);
  w = thanrak_thai_format_integer (whole, FALSE);
  message = g_strdup_printf (_("%s is above 100 %%: %s of %s; check the figures"), what, p, w);
  return thanrak_finding_new (THANRAK_CHECK_PERCENT_ABOVE_100, -1, message);
}
