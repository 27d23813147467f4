/* bench-form6-store.c: form 6 from a national-size store, time and memory
 *
 * bench-form6-store [N_PRODUCTS] [DATABASE]: makes a store with
 * N_PRODUCTS products (default 200,000; two per operator, each with a
 * Facebook page, half with a LINE ID, an operator's sales in four
 * months) in a child process unless DATABASE exists, then measures form 6
 * (แบบรายงานผลการส่งเสริมผลิตภัณฑ์ OTOP ในตลาดออนไลน์, seed 004) for the
 * province, FY 2564 round 2, in four parts, each in a child process of
 * its own so their memory peaks do not mix:
 *
 *   read    the store part alone: every row through the form 6 reader
 *           (thanrak_store_online_reader_next()), nothing written;
 *   write   the xlsx part alone: the rows, read into memory beforehand,
 *           written by the sheet writer exactly as the export does;
 *   export  both together, as the app and thanrak-cli do: the reader
 *           thread and the writer overlap (thanrak_form_online_report_new()
 *           and thanrak_report_write_sheet() in constant-memory mode);
 *   floor   libxlsxwriter alone: the same cells, formats and row heights
 *           (computed beforehand) written by direct worksheet_write_*()
 *           calls, the floor under any writer on libxlsxwriter 1.1.4.
 *
 * Each prints wall time, processor time (user + system, all threads) and
 * the peak memory added (VmHWM, reset through /proc/self/clear_refs at
 * the start, less VmRSS at the start); the writing parts split the time
 * into the rows and the closing of the workbook (libxlsxwriter copies the
 * sheet's XML and deflates it at zlib's default level, in one thread).
 * Target (issue 5): under 4 s and under 50 MB extra for the export.
 * Run with `meson test -C _build --benchmark bench-form6-store -v`, or
 * `bench-form6-store --phase PART DATABASE` for one part.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include "thanrak-form-online-report.h"
#include "thanrak-model.h"
#include "thanrak-report-file.h"
#include "thanrak-store-online-report.h"
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

/* Measurements ---------------------------------------------------------- */

typedef struct
{
  gint64 wall;     /* monotonic, microseconds */
  double cpu;      /* seconds, user + system, every thread */
  double rss;      /* MB resident at the start */
  gint64 mark_wall;
  double mark_cpu;
} Meter;

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/* A field of /proc/self/status in MB (Linux), or -1. */
static double
status_mb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, field)) == NULL)
    return -1;
  return g_ascii_strtod (line + strlen (field), NULL) / 1024.0;
}

static void
meter_start (Meter *m)
{
  /* "5" resets the peak resident size VmHWM to the current one. */
  FILE *refs = fopen ("/proc/self/clear_refs", "w");

  if (refs == NULL || fputs ("5", refs) < 0 || fclose (refs) != 0)
    g_printerr ("cannot reset VmHWM: the peak includes what came before\n");
  m->rss = status_mb ("VmRSS:");
  m->cpu = cpu_seconds ();
  m->wall = g_get_monotonic_time ();
  m->mark_wall = 0;
}

/* Marks the end of the rows (the rest is closing the workbook). */
static void
meter_mark (Meter *m)
{
  m->mark_wall = g_get_monotonic_time ();
  m->mark_cpu = cpu_seconds ();
}

static double
meter_print (Meter      *m,
             const char *what)
{
  gint64 now = g_get_monotonic_time ();
  double cpu = cpu_seconds ();
  double seconds = (now - m->wall) / 1e6;
  double extra = status_mb ("VmHWM:") - m->rss;

  printf ("%-7s %6.2f s wall %6.2f s cpu %7.1f MB peak extra", what, seconds, cpu - m->cpu, extra);
  if (m->mark_wall != 0)
    printf ("   (rows %.2f s wall %.2f s cpu; close %.2f s wall %.2f s cpu)",
            (m->mark_wall - m->wall) / 1e6, m->mark_cpu - m->cpu,
            (now - m->mark_wall) / 1e6, cpu - m->mark_cpu);
  printf ("\n");
  if (g_str_equal (what, "export"))
    printf ("target (issue 5): under 4 s and under 50 MB extra: %s\n",
            seconds < 4 && extra < 50 ? "met" : "NOT met");
  fflush (stdout);
  return seconds;
}

static void
note_rows_done (guint64  rows_done,
                guint64  rows_total,
                gpointer user_data)
{
  if (rows_done == rows_total)
    meter_mark (user_data);
}

/* The rows in memory, for the parts that leave the store out ----------- */

static const ThanrakFormOnlineReportQuery query = { NULL, "27", 2564, 2 };

