/* thanrak-store-records.c: saving, loading, deleting and listing records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "thanrak-model.h"
#include "thanrak-store-private.h"

/* From this many records thanrak_store_save_all() defers the search index. */
#define BULK_RECORDS 64

#define CENTER_DISTRICT "center_id IN (SELECT id FROM center WHERE district_code = :district)"
#define OPERATOR_DISTRICT "operator_id IN (SELECT id FROM operator WHERE district_code = :district)"
#define DATE_IN_FY(column) column " >= :fy_start AND " column " < :fy_end"

/* How each record class is stored; its columns come from its fields. */
static const ThanrakStoreKind kinds[] = {
  { thanrak_operator_get_type, "operator", "name", TRUE, { "code", NULL },
    "district_code = :district", NULL },
  { thanrak_product_get_type, "product", "name", TRUE, { NULL },
    OPERATOR_DISTRICT, NULL,
    "'standards', (SELECT json_group_array (json_object ('standard', standard, 'year', year, 'reference', reference)) "
    "FROM product_standard WHERE product_id = t.id)",
    _thanrak_store_load_product_standards, _thanrak_store_save_product_standards },
  { thanrak_online_channel_get_type, "online_channel", "identifier", FALSE, { NULL },
    "product_id IN (SELECT p.id FROM product p JOIN operator o ON o.id = p.operator_id WHERE o.district_code = :district)",
    DATE_IN_FY ("listed_on") },
  { thanrak_monthly_sales_get_type, "monthly_sales", NULL, FALSE, { "operator-id", "year", "month", NULL },
    OPERATOR_DISTRICT,
    "((year = :fy - 1 AND month >= 10) OR (year = :fy AND month <= 9))" },
  { thanrak_marketing_event_get_type, "marketing_event", "name", FALSE, { NULL },
    "district_code = :district", DATE_IN_FY ("event_date") },
  { thanrak_district_figures_get_type, "district_figures", NULL, FALSE, { "district-code", "fiscal-year", NULL },
    "district_code = :district", "fiscal_year = :fy" },
  { thanrak_center_get_type, "center", "name", TRUE, { "district-code", NULL },
    "district_code = :district", NULL },
  { thanrak_committee_member_get_type, "committee_member", "name", TRUE, { NULL },
    CENTER_DISTRICT, NULL },
  { thanrak_meeting_get_type, "meeting", "agenda", FALSE, { NULL },
    CENTER_DISTRICT, DATE_IN_FY ("meeting_date") },
  { thanrak_service_get_type, "service", "title", FALSE, { NULL },
    CENTER_DISTRICT, DATE_IN_FY ("service_date") },
  { thanrak_satisfaction_survey_get_type, "satisfaction_survey", NULL, FALSE, { NULL },
    CENTER_DISTRICT, "fiscal_year = :fy" },
  { thanrak_center_assessment_get_type, "center_assessment", NULL, FALSE, { "center-id", "fiscal-year", NULL },
    CENTER_DISTRICT, "fiscal_year = :fy",
    "'answers', (SELECT json_group_array (item_id) FROM center_assessment_answer WHERE assessment_id = t.id)",
    _thanrak_store_load_assessment_answers, _thanrak_store_save_assessment_answers },
  { thanrak_project_proposal_get_type, "project_proposal", "name", FALSE, { NULL },
    NULL, "fiscal_year = :fy",
    "'budget_lines', (SELECT json_group_array (json_object ('group', budget_group, 'description', description, "
    "'units', units, 'rate_satang', rate_satang, 'amount_satang', amount_satang)) "
    "FROM budget_line WHERE proposal_id = t.id)",
    _thanrak_store_load_budget_lines, _thanrak_store_save_budget_lines },
  { thanrak_office_get_type, "office", NULL, FALSE, { NULL },
    "district_code = :district", NULL },
};

const ThanrakStoreKind *
_thanrak_store_kind_for_type (GType type)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (kinds[i].get_type () == type)
      return &kinds[i];
  return NULL;
}

static const ThanrakStoreKind *
kind_or_error (GType    type,
               GError **error)
{
  const ThanrakStoreKind *kind = _thanrak_store_kind_for_type (type);

  if (kind == NULL)
    g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_INVALID,
                 _("Records of type %s are not stored: the program is broken, report it."),
                 g_type_name (type));
  return kind;
}

static const ThanrakFieldSpec *
kind_fields (const ThanrakStoreKind *kind,
             guint                  *n_fields)
{
  ThanrakRecordClass *klass = g_type_class_ref (kind->get_type ());
  const ThanrakFieldSpec *fields = thanrak_record_class_get_fields (klass, n_fields);

  g_type_class_unref (klass);   /* record classes stay loaded once used */
  return fields;
}

