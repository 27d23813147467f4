/* thanrak-cli-analysis.c: `thanrak-cli` commands of the scoring rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each prints what the rules of src/analysis compute: plain text for a
 * person by default, tab-separated values with --tsv for scripts (one
 * heading row, raw numbers: counts, baht with two decimals only when
 * there are satang).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-assessment.h"
#include "thanrak-checks.h"
#include "thanrak-cli-analysis.h"
#include "thanrak-cli-common.h"
#include "thanrak-kpi.h"
#include "thanrak-thai.h"

/* bahttext ---------------------------------------------------------------- */

/**
 * thanrak_cli_bahttext:
 * @argc: argument count, the command name included
 * @argv: (array length=argc): `bahttext AMOUNT`
 * @error: return location for a #GError
 *
 * `thanrak-cli bahttext AMOUNT`: prints an amount in baht in Thai words,
 * as LibreOffice's BAHTTEXT (thanrak_thai_bahttext(); domain.md §2).
 * AMOUNT may have thousands separators, decimals and Thai digits; it is
 * rounded to whole satang.
 *
 * Returns: %TRUE on success; %FALSE with a %G_OPTION_ERROR or
 *   %THANRAK_THAI_ERROR
 */
gboolean
thanrak_cli_bahttext (int      argc,
                      char   **argv,
                      GError **error)
{
  GOptionEntry entries[] = { { NULL } };
  g_autofree char *words = NULL;
  gint64 satang;

  if (!_thanrak_cli_parse_options (entries, _("AMOUNT"),
                      _("Print an amount in baht in Thai words, as BAHTTEXT writes it."),
                      &argc, &argv, error))
    return FALSE;

  if (argc != 2)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Give one amount in baht, for example: thanrak-cli bahttext 1543800"));
      return FALSE;
    }

  if (!thanrak_thai_parse_baht (argv[1], &satang, error))
    return FALSE;

  words = thanrak_thai_bahttext (satang);
  g_print ("%s\n", words);
  return TRUE;
}

/* rule sets ------------------------------------------------------------- */

/**
 * thanrak_cli_rule_sets:
 * @argc: argument count, the command name included
 * @argv: (array length=argc): `rule-sets [--rules-dir DIR] [--tsv]`
 * @error: return location for a #GError
 *
 * `thanrak-cli rule-sets`: lists the KPI rule sets the program knows
 * (built in, in `~/.local/share/thanrak/kpi/`, and in `--rules-dir`), or
 * only those of a fiscal year (`--year 2564`) and round (`--round 2`):
 * identifier, fiscal year, round, title and where it was read from.
 *
 * Returns: %TRUE on success; %FALSE with a %G_OPTION_ERROR or
 *   %THANRAK_KPI_ERROR
 */
gboolean
thanrak_cli_rule_sets (int      argc,
                       char   **argv,
                       GError **error)
{
  g_autofree char *rules_dir = NULL;
  gboolean tsv = FALSE;
  int year = 0, round = -1;
  GOptionEntry entries[] = {
    { "rules-dir", 0, 0, G_OPTION_ARG_FILENAME, &rules_dir, N_("Also read the rule sets of this folder"), N_("DIR") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("Only the rule sets of this fiscal year (Buddhist Era)"), N_("YEAR") },
    { "round", 0, 0, G_OPTION_ARG_INT, &round, N_("Only the rule sets of this round (0 = whole year)"), N_("N") },
    { "tsv", 0, 0, G_OPTION_ARG_NONE, &tsv, N_("Print tab-separated values"), NULL },
    { NULL }
  };
  g_autoptr(GPtrArray) rule_sets = NULL;

  if (!_thanrak_cli_parse_options (entries, NULL, _("List the KPI rule sets by fiscal year and round."),
                      &argc, &argv, error))
    return FALSE;

  rule_sets = thanrak_kpi_rule_sets_load (rules_dir, error);
  if (rule_sets == NULL)
    return FALSE;
  if (year > 0)
    {
      GPtrArray *found = thanrak_kpi_rule_sets_find (rule_sets, (guint) year, round);
      g_ptr_array_unref (rule_sets);
      rule_sets = found;
    }
  else if (round >= 0)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Give the fiscal year with --year when you give --round"));
      return FALSE;
    }

  if (tsv)
    g_print ("id\tfiscal_year\tround\ttitle\torigin\n");
  for (guint i = 0; i < rule_sets->len; i++)
    {
      ThanrakKpiRuleSet *rs = g_ptr_array_index (rule_sets, i);

      if (tsv)
        g_print ("%s\t%u\t%u\t%s\t%s\n", thanrak_kpi_rule_set_get_id (rs),
                 thanrak_kpi_rule_set_get_fiscal_year (rs), thanrak_kpi_rule_set_get_round (rs),
                 thanrak_kpi_rule_set_get_title (rs), thanrak_kpi_rule_set_get_origin (rs));
      else
        {
          g_autofree char *when = thanrak_kpi_rule_set_get_round (rs) > 0
            ? g_strdup_printf (_("fiscal year %u, round %u"), thanrak_kpi_rule_set_get_fiscal_year (rs),
                               thanrak_kpi_rule_set_get_round (rs))
            : g_strdup_printf (_("fiscal year %u"), thanrak_kpi_rule_set_get_fiscal_year (rs));
          g_print ("%s  (%s)\n    %s\n", thanrak_kpi_rule_set_get_id (rs), when,
                   thanrak_kpi_rule_set_get_title (rs));
        }
    }

  return TRUE;
}

