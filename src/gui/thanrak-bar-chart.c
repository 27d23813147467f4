/* thanrak-bar-chart.c: a horizontal bar chart drawn with GtkSnapshot
 *
 * Each row has a label and one bar per series; bars of a series share a
 * scale. Colours are given per series (or per bar, for bands such as KPI
 * levels) and chosen by the caller to read on light and dark backgrounds;
 * text takes the widget's own colour. The accessible description repeats
 * every figure for screen readers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "thanrak-bar-chart.h"

#define BAR_HEIGHT 14
#define BAR_GAP 3
#define ROW_GAP 10
#define LABEL_WIDTH 150
#define VALUE_WIDTH 170

typedef struct
{
  char    *label;
  gint64  *values;
  char   **texts;
} Row;

struct _ThanrakBarChart
{
  GtkWidget   parent_instance;

  GStrv       names;
  GStrv       colours;
  GPtrArray  *rows;
};

G_DEFINE_FINAL_TYPE (ThanrakBarChart, thanrak_bar_chart, GTK_TYPE_WIDGET)

static void
row_free (gpointer data)
{
  Row *row = data;

  g_free (row->label);
  g_free (row->values);
  g_strfreev (row->texts);
  g_free (row);
}

static guint
n_series (ThanrakBarChart *self)
{
  return self->names ? g_strv_length (self->names) : 0;
}

static int
row_height (ThanrakBarChart *self)
{
  guint n = MAX (n_series (self), 1);

  return (int) n * BAR_HEIGHT + ((int) n - 1) * BAR_GAP;
}

static void
update_description (ThanrakBarChart *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint r = 0; r < self->rows->len; r++)
    {
      Row *row = g_ptr_array_index (self->rows, r);

      g_string_append_printf (text, "%s:", row->label);
      for (guint s = 0; s < n_series (self); s++)
        g_string_append_printf (text, " %s %s%s", self->names[s], row->texts[s],
                                s + 1 < n_series (self) ? "," : "");
      g_string_append (text, ". ");
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str, -1);
}

static void
thanrak_bar_chart_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  ThanrakBarChart *self = THANRAK_BAR_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = LABEL_WIDTH + VALUE_WIDTH + 60;
      *natural = LABEL_WIDTH + VALUE_WIDTH + 400;
    }
  else
    {
      int h = (int) self->rows->len * (row_height (self) + ROW_GAP);
      *minimum = *natural = MAX (h, 1);
    }
}

static void
append_text (GtkWidget   *widget,
             GtkSnapshot *snapshot,
             const char  *text,
             int          x,
             int          y,
             int          width,
             int          height,
             const GdkRGBA *colour)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  int text_width, text_height;

  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y + (height - text_height) / 2.0f));
  gtk_snapshot_append_layout (snapshot, layout, colour);
  gtk_snapshot_restore (snapshot);
}

static void
thanrak_bar_chart_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  ThanrakBarChart *self = THANRAK_BAR_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int bar_space = MAX (width - LABEL_WIDTH - VALUE_WIDTH, 10);
  guint n = n_series (self);
  g_autofree gint64 *max = g_new0 (gint64, MAX (n, 1));
  GdkRGBA fg;
  GdkRGBA track;

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
G_GNUC_END_IGNORE_DEPRECATIONS
  track = fg;
  track.alpha = 0.08f;

  for (guint r = 0; r < self->rows->len; r++)
    {
      Row *row = g_ptr_array_index (self->rows, r);
      for (guint s = 0; s < n; s++)
        max[s] = MAX (max[s], row->values[s]);
    }

  for (guint r = 0; r < self->rows->len; r++)
    {
      Row *row = g_ptr_array_index (self->rows, r);
      int y = (int) r * (row_height (self) + ROW_GAP);

      append_text (widget, snapshot, row->label, 0, y, LABEL_WIDTH - 8, row_height (self), &fg);
      for (guint s = 0; s < n; s++)
        {
          int by = y + (int) s * (BAR_HEIGHT + BAR_GAP);
          double share = max[s] > 0 ? (double) row->values[s] / (double) max[s] : 0.0;
          const char *colour_text = self->colours[s];
          GdkRGBA colour;

          /* A series colour of "*" means each row's own colour, set with
           * the value text as "colour|text". */
          if (g_str_equal (colour_text, "*") && strchr (row->texts[s], '|') != NULL)
            {
              g_autofree char *c = g_strndup (row->texts[s], strchr (row->texts[s], '|') - row->texts[s]);
              if (!gdk_rgba_parse (&colour, c))
                colour = fg;
              share = 1.0;
            }
          else if (!gdk_rgba_parse (&colour, colour_text))
            colour = fg;

          gtk_snapshot_append_color (snapshot, &track,
                                     &GRAPHENE_RECT_INIT (LABEL_WIDTH, by, bar_space, BAR_HEIGHT));
          if (share > 0)
            gtk_snapshot_append_color (snapshot, &colour,
                                       &GRAPHENE_RECT_INIT (LABEL_WIDTH, by, (float) (bar_space * share), BAR_HEIGHT));
          append_text (widget, snapshot,
                       strchr (row->texts[s], '|') ? strchr (row->texts[s], '|') + 1 : row->texts[s],
                       LABEL_WIDTH + bar_space + 8, by, VALUE_WIDTH - 8, BAR_HEIGHT, &fg);
        }
    }
}

