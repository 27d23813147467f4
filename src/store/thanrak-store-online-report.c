/* thanrak-store-online-report.c: the rows of form 6, read in one stream
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Form 6 at national size is 200,000 products or more. Loading them as
 * records (a GObject, a property per field, a query per page of each
 * stream) took most of the export's time; here one statement per
 * district walks operator → product → channel in index order (no sort:
 * EXPLAIN QUERY PLAN shows SEARCH on operator_district_code,
 * product_operator_id and online_channel_product_id, and primary-key
 * searches of the places), and a second walks the operators' sales the
 * same way, merged in C. Strings are copied once into buffers reused for
 * every row.
 *
 * The reader has its own read-only connection to the store's file, in
 * one read transaction: it sees one snapshot, may run in another thread
 * than the store's, and leaves the store's connection free for the rest
 * of the program meanwhile.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "thanrak-model.h"
#include "thanrak-store-online-report.h"
#include "thanrak-store-private.h"

/* One row per product and channel (a product without channels once),
 * in the order form 6 lists them: by operator, then product, then
 * channel, each by id. */
#define PRODUCTS_SQL \
  "SELECT o.id, o.code, o.name, o.operator_type, o.house_number, o.village_number, " \
  "       s.name_th, d.name_th, pv.name_th, o.phone, o.trained_online, o.sells_online, " \
  "       p.id, p.name, p.category, p.star_rating, p.online_developed, " \
  "       EXISTS (SELECT 1 FROM product_standard ps WHERE ps.product_id = p.id), " \
  "       c.platform, c.identifier " \
  "FROM operator o " \
  "JOIN product p ON p.operator_id = o.id " \
  "LEFT JOIN online_channel c ON c.product_id = p.id " \
  "LEFT JOIN place_subdistrict s ON s.code = o.subdistrict_code " \
  "LEFT JOIN place_district d ON d.code = o.district_code " \
  "LEFT JOIN place_province pv ON pv.code = substr (o.district_code, 1, 2) " \
  "WHERE o.district_code = ?1 " \
  "ORDER BY o.id, p.id, c.id"

/* The sales of the district's operators in fiscal year ?2 (BE): October
 * to December of the year before, January to September of the year. */
#define SALES_SQL \
  "SELECT m.operator_id, m.year, m.month, m.online_satang " \
  "FROM operator o JOIN monthly_sales m ON m.operator_id = o.id " \
  "WHERE o.district_code = ?1 " \
  "  AND ((m.year = ?2 - 1 AND m.month >= 10) OR (m.year = ?2 AND m.month <= 9)) " \
  "ORDER BY o.id, m.id"

enum {
  COL_OPERATOR_ID,
  COL_OPERATOR_CODE,
  COL_OPERATOR_NAME,
  COL_OPERATOR_TYPE,
  COL_HOUSE_NUMBER,
  COL_VILLAGE_NUMBER,
  COL_SUBDISTRICT,
  COL_DISTRICT,
  COL_PROVINCE,
  COL_PHONE,
  COL_TRAINED_ONLINE,
  COL_SELLS_ONLINE,
  COL_PRODUCT_ID,
  COL_PRODUCT_NAME,
  COL_CATEGORY,
  COL_STAR_RATING,
  COL_ONLINE_DEVELOPED,
  COL_HAS_STANDARD,
  COL_PLATFORM,
  COL_IDENTIFIER,
};

/* Text fields of a row, each a buffer reused for every row. */
enum {
  TEXT_OPERATOR_CODE,
  TEXT_OPERATOR_NAME,
  TEXT_HOUSE_NUMBER,
  TEXT_SUBDISTRICT,
  TEXT_DISTRICT,
  TEXT_PROVINCE,
  TEXT_PHONE,
  TEXT_PRODUCT_NAME,
  TEXT_FACEBOOK,
  TEXT_LINE,
  TEXT_WEBSITE,
  N_TEXTS
};

struct _ThanrakStoreOnlineReader
{
  sqlite3       *db;
  char          *path;
  sqlite3_stmt  *products;
  sqlite3_stmt  *sales;
  gboolean       reading;        /* BEGIN done */
  GStrv          districts;
  guint          district;       /* index of the district being read */
  gboolean       started;        /* products bound to the district */
  gboolean       pending;        /* products holds a row not yet used */
  gboolean       exhausted;      /* products is done with the district */
  gboolean       sales_pending;  /* sales holds a row not yet used */
  gboolean       sales_done;
  guint          fiscal_year;
  guint          round;
  gint64         last_operator;
  char          *platform_codes[3];  /* facebook, line, website */
  GString       *texts[N_TEXTS];
  gboolean       has_text[N_TEXTS];
};

