/* thanrak-store.c: opening, migrating, checking and backing up the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "thanrak-store-private.h"

/**
 * ThanrakStore:
 *
 * The one place that speaks SQL. A store is one SQLite file, by default
 * thanrak_store_get_default_path(), opened with `foreign_keys=ON`, WAL,
 * `synchronous=FULL`, a busy timeout of 5 s and the file mode 0600
 * (records hold names and phone numbers).
 *
 * The schema is created and migrated by `PRAGMA user_version` inside one
 * transaction, after a backup of the file with the SQLite backup API when
 * the file already held a schema. The reference places (data/places/) are
 * loaded by the first migration.
 *
 * Every write is one transaction that validates the record
 * (thanrak_record_validate() and the checks that need the database),
 * writes its row and child rows, and adds a row to the change log (who,
 * when, table, row, action and the old values as JSON); a rejected write
 * changes nothing. Statements are prepared once and cached.
 *
 * A store and the records it returns are used from one thread at a time;
 * a worker thread opens its own #ThanrakStore on the same file (WAL lets
 * readers run beside one writer; a writer waits up to the busy timeout).
 *
 * Stored values: text as given (empty text as NULL), dates as
 * `YYYY-MM-DD` (CE), years BE, money satang, enums as their codes
 * (thanrak_enum_get_code()), created/updated as ISO 8601 UTC.
 */

G_DEFINE_FINAL_TYPE (ThanrakStore, thanrak_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (thanrak-store-error-quark, thanrak_store_error)

G_DEFINE_BOXED_TYPE (ThanrakPlace, thanrak_place, thanrak_place_copy, thanrak_place_free)

enum {
  PROP_0,
  PROP_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  RECORDS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define BUSY_TIMEOUT_MS 5000

static void
thanrak_store_finalize (GObject *object)
{
  ThanrakStore *self = THANRAK_STORE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->kind_sql, g_hash_table_unref);
  if (self->db != NULL)
    {
      sqlite3_close (self->db);
      self->db = NULL;
    }
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->user_name, g_free);
  g_clear_pointer (&self->migration_backup, g_free);

  G_OBJECT_CLASS (thanrak_store_parent_class)->finalize (object);
}

static void
thanrak_store_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ThanrakStore *self = THANRAK_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
thanrak_store_class_init (ThanrakStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = thanrak_store_finalize;
  object_class->get_property = thanrak_store_get_property;

  /**
   * ThanrakStore:path:
   *
   * The database file.
   */
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ThanrakStore::records-changed:
   * @self: the store
   * @record_type: the #ThanrakRecord type whose records changed
   *
   * Emitted by thanrak_store_records_changed() when records of
   * @record_type were written to the store's file through another
   * connection (an import in a worker thread), so that lists and pages
   * showing this store read them again.
   */
  signals[RECORDS_CHANGED] =
    g_signal_new ("records-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_GTYPE);
}

/**
 * thanrak_store_records_changed:
 * @self: a #ThanrakStore
 * @record_type: the #ThanrakRecord type whose records changed
 *
 * Emits #ThanrakStore::records-changed: call it on the thread that owns
 * @self after another connection to the same file (a worker's
 * #ThanrakStore) committed records of @record_type. Writes through @self
 * itself do not emit it; their callers refresh what they show.
 */
void
thanrak_store_records_changed (ThanrakStore *self,
                               GType         record_type)
{
  g_return_if_fail (THANRAK_IS_STORE (self));

  g_signal_emit (self, signals[RECORDS_CHANGED], 0, record_type);
}

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

static void
thanrak_store_init (ThanrakStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  self->kind_sql = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->user_name = g_strdup (g_get_user_name ());
}

/* Errors ---------------------------------------------------------------- */

static gboolean
set_sqlite_error (sqlite3     *db,
                  int          rc,
                  const char  *path,
                  GError     **error)
{
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_BUSY,
                   _("The database is in use by another program (%s): close other Thanrak windows and try again."),
                   detail);
      break;
    case SQLITE_FULL:
      g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_FULL,
                   _("The disk is full (%s): free some space and try again."), detail);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_CORRUPT,
                   _("The database file %s is damaged or is not a database (%s): restore it from a backup."),
                   path != NULL ? path : "", detail);
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_AUTH:
      g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_OPEN,
                   _("The database file %s cannot be opened for writing (%s): check that the folder exists and that you may write to it."),
                   path != NULL ? path : "", detail);
      break;
    case SQLITE_CONSTRAINT:
      if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
        g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_IN_USE,
                     _("Other records still refer to this record: delete or change them first."));
      else
        g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_FAILED,
                     _("The record breaks a rule of the database (%s): correct it and save again."),
                     detail);
      break;
    default:
      g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_FAILED,
                   _("Database error: %s."), detail);
      break;
    }
  return FALSE;
}