static const ThanrakFieldSpec *
find_field (const ThanrakStoreKind *kind,
            const char             *name)
{
  guint n;
  const ThanrakFieldSpec *fields = kind_fields (kind, &n);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (fields[i].name, name))
      return &fields[i];
  return NULL;
}

static char *
column_name (const char *field)
{
  return g_strdelimit (g_strdup (field), "-", '_');
}

/* SQL built once per kind from its fields, kept in self->kind_sql. */
static const char *
kind_sql (ThanrakStore           *self,
          const ThanrakStoreKind *kind,
          const char             *what)
{
  g_autofree char *key = g_strconcat (kind->table, ":", what, NULL);
  const char *sql = g_hash_table_lookup (self->kind_sql, key);
  GString *s;
  guint n;
  const ThanrakFieldSpec *fields;

  if (sql != NULL)
    return sql;

  fields = kind_fields (kind, &n);
  s = g_string_new (NULL);

  if (g_str_equal (what, "select"))
    {
      g_string_append (s, "SELECT id, created, updated");
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *c = column_name (fields[i].name);
          g_string_append_printf (s, ", %s", c);
        }
      g_string_append_printf (s, " FROM %s", kind->table);
    }
  else if (g_str_equal (what, "insert"))
    {
      g_string_append_printf (s, "INSERT INTO %s (created, updated", kind->table);
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *c = column_name (fields[i].name);
          g_string_append_printf (s, ", %s", c);
        }
      g_string_append (s, ") VALUES (?, ?");
      for (guint i = 0; i < n; i++)
        g_string_append (s, ", ?");
      g_string_append (s, ")");
    }
  else if (g_str_equal (what, "update"))
    {
      g_string_append_printf (s, "UPDATE %s SET updated = ?", kind->table);
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *c = column_name (fields[i].name);
          g_string_append_printf (s, ", %s = ?", c);
        }
      g_string_append (s, " WHERE id = ?");
    }
  else if (g_str_equal (what, "log-old"))
    {
      g_string_append_printf (s,
                              "INSERT INTO change_log (at, who, table_name, row_id, action, old_values) "
                              "SELECT ?1, ?2, '%s', t.id, ?3, json_object ('id', t.id, 'created', t.created, "
                              "'updated', t.updated",
                              kind->table);
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *c = column_name (fields[i].name);
          g_string_append_printf (s, ", '%s', t.%s", c, c);
        }
      if (kind->children_json != NULL)
        g_string_append_printf (s, ", %s", kind->children_json);
      g_string_append_printf (s, ") FROM %s AS t WHERE t.id = ?4", kind->table);
    }
  else if (g_str_equal (what, "log-insert"))
    g_string_append_printf (s,
                            "INSERT INTO change_log (at, who, table_name, row_id, action) "
                            "VALUES (?, ?, '%s', ?, 'insert')",
                            kind->table);
  else if (g_str_equal (what, "delete"))
    g_string_append_printf (s, "DELETE FROM %s WHERE id = ?", kind->table);
  else if (g_str_equal (what, "unique") && kind->unique[0] != NULL)
    {
      g_string_append_printf (s, "SELECT id FROM %s WHERE id != ?", kind->table);
      for (guint i = 0; kind->unique[i] != NULL; i++)
        {
          g_autofree char *c = column_name (kind->unique[i]);
          g_string_append_printf (s, " AND %s IS ?", c);
        }
      g_string_append (s, " LIMIT 1");
    }
  else
    g_assert_not_reached ();

  sql = g_string_free (s, FALSE);
  g_hash_table_insert (self->kind_sql, g_steal_pointer (&key), (char *) sql);
  return sql;
}

