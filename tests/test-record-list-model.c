/* test-record-list-model.c: the lazy list of stored records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "thanrak-model.h"
#include "thanrak-store.h"
#include "thanrak-record-list-model.h"

#define N_OPERATORS 3000

typedef struct
{
  char *dir;
  char *path;
  ThanrakStore *store;
  ThanrakRecordListModel *model;
  guint changes;
  guint last_removed;
  guint last_added;
} Fixture;

/* Operator i: code 999999 - i (so the codes run against the ids), every
 * tenth a silk weaving group, even ones in อำเภอเมืองสระแก้ว (2701), odd ones
 * in อำเภอคลองหาด (2702). */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  f->dir = g_dir_make_tmp ("thanrak-list-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "thanrak.db", NULL);
  f->store = thanrak_store_new (f->path, &error);
  g_assert_no_error (error);

  for (int i = 0; i < N_OPERATORS; i++)
    {
      ThanrakOperator *op = thanrak_operator_new ();
      g_autofree char *code = g_strdup_printf ("%06d", 999999 - i);
      g_autofree char *name = g_strdup_printf ("%s %04d", i % 10 == 0 ? "กลุ่มทอผ้าไหม" : "กลุ่มจักสานไม้ไผ่", i);
      const char *district = i % 2 == 0 ? "2701" : "2702";

      g_object_set (op, "code", code, "name", name, "district-code", district,
                    "year-registered", 2550 + i % 15, NULL);
      g_ptr_array_add (records, op);
    }
  thanrak_store_save_all (f->store, records, &error);
  g_assert_no_error (error);

  f->model = thanrak_record_list_model_new (f->store, THANRAK_TYPE_OPERATOR);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);

  g_clear_object (&f->model);
  g_clear_object (&f->store);
  g_remove (f->path);
  g_remove (wal);
  g_remove (shm);
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *f)
{
  g_assert_cmpuint (position, ==, 0);
  f->changes++;
  f->last_removed = removed;
  f->last_added = added;
}

static void
wait_loaded (Fixture *f)
{
  while (thanrak_record_list_model_get_loading (f->model))
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (thanrak_record_list_model_get_error (f->model));
}

static const char *
string_at (Fixture    *f,
           guint       position,
           const char *field)
{
  g_autoptr(ThanrakRecord) record = g_list_model_get_item (G_LIST_MODEL (f->model), position);

  g_assert_nonnull (record);
  /* the page cache holds the record */
  return thanrak_record_get_string (record, field);
}

/* The count comes from a thread: nothing changes until the main loop
 * runs, then one items-changed replaces the rows. Only the pages asked
 * for are read. */
static void
test_count_and_pages (Fixture       *f,
                      gconstpointer  data)
{
  GListModel *model = G_LIST_MODEL (f->model);
  g_autoptr(GObject) item = NULL;

  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), f);
  g_assert_true (g_list_model_get_item_type (model) == THANRAK_TYPE_OPERATOR);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  thanrak_record_list_model_refresh (f->model);
  g_assert_true (thanrak_record_list_model_get_loading (f->model));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_cmpuint (f->changes, ==, 0);
  wait_loaded (f);

  g_assert_cmpuint (f->changes, ==, 1);
  g_assert_cmpuint (f->last_removed, ==, 0);
  g_assert_cmpuint (f->last_added, ==, N_OPERATORS);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_OPERATORS);
  /* the thread read the first page with the count */
  g_assert_cmpuint (thanrak_record_list_model_get_page_loads (f->model), ==, 1);
  g_assert_true (thanrak_record_list_model_is_page_cached (f->model, 0));

  /* by id: operator 0 first */
  g_assert_cmpstr (string_at (f, 0, "code"), ==, "999999");
  g_assert_cmpstr (string_at (f, 99, "code"), ==, "999900");
  g_assert_cmpuint (thanrak_record_list_model_get_page_loads (f->model), ==, 1);

  g_assert_cmpstr (string_at (f, 2512, "code"), ==, "997487");
  g_assert_cmpuint (thanrak_record_list_model_get_page_loads (f->model), ==, 2);
  g_assert_true (thanrak_record_list_model_is_page_cached (f->model, 25));
  for (guint page = 1; page < N_OPERATORS / THANRAK_RECORD_LIST_PAGE_SIZE; page++)
    g_assert_true (page == 25 || !thanrak_record_list_model_is_page_cached (f->model, page));

  /* past the end */
  item = g_list_model_get_item (model, N_OPERATORS);
  g_assert_null (item);

  /* a small cache: reading every page keeps only the last few. Page 0
   * is still there; 25 was dropped by the time it comes again. */
  for (guint i = 0; i < N_OPERATORS; i += THANRAK_RECORD_LIST_PAGE_SIZE)
    {
      g_clear_object (&item);
      item = g_list_model_get_item (model, i);
    }
  g_assert_cmpuint (thanrak_record_list_model_get_page_loads (f->model), ==, 2 + 29);
  g_assert_false (thanrak_record_list_model_is_page_cached (f->model, 0));
  g_assert_true (thanrak_record_list_model_is_page_cached (f->model, 29));
}

