/* thanrak-products-page.c: the products page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-core-enums.h"
#include "thanrak-model-enums.h"
#include "thanrak-product.h"
#include "thanrak-products-page.h"

/**
 * ThanrakProductsPage:
 *
 * ผลิตภัณฑ์: the OTOP products beside the editor of one: its operator,
 * category, stars, standards with their year and number, online
 * development and the attributes of the selection (seed 004 part 2).
 */

typedef struct
{
  AdwExpanderRow *row;
  GtkSpinButton  *year;
  AdwEntryRow    *reference;
} StandardRows;

struct _ThanrakProductsPage
{
  GtkWidget            parent_instance;

  ThanrakForm         *form;
  StandardRows        *standards;
  guint                n_standards;
  gboolean             showing;

  /* Template widgets */
  ThanrakRecordPage   *page;
  GtkWidget           *editor;
  AdwPreferencesGroup *product_group;
  AdwPreferencesGroup *stars_group;
  AdwPreferencesGroup *standards_group;
  AdwPreferencesGroup *online_group;
};

G_DEFINE_FINAL_TYPE (ThanrakProductsPage, thanrak_products_page, GTK_TYPE_WIDGET)

/**
 * thanrak_products_page_get_record_page:
 * @self: a #ThanrakProductsPage
 *
 * Returns: (transfer none): the list and editor
 */
ThanrakRecordPage *
thanrak_products_page_get_record_page (ThanrakProductsPage *self)
{
  g_return_val_if_fail (THANRAK_IS_PRODUCTS_PAGE (self), NULL);

  return self->page;
}

/* The standard rows write the product's standards whole. */
static void
standards_changed_cb (ThanrakProductsPage *self)
{
  ThanrakProduct *product = THANRAK_PRODUCT (thanrak_form_get_record (self->form));

  if (self->showing)
    return;
  thanrak_product_clear_standards (product);
  for (guint i = 0; i < self->n_standards; i++)
    {
      StandardRows *s = &self->standards[i];
      const char *reference = gtk_editable_get_text (GTK_EDITABLE (s->reference));

      if (adw_expander_row_get_enable_expansion (s->row))
        thanrak_product_add_standard (product, (ThanrakStandard) i,
                                      gtk_spin_button_get_value_as_int (s->year),
                                      *reference != '\0' ? reference : NULL);
    }
  thanrak_form_changed (self->form);
}

static void
opened_cb (ThanrakProductsPage *self,
           ThanrakRecord       *record)
{
  GPtrArray *standards = thanrak_product_get_standards (THANRAK_PRODUCT (record));

  self->showing = TRUE;
  for (guint i = 0; i < self->n_standards; i++)
    {
      StandardRows *s = &self->standards[i];
      ThanrakProductStandard *held = NULL;

      for (guint j = 0; standards != NULL && j < standards->len; j++)
        if (((ThanrakProductStandard *) standards->pdata[j])->standard == (ThanrakStandard) i)
          held = standards->pdata[j];
      adw_expander_row_set_enable_expansion (s->row, held != NULL);
      adw_expander_row_set_expanded (s->row, held != NULL);
      gtk_spin_button_set_value (s->year, held != NULL ? held->year : 0);
      gtk_editable_set_text (GTK_EDITABLE (s->reference), held != NULL && held->reference != NULL ? held->reference : "");
    }
  self->showing = FALSE;
}

static void
add_standard_rows (ThanrakProductsPage *self)
{
  self->n_standards = thanrak_enum_get_n_values (THANRAK_TYPE_STANDARD);
  self->standards = g_new0 (StandardRows, self->n_standards);
  for (guint i = 0; i < self->n_standards; i++)
    {
      StandardRows *s = &self->standards[i];
      GtkWidget *year_row = adw_action_row_new ();
      const char *label = thanrak_enum_get_label (THANRAK_TYPE_STANDARD, (int) i);

      s->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (s->row), label);
      adw_expander_row_set_show_enable_switch (s->row, TRUE);
      adw_expander_row_set_enable_expansion (s->row, FALSE);

      s->year = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 2700, 1));
      gtk_spin_button_set_numeric (s->year, TRUE);
      gtk_widget_set_valign (GTK_WIDGET (s->year), GTK_ALIGN_CENTER);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (year_row), _("Year granted (BE)"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (s->year), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Year granted (BE)"), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (year_row), GTK_WIDGET (s->year));
      adw_expander_row_add_row (s->row, year_row);

      s->reference = ADW_ENTRY_ROW (adw_entry_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (s->reference), _("Certificate number"));
      adw_expander_row_add_row (s->row, GTK_WIDGET (s->reference));

      adw_preferences_group_add (self->standards_group, GTK_WIDGET (s->row));
      g_signal_connect_swapped (s->row, "notify::enable-expansion", G_CALLBACK (standards_changed_cb), self);
      g_signal_connect_swapped (s->year, "value-changed", G_CALLBACK (standards_changed_cb), self);
      g_signal_connect_swapped (s->reference, "changed", G_CALLBACK (standards_changed_cb), self);
    }
}