gboolean
_thanrak_store_set_error (ThanrakStore  *self,
                          int            rc,
                          GError       **error)
{
  return set_sqlite_error (self->db, rc, self->path, error);
}

/* Statements ------------------------------------------------------------ */

sqlite3_stmt *
_thanrak_store_prepare (ThanrakStore  *self,
                        const char    *sql,
                        GError       **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _thanrak_store_set_error (self, rc, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
_thanrak_store_exec (ThanrakStore  *self,
                     const char    *sql,
                     GError       **error)
{
  char *message = NULL;
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, &message);

  sqlite3_free (message);
  if (rc != SQLITE_OK)
    return _thanrak_store_set_error (self, rc, error);
  return TRUE;
}

gboolean
_thanrak_store_step_done (ThanrakStore  *self,
                          sqlite3_stmt  *stmt,
                          GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      _thanrak_store_set_error (self, sqlite3_extended_errcode (self->db), error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

gint64
_thanrak_store_query_int (ThanrakStore  *self,
                          const char    *sql,
                          GError       **error)
{
  sqlite3_stmt *stmt = _thanrak_store_prepare (self, sql, error);
  gint64 value;
  int rc;

  if (stmt == NULL)
    return -1;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_FAILED,
                     _("Database error: %s."), "no row");
      else
        _thanrak_store_set_error (self, rc, error);
      sqlite3_reset (stmt);
      return -1;
    }
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

void
_thanrak_store_bind_text (sqlite3_stmt *stmt,
                          int           index,
                          const char   *text)
{
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

gboolean
_thanrak_store_begin (ThanrakStore  *self,
                      GError       **error)
{
  sqlite3_stmt *stmt = _thanrak_store_prepare (self, "BEGIN IMMEDIATE", error);

  return stmt != NULL && _thanrak_store_step_done (self, stmt, error);
}

gboolean
_thanrak_store_commit (ThanrakStore  *self,
                       GError       **error)
{
  sqlite3_stmt *stmt = _thanrak_store_prepare (self, "COMMIT", error);

  if (stmt != NULL && _thanrak_store_step_done (self, stmt, error))
    return TRUE;
  _thanrak_store_rollback (self);
  return FALSE;
}

void
_thanrak_store_rollback (ThanrakStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

/* The tables with a <table>_fts trigram index of their names. */
static const char * const fts_tables[] = { "operator", "product", "center", "committee_member" };

gboolean
_thanrak_store_write_begin (ThanrakStore  *self,
                            GError       **error)
{
  sqlite3_stmt *stmt;

  if (!self->in_transaction)
    return _thanrak_store_begin (self, error);
  stmt = _thanrak_store_prepare (self, "SAVEPOINT thanrak_write", error);
  return stmt != NULL && _thanrak_store_step_done (self, stmt, error);
}

/* Commits (or rolls back when !@ok) what _thanrak_store_write_begin()
 * began. Returns %FALSE when !@ok or the commit failed. */
gboolean
_thanrak_store_write_end (ThanrakStore  *self,
                          gboolean       ok,
                          GError       **error)
{
  sqlite3_stmt *stmt;

  if (!self->in_transaction)
    {
      if (ok)
        return _thanrak_store_commit (self, error);
      _thanrak_store_rollback (self);
      return FALSE;
    }
  if (!ok)
    {
      sqlite3_exec (self->db, "ROLLBACK TO thanrak_write; RELEASE thanrak_write", NULL, NULL, NULL);
      return FALSE;
    }
  stmt = _thanrak_store_prepare (self, "RELEASE thanrak_write", error);
  return stmt != NULL && _thanrak_store_step_done (self, stmt, error);
}

/**
 * thanrak_store_begin_transaction:
 * @self: a #ThanrakStore
 * @error: return location for a #GError
 *
 * Starts a transaction spanning several saves and deletes, e.g. an
 * import of operators, then their products, then the products' channels
 * (which need the ids given to the rows before them). Inside it each save
 * still writes all or nothing of its own records, and sets their ids at
 * once; nothing is kept until thanrak_store_commit_transaction(). After
 * thanrak_store_rollback_transaction() the ids set since the start refer
 * to nothing: drop those records.
 *
 * Returns: %TRUE on success; %FALSE with %THANRAK_STORE_ERROR_BUSY or
 *   %THANRAK_STORE_ERROR_INVALID (a transaction is already open)
 */
gboolean
thanrak_store_begin_transaction (ThanrakStore  *self,
                                 GError       **error)
{
  g_return_val_if_fail (THANRAK_IS_STORE (self), FALSE);

  if (self->in_transaction)
    {
      g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_INVALID,
                   _("A transaction is already open: commit or roll it back first."));
      return FALSE;
    }
  if (!_thanrak_store_begin (self, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (fts_tables); i++)
    {
      g_autofree char *sql =
        g_strdup_printf ("INSERT INTO fts_pending (table_name, pending_from) "
                         "SELECT '%s', coalesce (max (id), 0) + 1 FROM %s",
                         fts_tables[i], fts_tables[i]);

      if (!_thanrak_store_exec (self, sql, error))
        {
          _thanrak_store_rollback (self);
          return FALSE;
        }
    }
  self->in_transaction = TRUE;
  return TRUE;
}

/**
 * thanrak_store_commit_transaction:
 * @self: a #ThanrakStore
 * @error: return location for a #GError
 *
 * Keeps everything written since thanrak_store_begin_transaction(). If
 * the commit fails, everything is rolled back.
 *
 * Returns: %TRUE on success; %FALSE with a %THANRAK_STORE_ERROR
 */
gboolean
thanrak_store_commit_transaction (ThanrakStore  *self,
                                  GError       **error)
{
  g_return_val_if_fail (THANRAK_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->in_transaction, FALSE);

  self->in_transaction = FALSE;

  /* index the names of the rows inserted since the start in one go */
  for (guint i = 0; i < G_N_ELEMENTS (fts_tables); i++)
    {
      g_autofree char *sql =
        g_strdup_printf ("INSERT INTO %s_fts (rowid, name) SELECT id, name FROM %s "
                         "WHERE id >= (SELECT pending_from FROM fts_pending WHERE table_name = '%s')",
                         fts_tables[i], fts_tables[i], fts_tables[i]);

      if (!_thanrak_store_exec (self, sql, error))
        {
          _thanrak_store_rollback (self);
          return FALSE;
        }
    }
  if (!_thanrak_store_exec (self, "DELETE FROM fts_pending", error))
    {
      _thanrak_store_rollback (self);
      return FALSE;
    }
  return _thanrak_store_commit (self, error);
}

/**
 * thanrak_store_rollback_transaction:
 * @self: a #ThanrakStore
 *
 * Drops everything written since thanrak_store_begin_transaction().
 */
void
thanrak_store_rollback_transaction (ThanrakStore *self)
{
  g_return_if_fail (THANRAK_IS_STORE (self));

  self->in_transaction = FALSE;
  _thanrak_store_rollback (self);
}

/**
 * thanrak_store_begin_read:
 * @self: a #ThanrakStore
 * @error: return location for a #GError (%THANRAK_STORE_ERROR)
 *
 * Opens a read transaction: every list, count and load until
 * thanrak_store_end_read() sees the same records (a snapshot; writers in
 * other connections are not blocked, the database is in WAL mode), and
 * SQLite takes its locks once instead of for every statement, which makes
 * long exports such as form 6 at national size several times faster.
 * Write nothing through @self meanwhile. Not inside
 * thanrak_store_begin_transaction().
 *
 * Returns: %TRUE if the read transaction is open; %FALSE with
 *   %THANRAK_STORE_ERROR_INVALID when a transaction is already open
 */
gboolean
thanrak_store_begin_read (ThanrakStore  *self,
                          GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (THANRAK_IS_STORE (self), FALSE);

  if (self->in_transaction || self->in_read)
    {
      g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_INVALID,
                   _("A transaction is already open: commit or roll it back first."));
      return FALSE;
    }
  stmt = _thanrak_store_prepare (self, "BEGIN DEFERRED", error);
  if (stmt == NULL || !_thanrak_store_step_done (self, stmt, error))
    return FALSE;
  self->in_read = TRUE;
  return TRUE;
}

/**
 * thanrak_store_end_read:
 * @self: a #ThanrakStore
 *
 * Closes the read transaction of thanrak_store_begin_read(); does
 * nothing when none is open.
 */
void
thanrak_store_end_read (ThanrakStore *self)
{
  g_return_if_fail (THANRAK_IS_STORE (self));

  if (!self->in_read)
    return;
  self->in_read = FALSE;
  sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
}

char *
_thanrak_store_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* Files ----------------------------------------------------------------- */

/* Creates @path with mode 0600 if it does not exist, and makes it 0600 if
 * it does, before SQLite writes anything to it. SQLite gives the -wal and
 * -shm files the mode of the database file. */
static gboolean
prepare_private_file (const char  *path,
                      gboolean     truncate,
                      GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_OPEN,
                   _("The folder %s cannot be created (%s): choose another place for the file."),
                   dir, g_strerror (saved_errno));
      return FALSE;
    }

  fd = g_open (path, O_WRONLY | O_CREAT | (truncate ? O_TRUNC : 0) | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_OPEN,
                   _("The file %s cannot be created (%s): check that you may write in its folder."),
                   path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);
  g_chmod (path, 0600);
  return TRUE;
}

static sqlite3 *
open_connection (const char  *path,
                 int          flags,
                 GError     **error)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (path, &db, flags, NULL);

  if (rc != SQLITE_OK)
    {
      set_sqlite_error (db, rc, path, error);
      sqlite3_close (db);
      return NULL;
    }
  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
  return db;
}

