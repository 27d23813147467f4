/* thanrak-store-bulk.c: writing many records in one transaction, fast
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <time.h>

#include "thanrak-store-bulk.h"
#include "thanrak-store-private.h"
#include "thanrak-validation.h"

/* Ids of rows inserted one after the other, first to last. */
typedef struct
{
  gint64 first;
  gint64 last;
} Range;

/* The statements of one record class, prepared once per session, and
 * the rows inserted whose change log entries are still to write. */
typedef struct
{
  const ThanrakStoreKind *kind;
  const ThanrakFieldSpec *fields;
  guint                   n_fields;
  sqlite3_stmt           *insert;
  sqlite3_stmt           *update;
  sqlite3_stmt           *log_inserts;
  GArray                 *unlogged;    /* Range */
  gint64                  n_inserts;   /* rows inserted in the session */
  gint64                  n_before;    /* rows before the session, or -1 */
  gboolean                indexes_aside;
} KindStatements;

struct _ThanrakStoreBulk
{
  ThanrakStore *store;
  GArray       *kinds;         /* KindStatements */
  GPtrArray    *set_aside;     /* SQL of the triggers and indexes set aside */
  GHashTable   *known;         /* place codes and `table:id` found to exist */
  GType         last_type;
  guint         last_kind;
  time_t        now_seconds;
  char         *now;           /* ISO 8601 UTC of now_seconds */
  guint         n_inserted;
  guint         n_updated;
  gboolean      open;          /* the transaction is open */
  gboolean      failed;        /* rolled back after a database error */
};

/**
 * SECTION:thanrak-store-bulk
 * @title: ThanrakStoreBulk
 * @short_description: many records in one transaction
 *
 * An import writes thousands of records, each checked as
 * thanrak_store_save() checks it, and keeps all of them or none. Saving
 * them one by one with thanrak_store_save() inside
 * thanrak_store_begin_transaction() costs a savepoint per record (SQLite
 * copies every page a record touches into the savepoint journal) and a
 * look-up of each statement by its SQL text. A bulk session instead:
 *
 * - is one transaction (thanrak_store_begin_transaction(): the names are
 *   indexed for search once, at the commit, in one statement per table;
 *   indexing each name by the triggers as it is inserted made the
 *   writes of an import of 20,000 operators 3.9 times as costly, 6.5
 *   instead of 1.7 billion instructions);
 * - checks a record completely (thanrak_record_validate(), then the
 *   references, places and unique keys in the database) before writing
 *   any of it, so a refused record needs no savepoint to leave nothing
 *   behind;
 * - prepares its statements once and only resets and binds them per
 *   record;
 * - writes the change log as thanrak_store_save() does, one entry per
 *   inserted or updated row (updates with the old values as JSON), but
 *   the entries of inserted rows in one statement per run of ids, before
 *   any other write and at the commit, so that the log keeps the order
 *   of the writes; for 1,000 entries and more without the CHECK of their
 *   constant action, which costs SQLite an ephemeral table per row (see
 *   flush_log());
 * - sets the search index triggers on insert aside for the session (they
 *   would do nothing in it: the new rows are indexed at the commit), and
 *   puts them back before the commit; with a trigger, SQLite runs every
 *   insert as a statement transaction, copying each page it changes into
 *   a statement journal first, a quarter of the cost of an insert;
 * - once it has inserted at least 1,000 rows into a table, and at least
 *   as many as the table held before, sets aside the indexes of that
 *   table that only order and filter the record lists
 *   (set_indexes_aside()) and builds them again before the commit: SQLite
 *   builds an index from sorted rows several times faster than it inserts
 *   the same rows one by one at scattered places of it (an import of
 *   100,000 operators into an empty file: 1.5 instead of 1.9 seconds);
 * - keeps the durability settings (WAL, `synchronous=FULL`) and the page
 *   cache as they are: the commit is as safe as any other. (A page cache
 *   of 64 MiB for the session, so that no page spills into the WAL before
 *   the commit, made an import of 100,000 operators 10 % slower in CPU
 *   time and no faster by the clock: SQLite writes a page that spilled
 *   again over its own frame of the WAL.)
 *
 * Reads through the store inside the session (thanrak_store_list(),
 * thanrak_store_load()...) see the records written so far, and
 * thanrak_store_save() and thanrak_store_delete() may be mixed in.
 */