/* Binds one field of @record at @index. */
static void
bind_field (sqlite3_stmt           *stmt,
            int                     index,
            ThanrakRecord          *record,
            const ThanrakFieldSpec *spec)
{
  gpointer p = _thanrak_record_field_ptr (record, spec);

  switch (spec->kind)
    {
    case THANRAK_FIELD_STRING:
    case THANRAK_FIELD_DATE:
      _thanrak_store_bind_text (stmt, index, *(char **) p);
      break;
    case THANRAK_FIELD_INT:
    case THANRAK_FIELD_BOOLEAN:
      sqlite3_bind_int (stmt, index, *(int *) p);
      break;
    case THANRAK_FIELD_INT64:
      sqlite3_bind_int64 (stmt, index, *(gint64 *) p);
      break;
    case THANRAK_FIELD_ENUM:
      sqlite3_bind_text (stmt, index, thanrak_enum_get_code (spec->enum_type (), *(int *) p), -1, SQLITE_STATIC);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
bind_fields (sqlite3_stmt  *stmt,
             int            first,
             ThanrakRecord *record,
             const ThanrakFieldSpec *fields,
             guint          n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    bind_field (stmt, first + i, record, &fields[i]);
}

/* Makes a record from a row of the "select" statement. */
static ThanrakRecord *
record_from_row (ThanrakStore           *self,
                 const ThanrakStoreKind *kind,
                 sqlite3_stmt           *stmt,
                 GError                **error)
{
  g_autoptr(ThanrakRecord) record = g_object_new (kind->get_type (), NULL);
  guint n;
  const ThanrakFieldSpec *fields = kind_fields (kind, &n);

  thanrak_record_set_id (record, sqlite3_column_int64 (stmt, 0));
  thanrak_record_set_created (record, (const char *) sqlite3_column_text (stmt, 1));
  thanrak_record_set_updated (record, (const char *) sqlite3_column_text (stmt, 2));

  for (guint i = 0; i < n; i++)
    {
      const ThanrakFieldSpec *spec = &fields[i];
      int col = 3 + i;

      switch (spec->kind)
        {
        case THANRAK_FIELD_STRING:
        case THANRAK_FIELD_DATE:
          _thanrak_record_take_string (record, spec, g_strdup ((const char *) sqlite3_column_text (stmt, col)));
          break;
        case THANRAK_FIELD_INT:
        case THANRAK_FIELD_BOOLEAN:
        case THANRAK_FIELD_INT64:
          _thanrak_record_set_field_number (record, spec, sqlite3_column_int64 (stmt, col));
          break;
        case THANRAK_FIELD_ENUM:
          {
            const char *code = (const char *) sqlite3_column_text (stmt, col);
            int value = 0;

            if (!thanrak_enum_from_code (spec->enum_type (), code, &value))
              {
                g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_CORRUPT,
                             _("The database holds an unknown code “%s”: update Thanrak or restore a backup."),
                             code != NULL ? code : "");
                return NULL;
              }
            _thanrak_record_set_field_number (record, spec, value);
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return g_steal_pointer (&record);
}

/* Checks that need the database ---------------------------------------- */

static gboolean
row_exists (ThanrakStore  *self,
            const char    *sql,
            gint64         id,
            const char    *code,
            gboolean      *exists,
            GError       **error)
{
  sqlite3_stmt *stmt = _thanrak_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (code != NULL)
    sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _thanrak_store_set_error (self, rc, error);
  *exists = rc == SQLITE_ROW;
  return TRUE;
}

/* References to other records and places exist; the subdistrict lies in
 * the district; unique keys are free. */
static gboolean
check_in_database (ThanrakStore           *self,
                   const ThanrakStoreKind *kind,
                   ThanrakRecord          *record,
                   GError                **error)
{
  GObject *object = G_OBJECT (record);
  guint n;
  const ThanrakFieldSpec *fields = kind_fields (kind, &n);
  const char *district = NULL;
  const char *subdistrict = NULL;

  for (guint i = 0; i < n; i++)
    {
      const ThanrakFieldSpec *spec = &fields[i];
      gboolean exists = TRUE;

      if (spec->kind == THANRAK_FIELD_INT64 && g_str_has_suffix (spec->name, "-id"))
        {
          gint64 id = *(gint64 *) _thanrak_record_field_ptr (record, spec);
          g_autofree char *table = column_name (spec->name);
          g_autofree char *sql = NULL;

          table[strlen (table) - 3] = '\0';
          sql = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?", table);
          if (!row_exists (self, sql, id, NULL, &exists, error))
            return FALSE;
          if (!exists)
            {
              g_set_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_NOT_FOUND,
                           _("%s number %lld does not exist: pick an existing one from the list."),
                           thanrak_validation_field_name (object, spec->name), (long long) id);
              return FALSE;
            }
        }
      else if (g_str_equal (spec->name, "district-code") || g_str_equal (spec->name, "subdistrict-code"))
        {
          const char *code = *(char **) _thanrak_record_field_ptr (record, spec);
          gboolean is_district = g_str_equal (spec->name, "district-code");

          if (code == NULL || *code == '\0')
            continue;
          if (is_district)
            district = code;
          else
            subdistrict = code;
          if (!row_exists (self,
                           is_district ? "SELECT 1 FROM place_district WHERE code = ?"
                                       : "SELECT 1 FROM place_subdistrict WHERE code = ?",
                           0, code, &exists, error))
            return FALSE;
          if (!exists)
            {
              g_set_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_NOT_FOUND,
                           _("%s “%s” is not in the list of places: pick it from the list."),
                           thanrak_validation_field_name (object, spec->name), code);
              return FALSE;
            }
        }
    }

  if (district != NULL && subdistrict != NULL && strncmp (district, subdistrict, 4) != 0)
    {
      g_set_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_NOT_FOUND,
                   _("%s “%s” is not in %s “%s”: pick a subdistrict of that district."),
                   thanrak_validation_field_name (object, "subdistrict-code"), subdistrict,
                   thanrak_validation_field_name (object, "district-code"), district);
      return FALSE;
    }

  if (kind->unique[0] != NULL)
    {
      sqlite3_stmt *stmt = _thanrak_store_prepare (self, kind_sql (self, kind, "unique"), error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, thanrak_record_get_id (record));
      for (guint i = 0; kind->unique[i] != NULL; i++)
        bind_field (stmt, 2 + i, record, find_field (kind, kind->unique[i]));
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc == SQLITE_ROW)
        {
          const ThanrakFieldSpec *first = find_field (kind, kind->unique[0]);

          if (kind->unique[1] == NULL && first->kind == THANRAK_FIELD_STRING)
            g_set_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_DUPLICATE,
                         _("%s “%s” is already used by another record: enter a different one, or edit that record."),
                         thanrak_validation_field_name (object, first->name),
                         *(char **) _thanrak_record_field_ptr (record, first));
          else
            {
              g_autoptr(GString) names = g_string_new (NULL);

              for (guint i = 0; kind->unique[i] != NULL; i++)
                g_string_append_printf (names, "%s%s", i > 0 ? ", " : "",
                                        thanrak_validation_field_name (object, kind->unique[i]));
              g_set_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_DUPLICATE,
                           _("There is already a record with the same %s: edit that record instead."),
                           names->str);
            }
          return FALSE;
        }
      if (rc != SQLITE_DONE)
        return _thanrak_store_set_error (self, rc, error);
    }
  return TRUE;
}

