/* test-forms.c: the official forms, read back by an independent reader
 *
 * Each form is written from the fixtures in tests/data/ into a temporary
 * folder, then tests/check-xlsx.py (openpyxl and the raw sheet XML)
 * checks it against expectations written here as JSON. Forms 4, 5 and 7
 * are compared cell for cell with the seed tables in
 * the tests/data/…-expected-….csv files, read here; their headings with the seeds'
 * own text. The CLI's `export` is checked to write the same file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "xlsx-check.h"
#include "thanrak-assessment.h"
#include "thanrak-form-assessment.h"
#include "thanrak-form-assessment-summary.h"
#include "thanrak-form-results.h"
#include "thanrak-form-targets.h"
#include "thanrak-kpi.h"
#include "thanrak-report-file.h"
#include "thanrak-report-format.h"

#define FONT "TH SarabunPSK"

/* JSON ------------------------------------------------------------------ */

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

static char *
cell_name (guint row,
           guint column)
{
  /* row and column from 1; columns up to ZZ */
  if (column <= 26)
    return g_strdup_printf ("%c%u", 'A' + column - 1, row);
  return g_strdup_printf ("%c%c%u", 'A' + (column - 1) / 26 - 1, 'A' + (column - 1) % 26, row);
}

static void
expect_text (GString    *out,
             guint       row,
             guint       column,
             const char *text,
             const char *props)
{
  g_autofree char *name = cell_name (row, column);

  g_string_append_printf (out, "{\"cell\": \"%s\", \"type\": \"string\", \"value\": ", name);
  json_string (out, text);
  g_string_append_printf (out, "%s%s},\n", props != NULL ? ", " : "", props != NULL ? props : "");
}

static void
expect_number (GString    *out,
               guint       row,
               guint       column,
               gint64      value,
               const char *props)
{
  g_autofree char *name = cell_name (row, column);

  g_string_append_printf (out, "{\"cell\": \"%s\", \"type\": \"number\", \"value\": %" G_GINT64_FORMAT "%s%s},\n",
                          name, value, props != NULL ? ", " : "", props != NULL ? props : "");
}

static void
expect_blank (GString *out,
              guint    row,
              guint    column)
{
  g_autofree char *name = cell_name (row, column);

  g_string_append_printf (out, "{\"cell\": \"%s\", \"type\": \"blank\"},\n", name);
}

/* Ends a JSON list whose items end with ",\n". */
static void
list_end (GString    *out,
          const char *close)
{
  if (out->len >= 2 && strcmp (out->str + out->len - 2, ",\n") == 0)
    g_string_truncate (out, out->len - 2);
  g_string_append (out, close);
}

/* Files ------------------------------------------------------------------ */

static char *tmp_dir;

static char *
write_form (ThanrakReportSheet *sheet,
            const char         *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (tmp_dir, name, NULL);

  g_assert_true (thanrak_report_write_sheet (path, sheet, THANRAK_REPORT_WRITE_NONE,
                                             NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return path;
}

/* A CSV of the fixtures (no quotes in them): rows of fields. */
static GPtrArray *
read_csv (const char *name)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, name, NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      g_ptr_array_add (rows, g_strsplit (lines[i], ",", -1));
  return rows;
}

static ThanrakKpiRuleSet *
rule_set (const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = thanrak_kpi_rule_sets_load (NULL, &error);
  ThanrakKpiRuleSet *rs;

  g_assert_no_error (error);
  rs = thanrak_kpi_rule_sets_lookup (all, id);
  g_assert_nonnull (rs);
  return thanrak_kpi_rule_set_ref (rs);
}

static GPtrArray *
districts (ThanrakKpiRuleSet *rs,
           const char        *input,
           const char        *results)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, input, NULL);
  g_autofree char *text = NULL;
  gsize length;
  GPtrArray *list;

  g_assert_true (g_file_get_contents (path, &text, &length, &error));
  list = thanrak_kpi_rule_set_read_csv (rs, text, (gssize) length, &error);
  g_assert_no_error (error);
  if (results != NULL)
    {
      g_autoptr(GPtrArray) more = NULL;

      g_free (path);
      g_free (text);
      path = g_build_filename (TEST_DATA_DIR, results, NULL);
      g_assert_true (g_file_get_contents (path, &text, &length, &error));
      more = thanrak_kpi_rule_set_read_csv (rs, text, (gssize) length, &error);
      g_assert_no_error (error);
      g_assert_true (thanrak_kpi_merge_districts (list, more, &error));
    }
  return list;
}

static int
run_cli (const char * const *args,
         char              **err)
{
  const char *cli = g_getenv ("THANRAK_CLI");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *out = NULL;
  int status = -1;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &out, err, &status, &error);
  g_assert_no_error (error);
  /* success says which file it wrote; a failure writes nothing to stdout */
  if (g_spawn_check_wait_status (status, NULL))
    g_assert_true (g_str_has_prefix (out, "Wrote "));
  else
    g_assert_cmpstr (out, ==, "");
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* Forms 4, 5 and 7: target tables against the seed tables ---------------- */

typedef struct
{
  const char         *rule_set;
  const char         *input;
  const char         *province;
  const char         *expected;   /* the seed table as CSV */
  const char         *title;      /* the seed's title lines */
  const char         *subtitle;
  guint               heading_rows;
  const char * const *headings;   /* cell, text, cell, text, … as the seed prints them */
  const char * const *merged;     /* the heading merges, as the seed prints them */
  gboolean            remarks;    /* an empty หมายเหตุ column at the end */
  const char         *number_format;
} TargetsCase;

