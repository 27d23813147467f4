/* thanrak-record-page.c: a list of records beside their editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-application.h"
#include "thanrak-draft.h"
#include "thanrak-record-page.h"

/**
 * ThanrakRecordPage:
 *
 * What the pages of operators, products, channels and marketing events
 * share: a #ThanrakListView beside an editor (a libadwaita form driven
 * by a #ThanrakForm), with the actions `record.new` (Ctrl+N),
 * `record.search` (Ctrl+F), `record.save` (Ctrl+S, only while the form
 * is valid and changed) and `record.delete` (Delete in the list). Leaving
 * a changed record asks to save, discard or cancel; a deletion takes the
 * records under the record with it and can be undone from its toast.
 *
 * Each page builds its editor rows and columns and hands them over with
 * thanrak_record_page_set_editor().
 */

struct _ThanrakRecordPage
{
  GtkWidget        parent_instance;

  ThanrakStore    *store;
  ThanrakForm     *form;
  GtkWidget       *editor;
  GType            record_type;
  char            *name;
  char            *new_title;
  ThanrakDraft    *draft;          /* the editor's unsaved changes, on disk */
  gboolean         draft_checked;  /* offered back once */
  ThanrakRecord   *pending;        /* to open once the question is answered */
  gboolean         pending_close;  /* or close the editor */

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkPaned        *paned;
  ThanrakListView *list_view;
  GtkBox          *editor_box;
  GtkLabel        *editor_title;
};

G_DEFINE_FINAL_TYPE (ThanrakRecordPage, thanrak_record_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  OPENED,
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * thanrak_record_page_toast:
 * @self: a #ThanrakRecordPage
 * @message: what to tell
 *
 * Shows @message in a toast over the page.
 */
void
thanrak_record_page_toast (ThanrakRecordPage *self,
                           const char        *message)
{
  g_return_if_fail (THANRAK_IS_RECORD_PAGE (self));

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static const char *
record_title (ThanrakRecordPage *self,
              ThanrakRecord     *record)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), "name");
  const char *name = NULL;

  if (pspec != NULL && pspec->value_type == G_TYPE_STRING)
    name = thanrak_record_get_string (record, "name");
  else if (g_object_class_find_property (G_OBJECT_GET_CLASS (record), "identifier") != NULL)
    name = thanrak_record_get_string (record, "identifier");
  return name != NULL && *name != '\0' ? name : self->new_title;
}

static void
update_actions (ThanrakRecordPage *self)
{
  ThanrakRecord *record = thanrak_form_get_record (self->form);
  gboolean stored = record != NULL && thanrak_record_get_id (record) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "record.save",
                                 self->store != NULL && thanrak_form_get_valid (self->form) &&
                                 thanrak_form_get_dirty (self->form));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "record.delete", self->store != NULL && stored);
  gtk_label_set_text (self->editor_title, stored ? record_title (self, record) : self->new_title);
}

/**
 * thanrak_record_page_open:
 * @self: a #ThanrakRecordPage
 * @record: (nullable): the record to edit, %NULL for a new one
 *
 * Shows @record in the editor at once, dropping unsaved changes (the
 * actions ask first).
 */
void
thanrak_record_page_open (ThanrakRecordPage *self,
                          ThanrakRecord     *record)
{
  g_return_if_fail (THANRAK_IS_RECORD_PAGE (self));

  if (self->form == NULL)
    return;
  thanrak_form_set_record (self->form, record);
  gtk_widget_set_visible (GTK_WIDGET (self->editor_box), TRUE);
  update_actions (self);
  g_signal_emit (self, signals[OPENED], 0, thanrak_form_get_record (self->form));
}

/* Drafts --------------------------------------------------------------- */

/* An open editor's unsaved changes are kept as a #ThanrakDraft named
 * after the page, removed when the record is saved or the changes
 * dropped; after a crash the page offers it back. */

static gboolean
fill_draft_cb (ThanrakDraft *draft,
               GKeyFile     *key_file,
               gpointer      user_data)
{
  ThanrakRecordPage *self = user_data;
  ThanrakRecord *record = self->form != NULL ? thanrak_form_get_record (self->form) : NULL;

  if (record == NULL || !thanrak_form_get_dirty (self->form))
    return FALSE;
  thanrak_draft_write_record (key_file, "draft", "fields", record);
  return TRUE;
}

static void
schedule_draft (ThanrakRecordPage *self)
{
  if (self->draft == NULL || self->form == NULL)
    return;
  if (!thanrak_form_get_dirty (self->form))
    thanrak_draft_discard (self->draft);
  else
    thanrak_draft_schedule (self->draft);
}

