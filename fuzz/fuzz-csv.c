/* fuzz-csv.c: libFuzzer target for the CSV reader (through
 * thanrak_table_read_bytes(), which also sniffs zip, OLE and markup)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Build and run with build-aux/fuzz.sh. Every input must either give a
 * table whose cells are valid UTF-8 within the limits, or a GError in
 * THANRAK_IO_ERROR; anything else (a crash, a sanitizer report, a failed
 * assertion) is a bug.
 */
#include <glib.h>
#include <stdint.h>
#include <string.h>

#include "thanrak-table-reader.h"
#include "thanrak-io-error.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakTable) table = NULL;

  table = thanrak_table_read_bytes (bytes, "fuzz.csv", NULL, &error);
  if (table == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == THANRAK_IO_ERROR);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  g_assert_null (error);
  g_assert_cmpuint (thanrak_table_get_n_rows (table), <=, THANRAK_IO_MAX_ROWS);
  for (guint r = 0; r < thanrak_table_get_n_rows (table); r++)
    for (guint c = 0; c < thanrak_table_get_row_length (table, r); c++)
      {
        const ThanrakCell *cell = thanrak_table_get_cell (table, r, c);

        g_assert_nonnull (cell);
        g_assert_cmpuint (cell->row, ==, r + 1);
        g_assert_cmpuint (cell->column, ==, c);
        g_assert_true (g_utf8_validate (cell->text, -1, NULL));
        if (thanrak_table_get_format (table) == THANRAK_TABLE_FORMAT_CSV)
          g_assert_true ((cell->kind == THANRAK_CELL_EMPTY) == (cell->text[0] == '\0'));
      }

  return 0;
}