static gboolean
set_error (ThanrakStoreOnlineReader  *self,
           int                        rc,
           GError                   **error)
{
  const char *detail = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_BUSY,
                   _("The database is in use by another program (%s): close other Thanrak windows and try again."),
                   detail);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_CORRUPT,
                   _("The database file %s is damaged or is not a database (%s): restore it from a backup."),
                   self->path, detail);
      break;
    default:
      g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_FAILED,
                   _("Database error: %s."), detail);
      break;
    }
  return FALSE;
}

/**
 * thanrak_store_online_reader_free:
 * @self: (nullable): a reader
 *
 * Ends the reader's read transaction and closes its connection.
 */
void
thanrak_store_online_reader_free (ThanrakStoreOnlineReader *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->products, sqlite3_finalize);
  g_clear_pointer (&self->sales, sqlite3_finalize);
  if (self->reading)
    sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_pointer (&self->districts, g_strfreev);
  for (guint i = 0; i < G_N_ELEMENTS (self->platform_codes); i++)
    g_free (self->platform_codes[i]);
  for (guint i = 0; i < N_TEXTS; i++)
    if (self->texts[i] != NULL)
      g_string_free (self->texts[i], TRUE);
  g_free (self->path);
  g_free (self);
}

/**
 * thanrak_store_online_reader_new:
 * @store: the store whose file to read
 * @district_codes: (array zero-terminated=1): the districts (DOPA 4-digit
 *   codes), in the order to list them
 * @fiscal_year: the fiscal year (BE) of the sales; 0 for none
 * @round: 1 for October to March, 2 for April to September, 0 for the
 *   whole fiscal year (seed 004)
 * @error: return location for a #GError (%THANRAK_STORE_ERROR)
 *
 * Opens a reader of form 6's rows (seed 004, ส่วนที่ ๑): the products of
 * @district_codes, district after district, each sorted by operator id
 * then product id, with their operator, the operator's address (place
 * names), the product's channels (in id order) and the operator's online
 * sales in the period. The reader opens its own read-only connection to
 * @store's file and reads one snapshot: the store may be used, and
 * written, meanwhile. Use it from one thread at a time.
 *
 * Returns: (transfer full): the reader, or %NULL with @error set
 *   (%THANRAK_STORE_ERROR_OPEN, %THANRAK_STORE_ERROR_BUSY, ...)
 */
ThanrakStoreOnlineReader *
thanrak_store_online_reader_new (ThanrakStore       *store,
                                 const char * const *district_codes,
                                 guint               fiscal_year,
                                 guint               round,
                                 GError            **error)
{
  g_autoptr(ThanrakStoreOnlineReader) self = NULL;
  int rc;

  g_return_val_if_fail (THANRAK_IS_STORE (store), NULL);
  g_return_val_if_fail (district_codes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (ThanrakStoreOnlineReader, 1);
  self->path = g_strdup (thanrak_store_get_path (store));
  self->districts = g_strdupv ((char **) district_codes);
  self->fiscal_year = fiscal_year;
  self->round = round;
  self->platform_codes[0] = g_strdup (thanrak_enum_get_code (THANRAK_TYPE_PLATFORM, THANRAK_PLATFORM_FACEBOOK));
  self->platform_codes[1] = g_strdup (thanrak_enum_get_code (THANRAK_TYPE_PLATFORM, THANRAK_PLATFORM_LINE));
  self->platform_codes[2] = g_strdup (thanrak_enum_get_code (THANRAK_TYPE_PLATFORM, THANRAK_PLATFORM_WEBSITE));
  for (guint i = 0; i < N_TEXTS; i++)
    self->texts[i] = g_string_sized_new (64);

  rc = sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_OPEN,
                   _("The database file %s cannot be opened (%s): check that it exists and that you may read it."),
                   self->path, self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 5000);

  if ((rc = sqlite3_exec (self->db, "BEGIN DEFERRED", NULL, NULL, NULL)) != SQLITE_OK)
    {
      set_error (self, rc, error);
      return NULL;
    }
  self->reading = TRUE;

  if ((rc = sqlite3_prepare_v2 (self->db, PRODUCTS_SQL, -1, &self->products, NULL)) != SQLITE_OK ||
      (rc = sqlite3_prepare_v2 (self->db, SALES_SQL, -1, &self->sales, NULL)) != SQLITE_OK)
    {
      set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&self);
}

