/* thanrak-form.c: editor rows bound to the fields of a record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-form.h"
#include "thanrak-model-enums.h"
#include "thanrak-operator.h"
#include "thanrak-product.h"
#include "thanrak-thai.h"
#include "thanrak-validation.h"

/**
 * ThanrakForm:
 *
 * The logic every record editor shares: rows of a libadwaita form
 * (#AdwEntryRow, #AdwComboRow, rows with a spin button or a switch) bound
 * to the fields of a copy of the record being edited. Each change is
 * written to the copy and the copy validated with the model's rules
 * (thanrak_record_validate()): the field named by the message gets the
 * `error` style and the message is shown in a line under it.
 * #ThanrakForm:valid and #ThanrakForm:dirty drive the editor's Save
 * button and the question asked when leaving it.
 */

typedef enum
{
  BIND_ENTRY,
  BIND_SPIN,
  BIND_SWITCH,
  BIND_ENUM,
  BIND_PLACE,
  BIND_DATE_BE,
  BIND_BAHT,
  BIND_OPERATOR,
  BIND_PRODUCT,
} BindKind;

typedef struct
{
  ThanrakForm *form;
  BindKind     kind;
  char        *field;
  GtkWidget   *row;
  GtkWidget   *widget;
  GtkWidget   *message_row;
  GtkLabel    *message;
  GArray      *ids;       /* BIND_PRODUCT: combo position -> product id */
} Binding;

struct _ThanrakForm
{
  GObject        parent_instance;

  GType          record_type;
  ThanrakRecord *record;
  GPtrArray     *bindings;
  char          *message;
  gboolean       valid;
  gboolean       dirty;
  guint          loading;

  /* places */
  ThanrakStore  *store;
  AdwComboRow   *province_row;
  AdwComboRow   *district_row;
  AdwComboRow   *subdistrict_row;
  GPtrArray     *province_codes;
  GPtrArray     *district_codes;
  GPtrArray     *subdistrict_codes;
};

G_DEFINE_FINAL_TYPE (ThanrakForm, thanrak_form, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_VALID,
  PROP_DIRTY,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
binding_free (gpointer data)
{
  Binding *b = data;

  g_free (b->field);
  g_clear_pointer (&b->ids, g_array_unref);
  g_free (b);
}

/**
 * thanrak_record_dup:
 * @record: a record
 *
 * Copies the id and the fields of @record (not its children).
 *
 * Returns: (transfer full): a new record of the same type
 */
ThanrakRecord *
thanrak_record_dup (ThanrakRecord *record)
{
  ThanrakRecord *copy;
  const ThanrakFieldSpec *fields;
  guint n_fields;

  g_return_val_if_fail (THANRAK_IS_RECORD (record), NULL);

  copy = g_object_new (G_OBJECT_TYPE (record), NULL);
  fields = thanrak_record_class_get_fields (THANRAK_RECORD_GET_CLASS (record), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_object_get_property (G_OBJECT (record), fields[i].name, &value);
      g_object_set_property (G_OBJECT (copy), fields[i].name, &value);
    }
  if (THANRAK_IS_PRODUCT (record))
    {
      GPtrArray *standards = thanrak_product_get_standards (THANRAK_PRODUCT (record));

      for (guint i = 0; standards != NULL && i < standards->len; i++)
        {
          ThanrakProductStandard *st = g_ptr_array_index (standards, i);
          thanrak_product_add_standard (THANRAK_PRODUCT (copy), st->standard, st->year, st->reference);
        }
    }
  thanrak_record_set_id (copy, thanrak_record_get_id (record));
  thanrak_record_set_created (copy, thanrak_record_get_created (record));
  thanrak_record_set_updated (copy, thanrak_record_get_updated (record));
  return copy;
}

/* Validation ----------------------------------------------------------- */

static void
set_message (Binding    *b,
             const char *message)
{
  if (message != NULL)
    gtk_widget_add_css_class (b->row, "error");
  else
    gtk_widget_remove_css_class (b->row, "error");
  if (b->message != NULL)
    {
      gtk_label_set_text (b->message, message != NULL ? message : "");
      gtk_widget_set_visible (b->message_row, message != NULL);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (b->row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message != NULL ? message : "",
                                  -1);
}

static void
validate (ThanrakForm *self)
{
  g_autoptr(GError) error = NULL;
  Binding *culprit = NULL;
  gsize culprit_len = 0;
  gboolean valid;

  valid = thanrak_record_validate (self->record, &error);

  /* The message names the field in Thai: the longest name it holds is
   * the field at fault (อำเภอ is in ตำบล's message only as part of it). */
  for (guint i = 0; error != NULL && i < self->bindings->len; i++)
    {
      Binding *b = g_ptr_array_index (self->bindings, i);
      const char *name = thanrak_validation_field_name (G_OBJECT (self->record), b->field);

      if (name != NULL && strstr (error->message, name) != NULL && strlen (name) > culprit_len)
        {
          culprit = b;
          culprit_len = strlen (name);
        }
    }
  /* A record just opened shows no message until the person types:
   * Save stays disabled all the same. */
  for (guint i = 0; i < self->bindings->len; i++)
    {
      Binding *b = g_ptr_array_index (self->bindings, i);
      set_message (b, b == culprit && self->dirty ? error->message : NULL);
    }

  g_free (self->message);
  self->message = error != NULL ? g_strdup (error->message) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MESSAGE]);
  if (valid != self->valid)
    {
      self->valid = valid;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
    }
}

