/* test-import.c: importing records from the fixtures and from files made here
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "thanrak-import.h"
#include "thanrak-io-error.h"
#include "thanrak-model.h"
#include "thanrak-report-file.h"
#include "thanrak-store.h"
#include "thanrak-table-reader.h"

typedef struct
{
  char         *dir;
  ThanrakStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("thanrak-import-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.db", NULL);
  f->store = thanrak_store_new (path, &error);
  g_assert_no_error (error);
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_dir (f->dir);
  g_free (f->dir);
}

/* Writes @contents to a file in the fixture's folder. */
static GFile *
write_file (Fixture    *f,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static GFile *
fixture_file (const char *name)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, name, NULL);

  return g_file_new_for_path (path);
}

static ThanrakImportReport *
import (Fixture                    *f,
        ThanrakImportKind           kind,
        GFile                      *file,
        const ThanrakImportOptions *options)
{
  g_autoptr(GError) error = NULL;
  ThanrakImportReport *report = thanrak_import_file (f->store, kind, file, options, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static const ThanrakImportRow *
report_row (ThanrakImportReport *report,
            guint                row)
{
  for (guint i = 0; i < report->rows->len; i++)
    if (g_array_index (report->rows, ThanrakImportRow, i).row == row)
      return &g_array_index (report->rows, ThanrakImportRow, i);
  g_assert_not_reached ();
}

static gint64
count (Fixture *f,
       GType    type)
{
  g_autoptr(GError) error = NULL;
  gint64 n = thanrak_store_count (f->store, type, NULL, &error);

  g_assert_no_error (error);
  return n;
}

/* The number of rows of every table of records, joined: to see that an
 * import wrote nothing. */
static char *
count_all (Fixture *f)
{
  GType types[] = {
    THANRAK_TYPE_OPERATOR, THANRAK_TYPE_PRODUCT, THANRAK_TYPE_ONLINE_CHANNEL,
    THANRAK_TYPE_MONTHLY_SALES, THANRAK_TYPE_MARKETING_EVENT, THANRAK_TYPE_DISTRICT_FIGURES,
    THANRAK_TYPE_CENTER, THANRAK_TYPE_COMMITTEE_MEMBER,
  };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    g_string_append_printf (out, "%s=%" G_GINT64_FORMAT " ", g_type_name (types[i]), count (f, types[i]));
  return g_string_free (out, FALSE);
}

static ThanrakRecord *
figures_of (Fixture    *f,
            const char *district,
            int         fiscal_year)
{
  ThanrakStoreQuery q = { 0 };
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  q.district_code = district;
  q.fiscal_year = fiscal_year;
  list = thanrak_store_list (f->store, THANRAK_TYPE_DISTRICT_FIGURES, &q, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  return g_object_ref (list->pdata[0]);
}

/* Reads a fixture CSV with plain string splitting, independently of the
 * readers under test: lines of fields. */
static GPtrArray *
read_csv_lines (const char *name)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, name, NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_strchomp (lines[i]);
      if (lines[i][0] != '\0')
        g_ptr_array_add (rows, g_strsplit (lines[i], ",", -1));
    }
  return rows;
}

/* Every figure of the Sa Kaeo fixture (seed 004), as stored. */
static void
check_sakaeo (Fixture *f)
{
  g_autoptr(GPtrArray) lines = read_csv_lines ("sakaeo-2564-round2.csv");

  g_assert_cmpuint (lines->len, ==, 9);
  g_assert_cmpint (count (f, THANRAK_TYPE_DISTRICT_FIGURES), ==, 9);
  for (guint i = 0; i < lines->len; i++)
    {
      char **cells = lines->pdata[i];
      g_autoptr(ThanrakRecord) r = figures_of (f, cells[0], 2564);

      g_assert_cmpstr (thanrak_record_get_string (r, "district-code"), ==, cells[0]);
      g_assert_cmpint (thanrak_record_get_number (r, "fiscal-year"), ==, 2564);
      g_assert_cmpint (thanrak_record_get_number (r, "operators-registered"), ==, g_ascii_strtoll (cells[2], NULL, 10));
      g_assert_cmpint (thanrak_record_get_number (r, "products-registered"), ==, g_ascii_strtoll (cells[3], NULL, 10));
      g_assert_cmpint (thanrak_record_get_number (r, "sales-satang"), ==, g_ascii_strtoll (cells[4], NULL, 10) * 100);
      /* The periods are in the headings. */
      g_assert_cmpint (thanrak_record_get_number (r, "products-from-year"), ==, 2557);
      g_assert_cmpint (thanrak_record_get_number (r, "products-to-year"), ==, 2563);
      g_assert_cmpstr (thanrak_record_get_string (r, "sales-from"), ==, "2020-04-01");
      g_assert_cmpstr (thanrak_record_get_string (r, "sales-to"), ==, "2020-09-30");
    }
}

static void
test_sakaeo_csv (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file ("sakaeo-2564-round2.csv");
  ThanrakImportOptions options = { .fiscal_year = 2564 };
  g_autoptr(ThanrakImportReport) report = import (f, THANRAK_IMPORT_KIND_DISTRICT_FIGURES, file, &options);

  g_assert_true (report->written);
  g_assert_cmpuint (report->rows->len, ==, 9);
  g_assert_cmpuint (report->n_imported, ==, 9);
  g_assert_cmpuint (report->n_rejected, ==, 0);
  for (guint i = 0; i < report->rows->len; i++)
    {
      const ThanrakImportRow *row = &g_array_index (report->rows, ThanrakImportRow, i);

      g_assert_cmpuint (row->row, ==, i + 2);
      g_assert_cmpint (row->outcome, ==, THANRAK_IMPORT_OUTCOME_IMPORTED);
      g_assert_cmpint (row->record_id, >, 0);
    }
  check_sakaeo (f);
  /* วังสมบูรณ์: 2,172,561,200 baht, beyond 32 bits in satang. */
  {
    g_autoptr(ThanrakRecord) r = figures_of (f, "2709", 2564);

    g_assert_cmpint (thanrak_record_get_number (r, "sales-satang"), ==, G_GINT64_CONSTANT (217256120000));
  }
}

static void
test_nongkhai_csv (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file ("nongkhai-2565.csv");
  ThanrakImportOptions options = { .fiscal_year = 2565 };
  g_autoptr(ThanrakImportReport) report = import (f, THANRAK_IMPORT_KIND_DISTRICT_FIGURES, file, &options);
  g_autoptr(GPtrArray) lines = read_csv_lines ("nongkhai-2565.csv");
  gint64 total = 0;

  g_assert_true (report->written);
  g_assert_cmpuint (report->n_imported, ==, 9);
  g_assert_cmpint (count (f, THANRAK_TYPE_DISTRICT_FIGURES), ==, 9);
  for (guint i = 0; i < lines->len; i++)
    {
      char **cells = lines->pdata[i];
      g_autoptr(ThanrakRecord) r = figures_of (f, cells[0], 2565);

      g_assert_cmpint (thanrak_record_get_number (r, "operators-registered"), ==, g_ascii_strtoll (cells[2], NULL, 10));
      g_assert_cmpint (thanrak_record_get_number (r, "operators-promoted"), ==, g_ascii_strtoll (cells[3], NULL, 10));
      /* Not in the file: left unset, not made up. */
      g_assert_cmpint (thanrak_record_get_number (r, "sales-satang"), ==, 0);
      g_assert_null (thanrak_record_get_string (r, "sales-from"));
      total += thanrak_record_get_number (r, "operators-registered");
    }
  /* Seed 003: 818 operators in Nong Khai. */
  g_assert_cmpint (total, ==, 818);
}

/* The KPI target tables of seeds 003 and 004 (the expected outputs of
 * shared/fixtures) imported as district figures: their base columns are
 * read, the target columns left, the province's total row noted and not
 * imported; the figures equal those of the district-figures fixtures. */
static void
test_expected_targets (Fixture       *f,
                       gconstpointer  data)
{
  /* the total rows: `รวม (จ.สระแก้ว)` (seed 004), `รวมทั้งสิ้น` (seed 003),
   * row 11, under the heading and nine districts */
  static const struct
  {
    const char *file;
    int         fiscal_year;
  } tables[] = {
    { "sakaeo-2564-round2-expected-online-targets.csv", 2564 },
    { "sakaeo-2564-round2-expected-revenue-targets.csv", 2564 },
    { "nongkhai-2565-expected-targets.csv", 2565 },
  };
  g_autoptr(GPtrArray) sakaeo = read_csv_lines ("sakaeo-2564-round2.csv");
  g_autoptr(GPtrArray) nongkhai = read_csv_lines ("nongkhai-2565.csv");

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autoptr(GFile) file = fixture_file (tables[t].file);
      ThanrakImportOptions options = { .fiscal_year = tables[t].fiscal_year };
      g_autoptr(ThanrakImportReport) report = import (f, THANRAK_IMPORT_KIND_DISTRICT_FIGURES, file, &options);
      gboolean total_noted = FALSE;

      g_assert_true (report->written);
      g_assert_cmpuint (report->rows->len, ==, 9);
      g_assert_cmpuint (report->n_rejected, ==, 0);
      /* the revenue table brings the sales of the districts the online
       * table wrote: updated, not doubled */
      g_assert_cmpuint (report->n_imported + report->n_updated, ==, 9);
      g_assert_cmpuint (report->n_updated, ==, t == 1 ? 9 : 0);
      for (guint i = 0; i < report->rows->len; i++)
        g_assert_cmpuint (g_array_index (report->rows, ThanrakImportRow, i).row, <, 11);
      for (guint i = 0; i < report->notes->len; i++)
        total_noted |= g_str_equal (report->notes->pdata[i], "Row 11 is a total row and is not imported.");
      g_assert_true (total_noted);
    }
  g_assert_cmpint (count (f, THANRAK_TYPE_DISTRICT_FIGURES), ==, 18);

  for (guint i = 0; i < sakaeo->len; i++)
    {
      char **cells = sakaeo->pdata[i];
      g_autoptr(ThanrakRecord) r = figures_of (f, cells[0], 2564);

      g_assert_cmpint (thanrak_record_get_number (r, "operators-registered"), ==, g_ascii_strtoll (cells[2], NULL, 10));
      g_assert_cmpint (thanrak_record_get_number (r, "products-registered"), ==, g_ascii_strtoll (cells[3], NULL, 10));
      g_assert_cmpint (thanrak_record_get_number (r, "sales-satang"), ==, g_ascii_strtoll (cells[4], NULL, 10) * 100);
      /* the revenue table's heading gives the period */
      g_assert_cmpstr (thanrak_record_get_string (r, "sales-from"), ==, "2020-04-01");
      g_assert_cmpstr (thanrak_record_get_string (r, "sales-to"), ==, "2020-09-30");
    }
  for (guint i = 0; i < nongkhai->len; i++)
    {
      char **cells = nongkhai->pdata[i];
      g_autoptr(ThanrakRecord) r = figures_of (f, cells[0], 2565);

      g_assert_cmpint (thanrak_record_get_number (r, "operators-registered"), ==, g_ascii_strtoll (cells[2], NULL, 10));
      g_assert_cmpint (thanrak_record_get_number (r, "operators-promoted"), ==, g_ascii_strtoll (cells[3], NULL, 10));
    }
}