/* targets and levels ---------------------------------------------------- */

static char *
format_value (gint64          value,
              ThanrakKpiUnit  unit,
              gboolean        tsv)
{
  if (unit == THANRAK_KPI_UNIT_BAHT)
    {
      if (!tsv)
        return thanrak_thai_format_baht (value, FALSE);
      if (value % 100 == 0)
        return g_strdup_printf ("%" G_GINT64_FORMAT, value / 100);
      return g_strdup_printf ("%s%" G_GINT64_FORMAT ".%02d", value < 0 ? "-" : "",
                              ABS (value / 100), (int) ABS (value % 100));
    }
  if (!tsv)
    return thanrak_thai_format_integer (value, FALSE);
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static void
print_row (GPtrArray  *cells,
           gboolean    tsv)
{
  g_ptr_array_add (cells, NULL);
  g_autofree char *line = g_strjoinv (tsv ? "\t" : " | ", (char **) cells->pdata);
  g_print ("%s\n", line);
}

static void
print_target_row (ThanrakKpiTargetTable *table,
                  ThanrakKpiTargetRow   *row,
                  const char            *number,
                  gboolean               tsv)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  if (tsv)
    g_ptr_array_add (cells, g_strdup (row->code != NULL ? row->code : ""));
  g_ptr_array_add (cells, g_strdup (number));
  g_ptr_array_add (cells, g_strdup (row->name));
  for (guint k = 0; k < table->columns->len; k++)
    {
      const ThanrakKpiColumn *column = g_ptr_array_index (table->columns, k);
      g_ptr_array_add (cells, row->has_cell[k] ? format_value (row->cells[k], column->unit, tsv)
                                               : g_strdup (tsv ? "" : "-"));
    }
  print_row (cells, tsv);
}

/**
 * thanrak_cli_targets:
 * @argc: argument count, the command name included
 * @argv: (array length=argc): `targets --rule-set ID|--rules FILE --input
 *   FILE.csv [--province NAME] [--tsv]`
 * @error: return location for a #GError
 *
 * `thanrak-cli targets`: prints the per-district target table of a rule
 * set with its total row (thanrak_kpi_rule_set_compute_targets()), and
 * warns on stderr of base figures far out of line with the other
 * districts (thanrak_check_district_figures()). The
 * input is a CSV table in the layout of tests/data/sakaeo-2564-round2.csv:
 * district code, district name, then figures. Money is printed in baht.
 *
 * Returns: %TRUE on success; %FALSE with a %G_OPTION_ERROR, #GFileError or
 *   %THANRAK_KPI_ERROR
 */