static void
thanrak_products_page_dispose (GObject *object)
{
  ThanrakProductsPage *self = THANRAK_PRODUCTS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), THANRAK_TYPE_PRODUCTS_PAGE);
  g_clear_object (&self->form);
  g_clear_pointer (&self->standards, g_free);

  G_OBJECT_CLASS (thanrak_products_page_parent_class)->dispose (object);
}

static void
thanrak_products_page_class_init (ThanrakProductsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = thanrak_products_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/thanrak-products-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ThanrakProductsPage, page);
  gtk_widget_class_bind_template_child (widget_class, ThanrakProductsPage, editor);
  gtk_widget_class_bind_template_child (widget_class, ThanrakProductsPage, product_group);
  gtk_widget_class_bind_template_child (widget_class, ThanrakProductsPage, stars_group);
  gtk_widget_class_bind_template_child (widget_class, ThanrakProductsPage, standards_group);
  gtk_widget_class_bind_template_child (widget_class, ThanrakProductsPage, online_group);
}

static void
thanrak_products_page_init (ThanrakProductsPage *self)
{
  static const char * const attributes[] = {
    "online-developed", "local-identity", "gi-product", "trend-health",
    "trend-elderly", "trend-eco", "key-provincial",
  };
  ThanrakListView *list;
  GtkWidget *operator_row;

  g_type_ensure (THANRAK_TYPE_RECORD_PAGE);
  g_type_ensure (THANRAK_TYPE_PRODUCT);
  gtk_widget_init_template (GTK_WIDGET (self));

  list = thanrak_record_page_get_list_view (self->page);
  thanrak_list_view_add_column (list, _("Product name"), "name", THANRAK_COLUMN_TEXT, 30, TRUE);
  thanrak_list_view_add_column (list, _("Product category"), "category", THANRAK_COLUMN_ENUM, 22, FALSE);
  thanrak_list_view_add_column (list, _("Star rating"), "star-rating", THANRAK_COLUMN_NUMBER, 8, FALSE);
  thanrak_list_view_add_column (list, _("Year of the star rating"), "star-year", THANRAK_COLUMN_NUMBER, 19, FALSE);
  thanrak_list_view_add_column (list, _("Year registered"), "year-registered", THANRAK_COLUMN_NUMBER, 11, FALSE);

  self->form = thanrak_form_new (THANRAK_TYPE_PRODUCT);
  operator_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (operator_row), _("Operator code"));
  adw_preferences_group_add (self->product_group, operator_row);
  thanrak_form_add_operator (self->form, ADW_ENTRY_ROW (operator_row), "operator-id");
  thanrak_form_append_entry (self->form, self->product_group, "name");
  thanrak_form_append_enum (self->form, self->product_group, "category");
  thanrak_form_append_spin (self->form, self->product_group, "year-registered", _("Year registered (BE)"), 0, 2700);
  thanrak_form_append_spin (self->form, self->stars_group, "star-rating", NULL, 0, 5);
  thanrak_form_append_spin (self->form, self->stars_group, "star-year", _("Year of the star rating (BE)"), 0, 2700);
  add_standard_rows (self);
  for (guint i = 0; i < G_N_ELEMENTS (attributes); i++)
    thanrak_form_append_switch (self->form, self->online_group, attributes[i]);

  g_signal_connect_object (self->page, "opened", G_CALLBACK (opened_cb), self, G_CONNECT_SWAPPED);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->page), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Products"), -1);
  thanrak_record_page_set_editor (self->page, "products", self->editor, self->form,
                                  THANRAK_TYPE_PRODUCT, _("New Product"));
}
