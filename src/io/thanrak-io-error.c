/* thanrak-io-error.c: errors and cell positions of the spreadsheet readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-io-error.h"

/**
 * thanrak_io_error_quark:
 *
 * Returns: the #GQuark of %THANRAK_IO_ERROR
 */
G_DEFINE_QUARK (thanrak-io-error-quark, thanrak_io_error)

/**
 * thanrak_io_column_name:
 * @column: a column index, counted from 0
 *
 * Names a column as a spreadsheet program shows it: 0 is `A`, 25 is `Z`,
 * 26 is `AA`, 16383 is `XFD`.
 *
 * Returns: (transfer full): the column letters
 */
char *
thanrak_io_column_name (guint column)
{
  char buf[16];
  gsize i = sizeof buf - 1;
  guint64 n = (guint64) column + 1;

  buf[i] = '\0';
  while (n > 0 && i > 0)
    {
      n -= 1;
      buf[--i] = (char) ('A' + (n % 26));
      n /= 26;
    }

  return g_strdup (buf + i);
}

/**
 * thanrak_io_describe_cell:
 * @row: a row number as a spreadsheet program shows it, counted from 1
 * @column: a column index, counted from 0
 *
 * Describes a cell position for messages, e.g. “row 12, column C”, in
 * the user's language.
 *
 * Returns: (transfer full): the translated description
 */
char *
thanrak_io_describe_cell (guint row,
                          guint column)
{
  g_autofree char *letters = thanrak_io_column_name (column);

  /* Translators: a cell of a spreadsheet, e.g. “row 12, column C” */
  return g_strdup_printf (_("row %u, column %s"), row, letters);
}
