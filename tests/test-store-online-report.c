/* test-store-online-report.c: form 6's rows read in one stream, and its reader thread
 *
 * The reader of thanrak-store-online-report.c gives the rows of form 6
 * (seed 004, ส่วนที่ ๑) in the order and with the values the records
 * give: products by operator, channels in id order even for a product
 * entered after its operator's others, the operator's sales in the round
 * on its first row only. It reads one snapshot on its own connection
 * while the store writes. Form 6's row source runs it in a thread: an
 * export that fails or is cancelled while the thread is ahead ends
 * cleanly, and leaves no file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "thanrak-form-online-report.h"
#include "thanrak-model.h"
#include "thanrak-report-file.h"
#include "thanrak-store-online-report.h"
#include "thanrak-store.h"
#include "records-builders.h"

typedef struct
{
  char         *dir;
  char         *db;
  ThanrakStore *store;
  gint64        a, b;
  gint64        a1, a2, b1;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("thanrak-online-report-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "thanrak.db", NULL);
  f->store = thanrak_store_new (f->db, &error);
  g_assert_no_error (error);

  f->a = records_add_operator (f->store, "2701000011", "กลุ่มทอผ้าไหมบ้านหนองบัว", THANRAK_OPERATOR_TYPE_GROUP,
                               "12/3", 4, "270101", "081-234-5678", TRUE, FALSE);
  f->b = records_add_operator (f->store, "2701000012", "=1+1", THANRAK_OPERATOR_TYPE_SOLE_OWNER,
                               "7", 0, "270102", NULL, FALSE, TRUE);
  /* b's product comes before a's second one: out of operator order. */
  f->a1 = records_add_product (f->store, f->a, "ผ้าไหมมัดหมี่ลายดอกแก้ว", THANRAK_PRODUCT_CATEGORY_TEXTILE, TRUE, 4, TRUE);
  f->b1 = records_add_product (f->store, f->b, "น้ำพริกเผาสมุนไพร", THANRAK_PRODUCT_CATEGORY_FOOD, FALSE, 0, FALSE);
  f->a2 = records_add_product (f->store, f->a, "ผ้าขาวม้าทอมือ", THANRAK_PRODUCT_CATEGORY_TEXTILE, FALSE, 0, FALSE);
  records_add_channel (f->store, f->a2, THANRAK_PLATFORM_FACEBOOK, "ผ้าขาวม้าหนองบัว");
  records_add_channel (f->store, f->a1, THANRAK_PLATFORM_FACEBOOK, "facebook.com/nongbuasilk");
  records_add_channel (f->store, f->a1, THANRAK_PLATFORM_SHOPEE, "shopee.co.th/nongbua");
  records_add_channel (f->store, f->a2, THANRAK_PLATFORM_FACEBOOK, "facebook.com/pakaoma");
  records_add_channel (f->store, f->a1, THANRAK_PLATFORM_LINE, "@nongbuasilk");
  records_add_channel (f->store, f->b1, THANRAK_PLATFORM_WEBSITE, "https://example.invalid/shop");
  records_add_channel (f->store, f->b1, THANRAK_PLATFORM_WEBSITE, "https://example.invalid/two");
  /* Round 2 of FY 2564 is April to September 2564: 12,500.50 + 3,000;
   * December 2563 is round 1, October 2564 the next fiscal year. */
  records_add_sales (f->store, f->a, 2564, 4, 1250050, 500000);
  records_add_sales (f->store, f->a, 2564, 9, 300000, 0);
  records_add_sales (f->store, f->a, 2563, 12, 99900, 0);
  records_add_sales (f->store, f->a, 2564, 10, 777700, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (f->db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->db, "-shm", NULL);

  g_clear_object (&f->store);
  g_unlink (f->db);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (f->dir);
  g_free (f->db);
  g_free (f->dir);
}

