/* test-report-sheet.c: official-table sheets, checked by an independent reader
 *
 * Each sheet is written into a temporary folder, then tests/check-xlsx.py
 * (openpyxl and the raw sheet XML) checks it against expectations this
 * test writes as JSON: titles, merged headings, fonts, borders, number
 * formats, numbers stored as numbers, formula cached values, user text
 * kept as text, print setup and row heights.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "xlsx-check.h"
#include "thanrak-report-file.h"
#include "thanrak-report-format.h"
#include "thanrak-report-sheet.h"

/* JSON expectations --------------------------------------------------- */

static void
json_string (GString    *out,
             const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      unsigned char c = (unsigned char) *p;

      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", c);
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, (char) c);
    }
  g_string_append_c (out, '"');
}

/* Appends `"cell": {...}` for one cell; @props is raw JSON members. */
static void
expect_cell (GString    *out,
             const char *cell,
             const char *type,
             const char *props)
{
  g_string_append_printf (out, "{\"cell\": \"%s\", \"type\": \"%s\"%s%s},\n",
                          cell, type, props != NULL ? ", " : "", props != NULL ? props : "");
}

static void
expect_text_cell (GString    *out,
                  const char *cell,
                  const char *text,
                  const char *props)
{
  g_autoptr(GString) all = g_string_new ("\"value\": ");

  json_string (all, text);
  if (props != NULL)
    g_string_append_printf (all, ", %s", props);
  expect_cell (out, cell, "string", all->str);
}

/* Ends the cells list: JSON allows no trailing comma. */
static void
expect_cells_end (GString *out)
{
  if (out->len >= 2 && strcmp (out->str + out->len - 2, ",\n") == 0)
    g_string_truncate (out, out->len - 2);
  g_string_append (out, "]");
}

/* Temporary folders ------------------------------------------------------ */

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("thanrak-report-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* The names in @dir, sorted and joined by spaces: shows stray files. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

/* Open file descriptors of this process (Linux), to catch leaks. */
static guint
count_fds (void)
{
  g_autoptr(GDir) d = g_dir_open ("/proc/self/fd", 0, NULL);
  guint n = 0;

  if (d == NULL)
    return 0;
  while (g_dir_read_name (d) != NULL)
    n++;

  return n;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

/* The Sa Kaeo fixture (seed 004) --------------------------------------- */

typedef struct
{
  char   *name;
  gint64  operators;
  gint64  products;
  gint64  sales_satang;
} District;

static void
district_clear (gpointer data)
{
  District *d = data;

  g_free (d->name);
}

static GArray *
load_sakaeo (void)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "sakaeo-2564-round2.csv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  GArray *districts = g_array_new (FALSE, TRUE, sizeof (District));

  g_array_set_clear_func (districts, district_clear);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = NULL;
      District d;

      g_strstrip (lines[i]);
      if (*lines[i] == '\0')
        continue;
      f = g_strsplit (lines[i], ",", -1);
      g_assert_cmpuint (g_strv_length (f), ==, 5);
      d.name = g_strdup (f[1]);
      d.operators = g_ascii_strtoll (f[2], NULL, 10);
      d.products = g_ascii_strtoll (f[3], NULL, 10);
      d.sales_satang = g_ascii_strtoll (f[4], NULL, 10) * 100;
      g_array_append_val (districts, d);
    }
  g_assert_cmpuint (districts->len, ==, 9);

  return districts;
}

/* a / b rounded half away from zero, for b > 0 (domain guide §2). */
static gint64
div_round (gint64 a,
           gint64 b)
{
  return a >= 0 ? (2 * a + b) / (2 * b) : -((-2 * a + b) / (2 * b));
}

static const char *level_names[] = { "ปรับปรุง", "พัฒนา", "ปานกลาง", "ดี", "ดีมาก" };
static const char *band_fills[] = { "FF0000", "FFC000", "FFFF00", "92D050", "00B050" };

#define TITLE "ยอดจำหน่ายสินค้า OTOP จังหวัดสระแก้ว ปีงบประมาณ 2564 รอบที่ 2"
#define SUBTITLE "สำนักงานพัฒนาชุมชนจังหวัดสระแก้ว"
#define SALES_HEADING "ยอดจำหน่ายสินค้า OTOP 1 เม.ย. - 30 ก.ย. 2563"

/* A table of the fixture's nine districts: a two-row merged heading,
 * counts, baht, baht with satang, percent, colour bands, a total row of
 * SUM formulas and a signature block. */
