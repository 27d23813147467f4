/* test-store.c: the SQLite store: records, validation, search, migrations,
 * backups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>

#include "thanrak-model.h"
#include "thanrak-store-private.h"

typedef struct
{
  char *dir;
  char *path;
  ThanrakStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("thanrak-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "sub", "thanrak.db", NULL);
  f->store = thanrak_store_new (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);
      if (g_file_test (p, G_FILE_TEST_IS_DIR))
        remove_tree (p);
      else
        g_remove (p);
    }
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static gint64
count_rows (ThanrakStore *store,
            const char   *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  g_autoptr(GError) error = NULL;
  gint64 n = _thanrak_store_query_int (store, sql, &error);

  g_assert_no_error (error);
  return n;
}

/* Creating ------------------------------------------------------------- */

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakStoreCheck) check = thanrak_store_check (f->store, &error);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *dir = g_path_get_dirname (f->path);
  GStatBuf st;

  g_assert_no_error (error);
  g_assert_true (thanrak_store_check_is_clean (check));
  g_assert_true (check->integrity_ok);
  g_assert_cmpuint (check->foreign_key_violations, ==, 0);
  g_assert_cmpint (check->schema_version, ==, thanrak_store_get_latest_version ());
  g_assert_cmpint (thanrak_store_get_schema_version (f->store), ==, thanrak_store_get_latest_version ());
  g_assert_null (thanrak_store_get_migration_backup (f->store));

  /* domain.md §3: the reference set */
  g_assert_cmpint (check->provinces, ==, 77);
  g_assert_cmpint (check->districts, ==, 929);
  g_assert_cmpint (check->bangkok_districts, ==, 50);
  g_assert_cmpint (check->subdistricts, ==, 7451);

  /* the pragmas the store runs with */
  g_assert_cmpint (_thanrak_store_query_int (f->store, "PRAGMA foreign_keys", NULL), ==, 1);
  /* schema 4: every search index gathers 8 MiB of terms before writing */
  {
    static const char *const tables[] = { "operator", "product", "center", "committee_member" };

    for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
      {
        g_autofree char *sql = g_strdup_printf ("SELECT v FROM %s_fts_config WHERE k = 'hashsize'", tables[i]);

        g_assert_cmpint (_thanrak_store_query_int (f->store, sql, NULL), ==, 8388608);
      }
  }
  g_assert_cmpint (_thanrak_store_query_int (f->store, "PRAGMA synchronous", NULL), ==, 2);
  g_assert_cmpint (sqlite3_busy_timeout (f->store->db, 5000), ==, SQLITE_OK);

  /* records hold names and phone numbers: 0600, folder 0700 */
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (wal, &st), ==, 0);   /* WAL is on */
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
}

/* The districts of the seeds' tables (fixtures) are in the reference set
 * with the same Thai names. */
static void
test_places_match_fixtures (Fixture       *f,
                            gconstpointer  data)
{
  const char *files[] = { "sakaeo-2564-round2.csv", "nongkhai-2565.csv" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) districts = NULL;
  g_autoptr(GPtrArray) subdistricts = NULL;
  g_autoptr(ThanrakPlace) sub = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (TEST_DATA_DIR, files[i], NULL);
      g_autofree char *text = NULL;
      g_auto(GStrv) lines = NULL;

      g_file_get_contents (path, &text, NULL, &error);
      g_assert_no_error (error);
      lines = g_strsplit (text, "\n", -1);
      for (guint l = 1; lines[l] != NULL && lines[l][0] != '\0'; l++)
        {
          g_auto(GStrv) cells = g_strsplit (lines[l], ",", -1);
          g_autoptr(ThanrakPlace) place = thanrak_store_lookup_place (f->store, cells[0], &error);

          g_assert_no_error (error);
          g_assert_cmpstr (place->name_th, ==, cells[1]);
          g_assert_cmpstr (place->parent_code, ==, i == 0 ? "27" : "43");
        }
    }

  districts = thanrak_store_list_places (f->store, "27", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (districts->len, ==, 9);   /* Sa Kaeo has nine districts (seed 004) */
  subdistricts = thanrak_store_list_places (f->store, "2701", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (subdistricts->len, >, 0);
  sub = thanrak_store_lookup_place (f->store, ((ThanrakPlace *) subdistricts->pdata[0])->code, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (sub->postcode), ==, 5);
  g_assert_null (thanrak_store_lookup_place (f->store, "9999", &error));
  g_assert_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_NOT_FOUND);
}

/* Records -------------------------------------------------------------- */

static ThanrakOperator *
make_operator (const char *code,
               const char *name,
               const char *district)
{
  ThanrakOperator *op = thanrak_operator_new ();
  g_autofree char *sub = g_strconcat (district, "01", NULL);

  g_object_set (op,
                "code", code, "name", name,
                "operator-type", THANRAK_OPERATOR_TYPE_GROUP,
                "year-registered", 2557,
                "house-number", "10/2",
                "village-number", 2,
                "district-code", district,
                "subdistrict-code", sub,
                "phone", "091-123456",
                "trained-online", TRUE,
                "sells-online", FALSE,
                "target-group", 2,
                NULL);
  return op;
}

static ThanrakRecord *
save_new (ThanrakStore  *store,
          gpointer       record)
{
  g_autoptr(GError) error = NULL;

  thanrak_store_save (store, record, &error);
  g_assert_no_error (error);
  g_assert_cmpint (thanrak_record_get_id (record), >, 0);
  return record;
}

/* Compares every field (and the child rows through their properties). */
static void
assert_same_record (ThanrakRecord *a,
                    ThanrakRecord *b)
{
  guint n;
  const ThanrakFieldSpec *fields =
    thanrak_record_class_get_fields (THANRAK_RECORD_GET_CLASS (a), &n);

  g_assert_true (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b));
  g_assert_cmpint (thanrak_record_get_id (a), ==, thanrak_record_get_id (b));
  for (guint i = 0; i < n; i++)
    {
      if (fields[i].kind == THANRAK_FIELD_STRING || fields[i].kind == THANRAK_FIELD_DATE)
        {
          const char *x = thanrak_record_get_string (a, fields[i].name);
          const char *y = thanrak_record_get_string (b, fields[i].name);
          /* empty text is stored as NULL */
          g_assert_cmpstr (x != NULL && *x != '\0' ? x : NULL, ==, y);
        }
      else
        g_assert_cmpint (thanrak_record_get_number (a, fields[i].name), ==,
                         thanrak_record_get_number (b, fields[i].name));
    }
  if (THANRAK_IS_PRODUCT (a))
    {
      GPtrArray *x = thanrak_product_get_standards (THANRAK_PRODUCT (a));
      GPtrArray *y = thanrak_product_get_standards (THANRAK_PRODUCT (b));

      g_assert_cmpuint (x->len, ==, y->len);
      for (guint i = 0; i < x->len; i++)
        {
          ThanrakProductStandard *s = x->pdata[i], *t = y->pdata[i];
          g_assert_cmpint (s->standard, ==, t->standard);
          g_assert_cmpint (s->year, ==, t->year);
          g_assert_cmpstr (s->reference, ==, t->reference);
        }
    }
  if (THANRAK_IS_CENTER_ASSESSMENT (a))
    {
      g_auto(GStrv) x = thanrak_center_assessment_dup_held_items (THANRAK_CENTER_ASSESSMENT (a));
      g_auto(GStrv) y = thanrak_center_assessment_dup_held_items (THANRAK_CENTER_ASSESSMENT (b));
      g_assert_true (g_strv_equal ((const char * const *) x, (const char * const *) y));
    }
  if (THANRAK_IS_PROJECT_PROPOSAL (a))
    {
      GPtrArray *x = thanrak_project_proposal_get_budget_lines (THANRAK_PROJECT_PROPOSAL (a));
      GPtrArray *y = thanrak_project_proposal_get_budget_lines (THANRAK_PROJECT_PROPOSAL (b));

      g_assert_cmpuint (x->len, ==, y->len);
      for (guint i = 0; i < x->len; i++)
        {
          ThanrakBudgetLine *s = x->pdata[i], *t = y->pdata[i];
          g_assert_cmpstr (s->group, ==, t->group);
          g_assert_cmpstr (s->description, ==, t->description);
          g_assert_cmpint (s->units, ==, t->units);
          g_assert_cmpint (s->rate_satang, ==, t->rate_satang);
          g_assert_cmpint (s->amount_satang, ==, t->amount_satang);
        }
    }
}

/* Saves @record, reads it back, changes it with @change, saves and reads
 * again, deletes it: each step as expected, three change log entries. */
