/* thanrak-import.h: importing records from CSV and xlsx files, row by row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "thanrak-store.h"
#include "thanrak-table.h"

G_BEGIN_DECLS

/**
 * ThanrakImportKind:
 * @THANRAK_IMPORT_KIND_OPERATORS: OTOP operators (`operators`)
 * @THANRAK_IMPORT_KIND_PRODUCTS: products of operators already stored or
 *   imported before (`products`)
 * @THANRAK_IMPORT_KIND_ONLINE_CHANNELS: online channels of products
 *   (`channels`)
 * @THANRAK_IMPORT_KIND_MONTHLY_SALES: sales per operator and month
 *   (`sales`)
 * @THANRAK_IMPORT_KIND_MARKETING_EVENTS: marketing events without budget
 *   (`events`)
 * @THANRAK_IMPORT_KIND_DISTRICT_FIGURES: per-district totals of a fiscal
 *   year (`district-figures`), as in seeds 003 and 004
 * @THANRAK_IMPORT_KIND_CENTERS: grassroots-economy centers (`centers`)
 * @THANRAK_IMPORT_KIND_COMMITTEE_MEMBERS: committee members of centers
 *   (`committee`)
 * @THANRAK_IMPORT_KIND_FORM6: the official form 6 (แบบรายงานผลการส่งเสริม
 *   ผลิตภัณฑ์ OTOP ในตลาดออนไลน์, seed 004 ส่วนที่ ๑, domain.md §5.6): one
 *   row per product, giving operators, products and channels (`form6`)
 *
 * What kind of record a file holds.
 */
typedef enum
{
  THANRAK_IMPORT_KIND_OPERATORS,
  THANRAK_IMPORT_KIND_PRODUCTS,
  THANRAK_IMPORT_KIND_ONLINE_CHANNELS,
  THANRAK_IMPORT_KIND_MONTHLY_SALES,
  THANRAK_IMPORT_KIND_MARKETING_EVENTS,
  THANRAK_IMPORT_KIND_DISTRICT_FIGURES,
  THANRAK_IMPORT_KIND_CENTERS,
  THANRAK_IMPORT_KIND_COMMITTEE_MEMBERS,
  THANRAK_IMPORT_KIND_FORM6,
} ThanrakImportKind;

/**
 * THANRAK_IMPORT_N_KINDS:
 *
 * The number of #ThanrakImportKind values.
 */
#define THANRAK_IMPORT_N_KINDS 9u

/**
 * ThanrakImportDuplicate:
 * @THANRAK_IMPORT_DUPLICATE_UPDATE: a row that matches a stored record
 *   (same operator code; same product name under the same operator; same
 *   district and fiscal year...) updates it with the row's cells
 * @THANRAK_IMPORT_DUPLICATE_SKIP: such a row is left out, the stored
 *   record kept as it is
 *
 * What to do with a row that is already stored. Never doubled.
 */
typedef enum
{
  THANRAK_IMPORT_DUPLICATE_UPDATE,
  THANRAK_IMPORT_DUPLICATE_SKIP,
} ThanrakImportDuplicate;

/**
 * ThanrakImportOutcome:
 * @THANRAK_IMPORT_OUTCOME_IMPORTED: a new record, as written
 * @THANRAK_IMPORT_OUTCOME_CORRECTED: a new record after a correction (a
 *   misspelt place name read as the one place it is close to, a CE year
 *   read as BE); the message says what was corrected
 * @THANRAK_IMPORT_OUTCOME_UPDATED: a duplicate that updated the stored
 *   record
 * @THANRAK_IMPORT_OUTCOME_SKIPPED: a duplicate left out
 * @THANRAK_IMPORT_OUTCOME_REJECTED: a row that cannot be imported; the
 *   message names the column (in Thai, as headed in the file) and what to
 *   fix
 *
 * What became of one row.
 */
typedef enum
{
  THANRAK_IMPORT_OUTCOME_IMPORTED,
  THANRAK_IMPORT_OUTCOME_CORRECTED,
  THANRAK_IMPORT_OUTCOME_UPDATED,
  THANRAK_IMPORT_OUTCOME_SKIPPED,
  THANRAK_IMPORT_OUTCOME_REJECTED,
} ThanrakImportOutcome;