static ThanrakReportSheet *
make_sakaeo_sheet (GArray *districts)
{
  ThanrakReportSheet *sheet = thanrak_report_sheet_new ("สระแก้ว");
  ThanrakReportRow *total;
  gint64 products = 0;
  gint64 operators = 0;
  gint64 sales = 0;
  guint col;

  for (guint i = 0; i < districts->len; i++)
    products += g_array_index (districts, District, i).products;

  thanrak_report_sheet_add_column (sheet, 6, THANRAK_REPORT_ALIGN_CENTER);
  thanrak_report_sheet_add_column (sheet, 18, THANRAK_REPORT_ALIGN_LEFT);
  thanrak_report_sheet_add_column (sheet, 12, THANRAK_REPORT_ALIGN_DEFAULT);
  thanrak_report_sheet_add_column (sheet, 12, THANRAK_REPORT_ALIGN_DEFAULT);
  thanrak_report_sheet_add_column (sheet, 16, THANRAK_REPORT_ALIGN_DEFAULT);
  thanrak_report_sheet_add_column (sheet, 14, THANRAK_REPORT_ALIGN_DEFAULT);
  thanrak_report_sheet_add_column (sheet, 12, THANRAK_REPORT_ALIGN_DEFAULT);
  thanrak_report_sheet_add_column (sheet, 10, THANRAK_REPORT_ALIGN_CENTER);

  thanrak_report_sheet_add_title (sheet, TITLE);
  thanrak_report_sheet_add_subtitle (sheet, SUBTITLE);

  thanrak_report_sheet_add_heading (sheet, 0, 0, 2, 1, "ที่");
  thanrak_report_sheet_add_heading (sheet, 0, 1, 2, 1, "อำเภอ");
  thanrak_report_sheet_add_heading (sheet, 0, 2, 2, 1, "จำนวนผู้ประกอบการ");
  thanrak_report_sheet_add_heading (sheet, 0, 3, 2, 1, "จำนวนผลิตภัณฑ์ OTOP ปี 2557 - 2563");
  thanrak_report_sheet_add_heading (sheet, 0, 4, 1, 2, SALES_HEADING);
  thanrak_report_sheet_add_heading (sheet, 1, 4, 1, 1, "รวม (บาท)");
  thanrak_report_sheet_add_heading (sheet, 1, 5, 1, 1, "เฉลี่ยต่อผู้ประกอบการ (บาท)");
  thanrak_report_sheet_add_heading (sheet, 0, 6, 2, 1, "สัดส่วนผลิตภัณฑ์");
  thanrak_report_sheet_add_heading (sheet, 0, 7, 2, 1, "ระดับ");

  for (guint i = 0; i < districts->len; i++)
    {
      District *d = &g_array_index (districts, District, i);
      ThanrakReportRow *row = thanrak_report_sheet_append_row (sheet);

      thanrak_report_row_add_count (row, i + 1);
      thanrak_report_row_add_text (row, d->name);
      thanrak_report_row_add_count (row, d->operators);
      thanrak_report_row_add_count (row, d->products);
      thanrak_report_row_add_baht (row, d->sales_satang);
      thanrak_report_row_add_baht_satang (row, div_round (d->sales_satang, d->operators));
      thanrak_report_row_add_percent (row, (double) d->products / products);
      col = thanrak_report_row_add_text (row, level_names[i % 5]);
      thanrak_report_row_set_band (row, col, THANRAK_REPORT_BAND_RED + i % 5);
      operators += d->operators;
      sales += d->sales_satang;
    }

  total = thanrak_report_sheet_get_total_row (sheet);
  col = thanrak_report_row_add_text (total, "รวม");
  thanrak_report_row_set_span (total, col, 2);
  thanrak_report_row_set_align (total, col, THANRAK_REPORT_ALIGN_CENTER);
  thanrak_report_row_add_column_sum (total, THANRAK_REPORT_STYLE_COUNT);
  thanrak_report_row_add_column_sum (total, THANRAK_REPORT_STYLE_COUNT);
  thanrak_report_row_add_column_sum (total, THANRAK_REPORT_STYLE_BAHT);
  thanrak_report_row_add_formula (total, "=E14/C14", (double) div_round (sales, operators) / 100,
                                  THANRAK_REPORT_STYLE_BAHT_SATANG);
  thanrak_report_row_add_column_sum (total, THANRAK_REPORT_STYLE_PERCENT);

  thanrak_report_sheet_add_footer (sheet, 4, THANRAK_REPORT_ALIGN_CENTER,
                                   "ลงชื่อ ........................................ ผู้รายงาน");
  thanrak_report_sheet_add_footer (sheet, 4, THANRAK_REPORT_ALIGN_CENTER,
                                   "ตำแหน่ง ........................................");
  thanrak_report_sheet_add_footer (sheet, 4, THANRAK_REPORT_ALIGN_CENTER,
                                   "วันที่ ........................................");

  return sheet;
}

