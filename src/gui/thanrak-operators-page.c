/* thanrak-operators-page.c: the OTOP operators page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-operator.h"
#include "thanrak-operators-page.h"

/**
 * ThanrakOperatorsPage:
 *
 * ผู้ประกอบการ OTOP: the operators, searched and sorted by SQLite, beside
 * the editor of one (seed 004 part 1: code, name, type, address, phone,
 * readiness).
 */
struct _ThanrakOperatorsPage
{
  GtkWidget          parent_instance;

  ThanrakForm       *form;

  /* Template widgets */
  ThanrakRecordPage *page;
  GtkWidget         *editor;
  AdwEntryRow       *code_row;
  AdwEntryRow       *name_row;
  AdwComboRow       *type_row;
  AdwActionRow      *year_row;
  GtkSpinButton     *year_spin;
  AdwEntryRow       *phone_row;
  AdwEntryRow       *house_row;
  AdwActionRow      *village_row;
  GtkSpinButton     *village_spin;
  AdwComboRow       *province_row;
  AdwComboRow       *district_row;
  AdwComboRow       *subdistrict_row;
  AdwActionRow      *trained_row;
  GtkSwitch         *trained_switch;
  AdwActionRow      *online_row;
  GtkSwitch         *online_switch;
  AdwActionRow      *target_row;
  GtkSpinButton     *target_spin;
};

G_DEFINE_FINAL_TYPE (ThanrakOperatorsPage, thanrak_operators_page, GTK_TYPE_WIDGET)

/**
 * thanrak_operators_page_get_record_page:
 * @self: a #ThanrakOperatorsPage
 *
 * Returns: (transfer none): the list and editor
 */
ThanrakRecordPage *
thanrak_operators_page_get_record_page (ThanrakOperatorsPage *self)
{
  g_return_val_if_fail (THANRAK_IS_OPERATORS_PAGE (self), NULL);

  return self->page;
}

static void
thanrak_operators_page_dispose (GObject *object)
{
  ThanrakOperatorsPage *self = THANRAK_OPERATORS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), THANRAK_TYPE_OPERATORS_PAGE);
  g_clear_object (&self->form);

  G_OBJECT_CLASS (thanrak_operators_page_parent_class)->dispose (object);
}

static void
thanrak_operators_page_class_init (ThanrakOperatorsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = thanrak_operators_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/thanrak-operators-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ThanrakOperatorsPage, page);
  gtk_widget_class_bind_template_child (widget_class, ThanrakOperatorsPage, editor);
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, ThanrakOperatorsPage, name)
  BIND (code_row);
  BIND (name_row);
  BIND (type_row);
  BIND (year_row);
  BIND (year_spin);
  BIND (phone_row);
  BIND (house_row);
  BIND (village_row);
  BIND (village_spin);
  BIND (province_row);
  BIND (district_row);
  BIND (subdistrict_row);
  BIND (trained_row);
  BIND (trained_switch);
  BIND (online_row);
  BIND (online_switch);
  BIND (target_row);
  BIND (target_spin);
#undef BIND
}

static void
thanrak_operators_page_init (ThanrakOperatorsPage *self)
{
  ThanrakListView *list;

  g_type_ensure (THANRAK_TYPE_RECORD_PAGE);
  g_type_ensure (THANRAK_TYPE_OPERATOR);
  gtk_widget_init_template (GTK_WIDGET (self));

  list = thanrak_record_page_get_list_view (self->page);
  thanrak_list_view_add_column (list, _("Operator code"), "code", THANRAK_COLUMN_TEXT, 15, FALSE);
  thanrak_list_view_add_column (list, _("Operator name"), "name", THANRAK_COLUMN_TEXT, 30, TRUE);
  thanrak_list_view_add_column (list, _("Operator type"), "operator-type", THANRAK_COLUMN_ENUM, 22, FALSE);
  thanrak_list_view_add_column (list, _("District"), "district-code", THANRAK_COLUMN_DISTRICT, 14, FALSE);
  thanrak_list_view_add_column (list, _("Year registered"), "year-registered", THANRAK_COLUMN_NUMBER, 11, FALSE);
  thanrak_list_view_add_column (list, _("Phone number"), "phone", THANRAK_COLUMN_TEXT, 12, FALSE);

  self->form = thanrak_form_new (THANRAK_TYPE_OPERATOR);
  thanrak_form_add_entry (self->form, self->code_row, "code");
  thanrak_form_add_entry (self->form, self->name_row, "name");
  thanrak_form_add_enum (self->form, self->type_row, "operator-type");
  thanrak_form_add_spin (self->form, self->year_row, self->year_spin, "year-registered");
  thanrak_form_add_entry (self->form, self->phone_row, "phone");
  thanrak_form_add_entry (self->form, self->house_row, "house-number");
  thanrak_form_add_spin (self->form, self->village_row, self->village_spin, "village-number");
  thanrak_form_add_places (self->form, self->province_row, self->district_row, self->subdistrict_row);
  thanrak_form_add_switch (self->form, self->trained_row, self->trained_switch, "trained-online");
  thanrak_form_add_switch (self->form, self->online_row, self->online_switch, "sells-online");
  thanrak_form_add_spin (self->form, self->target_row, self->target_spin, "target-group");

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->page), GTK_ACCESSIBLE_PROPERTY_LABEL, _("OTOP Operators"), -1);
  thanrak_record_page_set_editor (self->page, "operators", self->editor, self->form,
                                  THANRAK_TYPE_OPERATOR, _("New Operator"));
}