gboolean
thanrak_cli_targets (int      argc,
                     char   **argv,
                     GError **error)
{
  g_autofree char *id = NULL;
  g_autofree char *rules_file = NULL;
  g_autofree char *rules_dir = NULL;
  g_autofree char *input = NULL;
  g_autofree char *province = NULL;
  gboolean tsv = FALSE;
  GOptionEntry entries[] = {
    { "rule-set", 0, 0, G_OPTION_ARG_STRING, &id, N_("The rule set, e.g. 2565-marketing-channels"), N_("ID") },
    { "rules", 0, 0, G_OPTION_ARG_FILENAME, &rules_file, N_("Read the rule set from this file"), N_("FILE") },
    { "rules-dir", 0, 0, G_OPTION_ARG_FILENAME, &rules_dir, N_("Also read the rule sets of this folder"), N_("DIR") },
    { "input", 0, 0, G_OPTION_ARG_FILENAME, &input, N_("The district figures, a CSV table"), N_("FILE.csv") },
    { "province", 0, 0, G_OPTION_ARG_STRING, &province, N_("The province name for the total row"), N_("NAME") },
    { "tsv", 0, 0, G_OPTION_ARG_NONE, &tsv, N_("Print tab-separated values"), NULL },
    { NULL }
  };
  g_autoptr(ThanrakKpiRuleSet) rs = NULL;
  g_autoptr(GPtrArray) districts = NULL;
  g_autoptr(ThanrakKpiTargetTable) table = NULL;
  g_autoptr(GPtrArray) head = g_ptr_array_new_with_free_func (g_free);

  if (!_thanrak_cli_parse_options (entries, NULL, _("Print the per-district KPI targets of a rule set."),
                      &argc, &argv, error))
    return FALSE;
  if (input == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Give the district figures with --input FILE.csv"));
      return FALSE;
    }

  if (!(rs = _thanrak_cli_load_rule_set (id, rules_file, rules_dir, error)))
    return FALSE;
  if (!(districts = _thanrak_cli_read_districts (rs, input, error)))
    return FALSE;
  if (!(table = thanrak_kpi_rule_set_compute_targets (rs, districts, province, error)))
    return FALSE;
  _thanrak_cli_warn_outliers (rs, districts);

  if (tsv)
    g_ptr_array_add (head, g_strdup ("code"));
  else
    {
      g_print ("%s\n", thanrak_kpi_rule_set_get_title (rs));
      if (thanrak_kpi_rule_set_get_subtitle (rs) != NULL)
        g_print ("%s\n", thanrak_kpi_rule_set_get_subtitle (rs));
    }
  g_ptr_array_add (head, g_strdup (thanrak_kpi_rule_set_get_number_heading (rs)));
  g_ptr_array_add (head, g_strdup (thanrak_kpi_rule_set_get_district_heading (rs)));
  for (guint k = 0; k < table->columns->len; k++)
    g_ptr_array_add (head, g_strdup (((ThanrakKpiColumn *) g_ptr_array_index (table->columns, k))->heading));
  print_row (head, tsv);

  for (guint r = 0; r < table->rows->len; r++)
    {
      g_autofree char *number = g_strdup_printf ("%u", r + 1);
      print_target_row (table, g_ptr_array_index (table->rows, r), number, tsv);
    }
  print_target_row (table, table->total, "", tsv);

  return TRUE;
}

static void
print_achievement (ThanrakKpiRuleSet     *rs,
                   ThanrakKpiAchievement *a,
                   gboolean               tsv)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  const ThanrakKpiLevel *level = a->level;

  g_ptr_array_add (cells, g_strdup (a->code != NULL ? a->code : ""));
  g_ptr_array_add (cells, g_strdup (a->name));
  g_ptr_array_add (cells, level != NULL ? g_strdup_printf ("%u", level->number) : g_strdup (""));
  g_ptr_array_add (cells, g_strdup (level != NULL ? level->name : ""));
  g_ptr_array_add (cells, level != NULL ? g_strdup_printf ("%d", level->score) : g_strdup (""));
  g_ptr_array_add (cells, g_strdup (level != NULL && level->colour != NULL ? level->colour : ""));
  for (guint i = 0; i < thanrak_kpi_rule_set_get_n_measures (rs); i++)
    {
      const ThanrakKpiMeasure *m = thanrak_kpi_rule_set_get_measure (rs, i);

      if (!m->is_percent && a->measures[i] != THANRAK_KPI_UNDEFINED)
        g_ptr_array_add (cells, g_strdup_printf ("%" G_GINT64_FORMAT, a->measures[i] / 100));
      else
        g_ptr_array_add (cells, thanrak_kpi_format_hundredths (a->measures[i]));
    }
  print_row (cells, tsv);
}