/* Writing ---------------------------------------------------------------- */

static gboolean
log_old_values (ThanrakStore           *self,
                const ThanrakStoreKind *kind,
                gint64                  id,
                const char             *action,
                const char             *now,
                GError                **error)
{
  sqlite3_stmt *stmt = _thanrak_store_prepare (self, kind_sql (self, kind, "log-old"), error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, self->user_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, action, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, id);
  return _thanrak_store_step_done (self, stmt, error);
}

static gboolean
not_found (const ThanrakStoreKind *kind,
           gint64                  id,
           GError                **error)
{
  g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_NOT_FOUND,
               _("Record %lld of %s no longer exists: it may have been deleted; reload the list."),
               (long long) id, kind->table);
  return FALSE;
}

/* Inside a transaction: checks and writes @record; *row_id gets its id. */
static gboolean
save_one (ThanrakStore           *self,
          const ThanrakStoreKind *kind,
          ThanrakRecord          *record,
          const char             *now,
          gint64                 *row_id,
          GError                **error)
{
  guint n;
  const ThanrakFieldSpec *fields = kind_fields (kind, &n);
  gint64 id = thanrak_record_get_id (record);
  sqlite3_stmt *stmt;

  if (!check_in_database (self, kind, record, error))
    return FALSE;

  if (id == 0)
    {
      stmt = _thanrak_store_prepare (self, kind_sql (self, kind, "insert"), error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
      bind_fields (stmt, 3, record, fields, n);
      if (!_thanrak_store_step_done (self, stmt, error))
        return FALSE;
      id = sqlite3_last_insert_rowid (self->db);

      stmt = _thanrak_store_prepare (self, kind_sql (self, kind, "log-insert"), error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, self->user_name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, id);
      if (!_thanrak_store_step_done (self, stmt, error))
        return FALSE;
    }
  else
    {
      if (!log_old_values (self, kind, id, "update", now, error))
        return FALSE;
      stmt = _thanrak_store_prepare (self, kind_sql (self, kind, "update"), error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
      bind_fields (stmt, 2, record, fields, n);
      sqlite3_bind_int64 (stmt, 2 + n, id);
      if (!_thanrak_store_step_done (self, stmt, error))
        return FALSE;
      if (sqlite3_changes (self->db) == 0)
        return not_found (kind, id, error);
    }

  if (kind->save_children != NULL && !kind->save_children (self, record, id, error))
    return FALSE;

  *row_id = id;
  return TRUE;
}

static void
mark_saved (ThanrakRecord *record,
            gint64         id,
            const char    *now)
{
  if (thanrak_record_get_id (record) == 0)
    thanrak_record_set_created (record, now);
  thanrak_record_set_id (record, id);
  thanrak_record_set_updated (record, now);
}

/**
 * thanrak_store_save_all:
 * @self: a #ThanrakStore
 * @records: (element-type ThanrakRecord): records to save, of any stored
 *   types; a record may refer to one saved before it in @records only
 *   through an id the caller already knows
 * @error: return location for a #GError
 *
 * Saves several records in one transaction (a savepoint inside
 * thanrak_store_begin_transaction()): all of them or none. Each is
 * validated as in thanrak_store_save(). On success each record's id,
 * created and updated are set.
 *
 * Returns: %TRUE if every record was saved; %FALSE with the first
 *   %THANRAK_VALIDATION_ERROR or %THANRAK_STORE_ERROR, and nothing written
 */
gboolean
thanrak_store_save_all (ThanrakStore  *self,
                        GPtrArray     *records,
                        GError       **error)
{
  g_autofree char *now = _thanrak_store_now ();
  g_autofree gint64 *ids = NULL;

  g_return_val_if_fail (THANRAK_IS_STORE (self), FALSE);
  g_return_val_if_fail (records != NULL, FALSE);

  for (guint i = 0; i < records->len; i++)
    {
      ThanrakRecord *record = g_ptr_array_index (records, i);

      if (kind_or_error (G_OBJECT_TYPE (record), error) == NULL ||
          !thanrak_record_validate (record, error))
        return FALSE;
    }

  /* Many records: index their names once at the end (see
   * thanrak_store_begin_transaction()) instead of row by row. */
  if (!self->in_transaction && records->len >= BULK_RECORDS)
    {
      g_autofree gint64 *old_ids = g_new0 (gint64, records->len + 1);

      for (guint i = 0; i < records->len; i++)
        old_ids[i] = thanrak_record_get_id (g_ptr_array_index (records, i));
      if (!thanrak_store_begin_transaction (self, error))
        return FALSE;
      if (!thanrak_store_save_all (self, records, error))
        {
          thanrak_store_rollback_transaction (self);
          return FALSE;
        }
      if (!thanrak_store_commit_transaction (self, error))
        {
          for (guint i = 0; i < records->len; i++)
            {
              ThanrakRecord *record = g_ptr_array_index (records, i);

              thanrak_record_set_id (record, old_ids[i]);
              if (old_ids[i] == 0)
                {
                  thanrak_record_set_created (record, NULL);
                  thanrak_record_set_updated (record, NULL);
                }
            }
          return FALSE;
        }
      return TRUE;
    }

  ids = g_new0 (gint64, records->len + 1);
  if (!_thanrak_store_write_begin (self, error))
    return FALSE;
  for (guint i = 0; i < records->len; i++)
    {
      ThanrakRecord *record = g_ptr_array_index (records, i);

      if (!save_one (self, _thanrak_store_kind_for_type (G_OBJECT_TYPE (record)),
                     record, now, &ids[i], error))
        return _thanrak_store_write_end (self, FALSE, NULL);
    }
  if (!_thanrak_store_write_end (self, TRUE, error))
    return FALSE;

  for (guint i = 0; i < records->len; i++)
    mark_saved (g_ptr_array_index (records, i), ids[i], now);
  return TRUE;
}

/**
 * thanrak_store_save:
 * @self: a #ThanrakStore
 * @record: a record; id 0 inserts it, another id updates that row
 * @error: return location for a #GError
 *
 * Validates @record (thanrak_record_validate(), then in the database:
 * referenced records such as a product's operator exist, place codes exist
 * and the subdistrict lies in the district, unique keys such as the
 * operator code are free) and writes it with its child rows and a change
 * log entry, in one transaction. On success its id, created and updated
 * are set. A rejected record changes nothing.
 *
 * Returns: %TRUE on success; %FALSE with %THANRAK_VALIDATION_ERROR (e.g.
 *   %THANRAK_VALIDATION_ERROR_DUPLICATE naming รหัสผู้ประกอบการ,
 *   %THANRAK_VALIDATION_ERROR_NOT_FOUND) or %THANRAK_STORE_ERROR
 *   (%THANRAK_STORE_ERROR_NOT_FOUND when the row to update is gone)
 */
gboolean
thanrak_store_save (ThanrakStore   *self,
                    ThanrakRecord  *record,
                    GError        **error)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new ();

  g_return_val_if_fail (THANRAK_IS_RECORD (record), FALSE);

  g_ptr_array_add (one, record);
  return thanrak_store_save_all (self, one, error);
}

/**
 * thanrak_store_delete:
 * @self: a #ThanrakStore
 * @record: a stored record
 * @error: return location for a #GError
 *
 * Deletes the record's row and its child rows (standards, answers, budget
 * lines), logging the old values, in one transaction. Records other
 * records refer to (an operator with products, a center with members...)
 * are not deleted. On success the record's id becomes 0.
 *
 * Returns: %TRUE on success; %FALSE with %THANRAK_STORE_ERROR_IN_USE,
 *   %THANRAK_STORE_ERROR_NOT_FOUND or another %THANRAK_STORE_ERROR
 */
gboolean
thanrak_store_delete (ThanrakStore   *self,
                      ThanrakRecord  *record,
                      GError        **error)
{
  const ThanrakStoreKind *kind;
  g_autofree char *now = _thanrak_store_now ();
  gint64 id;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (THANRAK_IS_STORE (self), FALSE);
  g_return_val_if_fail (THANRAK_IS_RECORD (record), FALSE);

  kind = kind_or_error (G_OBJECT_TYPE (record), error);
  if (kind == NULL)
    return FALSE;
  id = thanrak_record_get_id (record);

  if (!_thanrak_store_write_begin (self, error))
    return FALSE;
  if (!log_old_values (self, kind, id, "delete", now, error) ||
      (stmt = _thanrak_store_prepare (self, kind_sql (self, kind, "delete"), error)) == NULL)
    return _thanrak_store_write_end (self, FALSE, NULL);
  sqlite3_bind_int64 (stmt, 1, id);
  if (!_thanrak_store_step_done (self, stmt, error) ||
      (sqlite3_changes (self->db) == 0 && !not_found (kind, id, error)))
    return _thanrak_store_write_end (self, FALSE, NULL);
  if (!_thanrak_store_write_end (self, TRUE, error))
    return FALSE;

  thanrak_record_set_id (record, 0);
  return TRUE;
}

/* Reading ---------------------------------------------------------------- */

/* Reads every row of @stmt (already bound) into records. */
static GPtrArray *
read_rows (ThanrakStore           *self,
           const ThanrakStoreKind *kind,
           sqlite3_stmt           *stmt,
           GError                **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  /* Child rows are read with other statements after this one is done. */
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ThanrakRecord *record = record_from_row (self, kind, stmt, error);

      if (record == NULL)
        {
          sqlite3_reset (stmt);
          return NULL;
        }
      g_ptr_array_add (rows, record);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _thanrak_store_set_error (self, rc, error);
      return NULL;
    }

  for (guint i = 0; i < rows->len; i++)
    {
      ThanrakRecord *record = g_ptr_array_index (rows, i);

      if (kind->load_children != NULL && !kind->load_children (self, record, error))
        return NULL;
      g_ptr_array_add (records, g_object_ref (record));
    }
  return g_steal_pointer (&records);
}