static const char * const online_headings[] = {
  "A3", "ที่", "B3", "อำเภอ",
  "C3", "ฐานข้อมูล จำนวนผลิตภัณฑ์ ปี 2557 - 2563",
  "C4", "จำนวนผู้ประกอบการ", "D4", "จำนวนผลิตภัณฑ์ OTOP",
  "E3", "ฐานข้อมูล จำนวนผลิตภัณฑ์ OTOP (1 คะแนน)",
  "F3", "ฐานข้อมูล จำนวนผลิตภัณฑ์ OTOP (2 คะแนน)",
  "G3", "ฐานข้อมูล จำนวนผลิตภัณฑ์ OTOP (3 คะแนน)",
  "H3", "ฐานข้อมูล จำนวนผลิตภัณฑ์ OTOP (4 คะแนน)",
  "I3", "ฐานข้อมูล จำนวนผลิตภัณฑ์ OTOP (5 คะแนน)",
  NULL
};
static const char * const online_merged[] = {
  "A3:A4", "B3:B4", "C3:D3", "E3:E4", "F3:F4", "G3:G4", "H3:H4", "I3:I4", NULL
};

static const char * const revenue_headings[] = {
  "A3", "ที่", "B3", "อำเภอ",
  "C3", "ข้อมูลยอดจำหน่าย สินค้า OTOP ปี 2563 (1 เม.ย. - 30 ก.ย. 63) (บาท)",
  "D3", "ฐานข้อมูลยอดจำหน่าย สินค้า OTOP ปี 2564 น้อยกว่าร้อยละ 7 (1 คะแนน)",
  "E3", "ฐานข้อมูลยอดจำหน่าย สินค้า OTOP ปี 2564 ไม่น้อยกว่าร้อยละ 7 (2 คะแนน)",
  "F3", "ฐานข้อมูลยอดจำหน่าย สินค้า OTOP ปี 2564 ไม่น้อยกว่าร้อยละ 8 (3 คะแนน)",
  "G3", "ฐานข้อมูลยอดจำหน่าย สินค้า OTOP ปี 2564 ไม่น้อยกว่าร้อยละ 9 (4 คะแนน)",
  "H3", "ฐานข้อมูลยอดจำหน่าย สินค้า OTOP ปี 2564 ไม่น้อยกว่าร้อยละ 10 (5 คะแนน)",
  NULL
};
static const char * const revenue_merged[] = { NULL };

/* seed 003 lines 111-114; its group headings' two lines (year, then
 * dates) are one merged cell here */
static const char * const channel_headings[] = {
  "A3", "ที่", "B3", "อำเภอ",
  "C3", "ผลการดำเนินงาน ปี ๒๕๖๔ (๑ ต.ค. ๖๓ - ๓๐ ก.ย. ๖๔)",
  "E3", "เป้าหมายการดำเนินงาน ปี ๒๕๖๕ (๑ ต.ค. ๖๔ - ๓๐ ก.ย. ๖๕)",
  "H3", "หมายเหตุ",
  "C4", "จำนวนผู้ประกอบการทั้งหมด",
  "D4", "จำนวนผู้ผลิตผู้ประกอบการที่ส่งเสริมแล้ว",
  "E4", "จำนวนกิจกรรมส่งเสริมช่องทางการตลาดที่ไม่ใช้งบประมาณ (ครั้ง)",
  "F4", "จำนวนช่องทางออนไลน์ (ช่องทาง)",
  "G4", "จำนวนผู้ประกอบการเข้าร่วมช่องทางทางออนไลน์ที่ไม่ซ้ำกับผู้ประกอบการที่เข้าร่วมจำหน่ายออนไลน์ ในปีงบประมาณ พ.ศ. ๒๕๖๔ (ร้อยละ ๕)",
  NULL
};
static const char * const channel_merged[] = { "A3:A4", "B3:B4", "C3:D3", "E3:G3", "H3:H4", NULL };

static const TargetsCase online_case = {
  "2564-2-online-products", "sakaeo-2564-round2.csv", "สระแก้ว",
  "sakaeo-2564-round2-expected-online-targets.csv",
  "เป้าหมายตัวชี้วัดการส่งเสริมผลิตภัณฑ์ OTOP ในตลาดออนไลน์",
  "รอบการประเมินที่ 2 ประจำปีงบประมาณ พ.ศ.2564 (เดือน เมษายน - กันยายน 2564)",
  2, online_headings, online_merged, FALSE, "#,##0",
};

static const TargetsCase revenue_case = {
  "2564-2-revenue-growth", "sakaeo-2564-round2.csv", "สระแก้ว",
  "sakaeo-2564-round2-expected-revenue-targets.csv",
  "เป้าหมายตัวชี้วัดรายได้จากการจำหน่ายผลิตภัณฑ์ชุมชน OTOP",
  "รอบการประเมินที่ 2 ประจำปีงบประมาณ พ.ศ.2564 (เดือน เมษายน - กันยายน 2564)",
  1, revenue_headings, revenue_merged, FALSE, "#,##0",
};

static const TargetsCase channel_case = {
  "2565-marketing-channels", "nongkhai-2565.csv", "หนองคาย",
  "nongkhai-2565-expected-targets.csv",
  "เป้าหมายการดำเนินงานตามภารกิจสำคัญของกรมการพัฒนาชุมชน ประจำปี ๒๕๖๕",
  "ภารกิจสำคัญ การบริหารการส่งเสริมช่องทางการตลาดผลิตภัณฑ์ชุมชน (OTOP)",
  2, channel_headings, channel_merged, TRUE, "#,##0",
};

