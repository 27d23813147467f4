/* thanrak-draft.c: unsaved changes kept on disk until saved or dropped
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "thanrak-draft.h"

/**
 * ThanrakDraft:
 *
 * What an editor holds and has not saved, kept in
 * `$XDG_DATA_HOME/thanrak/drafts/<name>.ini`: written half a second after
 * a change (thanrak_draft_schedule()), at once when the editor goes away
 * (thanrak_draft_flush(), so closing the window loses nothing), and
 * removed when the changes are saved or dropped (thanrak_draft_discard()).
 * After a crash or a kill the editor reads it back (thanrak_draft_load())
 * and offers it (thanrak_draft_new_toast()).
 *
 * A draft that was neither read nor written in this run is never removed:
 * an editor that starts clean must not drop last run's draft before it
 * was offered.
 */

#define DRAFT_DELAY_MS 500

struct _ThanrakDraft
{
  GObject               parent_instance;

  char                 *name;
  ThanrakDraftFillFunc  fill;
  gpointer              user_data;
  guint                 source;
  gboolean              loaded;   /* read or written in this run */
};

G_DEFINE_FINAL_TYPE (ThanrakDraft, thanrak_draft, G_TYPE_OBJECT)

/**
 * thanrak_draft_new:
 * @name: a short name for the file, e.g. `operators`, `centers`
 * @fill: (nullable): fills the key file with the editor's state; %NULL
 *   until an editor is given with thanrak_draft_set_fill_func()
 * @user_data: (nullable): data for @fill; not referenced: the editor owns
 *   the draft and discards or flushes it before it goes away
 *
 * Returns: (transfer full): a new #ThanrakDraft
 */
ThanrakDraft *
thanrak_draft_new (const char           *name,
                   ThanrakDraftFillFunc  fill,
                   gpointer              user_data)
{
  ThanrakDraft *self;

  g_return_val_if_fail (name != NULL && *name != '\0', NULL);

  self = g_object_new (THANRAK_TYPE_DRAFT, NULL);
  self->name = g_strdup (name);
  self->fill = fill;
  self->user_data = user_data;
  return self;
}

/**
 * thanrak_draft_set_fill_func:
 * @self: a #ThanrakDraft
 * @fill: (nullable): fills the key file with the editor's state, or %NULL
 *   when no editor is open (nothing is written then)
 * @user_data: (nullable): data for @fill, not referenced
 *
 * Gives the draft another editor, e.g. the dialog now open on the page.
 */
void
thanrak_draft_set_fill_func (ThanrakDraft         *self,
                             ThanrakDraftFillFunc  fill,
                             gpointer              user_data)
{
  g_return_if_fail (THANRAK_IS_DRAFT (self));

  self->fill = fill;
  self->user_data = user_data;
}

/**
 * thanrak_draft_get_name:
 * @self: a #ThanrakDraft
 *
 * Returns: the draft's name
 */
const char *
thanrak_draft_get_name (ThanrakDraft *self)
{
  g_return_val_if_fail (THANRAK_IS_DRAFT (self), NULL);

  return self->name;
}

/**
 * thanrak_draft_dup_path:
 * @self: a #ThanrakDraft
 *
 * Returns: (transfer full): the file the draft is kept in
 */
char *
thanrak_draft_dup_path (ThanrakDraft *self)
{
  g_autofree char *file = NULL;

  g_return_val_if_fail (THANRAK_IS_DRAFT (self), NULL);

  file = g_strconcat (self->name, ".ini", NULL);
  return g_build_filename (g_get_user_data_dir (), "thanrak", "drafts", file, NULL);
}

static void
remove_file (ThanrakDraft *self)
{
  g_autofree char *path = thanrak_draft_dup_path (self);

  g_unlink (path);
}