static char *
sakaeo_expectations (const char *file,
                     GArray     *districts)
{
  g_autoptr(GString) e = g_string_new ("{\"file\": ");
  gint64 operators = 0;
  gint64 products = 0;
  gint64 sales = 0;

  for (guint i = 0; i < districts->len; i++)
    {
      District *d = &g_array_index (districts, District, i);

      operators += d->operators;
      products += d->products;
      sales += d->sales_satang;
    }
  /* The fixture's own totals (seed 004, Sa Kaeo). */
  g_assert_cmpint (operators, ==, 808);
  g_assert_cmpint (products, ==, 1921);

  json_string (e, file);
  g_string_append (e, ", \"sheets\": [{\"name\": \"สระแก้ว\", \"max_row\": 18, \"max_column\": 8,\n"
                      "\"merged\": [\"A1:H1\", \"A2:H2\", \"A3:A4\", \"B3:B4\", \"C3:C4\", \"D3:D4\","
                      " \"E3:F3\", \"G3:G4\", \"H3:H4\", \"A14:B14\", \"E16:H16\", \"E17:H17\", \"E18:H18\"],\n"
                      "\"formula_cells\": [\"C14\", \"D14\", \"E14\", \"F14\", \"G14\"],\n"
                      "\"font_everywhere\": \"TH SarabunPSK\", \"min_font_size\": 16,\n"
                      "\"borders\": [\"A3:H14\"],\n"
                      "\"row_heights\": {\"1\": 27, \"2\": 24, \"5\": 24},\n"
                      "\"min_row_height\": [1, 18, 24],\n"
                      "\"column_widths\": {\"A\": 6, \"B\": 18, \"E\": 16},\n"
                      "\"print\": {\"paper_size\": 9, \"orientation\": \"portrait\","
                      " \"print_title_rows\": \"3:4\", \"fit_to_width\": 1, \"fit_to_height\": 0,"
                      " \"footer_center\": \"หน้า &P จาก &N\", \"footer_font\": \"TH SarabunPSK\"},\n"
                      "\"cells\": [\n");

  expect_text_cell (e, "A1", TITLE, "\"font\": \"TH SarabunPSK\", \"size\": 18, \"bold\": true, \"halign\": \"center\"");
  expect_text_cell (e, "A2", SUBTITLE, "\"size\": 16, \"bold\": true");
  expect_text_cell (e, "A3", "ที่", "\"bold\": true, \"border\": \"thin\", \"halign\": \"center\", \"wrap\": true, \"size\": 16");
  expect_text_cell (e, "E3", SALES_HEADING, "\"bold\": true, \"border\": \"thin\", \"halign\": \"center\"");
  expect_text_cell (e, "E4", "รวม (บาท)", "\"bold\": true");
  expect_text_cell (e, "F4", "เฉลี่ยต่อผู้ประกอบการ (บาท)", "\"bold\": true");
  expect_cell (e, "A4", "blank", NULL);

  for (guint i = 0; i < districts->len; i++)
    {
      District *d = &g_array_index (districts, District, i);
      guint r = 5 + i;
      g_autofree char *a = g_strdup_printf ("A%u", r);
      g_autofree char *b = g_strdup_printf ("B%u", r);
      g_autofree char *c = g_strdup_printf ("C%u", r);
      g_autofree char *dd = g_strdup_printf ("D%u", r);
      g_autofree char *ee = g_strdup_printf ("E%u", r);
      g_autofree char *f = g_strdup_printf ("F%u", r);
      g_autofree char *g = g_strdup_printf ("G%u", r);
      g_autofree char *h = g_strdup_printf ("H%u", r);
      g_autofree char *p = NULL;

      p = g_strdup_printf ("\"value\": %u, \"number_format\": \"#,##0\", \"halign\": \"center\"", i + 1);
      expect_cell (e, a, "number", p);
      expect_text_cell (e, b, d->name, "\"bold\": false, \"border\": \"thin\", \"wrap\": true, \"halign\": \"left\"");
      g_free (p);
      p = g_strdup_printf ("\"value\": %" G_GINT64_FORMAT ", \"number_format\": \"#,##0\"", d->operators);
      expect_cell (e, c, "number", p);
      g_free (p);
      p = g_strdup_printf ("\"value\": %" G_GINT64_FORMAT ", \"number_format\": \"#,##0\"", d->products);
      expect_cell (e, dd, "number", p);
      g_free (p);
      p = g_strdup_printf ("\"value\": %" G_GINT64_FORMAT ", \"number_format\": \"#,##0\"", d->sales_satang / 100);
      expect_cell (e, ee, "number", p);
      g_free (p);
      p = g_strdup_printf ("\"value\": %" G_GINT64_FORMAT ".%02d, \"number_format\": \"#,##0.00\"",
                           div_round (d->sales_satang, d->operators) / 100,
                           (int) (div_round (d->sales_satang, d->operators) % 100));
      expect_cell (e, f, "number", p);
      g_free (p);
      p = g_strdup_printf ("\"value\": %.17g, \"number_format\": \"0.00%%\"", (double) d->products / products);
      expect_cell (e, g, "number", p);
      g_free (p);
      p = g_strdup_printf ("\"fill\": \"%s\", \"halign\": \"center\"", band_fills[i % 5]);
      expect_text_cell (e, h, level_names[i % 5], p);
    }

  {
    g_autofree char *p = NULL;

    expect_text_cell (e, "A14", "รวม", "\"bold\": true, \"halign\": \"center\"");
    p = g_strdup_printf ("\"value\": \"=SUM(C5:C13)\", \"cached\": %" G_GINT64_FORMAT ", \"bold\": true,"
                         " \"number_format\": \"#,##0\"", operators);
    expect_cell (e, "C14", "formula", p);
    g_free (p);
    p = g_strdup_printf ("\"value\": \"=SUM(D5:D13)\", \"cached\": %" G_GINT64_FORMAT, products);
    expect_cell (e, "D14", "formula", p);
    g_free (p);
    p = g_strdup_printf ("\"value\": \"=SUM(E5:E13)\", \"cached\": %" G_GINT64_FORMAT
                         ", \"number_format\": \"#,##0\"", sales / 100);
    expect_cell (e, "E14", "formula", p);
    g_free (p);
    p = g_strdup_printf ("\"value\": \"=E14/C14\", \"cached\": %.17g, \"number_format\": \"#,##0.00\"",
                         (double) div_round (sales, operators) / 100);
    expect_cell (e, "F14", "formula", p);
    g_clear_pointer (&p, g_free);
    expect_cell (e, "G14", "formula", "\"value\": \"=SUM(G5:G13)\", \"cached\": 1, \"number_format\": \"0.00%\"");
    expect_cell (e, "H14", "blank", "\"border\": \"thin\"");
    expect_text_cell (e, "E16", "ลงชื่อ ........................................ ผู้รายงาน",
                      "\"halign\": \"center\", \"bold\": false");
    expect_text_cell (e, "E18", "วันที่ ........................................", NULL);
    expect_cell (e, "A15", "blank", NULL);
  }

  expect_cells_end (e);
  g_string_append (e, "}]}\n");

  return g_string_free (g_steal_pointer (&e), FALSE);
}

static void
check_sakaeo (ThanrakReportWriteFlags flags)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "sakaeo.xlsx", NULL);
  g_autofree char *json = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GArray) districts = load_sakaeo ();
  g_autoptr(ThanrakReportSheet) sheet = make_sakaeo_sheet (districts);
  g_autoptr(GError) error = NULL;

  /* 100 units (740 pixels) is within a tenth of A4 portrait's 698. */
  g_assert_false (thanrak_report_sheet_is_landscape (sheet));
  g_assert_true (thanrak_report_write_sheet (path, sheet, flags, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  /* Only the file: the temporary name was renamed into place. */
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "sakaeo.xlsx");

  json = sakaeo_expectations (path, districts);
  check_xlsx (json);

  remove_dir (dir);
}

static void
test_sheet_sakaeo (void)
{
  check_sakaeo (THANRAK_REPORT_WRITE_NONE);
}

static void
test_sheet_sakaeo_constant_memory (void)
{
  check_sakaeo (THANRAK_REPORT_WRITE_CONSTANT_MEMORY);
}