static int
enum_value (GType        type,
            const char  *code,
            GError     **error)
{
  int value = 0;

  if (!thanrak_enum_from_code (type, code, &value))
    {
      g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_CORRUPT,
                   _("The database holds an unknown code “%s”: update Thanrak or restore a backup."),
                   code != NULL ? code : "");
      return -1;
    }
  return value;
}

static const char *
copy_text (ThanrakStoreOnlineReader *self,
           guint                     field,
           sqlite3_stmt             *stmt,
           int                       col)
{
  const char *text = (const char *) sqlite3_column_text (stmt, col);

  self->has_text[field] = text != NULL;
  if (text == NULL)
    return NULL;
  g_string_truncate (self->texts[field], 0);
  g_string_append_len (self->texts[field], text, sqlite3_column_bytes (stmt, col));
  return self->texts[field]->str;
}

static gboolean
month_in_round (guint  fiscal_year,
                guint  round,
                gint64 year,
                gint64 month)
{
  gboolean first_half = (year == (gint64) fiscal_year - 1 && month >= 10) ||
                        (year == fiscal_year && month <= 3);
  gboolean second_half = year == fiscal_year && month >= 4 && month <= 9;

  if (round == 1)
    return first_half;
  if (round == 2)
    return second_half;
  return first_half || second_half;
}

/* Adds up the sales of @operator_id (operators come in increasing id). */
static gboolean
operator_sales (ThanrakStoreOnlineReader  *self,
                gint64                     operator_id,
                ThanrakStoreOnlineRow     *row,
                GError                   **error)
{
  row->has_sales = FALSE;
  row->sales_satang = 0;
  if (self->fiscal_year == 0)
    return TRUE;

  while (!self->sales_done)
    {
      gint64 id;

      if (!self->sales_pending)
        {
          int rc = sqlite3_step (self->sales);

          if (rc == SQLITE_DONE)
            {
              self->sales_done = TRUE;
              break;
            }
          if (rc != SQLITE_ROW)
            return set_error (self, rc, error);
          self->sales_pending = TRUE;
        }

      id = sqlite3_column_int64 (self->sales, 0);
      if (id > operator_id)
        break;
      if (id == operator_id &&
          month_in_round (self->fiscal_year, self->round,
                          sqlite3_column_int64 (self->sales, 1),
                          sqlite3_column_int64 (self->sales, 2)))
        {
          row->sales_satang += sqlite3_column_int64 (self->sales, 3);
          row->has_sales = TRUE;
        }
      self->sales_pending = FALSE;
    }
  return TRUE;
}

/* Binds both statements to the next district; FALSE at the end of the
 * districts. */