typedef void (*ChangeFunc) (ThanrakRecord *record);

static void
round_trip (ThanrakStore  *store,
            ThanrakRecord *record,
            ChangeFunc     change)
{
  const ThanrakStoreKind *kind = _thanrak_store_kind_for_type (G_OBJECT_TYPE (record));
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakRecord) loaded = NULL;
  g_autoptr(ThanrakRecord) reloaded = NULL;
  g_autoptr(ThanrakRecord) gone = NULL;
  gint64 id;

  save_new (store, record);
  id = thanrak_record_get_id (record);
  g_assert_nonnull (thanrak_record_get_created (record));
  g_assert_cmpstr (thanrak_record_get_created (record), ==, thanrak_record_get_updated (record));

  loaded = thanrak_store_load (store, G_OBJECT_TYPE (record), id, &error);
  g_assert_no_error (error);
  assert_same_record (record, loaded);
  g_assert_cmpstr (thanrak_record_get_created (loaded), ==, thanrak_record_get_created (record));

  change (loaded);
  thanrak_store_save (store, loaded, &error);
  g_assert_no_error (error);
  g_assert_cmpint (thanrak_record_get_id (loaded), ==, id);
  reloaded = thanrak_store_load (store, G_OBJECT_TYPE (record), id, &error);
  g_assert_no_error (error);
  assert_same_record (loaded, reloaded);

  /* the change really changed something the store kept */
  {
    guint n;
    const ThanrakFieldSpec *fields = thanrak_record_class_get_fields (THANRAK_RECORD_GET_CLASS (record), &n);
    gboolean differs = FALSE;

    for (guint i = 0; i < n && !differs; i++)
      {
        if (fields[i].kind == THANRAK_FIELD_STRING || fields[i].kind == THANRAK_FIELD_DATE)
          differs = g_strcmp0 (thanrak_record_get_string (record, fields[i].name),
                               thanrak_record_get_string (reloaded, fields[i].name)) != 0;
        else
          differs = thanrak_record_get_number (record, fields[i].name) !=
                    thanrak_record_get_number (reloaded, fields[i].name);
      }
    g_assert_true (differs);
  }

  thanrak_store_delete (store, reloaded, &error);
  g_assert_no_error (error);
  g_assert_cmpint (thanrak_record_get_id (reloaded), ==, 0);
  gone = thanrak_store_load (store, G_OBJECT_TYPE (record), id, &error);
  g_assert_null (gone);
  g_assert_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (thanrak_store_count_changes (store, kind->table, id, &error), ==, 3);
  g_assert_no_error (error);
}

static void change_name (ThanrakRecord *r) { thanrak_record_set_string (r, "name", "ชื่อใหม่ แก้ไขแล้ว"); }
static void change_identifier (ThanrakRecord *r) { thanrak_record_set_string (r, "identifier", "@otopsakaeo"); }
static void change_offline (ThanrakRecord *r) { thanrak_record_set_number (r, "offline-satang", 98765432); }
static void change_figures (ThanrakRecord *r) { thanrak_record_set_number (r, "operators-promoted", 16); }
static void change_agenda (ThanrakRecord *r) { thanrak_record_set_string (r, "agenda", "ติดตามผลไตรมาส 2"); }
static void change_mode (ThanrakRecord *r) { thanrak_record_set_number (r, "mode", THANRAK_SERVICE_MODE_ONLINE); }
static void change_level (ThanrakRecord *r) { thanrak_record_set_number (r, "level", THANRAK_SATISFACTION_LEVEL_MEDIUM); }

static void
change_product (ThanrakRecord *r)
{
  thanrak_record_set_number (r, "star-rating", 5);
  thanrak_product_clear_standards (THANRAK_PRODUCT (r));
  thanrak_product_add_standard (THANRAK_PRODUCT (r), THANRAK_STANDARD_HALAL, 2564, "H-123");
}

static void
change_assessment (ThanrakRecord *r)
{
  thanrak_center_assessment_set_answer (THANRAK_CENTER_ASSESSMENT (r), "1.1", FALSE);
  thanrak_center_assessment_set_answer (THANRAK_CENTER_ASSESSMENT (r), "8.3", TRUE);
  thanrak_record_set_number (r, "service-count", 25);
}

static void
change_proposal (ThanrakRecord *r)
{
  thanrak_record_set_number (r, "approved", TRUE);
  thanrak_project_proposal_add_budget_line (THANRAK_PROJECT_PROPOSAL (r), "ค่าวัสดุ", "ค่าวัสดุสำนักงาน",
                                            8780, 150000, (gint64) 8780 * 150000);
}