static gboolean
session_failed (ThanrakStoreBulk  *bulk,
                GError           **error)
{
  g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_INVALID,
               bulk->failed
                 ? _("The import was rolled back after a database error: nothing was written; start it again.")
                 : _("The import is already finished: start a new one."));
  return FALSE;
}

/* Ends the transaction: commits or rolls back. */
static gboolean
end_session (ThanrakStoreBulk  *bulk,
             gboolean           commit,
             GError           **error)
{
  gboolean ok = TRUE;

  if (!bulk->open)
    return TRUE;
  bulk->open = FALSE;
  bulk->store->bulk = NULL;
  if (commit)
    ok = thanrak_store_commit_transaction (bulk->store, error);
  else
    thanrak_store_rollback_transaction (bulk->store);
  return ok;
}

/* A database error in the middle of a record: the transaction holds part
 * of it, so all of it goes. */
static gboolean
fail (ThanrakStoreBulk *bulk)
{
  end_session (bulk, FALSE, NULL);
  bulk->failed = TRUE;
  return FALSE;
}

static sqlite3_stmt *
prepare (ThanrakStoreBulk  *bulk,
         const char        *sql,
         GError           **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v3 (bulk->store->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      _thanrak_store_set_error (bulk->store, rc, error);
      return NULL;
    }
  return stmt;
}

static void
clear_kind_statements (gpointer data)
{
  KindStatements *ks = data;

  g_clear_pointer (&ks->insert, sqlite3_finalize);
  g_clear_pointer (&ks->update, sqlite3_finalize);
  g_clear_pointer (&ks->log_inserts, sqlite3_finalize);
  g_clear_pointer (&ks->unlogged, g_array_unref);
}

/* The statements of @type's class, prepared on first use. */
static KindStatements *
kind_statements (ThanrakStoreBulk  *bulk,
                 GType              type,
                 GError           **error)
{
  KindStatements ks = { 0 };
  g_autofree char *log_sql = NULL;
  const ThanrakStoreKind *kind;

  if (type == bulk->last_type)
    return &g_array_index (bulk->kinds, KindStatements, bulk->last_kind);

  kind = _thanrak_store_kind_for_type (type);
  if (kind == NULL)
    {
      g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_INVALID,
                   _("Records of type %s are not stored: the program is broken, report it."),
                   g_type_name (type));
      return NULL;
    }
  for (guint i = 0; i < bulk->kinds->len; i++)
    if (g_array_index (bulk->kinds, KindStatements, i).kind == kind)
      {
        bulk->last_type = type;
        bulk->last_kind = i;
        return &g_array_index (bulk->kinds, KindStatements, i);
      }

  ks.kind = kind;
  ks.fields = _thanrak_store_kind_fields (kind, &ks.n_fields);
  ks.unlogged = g_array_new (FALSE, FALSE, sizeof (Range));
  ks.n_before = -1;
  /* the entries thanrak_store_save() writes, one per row: at is the
   * row's created time, which is the time of its insert */
  log_sql = g_strdup_printf ("INSERT INTO change_log (at, who, table_name, row_id, action) "
                             "SELECT created, ?1, '%s', id, 'insert' FROM %s "
                             "WHERE id BETWEEN ?2 AND ?3 ORDER BY id",
                             kind->table, kind->table);
  if ((ks.insert = prepare (bulk, _thanrak_store_kind_sql (bulk->store, kind, "insert"), error)) == NULL ||
      (ks.update = prepare (bulk, _thanrak_store_kind_sql (bulk->store, kind, "update"), error)) == NULL ||
      (ks.log_inserts = prepare (bulk, log_sql, error)) == NULL)
    {
      clear_kind_statements (&ks);
      return NULL;
    }
  g_array_append_val (bulk->kinds, ks);
  bulk->last_type = type;
  bulk->last_kind = bulk->kinds->len - 1;
  return &g_array_index (bulk->kinds, KindStatements, bulk->last_kind);
}