static void
test_windows_874 (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "sakaeo-2564-round2.csv", NULL);
  g_autofree char *utf8 = NULL;
  g_autofree char *cp874 = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakTable) table = NULL;
  g_autoptr(ThanrakImportReport) report = NULL;
  ThanrakImportOptions options = { .fiscal_year = 2564 };
  gsize len = 0;

  g_file_get_contents (path, &utf8, NULL, &error);
  g_assert_no_error (error);
  cp874 = g_convert (utf8, -1, "WINDOWS-874", "UTF-8", NULL, &len, &error);
  g_assert_no_error (error);
  g_assert_false (g_utf8_validate (cp874, (gssize) len, NULL));
  file = write_file (f, "sakaeo-874.csv", cp874, (gssize) len);

  table = thanrak_table_read_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (thanrak_table_get_encoding (table), ==, THANRAK_TEXT_ENCODING_WINDOWS_874);

  report = import (f, THANRAK_IMPORT_KIND_DISTRICT_FIGURES, file, &options);
  g_assert_cmpuint (report->n_imported, ==, 9);
  check_sakaeo (f);
}

static void
test_libreoffice_xlsx (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file ("sakaeo-2564-round2-libreoffice.xlsx");
  ThanrakImportOptions options = { .fiscal_year = 2564 };
  g_autoptr(ThanrakImportReport) report = import (f, THANRAK_IMPORT_KIND_DISTRICT_FIGURES, file, &options);

  g_assert_true (report->written);
  g_assert_cmpuint (report->n_imported, ==, 9);
  check_sakaeo (f);
}

static void
test_misspelt (Fixture       *f,
               gconstpointer  data)
{
  const char *csv =
    "จังหวัด,อำเภอ,จำนวนผู้ประกอบการ\n"
    "สระแก้ว,เมืองสระแก่ว,138\n"       /* row 2: a wrong tone mark */
    "สระแก้ว,คลองหาาด,65\n"            /* row 3: a doubled vowel */
    "สระแก้ว,ตาพรยะา,57\n"             /* row 4: two letters swapped */
    "สระแก้ว,อำเภอวังน้ำเย็น,84\n"      /* row 5: exact, with อำเภอ */
    "เชียงใหม่,แม่อาน,10\n"             /* row 6: close to แม่อาย and แม่ออน */
    "สระแก้ว,บางกะปิ,10\n";            /* row 7: no such district there */
  g_autoptr(GFile) file = write_file (f, "misspelt.csv", csv, -1);
  ThanrakImportOptions options = { .fiscal_year = 2564 };
  g_autoptr(ThanrakImportReport) report = NULL;
  g_autofree char *before = count_all (f);
  g_autofree char *after = NULL;
  const ThanrakImportRow *row;

  report = import (f, THANRAK_IMPORT_KIND_DISTRICT_FIGURES, file, &options);
  g_assert_false (report->written);
  after = count_all (f);
  g_assert_cmpstr (before, ==, after);

  row = report_row (report, 2);
  g_assert_cmpint (row->outcome, ==, THANRAK_IMPORT_OUTCOME_CORRECTED);
  g_assert_nonnull (strstr (row->message, "“เมืองสระแก่ว”"));
  g_assert_nonnull (strstr (row->message, "“เมืองสระแก้ว”"));
  row = report_row (report, 3);
  g_assert_cmpint (row->outcome, ==, THANRAK_IMPORT_OUTCOME_CORRECTED);
  g_assert_nonnull (strstr (row->message, "“คลองหาด”"));
  row = report_row (report, 4);
  g_assert_cmpint (row->outcome, ==, THANRAK_IMPORT_OUTCOME_CORRECTED);
  g_assert_nonnull (strstr (row->message, "“ตาพระยา”"));
  row = report_row (report, 5);
  g_assert_cmpint (row->outcome, ==, THANRAK_IMPORT_OUTCOME_IMPORTED);
  g_assert_null (row->message);
  row = report_row (report, 6);
  g_assert_cmpint (row->outcome, ==, THANRAK_IMPORT_OUTCOME_REJECTED);
  g_assert_nonnull (strstr (row->message, "“แม่อาย”"));
  g_assert_nonnull (strstr (row->message, "“แม่ออน”"));
  g_assert_nonnull (strstr (row->message, "column B “อำเภอ”"));
  row = report_row (report, 7);
  g_assert_cmpint (row->outcome, ==, THANRAK_IMPORT_OUTCOME_REJECTED);
  g_assert_cmpuint (report->n_corrected, ==, 3);
  g_assert_cmpuint (report->n_imported, ==, 4);
  g_assert_cmpuint (report->n_rejected, ==, 2);

  /* The valid rows only: the corrected ones in the right districts. */
  options.valid_only = TRUE;
  g_clear_pointer (&report, thanrak_import_report_free);
  report = import (f, THANRAK_IMPORT_KIND_DISTRICT_FIGURES, file, &options);
  g_assert_true (report->written);
  g_assert_cmpint (count (f, THANRAK_TYPE_DISTRICT_FIGURES), ==, 4);
  {
    const char *codes[] = { "2701", "2702", "2703", "2704" };
    const gint64 operators[] = { 138, 65, 57, 84 };

    for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
      {
        g_autoptr(ThanrakRecord) r = figures_of (f, codes[i], 2564);

        g_assert_cmpint (thanrak_record_get_number (r, "operators-registered"), ==, operators[i]);
      }
  }

  /* A code and a name that disagree: rejected, not put in either
   * district; a misspelt name beside its code is read from the code. */
  {
    const char *csv3 = "รหัสอำเภอ,อำเภอ,จำนวนผู้ประกอบการ\n2701,คลองหาด,1\n2702,คลองหาาด,65\n";
    g_autoptr(GFile) file3 = write_file (f, "mismatch.csv", csv3, -1);
    g_autoptr(ThanrakImportReport) report3 = NULL;
    ThanrakImportOptions fy = { .fiscal_year = 2565 };

    report3 = import (f, THANRAK_IMPORT_KIND_DISTRICT_FIGURES, file3, &fy);
    row = report_row (report3, 2);
    g_assert_cmpint (row->outcome, ==, THANRAK_IMPORT_OUTCOME_REJECTED);
    g_assert_nonnull (strstr (row->message, "2701"));
    g_assert_nonnull (strstr (row->message, "“เมืองสระแก้ว”"));
    row = report_row (report3, 3);
    g_assert_cmpint (row->outcome, ==, THANRAK_IMPORT_OUTCOME_CORRECTED);
    g_assert_false (report3->written);
  }

  /* Without the province the same near miss is looked for in the whole
   * country, by the --province option here. */
  {
    const char *csv2 = "อำเภอ,จำนวนผู้ประกอบการ\nเมืองสระแก่ว,140\n";
    g_autoptr(GFile) file2 = write_file (f, "misspelt2.csv", csv2, -1);
    g_autoptr(ThanrakImportReport) report2 = NULL;
    g_autoptr(ThanrakRecord) r = NULL;

    options.province = "สระแก้ว";
    options.valid_only = FALSE;
    report2 = import (f, THANRAK_IMPORT_KIND_DISTRICT_FIGURES, file2, &options);
    g_assert_cmpint (report_row (report2, 2)->outcome, ==, THANRAK_IMPORT_OUTCOME_UPDATED);
    r = figures_of (f, "2701", 2564);
    g_assert_cmpint (thanrak_record_get_number (r, "operators-registered"), ==, 140);
  }
}

