/* thanrak-store-office.c: the one office record of a database, and whether
 * a database is still new (the first-run screen)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "thanrak-model.h"
#include "thanrak-store.h"

/**
 * thanrak_store_load_office:
 * @self: a #ThanrakStore
 * @error: return location for a #GError
 *
 * Loads the office this database belongs to (see #ThanrakOffice), set on
 * the first-run screen or with `thanrak-cli office`.
 *
 * Returns: (transfer full) (nullable): the office; %NULL without @error
 *   when none is set yet, %NULL with a %THANRAK_STORE_ERROR when the
 *   database cannot be read
 */
ThanrakOffice *
thanrak_store_load_office (ThanrakStore  *self,
                           GError       **error)
{
  ThanrakStoreQuery query = { .limit = 1 };
  g_autoptr(GPtrArray) offices = NULL;

  g_return_val_if_fail (THANRAK_IS_STORE (self), NULL);

  offices = thanrak_store_list (self, THANRAK_TYPE_OFFICE, &query, error);
  if (offices == NULL || offices->len == 0)
    return NULL;
  return g_object_ref (g_ptr_array_index (offices, 0));
}

/**
 * thanrak_store_save_office:
 * @self: a #ThanrakStore
 * @office: the office to keep
 * @error: return location for a #GError
 *
 * Keeps @office as the one office of this database, replacing the one
 * set before (its id is taken over, so @office's id is that record's
 * afterwards). One transaction.
 *
 * Returns: %TRUE on success; %FALSE with %THANRAK_VALIDATION_ERROR naming
 *   the field to fix, or a %THANRAK_STORE_ERROR
 */
gboolean
thanrak_store_save_office (ThanrakStore   *self,
                           ThanrakOffice  *office,
                           GError        **error)
{
  g_autoptr(ThanrakOffice) stored = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (THANRAK_IS_STORE (self), FALSE);
  g_return_val_if_fail (THANRAK_IS_OFFICE (office), FALSE);

  stored = thanrak_store_load_office (self, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (stored != NULL)
    thanrak_record_set_id (THANRAK_RECORD (office), thanrak_record_get_id (THANRAK_RECORD (stored)));
  return thanrak_store_save (self, THANRAK_RECORD (office), error);
}

/**
 * thanrak_store_is_new:
 * @self: a #ThanrakStore
 * @is_new: (out): set to whether the database is new
 * @error: return location for a #GError
 *
 * Tells whether the database is still new: no office set and no records
 * of any kind (only the reference places). The window then shows the
 * first-run screen.
 *
 * Returns: %TRUE if @is_new was set; %FALSE with a %THANRAK_STORE_ERROR
 */
gboolean
thanrak_store_is_new (ThanrakStore  *self,
                      gboolean      *is_new,
                      GError       **error)
{
  /* every kind a person or an import can write without a parent */
  GType types[] = {
    THANRAK_TYPE_OFFICE, THANRAK_TYPE_OPERATOR, THANRAK_TYPE_DISTRICT_FIGURES,
    THANRAK_TYPE_CENTER, THANRAK_TYPE_MARKETING_EVENT, THANRAK_TYPE_PROJECT_PROPOSAL,
  };
  ThanrakStoreQuery query = { .limit = 1 };

  g_return_val_if_fail (THANRAK_IS_STORE (self), FALSE);
  g_return_val_if_fail (is_new != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autoptr(GPtrArray) some = thanrak_store_list (self, types[i], &query, error);

      if (some == NULL)
        return FALSE;
      if (some->len > 0)
        {
          *is_new = FALSE;
          return TRUE;
        }
    }
  *is_new = TRUE;
  return TRUE;
}

/**
 * thanrak_store_dup_home_province:
 * @self: a #ThanrakStore
 *
 * The province pages and forms start from: the office's (see
 * thanrak_store_load_office()), or else the province of the first center
 * stored, or else none.
 *
 * Returns: (transfer full) (nullable): a 2-digit DOPA province code, or
 *   %NULL when neither an office nor a center is stored (or the database
 *   cannot be read)
 */
char *
thanrak_store_dup_home_province (ThanrakStore *self)
{
  g_autoptr(ThanrakOffice) office = NULL;
  g_autoptr(GPtrArray) centers = NULL;
  ThanrakStoreQuery query = { .order_by = "district-code", .limit = 1 };
  g_autofree char *code = NULL;

  g_return_val_if_fail (THANRAK_IS_STORE (self), NULL);

  office = thanrak_store_load_office (self, NULL);
  if (office != NULL)
    g_object_get (office, "province-code", &code, NULL);
  if (code == NULL || *code == '\0')
    {
      g_clear_pointer (&code, g_free);
      centers = thanrak_store_list (self, THANRAK_TYPE_CENTER, &query, NULL);
      if (centers != NULL && centers->len > 0)
        g_object_get (g_ptr_array_index (centers, 0), "district-code", &code, NULL);
    }
  if (code == NULL || strlen (code) < 2)
    return NULL;
  return g_strndup (code, 2);
}