static void
write_now (ThanrakDraft *self)
{
  g_autoptr(GKeyFile) kf = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = thanrak_draft_dup_path (self);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *text = NULL;

  g_clear_handle_id (&self->source, g_source_remove);
  if (self->fill == NULL)
    return;
  self->loaded = TRUE;
  if (!self->fill (self, kf, self->user_data))
    {
      remove_file (self);
      return;
    }
  text = g_key_file_to_data (kf, NULL, NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    g_message ("Cannot keep the draft in %s: %s", path, error != NULL ? error->message : g_strerror (errno));
}

static gboolean
write_cb (gpointer data)
{
  ThanrakDraft *self = data;

  self->source = 0;
  write_now (self);
  return G_SOURCE_REMOVE;
}

/**
 * thanrak_draft_schedule:
 * @self: a #ThanrakDraft
 *
 * Writes the draft half a second from now (again later if the editor
 * changes again before).
 */
void
thanrak_draft_schedule (ThanrakDraft *self)
{
  g_return_if_fail (THANRAK_IS_DRAFT (self));

  g_clear_handle_id (&self->source, g_source_remove);
  self->source = g_timeout_add (DRAFT_DELAY_MS, write_cb, self);
}

/**
 * thanrak_draft_flush:
 * @self: a #ThanrakDraft
 *
 * Writes the draft now if a write is scheduled; for an editor that goes
 * away with changes (the window is closed).
 */
void
thanrak_draft_flush (ThanrakDraft *self)
{
  g_return_if_fail (THANRAK_IS_DRAFT (self));

  if (self->source != 0)
    write_now (self);
}

/**
 * thanrak_draft_discard:
 * @self: a #ThanrakDraft
 *
 * Cancels a scheduled write and removes the draft's file, if it was read
 * or written in this run: the changes were saved or dropped.
 */
void
thanrak_draft_discard (ThanrakDraft *self)
{
  g_return_if_fail (THANRAK_IS_DRAFT (self));

  g_clear_handle_id (&self->source, g_source_remove);
  if (self->loaded)
    remove_file (self);
}

/**
 * thanrak_draft_load:
 * @self: a #ThanrakDraft
 *
 * Reads the draft kept from an earlier run; after this the draft may be
 * removed by thanrak_draft_discard().
 *
 * Returns: (transfer full) (nullable): its key file, or %NULL when there
 *   is none (or it cannot be read)
 */
GKeyFile *
thanrak_draft_load (ThanrakDraft *self)
{
  g_autoptr(GKeyFile) kf = g_key_file_new ();
  g_autofree char *path = NULL;

  g_return_val_if_fail (THANRAK_IS_DRAFT (self), NULL);

  self->loaded = TRUE;
  path = thanrak_draft_dup_path (self);
  if (!g_key_file_load_from_file (kf, path, G_KEY_FILE_NONE, NULL))
    return NULL;
  return g_steal_pointer (&kf);
}

/**
 * thanrak_draft_get_loaded:
 * @self: a #ThanrakDraft
 *
 * Returns: whether the draft was read or written in this run
 */
gboolean
thanrak_draft_get_loaded (ThanrakDraft *self)
{
  g_return_val_if_fail (THANRAK_IS_DRAFT (self), FALSE);

  return self->loaded;
}

/**
 * thanrak_draft_write_record:
 * @key_file: a draft's key file
 * @group: the group for the record's type and id
 * @fields_group: the group for its fields, one key per field
 * @record: the record as edited
 *
 * Puts @record in @key_file, to be read back by thanrak_draft_read_record().
 */
void
thanrak_draft_write_record (GKeyFile      *key_file,
                            const char    *group,
                            const char    *fields_group,
                            ThanrakRecord *record)
{
  const ThanrakFieldSpec *fields;
  guint n_fields;

  g_return_if_fail (key_file != NULL);
  g_return_if_fail (THANRAK_IS_RECORD (record));

  g_key_file_set_string (key_file, group, "type", G_OBJECT_TYPE_NAME (record));
  g_key_file_set_int64 (key_file, group, "id", thanrak_record_get_id (record));
  fields = thanrak_record_class_get_fields (THANRAK_RECORD_GET_CLASS (record), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      if (fields[i].kind == THANRAK_FIELD_STRING || fields[i].kind == THANRAK_FIELD_DATE)
        {
          const char *value = thanrak_record_get_string (record, fields[i].name);
          if (value != NULL)
            g_key_file_set_string (key_file, fields_group, fields[i].name, value);
        }
      else
        g_key_file_set_int64 (key_file, fields_group, fields[i].name,
                              thanrak_record_get_number (record, fields[i].name));
    }
}

/**
 * thanrak_draft_read_record:
 * @key_file: a draft's key file
 * @group: the group with the record's type and id
 * @fields_group: the group with its fields
 * @record_type: the type expected, or %G_TYPE_INVALID for any record type
 * @store: (nullable): the store to load the stored record from, so that
 *   fields the editor does not show keep their stored values
 *
 * Returns: (transfer full) (nullable): the record as it was edited (id 0
 *   when it was new), or %NULL when @key_file holds no record of
 *   @record_type
 */
ThanrakRecord *
thanrak_draft_read_record (GKeyFile     *key_file,
                           const char   *group,
                           const char   *fields_group,
                           GType         record_type,
                           ThanrakStore *store)
{
  g_autofree char *type_name = NULL;
  g_auto(GStrv) keys = NULL;
  ThanrakRecord *record = NULL;
  GType type;
  gint64 id;

  g_return_val_if_fail (key_file != NULL, NULL);

  type_name = g_key_file_get_string (key_file, group, "type", NULL);
  type = type_name != NULL ? g_type_from_name (type_name) : G_TYPE_INVALID;
  if (type == G_TYPE_INVALID || !g_type_is_a (type, THANRAK_TYPE_RECORD) || G_TYPE_IS_ABSTRACT (type) ||
      (record_type != G_TYPE_INVALID && type != record_type))
    return NULL;
  id = g_key_file_get_int64 (key_file, group, "id", NULL);
  if (id > 0 && store != NULL)
    record = thanrak_store_load (store, type, id, NULL);
  if (record == NULL)
    record = g_object_new (type, NULL);

  keys = g_key_file_get_keys (key_file, fields_group, NULL, NULL);
  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), keys[i]);

      if (pspec == NULL)
        continue;
      if (pspec->value_type == G_TYPE_STRING)
        {
          g_autofree char *value = g_key_file_get_string (key_file, fields_group, keys[i], NULL);
          thanrak_record_set_string (record, keys[i], value);
        }
      else
        thanrak_record_set_number (record, keys[i], g_key_file_get_int64 (key_file, fields_group, keys[i], NULL));
    }
  return record;
}