static void
thanrak_bar_chart_finalize (GObject *object)
{
  ThanrakBarChart *self = THANRAK_BAR_CHART (object);

  g_strfreev (self->names);
  g_strfreev (self->colours);
  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (thanrak_bar_chart_parent_class)->finalize (object);
}

static void
thanrak_bar_chart_class_init (ThanrakBarChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = thanrak_bar_chart_finalize;
  widget_class->measure = thanrak_bar_chart_measure;
  widget_class->snapshot = thanrak_bar_chart_snapshot;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "barchart");
}

static void
thanrak_bar_chart_init (ThanrakBarChart *self)
{
  self->rows = g_ptr_array_new_with_free_func (row_free);
}

/**
 * thanrak_bar_chart_new:
 *
 * Returns: (transfer floating): a new, empty #ThanrakBarChart
 */
GtkWidget *
thanrak_bar_chart_new (void)
{
  return g_object_new (THANRAK_TYPE_BAR_CHART, NULL);
}

/**
 * thanrak_bar_chart_set_series:
 * @self: a #ThanrakBarChart
 * @names: (array zero-terminated=1): the name of each series, e.g. ศูนย์ฯ
 * @colours: (array zero-terminated=1): a CSS colour per series, or `*`
 *   for a series whose bars each take the colour given with their value
 *   text (`colour|text`) and are drawn full length, as bands
 *
 * Sets the series and clears the rows.
 */
void
thanrak_bar_chart_set_series (ThanrakBarChart    *self,
                              const char * const *names,
                              const char * const *colours)
{
  g_return_if_fail (THANRAK_IS_BAR_CHART (self));
  g_return_if_fail (g_strv_length ((GStrv) names) == g_strv_length ((GStrv) colours));

  g_strfreev (self->names);
  g_strfreev (self->colours);
  self->names = g_strdupv ((GStrv) names);
  self->colours = g_strdupv ((GStrv) colours);
  thanrak_bar_chart_clear (self);
}

/**
 * thanrak_bar_chart_clear:
 * @self: a #ThanrakBarChart
 *
 * Removes every row.
 */
void
thanrak_bar_chart_clear (ThanrakBarChart *self)
{
  g_return_if_fail (THANRAK_IS_BAR_CHART (self));

  g_ptr_array_set_size (self->rows, 0);
  update_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * thanrak_bar_chart_add_row:
 * @self: a #ThanrakBarChart
 * @label: the row's label, e.g. a district
 * @values: (array): one value per series (counts, or satang); bars are
 *   drawn in proportion to the largest value of their series
 * @value_texts: (array zero-terminated=1): the value of each series as
 *   shown beside its bar
 *
 * Adds a row below the others.
 */
void
thanrak_bar_chart_add_row (ThanrakBarChart    *self,
                           const char         *label,
                           const gint64       *values,
                           const char * const *value_texts)
{
  Row *row;

  g_return_if_fail (THANRAK_IS_BAR_CHART (self));
  g_return_if_fail (g_strv_length ((GStrv) value_texts) == n_series (self));

  row = g_new0 (Row, 1);
  row->label = g_strdup (label);
  row->values = g_memdup2 (values, sizeof (gint64) * MAX (n_series (self), 1));
  row->texts = g_strdupv ((GStrv) value_texts);
  g_ptr_array_add (self->rows, row);
  update_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * thanrak_bar_chart_get_n_rows:
 * @self: a #ThanrakBarChart
 *
 * Returns: the number of rows drawn
 */
guint
thanrak_bar_chart_get_n_rows (ThanrakBarChart *self)
{
  g_return_val_if_fail (THANRAK_IS_BAR_CHART (self), 0);

  return self->rows->len;
}
