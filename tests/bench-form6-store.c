/* bench-form6-store.c: form 6 from a national-size store, time and memory
 *
 * bench-form6-store [N_PRODUCTS] [DATABASE]: makes a store with
 * N_PRODUCTS products (default 200,000; two per operator, each with a
 * Facebook page, half with a LINE ID, an operator's sales in four
 * months) in a child process, then exports form 6
 * (แบบรายงานผลการส่งเสริมผลิตภัณฑ์ OTOP ในตลาดออนไลน์, seed 004) for
 * the whole store with the rows read from it page by page
 * (thanrak_form_online_report_new()) in constant-memory mode, and prints
 * the time taken and the memory added (VmRSS before, getrusage
 * ru_maxrss after). Target (issue 5): under 4 s and under 50 MB extra.
 * Run with `meson test -C _build --benchmark bench-form6-store -v`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include "thanrak-form-online-report.h"
#include "thanrak-model.h"
#include "thanrak-report-file.h"
#include "thanrak-store.h"

#define BATCH 20000

static const char *kinds[] = { "กลุ่มทอผ้าไหม", "กลุ่มแปรรูปอาหาร", "วิสาหกิจชุมชนข้าวหอมมะลิ", "กลุ่มจักสานไม้ไผ่",
                               "กลุ่มสมุนไพร", "กลุ่มเครื่องปั้นดินเผา", "กลุ่มผ้าฝ้ายย้อมคราม", "กลุ่มน้ำพริก" };
static const char *goods[] = { "ผ้าไหมมัดหมี่", "ข้าวเกรียบปลา", "น้ำพริกเผา", "ตะกร้าสาน", "ยาหม่องสมุนไพร",
                               "แจกันดินเผา", "เสื้อผ้าฝ้าย", "กล้วยตาก", "มะม่วงกวน", "สบู่น้ำผึ้ง", "ชาใบหม่อน" };

/* The error is read after the call (a macro: C leaves the order of
 * a function's arguments open). */
#define check(call, error) \
  G_STMT_START { \
    if (!(call)) \
      g_error ("%s", (error) != NULL ? (error)->message : "failed"); \
  } G_STMT_END

static void
generate (const char *path,
          guint       n_products)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakStore) store = thanrak_store_new (path, &error);
  g_autoptr(GPtrArray) districts = NULL;
  guint n_operators = (n_products + 1) / 2;

  check (store != NULL, error);
  districts = thanrak_store_list_places (store, "27", &error);   /* Sa Kaeo */
  check (districts != NULL, error);
  check (thanrak_store_begin_transaction (store, &error), error);

  for (guint first = 0; first < n_operators; first += BATCH / 2)
    {
      g_autoptr(GPtrArray) operators = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GPtrArray) products = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_object_unref);
      guint last = MIN (first + BATCH / 2, n_operators);

      for (guint i = first; i < last; i++)
        {
          ThanrakOperator *op = thanrak_operator_new ();
          ThanrakPlace *district = districts->pdata[i % districts->len];
          g_autofree char *code = g_strdup_printf ("%s%06u", district->code, i);
          g_autofree char *name = g_strdup_printf ("%sบ้านหนองบอน %u", kinds[i % G_N_ELEMENTS (kinds)], i);
          g_autofree char *house = g_strdup_printf ("%u/%u", i % 300 + 1, i % 9 + 1);

          g_object_set (op, "code", code, "name", name, "district-code", district->code,
                        "operator-type", i % 3, "year-registered", 2557 + i % 7, "house-number", house,
                        "phone", "037-425-111", "village-number", 1 + i % 15,
                        "trained-online", i % 2 == 0, "sells-online", i % 3 == 0, NULL);
          g_ptr_array_add (operators, op);
        }
      check (thanrak_store_save_all (store, operators, &error), error);

      for (guint i = first * 2; i < MIN (last * 2, n_products); i++)
        {
          ThanrakProduct *p = thanrak_product_new ();
          g_autofree char *name = g_strdup_printf ("%s แบบที่ %u", goods[i % G_N_ELEMENTS (goods)], i % 40 + 1);

          g_object_set (p, "operator-id", thanrak_record_get_id (operators->pdata[i / 2 - first]), "name", name,
                        "category", i % 5, "year-registered", 2557 + i % 7, "star-rating", i % 6,
                        "star-year", i % 6 > 0 ? 2562 : 0,
                        "online-developed", i % 4 == 0, NULL);
          if (i % 4 == 0)
            thanrak_product_add_standard (p, THANRAK_STANDARD_MPC, 2560, NULL);
          g_ptr_array_add (products, p);
        }
      check (thanrak_store_save_all (store, products, &error), error);

      for (guint k = 0; k < products->len; k++)
        {
          guint i = first * 2 + k;
          ThanrakOnlineChannel *c = thanrak_online_channel_new ();
          g_autofree char *page = g_strdup_printf ("https://facebook.com/otop%u", i);

          g_object_set (c, "product-id", thanrak_record_get_id (products->pdata[k]),
                        "platform", THANRAK_PLATFORM_FACEBOOK, "identifier", page, NULL);
          g_ptr_array_add (others, c);
          if (i % 2 == 0)
            {
              g_autofree char *line = g_strdup_printf ("@otop%u", i);

              c = thanrak_online_channel_new ();
              g_object_set (c, "product-id", thanrak_record_get_id (products->pdata[k]),
                            "platform", THANRAK_PLATFORM_LINE, "identifier", line, NULL);
              g_ptr_array_add (others, c);
            }
        }
      for (guint k = 0; k < operators->len; k++)
        for (int month = 4; month <= 9; month += 2)
          {
            ThanrakMonthlySales *s = thanrak_monthly_sales_new ();

            g_object_set (s, "operator-id", thanrak_record_get_id (operators->pdata[k]),
                          "year", 2564, "month", month, "online-satang", (gint64) (100000 + k * 100),
                          "offline-satang", (gint64) 50000, NULL);
            g_ptr_array_add (others, s);
          }
      check (thanrak_store_save_all (store, others, &error), error);
    }

  check (thanrak_store_commit_transaction (store, &error), error);
}