static void
changed (ThanrakForm *self)
{
  if (self->loading > 0)
    return;
  self->dirty = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
  validate (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Rows ----------------------------------------------------------------- */

/* `1 ต.ค. 2565` or `1/10/2565` (BE) to `2022-10-01`; text that is not a
 * date is kept as it is, for the model to refuse. */
static char *
parse_date_be (const char *text)
{
  GDate date;
  int d, m, y;

  if (text == NULL || *text == '\0')
    return NULL;
  g_date_clear (&date, 1);
  if (!thanrak_thai_parse_date (text, &date, NULL))
    {
      if (sscanf (text, "%d/%d/%d", &d, &m, &y) != 3 || y < 2400 ||
          !g_date_valid_dmy (d, m, y - THANRAK_BE_OFFSET))
        return g_strdup (text);
      g_date_set_dmy (&date, d, m, y - THANRAK_BE_OFFSET);
    }
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

static char *
format_date_be (const char *iso)
{
  GDate date;
  int y, m, d;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return g_strdup (iso != NULL ? iso : "");
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return thanrak_thai_format_date (&date, THANRAK_THAI_DATE_ABBREVIATED, FALSE);
}

static gint64
operator_id_of (ThanrakForm *self,
                const char  *code)
{
  g_autoptr(ThanrakRecord) op = NULL;

  if (self->store == NULL || code == NULL || *code == '\0')
    return 0;
  op = thanrak_store_find_operator_by_code (self->store, code, NULL);
  return op != NULL ? thanrak_record_get_id (op) : 0;
}

/* Fills a product combo with the products of the operator of @code. */
static void
fill_products (ThanrakForm *self,
               Binding     *b,
               const char  *code,
               gint64       selected_id)
{
  ThanrakStoreQuery q = { .parent_field = "operator-id", .order_by = "name" };
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) products = NULL;
  guint selected = 0;
  gint64 none = 0;

  g_clear_pointer (&b->ids, g_array_unref);
  b->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (b->ids, none);
  gtk_string_list_append (names, _("(Not chosen)"));
  q.parent_id = operator_id_of (self, code);
  if (q.parent_id > 0)
    products = thanrak_store_list (self->store, THANRAK_TYPE_PRODUCT, &q, NULL);
  for (guint i = 0; products != NULL && i < products->len; i++)
    {
      gint64 id = thanrak_record_get_id (products->pdata[i]);

      gtk_string_list_append (names, thanrak_record_get_string (products->pdata[i], "name"));
      g_array_append_val (b->ids, id);
      if (id == selected_id)
        selected = b->ids->len - 1;
    }
  /* an operator with one product: that one */
  if (selected == 0 && selected_id == 0 && b->ids->len == 2)
    selected = 1;
  self->loading++;
  adw_combo_row_set_model (ADW_COMBO_ROW (b->widget), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (b->widget), selected);
  self->loading--;
}

static void
product_operator_changed_cb (Binding *b)
{
  if (b->form->loading > 0 || b->form->store == NULL)
    return;
  fill_products (b->form, b, gtk_editable_get_text (GTK_EDITABLE (b->row)), 0);
  g_object_set (b->form->record, b->field,
                g_array_index (b->ids, gint64, adw_combo_row_get_selected (ADW_COMBO_ROW (b->widget))), NULL);
  changed (b->form);
}

static void
widget_changed_cb (Binding *b)
{
  ThanrakForm *self = b->form;

  if (self->loading > 0)
    return;
  switch (b->kind)
    {
    case BIND_ENTRY:
      {
        const char *text = gtk_editable_get_text (GTK_EDITABLE (b->row));
        g_object_set (self->record, b->field, *text != '\0' ? text : NULL, NULL);
      }
      break;

    case BIND_SPIN:
      g_object_set (self->record, b->field, gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (b->widget)), NULL);
      break;

    case BIND_SWITCH:
      g_object_set (self->record, b->field, gtk_switch_get_active (GTK_SWITCH (b->widget)), NULL);
      break;

    case BIND_ENUM:
      g_object_set (self->record, b->field, (int) adw_combo_row_get_selected (ADW_COMBO_ROW (b->row)), NULL);
      break;

    case BIND_PLACE:
      /* see place_changed_cb() */
      break;

    case BIND_DATE_BE:
      {
        g_autofree char *iso = parse_date_be (gtk_editable_get_text (GTK_EDITABLE (b->row)));
        g_object_set (self->record, b->field, iso, NULL);
      }
      break;

    case BIND_BAHT:
      {
        const char *text = gtk_editable_get_text (GTK_EDITABLE (b->row));
        gint64 satang = 0;

        /* what is not an amount is refused by the model as negative */
        if (*text != '\0' && !thanrak_thai_parse_baht (text, &satang, NULL))
          satang = -1;
        g_object_set (self->record, b->field, satang, NULL);
      }
      break;

    case BIND_OPERATOR:
      g_object_set (self->record, b->field, operator_id_of (self, gtk_editable_get_text (GTK_EDITABLE (b->row))), NULL);
      break;

    case BIND_PRODUCT:
      {
        guint i = adw_combo_row_get_selected (ADW_COMBO_ROW (b->widget));
        g_object_set (self->record, b->field,
                      b->ids != NULL && i < b->ids->len ? g_array_index (b->ids, gint64, i) : (gint64) 0, NULL);
      }
      break;

    default:
      g_assert_not_reached ();
    }
  changed (self);
}

/* Adds a line under @row for its message, hidden while the field is
 * right. */
static Binding *
add_binding (ThanrakForm *self,
             BindKind     kind,
             GtkWidget   *row,
             GtkWidget   *widget,
             const char  *field)
{
  Binding *b = g_new0 (Binding, 1);
  GtkWidget *list = gtk_widget_get_parent (row);

  b->form = self;
  b->kind = kind;
  b->row = row;
  b->widget = widget;
  b->field = g_strdup (field);
  g_ptr_array_add (self->bindings, b);

  if (GTK_IS_LIST_BOX (list))
    {
      GtkWidget *label = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_widget_add_css_class (label, "error");
      gtk_widget_add_css_class (label, "caption");
      b->message_row = gtk_list_box_row_new ();
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (b->message_row), label);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (b->message_row), FALSE);
      gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (b->message_row), FALSE);
      gtk_widget_set_visible (b->message_row, FALSE);
      gtk_list_box_insert (GTK_LIST_BOX (list), b->message_row,
                           gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + 1);
      b->message = GTK_LABEL (label);
    }
  return b;
}

