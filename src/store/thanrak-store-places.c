/* thanrak-store-places.c: the reference places in the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "thanrak-store-private.h"

#define PLACES_PATH "/io/github/thanrak/Thanrak/core/places/"

/* Made by glib-compile-resources in data/places/; calling it keeps the
 * resource in the static library when the program links it. */
GResource *thanrak_places_get_resource (void);

/* Inserts the rows of one CSV resource with @sql, one column per ? in
 * the CSV's order, after its header line. */
static gboolean
load_csv (ThanrakStore  *self,
          const char    *name,
          guint          n_columns,
          const char    *sql,
          GError       **error)
{
  g_autofree char *path = g_strconcat (PLACES_PATH, name, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *text = NULL;
  sqlite3_stmt *stmt;
  gsize size;
  const char *data;

  bytes = g_resource_lookup_data (thanrak_places_get_resource (), path,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &size);
  text = g_strndup (data, size);
  lines = g_strsplit (text, "\n", -1);

  stmt = _thanrak_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;

      if (lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], ",", -1);
      if (g_strv_length (fields) != n_columns)
        {
          g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_FAILED,
                       _("Line %u of the places file %s has %u fields instead of %u: the program is broken, reinstall it."),
                       i + 1, name, g_strv_length (fields), n_columns);
          return FALSE;
        }
      sqlite3_reset (stmt);
      for (guint c = 0; c < n_columns; c++)
        sqlite3_bind_text (stmt, c + 1, fields[c], -1, SQLITE_TRANSIENT);
      if (!_thanrak_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Migration 1: fills the place tables from data/places/ (inside the
 * migration's transaction). */
gboolean
_thanrak_store_load_places (ThanrakStore  *self,
                            GError       **error)
{
  return load_csv (self, "provinces.csv", 4,
                   "INSERT INTO place_province (code, upstream_id, name_th, name_en) VALUES (?, ?, ?, ?)",
                   error) &&
         load_csv (self, "districts.csv", 4,
                   "INSERT INTO place_district (code, province_code, name_th, name_en) VALUES (?, ?, ?, ?)",
                   error) &&
         load_csv (self, "subdistricts.csv", 5,
                   "INSERT INTO place_subdistrict (code, district_code, name_th, name_en, postcode) VALUES (?, ?, ?, ?, ?)",
                   error);
}

/**
 * thanrak_place_copy:
 * @place: a #ThanrakPlace
 *
 * Returns: (transfer full): a copy of @place
 */
ThanrakPlace *
thanrak_place_copy (const ThanrakPlace *place)
{
  ThanrakPlace *copy = g_new0 (ThanrakPlace, 1);

  copy->code = g_strdup (place->code);
  copy->parent_code = g_strdup (place->parent_code);
  copy->name_th = g_strdup (place->name_th);
  copy->name_en = g_strdup (place->name_en);
  copy->postcode = g_strdup (place->postcode);
  return copy;
}

/**
 * thanrak_place_free:
 * @place: (transfer full): a #ThanrakPlace
 *
 * Frees @place.
 */
void
thanrak_place_free (ThanrakPlace *place)
{
  if (place == NULL)
    return;
  g_free (place->code);
  g_free (place->parent_code);
  g_free (place->name_th);
  g_free (place->name_en);
  g_free (place->postcode);
  g_free (place);
}

/**
 * thanrak_store_count_places:
 * @self: a #ThanrakStore
 * @provinces: (out) (optional): the number of provinces
 * @districts: (out) (optional): the number of districts
 * @subdistricts: (out) (optional): the number of subdistricts
 * @error: return location for a #GError
 *
 * Counts the reference places (77, 929 and 7,451 from data/places/).
 *
 * Returns: %TRUE on success; %FALSE with a %THANRAK_STORE_ERROR
 */
gboolean
thanrak_store_count_places (ThanrakStore  *self,
                            gint64        *provinces,
                            gint64        *districts,
                            gint64        *subdistricts,
                            GError       **error)
{
  gint64 p, d, s;

  g_return_val_if_fail (THANRAK_IS_STORE (self), FALSE);

  if ((p = _thanrak_store_query_int (self, "SELECT count(*) FROM place_province", error)) < 0 ||
      (d = _thanrak_store_query_int (self, "SELECT count(*) FROM place_district", error)) < 0 ||
      (s = _thanrak_store_query_int (self, "SELECT count(*) FROM place_subdistrict", error)) < 0)
    return FALSE;

  if (provinces != NULL)
    *provinces = p;
  if (districts != NULL)
    *districts = d;
  if (subdistricts != NULL)
    *subdistricts = s;
  return TRUE;
}

static const char *
place_sql (gsize code_length,
           gboolean by_parent)
{
  switch (code_length)
    {
    case 2:
      return by_parent ? NULL :
        "SELECT code, NULL, name_th, name_en, NULL FROM place_province WHERE code = ?";
    case 4:
      return by_parent ?
        "SELECT code, province_code, name_th, name_en, NULL FROM place_district WHERE province_code = ? ORDER BY code" :
        "SELECT code, province_code, name_th, name_en, NULL FROM place_district WHERE code = ?";
    case 6:
      return by_parent ?
        "SELECT code, district_code, name_th, name_en, postcode FROM place_subdistrict WHERE district_code = ? ORDER BY code" :
        "SELECT code, district_code, name_th, name_en, postcode FROM place_subdistrict WHERE code = ?";
    default:
      return NULL;
    }
}

static ThanrakPlace *
place_from_row (sqlite3_stmt *stmt)
{
  ThanrakPlace *place = g_new0 (ThanrakPlace, 1);

  place->code = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  place->parent_code = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  place->name_th = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  place->name_en = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  place->postcode = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
  return place;
}

/**
 * thanrak_store_lookup_place:
 * @self: a #ThanrakStore
 * @code: a DOPA code: 2 digits (province), 4 (district) or 6 (subdistrict)
 * @error: return location for a #GError
 *
 * Looks a place up by its code, e.g. to show its name.
 *
 * Returns: (transfer full): the place, or %NULL with
 *   %THANRAK_STORE_ERROR_NOT_FOUND
 */
ThanrakPlace *
thanrak_store_lookup_place (ThanrakStore  *self,
                            const char    *code,
                            GError       **error)
{
  const char *sql;
  sqlite3_stmt *stmt;
  ThanrakPlace *place = NULL;
  int rc;

  g_return_val_if_fail (THANRAK_IS_STORE (self), NULL);

  sql = code != NULL ? place_sql (strlen (code), FALSE) : NULL;
  if (sql == NULL)
    {
      g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_NOT_FOUND,
                   _("“%s” is not a place code: use 2, 4 or 6 digits."), code != NULL ? code : "");
      return NULL;
    }
  stmt = _thanrak_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    place = place_from_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_NOT_FOUND,
                 _("There is no place with the code %s: pick the place from the list."), code);
  else
    _thanrak_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return place;
}