/* The time of the write, as the store writes it (_thanrak_store_now()),
 * formatted again only when the second changes. */
static const char *
bulk_now (ThanrakStoreBulk *bulk)
{
  time_t now = time (NULL);

  if (bulk->now == NULL || now != bulk->now_seconds)
    {
      g_free (bulk->now);
      bulk->now = _thanrak_store_now ();
      bulk->now_seconds = now;
    }
  return bulk->now;
}

/* Runs @stmt, already bound, to its end. */
static gboolean
step (ThanrakStoreBulk  *bulk,
      sqlite3_stmt      *stmt,
      GError           **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return _thanrak_store_set_error (bulk->store, sqlite3_extended_errcode (bulk->store->db), error);
  return TRUE;
}

/* Drops the schema objects of type @type ("trigger" or "index") that
 * @stmt lists, with their names and SQL, keeping the SQL to create them
 * again at the commit (put_back_set_aside()). DDL is transactional in
 * SQLite: a rollback (or a crash) brings them back by itself. Resets
 * @stmt. */
static gboolean
set_aside (ThanrakStoreBulk  *bulk,
           sqlite3_stmt      *stmt,
           const char        *type,
           GError           **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_ptr_array_add (bulk->set_aside, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _thanrak_store_set_error (bulk->store, rc, error);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("DROP %s \"%s\"", type, (const char *) names->pdata[i]);

      if (!_thanrak_store_exec (bulk->store, sql, error))
        return FALSE;
    }
  return TRUE;
}

/* Drops the search index triggers on insert inside the transaction,
 * keeping their SQL to create them again: DDL is transactional in SQLite,
 * so a rollback (or a crash) brings them back by itself. While
 * thanrak_store_begin_transaction() has a table in fts_pending, its
 * insert trigger does nothing; but its mere existence makes SQLite open a
 * statement journal for each insert into the table (an insert with a
 * trigger may write several rows, and a foreign key or unique index may
 * abort it half way). */
static gboolean
set_triggers_aside (ThanrakStoreBulk  *bulk,
                    GError           **error)
{
  sqlite3_stmt *stmt = _thanrak_store_prepare (bulk->store,
                                               "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' "
                                               "AND name IN (SELECT table_name || '_fts_insert' FROM fts_pending)",
                                               error);

  return stmt != NULL && set_aside (bulk, stmt, "TRIGGER", error);
}

/* Creates the triggers and indexes set aside, as they were. */
static gboolean
put_back_set_aside (ThanrakStoreBulk  *bulk,
                    GError           **error)
{
  for (guint i = 0; i < bulk->set_aside->len; i++)
    if (!_thanrak_store_exec (bulk->store, bulk->set_aside->pdata[i], error))
      return FALSE;
  g_ptr_array_set_size (bulk->set_aside, 0);
  return TRUE;
}

/* Drops the indexes of @ks's table that no check or look-up of a session
 * needs, to create them again at the commit (see set_aside()). Kept are
 * the unique indexes (the unique keys are checked through them) and those
 * whose first column refers to another table (the records under a parent,
 * e.g. an operator's products, are looked up through them, by the
 * import's duplicate check among others); the rest order and filter the
 * record lists (schema 3) or sort names; an index on an expression is
 * kept too, as nothing says what it serves. Done once per table and session,
 * when the session has inserted at least INDEX_ASIDE_ROWS rows into it
 * and at least as many as the table held before the session: then
 * building the indexes again costs at most about twice what inserting
 * the session's rows into them would have (and far less, being done
 * from sorted rows). */
