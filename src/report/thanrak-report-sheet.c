/* thanrak-report-sheet.c: a plain description of an official table, and its writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A form writer describes its table and hands it to
 * thanrak_report_write_file(); it never touches libxlsxwriter:
 *
 *   g_autoptr(ThanrakReportSheet) sheet = thanrak_report_sheet_new ("เป้าหมาย");
 *   ThanrakReportRow *row, *total;
 *   guint col;
 *
 *   thanrak_report_sheet_add_column (sheet, 6, THANRAK_REPORT_ALIGN_CENTER);   // ที่
 *   thanrak_report_sheet_add_column (sheet, 20, THANRAK_REPORT_ALIGN_LEFT);    // อำเภอ
 *   thanrak_report_sheet_add_column (sheet, 16, THANRAK_REPORT_ALIGN_DEFAULT); // บาท
 *   thanrak_report_sheet_add_title (sheet, "เป้าหมายตัวชี้วัด...");
 *   thanrak_report_sheet_add_heading (sheet, 0, 0, 2, 1, "ที่");    // 2 rows high
 *   thanrak_report_sheet_add_heading (sheet, 0, 1, 2, 1, "อำเภอ");
 *   thanrak_report_sheet_add_heading (sheet, 0, 2, 1, 1, "ยอดจำหน่าย");
 *   thanrak_report_sheet_add_heading (sheet, 1, 2, 1, 1, "(บาท)");
 *   for (each district)
 *     {
 *       row = thanrak_report_sheet_append_row (sheet);
 *       thanrak_report_row_add_count (row, i + 1);
 *       thanrak_report_row_add_text (row, name);           // never a formula
 *       thanrak_report_row_add_baht (row, sales_satang);   // satang in, baht out
 *     }
 *   total = thanrak_report_sheet_get_total_row (sheet);
 *   col = thanrak_report_row_add_text (total, "รวม");
 *   thanrak_report_row_set_span (total, col, 2);
 *   thanrak_report_row_add_column_sum (total, THANRAK_REPORT_STYLE_BAHT);
 *   thanrak_report_sheet_add_footer (sheet, 1, THANRAK_REPORT_ALIGN_CENTER,
 *                                    "ลงชื่อ .................... ผู้รายงาน");
 *   if (!thanrak_report_write_sheet (path, sheet, THANRAK_REPORT_WRITE_NONE,
 *                                    cancellable, progress, data, error))
 *     return FALSE;
 *
 * Long lists give their rows through thanrak_report_sheet_set_row_source()
 * and are written with %THANRAK_REPORT_WRITE_CONSTANT_MEMORY.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "thanrak-report-sheet.h"

/* Excel's limits: characters in a cell, height of a row in points. */
#define MAX_CELL_CHARS 32767
#define MAX_ROW_HEIGHT 409.0
/* A4 portrait, 0.5 inch margins: 7.27 inches at 96 pixels an inch. A
 * table up to a tenth wider still prints portrait, scaled to fit. */
#define PORTRAIT_WIDTH_PIXELS 698
#define PORTRAIT_MAX_PIXELS (PORTRAIT_WIDTH_PIXELS * 11 / 10)
#define PROGRESS_EVERY 512

typedef struct
{
  ThanrakReportCellType type;
  ThanrakReportStyle    style;
  ThanrakReportAlign    align;
  ThanrakReportBand     band;
  guint                 column;
  guint                 span;      /* columns */
  guint                 row_span;  /* rows */
  gssize                text_at; /* TEXT: the text; FORMULA: the formula: in the
                                  * row's texts, or -1 */
  const char           *text;    /* the same, while the row is written */
  double                value;   /* NUMBER, PERCENT, DATE, FORMULA */
  gint64                exact;   /* COUNT: the count; BAHT*: satang */
} Cell;

struct _ThanrakReportRow
{
  GArray   *cells;     /* of Cell */
  GString  *texts;     /* the cells' texts, each ending with a nul: a row
                        * reused for every row of a long list allocates
                        * nothing per cell */
  guint     next_column;
  gboolean  bold;
};

typedef struct
{
  guint  row;
  guint  column;
  guint  row_span;
  guint  column_span;
  char  *text;
} Heading;

typedef struct
{
  double             width;
  ThanrakReportAlign align;
} Column;

typedef struct
{
  guint              first_column;
  ThanrakReportAlign align;
  char              *text;
} Footer;

typedef struct
{
  ThanrakReportStyle style;
  char              *text;
} Title;

/* A column under a cell that spans rows, until row @until (exclusive). */
typedef struct
{
  lxw_row_t   until;
  lxw_format *format;
} Covered;

/* Running sum of one column while the body is written. */
typedef struct
{
  gint64 exact;
  double value;
} ColumnSum;

struct _ThanrakReportSheet
{
  char                     *name;
  GArray                   *columns;   /* of Column */
  GArray                   *titles;    /* of Title */
  GArray                   *headings;  /* of Heading */
  GPtrArray                *rows;      /* of ThanrakReportRow */
  ThanrakReportRow         *total;
  GArray                   *footers;   /* of Footer */
  char                     *page_footer;
  ThanrakReportOrientation  orientation;
  gboolean                  thai_digits;
  guint32                   band_colors[THANRAK_REPORT_N_BANDS];

  guint64                   source_n_rows;
  ThanrakReportRowFunc      source_func;
  gpointer                  source_data;
  GDestroyNotify            source_destroy;
};

static void
title_clear (gpointer data)
{
  Title *title = data;

  g_clear_pointer (&title->text, g_free);
}

static void
heading_clear (gpointer data)
{
  Heading *heading = data;

  g_clear_pointer (&heading->text, g_free);
}

static void
footer_clear (gpointer data)
{
  Footer *footer = data;

  g_clear_pointer (&footer->text, g_free);
}

/* Rows ------------------------------------------------------------------ */

/**
 * thanrak_report_row_new:
 *
 * Creates an empty body row. Cells are added left to right with the
 * `thanrak_report_row_add_*()` functions, each taking the next free
 * column. Rows of a sheet come from thanrak_report_sheet_append_row()
 * or, for long lists, from a #ThanrakReportRowFunc.
 *
 * Returns: (transfer full): a new row
 */
ThanrakReportRow *
thanrak_report_row_new (void)
{
  ThanrakReportRow *row = g_new0 (ThanrakReportRow, 1);

  row->cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  row->texts = g_string_sized_new (256);

  return row;
}

/**
 * thanrak_report_row_free:
 * @row: (nullable): a row
 *
 * Frees @row and its cells.
 */
void
thanrak_report_row_free (ThanrakReportRow *row)
{
  if (row == NULL)
    return;

  g_array_unref (row->cells);
  g_string_free (row->texts, TRUE);
  g_free (row);
}

/**
 * thanrak_report_row_clear:
 * @row: a row
 *
 * Removes every cell and the bold flag, so the row can be filled again.
 */
void
thanrak_report_row_clear (ThanrakReportRow *row)
{
  g_return_if_fail (row != NULL);

  g_array_set_size (row->cells, 0);
  g_string_truncate (row->texts, 0);
  row->next_column = 0;
  row->bold = FALSE;
}

/**
 * thanrak_report_row_get_n_cells:
 * @row: a row
 *
 * Returns: the number of cells added, spans counting once
 */
guint
thanrak_report_row_get_n_cells (ThanrakReportRow *row)
{
  g_return_val_if_fail (row != NULL, 0);

  return row->cells->len;
}