/**
 * thanrak_cli_levels:
 * @argc: argument count, the command name included
 * @argv: (array length=argc): `levels --rule-set ID|--rules FILE --input
 *   FILE.csv [--results FILE.csv] [--province NAME] [--tsv]`
 * @error: return location for a #GError
 *
 * `thanrak-cli levels`: prints the level each district achieved, then the
 * province's when the rule set has one (thanrak_kpi_rule_set_evaluate(),
 * thanrak_kpi_rule_set_has_province_level()): code, district, level,
 * level name, score, colour band and the measures in percent (or counts).
 * Base figures and results may be in one CSV table or in two
 * (--results), matched by district code.
 *
 * Returns: %TRUE on success; %FALSE with a %G_OPTION_ERROR, #GFileError or
 *   %THANRAK_KPI_ERROR
 */
gboolean
thanrak_cli_levels (int      argc,
                    char   **argv,
                    GError **error)
{
  g_autofree char *id = NULL;
  g_autofree char *rules_file = NULL;
  g_autofree char *rules_dir = NULL;
  g_autofree char *input = NULL;
  g_autofree char *results = NULL;
  g_autofree char *province = NULL;
  gboolean tsv = FALSE;
  GOptionEntry entries[] = {
    { "rule-set", 0, 0, G_OPTION_ARG_STRING, &id, N_("The rule set, e.g. 2565-marketing-channels"), N_("ID") },
    { "rules", 0, 0, G_OPTION_ARG_FILENAME, &rules_file, N_("Read the rule set from this file"), N_("FILE") },
    { "rules-dir", 0, 0, G_OPTION_ARG_FILENAME, &rules_dir, N_("Also read the rule sets of this folder"), N_("DIR") },
    { "input", 0, 0, G_OPTION_ARG_FILENAME, &input, N_("The district figures, a CSV table"), N_("FILE.csv") },
    { "results", 0, 0, G_OPTION_ARG_FILENAME, &results, N_("The district results, a CSV table"), N_("FILE.csv") },
    { "province", 0, 0, G_OPTION_ARG_STRING, &province, N_("The province name for the total row"), N_("NAME") },
    { "tsv", 0, 0, G_OPTION_ARG_NONE, &tsv, N_("Print tab-separated values"), NULL },
    { NULL }
  };
  g_autoptr(ThanrakKpiRuleSet) rs = NULL;
  g_autoptr(GPtrArray) districts = NULL;
  g_autoptr(GPtrArray) head = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ThanrakKpiAchievement) total = NULL;

  if (!_thanrak_cli_parse_options (entries, NULL, _("Print the KPI level each district achieved."),
                      &argc, &argv, error))
    return FALSE;
  if (input == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Give the district figures with --input FILE.csv"));
      return FALSE;
    }

  if (!(rs = _thanrak_cli_load_rule_set (id, rules_file, rules_dir, error)))
    return FALSE;
  if (!(districts = _thanrak_cli_read_districts (rs, input, error)))
    return FALSE;
  if (results != NULL)
    {
      g_autoptr(GPtrArray) more = _thanrak_cli_read_districts (rs, results, error);
      if (more == NULL || !thanrak_kpi_merge_districts (districts, more, error))
        return FALSE;
    }

  g_ptr_array_add (head, g_strdup (tsv ? "code" : _("Code")));
  g_ptr_array_add (head, g_strdup (thanrak_kpi_rule_set_get_district_heading (rs)));
  g_ptr_array_add (head, g_strdup (tsv ? "level" : _("Level")));
  g_ptr_array_add (head, g_strdup (tsv ? "name" : _("Result")));
  g_ptr_array_add (head, g_strdup (tsv ? "score" : _("Score")));
  g_ptr_array_add (head, g_strdup (tsv ? "colour" : _("Colour")));
  for (guint i = 0; i < thanrak_kpi_rule_set_get_n_measures (rs); i++)
    g_ptr_array_add (head, g_strdup (thanrak_kpi_rule_set_get_measure (rs, i)->heading));
  if (!tsv)
    g_print ("%s\n", thanrak_kpi_rule_set_get_indicator (rs) != NULL
                     ? thanrak_kpi_rule_set_get_indicator (rs) : thanrak_kpi_rule_set_get_title (rs));
  print_row (head, tsv);

  for (guint r = 0; r < districts->len; r++)
    {
      g_autoptr(ThanrakKpiAchievement) a =
        thanrak_kpi_rule_set_evaluate (rs, g_ptr_array_index (districts, r), error);
      if (a == NULL)
        return FALSE;
      print_achievement (rs, a, tsv);

      /* a share above 100 % is a typing slip (domain.md §6) */
      for (guint i = 0; i < thanrak_kpi_rule_set_get_n_measures (rs); i++)
        {
          const ThanrakKpiMeasure *m = thanrak_kpi_rule_set_get_measure (rs, i);
          g_autofree char *what = NULL;
          g_autoptr(ThanrakFinding) finding = NULL;

          if (!m->is_share || a->measures[i] == THANRAK_KPI_UNDEFINED)
            continue;
          what = g_strdup_printf ("%s (%s)", m->heading, a->name);
          finding = thanrak_check_percent_value (a->measures[i], what);
          if (finding != NULL)
            g_printerr (_("Warning: %s\n"), finding->message);
        }
    }

  if (thanrak_kpi_rule_set_has_province_level (rs))
    {
      total = thanrak_kpi_rule_set_evaluate_total (rs, districts, province, error);
      if (total == NULL)
        return FALSE;
      print_achievement (rs, total, tsv);
    }
  return TRUE;
}