static void
test_sheet_orientation (void)
{
  g_autoptr(ThanrakReportSheet) sheet = thanrak_report_sheet_new ("o");
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "o.xlsx", NULL);
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;

  /* Form 6's fourteen columns: far wider than portrait. */
  for (guint i = 0; i < 14; i++)
    thanrak_report_sheet_add_column (sheet, 15, THANRAK_REPORT_ALIGN_DEFAULT);
  g_assert_true (thanrak_report_sheet_is_landscape (sheet));
  g_assert_true (thanrak_report_write_sheet (path, sheet, THANRAK_REPORT_WRITE_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  json = g_strdup_printf ("{\"file\": \"%s\", \"sheets\": [{\"name\": \"o\","
                          " \"print\": {\"orientation\": \"landscape\", \"paper_size\": 9,"
                          " \"fit_to_width\": 1, \"fit_to_height\": 0}}]}", path);
  check_xlsx (json);

  thanrak_report_sheet_set_orientation (sheet, THANRAK_REPORT_ORIENTATION_PORTRAIT);
  g_assert_false (thanrak_report_sheet_is_landscape (sheet));
  remove_dir (dir);
}

/* Text typed by users stays text ---------------------------------------- */

static const char *user_texts[] = { "=1+1", "@SUM(A1)", "+66 81 234 5678", "-5", "=HYPERLINK(\"http://x\")" };

static void
check_user_text (ThanrakReportWriteFlags flags)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "names.xlsx", NULL);
  g_autoptr(ThanrakReportSheet) sheet = thanrak_report_sheet_new ("names");
  g_autoptr(GString) e = g_string_new ("{\"file\": ");
  g_autoptr(GError) error = NULL;

  thanrak_report_sheet_add_column (sheet, 6, THANRAK_REPORT_ALIGN_CENTER);
  thanrak_report_sheet_add_column (sheet, 30, THANRAK_REPORT_ALIGN_LEFT);
  thanrak_report_sheet_add_heading (sheet, 0, 0, 1, 1, "ที่");
  thanrak_report_sheet_add_heading (sheet, 0, 1, 1, 1, "ชื่อผู้ประกอบการ OTOP");
  for (guint i = 0; i < G_N_ELEMENTS (user_texts); i++)
    {
      ThanrakReportRow *row = thanrak_report_sheet_append_row (sheet);

      thanrak_report_row_add_count (row, i + 1);
      thanrak_report_row_add_text (row, user_texts[i]);
    }
  g_assert_false (thanrak_report_sheet_is_landscape (sheet));

  g_assert_true (thanrak_report_write_sheet (path, sheet, flags, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  json_string (e, path);
  g_string_append (e, ", \"sheets\": [{\"name\": \"names\", \"max_row\": 6, \"merged\": [], \"formula_cells\": [],"
                      " \"print\": {\"orientation\": \"portrait\", \"print_title_rows\": \"1:1\"},"
                      " \"cells\": [\n");
  for (guint i = 0; i < G_N_ELEMENTS (user_texts); i++)
    {
      g_autofree char *cell = g_strdup_printf ("B%u", i + 2);
      expect_text_cell (e, cell, user_texts[i], NULL);
    }
  expect_cells_end (e);
  g_string_append (e, "}]}\n");
  check_xlsx (e->str);

  remove_dir (dir);
}

static void
test_sheet_user_text (void)
{
  check_user_text (THANRAK_REPORT_WRITE_NONE);
  check_user_text (THANRAK_REPORT_WRITE_CONSTANT_MEMORY);
}

/* Cells over several rows (form 1's aspects beside their items) ---------- */

static ThanrakReportSheet *
make_aspect_sheet (gboolean value_under_span)
{
  ThanrakReportSheet *sheet = thanrak_report_sheet_new ("แบบประเมิน");
  const char *items[] = {
    "1.1 มีสถานที่ดำเนินการที่ชัดเจน",
    "1.2 มีป้ายศูนย์บริการส่งเสริมเศรษฐกิจฐานราก",
    "1.3 มีวัสดุ เครื่องมือ และสื่อในการให้บริการ",
  };
  const gint64 points[] = { 1, 2, 3 };
  ThanrakReportRow *row;
  guint col;

  thanrak_report_sheet_add_column (sheet, 6, THANRAK_REPORT_ALIGN_CENTER);
  thanrak_report_sheet_add_column (sheet, 24, THANRAK_REPORT_ALIGN_LEFT);
  thanrak_report_sheet_add_column (sheet, 40, THANRAK_REPORT_ALIGN_LEFT);
  thanrak_report_sheet_add_column (sheet, 12, THANRAK_REPORT_ALIGN_CENTER);
  thanrak_report_sheet_add_title (sheet, "แบบประเมินศูนย์บริการส่งเสริมเศรษฐกิจฐานราก");
  thanrak_report_sheet_add_heading (sheet, 0, 0, 1, 1, "ที่");
  thanrak_report_sheet_add_heading (sheet, 0, 1, 1, 1, "ประเด็นการประเมิน");
  thanrak_report_sheet_add_heading (sheet, 0, 2, 1, 1, "เกณฑ์การประเมิน");
  thanrak_report_sheet_add_heading (sheet, 0, 3, 1, 1, "คะแนนเต็ม ๕๐ คะแนน");

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      row = thanrak_report_sheet_append_row (sheet);
      if (i == 0)
        {
          col = thanrak_report_row_add_count (row, 1);
          thanrak_report_row_set_row_span (row, col, 3);
          col = thanrak_report_row_add_text (row, "ด้านสถานที่ (6 คะแนน)");
          thanrak_report_row_set_row_span (row, col, 3);
        }
      else
        {
          thanrak_report_row_add_blank (row);
          if (value_under_span && i == 2)
            thanrak_report_row_add_text (row, "ผิดที่");
          else
            thanrak_report_row_add_blank (row);
        }
      thanrak_report_row_add_text (row, items[i]);
      thanrak_report_row_add_count (row, points[i]);
    }
  row = thanrak_report_sheet_append_row (sheet);
  thanrak_report_row_add_count (row, 2);
  thanrak_report_row_add_text (row, "ด้านโครงสร้างการบริหาร (8 คะแนน)");
  thanrak_report_row_add_text (row, "2.1 มีคณะกรรมการบริหาร");
  thanrak_report_row_add_count (row, 1);

  row = thanrak_report_sheet_get_total_row (sheet);
  col = thanrak_report_row_add_text (row, "คะแนนที่ได้");
  thanrak_report_row_set_span (row, col, 3);
  thanrak_report_row_add_column_sum (row, THANRAK_REPORT_STYLE_COUNT);

  return sheet;
}