static Cell *
row_add (ThanrakReportRow      *row,
         ThanrakReportCellType  type,
         ThanrakReportStyle     style)
{
  Cell cell = { 0 };

  cell.type = type;
  cell.style = style;
  cell.column = row->next_column++;
  cell.span = 1;
  cell.row_span = 1;
  cell.text_at = -1;
  g_array_append_val (row->cells, cell);

  return &g_array_index (row->cells, Cell, row->cells->len - 1);
}

static Cell *
row_find (ThanrakReportRow *row,
          guint             column)
{
  for (guint i = 0; i < row->cells->len; i++)
    {
      Cell *cell = &g_array_index (row->cells, Cell, i);

      if (cell->column == column)
        return cell;
    }

  return NULL;
}

/**
 * thanrak_report_row_add_blank:
 * @row: a row
 *
 * Adds an empty cell (bordered like the rest of the table).
 *
 * Returns: the column of the cell, from 0
 */
guint
thanrak_report_row_add_blank (ThanrakReportRow *row)
{
  g_return_val_if_fail (row != NULL, 0);

  return row_add (row, THANRAK_REPORT_CELL_BLANK, THANRAK_REPORT_STYLE_TEXT)->column;
}

/**
 * thanrak_report_row_add_text:
 * @row: a row
 * @text: (nullable): UTF-8 text; %NULL adds a blank cell
 *
 * Adds a text cell. The text is always written as a string, never as a
 * formula, whatever it starts with (`=1+1`, `@SUM(A1)`, `+66`). It is
 * checked to be valid UTF-8 when the sheet is written.
 *
 * Returns: the column of the cell, from 0
 */
guint
thanrak_report_row_add_text (ThanrakReportRow *row,
                             const char       *text)
{
  Cell *cell;

  g_return_val_if_fail (row != NULL, 0);

  if (text == NULL || *text == '\0')
    return thanrak_report_row_add_blank (row);

  cell = row_add (row, THANRAK_REPORT_CELL_TEXT, THANRAK_REPORT_STYLE_TEXT);
  cell->text_at = (gssize) row->texts->len;
  g_string_append_len (row->texts, text, (gssize) strlen (text) + 1);

  return cell->column;
}

/**
 * thanrak_report_row_add_number:
 * @row: a row
 * @value: the number
 *
 * Adds a plain number (format `General`).
 *
 * Returns: the column of the cell, from 0
 */
guint
thanrak_report_row_add_number (ThanrakReportRow *row,
                               double            value)
{
  Cell *cell;

  g_return_val_if_fail (row != NULL, 0);

  cell = row_add (row, THANRAK_REPORT_CELL_NUMBER, THANRAK_REPORT_STYLE_NUMBER);
  cell->value = value;

  return cell->column;
}

/**
 * thanrak_report_row_add_count:
 * @row: a row
 * @count: a count (operators, products, events)
 *
 * Adds a count, format `#,##0`.
 *
 * Returns: the column of the cell, from 0
 */
guint
thanrak_report_row_add_count (ThanrakReportRow *row,
                              gint64            count)
{
  Cell *cell;

  g_return_val_if_fail (row != NULL, 0);

  cell = row_add (row, THANRAK_REPORT_CELL_COUNT, THANRAK_REPORT_STYLE_COUNT);
  cell->exact = count;
  cell->value = (double) count;

  return cell->column;
}

/**
 * thanrak_report_row_add_baht:
 * @row: a row
 * @satang: the amount in satang (the program's unit of money)
 *
 * Adds an amount of money, written in baht (@satang / 100) with format
 * `#,##0`, as the seed tables show whole baht.
 *
 * Returns: the column of the cell, from 0
 */
guint
thanrak_report_row_add_baht (ThanrakReportRow *row,
                             gint64            satang)
{
  Cell *cell;

  g_return_val_if_fail (row != NULL, 0);

  cell = row_add (row, THANRAK_REPORT_CELL_BAHT, THANRAK_REPORT_STYLE_BAHT);
  cell->exact = satang;
  cell->value = satang / 100.0;

  return cell->column;
}

/**
 * thanrak_report_row_add_baht_satang:
 * @row: a row
 * @satang: the amount in satang
 *
 * Adds an amount of money, written in baht (@satang / 100) with format
 * `#,##0.00`.
 *
 * Returns: the column of the cell, from 0
 */
guint
thanrak_report_row_add_baht_satang (ThanrakReportRow *row,
                                    gint64            satang)
{
  Cell *cell;

  g_return_val_if_fail (row != NULL, 0);

  cell = row_add (row, THANRAK_REPORT_CELL_BAHT_SATANG, THANRAK_REPORT_STYLE_BAHT_SATANG);
  cell->exact = satang;
  cell->value = satang / 100.0;

  return cell->column;
}

/**
 * thanrak_report_row_add_percent:
 * @row: a row
 * @fraction: the share as a fraction: 0.085 is shown `8.50%`
 *
 * Adds a percentage, format `0.00%`.
 *
 * Returns: the column of the cell, from 0
 */
guint
thanrak_report_row_add_percent (ThanrakReportRow *row,
                                double            fraction)
{
  Cell *cell;

  g_return_val_if_fail (row != NULL, 0);

  cell = row_add (row, THANRAK_REPORT_CELL_PERCENT, THANRAK_REPORT_STYLE_PERCENT);
  cell->value = fraction;

  return cell->column;
}

/**
 * thanrak_report_row_add_date:
 * @row: a row
 * @date: a valid date (its year is Common Era, as #GDate's)
 *
 * Adds a date, written as an Excel date number and shown in the Buddhist
 * Era, `1 ต.ค. 64` (domain guide §2), so the receiver can sort by it.
 *
 * Returns: the column of the cell, from 0
 */
guint
thanrak_report_row_add_date (ThanrakReportRow *row,
                             const GDate      *date)
{
  GDate epoch;
  Cell *cell;

  g_return_val_if_fail (row != NULL, 0);
  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);

  /* Excel's day 0 is 30 Dec 1899 (with its 1900 leap-year slip before
   * March 1900, which no form date reaches). */
  g_date_clear (&epoch, 1);
  g_date_set_dmy (&epoch, 30, G_DATE_DECEMBER, 1899);

  cell = row_add (row, THANRAK_REPORT_CELL_DATE, THANRAK_REPORT_STYLE_DATE);
  cell->value = (double) g_date_days_between (&epoch, date);

  return cell->column;
}

/**
 * thanrak_report_row_add_formula:
 * @row: a row
 * @formula: an Excel formula in English notation, starting with `=`
 *   (`BAHTTEXT` must be written `_xlfn.BAHTTEXT`)
 * @value: the result the program computed, cached in the file:
 *   LibreOffice does not recalculate on load and readers such as openpyxl
 *   never do
 * @style: how the result is shown (%THANRAK_REPORT_STYLE_COUNT,
 *   %THANRAK_REPORT_STYLE_BAHT, ...); money results are in baht
 *
 * Adds a formula cell with its computed value. Only the program's own
 * formulas belong here: text typed by users goes through
 * thanrak_report_row_add_text().
 *
 * Returns: the column of the cell, from 0
 */
