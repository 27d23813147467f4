/* bench-import.c: importing 100,000 operator rows from a generated CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run with `meson test -C _build --benchmark -v bench-import`, or
 * `_build/tests/bench-import [ROWS]`. Prints the time to read the file,
 * then the validated rows per second, by the clock and per second of CPU
 * time, of a dry run (every row converted, its places matched, validated
 * by the model and checked for duplicates; nothing written) and of the
 * real import into an empty database (the same, then written through a
 * bulk store session: rows, change log, search index, commit with WAL
 * and synchronous=FULL). Target of issue 8: at least 50,000 validated
 * rows per second. On a shared machine the clock also counts other
 * programs' turns: the load average is printed with the figures.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <locale.h>

#include "thanrak-import.h"
#include "thanrak-store.h"
#include "thanrak-table-reader.h"

/* rows in the file; `bench-import ROWS` for another number (profiling) */
static guint n_rows = 100000;

static const char *const districts[] = {
  "เมืองสระแก้ว", "คลองหาด", "ตาพระยา", "วังน้ำเย็น", "วัฒนานคร",
  "อรัญประเทศ", "เขาฉกรรจ์", "โคกสูง", "วังสมบูรณ์",
};

static const char *const types[] = {
  "กลุ่มผู้ผลิตชุมชน", "ผู้ผลิตชุมชนที่เป็นเจ้าของรายเดียว", "ผู้ผลิตชุมชนที่เป็น SME", "กลุ่ม",
};

/* CPU time of the process, user and system: on a shared machine the
 * wall-clock figure also counts other programs' turns. */
static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

typedef struct
{
  double wall;   /* rows per second */
  double cpu;    /* rows per second of CPU time */
} Rate;

static Rate
run (ThanrakStore  *store,
     ThanrakTable  *table,
     gboolean       dry_run,
     const char    *what)
{
  ThanrakImportOptions options = { .dry_run = dry_run };
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakImportReport) report = NULL;
  gint64 start = g_get_monotonic_time ();
  double cpu_start = cpu_seconds ();
  double seconds, cpu;
  double load[3] = { 0 };
  Rate rate;

  report = thanrak_import_table (store, THANRAK_IMPORT_KIND_OPERATORS, table, &options,
                                 NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  seconds = (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
  cpu = cpu_seconds () - cpu_start;
  g_assert_cmpuint (report->n_imported, ==, n_rows);
  g_assert_cmpuint (report->n_rejected, ==, 0);
  g_assert_true (report->written == !dry_run);
  rate.wall = n_rows / seconds;
  rate.cpu = n_rows / cpu;
  getloadavg (load, G_N_ELEMENTS (load));
  g_print ("%s: %d rows in %.3f s (%.3f s of CPU): %.0f validated rows/s (%.0f per CPU second); load average %.2f\n",
           what, n_rows, seconds, cpu, rate.wall, rate.cpu, load[0]);
  return rate;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(ThanrakStore) store = NULL;
  g_autoptr(ThanrakTable) table = NULL;
  g_autoptr(GFile) file = NULL;
  gint64 start;
  Rate dry, real;

  setlocale (LC_ALL, "C.UTF-8");
  if (argc > 1)
    n_rows = (guint) g_ascii_strtoull (argv[1], NULL, 10);
  dir = g_dir_make_tmp ("thanrak-bench-import-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (dir, "bench.db", NULL);
  csv = g_build_filename (dir, "operators.csv", NULL);

  g_string_append (text, "ที่,รหัสผู้ประกอบการ,ชื่อผู้ประกอบการ OTOP,ประเภทผู้ประกอบการ,เลขที่,หมู่ที่,อำเภอ,จังหวัด,เบอร์โทรศัพท์,ผ่านการอบรมเกี่ยวกับตลาดออนไลน์,ขายของออนไลน์อยู่แล้ว,ปีที่ลงทะเบียน\n");
  for (guint i = 0; i < n_rows; i++)
    g_string_append_printf (text, "%u,27%08u,กลุ่มทอผ้าบ้านหนองบัว %u,%s,%u,%u,%s,สระแก้ว,08%u-%07u,%s,%s,%u\n",
                            i + 1, i, i, types[i % G_N_ELEMENTS (types)], i % 300 + 1, i % 20 + 1,
                            districts[i % G_N_ELEMENTS (districts)], i % 10, i,
                            i % 3 ? "1" : "", i % 2 ? "1" : "", 2550 + i % 14);
  g_file_set_contents (csv, text->str, (gssize) text->len, &error);
  g_assert_no_error (error);

  store = thanrak_store_new (db, &error);
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  file = g_file_new_for_path (csv);
  table = thanrak_table_read_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_print ("read %d rows (%.1f MB of CSV) in %.3f s\n", n_rows, text->len / 1e6,
           (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC);

  dry = run (store, table, TRUE, "dry run");
  real = run (store, table, FALSE, "import with writes");
  g_print ("target 50000 validated rows/s: dry run %s (%s per CPU second), import with writes %s (%s per CPU second)\n",
           dry.wall >= 50000 ? "met" : "NOT met", dry.cpu >= 50000 ? "met" : "NOT met",
           real.wall >= 50000 ? "met" : "NOT met", real.cpu >= 50000 ? "met" : "NOT met");

  g_clear_object (&store);
  g_unlink (csv);
  g_unlink (db);
  {
    g_autofree char *wal = g_strconcat (db, "-wal", NULL);
    g_autofree char *shm = g_strconcat (db, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);
  return 0;
}
