/* bench-store.c: national-size figures for the store (a benchmark, not a
 * test): 100,000 operators and 200,000 products with a channel each in one
 * transaction, then Thai substring searches.
 *
 * Run with `meson test -C _build --benchmark bench-store -v`, or run the
 * program itself; an argument gives the database file to keep.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "thanrak-model.h"
#include "thanrak-store.h"

#define N_OPERATORS 100000
#define N_PRODUCTS 200000

static const char *kinds[] = { "กลุ่มทอผ้าไหม", "กลุ่มแปรรูปอาหาร", "วิสาหกิจชุมชนข้าวหอมมะลิ", "กลุ่มจักสานไม้ไผ่",
                               "กลุ่มสมุนไพร", "กลุ่มเครื่องปั้นดินเผา", "กลุ่มผ้าฝ้ายย้อมคราม", "กลุ่มน้ำพริก" };
static const char *villages[] = { "บ้านหนองบอน", "บ้านโคกสูง", "บ้านนาดี", "บ้านท่าช้าง", "บ้านดอนแก้ว",
                                  "บ้านหัวฝาย", "บ้านป่าแดง", "บ้านทุ่งใหญ่", "บ้านห้วยทราย", "บ้านสระแก้ว" };
static const char *goods[] = { "ผ้าไหมมัดหมี่", "ข้าวเกรียบปลา", "น้ำพริกเผา", "ตะกร้าสาน", "ยาหม่องสมุนไพร",
                               "แจกันดินเผา", "เสื้อผ้าฝ้าย", "กล้วยตาก", "มะม่วงกวน", "สบู่น้ำผึ้ง", "ชาใบหม่อน" };
static const char *marks[] = { "ลายโบราณ", "สูตรดั้งเดิม", "พรีเมียม", "ตราแม่บุญมี", "ของฝาก", "ออร์แกนิก" };

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1e6;
}

static void
time_search (ThanrakStore *store,
             GType         type,
             const char   *label,
             const char   *text)
{
  ThanrakStoreQuery q = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) page = NULL;
  gint64 start, n;
  double count_s, page_s;

  q.text = text;
  start = g_get_monotonic_time ();
  n = thanrak_store_count (store, type, &q, &error);
  g_assert_no_error (error);
  count_s = seconds_since (start);

  q.order_by = "name";
  q.limit = 50;
  start = g_get_monotonic_time ();
  page = thanrak_store_list (store, type, &q, &error);
  g_assert_no_error (error);
  page_s = seconds_since (start);

  printf ("search %-9s “%s” (%ld code points): %" G_GINT64_FORMAT " found, count %.1f ms, "
           "first 50 by name %.1f ms\n",
           label, text, g_utf8_strlen (text, -1), n, count_s * 1000, page_s * 1000);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakStore) store = NULL;
  g_autoptr(GPtrArray) operators = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) products = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) channels = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) districts = NULL;
  gint64 start;
  double build_s, ops_s, products_s, channels_s, commit_s, total_s;
  GStatBuf st;

  if (argc > 1)
    path = g_strdup (argv[1]);
  else
    {
      dir = g_dir_make_tmp ("thanrak-bench-XXXXXX", &error);
      g_assert_no_error (error);
      path = g_build_filename (dir, "bench.db", NULL);
    }

  start = g_get_monotonic_time ();
  store = thanrak_store_new (path, &error);
  g_assert_no_error (error);
  printf ("create database with places: %.2f s\n", seconds_since (start));

  districts = thanrak_store_list_places (store, "27", &error);   /* Sa Kaeo */
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < N_OPERATORS; i++)
    {
      ThanrakOperator *op = thanrak_operator_new ();
      ThanrakPlace *district = districts->pdata[i % districts->len];
      g_autofree char *code = g_strdup_printf ("%s%06u", district->code, i);
      g_autofree char *name = g_strdup_printf ("%s%s %u", kinds[i % G_N_ELEMENTS (kinds)],
                                               villages[(i / 7) % G_N_ELEMENTS (villages)], i);

      g_object_set (op, "code", code, "name", name, "district-code", district->code,
                    "operator-type", i % 3, "year-registered", 2557 + i % 7,
                    "phone", "037-425-111", "village-number", 1 + i % 15, NULL);
      g_ptr_array_add (operators, op);
    }
  build_s = seconds_since (start);

  start = g_get_monotonic_time ();
  thanrak_store_begin_transaction (store, &error);
  g_assert_no_error (error);
  thanrak_store_save_all (store, operators, &error);
  g_assert_no_error (error);
  ops_s = seconds_since (start);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < N_PRODUCTS; i++)
    {
      ThanrakProduct *p = thanrak_product_new ();
      g_autofree char *name = g_strdup_printf ("%s%s", goods[i % G_N_ELEMENTS (goods)],
                                               marks[(i / 11) % G_N_ELEMENTS (marks)]);

      g_object_set (p, "operator-id", thanrak_record_get_id (operators->pdata[i / 2]), "name", name,
                    "category", i % 5, "year-registered", 2557 + i % 7, NULL);
      if (i % 4 == 0)
        thanrak_product_add_standard (p, THANRAK_STANDARD_MPC, 2560, NULL);
      g_ptr_array_add (products, p);
    }
  thanrak_store_save_all (store, products, &error);
  g_assert_no_error (error);
  products_s = seconds_since (start);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < N_PRODUCTS; i++)
    {
      ThanrakOnlineChannel *c = thanrak_online_channel_new ();
      g_autofree char *id = g_strdup_printf ("https://facebook.com/otop%u", i);

      g_object_set (c, "product-id", thanrak_record_get_id (products->pdata[i]),
                    "platform", THANRAK_PLATFORM_FACEBOOK, "identifier", id, NULL);
      g_ptr_array_add (channels, c);
    }
  thanrak_store_save_all (store, channels, &error);
  g_assert_no_error (error);
  channels_s = seconds_since (start);

  start = g_get_monotonic_time ();
  thanrak_store_commit_transaction (store, &error);
  g_assert_no_error (error);
  commit_s = seconds_since (start);
  total_s = ops_s + products_s + channels_s + commit_s;

  printf ("build %d operator objects: %.2f s\n", N_OPERATORS, build_s);
  printf ("one transaction: %d operators %.2f s, %d products (with standards) %.2f s, "
           "%d channels %.2f s, commit %.2f s; total %.2f s\n",
           N_OPERATORS, ops_s, N_PRODUCTS, products_s, N_PRODUCTS, channels_s, commit_s, total_s);
  g_assert_cmpint (thanrak_store_count (store, THANRAK_TYPE_PRODUCT, NULL, NULL), ==, N_PRODUCTS);

  time_search (store, THANRAK_TYPE_PRODUCT, "products", "ผ้าไหม");
  time_search (store, THANRAK_TYPE_PRODUCT, "products", "มะม่วงกวน");
  time_search (store, THANRAK_TYPE_PRODUCT, "products", "ผ้");
  time_search (store, THANRAK_TYPE_PRODUCT, "products", "ชา");
  time_search (store, THANRAK_TYPE_OPERATOR, "operators", "หนองบอน");
  time_search (store, THANRAK_TYPE_OPERATOR, "operators", "ไผ");
  time_search (store, THANRAK_TYPE_OPERATOR, "operators", "ป่าแดง 4242");   /* few rows */
  time_search (store, THANRAK_TYPE_OPERATOR, "operators", "42");

  {
    ThanrakStoreQuery q = { 0 };
    g_autoptr(GPtrArray) page = NULL;

    q.order_by = "name";
    q.limit = 50;
    q.offset = 150000;
    start = g_get_monotonic_time ();
    page = thanrak_store_list (store, THANRAK_TYPE_PRODUCT, &q, &error);
    g_assert_no_error (error);
    printf ("page of 50 products by name at offset 150,000: %.1f ms\n", seconds_since (start) * 1000);
    q = (ThanrakStoreQuery) { 0 };
    q.district_code = "2701";
    start = g_get_monotonic_time ();
    printf ("products of one district: %" G_GINT64_FORMAT, thanrak_store_count (store, THANRAK_TYPE_PRODUCT, &q, NULL));
    printf (" counted in %.1f ms\n", seconds_since (start) * 1000);
  }

  g_clear_object (&store);
  if (g_stat (path, &st) == 0)
    printf ("database file: %.0f MB\n", st.st_size / 1e6);

  if (dir != NULL)
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);
      g_remove (path);
      g_remove (wal);
      g_remove (shm);
      g_rmdir (dir);
    }
  return 0;
}