guint
thanrak_report_row_add_formula (ThanrakReportRow   *row,
                                const char         *formula,
                                double              value,
                                ThanrakReportStyle  style)
{
  Cell *cell;

  g_return_val_if_fail (row != NULL, 0);
  g_return_val_if_fail (formula != NULL && formula[0] == '=', 0);

  cell = row_add (row, THANRAK_REPORT_CELL_FORMULA, style);
  cell->text_at = (gssize) row->texts->len;
  g_string_append_len (row->texts, formula, (gssize) strlen (formula) + 1);
  cell->value = value;

  return cell->column;
}

/**
 * thanrak_report_row_add_column_sum:
 * @row: the total row of a sheet (thanrak_report_sheet_get_total_row())
 * @style: how the sum is shown; %THANRAK_REPORT_STYLE_BAHT and
 *   %THANRAK_REPORT_STYLE_BAHT_SATANG sum baht cells exactly in satang
 *
 * Adds `=SUM(X<first>:X<last>)` over this column's body rows, with the sum
 * of the values written there cached in the file. Counts and baht are
 * summed as integers (satang), so the cached value is exact.
 *
 * Returns: the column of the cell, from 0
 */
guint
thanrak_report_row_add_column_sum (ThanrakReportRow   *row,
                                   ThanrakReportStyle  style)
{
  g_return_val_if_fail (row != NULL, 0);

  return row_add (row, THANRAK_REPORT_CELL_COLUMN_SUM, style)->column;
}

/**
 * thanrak_report_row_set_span:
 * @row: a row
 * @column: the column of the last cell added
 * @n_columns: how many columns the cell covers, at least 1
 *
 * Merges the last cell added with the columns to its right; the next
 * cell added starts after them.
 */
void
thanrak_report_row_set_span (ThanrakReportRow *row,
                             guint             column,
                             guint             n_columns)
{
  Cell *cell;

  g_return_if_fail (row != NULL);
  g_return_if_fail (row->cells->len > 0);
  g_return_if_fail (n_columns >= 1);

  cell = &g_array_index (row->cells, Cell, row->cells->len - 1);
  g_return_if_fail (cell->column == column);

  cell->span = n_columns;
  row->next_column = column + n_columns;
}

/**
 * thanrak_report_row_set_row_span:
 * @row: a row
 * @column: the column of a cell of @row
 * @n_rows: how many rows the cell covers, this one included, at least 1
 *
 * Merges a cell with the cells below it, as the number of an aspect
 * beside its items in form 1. The rows below still add a blank cell
 * (thanrak_report_row_add_blank()) in each column the cell covers; a
 * value there is reported as %THANRAK_REPORT_ERROR_INVALID_SHEET. The
 * height of the rows assumes one line of the cell's text in each row
 * below. Works in constant-memory mode.
 */
void
thanrak_report_row_set_row_span (ThanrakReportRow *row,
                                 guint             column,
                                 guint             n_rows)
{
  Cell *cell;

  g_return_if_fail (row != NULL);
  g_return_if_fail (n_rows >= 1);

  cell = row_find (row, column);
  g_return_if_fail (cell != NULL);
  cell->row_span = n_rows;
}

/**
 * thanrak_report_row_set_align:
 * @row: a row
 * @column: the column of a cell of @row
 * @align: its horizontal alignment
 *
 * Overrides the column's alignment for one cell.
 */
void
thanrak_report_row_set_align (ThanrakReportRow   *row,
                              guint               column,
                              ThanrakReportAlign  align)
{
  Cell *cell;

  g_return_if_fail (row != NULL);

  cell = row_find (row, column);
  g_return_if_fail (cell != NULL);
  cell->align = align;
}

/**
 * thanrak_report_row_set_band:
 * @row: a row
 * @column: the column of a cell of @row
 * @band: its fill, e.g. the colour band of a KPI level (seed 003)
 *
 * Fills one cell with the colour of @band.
 */
void
thanrak_report_row_set_band (ThanrakReportRow  *row,
                             guint              column,
                             ThanrakReportBand  band)
{
  Cell *cell;

  g_return_if_fail (row != NULL);
  g_return_if_fail (band < THANRAK_REPORT_N_BANDS);

  cell = row_find (row, column);
  g_return_if_fail (cell != NULL);
  cell->band = band;
}

/**
 * thanrak_report_row_set_bold:
 * @row: a row
 * @bold: whether the whole row is bold
 *
 * Makes every cell of the row bold (the total row is bold already).
 */
void
thanrak_report_row_set_bold (ThanrakReportRow *row,
                             gboolean          bold)
{
  g_return_if_fail (row != NULL);

  row->bold = !!bold;
}

/* Sheets ---------------------------------------------------------------- */

/**
 * thanrak_report_sheet_new:
 * @name: the sheet's tab name: at most 31 characters, none of `[]:*?/\`
 *
 * Creates an empty description of one official table: add its columns,
 * title lines, heading cells, body rows, total row and footer lines,
 * then write it with thanrak_report_write_file(). The layout, top to
 * bottom: titles, heading rows (repeated on every printed page), body
 * rows, the total row, one empty row, footer lines.
 *
 * Returns: (transfer full): a new sheet
 */
ThanrakReportSheet *
thanrak_report_sheet_new (const char *name)
{
  ThanrakReportSheet *self;

  g_return_val_if_fail (name != NULL, NULL);

  self = g_new0 (ThanrakReportSheet, 1);
  self->name = g_strdup (name);
  self->columns = g_array_new (FALSE, TRUE, sizeof (Column));
  self->titles = g_array_new (FALSE, TRUE, sizeof (Title));
  g_array_set_clear_func (self->titles, title_clear);
  self->headings = g_array_new (FALSE, TRUE, sizeof (Heading));
  g_array_set_clear_func (self->headings, heading_clear);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) thanrak_report_row_free);
  self->footers = g_array_new (FALSE, TRUE, sizeof (Footer));
  g_array_set_clear_func (self->footers, footer_clear);
  self->page_footer = g_strdup (THANRAK_REPORT_DEFAULT_PAGE_FOOTER);
  for (guint i = 0; i < THANRAK_REPORT_N_BANDS; i++)
    self->band_colors[i] = thanrak_report_band_default_color (i);

  return self;
}

/**
 * thanrak_report_sheet_free:
 * @self: (nullable): a sheet
 *
 * Frees the sheet, its rows, and the row source's data.
 */
void
thanrak_report_sheet_free (ThanrakReportSheet *self)
{
  if (self == NULL)
    return;

  if (self->source_destroy != NULL)
    self->source_destroy (self->source_data);
  g_free (self->name);
  g_array_unref (self->columns);
  g_array_unref (self->titles);
  g_array_unref (self->headings);
  g_ptr_array_unref (self->rows);
  g_clear_pointer (&self->total, thanrak_report_row_free);
  g_array_unref (self->footers);
  g_free (self->page_footer);
  g_free (self);
}

/**
 * thanrak_report_sheet_get_name:
 * @self: a sheet
 *
 * Returns: the sheet's tab name
 */
const char *
thanrak_report_sheet_get_name (ThanrakReportSheet *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->name;
}

/**
 * thanrak_report_sheet_add_column:
 * @self: a sheet
 * @width: the column width in Excel units (characters of the default
 *   font; one unit is 7 pixels)
 * @align: the alignment of the column's body cells
 *
 * Adds the next column of the table, left to right.
 */
