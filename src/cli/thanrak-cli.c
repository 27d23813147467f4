/* thanrak-cli.c: command table and dispatch of `thanrak-cli`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "thanrak-cli.h"
#include "thanrak-cli-analysis.h"
#include "thanrak-cli-export.h"
#include "thanrak-cli-io.h"
#include "thanrak-cli-import.h"
#include "thanrak-cli-office.h"
#include "thanrak-cli-store.h"

/* Each command lives in the file of its area (thanrak-cli-<area>.c) and is
 * listed here, in the order `--help` shows them. */
static const ThanrakCliCommand commands[] = {
  { "init", N_("Create the database with the reference places"), thanrak_cli_store_init },
  { "check", N_("Check the database for damage and broken references"), thanrak_cli_store_check },
  { "backup", N_("Copy the database into a backup file"), thanrak_cli_store_backup },
  { "restore", N_("Replace the database with a checked backup"), thanrak_cli_store_restore },
  { "assessment", N_("Print a center's assessment score and grade"), thanrak_cli_assessment },
  { "bahttext", N_("Print an amount in baht in Thai words"), thanrak_cli_bahttext },
  { "export", N_("Write an official form as an xlsx file"), thanrak_cli_export },
  { "levels", N_("Print the KPI level each district achieved"), thanrak_cli_levels },
  { "rule-sets", N_("List the KPI rule sets by fiscal year and round"), thanrak_cli_rule_sets },
  { "targets", N_("Print the per-district KPI targets of a rule set"), thanrak_cli_targets },
  { "read-table", N_("Show the cells of a CSV or xlsx file as Thanrak reads them"), thanrak_cli_read_table },
  { "import", N_("Import the rows of a CSV or xlsx file, checked row by row"), thanrak_cli_import },
  { "office", N_("Set or show the office this database belongs to"), thanrak_cli_office },
  { "sample", N_("Fill a new database with the sample data"), thanrak_cli_sample },
  { NULL, NULL, NULL },
};

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n", _("Usage: thanrak-cli [--version] COMMAND [ARGUMENT…]"));
  fprintf (out, "%s\n\n", _("Thanrak (ฐานราก) without a display: records, scores and official forms of grassroots economy centers and OTOP."));
  fprintf (out, "%s\n", _("Commands:"));
  for (gsize i = 0; commands[i].name != NULL; i++)
    fprintf (out, "  %-12s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Run “thanrak-cli COMMAND --help” for the options of a command."));
}

/**
 * thanrak_cli_run:
 * @argc: the program's argument count
 * @argv: (array length=argc): the program's arguments
 *
 * Runs `thanrak-cli`: `--help`, `--version`, or one command of the table
 * with its own arguments. Errors are printed to stderr in the user's
 * language.
 *
 * Returns: the process exit status: 0 on success, 1 when the command
 *   failed, 2 when the arguments were wrong
 */
int
thanrak_cli_run (int    argc,
                 char **argv)
{
  g_autoptr(GError) error = NULL;
  const char *name;

  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      print_usage (argc < 2 ? stderr : stdout);
      return argc < 2 ? 2 : 0;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("thanrak-cli %s\n", PACKAGE_VERSION);
      return 0;
    }

  /* `thanrak-cli --database FILE COMMAND ...` is
   * `thanrak-cli COMMAND --database FILE ...` */
  if ((g_str_equal (argv[1], "--database") && argc >= 4) ||
      (g_str_has_prefix (argv[1], "--database=") && argc >= 3))
    {
      int n_option = g_str_equal (argv[1], "--database") ? 2 : 1;
      g_autofree char **moved = g_new0 (char *, argc + 1);
      int n = 0;

      moved[n++] = argv[0];
      moved[n++] = argv[1 + n_option];
      for (int i = 1; i <= n_option; i++)
        moved[n++] = argv[i];
      for (int i = 2 + n_option; i < argc; i++)
        moved[n++] = argv[i];
      return thanrak_cli_run (argc, moved);
    }

  name = argv[1];
  for (gsize i = 0; commands[i].name != NULL; i++)
    {
      if (!g_str_equal (commands[i].name, name))
        continue;

      if (!commands[i].run (argc - 1, argv + 1, &error))
        {
          g_printerr ("thanrak-cli %s: %s\n", name, error->message);
          return g_error_matches (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE) ||
                 g_error_matches (error, G_OPTION_ERROR, G_OPTION_ERROR_UNKNOWN_OPTION) ||
                 g_error_matches (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED) ? 2 : 1;
        }
      return 0;
    }

  g_printerr (_("thanrak-cli: unknown command “%s”.\n"), name);
  print_usage (stderr);
  return 2;
}
