/* thanrak-form-results.c: form 7's report: results, levels and colour bands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "thanrak-form-results.h"

#define WIDTH_NUMBER 6.0
#define WIDTH_DISTRICT 20.0
#define WIDTH_VALUE 14.0
#define WIDTH_PERCENT 13.0
#define WIDTH_LEVEL 13.0
#define WIDTH_SCORE 10.0
#define WIDTH_WIDEST 40.0

/* The band slot of a level: slots are only places for colours, the
 * colour itself is the rule set's (Colour=#RRGGBB). */
static ThanrakReportBand
level_band (const ThanrakKpiLevel *level)
{
  if (level == NULL || level->colour == NULL || level->number < 1)
    return THANRAK_REPORT_BAND_NONE;
  return THANRAK_REPORT_BAND_RED + MIN (level->number, THANRAK_REPORT_N_BANDS - 1) - 1;
}

static gboolean
parse_colour (const char *text,
              guint32    *rgb)
{
  char *end = NULL;
  guint64 value;

  if (text == NULL || text[0] != '#')
    return FALSE;
  value = g_ascii_strtoull (text + 1, &end, 16);
  if (end == text + 1 || *end != '\0' || value > 0xFFFFFF)
    return FALSE;
  *rgb = (guint32) value;
  return TRUE;
}

static gboolean
shows_measure (const ThanrakKpiMeasure *measure)
{
  /* counts are the result columns themselves; percentages are new */
  return measure->is_percent;
}

static void
add_achievement (ThanrakReportRow            *row,
                 ThanrakKpiRuleSet           *rs,
                 const ThanrakKpiAchievement *a)
{
  guint col;

  for (guint i = 0; i < thanrak_kpi_rule_set_get_n_measures (rs); i++)
    {
      if (!shows_measure (thanrak_kpi_rule_set_get_measure (rs, i)))
        continue;
      if (a == NULL || a->measures[i] == THANRAK_KPI_UNDEFINED)
        thanrak_report_row_add_blank (row);
      else
        /* hundredths of a percent -> a fraction */
        thanrak_report_row_add_percent (row, (double) a->measures[i] / 10000.0);
    }
  if (a == NULL || a->level == NULL)
    {
      thanrak_report_row_add_blank (row);
      thanrak_report_row_add_blank (row);
      return;
    }
  col = thanrak_report_row_add_text (row, a->level->name);
  thanrak_report_row_set_align (row, col, THANRAK_REPORT_ALIGN_CENTER);
  thanrak_report_row_set_band (row, col, level_band (a->level));
  col = thanrak_report_row_add_count (row, a->level->score);
  thanrak_report_row_set_align (row, col, THANRAK_REPORT_ALIGN_CENTER);
}

/**
 * thanrak_form_results_new:
 * @rule_set: a KPI rule set, e.g. `2565-marketing-channels`
 * @districts: (element-type ThanrakKpiDistrict): the districts with their
 *   base figures and results (thanrak_kpi_rule_set_read_csv(),
 *   thanrak_kpi_merge_districts())
 * @province: (nullable): the province, for the total row's label
 * @options: (nullable): the form's options; prints @office and @date
 *   below the title when set
 * @error: return location for a #GError
 *
 * The report of results that goes with form 7 (seed 003, สิ่งที่ส่งมาด้วย
 * ๓ แบบรายงานสรุปผลการดำเนินงานฯ, whose layout the seed does not show;
 * domain guide §5 table 7), driven by the rule set: title
 * `ResultsTitle` and `ResultsSubtitle` (else `Title`, `Subtitle`); columns
 * `ที่`, `อำเภอ`, each result column of the rule set, each percentage
 * measure (format `0.00%`), then `ระดับ` (the level's name, filled with
 * the level's colour band: ปรับปรุง red … ดีมาก dark green in seed 003)
 * and `ค่าคะแนน` (its score), the headings of seed 003's criteria table.
 * The total row sums the result columns; it has a level only when the
 * rule set grades the province (thanrak_kpi_rule_set_has_province_level()).
 * Below the table, one line per coloured level names its colour.
 *
 * Returns: (transfer full): the sheet, or %NULL with @error set
 *   (%THANRAK_KPI_ERROR_MISSING_FIGURE when a district lacks a figure)
 */
