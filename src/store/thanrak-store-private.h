/* thanrak-store-private.h: what the files of the store share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "thanrak-record-private.h"
#include "thanrak-store-bulk.h"
#include "thanrak-store.h"

G_BEGIN_DECLS

/**
 * ThanrakStoreMigration:
 * @version: the `user_version` the database has after this step
 * @sql: (nullable): SQL to run, several statements
 * @run: (nullable): code to run after @sql
 *
 * One step of the schema. Steps run in order inside one transaction;
 * a new schema version is a new entry at the end of the list in
 * thanrak-store-schema.c, never a change to an old one.
 */
typedef struct
{
  int          version;
  const char  *sql;
  gboolean   (*run) (ThanrakStore  *self,
                     GError       **error);
} ThanrakStoreMigration;

/* How one record class is stored. */
typedef struct _ThanrakStoreKind ThanrakStoreKind;

struct _ThanrakStoreKind
{
  GType       (*get_type) (void);
  const char   *table;
  /* the column text search looks in, and whether a <table>_fts exists */
  const char   *search_column;
  gboolean      has_fts;
  /* NULL-terminated fields forming a unique key, or NULL */
  const char   *unique[4];
  /* SQL selecting the records of district :district, or NULL */
  const char   *district_sql;
  /* SQL selecting the records of fiscal year :fy (BE), or with
   * :fy_start/:fy_end (CE dates, end excluded), or NULL */
  const char   *fiscal_year_sql;
  /* child rows: the JSON of them for the change log (alias t), and load/save */
  const char   *children_json;
  gboolean    (*load_children) (ThanrakStore   *self,
                                ThanrakRecord  *record,
                                GError        **error);
  gboolean    (*save_children) (ThanrakStore   *self,
                                ThanrakRecord  *record,
                                gint64          row_id,
                                GError        **error);
};

struct _ThanrakStore
{
  GObject parent_instance;

  char *path;
  sqlite3 *db;
  GHashTable *statements;   /* SQL -> sqlite3_stmt */
  GHashTable *kind_sql;     /* "table:what" -> SQL text, built once */
  int schema_version;
  char *user_name;
  char *migration_backup;
  gboolean in_transaction;   /* thanrak_store_begin_transaction() */
  gboolean in_read;          /* thanrak_store_begin_read() */
  ThanrakStoreBulk *bulk;    /* the open thanrak_store_bulk_begin(), or NULL */
};

extern const ThanrakStoreMigration _thanrak_store_migrations[];
extern const guint _thanrak_store_n_migrations;

ThanrakStore          *_thanrak_store_new_with_migrations (const char                  *path,
                                                           const ThanrakStoreMigration *migrations,
                                                           guint                        n_migrations,
                                                           GError                     **error);

gboolean               _thanrak_store_set_error     (ThanrakStore  *self,
                                                     int            rc,
                                                     GError       **error);
sqlite3_stmt          *_thanrak_store_prepare       (ThanrakStore  *self,
                                                     const char    *sql,
                                                     GError       **error);
gboolean               _thanrak_store_exec          (ThanrakStore  *self,
                                                     const char    *sql,
                                                     GError       **error);
gboolean               _thanrak_store_step_done     (ThanrakStore  *self,
                                                     sqlite3_stmt  *stmt,
                                                     GError       **error);
gboolean               _thanrak_store_begin         (ThanrakStore  *self,
                                                     GError       **error);
gboolean               _thanrak_store_commit        (ThanrakStore  *self,
                                                     GError       **error);
void                   _thanrak_store_rollback      (ThanrakStore  *self);
/* One write: its own transaction, or a savepoint inside the caller's. */
gboolean               _thanrak_store_write_begin   (ThanrakStore  *self,
                                                     GError       **error);
gboolean               _thanrak_store_write_end     (ThanrakStore  *self,
                                                     gboolean       ok,
                                                     GError       **error);