/**
 * thanrak_form_add_entry:
 * @self: a #ThanrakForm
 * @row: an entry row
 * @field: a string field of the record, e.g. `name`
 *
 * Binds @row to @field. The row must already be in its group.
 */
void
thanrak_form_add_entry (ThanrakForm *self,
                        AdwEntryRow *row,
                        const char  *field)
{
  Binding *b = add_binding (self, BIND_ENTRY, GTK_WIDGET (row), GTK_WIDGET (row), field);

  g_signal_connect_swapped (row, "changed", G_CALLBACK (widget_changed_cb), b);
}

/**
 * thanrak_form_add_spin:
 * @self: a #ThanrakForm
 * @row: the row holding @spin
 * @spin: a spin button
 * @field: an integer field of the record, e.g. `village-number`
 *
 * Binds @spin to @field.
 */
void
thanrak_form_add_spin (ThanrakForm   *self,
                       AdwActionRow  *row,
                       GtkSpinButton *spin,
                       const char    *field)
{
  Binding *b = add_binding (self, BIND_SPIN, GTK_WIDGET (row), GTK_WIDGET (spin), field);

  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (widget_changed_cb), b);
}

/**
 * thanrak_form_add_switch:
 * @self: a #ThanrakForm
 * @row: the row holding @toggle
 * @toggle: a switch
 * @field: a boolean field of the record
 *
 * Binds @toggle to @field.
 */
