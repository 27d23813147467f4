/* test-sample.c: the sample data of the first-run screen (issue 9)
 *
 * The real district figures arrive as the seeds print them; the made-up
 * center clears the committee checks and scores what seed 001's points
 * give by hand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "thanrak-assessment.h"
#include "thanrak-checks.h"
#include "thanrak-committee.h"
#include "thanrak-csv-reader.h"
#include "thanrak-model.h"
#include "thanrak-sample.h"
#include "thanrak-store.h"
#include "thanrak-table.h"

typedef struct
{
  char *dir;
  ThanrakStore *store;
  GDate today;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("thanrak-sample-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "sample.db", NULL);
  f->store = thanrak_store_new (path, &error);
  g_assert_no_error (error);
  /* 23 Nov 2026: FY 2570 (BE); the last whole fiscal year is 2569 */
  g_date_clear (&f->today, 1);
  g_date_set_dmy (&f->today, 23, G_DATE_NOVEMBER, 2026);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  g_clear_object (&f->store);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static void
load (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (thanrak_sample_load (f->store, &f->today, NULL, &error));
  g_assert_no_error (error);
}

static gint64
count (Fixture           *f,
       GType              type,
       ThanrakStoreQuery *query)
{
  g_autoptr(GError) error = NULL;
  gint64 n = thanrak_store_count (f->store, type, query, &error);

  g_assert_no_error (error);
  return n;
}

/* Loaded once into a new database; not into one with records. */
static void
test_new_only (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gboolean is_new = FALSE;

  g_assert_true (thanrak_store_is_new (f->store, &is_new, &error));
  g_assert_true (is_new);
  load (f);
  g_assert_true (thanrak_store_is_new (f->store, &is_new, &error));
  g_assert_false (is_new);
  g_assert_cmpint (count (f, THANRAK_TYPE_OPERATOR, NULL), ==, 10);

  g_assert_false (thanrak_sample_load (f->store, &f->today, NULL, &error));
  g_assert_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_INVALID);
  g_assert_cmpint (count (f, THANRAK_TYPE_OPERATOR, NULL), ==, 10);
  g_assert_cmpint (count (f, THANRAK_TYPE_DISTRICT_FIGURES, NULL), ==, 18);
}

/* Pages start from the office's province: none in a new database, Sa
 * Kaeo's with the sample, another when the office says so. */
static void
test_home_province (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakOffice) office = thanrak_office_new ();
  g_autofree char *before = thanrak_store_dup_home_province (f->store);
  g_autofree char *sample = NULL;
  g_autofree char *changed = NULL;

  g_assert_null (before);
  load (f);
  sample = thanrak_store_dup_home_province (f->store);
  g_assert_cmpstr (sample, ==, "27");
  g_object_set (office, "province-code", "43", "district-code", "4305",
                "name", "สำนักงานพัฒนาชุมชนอำเภอโพนพิสัย", NULL);
  g_assert_true (thanrak_store_save_office (f->store, office, &error));
  g_assert_no_error (error);
  changed = thanrak_store_dup_home_province (f->store);
  g_assert_cmpstr (changed, ==, "43");
  g_assert_cmpint (count (f, THANRAK_TYPE_OFFICE, NULL), ==, 1);
}

/* The district figures equal the seed tables (tests/data, copies of
 * shared/fixtures), district by district. */
