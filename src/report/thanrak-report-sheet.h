/* thanrak-report-sheet.h: a plain description of an official table, and its writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <xlsxwriter.h>

#include "thanrak-report-error.h"
#include "thanrak-report-format.h"

G_BEGIN_DECLS

/**
 * ThanrakReportCellType:
 * @THANRAK_REPORT_CELL_BLANK: an empty cell with the table's border
 * @THANRAK_REPORT_CELL_TEXT: text, always written as a string (a user's
 *   `=1+1` stays text)
 * @THANRAK_REPORT_CELL_NUMBER: a number, format `General`
 * @THANRAK_REPORT_CELL_COUNT: a count, format `#,##0`
 * @THANRAK_REPORT_CELL_BAHT: an amount given in satang, written in baht
 *   with format `#,##0`
 * @THANRAK_REPORT_CELL_BAHT_SATANG: an amount given in satang, written in
 *   baht with format `#,##0.00`
 * @THANRAK_REPORT_CELL_PERCENT: a fraction (0.085 for 8.5 %), format `0.00%`
 * @THANRAK_REPORT_CELL_DATE: a date, written as an Excel date number and
 *   shown in the Buddhist Era (`1 ต.ค. 64`)
 * @THANRAK_REPORT_CELL_FORMULA: a formula with the value the program
 *   computed for it, cached in the file
 * @THANRAK_REPORT_CELL_COLUMN_SUM: in the total row only: `=SUM()` of the
 *   column's body rows, with the sum the writer adds up while it writes
 *   them (exact in satang and counts)
 *
 * What a body cell holds.
 */
typedef enum {
  THANRAK_REPORT_CELL_BLANK,
  THANRAK_REPORT_CELL_TEXT,
  THANRAK_REPORT_CELL_NUMBER,
  THANRAK_REPORT_CELL_COUNT,
  THANRAK_REPORT_CELL_BAHT,
  THANRAK_REPORT_CELL_BAHT_SATANG,
  THANRAK_REPORT_CELL_PERCENT,
  THANRAK_REPORT_CELL_DATE,
  THANRAK_REPORT_CELL_FORMULA,
  THANRAK_REPORT_CELL_COLUMN_SUM,
} ThanrakReportCellType;

/**
 * ThanrakReportOrientation:
 * @THANRAK_REPORT_ORIENTATION_AUTO: landscape when the columns are more
 *   than a tenth wider than an A4 portrait page, else portrait
 * @THANRAK_REPORT_ORIENTATION_PORTRAIT: portrait
 * @THANRAK_REPORT_ORIENTATION_LANDSCAPE: landscape
 *
 * Page orientation of a printed sheet.
 */
typedef enum {
  THANRAK_REPORT_ORIENTATION_AUTO,
  THANRAK_REPORT_ORIENTATION_PORTRAIT,
  THANRAK_REPORT_ORIENTATION_LANDSCAPE,
} ThanrakReportOrientation;

/**
 * ThanrakReportWriteFlags:
 * @THANRAK_REPORT_WRITE_NONE: no flags
 * @THANRAK_REPORT_WRITE_CONSTANT_MEMORY: libxlsxwriter's constant_memory
 *   mode: each row goes to disk when the next starts, so memory stays flat
 *   for national-size lists. The sheet writer writes rows strictly in
 *   order and registers merges without cell data, so every sheet works
 *   in this mode too.
 *
 * Options of a workbook export.
 */
typedef enum {
  THANRAK_REPORT_WRITE_NONE = 0,
  THANRAK_REPORT_WRITE_CONSTANT_MEMORY = 1 << 0,
} ThanrakReportWriteFlags;

/**
 * THANRAK_REPORT_DEFAULT_PAGE_FOOTER:
 *
 * The default page footer, centered: `หน้า 1 จาก 3`. Excel and
 * LibreOffice print page numbers in Arabic digits.
 */
#define THANRAK_REPORT_DEFAULT_PAGE_FOOTER "หน้า &P จาก &N"

typedef struct _ThanrakReportRow ThanrakReportRow;
typedef struct _ThanrakReportSheet ThanrakReportSheet;

/**
 * ThanrakReportRowFunc:
 * @index: the index of the row among the source's rows, from 0
 * @row: an empty row to fill, reused for every row
 * @user_data: the data given to thanrak_report_sheet_set_row_source()
 * @error: return location for a #GError
 *
 * Fills one body row of a long list while the sheet is written, so the
 * list never has to be in memory as a whole.
 *
 * Returns: %TRUE if @row was filled, %FALSE with @error set to stop the
 *   export
 */
typedef gboolean (*ThanrakReportRowFunc) (guint64            index,
                                          ThanrakReportRow  *row,
                                          gpointer           user_data,
                                          GError           **error);

/**
 * ThanrakReportProgressFunc:
 * @rows_done: body rows written so far
 * @rows_total: body rows to write in all
 * @user_data: the data given with the function
 *
 * Reports the progress of an export: after every 512 body rows and once
 * at the end. It is called in the thread that writes.
 */
typedef void (*ThanrakReportProgressFunc) (guint64  rows_done,
                                           guint64  rows_total,
                                           gpointer user_data);

/* Rows */
ThanrakReportRow *thanrak_report_row_new              (void);
void              thanrak_report_row_free             (ThanrakReportRow     *row);
void              thanrak_report_row_clear            (ThanrakReportRow     *row);
guint             thanrak_report_row_get_n_cells      (ThanrakReportRow     *row);
guint             thanrak_report_row_add_blank        (ThanrakReportRow     *row);
guint             thanrak_report_row_add_text         (ThanrakReportRow     *row,
                                                       const char           *text);