void
thanrak_form_add_switch (ThanrakForm  *self,
                         AdwActionRow *row,
                         GtkSwitch    *toggle,
                         const char   *field)
{
  Binding *b = add_binding (self, BIND_SWITCH, GTK_WIDGET (row), GTK_WIDGET (toggle), field);

  g_signal_connect_swapped (toggle, "notify::active", G_CALLBACK (widget_changed_cb), b);
}

/**
 * thanrak_form_add_enum:
 * @self: a #ThanrakForm
 * @row: a combo row
 * @field: an enum field of the record, e.g. `operator-type`
 *
 * Fills @row with the Thai labels of the enum (in its order) and binds
 * it to @field.
 */
void
thanrak_form_add_enum (ThanrakForm *self,
                       AdwComboRow *row,
                       const char  *field)
{
  GParamSpec *pspec = g_object_class_find_property (g_type_class_peek (self->record_type), field);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  Binding *b;

  g_return_if_fail (pspec != NULL);

  for (guint i = 0; i < thanrak_enum_get_n_values (pspec->value_type); i++)
    gtk_string_list_append (labels, thanrak_enum_get_label (pspec->value_type, (int) i));
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  b = add_binding (self, BIND_ENUM, GTK_WIDGET (row), GTK_WIDGET (row), field);
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (widget_changed_cb), b);
}

/* Places --------------------------------------------------------------- */

/* Fills @row with the places in @parent_code, "" first for none; selects
 * @code. */
static void
fill_places (ThanrakForm  *self,
             AdwComboRow  *row,
             GPtrArray   **codes,
             const char   *parent_code,
             const char   *code)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) places = NULL;
  guint selected = 0;

  g_clear_pointer (codes, g_ptr_array_unref);
  *codes = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (*codes, NULL);
  gtk_string_list_append (names, _("(Not chosen)"));

  if (self->store != NULL && (parent_code != NULL || row == self->province_row))
    places = thanrak_store_list_places (self->store, parent_code, NULL);
  for (guint i = 0; places != NULL && i < places->len; i++)
    {
      ThanrakPlace *place = g_ptr_array_index (places, i);

      gtk_string_list_append (names, place->name_th);
      g_ptr_array_add (*codes, g_strdup (place->code));
      if (g_strcmp0 (place->code, code) == 0)
        selected = (*codes)->len - 1;
    }
  self->loading++;
  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (row, selected);
  self->loading--;
}

static const char *
selected_code (AdwComboRow *row,
               GPtrArray   *codes)
{
  guint i = adw_combo_row_get_selected (row);

  return codes != NULL && i < codes->len ? g_ptr_array_index (codes, i) : NULL;
}

static void
show_places (ThanrakForm *self)
{
  const char *district = thanrak_record_get_string (self->record, "district-code");
  const char *subdistrict = self->subdistrict_row != NULL ? thanrak_record_get_string (self->record, "subdistrict-code") : NULL;
  g_autofree char *province = district != NULL && strlen (district) >= 2 ? g_strndup (district, 2) : NULL;

  fill_places (self, self->province_row, &self->province_codes, NULL, province);
  fill_places (self, self->district_row, &self->district_codes, province, district);
  if (self->subdistrict_row != NULL)
    fill_places (self, self->subdistrict_row, &self->subdistrict_codes, district, subdistrict);
}

