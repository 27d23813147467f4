/* fuzz-xlsx.c: libFuzzer target for the xlsx reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Build and run with build-aux/fuzz.sh. An input that starts with "PK"
 * is read as a whole xlsx file (zip container, every sheet); any other
 * input is one XML part: its first byte chooses the parser (relationships,
 * workbook, shared strings, sheet) and the rest is the part, so mutations
 * reach the XML parsers without having to get through deflate.
 * Every input must either be read or give a GError in THANRAK_IO_ERROR.
 */
#include <glib.h>
#include <stdint.h>
#include <string.h>

#include "thanrak-io-error.h"
#include "thanrak-xlsx-reader-private.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
check_error (GError *error)
{
  g_assert_nonnull (error);
  g_assert_true (error->domain == THANRAK_IO_ERROR);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
}

static void
check_table (ThanrakTable *table)
{
  for (guint r = 0; r < thanrak_table_get_n_rows (table); r++)
    for (guint c = 0; c < thanrak_table_get_row_length (table, r); c++)
      {
        const ThanrakCell *cell = thanrak_table_get_cell (table, r, c);

        g_assert_cmpuint (cell->row, ==, r + 1);
        g_assert_cmpuint (cell->column, ==, c);
        g_assert_true (g_utf8_validate (cell->text, -1, NULL));
      }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;

  if (size >= 2 && data[0] == 'P' && data[1] == 'K')
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
      g_autoptr(ThanrakXlsxReader) reader = thanrak_xlsx_reader_new_for_bytes (bytes, &error);
      const char * const *names;

      if (reader == NULL)
        {
          check_error (error);
          return 0;
        }

      names = thanrak_xlsx_reader_get_sheet_names (reader);
      g_assert_nonnull (names);
      for (guint i = 0; names[i] != NULL && i < 4; i++)
        {
          g_autoptr(ThanrakTable) table = NULL;

          g_assert_true (g_utf8_validate (names[i], -1, NULL));
          table = thanrak_xlsx_reader_read_sheet (reader, names[i], &error);
          if (table == NULL)
            {
              check_error (error);
              g_clear_error (&error);
              continue;
            }
          check_table (table);
        }
      return 0;
    }

  if (size < 1)
    return 0;

  if (!_thanrak_xlsx_parse_part ((ThanrakXlsxPart) (data[0] % 4), data + 1, size - 1, &error))
    check_error (error);

  return 0;
}
