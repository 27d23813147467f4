/* thanrak-store-tree.c: deleting a record with the records under it, and
 * undoing that
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "thanrak-model.h"
#include "thanrak-store-private.h"
#include "thanrak-store.h"

/* Records that refer to another and go with it. */
static const struct
{
  GType     (*parent) (void);
  GType     (*child) (void);
  const char *field;
} relations[] = {
  { thanrak_operator_get_type, thanrak_product_get_type, "operator-id" },
  { thanrak_operator_get_type, thanrak_monthly_sales_get_type, "operator-id" },
  { thanrak_product_get_type, thanrak_online_channel_get_type, "product-id" },
};

struct _ThanrakDeletion
{
  GPtrArray *records;   /* the record first, then each child after its parent */
  GArray    *old_ids;   /* gint64 */
  GArray    *parents;   /* guint: index of the parent in records, G_MAXUINT for the first */
  GPtrArray *fields;    /* const char *: the reference to the parent */
};

/**
 * thanrak_deletion_free:
 * @deletion: what thanrak_store_delete_tree() deleted
 *
 * Frees @deletion (the records stay deleted).
 */
void
thanrak_deletion_free (ThanrakDeletion *deletion)
{
  g_ptr_array_unref (deletion->records);
  g_array_unref (deletion->old_ids);
  g_array_unref (deletion->parents);
  g_ptr_array_unref (deletion->fields);
  g_free (deletion);
}

/**
 * thanrak_deletion_get_records:
 * @deletion: what thanrak_store_delete_tree() deleted
 *
 * Returns: (transfer none) (element-type ThanrakRecord): the records, the
 *   one asked for first; their ids are 0 until restored
 */
GPtrArray *
thanrak_deletion_get_records (ThanrakDeletion *deletion)
{
  return deletion->records;
}

static void
add (ThanrakDeletion *d,
     ThanrakRecord   *record,
     guint            parent,
     const char      *field)
{
  gint64 id = thanrak_record_get_id (record);

  g_ptr_array_add (d->records, g_object_ref (record));
  g_array_append_val (d->old_ids, id);
  g_array_append_val (d->parents, parent);
  g_ptr_array_add (d->fields, (gpointer) field);
}

/* Reads the records under records[i], and theirs. */
static gboolean
collect (ThanrakStore     *self,
         ThanrakDeletion  *d,
         guint             i,
         GError          **error)
{
  GType type = G_OBJECT_TYPE (g_ptr_array_index (d->records, i));

  for (guint r = 0; r < G_N_ELEMENTS (relations); r++)
    {
      ThanrakStoreQuery q = { 0 };
      g_autoptr(GPtrArray) children = NULL;

      if (relations[r].parent () != type)
        continue;
      q.parent_field = relations[r].field;
      q.parent_id = g_array_index (d->old_ids, gint64, i);
      children = thanrak_store_list (self, relations[r].child (), &q, error);
      if (children == NULL)
        return FALSE;
      for (guint c = 0; c < children->len; c++)
        {
          add (d, g_ptr_array_index (children, c), i, relations[r].field);
          if (!collect (self, d, d->records->len - 1, error))
            return FALSE;
        }
    }
  return TRUE;
}

/**
 * thanrak_store_delete_tree:
 * @self: a #ThanrakStore
 * @record: a stored record, e.g. an operator
 * @error: return location for a #GError
 *
 * Deletes @record with the records that refer to it, at every level: an
 * operator's products, their online channels and the operator's monthly
 * sales; a product's channels. All or nothing, in one transaction (or
 * inside the caller's). What was deleted can be put back with
 * thanrak_store_undo_deletion().
 *
 * Returns: (transfer full): what was deleted, or %NULL with a
 *   %THANRAK_STORE_ERROR (%THANRAK_STORE_ERROR_NOT_FOUND when @record is
 *   not stored)
 */
ThanrakDeletion *
thanrak_store_delete_tree (ThanrakStore   *self,
                           ThanrakRecord  *record,
                           GError        **error)
{
  g_autoptr(ThanrakRecord) stored = NULL;
  ThanrakDeletion *d;
  gboolean own = FALSE;
  gboolean ok = TRUE;

  g_return_val_if_fail (THANRAK_IS_STORE (self), NULL);
  g_return_val_if_fail (THANRAK_IS_RECORD (record), NULL);

  stored = thanrak_store_load (self, G_OBJECT_TYPE (record), thanrak_record_get_id (record), error);
  if (stored == NULL)
    return NULL;

  d = g_new0 (ThanrakDeletion, 1);
  d->records = g_ptr_array_new_with_free_func (g_object_unref);
  d->old_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  d->parents = g_array_new (FALSE, FALSE, sizeof (guint));
  d->fields = g_ptr_array_new ();
  add (d, stored, G_MAXUINT, NULL);

  if (!self->in_transaction)
    {
      if (!thanrak_store_begin_transaction (self, error))
        {
          thanrak_deletion_free (d);
          return NULL;
        }
      own = TRUE;
    }
  ok = collect (self, d, 0, error);
  /* children first */
  for (guint i = d->records->len; ok && i > 0; i--)
    ok = thanrak_store_delete (self, g_ptr_array_index (d->records, i - 1), error);
  if (own)
    {
      if (ok)
        ok = thanrak_store_commit_transaction (self, error);
      else
        thanrak_store_rollback_transaction (self);
    }
  if (!ok)
    {
      thanrak_deletion_free (d);
      return NULL;
    }
  thanrak_record_set_id (record, 0);
  return d;
}

/**
 * thanrak_store_undo_deletion:
 * @self: a #ThanrakStore
 * @deletion: what thanrak_store_delete_tree() deleted
 * @error: return location for a #GError
 *
 * Stores the deleted records again with their fields and children
 * (product standards) as they were, each child referring to its restored
 * parent. They get new ids (set on the records of @deletion). All or
 * nothing.
 *
 * Returns: %TRUE when restored; %FALSE with a %THANRAK_STORE_ERROR or a
 *   %THANRAK_VALIDATION_ERROR (a record with the same code was stored
 *   since)
 */
gboolean
thanrak_store_undo_deletion (ThanrakStore     *self,
                             ThanrakDeletion  *deletion,
                             GError          **error)
{
  gboolean own = FALSE;
  gboolean ok = TRUE;

  g_return_val_if_fail (THANRAK_IS_STORE (self), FALSE);
  g_return_val_if_fail (deletion != NULL, FALSE);

  if (!self->in_transaction)
    {
      if (!thanrak_store_begin_transaction (self, error))
        return FALSE;
      own = TRUE;
    }
  for (guint i = 0; ok && i < deletion->records->len; i++)
    {
      ThanrakRecord *record = g_ptr_array_index (deletion->records, i);
      guint parent = g_array_index (deletion->parents, guint, i);

      thanrak_record_set_id (record, 0);
      if (parent != G_MAXUINT)
        g_object_set (record, g_ptr_array_index (deletion->fields, i),
                      thanrak_record_get_id (g_ptr_array_index (deletion->records, parent)), NULL);
      ok = thanrak_store_save (self, record, error);
    }
  if (own)
    {
      if (ok)
        ok = thanrak_store_commit_transaction (self, error);
      else
        thanrak_store_rollback_transaction (self);
    }
  if (!ok)
    for (guint i = 0; i < deletion->records->len; i++)
      thanrak_record_set_id (g_ptr_array_index (deletion->records, i), 0);
  return ok;
}