/* Copies the whole of @src into the file @dest with the backup API. A
 * @fresh copy replaces whatever @dest was (with its -wal and -shm) and is
 * left as one self-contained file (journal mode DELETE); otherwise @dest
 * is a live database whose content is replaced. */
static gboolean
copy_database (sqlite3     *src,
               const char  *dest,
               gboolean     fresh,
               GError     **error)
{
  sqlite3 *db;
  sqlite3_backup *backup;
  int rc;

  if (fresh)
    {
      g_autofree char *wal = g_strconcat (dest, "-wal", NULL);
      g_autofree char *shm = g_strconcat (dest, "-shm", NULL);

      g_remove (wal);
      g_remove (shm);
    }
  if (!prepare_private_file (dest, fresh, error))
    return FALSE;

  db = open_connection (dest, SQLITE_OPEN_READWRITE, error);
  if (db == NULL)
    return FALSE;

  backup = sqlite3_backup_init (db, "main", src, "main");
  if (backup == NULL)
    {
      g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_BACKUP,
                   _("The backup to %s could not start (%s): check the disk and try again."),
                   dest, sqlite3_errmsg (db));
      sqlite3_close (db);
      return FALSE;
    }
  do
    {
      rc = sqlite3_backup_step (backup, -1);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        sqlite3_sleep (50);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish (backup);

  if (rc != SQLITE_DONE)
    {
      g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_BACKUP,
                   _("The backup to %s failed (%s): check the disk and try again."),
                   dest, sqlite3_errstr (rc));
      sqlite3_close (db);
      return FALSE;
    }
  if (fresh)
    sqlite3_exec (db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  sqlite3_close (db);
  g_chmod (dest, 0600);
  return TRUE;
}