typedef struct
{
  GArray       *rows;     /* ThanrakStoreOnlineRow */
  GStringChunk *strings;
} Rows;

static const char *
keep (Rows       *rows,
      const char *text)
{
  return text != NULL ? g_string_chunk_insert_const (rows->strings, text) : NULL;
}

static GStrv
province_districts (ThanrakStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) places = thanrak_store_list_places (store, query.province_code, &error);
  GPtrArray *codes = g_ptr_array_new ();

  check (places != NULL, error);
  for (guint i = 0; i < places->len; i++)
    g_ptr_array_add (codes, g_strdup (((ThanrakPlace *) places->pdata[i])->code));
  g_ptr_array_add (codes, NULL);
  return (GStrv) g_ptr_array_free (codes, FALSE);
}

/* Reads every row; with @rows, keeps them. Returns the number of rows. */
static guint64
read_all (ThanrakStore *store,
          Rows         *rows)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) districts = province_districts (store);
  g_autoptr(ThanrakStoreOnlineReader) reader = NULL;
  ThanrakStoreOnlineRow row;
  guint64 n = 0;

  reader = thanrak_store_online_reader_new (store, (const char * const *) districts,
                                            query.fiscal_year, query.round, &error);
  check (reader != NULL, error);
  while (thanrak_store_online_reader_next (reader, &row, &error))
    {
      if (rows != NULL)
        {
          row.operator_code = keep (rows, row.operator_code);
          row.operator_name = keep (rows, row.operator_name);
          row.house_number = keep (rows, row.house_number);
          row.subdistrict_name = keep (rows, row.subdistrict_name);
          row.district_name = keep (rows, row.district_name);
          row.province_name = keep (rows, row.province_name);
          row.phone = keep (rows, row.phone);
          row.product_name = keep (rows, row.product_name);
          row.facebook = keep (rows, row.facebook);
          row.line = keep (rows, row.line);
          row.website = keep (rows, row.website);
          g_array_append_val (rows->rows, row);
        }
      n++;
    }
  check (error == NULL, error);
  return n;
}

static gboolean
replay_row (guint64            index,
            ThanrakReportRow  *row,
            gpointer           user_data,
            GError           **error)
{
  Rows *rows = user_data;

  thanrak_form_online_report_fill_row (row, index, &g_array_index (rows->rows, ThanrakStoreOnlineRow, index));
  return TRUE;
}

/* The floor: libxlsxwriter alone ----------------------------------------- */

/* Form 6's columns (thanrak-form-online-report.c): width, alignment, and
 * what a cell holds: 'n' a count, 't' text, 'b' baht with satang. */
static const struct { double width; ThanrakReportAlign align; char kind; } form6_columns[] = {
  { 6, THANRAK_REPORT_ALIGN_CENTER, 'n' }, { 17, THANRAK_REPORT_ALIGN_CENTER, 't' },
  { 22, THANRAK_REPORT_ALIGN_LEFT, 't' }, { 14, THANRAK_REPORT_ALIGN_LEFT, 't' },
  { 24, THANRAK_REPORT_ALIGN_LEFT, 't' }, { 14, THANRAK_REPORT_ALIGN_LEFT, 't' },
  { 7, THANRAK_REPORT_ALIGN_CENTER, 't' }, { 6, THANRAK_REPORT_ALIGN_CENTER, 'n' },
  { 12, THANRAK_REPORT_ALIGN_LEFT, 't' }, { 12, THANRAK_REPORT_ALIGN_LEFT, 't' },
  { 12, THANRAK_REPORT_ALIGN_LEFT, 't' }, { 17, THANRAK_REPORT_ALIGN_CENTER, 't' },
  { 11, THANRAK_REPORT_ALIGN_CENTER, 'n' }, { 11, THANRAK_REPORT_ALIGN_CENTER, 'n' },
  { 11, THANRAK_REPORT_ALIGN_CENTER, 'n' }, { 9, THANRAK_REPORT_ALIGN_CENTER, 'n' },
  { 11, THANRAK_REPORT_ALIGN_CENTER, 'n' }, { 26, THANRAK_REPORT_ALIGN_LEFT, 't' },
  { 14, THANRAK_REPORT_ALIGN_LEFT, 't' }, { 20, THANRAK_REPORT_ALIGN_LEFT, 't' },
  { 14, THANRAK_REPORT_ALIGN_RIGHT, 'b' },
};
#define N_COLUMNS G_N_ELEMENTS (form6_columns)
#define FIRST_BODY_ROW 4   /* title, subtitle, two heading rows */

typedef struct
{
  const char *text;     /* text, or NULL */
  double      number;   /* without text: a number, or NAN for a blank */
} FloorCell;

