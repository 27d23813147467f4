/* thanrak-cli-export.c: `thanrak-cli export`, the official xlsx forms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "thanrak-checks.h"
#include "thanrak-cli-common.h"
#include "thanrak-cli-export.h"
#include "thanrak-form-assessment.h"
#include "thanrak-form-assessment-summary.h"
#include "thanrak-form-online-report.h"
#include "thanrak-form-operations-report.h"
#include "thanrak-form-project-proposal.h"
#include "thanrak-model.h"
#include "thanrak-store.h"
#include "thanrak-form-results.h"
#include "thanrak-form-targets.h"
#include "thanrak-report-assessments.h"
#include "thanrak-report-file.h"
#include "thanrak-thai.h"

typedef enum {
  FORM_ONLINE_TARGETS = 1 << 0,
  FORM_REVENUE_TARGETS = 1 << 1,
  FORM_CHANNEL_TARGETS = 1 << 2,
  FORM_CHANNEL_RESULTS = 1 << 3,
  FORM_ASSESSMENT = 1 << 4,
  FORM_ASSESSMENT_SUMMARY = 1 << 5,
  FORM_ONLINE_REPORT = 1 << 6,
  FORM_OPERATIONS_REPORT = 1 << 7,
  FORM_PROJECT_PROPOSAL = 1 << 8,
} Form;

#define KPI_FORMS (FORM_ONLINE_TARGETS | FORM_REVENUE_TARGETS | FORM_CHANNEL_TARGETS | FORM_CHANNEL_RESULTS)
#define STORE_FORMS (FORM_ONLINE_REPORT | FORM_OPERATIONS_REPORT | FORM_PROJECT_PROPOSAL)
#define ALL_FORMS (KPI_FORMS | FORM_ASSESSMENT | FORM_ASSESSMENT_SUMMARY | STORE_FORMS)

static const struct {
  const char *name;
  Form        form;
  const char *rule_set;   /* the default rule set of a KPI form */
} forms[] = {
  { "online-targets", FORM_ONLINE_TARGETS, "2564-2-online-products" },
  { "revenue-targets", FORM_REVENUE_TARGETS, "2564-2-revenue-growth" },
  { "channel-targets", FORM_CHANNEL_TARGETS, "2565-marketing-channels" },
  { "channel-results", FORM_CHANNEL_RESULTS, "2565-marketing-channels" },
  { "assessment", FORM_ASSESSMENT, NULL },
  { "assessment-summary", FORM_ASSESSMENT_SUMMARY, NULL },
  { "online-report", FORM_ONLINE_REPORT, NULL },
  { "operations-report", FORM_OPERATIONS_REPORT, NULL },
  { "project-proposal", FORM_PROJECT_PROPOSAL, NULL },
};

typedef struct
{
  char     *output;
  char     *rule_set;
  char     *rules;
  char     *input;
  char     *results;
  char     *province;
  char     *office;
  char     *date;
  char     *center;
  char     *subdistrict;
  char     *district;
  int       fiscal_year;
  char     *items;
  int       services;
  char     *satisfaction;
  int       management;
  int       advisory;
  int       meetings;
  gboolean  thai_digits;
  char     *database;
  gint64    proposal;
  int       round;
} Options;

static void
options_clear (Options *o)
{
  g_free (o->output);
  g_free (o->rule_set);
  g_free (o->rules);
  g_free (o->input);
  g_free (o->results);
  g_free (o->province);
  g_free (o->office);
  g_free (o->date);
  g_free (o->center);
  g_free (o->subdistrict);
  g_free (o->district);
  g_free (o->database);
  g_free (o->items);
  g_free (o->satisfaction);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

/* An option given to a form that does not use it is an error, so a
 * misspelt intention is not silently dropped. */
static gboolean
check_used (const char  *form_name,
            Form         form,
            const char  *option,
            gboolean     given,
            Form         used_by,
            GError     **error)
{
  if (!given || (form & used_by) != 0)
    return TRUE;
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("The form “%s” does not use --%s: leave it out (see “thanrak-cli export --help”)"),
               form_name, option);
  return FALSE;
}

