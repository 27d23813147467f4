/* test-report-assessments.c: forms 1 and 2 from the assessments saved in
 * the store (src/report/thanrak-report-assessments.c), read the same way by
 * `thanrak-cli export` and the app; and the sheet preview the app shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "records-builders.h"
#include "thanrak-form-assessment.h"
#include "thanrak-report-assessments.h"
#include "xlsx-check.h"

static char *tmp_dir;

/* Two centers of Sa Kaeo assessed in FY 2567 (seed 001) and one of
 * Prachin Buri; the first also in FY 2566. */
static ThanrakStore *
make_store (const char *name,
            gint64     *first)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GError) error = NULL;
  ThanrakStore *store = thanrak_store_new (path, &error);
  const char *names[] = { "ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอเมืองสระแก้ว",
                          "ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอคลองหาด",
                          "ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอเมืองปราจีนบุรี" };
  const char *districts[] = { "2701", "2702", "2501" };
  gint64 ids[3];

  g_assert_no_error (error);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(ThanrakRecord) center = THANRAK_RECORD (thanrak_center_new ());

      thanrak_record_set_string (center, "name", names[i]);
      thanrak_record_set_string (center, "district-code", districts[i]);
      if (i == 0)
        thanrak_record_set_string (center, "subdistrict-code", "270101");
      ids[i] = records_save (store, center);
    }
  /* 18 items of aspects 1-8 = 19 points, 30 services = 9.3 (6), high = 10.3 (6): 31, B */
  records_add_assessment (store, ids[0], 2567, "1.1 1.2 2.1 2.2 2.3 2.4 3.1 3.2 4.1 4.2 5.1 5.2 6.1 6.2 7.1 7.2 8.1 8.2",
                          30, THANRAK_SATISFACTION_LEVEL_HIGH);
  /* 9 items = 9 points, 5 services = 9.1 (1), low = 10.1 (1): 11, C */
  records_add_assessment (store, ids[1], 2567, "1.1 2.1 2.2 3.1 4.1 5.1 6.1 7.1 8.1", 5, THANRAK_SATISFACTION_LEVEL_LOW);
  /* every item of 1-8 (38), 13 services = 9.2 (3), not assessed (0): 41, A */
  records_add_assessment (store, ids[0], 2566,
                          "1.1 1.2 1.3 2.1 2.2 2.3 2.4 2.5 2.6 2.7 3.1 3.2 3.3 3.4 3.5 3.6 4.1 4.2 4.3 4.4 4.5 "
                          "5.1 5.2 5.3 5.4 6.1 6.2 6.3 7.1 7.2 7.3 8.1 8.2 8.3",
                          13, THANRAK_SATISFACTION_LEVEL_NOT_ASSESSED);
  records_add_assessment (store, ids[2], 2567, "1.1", 0, THANRAK_SATISFACTION_LEVEL_MEDIUM);
  *first = ids[0];
  return store;
}

static void
test_center (void)
{
  gint64 id;
  g_autoptr(ThanrakStore) store = make_store ("center.db", &id);
  g_autoptr(ThanrakReportAssessedCenter) a2567 = NULL;
  g_autoptr(ThanrakReportAssessedCenter) a2566 = NULL;
  g_autoptr(ThanrakReportAssessedCenter) none = NULL;
  g_autoptr(GError) error = NULL;
  ThanrakFormCenter center;

  a2567 = thanrak_report_load_center_assessment (store, id, 2567, &error);
  g_assert_no_error (error);
  g_assert_cmpint (thanrak_assessment_get_total (a2567->assessment), ==, 31);
  g_assert_cmpint (thanrak_assessment_get_grade (a2567->assessment), ==, THANRAK_ASSESSMENT_GRADE_B);
  g_assert_true (thanrak_assessment_get (a2567->assessment, "9.3", NULL));
  g_assert_false (thanrak_assessment_get (a2567->assessment, "9.2", NULL));
  g_assert_true (thanrak_assessment_get (a2567->assessment, "10.3", NULL));
  thanrak_report_assessed_center_get_form_center (a2567, &center);
  g_assert_cmpstr (center.subdistrict, ==, "สระแก้ว");
  g_assert_cmpstr (center.district, ==, "เมืองสระแก้ว");
  g_assert_cmpstr (center.province, ==, "สระแก้ว");
  g_assert_cmpuint (center.fiscal_year, ==, 2567);

  a2566 = thanrak_report_load_center_assessment (store, id, 2566, &error);
  g_assert_no_error (error);
  g_assert_cmpint (thanrak_assessment_get_total (a2566->assessment), ==, 41);
  g_assert_cmpint (thanrak_assessment_get_grade (a2566->assessment), ==, THANRAK_ASSESSMENT_GRADE_A);
  g_assert_true (thanrak_assessment_get (a2566->assessment, "9.2", NULL));
  g_assert_false (thanrak_assessment_get (a2566->assessment, "10.1", NULL));

  none = thanrak_report_load_center_assessment (store, id, 2565, &error);
  g_assert_null (none);
  g_assert_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_NOT_FOUND);
}