static char *
targets_expectations (const TargetsCase *tc,
                      const char        *file,
                      gboolean           thai_digits)
{
  g_autoptr(GPtrArray) rows = read_csv (tc->expected);
  g_autoptr(GString) e = g_string_new ("{\"file\": ");
  guint n_columns = g_strv_length (g_ptr_array_index (rows, 0)) + (tc->remarks ? 1 : 0);
  guint first_body = 3 + tc->heading_rows;
  guint last_row = first_body + rows->len - 2;
  g_autofree char *last_cell = cell_name (last_row, n_columns);
  g_autofree char *last_title = cell_name (1, n_columns);
  g_autofree char *second_title = cell_name (2, n_columns);
  g_autofree char *number_format = NULL;
  g_autofree char *num_props = NULL;

  number_format = thai_digits ? g_strconcat ("[$-D00041E]", tc->number_format, NULL)
                              : g_strdup (tc->number_format);
  num_props = g_strdup_printf ("\"number_format\": \"%s\", \"font\": \"" FONT "\", \"size\": 16", number_format);

  json_string (e, file);
  g_string_append (e, ", \"sheets\": [{\"name\": \"เป้าหมาย\"");
  g_string_append_printf (e, ", \"max_row\": %u, \"max_column\": %u", last_row, n_columns);
  g_string_append_printf (e, ", \"formula_cells\": [], \"font_everywhere\": \"" FONT "\", \"min_font_size\": 16");
  g_string_append_printf (e, ", \"borders\": [\"A3:%s\"]", last_cell);
  g_string_append_printf (e, ", \"min_row_height\": [1, %u, 24]", last_row);
  g_string_append_printf (e, ", \"print\": {\"paper_size\": 9, \"orientation\": \"landscape\", "
                          "\"print_title_rows\": \"3:%u\", \"fit_to_width\": 1, \"fit_to_height\": 0, "
                          "\"footer_center\": \"หน้า &P จาก &N\", \"footer_font\": \"" FONT "\"}",
                          2 + tc->heading_rows);

  /* merges: the two title lines, the seed's headings, the total label */
  g_string_append_printf (e, ", \"merged\": [\"A1:%s\", \"A2:%s\"", last_title, second_title);
  for (guint i = 0; tc->merged[i] != NULL; i++)
    g_string_append_printf (e, ", \"%s\"", tc->merged[i]);
  g_string_append_printf (e, ", \"A%u:B%u\"]", last_row, last_row);

  g_string_append (e, ", \"cells\": [");
  /* the Thai digits option writes the sheet's own text in Thai digits */
  {
    g_autofree char *title = thai_digits ? thanrak_report_thai_digits (tc->title) : g_strdup (tc->title);
    g_autofree char *subtitle = thai_digits ? thanrak_report_thai_digits (tc->subtitle) : g_strdup (tc->subtitle);

    expect_text (e, 1, 1, title, "\"font\": \"" FONT "\", \"size\": 18, \"bold\": true");
    expect_text (e, 2, 1, subtitle, "\"bold\": true");
  }
  for (guint i = 0; tc->headings[i] != NULL; i += 2)
    {
      g_autofree char *text = thai_digits ? thanrak_report_thai_digits (tc->headings[i + 1])
                                          : g_strdup (tc->headings[i + 1]);

      g_string_append_printf (e, "{\"cell\": \"%s\", \"type\": \"string\", \"value\": ", tc->headings[i]);
      json_string (e, text);
      g_string_append (e, ", \"bold\": true, \"halign\": \"center\", \"wrap\": true},\n");
    }

  /* cell for cell: every row of the seed table, numbers as numbers */
  for (guint r = 1; r < rows->len; r++)
    {
      char **f = g_ptr_array_index (rows, r);
      guint row = first_body + r - 1;
      gboolean total = r == rows->len - 1;

      g_assert_cmpuint (g_strv_length (f), ==, g_strv_length (g_ptr_array_index (rows, 0)));
      if (total)
        {
          /* the seed prints the label over ที่ and อำเภอ */
          g_assert_cmpstr (f[0], ==, "");
          expect_text (e, row, 1, f[1], "\"bold\": true");
        }
      else
        {
          expect_number (e, row, 1, g_ascii_strtoll (f[0], NULL, 10), NULL);
          expect_text (e, row, 2, f[1], "\"font\": \"" FONT "\", \"size\": 16");
        }
      for (guint c = 2; f[c] != NULL; c++)
        {
          if (*f[c] == '\0')
            expect_blank (e, row, c + 1);
          else
            expect_number (e, row, c + 1, g_ascii_strtoll (f[c], NULL, 10), num_props);
        }
      if (tc->remarks)
        expect_blank (e, row, n_columns);
    }
  list_end (e, "]}]}");

  return g_string_free (g_steal_pointer (&e), FALSE);
}

static ThanrakReportSheet *
targets_sheet (const TargetsCase *tc,
               gboolean           thai_digits)
{
  g_autoptr(ThanrakKpiRuleSet) rs = rule_set (tc->rule_set);
  g_autoptr(GPtrArray) list = districts (rs, tc->input, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakKpiTargetTable) table = NULL;
  ThanrakFormOptions options = THANRAK_FORM_OPTIONS_INIT;

  table = thanrak_kpi_rule_set_compute_targets (rs, list, tc->province, &error);
  g_assert_no_error (error);
  options.thai_digits = thai_digits;
  return thanrak_form_targets_new (table, &options);
}