static void
test_crud_all_records (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(ThanrakOperator) op = make_operator ("270100001", "กลุ่มทอผ้าไหมบ้านหนองบอน", "2701");
  g_autoptr(ThanrakOperator) op2 = make_operator ("270100002", "วิสาหกิจชุมชนข้าวหอมมะลิ", "2701");
  g_autoptr(ThanrakProduct) product = thanrak_product_new ();
  g_autoptr(ThanrakProduct) product2 = thanrak_product_new ();
  g_autoptr(ThanrakOnlineChannel) channel = thanrak_online_channel_new ();
  g_autoptr(ThanrakMonthlySales) sales = thanrak_monthly_sales_new ();
  g_autoptr(ThanrakMarketingEvent) event = thanrak_marketing_event_new ();
  g_autoptr(ThanrakDistrictFigures) figures = thanrak_district_figures_new ();
  g_autoptr(ThanrakCenter) center = thanrak_center_new ();
  g_autoptr(ThanrakCenter) center2 = thanrak_center_new ();
  g_autoptr(ThanrakCommitteeMember) member = thanrak_committee_member_new ();
  g_autoptr(ThanrakMeeting) meeting = thanrak_meeting_new ();
  g_autoptr(ThanrakService) service = thanrak_service_new ();
  g_autoptr(ThanrakSatisfactionSurvey) survey = thanrak_satisfaction_survey_new ();
  g_autoptr(ThanrakCenterAssessment) assessment = thanrak_center_assessment_new ();
  g_autoptr(ThanrakProjectProposal) proposal = thanrak_project_proposal_new ();
  gint64 op_id, center_id;

  round_trip (f->store, THANRAK_RECORD (op), change_name);
  save_new (f->store, op2);
  op_id = thanrak_record_get_id (THANRAK_RECORD (op2));

  g_object_set (product, "operator-id", op_id, "name", "ผ้าไหมมัดหมี่ลายโบราณ",
                "category", THANRAK_PRODUCT_CATEGORY_TEXTILE, "year-registered", 2560,
                "star-rating", 4, "star-year", 2562, "online-developed", TRUE,
                "local-identity", TRUE, "gi-product", TRUE, "key-provincial", TRUE, NULL);
  thanrak_product_add_standard (product, THANRAK_STANDARD_MPC, 2561, "มผช. 7/2546");
  thanrak_product_add_standard (product, THANRAK_STANDARD_FDA, 0, NULL);
  round_trip (f->store, THANRAK_RECORD (product), change_product);

  g_object_set (product2, "operator-id", op_id, "name", "ข้าวหอมมะลิอินทรีย์",
                "category", THANRAK_PRODUCT_CATEGORY_FOOD, NULL);
  save_new (f->store, product2);

  g_object_set (channel, "product-id", thanrak_record_get_id (THANRAK_RECORD (product2)),
                "platform", THANRAK_PLATFORM_FACEBOOK, "identifier", "https://facebook.com/otop.sakaeo",
                "listed-on", "2021-04-01", NULL);
  round_trip (f->store, THANRAK_RECORD (channel), change_identifier);

  /* seed 004: เมืองสระแก้ว sold 68,302,860 baht in Apr-Sep 2563 */
  g_object_set (sales, "operator-id", op_id, "year", 2563, "month", 4,
                "online-satang", (gint64) 1250050, "offline-satang", (gint64) 6830286000, NULL);
  round_trip (f->store, THANRAK_RECORD (sales), change_offline);

  g_object_set (event, "district-code", "4301", "event-date", "2022-01-15", "name", "ตลาดนัดสินค้า OTOP ริมโขง",
                "place", "ลานท่าเสด็จ", "operators", 24, "sales-satang", (gint64) 35000000, NULL);
  round_trip (f->store, THANRAK_RECORD (event), change_name);

  /* seed 003: เมืองหนองคาย, 241 operators registered, 16 promoted in FY 2564 */
  g_object_set (figures, "district-code", "4301", "fiscal-year", 2564,
                "operators-registered", 241, "operators-promoted", 12, NULL);
  round_trip (f->store, THANRAK_RECORD (figures), change_figures);

  g_object_set (center, "name", "ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอเมืองสระแก้ว",
                "district-code", "2701", "subdistrict-code", "270101", "premises", "ที่ว่าการอำเภอเมืองสระแก้ว",
                "phone", "037-425-111", "opening-hours", "08.30-16.30 น.", NULL);
  round_trip (f->store, THANRAK_RECORD (center), change_name);
  g_object_set (center2, "name", "ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอคลองหาด",
                "district-code", "2702", NULL);
  save_new (f->store, center2);
  center_id = thanrak_record_get_id (THANRAK_RECORD (center2));

  g_object_set (member, "center-id", center_id, "committee", THANRAK_COMMITTEE_KIND_MANAGEMENT,
                "title", "นาย", "name", "สมชาย ใจดี", "position", THANRAK_COMMITTEE_POSITION_CHAIR,
                "quota", THANRAK_COMMITTEE_QUOTA_DISTRICT_CHIEF, "organisation", "ที่ว่าการอำเภอคลองหาด",
                "phone", "081-2345678", "term-start", "2023-10-01", "term-end", "2025-09-30", NULL);
  round_trip (f->store, THANRAK_RECORD (member), change_name);

  g_object_set (meeting, "center-id", center_id, "meeting-date", "2024-01-12", "agenda", "แผนการดำเนินงานปี 2567",
                "attendees", 13, "minutes", "ที่ประชุมรับทราบ", NULL);
  round_trip (f->store, THANRAK_RECORD (meeting), change_agenda);

  g_object_set (service, "center-id", center_id, "service-date", "2024-02-03", "mode", THANRAK_SERVICE_MODE_MOBILE,
                "title", "ให้คำปรึกษาการขายออนไลน์", "recipients", 35, NULL);
  round_trip (f->store, THANRAK_RECORD (service), change_mode);

  g_object_set (survey, "center-id", center_id, "fiscal-year", 2567, "survey-date", "2024-09-01",
                "respondents", 120, "level", THANRAK_SATISFACTION_LEVEL_HIGH, NULL);
  round_trip (f->store, THANRAK_RECORD (survey), change_level);

  g_object_set (assessment, "center-id", center_id, "fiscal-year", 2567, "service-count", 14,
                "satisfaction", THANRAK_SATISFACTION_LEVEL_HIGH, "assessor", "พัฒนาการจังหวัด", NULL);
  for (guint i = 0; i < 10; i++)
    thanrak_center_assessment_set_answer (assessment, thanrak_center_assessment_get_item_ids ()[i], TRUE);
  round_trip (f->store, THANRAK_RECORD (assessment), change_assessment);

  /* seed 002: 8,780 villages x 18,300 baht = 160,674,000 */
  g_object_set (proposal, "number", "1/2563", "fiscal-year", 2563, "name", "โครงการขับเคลื่อนเศรษฐกิจฐานราก",
                "unit", "สำนักงานพัฒนาชุมชนจังหวัดฉะเชิงเทรา", "proposer", "นางสาวใจงาม รักชุมชน",
                "proposer-position", "พัฒนาการอำเภอ", NULL);
  thanrak_project_proposal_add_budget_line (proposal, "ค่าใช้สอย", "ค่าดำเนินงานหมู่บ้าน",
                                            8780, 1830000, (gint64) 8780 * 1830000);
  round_trip (f->store, THANRAK_RECORD (proposal), change_proposal);

  /* the change log holds the old values as JSON */
  g_assert_cmpint (_thanrak_store_query_int (f->store,
                                             "SELECT count(*) FROM change_log WHERE table_name = 'product' "
                                             "AND action = 'update' AND json_extract (old_values, '$.standards[0].standard') = 'mpc' "
                                             "AND json_extract (old_values, '$.star_rating') = 4",
                                             NULL), ==, 1);
  g_assert_cmpint (_thanrak_store_query_int (f->store,
                                             "SELECT count(*) FROM change_log WHERE table_name = 'operator' "
                                             "AND action = 'delete' AND json_extract (old_values, '$.name') = 'ชื่อใหม่ แก้ไขแล้ว'",
                                             NULL), ==, 1);
  /* delete cascaded to the children */
  g_assert_cmpint (count_rows (f->store, "product_standard"), ==, 0);
  g_assert_cmpint (count_rows (f->store, "center_assessment_answer"), ==, 0);
  g_assert_cmpint (count_rows (f->store, "budget_line"), ==, 0);
  {
    g_autoptr(ThanrakStoreCheck) check = thanrak_store_check (f->store, NULL);
    g_assert_true (thanrak_store_check_is_clean (check));
  }
}

/* Validation in the store -------------------------------------------------- */

/* Snapshot of every table's row count, to show nothing was written. */
static char *
table_counts (ThanrakStore *store)
{
  const char *tables[] = { "operator", "product", "product_standard", "online_channel", "monthly_sales",
                           "marketing_event", "district_figures", "center", "committee_member", "meeting",
                           "service", "satisfaction_survey", "center_assessment", "center_assessment_answer",
                           "project_proposal", "budget_line", "change_log" };
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    g_string_append_printf (s, "%s=%" G_GINT64_FORMAT " ", tables[i], count_rows (store, tables[i]));
  return g_string_free (s, FALSE);
}

static void
assert_refused (ThanrakStore  *store,
                gpointer       record,
                int            code,
                const char    *field)
{
  g_autofree char *before = table_counts (store);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = thanrak_record_get_id (record);

  g_assert_false (thanrak_store_save (store, record, &error));
  g_assert_error (error, THANRAK_VALIDATION_ERROR, code);
  if (field != NULL)
    g_assert_nonnull (strstr (error->message, thanrak_validation_field_name (record, field)));
  g_assert_cmpint (thanrak_record_get_id (record), ==, id);
  after = table_counts (store);
  g_assert_cmpstr (before, ==, after);
}