void
thanrak_report_sheet_add_column (ThanrakReportSheet *self,
                                 double              width,
                                 ThanrakReportAlign  align)
{
  Column column = { width, align };

  g_return_if_fail (self != NULL);
  g_return_if_fail (width > 0 && width <= 255);

  g_array_append_val (self->columns, column);
}

/**
 * thanrak_report_sheet_get_n_columns:
 * @self: a sheet
 *
 * Returns: the number of columns of the table
 */
guint
thanrak_report_sheet_get_n_columns (ThanrakReportSheet *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->columns->len;
}

static void
add_title (ThanrakReportSheet *self,
           ThanrakReportStyle  style,
           const char         *text)
{
  Title title = { style, g_strdup (text) };

  g_array_append_val (self->titles, title);
}

/**
 * thanrak_report_sheet_add_title:
 * @self: a sheet
 * @text: the title as the seed form has it, e.g.
 *   `เป้าหมายตัวชี้วัดการส่งเสริมผลิตภัณฑ์ OTOP ในตลาดออนไลน์`
 *
 * Adds a title line above the table: bold, 18 pt, centered and merged
 * across the width of the table. With the Thai digits option its digits
 * are written as Thai digits.
 */
void
thanrak_report_sheet_add_title (ThanrakReportSheet *self,
                                const char         *text)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);

  add_title (self, THANRAK_REPORT_STYLE_TITLE, text);
}

/**
 * thanrak_report_sheet_add_subtitle:
 * @self: a sheet
 * @text: a further title line, e.g. the office or the round
 *
 * Adds a title line like thanrak_report_sheet_add_title(), at 16 pt.
 */
void
thanrak_report_sheet_add_subtitle (ThanrakReportSheet *self,
                                   const char         *text)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);

  add_title (self, THANRAK_REPORT_STYLE_SUBTITLE, text);
}

/**
 * thanrak_report_sheet_add_heading:
 * @self: a sheet
 * @row: the heading row, from 0 (the first row below the titles)
 * @column: the column, from 0
 * @row_span: how many heading rows the cell covers, at least 1
 * @column_span: how many columns the cell covers, at least 1
 * @text: the heading as in the seed; `\n` breaks a line
 *
 * Adds one cell of the column headings, merged over its spans. The
 * heading has as many rows as its deepest cell reaches; heading places
 * no cell covers are written as bordered blanks. Overlapping cells are
 * reported by the writer as %THANRAK_REPORT_ERROR_INVALID_SHEET.
 */
void
thanrak_report_sheet_add_heading (ThanrakReportSheet *self,
                                  guint               row,
                                  guint               column,
                                  guint               row_span,
                                  guint               column_span,
                                  const char         *text)
{
  Heading heading = { row, column, row_span, column_span, NULL };

  g_return_if_fail (self != NULL);
  g_return_if_fail (row_span >= 1 && column_span >= 1);
  g_return_if_fail (text != NULL);

  heading.text = g_strdup (text);
  g_array_append_val (self->headings, heading);
}

/**
 * thanrak_report_sheet_append_row:
 * @self: a sheet
 *
 * Adds a body row kept in the sheet, for tables of a few hundred rows.
 * Rows added here are written before the rows of a row source.
 *
 * Returns: (transfer none): the new row, owned by @self
 */
ThanrakReportRow *
thanrak_report_sheet_append_row (ThanrakReportSheet *self)
{
  ThanrakReportRow *row;

  g_return_val_if_fail (self != NULL, NULL);

  row = thanrak_report_row_new ();
  g_ptr_array_add (self->rows, row);

  return row;
}

/**
 * thanrak_report_sheet_set_row_source:
 * @self: a sheet
 * @n_rows: how many rows @func gives
 * @func: (nullable): fills row @index when it is written
 * @user_data: data for @func
 * @destroy: (nullable): frees @user_data with the sheet
 *
 * Gives the body rows of a long list one at a time while the sheet is
 * written (for example, form 6 at national size, in constant-memory
 * mode), so the list is never in memory as a whole.
 */
void
thanrak_report_sheet_set_row_source (ThanrakReportSheet   *self,
                                     guint64               n_rows,
                                     ThanrakReportRowFunc  func,
                                     gpointer              user_data,
                                     GDestroyNotify        destroy)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (func != NULL || n_rows == 0);

  if (self->source_destroy != NULL)
    self->source_destroy (self->source_data);

  self->source_n_rows = n_rows;
  self->source_func = func;
  self->source_data = user_data;
  self->source_destroy = destroy;
}

/**
 * thanrak_report_sheet_get_n_body_rows:
 * @self: a sheet
 *
 * Returns: the body rows to write: those appended plus the row source's
 */
guint64
thanrak_report_sheet_get_n_body_rows (ThanrakReportSheet *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rows->len + self->source_n_rows;
}

/**
 * thanrak_report_sheet_get_total_row:
 * @self: a sheet
 *
 * The total row below the body (`รวม`, `รวมทั้งสิ้น`), bold, made on first
 * call. Fill it like any row: a label (thanrak_report_row_add_text() and
 * thanrak_report_row_set_span()), then numbers the program computed or
 * thanrak_report_row_add_column_sum() cells.
 *
 * Returns: (transfer none): the total row, owned by @self
 */
ThanrakReportRow *
thanrak_report_sheet_get_total_row (ThanrakReportSheet *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->total == NULL)
    {
      self->total = thanrak_report_row_new ();
      self->total->bold = TRUE;
    }

  return self->total;
}

/**
 * thanrak_report_sheet_add_footer:
 * @self: a sheet
 * @first_column: the column the line starts in; it is merged to the
 *   table's last column (for a signature block, the right half)
 * @align: the alignment of the line within that span
 * @text: the line, e.g. `ลงชื่อ ........................ ผู้รายงาน`
 *
 * Adds a line below the table, without border. An empty line is left
 * between the table and the first footer line.
 */
void
thanrak_report_sheet_add_footer (ThanrakReportSheet *self,
                                 guint               first_column,
                                 ThanrakReportAlign  align,
                                 const char         *text)
{
  Footer footer = { first_column, align, NULL };

  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);

  footer.text = g_strdup (text);
  g_array_append_val (self->footers, footer);
}

/**
 * thanrak_report_sheet_set_orientation:
 * @self: a sheet
 * @orientation: the page orientation
 *
 * Sets the printed orientation; the default chooses landscape when the
 * columns are wider than an A4 portrait page. Either way the sheet is
 * fitted to one page wide.
 */
void
thanrak_report_sheet_set_orientation (ThanrakReportSheet       *self,
                                      ThanrakReportOrientation  orientation)
{
  g_return_if_fail (self != NULL);

  self->orientation = orientation;
}

/**
 * thanrak_report_sheet_set_thai_digits:
 * @self: a sheet
 * @thai_digits: whether the sheet shows Thai digits
 *
 * The Thai digits option of the forms (domain guide §2). Numbers stay
 * numbers and show Thai digits through their number format
 * (#THANRAK_REPORT_NUMFMT_THAI_DIGITS, checked in LibreOffice); the
 * sheet's own text (titles, headings, footer lines) is converted with
 * thanrak_report_thai_digits(). Body text is written as given: convert
 * it in the form where the seed wants it. Page numbers stay Arabic.
 */
void
thanrak_report_sheet_set_thai_digits (ThanrakReportSheet *self,
                                      gboolean            thai_digits)
{
  g_return_if_fail (self != NULL);

  self->thai_digits = !!thai_digits;
}