#define INDEX_ASIDE_ROWS 1000

static gboolean
set_indexes_aside (ThanrakStoreBulk  *bulk,
                   KindStatements    *ks,
                   GError           **error)
{
  ThanrakStore *store = bulk->store;
  sqlite3_stmt *stmt;

  if (ks->indexes_aside || ks->n_inserts < INDEX_ASIDE_ROWS)
    return TRUE;
  if (ks->n_before < 0)
    {
      g_autofree char *count_sql = g_strdup_printf ("SELECT count(*) FROM %s", ks->kind->table);
      gint64 n_rows = _thanrak_store_query_int (store, count_sql, error);

      if (n_rows < 0)
        return FALSE;
      ks->n_before = n_rows - ks->n_inserts;
    }
  if (ks->n_inserts < ks->n_before)
    return TRUE;
  ks->indexes_aside = TRUE;

  stmt = _thanrak_store_prepare (store,
                                 "SELECT s.name, s.sql FROM sqlite_schema AS s, pragma_index_info (s.name) AS first "
                                 "WHERE s.type = 'index' AND s.tbl_name = ?1 AND s.sql IS NOT NULL "
                                 "AND first.seqno = 0 AND first.name IS NOT NULL "
                                 "AND NOT (SELECT \"unique\" FROM pragma_index_list (?1) WHERE name = s.name) "
                                 "AND first.name NOT IN (SELECT \"from\" FROM pragma_foreign_key_list (?1)) "
                                 "ORDER BY s.name",
                                 error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, ks->kind->table, -1, SQLITE_STATIC);
  return set_aside (bulk, stmt, "INDEX", error);
}

/* Adds @id to the rows of @ks whose log entries are to write. */
static void
remember_insert (KindStatements *ks,
                 gint64          id)
{
  Range *last = ks->unlogged->len > 0 ? &g_array_index (ks->unlogged, Range, ks->unlogged->len - 1) : NULL;

  if (last != NULL && id == last->last + 1)
    last->last = id;
  else
    {
      Range r = { id, id };

      g_array_append_val (ks->unlogged, r);
    }
}

static int
compare_kinds (gconstpointer a,
               gconstpointer b)
{
  const KindStatements *x = *(KindStatements * const *) a;
  const KindStatements *y = *(KindStatements * const *) b;

  /* the store's table of kinds lists parents before their children */
  return x->kind < y->kind ? -1 : x->kind > y->kind;
}

GHashTable *
_thanrak_store_bulk_get_known (ThanrakStoreBulk *bulk)
{
  return bulk->known;
}

/* From this many entries to write at once, flush_log() skips the CHECK
 * of the change log's action: SQLite evaluates `action IN ('insert',
 * 'update', 'delete')` for every row with an ephemeral table, half the
 * cost of the entry, though the statement writes the constant 'insert'.
 * Setting the pragma makes SQLite prepare the statements again, which
 * pays off only for many rows. */
#define UNCHECKED_LOG_ROWS 1000

