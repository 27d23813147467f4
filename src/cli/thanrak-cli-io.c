/* thanrak-cli-io.c: `thanrak-cli read-table`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "thanrak-cli-io.h"
#include "thanrak-io-error.h"
#include "thanrak-table-reader.h"
#include "thanrak-xlsx-reader.h"

/* Cell text on one line: backslash, tab, CR and LF escaped. */
static void
append_escaped (GString    *out,
                const char *text)
{
  for (const char *p = text; *p; p++)
    {
      switch (*p)
        {
        case '\\': g_string_append (out, "\\\\"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        default: g_string_append_c (out, *p);
        }
    }
}

/**
 * thanrak_cli_read_table:
 * @argc: number of arguments, the command name included
 * @argv: (array length=argc): `read-table`, then FILE and the options
 *   `--sheet NAME` and `--tsv`
 * @error: return location for a #GError
 *
 * `thanrak-cli read-table FILE [--sheet NAME] [--tsv]`: prints what the
 * CSV/xlsx reader sees in FILE. By default: the format, the detected
 * encoding, the sheet read (and, for a workbook, all its sheets) and its
 * size, then one line per non-empty cell:
 * its position (e.g. `C12`), its kind (`text`, `number`, `boolean`,
 * `error`) and its text. With `--tsv`, only the rows as tab-separated
 * values. Tabs, line breaks and backslashes in cells are printed as `\t`,
 * `\n`, `\r` and `\\`.
 *
 * Errors: %G_OPTION_ERROR for wrong arguments; the %THANRAK_IO_ERROR
 * errors of thanrak_table_read_file().
 *
 * Returns: %TRUE on success
 */
gboolean
thanrak_cli_read_table (int      argc,
                        char   **argv,
                        GError **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(ThanrakTable) table = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *sheet = NULL;
  g_auto(GStrv) files = NULL;
  gboolean tsv = FALSE;
  guint n_rows;
  GOptionEntry entries[] = {
    /* Taken as bytes, not converted from the locale's encoding: sheet
     * names are UTF-8, as command lines are on GNU/Linux. */
    { "sheet", 's', 0, G_OPTION_ARG_FILENAME, &sheet,
      N_("Sheet of a workbook to read (default: the first)"), N_("NAME") },
    { "tsv", 0, 0, G_OPTION_ARG_NONE, &tsv,
      N_("Print only the rows, as tab-separated values"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE") },
    { NULL }
  };

  context = g_option_context_new (_("FILE — show the cells of a CSV or xlsx file as Thanrak reads them"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("CSV files may be UTF-8 (with or without BOM) or Windows-874 (Thai Excel's plain CSV); the encoding found is shown. Positions are shown as in a spreadsheet program: column letter and row number."));

  if (!g_option_context_parse (context, &argc, &argv, error))
    return FALSE;

  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("Give exactly one file to read, e.g. “thanrak-cli read-table operators.xlsx”."));
      return FALSE;
    }

  if (sheet != NULL && !g_utf8_validate (sheet, -1, NULL))
    {
      char *converted = g_locale_to_utf8 (sheet, -1, NULL, NULL, NULL);

      if (converted == NULL)
        {
          g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                               _("The sheet name is not valid text: type it again."));
          return FALSE;
        }
      g_free (sheet);
      sheet = converted;
    }

  file = g_file_new_for_commandline_arg (files[0]);
  table = thanrak_table_read_file (file, sheet, NULL, error);
  if (table == NULL)
    return FALSE;

  n_rows = thanrak_table_get_n_rows (table);

  if (!tsv)
    {
      g_string_append_printf (out, "%s %s\n", _("Format:"),
                              thanrak_table_get_format (table) == THANRAK_TABLE_FORMAT_XLSX ? "xlsx" : "CSV");
      g_string_append_printf (out, "%s %s\n", _("Encoding:"),
                              thanrak_text_encoding_to_string (thanrak_table_get_encoding (table)));
      g_string_append_printf (out, "%s %s\n", _("Sheet:"), thanrak_table_get_sheet_name (table));
      if (thanrak_table_get_format (table) == THANRAK_TABLE_FORMAT_XLSX)
        {
          g_autoptr(ThanrakXlsxReader) reader = thanrak_xlsx_reader_new_for_file (file, NULL, NULL);

          if (reader != NULL)
            {
              g_autofree char *names = g_strjoinv ("”, “", (char **) thanrak_xlsx_reader_get_sheet_names (reader));

              g_string_append_printf (out, "%s “%s”\n", _("Sheets:"), names);
            }
        }
      g_string_append_printf (out, _("Rows: %u, columns: %u"), n_rows,
                              thanrak_table_get_n_columns (table));
      g_string_append_c (out, '\n');
    }

  for (guint r = 0; r < n_rows; r++)
    {
      guint len = thanrak_table_get_row_length (table, r);

      for (guint c = 0; c < len; c++)
        {
          const ThanrakCell *cell = thanrak_table_get_cell (table, r, c);

          if (tsv)
            {
              if (c > 0)
                g_string_append_c (out, '\t');
              append_escaped (out, cell->text);
              continue;
            }

          if (cell->kind == THANRAK_CELL_EMPTY)
            continue;

          {
            g_autofree char *letters = thanrak_io_column_name (c);

            g_string_append_printf (out, "%s%u\t%s\t", letters, r + 1,
                                    thanrak_cell_kind_to_string (cell->kind));
            append_escaped (out, cell->text);
            g_string_append_c (out, '\n');
          }
        }
      if (tsv)
        g_string_append_c (out, '\n');
    }

  g_print ("%s", out->str);
  return TRUE;
}
