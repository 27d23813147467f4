/* thanrak-events-page.c: the marketing events page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-marketing-event.h"
#include "thanrak-events-page.h"

/**
 * ThanrakEventsPage:
 *
 * กิจกรรมส่งเสริมการตลาด: the non-budget marketing events beside the
 * editor of one: date (BE), name, place, district, the number of
 * operators taking part and their sales in baht.
 */
struct _ThanrakEventsPage
{
  GtkWidget            parent_instance;

  ThanrakForm         *form;

  /* Template widgets */
  ThanrakRecordPage   *page;
  GtkWidget           *editor;
  AdwPreferencesGroup *event_group;
  AdwPreferencesGroup *place_group;
  AdwPreferencesGroup *result_group;
};

G_DEFINE_FINAL_TYPE (ThanrakEventsPage, thanrak_events_page, GTK_TYPE_WIDGET)

/**
 * thanrak_events_page_get_record_page:
 * @self: a #ThanrakEventsPage
 *
 * Returns: (transfer none): the list and editor
 */
ThanrakRecordPage *
thanrak_events_page_get_record_page (ThanrakEventsPage *self)
{
  g_return_val_if_fail (THANRAK_IS_EVENTS_PAGE (self), NULL);

  return self->page;
}

static void
thanrak_events_page_dispose (GObject *object)
{
  ThanrakEventsPage *self = THANRAK_EVENTS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), THANRAK_TYPE_EVENTS_PAGE);
  g_clear_object (&self->form);

  G_OBJECT_CLASS (thanrak_events_page_parent_class)->dispose (object);
}

static void
thanrak_events_page_class_init (ThanrakEventsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = thanrak_events_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/thanrak-events-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ThanrakEventsPage, page);
  gtk_widget_class_bind_template_child (widget_class, ThanrakEventsPage, editor);
  gtk_widget_class_bind_template_child (widget_class, ThanrakEventsPage, event_group);
  gtk_widget_class_bind_template_child (widget_class, ThanrakEventsPage, place_group);
  gtk_widget_class_bind_template_child (widget_class, ThanrakEventsPage, result_group);
}

static GtkWidget *
titled (GtkWidget  *row,
        const char *title)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  return row;
}

static void
thanrak_events_page_init (ThanrakEventsPage *self)
{
  ThanrakListView *list;
  GtkWidget *date_row, *province_row, *district_row, *sales_row;

  g_type_ensure (THANRAK_TYPE_RECORD_PAGE);
  g_type_ensure (THANRAK_TYPE_MARKETING_EVENT);
  gtk_widget_init_template (GTK_WIDGET (self));

  list = thanrak_record_page_get_list_view (self->page);
  thanrak_list_view_add_column (list, _("Event date"), "event-date", THANRAK_COLUMN_DATE_BE, 11, FALSE);
  thanrak_list_view_add_column (list, _("Event name"), "name", THANRAK_COLUMN_TEXT, 28, TRUE);
  thanrak_list_view_add_column (list, _("Place"), "place", THANRAK_COLUMN_TEXT, 18, FALSE);
  thanrak_list_view_add_column (list, _("District"), "district-code", THANRAK_COLUMN_DISTRICT, 14, FALSE);
  thanrak_list_view_add_column (list, _("Operators taking part"), "operators", THANRAK_COLUMN_NUMBER, 12, FALSE);
  thanrak_list_view_add_column (list, _("Sales (baht)"), "sales-satang", THANRAK_COLUMN_BAHT, 12, FALSE);

  self->form = thanrak_form_new (THANRAK_TYPE_MARKETING_EVENT);
  date_row = titled (adw_entry_row_new (), _("Event date (e.g. 15 มี.ค. 2566)"));
  adw_preferences_group_add (self->event_group, date_row);
  thanrak_form_add_date_be (self->form, ADW_ENTRY_ROW (date_row), "event-date");
  thanrak_form_append_entry (self->form, self->event_group, "name");
  thanrak_form_append_entry (self->form, self->place_group, "place");
  province_row = titled (adw_combo_row_new (), _("Province"));
  district_row = titled (adw_combo_row_new (), _("District"));
  adw_preferences_group_add (self->place_group, province_row);
  adw_preferences_group_add (self->place_group, district_row);
  thanrak_form_add_places (self->form, ADW_COMBO_ROW (province_row), ADW_COMBO_ROW (district_row), NULL);
  thanrak_form_append_spin (self->form, self->result_group, "operators", NULL, 0, 100000);
  sales_row = titled (adw_entry_row_new (), _("Sales (baht)"));
  adw_preferences_group_add (self->result_group, sales_row);
  thanrak_form_add_baht (self->form, ADW_ENTRY_ROW (sales_row), "sales-satang");

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->page), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Marketing Events"), -1);
  thanrak_record_page_set_editor (self->page, "events", self->editor, self->form,
                                  THANRAK_TYPE_MARKETING_EVENT, _("New Marketing Event"));
}