guint             thanrak_report_row_add_number       (ThanrakReportRow     *row,
                                                       double                value);
guint             thanrak_report_row_add_count        (ThanrakReportRow     *row,
                                                       gint64                count);
guint             thanrak_report_row_add_baht         (ThanrakReportRow     *row,
                                                       gint64                satang);
guint             thanrak_report_row_add_baht_satang  (ThanrakReportRow     *row,
                                                       gint64                satang);
guint             thanrak_report_row_add_percent      (ThanrakReportRow     *row,
                                                       double                fraction);
guint             thanrak_report_row_add_date         (ThanrakReportRow     *row,
                                                       const GDate          *date);
guint             thanrak_report_row_add_formula      (ThanrakReportRow     *row,
                                                       const char           *formula,
                                                       double                value,
                                                       ThanrakReportStyle    style);
guint             thanrak_report_row_add_column_sum   (ThanrakReportRow     *row,
                                                       ThanrakReportStyle    style);
void              thanrak_report_row_set_span         (ThanrakReportRow     *row,
                                                       guint                 column,
                                                       guint                 n_columns);
void              thanrak_report_row_set_row_span     (ThanrakReportRow     *row,
                                                       guint                 column,
                                                       guint                 n_rows);
void              thanrak_report_row_set_align        (ThanrakReportRow     *row,
                                                       guint                 column,
                                                       ThanrakReportAlign    align);
void              thanrak_report_row_set_band         (ThanrakReportRow     *row,
                                                       guint                 column,
                                                       ThanrakReportBand     band);
void              thanrak_report_row_set_bold         (ThanrakReportRow     *row,
                                                       gboolean              bold);

/* Sheets */
ThanrakReportSheet *thanrak_report_sheet_new             (const char               *name);
void                thanrak_report_sheet_free            (ThanrakReportSheet       *self);
const char         *thanrak_report_sheet_get_name        (ThanrakReportSheet       *self);
void                thanrak_report_sheet_add_column      (ThanrakReportSheet       *self,
                                                          double                    width,
                                                          ThanrakReportAlign        align);
guint               thanrak_report_sheet_get_n_columns   (ThanrakReportSheet       *self);
void                thanrak_report_sheet_add_title       (ThanrakReportSheet       *self,
                                                          const char               *text);
void                thanrak_report_sheet_add_subtitle    (ThanrakReportSheet       *self,
                                                          const char               *text);
void                thanrak_report_sheet_add_heading     (ThanrakReportSheet       *self,
                                                          guint                     row,
                                                          guint                     column,
                                                          guint                     row_span,
                                                          guint                     column_span,
                                                          const char               *text);
ThanrakReportRow   *thanrak_report_sheet_append_row      (ThanrakReportSheet       *self);
void                thanrak_report_sheet_set_row_source  (ThanrakReportSheet       *self,
                                                          guint64                   n_rows,
                                                          ThanrakReportRowFunc      func,
                                                          gpointer                  user_data,
                                                          GDestroyNotify            destroy);
guint64             thanrak_report_sheet_get_n_body_rows (ThanrakReportSheet       *self);
ThanrakReportRow   *thanrak_report_sheet_get_total_row   (ThanrakReportSheet       *self);
void                thanrak_report_sheet_add_footer      (ThanrakReportSheet       *self,
                                                          guint                     first_column,
                                                          ThanrakReportAlign        align,
                                                          const char               *text);
void                thanrak_report_sheet_set_orientation (ThanrakReportSheet       *self,
                                                          ThanrakReportOrientation  orientation);
void                thanrak_report_sheet_set_thai_digits (ThanrakReportSheet       *self,
                                                          gboolean                  thai_digits);
void                thanrak_report_sheet_set_page_footer (ThanrakReportSheet       *self,
                                                          const char               *text);
void                thanrak_report_sheet_set_band_color  (ThanrakReportSheet       *self,
                                                          ThanrakReportBand         band,
                                                          guint32                   rgb);
gboolean            thanrak_report_sheet_is_landscape    (ThanrakReportSheet       *self);
gboolean            thanrak_report_sheet_write           (ThanrakReportSheet       *self,
                                                          lxw_workbook             *workbook,
                                                          ThanrakReportFormats     *formats,
                                                          GCancellable             *cancellable,
                                                          ThanrakReportProgressFunc progress,
                                                          gpointer                  progress_data,
                                                          GError                  **error);

/**
 * ThanrakReportPreviewFunc:
 * @cells: (array zero-terminated=1): the text of each column of the row
 * @is_total: %TRUE for the total row
 * @user_data: the data given to thanrak_report_sheet_preview()
 *
 * Takes one row of a preview; @cells is only valid during the call.
 */
typedef void (*ThanrakReportPreviewFunc) (const char * const *cells,
                                          gboolean            is_total,
                                          gpointer            user_data);

guint               thanrak_report_sheet_get_n_titles    (ThanrakReportSheet       *self);
const char         *thanrak_report_sheet_get_title       (ThanrakReportSheet       *self,
                                                          guint                     index);
char              **thanrak_report_sheet_dup_headings    (ThanrakReportSheet       *self);
gboolean            thanrak_report_sheet_preview         (ThanrakReportSheet       *self,
                                                          guint64                   max_rows,
                                                          gboolean                  thai_digits,
                                                          ThanrakReportPreviewFunc  func,
                                                          gpointer                  user_data,
                                                          GError                  **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ThanrakReportRow, thanrak_report_row_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ThanrakReportSheet, thanrak_report_sheet_free)

G_END_DECLS
