/* thanrak-report-format.h: the shared cell formats of the official forms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <xlsxwriter.h>

G_BEGIN_DECLS

/**
 * THANRAK_REPORT_FONT_NAME:
 *
 * The font of every official form: government documents are typeset in
 * the TH Sarabun family (domain guide §2). LibreOffice substitutes the
 * metric twin Laksaman (fonts-tlwg-laksaman) where it is not installed.
 */
#define THANRAK_REPORT_FONT_NAME "TH SarabunPSK"

/**
 * THANRAK_REPORT_FONT_SIZE:
 *
 * The body font size of the official forms, in points (domain guide §2).
 */
#define THANRAK_REPORT_FONT_SIZE 16.0

/**
 * THANRAK_REPORT_TITLE_FONT_SIZE:
 *
 * The font size of the first title line of a form, in points.
 */
#define THANRAK_REPORT_TITLE_FONT_SIZE 18.0

/**
 * THANRAK_REPORT_NUMFMT_THAI_DIGITS:
 *
 * The locale prefix of a number format that shows Thai digits
 * (๐๑๒๓๔๕๖๗๘๙): numeral shape 0x0D, default calendar, Thai (0x041E).
 * The value stays a number. Checked to render in LibreOffice 7.4
 * (`[$-D00041E]#,##0` shows `๑,๒๓๔,๕๖๗`); it is Excel's own code for
 * Thai digits.
 */
#define THANRAK_REPORT_NUMFMT_THAI_DIGITS "[$-D00041E]"

/**
 * ThanrakReportStyle:
 * @THANRAK_REPORT_STYLE_TITLE: a title line: bold, 18 pt, centered, no border
 * @THANRAK_REPORT_STYLE_SUBTITLE: a further title line: bold, 16 pt,
 *   centered, no border
 * @THANRAK_REPORT_STYLE_HEADING: a column heading: bold, centered
 *   horizontally and vertically, wrapped, thin border
 * @THANRAK_REPORT_STYLE_TEXT: body text: wrapped, vertically centered,
 *   thin border, left-aligned unless told otherwise
 * @THANRAK_REPORT_STYLE_NUMBER: a plain number, format `General`
 * @THANRAK_REPORT_STYLE_COUNT: a count, format `#,##0`
 * @THANRAK_REPORT_STYLE_BAHT: baht without satang, format `#,##0`
 * @THANRAK_REPORT_STYLE_BAHT_SATANG: baht with satang, format `#,##0.00`
 * @THANRAK_REPORT_STYLE_PERCENT: a fraction shown as percent, format `0.00%`
 * @THANRAK_REPORT_STYLE_DATE: a date shown in the Buddhist Era as
 *   `1 ต.ค. 64`, format `[$-107041E]d mmm yy` (domain guide §2)
 * @THANRAK_REPORT_STYLE_FOOTER: a line below the table (signature block):
 *   no border, not wrapped
 *
 * What a cell holds, which decides its font, border and number format.
 */
typedef enum {
  THANRAK_REPORT_STYLE_TITLE,
  THANRAK_REPORT_STYLE_SUBTITLE,
  THANRAK_REPORT_STYLE_HEADING,
  THANRAK_REPORT_STYLE_TEXT,
  THANRAK_REPORT_STYLE_NUMBER,
  THANRAK_REPORT_STYLE_COUNT,
  THANRAK_REPORT_STYLE_BAHT,
  THANRAK_REPORT_STYLE_BAHT_SATANG,
  THANRAK_REPORT_STYLE_PERCENT,
  THANRAK_REPORT_STYLE_DATE,
  THANRAK_REPORT_STYLE_FOOTER,
} ThanrakReportStyle;

/**
 * ThanrakReportAlign:
 * @THANRAK_REPORT_ALIGN_DEFAULT: the style's own alignment (text left,
 *   numbers right, headings and titles centered)
 * @THANRAK_REPORT_ALIGN_LEFT: left
 * @THANRAK_REPORT_ALIGN_CENTER: centered
 * @THANRAK_REPORT_ALIGN_RIGHT: right
 *
 * Horizontal alignment of a cell.
 */
typedef enum {
  THANRAK_REPORT_ALIGN_DEFAULT,
  THANRAK_REPORT_ALIGN_LEFT,
  THANRAK_REPORT_ALIGN_CENTER,
  THANRAK_REPORT_ALIGN_RIGHT,
} ThanrakReportAlign;

/**
 * ThanrakReportBand:
 * @THANRAK_REPORT_BAND_NONE: no fill
 * @THANRAK_REPORT_BAND_RED: red (level ปรับปรุง in seed 003)
 * @THANRAK_REPORT_BAND_ORANGE: orange (level พัฒนา)
 * @THANRAK_REPORT_BAND_YELLOW: yellow (level ปานกลาง)
 * @THANRAK_REPORT_BAND_LIGHT_GREEN: light green (level ดี)
 * @THANRAK_REPORT_BAND_DARK_GREEN: dark green (level ดีมาก)
 *
 * The five colour bands of KPI levels (seed 003, domain guide §4.2). Which
 * level gets which band is data of the rule set; the colours are set per
 * workbook with thanrak_report_formats_set_band_color().
 */
typedef enum {
  THANRAK_REPORT_BAND_NONE,
  THANRAK_REPORT_BAND_RED,
  THANRAK_REPORT_BAND_ORANGE,
  THANRAK_REPORT_BAND_YELLOW,
  THANRAK_REPORT_BAND_LIGHT_GREEN,
  THANRAK_REPORT_BAND_DARK_GREEN,
} ThanrakReportBand;

#define THANRAK_REPORT_N_BANDS (THANRAK_REPORT_BAND_DARK_GREEN + 1)

typedef struct _ThanrakReportFormats ThanrakReportFormats;

ThanrakReportFormats *thanrak_report_formats_new            (lxw_workbook         *workbook);
void                  thanrak_report_formats_free           (ThanrakReportFormats *self);
void                  thanrak_report_formats_set_band_color (ThanrakReportFormats *self,
                                                             ThanrakReportBand     band,
                                                             guint32               rgb);
guint32               thanrak_report_formats_get_band_color (ThanrakReportFormats *self,
                                                             ThanrakReportBand     band);
lxw_format           *thanrak_report_formats_get            (ThanrakReportFormats *self,
                                                             ThanrakReportStyle    style,
                                                             ThanrakReportAlign    align,
                                                             gboolean              bold,
                                                             ThanrakReportBand     band,
                                                             gboolean              thai_digits);

const char *thanrak_report_number_format     (ThanrakReportStyle  style,
                                              gboolean            thai_digits);
guint32     thanrak_report_band_default_color (ThanrakReportBand  band);
gboolean    thanrak_report_band_from_name     (const char         *name,
                                               ThanrakReportBand  *band);
char       *thanrak_report_thai_digits        (const char         *text);
double      thanrak_report_row_height         (guint               n_lines,
                                               double              font_size);
guint       thanrak_report_text_lines         (const char         *text,
                                               double              column_width,
                                               double              font_size);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ThanrakReportFormats, thanrak_report_formats_free)

G_END_DECLS
