/* thanrak-cli-import.c: `thanrak-cli import`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "thanrak-cli-import.h"
#include "thanrak-import.h"
#include "thanrak-store.h"

/* The kinds and their accepted headings, for --help. */
static char *
describe_kinds (void)
{
  GString *out = g_string_new (_("Kinds and the column headings each accepts (any order; Thai or English; case, spacing and notes in parentheses do not matter):"));

  g_string_append_c (out, '\n');
  for (guint k = 0; k < THANRAK_IMPORT_N_KINDS; k++)
    {
      g_autofree char *headings = thanrak_import_describe_headings ((ThanrakImportKind) k);

      g_string_append_printf (out, "\n  %s — %s\n%s", thanrak_import_kind_to_string ((ThanrakImportKind) k),
                              thanrak_import_kind_get_title ((ThanrakImportKind) k), headings);
    }
  g_string_append_c (out, '\n');
  g_string_append (out, _("With a rejected row nothing is written, unless --valid-only is given. Blank cells, #REF!, #N/A and text in number columns are errors, never zeros."));
  return g_string_free (out, FALSE);
}

static char *
to_utf8 (char *arg)
{
  if (arg == NULL || g_utf8_validate (arg, -1, NULL))
    return arg;
  {
    char *converted = g_locale_to_utf8 (arg, -1, NULL, NULL, NULL);

    g_free (arg);
    return converted;
  }
}

/**
 * thanrak_cli_import:
 * @argc: number of arguments, the command name included
 * @argv: (array length=argc): `import`, KIND, FILE and the options
 * @error: return location for a #GError
 *
 * `thanrak-cli import KIND FILE [--fiscal-year BE] [--province NAME]
 * [--sheet NAME] [--on-duplicate update|skip] [--valid-only] [--dry-run]
 * [--database FILE]`: imports a CSV or xlsx file with
 * thanrak_import_file() and prints one line per row (imported, corrected,
 * duplicate, rejected with the reason), then the totals and whether
 * anything was written. `--help` lists the kinds and their headings.
 *
 * Errors: %G_OPTION_ERROR for wrong arguments; the %THANRAK_IO_ERROR and
 * %THANRAK_STORE_ERROR errors of thanrak_import_file(). Rejected rows are
 * not an error: they are in the report (and nothing is written).
 *
 * Returns: %TRUE when the file was read and checked
 */
gboolean
thanrak_cli_import (int      argc,
                    char   **argv,
                    GError **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(ThanrakStore) store = NULL;
  g_autoptr(ThanrakImportReport) report = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *database = NULL;
  g_autofree char *province = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *on_duplicate = NULL;
  g_autofree char *description = describe_kinds ();
  g_auto(GStrv) args = NULL;
  ThanrakImportOptions options = { 0 };
  ThanrakImportKind kind;
  int fiscal_year = 0;
  gboolean valid_only = FALSE, dry_run = FALSE;
  GOptionEntry entries[] = {
    { "fiscal-year", 'y', 0, G_OPTION_ARG_INT, &fiscal_year,
      N_("Fiscal year (BE) of district figures, when the file does not say"), N_("BE") },
    { "province", 'p', 0, G_OPTION_ARG_FILENAME, &province,
      N_("Province whose district names the file uses (Thai name or code)"), N_("NAME") },
    { "sheet", 's', 0, G_OPTION_ARG_FILENAME, &sheet,
      N_("Sheet of a workbook to read (default: the first)"), N_("NAME") },
    { "on-duplicate", 0, 0, G_OPTION_ARG_STRING, &on_duplicate,
      N_("What to do with rows already stored: update (default) or skip"), "update|skip" },
    { "valid-only", 0, 0, G_OPTION_ARG_NONE, &valid_only,
      N_("Write the valid rows even when some are rejected"), NULL },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Check and report only; write nothing"), NULL },
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("The database file (default: thanrak/thanrak.db in the user data folder)"), N_("FILE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  context = g_option_context_new (_("KIND FILE — import the rows of a CSV or xlsx file"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context, description);

  if (!g_option_context_parse (context, &argc, &argv, error))
    return FALSE;

  if (args == NULL || args[0] == NULL || args[1] == NULL || args[2] != NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("Give a kind and one file, e.g. “thanrak-cli import operators operators.xlsx”; see “thanrak-cli import --help” for the kinds."));
      return FALSE;
    }
  if (!thanrak_import_kind_from_string (args[0], &kind))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not a kind of record to import: use one of those listed by “thanrak-cli import --help”."),
                   args[0]);
      return FALSE;
    }
  if (on_duplicate != NULL && !g_str_equal (on_duplicate, "update") && !g_str_equal (on_duplicate, "skip"))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--on-duplicate takes “update” or “skip”, not “%s”."), on_duplicate);
      return FALSE;
    }
  if (fiscal_year != 0 && (fiscal_year < 2500 || fiscal_year > 2700))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--fiscal-year takes a Buddhist Era year such as 2564, not %d."), fiscal_year);
      return FALSE;
    }

  province = to_utf8 (g_steal_pointer (&province));
  sheet = to_utf8 (g_steal_pointer (&sheet));
  options.fiscal_year = fiscal_year;
  options.province = province;
  options.sheet = sheet;
  options.on_duplicate = on_duplicate != NULL && g_str_equal (on_duplicate, "skip")
                         ? THANRAK_IMPORT_DUPLICATE_SKIP : THANRAK_IMPORT_DUPLICATE_UPDATE;
  options.valid_only = valid_only;
  options.dry_run = dry_run;

  store = thanrak_store_new (database, error);
  if (store == NULL)
    return FALSE;

  file = g_file_new_for_commandline_arg (args[1]);
  report = thanrak_import_file (store, kind, file, &options, NULL, NULL, NULL, error);
  if (report == NULL)
    return FALSE;

  for (guint i = 0; i < report->notes->len; i++)
    g_print ("%s\n", (const char *) report->notes->pdata[i]);
  for (guint i = 0; i < report->rows->len; i++)
    {
      const ThanrakImportRow *row = &g_array_index (report->rows, ThanrakImportRow, i);

      if (row->message != NULL)
        g_print (_("row %u: %s: %s\n"), row->row, thanrak_import_outcome_to_string (row->outcome), row->message);
      else
        g_print (_("row %u: %s\n"), row->row, thanrak_import_outcome_to_string (row->outcome));
    }
  g_print (_("Rows: %u imported (%u of them corrected), %u updated, %u skipped, %u rejected.\n"),
           report->n_imported, report->n_corrected, report->n_updated, report->n_skipped, report->n_rejected);
  if (report->written)
    g_print ("%s\n", _("Written to the database."));
  else if (dry_run)
    g_print ("%s\n", _("Dry run: nothing was written."));
  else
    g_print ("%s\n", _("Nothing was written: fix the rejected rows and import again, or use --valid-only to write the valid rows."));

  return TRUE;
}