static void
test_validation_writes_nothing (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(ThanrakOperator) op = make_operator ("270100001", "กลุ่มจักสานบ้านโคกสูง", "2708");
  g_autoptr(ThanrakOperator) twin = make_operator ("270100001", "กลุ่มอื่น", "2708");
  g_autoptr(ThanrakProduct) product = thanrak_product_new ();
  g_autoptr(ThanrakMonthlySales) sales = thanrak_monthly_sales_new ();
  g_autoptr(ThanrakMonthlySales) sales2 = thanrak_monthly_sales_new ();
  g_autoptr(ThanrakOperator) loaded = NULL;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  struct { const char *field; const char *value; gint64 number; int code; } bad[] = {
    { "code", "", 0, THANRAK_VALIDATION_ERROR_REQUIRED },
    { "code", "2701-0001", 0, THANRAK_VALIDATION_ERROR_FORMAT },
    { "name", "", 0, THANRAK_VALIDATION_ERROR_REQUIRED },
    { "phone", "๐๙๑-๑๒๓", 0, THANRAK_VALIDATION_ERROR_FORMAT },
    { "year-registered", NULL, 2014, THANRAK_VALIDATION_ERROR_RANGE },
    { "district-code", "2799", 0, THANRAK_VALIDATION_ERROR_NOT_FOUND },       /* no such district */
    { "subdistrict-code", "999999", 0, THANRAK_VALIDATION_ERROR_NOT_FOUND },  /* no such subdistrict */
    { "subdistrict-code", "270101", 0, THANRAK_VALIDATION_ERROR_NOT_FOUND },  /* of another district */
  };

  save_new (f->store, op);

  /* every rule with a bad value, on an insert and on an update */
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(ThanrakOperator) fresh = make_operator ("270800009", "กลุ่มใหม่", "2708");
      g_autoptr(ThanrakRecord) stored = thanrak_store_load (f->store, THANRAK_TYPE_OPERATOR,
                                                           thanrak_record_get_id (THANRAK_RECORD (op)), NULL);
      ThanrakRecord *targets[] = { THANRAK_RECORD (fresh), stored };

      for (guint t = 0; t < G_N_ELEMENTS (targets); t++)
        {
          if (bad[i].value != NULL)
            thanrak_record_set_string (targets[t], bad[i].field, bad[i].value);
          else
            thanrak_record_set_number (targets[t], bad[i].field, bad[i].number);
          assert_refused (f->store, targets[t], bad[i].code, bad[i].field);
        }
    }
  loaded = THANRAK_OPERATOR (thanrak_store_load (f->store, THANRAK_TYPE_OPERATOR,
                                                 thanrak_record_get_id (THANRAK_RECORD (op)), &error));
  g_assert_no_error (error);
  assert_same_record (THANRAK_RECORD (op), THANRAK_RECORD (loaded));

  /* operator code unique, reported as DUPLICATE naming the field */
  assert_refused (f->store, twin, THANRAK_VALIDATION_ERROR_DUPLICATE, "code");
  /* in Thai: รหัสผู้ประกอบการ */
  {
    g_autofree char *old_locale = g_strdup (setlocale (LC_ALL, NULL));

    if (setlocale (LC_ALL, "th_TH.UTF-8") != NULL)
      {
        g_setenv ("LANGUAGE", "th", TRUE);
        bindtextdomain (GETTEXT_PACKAGE, TEST_LOCALEDIR);
        bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
        textdomain (GETTEXT_PACKAGE);
        g_assert_false (thanrak_store_save (f->store, THANRAK_RECORD (twin), &error));
        g_assert_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_DUPLICATE);
        g_assert_nonnull (strstr (error->message, "รหัสผู้ประกอบการ"));
        g_clear_error (&error);
        setlocale (LC_ALL, old_locale);
        g_unsetenv ("LANGUAGE");
      }
  }

  /* a product's operator must exist */
  g_object_set (product, "operator-id", (gint64) 424242, "name", "น้ำพริกเผา",
                "category", THANRAK_PRODUCT_CATEGORY_FOOD, NULL);
  assert_refused (f->store, product, THANRAK_VALIDATION_ERROR_NOT_FOUND, "operator-id");
  /* star rating 1-5 */
  g_object_set (product, "operator-id", thanrak_record_get_id (THANRAK_RECORD (op)),
                "star-rating", 6, "star-year", 2563, NULL);
  assert_refused (f->store, product, THANRAK_VALIDATION_ERROR_RANGE, "star-rating");
  /* standard years in BE */
  g_object_set (product, "star-rating", 3, NULL);
  thanrak_product_add_standard (product, THANRAK_STANDARD_GMP, 2021, NULL);
  assert_refused (f->store, product, THANRAK_VALIDATION_ERROR_RANGE, NULL);
  thanrak_product_clear_standards (product);
  save_new (f->store, product);

  /* amounts non-negative; one sales record per operator and month */
  g_object_set (sales, "operator-id", thanrak_record_get_id (THANRAK_RECORD (op)), "year", 2564, "month", 5,
                "online-satang", (gint64) -100, NULL);
  assert_refused (f->store, sales, THANRAK_VALIDATION_ERROR_RANGE, "online-satang");
  g_object_set (sales, "online-satang", (gint64) 100, NULL);
  save_new (f->store, sales);
  g_object_set (sales2, "operator-id", thanrak_record_get_id (THANRAK_RECORD (op)), "year", 2564, "month", 5, NULL);
  assert_refused (f->store, sales2, THANRAK_VALIDATION_ERROR_DUPLICATE, "month");

  /* a batch with one bad record writes none of them */
  g_ptr_array_add (batch, make_operator ("270800010", "กลุ่มหนึ่ง", "2708"));
  g_ptr_array_add (batch, make_operator ("270800011", "กลุ่มสอง", "2708"));
  g_ptr_array_add (batch, make_operator ("270100001", "กลุ่มซ้ำรหัส", "2708"));
  {
    g_autofree char *before = table_counts (f->store);
    g_autofree char *after = NULL;

    g_assert_false (thanrak_store_save_all (f->store, batch, &error));
    g_assert_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_DUPLICATE);
    g_clear_error (&error);
    after = table_counts (f->store);
    g_assert_cmpstr (before, ==, after);
    g_assert_cmpint (thanrak_record_get_id (batch->pdata[0]), ==, 0);
  }

  /* an operator with products cannot be deleted */
  {
    g_autofree char *before = table_counts (f->store);
    g_autofree char *after = NULL;

    g_assert_false (thanrak_store_delete (f->store, THANRAK_RECORD (op), &error));
    g_assert_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_IN_USE);
    after = table_counts (f->store);
    g_assert_cmpstr (before, ==, after);
  }
}

/* An import: operators, then their products, then channels, in one
 * transaction; a refused record inside it drops only itself. */
static void
test_transaction (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *before = table_counts (f->store);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  for (int attempt = 0; attempt < 2; attempt++)
    {
      g_autoptr(ThanrakOperator) op = make_operator ("270600001", "กลุ่มแปรรูปมะม่วงอรัญ", "2706");
      g_autoptr(ThanrakOperator) twin = make_operator ("270600001", "กลุ่มซ้ำ", "2706");
      g_autoptr(ThanrakProduct) product = thanrak_product_new ();
      g_autoptr(ThanrakOnlineChannel) channel = thanrak_online_channel_new ();

      thanrak_store_begin_transaction (f->store, &error);
      g_assert_no_error (error);
      g_assert_false (thanrak_store_begin_transaction (f->store, &error));
      g_assert_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_INVALID);
      g_clear_error (&error);

      save_new (f->store, op);
      g_assert_false (thanrak_store_save (f->store, THANRAK_RECORD (twin), &error));
      g_assert_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_DUPLICATE);
      g_clear_error (&error);
      g_object_set (product, "operator-id", thanrak_record_get_id (THANRAK_RECORD (op)),
                    "name", "มะม่วงกวนอรัญ", NULL);
      thanrak_product_add_standard (product, THANRAK_STANDARD_FDA, 2563, "27-2-00001");
      save_new (f->store, product);
      g_object_set (channel, "product-id", thanrak_record_get_id (THANRAK_RECORD (product)),
                    "platform", THANRAK_PLATFORM_LINE, "identifier", "@mangoaran", NULL);
      save_new (f->store, channel);

      if (attempt == 0)
        {
          thanrak_store_rollback_transaction (f->store);
          after = table_counts (f->store);
          g_assert_cmpstr (before, ==, after);
          g_clear_pointer (&after, g_free);
        }
      else
        {
          thanrak_store_commit_transaction (f->store, &error);
          g_assert_no_error (error);
        }
    }
  g_assert_cmpint (count_rows (f->store, "operator"), ==, 1);
  g_assert_cmpint (count_rows (f->store, "product"), ==, 1);
  g_assert_cmpint (count_rows (f->store, "product_standard"), ==, 1);
  g_assert_cmpint (count_rows (f->store, "online_channel"), ==, 1);
  g_assert_cmpint (count_rows (f->store, "change_log"), ==, 3);
}

static guint search_count (ThanrakStore *store, GType type, const char *text);

/* Names written inside a transaction are indexed for search when it
 * commits, including rows changed or deleted inside it; the index then
 * agrees with a plain scan and passes the FTS5 integrity-check. */
static void
test_transaction_search_index (Fixture       *f,
                               gconstpointer  data)
{
  const char *queries[] = { "ผ้าไหม", "กลุ่มทอ", "มะม่วง", "ดินเผา", "หนองบอน", "สมุนไพร" };
  g_autoptr(GPtrArray) old_ops = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) new_ops = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(ThanrakStoreCheck) check = NULL;
  g_autoptr(GError) error = NULL;

  /* 70 records: more than save_all indexes row by row */
  for (guint i = 0; i < 70; i++)
    {
      g_autofree char *code = g_strdup_printf ("2703%05u", i);
      g_autofree char *name = g_strdup_printf ("กลุ่มทอผ้าไหมบ้านหนองบอน %u", i);
      g_ptr_array_add (old_ops, make_operator (code, name, "2703"));
    }
  thanrak_store_save_all (f->store, old_ops, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (search_count (f->store, THANRAK_TYPE_OPERATOR, "ผ้าไหม"), ==, 70);

  thanrak_store_begin_transaction (f->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *code = g_strdup_printf ("2704%05u", i);
      g_autofree char *name = g_strdup_printf ("กลุ่มมะม่วงกวน %u", i);
      g_ptr_array_add (new_ops, make_operator (code, name, "2704"));
    }
  thanrak_store_save_all (f->store, new_ops, &error);
  g_assert_no_error (error);
  /* rows stored before: renamed, deleted */
  thanrak_record_set_string (old_ops->pdata[0], "name", "กลุ่มเครื่องปั้นดินเผา");
  thanrak_store_save (f->store, old_ops->pdata[0], &error);
  g_assert_no_error (error);
  thanrak_store_delete (f->store, old_ops->pdata[1], &error);
  g_assert_no_error (error);
  /* rows of this transaction: renamed, deleted */
  thanrak_record_set_string (new_ops->pdata[0], "name", "กลุ่มสมุนไพรไพลทอง");
  thanrak_store_save (f->store, new_ops->pdata[0], &error);
  g_assert_no_error (error);
  thanrak_store_delete (f->store, new_ops->pdata[1], &error);
  g_assert_no_error (error);
  thanrak_store_commit_transaction (f->store, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM operator WHERE instr (name, '%s') > 0", queries[i]);
      gint64 scanned = _thanrak_store_query_int (f->store, sql, NULL);

      g_assert_cmpint (scanned, >, 0);
      g_assert_cmpuint (search_count (f->store, THANRAK_TYPE_OPERATOR, queries[i]), ==, scanned);
    }
  g_assert_cmpuint (search_count (f->store, THANRAK_TYPE_OPERATOR, "ผ้าไหม"), ==, 68);
  g_assert_cmpuint (search_count (f->store, THANRAK_TYPE_OPERATOR, "มะม่วง"), ==, 18);
  g_assert_cmpint (count_rows (f->store, "fts_pending"), ==, 0);
  check = thanrak_store_check (f->store, &error);
  g_assert_no_error (error);
  g_assert_true (thanrak_store_check_is_clean (check));
}

