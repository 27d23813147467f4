/* test-store-tree.c: deleting an operator with its products, channels
 * and sales, and undoing it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "thanrak-model.h"
#include "thanrak-store.h"

static gint64
count (ThanrakStore *store,
       GType         type,
       const char   *parent_field,
       gint64        parent_id)
{
  ThanrakStoreQuery q = { 0 };
  g_autoptr(GError) error = NULL;
  gint64 n;

  q.parent_field = parent_field;
  q.parent_id = parent_id;
  n = thanrak_store_count (store, type, &q, &error);
  g_assert_no_error (error);
  return n;
}

static void
save (ThanrakStore *store,
      gpointer      record)
{
  g_autoptr(GError) error = NULL;

  thanrak_store_save (store, record, &error);
  g_assert_no_error (error);
}

static void
test_delete_and_undo (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("thanrak-tree-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "t.db", NULL);
  g_autoptr(ThanrakStore) store = thanrak_store_new (path, &error);
  g_autoptr(ThanrakOperator) op = thanrak_operator_new ();
  g_autoptr(ThanrakOperator) other = thanrak_operator_new ();
  g_autoptr(ThanrakProduct) product = thanrak_product_new ();
  g_autoptr(ThanrakOnlineChannel) channel = thanrak_online_channel_new ();
  g_autoptr(ThanrakMonthlySales) sales = thanrak_monthly_sales_new ();
  g_autoptr(ThanrakDeletion) deletion = NULL;
  g_autoptr(ThanrakRecord) back = NULL;
  GPtrArray *records;
  ThanrakProductStandard *standard;
  gint64 op_id, product_id;

  g_assert_no_error (error);
  g_object_set (op, "code", "2701001", "name", "กลุ่มทอผ้าไหมบ้านหนองหว้า", "district-code", "2701",
                "phone", "081-2345678", NULL);
  save (store, op);
  g_object_set (other, "code", "2701002", "name", "กลุ่มจักสาน", "district-code", "2701", NULL);
  save (store, other);
  g_object_set (product, "operator-id", thanrak_record_get_id (THANRAK_RECORD (op)),
                "name", "ผ้าไหมมัดหมี่", "star-rating", 4, "star-year", 2565, NULL);
  thanrak_product_add_standard (product, THANRAK_STANDARD_MPC, 2564, "มผช. 21/2564");
  save (store, product);
  g_object_set (channel, "product-id", thanrak_record_get_id (THANRAK_RECORD (product)),
                "platform", THANRAK_PLATFORM_FACEBOOK, "identifier", "https://www.facebook.com/nongwasilk", NULL);
  save (store, channel);
  g_object_set (sales, "operator-id", thanrak_record_get_id (THANRAK_RECORD (op)),
                "year", 2566, "month", 1, "online-satang", (gint64) 1250000, NULL);
  save (store, sales);

  /* a plain delete is refused while products refer to the operator */
  g_assert_false (thanrak_store_delete (store, THANRAK_RECORD (op), &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  deletion = thanrak_store_delete_tree (store, THANRAK_RECORD (op), &error);
  g_assert_no_error (error);
  records = thanrak_deletion_get_records (deletion);
  g_assert_cmpuint (records->len, ==, 4);
  g_assert_true (G_OBJECT_TYPE (records->pdata[0]) == THANRAK_TYPE_OPERATOR);
  g_assert_cmpint (thanrak_record_get_id (THANRAK_RECORD (op)), ==, 0);
  g_assert_cmpint (count (store, THANRAK_TYPE_OPERATOR, NULL, 0), ==, 1);
  g_assert_cmpint (count (store, THANRAK_TYPE_PRODUCT, NULL, 0), ==, 0);
  g_assert_cmpint (count (store, THANRAK_TYPE_ONLINE_CHANNEL, NULL, 0), ==, 0);
  g_assert_cmpint (count (store, THANRAK_TYPE_MONTHLY_SALES, NULL, 0), ==, 0);

  thanrak_store_undo_deletion (store, deletion, &error);
  g_assert_no_error (error);
  op_id = thanrak_record_get_id (records->pdata[0]);
  g_assert_cmpint (op_id, >, 0);
  g_assert_cmpint (count (store, THANRAK_TYPE_OPERATOR, NULL, 0), ==, 2);
  g_assert_cmpint (count (store, THANRAK_TYPE_PRODUCT, "operator-id", op_id), ==, 1);
  g_assert_cmpint (count (store, THANRAK_TYPE_MONTHLY_SALES, "operator-id", op_id), ==, 1);

  back = thanrak_store_load (store, THANRAK_TYPE_OPERATOR, op_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (thanrak_record_get_string (back, "name"), ==, "กลุ่มทอผ้าไหมบ้านหนองหว้า");
  g_assert_cmpstr (thanrak_record_get_string (back, "phone"), ==, "081-2345678");
  g_clear_object (&back);

  /* the product, with its standard, under the restored operator */
  {
    ThanrakStoreQuery q = { .parent_field = "operator-id", .parent_id = op_id };
    g_autoptr(GPtrArray) products = thanrak_store_list (store, THANRAK_TYPE_PRODUCT, &q, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (products->len, ==, 1);
    g_assert_cmpint (thanrak_record_get_number (products->pdata[0], "star-rating"), ==, 4);
    g_assert_cmpuint (thanrak_product_get_standards (products->pdata[0])->len, ==, 1);
    standard = g_ptr_array_index (thanrak_product_get_standards (products->pdata[0]), 0);
    g_assert_cmpint (standard->standard, ==, THANRAK_STANDARD_MPC);
    g_assert_cmpint (standard->year, ==, 2564);
    g_assert_cmpstr (standard->reference, ==, "มผช. 21/2564");
    product_id = thanrak_record_get_id (products->pdata[0]);
  }
  g_assert_cmpint (count (store, THANRAK_TYPE_ONLINE_CHANNEL, "product-id", product_id), ==, 1);

  /* deleting a record that is not stored */
  thanrak_record_set_id (THANRAK_RECORD (other), 9999);
  g_assert_null (thanrak_store_delete_tree (store, THANRAK_RECORD (other), &error));
  g_assert_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_NOT_FOUND);

  g_clear_object (&store);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_remove (wal);
    g_remove (shm);
    g_remove (path);
    g_rmdir (dir);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store-tree/delete-and-undo", test_delete_and_undo);
  return g_test_run ();
}
