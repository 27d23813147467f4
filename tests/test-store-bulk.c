/* test-store-bulk.c: the bulk write session of the store, and imports
 * written through it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "thanrak-import.h"
#include "thanrak-model.h"
#include "thanrak-store-bulk.h"
#include "thanrak-store-private.h"
#include "thanrak-table-reader.h"

typedef struct
{
  char *dir;
  char *path;
  ThanrakStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("thanrak-bulk-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "thanrak.db", NULL);
  f->store = thanrak_store_new (f->path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) d = NULL;
  const char *name;

  g_clear_object (&f->store);
  d = g_dir_open (f->dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);

      g_unlink (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static gint64
query_int (ThanrakStore *store,
           const char   *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 n = _thanrak_store_query_int (store, sql, &error);

  g_assert_no_error (error);
  return n;
}

static gint64
count_rows (ThanrakStore *store,
            const char   *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return query_int (store, sql);
}

/* Every table an import or a session writes, with the search index and
 * the schema (the triggers set aside come back), to show that nothing
 * changed. */
static char *
snapshot (ThanrakStore *store)
{
  const char *tables[] = { "operator", "product", "product_standard", "online_channel", "change_log",
                           "operator_fts_docsize", "product_fts_docsize", "fts_pending", "sqlite_schema" };
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    g_string_append_printf (s, "%s=%" G_GINT64_FORMAT " ", tables[i], count_rows (store, tables[i]));
  g_string_append_printf (s, "triggers=%" G_GINT64_FORMAT " cache=%" G_GINT64_FORMAT,
                          query_int (store, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%_fts_insert'"),
                          query_int (store, "PRAGMA cache_size"));
  return g_string_free (s, FALSE);
}

static void
assert_clean (ThanrakStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakStoreCheck) check = thanrak_store_check (store, &error);

  g_assert_no_error (error);
  if (!thanrak_store_check_is_clean (check))
    for (guint i = 0; check->problems[i] != NULL; i++)
      g_test_message ("%s", check->problems[i]);
  g_assert_true (thanrak_store_check_is_clean (check));
  /* the insert triggers of the search index are all there */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%_fts_insert'"), ==, 4);
  g_assert_cmpint (count_rows (store, "fts_pending"), ==, 0);
}

static const char *const districts[] = { "2701", "2702", "2706" };

/* Operator @i: names of two kinds, so that searches find known numbers. */
static ThanrakRecord *
make_operator (guint i)
{
  ThanrakOperator *op = thanrak_operator_new ();
  g_autofree char *code = g_strdup_printf ("27%07u", i);
  g_autofree char *name = g_strdup_printf (i % 2 ? "กลุ่มทอผ้าบ้านหนองบัว %u" : "วิสาหกิจชุมชนข้าวหอมมะลิ %u", i);

  g_object_set (op, "code", code, "name", name, "district-code", districts[i % G_N_ELEMENTS (districts)],
                "year-registered", 2560 + i % 7, "phone", "037-425-111", NULL);
  if (i % G_N_ELEMENTS (districts) == 0)
    g_object_set (op, "subdistrict-code", "270102", NULL);
  return THANRAK_RECORD (op);
}

static ThanrakRecord *
make_product (gint64      operator_id,
              const char *name)
{
  ThanrakProduct *p = thanrak_product_new ();

  g_object_set (p, "operator-id", operator_id, "name", name,
                "category", THANRAK_PRODUCT_CATEGORY_TEXTILE, NULL);
  thanrak_product_add_standard (p, THANRAK_STANDARD_OTHER, 2565, "มผช. 1/2565");
  return THANRAK_RECORD (p);
}

static guint
search_count (ThanrakStore *store,
              const char   *text,
              const char   *district)
{
  ThanrakStoreQuery q = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = NULL;
  gint64 counted;

  q.text = text;
  q.district_code = district;
  found = thanrak_store_list (store, THANRAK_TYPE_OPERATOR, &q, &error);
  g_assert_no_error (error);
  counted = thanrak_store_count (store, THANRAK_TYPE_OPERATOR, &q, &error);
  g_assert_no_error (error);
  g_assert_cmpint (counted, ==, found->len);
  for (guint i = 0; i < found->len; i++)
    g_assert_nonnull (strstr (thanrak_record_get_string (found->pdata[i], "name"), text));
  return found->len;
}

#define N_OPERATORS 600

/* Records saved in a session and committed are stored, listed with the
 * right counts and found by search, 2 letters (a scan) and longer
 * (FTS5 trigram); the session leaves the schema and settings as it found
 * them. */