static void
place_changed_cb (ThanrakForm *self,
                  GParamSpec  *pspec,
                  AdwComboRow *row)
{
  if (self->loading > 0)
    return;
  if (row == self->province_row)
    {
      fill_places (self, self->district_row, &self->district_codes,
                   selected_code (self->province_row, self->province_codes), NULL);
      g_object_set (self->record, "district-code", NULL, NULL);
      if (self->subdistrict_row != NULL)
        {
          fill_places (self, self->subdistrict_row, &self->subdistrict_codes, NULL, NULL);
          g_object_set (self->record, "subdistrict-code", NULL, NULL);
        }
    }
  else if (row == self->district_row)
    {
      const char *district = selected_code (self->district_row, self->district_codes);

      g_object_set (self->record, "district-code", district, NULL);
      if (self->subdistrict_row != NULL)
        {
          fill_places (self, self->subdistrict_row, &self->subdistrict_codes, district, NULL);
          g_object_set (self->record, "subdistrict-code", NULL, NULL);
        }
    }
  else
    g_object_set (self->record, "subdistrict-code",
                  selected_code (self->subdistrict_row, self->subdistrict_codes), NULL);
  changed (self);
}

/**
 * thanrak_form_add_places:
 * @self: a #ThanrakForm of a record with `district-code` (and maybe
 *   `subdistrict-code`)
 * @province_row: a combo row for the province
 * @district_row: a combo row for the district (อำเภอ)
 * @subdistrict_row: (nullable): a combo row for the subdistrict (ตำบล)
 *
 * Binds the rows to the record's place codes: each lists the places of
 * the one above (data/places/), once thanrak_form_set_store() gave the
 * store.
 */
void
thanrak_form_add_places (ThanrakForm  *self,
                         AdwComboRow  *province_row,
                         AdwComboRow  *district_row,
                         AdwComboRow  *subdistrict_row)
{
  g_return_if_fail (THANRAK_IS_FORM (self));

  self->province_row = province_row;
  self->district_row = district_row;
  self->subdistrict_row = subdistrict_row;
  add_binding (self, BIND_PLACE, GTK_WIDGET (district_row), NULL, "district-code");
  g_signal_connect_swapped (province_row, "notify::selected", G_CALLBACK (place_changed_cb), self);
  g_signal_connect_swapped (district_row, "notify::selected", G_CALLBACK (place_changed_cb), self);
  if (subdistrict_row != NULL)
    {
      add_binding (self, BIND_PLACE, GTK_WIDGET (subdistrict_row), NULL, "subdistrict-code");
      g_signal_connect_swapped (subdistrict_row, "notify::selected", G_CALLBACK (place_changed_cb), self);
    }
}

/**
 * thanrak_form_set_store:
 * @self: a #ThanrakForm
 * @store: the open store, for the reference places
 *
 * Fills the place rows from @store.
 */
void
thanrak_form_set_store (ThanrakForm  *self,
                        ThanrakStore *store)
{
  g_return_if_fail (THANRAK_IS_FORM (self));
  g_return_if_fail (THANRAK_IS_STORE (store));

  g_set_object (&self->store, store);
  if (self->province_row != NULL)
    show_places (self);
}

/**
 * thanrak_form_get_store:
 * @self: a #ThanrakForm
 *
 * Returns: (transfer none) (nullable): the store given
 */
ThanrakStore *
thanrak_form_get_store (ThanrakForm *self)
{
  g_return_val_if_fail (THANRAK_IS_FORM (self), NULL);

  return self->store;
}

/* Rows made from the field names ----------------------------------------- */

static const char *
field_title (ThanrakForm *self,
             const char  *field)
{
  return thanrak_validation_field_name (G_OBJECT (self->record), field);
}

static void
append_row (AdwPreferencesGroup *group,
            GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
}

/**
 * thanrak_form_append_entry:
 * @self: a #ThanrakForm
 * @group: the group to add the row to
 * @field: a string field
 *
 * Adds an entry row titled with the field's name and binds it.
 *
 * Returns: (transfer none): the row
 */
