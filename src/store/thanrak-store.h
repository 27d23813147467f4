/* thanrak-store.h: the records kept in SQLite
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "thanrak-record.h"
#include "thanrak-office.h"

G_BEGIN_DECLS

/**
 * THANRAK_STORE_ERROR:
 *
 * Error domain of the store: opening, migrating, reading and writing the
 * database file. Refused records are reported in
 * %THANRAK_VALIDATION_ERROR instead.
 */
#define THANRAK_STORE_ERROR (thanrak_store_error_quark ())

/**
 * ThanrakStoreError:
 * @THANRAK_STORE_ERROR_OPEN: the file cannot be opened or created
 * @THANRAK_STORE_ERROR_CORRUPT: the file is not a database, not a Thanrak
 *   database, or is damaged
 * @THANRAK_STORE_ERROR_TOO_NEW: the file was written by a newer Thanrak
 * @THANRAK_STORE_ERROR_BUSY: another program holds the database too long
 * @THANRAK_STORE_ERROR_FULL: the disk is full
 * @THANRAK_STORE_ERROR_NOT_FOUND: the record asked for does not exist
 * @THANRAK_STORE_ERROR_IN_USE: the record cannot be deleted while other
 *   records refer to it
 * @THANRAK_STORE_ERROR_BACKUP: a backup or restore failed
 * @THANRAK_STORE_ERROR_INVALID: the request itself is wrong (unknown field
 *   to sort by, record type not stored)
 * @THANRAK_STORE_ERROR_FAILED: any other SQLite error
 *
 * Error codes of %THANRAK_STORE_ERROR.
 */
typedef enum
{
  THANRAK_STORE_ERROR_OPEN,
  THANRAK_STORE_ERROR_CORRUPT,
  THANRAK_STORE_ERROR_TOO_NEW,
  THANRAK_STORE_ERROR_BUSY,
  THANRAK_STORE_ERROR_FULL,
  THANRAK_STORE_ERROR_NOT_FOUND,
  THANRAK_STORE_ERROR_IN_USE,
  THANRAK_STORE_ERROR_BACKUP,
  THANRAK_STORE_ERROR_INVALID,
  THANRAK_STORE_ERROR_FAILED,
} ThanrakStoreError;

/**
 * ThanrakStoreQuery:
 * @district_code: (nullable): only records of this district (DOPA 4-digit
 *   code): the record's own district, its operator's or its center's
 * @fiscal_year: only records of this fiscal year (BE, 1 Oct to 30 Sep), 0
 *   for any: the `fiscal-year` field, or the record's date
 * @parent_field: (nullable): a reference field such as `operator-id` or
 *   `center-id`, with @parent_id
 * @parent_id: only records whose @parent_field is this id
 * @text: (nullable): only records whose name (title, identifier) contains
 *   this text; Thai substrings work (FTS5 trigram from 3 characters, a
 *   plain scan below)
 * @order_by: (nullable): the field to sort by, e.g. `name`; %NULL for the
 *   id (the order records were created)
 * @descending: sort from the highest value
 * @limit: at most this many records, 0 for all
 * @offset: skip this many first records (with @limit: one page of a lazy
 *   list)
 *
 * What thanrak_store_list() and thanrak_store_count() select. A zeroed
 * struct selects every record. Initialise with `ThanrakStoreQuery q = { 0 };`.
 */
typedef struct
{
  const char *district_code;
  int         fiscal_year;
  const char *parent_field;
  gint64      parent_id;
  const char *text;
  const char *order_by;
  gboolean    descending;
  guint       limit;
  guint       offset;
} ThanrakStoreQuery;

/**
 * ThanrakPlace:
 * @code: the DOPA code: 2 digits for a province, 4 for a district, 6 for a
 *   subdistrict
 * @parent_code: (nullable): the code of the province or district it is in
 * @name_th: the Thai name
 * @name_en: the English name
 * @postcode: (nullable): the postcode, for a subdistrict
 *
 * A place of the reference set (data/places/).
 */
typedef struct
{
  char *code;
  char *parent_code;
  char *name_th;
  char *name_en;
  char *postcode;
} ThanrakPlace;

#define THANRAK_TYPE_PLACE (thanrak_place_get_type ())

GType thanrak_place_get_type (void) G_GNUC_CONST;
void  thanrak_place_free     (ThanrakPlace *place);
ThanrakPlace *thanrak_place_copy (const ThanrakPlace *place);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ThanrakPlace, thanrak_place_free)

/**
 * ThanrakStoreCheck:
 * @integrity_ok: `PRAGMA integrity_check` said `ok`
 * @problems: (array zero-terminated=1): what integrity_check and
 *   foreign_key_check found, one line each; empty when clean
 * @foreign_key_violations: rows whose reference points nowhere
 * @schema_version: `PRAGMA user_version`
 * @provinces: provinces in the reference set
 * @districts: districts
 * @bangkok_districts: districts of Bangkok (เขต)
 * @subdistricts: subdistricts
 *
 * What thanrak_store_check() found.
 */
