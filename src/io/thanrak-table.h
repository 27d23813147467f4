/* thanrak-table.h: a sheet read from a CSV or xlsx file, as rows of cells
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * ThanrakCellKind:
 * @THANRAK_CELL_EMPTY: nothing in the cell (a blank is never a zero)
 * @THANRAK_CELL_TEXT: text
 * @THANRAK_CELL_NUMBER: a number; #ThanrakCell.number holds its value and
 *   #ThanrakCell.text the digits as written in the file
 * @THANRAK_CELL_BOOLEAN: TRUE or FALSE; #ThanrakCell.number is 1 or 0
 * @THANRAK_CELL_ERROR: a spreadsheet error value such as `#REF!`, `#N/A`,
 *   `#VALUE!` or `#DIV/0!`, kept in #ThanrakCell.text
 *
 * What a cell holds.
 */
typedef enum
{
  THANRAK_CELL_EMPTY,
  THANRAK_CELL_TEXT,
  THANRAK_CELL_NUMBER,
  THANRAK_CELL_BOOLEAN,
  THANRAK_CELL_ERROR,
} ThanrakCellKind;

/**
 * ThanrakTableFormat:
 * @THANRAK_TABLE_FORMAT_CSV: comma-separated text
 * @THANRAK_TABLE_FORMAT_XLSX: an Office Open XML workbook (Excel 2007 and
 *   later, LibreOffice “Excel 2007-365”)
 *
 * The kind of file a table was read from.
 */
typedef enum
{
  THANRAK_TABLE_FORMAT_CSV,
  THANRAK_TABLE_FORMAT_XLSX,
} ThanrakTableFormat;

/**
 * ThanrakTextEncoding:
 * @THANRAK_TEXT_ENCODING_UTF8: UTF-8 without a byte-order mark (and every
 *   xlsx file)
 * @THANRAK_TEXT_ENCODING_UTF8_BOM: UTF-8 with a byte-order mark, as Excel
 *   writes “CSV UTF-8”
 * @THANRAK_TEXT_ENCODING_WINDOWS_874: Windows-874, the Thai code page that
 *   Thai Excel writes for plain “CSV” (a superset of TIS-620)
 *
 * The character encoding a file was read in.
 */
typedef enum
{
  THANRAK_TEXT_ENCODING_UTF8,
  THANRAK_TEXT_ENCODING_UTF8_BOM,
  THANRAK_TEXT_ENCODING_WINDOWS_874,
} ThanrakTextEncoding;

/**
 * ThanrakCell:
 * @text: the cell's text, valid UTF-8, never %NULL (`""` when empty);
 *   for numbers the text written in the file (e.g. `68302860`, `0.5`)
 * @number: the value of a number, 1 or 0 for a boolean, otherwise 0
 * @row: the row number as a spreadsheet program shows it, from 1
 * @column: the column index, from 0 (0 is column A)
 * @kind: what the cell holds
 *
 * One cell of a #ThanrakTable. Owned by the table.
 */
typedef struct
{
  const char      *text;
  double           number;
  guint            row;
  guint            column;
  ThanrakCellKind  kind;
} ThanrakCell;

#define THANRAK_TYPE_TABLE (thanrak_table_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakTable, thanrak_table, THANRAK, TABLE, GObject)

ThanrakTableFormat   thanrak_table_get_format      (ThanrakTable *self);
ThanrakTextEncoding  thanrak_table_get_encoding    (ThanrakTable *self);
const char          *thanrak_table_get_sheet_name  (ThanrakTable *self);
guint                thanrak_table_get_n_rows      (ThanrakTable *self);
guint                thanrak_table_get_n_columns   (ThanrakTable *self);
guint                thanrak_table_get_row_length  (ThanrakTable *self,
                                                    guint         row);
const ThanrakCell   *thanrak_table_get_cell        (ThanrakTable *self,
                                                    guint         row,
                                                    guint         column);
const char          *thanrak_table_get_text        (ThanrakTable *self,
                                                    guint         row,
                                                    guint         column);
ThanrakCellKind      thanrak_table_get_kind        (ThanrakTable *self,
                                                    guint         row,
                                                    guint         column);
gboolean             thanrak_table_row_is_empty    (ThanrakTable *self,
                                                    guint         row);

const char          *thanrak_cell_kind_to_string      (ThanrakCellKind     kind);
const char          *thanrak_text_encoding_to_string  (ThanrakTextEncoding encoding);

G_END_DECLS