static void
test_sheet_row_spans (void)
{
  for (guint mode = 0; mode < 2; mode++)
    {
      ThanrakReportWriteFlags flags = mode ? THANRAK_REPORT_WRITE_CONSTANT_MEMORY : THANRAK_REPORT_WRITE_NONE;
      g_autofree char *dir = make_dir ();
      g_autofree char *path = g_build_filename (dir, "aspects.xlsx", NULL);
      g_autofree char *listing = NULL;
      g_autoptr(ThanrakReportSheet) sheet = make_aspect_sheet (FALSE);
      g_autoptr(ThanrakReportSheet) bad = make_aspect_sheet (TRUE);
      g_autoptr(GString) e = g_string_new ("{\"file\": ");
      g_autoptr(GError) error = NULL;

      g_assert_true (thanrak_report_write_sheet (path, sheet, flags, NULL, NULL, NULL, &error));
      g_assert_no_error (error);

      json_string (e, path);
      g_string_append (e, ", \"sheets\": [{\"name\": \"แบบประเมิน\", \"max_row\": 7,"
                          " \"merged\": [\"A1:D1\", \"A3:A5\", \"B3:B5\", \"A7:C7\"],"
                          " \"formula_cells\": [\"D7\"], \"borders\": [\"A2:D7\"],"
                          " \"min_row_height\": [1, 7, 24], \"cells\": [\n");
      expect_cell (e, "A3", "number", "\"value\": 1, \"halign\": \"center\"");
      expect_text_cell (e, "B3", "ด้านสถานที่ (6 คะแนน)", NULL);
      expect_cell (e, "A4", "blank", NULL);
      expect_text_cell (e, "C5", "1.3 มีวัสดุ เครื่องมือ และสื่อในการให้บริการ", NULL);
      expect_cell (e, "A6", "number", "\"value\": 2");
      expect_cell (e, "D7", "formula", "\"value\": \"=SUM(D3:D6)\", \"cached\": 7, \"bold\": true");
      expect_cells_end (e);
      g_string_append (e, "}]}\n");
      check_xlsx (e->str);

      /* A value under the merged cell is refused, naming its place. */
      g_unlink (path);
      g_assert_false (thanrak_report_write_sheet (path, bad, flags, NULL, NULL, NULL, &error));
      g_assert_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_INVALID_SHEET);
      g_assert_nonnull (strstr (error->message, "Row 5, column B"));
      listing = list_dir (dir);
      g_assert_cmpstr (listing, ==, "");
      remove_dir (dir);
    }
}

/* Thai digits ------------------------------------------------------------ */