static void
test_province (void)
{
  gint64 id;
  g_autoptr(ThanrakStore) store = make_store ("province.db", &id);
  g_autoptr(GPtrArray) centers = NULL;
  g_autoptr(GPtrArray) empty = NULL;
  g_autoptr(GError) error = NULL;
  ThanrakReportAssessedCenter *c;

  centers = thanrak_report_list_center_assessments (store, "27", 2567, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (centers->len, ==, 2);
  c = g_ptr_array_index (centers, 0);
  g_assert_cmpstr (c->district, ==, "เมืองสระแก้ว");
  g_assert_cmpint (thanrak_assessment_get_total (c->assessment), ==, 31);
  c = g_ptr_array_index (centers, 1);
  g_assert_cmpstr (c->district, ==, "คลองหาด");
  g_assert_cmpint (thanrak_assessment_get_total (c->assessment), ==, 11);

  empty = thanrak_report_list_center_assessments (store, "27", 2564, &error);
  g_assert_null (empty);
  g_assert_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_NOT_FOUND);
}

typedef struct
{
  GPtrArray *rows;
  guint      totals;
} Preview;

static void
collect_row (const char * const *cells,
             gboolean            is_total,
             gpointer            user_data)
{
  Preview *p = user_data;

  g_ptr_array_add (p->rows, g_strjoinv ("|", (char **) cells));
  p->totals += is_total;
}

