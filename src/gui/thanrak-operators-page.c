/* thanrak-operators-page.c: the OTOP operators page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "thanrak-monthly-sales.h"
#include "thanrak-operator.h"
#include "thanrak-thai.h"
#include "thanrak-validation.h"
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
  GtkSpinButton     *fiscal_year;
  GtkEntry          *online[12];   /* October first: the fiscal year */
  GtkEntry          *offline[12];
  gint64             sales_ids[12];
  gboolean           showing_sales;

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
  AdwPreferencesGroup *sales_group;
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

/* Monthly sales ------------------------------------------------------------ */

/* Month i of the grid (0 = October) in fiscal year @fy (BE): its calendar
 * month and BE year. */
static void
grid_month (int  fy,
            int  i,
            int *year,
            int *month)
{
  *month = (i + 9) % 12 + 1;
  *year = *month >= 10 ? fy - 1 : fy;
}

static void
set_amount (GtkEntry *entry,
            gint64    satang)
{
  g_autofree char *text = satang != 0 ? thanrak_thai_format_baht (satang, FALSE) : g_strdup ("");

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

/* Reads the sales of the operator in the editor for the fiscal year. */
static void
show_sales (ThanrakOperatorsPage *self)
{
  ThanrakRecord *op = thanrak_form_get_record (self->form);
  ThanrakStore *store = thanrak_record_page_get_store (self->page);
  ThanrakStoreQuery q = { .parent_field = "operator-id" };
  g_autoptr(GPtrArray) rows = NULL;
  int fy = gtk_spin_button_get_value_as_int (self->fiscal_year);

  self->showing_sales = TRUE;
  memset (self->sales_ids, 0, sizeof self->sales_ids);
  for (int i = 0; i < 12; i++)
    {
      set_amount (self->online[i], 0);
      set_amount (self->offline[i], 0);
    }
  q.parent_id = op != NULL ? thanrak_record_get_id (op) : 0;
  q.fiscal_year = fy;
  if (store != NULL && q.parent_id > 0)
    rows = thanrak_store_list (store, THANRAK_TYPE_MONTHLY_SALES, &q, NULL);
  for (guint r = 0; rows != NULL && r < rows->len; r++)
    {
      ThanrakRecord *row = rows->pdata[r];
      int month = (int) thanrak_record_get_number (row, "month");
      int i = (month + 2) % 12;   /* October is 0 */

      self->sales_ids[i] = thanrak_record_get_id (row);
      set_amount (self->online[i], thanrak_record_get_number (row, "online-satang"));
      set_amount (self->offline[i], thanrak_record_get_number (row, "offline-satang"));
    }
  self->showing_sales = FALSE;
}

static void
sales_changed_cb (ThanrakOperatorsPage *self)
{
  if (!self->showing_sales)
    thanrak_form_changed (self->form);
}

static gboolean
read_amount (GtkEntry *entry,
             gint64   *satang)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  *satang = 0;
  if (*text == '\0')
    {
      gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
      return TRUE;
    }
  if (thanrak_thai_parse_baht (text, satang, NULL) && *satang >= 0)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
      return TRUE;
    }
  gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  return FALSE;
}

/* Saves the grid as MonthlySales records, once the operator is saved. */
static void
saved_cb (ThanrakOperatorsPage *self,
          ThanrakRecord        *op)
{
  ThanrakStore *store = thanrak_record_page_get_store (self->page);
  int fy = gtk_spin_button_get_value_as_int (self->fiscal_year);
  g_autoptr(GError) error = NULL;

  for (int i = 0; i < 12 && error == NULL; i++)
    {
      g_autoptr(ThanrakMonthlySales) row = NULL;
      gint64 online, offline;
      int year, month;

      if (!read_amount (self->online[i], &online) || !read_amount (self->offline[i], &offline))
        continue;
      if (online == 0 && offline == 0 && self->sales_ids[i] == 0)
        continue;
      grid_month (fy, i, &year, &month);
      row = thanrak_monthly_sales_new ();
      thanrak_record_set_id (THANRAK_RECORD (row), self->sales_ids[i]);
      g_object_set (row, "operator-id", thanrak_record_get_id (op), "year", year, "month", month,
                    "online-satang", online, "offline-satang", offline, NULL);
      if (thanrak_store_save (store, THANRAK_RECORD (row), &error))
        self->sales_ids[i] = thanrak_record_get_id (THANRAK_RECORD (row));
    }
  if (error != NULL)
    thanrak_record_page_toast (self->page, error->message);
}