static char *
timestamp_for_file_name (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y%m%d-%H%M%S");
}

/* Opening and migrating ------------------------------------------------- */

static gboolean
migrate (ThanrakStore                 *self,
         const ThanrakStoreMigration  *migrations,
         guint                         n_migrations,
         GError                      **error)
{
  int current = (int) _thanrak_store_query_int (self, "PRAGMA user_version", error);
  int latest = migrations[n_migrations - 1].version;
  g_autofree char *set_version = NULL;

  if (current < 0)
    return FALSE;
  self->schema_version = current;

  if (current > latest)
    {
      g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_TOO_NEW,
                   _("The database %s was written by a newer version of Thanrak (schema %d, this version knows %d): update Thanrak to open it."),
                   self->path, current, latest);
      return FALSE;
    }
  if (current == latest)
    return TRUE;

  if (current == 0)
    {
      gint64 n_objects = _thanrak_store_query_int (self, "SELECT count(*) FROM sqlite_master", error);

      if (n_objects < 0)
        return FALSE;
      if (n_objects > 0)
        {
          g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_CORRUPT,
                       _("The file %s is a database of another program, not of Thanrak: choose another file."),
                       self->path);
          return FALSE;
        }
    }
  else
    {
      g_autofree char *stamp = timestamp_for_file_name ();
      g_autofree char *backup = g_strdup_printf ("%s.v%d-%s.bak", self->path, current, stamp);

      if (!copy_database (self->db, backup, TRUE, error))
        return FALSE;
      g_free (self->migration_backup);
      self->migration_backup = g_steal_pointer (&backup);
    }

  if (!_thanrak_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  for (guint i = 0; i < n_migrations; i++)
    {
      const ThanrakStoreMigration *m = &migrations[i];

      if (m->version <= current)
        continue;
      if ((m->sql != NULL && !_thanrak_store_exec (self, m->sql, error)) ||
          (m->run != NULL && !m->run (self, error)))
        {
          g_prefix_error (error, _("Updating the database to schema %d failed; nothing was changed: "),
                          m->version);
          _thanrak_store_rollback (self);
          return FALSE;
        }
    }

  set_version = g_strdup_printf ("PRAGMA user_version = %d", latest);
  if (!_thanrak_store_exec (self, set_version, error) ||
      !_thanrak_store_exec (self, "COMMIT", error))
    {
      _thanrak_store_rollback (self);
      return FALSE;
    }

  self->schema_version = latest;
  return TRUE;
}