/* Each other record refused by its own rules and by the database's,
 * leaving every table as it was. */
static void
test_validation_other_records (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(ThanrakCenter) center = thanrak_center_new ();
  g_autoptr(ThanrakCenter) second = thanrak_center_new ();
  g_autoptr(ThanrakCommitteeMember) member = thanrak_committee_member_new ();
  g_autoptr(ThanrakService) service = thanrak_service_new ();
  g_autoptr(ThanrakCenterAssessment) assessment = thanrak_center_assessment_new ();
  g_autoptr(ThanrakCenterAssessment) twin = thanrak_center_assessment_new ();
  g_autoptr(ThanrakDistrictFigures) figures = thanrak_district_figures_new ();
  g_autoptr(ThanrakMarketingEvent) event = thanrak_marketing_event_new ();
  g_autoptr(ThanrakOnlineChannel) channel = thanrak_online_channel_new ();
  g_autoptr(ThanrakProjectProposal) proposal = thanrak_project_proposal_new ();
  g_autoptr(ThanrakSatisfactionSurvey) survey = thanrak_satisfaction_survey_new ();
  g_autoptr(ThanrakMeeting) meeting = thanrak_meeting_new ();
  gint64 center_id;

  g_object_set (center, "name", "ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอตาพระยา", "district-code", "2703",
                "phone", "037 123 456", NULL);
  assert_refused (f->store, center, THANRAK_VALIDATION_ERROR_FORMAT, "phone");
  g_object_set (center, "phone", "037-123456", NULL);
  save_new (f->store, center);
  center_id = thanrak_record_get_id (THANRAK_RECORD (center));
  /* one center per district */
  g_object_set (second, "name", "ศูนย์ซ้ำอำเภอ", "district-code", "2703", NULL);
  assert_refused (f->store, second, THANRAK_VALIDATION_ERROR_DUPLICATE, "district-code");

  g_object_set (member, "center-id", (gint64) 9999, "name", "นายสมศักดิ์ รักดี", NULL);
  assert_refused (f->store, member, THANRAK_VALIDATION_ERROR_NOT_FOUND, "center-id");
  g_object_set (member, "center-id", center_id, "term-start", "2024-10-01", "term-end", "2023-09-30", NULL);
  assert_refused (f->store, member, THANRAK_VALIDATION_ERROR_RANGE, "term-end");
  g_object_set (member, "term-end", "2026-09-31", NULL);
  assert_refused (f->store, member, THANRAK_VALIDATION_ERROR_FORMAT, "term-end");

  g_object_set (service, "center-id", center_id, "title", "อบรมการถ่ายภาพสินค้า", "recipients", -3,
                "service-date", "2024-05-01", NULL);
  assert_refused (f->store, service, THANRAK_VALIDATION_ERROR_RANGE, "recipients");

  g_object_set (meeting, "center-id", center_id, NULL);
  assert_refused (f->store, meeting, THANRAK_VALIDATION_ERROR_REQUIRED, "meeting-date");

  g_object_set (survey, "center-id", center_id, "fiscal-year", 2024, NULL);   /* CE, not BE */
  assert_refused (f->store, survey, THANRAK_VALIDATION_ERROR_RANGE, "fiscal-year");

  g_object_set (assessment, "center-id", center_id, "fiscal-year", 2567, NULL);
  thanrak_center_assessment_set_answer (assessment, "11.1", TRUE);
  assert_refused (f->store, assessment, THANRAK_VALIDATION_ERROR_FORMAT, NULL);
  thanrak_center_assessment_set_answer (assessment, "11.1", FALSE);
  save_new (f->store, assessment);
  /* one assessment per center and fiscal year */
  g_object_set (twin, "center-id", center_id, "fiscal-year", 2567, NULL);
  assert_refused (f->store, twin, THANRAK_VALIDATION_ERROR_DUPLICATE, "fiscal-year");

  g_object_set (figures, "district-code", "2703", "fiscal-year", 2564, "operators-registered", -57, NULL);
  assert_refused (f->store, figures, THANRAK_VALIDATION_ERROR_RANGE, "operators-registered");

  g_object_set (event, "district-code", "9901", "event-date", "2022-01-15", "name", "ตลาดนัดชุมชน", NULL);
  assert_refused (f->store, event, THANRAK_VALIDATION_ERROR_NOT_FOUND, "district-code");

  g_object_set (channel, "product-id", (gint64) 1, "platform", THANRAK_PLATFORM_LINE, NULL);
  assert_refused (f->store, channel, THANRAK_VALIDATION_ERROR_REQUIRED, "identifier");
  g_object_set (channel, "identifier", "@otop", NULL);
  assert_refused (f->store, channel, THANRAK_VALIDATION_ERROR_NOT_FOUND, "product-id");

  g_object_set (proposal, "name", "โครงการพัฒนาศักยภาพผู้ประกอบการ", "fiscal-year", 2563, NULL);
  assert_refused (f->store, proposal, THANRAK_VALIDATION_ERROR_REQUIRED, "unit");
  g_object_set (proposal, "unit", "สำนักงานพัฒนาชุมชนอำเภอเมือง", NULL);
  thanrak_project_proposal_add_budget_line (proposal, "ค่าใช้สอย", "", 1, 100, 100);
  assert_refused (f->store, proposal, THANRAK_VALIDATION_ERROR_REQUIRED, NULL);
}

/* Search and queries ------------------------------------------------------- */

static guint
search_count (ThanrakStore *store,
              GType         type,
              const char   *text)
{
  ThanrakStoreQuery q = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = NULL;
  gint64 counted;

  q.text = text;
  found = thanrak_store_list (store, type, &q, &error);
  g_assert_no_error (error);
  counted = thanrak_store_count (store, type, &q, &error);
  g_assert_no_error (error);
  g_assert_cmpint (counted, ==, found->len);
  for (guint i = 0; i < found->len; i++)
    g_assert_nonnull (strstr (thanrak_record_get_string (found->pdata[i], "name"), text));
  return found->len;
}