AdwEntryRow *
thanrak_form_append_entry (ThanrakForm         *self,
                           AdwPreferencesGroup *group,
                           const char          *field)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), field_title (self, field));
  append_row (group, row);
  thanrak_form_add_entry (self, ADW_ENTRY_ROW (row), field);
  return ADW_ENTRY_ROW (row);
}

/**
 * thanrak_form_append_switch:
 * @self: a #ThanrakForm
 * @group: the group to add the row to
 * @field: a boolean field
 *
 * Adds a row with a switch, titled with the field's name, and binds it.
 */
void
thanrak_form_append_switch (ThanrakForm         *self,
                            AdwPreferencesGroup *group,
                            const char          *field)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();
  const char *title = field_title (self, field);

  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  append_row (group, row);
  thanrak_form_add_switch (self, ADW_ACTION_ROW (row), GTK_SWITCH (toggle), field);
}

/**
 * thanrak_form_append_spin:
 * @self: a #ThanrakForm
 * @group: the group to add the row to
 * @field: an integer field
 * @title: (nullable): the row's title, %NULL for the field's name
 * @lower: the lowest value
 * @upper: the highest value
 *
 * Adds a row with a spin button and binds it.
 */
void
thanrak_form_append_spin (ThanrakForm         *self,
                          AdwPreferencesGroup *group,
                          const char          *field,
                          const char          *title,
                          int                  lower,
                          int                  upper)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, 1);

  if (title == NULL)
    title = field_title (self, field);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  append_row (group, row);
  thanrak_form_add_spin (self, ADW_ACTION_ROW (row), GTK_SPIN_BUTTON (spin), field);
}

/**
 * thanrak_form_append_enum:
 * @self: a #ThanrakForm
 * @group: the group to add the row to
 * @field: an enum field
 *
 * Adds a combo row of the enum's Thai labels and binds it.
 */
void
thanrak_form_append_enum (ThanrakForm         *self,
                          AdwPreferencesGroup *group,
                          const char          *field)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), field_title (self, field));
  append_row (group, row);
  thanrak_form_add_enum (self, ADW_COMBO_ROW (row), field);
}

/* References ----------------------------------------------------------- */

/* Shows the operator's code (and the product) of @b's reference. */
static void
show_reference (ThanrakForm *self,
                Binding     *b)
{
  gint64 id = thanrak_record_get_number (self->record, b->field);
  g_autoptr(ThanrakRecord) product = NULL;
  g_autoptr(ThanrakRecord) op = NULL;
  gint64 op_id = id;

  if (self->store == NULL)
    return;
  if (b->kind == BIND_PRODUCT && id > 0)
    {
      product = thanrak_store_load (self->store, THANRAK_TYPE_PRODUCT, id, NULL);
      op_id = product != NULL ? thanrak_record_get_number (product, "operator-id") : 0;
    }
  if (op_id > 0)
    op = thanrak_store_load (self->store, THANRAK_TYPE_OPERATOR, op_id, NULL);
  gtk_editable_set_text (GTK_EDITABLE (b->row), op != NULL ? thanrak_record_get_string (op, "code") : "");
  if (b->kind == BIND_PRODUCT)
    fill_products (self, b, op != NULL ? thanrak_record_get_string (op, "code") : NULL, id);
}

/**
 * thanrak_form_add_date_be:
 * @self: a #ThanrakForm
 * @row: an entry row
 * @field: a date field of the record
 *
 * Binds @row to @field: the date is shown and typed in the Buddhist Era
 * (`1 ต.ค. 2565` or `1/10/2565`) and kept as `YYYY-MM-DD` (CE).
 */
void
thanrak_form_add_date_be (ThanrakForm *self,
                          AdwEntryRow *row,
                          const char  *field)
{
  Binding *b = add_binding (self, BIND_DATE_BE, GTK_WIDGET (row), GTK_WIDGET (row), field);

  g_signal_connect_swapped (row, "changed", G_CALLBACK (widget_changed_cb), b);
}

/**
 * thanrak_form_add_baht:
 * @self: a #ThanrakForm
 * @row: an entry row
 * @field: an amount field of the record, in satang
 *
 * Binds @row to @field: the amount is typed in baht (`12,500.50`).
 */