static void
test_commit (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakStoreBulk) bulk = NULL;
  g_autoptr(GPtrArray) ops = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(ThanrakRecord) later = NULL;
  gint64 cache_before = query_int (f->store, "PRAGMA cache_size");
  gint64 last_id = 0;

  bulk = thanrak_store_bulk_begin (f->store, &error);
  g_assert_no_error (error);
  /* one session at a time */
  g_assert_null (thanrak_store_bulk_begin (f->store, &error));
  g_assert_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_INVALID);
  g_clear_error (&error);

  for (guint i = 0; i < N_OPERATORS; i++)
    {
      ThanrakRecord *op = make_operator (i);

      g_ptr_array_add (ops, op);
      g_assert_true (thanrak_store_bulk_save (bulk, op, &error));
      g_assert_no_error (error);
      /* ids at once, one after the other */
      g_assert_cmpint (thanrak_record_get_id (op), >, last_id);
      last_id = thanrak_record_get_id (op);
      g_assert_nonnull (thanrak_record_get_created (op));
    }
  /* the session reads what it wrote */
  g_assert_cmpint (thanrak_store_count (f->store, THANRAK_TYPE_OPERATOR, NULL, NULL), ==, N_OPERATORS);
  g_assert_cmpuint (thanrak_store_bulk_get_n_inserted (bulk), ==, N_OPERATORS);
  g_assert_true (thanrak_store_bulk_commit (bulk, &error));
  g_assert_no_error (error);
  /* finished */
  g_assert_false (thanrak_store_bulk_save (bulk, g_ptr_array_index (ops, 0), &error));
  g_assert_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpint (query_int (f->store, "PRAGMA cache_size"), ==, cache_before);
  assert_clean (f->store);

  /* counts by district: i % 3 */
  for (guint d = 0; d < G_N_ELEMENTS (districts); d++)
    {
      ThanrakStoreQuery q = { .district_code = districts[d] };

      g_assert_cmpint (thanrak_store_count (f->store, THANRAK_TYPE_OPERATOR, &q, &error), ==, N_OPERATORS / 3);
      g_assert_no_error (error);
    }
  /* one page of a list sorted by name: the rice names (even i) sort after
   * the weaving ones (odd i) */
  {
    ThanrakStoreQuery q = { .order_by = "name", .limit = 50, .offset = N_OPERATORS / 2 - 25 };
    g_autoptr(GPtrArray) page = thanrak_store_list (f->store, THANRAK_TYPE_OPERATOR, &q, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (page->len, ==, 50);
    g_assert_true (g_str_has_prefix (thanrak_record_get_string (page->pdata[24], "name"), "กลุ่มทอผ้า"));
    g_assert_true (g_str_has_prefix (thanrak_record_get_string (page->pdata[25], "name"), "วิสาหกิจ"));
  }

  /* search: 2 letters (instr), a word (FTS5), a number, in a district */
  g_assert_cmpuint (search_count (f->store, "ทอ", NULL), ==, N_OPERATORS / 2);
  g_assert_cmpuint (search_count (f->store, "หนองบัว", NULL), ==, N_OPERATORS / 2);
  g_assert_cmpuint (search_count (f->store, "ข้าวหอมมะลิ", NULL), ==, N_OPERATORS / 2);
  g_assert_cmpuint (search_count (f->store, "ข้าวหอมมะลิ", "2702"), ==, N_OPERATORS / 6);
  g_assert_cmpuint (search_count (f->store, "หนองบัว 599", NULL), ==, 1);
  g_assert_cmpuint (search_count (f->store, "มะลิ 598", NULL), ==, 1);

  /* after the session a save is indexed by its trigger again */
  later = make_operator (N_OPERATORS + 1);
  thanrak_record_set_string (later, "name", "ร้านจักสานไม้ไผ่แม่ใหม่");
  g_assert_true (thanrak_store_save (f->store, later, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (search_count (f->store, "ไม้ไผ่แม่ใหม่", NULL), ==, 1);
  assert_clean (f->store);
}

/* A refused record writes nothing and the session goes on. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakStoreBulk) bulk = thanrak_store_bulk_begin (f->store, &error);
  g_autoptr(ThanrakRecord) a = make_operator (1);
  g_autoptr(ThanrakRecord) same_code = make_operator (1);
  g_autoptr(ThanrakRecord) bad_phone = make_operator (2);
  g_autoptr(ThanrakRecord) no_place = make_operator (3);
  g_autoptr(ThanrakRecord) wrong_sub = make_operator (4);
  g_autoptr(ThanrakRecord) b = make_operator (5);
  g_autoptr(ThanrakRecord) orphan = make_product (999999, "ผ้าไหมไม่มีเจ้าของ");
  gint64 log_before = count_rows (f->store, "change_log");

  g_assert_no_error (error);
  g_assert_true (thanrak_store_bulk_save (bulk, a, &error));
  g_assert_no_error (error);

  /* the code of a record saved in this session */
  g_assert_false (thanrak_store_bulk_save (bulk, same_code, &error));
  g_assert_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_DUPLICATE);
  g_clear_error (&error);
  /* the model's own rules */
  thanrak_record_set_string (bad_phone, "phone", "12345");
  g_assert_false (thanrak_store_bulk_save (bulk, bad_phone, &error));
  g_assert_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_FORMAT);
  g_clear_error (&error);
  /* places */
  thanrak_record_set_string (no_place, "district-code", "2799");
  g_assert_false (thanrak_store_bulk_save (bulk, no_place, &error));
  g_assert_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_object_set (wrong_sub, "district-code", "2706", "subdistrict-code", "270102", NULL);
  g_assert_false (thanrak_store_bulk_save (bulk, wrong_sub, &error));
  g_assert_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* a reference to no record */
  g_assert_false (thanrak_store_bulk_save (bulk, orphan, &error));
  g_assert_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (thanrak_store_bulk_save (bulk, b, &error));
  g_assert_no_error (error);
  g_assert_true (thanrak_store_bulk_commit (bulk, &error));
  g_assert_no_error (error);

  g_assert_cmpint (thanrak_record_get_id (same_code), ==, 0);
  g_assert_cmpint (thanrak_record_get_id (bad_phone), ==, 0);
  g_assert_cmpint (thanrak_record_get_id (orphan), ==, 0);
  g_assert_cmpint (count_rows (f->store, "operator"), ==, 2);
  g_assert_cmpint (count_rows (f->store, "product"), ==, 0);
  g_assert_cmpint (count_rows (f->store, "change_log"), ==, log_before + 2);
  assert_clean (f->store);
}

