/* thanrak-checks.h: consistency checks before figures are sent upward
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * ThanrakCheckCode:
 * @THANRAK_CHECK_LINE_AMOUNT: a budget line's amount is not units x rate
 * @THANRAK_CHECK_TOTAL: a typed total is not the sum of its lines
 * @THANRAK_CHECK_AMOUNT_WORDS: an amount in words does not say the amount
 * @THANRAK_CHECK_NEIGHBOURS: a district figure is far out of line with
 *   the other districts of the province
 * @THANRAK_CHECK_LAST_YEAR: a district figure is far out of line with its
 *   own figure of last year
 * @THANRAK_CHECK_PERCENT_ABOVE_100: a percentage above 100
 *
 * What a consistency check found.
 */
typedef enum
{
  THANRAK_CHECK_LINE_AMOUNT,
  THANRAK_CHECK_TOTAL,
  THANRAK_CHECK_AMOUNT_WORDS,
  THANRAK_CHECK_NEIGHBOURS,
  THANRAK_CHECK_LAST_YEAR,
  THANRAK_CHECK_PERCENT_ABOVE_100,
} ThanrakCheckCode;

/**
 * ThanrakFinding:
 * @code: what was found: a #ThanrakCheckCode or a #ThanrakCommitteeCheck
 * @index: the index of the line, district or member concerned, or -1
 * @message: a warning for the person, translated, that says what to check
 *
 * A warning from a check: the program warns, it does not refuse.
 */
typedef struct
{
  int   code;
  int   index;
  char *message;
} ThanrakFinding;

/**
 * ThanrakBudgetCheckLine:
 * @description: (nullable): what the line pays for
 * @units: a count (e.g. 8,780 villages), or -1 when the line is a lump sum
 * @rate: the rate per unit, in satang (e.g. 1,830,000 for 18,300 baht)
 * @amount: the amount typed on the line, in satang
 *
 * A budget line of a project proposal (seed 002, รายละเอียดค่าใช้จ่าย).
 */
typedef struct
{
  const char *description;
  gint64      units;
  gint64      rate;
  gint64      amount;
} ThanrakBudgetCheckLine;

/**
 * ThanrakDistrictFigure:
 * @name: the district name
 * @value: this year's figure (a count, or satang)
 * @last_year: the district's figure of last year, or -1 when unknown
 *
 * One district's figure for an outlier check.
 */
typedef struct
{
  const char *name;
  gint64      value;
  gint64      last_year;
} ThanrakDistrictFigure;

/** THANRAK_CHECK_NO_TOTAL: no typed total to check. */
#define THANRAK_CHECK_NO_TOTAL G_MININT64

void            thanrak_finding_free              (ThanrakFinding              *finding);
ThanrakFinding *thanrak_finding_new               (int                          code,
                                                   int                          index,
                                                   const char                  *message);

GPtrArray      *thanrak_check_budget              (const ThanrakBudgetCheckLine     *lines,
                                                   guint                        n_lines,
                                                   gint64                       typed_total,
                                                   const char                  *typed_words);
ThanrakFinding *thanrak_check_amount_words        (const char                  *words,
                                                   gint64                       satang);
GPtrArray      *thanrak_check_district_figures    (const ThanrakDistrictFigure *figures,
                                                   guint                        n_figures,
                                                   const char                  *what,
                                                   gboolean                     is_money,
                                                   guint                        neighbour_factor,
                                                   guint                        year_factor);
ThanrakFinding *thanrak_check_percentage          (gint64                       part,
                                                   gint64                       whole,
                                                   const char                  *what);
ThanrakFinding *thanrak_check_percent_value       (gint64                       hundredths,
                                                   const char                  *what);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ThanrakFinding, thanrak_finding_free)

G_END_DECLS