/* Sorting happens in SQLite: by code ascending the last operator comes
 * first, across page boundaries. */
static void
test_order (Fixture       *f,
            gconstpointer  data)
{
  GListModel *model = G_LIST_MODEL (f->model);

  thanrak_record_list_model_set_sort (f->model, "code", FALSE);
  wait_loaded (f);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_OPERATORS);
  g_assert_cmpstr (string_at (f, 0, "code"), ==, "997000");
  for (guint i = 90; i < 110; i++)
    {
      g_autofree char *a = g_strdup (string_at (f, i, "code"));
      g_autofree char *b = g_strdup (string_at (f, i + 1, "code"));
      g_assert_cmpint (g_strcmp0 (a, b), <, 0);
    }

  thanrak_record_list_model_set_sort (f->model, "code", TRUE);
  wait_loaded (f);
  g_assert_cmpstr (string_at (f, 0, "code"), ==, "999999");
  g_assert_cmpstr (string_at (f, N_OPERATORS - 1, "code"), ==, "997000");

  /* years repeat: ties go by id */
  thanrak_record_list_model_set_sort (f->model, "year-registered", TRUE);
  wait_loaded (f);
  {
    g_autoptr(ThanrakRecord) first = g_list_model_get_item (model, 0);
    g_autoptr(ThanrakRecord) last = g_list_model_get_item (model, N_OPERATORS - 1);
    g_assert_cmpint (thanrak_record_get_number (first, "year-registered"), ==, 2564);
    g_assert_cmpint (thanrak_record_get_number (last, "year-registered"), ==, 2550);
  }

  /* an unknown field: empty, with the store's error */
  thanrak_record_list_model_set_sort (f->model, "colour", FALSE);
  while (thanrak_record_list_model_get_loading (f->model))
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (thanrak_record_list_model_get_error (f->model),
                  THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_INVALID);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
}

/* Thai search of three or more characters (FTS5 trigram) and of two (a
 * scan), the district, and both. */
static void
test_filter (Fixture       *f,
             gconstpointer  data)
{
  GListModel *model = G_LIST_MODEL (f->model);

  thanrak_record_list_model_set_text (f->model, "ผ้าไหม");
  wait_loaded (f);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_OPERATORS / 10);
  g_assert_cmpstr (string_at (f, 1, "name"), ==, "กลุ่มทอผ้าไหม 0010");

  thanrak_record_list_model_set_text (f->model, "ไห");
  wait_loaded (f);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_OPERATORS / 10);

  thanrak_record_list_model_set_text (f->model, "ไผ่");
  wait_loaded (f);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_OPERATORS - N_OPERATORS / 10);

  thanrak_record_list_model_set_district_code (f->model, "2702");
  wait_loaded (f);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_OPERATORS / 2);
  g_assert_cmpstr (thanrak_record_list_model_get_district_code (f->model), ==, "2702");

  thanrak_record_list_model_set_text (f->model, "ผ้าไหม");
  wait_loaded (f);
  /* every tenth is even: none of them in 2702 */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  thanrak_record_list_model_set_district_code (f->model, "2701");
  wait_loaded (f);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_OPERATORS / 10);

  thanrak_record_list_model_set_text (f->model, "");
  thanrak_record_list_model_set_district_code (f->model, NULL);
  wait_loaded (f);
  g_assert_null (thanrak_record_list_model_get_text (f->model));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_OPERATORS);
}

/* Several changes in a row: only the last one's result is shown. */
static void
test_newest_wins (Fixture       *f,
                  gconstpointer  data)
{
  g_signal_connect (f->model, "items-changed", G_CALLBACK (items_changed_cb), f);
  thanrak_record_list_model_set_text (f->model, "ไผ่");
  thanrak_record_list_model_set_text (f->model, "ไหม");
  wait_loaded (f);
  g_assert_cmpuint (f->changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->model)), ==, N_OPERATORS / 10);
}

/* A saved record shows after a refresh. */
static void
test_refresh_after_save (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(ThanrakOperator) op = thanrak_operator_new ();
  g_autoptr(GError) error = NULL;

  thanrak_record_list_model_set_text (f->model, "ผ้าไหม");
  wait_loaded (f);
  g_object_set (op, "code", "123", "name", "ผ้าไหมแพรวา", "district-code", "2701", NULL);
  thanrak_store_save (f->store, THANRAK_RECORD (op), &error);
  g_assert_no_error (error);
  thanrak_record_list_model_refresh (f->model);
  wait_loaded (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->model)), ==, N_OPERATORS / 10 + 1);
}

/* Every items-changed, as "position,removed,added;" with n-items and
 * the first row's code seen from inside the handler. */