ThanrakStore *
_thanrak_store_new_with_migrations (const char                  *path,
                                    const ThanrakStoreMigration *migrations,
                                    guint                        n_migrations,
                                    GError                     **error)
{
  g_autoptr(ThanrakStore) self = g_object_new (THANRAK_TYPE_STORE, NULL);
  g_autofree char *mode = NULL;
  sqlite3_stmt *stmt;

  self->path = path != NULL ? g_strdup (path) : thanrak_store_get_default_path ();

  if (!prepare_private_file (self->path, FALSE, error))
    return NULL;

  self->db = open_connection (self->path, SQLITE_OPEN_READWRITE, error);
  if (self->db == NULL)
    return NULL;

  if (!_thanrak_store_exec (self, "PRAGMA foreign_keys = ON", error))
    return NULL;

  stmt = _thanrak_store_prepare (self, "PRAGMA journal_mode = WAL", error);
  if (stmt == NULL)
    return NULL;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    mode = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (g_strcmp0 (mode, "wal") != 0)
    {
      g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_OPEN,
                   _("The database file %s cannot be opened safely (journal mode “%s”, not WAL): move it to a local disk."),
                   self->path, mode != NULL ? mode : "?");
      return NULL;
    }

  if (!_thanrak_store_exec (self, "PRAGMA synchronous = FULL", error) ||
      !_thanrak_store_exec (self, "PRAGMA temp_store = MEMORY", error) ||
      !migrate (self, migrations, n_migrations, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * thanrak_store_get_default_path:
 *
 * Returns: (transfer full): the database file used when none is given:
 *   `thanrak/thanrak.db` in g_get_user_data_dir()
 */
char *
thanrak_store_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "thanrak", "thanrak.db", NULL);
}

/**
 * thanrak_store_new:
 * @path: (nullable): the database file, %NULL for
 *   thanrak_store_get_default_path()
 * @error: return location for a #GError
 *
 * Opens the database, creating the file (mode 0600, its folder 0700) and
 * the schema with the reference places when it is new, and migrating an
 * older schema to the latest after saving a copy beside it
 * (`<file>.v<old version>-<time>.bak`, see
 * thanrak_store_get_migration_backup()).
 *
 * Returns: (transfer full): the store, or %NULL with
 *   %THANRAK_STORE_ERROR_OPEN, %THANRAK_STORE_ERROR_CORRUPT (not a
 *   database, or another program's), %THANRAK_STORE_ERROR_TOO_NEW,
 *   %THANRAK_STORE_ERROR_BUSY or %THANRAK_STORE_ERROR_BACKUP
 */