static void
test_thai_search (Fixture       *f,
                  gconstpointer  data)
{
  const char *names[] = {
    "กลุ่มทอผ้าไหมบ้านหนองบอน", "กลุ่มผ้าไหมมัดหมี่โคกสูง", "วิสาหกิจชุมชนข้าวหอมมะลิ",
    "กลุ่มจักสานไม้ไผ่", "น้ำพริกแม่บุญมี", "กลุ่มแปรรูปผ้าฝ้าย",
  };
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  ThanrakRecord *first;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *code = g_strdup_printf ("2707000%02u", i);
      g_ptr_array_add (batch, make_operator (code, names[i], "2707"));
    }
  thanrak_store_save_all (f->store, batch, &error);
  g_assert_no_error (error);

  /* three code points and more: FTS5 trigram */
  g_assert_cmpuint (search_count (f->store, THANRAK_TYPE_OPERATOR, "ผ้าไหม"), ==, 2);
  g_assert_cmpuint (search_count (f->store, THANRAK_TYPE_OPERATOR, "กลุ่ม"), ==, 4);
  g_assert_cmpuint (search_count (f->store, THANRAK_TYPE_OPERATOR, "มะลิ"), ==, 1);
  g_assert_cmpuint (search_count (f->store, THANRAK_TYPE_OPERATOR, "ทุเรียน"), ==, 0);
  g_assert_cmpuint (search_count (f->store, THANRAK_TYPE_OPERATOR, "\"ผ้า"), ==, 0);
  /* two code points (ผ้ is ผ + mai tho): a scan of the table */
  g_assert_cmpuint (search_count (f->store, THANRAK_TYPE_OPERATOR, "ผ้"), ==, 3);
  g_assert_cmpuint (search_count (f->store, THANRAK_TYPE_OPERATOR, "ไผ"), ==, 1);
  g_assert_cmpuint (search_count (f->store, THANRAK_TYPE_OPERATOR, "ข"), ==, 1);

  /* the index follows updates and deletes */
  first = batch->pdata[0];
  thanrak_record_set_string (first, "name", "กลุ่มเครื่องปั้นดินเผา");
  thanrak_store_save (f->store, first, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (search_count (f->store, THANRAK_TYPE_OPERATOR, "ผ้าไหม"), ==, 1);
  g_assert_cmpuint (search_count (f->store, THANRAK_TYPE_OPERATOR, "ดินเผา"), ==, 1);
  thanrak_store_delete (f->store, batch->pdata[1], &error);
  g_assert_no_error (error);
  g_assert_cmpuint (search_count (f->store, THANRAK_TYPE_OPERATOR, "ผ้าไหม"), ==, 0);
  g_assert_cmpint (_thanrak_store_query_int (f->store,
                                             "SELECT count(*) FROM operator_fts WHERE operator_fts MATCH '\"กลุ่ม\"'",
                                             NULL), ==, 3);

  /* the other searchable records */
  {
    g_autoptr(ThanrakCenter) center = thanrak_center_new ();
    g_autoptr(ThanrakCommitteeMember) member = thanrak_committee_member_new ();
    g_autoptr(ThanrakProduct) product = thanrak_product_new ();

    g_object_set (center, "name", "ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอเขาฉกรรจ์", "district-code", "2707", NULL);
    save_new (f->store, center);
    g_object_set (member, "center-id", thanrak_record_get_id (THANRAK_RECORD (center)), "name", "นางมาลี ศรีสุข", NULL);
    save_new (f->store, member);
    g_object_set (product, "operator-id", thanrak_record_get_id (batch->pdata[2]), "name", "ข้าวหอมมะลิอินทรีย์", NULL);
    save_new (f->store, product);
    g_assert_cmpuint (search_count (f->store, THANRAK_TYPE_CENTER, "ฉกรรจ์"), ==, 1);
    g_assert_cmpuint (search_count (f->store, THANRAK_TYPE_COMMITTEE_MEMBER, "มาลี"), ==, 1);
    g_assert_cmpuint (search_count (f->store, THANRAK_TYPE_COMMITTEE_MEMBER, "สุ"), ==, 1);
    g_assert_cmpuint (search_count (f->store, THANRAK_TYPE_PRODUCT, "หอมมะลิ"), ==, 1);
    g_assert_cmpuint (search_count (f->store, THANRAK_TYPE_PRODUCT, "ผ้า"), ==, 0);
  }
}

/* The Sa Kaeo district figures of seed 004, by fiscal year, district and
 * sorted pages. */
static void
test_queries (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "sakaeo-2564-round2.csv", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) page = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  ThanrakStoreQuery q = { 0 };
  gint64 total = 0, listed_total = 0;
  guint n_rows = 0;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);
  for (guint l = 1; lines[l] != NULL && lines[l][0] != '\0'; l++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[l], ",", -1);
      ThanrakDistrictFigures *fig = thanrak_district_figures_new ();

      g_object_set (fig, "district-code", cells[0], "fiscal-year", 2564,
                    "operators-registered", atoi (cells[2]), "products-registered", atoi (cells[3]),
                    "products-from-year", 2557, "products-to-year", 2563,
                    "sales-satang", g_ascii_strtoll (cells[4], NULL, 10) * 100,
                    "sales-from", "2020-04-01", "sales-to", "2020-09-30", NULL);
      total += g_ascii_strtoll (cells[4], NULL, 10) * 100;
      g_ptr_array_add (batch, fig);
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, 9);
  thanrak_store_save_all (f->store, batch, &error);
  g_assert_no_error (error);

  q.fiscal_year = 2564;
  g_assert_cmpint (thanrak_store_count (f->store, THANRAK_TYPE_DISTRICT_FIGURES, &q, NULL), ==, 9);
  q.fiscal_year = 2565;
  g_assert_cmpint (thanrak_store_count (f->store, THANRAK_TYPE_DISTRICT_FIGURES, &q, NULL), ==, 0);

  /* sorted by sales, highest first: วังสมบูรณ์'s 2,172,561,200 baht (seed 004) */
  q.fiscal_year = 2564;
  q.order_by = "sales-satang";
  q.descending = TRUE;
  q.limit = 4;
  page = thanrak_store_list (f->store, THANRAK_TYPE_DISTRICT_FIGURES, &q, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (page->len, ==, 4);
  g_assert_cmpstr (thanrak_record_get_string (page->pdata[0], "district-code"), ==, "2709");
  g_assert_cmpint (thanrak_record_get_number (page->pdata[0], "sales-satang"), ==, (gint64) 217256120000);
  g_assert_cmpstr (thanrak_record_get_string (page->pdata[1], "district-code"), ==, "2706");
  g_clear_pointer (&page, g_ptr_array_unref);
  q.offset = 8;
  page = thanrak_store_list (f->store, THANRAK_TYPE_DISTRICT_FIGURES, &q, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (page->len, ==, 1);
  g_assert_cmpstr (thanrak_record_get_string (page->pdata[0], "district-code"), ==, "2707"); /* 18,113,128 */

  q = (ThanrakStoreQuery) { 0 };
  all = thanrak_store_list (f->store, THANRAK_TYPE_DISTRICT_FIGURES, &q, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < all->len; i++)
    listed_total += thanrak_record_get_number (all->pdata[i], "sales-satang");
  g_assert_cmpint (listed_total, ==, total);

  q.district_code = "2704";
  g_clear_pointer (&all, g_ptr_array_unref);
  all = thanrak_store_list (f->store, THANRAK_TYPE_DISTRICT_FIGURES, &q, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 1);
  g_assert_cmpint (thanrak_record_get_number (all->pdata[0], "products-registered"), ==, 267);

  /* fiscal year by date: services of FY 2567 are 1 Oct 2023 - 30 Sep 2024 */
  {
    g_autoptr(ThanrakCenter) center = thanrak_center_new ();
    const char *dates[] = { "2023-09-30", "2023-10-01", "2024-03-15", "2024-09-30", "2024-10-01" };
    ThanrakStoreQuery sq = { 0 };

    g_object_set (center, "name", "ศูนย์ฯ อำเภอวังน้ำเย็น", "district-code", "2704", NULL);
    save_new (f->store, center);
    for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
      {
        g_autoptr(ThanrakService) s = thanrak_service_new ();
        g_object_set (s, "center-id", thanrak_record_get_id (THANRAK_RECORD (center)),
                      "service-date", dates[i], "title", "ให้คำปรึกษา", NULL);
        save_new (f->store, s);
      }
    sq.fiscal_year = 2567;
    g_assert_cmpint (thanrak_store_count (f->store, THANRAK_TYPE_SERVICE, &sq, NULL), ==, 3);
    sq.district_code = "2704";
    g_assert_cmpint (thanrak_store_count (f->store, THANRAK_TYPE_SERVICE, &sq, NULL), ==, 3);
    sq.district_code = "2701";
    g_assert_cmpint (thanrak_store_count (f->store, THANRAK_TYPE_SERVICE, &sq, NULL), ==, 0);
    sq = (ThanrakStoreQuery) { 0 };
    sq.parent_field = "center-id";
    sq.parent_id = thanrak_record_get_id (THANRAK_RECORD (center));
    g_assert_cmpint (thanrak_store_count (f->store, THANRAK_TYPE_SERVICE, &sq, NULL), ==, 5);
  }

  /* requests the type cannot answer are refused, not run */
  q = (ThanrakStoreQuery) { 0 };
  q.order_by = "name; DROP TABLE operator";
  g_assert_null (thanrak_store_list (f->store, THANRAK_TYPE_OPERATOR, &q, &error));
  g_assert_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  q = (ThanrakStoreQuery) { 0 };
  q.fiscal_year = 2564;
  g_assert_cmpint (thanrak_store_count (f->store, THANRAK_TYPE_OPERATOR, &q, &error), ==, -1);
  g_assert_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_INVALID);
}

/* Migrations ---------------------------------------------------------------- */

static gboolean
failing_step (ThanrakStore  *self,
              GError       **error)
{
  g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_FAILED, "test step fails");
  return FALSE;
}