ThanrakReportSheet *
thanrak_form_results_new (ThanrakKpiRuleSet        *rule_set,
                          GPtrArray                *districts,
                          const char               *province,
                          const ThanrakFormOptions *options,
                          GError                  **error)
{
  g_autoptr(ThanrakReportSheet) sheet = NULL;
  g_autoptr(GArray) results = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(ThanrakKpiAchievement) total_level = NULL;
  g_autofree gint64 *sums = NULL;
  g_autofree gboolean *summed = NULL;
  ThanrakReportRow *row;
  const char *title, *subtitle;
  guint col, c = 0;

  g_return_val_if_fail (rule_set != NULL, NULL);
  g_return_val_if_fail (districts != NULL, NULL);

  for (guint k = 0; k < thanrak_kpi_rule_set_get_n_columns (rule_set); k++)
    if (thanrak_kpi_rule_set_get_column (rule_set, k)->role == THANRAK_KPI_COLUMN_RESULT)
      g_array_append_val (results, k);
  sums = g_new0 (gint64, MAX (results->len, 1));
  summed = g_new0 (gboolean, MAX (results->len, 1));

  sheet = thanrak_report_sheet_new ("ผลการดำเนินงาน");
  thanrak_report_sheet_set_thai_digits (sheet, options != NULL && options->thai_digits);
  for (guint n = 1; n <= thanrak_kpi_rule_set_get_n_levels (rule_set); n++)
    {
      const ThanrakKpiLevel *level = thanrak_kpi_rule_set_get_level (rule_set, n);
      guint32 rgb;

      if (level_band (level) != THANRAK_REPORT_BAND_NONE && parse_colour (level->colour, &rgb))
        thanrak_report_sheet_set_band_color (sheet, level_band (level), rgb);
    }

  title = thanrak_kpi_rule_set_get_results_title (rule_set);
  subtitle = thanrak_kpi_rule_set_get_results_subtitle (rule_set);
  if (title == NULL)
    {
      title = thanrak_kpi_rule_set_get_title (rule_set);
      subtitle = thanrak_kpi_rule_set_get_subtitle (rule_set);
    }
  thanrak_report_sheet_add_title (sheet, title);
  if (subtitle != NULL)
    thanrak_report_sheet_add_subtitle (sheet, subtitle);
  thanrak_form_add_office_and_date (sheet, options);

  /* Columns and headings: widths for the values and the long headings,
   * then for the title across them */
  {
    g_autoptr(GPtrArray) headings = g_ptr_array_new ();
    g_autoptr(GArray) widths = g_array_new (FALSE, FALSE, sizeof (double));
    double w;

    g_ptr_array_add (headings, (gpointer) thanrak_kpi_rule_set_get_number_heading (rule_set));
    w = WIDTH_NUMBER;
    g_array_append_val (widths, w);
    g_ptr_array_add (headings, (gpointer) thanrak_kpi_rule_set_get_district_heading (rule_set));
    w = WIDTH_DISTRICT;
    g_array_append_val (widths, w);
    for (guint i = 0; i < results->len; i++)
      {
        const ThanrakKpiColumn *column =
          thanrak_kpi_rule_set_get_column (rule_set, g_array_index (results, guint, i));
        const char *text = column->long_heading != NULL ? column->long_heading : column->heading;

        g_ptr_array_add (headings, (gpointer) text);
        w = thanrak_form_heading_width (text, 3, WIDTH_VALUE, WIDTH_WIDEST);
        g_array_append_val (widths, w);
      }
    for (guint i = 0; i < thanrak_kpi_rule_set_get_n_measures (rule_set); i++)
      {
        const ThanrakKpiMeasure *measure = thanrak_kpi_rule_set_get_measure (rule_set, i);

        if (!shows_measure (measure))
          continue;
        g_ptr_array_add (headings, (gpointer) measure->heading);
        w = thanrak_form_heading_width (measure->heading, 3, WIDTH_PERCENT, WIDTH_WIDEST);
        g_array_append_val (widths, w);
      }
    g_ptr_array_add (headings, (gpointer) "ระดับ");
    w = WIDTH_LEVEL;
    g_array_append_val (widths, w);
    g_ptr_array_add (headings, (gpointer) "ค่าคะแนน");
    w = WIDTH_SCORE;
    g_array_append_val (widths, w);

    thanrak_form_fit_title ((double *) (gpointer) widths->data, widths->len, title);
    for (guint k = 0; k < widths->len; k++)
      {
        thanrak_report_sheet_add_column (sheet, g_array_index (widths, double, k),
                                         k == 1 ? THANRAK_REPORT_ALIGN_LEFT :
                                         k == 0 || k + 2 >= widths->len ? THANRAK_REPORT_ALIGN_CENTER :
                                         THANRAK_REPORT_ALIGN_DEFAULT);
        thanrak_report_sheet_add_heading (sheet, 0, c++, 1, 1, g_ptr_array_index (headings, k));
      }
  }

  /* Districts */
  for (guint r = 0; r < districts->len; r++)
    {
      const ThanrakKpiDistrict *district = g_ptr_array_index (districts, r);
      g_autoptr(ThanrakKpiAchievement) a = thanrak_kpi_rule_set_evaluate (rule_set, district, error);

      if (a == NULL)
        return NULL;
      row = thanrak_report_sheet_append_row (sheet);
      thanrak_report_row_add_count (row, r + 1);
      thanrak_report_row_add_text (row, district->name);
      for (guint i = 0; i < results->len; i++)
        {
          const ThanrakKpiColumn *column =
            thanrak_kpi_rule_set_get_column (rule_set, g_array_index (results, guint, i));
          gint64 value;

          if (!thanrak_kpi_district_get (district, column->id, &value))
            {
              thanrak_report_row_add_blank (row);
              continue;
            }
          if (column->unit == THANRAK_KPI_UNIT_BAHT)
            thanrak_report_row_add_baht (row, value);
          else
            thanrak_report_row_add_count (row, value);
          if (column->unit != THANRAK_KPI_UNIT_FLAG)
            {
              sums[i] += value;
              summed[i] = TRUE;
            }
        }
      add_achievement (row, rule_set, a);
    }

  /* Total */
  if (thanrak_kpi_rule_set_has_province_level (rule_set))
    {
      total_level = thanrak_kpi_rule_set_evaluate_total (rule_set, districts, province, error);
      if (total_level == NULL)
        return NULL;
    }
  row = thanrak_report_sheet_get_total_row (sheet);
  {
    g_autofree char *label = thanrak_kpi_rule_set_dup_total_label (rule_set, province);
    col = thanrak_report_row_add_text (row, label);
  }
  thanrak_report_row_set_span (row, col, 2);
  thanrak_report_row_set_align (row, col, THANRAK_REPORT_ALIGN_CENTER);
  for (guint i = 0; i < results->len; i++)
    {
      const ThanrakKpiColumn *column =
        thanrak_kpi_rule_set_get_column (rule_set, g_array_index (results, guint, i));

      if (!summed[i])
        thanrak_report_row_add_blank (row);
      else if (column->unit == THANRAK_KPI_UNIT_BAHT)
        thanrak_report_row_add_baht (row, sums[i]);
      else
        thanrak_report_row_add_count (row, sums[i]);
    }
  add_achievement (row, rule_set, total_level);

  /* What each colour means (seed 003, หมายเหตุ) */
  for (guint n = thanrak_kpi_rule_set_get_n_levels (rule_set); n >= 1; n--)
    {
      const ThanrakKpiLevel *level = thanrak_kpi_rule_set_get_level (rule_set, n);
      g_autofree char *line = NULL;

      if (level == NULL || level->colour_name == NULL)
        continue;
      line = g_strdup_printf ("%s : ระดับ%s", level->colour_name, level->name);
      thanrak_report_sheet_add_footer (sheet, 0, THANRAK_REPORT_ALIGN_LEFT, line);
    }

  return g_steal_pointer (&sheet);
}