/* Rolled back, or dropped without a commit: nothing written, the schema
 * and settings as before. */
static void
test_rollback (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakRecord) kept = make_operator (N_OPERATORS + 7);
  g_autofree char *before = NULL;

  g_assert_true (thanrak_store_save (f->store, kept, &error));
  g_assert_no_error (error);
  before = snapshot (f->store);

  for (guint attempt = 0; attempt < 2; attempt++)
    {
      ThanrakStoreBulk *bulk = thanrak_store_bulk_begin (f->store, &error);
      g_autofree char *after = NULL;
      g_autoptr(ThanrakRecord) product = make_product (thanrak_record_get_id (kept), "ผ้าไหมมัดหมี่");

      g_assert_no_error (error);
      for (guint i = 0; i < 200; i++)
        {
          g_autoptr(ThanrakRecord) op = make_operator (i);

          g_assert_true (thanrak_store_bulk_save (bulk, op, &error));
          g_assert_no_error (error);
        }
      g_assert_true (thanrak_store_bulk_save (bulk, product, &error));
      g_assert_no_error (error);
      /* an update of a stored record, its name indexed by its trigger */
      thanrak_record_set_string (kept, "name", "ชื่อที่จะไม่ถูกบันทึก");
      g_assert_true (thanrak_store_bulk_save (bulk, kept, &error));
      g_assert_no_error (error);
      g_assert_cmpint (count_rows (f->store, "operator"), ==, 201);

      if (attempt == 0)
        {
          thanrak_store_bulk_rollback (bulk);
          /* nothing more goes in */
          g_assert_false (thanrak_store_bulk_commit (bulk, &error));
          g_assert_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_INVALID);
          g_clear_error (&error);
          thanrak_store_bulk_free (bulk);
        }
      else
        thanrak_store_bulk_free (bulk);   /* never committed */

      after = snapshot (f->store);
      g_assert_cmpstr (before, ==, after);
      g_clear_object (&kept);
      kept = thanrak_store_find_operator_by_code (f->store, "270000607", &error);
      g_assert_no_error (error);
      g_assert_cmpstr (thanrak_record_get_string (kept, "name"), !=, "ชื่อที่จะไม่ถูกบันทึก");
      assert_clean (f->store);
    }
}

/* A database error in the middle of a session rolls all of it back. */
static void
test_database_error (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakStoreBulk) bulk = NULL;
  g_autoptr(ThanrakRecord) boom = make_operator (100);
  g_autoptr(ThanrakRecord) after_boom = make_operator (101);
  g_autofree char *before = snapshot (f->store);
  g_autofree char *after = NULL;

  /* A rule only SQLite knows: the checks before the write pass, the
   * insert fails. */
  g_assert_true (_thanrak_store_exec (f->store,
                                      "CREATE TEMP TRIGGER boom BEFORE INSERT ON operator "
                                      "WHEN new.name = 'ระเบิด' BEGIN SELECT RAISE (ABORT, 'boom'); END",
                                      NULL));
  bulk = thanrak_store_bulk_begin (f->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(ThanrakRecord) op = make_operator (i);

      g_assert_true (thanrak_store_bulk_save (bulk, op, &error));
      g_assert_no_error (error);
    }
  thanrak_record_set_string (boom, "name", "ระเบิด");
  g_assert_false (thanrak_store_bulk_save (bulk, boom, &error));
  g_assert_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (thanrak_store_bulk_save (bulk, after_boom, &error));
  g_assert_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (thanrak_store_bulk_commit (bulk, &error));
  g_assert_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_INVALID);
  g_clear_error (&error);

  after = snapshot (f->store);
  g_assert_cmpstr (before, ==, after);
  assert_clean (f->store);
}