static void
record_change_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GString    *log)
{
  g_autoptr(ThanrakRecord) first = g_list_model_get_item (model, 0);

  g_string_append_printf (log, "%u,%u,%u n=%u first=%s;", position, removed, added,
                          g_list_model_get_n_items (model),
                          first != NULL ? thanrak_record_get_string (first, "code") : "-");
}

static void
replacing_cb (ThanrakRecordListModel *model,
              GString                *log)
{
  g_autoptr(ThanrakRecord) last = g_list_model_get_item (G_LIST_MODEL (model), g_list_model_get_n_items (G_LIST_MODEL (model)) - 1);

  g_string_append_printf (log, "replacing n=%u last=%s;", g_list_model_get_n_items (G_LIST_MODEL (model)),
                          thanrak_record_get_string (last, "code"));
}

/* A new selection puts the new rows in front of the old ones, says so,
 * then removes the old ones: while both are there, each row reads as
 * what it is. GTK 4.8 would otherwise look for the rows it follows among
 * every new row, or destroy all its row widgets. */
static void
test_replace_in_two_steps (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GString) log = g_string_new (NULL);

  thanrak_record_list_model_refresh (f->model);
  wait_loaded (f);
  g_signal_connect (f->model, "items-changed", G_CALLBACK (record_change_cb), log);
  g_signal_connect (f->model, "replacing", G_CALLBACK (replacing_cb), log);

  /* every tenth operator, codes 999999, 999989, …; the old list ends
   * with operator 2999, code 997000 */
  thanrak_record_list_model_set_text (f->model, "ผ้าไหม");
  wait_loaded (f);
  g_assert_cmpstr (log->str, ==,
                   "0,0,300 n=3300 first=999999;"
                   "replacing n=3300 last=997000;"
                   "300,3000,0 n=300 first=999999;");
  g_assert_cmpstr (string_at (f, 299, "code"), ==, "997009");

  /* to nothing and back: one change each */
  g_string_truncate (log, 0);
  thanrak_record_list_model_set_text (f->model, "ไม่มีชื่อนี้");
  wait_loaded (f);
  g_assert_cmpstr (log->str, ==, "0,300,0 n=0 first=-;");
  g_string_truncate (log, 0);
  thanrak_record_list_model_set_text (f->model, NULL);
  wait_loaded (f);
  g_assert_cmpstr (log->str, ==, "0,0,3000 n=3000 first=999999;");
}

/* A refresh of the same selection changes only what changed: a deleted
 * record is one row removed; a save that moves a record in the sort
 * order is one row removed and one added; the rows read before are read
 * again for their values. */
static void
test_refresh_changes_only_what_changed (Fixture       *f,
                                        gconstpointer  data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakRecord) gone = NULL;
  g_autoptr(ThanrakRecord) moved = NULL;

  thanrak_record_list_model_set_sort (f->model, "code", FALSE);
  wait_loaded (f);
  g_signal_connect (f->model, "items-changed", G_CALLBACK (record_change_cb), log);

  /* code 998000 is row 1000 by code */
  gone = g_list_model_get_item (G_LIST_MODEL (f->model), 1000);
  g_assert_cmpstr (thanrak_record_get_string (gone, "code"), ==, "998000");
  thanrak_store_delete (f->store, gone, &error);
  g_assert_no_error (error);
  thanrak_record_list_model_refresh (f->model);
  wait_loaded (f);
  /* then the pages read before again, 10 and 0 */
  g_assert_cmpstr (log->str, ==, "1000,1,0 n=2999 first=997000;"
                                 "1000,100,100 n=2999 first=997000;0,100,100 n=2999 first=997000;");
  g_assert_cmpstr (string_at (f, 1000, "code"), ==, "998001");

  /* the first by code becomes the last */
  g_string_truncate (log, 0);
  moved = g_list_model_get_item (G_LIST_MODEL (f->model), 0);
  g_assert_cmpstr (thanrak_record_get_string (moved, "code"), ==, "997000");
  thanrak_record_set_string (moved, "code", "9999999");
  thanrak_store_save (f->store, moved, &error);
  g_assert_no_error (error);
  thanrak_record_list_model_refresh (f->model);
  wait_loaded (f);
  g_assert_true (g_str_has_prefix (log->str, "0,1,0 n=2998 first=997001;2998,0,1 n=2999 first=997001;"));
  g_assert_cmpstr (string_at (f, 2998, "code"), ==, "9999999");
  g_assert_cmpstr (string_at (f, 0, "code"), ==, "997001");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/record-list-model/count-and-pages", test_count_and_pages);
  ADD ("/record-list-model/order", test_order);
  ADD ("/record-list-model/filter", test_filter);
  ADD ("/record-list-model/newest-wins", test_newest_wins);
  ADD ("/record-list-model/refresh-after-save", test_refresh_after_save);
  ADD ("/record-list-model/replace-in-two-steps", test_replace_in_two_steps);
  ADD ("/record-list-model/refresh-changes-only-what-changed", test_refresh_changes_only_what_changed);
#undef ADD

  return g_test_run ();
}