static gboolean
start_district (ThanrakStoreOnlineReader *self)
{
  const char *code;

  if (self->districts[self->district] == NULL)
    return FALSE;
  if (self->started)
    self->district++;
  if (self->districts[self->district] == NULL)
    return FALSE;
  code = self->districts[self->district];
  sqlite3_reset (self->products);
  sqlite3_bind_text (self->products, 1, code, -1, SQLITE_TRANSIENT);
  sqlite3_reset (self->sales);
  sqlite3_bind_text (self->sales, 1, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (self->sales, 2, (int) self->fiscal_year);
  self->started = TRUE;
  self->pending = FALSE;
  self->exhausted = FALSE;
  self->sales_pending = FALSE;
  self->sales_done = FALSE;
  self->last_operator = 0;
  return TRUE;
}

static void
add_channel (ThanrakStoreOnlineReader *self,
             sqlite3_stmt             *stmt)
{
  const char *platform = (const char *) sqlite3_column_text (stmt, COL_PLATFORM);
  const char *identifier = (const char *) sqlite3_column_text (stmt, COL_IDENTIFIER);

  if (platform == NULL || identifier == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (self->platform_codes); i++)
    if (strcmp (platform, self->platform_codes[i]) == 0)
      {
        GString *text = self->texts[TEXT_FACEBOOK + i];

        if (self->has_text[TEXT_FACEBOOK + i])
          g_string_append (text, ", ");
        else
          g_string_truncate (text, 0);
        g_string_append_len (text, identifier, sqlite3_column_bytes (stmt, COL_IDENTIFIER));
        self->has_text[TEXT_FACEBOOK + i] = TRUE;
        return;
      }
}

/**
 * thanrak_store_online_reader_next:
 * @self: a reader
 * @row: (out caller-allocates): the next row; its strings stay valid
 *   until the next call
 * @error: return location for a #GError (%THANRAK_STORE_ERROR)
 *
 * Reads the next row of form 6.
 *
 * Returns: %TRUE with @row filled; %FALSE at the end of the rows (@error
 *   unset) or with @error set (%THANRAK_STORE_ERROR_CORRUPT for a code
 *   the program does not know, %THANRAK_STORE_ERROR_BUSY, ...)
 */
gboolean
thanrak_store_online_reader_next (ThanrakStoreOnlineReader  *self,
                                  ThanrakStoreOnlineRow     *row,
                                  GError                   **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (row != NULL, FALSE);

  stmt = self->products;
  if (!self->started && !start_district (self))
    return FALSE;

  /* The first SQL row of the product (a statement is never stepped
   * after it is done: SQLite would run it again). */
  while (!self->pending)
    {
      if (self->exhausted && !start_district (self))
        return FALSE;
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        self->pending = TRUE;
      else if (rc == SQLITE_DONE)
        self->exhausted = TRUE;
      else
        return set_error (self, rc, error);
    }

  memset (row, 0, sizeof *row);
  row->operator_id = sqlite3_column_int64 (stmt, COL_OPERATOR_ID);
  row->operator_code = copy_text (self, TEXT_OPERATOR_CODE, stmt, COL_OPERATOR_CODE);
  row->operator_name = copy_text (self, TEXT_OPERATOR_NAME, stmt, COL_OPERATOR_NAME);
  row->operator_type = enum_value (THANRAK_TYPE_OPERATOR_TYPE,
                                   (const char *) sqlite3_column_text (stmt, COL_OPERATOR_TYPE), error);
  if (row->operator_type < 0)
    return FALSE;
  row->house_number = copy_text (self, TEXT_HOUSE_NUMBER, stmt, COL_HOUSE_NUMBER);
  row->village_number = sqlite3_column_int64 (stmt, COL_VILLAGE_NUMBER);
  row->subdistrict_name = copy_text (self, TEXT_SUBDISTRICT, stmt, COL_SUBDISTRICT);
  row->district_name = copy_text (self, TEXT_DISTRICT, stmt, COL_DISTRICT);
  row->province_name = copy_text (self, TEXT_PROVINCE, stmt, COL_PROVINCE);
  row->phone = copy_text (self, TEXT_PHONE, stmt, COL_PHONE);
  row->trained_online = sqlite3_column_int64 (stmt, COL_TRAINED_ONLINE) != 0;
  row->sells_online = sqlite3_column_int64 (stmt, COL_SELLS_ONLINE) != 0;

  row->product_id = sqlite3_column_int64 (stmt, COL_PRODUCT_ID);
  row->product_name = copy_text (self, TEXT_PRODUCT_NAME, stmt, COL_PRODUCT_NAME);
  row->category = enum_value (THANRAK_TYPE_PRODUCT_CATEGORY,
                              (const char *) sqlite3_column_text (stmt, COL_CATEGORY), error);
  if (row->category < 0)
    return FALSE;
  row->star_rating = sqlite3_column_int64 (stmt, COL_STAR_RATING);
  row->online_developed = sqlite3_column_int64 (stmt, COL_ONLINE_DEVELOPED) != 0;
  row->has_standard = sqlite3_column_int64 (stmt, COL_HAS_STANDARD) != 0;

  row->first_of_operator = row->operator_id != self->last_operator;
  self->last_operator = row->operator_id;
  if (row->first_of_operator && !operator_sales (self, row->operator_id, row, error))
    return FALSE;

  /* The product's channels: this SQL row and the next ones of the same
   * product. The row after them stays pending for the next call. */
  for (guint i = TEXT_FACEBOOK; i <= TEXT_WEBSITE; i++)
    self->has_text[i] = FALSE;
  for (;;)
    {
      add_channel (self, stmt);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_DONE)
        {
          self->pending = FALSE;
          self->exhausted = TRUE;
          break;
        }
      if (rc != SQLITE_ROW)
        return set_error (self, rc, error);
      if (sqlite3_column_int64 (stmt, COL_PRODUCT_ID) != row->product_id)
        break;
    }
  /* The product's own texts were copied before stepping on. */
  row->facebook = self->has_text[TEXT_FACEBOOK] ? self->texts[TEXT_FACEBOOK]->str : NULL;
  row->line = self->has_text[TEXT_LINE] ? self->texts[TEXT_LINE]->str : NULL;
  row->website = self->has_text[TEXT_WEBSITE] ? self->texts[TEXT_WEBSITE]->str : NULL;

  return TRUE;
}