static gboolean
parse_date (const char  *text,
            GDate       *date,
            GError     **error)
{
  unsigned year, month, day;
  char end;

  /* YYYY-MM-DD, CE or BE (a year above 2400 is Buddhist Era) */
  if (sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) == 3)
    {
      if (year > 2400)
        year -= THANRAK_BE_OFFSET;
      if (g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
        {
          g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
          return TRUE;
        }
    }
  else if (thanrak_thai_parse_date (text, date, NULL))
    return TRUE;

  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("--date “%s” is not a date: write it as 2565-10-01 or 1 ต.ค. 2565"), text);
  return FALSE;
}

static ThanrakReportSheet *
kpi_sheet (Form                      form,
           const Options            *o,
           const char               *fallback,
           const ThanrakFormOptions *fo,
           GError                  **error)
{
  g_autoptr(ThanrakKpiRuleSet) rs = NULL;
  g_autoptr(GPtrArray) districts = NULL;
  g_autoptr(ThanrakKpiTargetTable) table = NULL;

  if (o->input == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Give the district figures with --input FILE.csv"));
      return NULL;
    }
  if (!(rs = _thanrak_cli_load_rule_set (o->rules == NULL && o->rule_set == NULL ? fallback : o->rule_set,
                                         o->rules, NULL, error)) ||
      !(districts = _thanrak_cli_read_districts (rs, o->input, error)))
    return NULL;
  /* Figures far out of line are warned about before the form goes upward. */
  _thanrak_cli_warn_outliers (rs, districts);

  if (form == FORM_CHANNEL_RESULTS)
    {
      if (o->results != NULL)
        {
          g_autoptr(GPtrArray) more = _thanrak_cli_read_districts (rs, o->results, error);
          if (more == NULL || !thanrak_kpi_merge_districts (districts, more, error))
            return NULL;
        }
      return thanrak_form_results_new (rs, districts, o->province, fo, error);
    }

  if (!(table = thanrak_kpi_rule_set_compute_targets (rs, districts, o->province, error)))
    return NULL;
  return thanrak_form_targets_new (table, fo);
}

/* The answers of one center, as the `assessment` command takes them. */
static ThanrakAssessment *
make_assessment (const Options  *o,
                 GError        **error)
{
  static const struct { const char *word; ThanrakSatisfaction value; } words[] = {
    { "none", THANRAK_SATISFACTION_NOT_ASSESSED },
    { "not-assessed", THANRAK_SATISFACTION_NOT_ASSESSED },
    { "low", THANRAK_SATISFACTION_LOW },
    { "medium", THANRAK_SATISFACTION_MEDIUM },
    { "high", THANRAK_SATISFACTION_HIGH },
  };
  ThanrakAssessmentRecords records = THANRAK_ASSESSMENT_RECORDS_INIT;
  g_autoptr(ThanrakAssessment) assessment = NULL;
  g_auto(GStrv) ids = NULL;

  records.services = o->services;
  records.management_members = o->management;
  records.advisory_members = o->advisory;
  records.meetings = o->meetings;
  if (o->satisfaction != NULL)
    {
      gsize i;

      for (i = 0; i < G_N_ELEMENTS (words); i++)
        if (g_ascii_strcasecmp (o->satisfaction, words[i].word) == 0)
          break;
      if (i == G_N_ELEMENTS (words))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("--satisfaction takes none, low, medium or high, not “%s”"), o->satisfaction);
          return NULL;
        }
      records.satisfaction = words[i].value;
    }

  assessment = thanrak_assessment_propose (&records);
  thanrak_assessment_confirm_all (assessment);
  if (o->items == NULL)
    return g_steal_pointer (&assessment);

  ids = g_strsplit_set (o->items, ", ", -1);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (*ids[i] == '\0')
        continue;
      if (!thanrak_assessment_set (assessment, ids[i], TRUE))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("“%s” is not an item of the assessment: items run from 1.1 to 10.3"), ids[i]);
          return NULL;
        }
    }
  return g_steal_pointer (&assessment);
}

