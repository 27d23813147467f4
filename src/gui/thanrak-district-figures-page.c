/* thanrak-district-figures-page.c: per-district totals of a fiscal year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "thanrak-center.h"
#include "thanrak-checks.h"
#include "thanrak-district-figures.h"
#include "thanrak-draft.h"
#include "thanrak-district-figures-page.h"
#include "thanrak-operator.h"
#include "thanrak-product.h"
#include "thanrak-thai.h"
#include "thanrak-validation.h"

typedef struct
{
  const char *field;
  const char *title;
  gboolean    is_money;
} Column;

static const Column columns[] = {
  { "operators-registered", N_("Operators"), FALSE },
  { "products-registered", N_("Products"), FALSE },
  { "sales-satang", N_("Sales (baht)"), TRUE },
  { "operators-promoted", N_("Operators promoted"), FALSE },
};
#define N_COLUMNS G_N_ELEMENTS (columns)

typedef struct
{
  ThanrakPlace  *place;
  ThanrakRecord *record;       /* stored figures of the year, or NULL */
  ThanrakRecord *last_year;    /* stored figures of the year before, or NULL */
  GtkEditable   *entries[N_COLUMNS];
} Row;

struct _ThanrakDistrictFiguresPage
{
  GtkWidget        parent_instance;

  ThanrakStore    *store;
  GPtrArray       *provinces;
  GPtrArray       *rows;
  char            *warnings;
  gboolean         updating;
  ThanrakDraft    *draft;          /* figures typed and not saved */
  gboolean         dirty;
  gboolean         draft_offered;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkRevealer     *warnings_revealer;
  GtkWidget       *warnings_box;
  GtkLabel        *warnings_label;
  AdwComboRow     *province_row;
  GtkSpinButton   *year_spin;
  GtkGrid         *grid;
  GtkLabel        *error_label;
};

G_DEFINE_FINAL_TYPE (ThanrakDistrictFiguresPage, thanrak_district_figures_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
row_free (gpointer data)
{
  Row *row = data;

  thanrak_place_free (row->place);
  g_clear_object (&row->record);
  g_clear_object (&row->last_year);
  g_free (row);
}

/* Reads an entry: TRUE with @value (-1 when empty), FALSE when it is not
 * a number (baht may have satang and commas). */
static gboolean
read_value (GtkEditable *entry,
            gboolean     is_money,
            gint64      *value)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autofree char *plain = NULL;
  g_autoptr(GString) digits = g_string_new (NULL);

  *value = -1;
  if (*text == '\0')
    return TRUE;
  if (is_money)
    return thanrak_thai_parse_baht (text, value, NULL) && *value >= 0;
  plain = thanrak_thai_arabic_digits (text);
  for (const char *p = plain; *p; p++)
    if (*p != ',')
      g_string_append_c (digits, *p);
  return g_ascii_string_to_signed (digits->str, 10, 0, G_MAXINT32, value, NULL);
}

static char *
format_value (gint64   value,
              gboolean is_money)
{
  if (value < 0)
    return g_strdup ("");
  if (is_money)
    {
      /* Whole baht without satang, as forms print sales. */
      if (value % 100 == 0)
        return thanrak_thai_format_integer (value / 100, FALSE);
      return thanrak_thai_format_baht (value, FALSE);
    }
  return thanrak_thai_format_integer (value, FALSE);
}