static void
floor_cells (const ThanrakStoreOnlineRow *r,
             guint64                      index,
             FloorCell                   *cells)
{
  const char *texts[N_COLUMNS] = {
    NULL, r->operator_code, r->operator_name,
    thanrak_enum_get_label (THANRAK_TYPE_OPERATOR_TYPE, r->operator_type), r->product_name,
    thanrak_enum_get_label (THANRAK_TYPE_PRODUCT_CATEGORY, r->category), r->house_number, NULL,
    r->subdistrict_name, r->district_name, r->province_name, r->phone,
    NULL, NULL, NULL, NULL, NULL, r->facebook, r->line, r->website, NULL,
  };
  gboolean flags[5] = { r->trained_online, r->sells_online, r->has_standard, r->star_rating > 0,
                        r->online_developed };

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      cells[c].text = texts[c] != NULL && *texts[c] != '\0' ? texts[c] : NULL;
      cells[c].number = NAN;
    }
  cells[0].number = (double) index + 1;
  if (r->village_number > 0)
    cells[7].number = (double) r->village_number;
  for (guint k = 0; k < 5; k++)
    if (flags[k])
      cells[12 + k].number = 1;
  if (r->first_of_operator && r->has_sales)
    cells[20].number = r->sales_satang / 100.0;
}

static void
run_floor (Rows    *rows,
           Meter   *m,
           const char *path)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  lxw_workbook *workbook;
  lxw_worksheet *ws;
  ThanrakReportFormats *formats;
  lxw_format *text_format[N_COLUMNS], *number_format[N_COLUMNS];
  double *heights = g_new (double, rows->rows->len);
  double default_height = thanrak_report_row_height (1, THANRAK_REPORT_FONT_SIZE);
  FloorCell cells[N_COLUMNS];

  /* Beforehand: row heights, as the sheet writer computes them. */
  for (guint i = 0; i < rows->rows->len; i++)
    {
      guint lines = 1;

      floor_cells (&g_array_index (rows->rows, ThanrakStoreOnlineRow, i), i, cells);
      for (guint c = 0; c < N_COLUMNS; c++)
        if (cells[c].text != NULL)
          lines = MAX (lines, thanrak_report_text_lines (cells[c].text, form6_columns[c].width,
                                                          THANRAK_REPORT_FONT_SIZE));
      heights[i] = MIN (thanrak_report_row_height (lines, THANRAK_REPORT_FONT_SIZE), 409.0);
    }

  meter_start (m);
  workbook = workbook_new_opt (path, &options);
  ws = workbook_add_worksheet (workbook, "ส่วนที่ 1");
  formats = thanrak_report_formats_new (workbook);
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      ThanrakReportStyle style = form6_columns[c].kind == 'n' ? THANRAK_REPORT_STYLE_COUNT
                               : form6_columns[c].kind == 'b' ? THANRAK_REPORT_STYLE_BAHT_SATANG
                               : THANRAK_REPORT_STYLE_TEXT;

      text_format[c] = thanrak_report_formats_get (formats, THANRAK_REPORT_STYLE_TEXT, form6_columns[c].align,
                                                   FALSE, THANRAK_REPORT_BAND_NONE, FALSE);
      number_format[c] = thanrak_report_formats_get (formats, style, form6_columns[c].align,
                                                     FALSE, THANRAK_REPORT_BAND_NONE, FALSE);
      worksheet_set_column (ws, (lxw_col_t) c, (lxw_col_t) c, form6_columns[c].width, NULL);
    }
  worksheet_set_default_row (ws, default_height, LXW_FALSE);

  for (guint i = 0; i < rows->rows->len; i++)
    {
      lxw_row_t r = FIRST_BODY_ROW + i;

      floor_cells (&g_array_index (rows->rows, ThanrakStoreOnlineRow, i), i, cells);
      if (heights[i] != default_height)
        worksheet_set_row (ws, r, heights[i], NULL);
      for (guint c = 0; c < N_COLUMNS; c++)
        {
          if (cells[c].text != NULL)
            worksheet_write_string (ws, r, (lxw_col_t) c, cells[c].text, text_format[c]);
          else if (!isnan (cells[c].number))
            worksheet_write_number (ws, r, (lxw_col_t) c, cells[c].number, number_format[c]);
          else
            worksheet_write_blank (ws, r, (lxw_col_t) c, text_format[c]);
        }
    }
  meter_mark (m);
  thanrak_report_formats_free (formats);
  if (workbook_close (workbook) != LXW_NO_ERROR)
    g_error ("the floor workbook was not written");
  g_free (heights);
}