static double
peak_mb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  /* kilobytes on Linux */
}

static double
resident_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmRSS:")) == NULL)
    return peak_mb ();
  return g_ascii_strtod (line + strlen ("VmRSS:"), NULL) / 1024.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakStore) store = NULL;
  g_autoptr(ThanrakReportSheet) sheet = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *count = NULL;
  ThanrakFormOnlineReportQuery query = { NULL, "27", 2564, 2 };
  guint n_products = 200000;
  gint64 start;
  double before, seconds, make_s;
  int status = 0;
  GStatBuf st;

  setlocale (LC_ALL, "");
  if (argc == 4 && g_str_equal (argv[1], "--generate"))
    {
      generate (argv[2], (guint) g_ascii_strtoull (argv[3], NULL, 10));
      return 0;
    }
  if (argc > 1)
    n_products = (guint) g_ascii_strtoull (argv[1], NULL, 10);
  dir = g_dir_make_tmp ("thanrak-bench-form6-XXXXXX", NULL);
  db = argc > 2 ? g_strdup (argv[2]) : g_build_filename (dir, "thanrak.db", NULL);
  xlsx = g_build_filename (dir, "form6.xlsx", NULL);

  /* The store is made in a child, so its memory does not count here. */
  if (!g_file_test (db, G_FILE_TEST_EXISTS))
    {
      const char *child[] = { argv[0], "--generate", db, NULL, NULL };

      count = g_strdup_printf ("%u", n_products);
      child[3] = count;
      start = g_get_monotonic_time ();
      if (!g_spawn_sync (NULL, (char **) child, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error) ||
          !g_spawn_check_wait_status (status, &error))
        g_error ("%s", error->message);
      make_s = (g_get_monotonic_time () - start) / 1e6;
      printf ("make the store (%u products): %.1f s\n", n_products, make_s);
    }

  store = thanrak_store_new (db, &error);
  check (store != NULL, error);
  before = resident_mb ();
  start = g_get_monotonic_time ();
  sheet = thanrak_form_online_report_new (store, &query, NULL, &error);
  check (sheet != NULL, error);
  check (thanrak_report_write_sheet (xlsx, sheet, THANRAK_REPORT_WRITE_CONSTANT_MEMORY,
                                     NULL, NULL, NULL, &error), error);
  seconds = (g_get_monotonic_time () - start) / 1e6;

  if (g_stat (xlsx, &st) != 0)
    g_error ("no file written");
  printf ("form 6 from the store, %" G_GUINT64_FORMAT " rows: %.2f s, %.1f MB file\n",
          thanrak_report_sheet_get_n_body_rows (sheet), seconds, st.st_size / 1e6);
  printf ("memory: %.1f MB resident before, %.1f MB peak, %.1f MB extra\n",
          before, peak_mb (), peak_mb () - before);
  printf ("target (issue 5): under 4 s and under 50 MB extra: %s\n",
          seconds < 4 && peak_mb () - before < 50 ? "met" : "NOT met");

  g_unlink (xlsx);
  if (argc <= 2)
    {
      g_autofree char *wal = g_strconcat (db, "-wal", NULL);
      g_autofree char *shm = g_strconcat (db, "-shm", NULL);

      g_clear_object (&store);
      g_unlink (db);
      g_unlink (wal);
      g_unlink (shm);
    }
  g_rmdir (dir);
  return 0;
}