static void
check_figures (Fixture    *f,
               const char *file,
               int         fiscal_year,
               const char *sales_or_promoted)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, file, NULL);
  g_autoptr(GFile) gfile = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakTable) table = thanrak_csv_read_file (gfile, NULL, &error);
  guint n_rows;

  g_assert_no_error (error);
  n_rows = thanrak_table_get_n_rows (table);
  g_assert_cmpuint (n_rows, >, 5);
  for (guint r = 1; r < n_rows; r++)
    {
      const char *code = thanrak_table_get_text (table, r, 0);
      ThanrakStoreQuery query = { .district_code = code, .fiscal_year = fiscal_year };
      g_autoptr(GPtrArray) figures = thanrak_store_list (f->store, THANRAK_TYPE_DISTRICT_FIGURES, &query, &error);
      int operators = 0, products = 0, promoted = 0;
      gint64 sales = 0;

      g_assert_no_error (error);
      g_assert_cmpuint (figures->len, ==, 1);
      g_object_get (g_ptr_array_index (figures, 0), "operators-registered", &operators,
                    "products-registered", &products, "sales-satang", &sales,
                    "operators-promoted", &promoted, NULL);
      g_assert_cmpint (operators, ==, atoi (thanrak_table_get_text (table, r, 2)));
      if (g_str_equal (sales_or_promoted, "sales"))
        {
          g_assert_cmpint (products, ==, atoi (thanrak_table_get_text (table, r, 3)));
          g_assert_cmpint (sales, ==, g_ascii_strtoll (thanrak_table_get_text (table, r, 4), NULL, 10) * 100);
        }
      else
        g_assert_cmpint (promoted, ==, atoi (thanrak_table_get_text (table, r, 3)));
    }
  {
    ThanrakStoreQuery year = { .fiscal_year = fiscal_year };
    g_assert_cmpint (count (f, THANRAK_TYPE_DISTRICT_FIGURES, &year), ==, n_rows - 1);
  }
}

static void
test_district_figures (Fixture       *f,
                       gconstpointer  data)
{
  load (f);
  check_figures (f, "sakaeo-2564-round2.csv", 2564, "sales");
  check_figures (f, "nongkhai-2565.csv", 2565, "promoted");
}

/* Every made-up record says it is one. */
static void
test_marked (Fixture       *f,
             gconstpointer  data)
{
  const struct { GType type; const char *field; gint64 n; } kinds[] = {
    { THANRAK_TYPE_OPERATOR, "name", 10 },
    { THANRAK_TYPE_PRODUCT, "name", 12 },
    { THANRAK_TYPE_CENTER, "name", 1 },
    { THANRAK_TYPE_MARKETING_EVENT, "name", 2 },
    { THANRAK_TYPE_OFFICE, "name", 1 },
  };

  load (f);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) records = thanrak_store_list (f->store, kinds[k].type, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpint (records->len, ==, kinds[k].n);
      for (guint i = 0; i < records->len; i++)
        {
          g_autofree char *name = NULL;

          g_object_get (g_ptr_array_index (records, i), kinds[k].field, &name, NULL);
          g_assert_nonnull (strstr (name, "(ตัวอย่าง)"));
        }
    }
  g_assert_cmpint (count (f, THANRAK_TYPE_ONLINE_CHANNEL, NULL), ==, 7);
  g_assert_cmpint (count (f, THANRAK_TYPE_COMMITTEE_MEMBER, NULL), ==, 12);
}

static ThanrakCenter *
sample_center (Fixture *f)
{
  ThanrakStoreQuery query = { .text = THANRAK_SAMPLE_CENTER_NAME };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) centers = thanrak_store_list (f->store, THANRAK_TYPE_CENTER, &query, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (centers->len, ==, 1);
  return g_object_ref (g_ptr_array_index (centers, 0));
}

static GArray *
dates_of (Fixture    *f,
          GType       type,
          const char *field,
          gint64      center_id,
          int         fiscal_year)
{
  ThanrakStoreQuery query = { .parent_field = "center-id", .parent_id = center_id, .fiscal_year = fiscal_year };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = thanrak_store_list (f->store, type, &query, &error);
  GArray *dates = g_array_new (FALSE, TRUE, sizeof (GDate));

  g_assert_no_error (error);
  for (guint i = 0; i < records->len; i++)
    {
      g_autofree char *iso = NULL;
      GDate date;

      g_object_get (g_ptr_array_index (records, i), field, &iso, NULL);
      g_date_clear (&date, 1);
      g_date_set_parse (&date, iso);
      g_assert_true (g_date_valid (&date));
      g_array_append_val (dates, date);
    }
  return dates;
}

/* The committee of twelve clears every check of seed 001 §6 for FY 2569:
 * its seats, a meeting each quarter, an activity each month. */