/* One part, in this process. */
static void
run_phase (const char *phase,
           const char *db,
           const char *xlsx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakStore) store = thanrak_store_new (db, &error);
  g_autoptr(ThanrakReportSheet) sheet = NULL;
  Rows rows = { NULL, NULL };
  Meter m;

  check (store != NULL, error);

  if (g_str_equal (phase, "read"))
    {
      guint64 n;

      meter_start (&m);
      n = read_all (store, NULL);
      meter_print (&m, "read");
      printf ("        %" G_GUINT64_FORMAT " rows read\n", n);
      return;
    }

  if (g_str_equal (phase, "write") || g_str_equal (phase, "floor"))
    {
      rows.rows = g_array_new (FALSE, FALSE, sizeof (ThanrakStoreOnlineRow));
      rows.strings = g_string_chunk_new (1024 * 1024);
      read_all (store, &rows);
    }

  if (g_str_equal (phase, "floor"))
    {
      run_floor (&rows, &m, xlsx);
      meter_print (&m, "floor");
    }
  else if (g_str_equal (phase, "write") || g_str_equal (phase, "export"))
    {
      GStatBuf st;

      /* The form's sheet; for "write", its rows come from memory. */
      meter_start (&m);
      sheet = thanrak_form_online_report_new (store, &query, NULL, &error);
      check (sheet != NULL, error);
      if (rows.rows != NULL)
        {
          check (thanrak_report_sheet_get_n_body_rows (sheet) == rows.rows->len, error);
          thanrak_report_sheet_set_row_source (sheet, rows.rows->len, replay_row, &rows, NULL);
        }
      check (thanrak_report_write_sheet (xlsx, sheet, THANRAK_REPORT_WRITE_CONSTANT_MEMORY,
                                         NULL, note_rows_done, &m, &error), error);
      meter_print (&m, phase);
      if (g_str_equal (phase, "export") && g_stat (xlsx, &st) == 0)
        printf ("        %" G_GUINT64_FORMAT " rows, file %.1f MB\n",
                thanrak_report_sheet_get_n_body_rows (sheet), st.st_size / 1e6);
    }
  else
    g_error ("unknown part %s: read, write, export or floor", phase);

  if (rows.rows != NULL)
    {
      g_array_unref (rows.rows);
      g_string_chunk_free (rows.strings);
    }
}

int
main (int   argc,
      char *argv[])
{
  static const char *phases[] = { "read", "write", "export", "floor" };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *count = NULL;
  g_autofree char *uptime = NULL;
  guint n_products = 200000;
  gint64 start;
  int status = 0;

  setlocale (LC_ALL, "");
  if (argc == 4 && g_str_equal (argv[1], "--generate"))
    {
      generate (argv[2], (guint) g_ascii_strtoull (argv[3], NULL, 10));
      return 0;
    }
  dir = g_dir_make_tmp ("thanrak-bench-form6-XXXXXX", NULL);
  xlsx = g_build_filename (dir, "form6.xlsx", NULL);
  if (argc == 4 && g_str_equal (argv[1], "--phase"))
    {
      run_phase (argv[2], argv[3], xlsx);
      g_unlink (xlsx);
      g_rmdir (dir);
      return 0;
    }
  if (argc > 1)
    n_products = (guint) g_ascii_strtoull (argv[1], NULL, 10);
  db = argc > 2 ? g_strdup (argv[2]) : g_build_filename (dir, "thanrak.db", NULL);

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
      printf ("make the store (%u products): %.1f s\n", n_products, (g_get_monotonic_time () - start) / 1e6);
    }

  if (g_file_get_contents ("/proc/loadavg", &uptime, NULL, NULL))
    printf ("load average before: %s", uptime);
  printf ("form 6 of province 27, FY 2564 round 2, constant memory:\n");
  fflush (stdout);
  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    {
      const char *child[] = { argv[0], "--phase", phases[i], db, NULL };

      if (!g_spawn_sync (NULL, (char **) child, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL, NULL, NULL,
                         &status, &error) ||
          !g_spawn_check_wait_status (status, &error))
        g_error ("%s", error->message);
    }
  g_clear_pointer (&uptime, g_free);
  if (g_file_get_contents ("/proc/loadavg", &uptime, NULL, NULL))
    printf ("load average after: %s", uptime);

  if (argc <= 2)
    {
      g_autofree char *wal = g_strconcat (db, "-wal", NULL);
      g_autofree char *shm = g_strconcat (db, "-shm", NULL);

      g_unlink (db);
      g_unlink (wal);
      g_unlink (shm);
    }
  g_rmdir (dir);
  return 0;
}