/* assessment ------------------------------------------------------------ */

static gboolean
parse_satisfaction (const char           *text,
                    ThanrakSatisfaction  *out)
{
  static const struct { const char *word; ThanrakSatisfaction value; } words[] = {
    { "none", THANRAK_SATISFACTION_NOT_ASSESSED },
    { "not-assessed", THANRAK_SATISFACTION_NOT_ASSESSED },
    { "low", THANRAK_SATISFACTION_LOW },
    { "medium", THANRAK_SATISFACTION_MEDIUM },
    { "high", THANRAK_SATISFACTION_HIGH },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_ascii_strcasecmp (text, words[i].word) == 0)
      {
        *out = words[i].value;
        return TRUE;
      }
  return FALSE;
}

/**
 * thanrak_cli_assessment:
 * @argc: argument count, the command name included
 * @argv: (array length=argc): `assessment [--items 1.1,1.2,…] [--services N]
 *   [--satisfaction none|low|medium|high] [--management N] [--advisory N]
 *   [--meetings N] [--guidance] [--tsv]`
 * @error: return location for a #GError
 *
 * `thanrak-cli assessment`: prints a center's points per aspect, total and
 * grade (seed 001; thanrak_assessment_propose()). Counts from records
 * propose items 2.1, 2.2, 2.4, 9 and 10; --items lists the items the
 * person holds; --guidance adds the development guidance of each item
 * lacking.
 *
 * Returns: %TRUE on success; %FALSE with a %G_OPTION_ERROR
 */
