/* thanrak-overview-page.c: the province at a glance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "thanrak-assessment.h"
#include "thanrak-bar-chart.h"
#include "thanrak-center.h"
#include "thanrak-center-assessment.h"
#include "thanrak-district-figures.h"
#include "thanrak-kpi.h"
#include "thanrak-operator.h"
#include "thanrak-overview-page.h"
#include "thanrak-product.h"
#include "thanrak-report-figures.h"
#include "thanrak-thai.h"
#include "thanrak-validation.h"

/* Series colours: mid-tone blue, green and orange of the GNOME palette,
 * which read on the light and the dark background alike. */
#define COLOUR_CENTERS   "#3584e4"
#define COLOUR_OPERATORS "#2ec27e"
#define COLOUR_PRODUCTS  "#e66100"
#define COLOUR_MISSING   "#9a9996"

struct _ThanrakOverviewPage
{
  GtkWidget        parent_instance;

  ThanrakStore    *store;
  GPtrArray       *rule_sets;

  /* Template widgets */
  GtkSpinButton   *year_spin;
  GtkLabel        *counts_legend;
  ThanrakBarChart *counts_chart;
  ThanrakBarChart *grades_chart;
  GtkLabel        *kpi_label;
  ThanrakBarChart *kpi_chart;
};

G_DEFINE_FINAL_TYPE (ThanrakOverviewPage, thanrak_overview_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gint64
count_in (ThanrakOverviewPage *self,
          GType                type,
          const char          *district_code)
{
  ThanrakStoreQuery query = { 0 };

  query.district_code = district_code;
  return MAX (thanrak_store_count (self->store, type, &query, NULL), 0);
}

/* The result columns of @rule_set, which no record holds: the district
 * figures (domain.md §3) keep only the bases a rule set computes targets
 * from (operators, products, promoted operators, sales of the period
 * before), not what a district achieved (events held, channels promoted,
 * products sold online, the year's sales, a readiness survey). */
static char *
result_headings (ThanrakKpiRuleSet *rule_set)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint c = 0; c < thanrak_kpi_rule_set_get_n_columns (rule_set); c++)
    {
      const ThanrakKpiColumn *column = thanrak_kpi_rule_set_get_column (rule_set, c);

      if (column->role != THANRAK_KPI_COLUMN_RESULT)
        continue;
      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append (text, column->heading);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
refresh_kpi (ThanrakOverviewPage *self,
             guint                year,
             GPtrArray           *districts)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GPtrArray) colours = g_ptr_array_new ();
  g_autoptr(GPtrArray) figures = NULL;
  g_autoptr(GPtrArray) per_rule_set = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) place_names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GString) caption = g_string_new (NULL);
  ThanrakStoreQuery query = { 0 };
  gboolean any_level = FALSE;

  if (self->rule_sets == NULL)
    self->rule_sets = thanrak_kpi_rule_sets_load (NULL, NULL);
  if (self->rule_sets != NULL)
    found = thanrak_kpi_rule_sets_find (self->rule_sets, year, -1);

  if (found == NULL || found->len == 0 || districts == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("No KPI rule set for fiscal year %u."), year);
      gtk_label_set_label (self->kpi_label, text);
      thanrak_bar_chart_set_series (self->kpi_chart, (const char *[]) { NULL }, (const char *[]) { NULL });
      return;
    }

  for (guint r = 0; r < found->len; r++)
    {
      g_ptr_array_add (names, (gpointer) thanrak_kpi_rule_set_get_title (g_ptr_array_index (found, r)));
      g_ptr_array_add (colours, "*");
    }
  g_ptr_array_add (names, NULL);
  g_ptr_array_add (colours, NULL);
  thanrak_bar_chart_set_series (self->kpi_chart, (const char * const *) names->pdata,
                                (const char * const *) colours->pdata);

  /* The year's district figures, as the forms read them (one conversion:
   * thanrak_report_kpi_districts()). */
  query.fiscal_year = (int) year;
  figures = thanrak_store_list (self->store, THANRAK_TYPE_DISTRICT_FIGURES, &query, NULL);
  if (figures == NULL)
    figures = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint d = 0; d < districts->len; d++)
    {
      ThanrakPlace *place = g_ptr_array_index (districts, d);
      g_hash_table_insert (place_names, place->code, place->name_th);
    }
  for (guint r = 0; r < found->len; r++)
    g_ptr_array_add (per_rule_set, thanrak_report_kpi_districts (g_ptr_array_index (found, r), figures, place_names));

  for (guint d = 0; d < districts->len; d++)
    {
      ThanrakPlace *place = g_ptr_array_index (districts, d);
      g_autofree gint64 *values = g_new0 (gint64, found->len);
      g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

      for (guint r = 0; r < found->len; r++)
        {
          ThanrakKpiRuleSet *rule_set = g_ptr_array_index (found, r);
          GPtrArray *kpi_districts = g_ptr_array_index (per_rule_set, r);
          ThanrakKpiDistrict *district = NULL;
          g_autoptr(ThanrakKpiAchievement) achievement = NULL;
          g_autoptr(GError) error = NULL;

          for (guint k = 0; k < kpi_districts->len; k++)
            if (g_strcmp0 (((ThanrakKpiDistrict *) g_ptr_array_index (kpi_districts, k))->code, place->code) == 0)
              district = g_ptr_array_index (kpi_districts, k);
          if (district != NULL)
            achievement = thanrak_kpi_rule_set_evaluate (rule_set, district, &error);
          if (achievement != NULL && achievement->level != NULL)
            {
              values[r] = achievement->level->score;
              any_level = TRUE;
              g_ptr_array_add (texts, g_strdup_printf ("%s|%s", achievement->level->colour, achievement->level->name));
            }
          else if (district == NULL)
            g_ptr_array_add (texts, g_strdup_printf ("%s|%s", COLOUR_MISSING, _("No district figures")));
          else
            g_ptr_array_add (texts, g_strdup_printf ("%s|%s", COLOUR_MISSING, _("Results not recorded")));
        }
      g_ptr_array_add (texts, NULL);
      thanrak_bar_chart_add_row (self->kpi_chart, place->name_th, values, (const char * const *) texts->pdata);
    }

  /* the chart has no legend of its own: the rule sets, in the bars' order */
  g_string_append (caption, _("Each district has a bar per rule set, in this order, in the colour of the level it reached:"));
  for (guint r = 0; r < found->len; r++)
    g_string_append_printf (caption, "\n%u. %s", r + 1, thanrak_kpi_rule_set_get_title (g_ptr_array_index (found, r)));
  if (!any_level)
    {
      /* say what is missing rather than draw a level from bases alone */
      g_string_append_c (caption, '\n');
      g_string_append (caption, _("A level needs the district’s results, which Thanrak does not record yet (district figures hold only the bases targets are computed from):"));
      for (guint r = 0; r < found->len; r++)
        {
          g_autofree char *headings = result_headings (g_ptr_array_index (found, r));

          if (*headings != '\0')
            g_string_append_printf (caption, "\n%u. %s", r + 1, headings);
        }
    }
  gtk_label_set_label (self->kpi_label, caption->str);
}