static void
test_sheet_thai_digits (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "digits.xlsx", NULL);
  g_autoptr(ThanrakReportSheet) sheet = thanrak_report_sheet_new ("digits");
  g_autoptr(GString) e = g_string_new ("{\"file\": ");
  g_autoptr(GError) error = NULL;
  ThanrakReportRow *row;
  GDate date;

  thanrak_report_sheet_set_thai_digits (sheet, TRUE);
  thanrak_report_sheet_add_column (sheet, 8, THANRAK_REPORT_ALIGN_CENTER);
  thanrak_report_sheet_add_column (sheet, 16, THANRAK_REPORT_ALIGN_DEFAULT);
  thanrak_report_sheet_add_column (sheet, 12, THANRAK_REPORT_ALIGN_DEFAULT);
  thanrak_report_sheet_add_title (sheet, "ปีงบประมาณ 2565");
  thanrak_report_sheet_add_heading (sheet, 0, 0, 1, 1, "ที่");
  thanrak_report_sheet_add_heading (sheet, 0, 1, 1, 1, "ยอดจำหน่าย (บาท)");
  thanrak_report_sheet_add_heading (sheet, 0, 2, 1, 1, "วันที่");
  row = thanrak_report_sheet_append_row (sheet);
  thanrak_report_row_add_count (row, 1);
  thanrak_report_row_add_baht_satang (row, 2150);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_OCTOBER, 2020);
  thanrak_report_row_add_date (row, &date);

  g_assert_true (thanrak_report_write_sheet (path, sheet, THANRAK_REPORT_WRITE_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  json_string (e, path);
  g_string_append (e, ", \"sheets\": [{\"name\": \"digits\", \"cells\": [\n");
  /* Own text converted; numbers stay numbers with a Thai-digit format. */
  expect_text_cell (e, "A1", "ปีงบประมาณ ๒๕๖๕", NULL);
  expect_cell (e, "A3", "number", "\"value\": 1, \"number_format\": \"[$-D00041E]#,##0\"");
  expect_cell (e, "B3", "number", "\"value\": 21.5, \"number_format\": \"[$-D00041E]#,##0.00\"");
  /* 1 Oct 2020 (BE 2563): a date number, shown ๑ ต.ค. ๖๓. */
  expect_cell (e, "C3", "date", "\"value\": \"2020-10-01\", \"number_format\": \"[$-D07041E]d mmm yy\"");
  expect_cells_end (e);
  g_string_append (e, "}]}\n");
  check_xlsx (e->str);

  remove_dir (dir);
}

/* Long lists from a row source ------------------------------------------- */

#define SOURCE_ROWS 3000

static gboolean
fill_source_row (guint64            index,
                 ThanrakReportRow  *row,
                 gpointer           user_data,
                 GError           **error)
{
  g_autofree char *name = g_strdup_printf ("กลุ่มทอผ้าบ้านหนองบัว %" G_GUINT64_FORMAT, index + 1);

  thanrak_report_row_add_count (row, (gint64) index + 1);
  thanrak_report_row_add_text (row, name);
  /* 1,234.56 baht and up by one satang a row. */
  thanrak_report_row_add_baht_satang (row, 123456 + (gint64) index);

  return TRUE;
}

typedef struct
{
  guint   calls;
  guint64 last_done;
  guint64 last_total;
  GCancellable *cancel_at_1024;
} ProgressLog;

static void
log_progress (guint64  rows_done,
              guint64  rows_total,
              gpointer user_data)
{
  ProgressLog *log = user_data;

  g_assert_cmpuint (rows_done, >=, log->last_done);
  log->calls++;
  log->last_done = rows_done;
  log->last_total = rows_total;
  if (log->cancel_at_1024 != NULL && rows_done >= 1024)
    g_cancellable_cancel (log->cancel_at_1024);
}

static ThanrakReportSheet *
make_source_sheet (void)
{
  ThanrakReportSheet *sheet = thanrak_report_sheet_new ("list");
  ThanrakReportRow *total;
  guint col;

  thanrak_report_sheet_add_column (sheet, 8, THANRAK_REPORT_ALIGN_CENTER);
  thanrak_report_sheet_add_column (sheet, 30, THANRAK_REPORT_ALIGN_LEFT);
  thanrak_report_sheet_add_column (sheet, 14, THANRAK_REPORT_ALIGN_DEFAULT);
  thanrak_report_sheet_add_title (sheet, "แบบรายงานผลการส่งเสริมผลิตภัณฑ์ OTOP ในตลาดออนไลน์");
  thanrak_report_sheet_add_heading (sheet, 0, 0, 1, 1, "ที่");
  thanrak_report_sheet_add_heading (sheet, 0, 1, 1, 1, "ชื่อผู้ประกอบการ OTOP");
  thanrak_report_sheet_add_heading (sheet, 0, 2, 1, 1, "ยอดจำหน่าย");
  thanrak_report_sheet_set_row_source (sheet, SOURCE_ROWS, fill_source_row, NULL, NULL);
  total = thanrak_report_sheet_get_total_row (sheet);
  col = thanrak_report_row_add_text (total, "รวม");
  thanrak_report_row_set_span (total, col, 2);
  thanrak_report_row_add_column_sum (total, THANRAK_REPORT_STYLE_BAHT_SATANG);

  return sheet;
}

static void
test_sheet_row_source (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "list.xlsx", NULL);
  g_autoptr(ThanrakReportSheet) sheet = make_source_sheet ();
  g_autoptr(GString) e = g_string_new ("{\"file\": ");
  g_autoptr(GError) error = NULL;
  ProgressLog log = { 0 };
  gint64 sum = 0;
  g_autofree char *p = NULL;
  g_autofree char *last = NULL;

  g_assert_true (thanrak_report_write_sheet (path, sheet, THANRAK_REPORT_WRITE_CONSTANT_MEMORY,
                                             NULL, log_progress, &log, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (log.last_done, ==, SOURCE_ROWS);
  g_assert_cmpuint (log.last_total, ==, SOURCE_ROWS);
  g_assert_cmpuint (log.calls, ==, SOURCE_ROWS / 512 + 1);

  for (gint64 i = 0; i < SOURCE_ROWS; i++)
    sum += 123456 + i;

  json_string (e, path);
  g_string_append_printf (e, ", \"sheets\": [{\"name\": \"list\", \"max_row\": %d,"
                             " \"merged\": [\"A1:C1\", \"A%d:B%d\"],"
                             " \"print\": {\"print_title_rows\": \"2:2\", \"paper_size\": 9},"
                             " \"cells\": [\n",
                          SOURCE_ROWS + 3, SOURCE_ROWS + 3, SOURCE_ROWS + 3);
  expect_text_cell (e, "B3", "กลุ่มทอผ้าบ้านหนองบัว 1", NULL);
  expect_cell (e, "C3", "number", "\"value\": 1234.56, \"number_format\": \"#,##0.00\"");
  last = g_strdup_printf ("C%d", SOURCE_ROWS + 2);
  p = g_strdup_printf ("\"value\": %.2f", (123456 + SOURCE_ROWS - 1) / 100.0);
  expect_cell (e, last, "number", p);
  g_free (last);
  g_free (p);
  last = g_strdup_printf ("C%d", SOURCE_ROWS + 3);
  p = g_strdup_printf ("\"value\": \"=SUM(C3:C%d)\", \"cached\": %" G_GINT64_FORMAT ".%02d",
                       SOURCE_ROWS + 2, sum / 100, (int) (sum % 100));
  expect_cell (e, last, "formula", p);
  expect_cells_end (e);
  g_string_append (e, "}]}\n");
  check_xlsx (e->str);

  remove_dir (dir);
}

/* Failures leave no file -------------------------------------------------- */

static void
test_file_invalid_text (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "bad.xlsx", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(ThanrakReportSheet) sheet = thanrak_report_sheet_new ("bad");
  g_autoptr(GError) error = NULL;
  ThanrakReportRow *row;

  thanrak_report_sheet_add_column (sheet, 6, THANRAK_REPORT_ALIGN_CENTER);
  thanrak_report_sheet_add_column (sheet, 20, THANRAK_REPORT_ALIGN_LEFT);
  thanrak_report_sheet_add_title (sheet, "ทดสอบ");
  thanrak_report_sheet_add_heading (sheet, 0, 0, 1, 1, "ที่");
  thanrak_report_sheet_add_heading (sheet, 0, 1, 1, 1, "ชื่อ");
  row = thanrak_report_sheet_append_row (sheet);
  thanrak_report_row_add_count (row, 1);
  thanrak_report_row_add_text (row, "กลุ่มแม่บ้าน");
  row = thanrak_report_sheet_append_row (sheet);
  thanrak_report_row_add_count (row, 2);
  /* A Latin-1 byte in the middle of Thai text. */
  thanrak_report_row_add_text (row, "กลุ่ม\xe9ทอผ้า");

  g_assert_false (thanrak_report_write_sheet (path, sheet, THANRAK_REPORT_WRITE_NONE, NULL, NULL, NULL, &error));
  g_assert_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_INVALID_TEXT);
  /* Title row 1, heading row 2, body rows 3 and 4: the bad text is B4. */
  g_assert_nonnull (strstr (error->message, "4"));
  g_assert_nonnull (strstr (error->message, "B"));
  g_assert_nonnull (strstr (error->message, "bad"));

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "");

  remove_dir (dir);
}

static void
test_file_existing_kept_on_failure (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "report.xlsx", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(ThanrakReportSheet) sheet = thanrak_report_sheet_new ("s");
  g_autoptr(GError) error = NULL;
  ThanrakReportRow *row;

  g_assert_true (g_file_set_contents (path, "previous export", -1, NULL));
  thanrak_report_sheet_add_column (sheet, 20, THANRAK_REPORT_ALIGN_LEFT);
  row = thanrak_report_sheet_append_row (sheet);
  thanrak_report_row_add_text (row, "\xff");

  g_assert_false (thanrak_report_write_sheet (path, sheet, THANRAK_REPORT_WRITE_CONSTANT_MEMORY,
                                              NULL, NULL, NULL, &error));
  g_assert_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_INVALID_TEXT);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "previous export");
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "report.xlsx");

  /* A good sheet replaces it. */
  g_clear_error (&error);
  thanrak_report_sheet_free (g_steal_pointer (&sheet));
  sheet = thanrak_report_sheet_new ("s");
  thanrak_report_sheet_add_column (sheet, 20, THANRAK_REPORT_ALIGN_LEFT);
  thanrak_report_row_add_text (thanrak_report_sheet_append_row (sheet), "ดี");
  g_assert_true (thanrak_report_write_sheet (path, sheet, THANRAK_REPORT_WRITE_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_free (contents);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "PK"));

  remove_dir (dir);
}

