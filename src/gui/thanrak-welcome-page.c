/* thanrak-welcome-page.c: the first-run screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shown instead of the pages while the database is new (no office, no
 * records; thanrak_store_is_new()). Three ways to begin: set the office
 * (province, district, name and the officer who signs), import a file, or
 * load the sample data (thanrak_sample_load(), in a worker thread on its
 * own connection to the same file).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-model.h"
#include "thanrak-sample.h"
#include "thanrak-welcome-page.h"

struct _ThanrakWelcomePage
{
  AdwBin parent_instance;

  ThanrakStore  *store;
  GPtrArray     *provinces;   /* ThanrakPlace, sorted by Thai name */
  GPtrArray     *districts;   /* ThanrakPlace of the chosen province */
  GCancellable  *cancellable;
  gboolean       name_edited; /* the person typed the office name */
  gboolean       filling_name;

  GtkStack      *views;
  GtkListBox    *choices;
  AdwActionRow  *start_row;
  AdwActionRow  *import_row;
  AdwActionRow  *sample_row;
  GtkWidget     *busy_box;
  GtkSpinner    *spinner;
  GtkLabel      *choices_error;
  AdwComboRow   *province_row;
  AdwComboRow   *district_row;
  AdwEntryRow   *name_row;
  AdwEntryRow   *officer_row;
  AdwEntryRow   *position_row;
  GtkLabel      *office_error;
  GtkWidget     *start_button;
};

G_DEFINE_FINAL_TYPE (ThanrakWelcomePage, thanrak_welcome_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
show_error (GtkLabel     *label,
            const GError *error)
{
  gtk_label_set_label (label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), error != NULL);
}

static int
compare_thai_names (gconstpointer a,
                    gconstpointer b)
{
  const ThanrakPlace *pa = *(ThanrakPlace * const *) a;
  const ThanrakPlace *pb = *(ThanrakPlace * const *) b;

  return g_utf8_collate (pa->name_th, pb->name_th);
}

static GtkStringList *
names_of (GPtrArray  *places,
          const char *first)
{
  GtkStringList *names = gtk_string_list_new (NULL);

  if (first != NULL)
    gtk_string_list_append (names, first);
  for (guint i = 0; places != NULL && i < places->len; i++)
    gtk_string_list_append (names, ((ThanrakPlace *) g_ptr_array_index (places, i))->name_th);
  return names;
}

static ThanrakPlace *
chosen_province (ThanrakWelcomePage *self)
{
  guint i = adw_combo_row_get_selected (self->province_row);

  return self->provinces != NULL && i < self->provinces->len ? g_ptr_array_index (self->provinces, i) : NULL;
}

/* NULL for the whole province (a provincial office) */
static ThanrakPlace *
chosen_district (ThanrakWelcomePage *self)
{
  guint i = adw_combo_row_get_selected (self->district_row);

  if (i == 0 || i == GTK_INVALID_LIST_POSITION || self->districts == NULL || i - 1 >= self->districts->len)
    return NULL;
  return g_ptr_array_index (self->districts, i - 1);
}

/* The office's name as the department writes it, until the person types
 * one of their own. */
static void
suggest_name (ThanrakWelcomePage *self)
{
  ThanrakPlace *province = chosen_province (self);
  ThanrakPlace *district = chosen_district (self);
  g_autofree char *name = NULL;

  if (self->name_edited || province == NULL)
    return;
  if (district != NULL)
    name = g_strconcat ("สำนักงานพัฒนาชุมชนอำเภอ", district->name_th, NULL);
  else
    name = g_strconcat ("สำนักงานพัฒนาชุมชนจังหวัด", province->name_th, NULL);
  self->filling_name = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
  self->filling_name = FALSE;
}

static void
name_changed_cb (ThanrakWelcomePage *self)
{
  if (!self->filling_name)
    self->name_edited = TRUE;
}

static void
district_changed_cb (ThanrakWelcomePage *self)
{
  suggest_name (self);
}

static void
province_changed_cb (ThanrakWelcomePage *self)
{
  ThanrakPlace *province = chosen_province (self);
  g_autoptr(GtkStringList) names = NULL;

  g_clear_pointer (&self->districts, g_ptr_array_unref);
  if (province != NULL && self->store != NULL)
    self->districts = thanrak_store_list_places (self->store, province->code, NULL);
  if (self->districts != NULL)
    g_ptr_array_sort (self->districts, compare_thai_names);
  names = names_of (self->districts, _("Whole province (provincial office)"));
  adw_combo_row_set_model (self->district_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->district_row, 0);
  suggest_name (self);
}

static void
fill_provinces (ThanrakWelcomePage *self)
{
  g_autoptr(GtkStringList) names = NULL;

  g_clear_pointer (&self->provinces, g_ptr_array_unref);
  if (self->store != NULL)
    self->provinces = thanrak_store_list_places (self->store, NULL, NULL);
  if (self->provinces != NULL)
    g_ptr_array_sort (self->provinces, compare_thai_names);
  names = names_of (self->provinces, NULL);
  adw_combo_row_set_model (self->province_row, G_LIST_MODEL (names));
  province_changed_cb (self);
}

static void
finish (ThanrakWelcomePage   *self,
        ThanrakWelcomeChoice  choice)
{
  g_signal_emit (self, signals[FINISHED], 0, choice);
}