/* Writes the change log entries of the rows inserted so far. */
static gboolean
flush_log (ThanrakStoreBulk  *bulk,
           GError           **error)
{
  g_autoptr(GPtrArray) order = g_ptr_array_sized_new (bulk->kinds->len);
  gint64 n_rows = 0;
  gboolean unchecked, ok = TRUE;

  for (guint i = 0; i < bulk->kinds->len; i++)
    {
      KindStatements *ks = &g_array_index (bulk->kinds, KindStatements, i);

      if (ks->unlogged->len == 0)
        continue;
      g_ptr_array_add (order, ks);
      for (guint r = 0; r < ks->unlogged->len; r++)
        n_rows += g_array_index (ks->unlogged, Range, r).last - g_array_index (ks->unlogged, Range, r).first + 1;
    }
  /* parents first: undoing the log from its end deletes children first */
  g_ptr_array_sort (order, compare_kinds);

  unchecked = n_rows >= UNCHECKED_LOG_ROWS;
  if (unchecked && !_thanrak_store_exec (bulk->store, "PRAGMA ignore_check_constraints = ON", error))
    return fail (bulk);
  for (guint i = 0; ok && i < order->len; i++)
    {
      KindStatements *ks = order->pdata[i];

      for (guint r = 0; ok && r < ks->unlogged->len; r++)
        {
          const Range *range = &g_array_index (ks->unlogged, Range, r);

          sqlite3_bind_text (ks->log_inserts, 1, bulk->store->user_name, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (ks->log_inserts, 2, range->first);
          sqlite3_bind_int64 (ks->log_inserts, 3, range->last);
          ok = step (bulk, ks->log_inserts, error);
        }
      g_array_set_size (ks->unlogged, 0);
    }
  if (unchecked)
    sqlite3_exec (bulk->store->db, "PRAGMA ignore_check_constraints = OFF", NULL, NULL, NULL);
  return ok || fail (bulk);
}

gboolean
_thanrak_store_bulk_before_write (ThanrakStoreBulk  *bulk,
                                  GError           **error)
{
  g_hash_table_remove_all (bulk->known);
  return flush_log (bulk, error);
}

/**
 * thanrak_store_bulk_begin:
 * @store: a #ThanrakStore with no transaction open
 * @error: return location for a #GError
 *
 * Starts a bulk write session: one transaction for many
 * thanrak_store_bulk_save() calls, ended by thanrak_store_bulk_commit()
 * (all of them kept) or thanrak_store_bulk_rollback() or
 * thanrak_store_bulk_free() (none kept). Meanwhile @store may be read and
 * written through as inside thanrak_store_begin_transaction().
 *
 * Returns: (transfer full): the session, or %NULL with
 *   %THANRAK_STORE_ERROR_INVALID (a transaction is already open) or
 *   %THANRAK_STORE_ERROR_BUSY
 */
ThanrakStoreBulk *
thanrak_store_bulk_begin (ThanrakStore  *store,
                          GError       **error)
{
  ThanrakStoreBulk *bulk;

  g_return_val_if_fail (THANRAK_IS_STORE (store), NULL);

  if (!thanrak_store_begin_transaction (store, error))
    return NULL;

  bulk = g_new0 (ThanrakStoreBulk, 1);
  bulk->store = g_object_ref (store);
  bulk->kinds = g_array_new (FALSE, TRUE, sizeof (KindStatements));
  g_array_set_clear_func (bulk->kinds, clear_kind_statements);
  bulk->set_aside = g_ptr_array_new_with_free_func (g_free);
  bulk->known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  bulk->last_type = G_TYPE_INVALID;
  bulk->open = TRUE;
  store->bulk = bulk;
  if (!set_triggers_aside (bulk, error))
    {
      thanrak_store_bulk_free (bulk);   /* rolls back */
      return NULL;
    }
  return bulk;
}

/**
 * thanrak_store_bulk_save:
 * @bulk: a #ThanrakStoreBulk
 * @record: a record; id 0 inserts it, another id updates that row
 * @error: return location for a #GError
 *
 * Checks @record as thanrak_store_save() does (thanrak_record_validate();
 * referenced records, places and unique keys in the database, including
 * the records of this session) and writes it with its child rows and its
 * change log entry. Its id, created and updated are set at once, so that
 * the next records may refer to it; they mean nothing if the session is
 * rolled back.
 *
 * A refused record writes nothing and the session goes on: the caller
 * may report it and save the next one. A database error instead rolls
 * the whole session back (nothing of it is kept) and every later call
 * fails.
 *
 * Returns: %TRUE if @record was written; %FALSE with a
 *   %THANRAK_VALIDATION_ERROR (@record refused, the session goes on) or a
 *   %THANRAK_STORE_ERROR (%THANRAK_STORE_ERROR_NOT_FOUND: the row to update
 *   is gone, nothing written, the session goes on; any other code: the
 *   session was rolled back)
 */
gboolean
thanrak_store_bulk_save (ThanrakStoreBulk  *bulk,
                         ThanrakRecord     *record,
                         GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  ThanrakStore *store;
  KindStatements *ks;
  const char *now;
  gint64 id;

  g_return_val_if_fail (bulk != NULL, FALSE);
  g_return_val_if_fail (THANRAK_IS_RECORD (record), FALSE);

  if (!bulk->open)
    return session_failed (bulk, error);
  store = bulk->store;

  ks = kind_statements (bulk, G_OBJECT_TYPE (record), error);
  if (ks == NULL)
    return FALSE;

  /* Everything that can refuse the record comes before any write. */
  if (!thanrak_record_validate (record, error))
    return FALSE;
  if (!_thanrak_store_check_in_database (store, ks->kind, record, &local_error))
    {
      gboolean refused = local_error->domain == THANRAK_VALIDATION_ERROR;

      g_propagate_error (error, g_steal_pointer (&local_error));
      return refused ? FALSE : fail (bulk);
    }

  now = bulk_now (bulk);
  id = thanrak_record_get_id (record);
  if (id == 0)
    {
      sqlite3_bind_text (ks->insert, 1, now, -1, SQLITE_STATIC);
      sqlite3_bind_text (ks->insert, 2, now, -1, SQLITE_STATIC);
      _thanrak_store_bind_fields (ks->insert, 3, record, ks->fields, ks->n_fields);
      if (!step (bulk, ks->insert, error))
        return fail (bulk);
      id = sqlite3_last_insert_rowid (store->db);
      remember_insert (ks, id);
      ks->n_inserts++;
      if (!set_indexes_aside (bulk, ks, error))
        return fail (bulk);
    }
  else
    {
      /* the entries of the inserts before this update come first */
      if (!flush_log (bulk, error))
        return FALSE;
      if (!_thanrak_store_log_old_values (store, ks->kind, id, "update", now, error))
        return fail (bulk);
      if (sqlite3_changes (store->db) == 0)
        return _thanrak_store_not_found (ks->kind, id, error);
      sqlite3_bind_text (ks->update, 1, now, -1, SQLITE_STATIC);
      _thanrak_store_bind_fields (ks->update, 2, record, ks->fields, ks->n_fields);
      sqlite3_bind_int64 (ks->update, 2 + ks->n_fields, id);
      if (!step (bulk, ks->update, error))
        return fail (bulk);
    }

  if (ks->kind->save_children != NULL && !ks->kind->save_children (store, record, id, error))
    return fail (bulk);

  if (thanrak_record_get_id (record) == 0)
    {
      thanrak_record_set_created (record, now);
      thanrak_record_set_id (record, id);
      bulk->n_inserted++;
    }
  else
    bulk->n_updated++;
  thanrak_record_set_updated (record, now);
  return TRUE;
}

/**
 * thanrak_store_bulk_commit:
 * @bulk: a #ThanrakStoreBulk
 * @error: return location for a #GError
 *
 * Keeps everything written in the session: indexes the new names for
 * search and commits, with the store's usual durability (WAL,
 * `synchronous=FULL`). If the commit fails, nothing is kept.
 *
 * Returns: %TRUE on success; %FALSE with a %THANRAK_STORE_ERROR (also
 *   when the session was already rolled back)
 */
gboolean
thanrak_store_bulk_commit (ThanrakStoreBulk  *bulk,
                           GError           **error)
{
  g_return_val_if_fail (bulk != NULL, FALSE);

  if (!bulk->open)
    return session_failed (bulk, error);
  if (!flush_log (bulk, error))
    return FALSE;
  /* a session ends here */
  g_array_set_size (bulk->kinds, 0);
  bulk->last_type = G_TYPE_INVALID;
  if (!put_back_set_aside (bulk, error))
    {
      fail (bulk);
      return FALSE;
    }
  if (!end_session (bulk, TRUE, error))
    {
      bulk->failed = TRUE;
      return FALSE;
    }
  return TRUE;
}

/**
 * thanrak_store_bulk_rollback:
 * @bulk: a #ThanrakStoreBulk
 *
 * Drops everything written in the session. The ids it gave refer to
 * nothing.
 */
void
thanrak_store_bulk_rollback (ThanrakStoreBulk *bulk)
{
  g_return_if_fail (bulk != NULL);

  end_session (bulk, FALSE, NULL);
}

/**
 * thanrak_store_bulk_free:
 * @bulk: (transfer full): a #ThanrakStoreBulk
 *
 * Ends the session, rolling it back if it was not committed, and frees
 * it.
 */
void
thanrak_store_bulk_free (ThanrakStoreBulk *bulk)
{
  if (bulk == NULL)
    return;
  g_array_unref (bulk->kinds);
  end_session (bulk, FALSE, NULL);
  g_clear_pointer (&bulk->set_aside, g_ptr_array_unref);
  g_clear_pointer (&bulk->known, g_hash_table_unref);
  g_object_unref (bulk->store);
  g_free (bulk->now);
  g_free (bulk);
}

/**
 * thanrak_store_bulk_get_n_inserted:
 * @bulk: a #ThanrakStoreBulk
 *
 * Returns: the records inserted in the session so far
 */
guint
thanrak_store_bulk_get_n_inserted (ThanrakStoreBulk *bulk)
{
  g_return_val_if_fail (bulk != NULL, 0);

  return bulk->n_inserted;
}

/**
 * thanrak_store_bulk_get_n_updated:
 * @bulk: a #ThanrakStoreBulk
 *
 * Returns: the records updated in the session so far
 */
guint
thanrak_store_bulk_get_n_updated (ThanrakStoreBulk *bulk)
{
  g_return_val_if_fail (bulk != NULL, 0);

  return bulk->n_updated;
}

/**
 * thanrak_store_save_many:
 * @store: a #ThanrakStore with no transaction open
 * @records: (element-type ThanrakRecord): records to save, of any stored
 *   types, in order; a record may refer to one before it in @records by
 *   the id it got
 * @error: return location for a #GError
 *
 * Saves @records in one bulk session (thanrak_store_bulk_begin()): all of
 * them or none. Each is checked as in thanrak_store_save(). On success
 * each record's id, created and updated are set; on failure they are as
 * they were.
 *
 * Returns: %TRUE if every record was saved; %FALSE with the first
 *   %THANRAK_VALIDATION_ERROR or %THANRAK_STORE_ERROR, and nothing written
 */
gboolean
thanrak_store_save_many (ThanrakStore  *store,
                         GPtrArray     *records,
                         GError       **error)
{
  g_autoptr(ThanrakStoreBulk) bulk = NULL;
  g_autofree gint64 *old_ids = NULL;
  guint i;

  g_return_val_if_fail (THANRAK_IS_STORE (store), FALSE);
  g_return_val_if_fail (records != NULL, FALSE);

  bulk = thanrak_store_bulk_begin (store, error);
  if (bulk == NULL)
    return FALSE;
  old_ids = g_new0 (gint64, records->len + 1);
  for (i = 0; i < records->len; i++)
    old_ids[i] = thanrak_record_get_id (g_ptr_array_index (records, i));
  for (i = 0; i < records->len; i++)
    if (!thanrak_store_bulk_save (bulk, g_ptr_array_index (records, i), error))
      break;
  if (i == records->len && thanrak_store_bulk_commit (bulk, error))
    return TRUE;

  thanrak_store_bulk_rollback (bulk);
  for (i = 0; i < records->len; i++)
    {
      ThanrakRecord *record = g_ptr_array_index (records, i);

      if (old_ids[i] == 0 && thanrak_record_get_id (record) != 0)
        {
          thanrak_record_set_id (record, 0);
          thanrak_record_set_created (record, NULL);
          thanrak_record_set_updated (record, NULL);
        }
    }
  return FALSE;
}