/**
 * thanrak_store_list_places:
 * @self: a #ThanrakStore
 * @parent_code: (nullable): %NULL for the provinces, a province code (2
 *   digits) for its districts, a district code (4 digits) for its
 *   subdistricts
 * @error: return location for a #GError
 *
 * Lists places to pick from, ordered by code.
 *
 * Returns: (transfer full) (element-type ThanrakPlace): the places, or
 *   %NULL with a %THANRAK_STORE_ERROR
 */
GPtrArray *
thanrak_store_list_places (ThanrakStore  *self,
                           const char    *parent_code,
                           GError       **error)
{
  g_autoptr(GPtrArray) places = g_ptr_array_new_with_free_func ((GDestroyNotify) thanrak_place_free);
  const char *sql;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (THANRAK_IS_STORE (self), NULL);

  if (parent_code == NULL)
    sql = "SELECT code, NULL, name_th, name_en, NULL FROM place_province ORDER BY code";
  else
    sql = place_sql (strlen (parent_code) + 2, TRUE);
  if (sql == NULL)
    {
      g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_INVALID,
                   _("“%s” is not a province or district code: use 2 or 4 digits."), parent_code);
      return NULL;
    }

  stmt = _thanrak_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  if (parent_code != NULL)
    sqlite3_bind_text (stmt, 1, parent_code, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (places, place_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _thanrak_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&places);
}