/**
 * thanrak_store_load:
 * @self: a #ThanrakStore
 * @type: the record type, e.g. %THANRAK_TYPE_OPERATOR
 * @id: the row id
 * @error: return location for a #GError
 *
 * Reads one record with its child rows.
 *
 * Returns: (transfer full): the record, or %NULL with
 *   %THANRAK_STORE_ERROR_NOT_FOUND or another %THANRAK_STORE_ERROR
 */
ThanrakRecord *
thanrak_store_load (ThanrakStore  *self,
                    GType          type,
                    gint64         id,
                    GError       **error)
{
  const ThanrakStoreKind *kind;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  ThanrakRecord *record = NULL;
  int rc;

  g_return_val_if_fail (THANRAK_IS_STORE (self), NULL);

  kind = kind_or_error (type, error);
  if (kind == NULL)
    return NULL;

  sql = g_strconcat (kind_sql (self, kind, "select"), " WHERE id = ?", NULL);
  stmt = _thanrak_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      record = record_from_row (self, kind, stmt, error);
      sqlite3_reset (stmt);
      if (record != NULL && kind->load_children != NULL && !kind->load_children (self, record, error))
        g_clear_object (&record);
      return record;
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    not_found (kind, id, error);
  else
    _thanrak_store_set_error (self, rc, error);
  return NULL;
}