static void
test_file_unwritable_folder (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *not_a_folder = g_build_filename (dir, "notes.txt", NULL);
  g_autofree char *path = g_build_filename (not_a_folder, "report.xlsx", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(ThanrakReportSheet) sheet = thanrak_report_sheet_new ("s");
  g_autoptr(GError) error = NULL;

  /* A path under a regular file cannot be written, even by root (for
   * whom chmod 0500 changes nothing). */
  g_assert_true (g_file_set_contents (not_a_folder, "x", -1, NULL));
  thanrak_report_sheet_add_column (sheet, 20, THANRAK_REPORT_ALIGN_LEFT);
  thanrak_report_row_add_text (thanrak_report_sheet_append_row (sheet), "ดี");

  g_assert_false (thanrak_report_write_sheet (path, sheet, THANRAK_REPORT_WRITE_NONE, NULL, NULL, NULL, &error));
  g_assert_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_WRITE);
  /* The message names the folder and says what to do. */
  g_assert_nonnull (strstr (error->message, not_a_folder));
  g_assert_nonnull (strstr (error->message, "Choose a folder"));
  g_test_message ("%s", error->message);

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "notes.txt");

  /* A folder that does not exist. */
  g_clear_error (&error);
  g_free (path);
  path = g_build_filename (dir, "no-such-folder", "report.xlsx", NULL);
  g_assert_false (thanrak_report_write_sheet (path, sheet, THANRAK_REPORT_WRITE_NONE, NULL, NULL, NULL, &error));
  g_assert_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_WRITE);
  g_free (listing);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "notes.txt");

  remove_dir (dir);
}

/* The same error in Thai, as the app shows it. */
static void
test_file_unwritable_folder_thai (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = make_dir ();
      g_autofree char *not_a_folder = g_build_filename (dir, "notes.txt", NULL);
      g_autofree char *path = g_build_filename (not_a_folder, "report.xlsx", NULL);
      g_autoptr(ThanrakReportSheet) sheet = thanrak_report_sheet_new ("s");
      g_autoptr(GError) error = NULL;

      g_setenv ("LC_ALL", "th_TH.UTF-8", TRUE);
      g_setenv ("LANGUAGE", "th", TRUE);
      if (setlocale (LC_ALL, "") == NULL)
        g_error ("The th_TH.UTF-8 locale is missing: run build-aux/setup.sh, which generates it.");
      bindtextdomain (GETTEXT_PACKAGE, TEST_LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);

      g_assert_true (g_file_set_contents (not_a_folder, "x", -1, NULL));
      thanrak_report_sheet_add_column (sheet, 20, THANRAK_REPORT_ALIGN_LEFT);
      g_assert_false (thanrak_report_write_sheet (path, sheet, THANRAK_REPORT_WRITE_NONE,
                                                  NULL, NULL, NULL, &error));
      g_assert_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_WRITE);
      g_print ("%s\n", error->message);
      remove_dir (dir);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*ไม่สามารถบันทึกรายงานในโฟลเดอร์ “*notes.txt”*กรุณาเลือกโฟลเดอร์*");
}

static void
test_file_cancelled (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "list.xlsx", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(ThanrakReportSheet) sheet = make_source_sheet ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  ProgressLog log = { 0 };

  guint fds = count_fds ();

  /* Cancelled half-way, from the progress callback. */
  log.cancel_at_1024 = cancellable;
  for (guint mode = 0; mode < 2; mode++)
    {
      g_assert_false (thanrak_report_write_sheet (path, sheet,
                                                  mode ? THANRAK_REPORT_WRITE_CONSTANT_MEMORY : THANRAK_REPORT_WRITE_NONE,
                                                  cancellable, log_progress, &log, &error));
      g_assert_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_CANCELLED);
      g_assert_cmpuint (log.last_done, <, SOURCE_ROWS);
      g_clear_error (&error);
      listing = list_dir (dir);
      g_assert_cmpstr (listing, ==, "");
      g_clear_pointer (&listing, g_free);
      g_cancellable_reset (cancellable);
      log.last_done = 0;
    }
  /* Nothing left open: constant-memory mode keeps a temporary file per
   * sheet, which a cancelled export must close. */
  g_assert_cmpuint (count_fds (), ==, fds);

  remove_dir (dir);
}

static gboolean
fail_source_row (guint64            index,
                 ThanrakReportRow  *row,
                 gpointer           user_data,
                 GError           **error)
{
  thanrak_report_row_add_count (row, (gint64) index);
  if (index < 700)
    return TRUE;
  /* At row 700: with an error of its own, or (a bug) without one. */
  if (GPOINTER_TO_INT (user_data))
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "database closed");
  return FALSE;
}

static void
test_file_row_source_fails (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "f.xlsx", NULL);
  g_autofree char *listing = NULL;

  for (int with_error = 0; with_error < 2; with_error++)
    {
      g_autoptr(ThanrakReportSheet) sheet = thanrak_report_sheet_new ("f");
      g_autoptr(GError) error = NULL;

      thanrak_report_sheet_add_column (sheet, 10, THANRAK_REPORT_ALIGN_DEFAULT);
      thanrak_report_sheet_set_row_source (sheet, 1000, fail_source_row, GINT_TO_POINTER (with_error), NULL);
      g_assert_false (thanrak_report_write_sheet (path, sheet, THANRAK_REPORT_WRITE_CONSTANT_MEMORY,
                                                  NULL, NULL, NULL, &error));
      if (with_error)
        g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
      else
        g_assert_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_INVALID_SHEET);
    }

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "");
  remove_dir (dir);
}

static void
test_sheet_invalid_headings (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "h.xlsx", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(ThanrakReportSheet) sheet = thanrak_report_sheet_new ("h");
  g_autoptr(ThanrakReportSheet) wide = thanrak_report_sheet_new ("w");
  g_autoptr(GError) error = NULL;

  thanrak_report_sheet_add_column (sheet, 10, THANRAK_REPORT_ALIGN_LEFT);
  thanrak_report_sheet_add_column (sheet, 10, THANRAK_REPORT_ALIGN_LEFT);
  thanrak_report_sheet_add_heading (sheet, 0, 0, 2, 1, "ก");
  thanrak_report_sheet_add_heading (sheet, 1, 0, 1, 2, "ข");
  g_assert_false (thanrak_report_write_sheet (path, sheet, THANRAK_REPORT_WRITE_NONE, NULL, NULL, NULL, &error));
  g_assert_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_INVALID_SHEET);
  g_clear_error (&error);

  thanrak_report_sheet_add_column (wide, 10, THANRAK_REPORT_ALIGN_LEFT);
  thanrak_report_row_add_text (thanrak_report_sheet_append_row (wide), "ก");
  thanrak_report_row_add_text (thanrak_report_sheet_get_total_row (wide), "ข");
  thanrak_report_row_add_count (thanrak_report_sheet_get_total_row (wide), 1);
  g_assert_false (thanrak_report_write_sheet (path, wide, THANRAK_REPORT_WRITE_NONE, NULL, NULL, NULL, &error));
  g_assert_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_INVALID_SHEET);

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "");
  remove_dir (dir);
}