static void
refresh (ThanrakOverviewPage *self)
{
  ThanrakStoreQuery query = { 0 };
  g_autoptr(GPtrArray) centers = NULL;
  g_autoptr(GPtrArray) districts = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autofree char *legend = NULL;
  guint year = (guint) gtk_spin_button_get_value_as_int (self->year_spin);
  gint64 grades[4] = { 0 };

  thanrak_bar_chart_set_series (self->counts_chart,
                                (const char *[]) { _("Centers"), _("Operators"), _("Products"), NULL },
                                (const char *[]) { COLOUR_CENTERS, COLOUR_OPERATORS, COLOUR_PRODUCTS, NULL });
  thanrak_bar_chart_set_series (self->grades_chart,
                                (const char *[]) { _("Centers"), NULL },
                                (const char *[]) { COLOUR_CENTERS, NULL });
  legend = g_strdup_printf ("<span foreground=\"%s\">■</span> %s   <span foreground=\"%s\">■</span> %s   <span foreground=\"%s\">■</span> %s",
                            COLOUR_CENTERS, _("Centers"), COLOUR_OPERATORS, _("Operators"),
                            COLOUR_PRODUCTS, _("Products"));
  gtk_label_set_markup (self->counts_legend, legend);
  if (self->store == NULL)
    return;

  query.order_by = "district-code";
  centers = thanrak_store_list (self->store, THANRAK_TYPE_CENTER, &query, NULL);
  {
    /* the office's province, else the first center's */
    g_autofree char *province = thanrak_store_dup_home_province (self->store);

    if (province != NULL)
      districts = thanrak_store_list_places (self->store, province, NULL);
  }

  for (guint d = 0; districts != NULL && d < districts->len; d++)
    {
      ThanrakPlace *place = g_ptr_array_index (districts, d);
      gint64 values[3];
      g_autofree char *a = NULL, *b = NULL, *c = NULL;

      values[0] = count_in (self, THANRAK_TYPE_CENTER, place->code);
      values[1] = count_in (self, THANRAK_TYPE_OPERATOR, place->code);
      values[2] = count_in (self, THANRAK_TYPE_PRODUCT, place->code);
      a = thanrak_thai_format_integer (values[0], FALSE);
      b = thanrak_thai_format_integer (values[1], FALSE);
      c = thanrak_thai_format_integer (values[2], FALSE);
      thanrak_bar_chart_add_row (self->counts_chart, place->name_th, values, (const char *[]) { a, b, c, NULL });
    }

  /* Grades of the year's assessments; centers without one are counted apart. */
  memset (&query, 0, sizeof query);
  query.fiscal_year = (int) year;
  assessments = thanrak_store_list (self->store, THANRAK_TYPE_CENTER_ASSESSMENT, &query, NULL);
  for (guint i = 0; assessments != NULL && i < assessments->len; i++)
    {
      ThanrakCenterAssessment *record = g_ptr_array_index (assessments, i);
      g_autoptr(ThanrakAssessment) assessment = thanrak_assessment_new ();
      g_auto(GStrv) held = thanrak_center_assessment_dup_held_items (record);

      for (guint h = 0; held != NULL && held[h] != NULL; h++)
        thanrak_assessment_set (assessment, held[h], TRUE);
      grades[thanrak_assessment_get_grade (assessment)]++;
    }
  grades[3] = MAX ((centers ? (gint64) centers->len : 0) - (assessments ? (gint64) assessments->len : 0), 0);
  for (guint g = 0; g < 4; g++)
    {
      g_autofree char *label = g < 3 ? g_strdup_printf ("%s %s", thanrak_assessment_grade_letter (g),
                                                        thanrak_assessment_grade_name (g))
                                     : g_strdup (_("Not assessed"));
      g_autofree char *text = g_strdup_printf (ngettext ("%d center", "%d centers", (int) grades[g]), (int) grades[g]);

      thanrak_bar_chart_add_row (self->grades_chart, label, &grades[g], (const char *[]) { text, NULL });
    }

  refresh_kpi (self, year, districts);
}