void
thanrak_form_add_baht (ThanrakForm *self,
                       AdwEntryRow *row,
                       const char  *field)
{
  Binding *b = add_binding (self, BIND_BAHT, GTK_WIDGET (row), GTK_WIDGET (row), field);

  g_signal_connect_swapped (row, "changed", G_CALLBACK (widget_changed_cb), b);
}

/**
 * thanrak_form_add_operator:
 * @self: a #ThanrakForm
 * @code_row: an entry row for the operator's code
 * @field: the record's reference to an operator, `operator-id`
 *
 * Binds @code_row to @field: the operator is given by its code.
 */
void
thanrak_form_add_operator (ThanrakForm *self,
                           AdwEntryRow *code_row,
                           const char  *field)
{
  Binding *b = add_binding (self, BIND_OPERATOR, GTK_WIDGET (code_row), GTK_WIDGET (code_row), field);

  g_signal_connect_swapped (code_row, "changed", G_CALLBACK (widget_changed_cb), b);
}

/**
 * thanrak_form_add_product:
 * @self: a #ThanrakForm
 * @operator_row: an entry row for the operator's code
 * @product_row: a combo row listing that operator's products
 * @field: the record's reference to a product, `product-id`
 *
 * Binds the rows to @field: the product is picked among its operator's.
 */
void
thanrak_form_add_product (ThanrakForm *self,
                          AdwEntryRow *operator_row,
                          AdwComboRow *product_row,
                          const char  *field)
{
  Binding *b = add_binding (self, BIND_PRODUCT, GTK_WIDGET (operator_row), GTK_WIDGET (product_row), field);

  g_signal_connect_swapped (operator_row, "changed", G_CALLBACK (product_operator_changed_cb), b);
  g_signal_connect_swapped (product_row, "notify::selected", G_CALLBACK (widget_changed_cb), b);
}

/**
 * thanrak_form_changed:
 * @self: a #ThanrakForm
 *
 * Tells the form that the page changed the record itself (rows the form
 * does not bind, such as a product's standards): it is validated again
 * and marked dirty.
 */
void
thanrak_form_changed (ThanrakForm *self)
{
  g_return_if_fail (THANRAK_IS_FORM (self));

  changed (self);
}

/* The record ----------------------------------------------------------- */

/**
 * thanrak_form_set_record:
 * @self: a #ThanrakForm
 * @record: (nullable): the record to edit, %NULL for a new one
 *
 * Shows a copy of @record in the rows; the form is not dirty.
 */
