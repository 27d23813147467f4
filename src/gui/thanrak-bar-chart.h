/* thanrak-bar-chart.h: a horizontal bar chart drawn with GtkSnapshot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define THANRAK_TYPE_BAR_CHART (thanrak_bar_chart_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakBarChart, thanrak_bar_chart, THANRAK, BAR_CHART, GtkWidget)

GtkWidget *thanrak_bar_chart_new         (void);
void       thanrak_bar_chart_set_series  (ThanrakBarChart    *self,
                                          const char * const *names,
                                          const char * const *colours);
void       thanrak_bar_chart_clear       (ThanrakBarChart    *self);
void       thanrak_bar_chart_add_row     (ThanrakBarChart    *self,
                                          const char         *label,
                                          const gint64       *values,
                                          const char * const *value_texts);
guint      thanrak_bar_chart_get_n_rows  (ThanrakBarChart    *self);

G_END_DECLS