/**
 * ThanrakImportOptions:
 * @fiscal_year: the fiscal year (BE) of district figures when the file
 *   has no such column, 0 to take it from the title (`ปีงบประมาณ 2564`)
 * @province: (nullable): the province (Thai name or 2-digit DOPA code)
 *   place names are looked for in, %NULL to take it from a column
 *   `จังหวัด`, the title (`จังหวัดสระแก้ว`), or the whole country
 * @sheet: (nullable): the sheet of an xlsx file, %NULL for the first
 *   sheet with data
 * @on_duplicate: what to do with rows already stored
 * @valid_only: with rejected rows, still write the valid ones (otherwise
 *   nothing is written)
 * @dry_run: check and report only; nothing is written. Rows are
 *   converted, matched, validated by the model and checked for duplicates
 *   against the store and the rows above, but the store's own checks at
 *   saving (thanrak_store_save()) are not run
 *
 * How to import. Initialise with `ThanrakImportOptions o = { 0 };`.
 */
typedef struct
{
  int                     fiscal_year;
  const char             *province;
  const char             *sheet;
  ThanrakImportDuplicate  on_duplicate;
  gboolean                valid_only;
  gboolean                dry_run;
} ThanrakImportOptions;

/**
 * ThanrakImportRow:
 * @row: the row number as a spreadsheet program shows it, from 1
 * @outcome: what became of it
 * @record_id: the id of the record written or updated (the product for
 *   form 6), 0 when none and in a dry run
 * @message: (nullable): the corrections made, or why it was rejected
 *
 * The report of one row.
 */
typedef struct
{
  guint                 row;
  ThanrakImportOutcome  outcome;
  gint64                record_id;
  char                 *message;
} ThanrakImportRow;

/**
 * ThanrakImportReport:
 * @kind: what was imported
 * @rows: (element-type ThanrakImportRow): one entry per data row, in
 *   order (blank rows are left out)
 * @notes: (element-type utf8): remarks about the whole file: columns
 *   ignored, the fiscal year or province taken from the title
 * @n_imported: rows written as new records (corrected ones included)
 * @n_corrected: rows written after a correction
 * @n_updated: duplicates that updated a stored record
 * @n_skipped: duplicates left out
 * @n_rejected: rejected rows
 * @written: whether the import was committed to the database
 *
 * What thanrak_import_table() did.
 */
typedef struct
{
  ThanrakImportKind  kind;
  GArray            *rows;
  GPtrArray         *notes;
  guint              n_imported;
  guint              n_corrected;
  guint              n_updated;
  guint              n_skipped;
  guint              n_rejected;
  gboolean           written;
} ThanrakImportReport;

/**
 * ThanrakImportProgress:
 * @done: rows handled so far
 * @total: data rows in the file
 * @user_data: the data given with the callback
 *
 * Called now and then while importing (at most every 256 rows, and at the
 * end), for a progress bar.
 */
typedef void (*ThanrakImportProgress) (guint    done,
                                       guint    total,
                                       gpointer user_data);

void                 thanrak_import_report_free    (ThanrakImportReport *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ThanrakImportReport, thanrak_import_report_free)

const char          *thanrak_import_kind_to_string   (ThanrakImportKind  kind);
gboolean             thanrak_import_kind_from_string (const char        *name,
                                                      ThanrakImportKind *kind);
const char          *thanrak_import_kind_get_title   (ThanrakImportKind  kind);
char                *thanrak_import_describe_headings (ThanrakImportKind kind);
const char          *thanrak_import_outcome_to_string (ThanrakImportOutcome outcome);

ThanrakImportReport *thanrak_import_table (ThanrakStore                *store,
                                           ThanrakImportKind            kind,
                                           ThanrakTable                *table,
                                           const ThanrakImportOptions  *options,
                                           ThanrakImportProgress        progress,
                                           gpointer                     user_data,
                                           GCancellable                *cancellable,
                                           GError                     **error);
ThanrakImportReport *thanrak_import_file  (ThanrakStore                *store,
                                           ThanrakImportKind            kind,
                                           GFile                       *file,
                                           const ThanrakImportOptions  *options,
                                           ThanrakImportProgress        progress,
                                           gpointer                     user_data,
                                           GCancellable                *cancellable,
                                           GError                     **error);

gboolean             thanrak_import_guess_kind    (ThanrakTable      *table,
                                                   ThanrakImportKind *kind);
char               **thanrak_import_find_headings (ThanrakTable      *table,
                                                   ThanrakImportKind  kind);

G_END_DECLS