/* The preview shows the cells as the file shows them. */
static void
test_preview (void)
{
  g_autoptr(ThanrakReportSheet) sheet = thanrak_report_sheet_new ("ทดสอบ");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) headings = NULL;
  ThanrakReportRow *row;
  Preview p = { g_ptr_array_new_with_free_func (g_free), 0 };
  GDate date;

  for (guint i = 0; i < 5; i++)
    thanrak_report_sheet_add_column (sheet, 12, THANRAK_REPORT_ALIGN_DEFAULT);
  thanrak_report_sheet_add_title (sheet, "ตาราง");
  thanrak_report_sheet_add_heading (sheet, 0, 0, 2, 1, "ที่");
  thanrak_report_sheet_add_heading (sheet, 0, 1, 1, 2, "ยอด");
  thanrak_report_sheet_add_heading (sheet, 1, 1, 1, 1, "บาท");
  thanrak_report_sheet_add_heading (sheet, 1, 2, 1, 1, "ร้อยละ");
  thanrak_report_sheet_add_heading (sheet, 0, 3, 2, 2, "หมายเหตุ");
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_OCTOBER, 2021);
  row = thanrak_report_sheet_append_row (sheet);
  thanrak_report_row_add_count (row, 1234);
  thanrak_report_row_add_baht_satang (row, 125005000);
  thanrak_report_row_add_percent (row, 0.085);
  thanrak_report_row_add_date (row, &date);
  thanrak_report_row_add_text (row, "=1+1");
  row = thanrak_report_sheet_append_row (sheet);
  thanrak_report_row_add_count (row, 6);
  thanrak_report_row_add_baht_satang (row, 100);
  row = thanrak_report_sheet_get_total_row (sheet);
  thanrak_report_row_add_text (row, "รวม");
  thanrak_report_row_add_column_sum (row, THANRAK_REPORT_STYLE_BAHT_SATANG);

  headings = thanrak_report_sheet_dup_headings (sheet);
  g_assert_cmpuint (g_strv_length (headings), ==, 5);
  g_assert_cmpstr (headings[0], ==, "ที่");
  g_assert_cmpstr (headings[1], ==, "ยอด\nบาท");
  g_assert_cmpstr (headings[2], ==, "ยอด\nร้อยละ");
  g_assert_cmpstr (headings[3], ==, "หมายเหตุ");
  g_assert_cmpstr (headings[4], ==, "");
  g_assert_cmpuint (thanrak_report_sheet_get_n_titles (sheet), ==, 1);
  g_assert_cmpstr (thanrak_report_sheet_get_title (sheet, 0), ==, "ตาราง");

  g_assert_true (thanrak_report_sheet_preview (sheet, 10, FALSE, collect_row, &p, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (p.rows->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (p.rows, 0), ==, "1,234|1,250,050.00|8.50%|1 ต.ค. 64|=1+1");
  g_assert_cmpstr (g_ptr_array_index (p.rows, 1), ==, "6|1.00|||");
  g_assert_cmpstr (g_ptr_array_index (p.rows, 2), ==, "รวม|1,250,051.00|||");
  g_assert_cmpuint (p.totals, ==, 1);

  /* Thai digits for numbers, text as typed; a sum of rows not all shown
   * is not given */
  g_ptr_array_set_size (p.rows, 0);
  g_assert_true (thanrak_report_sheet_preview (sheet, 1, TRUE, collect_row, &p, &error));
  g_assert_cmpuint (p.rows->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (p.rows, 0), ==, "๑,๒๓๔|๑,๒๕๐,๐๕๐.๐๐|๘.๕๐%|๑ ต.ค. ๖๔|=1+1");
  g_assert_cmpstr (g_ptr_array_index (p.rows, 1), ==, "รวม|…|||");
  g_ptr_array_unref (p.rows);
}

/* `thanrak-cli export assessment-summary` without --input writes form 2
 * from the same saved assessments. */
static void
test_cli (void)
{
  const char *cli = g_getenv ("THANRAK_CLI");
  gint64 id;
  g_autoptr(ThanrakStore) store = NULL;
  g_autofree char *db = g_build_filename (tmp_dir, "assessments.db", NULL);
  g_autofree char *output = g_build_filename (tmp_dir, "form2.xlsx", NULL);
  g_autofree char *form1 = g_build_filename (tmp_dir, "form1.xlsx", NULL);
  g_autofree char *center = NULL;
  g_autofree char *json = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (cli == NULL)
    {
      g_test_skip ("THANRAK_CLI is not set: run under meson test");
      return;
    }
  store = make_store ("assessments.db", &id);
  g_clear_object (&store);
  {
    const char *argv[] = { cli, "export", "assessment-summary", "--province", "สระแก้ว", "--fiscal-year", "2567",
                           "--database", db, "--output", output, NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                                 NULL, &err, &status, &error));
    g_assert_cmpstr (err, ==, "");
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  json = g_strdup_printf ("{\"file\": \"%s\", \"sheets\": [{\"name\": \"สรุปผลการประเมิน\", \"cells\": ["
                          "{\"cell\": \"A2\", \"type\": \"string\", \"value\": \"จังหวัดสระแก้ว ประจำปีงบประมาณ พ.ศ. 2567\"},"
                          "{\"cell\": \"B5\", \"type\": \"string\", \"value\": \"เมืองสระแก้ว\"},"
                          "{\"cell\": \"M5\", \"type\": \"number\", \"value\": 31},"
                          "{\"cell\": \"B6\", \"type\": \"string\", \"value\": \"คลองหาด\"},"
                          "{\"cell\": \"M6\", \"type\": \"number\", \"value\": 11},"
                          "{\"cell\": \"A7\", \"type\": \"blank\"}]}]}", output);
  check_xlsx (json);
  g_clear_pointer (&json, g_free);
  g_clear_pointer (&err, g_free);

  center = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  {
    const char *argv[] = { cli, "export", "assessment", "--center", center, "--fiscal-year", "2566",
                           "--database", db, "--output", form1, NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                                 NULL, &err, &status, &error));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  json = g_strdup_printf ("{\"file\": \"%s\", \"sheets\": [{\"name\": \"แบบประเมิน\", \"cells\": ["
                          "{\"cell\": \"A3\", \"type\": \"string\", \"value\": \"ที่ตั้ง ณ ตำบลสระแก้ว อำเภอเมืองสระแก้ว จังหวัดสระแก้ว\"},"
                          "{\"cell\": \"A4\", \"type\": \"string\", \"value\": \"ประจำปีงบประมาณ พ.ศ. 2566\"},"
                          "{\"cell\": \"A60\", \"type\": \"string\", \"value\": \"คะแนนที่ได้ 41 คะแนน\"},"
                          "{\"cell\": \"A61\", \"type\": \"string\", \"value\": \"เกณฑ์จัดระดับการประเมินฯ ดี (A)\"}]}]}", form1);
  check_xlsx (json);
  g_clear_pointer (&err, g_free);

  /* answers and a center id do not go together */
  {
    const char *argv[] = { cli, "export", "assessment", "--center", center, "--fiscal-year", "2566",
                           "--items", "1.1", "--database", db, "--output", form1, NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                                 NULL, &err, &status, &error));
    g_assert_false (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (err, "--center ID"));
  }
}

int
main (int    argc,
      char **argv)
{
  int ret;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("thanrak-test-assessments-XXXXXX", NULL);

  g_test_add_func ("/report-assessments/center", test_center);
  g_test_add_func ("/report-assessments/province", test_province);
  g_test_add_func ("/report-assessments/preview", test_preview);
  g_test_add_func ("/report-assessments/cli", test_cli);
  ret = g_test_run ();

  {
    g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
        g_remove (path);
      }
    g_rmdir (tmp_dir);
  }
  g_free (tmp_dir);
  return ret;
}