gboolean
thanrak_cli_assessment (int      argc,
                        char   **argv,
                        GError **error)
{
  g_autofree char *items_text = NULL;
  g_autofree char *satisfaction = NULL;
  int services = -1, management = -1, advisory = -1, meetings = -1;
  gboolean tsv = FALSE, guidance = FALSE;
  GOptionEntry entries[] = {
    { "items", 0, 0, G_OPTION_ARG_STRING, &items_text, N_("The items the center holds, e.g. 1.1,1.2,2.3"), N_("LIST") },
    { "services", 0, 0, G_OPTION_ARG_INT, &services, N_("Services delivered in the fiscal year"), N_("N") },
    { "satisfaction", 0, 0, G_OPTION_ARG_STRING, &satisfaction, N_("Satisfaction survey: none, low, medium or high"), N_("LEVEL") },
    { "management", 0, 0, G_OPTION_ARG_INT, &management, N_("Members of the management committee"), N_("N") },
    { "advisory", 0, 0, G_OPTION_ARG_INT, &advisory, N_("Members of the advisory committee"), N_("N") },
    { "meetings", 0, 0, G_OPTION_ARG_INT, &meetings, N_("Committee meetings in the fiscal year"), N_("N") },
    { "guidance", 0, 0, G_OPTION_ARG_NONE, &guidance, N_("Print the development guidance of the items lacking"), NULL },
    { "tsv", 0, 0, G_OPTION_ARG_NONE, &tsv, N_("Print tab-separated values"), NULL },
    { NULL }
  };
  ThanrakAssessmentRecords records = THANRAK_ASSESSMENT_RECORDS_INIT;
  g_autoptr(ThanrakAssessment) assessment = NULL;
  const ThanrakAssessmentAspect *aspects;
  guint n_aspects;
  ThanrakAssessmentGrade grade;

  if (!_thanrak_cli_parse_options (entries, NULL, _("Print a center's assessment score and grade (50 points)."),
                      &argc, &argv, error))
    return FALSE;

  records.services = services;
  records.management_members = management;
  records.advisory_members = advisory;
  records.meetings = meetings;
  if (satisfaction != NULL && !parse_satisfaction (satisfaction, &records.satisfaction))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--satisfaction takes none, low, medium or high, not “%s”"), satisfaction);
      return FALSE;
    }

  assessment = thanrak_assessment_propose (&records);
  thanrak_assessment_confirm_all (assessment);

  if (items_text != NULL)
    {
      g_auto(GStrv) ids = g_strsplit (items_text, ",", -1);
      for (guint i = 0; ids[i] != NULL; i++)
        {
          g_strstrip (ids[i]);
          if (*ids[i] == '\0')
            continue;
          if (!thanrak_assessment_set (assessment, ids[i], TRUE))
            {
              g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("“%s” is not an item of the assessment: items run from 1.1 to 10.3"), ids[i]);
              return FALSE;
            }
        }
    }

  aspects = thanrak_assessment_get_aspects (&n_aspects);
  grade = thanrak_assessment_get_grade (assessment);

  if (tsv)
    {
      g_print ("aspect\ttitle\tpoints\tmax_points\n");
      for (guint a = 0; a < n_aspects; a++)
        g_print ("%u\t%s\t%d\t%d\n", aspects[a].number, aspects[a].title,
                 thanrak_assessment_get_aspect_points (assessment, aspects[a].number),
                 aspects[a].max_points);
      g_print ("total\t\t%d\t50\n", thanrak_assessment_get_total (assessment));
      g_print ("grade\t%s\t%s\t\n", thanrak_assessment_grade_letter (grade),
               thanrak_assessment_grade_name (grade));
    }
  else
    {
      for (guint a = 0; a < n_aspects; a++)
        g_print ("%2u. %s: %d/%d\n", aspects[a].number, aspects[a].title,
                 thanrak_assessment_get_aspect_points (assessment, aspects[a].number),
                 aspects[a].max_points);
      g_print ("คะแนนที่ได้: %d/50\n", thanrak_assessment_get_total (assessment));
      g_print ("เกณฑ์จัดระดับการประเมินฯ: %s (%s)\n", thanrak_assessment_grade_name (grade),
               thanrak_assessment_grade_letter (grade));
    }

  if (guidance)
    {
      g_autoptr(GPtrArray) lacking = thanrak_assessment_list_lacking (assessment);

      if (!tsv)
        g_print ("\nแนวทางการพัฒนา\n");
      for (guint i = 0; i < lacking->len; i++)
        {
          const ThanrakAssessmentItem *item = g_ptr_array_index (lacking, i);
          g_autofree char *text = NULL;

          if (tsv)
            {
              g_autoptr(GString) flat = g_string_new (item->guidance != NULL ? item->guidance : "");
              g_string_replace (flat, "\n", " ", 0);
              g_print ("lacking\t%s\t%s\t%s\n", item->id, item->text, flat->str);
              continue;
            }
          g_print ("\n%s %s\n", item->number, item->text);
          text = g_strdup (item->guidance != NULL ? item->guidance : "-");
          g_print ("%s\n", text);
        }
    }

  return TRUE;
}