ThanrakStore *
thanrak_store_new (const char  *path,
                   GError     **error)
{
  return _thanrak_store_new_with_migrations (path, _thanrak_store_migrations,
                                             _thanrak_store_n_migrations, error);
}

/**
 * thanrak_store_get_path:
 * @self: a #ThanrakStore
 *
 * Returns: (transfer none): the database file
 */
const char *
thanrak_store_get_path (ThanrakStore *self)
{
  g_return_val_if_fail (THANRAK_IS_STORE (self), NULL);

  return self->path;
}

/**
 * thanrak_store_get_schema_version:
 * @self: a #ThanrakStore
 *
 * Returns: the schema version of the open database (`PRAGMA user_version`)
 */
int
thanrak_store_get_schema_version (ThanrakStore *self)
{
  g_return_val_if_fail (THANRAK_IS_STORE (self), 0);

  return self->schema_version;
}

/**
 * thanrak_store_get_latest_version:
 *
 * Returns: the schema version this program writes
 */
int
thanrak_store_get_latest_version (void)
{
  return _thanrak_store_migrations[_thanrak_store_n_migrations - 1].version;
}

/**
 * thanrak_store_get_migration_backup:
 * @self: a #ThanrakStore
 *
 * Returns: (nullable): the copy of the file saved before its schema was
 *   migrated when it was opened, or %NULL when no migration ran (or the
 *   file was new)
 */
const char *
thanrak_store_get_migration_backup (ThanrakStore *self)
{
  g_return_val_if_fail (THANRAK_IS_STORE (self), NULL);

  return self->migration_backup;
}

/* Checks and backups ---------------------------------------------------- */

/**
 * thanrak_store_check_free:
 * @check: (transfer full): a #ThanrakStoreCheck
 *
 * Frees @check.
 */
void
thanrak_store_check_free (ThanrakStoreCheck *check)
{
  if (check == NULL)
    return;
  g_strfreev (check->problems);
  g_free (check);
}

/**
 * thanrak_store_check_is_clean:
 * @check: a #ThanrakStoreCheck
 *
 * Returns: %TRUE if integrity_check said `ok` and no reference points
 *   nowhere
 */
gboolean
thanrak_store_check_is_clean (const ThanrakStoreCheck *check)
{
  return check->integrity_ok && check->foreign_key_violations == 0;
}

/**
 * thanrak_store_check:
 * @self: a #ThanrakStore
 * @error: return location for a #GError
 *
 * Runs `PRAGMA integrity_check`, `PRAGMA foreign_key_check` and the FTS5
 * `integrity-check` of the search indexes, and counts
 * the reference places (expected: 77 provinces, 929 districts of which 50
 * are Bangkok เขต, 7,451 subdistricts).
 *
 * Returns: (transfer full): what was found (see
 *   thanrak_store_check_is_clean()), or %NULL with a
 *   %THANRAK_STORE_ERROR when the checks could not run
 */