/* One entry per inserted, updated and deleted row, in the order of the
 * writes, with what undo needs: inserts before the updates and deletes
 * of the same row, parents before their children, the old values of
 * updates and deletes. */
static void
test_change_log (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakStoreBulk) bulk = NULL;
  g_autoptr(ThanrakRecord) stored = make_operator (50);
  g_autoptr(ThanrakRecord) a = make_operator (51);
  g_autoptr(ThanrakRecord) b = make_operator (52);
  g_autoptr(ThanrakRecord) c = make_operator (53);
  g_autoptr(ThanrakRecord) d = make_operator (54);
  g_autoptr(ThanrakRecord) e = make_operator (55);
  g_autoptr(ThanrakRecord) p1 = NULL;
  g_autoptr(ThanrakRecord) p2 = NULL;
  g_autoptr(ThanrakRecord) p3 = NULL;
  g_autoptr(GString) log = g_string_new (NULL);
  g_autofree char *expected = NULL;
  sqlite3_stmt *stmt;
  gint64 first_entry;
  gint64 c_id;
  g_autofree char *old_b_name = NULL;

  g_assert_true (thanrak_store_save (f->store, stored, &error));
  g_assert_no_error (error);
  first_entry = query_int (f->store, "SELECT max(id) FROM change_log");

  bulk = thanrak_store_bulk_begin (f->store, &error);
  g_assert_no_error (error);
  p1 = make_product (thanrak_record_get_id (stored), "ผ้าขาวม้าทอมือ");
  g_assert_true (thanrak_store_bulk_save (bulk, p1, &error));
  g_assert_true (thanrak_store_bulk_save (bulk, a, &error));
  g_assert_true (thanrak_store_bulk_save (bulk, b, &error));
  g_assert_true (thanrak_store_bulk_save (bulk, c, &error));
  g_assert_no_error (error);
  /* an update of a row of this session */
  old_b_name = g_strdup (thanrak_record_get_string (b, "name"));
  thanrak_record_set_string (b, "name", "กลุ่มทอผ้าบ้านหนองบัวใหม่");
  g_assert_true (thanrak_store_bulk_save (bulk, b, &error));
  /* an update of a stored row */
  thanrak_record_set_string (stored, "phone", "081-2345678");
  g_assert_true (thanrak_store_bulk_save (bulk, stored, &error));
  p2 = make_product (thanrak_record_get_id (a), "ผ้าไหมลายโบราณ");
  g_assert_true (thanrak_store_bulk_save (bulk, p2, &error));
  g_assert_no_error (error);
  /* writes of the plain API in the session */
  g_assert_true (thanrak_store_save (f->store, d, &error));
  c_id = thanrak_record_get_id (c);
  g_assert_true (thanrak_store_delete (f->store, c, &error));
  g_assert_no_error (error);
  /* a parent and its child, after a child of another parent */
  p3 = make_product (thanrak_record_get_id (a), "ผ้าพันคอ");
  g_assert_true (thanrak_store_bulk_save (bulk, p3, &error));
  g_assert_true (thanrak_store_bulk_save (bulk, e, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (thanrak_store_bulk_get_n_inserted (bulk), ==, 7);
  g_assert_cmpuint (thanrak_store_bulk_get_n_updated (bulk), ==, 2);
  g_assert_true (thanrak_store_bulk_commit (bulk, &error));
  g_assert_no_error (error);

  stmt = _thanrak_store_prepare (f->store,
                                 "SELECT table_name, row_id, action, at, who, "
                                 "json_extract (old_values, '$.name'), json_extract (old_values, '$.phone') "
                                 "FROM change_log WHERE id > ? ORDER BY id",
                                 &error);
  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, first_entry);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (stmt, 0);
      gint64 row = sqlite3_column_int64 (stmt, 1);
      const char *action = (const char *) sqlite3_column_text (stmt, 2);
      ThanrakRecord *all[] = { stored, a, b, c, d, e, p1, p2, p3 };
      const char *names[] = { "stored", "a", "b", "c", "d", "e", "p1", "p2", "p3" };
      ThanrakRecord *named = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (all); i++)
        {
          const char *record_table = G_OBJECT_TYPE (all[i]) == THANRAK_TYPE_PRODUCT ? "product" : "operator";
          gint64 id = all[i] == c ? c_id : thanrak_record_get_id (all[i]);

          if (g_str_equal (table, record_table) && id == row)
            {
              named = all[i];
              g_string_append_printf (log, "%s %s; ", action, names[i]);
            }
        }
      g_assert_nonnull (named);
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 4), ==, g_get_user_name ());
      /* an insert's time is its row's creation time */
      if (g_str_equal (action, "insert") && named != c)
        g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 3), ==, thanrak_record_get_created (named));
      /* the old values */
      if (g_str_equal (action, "update") && named == b)
        g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 5), ==, old_b_name);
      if (g_str_equal (action, "update") && named == stored)
        g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 6), ==, "037-425-111");
      if (g_str_equal (action, "delete"))
        g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 5), ==, thanrak_record_get_string (c, "name"));
    }
  sqlite3_reset (stmt);

  expected = g_strdup ("insert a; insert b; insert c; insert p1; update b; update stored; "
                       "insert p2; insert d; delete c; insert e; insert p3; ");
  g_assert_cmpstr (log->str, ==, expected);
  g_assert_cmpint (thanrak_store_count_changes (f->store, "operator", thanrak_record_get_id (a), &error), ==, 1);
  g_assert_cmpint (thanrak_store_count_changes (f->store, "operator", thanrak_record_get_id (b), &error), ==, 2);
  g_assert_cmpint (thanrak_store_count_changes (f->store, "product", thanrak_record_get_id (p3), &error), ==, 1);
  g_assert_no_error (error);
  assert_clean (f->store);
}