typedef struct
{
  gboolean  integrity_ok;
  char    **problems;
  guint     foreign_key_violations;
  int       schema_version;
  gint64    provinces;
  gint64    districts;
  gint64    bangkok_districts;
  gint64    subdistricts;
} ThanrakStoreCheck;

void     thanrak_store_check_free     (ThanrakStoreCheck *check);
gboolean thanrak_store_check_is_clean (const ThanrakStoreCheck *check);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ThanrakStoreCheck, thanrak_store_check_free)

#define THANRAK_TYPE_STORE (thanrak_store_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakStore, thanrak_store, THANRAK, STORE, GObject)

GQuark             thanrak_store_error_quark           (void);

char              *thanrak_store_get_default_path      (void);
ThanrakStore      *thanrak_store_new                   (const char         *path,
                                                        GError            **error);
const char        *thanrak_store_get_path              (ThanrakStore       *self);
int                thanrak_store_get_schema_version    (ThanrakStore       *self);
int                thanrak_store_get_latest_version    (void);
const char        *thanrak_store_get_migration_backup  (ThanrakStore       *self);

gboolean           thanrak_store_begin_transaction     (ThanrakStore       *self,
                                                        GError            **error);
gboolean           thanrak_store_commit_transaction    (ThanrakStore       *self,
                                                        GError            **error);
void               thanrak_store_rollback_transaction  (ThanrakStore       *self);
gboolean           thanrak_store_begin_read            (ThanrakStore       *self,
                                                        GError            **error);
void               thanrak_store_end_read              (ThanrakStore       *self);

gboolean           thanrak_store_save                  (ThanrakStore       *self,
                                                        ThanrakRecord      *record,
                                                        GError            **error);
gboolean           thanrak_store_save_all              (ThanrakStore       *self,
                                                        GPtrArray          *records,
                                                        GError            **error);
ThanrakRecord     *thanrak_store_load                  (ThanrakStore       *self,
                                                        GType               type,
                                                        gint64              id,
                                                        GError            **error);
gboolean           thanrak_store_delete                (ThanrakStore       *self,
                                                        ThanrakRecord      *record,
                                                        GError            **error);
GPtrArray         *thanrak_store_list                  (ThanrakStore       *self,
                                                        GType               type,
                                                        const ThanrakStoreQuery *query,
                                                        GError            **error);
gint64             thanrak_store_count                 (ThanrakStore       *self,
                                                        GType               type,
                                                        const ThanrakStoreQuery *query,
                                                        GError            **error);
ThanrakRecord     *thanrak_store_find_operator_by_code (ThanrakStore       *self,
                                                        const char         *code,
                                                        GError            **error);
gint64             thanrak_store_count_changes         (ThanrakStore       *self,
                                                        const char         *table,
                                                        gint64              row_id,
                                                        GError            **error);

ThanrakOffice     *thanrak_store_load_office           (ThanrakStore       *self,
                                                        GError            **error);
gboolean           thanrak_store_save_office           (ThanrakStore       *self,
                                                        ThanrakOffice      *office,
                                                        GError            **error);
char              *thanrak_store_dup_home_province     (ThanrakStore       *self);
gboolean           thanrak_store_is_new                (ThanrakStore       *self,
                                                        gboolean           *is_new,
                                                        GError            **error);

gboolean           thanrak_store_count_places          (ThanrakStore       *self,
                                                        gint64             *provinces,
                                                        gint64             *districts,
                                                        gint64             *subdistricts,
                                                        GError            **error);
GPtrArray         *thanrak_store_list_places           (ThanrakStore       *self,
                                                        const char         *parent_code,
                                                        GError            **error);
ThanrakPlace      *thanrak_store_lookup_place          (ThanrakStore       *self,
                                                        const char         *code,
                                                        GError            **error);

ThanrakStoreCheck *thanrak_store_check                 (ThanrakStore       *self,
                                                        GError            **error);
gboolean           thanrak_store_backup_to             (ThanrakStore       *self,
                                                        const char         *path,
                                                        GError            **error);
char              *thanrak_store_rotate_daily_backups  (ThanrakStore       *self,
                                                        const char         *dir,
                                                        guint               keep_days,
                                                        GError            **error);
gboolean           thanrak_store_restore               (const char         *path,
                                                        const char         *from,
                                                        char              **saved_copy,
                                                        GError            **error);

/**
 * ThanrakDeletion:
 *
 * What thanrak_store_delete_tree() deleted: a record and the records
 * under it, to put back with thanrak_store_undo_deletion().
 */
typedef struct _ThanrakDeletion ThanrakDeletion;

void             thanrak_deletion_free        (ThanrakDeletion  *deletion);
GPtrArray       *thanrak_deletion_get_records (ThanrakDeletion  *deletion);
ThanrakDeletion *thanrak_store_delete_tree    (ThanrakStore     *self,
                                               ThanrakRecord    *record,
                                               GError          **error);
gboolean         thanrak_store_undo_deletion  (ThanrakStore     *self,
                                               ThanrakDeletion  *deletion,
                                               GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ThanrakDeletion, thanrak_deletion_free)

G_END_DECLS