/**
 * thanrak_report_sheet_set_page_footer:
 * @self: a sheet
 * @text: (nullable): the centered page footer in Excel's header/footer
 *   codes (`&P` page, `&N` pages), or %NULL for none; the default is
 *   #THANRAK_REPORT_DEFAULT_PAGE_FOOTER
 *
 * Sets the footer printed on every page, in the form's font.
 */
void
thanrak_report_sheet_set_page_footer (ThanrakReportSheet *self,
                                      const char         *text)
{
  g_return_if_fail (self != NULL);

  g_free (self->page_footer);
  self->page_footer = g_strdup (text);
}

/**
 * thanrak_report_sheet_set_band_color:
 * @self: a sheet
 * @band: a colour band other than %THANRAK_REPORT_BAND_NONE
 * @rgb: its fill as 0xRRGGBB
 *
 * Sets the fill of @band in this sheet, for rule sets that name their
 * own colours; the default is thanrak_report_band_default_color().
 */
void
thanrak_report_sheet_set_band_color (ThanrakReportSheet *self,
                                     ThanrakReportBand   band,
                                     guint32             rgb)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (band > THANRAK_REPORT_BAND_NONE && band < THANRAK_REPORT_N_BANDS);
  g_return_if_fail (rgb <= 0xFFFFFF);

  self->band_colors[band] = rgb;
}

static guint
column_pixels (double width)
{
  /* Excel: a width of w characters of 7 pixels takes w * 7 + 5 pixels. */
  return (guint) (width * 7 + 5);
}

/**
 * thanrak_report_sheet_is_landscape:
 * @self: a sheet
 *
 * Returns: whether the sheet prints landscape: as set, or with
 *   %THANRAK_REPORT_ORIENTATION_AUTO when its columns are more than a
 *   tenth wider than 7.27 inches (A4 portrait with 0.5 inch margins), so
 *   that portrait would print them smaller than 90 %
 */
gboolean
thanrak_report_sheet_is_landscape (ThanrakReportSheet *self)
{
  guint pixels = 0;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->orientation != THANRAK_REPORT_ORIENTATION_AUTO)
    return self->orientation == THANRAK_REPORT_ORIENTATION_LANDSCAPE;

  for (guint i = 0; i < self->columns->len; i++)
    pixels += column_pixels (g_array_index (self->columns, Column, i).width);

  return pixels > PORTRAIT_MAX_PIXELS;
}

/* Writing --------------------------------------------------------------- */

typedef struct
{
  ThanrakReportSheet   *sheet;
  lxw_workbook         *workbook;
  lxw_worksheet        *worksheet;
  ThanrakReportFormats *formats;
  lxw_row_t             row;          /* the next sheet row to write */
  lxw_row_t             first_body_row;
  ColumnSum            *sums;         /* one per column */
  Covered              *covered;      /* one per column */
  const Cell          **at;           /* one per column: the row's cells */
  double                default_height;
} Writer;

static char *
cell_name (lxw_row_t row,
           guint     column)
{
  char name[LXW_MAX_CELL_NAME_LENGTH];

  lxw_rowcol_to_cell (name, row, (lxw_col_t) column);

  return g_strdup (name);
}

static char *
column_name (guint column)
{
  char name[LXW_MAX_COL_NAME_LENGTH];

  lxw_col_to_name (name, (lxw_col_t) column, FALSE);

  return g_strdup (name);
}

static gboolean
check_text (Writer      *w,
            guint        column,
            const char  *text,
            GError     **error)
{
  g_autofree char *col = NULL;

  gsize len = strlen (text);
  gboolean valid = g_utf8_validate_len (text, len, NULL);

  /* Characters are never more than bytes: count them only for long text. */
  if (valid && (len <= MAX_CELL_CHARS || g_utf8_strlen (text, len) <= MAX_CELL_CHARS))
    return TRUE;

  col = column_name (column);
  if (!valid)
    g_set_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_INVALID_TEXT,
                 /* Translators: the text of a record is damaged. The first
                  * %u is a spreadsheet row number, the %s a column letter,
                  * the last %s a sheet name. */
                 _("The text for row %u, column %s of sheet “%s” is not valid "
                   "UTF-8 text. Correct or type that text again in the record "
                   "it comes from, then export again."),
                 (guint) w->row + 1, col, w->sheet->name);
  else
    g_set_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_INVALID_TEXT,
                 _("The text for row %u, column %s of sheet “%s” is longer "
                   "than the 32,767 characters a cell can hold. Shorten it, "
                   "then export again."),
                 (guint) w->row + 1, col, w->sheet->name);

  return FALSE;
}

/* lxw_strerror() without its closing full stop, to go inside a sentence. */
static char *
lxw_reason (lxw_error err)
{
  char *reason = g_strdup (lxw_strerror (err));
  gsize len = strlen (reason);

  if (len > 0 && reason[len - 1] == '.')
    reason[len - 1] = '\0';

  return reason;
}

static gboolean
check_lxw (Writer     *w,
           lxw_error   err,
           guint       column,
           GError    **error)
{
  g_autofree char *cell = NULL;
  g_autofree char *reason = NULL;

  if (err == LXW_NO_ERROR)
    return TRUE;

  cell = cell_name (w->row, column);
  reason = lxw_reason (err);
  g_set_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_INVALID_SHEET,
               /* Translators: %s are a cell such as B7, a sheet name and
                * the writing library's own error text (in English). */
               _("Cell %s of sheet “%s” could not be written: %s."),
               cell, w->sheet->name, reason);

  return FALSE;
}

/* Text the sheet writes itself: titles, headings, footers. */
static char *
own_text (Writer     *w,
          const char *text)
{
  if (w->sheet->thai_digits)
    return thanrak_report_thai_digits (text);

  return g_strdup (text);
}

static gboolean
merge (Writer     *w,
       lxw_row_t   first_row,
       guint       first_column,
       lxw_row_t   last_row,
       guint       last_column,
       GError    **error)
{
  if (first_row == last_row && first_column == last_column)
    return TRUE;

  /* Register the range only: with an empty string and no format,
   * libxlsxwriter writes no cell, so the merge works in constant-memory
   * mode, where cells must come strictly in row order. The cells of the
   * range are written by the caller, in order. */
  return check_lxw (w,
                    worksheet_merge_range (w->worksheet, first_row, (lxw_col_t) first_column,
                                           last_row, (lxw_col_t) last_column, "", NULL),
                    first_column, error);
}

static double
span_width (ThanrakReportSheet *sheet,
            guint               first_column,
            guint               n_columns)
{
  double width = 0;

  for (guint i = first_column; i < first_column + n_columns && i < sheet->columns->len; i++)
    width += g_array_index (sheet->columns, Column, i).width;

  return width;
}

static gboolean
set_row_height (Writer     *w,
                guint       n_lines,
                double      font_size,
                GError    **error)
{
  double height = MIN (thanrak_report_row_height (n_lines, font_size), MAX_ROW_HEIGHT);

  /* Rows of one 16 pt line take the sheet's default height: a long list
   * then needs no height of its own on every row. */
  if (height == w->default_height)
    return TRUE;

  return check_lxw (w, worksheet_set_row (w->worksheet, w->row, height, NULL), 0, error);
}