static void
check_targets (const TargetsCase *tc,
               const char        *form)
{
  g_autoptr(ThanrakReportSheet) sheet = targets_sheet (tc, FALSE);
  g_autoptr(ThanrakReportSheet) thai = targets_sheet (tc, TRUE);
  g_autofree char *name = g_strconcat (form, ".xlsx", NULL);
  g_autofree char *thai_name = g_strconcat (form, "-thai.xlsx", NULL);
  g_autofree char *path = write_form (sheet, name);
  g_autofree char *thai_path = write_form (thai, thai_name);
  g_autofree char *json = targets_expectations (tc, path, FALSE);
  g_autofree char *thai_json = targets_expectations (tc, thai_path, TRUE);
  g_autofree char *cli_path = g_build_filename (tmp_dir, "cli.xlsx", NULL);
  g_autofree char *input = g_build_filename (TEST_DATA_DIR, tc->input, NULL);
  g_autofree char *cli_json = targets_expectations (tc, cli_path, FALSE);
  g_autofree char *err = NULL;
  const char *args[] = { "export", form, "--input", input, "--province", tc->province,
                         "--output", cli_path, NULL };

  check_xlsx (json);
  check_xlsx (thai_json);

  /* the CLI writes the same file, warning only of seed 004's วังสมบูรณ์
   * sales base, about 48 times its neighbours' (domain.md §6) */
  g_assert_cmpint (run_cli (args, &err), ==, 0);
  if (g_str_equal (form, "revenue-targets"))
    {
      g_assert_nonnull (strstr (err, "วังสมบูรณ์ (2,172,561,200)"));
      g_assert_null (strstr (strchr (err, '\n') + 1, "Warning"));
    }
  else
    g_assert_cmpstr (err, ==, "");
  check_xlsx (cli_json);
  g_unlink (cli_path);
}

static void
test_online_targets (void)
{
  check_targets (&online_case, "online-targets");
}

static void
test_revenue_targets (void)
{
  check_targets (&revenue_case, "revenue-targets");
}

static void
test_channel_targets (void)
{
  check_targets (&channel_case, "channel-targets");
}

/* A new year's rule set (tests/data/kpi/2566-1-online-share.ini, made
 * up) gives its own table with no change to the program: its title,
 * headings, percentages and total label. */
static void
test_targets_next_year (void)
{
  g_autofree char *rules = g_build_filename (TEST_DATA_DIR, "kpi", "2566-1-online-share.ini", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakKpiRuleSet) rs = thanrak_kpi_rule_set_new_from_file (rules, &error);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(ThanrakKpiTargetTable) table = NULL;
  g_autoptr(ThanrakReportSheet) sheet = NULL;
  g_autoptr(GString) e = g_string_new ("{\"file\": ");
  g_autofree char *path = NULL;
  g_autofree char *label = NULL;

  g_assert_no_error (error);
  list = districts (rs, "sakaeo-2564-round2.csv", NULL);
  table = thanrak_kpi_rule_set_compute_targets (rs, list, "สระแก้ว", &error);
  g_assert_no_error (error);
  sheet = thanrak_form_targets_new (table, NULL);
  path = write_form (sheet, "next-year.xlsx");
  label = thanrak_kpi_rule_set_dup_total_label (rs, "สระแก้ว");

  json_string (e, path);
  /* one heading row: no group headings; the result column (online) is
   * not a target; 9 districts and the total */
  g_string_append (e, ", \"sheets\": [{\"name\": \"เป้าหมาย\", \"max_row\": 12, \"max_column\": 6, "
                   "\"merged\": [\"A1:F1\", \"A12:B12\"], \"formula_cells\": [], \"cells\": [");
  expect_text (e, 1, 1, "เป้าหมายร้อยละผลิตภัณฑ์ OTOP ที่จำหน่ายออนไลน์ (ทดสอบ)", NULL);
  expect_text (e, 2, 3, "จำนวนผลิตภัณฑ์ OTOP", NULL);
  expect_text (e, 2, 4, "เป้าหมายขั้นต้น", NULL);
  expect_text (e, 2, 5, "เป้าหมายขั้นกลาง", NULL);
  expect_text (e, 2, 6, "เป้าหมายขั้นสูง", NULL);
  /* เมืองสระแก้ว: 412 products, 12 % and 14 %, half away from zero */
  expect_number (e, 3, 3, 412, NULL);
  expect_number (e, 3, 4, (412 * 12 + 50) / 100, NULL);
  expect_number (e, 3, 5, (412 * 14 + 50) / 100, NULL);
  expect_number (e, 3, 6, (412 * 16 + 50) / 100, NULL);
  expect_text (e, 12, 1, label, NULL);
  expect_number (e, 12, 3, 1921, NULL);
  expect_number (e, 12, 4, (1921 * 12 + 50) / 100, NULL);
  list_end (e, "]}]}");
  g_assert_cmpstr (label, ==, "รวมทั้งจังหวัดสระแก้ว");
  check_xlsx (e->str);
}

/* Form 7: the results report with levels and colour bands ------------- */