static void
thanrak_overview_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (thanrak_overview_page_parent_class)->map (widget);
  refresh (THANRAK_OVERVIEW_PAGE (widget));
}

/**
 * thanrak_overview_page_get_store:
 * @self: a #ThanrakOverviewPage
 *
 * Returns: (transfer none) (nullable): the store the page shows
 */
ThanrakStore *
thanrak_overview_page_get_store (ThanrakOverviewPage *self)
{
  g_return_val_if_fail (THANRAK_IS_OVERVIEW_PAGE (self), NULL);

  return self->store;
}

/**
 * thanrak_overview_page_set_store:
 * @self: a #ThanrakOverviewPage
 * @store: (nullable): the store to show
 *
 * Shows the figures of @store: counts per district, grades of the fiscal
 * year and KPI levels by the rule sets of that year (domain.md §4).
 */
void
thanrak_overview_page_set_store (ThanrakOverviewPage *self,
                                 ThanrakStore        *store)
{
  g_return_if_fail (THANRAK_IS_OVERVIEW_PAGE (self));

  if (!g_set_object (&self->store, store))
    return;
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
thanrak_overview_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  ThanrakOverviewPage *self = THANRAK_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
thanrak_overview_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  ThanrakOverviewPage *self = THANRAK_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      thanrak_overview_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
thanrak_overview_page_dispose (GObject *object)
{
  ThanrakOverviewPage *self = THANRAK_OVERVIEW_PAGE (object);

  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), THANRAK_TYPE_OVERVIEW_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_pointer (&self->rule_sets, g_ptr_array_unref);

  G_OBJECT_CLASS (thanrak_overview_page_parent_class)->dispose (object);
}

static void
thanrak_overview_page_class_init (ThanrakOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = thanrak_overview_page_dispose;
  object_class->get_property = thanrak_overview_page_get_property;
  object_class->set_property = thanrak_overview_page_set_property;
  widget_class->map = thanrak_overview_page_map;

  /**
   * ThanrakOverviewPage:store:
   *
   * The store whose figures are shown.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         THANRAK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (THANRAK_TYPE_BAR_CHART);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/thanrak-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ThanrakOverviewPage, year_spin);
  gtk_widget_class_bind_template_child (widget_class, ThanrakOverviewPage, counts_legend);
  gtk_widget_class_bind_template_child (widget_class, ThanrakOverviewPage, counts_chart);
  gtk_widget_class_bind_template_child (widget_class, ThanrakOverviewPage, grades_chart);
  gtk_widget_class_bind_template_child (widget_class, ThanrakOverviewPage, kpi_label);
  gtk_widget_class_bind_template_child (widget_class, ThanrakOverviewPage, kpi_chart);
  gtk_widget_class_bind_template_callback (widget_class, refresh);
}

static void
thanrak_overview_page_init (ThanrakOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_spin_button_set_value (self->year_spin, thanrak_current_fiscal_year_be ());
}