/* Splits one CSV line (RFC 4180 quotes, no line breaks inside fields). */
static GPtrArray *
csv_fields (const char *line)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = line; *p != '\0'; p++)
    {
      if (quoted)
        {
          if (*p == '"' && p[1] == '"')
            g_string_append_c (field, *p++);
          else if (*p == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, *p);
        }
      else if (*p == '"')
        quoted = TRUE;
      else if (*p == ',')
        {
          g_ptr_array_add (fields, g_strdup (g_strstrip (field->str)));
          g_string_truncate (field, 0);
        }
      else if (*p != '\r')
        g_string_append_c (field, *p);
    }
  g_ptr_array_add (fields, g_strdup (g_strstrip (field->str)));
  g_string_free (field, TRUE);
  return fields;
}

typedef struct
{
  char              *district;
  ThanrakAssessment *assessment;
} SummaryRow;

static void
summary_row_clear (gpointer data)
{
  SummaryRow *row = data;

  g_free (row->district);
  g_clear_pointer (&row->assessment, thanrak_assessment_free);
}

/* The layout of --input for assessment-summary: a heading row, then one
 * row per center: the district, then the items it holds separated by
 * spaces (`เมืองสระแก้ว,1.1 1.2 2.1 9.3 10.3`). */
static GArray *
read_summary (const char  *path,
              GError     **error)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (SummaryRow));

  g_array_set_clear_func (rows, summary_row_clear);
  if (!g_file_get_contents (path, &text, NULL, error))
    return NULL;
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("The table is not UTF-8 text: save it as “CSV UTF-8”"));
      return NULL;
    }

  lines = g_strsplit (g_str_has_prefix (text, "\xEF\xBB\xBF") ? text + 3 : text, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) fields = NULL;
      g_auto(GStrv) ids = NULL;
      SummaryRow row = { NULL, NULL };

      if (*g_strstrip (lines[i]) == '\0')
        continue;
      fields = csv_fields (lines[i]);
      row.district = g_strdup (g_ptr_array_index (fields, 0));
      row.assessment = thanrak_assessment_new ();
      g_array_append_val (rows, row);
      if (fields->len < 2)
        continue;
      ids = g_strsplit_set (g_ptr_array_index (fields, 1), " ;", -1);
      for (guint k = 0; ids[k] != NULL; k++)
        if (*ids[k] != '\0' && !thanrak_assessment_set (row.assessment, ids[k], TRUE))
          {
            g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                         _("Line %u of %s: “%s” is not an item of the assessment: items run from 1.1 to 10.3"),
                         i + 1, path, ids[k]);
            return NULL;
          }
    }
  return g_steal_pointer (&rows);
}

static void
print_finding (gpointer data,
               gpointer user_data)
{
  g_printerr (_("Warning: %s\n"), ((ThanrakFinding *) data)->message);
}

/* The province code of a province name (or of a 2-digit code). */
static char *
find_province (ThanrakStore  *store,
               const char    *name,
               GError       **error)
{
  g_autoptr(GPtrArray) provinces = thanrak_store_list_places (store, NULL, error);

  if (provinces == NULL)
    return NULL;
  for (guint i = 0; i < provinces->len; i++)
    {
      ThanrakPlace *place = g_ptr_array_index (provinces, i);

      if (g_strcmp0 (place->name_th, name) == 0 || g_strcmp0 (place->code, name) == 0 ||
          (place->name_en != NULL && g_ascii_strcasecmp (place->name_en, name) == 0))
        return g_strdup (place->code);
    }
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("There is no province “%s”: give its Thai name, e.g. --province สระแก้ว"), name);
  return NULL;
}