static gboolean
check (ThanrakDistrictFiguresPage *self)
{
  g_autoptr(GString) warnings = g_string_new (NULL);
  g_autoptr(GString) problems = g_string_new (NULL);
  gboolean valid = TRUE;

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      g_autoptr(GArray) figures = g_array_new (FALSE, TRUE, sizeof (ThanrakDistrictFigure));
      g_autoptr(GArray) row_of = g_array_new (FALSE, TRUE, sizeof (guint));
      g_autoptr(GPtrArray) findings = NULL;

      for (guint r = 0; r < self->rows->len; r++)
        {
          Row *row = g_ptr_array_index (self->rows, r);
          ThanrakDistrictFigure figure = { 0 };
          gint64 value;

          gtk_widget_remove_css_class (GTK_WIDGET (row->entries[c]), "warning");
          if (!read_value (row->entries[c], columns[c].is_money, &value))
            {
              gtk_widget_add_css_class (GTK_WIDGET (row->entries[c]), "error");
              if (problems->len > 0)
                g_string_append (problems, "\n");
              g_string_append_printf (problems,
                                      columns[c].is_money ? _("%s of %s “%s” is not an amount: enter baht, e.g. 1,250,000.50.")
                                                          : _("%s of %s “%s” is not a whole number: enter digits only."),
                                      _(columns[c].title), row->place->name_th,
                                      gtk_editable_get_text (row->entries[c]));
              valid = FALSE;
              continue;
            }
          gtk_widget_remove_css_class (GTK_WIDGET (row->entries[c]), "error");
          if (value < 0)
            continue;
          figure.name = row->place->name_th;
          figure.value = value;
          figure.last_year = row->last_year ? thanrak_record_get_number (row->last_year, columns[c].field) : -1;
          if (figure.last_year == 0)
            figure.last_year = -1;
          g_array_append_val (figures, figure);
          g_array_append_val (row_of, r);
        }

      findings = thanrak_check_district_figures ((ThanrakDistrictFigure *) (gpointer) figures->data, figures->len,
                                                 _(columns[c].title), columns[c].is_money, 0, 0);
      for (guint f = 0; f < findings->len; f++)
        {
          ThanrakFinding *finding = g_ptr_array_index (findings, f);

          if (warnings->len > 0)
            g_string_append (warnings, "\n");
          g_string_append_printf (warnings, "• %s", finding->message);
          if (finding->index >= 0 && (guint) finding->index < row_of->len)
            {
              Row *row = g_ptr_array_index (self->rows, g_array_index (row_of, guint, finding->index));
              gtk_widget_add_css_class (GTK_WIDGET (row->entries[c]), "warning");
            }
        }
    }

  g_free (self->warnings);
  self->warnings = g_string_free (g_steal_pointer (&warnings), FALSE);
  gtk_label_set_label (self->warnings_label, self->warnings);
  gtk_revealer_set_reveal_child (self->warnings_revealer, *self->warnings != '\0');
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->warnings_box),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->warnings, -1);
  gtk_label_set_label (self->error_label, problems->str);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), !valid);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "figures.save", valid && self->rows->len > 0);
  return valid;
}

static void
entry_changed_cb (ThanrakDistrictFiguresPage *self)
{
  if (self->updating)
    return;
  check (self);
  self->dirty = TRUE;
  thanrak_draft_schedule (self->draft);
}

/* Drafts: the grid's texts as typed, kept in the draft `district-figures`
 * until saved, with the province and year they were typed for. */

static const char *
province_code (ThanrakDistrictFiguresPage *self)
{
  guint i = adw_combo_row_get_selected (self->province_row);

  if (self->provinces == NULL || i >= self->provinces->len)
    return NULL;
  return ((ThanrakPlace *) g_ptr_array_index (self->provinces, i))->code;
}

static gboolean
fill_draft_cb (ThanrakDraft *draft,
               GKeyFile     *key_file,
               gpointer      user_data)
{
  ThanrakDistrictFiguresPage *self = user_data;

  if (!self->dirty || province_code (self) == NULL)
    return FALSE;
  g_key_file_set_string (key_file, "draft", "province-code", province_code (self));
  g_key_file_set_integer (key_file, "draft", "fiscal-year", gtk_spin_button_get_value_as_int (self->year_spin));
  for (guint r = 0; r < self->rows->len; r++)
    {
      Row *row = g_ptr_array_index (self->rows, r);

      for (guint c = 0; c < N_COLUMNS; c++)
        {
          g_autofree char *key = g_strdup_printf ("%s-%s", columns[c].field, row->place->code);
          g_key_file_set_string (key_file, "values", key, gtk_editable_get_text (row->entries[c]));
        }
    }
  return TRUE;
}