static void
test_committee_clear (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(ThanrakCenter) center = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GArray) seats = g_array_new (FALSE, TRUE, sizeof (ThanrakCommitteeSeat));
  g_autoptr(GArray) meetings = NULL;
  g_autoptr(GArray) services = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;
  ThanrakStoreQuery query = { .parent_field = "center-id" };
  GDate last_day;

  load (f);
  center = sample_center (f);
  query.parent_id = thanrak_record_get_id (THANRAK_RECORD (center));
  members = thanrak_store_list (f->store, THANRAK_TYPE_COMMITTEE_MEMBER, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (members->len, ==, 12);
  for (guint i = 0; i < members->len; i++)
    {
      ThanrakCommitteeSeat seat = { 0 };
      int position, quota, committee;

      g_object_get (g_ptr_array_index (members, i), "position", &position, "quota", &quota,
                    "committee", &committee, NULL);
      seat.position = position;
      seat.quota = quota;
      seat.committee = committee;
      g_date_clear (&seat.term_end, 1);
      g_array_append_val (seats, seat);
    }
  meetings = dates_of (f, THANRAK_TYPE_MEETING, "meeting-date", query.parent_id, 2569);
  services = dates_of (f, THANRAK_TYPE_SERVICE, "service-date", query.parent_id, 2569);
  g_assert_cmpuint (meetings->len, ==, 4);
  g_assert_cmpuint (services->len, ==, 14);

  g_date_clear (&last_day, 1);
  g_date_set_dmy (&last_day, 30, G_DATE_SEPTEMBER, 2026);
  findings = thanrak_committee_check ((ThanrakCommitteeSeat *) (gpointer) seats->data, seats->len, 2569,
                                      (GDate *) (gpointer) meetings->data, meetings->len,
                                      (GDate *) (gpointer) services->data, services->len, &last_day);
  for (guint i = 0; i < findings->len; i++)
    g_test_message ("finding: %s", ((ThanrakFinding *) g_ptr_array_index (findings, i))->message);
  g_assert_cmpuint (findings->len, ==, 0);
}

/* The FY 2569 assessment, scored by seed 001's points by hand:
 * 1.1-1.3 (1+2+3) + 2.1, 2.2, 2.4, 2.5, 2.6 (5) + 3.1, 3.2, 3.4 (3) +
 * 4.1-4.3 (3) + 5.1, 5.2 (2) + 6.1, 6.2 (2) + 7.1, 7.3 (2) + 8.1 (1) +
 * 14 services = 9.2 (3) + high satisfaction = 10.3 (6) = 33: พอใช้ (B),
 * 20 to 35 points. */
static void
test_assessment (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(ThanrakCenter) center = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakAssessment) assessment = thanrak_assessment_new ();
  g_auto(GStrv) held = NULL;
  ThanrakStoreQuery query = { .parent_field = "center-id", .fiscal_year = 2569 };
  int services = 0;

  load (f);
  center = sample_center (f);
  query.parent_id = thanrak_record_get_id (THANRAK_RECORD (center));
  assessments = thanrak_store_list (f->store, THANRAK_TYPE_CENTER_ASSESSMENT, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (assessments->len, ==, 1);
  held = thanrak_center_assessment_dup_held_items (g_ptr_array_index (assessments, 0));
  g_object_get (g_ptr_array_index (assessments, 0), "service-count", &services, NULL);
  g_assert_cmpint (services, ==, 14);
  for (guint i = 0; held[i] != NULL; i++)
    g_assert_true (thanrak_assessment_set (assessment, held[i], TRUE));
  g_assert_true (thanrak_assessment_set (assessment, thanrak_assessment_item9_for_services (services), TRUE));
  g_assert_true (thanrak_assessment_set (assessment, "10.3", TRUE));
  g_assert_cmpint (thanrak_assessment_get_total (assessment), ==, 33);
  g_assert_cmpint (thanrak_assessment_get_grade (assessment), ==, THANRAK_ASSESSMENT_GRADE_B);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/sample/new-only", Fixture, NULL, fixture_set_up, test_new_only, fixture_tear_down);
  g_test_add ("/sample/home-province", Fixture, NULL, fixture_set_up, test_home_province, fixture_tear_down);
  g_test_add ("/sample/district-figures", Fixture, NULL, fixture_set_up, test_district_figures, fixture_tear_down);
  g_test_add ("/sample/marked", Fixture, NULL, fixture_set_up, test_marked, fixture_tear_down);
  g_test_add ("/sample/committee-clear", Fixture, NULL, fixture_set_up, test_committee_clear, fixture_tear_down);
  g_test_add ("/sample/assessment", Fixture, NULL, fixture_set_up, test_assessment, fixture_tear_down);

  return g_test_run ();
}