static void
test_rows (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakStoreOnlineReader) reader = NULL;
  g_autoptr(ThanrakStoreOnlineReader) round1 = NULL;
  const char *districts[] = { "2701", "2702", NULL };
  ThanrakStoreOnlineRow row;

  reader = thanrak_store_online_reader_new (f->store, districts, 2564, 2, &error);
  g_assert_no_error (error);

  g_assert_true (thanrak_store_online_reader_next (reader, &row, &error));
  g_assert_cmpint (row.product_id, ==, f->a1);
  g_assert_cmpint (row.operator_id, ==, f->a);
  g_assert_cmpstr (row.operator_code, ==, "2701000011");
  g_assert_cmpint (row.operator_type, ==, THANRAK_OPERATOR_TYPE_GROUP);
  g_assert_cmpstr (row.house_number, ==, "12/3");
  g_assert_cmpint (row.village_number, ==, 4);
  g_assert_cmpstr (row.district_name, ==, "เมืองสระแก้ว");
  g_assert_cmpstr (row.province_name, ==, "สระแก้ว");
  g_assert_nonnull (row.subdistrict_name);
  g_assert_cmpint (row.category, ==, THANRAK_PRODUCT_CATEGORY_TEXTILE);
  g_assert_true (row.has_standard && row.star_rating == 4 && row.online_developed);
  g_assert_true (row.trained_online && !row.sells_online);
  g_assert_cmpstr (row.facebook, ==, "facebook.com/nongbuasilk");
  g_assert_cmpstr (row.line, ==, "@nongbuasilk");
  g_assert_null (row.website);
  g_assert_true (row.first_of_operator && row.has_sales);
  g_assert_cmpint (row.sales_satang, ==, 1250050 + 300000);

  /* The second product of a, entered after b's: its channels in id order. */
  g_assert_true (thanrak_store_online_reader_next (reader, &row, &error));
  g_assert_cmpint (row.product_id, ==, f->a2);
  g_assert_cmpstr (row.facebook, ==, "ผ้าขาวม้าหนองบัว, facebook.com/pakaoma");
  g_assert_null (row.line);
  g_assert_false (row.has_standard || row.star_rating > 0 || row.online_developed);
  g_assert_false (row.first_of_operator);

  /* While the reader is open the store still writes; the reader keeps
   * its snapshot. */
  records_add_product (f->store, f->b, "ข้าวเกรียบ", THANRAK_PRODUCT_CATEGORY_FOOD, FALSE, 0, FALSE);

  g_assert_true (thanrak_store_online_reader_next (reader, &row, &error));
  g_assert_cmpint (row.product_id, ==, f->b1);
  g_assert_cmpstr (row.operator_name, ==, "=1+1");
  g_assert_nonnull (row.subdistrict_name);
  g_assert_null (row.phone);
  g_assert_cmpint (row.village_number, ==, 0);
  g_assert_null (row.facebook);
  g_assert_cmpstr (row.website, ==, "https://example.invalid/shop, https://example.invalid/two");
  g_assert_true (row.first_of_operator);
  g_assert_false (row.has_sales);

  g_assert_false (thanrak_store_online_reader_next (reader, &row, &error));
  g_assert_no_error (error);
  g_assert_false (thanrak_store_online_reader_next (reader, &row, &error));
  g_assert_no_error (error);

  /* Round 1: October 2563 to March 2564. */
  round1 = thanrak_store_online_reader_new (f->store, districts, 2564, 1, &error);
  g_assert_no_error (error);
  g_assert_true (thanrak_store_online_reader_next (round1, &row, &error));
  g_assert_true (row.has_sales);
  g_assert_cmpint (row.sales_satang, ==, 99900);
}

static void
test_deleted (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakReportSheet) sheet = NULL;
  g_autoptr(ThanrakRecord) extra = NULL;
  g_autofree char *path = g_build_filename (f->dir, "form6.xlsx", NULL);
  ThanrakFormOnlineReportQuery query = { "2701", NULL, 2564, 2 };
  gint64 id = records_add_product (f->store, f->b, "ข้าวเกรียบ", THANRAK_PRODUCT_CATEGORY_FOOD, FALSE, 0, FALSE);

  sheet = thanrak_form_online_report_new (f->store, &query, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (thanrak_report_sheet_get_n_body_rows (sheet), ==, 4);

  extra = thanrak_store_load (f->store, THANRAK_TYPE_PRODUCT, id, &error);
  g_assert_no_error (error);
  g_assert_true (thanrak_store_delete (f->store, extra, &error));
  g_assert_no_error (error);

  g_assert_false (thanrak_report_write_sheet (path, sheet, THANRAK_REPORT_WRITE_CONSTANT_MEMORY,
                                              NULL, NULL, NULL, &error));
  g_assert_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
cancel_after_first (guint64  rows_done,
                    guint64  rows_total,
                    gpointer user_data)
{
  if (rows_done < rows_total)
    g_cancellable_cancel (user_data);
}

/* Cancelled while the reader thread is batches ahead and waits for the
 * writer: the export stops, the thread ends, no file is left. */
static void
test_cancelled (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakReportSheet) sheet = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GPtrArray) products = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *path = g_build_filename (f->dir, "form6.xlsx", NULL);
  ThanrakFormOnlineReportQuery query = { "2701", NULL, 2564, 2 };

  for (guint i = 0; i < 5000; i++)
    {
      ThanrakProduct *p = thanrak_product_new ();
      g_autofree char *name = g_strdup_printf ("ผ้าไหม แบบที่ %u", i);

      g_object_set (p, "operator-id", f->a, "name", name, NULL);
      g_ptr_array_add (products, p);
    }
  g_assert_true (thanrak_store_save_all (f->store, products, &error));
  g_assert_no_error (error);

  sheet = thanrak_form_online_report_new (f->store, &query, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (thanrak_report_sheet_get_n_body_rows (sheet), ==, 5003);
  g_assert_false (thanrak_report_write_sheet (path, sheet, THANRAK_REPORT_WRITE_CONSTANT_MEMORY,
                                              cancellable, cancel_after_first, cancellable, &error));
  g_assert_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* A sheet freed before it was written starts no thread. */
  g_clear_pointer (&sheet, thanrak_report_sheet_free);
  sheet = thanrak_form_online_report_new (f->store, &query, NULL, &error);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store-online-report/rows", Fixture, NULL, fixture_set_up, test_rows, fixture_tear_down);
  g_test_add ("/store-online-report/deleted", Fixture, NULL, fixture_set_up, test_deleted, fixture_tear_down);
  g_test_add ("/store-online-report/cancelled", Fixture, NULL, fixture_set_up, test_cancelled, fixture_tear_down);

  return g_test_run ();
}