ThanrakStoreCheck *
thanrak_store_check (ThanrakStore  *self,
                     GError       **error)
{
  g_autoptr(ThanrakStoreCheck) check = g_new0 (ThanrakStoreCheck, 1);
  g_autoptr(GStrvBuilder) problems = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (THANRAK_IS_STORE (self), NULL);

  stmt = _thanrak_store_prepare (self, "PRAGMA integrity_check", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") == 0)
        check->integrity_ok = TRUE;
      else
        g_strv_builder_add (problems, line);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _thanrak_store_set_error (self, rc, error);
      return NULL;
    }

  stmt = _thanrak_store_prepare (self, "PRAGMA foreign_key_check", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *line =
        g_strdup_printf (_("Row %lld of table %s refers to a missing row of %s."),
                         (long long) sqlite3_column_int64 (stmt, 1),
                         (const char *) sqlite3_column_text (stmt, 0),
                         (const char *) sqlite3_column_text (stmt, 2));
      check->foreign_key_violations++;
      g_strv_builder_add (problems, line);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _thanrak_store_set_error (self, rc, error);
      return NULL;
    }

  /* the search indexes agree with the names they index */
  for (guint i = 0; i < G_N_ELEMENTS (fts_tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO %s_fts (%s_fts, rank) VALUES ('integrity-check', 1)",
                                              fts_tables[i], fts_tables[i]);
      char *message = NULL;

      rc = sqlite3_exec (self->db, sql, NULL, NULL, &message);
      if (rc != SQLITE_OK)
        {
          g_autofree char *line = g_strdup_printf (_("The search index of %s is damaged (%s)."),
                                                   fts_tables[i], message != NULL ? message : sqlite3_errstr (rc));
          check->integrity_ok = FALSE;
          g_strv_builder_add (problems, line);
        }
      sqlite3_free (message);
    }

  check->schema_version = (int) _thanrak_store_query_int (self, "PRAGMA user_version", error);
  if (check->schema_version < 0 ||
      !thanrak_store_count_places (self, &check->provinces, &check->districts,
                                   &check->subdistricts, error))
    return NULL;
  check->bangkok_districts =
    _thanrak_store_query_int (self, "SELECT count(*) FROM place_district WHERE province_code = '10'", error);
  if (check->bangkok_districts < 0)
    return NULL;

  check->problems = g_strv_builder_end (problems);
  return g_steal_pointer (&check);
}

/**
 * thanrak_store_backup_to:
 * @self: a #ThanrakStore
 * @path: the backup file to write (replaced if it exists)
 * @error: return location for a #GError
 *
 * Copies the whole database into @path with the SQLite backup API, a
 * consistent copy even while the program writes; the file gets mode 0600.
 *
 * Returns: %TRUE on success; %FALSE with %THANRAK_STORE_ERROR_BACKUP or
 *   %THANRAK_STORE_ERROR_OPEN
 */
gboolean
thanrak_store_backup_to (ThanrakStore  *self,
                         const char    *path,
                         GError       **error)
{
  g_return_val_if_fail (THANRAK_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_strcmp0 (path, self->path) == 0)
    {
      g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_BACKUP,
                   _("A backup cannot replace the database itself: choose another file name."));
      return FALSE;
    }
  return copy_database (self->db, path, TRUE, error);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * thanrak_store_rotate_daily_backups:
 * @self: a #ThanrakStore
 * @dir: the folder of the daily backups (created 0700 if missing)
 * @keep_days: how many daily backups to keep, at least 1 (the app keeps 7)
 * @error: return location for a #GError
 *
 * Makes today's backup `thanrak-YYYY-MM-DD.db` (local date) in @dir unless
 * it exists, then deletes the oldest daily backups beyond @keep_days.
 * Other files in @dir are left alone. The app calls this after its first
 * window is shown.
 *
 * Returns: (transfer full): the path of today's backup, or %NULL with
 *   %THANRAK_STORE_ERROR_BACKUP or %THANRAK_STORE_ERROR_OPEN
 */
char *
thanrak_store_rotate_daily_backups (ThanrakStore  *self,
                                    const char    *dir,
                                    guint          keep_days,
                                    GError       **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, "thanrak-%Y-%m-%d.db");
  g_autofree char *today = g_build_filename (dir, name, NULL);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) d = NULL;
  const char *entry;

  g_return_val_if_fail (THANRAK_IS_STORE (self), NULL);
  g_return_val_if_fail (dir != NULL, NULL);
  g_return_val_if_fail (keep_days >= 1, NULL);

  if (!g_file_test (today, G_FILE_TEST_EXISTS) &&
      !thanrak_store_backup_to (self, today, error))
    return NULL;

  d = g_dir_open (dir, 0, error);
  if (d == NULL)
    return NULL;
  while ((entry = g_dir_read_name (d)) != NULL)
    {
      /* thanrak-YYYY-MM-DD.db */
      if (strlen (entry) == strlen ("thanrak-0000-00-00.db") &&
          g_str_has_prefix (entry, "thanrak-") && g_str_has_suffix (entry, ".db") &&
          g_ascii_isdigit (entry[8]) && entry[12] == '-' && entry[15] == '-')
        g_ptr_array_add (found, g_strdup (entry));
    }
  g_ptr_array_sort (found, compare_strings);

  for (guint i = 0; i + keep_days < found->len; i++)
    {
      g_autofree char *old = g_build_filename (dir, g_ptr_array_index (found, i), NULL);

      if (g_remove (old) != 0)
        {
          int saved_errno = errno;
          g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_BACKUP,
                       _("The old backup %s cannot be deleted (%s): delete it by hand."),
                       old, g_strerror (saved_errno));
          return NULL;
        }
    }

  return g_steal_pointer (&today);
}