char                  *_thanrak_store_now           (void);
gint64                 _thanrak_store_query_int     (ThanrakStore  *self,
                                                     const char    *sql,
                                                     GError       **error);
void                   _thanrak_store_bind_text     (sqlite3_stmt  *stmt,
                                                     int            index,
                                                     const char    *text);

gboolean               _thanrak_store_load_places   (ThanrakStore  *self,
                                                     GError       **error);

const ThanrakStoreKind *_thanrak_store_kind_for_type (GType          type);
GArray                *_thanrak_store_list_ids      (ThanrakStore            *self,
                                                     GType                    type,
                                                     const ThanrakStoreQuery *query,
                                                     GError                 **error);

/* thanrak-store-records.c: the pieces of a save, shared with the bulk
 * writer (thanrak-store-bulk.c). kind_sql @what: "insert", "update",
 * "log-old", "log-insert", "unique", "select", "delete". */
const char             *_thanrak_store_kind_sql          (ThanrakStore           *self,
                                                          const ThanrakStoreKind *kind,
                                                          const char             *what);
const ThanrakFieldSpec *_thanrak_store_kind_fields       (const ThanrakStoreKind *kind,
                                                          guint                  *n_fields);
void                    _thanrak_store_bind_fields       (sqlite3_stmt           *stmt,
                                                          int                     first,
                                                          ThanrakRecord          *record,
                                                          const ThanrakFieldSpec *fields,
                                                          guint                   n_fields);
/* References and places exist, unique keys are free: a
 * %THANRAK_VALIDATION_ERROR otherwise; writes nothing. */
gboolean                _thanrak_store_check_in_database (ThanrakStore           *self,
                                                          const ThanrakStoreKind *kind,
                                                          ThanrakRecord          *record,
                                                          GError                **error);
gboolean                _thanrak_store_log_old_values    (ThanrakStore           *self,
                                                          const ThanrakStoreKind *kind,
                                                          gint64                  id,
                                                          const char             *action,
                                                          const char             *now,
                                                          GError                **error);
gboolean                _thanrak_store_not_found         (const ThanrakStoreKind *kind,
                                                          gint64                  id,
                                                          GError                **error);

/* thanrak-store-bulk.c: called by _thanrak_store_write_begin() before
 * any write in a bulk session that is not one of its saves: writes the
 * change log entries of the rows the session inserted so far, so that
 * the log keeps the order of the writes, and forgets the rows it knew to
 * exist (a delete may remove one). */
gboolean _thanrak_store_bulk_before_write (ThanrakStoreBulk  *bulk,
                                           GError           **error);
/* The place codes and rows (`table:id`) the session found to exist, for
 * check_in_database(). */
GHashTable *_thanrak_store_bulk_get_known (ThanrakStoreBulk *bulk);

/* thanrak-store-children.c: child rows of some records. Save hooks run
 * inside the record's transaction with its row id. */
gboolean _thanrak_store_load_product_standards  (ThanrakStore   *self,
                                                 ThanrakRecord  *record,
                                                 GError        **error);
gboolean _thanrak_store_save_product_standards  (ThanrakStore   *self,
                                                 ThanrakRecord  *record,
                                                 gint64          row_id,
                                                 GError        **error);
gboolean _thanrak_store_load_assessment_answers (ThanrakStore   *self,
                                                 ThanrakRecord  *record,
                                                 GError        **error);
gboolean _thanrak_store_save_assessment_answers (ThanrakStore   *self,
                                                 ThanrakRecord  *record,
                                                 gint64          row_id,
                                                 GError        **error);
gboolean _thanrak_store_load_budget_lines       (ThanrakStore   *self,
                                                 ThanrakRecord  *record,
                                                 GError        **error);
gboolean _thanrak_store_save_budget_lines       (ThanrakStore   *self,
                                                 ThanrakRecord  *record,
                                                 gint64          row_id,
                                                 GError        **error);

G_END_DECLS