/* Two sheets in one workbook, with progress over both. */
static void
test_file_two_sheets (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "two.xlsx", NULL);
  g_autoptr(GArray) districts = load_sakaeo ();
  g_autoptr(ThanrakReportSheet) a = make_sakaeo_sheet (districts);
  g_autoptr(ThanrakReportSheet) b = make_source_sheet ();
  ThanrakReportSheet *sheets[] = { a, b };
  g_autoptr(GError) error = NULL;
  ProgressLog log = { 0 };
  g_autofree char *json = NULL;

  thanrak_report_sheet_set_band_color (a, THANRAK_REPORT_BAND_RED, 0xFF7777);
  g_assert_true (thanrak_report_write_file (path, sheets, 2, THANRAK_REPORT_WRITE_CONSTANT_MEMORY,
                                            NULL, log_progress, &log, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (log.last_done, ==, 9 + SOURCE_ROWS);
  g_assert_cmpuint (log.last_total, ==, 9 + SOURCE_ROWS);

  json = g_strdup_printf ("{\"file\": \"%s\", \"sheets\": ["
                          "{\"name\": \"สระแก้ว\", \"cells\": [{\"cell\": \"H5\", \"fill\": \"FF7777\"},"
                          " {\"cell\": \"H6\", \"fill\": \"FFC000\"}]},"
                          " {\"name\": \"list\", \"cells\": [{\"cell\": \"A1\", \"type\": \"string\"}]}]}",
                          path);
  check_xlsx (json);
  remove_dir (dir);
}

/* Formats ---------------------------------------------------------------- */

static void
test_format_helpers (void)
{
  g_autofree char *digits = thanrak_report_thai_digits ("1 ต.ค. 63 - 30 ก.ย. 2564");
  ThanrakReportBand band = THANRAK_REPORT_BAND_NONE;

  g_assert_cmpstr (digits, ==, "๑ ต.ค. ๖๓ - ๓๐ ก.ย. ๒๕๖๔");

  g_assert_cmpfloat (thanrak_report_row_height (1, 16), ==, 24);
  g_assert_cmpfloat (thanrak_report_row_height (2, 16), ==, 52);
  g_assert_cmpfloat (thanrak_report_row_height (3, 16), ==, 79);
  g_assert_cmpfloat (thanrak_report_row_height (1, 18), ==, 27);

  /* Short text fits one line; marks above and below take no width; a
   * long heading in a narrow column wraps; `\n` always breaks. */
  g_assert_cmpuint (thanrak_report_text_lines ("อำเภอ", 18, 16), ==, 1);
  g_assert_cmpuint (thanrak_report_text_lines ("ผู้ประกอบการ", 18, 16), ==, 1);
  g_assert_cmpuint (thanrak_report_text_lines ("ผู้ประกอบการ", 12, 16), ==, 2);
  g_assert_cmpuint (thanrak_report_text_lines ("จำนวนผู้ ประกอบการ", 16, 16), ==, 2);
  g_assert_cmpuint (thanrak_report_text_lines ("จำนวนผลิตภัณฑ์ OTOP ปี 2557 - 2563", 12, 16), >=, 3);
  g_assert_cmpuint (thanrak_report_text_lines ("ก\nข", 30, 16), ==, 2);
  g_assert_cmpuint (thanrak_report_text_lines ("", 10, 16), ==, 1);

  g_assert_true (thanrak_report_band_from_name ("light-green", &band));
  g_assert_cmpint (band, ==, THANRAK_REPORT_BAND_LIGHT_GREEN);
  g_assert_false (thanrak_report_band_from_name ("purple", &band));
  g_assert_cmphex (thanrak_report_band_default_color (THANRAK_REPORT_BAND_DARK_GREEN), ==, 0x00B050);

  g_assert_cmpstr (thanrak_report_number_format (THANRAK_REPORT_STYLE_BAHT, FALSE), ==, "#,##0");
  g_assert_cmpstr (thanrak_report_number_format (THANRAK_REPORT_STYLE_BAHT, TRUE), ==, "[$-D00041E]#,##0");
  g_assert_null (thanrak_report_number_format (THANRAK_REPORT_STYLE_TEXT, FALSE));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/format/helpers", test_format_helpers);
  g_test_add_func ("/report/sheet/sakaeo", test_sheet_sakaeo);
  g_test_add_func ("/report/sheet/sakaeo-constant-memory", test_sheet_sakaeo_constant_memory);
  g_test_add_func ("/report/sheet/orientation", test_sheet_orientation);
  g_test_add_func ("/report/sheet/user-text", test_sheet_user_text);
  g_test_add_func ("/report/sheet/row-spans", test_sheet_row_spans);
  g_test_add_func ("/report/sheet/thai-digits", test_sheet_thai_digits);
  g_test_add_func ("/report/sheet/row-source", test_sheet_row_source);
  g_test_add_func ("/report/sheet/invalid-headings", test_sheet_invalid_headings);
  g_test_add_func ("/report/file/invalid-text", test_file_invalid_text);
  g_test_add_func ("/report/file/existing-kept-on-failure", test_file_existing_kept_on_failure);
  g_test_add_func ("/report/file/unwritable-folder", test_file_unwritable_folder);
  g_test_add_func ("/report/file/unwritable-folder-thai", test_file_unwritable_folder_thai);
  g_test_add_func ("/report/file/cancelled", test_file_cancelled);
  g_test_add_func ("/report/file/two-sheets", test_file_two_sheets);
  g_test_add_func ("/report/file/row-source-fails", test_file_row_source_fails);

  return g_test_run ();
}