/**
 * thanrak_store_find_operator_by_code:
 * @self: a #ThanrakStore
 * @code: an operator code (รหัสผู้ประกอบการ)
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the operator with that code, or %NULL with
 *   %THANRAK_STORE_ERROR_NOT_FOUND or another %THANRAK_STORE_ERROR
 */
ThanrakRecord *
thanrak_store_find_operator_by_code (ThanrakStore  *self,
                                     const char    *code,
                                     GError       **error)
{
  const ThanrakStoreKind *kind = _thanrak_store_kind_for_type (THANRAK_TYPE_OPERATOR);
  g_autofree char *sql = NULL;
  g_autoptr(GPtrArray) found = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (THANRAK_IS_STORE (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  sql = g_strconcat (kind_sql (self, kind, "select"), " WHERE code = ?", NULL);
  stmt = _thanrak_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  found = read_rows (self, kind, stmt, error);
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_NOT_FOUND,
                   _("There is no operator with the code %s: check the code."), code);
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (found, 0));
}

/* Builds "WHERE ..." (and ORDER BY/LIMIT when @full) for a query. */
static char *
query_sql (ThanrakStore            *self,
           const ThanrakStoreKind  *kind,
           const ThanrakStoreQuery *q,
           gboolean                 count,
           GError                 **error)
{
  g_autoptr(GString) s = g_string_new (NULL);

  if (count)
    g_string_append_printf (s, "SELECT count(*) FROM %s WHERE 1", kind->table);
  else
    g_string_append_printf (s, "%s WHERE 1", kind_sql (self, kind, "select"));

  if (q->district_code != NULL)
    {
      if (kind->district_sql == NULL)
        {
          g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_INVALID,
                       _("Records of %s have no district to select by."), kind->table);
          return NULL;
        }
      g_string_append_printf (s, " AND %s", kind->district_sql);
    }

  if (q->fiscal_year != 0)
    {
      if (kind->fiscal_year_sql == NULL)
        {
          g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_INVALID,
                       _("Records of %s have no fiscal year to select by."), kind->table);
          return NULL;
        }
      g_string_append_printf (s, " AND %s", kind->fiscal_year_sql);
    }

  if (q->parent_field != NULL)
    {
      const ThanrakFieldSpec *spec = find_field (kind, q->parent_field);
      g_autofree char *c = NULL;

      if (spec == NULL || spec->kind != THANRAK_FIELD_INT64)
        {
          g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_INVALID,
                       _("Records of %s have no reference “%s”."), kind->table, q->parent_field);
          return NULL;
        }
      c = column_name (spec->name);
      g_string_append_printf (s, " AND %s = :parent", c);
    }

  if (q->text != NULL && *q->text != '\0')
    {
      if (kind->search_column == NULL)
        {
          g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_INVALID,
                       _("Records of %s have no name to search in."), kind->table);
          return NULL;
        }
      /* FTS5 trigram finds nothing for fewer than 3 code points
       * (shared/docs/platform.md): those go to a scan. */
      if (kind->has_fts && g_utf8_strlen (q->text, -1) >= 3)
        g_string_append_printf (s, " AND id IN (SELECT rowid FROM %s_fts WHERE %s_fts MATCH :fts)",
                                kind->table, kind->table);
      else
        g_string_append_printf (s, " AND instr (%s, :text) > 0", kind->search_column);
    }

  if (!count)
    {
      const char *dir = q->descending ? "DESC" : "ASC";

      if (q->order_by != NULL)
        {
          const ThanrakFieldSpec *spec = find_field (kind, q->order_by);
          g_autofree char *c = NULL;

          if (spec == NULL && !g_str_equal (q->order_by, "created") && !g_str_equal (q->order_by, "updated"))
            {
              g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_INVALID,
                           _("Records of %s cannot be sorted by “%s”."), kind->table, q->order_by);
              return NULL;
            }
          c = column_name (q->order_by);
          g_string_append_printf (s, " ORDER BY %s %s, id %s", c, dir, dir);
        }
      else
        g_string_append_printf (s, " ORDER BY id %s", dir);

      if (q->limit > 0 || q->offset > 0)
        g_string_append (s, " LIMIT :limit OFFSET :offset");
    }

  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