static void
test_channel_results (void)
{
  g_autoptr(ThanrakKpiRuleSet) rs = rule_set ("2565-marketing-channels");
  g_autoptr(GPtrArray) list = districts (rs, "nongkhai-2565.csv", "nongkhai-2565-results.csv");
  g_autoptr(GPtrArray) results = read_csv ("nongkhai-2565-results.csv");
  g_autoptr(ThanrakReportSheet) sheet = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) e = g_string_new ("{\"file\": ");
  g_autofree char *path = NULL;
  g_autofree char *cli_path = g_build_filename (tmp_dir, "cli-results.xlsx", NULL);
  g_autofree char *input = g_build_filename (TEST_DATA_DIR, "nongkhai-2565.csv", NULL);
  g_autofree char *results_path = g_build_filename (TEST_DATA_DIR, "nongkhai-2565-results.csv", NULL);
  g_autofree char *err = NULL;
  ThanrakFormOptions options = THANRAK_FORM_OPTIONS_INIT;
  GDate date;
  gint64 sums[3] = { 0, 0, 0 };
  guint total_row;
  const char *args[] = { "export", "channel-results", "--input", input, "--results", results_path,
                         "--province", "หนองคาย", "--office", "=1+1", "--date", "2565-09-23",
                         "--output", cli_path, NULL };

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 23, G_DATE_SEPTEMBER, 2022);
  options.office = "=1+1";
  options.date = &date;
  sheet = thanrak_form_results_new (rs, list, "หนองคาย", &options, &error);
  g_assert_no_error (error);
  path = write_form (sheet, "channel-results.xlsx");

  /* titles: 2 lines of the rule set, the office, the date; heading row 5;
   * districts from row 6 */
  total_row = 6 + list->len;
  for (int pass = 0; pass < 2; pass++)
    {
      g_string_truncate (e, 0);
      g_string_append (e, "{\"file\": ");
      json_string (e, pass == 0 ? path : cli_path);
      g_string_append_printf (e, ", \"sheets\": [{\"name\": \"ผลการดำเนินงาน\", \"max_column\": 8, "
                              "\"formula_cells\": [], \"font_everywhere\": \"" FONT "\", "
                              "\"borders\": [\"A5:H%u\"], \"print\": {\"paper_size\": 9, "
                              "\"print_title_rows\": \"5:5\", \"fit_to_width\": 1}, \"cells\": [", total_row);
      expect_text (e, 1, 1, "แบบรายงานผลสรุปการดำเนินงานการบริหารการส่งเสริมช่องทางการตลาดผลิตภัณฑ์ชุมชน (OTOP)", NULL);
      expect_text (e, 2, 1, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", NULL);
      /* user-typed text stays text */
      expect_text (e, 3, 1, "=1+1", NULL);
      expect_text (e, 4, 1, "ข้อมูล ณ วันที่ 23 กันยายน 2565", NULL);
      expect_text (e, 5, 7, "ระดับ", NULL);
      expect_text (e, 5, 8, "ค่าคะแนน", NULL);
      memset (sums, 0, sizeof sums);
      for (guint r = 0; r < list->len; r++)
        {
          ThanrakKpiDistrict *d = g_ptr_array_index (list, r);
          g_autoptr(ThanrakKpiAchievement) a = thanrak_kpi_rule_set_evaluate (rs, d, &error);
          char **f = g_ptr_array_index (results, r + 1);
          g_autofree char *fill = NULL;
          g_autofree char *props = NULL;

          g_assert_no_error (error);
          g_assert_cmpstr (d->name, ==, f[1]);
          expect_number (e, 6 + r, 1, r + 1, NULL);
          expect_text (e, 6 + r, 2, d->name, NULL);
          for (guint c = 0; c < 3; c++)
            {
              gint64 value = g_ascii_strtoll (f[2 + c], NULL, 10);

              expect_number (e, 6 + r, 3 + c, value, "\"number_format\": \"#,##0\"");
              sums[c] += value;
            }
          /* the level, filled with its colour from the rule set */
          fill = g_ascii_strup (a->level->colour + 1, -1);
          props = g_strdup_printf ("\"fill\": \"%s\", \"halign\": \"center\"", fill);
          expect_text (e, 6 + r, 7, a->level->name, props);
          expect_number (e, 6 + r, 8, a->level->score, NULL);
          g_string_append_printf (e, "{\"cell\": \"F%u\", \"type\": \"number\", \"value\": %.6f, "
                                  "\"number_format\": \"0.00%%\"},\n",
                                  6 + r, (double) a->measures[2] / 10000.0);
          /* seed 003's rules on the fixture's figures */
          if (g_str_equal (d->name, "เมืองหนองคาย"))   /* 5 events, 3 channels, 19 of 241 */
            g_assert_cmpstr (a->level->name, ==, "ดีมาก");
          if (g_str_equal (d->name, "ท่าบ่อ"))         /* 1 event */
            g_assert_cmpstr (a->level->name, ==, "ปรับปรุง");
        }
      expect_text (e, total_row, 1, "รวมทั้งสิ้น", "\"bold\": true");
      for (guint c = 0; c < 3; c++)
        expect_number (e, total_row, 3 + c, sums[c], NULL);
      /* seed 003 grades districts only: no level on the total row */
      expect_blank (e, total_row, 7);
      expect_text (e, total_row + 2, 1, "สีเขียวเข้ม : ระดับดีมาก", NULL);
      list_end (e, "]}]}");
      if (pass == 0)
        {
          check_xlsx (e->str);
          g_assert_cmpint (run_cli (args, &err), ==, 0);
        }
      else
        check_xlsx (e->str);
    }
  g_unlink (cli_path);
}

/* Form 1: one center's assessment ---------------------------------------- */

static const char *held_items[] = {
  "1.1", "1.2", "1.3", "2.1", "2.3", "2.5", "2.7", "3.1", "3.3", "4.1", "4.2",
  "5.1", "6.1", "6.3", "7.1", "8.2", "9.2", "10.3", NULL
};