/* A row the session found to exist is looked for again after a delete
 * in the session: a product of a deleted operator is refused, not a
 * database error. */
static void
test_known_rows_forgotten (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakStoreBulk) bulk = thanrak_store_bulk_begin (f->store, &error);
  g_autoptr(ThanrakRecord) op = make_operator (7);
  g_autoptr(ThanrakRecord) first = NULL;
  g_autoptr(ThanrakRecord) second = NULL;
  gint64 op_id;

  g_assert_no_error (error);
  g_assert_true (thanrak_store_bulk_save (bulk, op, &error));
  g_assert_no_error (error);
  op_id = thanrak_record_get_id (op);
  first = make_product (op_id, "ผ้าซิ่นตีนจก");
  g_assert_true (thanrak_store_bulk_save (bulk, first, &error));
  g_assert_no_error (error);

  g_assert_true (thanrak_store_delete (f->store, first, &error));
  g_assert_true (thanrak_store_delete (f->store, op, &error));
  g_assert_no_error (error);

  second = make_product (op_id, "ผ้าซิ่นลายใหม่");
  g_assert_false (thanrak_store_bulk_save (bulk, second, &error));
  g_assert_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (thanrak_store_bulk_commit (bulk, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f->store, "operator"), ==, 0);
  g_assert_cmpint (count_rows (f->store, "product"), ==, 0);
  g_assert_cmpint (count_rows (f->store, "product_standard"), ==, 0);
  /* inserted and deleted: both logged, the insert first */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM change_log WHERE action = 'insert'"), ==, 2);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM change_log WHERE action = 'delete'"), ==, 2);
  g_assert_cmpint (query_int (f->store,
                              "SELECT max(id) FROM change_log WHERE action = 'insert'"), <,
                   query_int (f->store, "SELECT min(id) FROM change_log WHERE action = 'delete'"));
  assert_clean (f->store);
}

/* thanrak_store_save_many(): all or none, the records as they were when
 * none. */
static void
test_save_many (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *before = snapshot (f->store);
  g_autofree char *after = NULL;

  for (guint i = 0; i < 300; i++)
    g_ptr_array_add (batch, make_operator (i));
  /* the code of row 10, in the middle */
  thanrak_record_set_string (g_ptr_array_index (batch, 150), "code", "270000010");
  g_assert_false (thanrak_store_save_many (f->store, batch, &error));
  g_assert_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_DUPLICATE);
  g_clear_error (&error);
  after = snapshot (f->store);
  g_assert_cmpstr (before, ==, after);
  for (guint i = 0; i < batch->len; i++)
    {
      g_assert_cmpint (thanrak_record_get_id (g_ptr_array_index (batch, i)), ==, 0);
      g_assert_null (thanrak_record_get_created (g_ptr_array_index (batch, i)));
    }

  thanrak_record_set_string (g_ptr_array_index (batch, 150), "code", "270000150");
  g_assert_true (thanrak_store_save_many (f->store, batch, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < batch->len; i++)
    g_assert_cmpint (thanrak_record_get_id (g_ptr_array_index (batch, i)), >, 0);
  g_assert_cmpint (count_rows (f->store, "operator"), ==, 300);
  g_assert_cmpint (thanrak_store_count_changes (f->store, "operator", 0, &error), ==, 300);
  g_assert_cmpuint (search_count (f->store, "หนองบัว", NULL), ==, 150);
  assert_clean (f->store);
}