static void
test_messy (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file ("messy-operators.xlsx");
  ThanrakImportOptions options = { 0 };
  g_autoptr(ThanrakImportReport) report = NULL;
  g_autofree char *before = count_all (f);
  g_autofree char *after = NULL;
  const ThanrakImportRow *row;

  /* The cover sheet has no headings: the second sheet is read; fiscal
   * year and province come from its title. */
  report = import (f, THANRAK_IMPORT_KIND_DISTRICT_FIGURES, file, &options);
  g_assert_false (report->written);
  after = count_all (f);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (report->rows->len, ==, 6);

  g_assert_cmpint (report_row (report, 4)->outcome, ==, THANRAK_IMPORT_OUTCOME_IMPORTED);
  row = report_row (report, 5);   /* blank count */
  g_assert_cmpint (row->outcome, ==, THANRAK_IMPORT_OUTCOME_REJECTED);
  g_assert_nonnull (strstr (row->message, "column D “จำนวนผู้ประกอบการ”"));
  g_assert_nonnull (strstr (row->message, "blank"));
  row = report_row (report, 6);   /* #REF! */
  g_assert_cmpint (row->outcome, ==, THANRAK_IMPORT_OUTCOME_REJECTED);
  g_assert_nonnull (strstr (row->message, "#REF!"));
  row = report_row (report, 7);   /* #N/A in the sales */
  g_assert_cmpint (row->outcome, ==, THANRAK_IMPORT_OUTCOME_REJECTED);
  g_assert_nonnull (strstr (row->message, "column E “ยอดจำหน่าย (บาท)”"));
  g_assert_nonnull (strstr (row->message, "#N/A"));
  row = report_row (report, 8);   /* ไม่ทราบ in a number column */
  g_assert_cmpint (row->outcome, ==, THANRAK_IMPORT_OUTCOME_REJECTED);
  g_assert_nonnull (strstr (row->message, "“ไม่ทราบ”"));
  g_assert_cmpint (report_row (report, 10)->outcome, ==, THANRAK_IMPORT_OUTCOME_IMPORTED);
  g_assert_cmpuint (report->n_rejected, ==, 4);

  /* The valid rows only. */
  options.valid_only = TRUE;
  g_clear_pointer (&report, thanrak_import_report_free);
  report = import (f, THANRAK_IMPORT_KIND_DISTRICT_FIGURES, file, &options);
  g_assert_true (report->written);
  g_assert_cmpint (count (f, THANRAK_TYPE_DISTRICT_FIGURES), ==, 2);
  {
    g_autoptr(ThanrakRecord) r1 = figures_of (f, "2701", 2564);
    g_autoptr(ThanrakRecord) r2 = figures_of (f, "2706", 2564);

    g_assert_cmpint (thanrak_record_get_number (r1, "operators-registered"), ==, 138);
    g_assert_cmpint (thanrak_record_get_number (r1, "sales-satang"), ==, G_GINT64_CONSTANT (6830286000));
    g_assert_cmpint (thanrak_record_get_number (r2, "operators-registered"), ==, 120);
    /* A real zero stays a zero. */
    g_assert_cmpint (thanrak_record_get_number (r2, "sales-satang"), ==, 0);
  }
}

static const char operators_csv[] =
  "ที่,รหัสผู้ประกอบการ,ชื่อผู้ประกอบการ OTOP,ประเภทผู้ประกอบการ,เลขที่,หมู่ที่,ตำบล,อำเภอ,จังหวัด,เบอร์โทรศัพท์,ผ่านการอบรมเกี่ยวกับตลาดออนไลน์,ขายของออนไลน์อยู่แล้ว\n"
  "1,270100001,กลุ่มทอผ้าบ้านหนองบัว,กลุ่ม,10,2,สระแก้ว,เมืองสระแก้ว,สระแก้ว,081-2345678,1,\n"
  "2,270200002,นางสมศรี ใจดี,ผู้ผลิตชุมชนที่เป็นเจ้าของรายเดียว,5,7,,คลองหาด,สระแก้ว,,ใช่,ไม่\n"
  "3,270300003,บริษัท ตาพระยาฟู้ด จำกัด,SME,99,,,ตาพระยา,สระแก้ว,037-123456,,1\n";