static void
restore_draft_cb (AdwToast                   *toast_,
                  ThanrakDistrictFiguresPage *self)
{
  GKeyFile *kf = thanrak_draft_toast_get_key_file (toast_);
  g_autofree char *province = NULL;
  int year;

  if (kf == NULL)
    return;
  province = g_key_file_get_string (kf, "draft", "province-code", NULL);
  year = g_key_file_get_integer (kf, "draft", "fiscal-year", NULL);
  if (province == NULL || year <= 0)
    return;
  thanrak_district_figures_page_show (self, province, (guint) year);
  self->updating = TRUE;
  for (guint r = 0; r < self->rows->len; r++)
    {
      Row *row = g_ptr_array_index (self->rows, r);

      for (guint c = 0; c < N_COLUMNS; c++)
        {
          g_autofree char *key = g_strdup_printf ("%s-%s", columns[c].field, row->place->code);
          g_autofree char *text = g_key_file_get_string (kf, "values", key, NULL);

          if (text != NULL)
            gtk_editable_set_text (row->entries[c], text);
        }
    }
  self->updating = FALSE;
  check (self);
  self->dirty = TRUE;
  thanrak_draft_schedule (self->draft);
}

/* After a crash, offers back the figures typed and not saved. */
static void
offer_draft (ThanrakDistrictFiguresPage *self)
{
  g_autoptr(GKeyFile) kf = NULL;
  g_autofree char *title = NULL;
  AdwToast *t;
  int year;

  if (self->draft_offered || self->store == NULL)
    return;
  self->draft_offered = TRUE;
  kf = thanrak_draft_load (self->draft);
  if (kf == NULL || (year = g_key_file_get_integer (kf, "draft", "fiscal-year", NULL)) <= 0)
    return;
  title = g_strdup_printf (_("District figures of fiscal year %d"), year);
  t = thanrak_draft_new_toast (title, kf);
  g_signal_connect_object (t, "button-clicked", G_CALLBACK (restore_draft_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, t);
}

static GtkWidget *
header_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

static ThanrakRecord *
find_figures (GPtrArray  *records,
              const char *code)
{
  for (guint i = 0; records != NULL && i < records->len; i++)
    if (g_strcmp0 (thanrak_record_get_string (g_ptr_array_index (records, i), "district-code"), code) == 0)
      return g_ptr_array_index (records, i);
  return NULL;
}

static void
reload (ThanrakDistrictFiguresPage *self)
{
  guint province_index = adw_combo_row_get_selected (self->province_row);
  guint year = (guint) gtk_spin_button_get_value_as_int (self->year_spin);
  g_autoptr(GPtrArray) districts = NULL;
  g_autoptr(GPtrArray) this_year = NULL;
  g_autoptr(GPtrArray) before = NULL;
  ThanrakStoreQuery query = { 0 };
  GtkWidget *child;

  if (self->updating)
    return;
  /* figures typed for another province or year are dropped */
  self->dirty = FALSE;
  thanrak_draft_discard (self->draft);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  g_ptr_array_set_size (self->rows, 0);
  if (self->store == NULL || self->provinces == NULL || province_index >= self->provinces->len)
    {
      check (self);
      return;
    }

  districts = thanrak_store_list_places (self->store,
                                         ((ThanrakPlace *) g_ptr_array_index (self->provinces, province_index))->code,
                                         NULL);
  query.fiscal_year = (int) year;
  this_year = thanrak_store_list (self->store, THANRAK_TYPE_DISTRICT_FIGURES, &query, NULL);
  query.fiscal_year = (int) year - 1;
  before = thanrak_store_list (self->store, THANRAK_TYPE_DISTRICT_FIGURES, &query, NULL);

  gtk_grid_attach (self->grid, header_label (_("District")), 0, 0, 1, 1);
  for (guint c = 0; c < N_COLUMNS; c++)
    gtk_grid_attach (self->grid, header_label (_(columns[c].title)), 1 + 2 * (int) c, 0, 2, 1);

  self->updating = TRUE;
  for (guint d = 0; districts != NULL && d < districts->len; d++)
    {
      ThanrakPlace *place = g_ptr_array_index (districts, d);
      Row *row = g_new0 (Row, 1);
      GtkWidget *name = gtk_label_new (place->name_th);
      ThanrakStoreQuery count_query = { 0 };
      gint64 counted[N_COLUMNS] = { -1, -1, -1, -1 };

      row->place = thanrak_place_copy (place);
      row->record = find_figures (this_year, place->code);
      if (row->record != NULL)
        g_object_ref (row->record);
      row->last_year = find_figures (before, place->code);
      if (row->last_year != NULL)
        g_object_ref (row->last_year);
      g_ptr_array_add (self->rows, row);

      count_query.district_code = place->code;
      counted[0] = thanrak_store_count (self->store, THANRAK_TYPE_OPERATOR, &count_query, NULL);
      counted[1] = thanrak_store_count (self->store, THANRAK_TYPE_PRODUCT, &count_query, NULL);

      gtk_label_set_xalign (GTK_LABEL (name), 0.0f);
      gtk_grid_attach (self->grid, name, 0, (int) d + 1, 1, 1);
      for (guint c = 0; c < N_COLUMNS; c++)
        {
          GtkWidget *entry = gtk_entry_new ();
          GtkWidget *from_records = gtk_label_new (NULL);
          g_autofree char *widget_name = g_strdup_printf ("%s-%s", columns[c].field, place->code);
          g_autofree char *accessible = g_strdup_printf ("%s %s", _(columns[c].title), place->name_th);
          g_autofree char *value = row->record ? format_value (thanrak_record_get_number (row->record, columns[c].field),
                                                              columns[c].is_money)
                                               : g_strdup ("");

          gtk_editable_set_text (GTK_EDITABLE (entry), value);
          gtk_editable_set_width_chars (GTK_EDITABLE (entry), columns[c].is_money ? 14 : 7);
          gtk_entry_set_alignment (GTK_ENTRY (entry), 1.0f);
          gtk_entry_set_input_purpose (GTK_ENTRY (entry), columns[c].is_money ? GTK_INPUT_PURPOSE_NUMBER
                                                                                : GTK_INPUT_PURPOSE_DIGITS);
          gtk_widget_set_name (entry, widget_name);
          gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
          g_signal_connect_swapped (entry, "changed", G_CALLBACK (entry_changed_cb), self);
          row->entries[c] = GTK_EDITABLE (entry);
          gtk_grid_attach (self->grid, entry, 1 + 2 * (int) c, (int) d + 1, 1, 1);

          if (counted[c] > 0)
            {
              g_autofree char *text = thanrak_thai_format_integer (counted[c], FALSE);
              g_autofree char *tip = g_strdup_printf (_("%s recorded in %s"), text, place->name_th);
              gtk_label_set_label (GTK_LABEL (from_records), text);
              gtk_widget_set_tooltip_text (from_records, tip);
            }
          else
            gtk_label_set_label (GTK_LABEL (from_records), "—");
          gtk_label_set_xalign (GTK_LABEL (from_records), 1.0f);
          gtk_label_set_width_chars (GTK_LABEL (from_records), 5);
          gtk_widget_add_css_class (from_records, "dim-label");
          gtk_grid_attach (self->grid, from_records, 2 + 2 * (int) c, (int) d + 1, 1, 1);
        }
    }
  self->updating = FALSE;
  check (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ThanrakDistrictFiguresPage *self = THANRAK_DISTRICT_FIGURES_PAGE (widget);
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint year = (guint) gtk_spin_button_get_value_as_int (self->year_spin);

  if (!check (self))
    return;
  for (guint r = 0; r < self->rows->len; r++)
    {
      Row *row = g_ptr_array_index (self->rows, r);
      gint64 values[N_COLUMNS];
      gboolean any = FALSE;
      ThanrakRecord *record;

      for (guint c = 0; c < N_COLUMNS; c++)
        {
          read_value (row->entries[c], columns[c].is_money, &values[c]);
          any |= values[c] >= 0;
        }
      if (!any && row->record == NULL)
        continue;
      record = row->record ? g_object_ref (row->record) : THANRAK_RECORD (thanrak_district_figures_new ());
      thanrak_record_set_string (record, "district-code", row->place->code);
      thanrak_record_set_number (record, "fiscal-year", year);
      for (guint c = 0; c < N_COLUMNS; c++)
        thanrak_record_set_number (record, columns[c].field, MAX (values[c], 0));
      if (!thanrak_record_validate (record, &error))
        {
          g_autofree char *message = g_strdup_printf ("%s: %s", row->place->name_th, error->message);
          gtk_label_set_label (self->error_label, message);
          gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
          g_object_unref (record);
          return;
        }
      g_ptr_array_add (batch, record);
    }
  if (!thanrak_store_save_all (self->store, batch, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("District figures saved")));
  reload (self);
}

static void
fill_provinces (ThanrakDistrictFiguresPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *home = NULL;
  guint select = 0;

  g_clear_pointer (&self->provinces, g_ptr_array_unref);
  if (self->store != NULL)
    {
      self->provinces = thanrak_store_list_places (self->store, NULL, NULL);
      /* the office's province, else the first center's */
      home = thanrak_store_dup_home_province (self->store);
    }
  for (guint i = 0; self->provinces != NULL && i < self->provinces->len; i++)
    {
      ThanrakPlace *place = g_ptr_array_index (self->provinces, i);
      gtk_string_list_append (names, place->name_th);
      if (g_strcmp0 (home, place->code) == 0)
        select = i;
    }
  self->updating = TRUE;
  adw_combo_row_set_model (self->province_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->province_row, select);
  self->updating = FALSE;
  reload (self);
}

/* Figures imported through another connection: read them again. */
static void
records_changed_cb (ThanrakDistrictFiguresPage *self,
                    GType                       record_type,
                    ThanrakStore               *store)
{
  if (store == self->store && g_type_is_a (record_type, THANRAK_TYPE_DISTRICT_FIGURES))
    reload (self);
}

/**
 * thanrak_district_figures_page_get_store:
 * @self: a #ThanrakDistrictFiguresPage
 *
 * Returns: (transfer none) (nullable): the store the page shows
 */
ThanrakStore *
thanrak_district_figures_page_get_store (ThanrakDistrictFiguresPage *self)
{
  g_return_val_if_fail (THANRAK_IS_DISTRICT_FIGURES_PAGE (self), NULL);

  return self->store;
}

/**
 * thanrak_district_figures_page_set_store:
 * @self: a #ThanrakDistrictFiguresPage
 * @store: (nullable): the store to show
 *
 * Shows the district figures of @store, for the province of its centers.
 */
void
thanrak_district_figures_page_set_store (ThanrakDistrictFiguresPage *self,
                                         ThanrakStore               *store)
{
  g_return_if_fail (THANRAK_IS_DISTRICT_FIGURES_PAGE (self));

  if (!g_set_object (&self->store, store))
    return;
  if (store != NULL)
    g_signal_connect_object (store, "records-changed", G_CALLBACK (records_changed_cb), self, G_CONNECT_SWAPPED);
  fill_provinces (self);
  offer_draft (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * thanrak_district_figures_page_show:
 * @self: a #ThanrakDistrictFiguresPage
 * @province_code: a province code (2 digits), e.g. `27`
 * @fiscal_year: a fiscal year, Buddhist Era
 *
 * Shows the figures of the districts of @province_code for @fiscal_year.
 */
void
thanrak_district_figures_page_show (ThanrakDistrictFiguresPage *self,
                                    const char                 *province_code,
                                    guint                       fiscal_year)
{
  g_return_if_fail (THANRAK_IS_DISTRICT_FIGURES_PAGE (self));

  self->updating = TRUE;
  gtk_spin_button_set_value (self->year_spin, fiscal_year);
  for (guint i = 0; self->provinces != NULL && i < self->provinces->len; i++)
    if (g_strcmp0 (((ThanrakPlace *) g_ptr_array_index (self->provinces, i))->code, province_code) == 0)
      adw_combo_row_set_selected (self->province_row, i);
  self->updating = FALSE;
  reload (self);
}

/**
 * thanrak_district_figures_page_get_warnings:
 * @self: a #ThanrakDistrictFiguresPage
 *
 * Returns: the warnings of thanrak_check_district_figures() shown, one a
 *   line, or an empty string
 */
const char *
thanrak_district_figures_page_get_warnings (ThanrakDistrictFiguresPage *self)
{
  g_return_val_if_fail (THANRAK_IS_DISTRICT_FIGURES_PAGE (self), NULL);

  return self->warnings ? self->warnings : "";
}

static void
thanrak_district_figures_page_get_property (GObject    *object,
                                            guint       prop_id,
                                            GValue     *value,
                                            GParamSpec *pspec)
{
  ThanrakDistrictFiguresPage *self = THANRAK_DISTRICT_FIGURES_PAGE (object);

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
thanrak_district_figures_page_set_property (GObject      *object,
                                            guint         prop_id,
                                            const GValue *value,
                                            GParamSpec   *pspec)
{
  ThanrakDistrictFiguresPage *self = THANRAK_DISTRICT_FIGURES_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      thanrak_district_figures_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
thanrak_district_figures_page_dispose (GObject *object)
{
  ThanrakDistrictFiguresPage *self = THANRAK_DISTRICT_FIGURES_PAGE (object);

  /* figures not yet written are written now: closing loses nothing */
  if (self->draft != NULL)
    thanrak_draft_flush (self->draft);
  gtk_widget_dispose_template (GTK_WIDGET (self), THANRAK_TYPE_DISTRICT_FIGURES_PAGE);
  g_clear_object (&self->draft);
  g_clear_object (&self->store);
  g_clear_pointer (&self->provinces, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->warnings, g_free);

  G_OBJECT_CLASS (thanrak_district_figures_page_parent_class)->dispose (object);
}

static void
thanrak_district_figures_page_class_init (ThanrakDistrictFiguresPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = thanrak_district_figures_page_dispose;
  object_class->get_property = thanrak_district_figures_page_get_property;
  object_class->set_property = thanrak_district_figures_page_set_property;

  /**
   * ThanrakDistrictFiguresPage:store:
   *
   * The store whose district figures are shown.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         THANRAK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/thanrak-district-figures-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ThanrakDistrictFiguresPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ThanrakDistrictFiguresPage, warnings_revealer);
  gtk_widget_class_bind_template_child (widget_class, ThanrakDistrictFiguresPage, warnings_box);
  gtk_widget_class_bind_template_child (widget_class, ThanrakDistrictFiguresPage, warnings_label);
  gtk_widget_class_bind_template_child (widget_class, ThanrakDistrictFiguresPage, province_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakDistrictFiguresPage, year_spin);
  gtk_widget_class_bind_template_child (widget_class, ThanrakDistrictFiguresPage, grid);
  gtk_widget_class_bind_template_child (widget_class, ThanrakDistrictFiguresPage, error_label);
  gtk_widget_class_bind_template_callback (widget_class, reload);

  gtk_widget_class_install_action (widget_class, "figures.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "figures.save", NULL);
}

static void
thanrak_district_figures_page_init (ThanrakDistrictFiguresPage *self)
{
  self->rows = g_ptr_array_new_with_free_func (row_free);
  self->draft = thanrak_draft_new ("district-figures", fill_draft_cb, self);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->updating = TRUE;
  gtk_spin_button_set_value (self->year_spin, thanrak_current_fiscal_year_be ());
  self->updating = FALSE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "figures.save", FALSE);
}