/* The migrations of this program, and one step more after them. */
static GArray *
migrations_and (int         version,
                const char *sql,
                gboolean  (*run) (ThanrakStore *, GError **))
{
  GArray *steps = g_array_new (FALSE, FALSE, sizeof (ThanrakStoreMigration));
  ThanrakStoreMigration extra = { version, sql, run };

  g_array_append_vals (steps, _thanrak_store_migrations, _thanrak_store_n_migrations);
  g_array_append_val (steps, extra);
  return steps;
}

/* A v1 file with records is migrated to this program's version, and then
 * by one more step, each after a backup; a failing step leaves it at v1
 * untouched; a newer file is refused. */
static void
test_migration_from_previous (void)
{
  g_autofree char *dir = g_dir_make_tmp ("thanrak-migrate-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autofree char *path_v1 = g_build_filename (dir, "v1.db", NULL);
  int latest = thanrak_store_get_latest_version ();
  g_autoptr(GArray) next = migrations_and (latest + 1,
                                           "ALTER TABLE operator ADD COLUMN note TEXT;"
                                           "UPDATE operator SET note = 'migrated';", NULL);
  g_autoptr(GArray) next_failing = migrations_and (latest + 1,
                                                   "ALTER TABLE operator ADD COLUMN note TEXT;",
                                                   failing_step);
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakStore) store = NULL;
  g_autoptr(ThanrakStore) backup = NULL;
  g_autoptr(ThanrakOperator) op = make_operator ("270900001", "กลุ่มสมุนไพรวังสมบูรณ์", "2709");
  g_autoptr(ThanrakOperator) op2 = make_operator ("270900002", "กลุ่มทอผ้าวังสมบูรณ์", "2709");
  g_autoptr(ThanrakOffice) office = thanrak_office_new ();
  g_autoptr(ThanrakOffice) loaded = NULL;
  g_autofree char *backup_path = NULL;
  GStatBuf st;

  g_assert_cmpint (latest, ==, _thanrak_store_migrations[_thanrak_store_n_migrations - 1].version);
  g_assert_cmpint (latest, >=, 2);

  /* a file of the first version, opened by this program: migrated to
   * the latest, where the office (version 2) can be kept */
  store = _thanrak_store_new_with_migrations (path_v1, _thanrak_store_migrations, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (thanrak_store_get_schema_version (store), ==, 1);
  save_new (store, op2);
  g_clear_object (&store);
  store = thanrak_store_new (path_v1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (thanrak_store_get_schema_version (store), ==, latest);
  g_assert_nonnull (thanrak_store_get_migration_backup (store));
  g_assert_cmpint (thanrak_store_count (store, THANRAK_TYPE_OPERATOR, NULL, NULL), ==, 1);
  /* and the indexes of the list columns (version 3) */
  g_assert_cmpint (_thanrak_store_query_int (store, "SELECT count(*) FROM sqlite_master WHERE name = 'product_star_rating'", NULL), ==, 1);
  g_object_set (office, "province-code", "27", "name", "สำนักงานพัฒนาชุมชนจังหวัดสระแก้ว", NULL);
  g_assert_true (thanrak_store_save_office (store, office, &error));
  g_assert_no_error (error);
  loaded = thanrak_store_load_office (store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_clear_object (&store);

  store = _thanrak_store_new_with_migrations (path, _thanrak_store_migrations, 1, &error);
  g_assert_no_error (error);
  save_new (store, op);
  g_clear_object (&store);

  /* a failing migration changes nothing: the file stays at version 1 */
  store = _thanrak_store_new_with_migrations (path, (ThanrakStoreMigration *) next_failing->data,
                                              next_failing->len, &error);
  g_assert_null (store);
  g_assert_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_FAILED);
  g_clear_error (&error);
  store = _thanrak_store_new_with_migrations (path, _thanrak_store_migrations, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (thanrak_store_get_schema_version (store), ==, 1);
  g_assert_cmpint (thanrak_store_count (store, THANRAK_TYPE_OPERATOR, NULL, NULL), ==, 1);
  g_clear_object (&store);

  store = _thanrak_store_new_with_migrations (path, (ThanrakStoreMigration *) next->data, next->len, &error);
  g_assert_no_error (error);
  g_assert_cmpint (thanrak_store_get_schema_version (store), ==, latest + 1);
  g_assert_cmpint (_thanrak_store_query_int (store, "PRAGMA user_version", NULL), ==, latest + 1);
  g_assert_cmpint (_thanrak_store_query_int (store, "SELECT count(*) FROM operator WHERE note = 'migrated'", NULL), ==, 1);
  g_assert_cmpint (thanrak_store_count (store, THANRAK_TYPE_OPERATOR, NULL, NULL), ==, 1);

  /* the backup taken before: the v1 file with the record */
  backup_path = g_strdup (thanrak_store_get_migration_backup (store));
  g_assert_nonnull (backup_path);
  g_assert_true (g_str_has_prefix (backup_path, path));
  g_assert_cmpint (g_stat (backup_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_clear_object (&store);
  backup = _thanrak_store_new_with_migrations (backup_path, _thanrak_store_migrations, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (thanrak_store_get_schema_version (backup), ==, 1);
  g_assert_null (thanrak_store_get_migration_backup (backup));
  g_assert_cmpint (thanrak_store_count (backup, THANRAK_TYPE_OPERATOR, NULL, NULL), ==, 1);
  g_clear_object (&backup);

  /* reopening at the new version migrates nothing and backs up nothing */
  store = _thanrak_store_new_with_migrations (path, (ThanrakStoreMigration *) next->data, next->len, &error);
  g_assert_no_error (error);
  g_assert_null (thanrak_store_get_migration_backup (store));
  g_clear_object (&store);

  /* this program knows only up to latest: a newer file is refused untouched */
  store = thanrak_store_new (path, &error);
  g_assert_null (store);
  g_assert_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_TOO_NEW);

  remove_tree (dir);
}

/* An empty file (user_version 0) gets the schema, with no backup; a file
 * of another program or not a database is refused untouched. */
static void
test_migration_from_empty (void)
{
  g_autofree char *dir = g_dir_make_tmp ("thanrak-migrate-XXXXXX", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.db", NULL);
  g_autofree char *other = g_build_filename (dir, "other.db", NULL);
  g_autofree char *text = g_build_filename (dir, "notes.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakStore) store = NULL;
  g_autofree char *contents = NULL;
  sqlite3 *db;

  g_file_set_contents (empty, "", 0, &error);
  g_assert_no_error (error);
  store = thanrak_store_new (empty, &error);
  g_assert_no_error (error);
  g_assert_cmpint (thanrak_store_get_schema_version (store), ==, thanrak_store_get_latest_version ());
  g_assert_null (thanrak_store_get_migration_backup (store));
  g_assert_cmpint (_thanrak_store_query_int (store, "SELECT count(*) FROM place_subdistrict", NULL), ==, 7451);
  g_clear_object (&store);

  g_assert_cmpint (sqlite3_open (other, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (x); INSERT INTO t VALUES (1);", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  store = thanrak_store_new (other, &error);
  g_assert_null (store);
  g_assert_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_CORRUPT);
  g_clear_error (&error);

  g_file_set_contents (text, "ผู้ประกอบการ, not a database\n", -1, &error);
  g_assert_no_error (error);
  store = thanrak_store_new (text, &error);
  g_assert_null (store);
  g_assert_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_CORRUPT);
  g_clear_error (&error);
  g_file_get_contents (text, &contents, NULL, &error);
  g_assert_cmpstr (contents, ==, "ผู้ประกอบการ, not a database\n");

  remove_tree (dir);
}

/* Backups -------------------------------------------------------------------- */

static void
test_backup_and_restore (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *backup = g_build_filename (f->dir, "copy.db", NULL);
  g_autofree char *garbage = g_build_filename (f->dir, "garbage.db", NULL);
  g_autofree char *saved = NULL;
  g_autoptr(ThanrakOperator) op = make_operator ("270500001", "กลุ่มทอเสื่อกก", "2705");
  g_autoptr(ThanrakOperator) later = make_operator ("270500002", "กลุ่มหลังสำรอง", "2705");
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  save_new (f->store, op);
  thanrak_store_backup_to (f->store, backup, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_false (thanrak_store_backup_to (f->store, f->path, &error));
  g_assert_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_BACKUP);
  g_clear_error (&error);

  save_new (f->store, later);
  g_clear_object (&f->store);

  /* a damaged file is refused and nothing changes */
  g_file_set_contents (garbage, "SQLite format 3\0garbage", 24, &error);
  g_assert_no_error (error);
  g_assert_false (thanrak_store_restore (f->path, garbage, &saved, &error));
  g_assert_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_CORRUPT);
  g_clear_error (&error);
  g_assert_null (saved);
  f->store = thanrak_store_new (f->path, &error);
  g_assert_cmpint (thanrak_store_count (f->store, THANRAK_TYPE_OPERATOR, NULL, NULL), ==, 2);
  g_clear_object (&f->store);

  g_assert_true (thanrak_store_restore (f->path, backup, &saved, &error));
  g_assert_no_error (error);
  g_assert_nonnull (saved);
  f->store = thanrak_store_new (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (thanrak_store_count (f->store, THANRAK_TYPE_OPERATOR, NULL, NULL), ==, 1);
  {
    g_autoptr(ThanrakStoreCheck) check = thanrak_store_check (f->store, &error);
    g_assert_no_error (error);
    g_assert_true (thanrak_store_check_is_clean (check));
  }
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* the database as it was before the restore */
  {
    g_autoptr(ThanrakStore) before = thanrak_store_new (saved, &error);
    g_assert_no_error (error);
    g_assert_cmpint (thanrak_store_count (before, THANRAK_TYPE_OPERATOR, NULL, NULL), ==, 2);
  }
}

static void
test_rotate_daily_backups (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (f->dir, "backups", NULL);
  g_autofree char *today = NULL;
  g_autofree char *again = NULL;
  g_autofree char *keep = g_build_filename (dir, "notes.txt", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = NULL;
  guint n_backups = 0;

  g_mkdir_with_parents (dir, 0700);
  g_file_set_contents (keep, "not a backup", -1, NULL);
  for (int i = 1; i <= 10; i++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (now, -i);
      g_autofree char *name = g_date_time_format (day, "thanrak-%Y-%m-%d.db");
      g_autofree char *p = g_build_filename (dir, name, NULL);
      g_file_set_contents (p, "old", -1, NULL);
    }

  today = thanrak_store_rotate_daily_backups (f->store, dir, 7, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (today, G_FILE_TEST_IS_REGULAR));
  again = thanrak_store_rotate_daily_backups (f->store, dir, 7, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (today, ==, again);

  d = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  for (const char *name; (name = g_dir_read_name (d)) != NULL;)
    if (g_str_has_prefix (name, "thanrak-"))
      n_backups++;
  g_assert_cmpuint (n_backups, ==, 7);
  g_assert_true (g_file_test (keep, G_FILE_TEST_EXISTS));
  {
    g_autoptr(GDateTime) day = g_date_time_add_days (now, -6);
    g_autoptr(GDateTime) gone_day = g_date_time_add_days (now, -7);
    g_autofree char *name = g_date_time_format (day, "thanrak-%Y-%m-%d.db");
    g_autofree char *gone_name = g_date_time_format (gone_day, "thanrak-%Y-%m-%d.db");
    g_autofree char *p = g_build_filename (dir, name, NULL);
    g_autofree char *gone = g_build_filename (dir, gone_name, NULL);
    g_assert_true (g_file_test (p, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (gone, G_FILE_TEST_EXISTS));
  }
  /* today's backup is a sound database */
  {
    g_autoptr(ThanrakStore) copy = thanrak_store_new (today, &error);
    g_assert_no_error (error);
    g_assert_cmpint (_thanrak_store_query_int (copy, "SELECT count(*) FROM place_province", NULL), ==, 77);
  }
}

/* thanrak-cli --database NEW.db init, then check (issue 3). */
static void
test_cli_init_check (void)
{
  const char *cli = g_getenv ("THANRAK_CLI");
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  int status = -1;

  if (cli == NULL)
    {
      g_test_skip ("THANRAK_CLI is not set: run under meson test");
      return;
    }
  dir = g_dir_make_tmp ("thanrak-cli-XXXXXX", NULL);
  db = g_build_filename (dir, "NEW.db", NULL);
  /* the English report whatever the user's language */
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  envp = g_environ_unsetenv (envp, "LANGUAGE");

  {
    const char *argv[] = { cli, "--database", db, "init", NULL };
    g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (out, "77 provinces, 929 districts, 7451 subdistricts"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { cli, "--database", db, "check", NULL };
    g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (out, "Integrity: ok"));
    g_assert_nonnull (strstr (out, "Broken references: 0"));
    g_assert_nonnull (strstr (out, "Provinces: 77"));
    g_assert_nonnull (strstr (out, "Districts: 929 (Bangkok: 50)"));
    g_assert_nonnull (strstr (out, "Subdistricts: 7451"));
    g_assert_nonnull (strstr (out, "The database is clean."));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    g_autofree char *copy = g_build_filename (dir, "copy.db", NULL);
    const char *backup_argv[] = { cli, "backup", "--database", db, copy, NULL };
    const char *restore_argv[] = { cli, "restore", "--database", db, copy, NULL };
    const char *bad_argv[] = { cli, "restore", "--database", db, "/nonexistent/backup.db", NULL };

    g_spawn_sync (NULL, (char **) backup_argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error);
    g_assert_nonnull (strstr (out, "Backed up"));
    g_clear_pointer (&out, g_free);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_true (g_file_test (copy, G_FILE_TEST_IS_REGULAR));
    g_spawn_sync (NULL, (char **) restore_argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (out, "Restored"));
    g_spawn_sync (NULL, (char **) bad_argv, envp, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err, &status, &error);
    g_assert_no_error (error);
    g_assert_false (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (err, "/nonexistent/backup.db"));
  }
  remove_tree (dir);
}

/* The record lists sort in SQLite by any of their columns: the ids in
 * that order (as _thanrak_store_list_ids() asks for them) come from an
 * index, never from sorting every row (schema 3). */
static void
test_list_sorts_use_indexes (Fixture       *f,
                             gconstpointer  data)
{
  static const char * const columns[][2] = {
    { "operator", "code" }, { "operator", "name" }, { "operator", "operator_type" },
    { "operator", "district_code" }, { "operator", "year_registered" }, { "operator", "phone" },
    { "product", "name" }, { "product", "category" }, { "product", "star_rating" },
    { "product", "star_year" }, { "product", "year_registered" },
    { "online_channel", "identifier" }, { "online_channel", "platform" }, { "online_channel", "listed_on" },
    { "marketing_event", "event_date" }, { "marketing_event", "name" }, { "marketing_event", "place" },
    { "marketing_event", "district_code" }, { "marketing_event", "operators" },
    { "marketing_event", "sales_satang" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    for (int desc = 0; desc < 2; desc++)
      {
        g_autofree char *sql = g_strdup_printf ("EXPLAIN QUERY PLAN SELECT id FROM %s WHERE 1 ORDER BY %s %s, id %s",
                                                columns[i][0], columns[i][1], desc ? "DESC" : "ASC", desc ? "DESC" : "ASC");
        g_autoptr(GString) plan = g_string_new (NULL);
        g_autoptr(GError) error = NULL;
        sqlite3_stmt *stmt = _thanrak_store_prepare (f->store, sql, &error);

        g_assert_no_error (error);
        while (sqlite3_step (stmt) == SQLITE_ROW)
          g_string_append_printf (plan, "%s;", (const char *) sqlite3_column_text (stmt, 3));
        sqlite3_reset (stmt);
        if (strstr (plan->str, "INDEX") == NULL || strstr (plan->str, "TEMP B-TREE") != NULL)
          g_error ("%s: %s", sql, plan->str);
      }
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/create", test_create);
  ADD ("/store/places/fixtures", test_places_match_fixtures);
  ADD ("/store/crud/all-records", test_crud_all_records);
  ADD ("/store/validation/writes-nothing", test_validation_writes_nothing);
  ADD ("/store/validation/other-records", test_validation_other_records);
  ADD ("/store/transaction", test_transaction);
  ADD ("/store/transaction/search-index", test_transaction_search_index);
  ADD ("/store/search/thai", test_thai_search);
  ADD ("/store/queries", test_queries);
  ADD ("/store/queries/list-sorts-use-indexes", test_list_sorts_use_indexes);
  ADD ("/store/backup/restore", test_backup_and_restore);
  ADD ("/store/backup/rotate-daily", test_rotate_daily_backups);
#undef ADD
  g_test_add_func ("/store/migration/from-previous", test_migration_from_previous);
  g_test_add_func ("/store/migration/from-empty", test_migration_from_empty);
  g_test_add_func ("/store/cli/init-check", test_cli_init_check);

  return g_test_run ();
}