static ThanrakStore *
open_store (const Options  *o,
            GError        **error)
{
  g_autofree char *path = o->database != NULL ? g_strdup (o->database) : thanrak_store_get_default_path ();

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                   _("There is no database “%s”: give one with --database FILE"), path);
      return NULL;
    }
  return thanrak_store_new (path, error);
}

/* A record id: digits only. */
static gboolean
is_record_id (const char *text,
              gint64     *id)
{
  if (text == NULL || *text == '\0' || strspn (text, "0123456789") != strlen (text))
    return FALSE;
  *id = g_ascii_strtoll (text, NULL, 10);
  return *id > 0;
}

/* Forms 1 and 2 from the assessments saved in the store
 * (src/report/thanrak-report-assessments.c, as the app reads them). */
static ThanrakReportSheet *
assessment_from_store (Form                      form,
                       const Options            *o,
                       const ThanrakFormOptions *fo,
                       GError                  **error)
{
  g_autoptr(ThanrakStore) store = NULL;
  gint64 id = 0;

  if (o->fiscal_year == 0)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Give the fiscal year assessed with --fiscal-year YEAR"));
      return NULL;
    }
  if (form == FORM_ASSESSMENT_SUMMARY && o->province == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Give the province with --province NAME, or the centers' answers with --input FILE.csv"));
      return NULL;
    }
  if ((store = open_store (o, error)) == NULL)
    return NULL;

  if (form == FORM_ASSESSMENT)
    {
      g_autoptr(ThanrakReportAssessedCenter) assessed = NULL;
      ThanrakFormCenter center;

      is_record_id (o->center, &id);
      if ((assessed = thanrak_report_load_center_assessment (store, id, (guint) o->fiscal_year, error)) == NULL)
        return NULL;
      thanrak_report_assessed_center_get_form_center (assessed, &center);
      return thanrak_form_assessment_new (assessed->assessment, &center, fo);
    }
  else
    {
      g_autofree char *province = find_province (store, o->province, error);
      g_autoptr(ThanrakPlace) place = NULL;
      g_autoptr(GPtrArray) centers = NULL;

      if (province == NULL ||
          (centers = thanrak_report_list_center_assessments (store, province, (guint) o->fiscal_year, error)) == NULL)
        return NULL;
      place = thanrak_store_lookup_place (store, province, NULL);
      return thanrak_report_assessment_summary_sheet (centers, place != NULL ? place->name_th : o->province,
                                                      (guint) o->fiscal_year, fo);
    }
}