static char *
assessment_expectations (const char              *file,
                         const ThanrakAssessment *assessment,
                         const char              *name_line)
{
  g_autoptr(GString) e = g_string_new ("{\"file\": ");
  const ThanrakAssessmentAspect *aspects;
  const ThanrakAssessmentItem *items;
  g_autoptr(GString) merged = g_string_new ("\"A1:F1\", \"A2:F2\", \"A3:F3\", \"A4:F4\", \"C5:D5\"");
  guint n_aspects, n_items, row = 6;
  ThanrakAssessmentGrade grade = thanrak_assessment_get_grade (assessment);
  g_autofree char *total_line = NULL;
  g_autofree char *grade_line = NULL;

  aspects = thanrak_assessment_get_aspects (&n_aspects);
  items = thanrak_assessment_get_items (&n_items);

  json_string (e, file);
  g_string_append (e, ", \"sheets\": [{\"name\": \"แบบประเมิน\", \"max_column\": 6, "
                   "\"formula_cells\": [], \"font_everywhere\": \"" FONT "\", \"min_font_size\": 16, "
                   "\"print\": {\"paper_size\": 9, \"orientation\": \"portrait\", "
                   "\"print_title_rows\": \"5:5\", \"fit_to_width\": 1}, \"cells\": [");
  expect_text (e, 1, 1, "แบบประเมินศูนย์บริการส่งเสริมเศรษฐกิจฐานราก", "\"bold\": true, \"size\": 18");
  expect_text (e, 2, 1, name_line, NULL);
  expect_text (e, 3, 1, "ที่ตั้ง ณ ตำบลสระแก้ว อำเภอเมืองสระแก้ว จังหวัดสระแก้ว", NULL);
  expect_text (e, 4, 1, "ประจำปีงบประมาณ พ.ศ. 2565", NULL);
  expect_text (e, 5, 1, "ที่", NULL);
  expect_text (e, 5, 2, "ประเด็นการประเมิน", NULL);
  expect_text (e, 5, 3, "เกณฑ์การประเมิน", NULL);
  expect_text (e, 5, 5, "คะแนนเต็ม ๕๐ คะแนน", NULL);
  expect_text (e, 5, 6, "คะแนนที่ได้", NULL);

  for (guint a = 0; a < n_aspects; a++)
    {
      guint first = row;
      gboolean any = FALSE;
      g_autofree char *full = NULL;

      for (guint i = 0; i < n_items; i++)
        if (items[i].aspect == aspects[a].number)
          any |= thanrak_assessment_get (assessment, items[i].id, NULL);

      expect_text (e, row, 2, aspects[a].title, "\"bold\": true");
      /* the aspect's points obtained, as thanrak-assessment computes them */
      expect_number (e, row, 6, thanrak_assessment_get_aspect_points (assessment, aspects[a].number), NULL);
      row++;
      if (aspects[a].intro != NULL)
        {
          if (any)
            expect_text (e, row, 3, THANRAK_FORM_CHECK_MARK, NULL);
          else
            expect_blank (e, row, 3);
          expect_text (e, row, 4, aspects[a].intro, NULL);
          row++;
        }
      for (guint i = 0; i < n_items; i++)
        {
          g_autofree char *text = NULL;

          if (items[i].aspect != aspects[a].number)
            continue;
          text = g_strdup_printf ("%s %s", items[i].number, items[i].text);
          expect_text (e, row, 4, text, NULL);
          expect_number (e, row, 5, items[i].points, NULL);
          if (thanrak_assessment_get (assessment, items[i].id, NULL))
            {
              expect_text (e, row, 3, THANRAK_FORM_CHECK_MARK, NULL);
              expect_number (e, row, 6, items[i].points, NULL);
            }
          else
            {
              expect_blank (e, row, 3);
              expect_blank (e, row, 6);
            }
          row++;
        }
      if (aspects[a].none_text != NULL)
        {
          expect_text (e, row, 4, aspects[a].none_text, NULL);
          expect_number (e, row, 5, 0, NULL);
          if (!any)
            expect_text (e, row, 3, THANRAK_FORM_CHECK_MARK, NULL);
          else
            expect_blank (e, row, 3);
          row++;
        }
      g_string_append_printf (merged, ", \"A%u:A%u\", \"B%u:B%u\"", first, row - 1, first, row - 1);
    }

  /* total row, then a blank line, then the lines below the table */
  expect_text (e, row, 1, "คะแนนรวม", "\"bold\": true");
  expect_number (e, row, 5, 50, NULL);
  expect_number (e, row, 6, thanrak_assessment_get_total (assessment), "\"bold\": true");
  g_string_append_printf (merged, ", \"A%u:D%u\"", row, row);
  total_line = g_strdup_printf ("คะแนนที่ได้ %d คะแนน", thanrak_assessment_get_total (assessment));
  grade_line = g_strdup_printf ("เกณฑ์จัดระดับการประเมินฯ %s (%s)", thanrak_assessment_grade_name (grade),
                                thanrak_assessment_grade_letter (grade));
  expect_text (e, row + 2, 1, total_line, NULL);
  expect_text (e, row + 3, 1, grade_line, NULL);
  expect_text (e, row + 5, 2, "ดี (A) มีคะแนนรวมจากการประเมินมากกว่า ๓๕ คะแนน", NULL);
  list_end (e, "]");
  /* the lines below the table are merged to the table's right edge */
  for (guint k = 2; k <= 7; k++)
    g_string_append_printf (merged, ", \"%c%u:F%u\"", k <= 4 ? 'A' : 'B', row + k, row + k);
  g_string_append_printf (e, ", \"borders\": [\"A5:F%u\"], \"max_row\": %u, \"merged\": [%s]}]}",
                          row, row + 7, merged->str);

  return g_string_free (g_steal_pointer (&e), FALSE);
}

static void
test_assessment (void)
{
  g_autoptr(ThanrakAssessment) assessment = thanrak_assessment_new ();
  g_autoptr(ThanrakReportSheet) sheet = NULL;
  g_autofree char *path = NULL;
  g_autofree char *json = NULL;
  g_autofree char *cli_path = g_build_filename (tmp_dir, "cli-assessment.xlsx", NULL);
  g_autofree char *cli_json = NULL;
  g_autoptr(GString) items = g_string_new (NULL);
  g_autofree char *err = NULL;
  ThanrakFormCenter center = { "=1+1", "สระแก้ว", "เมืองสระแก้ว", "สระแก้ว", 2565 };
  int expected_total = 0;

  for (guint i = 0; held_items[i] != NULL; i++)
    {
      g_assert_true (thanrak_assessment_set (assessment, held_items[i], TRUE));
      expected_total += thanrak_assessment_find_item (held_items[i])->points;
      g_string_append_printf (items, "%s%s", i > 0 ? "," : "", held_items[i]);
    }
  /* 1+2+3 + 1+1+1+2 + 1+1 + 1+1 + 1 + 1+1 + 1 + 1 + 3 + 6 = 29: พอใช้ (B) */
  g_assert_cmpint (thanrak_assessment_get_total (assessment), ==, expected_total);
  g_assert_cmpint (expected_total, ==, 29);
  g_assert_cmpint (thanrak_assessment_get_grade (assessment), ==, THANRAK_ASSESSMENT_GRADE_B);

  sheet = thanrak_form_assessment_new (assessment, &center, NULL);
  path = write_form (sheet, "assessment.xlsx");
  json = assessment_expectations (path, assessment, "ชื่อศูนย์บริการส่งเสริมเศรษฐกิจฐานราก=1+1");
  check_xlsx (json);

  /* the CLI, same answers; the center's name from its district */
  {
    const char *args[] = { "export", "assessment", "--items", items->str,
                           "--subdistrict", "สระแก้ว", "--district", "เมืองสระแก้ว",
                           "--province", "สระแก้ว", "--fiscal-year", "2565",
                           "--output", cli_path, NULL };

    g_assert_cmpint (run_cli (args, &err), ==, 0);
    cli_json = assessment_expectations (cli_path, assessment,
                                        "ชื่อศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอเมืองสระแก้ว");
    check_xlsx (cli_json);
  }
  g_unlink (cli_path);
}