/* Imports -------------------------------------------------------------- */

static const char *const district_names[] = { "เมืองสระแก้ว", "คลองหาด", "อรัญประเทศ" };

/* A CSV of @n operators in the layout of bench-import.c; row @bad (from
 * 1, 0 for none) has a phone number that is not one. */
static ThanrakTable *
operators_table (guint n,
                 guint bad)
{
  g_autoptr(GString) text = g_string_new ("ที่,รหัสผู้ประกอบการ,ชื่อผู้ประกอบการ OTOP,ประเภทผู้ประกอบการ,หมู่ที่,อำเภอ,จังหวัด,เบอร์โทรศัพท์,ปีที่ลงทะเบียน\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  ThanrakTable *table;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%u,27%07u,%s %u,กลุ่มผู้ผลิตชุมชน,%u,%s,สระแก้ว,%s,%u\n",
                            i + 1, i, i % 2 ? "กลุ่มทอผ้าบ้านหนองบัว" : "วิสาหกิจชุมชนข้าวหอมมะลิ", i,
                            i % 20 + 1, district_names[i % G_N_ELEMENTS (district_names)],
                            i + 1 == bad ? "1234" : "037-425-111", 2550 + i % 14);
  bytes = g_bytes_new (text->str, text->len);
  table = thanrak_table_read_bytes (bytes, "operators.csv", NULL, &error);
  g_assert_no_error (error);
  return table;
}

static ThanrakImportReport *
import_table (Fixture                    *f,
              ThanrakTable               *table,
              const ThanrakImportOptions *options,
              GError                    **error)
{
  return thanrak_import_table (f->store, THANRAK_IMPORT_KIND_OPERATORS, table, options, NULL, NULL, NULL, error);
}

#define N_IMPORTED 3000

/* An import writes through a bulk session: every row stored once, found
 * by search and counted by district, one change log entry per row;
 * importing the file again updates each row. */
static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakTable) table = operators_table (N_IMPORTED, 0);
  g_autoptr(ThanrakImportReport) report = NULL;
  g_autoptr(ThanrakImportReport) again = NULL;
  ThanrakImportOptions options = { 0 };

  report = import_table (f, table, &options, &error);
  g_assert_no_error (error);
  g_assert_true (report->written);
  g_assert_cmpuint (report->n_imported, ==, N_IMPORTED);
  g_assert_cmpuint (report->n_rejected, ==, 0);
  for (guint i = 0; i < report->rows->len; i++)
    g_assert_cmpint (g_array_index (report->rows, ThanrakImportRow, i).record_id, >, 0);

  g_assert_cmpint (count_rows (f->store, "operator"), ==, N_IMPORTED);
  for (guint d = 0; d < G_N_ELEMENTS (districts); d++)
    {
      ThanrakStoreQuery q = { .district_code = districts[d] };

      /* อรัญประเทศ is 2706 */
      g_assert_cmpint (thanrak_store_count (f->store, THANRAK_TYPE_OPERATOR, &q, &error), ==, N_IMPORTED / 3);
    }
  g_assert_cmpuint (search_count (f->store, "ทอ", NULL), ==, N_IMPORTED / 2);
  g_assert_cmpuint (search_count (f->store, "ข้าวหอมมะลิ", NULL), ==, N_IMPORTED / 2);
  g_assert_cmpuint (search_count (f->store, "หนองบัว", "2702"), ==, N_IMPORTED / 6);
  g_assert_cmpuint (search_count (f->store, "มะลิ 2998", NULL), ==, 1);
  g_assert_cmpint (thanrak_store_count_changes (f->store, "operator", 0, &error), ==, N_IMPORTED);
  g_assert_cmpint (query_int (f->store, "SELECT count(DISTINCT row_id) FROM change_log WHERE action = 'insert'"), ==, N_IMPORTED);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM change_log c JOIN operator o ON o.id = c.row_id "
                                        "WHERE c.at = o.created"), ==, N_IMPORTED);
  /* the entries of many rows are written without the CHECK of their
   * action, which is back on afterwards */
  g_assert_false (_thanrak_store_exec (f->store,
                                       "INSERT INTO change_log (at, who, table_name, row_id, action) "
                                       "VALUES ('2024-01-01T00:00:00Z', 'test', 'operator', 1, 'bogus')",
                                       &error));
  g_assert_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM change_log WHERE action NOT IN ('insert', 'update', 'delete')"), ==, 0);
  assert_clean (f->store);

  /* the same file again: every row a duplicate, updated in place */
  again = import_table (f, table, &options, &error);
  g_assert_no_error (error);
  g_assert_true (again->written);
  g_assert_cmpuint (again->n_updated, ==, N_IMPORTED);
  g_assert_cmpint (count_rows (f->store, "operator"), ==, N_IMPORTED);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM change_log WHERE action = 'update' "
                                        "AND json_extract (old_values, '$.code') IS NOT NULL"), ==, N_IMPORTED);
  g_assert_cmpuint (search_count (f->store, "หนองบัว", NULL), ==, N_IMPORTED / 2);
  assert_clean (f->store);
}