/* Forms 3, 6 and 8 read their records from the store. */
static gboolean
export_from_store (Form                      form,
                   const Options            *o,
                   const ThanrakFormOptions *fo,
                   GError                  **error)
{
  g_autoptr(ThanrakStore) store = NULL;
  g_autoptr(ThanrakReportSheet) sheet = NULL;
  g_autoptr(GPtrArray) sheets = NULL;
  ThanrakReportWriteFlags flags = THANRAK_REPORT_WRITE_NONE;

  if (form == FORM_OPERATIONS_REPORT && (o->center == NULL || o->fiscal_year == 0))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Give the center's record id with --center ID and the year with --fiscal-year YEAR"));
      return FALSE;
    }
  if (form == FORM_PROJECT_PROPOSAL && o->proposal <= 0)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Give the proposal's record id with --proposal ID"));
      return FALSE;
    }
  if (o->round < 0 || o->round > 2)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--round is 1 (October to March) or 2 (April to September), not %d"), o->round);
      return FALSE;
    }
  store = open_store (o, error);
  if (store == NULL)
    return FALSE;

  if (form == FORM_ONLINE_REPORT)
    {
      ThanrakFormOnlineReportQuery query = { NULL, NULL, (guint) o->fiscal_year, (guint) o->round };
      g_autofree char *province = NULL;

      if (o->district != NULL && !(strlen (o->district) == 4 && strspn (o->district, "0123456789") == 4))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("--district is the district's 4-digit code, e.g. 2701, not “%s”"), o->district);
          return FALSE;
        }
      if (o->province != NULL && (province = find_province (store, o->province, error)) == NULL)
        return FALSE;
      query.district_code = o->district;
      query.province_code = province;
      sheet = thanrak_form_online_report_new (store, &query, fo, error);
      if (sheet == NULL)
        return FALSE;
      flags = THANRAK_REPORT_WRITE_CONSTANT_MEMORY;
      if (!thanrak_report_write_sheet (o->output, sheet, flags, NULL, NULL, NULL, error))
        return FALSE;
    }
  else if (form == FORM_OPERATIONS_REPORT)
    {
      char *end = NULL;
      gint64 id = g_ascii_strtoll (o->center, &end, 10);

      if (end == o->center || *end != '\0' || id <= 0)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("--center is the center's record id, a number such as 1, not “%s”"), o->center);
          return FALSE;
        }
      sheet = thanrak_form_operations_report_new (store, id, (guint) o->fiscal_year, fo, error);
      if (sheet == NULL ||
          !thanrak_report_write_sheet (o->output, sheet, flags, NULL, NULL, NULL, error))
        return FALSE;
    }
  else
    {
      g_autoptr(ThanrakRecord) proposal = thanrak_store_load (store, THANRAK_TYPE_PROJECT_PROPOSAL, o->proposal, error);
      g_autoptr(GPtrArray) findings = NULL;

      if (proposal == NULL)
        return FALSE;
      sheets = thanrak_form_project_proposal_new (THANRAK_PROJECT_PROPOSAL (proposal), fo, &findings);
      g_ptr_array_foreach (findings, print_finding, NULL);
      if (!thanrak_report_write_file (o->output, (ThanrakReportSheet * const *) sheets->pdata, sheets->len,
                                      flags, NULL, NULL, NULL, error))
        return FALSE;
    }

  g_print (_("Wrote %s\n"), o->output);
  return TRUE;
}

/**
 * thanrak_cli_export:
 * @argc: argument count, the command name included
 * @argv: (array length=argc): `export FORM --output FILE.xlsx [OPTION…]`
 * @error: return location for a #GError
 *
 * `thanrak-cli export`: writes an official form as an xlsx file, the
 * same file the app writes (src/report/thanrak-form-*.c): forms
 * `online-targets` (form 4), `revenue-targets` (form 5), `channel-targets`
 * and `channel-results` (form 7), `assessment` (form 1: the answers given,
 * or with `--center ID` the assessment saved in the store),
 * `assessment-summary` (form 2: a CSV of answers, or without --input the
 * province's saved assessments, src/report/thanrak-report-assessments.c),
 * `online-report` (form 6), `operations-report` (form 3) and
 * `project-proposal` (form 8). The file is written to a temporary name
 * beside FILE.xlsx and renamed into place when complete.
 *
 * Returns: %TRUE on success; %FALSE with a %G_OPTION_ERROR, #GFileError,
 *   %THANRAK_KPI_ERROR or %THANRAK_REPORT_ERROR
 */