static gboolean
check_restorable (const char  *from,
                  GError     **error)
{
  sqlite3 *db;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *problem = NULL;
  int version = -1;
  int rc;

  if (!g_file_test (from, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_BACKUP,
                   _("The backup file %s does not exist: check the name."), from);
      return FALSE;
    }

  db = open_connection (from, SQLITE_OPEN_READONLY, error);
  if (db == NULL)
    return FALSE;

  rc = sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL);
  while (stmt != NULL && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);
      if (g_strcmp0 (line, "ok") != 0 && problem == NULL)
        problem = g_strdup (line);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE && problem == NULL)
    problem = g_strdup (sqlite3_errmsg (db));

  if (problem == NULL)
    {
      rc = sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL);
      if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
        problem = g_strdup (_("references to missing rows"));
      sqlite3_finalize (stmt);
    }

  if (problem == NULL)
    {
      rc = sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);
      if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
        version = sqlite3_column_int (stmt, 0);
      sqlite3_finalize (stmt);
      if (version < 1 || version > thanrak_store_get_latest_version ())
        problem = g_strdup_printf (_("schema version %d"), version);
    }
  sqlite3_close (db);

  if (problem != NULL)
    {
      g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_CORRUPT,
                   _("The file %s is not a sound Thanrak database (%s): choose another backup."),
                   from, problem);
      return FALSE;
    }
  return TRUE;
}

/**
 * thanrak_store_restore:
 * @path: (nullable): the database to replace, %NULL for the default file;
 *   no #ThanrakStore may have it open
 * @from: the backup to restore
 * @saved_copy: (out) (optional) (nullable): where the database as it was
 *   before was saved (`<file>.before-restore-<time>.bak`), %NULL if there
 *   was none
 * @error: return location for a #GError
 *
 * Replaces the database with a backup: checks the backup first
 * (integrity_check, foreign_key_check, a schema this program knows), then
 * saves a copy of the current database, then copies the backup in with the
 * SQLite backup API. An older schema is migrated the next time the
 * database is opened.
 *
 * Returns: %TRUE on success; %FALSE with %THANRAK_STORE_ERROR_CORRUPT (the
 *   backup is not sound: nothing was changed), %THANRAK_STORE_ERROR_BACKUP
 *   or %THANRAK_STORE_ERROR_OPEN
 */
gboolean
thanrak_store_restore (const char  *path,
                       const char  *from,
                       char       **saved_copy,
                       GError     **error)
{
  g_autofree char *target = path != NULL ? g_strdup (path) : thanrak_store_get_default_path ();
  g_autofree char *saved = NULL;
  sqlite3 *src;
  gboolean ok;

  g_return_val_if_fail (from != NULL, FALSE);

  if (saved_copy != NULL)
    *saved_copy = NULL;

  if (!check_restorable (from, error))
    return FALSE;

  if (g_file_test (target, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *stamp = timestamp_for_file_name ();
      sqlite3 *current;

      saved = g_strdup_printf ("%s.before-restore-%s.bak", target, stamp);
      current = open_connection (target, SQLITE_OPEN_READWRITE, error);
      if (current == NULL)
        return FALSE;
      ok = copy_database (current, saved, TRUE, error);
      sqlite3_close (current);
      if (!ok)
        return FALSE;
    }

  src = open_connection (from, SQLITE_OPEN_READONLY, error);
  if (src == NULL)
    return FALSE;
  ok = copy_database (src, target, FALSE, error);
  sqlite3_close (src);
  if (!ok)
    return FALSE;

  if (saved_copy != NULL)
    *saved_copy = g_steal_pointer (&saved);
  return TRUE;
}