static void
start_clicked_cb (ThanrakWelcomePage *self)
{
  g_autoptr(ThanrakOffice) office = thanrak_office_new ();
  g_autoptr(GError) error = NULL;
  ThanrakPlace *province = chosen_province (self);
  ThanrakPlace *district = chosen_district (self);

  g_object_set (office,
                "province-code", province != NULL ? province->code : NULL,
                "district-code", district != NULL ? district->code : NULL,
                "name", gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                "officer-name", gtk_editable_get_text (GTK_EDITABLE (self->officer_row)),
                "officer-position", gtk_editable_get_text (GTK_EDITABLE (self->position_row)),
                NULL);
  if (!thanrak_office_validate (office, &error) ||
      !thanrak_store_save_office (self->store, office, &error))
    {
      /* what was typed stays in the fields */
      show_error (self->office_error, error);
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
      return;
    }
  show_error (self->office_error, NULL);
  if (GTK_IS_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))))
    gtk_window_set_default_widget (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), NULL);
  finish (self, THANRAK_WELCOME_OFFICE);
}

static void
back_clicked_cb (ThanrakWelcomePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_stack_set_visible_child_name (self->views, "choices");
  if (GTK_IS_WINDOW (root))
    gtk_window_set_default_widget (GTK_WINDOW (root), NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->start_row));
}

static void
set_busy (ThanrakWelcomePage *self,
          gboolean            busy)
{
  gtk_widget_set_visible (self->busy_box, busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->choices), !busy);
}

static void
load_sample_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  g_autoptr(ThanrakStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = thanrak_store_new (task_data, &error);
  if (store == NULL || !thanrak_sample_load (store, NULL, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
sample_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  ThanrakWelcomePage *self = THANRAK_WELCOME_PAGE (object);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      set_busy (self, FALSE);
      show_error (self->choices_error, error);
      return;
    }
  set_busy (self, FALSE);
  finish (self, THANRAK_WELCOME_SAMPLE);
}

static void
load_sample (ThanrakWelcomePage *self)
{
  g_autoptr(GTask) task = NULL;

  show_error (self->choices_error, NULL);
  set_busy (self, TRUE);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, sample_loaded_cb, NULL);
  g_task_set_source_tag (task, load_sample);
  g_task_set_task_data (task, g_strdup (thanrak_store_get_path (self->store)), g_free);
  g_task_run_in_thread (task, load_sample_thread);
}

static void
choice_activated_cb (ThanrakWelcomePage *self,
                     GtkListBoxRow      *row)
{
  if (self->store == NULL)
    return;
  if (row == GTK_LIST_BOX_ROW (self->start_row))
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

      gtk_stack_set_visible_child_name (self->views, "office");
      /* Enter in a field starts, as the button does */
      if (GTK_IS_WINDOW (root))
        gtk_window_set_default_widget (GTK_WINDOW (root), self->start_button);
      gtk_widget_grab_focus (GTK_WIDGET (self->province_row));
    }
  else if (row == GTK_LIST_BOX_ROW (self->import_row))
    finish (self, THANRAK_WELCOME_IMPORT);
  else if (row == GTK_LIST_BOX_ROW (self->sample_row))
    load_sample (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ThanrakWelcomePage *self = THANRAK_WELCOME_PAGE (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->views), "office") == 0)
    back_clicked_cb (self);
}

/* Keyboard first: Return begins with the first choice, arrows move. */
static void
thanrak_welcome_page_map (GtkWidget *widget)
{
  ThanrakWelcomePage *self = THANRAK_WELCOME_PAGE (widget);

  GTK_WIDGET_CLASS (thanrak_welcome_page_parent_class)->map (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->start_row));
}

static void
thanrak_welcome_page_dispose (GObject *object)
{
  ThanrakWelcomePage *self = THANRAK_WELCOME_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_pointer (&self->provinces, g_ptr_array_unref);
  g_clear_pointer (&self->districts, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), THANRAK_TYPE_WELCOME_PAGE);

  G_OBJECT_CLASS (thanrak_welcome_page_parent_class)->dispose (object);
}

static void
thanrak_welcome_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ThanrakWelcomePage *self = THANRAK_WELCOME_PAGE (object);

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
thanrak_welcome_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  ThanrakWelcomePage *self = THANRAK_WELCOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      if (g_set_object (&self->store, g_value_get_object (value)))
        {
          fill_provinces (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
thanrak_welcome_page_class_init (ThanrakWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = thanrak_welcome_page_dispose;
  object_class->get_property = thanrak_welcome_page_get_property;
  object_class->set_property = thanrak_welcome_page_set_property;
  widget_class->map = thanrak_welcome_page_map;

  /**
   * ThanrakWelcomePage:store:
   *
   * The new database the person begins with.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, THANRAK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ThanrakWelcomePage::finished:
   * @self: the page
   * @choice: a #ThanrakWelcomeChoice
   *
   * The person has begun: the office is set, the sample data is loaded,
   * or they want to import a file.
   */
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/thanrak/Thanrak/thanrak-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ThanrakWelcomePage, views);
  gtk_widget_class_bind_template_child (widget_class, ThanrakWelcomePage, choices);
  gtk_widget_class_bind_template_child (widget_class, ThanrakWelcomePage, start_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakWelcomePage, import_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakWelcomePage, sample_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakWelcomePage, busy_box);
  gtk_widget_class_bind_template_child (widget_class, ThanrakWelcomePage, spinner);
  gtk_widget_class_bind_template_child (widget_class, ThanrakWelcomePage, choices_error);
  gtk_widget_class_bind_template_child (widget_class, ThanrakWelcomePage, province_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakWelcomePage, district_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakWelcomePage, name_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakWelcomePage, officer_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakWelcomePage, position_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakWelcomePage, office_error);
  gtk_widget_class_bind_template_child (widget_class, ThanrakWelcomePage, start_button);
  gtk_widget_class_bind_template_callback (widget_class, choice_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, province_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, district_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, start_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);

  gtk_widget_class_install_action (widget_class, "welcome.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "welcome.back", NULL);
}

static void
thanrak_welcome_page_init (ThanrakWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