static gboolean
write_titles (Writer  *w,
              GError **error)
{
  ThanrakReportSheet *sheet = w->sheet;
  guint last_column = MAX (sheet->columns->len, 1) - 1;

  for (guint i = 0; i < sheet->titles->len; i++, w->row++)
    {
      Title *title = &g_array_index (sheet->titles, Title, i);
      double size = title->style == THANRAK_REPORT_STYLE_TITLE
                      ? THANRAK_REPORT_TITLE_FONT_SIZE
                      : THANRAK_REPORT_FONT_SIZE;
      g_autofree char *text = NULL;
      lxw_format *format;

      if (!check_text (w, 0, title->text, error))
        return FALSE;
      text = own_text (w, title->text);
      format = thanrak_report_formats_get (w->formats, title->style,
                                           THANRAK_REPORT_ALIGN_DEFAULT, TRUE,
                                           THANRAK_REPORT_BAND_NONE, FALSE);

      if (!merge (w, w->row, 0, w->row, last_column, error) ||
          !set_row_height (w, thanrak_report_text_lines (text, span_width (sheet, 0, last_column + 1), size),
                           size, error) ||
          !check_lxw (w, worksheet_write_string (w->worksheet, w->row, 0, text, format), 0, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_headings (Writer  *w,
                GError **error)
{
  ThanrakReportSheet *sheet = w->sheet;
  guint n_columns = sheet->columns->len;
  guint n_rows = 0;
  g_autofree Heading **grid = NULL;
  g_autofree guint *lines = NULL;
  lxw_format *format;

  if (sheet->headings->len == 0)
    return TRUE;

  for (guint i = 0; i < sheet->headings->len; i++)
    {
      Heading *h = &g_array_index (sheet->headings, Heading, i);

      if (h->column + h->column_span > n_columns)
        {
          g_set_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_INVALID_SHEET,
                       _("The heading “%s” of sheet “%s” reaches past the last column of the table."),
                       h->text, sheet->name);
          return FALSE;
        }
      n_rows = MAX (n_rows, h->row + h->row_span);
    }

  /* Which heading covers each place of the heading grid. */
  grid = g_new0 (Heading *, (gsize) n_rows * n_columns);
  for (guint i = 0; i < sheet->headings->len; i++)
    {
      Heading *h = &g_array_index (sheet->headings, Heading, i);

      for (guint r = h->row; r < h->row + h->row_span; r++)
        for (guint c = h->column; c < h->column + h->column_span; c++)
          {
            if (grid[r * n_columns + c] != NULL)
              {
                g_set_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_INVALID_SHEET,
                             _("The headings “%s” and “%s” of sheet “%s” overlap."),
                             grid[r * n_columns + c]->text, h->text, sheet->name);
                return FALSE;
              }
            grid[r * n_columns + c] = h;
          }
    }

  /* Lines each heading row needs: single-row cells first, then cells over
   * several rows add what they lack to their last row. */
  lines = g_new0 (guint, n_rows);
  for (guint r = 0; r < n_rows; r++)
    lines[r] = 1;
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < sheet->headings->len; i++)
      {
        Heading *h = &g_array_index (sheet->headings, Heading, i);
        guint need;
        guint have = 0;

        if ((pass == 0) != (h->row_span == 1))
          continue;
        /* Headings are bold, wider than the regular advance widths the
         * estimate uses, and LibreOffice breaks Thai only at dictionary
         * word ends: a tenth of the width is kept in reserve, or long
         * headings in narrow columns lose their last line. */
        need = thanrak_report_text_lines (h->text, span_width (sheet, h->column, h->column_span) * 0.9,
                                          THANRAK_REPORT_FONT_SIZE);
        for (guint r = h->row; r < h->row + h->row_span; r++)
          have += lines[r];
        if (need > have)
          lines[h->row + h->row_span - 1] += need - have;
      }

  for (guint i = 0; i < sheet->headings->len; i++)
    {
      Heading *h = &g_array_index (sheet->headings, Heading, i);

      if (!check_text (w, h->column, h->text, error) ||
          !merge (w, w->row + h->row, h->column,
                  w->row + h->row + h->row_span - 1, h->column + h->column_span - 1, error))
        return FALSE;
    }

  format = thanrak_report_formats_get (w->formats, THANRAK_REPORT_STYLE_HEADING,
                                       THANRAK_REPORT_ALIGN_DEFAULT, TRUE,
                                       THANRAK_REPORT_BAND_NONE, FALSE);
  for (guint r = 0; r < n_rows; r++, w->row++)
    {
      if (!set_row_height (w, lines[r], THANRAK_REPORT_FONT_SIZE, error))
        return FALSE;

      for (guint c = 0; c < n_columns; c++)
        {
          Heading *h = grid[r * n_columns + c];
          lxw_error err;

          if (h != NULL && h->row == r && h->column == c)
            {
              g_autofree char *text = own_text (w, h->text);

              err = worksheet_write_string (w->worksheet, w->row, (lxw_col_t) c, text, format);
            }
          else
            err = worksheet_write_blank (w->worksheet, w->row, (lxw_col_t) c, format);

          if (!check_lxw (w, err, c, error))
            return FALSE;
        }
    }

  return TRUE;
}

static ThanrakReportAlign
cell_align (ThanrakReportSheet *sheet,
            const Cell         *cell)
{
  if (cell->align != THANRAK_REPORT_ALIGN_DEFAULT)
    return cell->align;
  if (cell->column < sheet->columns->len)
    return g_array_index (sheet->columns, Column, cell->column).align;

  return THANRAK_REPORT_ALIGN_DEFAULT;
}

static void
add_to_sum (Writer     *w,
            const Cell *cell)
{
  ColumnSum *sum = &w->sums[cell->column];

  switch (cell->type)
    {
    case THANRAK_REPORT_CELL_COUNT:
    case THANRAK_REPORT_CELL_BAHT:
    case THANRAK_REPORT_CELL_BAHT_SATANG:
      sum->exact += cell->exact;
      break;
    case THANRAK_REPORT_CELL_NUMBER:
    case THANRAK_REPORT_CELL_PERCENT:
    case THANRAK_REPORT_CELL_FORMULA:
      sum->value += cell->value;
      break;
    case THANRAK_REPORT_CELL_BLANK:
    case THANRAK_REPORT_CELL_TEXT:
    case THANRAK_REPORT_CELL_DATE:
    case THANRAK_REPORT_CELL_COLUMN_SUM:
    default:
      break;
    }
}

static gboolean
write_cell (Writer      *w,
            const Cell  *cell,
            gboolean     bold,
            gboolean     is_total,
            lxw_format **out_format,
            GError     **error)
{
  lxw_worksheet *ws = w->worksheet;
  lxw_col_t col = (lxw_col_t) cell->column;
  lxw_format *format;
  lxw_error err;

  format = thanrak_report_formats_get (w->formats, cell->style, cell_align (w->sheet, cell),
                                       bold, cell->band, w->sheet->thai_digits);
  *out_format = format;

  switch (cell->type)
    {
    case THANRAK_REPORT_CELL_TEXT:
      /* Always a string: worksheet_write_string never makes a formula. */
      err = worksheet_write_string (ws, w->row, col, cell->text, format);
      break;

    case THANRAK_REPORT_CELL_NUMBER:
    case THANRAK_REPORT_CELL_COUNT:
    case THANRAK_REPORT_CELL_BAHT:
    case THANRAK_REPORT_CELL_BAHT_SATANG:
    case THANRAK_REPORT_CELL_PERCENT:
    case THANRAK_REPORT_CELL_DATE:
      err = worksheet_write_number (ws, w->row, col, cell->value, format);
      break;

    case THANRAK_REPORT_CELL_FORMULA:
      err = worksheet_write_formula_num (ws, w->row, col, cell->text, format, cell->value);
      break;

    case THANRAK_REPORT_CELL_COLUMN_SUM:
      {
        ColumnSum *sum = &w->sums[cell->column];
        double value = sum->value;
        g_autofree char *first = NULL;
        g_autofree char *last = NULL;
        g_autofree char *formula = NULL;

        if (cell->style == THANRAK_REPORT_STYLE_BAHT ||
            cell->style == THANRAK_REPORT_STYLE_BAHT_SATANG)
          value += sum->exact / 100.0;
        else
          value += (double) sum->exact;

        if (!is_total || w->row == w->first_body_row)
          {
            err = worksheet_write_number (ws, w->row, col, value, format);
            break;
          }
        first = cell_name (w->first_body_row, cell->column);
        last = cell_name (w->row - 1, cell->column);
        formula = g_strdup_printf ("=SUM(%s:%s)", first, last);
        err = worksheet_write_formula_num (ws, w->row, col, formula, format, value);
      }
      break;

    case THANRAK_REPORT_CELL_BLANK:
    default:
      err = worksheet_write_blank (ws, w->row, col, format);
      break;
    }

  if (!check_lxw (w, err, cell->column, error))
    return FALSE;

  /* The merged places after a spanning cell get its border. */
  for (guint c = cell->column + 1; c < cell->column + cell->span; c++)
    if (!check_lxw (w, worksheet_write_blank (ws, w->row, (lxw_col_t) c, format), c, error))
      return FALSE;

  return TRUE;
}

static gboolean
write_row (Writer            *w,
           ThanrakReportRow  *row,
           gboolean           is_total,
           GError           **error)
{
  ThanrakReportSheet *sheet = w->sheet;
  guint n_columns = sheet->columns->len;
  guint n_lines = 1;
  const Cell **at = w->at;
  lxw_format *blank;

  memset (at, 0, n_columns * sizeof *at);

  /* Check everything before the row is touched. */
  for (guint i = 0; i < row->cells->len; i++)
    {
      Cell *cell = &g_array_index (row->cells, Cell, i);

      /* The row's texts no longer move: point at them. */
      cell->text = cell->text_at >= 0 ? row->texts->str + cell->text_at : NULL;
      if (cell->column + cell->span > n_columns)
        {
          g_set_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_INVALID_SHEET,
                       _("Row %u of sheet “%s” has more cells than the table has columns (%u)."),
                       (guint) w->row + 1, sheet->name, n_columns);
          return FALSE;
        }
      for (guint c = cell->column; c < cell->column + cell->span; c++)
        if (w->covered[c].until > w->row && cell->type != THANRAK_REPORT_CELL_BLANK)
          {
            g_autofree char *col = column_name (c);

            g_set_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_INVALID_SHEET,
                         _("Row %u, column %s of sheet “%s” holds a value where a cell "
                           "of a row above reaches down."),
                         (guint) w->row + 1, col, sheet->name);
            return FALSE;
          }
      if (cell->text != NULL && !check_text (w, cell->column, cell->text, error))
        return FALSE;
      if (cell->type == THANRAK_REPORT_CELL_TEXT)
        {
          guint lines = thanrak_report_text_lines (cell->text,
                                                   span_width (sheet, cell->column, cell->span),
                                                   THANRAK_REPORT_FONT_SIZE);

          /* A cell over several rows counts on one line in each row below. */
          if (cell->row_span > 1)
            lines = lines > cell->row_span - 1 ? lines - (cell->row_span - 1) : 1;
          n_lines = MAX (n_lines, lines);
        }
      at[cell->column] = cell;
    }

  if (!set_row_height (w, n_lines, THANRAK_REPORT_FONT_SIZE, error))
    return FALSE;

  blank = thanrak_report_formats_get (w->formats, THANRAK_REPORT_STYLE_TEXT,
                                      THANRAK_REPORT_ALIGN_DEFAULT, row->bold,
                                      THANRAK_REPORT_BAND_NONE, FALSE);

  for (guint c = 0; c < n_columns; )
    {
      const Cell *cell = at[c];
      lxw_format *format;

      if (w->covered[c].until > w->row)
        {
          /* Under a cell of a row above: its merged range, its border. */
          if (!check_lxw (w, worksheet_write_blank (w->worksheet, w->row, (lxw_col_t) c,
                                                    w->covered[c].format),
                          c, error))
            return FALSE;
          c++;
          continue;
        }

      if (cell == NULL)
        {
          /* Columns the row leaves out keep the table's border. */
          if (!check_lxw (w, worksheet_write_blank (w->worksheet, w->row, (lxw_col_t) c, blank),
                          c, error))
            return FALSE;
          c++;
          continue;
        }

      if ((cell->span > 1 || cell->row_span > 1) &&
          !merge (w, w->row, cell->column, w->row + cell->row_span - 1,
                  cell->column + cell->span - 1, error))
        return FALSE;
      if (!write_cell (w, cell, row->bold, is_total, &format, error))
        return FALSE;
      if (!is_total)
        add_to_sum (w, cell);
      for (guint k = cell->column; k < cell->column + cell->span; k++)
        if (cell->row_span > 1)
          {
            w->covered[k].until = w->row + cell->row_span;
            w->covered[k].format = format;
          }
      c = cell->column + cell->span;
    }

  w->row++;

  return TRUE;
}