/**
 * thanrak_draft_new_toast:
 * @title: what the draft is of, e.g. the record's name
 * @key_file: the draft as thanrak_draft_load() read it
 *
 * A toast that stays until answered, telling that changes to @title were
 * not saved when Thanrak closed, with a “Restore” button; connect to its
 * #AdwToast::button-clicked and restore from
 * thanrak_draft_toast_get_key_file(): the file itself may be gone by
 * then, when the editor was opened on something else and left unchanged.
 *
 * Returns: (transfer full): the toast
 */
AdwToast *
thanrak_draft_new_toast (const char *title,
                         GKeyFile   *key_file)
{
  AdwToast *toast = adw_toast_new_format (_("Changes to “%s” were not saved when Thanrak closed"), title);

  g_return_val_if_fail (key_file != NULL, toast);

  adw_toast_set_button_label (toast, _("_Restore"));
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "thanrak-draft", g_key_file_ref (key_file),
                          (GDestroyNotify) g_key_file_unref);
  return toast;
}

/**
 * thanrak_draft_toast_get_key_file:
 * @toast: a toast of thanrak_draft_new_toast()
 *
 * Returns: (transfer none): the draft the toast offers
 */
GKeyFile *
thanrak_draft_toast_get_key_file (AdwToast *toast)
{
  g_return_val_if_fail (ADW_IS_TOAST (toast), NULL);

  return g_object_get_data (G_OBJECT (toast), "thanrak-draft");
}

static void
thanrak_draft_finalize (GObject *object)
{
  ThanrakDraft *self = THANRAK_DRAFT (object);

  g_clear_handle_id (&self->source, g_source_remove);
  g_free (self->name);

  G_OBJECT_CLASS (thanrak_draft_parent_class)->finalize (object);
}

static void
thanrak_draft_class_init (ThanrakDraftClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = thanrak_draft_finalize;
}

static void
thanrak_draft_init (ThanrakDraft *self)
{
}