/* A rejected row in the middle of a file: nothing is written, unless
 * the valid rows only are asked for. */
static void
test_import_rejected_row (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakTable) table = operators_table (N_IMPORTED, N_IMPORTED / 2);
  g_autoptr(ThanrakImportReport) report = NULL;
  g_autoptr(ThanrakImportReport) valid = NULL;
  ThanrakImportOptions options = { 0 };
  ThanrakImportOptions valid_only = { .valid_only = TRUE };
  g_autofree char *before = snapshot (f->store);
  g_autofree char *after = NULL;

  report = import_table (f, table, &options, &error);
  g_assert_no_error (error);
  g_assert_false (report->written);
  g_assert_cmpuint (report->n_rejected, ==, 1);
  g_assert_cmpuint (g_array_index (report->rows, ThanrakImportRow, N_IMPORTED / 2 - 1).outcome, ==,
                    THANRAK_IMPORT_OUTCOME_REJECTED);
  after = snapshot (f->store);
  g_assert_cmpstr (before, ==, after);
  assert_clean (f->store);

  valid = import_table (f, table, &valid_only, &error);
  g_assert_no_error (error);
  g_assert_true (valid->written);
  g_assert_cmpuint (valid->n_imported, ==, N_IMPORTED - 1);
  g_assert_cmpint (count_rows (f->store, "operator"), ==, N_IMPORTED - 1);
  g_assert_cmpint (count_rows (f->store, "change_log"), ==, N_IMPORTED - 1);
  g_assert_cmpuint (search_count (f->store, "หนองบัว", NULL) + search_count (f->store, "มะลิ", NULL), ==, N_IMPORTED - 1);
  assert_clean (f->store);
}

/* A database error in the middle of an import: the import fails and
 * nothing is written. */
static void
test_import_database_error (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakTable) table = operators_table (N_IMPORTED, 0);
  g_autoptr(ThanrakImportReport) report = NULL;
  ThanrakImportOptions options = { .valid_only = TRUE };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (_thanrak_store_exec (f->store,
                                      "CREATE TEMP TRIGGER boom BEFORE INSERT ON operator "
                                      "WHEN new.code = '270002000' BEGIN SELECT RAISE (ABORT, 'boom'); END",
                                      NULL));
  before = snapshot (f->store);
  report = import_table (f, table, &options, &error);
  g_assert_null (report);
  g_assert_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_FAILED);
  after = snapshot (f->store);
  g_assert_cmpstr (before, ==, after);
  assert_clean (f->store);
}

/* The operator table's indexes, by name and SQL. */
static char *
operator_indexes (ThanrakStore *store)
{
  g_autoptr(GError) error = NULL;
  GString *s = g_string_new (NULL);
  sqlite3_stmt *stmt = _thanrak_store_prepare (store,
                                               "SELECT name, sql FROM sqlite_schema WHERE type = 'index' "
                                               "AND tbl_name = 'operator' AND sql IS NOT NULL ORDER BY name",
                                               &error);

  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (s, "%s: %s\n", sqlite3_column_text (stmt, 0), sqlite3_column_text (stmt, 1));
  sqlite3_reset (stmt);
  return g_string_free (s, FALSE);
}

static void
assert_operator_indexes (ThanrakStore *store,
                         const char   *expected)
{
  g_autofree char *indexes = operator_indexes (store);

  g_assert_cmpstr (indexes, ==, expected);
}

static gboolean
has_index (ThanrakStore *store,
           const char   *name)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = '%s'", name);

  return query_int (store, sql) == 1;
}

/* Inserts operators @from to @to - 1 through @bulk. */
static void
bulk_insert_operators (ThanrakStoreBulk *bulk,
                       guint             from,
                       guint             to)
{
  for (guint i = from; i < to; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ThanrakRecord) op = make_operator (i);

      g_assert_true (thanrak_store_bulk_save (bulk, op, &error));
      g_assert_no_error (error);
    }
}

/* A list read through the index of its sort column, and without it, finds
 * the same rows: the index holds every row. */
