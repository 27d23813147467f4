/* thanrak-io-error.h: errors and limits of the spreadsheet readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * THANRAK_IO_ERROR:
 *
 * Error domain of the file readers of `src/io/` (CSV, xlsx, heading
 * matching). Errors in this domain use #ThanrakIoError codes; their
 * messages are translated and say where (row as shown by a spreadsheet
 * program, column letter) and what to fix.
 */
#define THANRAK_IO_ERROR (thanrak_io_error_quark ())

/**
 * ThanrakIoError:
 * @THANRAK_IO_ERROR_FAILED: the file could not be read (e.g. it does not
 *   exist); the message comes from the system
 * @THANRAK_IO_ERROR_UNSUPPORTED: a kind of file the readers do not take
 *   (old .xls, .ods, UTF-16 text, password-protected workbook)
 * @THANRAK_IO_ERROR_ENCODING: text that is neither valid UTF-8 nor
 *   Windows-874 (TIS-620) Thai; the message names the row and column
 * @THANRAK_IO_ERROR_SYNTAX: broken CSV quoting or broken XML inside an
 *   xlsx; the message names the row where known
 * @THANRAK_IO_ERROR_CORRUPT: an xlsx whose zip container is truncated or
 *   damaged, or that lacks a part every workbook has
 * @THANRAK_IO_ERROR_TOO_LARGE: the file exceeds a limit against hostile
 *   files: see %THANRAK_IO_MAX_CELLS, %THANRAK_IO_MAX_ROWS,
 *   %THANRAK_IO_MAX_COLUMNS, %THANRAK_IO_MAX_EXPANSION,
 *   %THANRAK_IO_MAX_CELL_BYTES, %THANRAK_IO_MAX_TEXT_BYTES and
 *   %THANRAK_IO_MAX_FILE_BYTES
 * @THANRAK_IO_ERROR_NO_SHEET: the workbook has no sheet of the given name
 * @THANRAK_IO_ERROR_NO_HEADINGS: no heading row was found, or required
 *   columns are missing or appear twice
 *
 * Error codes of %THANRAK_IO_ERROR.
 */
typedef enum
{
  THANRAK_IO_ERROR_FAILED,
  THANRAK_IO_ERROR_UNSUPPORTED,
  THANRAK_IO_ERROR_ENCODING,
  THANRAK_IO_ERROR_SYNTAX,
  THANRAK_IO_ERROR_CORRUPT,
  THANRAK_IO_ERROR_TOO_LARGE,
  THANRAK_IO_ERROR_NO_SHEET,
  THANRAK_IO_ERROR_NO_HEADINGS,
} ThanrakIoError;

/**
 * THANRAK_IO_MAX_ROWS:
 *
 * Most rows a sheet or CSV file may have: 1,048,576, the row limit of
 * Excel. Beyond it reading fails with %THANRAK_IO_ERROR_TOO_LARGE.
 */
#define THANRAK_IO_MAX_ROWS 1048576u

/**
 * THANRAK_IO_MAX_COLUMNS:
 *
 * Most columns a row may have: 16,384 (column XFD), the column limit of
 * Excel.
 */
#define THANRAK_IO_MAX_COLUMNS 16384u

/**
 * THANRAK_IO_MAX_CELLS:
 *
 * Most cells a table may hold: 2,000,000, counting the empty cells before
 * the last filled cell of each row (a table is stored row by row without
 * gaps). 100,000 operator rows of 15 columns take 1,500,000.
 */
#define THANRAK_IO_MAX_CELLS 2000000u

/**
 * THANRAK_IO_MAX_CELL_BYTES:
 *
 * Longest text of one cell, in bytes of UTF-8: 131,072 (Excel holds at
 * most 32,767 characters in a cell, at most 4 bytes each).
 */
#define THANRAK_IO_MAX_CELL_BYTES 131072u

/**
 * THANRAK_IO_MAX_TEXT_BYTES:
 *
 * Most text a table may hold in all its cells together, in bytes of
 * UTF-8: 256 MiB (268,435,456 bytes). An xlsx file can repeat one long
 * shared text in every cell at little cost in its own size.
 */
#define THANRAK_IO_MAX_TEXT_BYTES (256u * 1024u * 1024u)

/**
 * THANRAK_IO_MAX_EXPANSION:
 *
 * An xlsx file is refused when its parts together expand to more than
 * this many times the size of the file: 100. Ordinary workbooks expand
 * 5 to 20 times; a "zip bomb" much more.
 */
#define THANRAK_IO_MAX_EXPANSION 100u

/**
 * THANRAK_IO_MAX_FILE_BYTES:
 *
 * Largest file the readers open: 512 MiB (536,870,912 bytes).
 */
#define THANRAK_IO_MAX_FILE_BYTES (512u * 1024u * 1024u)

GQuark  thanrak_io_error_quark      (void);
char   *thanrak_io_column_name      (guint column);
char   *thanrak_io_describe_cell    (guint row,
                                     guint column);

G_END_DECLS
