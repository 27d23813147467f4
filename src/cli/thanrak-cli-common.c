/* thanrak-cli-common.c: what several `thanrak-cli` commands share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-checks.h"
#include "thanrak-cli-common.h"

/**
 * _thanrak_cli_parse_options:
 * @entries: the command's options, %NULL-terminated
 * @parameter: (nullable): what follows the options in `--help`, e.g. `AMOUNT`
 * @summary: one translated sentence saying what the command does
 * @argc: (inout): the command's argument count
 * @argv: (inout): the command's arguments; options are removed
 * @error: return location for a %G_OPTION_ERROR
 *
 * Parses a command's options with its `--help` in the user's language.
 *
 * Returns: %TRUE when the options were understood
 */
gboolean
_thanrak_cli_parse_options (GOptionEntry  *entries,
                            const char    *parameter,
                            const char    *summary,
                            int           *argc,
                            char        ***argv,
                            GError       **error)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter);

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  return g_option_context_parse (context, argc, argv, error);
}

/**
 * _thanrak_cli_load_rule_set:
 * @id: (nullable): a rule set identifier (`--rule-set`), e.g. `2565-marketing-channels`
 * @rules_file: (nullable): a rule set file (`--rules`)
 * @rules_dir: (nullable): a folder of further rule sets (`--rules-dir`)
 * @error: return location for a %G_OPTION_ERROR or %THANRAK_KPI_ERROR
 *
 * The rule set a command works on: exactly one of @id and @rules_file
 * must be given. @id is looked up among the built-in rule sets, those of
 * `~/.local/share/thanrak/kpi/` and those of @rules_dir.
 *
 * Returns: (transfer full) (nullable): the rule set
 */
ThanrakKpiRuleSet *
_thanrak_cli_load_rule_set (const char  *id,
                            const char  *rules_file,
                            const char  *rules_dir,
                            GError     **error)
{
  g_autoptr(GPtrArray) rule_sets = NULL;
  ThanrakKpiRuleSet *rs;

  if ((id == NULL) == (rules_file == NULL))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Give either --rule-set ID or --rules FILE (see “thanrak-cli rule-sets”)"));
      return NULL;
    }

  if (rules_file != NULL)
    return thanrak_kpi_rule_set_new_from_file (rules_file, error);

  if (!(rule_sets = thanrak_kpi_rule_sets_load (rules_dir, error)))
    return NULL;
  rs = thanrak_kpi_rule_sets_lookup (rule_sets, id);
  if (rs == NULL)
    {
      g_set_error (error, THANRAK_KPI_ERROR, THANRAK_KPI_ERROR_NOT_FOUND,
                   _("No rule set is called “%s”: run “thanrak-cli rule-sets” for the list"), id);
      return NULL;
    }
  return thanrak_kpi_rule_set_ref (rs);
}

/**
 * _thanrak_cli_read_districts:
 * @rule_set: the rule set whose columns the file holds
 * @path: a CSV file of district figures (the layout of
 *   tests/data/sakaeo-2564-round2.csv: district code, name, figures)
 * @error: return location for a #GFileError or %THANRAK_KPI_ERROR
 *
 * Returns: (transfer full) (element-type ThanrakKpiDistrict) (nullable):
 *   the districts of the file
 */
GPtrArray *
_thanrak_cli_read_districts (ThanrakKpiRuleSet  *rule_set,
                             const char         *path,
                             GError            **error)
{
  g_autofree char *text = NULL;
  gsize length;

  if (!g_file_get_contents (path, &text, &length, error))
    return NULL;
  return thanrak_kpi_rule_set_read_csv (rule_set, text, (gssize) length, error);
}

/**
 * _thanrak_cli_print_findings:
 * @findings: (element-type ThanrakFinding): warnings of the checks
 *
 * Prints each finding on stderr as a warning: the command's output is
 * still written.
 */
void
_thanrak_cli_print_findings (GPtrArray *findings)
{
  for (guint i = 0; i < findings->len; i++)
    g_printerr (_("Warning: %s\n"), ((ThanrakFinding *) g_ptr_array_index (findings, i))->message);
}

/**
 * _thanrak_cli_warn_outliers:
 * @rule_set: the rule set of @districts
 * @districts: (element-type ThanrakKpiDistrict): the districts' figures
 *
 * Warns on stderr of base figures far out of line with the other
 * districts (thanrak_check_district_figures(); domain.md §6: the seed 004
 * base of วังสมบูรณ์), before anything is sent upward.
 */
void
_thanrak_cli_warn_outliers (ThanrakKpiRuleSet *rule_set,
                            GPtrArray         *districts)
{
  for (guint c = 0; c < thanrak_kpi_rule_set_get_n_columns (rule_set); c++)
    {
      const ThanrakKpiColumn *column = thanrak_kpi_rule_set_get_column (rule_set, c);
      g_autofree ThanrakDistrictFigure *figures = NULL;
      g_autoptr(GPtrArray) findings = NULL;
      guint n = 0;

      if (column->role != THANRAK_KPI_COLUMN_BASE || column->unit == THANRAK_KPI_UNIT_FLAG)
        continue;
      figures = g_new0 (ThanrakDistrictFigure, MAX (districts->len, 1));
      for (guint r = 0; r < districts->len; r++)
        {
          ThanrakKpiDistrict *d = g_ptr_array_index (districts, r);
          if (thanrak_kpi_district_get (d, column->id, &figures[n].value))
            {
              figures[n].name = d->name;
              figures[n].last_year = -1;
              n++;
            }
        }
      findings = thanrak_check_district_figures (figures, n, column->heading,
                                                 column->unit == THANRAK_KPI_UNIT_BAHT, 0, 0);
      _thanrak_cli_print_findings (findings);
    }
}
