/* thanrak-thai.h: Thai number, money and date conventions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define THANRAK_THAI_ERROR (thanrak_thai_error_quark ())

/**
 * ThanrakThaiError:
 * @THANRAK_THAI_ERROR_INVALID_AMOUNT: a text is not a baht amount
 * @THANRAK_THAI_ERROR_OUT_OF_RANGE: an amount is too large to hold in satang
 * @THANRAK_THAI_ERROR_INVALID_DATE: a text is not a Thai date
 *
 * Error codes of the %THANRAK_THAI_ERROR domain.
 */
typedef enum
{
  THANRAK_THAI_ERROR_INVALID_AMOUNT,
  THANRAK_THAI_ERROR_OUT_OF_RANGE,
  THANRAK_THAI_ERROR_INVALID_DATE,
} ThanrakThaiError;

/**
 * ThanrakThaiDateStyle:
 * @THANRAK_THAI_DATE_FULL: `1 ตุลาคม 2563`
 * @THANRAK_THAI_DATE_ABBREVIATED: `1 ต.ค. 2563`
 * @THANRAK_THAI_DATE_SHORT: `1 ต.ค. 63` (two-digit Buddhist Era year)
 *
 * How a date is written in Thai (domain.md §2). Years are always
 * Buddhist Era.
 */
typedef enum
{
  THANRAK_THAI_DATE_FULL,
  THANRAK_THAI_DATE_ABBREVIATED,
  THANRAK_THAI_DATE_SHORT,
} ThanrakThaiDateStyle;

/**
 * ThanrakFiscalPeriod:
 * @THANRAK_FISCAL_YEAR: the whole fiscal year, 1 Oct to 30 Sep
 * @THANRAK_FISCAL_HALF: a half-year (round), 1 = Oct-Mar, 2 = Apr-Sep
 * @THANRAK_FISCAL_QUARTER: a quarter, 1 = Oct-Dec … 4 = Jul-Sep
 * @THANRAK_FISCAL_MONTH: a month of the fiscal year, 1 = Oct … 12 = Sep
 *
 * A span of a Thai fiscal year (ปีงบประมาณ, domain.md §2).
 */
typedef enum
{
  THANRAK_FISCAL_YEAR,
  THANRAK_FISCAL_HALF,
  THANRAK_FISCAL_QUARTER,
  THANRAK_FISCAL_MONTH,
} ThanrakFiscalPeriod;

/** THANRAK_BE_OFFSET: years to add to a CE year to get the BE year. */
#define THANRAK_BE_OFFSET 543

GQuark       thanrak_thai_error_quark           (void);

char        *thanrak_thai_bahttext              (gint64                satang);
gboolean     thanrak_thai_parse_baht            (const char           *text,
                                                 gint64               *satang,
                                                 GError              **error);
gboolean     thanrak_thai_words_match_amount    (const char           *words,
                                                 gint64                satang);

char        *thanrak_thai_digits                (const char           *text);
char        *thanrak_thai_arabic_digits         (const char           *text);
char        *thanrak_thai_format_integer        (gint64                value,
                                                 gboolean              thai_digits);
char        *thanrak_thai_format_baht           (gint64                satang,
                                                 gboolean              thai_digits);

const char  *thanrak_thai_month_name            (GDateMonth            month,
                                                 gboolean              abbreviated);
char        *thanrak_thai_format_date           (const GDate          *date,
                                                 ThanrakThaiDateStyle  style,
                                                 gboolean              thai_digits);

gboolean     thanrak_thai_parse_date            (const char           *text,
                                                 GDate                *date,
                                                 GError              **error);

guint        thanrak_thai_fiscal_year           (const GDate          *date);
guint        thanrak_thai_fiscal_quarter        (const GDate          *date);
guint        thanrak_thai_fiscal_half           (const GDate          *date);
gboolean     thanrak_thai_fiscal_span           (guint                 fiscal_year,
                                                 ThanrakFiscalPeriod   period,
                                                 guint                 number,
                                                 GDate                *first,
                                                 GDate                *last);
gboolean     thanrak_thai_date_in_span          (const GDate          *date,
                                                 const GDate          *first,
                                                 const GDate          *last);

G_END_DECLS