static void
test_operators (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (f, "operators.csv", operators_csv, -1);
  g_autoptr(ThanrakImportReport) report = import (f, THANRAK_IMPORT_KIND_OPERATORS, file, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakRecord) op1 = NULL;
  g_autoptr(ThanrakRecord) op2 = NULL;
  g_autoptr(ThanrakRecord) op3 = NULL;

  for (guint i = 0; i < report->rows->len; i++)
    g_assert_null (g_array_index (report->rows, ThanrakImportRow, i).message);
  g_assert_cmpuint (report->n_imported, ==, 3);
  g_assert_true (report->written);

  op1 = thanrak_store_find_operator_by_code (f->store, "270100001", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (thanrak_record_get_string (op1, "name"), ==, "กลุ่มทอผ้าบ้านหนองบัว");
  g_assert_cmpint (thanrak_record_get_number (op1, "operator-type"), ==, THANRAK_OPERATOR_TYPE_GROUP);
  g_assert_cmpstr (thanrak_record_get_string (op1, "district-code"), ==, "2701");
  g_assert_cmpstr (thanrak_record_get_string (op1, "subdistrict-code"), ==, "270101");
  g_assert_cmpstr (thanrak_record_get_string (op1, "house-number"), ==, "10");
  g_assert_cmpint (thanrak_record_get_number (op1, "village-number"), ==, 2);
  g_assert_cmpstr (thanrak_record_get_string (op1, "phone"), ==, "081-2345678");
  g_assert_cmpint (thanrak_record_get_number (op1, "trained-online"), ==, TRUE);
  g_assert_cmpint (thanrak_record_get_number (op1, "sells-online"), ==, FALSE);

  op2 = thanrak_store_find_operator_by_code (f->store, "270200002", &error);
  g_assert_no_error (error);
  g_assert_cmpint (thanrak_record_get_number (op2, "operator-type"), ==, THANRAK_OPERATOR_TYPE_SOLE_OWNER);
  g_assert_cmpstr (thanrak_record_get_string (op2, "district-code"), ==, "2702");
  g_assert_cmpint (thanrak_record_get_number (op2, "trained-online"), ==, TRUE);
  g_assert_cmpint (thanrak_record_get_number (op2, "village-number"), ==, 7);

  op3 = thanrak_store_find_operator_by_code (f->store, "270300003", &error);
  g_assert_no_error (error);
  g_assert_cmpint (thanrak_record_get_number (op3, "operator-type"), ==, THANRAK_OPERATOR_TYPE_SME);
  g_assert_cmpint (thanrak_record_get_number (op3, "village-number"), ==, 0);
  g_assert_cmpint (thanrak_record_get_number (op3, "sells-online"), ==, TRUE);
}

static void
test_duplicates (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (f, "operators.csv", operators_csv, -1);
  g_autoptr(ThanrakImportReport) first = import (f, THANRAK_IMPORT_KIND_OPERATORS, file, NULL);
  const char *changed =
    "รหัสผู้ประกอบการ,ชื่อผู้ประกอบการ,ประเภทผู้ประกอบการ,อำเภอ,จังหวัด\n"
    "270100001,กลุ่มทอผ้าบ้านหนองบัว (ใหม่),กลุ่ม,เมืองสระแก้ว,สระแก้ว\n"
    "270900009,กลุ่มใหม่,กลุ่ม,วังสมบูรณ์,สระแก้ว\n"
    "270900009,กลุ่มใหม่ ซ้ำในไฟล์,กลุ่ม,วังสมบูรณ์,สระแก้ว\n";
  g_autoptr(GFile) file2 = write_file (f, "changed.csv", changed, -1);
  ThanrakImportOptions skip = { .on_duplicate = THANRAK_IMPORT_DUPLICATE_SKIP };
  ThanrakImportOptions update = { .on_duplicate = THANRAK_IMPORT_DUPLICATE_UPDATE };
  g_autoptr(ThanrakImportReport) report = NULL;
  g_autoptr(ThanrakRecord) op = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (count (f, THANRAK_TYPE_OPERATOR), ==, 3);

  report = import (f, THANRAK_IMPORT_KIND_OPERATORS, file2, &skip);
  g_assert_cmpint (report_row (report, 2)->outcome, ==, THANRAK_IMPORT_OUTCOME_SKIPPED);
  g_assert_cmpint (report_row (report, 3)->outcome, ==, THANRAK_IMPORT_OUTCOME_IMPORTED);
  g_assert_cmpint (report_row (report, 4)->outcome, ==, THANRAK_IMPORT_OUTCOME_SKIPPED);
  g_assert_cmpint (count (f, THANRAK_TYPE_OPERATOR), ==, 4);
  op = thanrak_store_find_operator_by_code (f->store, "270100001", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (thanrak_record_get_string (op, "name"), ==, "กลุ่มทอผ้าบ้านหนองบัว");
  g_clear_object (&op);

  g_clear_pointer (&report, thanrak_import_report_free);
  report = import (f, THANRAK_IMPORT_KIND_OPERATORS, file2, &update);
  g_assert_cmpint (report_row (report, 2)->outcome, ==, THANRAK_IMPORT_OUTCOME_UPDATED);
  g_assert_cmpint (report_row (report, 3)->outcome, ==, THANRAK_IMPORT_OUTCOME_UPDATED);
  g_assert_cmpint (report_row (report, 4)->outcome, ==, THANRAK_IMPORT_OUTCOME_UPDATED);
  g_assert_cmpint (count (f, THANRAK_TYPE_OPERATOR), ==, 4);
  op = thanrak_store_find_operator_by_code (f->store, "270100001", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (thanrak_record_get_string (op, "name"), ==, "กลุ่มทอผ้าบ้านหนองบัว (ใหม่)");
  /* Columns the file lacks keep their stored values. */
  g_assert_cmpstr (thanrak_record_get_string (op, "phone"), ==, "081-2345678");
  g_clear_object (&op);
  op = thanrak_store_find_operator_by_code (f->store, "270900009", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (thanrak_record_get_string (op, "name"), ==, "กลุ่มใหม่ ซ้ำในไฟล์");

  /* District figures: same district and fiscal year. */
  {
    g_autoptr(GFile) sakaeo = fixture_file ("sakaeo-2564-round2.csv");
    ThanrakImportOptions fy = { .fiscal_year = 2564, .on_duplicate = THANRAK_IMPORT_DUPLICATE_SKIP };
    g_autoptr(ThanrakImportReport) r1 = import (f, THANRAK_IMPORT_KIND_DISTRICT_FIGURES, sakaeo, &fy);
    g_autoptr(ThanrakImportReport) r2 = import (f, THANRAK_IMPORT_KIND_DISTRICT_FIGURES, sakaeo, &fy);

    g_assert_cmpuint (r1->n_imported, ==, 9);
    g_assert_cmpuint (r2->n_skipped, ==, 9);
    g_assert_cmpint (count (f, THANRAK_TYPE_DISTRICT_FIGURES), ==, 9);
    fy.fiscal_year = 2565;
    g_clear_pointer (&r2, thanrak_import_report_free);
    r2 = import (f, THANRAK_IMPORT_KIND_DISTRICT_FIGURES, sakaeo, &fy);
    g_assert_cmpuint (r2->n_imported, ==, 9);
    g_assert_cmpint (count (f, THANRAK_TYPE_DISTRICT_FIGURES), ==, 18);
  }
}

static void
test_all_or_nothing (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GFile) ops = write_file (f, "operators.csv", operators_csv, -1);
  g_autoptr(ThanrakImportReport) first = import (f, THANRAK_IMPORT_KIND_OPERATORS, ops, NULL);
  /* Products: the third row's operator is unknown, the fourth row's
   * category is wrong. */
  const char *products =
    "รหัสผู้ประกอบการ,ชื่อผลิตภัณฑ์,ประเภทผลิตภัณฑ์,ระดับดาว,ปีที่คัดสรร\n"
    "270100001,ผ้าไหมมัดหมี่,ผ้าและเครื่องแต่งกาย,4,2562\n"
    "270100001,ผ้าขาวม้า,ผ้า เครื่องแต่งกาย,,\n"
    "999999999,ข้าวเกรียบ,อาหาร,,\n"
    "270300003,น้ำพริกเผา,ของกิน,,\n"
    "270300003,น้ำพริกตาแดง,อาหาร,3,2019\n";
  g_autoptr(GFile) file = write_file (f, "products.csv", products, -1);
  g_autofree char *before = count_all (f);
  g_autofree char *after = NULL;
  g_autoptr(ThanrakImportReport) report = NULL;
  ThanrakImportOptions dry = { .dry_run = TRUE, .valid_only = TRUE };
  ThanrakImportOptions valid = { .valid_only = TRUE };
  const ThanrakImportRow *row;

  report = import (f, THANRAK_IMPORT_KIND_PRODUCTS, file, NULL);
  g_assert_false (report->written);
  after = count_all (f);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (report_row (report, 2)->outcome, ==, THANRAK_IMPORT_OUTCOME_IMPORTED);
  g_assert_cmpint (report_row (report, 3)->outcome, ==, THANRAK_IMPORT_OUTCOME_IMPORTED);
  row = report_row (report, 4);
  g_assert_cmpint (row->outcome, ==, THANRAK_IMPORT_OUTCOME_REJECTED);
  g_assert_nonnull (strstr (row->message, "999999999"));
  row = report_row (report, 5);
  g_assert_cmpint (row->outcome, ==, THANRAK_IMPORT_OUTCOME_REJECTED);
  g_assert_nonnull (strstr (row->message, "“ของกิน”"));
  g_assert_nonnull (strstr (row->message, "อาหาร"));
  /* A CE year read as BE, and said. */
  row = report_row (report, 6);
  g_assert_cmpint (row->outcome, ==, THANRAK_IMPORT_OUTCOME_CORRECTED);
  g_assert_nonnull (strstr (row->message, "2562"));

  /* A dry run writes nothing either, even with the valid rows only. */
  g_clear_pointer (&report, thanrak_import_report_free);
  report = import (f, THANRAK_IMPORT_KIND_PRODUCTS, file, &dry);
  g_assert_false (report->written);
  g_clear_pointer (&after, g_free);
  after = count_all (f);
  g_assert_cmpstr (before, ==, after);

  /* Cancelled: nothing. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_autoptr(GError) error = NULL;
    g_autoptr(ThanrakImportReport) none = NULL;

    g_autoptr(ThanrakTable) table = thanrak_table_read_file (file, NULL, NULL, &error);

    g_assert_no_error (error);
    g_cancellable_cancel (cancellable);
    none = thanrak_import_table (f->store, THANRAK_IMPORT_KIND_PRODUCTS, table, &valid, NULL, NULL, cancellable, &error);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_null (none);
    g_clear_pointer (&after, g_free);
    after = count_all (f);
    g_assert_cmpstr (before, ==, after);
  }

  g_clear_pointer (&report, thanrak_import_report_free);
  report = import (f, THANRAK_IMPORT_KIND_PRODUCTS, file, &valid);
  g_assert_true (report->written);
  g_assert_cmpint (count (f, THANRAK_TYPE_PRODUCT), ==, 3);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ThanrakRecord) p = thanrak_store_load (f->store, THANRAK_TYPE_PRODUCT, report_row (report, 2)->record_id, &error);
    g_autoptr(ThanrakRecord) p6 = thanrak_store_load (f->store, THANRAK_TYPE_PRODUCT, report_row (report, 6)->record_id, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (thanrak_record_get_string (p, "name"), ==, "ผ้าไหมมัดหมี่");
    g_assert_cmpint (thanrak_record_get_number (p, "category"), ==, THANRAK_PRODUCT_CATEGORY_TEXTILE);
    g_assert_cmpint (thanrak_record_get_number (p, "star-rating"), ==, 4);
    g_assert_cmpint (thanrak_record_get_number (p, "star-year"), ==, 2562);
    g_assert_cmpint (thanrak_record_get_number (p6, "star-year"), ==, 2562);
  }
}

/* One small file of each other kind. */
static void
test_other_kinds (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GFile) ops = write_file (f, "operators.csv", operators_csv, -1);
  g_autoptr(ThanrakImportReport) r0 = import (f, THANRAK_IMPORT_KIND_OPERATORS, ops, NULL);
  struct
  {
    ThanrakImportKind kind;
    const char *csv;
    GType type;
  } files[] = {
    { THANRAK_IMPORT_KIND_PRODUCTS,
      "Operator code,Product name,Category\n270100001,ผ้าไหมมัดหมี่,textile\n", THANRAK_TYPE_PRODUCT },
    { THANRAK_IMPORT_KIND_ONLINE_CHANNELS,
      "รหัสผู้ประกอบการ,ชื่อผลิตภัณฑ์,ช่องทาง,ชื่อเพจ ไอดี หรือลิงก์,วันที่เริ่มขาย\n270100001,ผ้าไหมมัดหมี่,เฟซบุ๊ก,ผ้าไหมบ้านหนองบัว,1/10/2564\n"
      /* a second page on Facebook is a second channel; the first again
       * is the same channel */
      "270100001,ผ้าไหมมัดหมี่,เฟซบุ๊ก,facebook.com/maimudmee,\n270100001,ผ้าไหมมัดหมี่,เฟซบุ๊ก,ผ้าไหมบ้านหนองบัว,1/10/2564\n",
      THANRAK_TYPE_ONLINE_CHANNEL },
    { THANRAK_IMPORT_KIND_MONTHLY_SALES,
      "รหัสผู้ประกอบการ,ปี,เดือน,ยอดจำหน่ายออนไลน์,ยอดจำหน่ายออฟไลน์\n270100001,2564,10,\"12,500.50\",3000\n",
      THANRAK_TYPE_MONTHLY_SALES },
    { THANRAK_IMPORT_KIND_MARKETING_EVENTS,
      "รหัสอำเภอ,วันที่จัดกิจกรรม,ชื่อกิจกรรม,สถานที่,จำนวนผู้ประกอบการที่เข้าร่วม,ยอดจำหน่าย\n2701,15 ม.ค. 2565,ตลาดนัด OTOP,หน้าที่ว่าการอำเภอ,12,45000\n",
      THANRAK_TYPE_MARKETING_EVENT },
    { THANRAK_IMPORT_KIND_CENTERS,
      "ชื่อศูนย์,อำเภอ,จังหวัด,ตำบล,เบอร์โทรศัพท์\nศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอเมืองสระแก้ว,เมืองสระแก้ว,สระแก้ว,สระแก้ว,037-425001\n",
      THANRAK_TYPE_CENTER },
    { THANRAK_IMPORT_KIND_COMMITTEE_MEMBERS,
      "ชื่อศูนย์,คณะกรรมการ,คำนำหน้า,ชื่อ - สกุล,ตำแหน่ง,ประเภทกรรมการ\nศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอเมืองสระแก้ว,คณะกรรมการบริหาร,นาย,สมชาย ใจดี,ประธาน,นายอำเภอหรือผู้ที่นายอำเภอมอบหมาย\n",
      THANRAK_TYPE_COMMITTEE_MEMBER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *name = g_strdup_printf ("kind-%u.csv", i);
      g_autoptr(GFile) file = write_file (f, name, files[i].csv, -1);
      g_autoptr(ThanrakImportReport) report = import (f, files[i].kind, file, NULL);
      g_autoptr(ThanrakRecord) record = NULL;
      g_autoptr(GError) error = NULL;
      const ThanrakImportRow *row = report_row (report, 2);

      g_test_message ("%s: %s", thanrak_import_kind_to_string (files[i].kind), row->message ? row->message : "");
      g_assert_cmpint (row->outcome, ==, THANRAK_IMPORT_OUTCOME_IMPORTED);
      g_assert_true (report->written);
      record = thanrak_store_load (f->store, files[i].type, row->record_id, &error);
      g_assert_no_error (error);

      switch (files[i].kind)
        {
        case THANRAK_IMPORT_KIND_PRODUCTS:
          g_assert_cmpint (thanrak_record_get_number (record, "category"), ==, THANRAK_PRODUCT_CATEGORY_TEXTILE);
          break;
        case THANRAK_IMPORT_KIND_ONLINE_CHANNELS:
          g_assert_cmpint (thanrak_record_get_number (record, "platform"), ==, THANRAK_PLATFORM_FACEBOOK);
          g_assert_cmpstr (thanrak_record_get_string (record, "listed-on"), ==, "2021-10-01");
          g_assert_cmpuint (report->n_imported, ==, 2);
          g_assert_cmpuint (report->n_updated, ==, 1);
          g_assert_cmpint (count (f, THANRAK_TYPE_ONLINE_CHANNEL), ==, 2);
          break;
        case THANRAK_IMPORT_KIND_MONTHLY_SALES:
          g_assert_cmpint (thanrak_record_get_number (record, "online-satang"), ==, 1250050);
          g_assert_cmpint (thanrak_record_get_number (record, "offline-satang"), ==, 300000);
          g_assert_cmpint (thanrak_record_get_number (record, "month"), ==, 10);
          break;
        case THANRAK_IMPORT_KIND_MARKETING_EVENTS:
          g_assert_cmpstr (thanrak_record_get_string (record, "event-date"), ==, "2022-01-15");
          g_assert_cmpint (thanrak_record_get_number (record, "sales-satang"), ==, 4500000);
          g_assert_cmpint (thanrak_record_get_number (record, "operators"), ==, 12);
          break;
        case THANRAK_IMPORT_KIND_CENTERS:
          g_assert_cmpstr (thanrak_record_get_string (record, "district-code"), ==, "2701");
          g_assert_cmpstr (thanrak_record_get_string (record, "subdistrict-code"), ==, "270101");
          break;
        case THANRAK_IMPORT_KIND_COMMITTEE_MEMBERS:
          g_assert_cmpint (thanrak_record_get_number (record, "position"), ==, THANRAK_COMMITTEE_POSITION_CHAIR);
          g_assert_cmpint (thanrak_record_get_number (record, "quota"), ==, THANRAK_COMMITTEE_QUOTA_DISTRICT_CHIEF);
          g_assert_cmpint (thanrak_record_get_number (record, "committee"), ==, THANRAK_COMMITTEE_KIND_MANAGEMENT);
          break;
        case THANRAK_IMPORT_KIND_OPERATORS:
        case THANRAK_IMPORT_KIND_DISTRICT_FIGURES:
        case THANRAK_IMPORT_KIND_FORM6:
        default:
          g_assert_not_reached ();
        }
    }
}

/* Form 6 in the layout of seed 004 ส่วนที่ ๑: title lines, a heading row
 * with merged cells and a row of sub-headings, one row per product, the
 * operator's cells left blank under its first product. */
static void
write_form6 (const char *path)
{
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "ส่วนที่ 1");
  const char *top[] = {
    "ที่", "รหัสผู้ประกอบการ", "ชื่อผู้ประกอบการ OTOP", "ประเภทผู้ประกอบการ",
    "ชื่อผลิตภัณฑ์ (โปรดระบุทุกผลิตภัณฑ์ของกลุ่ม)", "ประเภทผลิตภัณฑ์",
  };
  const char *sub[] = {
    "เลขที่", "หมู่ที่", "ตำบล", "อำเภอ", "จังหวัด", "เบอร์โทรศัพท์",
    "ผ่านการอบรมเกี่ยวกับตลาดออนไลน์", "ขายของออนไลน์อยู่แล้ว",
    "ได้รับมาตรฐานที่เกี่ยวข้อง", "ได้รับคัดดาว", "ผ่านการพัฒนาเกี่ยวกับออนไลน์",
  };
  lxw_row_t r;

  worksheet_write_string (ws, 0, 0, "แบบรายงานผลการส่งเสริมผลิตภัณฑ์ OTOP ในตลาดออนไลน์", NULL);
  worksheet_write_string (ws, 1, 0, "จังหวัดสระแก้ว", NULL);
  for (lxw_col_t c = 0; c < G_N_ELEMENTS (top); c++)
    worksheet_merge_range (ws, 3, c, 4, c, top[c], NULL);
  worksheet_merge_range (ws, 3, 6, 3, 11, "ที่อยู่", NULL);
  worksheet_merge_range (ws, 3, 12, 3, 13, "ความพร้อมผู้ประกอบการเพื่อเข้าสู่ตลาดออนไลน์", NULL);
  worksheet_merge_range (ws, 3, 14, 3, 16, "ความพร้อมผลิตภัณฑ์ในการเข้าสู่ออนไลน์", NULL);
  worksheet_merge_range (ws, 3, 17, 4, 17, "Facebook (ชื่อเพจ หรือลิงก์)", NULL);
  worksheet_merge_range (ws, 3, 18, 4, 18, "LINE ID", NULL);
  for (lxw_col_t c = 0; c < G_N_ELEMENTS (sub); c++)
    worksheet_write_string (ws, 4, (lxw_col_t) (6 + c), sub[c], NULL);

  /* Operator 1, two products; operator 2, one product. */
  r = 5;
  worksheet_write_number (ws, r, 0, 1, NULL);
  worksheet_write_string (ws, r, 1, "270100001", NULL);
  worksheet_write_string (ws, r, 2, "กลุ่มทอผ้าบ้านหนองบัว", NULL);
  worksheet_write_string (ws, r, 3, "กลุ่ม", NULL);
  worksheet_write_string (ws, r, 4, "เสื้อผ้าไทย", NULL);
  worksheet_write_string (ws, r, 5, "ผ้าฯ", NULL);
  worksheet_write_string (ws, r, 6, "10", NULL);
  worksheet_write_number (ws, r, 7, 2, NULL);
  worksheet_write_string (ws, r, 8, "สระแก้ว", NULL);
  worksheet_write_string (ws, r, 9, "เมืองสระแก้ว", NULL);
  worksheet_write_string (ws, r, 10, "สระแก้ว", NULL);
  worksheet_write_string (ws, r, 11, "091-1234567", NULL);
  worksheet_write_number (ws, r, 12, 1, NULL);
  worksheet_write_number (ws, r, 13, 1, NULL);
  worksheet_write_number (ws, r, 14, 1, NULL);
  worksheet_write_number (ws, r, 16, 1, NULL);
  worksheet_write_string (ws, r, 17, "facebook.com/phabannongbua", NULL);
  worksheet_write_string (ws, r, 18, "@nongbua", NULL);
  r++;
  worksheet_write_string (ws, r, 3, "กลุ่ม", NULL);
  worksheet_write_string (ws, r, 4, "กางเกงลายไทย", NULL);
  worksheet_write_string (ws, r, 5, "ผ้าฯ", NULL);
  worksheet_write_string (ws, r, 17, "facebook.com/phabannongbua", NULL);
  r++;
  worksheet_write_number (ws, r, 0, 2, NULL);
  worksheet_write_string (ws, r, 1, "270400004", NULL);
  worksheet_write_string (ws, r, 2, "นายสมหมาย ขยันดี", NULL);
  worksheet_write_string (ws, r, 3, "ผู้ผลิตชุมชนที่เป็นเจ้าของรายเดียว", NULL);
  worksheet_write_string (ws, r, 4, "น้ำพริกเผาแม่สมหมาย", NULL);
  worksheet_write_string (ws, r, 5, "อาหาร", NULL);
  worksheet_write_string (ws, r, 6, "4/1", NULL);
  worksheet_write_number (ws, r, 7, 5, NULL);
  worksheet_write_string (ws, r, 9, "วังน้ำเย็น", NULL);
  worksheet_write_string (ws, r, 10, "สระแก้ว", NULL);
  worksheet_write_number (ws, r, 13, 1, NULL);
  /* the stars typed where the form asks for a mark */
  worksheet_write_string (ws, r, 15, "4 ดาว", NULL);
  worksheet_write_string (ws, r, 17, "น้ำพริกแม่สมหมาย", NULL);
  r++;
  worksheet_write_string (ws, r, 0, "รวม", NULL);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
}

static void
check_form6 (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakRecord) op1 = thanrak_store_find_operator_by_code (f->store, "270100001", &error);
  g_autoptr(ThanrakRecord) op2 = NULL;
  g_autoptr(GPtrArray) products = NULL;
  g_autoptr(GPtrArray) channels = NULL;
  ThanrakStoreQuery q = { 0 };

  g_assert_no_error (error);
  op2 = thanrak_store_find_operator_by_code (f->store, "270400004", &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (f, THANRAK_TYPE_OPERATOR), ==, 2);
  g_assert_cmpint (count (f, THANRAK_TYPE_PRODUCT), ==, 3);
  /* Facebook of 3 products and LINE of one. */
  g_assert_cmpint (count (f, THANRAK_TYPE_ONLINE_CHANNEL), ==, 4);

  g_assert_cmpstr (thanrak_record_get_string (op1, "name"), ==, "กลุ่มทอผ้าบ้านหนองบัว");
  g_assert_cmpint (thanrak_record_get_number (op1, "operator-type"), ==, THANRAK_OPERATOR_TYPE_GROUP);
  g_assert_cmpstr (thanrak_record_get_string (op1, "house-number"), ==, "10");
  g_assert_cmpint (thanrak_record_get_number (op1, "village-number"), ==, 2);
  g_assert_cmpstr (thanrak_record_get_string (op1, "subdistrict-code"), ==, "270101");
  g_assert_cmpstr (thanrak_record_get_string (op1, "district-code"), ==, "2701");
  g_assert_cmpstr (thanrak_record_get_string (op1, "phone"), ==, "091-1234567");
  g_assert_true (thanrak_record_get_number (op1, "trained-online"));
  g_assert_true (thanrak_record_get_number (op1, "sells-online"));
  g_assert_cmpint (thanrak_record_get_number (op2, "operator-type"), ==, THANRAK_OPERATOR_TYPE_SOLE_OWNER);
  g_assert_cmpstr (thanrak_record_get_string (op2, "district-code"), ==, "2704");
  g_assert_false (thanrak_record_get_number (op2, "trained-online"));
  g_assert_true (thanrak_record_get_number (op2, "sells-online"));

  q.parent_field = "operator-id";
  q.parent_id = thanrak_record_get_id (op1);
  products = thanrak_store_list (f->store, THANRAK_TYPE_PRODUCT, &q, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (products->len, ==, 2);
  g_assert_cmpstr (thanrak_record_get_string (products->pdata[0], "name"), ==, "เสื้อผ้าไทย");
  g_assert_cmpint (thanrak_record_get_number (products->pdata[0], "category"), ==, THANRAK_PRODUCT_CATEGORY_TEXTILE);
  g_assert_true (thanrak_record_get_number (products->pdata[0], "online-developed"));
  g_assert_cmpstr (thanrak_record_get_string (products->pdata[1], "name"), ==, "กางเกงลายไทย");
  g_assert_false (thanrak_record_get_number (products->pdata[1], "online-developed"));

  q.parent_field = "product-id";
  q.parent_id = thanrak_record_get_id (products->pdata[0]);
  channels = thanrak_store_list (f->store, THANRAK_TYPE_ONLINE_CHANNEL, &q, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (channels->len, ==, 2);
  g_assert_cmpint (thanrak_record_get_number (channels->pdata[0], "platform"), ==, THANRAK_PLATFORM_FACEBOOK);
  g_assert_cmpstr (thanrak_record_get_string (channels->pdata[0], "identifier"), ==, "facebook.com/phabannongbua");
  g_assert_cmpint (thanrak_record_get_number (channels->pdata[1], "platform"), ==, THANRAK_PLATFORM_LINE);
  g_assert_cmpstr (thanrak_record_get_string (channels->pdata[1], "identifier"), ==, "@nongbua");
}

static void
test_form6_round_trip (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "form6.xlsx", NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(ThanrakImportReport) report = NULL;
  g_autoptr(ThanrakImportReport) again = NULL;

  write_form6 (path);
  file = g_file_new_for_path (path);
  report = import (f, THANRAK_IMPORT_KIND_FORM6, file, NULL);
  for (guint i = 0; i < report->rows->len; i++)
    g_test_message ("row %u: %d %s", g_array_index (report->rows, ThanrakImportRow, i).row,
                    g_array_index (report->rows, ThanrakImportRow, i).outcome,
                    g_array_index (report->rows, ThanrakImportRow, i).message);
  g_assert_cmpuint (report->rows->len, ==, 3);
  g_assert_cmpuint (report->n_imported, ==, 3);
  g_assert_true (report->written);
  check_form6 (f);
  /* `4 ดาว` under ได้รับคัดดาว is a mark, not a reason to refuse the row;
   * the number of stars is left to the person, and the row says so */
  {
    const ThanrakImportRow *row = report_row (report, 8);

    g_assert_cmpint (row->outcome, ==, THANRAK_IMPORT_OUTCOME_IMPORTED);
    g_assert_nonnull (row->message);
    g_assert_nonnull (strstr (row->message, "ได้รับคัดดาว is marked"));
    g_assert_null (report_row (report, 7)->message);
  }

  /* Again: the same records, updated, none doubled. */
  again = import (f, THANRAK_IMPORT_KIND_FORM6, file, NULL);
  g_assert_cmpuint (again->n_updated, ==, 3);
  check_form6 (f);
}

/* Form 6 as Thanrak's own report writer lays it out (tests/bench-report.c):
 * the address in one column headed with its parts, Thai digits on. */
static void
test_form6_report_sheet (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "form6-sheet.xlsx", NULL);
  ThanrakReportSheet *sheet = thanrak_report_sheet_new ("ส่วนที่ 1");
  const char *rows[][6] = {
    { "270100001", "กลุ่มทอผ้าบ้านหนองบัว", "กลุ่ม", "เสื้อผ้าไทย", "ผ้า เครื่องแต่งกาย",
      "10 หมู่ที่ 2 ต.สระแก้ว อ.เมืองสระแก้ว จ.สระแก้ว 091-1234567" },
    { "270100001", "กลุ่มทอผ้าบ้านหนองบัว", "กลุ่ม", "กางเกงลายไทย", "ผ้า เครื่องแต่งกาย",
      "10 หมู่ที่ 2 ต.สระแก้ว อ.เมืองสระแก้ว จ.สระแก้ว 091-1234567" },
    { "270400004", "นายสมหมาย ขยันดี", "เจ้าของรายเดียว", "น้ำพริกเผาแม่สมหมาย", "อาหาร",
      "๔/๑ หมู่ที่ ๕ ต.วังน้ำเย็น อ.วังน้ำเย็น จ.สระแก้ว" },
  };
  const int ready[][5] = { { 1, 1, 1, 0, 1 }, { 1, 1, 0, 0, 0 }, { 0, 1, 0, 0, 1 } };
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(ThanrakImportReport) report = NULL;
  g_autoptr(ThanrakRecord) op1 = NULL;
  g_autoptr(ThanrakRecord) op2 = NULL;
  ThanrakReportRow *total;
  guint col;

  for (guint i = 0; i < 14; i++)
    thanrak_report_sheet_add_column (sheet, 12, THANRAK_REPORT_ALIGN_DEFAULT);
  thanrak_report_sheet_set_thai_digits (sheet, TRUE);
  thanrak_report_sheet_add_title (sheet, "แบบรายงานผลการส่งเสริมผลิตภัณฑ์ OTOP ในตลาดออนไลน์");
  thanrak_report_sheet_add_subtitle (sheet, "ส่วนที่ 1");
  thanrak_report_sheet_add_heading (sheet, 0, 0, 2, 1, "ที่");
  thanrak_report_sheet_add_heading (sheet, 0, 1, 2, 1, "รหัสผู้ประกอบการ");
  thanrak_report_sheet_add_heading (sheet, 0, 2, 2, 1, "ชื่อผู้ประกอบการ OTOP");
  thanrak_report_sheet_add_heading (sheet, 0, 3, 2, 1, "ประเภทผู้ประกอบการ");
  thanrak_report_sheet_add_heading (sheet, 0, 4, 2, 1, "ชื่อผลิตภัณฑ์ (โปรดระบุทุกผลิตภัณฑ์ของกลุ่ม)");
  thanrak_report_sheet_add_heading (sheet, 0, 5, 2, 1, "ประเภทผลิตภัณฑ์");
  thanrak_report_sheet_add_heading (sheet, 0, 6, 2, 1, "ที่อยู่ (เลขที่, หมู่ที่, ตำบล, อำเภอ, จังหวัด, เบอร์โทรศัพท์)");
  thanrak_report_sheet_add_heading (sheet, 0, 7, 1, 2, "ความพร้อมผู้ประกอบการเพื่อเข้าสู่ตลาดออนไลน์");
  thanrak_report_sheet_add_heading (sheet, 1, 7, 1, 1, "ผ่านการอบรมเกี่ยวกับตลาดออนไลน์");
  thanrak_report_sheet_add_heading (sheet, 1, 8, 1, 1, "ขายของออนไลน์อยู่แล้ว");
  thanrak_report_sheet_add_heading (sheet, 0, 9, 1, 3, "ความพร้อมผลิตภัณฑ์ในการเข้าสู่ออนไลน์");
  thanrak_report_sheet_add_heading (sheet, 1, 9, 1, 1, "ได้รับมาตรฐานที่เกี่ยวข้อง");
  thanrak_report_sheet_add_heading (sheet, 1, 10, 1, 1, "ได้รับคัดดาว");
  thanrak_report_sheet_add_heading (sheet, 1, 11, 1, 1, "ผ่านการพัฒนาเกี่ยวกับออนไลน์");
  thanrak_report_sheet_add_heading (sheet, 0, 12, 2, 1, "Facebook (ชื่อเพจ หรือลิงก์)");
  thanrak_report_sheet_add_heading (sheet, 0, 13, 2, 1, "ยอดจำหน่าย (บาท)");
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      ThanrakReportRow *row = thanrak_report_sheet_append_row (sheet);

      thanrak_report_row_add_count (row, i + 1);
      for (guint c = 0; c < 6; c++)
        thanrak_report_row_add_text (row, rows[i][c]);
      for (guint k = 0; k < 5; k++)
        {
          if (ready[i][k])
            thanrak_report_row_add_count (row, 1);
          else
            thanrak_report_row_add_blank (row);
        }
      thanrak_report_row_add_text (row, i < 2 ? "facebook.com/phabannongbua" : "น้ำพริกแม่สมหมาย");
      thanrak_report_row_add_baht (row, 1250000);
    }
  total = thanrak_report_sheet_get_total_row (sheet);
  col = thanrak_report_row_add_text (total, "รวม");
  thanrak_report_row_set_span (total, col, 7);
  for (guint k = 0; k < 5; k++)
    thanrak_report_row_add_column_sum (total, THANRAK_REPORT_STYLE_COUNT);
  thanrak_report_row_add_blank (total);
  thanrak_report_row_add_column_sum (total, THANRAK_REPORT_STYLE_BAHT);
  thanrak_report_write_sheet (path, sheet, 0, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  thanrak_report_sheet_free (sheet);

  file = g_file_new_for_path (path);
  report = import (f, THANRAK_IMPORT_KIND_FORM6, file, NULL);
  for (guint i = 0; i < report->rows->len; i++)
    g_test_message ("row %u: %s", g_array_index (report->rows, ThanrakImportRow, i).row,
                    g_array_index (report->rows, ThanrakImportRow, i).message);
  g_assert_cmpuint (report->rows->len, ==, 3);
  g_assert_cmpuint (report->n_imported, ==, 3);
  g_assert_true (report->written);
  g_assert_cmpint (count (f, THANRAK_TYPE_OPERATOR), ==, 2);
  g_assert_cmpint (count (f, THANRAK_TYPE_PRODUCT), ==, 3);
  g_assert_cmpint (count (f, THANRAK_TYPE_ONLINE_CHANNEL), ==, 3);

  op1 = thanrak_store_find_operator_by_code (f->store, "270100001", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (thanrak_record_get_string (op1, "house-number"), ==, "10");
  g_assert_cmpint (thanrak_record_get_number (op1, "village-number"), ==, 2);
  g_assert_cmpstr (thanrak_record_get_string (op1, "subdistrict-code"), ==, "270101");
  g_assert_cmpstr (thanrak_record_get_string (op1, "district-code"), ==, "2701");
  g_assert_cmpstr (thanrak_record_get_string (op1, "phone"), ==, "091-1234567");
  g_assert_true (thanrak_record_get_number (op1, "trained-online"));
  op2 = thanrak_store_find_operator_by_code (f->store, "270400004", &error);
  g_assert_no_error (error);
  g_assert_cmpint (thanrak_record_get_number (op2, "operator-type"), ==, THANRAK_OPERATOR_TYPE_SOLE_OWNER);
  g_assert_cmpstr (thanrak_record_get_string (op2, "house-number"), ==, "4/1");
  g_assert_cmpint (thanrak_record_get_number (op2, "village-number"), ==, 5);
  g_assert_cmpstr (thanrak_record_get_string (op2, "subdistrict-code"), ==, "270401");
  g_assert_cmpstr (thanrak_record_get_string (op2, "district-code"), ==, "2704");
  g_assert_false (thanrak_record_get_number (op2, "trained-online"));
  g_assert_true (thanrak_record_get_number (op2, "sells-online"));
}

static void
test_headings_missing (Fixture       *f,
                       gconstpointer  data)
{
  const char *csv = "ชื่อผู้ประกอบการ,ประเภทผู้ประกอบการ,อำเภอ\nกลุ่ม ก,กลุ่ม,เมืองสระแก้ว\n";
  g_autoptr(GFile) file = write_file (f, "nocode.csv", csv, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakImportReport) report = NULL;
  g_autoptr(GFile) sakaeo = fixture_file ("sakaeo-2564-round2.csv");
  g_autofree char *headings = thanrak_import_describe_headings (THANRAK_IMPORT_KIND_FORM6);

  report = thanrak_import_file (f->store, THANRAK_IMPORT_KIND_OPERATORS, file, NULL, NULL, NULL, NULL, &error);
  g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_NO_HEADINGS);
  g_assert_nonnull (strstr (error->message, "รหัสผู้ประกอบการ"));
  g_assert_null (report);
  g_clear_error (&error);

  /* District figures need their fiscal year. */
  report = thanrak_import_file (f->store, THANRAK_IMPORT_KIND_DISTRICT_FIGURES, sakaeo, NULL, NULL, NULL, NULL, &error);
  g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_NO_HEADINGS);
  g_assert_nonnull (strstr (error->message, "--fiscal-year"));
  g_assert_cmpint (count (f, THANRAK_TYPE_DISTRICT_FIGURES), ==, 0);

  g_assert_nonnull (strstr (headings, "“ชื่อผลิตภัณฑ์ (โปรดระบุทุกผลิตภัณฑ์ของกลุ่ม)”"));
  g_assert_nonnull (strstr (headings, "“ผ่านการอบรมเกี่ยวกับตลาดออนไลน์”"));
}

/* Runs thanrak-cli with @args; returns its output, and its success in
 * @ok. NULL when the program is not known (outside meson test). */
static char *
run_cli (const char * const *args,
         gboolean           *ok)
{
  const char *cli = g_getenv ("THANRAK_CLI");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  if (cli == NULL)
    return NULL;
  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  envp = g_environ_setenv (envp, "LANGUAGE", "C", TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  *ok = g_spawn_check_wait_status (status, NULL);
  return out;
}

/* The district figures stored in the database file @db, as another
 * program sees them after the CLI ended. */
static gint64
count_figures_in (const char *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakStore) store = thanrak_store_new (db, &error);
  gint64 n;

  g_assert_no_error (error);
  n = thanrak_store_count (store, THANRAK_TYPE_DISTRICT_FIGURES, NULL, &error);
  g_assert_no_error (error);
  return n;
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *db = g_build_filename (f->dir, "cli.db", NULL);
  g_autofree char *csv = g_build_filename (TEST_DATA_DIR, "sakaeo-2564-round2.csv", NULL);
  g_autofree char *messy = g_build_filename (TEST_DATA_DIR, "messy-operators.xlsx", NULL);
  const char *help[] = { "import", "--help", NULL };
  const char *dry[] = { "import", "district-figures", csv, "--fiscal-year", "2564", "--dry-run", "--database", db, NULL };
  const char *real[] = { "import", "district-figures", csv, "--fiscal-year", "2564", "--database", db, NULL };
  const char *skip[] = { "import", "district-figures", csv, "--fiscal-year", "2564", "--on-duplicate", "skip", "--database", db, NULL };
  const char *bad[] = { "import", "district-figures", messy, "--database", db, NULL };
  const char *wrong[] = { "import", "nosuchkind", csv, "--database", db, NULL };
  g_autofree char *out = NULL;
  gboolean ok = FALSE;

  out = run_cli (help, &ok);
  if (out == NULL)
    {
      g_test_skip ("THANRAK_CLI is not set: run under meson test");
      return;
    }
  g_assert_true (ok);
  for (guint k = 0; k < THANRAK_IMPORT_N_KINDS; k++)
    {
      g_autofree char *line = g_strdup_printf ("\n  %s — ", thanrak_import_kind_to_string ((ThanrakImportKind) k));

      g_assert_nonnull (strstr (out, line));
    }
  g_assert_nonnull (strstr (out, "“รหัสผู้ประกอบการ” | “operator code” (required)"));
  g_assert_nonnull (strstr (out, "“ผ่านการพัฒนาเกี่ยวกับออนไลน์”"));
  /* the README documents the same headings, line for line */
  {
    g_autofree char *readme_path = g_build_filename (TEST_DATA_DIR, "..", "..", "README.md", NULL);
    g_autofree char *readme = NULL;
    g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
    g_autoptr(GError) error = NULL;

    g_file_get_contents (readme_path, &readme, NULL, &error);
    g_assert_no_error (error);
    for (guint i = 0; lines[i] != NULL; i++)
      {
        gboolean heading = g_str_has_prefix (lines[i], "    “");

        /* and the line of each kind above its headings: `  form6 — …` */
        for (guint k = 0; k < THANRAK_IMPORT_N_KINDS && !heading; k++)
          {
            g_autofree char *start = g_strdup_printf ("  %s — ", thanrak_import_kind_to_string ((ThanrakImportKind) k));

            heading = g_str_has_prefix (lines[i], start);
          }
        if (heading)
          {
            g_autofree char *line = g_strconcat ("\n", lines[i], "\n", NULL);

            if (strstr (readme, line) == NULL)
              g_test_message ("not in README.md: %s", lines[i]);
            g_assert_nonnull (strstr (readme, line));
          }
      }
  }
  g_clear_pointer (&out, g_free);

  out = run_cli (dry, &ok);
  g_assert_true (ok);
  g_assert_nonnull (strstr (out, "row 2: imported\n"));
  g_assert_nonnull (strstr (out, "row 10: imported\n"));
  g_assert_nonnull (strstr (out, "Rows: 9 imported (0 of them corrected), 0 updated, 0 skipped, 0 rejected."));
  g_assert_nonnull (strstr (out, "Dry run: nothing was written."));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (count_figures_in (db), ==, 0);

  out = run_cli (real, &ok);
  g_assert_true (ok);
  g_assert_nonnull (strstr (out, "Written to the database."));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (count_figures_in (db), ==, 9);

  out = run_cli (skip, &ok);
  g_assert_true (ok);
  g_assert_nonnull (strstr (out, "row 5: duplicate, skipped\n"));
  g_assert_nonnull (strstr (out, "0 imported (0 of them corrected), 0 updated, 9 skipped"));
  g_clear_pointer (&out, g_free);

  out = run_cli (bad, &ok);
  g_assert_true (ok);
  g_assert_nonnull (strstr (out, "row 6: rejected: column D “จำนวนผู้ประกอบการ” holds the error value #REF!"));
  g_assert_nonnull (strstr (out, "Nothing was written"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (count_figures_in (db), ==, 9);

  out = run_cli (wrong, &ok);
  g_assert_false (ok);
}

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  guint *calls = user_data;

  g_assert_cmpuint (done, <=, total);
  (*calls)++;
}

static void
test_progress (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file ("sakaeo-2564-round2.csv");
  ThanrakImportOptions options = { .fiscal_year = 2564 };
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakImportReport) report = NULL;
  guint calls = 0;

  report = thanrak_import_file (f->store, THANRAK_IMPORT_KIND_DISTRICT_FIGURES, file, &options,
                                progress_cb, &calls, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (calls, >=, 2);
}

/* The kind the app proposes for a file, from its headings. */
static void
test_guess_kind (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *form6 = g_build_filename (f->dir, "form6.xlsx", NULL);
  struct
  {
    const char        *name;
    const char        *csv;
    ThanrakImportKind  kind;
  } files[] = {
    { "sakaeo-2564-round2.csv", NULL, THANRAK_IMPORT_KIND_DISTRICT_FIGURES },
    { "nongkhai-2565.csv", NULL, THANRAK_IMPORT_KIND_DISTRICT_FIGURES },
    { "operators.csv", operators_csv, THANRAK_IMPORT_KIND_OPERATORS },
    { "products.csv", "Operator code,Product name,Category\n270100001,ผ้าไหมมัดหมี่,textile\n", THANRAK_IMPORT_KIND_PRODUCTS },
    { "channels.csv", "รหัสผู้ประกอบการ,ชื่อผลิตภัณฑ์,ช่องทาง,ชื่อเพจ ไอดี หรือลิงก์\n270100001,ผ้าไหม,เฟซบุ๊ก,x\n", THANRAK_IMPORT_KIND_ONLINE_CHANNELS },
    { "sales.csv", "รหัสผู้ประกอบการ,ปี,เดือน,ยอดจำหน่ายออนไลน์,ยอดจำหน่ายออฟไลน์\n270100001,2564,10,1,2\n", THANRAK_IMPORT_KIND_MONTHLY_SALES },
    { "events.csv", "รหัสอำเภอ,วันที่จัดกิจกรรม,ชื่อกิจกรรม,สถานที่\n2701,15 ม.ค. 2565,ตลาดนัด,อำเภอ\n", THANRAK_IMPORT_KIND_MARKETING_EVENTS },
    { "centers.csv", "ชื่อศูนย์,อำเภอ,จังหวัด\nศูนย์,เมืองสระแก้ว,สระแก้ว\n", THANRAK_IMPORT_KIND_CENTERS },
    { "committee.csv", "ชื่อศูนย์,คณะกรรมการ,ชื่อ - สกุล,ตำแหน่ง,ประเภทกรรมการ\nศูนย์,บริหาร,ก,ประธาน,นายอำเภอ\n", THANRAK_IMPORT_KIND_COMMITTEE_MEMBERS },
    { "form6.xlsx", NULL, THANRAK_IMPORT_KIND_FORM6 },
  };

  write_form6 (form6);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GFile) file = NULL;
      g_autoptr(ThanrakTable) table = NULL;
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) headings = NULL;
      ThanrakImportKind kind = THANRAK_IMPORT_N_KINDS;

      if (files[i].csv != NULL)
        file = write_file (f, files[i].name, files[i].csv, -1);
      else if (g_str_equal (files[i].name, "form6.xlsx"))
        file = g_file_new_for_path (form6);
      else
        file = fixture_file (files[i].name);
      table = thanrak_table_read_file (file, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (thanrak_import_guess_kind (table, &kind));
      g_test_message ("%s: %s", files[i].name, thanrak_import_kind_to_string (kind));
      g_assert_cmpint (kind, ==, files[i].kind);
      headings = thanrak_import_find_headings (table, kind);
      g_assert_cmpuint (g_strv_length (headings), >=, 2);
    }

  /* The Sa Kaeo headings as the file writes them, left to right. */
  {
    g_autoptr(GFile) file = fixture_file ("sakaeo-2564-round2.csv");
    g_autoptr(ThanrakTable) table = thanrak_table_read_file (file, NULL, NULL, NULL);
    g_auto(GStrv) headings = thanrak_import_find_headings (table, THANRAK_IMPORT_KIND_DISTRICT_FIGURES);
    g_auto(GStrv) none = thanrak_import_find_headings (table, THANRAK_IMPORT_KIND_COMMITTEE_MEMBERS);
    g_autoptr(ThanrakTable) blank = NULL;
    g_autoptr(GFile) words = write_file (f, "words.csv", "สวัสดี,ครับ\n1,2\n", -1);

    g_assert_cmpuint (g_strv_length (headings), ==, 5);
    g_assert_cmpstr (headings[0], ==, "รหัสอำเภอ");
    g_assert_cmpstr (headings[1], ==, "อำเภอ");
    g_assert_cmpstr (headings[4], ==, "ยอดจำหน่ายสินค้า OTOP 1 เม.ย. - 30 ก.ย. 2563 (บาท)");
    g_assert_cmpuint (g_strv_length (none), ==, 0);

    blank = thanrak_table_read_file (words, NULL, NULL, NULL);
    g_assert_false (thanrak_import_guess_kind (blank, NULL));
  }
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/import/district-figures/sakaeo-csv", test_sakaeo_csv);
  ADD ("/import/district-figures/nongkhai-csv", test_nongkhai_csv);
  ADD ("/import/district-figures/expected-targets", test_expected_targets);
  ADD ("/import/district-figures/windows-874", test_windows_874);
  ADD ("/import/district-figures/libreoffice-xlsx", test_libreoffice_xlsx);
  ADD ("/import/district-figures/misspelt", test_misspelt);
  ADD ("/import/district-figures/messy", test_messy);
  ADD ("/import/operators", test_operators);
  ADD ("/import/duplicates", test_duplicates);
  ADD ("/import/all-or-nothing", test_all_or_nothing);
  ADD ("/import/other-kinds", test_other_kinds);
  ADD ("/import/form6-round-trip", test_form6_round_trip);
  ADD ("/import/form6-report-sheet", test_form6_report_sheet);
  ADD ("/import/headings-missing", test_headings_missing);
  ADD ("/import/progress", test_progress);
  ADD ("/import/guess-kind", test_guess_kind);
  ADD ("/import/cli", test_cli);

  return g_test_run ();
}