/* Aspect 10 unanswered: "ไม่มีการประเมิน…" is checked, grade C. */
static void
test_assessment_none (void)
{
  g_autoptr(ThanrakAssessment) assessment = thanrak_assessment_new ();
  g_autoptr(ThanrakReportSheet) sheet = NULL;
  g_autofree char *path = NULL;
  g_autofree char *json = NULL;
  ThanrakFormCenter center = { "ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอคลองหาด",
                               "สระแก้ว", "เมืองสระแก้ว", "สระแก้ว", 2565 };

  thanrak_assessment_set (assessment, "1.1", TRUE);
  thanrak_assessment_set (assessment, "9.1", TRUE);
  g_assert_cmpint (thanrak_assessment_get_grade (assessment), ==, THANRAK_ASSESSMENT_GRADE_C);
  sheet = thanrak_form_assessment_new (assessment, &center, NULL);
  path = write_form (sheet, "assessment-c.xlsx");
  /* a full name is not repeated after the form's own words */
  json = assessment_expectations (path, assessment, "ชื่อศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอคลองหาด");
  check_xlsx (json);
}

/* Form 2: three centers graded A, B and C ------------------------------ */

static void
test_assessment_summary (void)
{
  static const char *aspect_items[][8] = {
    { "1.1", "1.2", "1.3", NULL },
    { "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", NULL },
    { "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", NULL },
    { "4.1", "4.2", "4.3", "4.4", "4.5", NULL },
    { "5.1", "5.2", "5.3", "5.4", NULL },
    { "6.1", "6.2", "6.3", NULL },
    { "7.1", "7.2", "7.3", NULL },
    { "8.1", "8.2", "8.3", NULL },
  };
  /* center A: aspects 1-8 (38); B: aspects 1-4 (25); C: 1.1 and 9.1 (2) */
  const char *names[] = { "เมืองสระแก้ว", "คลองหาด", "=1+1" };
  g_autoptr(ThanrakAssessment) a = thanrak_assessment_new ();
  g_autoptr(ThanrakAssessment) b = thanrak_assessment_new ();
  g_autoptr(ThanrakAssessment) c = thanrak_assessment_new ();
  ThanrakFormSummaryCenter centers[3];
  ThanrakFormOptions options = THANRAK_FORM_OPTIONS_INIT;
  g_autoptr(ThanrakReportSheet) sheet = NULL;
  g_autoptr(GString) e = g_string_new ("{\"file\": ");
  g_autoptr(GString) csv = g_string_new ("อำเภอ,ข้อที่ผ่าน\n");
  g_autofree char *path = NULL;
  g_autofree char *csv_path = g_build_filename (tmp_dir, "centers.csv", NULL);
  g_autofree char *cli_path = g_build_filename (tmp_dir, "cli-summary.xlsx", NULL);
  g_autofree char *err = NULL;
  const ThanrakAssessment *all[3];
  const ThanrakAssessmentAspect *aspects;
  guint n_aspects;

  for (guint s = 0; s < 8; s++)
    for (guint i = 0; aspect_items[s][i] != NULL; i++)
      {
        thanrak_assessment_set (a, aspect_items[s][i], TRUE);
        if (s < 4)
          thanrak_assessment_set (b, aspect_items[s][i], TRUE);
      }
  thanrak_assessment_set (c, "1.1", TRUE);
  thanrak_assessment_set (c, "9.1", TRUE);
  g_assert_cmpint (thanrak_assessment_get_total (a), ==, 38);
  g_assert_cmpint (thanrak_assessment_get_total (b), ==, 25);
  g_assert_cmpint (thanrak_assessment_get_total (c), ==, 2);
  all[0] = a;
  all[1] = b;
  all[2] = c;
  for (guint i = 0; i < 3; i++)
    {
      centers[i].district = names[i];
      centers[i].assessment = all[i];
    }

  options.office = "@SUM(A1)";
  sheet = thanrak_form_assessment_summary_new ("สระแก้ว", 2565, centers, 3, &options);
  path = write_form (sheet, "summary.xlsx");

  /* the same centers for the CLI, in its documented layout */
  for (guint i = 0; i < 3; i++)
    {
      g_string_append_printf (csv, "%s,", names[i]);
      for (guint s = 0; s < 8; s++)
        for (guint k = 0; aspect_items[s][k] != NULL; k++)
          if (thanrak_assessment_get (all[i], aspect_items[s][k], NULL))
            g_string_append_printf (csv, "%s ", aspect_items[s][k]);
      if (i == 2)
        g_string_append (csv, "9.1");
      g_string_append_c (csv, '\n');
    }
  g_assert_true (g_file_set_contents (csv_path, csv->str, -1, NULL));

  aspects = thanrak_assessment_get_aspects (&n_aspects);
  for (int pass = 0; pass < 2; pass++)
    {
      g_string_truncate (e, 0);
      g_string_append (e, "{\"file\": ");
      json_string (e, pass == 0 ? path : cli_path);
      /* title, province and year, office; two heading rows (6-7); rows 8-10 */
      g_string_append (e, ", \"sheets\": [{\"name\": \"สรุปผลการประเมิน\", \"max_column\": 14, "
                       "\"formula_cells\": [], \"font_everywhere\": \"" FONT "\", \"min_font_size\": 16, "
                       "\"borders\": [\"A4:N8\"], "
                       "\"print\": {\"paper_size\": 9, \"print_title_rows\": \"4:5\", \"fit_to_width\": 1}, "
                       "\"cells\": [");
      expect_text (e, 1, 1, "แบบสรุปผลการประเมินศูนย์บริการส่งเสริมเศรษฐกิจฐานราก", NULL);
      expect_text (e, 2, 1, "จังหวัดสระแก้ว ประจำปีงบประมาณ พ.ศ. 2565", NULL);
      expect_text (e, 3, 1, "@SUM(A1)", NULL);
      expect_text (e, 4, 3, "คะแนนรายด้าน", NULL);
      expect_text (e, 5, 3, "1\n(6)", NULL);
      expect_text (e, 5, 12, "10\n(6)", NULL);
      expect_text (e, 4, 13, "คะแนนรวม\n(50)", NULL);
      for (guint i = 0; i < 3; i++)
        {
          ThanrakAssessmentGrade grade = thanrak_assessment_get_grade (all[i]);
          g_autofree char *grade_text = g_strdup_printf ("%s (%s)", thanrak_assessment_grade_name (grade),
                                                         thanrak_assessment_grade_letter (grade));

          g_assert_cmpint (grade, ==, THANRAK_ASSESSMENT_GRADE_A + i);
          expect_number (e, 6 + i, 1, i + 1, NULL);
          expect_text (e, 6 + i, 2, names[i], NULL);
          for (guint s = 0; s < n_aspects; s++)
            expect_number (e, 6 + i, 3 + s,
                           thanrak_assessment_get_aspect_points (all[i], aspects[s].number), NULL);
          expect_number (e, 6 + i, 13, thanrak_assessment_get_total (all[i]), NULL);
          expect_text (e, 6 + i, 14, grade_text, NULL);
        }
      expect_text (e, 6, 14, "ดี (A)", NULL);
      expect_text (e, 8, 14, "ปรับปรุง (C)", NULL);
      expect_text (e, 11, 2, "ระดับ ดี (A) จำนวน 1 ศูนย์", NULL);
      expect_text (e, 12, 2, "ระดับ พอใช้ (B) จำนวน 1 ศูนย์", NULL);
      expect_text (e, 13, 2, "ระดับ ปรับปรุง (C) จำนวน 1 ศูนย์", NULL);
      expect_text (e, 14, 2, "รวมทั้งสิ้น 3 ศูนย์", NULL);
      list_end (e, "]}]}");
      check_xlsx (e->str);
      if (pass == 0)
        {
          const char *args[] = { "export", "assessment-summary", "--input", csv_path,
                                 "--province", "สระแก้ว", "--fiscal-year", "2565",
                                 "--office", "@SUM(A1)", "--output", cli_path, NULL };

          g_assert_cmpint (run_cli (args, &err), ==, 0);
        }
    }
  g_unlink (cli_path);
  g_unlink (csv_path);
}

