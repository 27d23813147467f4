/* thanrak-channels-page.c: the online channels page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-online-channel.h"
#include "thanrak-channels-page.h"

/**
 * ThanrakChannelsPage:
 *
 * ช่องทางออนไลน์: the online channels of the products beside the editor
 * of one: its product (picked among its operator's), the platform, the
 * page, ID or link (checked per platform by the model) and the date it
 * was first listed, in BE.
 */
struct _ThanrakChannelsPage
{
  GtkWidget            parent_instance;

  ThanrakForm         *form;

  /* Template widgets */
  ThanrakRecordPage   *page;
  GtkWidget           *editor;
  AdwPreferencesGroup *channel_group;
};

G_DEFINE_FINAL_TYPE (ThanrakChannelsPage, thanrak_channels_page, GTK_TYPE_WIDGET)

/**
 * thanrak_channels_page_get_record_page:
 * @self: a #ThanrakChannelsPage
 *
 * Returns: (transfer none): the list and editor
 */
ThanrakRecordPage *
thanrak_channels_page_get_record_page (ThanrakChannelsPage *self)
{
  g_return_val_if_fail (THANRAK_IS_CHANNELS_PAGE (self), NULL);

  return self->page;
}

static void
thanrak_channels_page_dispose (GObject *object)
{
  ThanrakChannelsPage *self = THANRAK_CHANNELS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), THANRAK_TYPE_CHANNELS_PAGE);
  g_clear_object (&self->form);

  G_OBJECT_CLASS (thanrak_channels_page_parent_class)->dispose (object);
}

static void
thanrak_channels_page_class_init (ThanrakChannelsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = thanrak_channels_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/thanrak-channels-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ThanrakChannelsPage, page);
  gtk_widget_class_bind_template_child (widget_class, ThanrakChannelsPage, editor);
  gtk_widget_class_bind_template_child (widget_class, ThanrakChannelsPage, channel_group);
}

static void
thanrak_channels_page_init (ThanrakChannelsPage *self)
{
  ThanrakListView *list;
  GtkWidget *operator_row, *product_row;

  g_type_ensure (THANRAK_TYPE_RECORD_PAGE);
  g_type_ensure (THANRAK_TYPE_ONLINE_CHANNEL);
  gtk_widget_init_template (GTK_WIDGET (self));

  list = thanrak_record_page_get_list_view (self->page);
  thanrak_list_view_add_column (list, _("Page, ID or link"), "identifier", THANRAK_COLUMN_TEXT, 32, TRUE);
  thanrak_list_view_add_column (list, _("Platform"), "platform", THANRAK_COLUMN_ENUM, 12, FALSE);
  thanrak_list_view_add_column (list, _("Date first listed"), "listed-on", THANRAK_COLUMN_DATE_BE, 14, FALSE);

  self->form = thanrak_form_new (THANRAK_TYPE_ONLINE_CHANNEL);
  operator_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (operator_row), _("Operator code"));
  adw_preferences_group_add (self->channel_group, operator_row);
  product_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (product_row), _("Product"));
  adw_preferences_group_add (self->channel_group, product_row);
  thanrak_form_add_product (self->form, ADW_ENTRY_ROW (operator_row), ADW_COMBO_ROW (product_row), "product-id");
  thanrak_form_append_enum (self->form, self->channel_group, "platform");
  thanrak_form_append_entry (self->form, self->channel_group, "identifier");
  {
    GtkWidget *row = adw_entry_row_new ();
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Date first listed (e.g. 15 มี.ค. 2565)"));
    adw_preferences_group_add (self->channel_group, row);
    thanrak_form_add_date_be (self->form, ADW_ENTRY_ROW (row), "listed-on");
  }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->page), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Online Channels"), -1);
  thanrak_record_page_set_editor (self->page, "channels", self->editor, self->form,
                                  THANRAK_TYPE_ONLINE_CHANNEL, _("New Online Channel"));
}