bind_query (sqlite3_stmt            *stmt,
            const ThanrakStoreQuery *q)
{
  int i;

  if ((i = sqlite3_bind_parameter_index (stmt, ":district")) > 0)
    sqlite3_bind_text (stmt, i, q->district_code, -1, SQLITE_TRANSIENT);
  if ((i = sqlite3_bind_parameter_index (stmt, ":fy")) > 0)
    sqlite3_bind_int (stmt, i, q->fiscal_year);
  if ((i = sqlite3_bind_parameter_index (stmt, ":fy_start")) > 0)
    {
      /* FY N (BE) runs 1 Oct of CE year N - 544 to 30 Sep of N - 543. */
      g_autofree char *start = g_strdup_printf ("%04d-10-01", q->fiscal_year - 544);
      sqlite3_bind_text (stmt, i, start, -1, SQLITE_TRANSIENT);
    }
  if ((i = sqlite3_bind_parameter_index (stmt, ":fy_end")) > 0)
    {
      g_autofree char *end = g_strdup_printf ("%04d-10-01", q->fiscal_year - 543);
      sqlite3_bind_text (stmt, i, end, -1, SQLITE_TRANSIENT);
    }
  if ((i = sqlite3_bind_parameter_index (stmt, ":parent")) > 0)
    sqlite3_bind_int64 (stmt, i, q->parent_id);
  if ((i = sqlite3_bind_parameter_index (stmt, ":text")) > 0)
    sqlite3_bind_text (stmt, i, q->text, -1, SQLITE_TRANSIENT);
  if ((i = sqlite3_bind_parameter_index (stmt, ":fts")) > 0)
    {
      /* one FTS5 phrase: the text in double quotes, quotes doubled */
      g_auto(GStrv) parts = g_strsplit (q->text, "\"", -1);
      g_autofree char *inner = g_strjoinv ("\"\"", parts);
      g_autofree char *phrase = g_strconcat ("\"", inner, "\"", NULL);
      sqlite3_bind_text (stmt, i, phrase, -1, SQLITE_TRANSIENT);
    }
  if ((i = sqlite3_bind_parameter_index (stmt, ":limit")) > 0)
    sqlite3_bind_int64 (stmt, i, q->limit > 0 ? (gint64) q->limit : -1);
  if ((i = sqlite3_bind_parameter_index (stmt, ":offset")) > 0)
    sqlite3_bind_int64 (stmt, i, q->offset);
}