static void
restore_draft_cb (AdwToast          *toast,
                  ThanrakRecordPage *self)
{
  g_autoptr(ThanrakRecord) draft = thanrak_draft_read_record (thanrak_draft_toast_get_key_file (toast),
                                                             "draft", "fields", self->record_type, self->store);

  if (draft == NULL)
    return;
  /* shown as changed, to be saved or dropped */
  thanrak_record_page_open (self, draft);
  thanrak_form_changed (self->form);
}

static void
offer_draft (ThanrakRecordPage *self)
{
  g_autoptr(GKeyFile) kf = NULL;
  g_autoptr(ThanrakRecord) draft = NULL;
  AdwToast *toast;

  if (self->draft_checked || self->draft == NULL || self->store == NULL)
    return;
  self->draft_checked = TRUE;
  kf = thanrak_draft_load (self->draft);
  if (kf != NULL)
    draft = thanrak_draft_read_record (kf, "draft", "fields", self->record_type, self->store);
  if (draft == NULL)
    return;
  toast = thanrak_draft_new_toast (record_title (self, draft), kf);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (restore_draft_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Saving --------------------------------------------------------------- */

static gboolean
save (ThanrakRecordPage *self)
{
  g_autoptr(GError) error = NULL;
  ThanrakRecord *record = thanrak_form_get_record (self->form);

  if (self->store == NULL || !thanrak_store_save (self->store, record, &error))
    {
      thanrak_record_page_toast (self, error != NULL ? error->message : _("There is no open database."));
      return FALSE;
    }
  g_signal_emit (self, signals[SAVED], 0, record);
  thanrak_form_set_dirty (self->form, FALSE);
  update_actions (self);
  thanrak_list_view_refresh (self->list_view);
  thanrak_record_page_toast (self, _("Saved"));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ThanrakRecordPage *self = THANRAK_RECORD_PAGE (widget);

  if (thanrak_form_get_valid (self->form) && thanrak_form_get_dirty (self->form))
    save (self);
}

/* Leaving a changed record --------------------------------------------- */

static void
open_pending (ThanrakRecordPage *self)
{
  g_autoptr(ThanrakRecord) record = g_steal_pointer (&self->pending);

  /* a new record is in the district the list shows */
  if (record == NULL && !self->pending_close &&
      thanrak_list_view_get_district_code (self->list_view) != NULL &&
      g_object_class_find_property (g_type_class_peek (self->record_type), "district-code") != NULL)
    {
      record = g_object_new (self->record_type, NULL);
      thanrak_record_set_string (record, "district-code", thanrak_list_view_get_district_code (self->list_view));
    }
  if (self->pending_close)
    {
      thanrak_form_set_record (self->form, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->editor_box), FALSE);
      thanrak_list_view_unselect (self->list_view);
      update_actions (self);
      self->pending_close = FALSE;
      return;
    }
  thanrak_record_page_open (self, record);
}

static void
leave_response_cb (AdwMessageDialog  *dialog,
                   const char        *response,
                   ThanrakRecordPage *self)
{
  if (g_str_equal (response, "save"))
    {
      if (save (self))
        open_pending (self);
    }
  else if (g_str_equal (response, "discard"))
    open_pending (self);
  else
    {
      g_clear_object (&self->pending);
      self->pending_close = FALSE;
    }
}

/* Opens @record (%NULL: a new one) or closes the editor, asking first
 * when it holds changes. */
static void
leave_then (ThanrakRecordPage *self,
            ThanrakRecord     *record,
            gboolean           close)
{
  AdwMessageDialog *dialog;

  g_set_object (&self->pending, record);
  self->pending_close = close;
  if (!thanrak_form_get_dirty (self->form))
    {
      open_pending (self);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                       _("Save Changes?"), NULL));
  adw_message_dialog_format_body (dialog, _("“%s” has changes that are not saved."),
                                  record_title (self, thanrak_form_get_record (self->form)));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, "save", thanrak_form_get_valid (self->form));
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (leave_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
record_selected_cb (ThanrakRecordPage *self,
                    ThanrakRecord     *record)
{
  ThanrakRecord *current = thanrak_form_get_record (self->form);

  if (record == NULL || (current != NULL && thanrak_record_get_id (current) == thanrak_record_get_id (record)))
    return;
  leave_then (self, record, FALSE);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  ThanrakRecordPage *self = THANRAK_RECORD_PAGE (widget);

  thanrak_list_view_unselect (self->list_view);
  leave_then (self, NULL, FALSE);
  /* the first field, to type at once */
  if (self->editor != NULL)
    gtk_widget_child_focus (self->editor, GTK_DIR_TAB_FORWARD);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ThanrakRecordPage *self = THANRAK_RECORD_PAGE (widget);

  if (gtk_widget_get_visible (GTK_WIDGET (self->editor_box)))
    leave_then (self, NULL, TRUE);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  thanrak_list_view_focus_search (THANRAK_RECORD_PAGE (widget)->list_view);
}

/* Deleting ------------------------------------------------------------- */

typedef struct
{
  ThanrakRecordPage *page;
  ThanrakDeletion   *deletion;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_object_unref (undo->page);
  thanrak_deletion_free (undo->deletion);
  g_free (undo);
}

static void
undo_clicked_cb (AdwToast *toast,
                 Undo     *undo)
{
  ThanrakRecordPage *self = undo->page;
  g_autoptr(GError) error = NULL;

  if (!thanrak_store_undo_deletion (self->store, undo->deletion, &error))
    {
      thanrak_record_page_toast (self, error->message);
      return;
    }
  thanrak_list_view_refresh (self->list_view);
  if (!thanrak_form_get_dirty (self->form))
    thanrak_record_page_open (self, g_ptr_array_index (thanrak_deletion_get_records (undo->deletion), 0));
  thanrak_record_page_toast (self, _("Restored"));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ThanrakRecordPage *self = THANRAK_RECORD_PAGE (widget);
  ThanrakRecord *record = thanrak_form_get_record (self->form);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  ThanrakDeletion *deletion;
  AdwToast *toast;
  Undo *undo;

  if (self->store == NULL || record == NULL || thanrak_record_get_id (record) <= 0)
    return;
  title = g_strdup (record_title (self, record));
  deletion = thanrak_store_delete_tree (self->store, record, &error);
  if (deletion == NULL)
    {
      thanrak_record_page_toast (self, error->message);
      return;
    }

  undo = g_new0 (Undo, 1);
  undo->page = g_object_ref (self);
  undo->deletion = deletion;
  toast = adw_toast_new_format (_("“%s” deleted"), title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  /* twice the default: time to notice a deletion made by mistake */
  adw_toast_set_timeout (toast, 10);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), undo,
                         (GClosureNotify) (void (*) (void)) undo_free, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);

  thanrak_list_view_unselect (self->list_view);
  thanrak_record_page_open (self, NULL);
  thanrak_list_view_refresh (self->list_view);
}