static gboolean
check_cancelled (Writer        *w,
                 GCancellable  *cancellable,
                 GError       **error)
{
  if (!g_cancellable_is_cancelled (cancellable))
    return TRUE;

  g_set_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_CANCELLED,
               _("The export of sheet “%s” was cancelled."), w->sheet->name);

  return FALSE;
}

static gboolean
write_footers (Writer  *w,
               GError **error)
{
  ThanrakReportSheet *sheet = w->sheet;
  guint last_column = MAX (sheet->columns->len, 1) - 1;

  if (sheet->footers->len == 0)
    return TRUE;

  /* One empty row between the table and its footer. */
  if (!set_row_height (w, 1, THANRAK_REPORT_FONT_SIZE, error))
    return FALSE;
  w->row++;

  for (guint i = 0; i < sheet->footers->len; i++, w->row++)
    {
      Footer *footer = &g_array_index (sheet->footers, Footer, i);
      guint first = MIN (footer->first_column, last_column);
      g_autofree char *text = NULL;
      lxw_format *format;

      if (!check_text (w, first, footer->text, error))
        return FALSE;
      text = own_text (w, footer->text);
      format = thanrak_report_formats_get (w->formats, THANRAK_REPORT_STYLE_FOOTER,
                                           footer->align, FALSE,
                                           THANRAK_REPORT_BAND_NONE, FALSE);

      if (!merge (w, w->row, first, w->row, last_column, error) ||
          !set_row_height (w, 1, THANRAK_REPORT_FONT_SIZE, error) ||
          !check_lxw (w, worksheet_write_string (w->worksheet, w->row, (lxw_col_t) first, text, format),
                      first, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
set_up_page (Writer     *w,
             lxw_row_t   first_heading_row,
             lxw_row_t   n_heading_rows,
             GError    **error)
{
  ThanrakReportSheet *sheet = w->sheet;
  lxw_worksheet *ws = w->worksheet;

  worksheet_set_paper (ws, 9);  /* A4 */
  if (thanrak_report_sheet_is_landscape (sheet))
    worksheet_set_landscape (ws);
  else
    worksheet_set_portrait (ws);
  /* Inches: left, right, top, bottom. */
  worksheet_set_margins (ws, 0.5, 0.5, 0.75, 0.75);
  worksheet_center_horizontally (ws);
  worksheet_fit_to_pages (ws, 1, 0);

  if (n_heading_rows > 0)
    {
      lxw_row_t last = first_heading_row + n_heading_rows - 1;

      if (!check_lxw (w, worksheet_repeat_rows (ws, first_heading_row, last), 0, error))
        return FALSE;
      worksheet_freeze_panes (ws, last + 1, 0);
    }

  if (sheet->page_footer != NULL)
    {
      g_autofree char *footer = NULL;
      lxw_header_footer_options options = { .margin = 0.3 };

      if (!g_utf8_validate (sheet->page_footer, -1, NULL))
        {
          g_set_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_INVALID_TEXT,
                       _("The page footer of sheet “%s” is not valid UTF-8 text."),
                       sheet->name);
          return FALSE;
        }
      footer = g_strdup_printf ("&C&\"" THANRAK_REPORT_FONT_NAME ",Regular\"&14%s",
                                sheet->page_footer);
      if (!check_lxw (w, worksheet_set_footer_opt (ws, footer, &options), 0, error))
        return FALSE;
    }

  for (guint i = 0; i < sheet->columns->len; i++)
    {
      Column *column = &g_array_index (sheet->columns, Column, i);

      if (!check_lxw (w, worksheet_set_column (ws, (lxw_col_t) i, (lxw_col_t) i, column->width, NULL),
                      i, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * thanrak_report_sheet_write:
 * @self: a sheet
 * @workbook: the workbook to add the sheet to
 * @formats: the workbook's formats (thanrak_report_formats_new())
 * @cancellable: (nullable): checked before every body row
 * @progress: (nullable) (scope call): told of the body rows written
 * @progress_data: data for @progress
 * @error: return location for a #GError
 *
 * Adds the sheet to @workbook and writes it: A4 paper (paper size 9),
 * orientation as thanrak_report_sheet_is_landscape(), fitted to one page
 * wide, heading rows repeated on every page and frozen on screen, the
 * page footer, margins 0.5 inch left and right and 0.75 inch top and
 * bottom, row heights for 16 pt Thai computed from the lines of each row.
 * Rows are written strictly top to bottom, so this works in
 * constant-memory mode. Every text is checked to be UTF-8 before it
 * reaches libxlsxwriter. Most callers use thanrak_report_write_file(),
 * which also takes care of the file.
 *
 * Returns: %TRUE on success; %FALSE with @error set in
 *   #THANRAK_REPORT_ERROR: %THANRAK_REPORT_ERROR_INVALID_TEXT (naming the
 *   row and column), %THANRAK_REPORT_ERROR_INVALID_SHEET,
 *   %THANRAK_REPORT_ERROR_CANCELLED, or an error of the row source
 */
gboolean
thanrak_report_sheet_write (ThanrakReportSheet         *self,
                            lxw_workbook               *workbook,
                            ThanrakReportFormats       *formats,
                            GCancellable               *cancellable,
                            ThanrakReportProgressFunc   progress,
                            gpointer                    progress_data,
                            GError                    **error)
{
  g_autofree ColumnSum *sums = NULL;
  g_autofree Covered *covered = NULL;
  g_autofree const Cell **at = NULL;
  g_autoptr(ThanrakReportRow) row = NULL;
  Writer w = { 0 };
  guint64 total;
  guint64 done = 0;
  lxw_row_t first_heading_row;
  lxw_error err;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (workbook != NULL, FALSE);
  g_return_val_if_fail (formats != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  w.sheet = self;
  w.workbook = workbook;
  w.formats = formats;

  if (self->columns->len == 0)
    {
      g_set_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_INVALID_SHEET,
                   _("Sheet “%s” has no columns."), self->name);
      return FALSE;
    }

  if (!g_utf8_validate (self->name, -1, NULL))
    {
      g_set_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_INVALID_TEXT,
                   _("A sheet name is not valid UTF-8 text."));
      return FALSE;
    }
  err = workbook_validate_sheet_name (workbook, self->name);
  if (err != LXW_NO_ERROR)
    {
      g_autofree char *reason = lxw_reason (err);

      g_set_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_INVALID_SHEET,
                   /* Translators: %s are a sheet name and the writing
                    * library's reason, in English. */
                   _("“%s” cannot be the name of a sheet: %s."),
                   self->name, reason);
      return FALSE;
    }

  w.worksheet = workbook_add_worksheet (workbook, self->name);
  if (w.worksheet == NULL)
    {
      g_set_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_WRITE,
                   _("Sheet “%s” could not be added to the workbook."), self->name);
      return FALSE;
    }

  for (guint i = 0; i < THANRAK_REPORT_N_BANDS; i++)
    if (i != THANRAK_REPORT_BAND_NONE)
      thanrak_report_formats_set_band_color (formats, i, self->band_colors[i]);

  sums = g_new0 (ColumnSum, self->columns->len);
  w.sums = sums;
  covered = g_new0 (Covered, self->columns->len);
  w.covered = covered;
  at = g_new0 (const Cell *, self->columns->len);
  w.at = at;
  w.default_height = thanrak_report_row_height (1, THANRAK_REPORT_FONT_SIZE);
  worksheet_set_default_row (w.worksheet, w.default_height, LXW_FALSE);

  if (!write_titles (&w, error))
    return FALSE;

  first_heading_row = w.row;
  if (!write_headings (&w, error))
    return FALSE;

  if (!set_up_page (&w, first_heading_row, w.row - first_heading_row, error))
    return FALSE;
  w.first_body_row = w.row;

  total = thanrak_report_sheet_get_n_body_rows (self);

  for (guint i = 0; i < self->rows->len; i++)
    {
      if (!check_cancelled (&w, cancellable, error) ||
          !write_row (&w, g_ptr_array_index (self->rows, i), FALSE, error))
        return FALSE;
      if (progress != NULL && ++done % PROGRESS_EVERY == 0)
        progress (done, total, progress_data);
    }

  row = thanrak_report_row_new ();
  for (guint64 i = 0; i < self->source_n_rows; i++)
    {
      if (!check_cancelled (&w, cancellable, error))
        return FALSE;
      g_autoptr(GError) source_error = NULL;

      thanrak_report_row_clear (row);
      if (!self->source_func (i, row, self->source_data, &source_error))
        {
          if (source_error == NULL)
            g_set_error (&source_error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_INVALID_SHEET,
                         _("Row %u of sheet “%s” could not be made."),
                         (guint) w.row + 1, self->name);
          g_propagate_error (error, g_steal_pointer (&source_error));
          return FALSE;
        }
      if (!write_row (&w, row, FALSE, error))
        return FALSE;
      if (progress != NULL && ++done % PROGRESS_EVERY == 0)
        progress (done, total, progress_data);
    }

  if (self->total != NULL && !write_row (&w, self->total, TRUE, error))
    return FALSE;

  if (!write_footers (&w, error))
    return FALSE;

  if (progress != NULL)
    progress (total, total, progress_data);

  return TRUE;
}