/**
 * thanrak_store_list:
 * @self: a #ThanrakStore
 * @type: the record type, e.g. %THANRAK_TYPE_PRODUCT
 * @query: (nullable): what to select and how to sort; %NULL for all, by id
 * @error: return location for a #GError
 *
 * Lists records: by district, by fiscal year (BE), by parent record,
 * by text in the name (FTS5 trigram for 3 or more characters, a scan for
 * fewer), sorted by a field, one page at a time with @query's limit and
 * offset.
 *
 * Returns: (transfer full) (element-type ThanrakRecord): the records, or
 *   %NULL with %THANRAK_STORE_ERROR_INVALID (a filter the type does not
 *   have, an unknown field) or another %THANRAK_STORE_ERROR
 */
GPtrArray *
thanrak_store_list (ThanrakStore            *self,
                    GType                    type,
                    const ThanrakStoreQuery *query,
                    GError                 **error)
{
  static const ThanrakStoreQuery all = { 0 };
  const ThanrakStoreKind *kind;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (THANRAK_IS_STORE (self), NULL);

  if (query == NULL)
    query = &all;
  kind = kind_or_error (type, error);
  if (kind == NULL || (sql = query_sql (self, kind, query, FALSE, error)) == NULL)
    return NULL;
  stmt = _thanrak_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  bind_query (stmt, query);
  return read_rows (self, kind, stmt, error);
}

/**
 * thanrak_store_count:
 * @self: a #ThanrakStore
 * @type: the record type
 * @query: (nullable): what to select, as for thanrak_store_list(); its
 *   order, limit and offset are ignored
 * @error: return location for a #GError
 *
 * Returns: the number of records selected, or -1 with a
 *   %THANRAK_STORE_ERROR
 */
gint64
thanrak_store_count (ThanrakStore            *self,
                     GType                    type,
                     const ThanrakStoreQuery *query,
                     GError                 **error)
{
  static const ThanrakStoreQuery all = { 0 };
  const ThanrakStoreKind *kind;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  gint64 n;
  int rc;

  g_return_val_if_fail (THANRAK_IS_STORE (self), -1);

  if (query == NULL)
    query = &all;
  kind = kind_or_error (type, error);
  if (kind == NULL || (sql = query_sql (self, kind, query, TRUE, error)) == NULL)
    return -1;
  stmt = _thanrak_store_prepare (self, sql, error);
  if (stmt == NULL)
    return -1;
  bind_query (stmt, query);
  rc = sqlite3_step (stmt);
  n = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : -1;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    _thanrak_store_set_error (self, rc, error);
  return n;
}

/**
 * thanrak_store_count_changes:
 * @self: a #ThanrakStore
 * @table: (nullable): a table name such as `operator`, %NULL for all
 * @row_id: a row id, 0 for every row of @table
 * @error: return location for a #GError
 *
 * Counts change log entries (inserts, updates and deletes).
 *
 * Returns: the number of entries, or -1 with a %THANRAK_STORE_ERROR
 */
gint64
thanrak_store_count_changes (ThanrakStore  *self,
                             const char    *table,
                             gint64         row_id,
                             GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 n;
  int rc;

  g_return_val_if_fail (THANRAK_IS_STORE (self), -1);

  stmt = _thanrak_store_prepare (self,
                                 "SELECT count(*) FROM change_log WHERE (?1 IS NULL OR table_name = ?1) "
                                 "AND (?2 = 0 OR row_id = ?2)",
                                 error);
  if (stmt == NULL)
    return -1;
  if (table != NULL)
    sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, row_id);
  rc = sqlite3_step (stmt);
  n = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : -1;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    _thanrak_store_set_error (self, rc, error);
  return n;
}