/* Set-up --------------------------------------------------------------- */

static void
form_changed_cb (ThanrakRecordPage *self)
{
  update_actions (self);
  schedule_draft (self);
}

/**
 * thanrak_record_page_set_editor:
 * @self: a #ThanrakRecordPage
 * @name: a short name of the page (`operators`), for its drafts
 * @editor: the editor rows, e.g. an #AdwPreferencesPage
 * @form: the form binding @editor's rows
 * @record_type: the type of the records listed and edited
 * @new_title: the editor's title for a new record
 *
 * Puts @editor beside the list and shows a new record in it.
 */
void
thanrak_record_page_set_editor (ThanrakRecordPage *self,
                                const char        *name,
                                GtkWidget         *editor,
                                ThanrakForm       *form,
                                GType              record_type,
                                const char        *new_title)
{
  g_return_if_fail (THANRAK_IS_RECORD_PAGE (self));
  g_return_if_fail (THANRAK_IS_FORM (form));

  g_free (self->name);
  self->name = g_strdup (name);
  g_clear_object (&self->draft);
  if (name != NULL)
    self->draft = thanrak_draft_new (name, fill_draft_cb, self);
  g_free (self->new_title);
  self->new_title = g_strdup (new_title);
  self->record_type = record_type;
  g_set_object (&self->form, form);
  self->editor = editor;
  gtk_widget_set_vexpand (editor, TRUE);
  gtk_box_append (self->editor_box, editor);
  g_signal_connect_object (form, "changed", G_CALLBACK (form_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (form, "notify::dirty", G_CALLBACK (form_changed_cb), self, G_CONNECT_SWAPPED);
  thanrak_form_set_record (self->form, NULL);
  update_actions (self);
}

/**
 * thanrak_record_page_set_store:
 * @self: a #ThanrakRecordPage with its editor
 * @store: the open store
 *
 * Lists the records of @store (the count runs in a thread).
 */
void
thanrak_record_page_set_store (ThanrakRecordPage *self,
                               ThanrakStore      *store)
{
  g_return_if_fail (THANRAK_IS_RECORD_PAGE (self));

  if (!g_set_object (&self->store, store))
    return;
  if (store != NULL)
    {
      thanrak_form_set_store (self->form, store);
      thanrak_list_view_set_store (self->list_view, store, self->record_type);
      offer_draft (self);
    }
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * thanrak_record_page_get_store:
 * @self: a #ThanrakRecordPage
 *
 * Returns: (transfer none) (nullable): the store listed
 */
ThanrakStore *
thanrak_record_page_get_store (ThanrakRecordPage *self)
{
  g_return_val_if_fail (THANRAK_IS_RECORD_PAGE (self), NULL);

  return self->store;
}

/**
 * thanrak_record_page_get_list_view:
 * @self: a #ThanrakRecordPage
 *
 * Returns: (transfer none): the list, to add its columns
 */
ThanrakListView *
thanrak_record_page_get_list_view (ThanrakRecordPage *self)
{
  g_return_val_if_fail (THANRAK_IS_RECORD_PAGE (self), NULL);

  return self->list_view;
}

/**
 * thanrak_record_page_get_form:
 * @self: a #ThanrakRecordPage
 *
 * Returns: (transfer none) (nullable): the editor's form
 */
ThanrakForm *
thanrak_record_page_get_form (ThanrakRecordPage *self)
{
  g_return_val_if_fail (THANRAK_IS_RECORD_PAGE (self), NULL);

  return self->form;
}

/* The page is built with the window; the records are read when it is
 * first shown, with the application's store unless one was given. */
static void
thanrak_record_page_map (GtkWidget *widget)
{
  ThanrakRecordPage *self = THANRAK_RECORD_PAGE (widget);

  GTK_WIDGET_CLASS (thanrak_record_page_parent_class)->map (widget);

  if (self->store == NULL && self->form != NULL)
    {
      GApplication *app = g_application_get_default ();

      if (THANRAK_IS_APPLICATION (app) && thanrak_application_get_store (THANRAK_APPLICATION (app)) != NULL)
        thanrak_record_page_set_store (self, thanrak_application_get_store (THANRAK_APPLICATION (app)));
    }
}

static void
thanrak_record_page_dispose (GObject *object)
{
  ThanrakRecordPage *self = THANRAK_RECORD_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), THANRAK_TYPE_RECORD_PAGE);
  /* a draft still to write is written now */
  if (self->draft != NULL)
    thanrak_draft_flush (self->draft);
  g_clear_object (&self->draft);
  g_clear_object (&self->form);
  g_clear_object (&self->store);
  g_clear_object (&self->pending);

  G_OBJECT_CLASS (thanrak_record_page_parent_class)->dispose (object);
}

static void
thanrak_record_page_finalize (GObject *object)
{
  ThanrakRecordPage *self = THANRAK_RECORD_PAGE (object);

  g_free (self->name);
  g_free (self->new_title);

  G_OBJECT_CLASS (thanrak_record_page_parent_class)->finalize (object);
}

static void
thanrak_record_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ThanrakRecordPage *self = THANRAK_RECORD_PAGE (object);

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
thanrak_record_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  ThanrakRecordPage *self = THANRAK_RECORD_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      thanrak_record_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
thanrak_record_page_class_init (ThanrakRecordPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = thanrak_record_page_dispose;
  object_class->finalize = thanrak_record_page_finalize;
  object_class->get_property = thanrak_record_page_get_property;
  object_class->set_property = thanrak_record_page_set_property;
  widget_class->map = thanrak_record_page_map;

  /**
   * ThanrakRecordPage:store:
   *
   * The store listed and written.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, THANRAK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ThanrakRecordPage::opened:
   * @self: the page
   * @record: the record now in the editor (a copy; id 0 for a new one)
   *
   * Another record is shown in the editor.
   */
  signals[OPENED] =
    g_signal_new ("opened", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, THANRAK_TYPE_RECORD);

  /**
   * ThanrakRecordPage::saved:
   * @self: the page
   * @record: the record as saved, with its id
   *
   * The record in the editor was saved.
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, THANRAK_TYPE_RECORD);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/thanrak-record-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ThanrakRecordPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ThanrakRecordPage, paned);
  gtk_widget_class_bind_template_child (widget_class, ThanrakRecordPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, ThanrakRecordPage, editor_box);
  gtk_widget_class_bind_template_child (widget_class, ThanrakRecordPage, editor_title);

  gtk_widget_class_install_action (widget_class, "record.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "record.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "record.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "record.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "record.close", NULL, close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "record.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "record.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "record.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "record.search", NULL);
}

static void
thanrak_record_page_init (ThanrakRecordPage *self)
{
  GtkEventController *shortcuts;
  GtkWidget *new_button;

  g_type_ensure (THANRAK_TYPE_LIST_VIEW);
  gtk_widget_init_template (GTK_WIDGET (self));

  new_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (new_button), "record.new");
  gtk_widget_set_tooltip_text (new_button, _("New (Ctrl+N)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (new_button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("New"), -1);
  thanrak_list_view_add_tool (self->list_view, new_button);

  g_signal_connect_object (self->list_view, "record-selected", G_CALLBACK (record_selected_cb), self, G_CONNECT_SWAPPED);

  /* Delete deletes the record only from the list: in an entry it is a key
   * like the others. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("record.delete")));
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), shortcuts);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "record.save", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "record.delete", FALSE);
}