void
thanrak_form_set_record (ThanrakForm   *self,
                         ThanrakRecord *record)
{
  g_return_if_fail (THANRAK_IS_FORM (self));

  g_clear_object (&self->record);
  self->record = record != NULL ? thanrak_record_dup (record)
                                : g_object_new (self->record_type, NULL);

  self->loading++;
  for (guint i = 0; i < self->bindings->len; i++)
    {
      Binding *b = g_ptr_array_index (self->bindings, i);

      switch (b->kind)
        {
        case BIND_ENTRY:
          {
            const char *text = thanrak_record_get_string (self->record, b->field);
            gtk_editable_set_text (GTK_EDITABLE (b->row), text != NULL ? text : "");
          }
          break;

        case BIND_SPIN:
          gtk_spin_button_set_value (GTK_SPIN_BUTTON (b->widget),
                                     (double) thanrak_record_get_number (self->record, b->field));
          break;

        case BIND_SWITCH:
          gtk_switch_set_active (GTK_SWITCH (b->widget), thanrak_record_get_number (self->record, b->field) != 0);
          break;

        case BIND_ENUM:
          adw_combo_row_set_selected (ADW_COMBO_ROW (b->row),
                                      (guint) thanrak_record_get_number (self->record, b->field));
          break;

        case BIND_PLACE:
          break;

        case BIND_DATE_BE:
          {
            g_autofree char *text = format_date_be (thanrak_record_get_string (self->record, b->field));
            gtk_editable_set_text (GTK_EDITABLE (b->row), text);
          }
          break;

        case BIND_BAHT:
          {
            gint64 satang = thanrak_record_get_number (self->record, b->field);
            g_autofree char *text = satang != 0 ? thanrak_thai_format_baht (satang, FALSE) : g_strdup ("");
            gtk_editable_set_text (GTK_EDITABLE (b->row), text);
          }
          break;

        case BIND_OPERATOR:
        case BIND_PRODUCT:
          show_reference (self, b);
          break;

        default:
          g_assert_not_reached ();
        }
    }
  if (self->store != NULL && self->province_row != NULL)
    show_places (self);
  self->loading--;

  thanrak_form_set_dirty (self, FALSE);
  validate (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * thanrak_form_get_record:
 * @self: a #ThanrakForm
 *
 * Returns: (transfer none): the record as edited (a copy of the one given)
 */
ThanrakRecord *
thanrak_form_get_record (ThanrakForm *self)
{
  g_return_val_if_fail (THANRAK_IS_FORM (self), NULL);

  return self->record;
}

/**
 * thanrak_form_get_valid:
 * @self: a #ThanrakForm
 *
 * Returns: whether the record as edited passes the model's checks
 */
gboolean
thanrak_form_get_valid (ThanrakForm *self)
{
  g_return_val_if_fail (THANRAK_IS_FORM (self), FALSE);

  return self->valid;
}

/**
 * thanrak_form_get_message:
 * @self: a #ThanrakForm
 *
 * Returns: (nullable): the model's message on the first wrong field
 */
const char *
thanrak_form_get_message (ThanrakForm *self)
{
  g_return_val_if_fail (THANRAK_IS_FORM (self), NULL);

  return self->message;
}

/**
 * thanrak_form_get_dirty:
 * @self: a #ThanrakForm
 *
 * Returns: whether a field was changed since the record was shown or
 *   saved
 */
gboolean
thanrak_form_get_dirty (ThanrakForm *self)
{
  g_return_val_if_fail (THANRAK_IS_FORM (self), FALSE);

  return self->dirty;
}

/**
 * thanrak_form_set_dirty:
 * @self: a #ThanrakForm
 * @dirty: whether there are unsaved changes
 *
 * Marks the form saved (%FALSE) or changed.
 */
void
thanrak_form_set_dirty (ThanrakForm *self,
                        gboolean     dirty)
{
  g_return_if_fail (THANRAK_IS_FORM (self));

  dirty = !!dirty;
  if (self->dirty == dirty)
    return;
  self->dirty = dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
thanrak_form_finalize (GObject *object)
{
  ThanrakForm *self = THANRAK_FORM (object);

  g_clear_object (&self->record);
  g_clear_object (&self->store);
  g_ptr_array_unref (self->bindings);
  g_clear_pointer (&self->province_codes, g_ptr_array_unref);
  g_clear_pointer (&self->district_codes, g_ptr_array_unref);
  g_clear_pointer (&self->subdistrict_codes, g_ptr_array_unref);
  g_free (self->message);

  G_OBJECT_CLASS (thanrak_form_parent_class)->finalize (object);
}

static void
thanrak_form_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  ThanrakForm *self = THANRAK_FORM (object);

  switch (prop_id)
    {
    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;

    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
thanrak_form_class_init (ThanrakFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = thanrak_form_finalize;
  object_class->get_property = thanrak_form_get_property;

  /**
   * ThanrakForm:valid:
   *
   * Whether the record as edited passes the model's checks.
   */
  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ThanrakForm:dirty:
   *
   * Whether there are unsaved changes.
   */
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ThanrakForm:message:
   *
   * The model's message on the first wrong field, %NULL when valid.
   */
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ThanrakForm::changed:
   * @self: the form
   *
   * A field was changed by the person, or another record was shown.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
thanrak_form_init (ThanrakForm *self)
{
  self->bindings = g_ptr_array_new_with_free_func (binding_free);
}

/**
 * thanrak_form_new:
 * @record_type: the #ThanrakRecord subtype edited
 *
 * Returns: (transfer full): a new form with no rows; add them, then call
 *   thanrak_form_set_record()
 */
ThanrakForm *
thanrak_form_new (GType record_type)
{
  ThanrakForm *self = g_object_new (THANRAK_TYPE_FORM, NULL);

  g_type_class_ref (record_type);
  self->record_type = record_type;
  self->record = g_object_new (record_type, NULL);
  return self;
}