/* The CLI's errors: a folder that cannot be written, a wrong option ---- */

static void
test_cli_errors (void)
{
  g_autofree char *input = g_build_filename (TEST_DATA_DIR, "sakaeo-2564-round2.csv", NULL);
  g_autofree char *missing = g_build_filename (tmp_dir, "no-such-folder", "form.xlsx", NULL);
  g_autofree char *dir = g_path_get_dirname (missing);
  g_autofree char *err = NULL;

  {
    const char *args[] = { "export", "online-targets", "--input", input, "--output", missing, NULL };
    g_assert_cmpint (run_cli (args, &err), ==, 1);
    g_assert_nonnull (strstr (err, "no-such-folder"));
    g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
    g_clear_pointer (&err, g_free);
  }
  {
    const char *args[] = { "export", "online-targets", "--input", input, "--office", "x",
                           "--output", "x.xlsx", NULL };
    g_assert_cmpint (run_cli (args, &err), ==, 2);
    g_assert_nonnull (strstr (err, "--office"));
    g_clear_pointer (&err, g_free);
  }
  {
    const char *args[] = { "export", "form-9", "--output", "x.xlsx", NULL };
    g_assert_cmpint (run_cli (args, &err), ==, 2);
    g_assert_nonnull (strstr (err, "form-9"));
  }
  g_assert_false (g_file_test ("x.xlsx", G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("thanrak-forms-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/forms/online-targets", test_online_targets);
  g_test_add_func ("/forms/revenue-targets", test_revenue_targets);
  g_test_add_func ("/forms/channel-targets", test_channel_targets);
  g_test_add_func ("/forms/targets-next-year", test_targets_next_year);
  g_test_add_func ("/forms/channel-results", test_channel_results);
  g_test_add_func ("/forms/assessment", test_assessment);
  g_test_add_func ("/forms/assessment-none", test_assessment_none);
  g_test_add_func ("/forms/assessment-summary", test_assessment_summary);
  g_test_add_func ("/forms/cli-errors", test_cli_errors);

  status = g_test_run ();

  {
    g_autoptr(GDir) d = g_dir_open (tmp_dir, 0, NULL);
    const char *name;

    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
        g_unlink (path);
      }
    g_rmdir (tmp_dir);
  }
  g_free (tmp_dir);
  return status;
}