static void
add_sales_grid (ThanrakOperatorsPage *self)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *year_row = adw_action_row_new ();
  GtkWidget *frame = gtk_frame_new (NULL);

  self->fiscal_year = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (THANRAK_YEAR_BE_MIN, 2700, 1));
  gtk_spin_button_set_value (self->fiscal_year, thanrak_current_year_be ());
  gtk_widget_set_valign (GTK_WIDGET (self->fiscal_year), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->fiscal_year), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Fiscal year (BE)"), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (year_row), _("Fiscal year (BE)"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (year_row), GTK_WIDGET (self->fiscal_year));
  adw_preferences_group_add (self->sales_group, year_row);
  g_signal_connect_swapped (self->fiscal_year, "value-changed", G_CALLBACK (show_sales), self);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_widget_set_margin_top (grid, 8);
  gtk_widget_set_margin_bottom (grid, 8);
  gtk_grid_attach (GTK_GRID (grid), gtk_label_new (_("Month")), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), gtk_label_new (_("Online (baht)")), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), gtk_label_new (_("Offline (baht)")), 2, 0, 1, 1);
  for (int i = 0; i < 12; i++)
    {
      int month = (i + 9) % 12 + 1;
      const char *name = thanrak_thai_month_name ((GDateMonth) month, FALSE);
      GtkWidget *label = gtk_label_new (name);
      g_autofree char *online_name = g_strdup_printf (_("Online sales, %s"), name);
      g_autofree char *offline_name = g_strdup_printf (_("Offline sales, %s"), name);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      self->online[i] = GTK_ENTRY (gtk_entry_new ());
      self->offline[i] = GTK_ENTRY (gtk_entry_new ());
      gtk_editable_set_width_chars (GTK_EDITABLE (self->online[i]), 10);
      gtk_editable_set_width_chars (GTK_EDITABLE (self->offline[i]), 10);
      gtk_entry_set_alignment (self->online[i], 1.0);
      gtk_entry_set_alignment (self->offline[i], 1.0);
      gtk_entry_set_input_purpose (self->online[i], GTK_INPUT_PURPOSE_NUMBER);
      gtk_entry_set_input_purpose (self->offline[i], GTK_INPUT_PURPOSE_NUMBER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->online[i]), GTK_ACCESSIBLE_PROPERTY_LABEL, online_name, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->offline[i]), GTK_ACCESSIBLE_PROPERTY_LABEL, offline_name, -1);
      gtk_grid_attach (GTK_GRID (grid), label, 0, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->online[i]), 1, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->offline[i]), 2, i + 1, 1, 1);
      g_signal_connect_swapped (self->online[i], "changed", G_CALLBACK (sales_changed_cb), self);
      g_signal_connect_swapped (self->offline[i], "changed", G_CALLBACK (sales_changed_cb), self);
    }
  gtk_frame_set_child (GTK_FRAME (frame), grid);
  gtk_widget_add_css_class (frame, "card");
  gtk_widget_set_margin_top (frame, 12);
  adw_preferences_group_add (self->sales_group, frame);
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
  BIND (sales_group);
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

  add_sales_grid (self);
  g_signal_connect_object (self->page, "opened", G_CALLBACK (show_sales), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->page, "saved", G_CALLBACK (saved_cb), self, G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->page), GTK_ACCESSIBLE_PROPERTY_LABEL, _("OTOP Operators"), -1);
  thanrak_record_page_set_editor (self->page, "operators", self->editor, self->form,
                                  THANRAK_TYPE_OPERATOR, _("New Operator"));
}