static void
assert_index_complete (ThanrakStore *store,
                       const char   *index,
                       const char   *column,
                       gint64        n_rows)
{
  g_autofree char *plan_sql = g_strdup_printf ("EXPLAIN QUERY PLAN SELECT id FROM operator ORDER BY %s, id", column);
  g_autofree char *with_sql = g_strdup_printf ("SELECT count(*), total (id) FROM operator INDEXED BY %s WHERE %s IS NOT NULL", index, column);
  g_autofree char *without_sql = g_strdup_printf ("SELECT count(*), total (id) FROM operator NOT INDEXED WHERE %s IS NOT NULL", column);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = _thanrak_store_prepare (store, plan_sql, &error);
  g_autofree char *plan = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  plan = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  sqlite3_reset (stmt);
  g_assert_nonnull (strstr (plan, index));
  g_assert_cmpint (query_int (store, with_sql), ==, n_rows);
  g_assert_cmpint (query_int (store, without_sql), ==, n_rows);
}

/* A session that inserts at least 1,000 rows into a table, and at least
 * as many as it held, sets aside the indexes that only the lists use
 * (unique keys and references stay, the import looks things up through
 * them) and builds them again at the commit; a rollback brings them back
 * as they were; a session inserting fewer rows than the table holds
 * keeps them. */
static void
test_indexes_set_aside (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = operator_indexes (f->store);
  ThanrakStoreBulk *bulk;

  /* schema 1 and 3: code (unique), district (a reference), name, type,
   * year registered, phone */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' "
                                        "AND tbl_name = 'operator' AND sql IS NOT NULL"), ==, 6);

  /* an empty table: set aside at the 1,000th row */
  bulk = thanrak_store_bulk_begin (f->store, &error);
  g_assert_no_error (error);
  bulk_insert_operators (bulk, 0, 999);
  assert_operator_indexes (f->store, before);
  bulk_insert_operators (bulk, 999, 1000);
  g_assert_true (has_index (f->store, "operator_code"));
  g_assert_true (has_index (f->store, "operator_district_code"));
  g_assert_false (has_index (f->store, "operator_name"));
  g_assert_false (has_index (f->store, "operator_phone"));
  g_assert_false (has_index (f->store, "operator_year_registered"));
  g_assert_false (has_index (f->store, "operator_operator_type"));
  /* unique codes are still refused */
  {
    g_autoptr(ThanrakRecord) again = make_operator (17);

    g_assert_false (thanrak_store_bulk_save (bulk, again, &error));
    g_assert_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_DUPLICATE);
    g_clear_error (&error);
  }
  bulk_insert_operators (bulk, 1000, 1500);
  g_assert_true (thanrak_store_bulk_commit (bulk, &error));
  g_assert_no_error (error);
  thanrak_store_bulk_free (bulk);
  assert_operator_indexes (f->store, before);
  assert_index_complete (f->store, "operator_year_registered", "year_registered", 1500);
  assert_index_complete (f->store, "operator_phone", "phone", 1500);
  assert_index_complete (f->store, "operator_name", "name", 1500);
  assert_clean (f->store);

  /* 1,500 rows held: set aside at the 1,500th row of the session; rolled
   * back, they are as before */
  bulk = thanrak_store_bulk_begin (f->store, &error);
  g_assert_no_error (error);
  bulk_insert_operators (bulk, 2000, 3499);
  assert_operator_indexes (f->store, before);
  bulk_insert_operators (bulk, 3499, 3500);
  g_assert_false (has_index (f->store, "operator_phone"));
  g_assert_true (has_index (f->store, "operator_code"));
  thanrak_store_bulk_rollback (bulk);
  thanrak_store_bulk_free (bulk);
  assert_operator_indexes (f->store, before);
  g_assert_cmpint (count_rows (f->store, "operator"), ==, 1500);
  assert_clean (f->store);

  /* fewer rows than the table holds: the indexes stay */
  bulk = thanrak_store_bulk_begin (f->store, &error);
  g_assert_no_error (error);
  bulk_insert_operators (bulk, 4000, 5400);
  assert_operator_indexes (f->store, before);
  g_assert_true (thanrak_store_bulk_commit (bulk, &error));
  g_assert_no_error (error);
  thanrak_store_bulk_free (bulk);
  assert_index_complete (f->store, "operator_phone", "phone", 2900);
  assert_clean (f->store);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/bulk/commit", test_commit);
  ADD ("/store/bulk/refused", test_refused);
  ADD ("/store/bulk/rollback", test_rollback);
  ADD ("/store/bulk/database-error", test_database_error);
  ADD ("/store/bulk/change-log", test_change_log);
  ADD ("/store/bulk/known-rows-forgotten", test_known_rows_forgotten);
  ADD ("/store/bulk/save-many", test_save_many);
  ADD ("/store/bulk/indexes-set-aside", test_indexes_set_aside);
  ADD ("/store/bulk/import", test_import);
  ADD ("/store/bulk/import-rejected-row", test_import_rejected_row);
  ADD ("/store/bulk/import-database-error", test_import_database_error);
#undef ADD

  return g_test_run ();
}