gboolean
thanrak_cli_export (int      argc,
                    char   **argv,
                    GError **error)
{
  g_auto(Options) o = { NULL, };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(ThanrakReportSheet) sheet = NULL;
  g_autoptr(ThanrakAssessment) assessment = NULL;
  g_autoptr(GArray) summary = NULL;
  ThanrakFormOptions fo = THANRAK_FORM_OPTIONS_INIT;
  GDate date;
  const char *form_name;
  const char *rule_set = NULL;
  gint64 center_id = 0;
  Form form = 0;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o.output, N_("Write the form to this file"), N_("FILE.xlsx") },
    { "rule-set", 0, 0, G_OPTION_ARG_STRING, &o.rule_set, N_("The rule set, e.g. 2564-2-online-products"), N_("ID") },
    { "rules", 0, 0, G_OPTION_ARG_FILENAME, &o.rules, N_("Read the rule set from this file"), N_("FILE") },
    { "input", 0, 0, G_OPTION_ARG_FILENAME, &o.input, N_("The district figures, or the centers' answers, a CSV table"), N_("FILE.csv") },
    { "results", 0, 0, G_OPTION_ARG_FILENAME, &o.results, N_("The district results, a CSV table"), N_("FILE.csv") },
    { "province", 0, 0, G_OPTION_ARG_STRING, &o.province, N_("The province name"), N_("NAME") },
    { "office", 0, 0, G_OPTION_ARG_STRING, &o.office, N_("The issuing office, printed below the title"), N_("TEXT") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &o.date, N_("The date of issue, e.g. 2565-10-01 or 1 ต.ค. 2565"), N_("DATE") },
    { "center", 0, 0, G_OPTION_ARG_STRING, &o.center, N_("The center's name, or its record id"), N_("NAME") },
    { "subdistrict", 0, 0, G_OPTION_ARG_STRING, &o.subdistrict, N_("The subdistrict of the center's premises"), N_("NAME") },
    { "district", 0, 0, G_OPTION_ARG_STRING, &o.district, N_("The district of the center"), N_("NAME") },
    { "fiscal-year", 0, 0, G_OPTION_ARG_INT, &o.fiscal_year, N_("The fiscal year assessed (Buddhist Era)"), N_("YEAR") },
    { "items", 0, 0, G_OPTION_ARG_STRING, &o.items, N_("The items the center holds, e.g. 1.1,1.2,2.3"), N_("LIST") },
    { "services", 0, 0, G_OPTION_ARG_INT, &o.services, N_("Services delivered in the fiscal year"), N_("N") },
    { "satisfaction", 0, 0, G_OPTION_ARG_STRING, &o.satisfaction, N_("Satisfaction survey: none, low, medium or high"), N_("LEVEL") },
    { "management", 0, 0, G_OPTION_ARG_INT, &o.management, N_("Members of the management committee"), N_("N") },
    { "advisory", 0, 0, G_OPTION_ARG_INT, &o.advisory, N_("Members of the advisory committee"), N_("N") },
    { "meetings", 0, 0, G_OPTION_ARG_INT, &o.meetings, N_("Committee meetings in the fiscal year"), N_("N") },
    { "thai-digits", 0, 0, G_OPTION_ARG_NONE, &o.thai_digits, N_("Write numbers in Thai digits"), NULL },
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &o.database, N_("Read the records from this database instead of the default one"), N_("FILE") },
    { "proposal", 0, 0, G_OPTION_ARG_INT64, &o.proposal, N_("The project proposal's record id"), N_("ID") },
    { "round", 0, 0, G_OPTION_ARG_INT, &o.round, N_("The round of the fiscal year: 1 (October to March) or 2 (April to September)"), N_("N") },
    { NULL }
  };

  o.services = o.management = o.advisory = o.meetings = -1;

  context = g_option_context_new (_("FORM"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _("Write an official form as an xlsx file."));
  g_option_context_set_description (context,
    _("Forms:\n"
      "  online-targets      form 4, OTOP online-market targets per district (seed 004):\n"
      "                      --input FILE.csv [--rule-set ID|--rules FILE] [--province NAME]\n"
      "  revenue-targets     form 5, OTOP revenue targets per district, in baht (seed 004):\n"
      "                      --input FILE.csv [--rule-set ID|--rules FILE] [--province NAME]\n"
      "  channel-targets     form 7, marketing-channel targets per district (seed 003):\n"
      "                      --input FILE.csv [--rule-set ID|--rules FILE] [--province NAME]\n"
      "  channel-results     form 7, results with levels and colour bands (seed 003):\n"
      "                      --input FILE.csv --results FILE.csv [--rule-set ID|--rules FILE]\n"
      "                      [--province NAME] [--office TEXT] [--date DATE]\n"
      "  assessment          form 1, one center's assessment (seed 001): [--items LIST]\n"
      "                      [--services N] [--satisfaction LEVEL] [--management N] [--advisory N]\n"
      "                      [--meetings N] [--center NAME] [--subdistrict NAME] [--district NAME]\n"
      "                      [--province NAME] [--fiscal-year YEAR]\n"
      "                      or the assessment saved in the app: --center ID --fiscal-year YEAR\n"
      "                      [--database FILE]\n"
      "  assessment-summary  form 2, the centers of a province: --input FILE.csv\n"
      "                      [--province NAME] [--fiscal-year YEAR] [--office TEXT] [--date DATE]\n"
      "                      FILE.csv: a heading row, then per center its district and the\n"
      "                      items it holds separated by spaces: เมืองสระแก้ว,1.1 1.2 2.1 9.3\n"
      "                      Without --input, the centers' assessments saved in the app:\n"
      "                      --province NAME --fiscal-year YEAR [--database FILE]\n"
      "  online-report       form 6, one row per product with its readiness, channels and\n"
      "                      online sales (seed 004): [--district CODE | --province NAME]\n"
      "                      [--fiscal-year YEAR [--round N]] [--database FILE]\n"
      "  operations-report   form 3, a center's operations in a fiscal year (seed 001):\n"
      "                      --center ID --fiscal-year YEAR [--date DATE] [--database FILE]\n"
      "  project-proposal    form 8, a project proposal with its budget details (seed 002):\n"
      "                      --proposal ID [--database FILE]; its warnings go to stderr\n"
      "Every form takes --output FILE.xlsx and --thai-digits. The rule sets default to\n"
      "2564-2-online-products, 2564-2-revenue-growth and 2565-marketing-channels."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, error))
    return FALSE;

  if (argc != 2)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Give one form, for example: thanrak-cli export online-targets --input FILE.csv --output FILE.xlsx"));
      return FALSE;
    }
  form_name = argv[1];
  for (gsize i = 0; i < G_N_ELEMENTS (forms); i++)
    if (g_str_equal (forms[i].name, form_name))
      {
        form = forms[i].form;
        rule_set = forms[i].rule_set;
      }
  if (form == 0)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("There is no form “%s”: run “thanrak-cli export --help” for the list"), form_name);
      return FALSE;
    }
  if (o.output == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Give the file to write with --output FILE.xlsx"));
      return FALSE;
    }

  if (!check_used (form_name, form, "rule-set", o.rule_set != NULL, KPI_FORMS, error) ||
      !check_used (form_name, form, "rules", o.rules != NULL, KPI_FORMS, error) ||
      !check_used (form_name, form, "input", o.input != NULL, KPI_FORMS | FORM_ASSESSMENT_SUMMARY, error) ||
      !check_used (form_name, form, "results", o.results != NULL, FORM_CHANNEL_RESULTS, error) ||
      !check_used (form_name, form, "office", o.office != NULL, FORM_CHANNEL_RESULTS | FORM_ASSESSMENT_SUMMARY, error) ||
      !check_used (form_name, form, "date", o.date != NULL, FORM_CHANNEL_RESULTS | FORM_ASSESSMENT_SUMMARY | FORM_OPERATIONS_REPORT, error) ||
      !check_used (form_name, form, "center", o.center != NULL, FORM_ASSESSMENT | FORM_OPERATIONS_REPORT, error) ||
      !check_used (form_name, form, "subdistrict", o.subdistrict != NULL, FORM_ASSESSMENT, error) ||
      !check_used (form_name, form, "district", o.district != NULL, FORM_ASSESSMENT | FORM_ONLINE_REPORT, error) ||
      !check_used (form_name, form, "province", o.province != NULL, ALL_FORMS & ~(FORM_OPERATIONS_REPORT | FORM_PROJECT_PROPOSAL), error) ||
      !check_used (form_name, form, "fiscal-year", o.fiscal_year != 0, FORM_ASSESSMENT | FORM_ASSESSMENT_SUMMARY | FORM_ONLINE_REPORT | FORM_OPERATIONS_REPORT, error) ||
      !check_used (form_name, form, "database", o.database != NULL, STORE_FORMS | FORM_ASSESSMENT | FORM_ASSESSMENT_SUMMARY, error) ||
      !check_used (form_name, form, "proposal", o.proposal != 0, FORM_PROJECT_PROPOSAL, error) ||
      !check_used (form_name, form, "round", o.round != 0, FORM_ONLINE_REPORT, error) ||
      !check_used (form_name, form, "items", o.items != NULL, FORM_ASSESSMENT, error) ||
      !check_used (form_name, form, "services", o.services != -1, FORM_ASSESSMENT, error) ||
      !check_used (form_name, form, "satisfaction", o.satisfaction != NULL, FORM_ASSESSMENT, error) ||
      !check_used (form_name, form, "management", o.management != -1, FORM_ASSESSMENT, error) ||
      !check_used (form_name, form, "advisory", o.advisory != -1, FORM_ASSESSMENT, error) ||
      !check_used (form_name, form, "meetings", o.meetings != -1, FORM_ASSESSMENT, error))
    return FALSE;

  if (o.fiscal_year != 0 && (o.fiscal_year < 2500 || o.fiscal_year > 3000))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--fiscal-year is a Buddhist Era year such as 2565, not %d"), o.fiscal_year);
      return FALSE;
    }

  fo.thai_digits = o.thai_digits;
  fo.office = o.office;
  if (o.date != NULL)
    {
      g_date_clear (&date, 1);
      if (!parse_date (o.date, &date, error))
        return FALSE;
      fo.date = &date;
    }

  if (form & STORE_FORMS)
    return export_from_store (form, &o, &fo, error);

  if (form == FORM_ASSESSMENT && is_record_id (o.center, &center_id))
    {
      if (o.items != NULL || o.services != -1 || o.satisfaction != NULL || o.management != -1 ||
          o.advisory != -1 || o.meetings != -1 || o.subdistrict != NULL || o.district != NULL || o.province != NULL)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("--center ID prints the assessment saved in the app: leave out the answers and places"));
          return FALSE;
        }
      sheet = assessment_from_store (form, &o, &fo, error);
    }
  else if (form == FORM_ASSESSMENT_SUMMARY && o.input == NULL)
    sheet = assessment_from_store (form, &o, &fo, error);
  else if (o.database != NULL && (form & (FORM_ASSESSMENT | FORM_ASSESSMENT_SUMMARY)))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--database is read for a saved assessment only: give --center ID, or leave out --input"));
      return FALSE;
    }
  else if (form & KPI_FORMS)
    sheet = kpi_sheet (form, &o, rule_set, &fo, error);
  else if (form == FORM_ASSESSMENT)
    {
      ThanrakFormCenter center = { o.center, o.subdistrict, o.district, o.province, (guint) o.fiscal_year };

      if ((assessment = make_assessment (&o, error)) != NULL)
        sheet = thanrak_form_assessment_new (assessment, &center, &fo);
    }
  else
    {
      if (o.input == NULL)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("Give the centers' answers with --input FILE.csv"));
          return FALSE;
        }
      if ((summary = read_summary (o.input, error)) != NULL)
        {
          g_autofree ThanrakFormSummaryCenter *centers = g_new0 (ThanrakFormSummaryCenter, MAX (summary->len, 1));

          for (guint i = 0; i < summary->len; i++)
            {
              centers[i].district = g_array_index (summary, SummaryRow, i).district;
              centers[i].assessment = g_array_index (summary, SummaryRow, i).assessment;
            }
          sheet = thanrak_form_assessment_summary_new (o.province, (guint) o.fiscal_year,
                                                       centers, summary->len, &fo);
        }
    }
  if (sheet == NULL)
    return FALSE;

  if (!thanrak_report_write_sheet (o.output, sheet, THANRAK_REPORT_WRITE_NONE, NULL, NULL, NULL, error))
    return FALSE;

  g_print (_("Wrote %s\n"), o.output);
  return TRUE;
}
