/* thanrak-sample.c: the sample data of the first-run screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Real figures (the district figures printed in seeds 003 and 004) go in
 * through the import, as a person would bring their own spreadsheets; the
 * made-up records around them (operators, products, channels, a center
 * with its committee, services and assessment) are marked (ตัวอย่าง) so
 * that nobody takes them for real ones.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-import.h"
#include "thanrak-io-error.h"
#include "thanrak-model.h"
#include "thanrak-sample.h"
#include "thanrak-table-reader.h"
#include "thanrak-thai.h"

#define SAMPLE_RESOURCES "/io/github/thanrak/Thanrak/core/sample/"

/* The files in the order they are imported: each kind after the ones its
 * rows refer to. */
static const struct
{
  const char        *file;
  ThanrakImportKind  kind;
  int                fiscal_year;  /* BE, for district figures */
  const char        *province;
} files[] = {
  /* seed 004: Sa Kaeo, FY 2564 round 2 */
  { "sakaeo-2564-round2.csv", THANRAK_IMPORT_KIND_DISTRICT_FIGURES, 2564, "สระแก้ว" },
  /* seed 003: Nong Khai, FY 2565 (figures of 1 Oct 63 - 30 Sep 64) */
  { "nongkhai-2565.csv", THANRAK_IMPORT_KIND_DISTRICT_FIGURES, 2565, "หนองคาย" },
  { "operators.csv", THANRAK_IMPORT_KIND_OPERATORS, 0, "สระแก้ว" },
  { "products.csv", THANRAK_IMPORT_KIND_PRODUCTS, 0, NULL },
  { "channels.csv", THANRAK_IMPORT_KIND_ONLINE_CHANNELS, 0, NULL },
  { "centers.csv", THANRAK_IMPORT_KIND_CENTERS, 0, "สระแก้ว" },
  { "committee.csv", THANRAK_IMPORT_KIND_COMMITTEE_MEMBERS, 0, NULL },
};

/* The checklist items the sample center holds (seed 001, the assessment
 * form), besides item 9 (from its services) and item 10 (its survey). */
static const char * const held_items[] = {
  "1.1", "1.2", "1.3", "2.1", "2.2", "2.4", "2.5", "2.6", "3.1", "3.2", "3.4",
  "4.1", "4.2", "4.3", "5.1", "5.2", "6.1", "6.2", "7.1", "7.3", "8.1",
};

static gboolean
import_file (ThanrakStore  *store,
             guint          i,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autofree char *path = g_strconcat (SAMPLE_RESOURCES, files[i].file, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  g_autoptr(ThanrakTable) table = NULL;
  g_autoptr(ThanrakImportReport) report = NULL;
  ThanrakImportOptions options = { 0 };

  if (bytes == NULL)
    return FALSE;
  table = thanrak_table_read_bytes (bytes, files[i].file, NULL, error);
  if (table == NULL)
    return FALSE;

  options.fiscal_year = files[i].fiscal_year;
  options.province = files[i].province;
  options.on_duplicate = THANRAK_IMPORT_DUPLICATE_SKIP;
  report = thanrak_import_table (store, files[i].kind, table, &options, NULL, NULL, cancellable, error);
  if (report == NULL)
    return FALSE;
  for (guint r = 0; r < report->rows->len; r++)
    {
      const ThanrakImportRow *row = &g_array_index (report->rows, ThanrakImportRow, r);

      if (row->outcome == THANRAK_IMPORT_OUTCOME_REJECTED)
        {
          g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_FAILED,
                       _("The sample file %s, row %u, was not imported: %s"),
                       files[i].file, row->row, row->message);
          return FALSE;
        }
    }
  return TRUE;
}

/* An ISO date (CE) of fiscal year @fy (BE): @month 1-12 and @day. */
static char *
fy_date (guint fy,
         int   month,
         int   day)
{
  int year = (int) fy - 543 - (month >= 10 ? 1 : 0);

  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

static void
add (GPtrArray *records,
     gpointer   record)
{
  g_ptr_array_add (records, record);
}

static ThanrakRecord *
new_service (gint64      center_id,
             char       *date,
             int         mode,
             const char *title,
             int         recipients)
{
  ThanrakRecord *service = THANRAK_RECORD (thanrak_service_new ());

  g_object_set (service, "center-id", center_id, "service-date", date, "mode", mode,
                "title", title, "recipients", recipients, NULL);
  g_free (date);
  return service;
}

static ThanrakRecord *
new_meeting (gint64      center_id,
             char       *date,
             const char *agenda,
             int         attendees)
{
  ThanrakRecord *meeting = THANRAK_RECORD (thanrak_meeting_new ());

  g_object_set (meeting, "center-id", center_id, "meeting-date", date, "agenda", agenda,
                "attendees", attendees, NULL);
  g_free (date);
  return meeting;
}

/* The records of the sample center's year: the last whole fiscal year
 * (@fy - 1) has its meetings, services, survey and assessment; the
 * current one (@fy) its first meeting and service. */
static GPtrArray *
center_year_records (ThanrakCenter *center,
                     guint          fy)
{
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 id = thanrak_record_get_id (THANRAK_RECORD (center));
  guint last = fy - 1;
  static const struct { int month; int mode; const char *title; int recipients; } services[] = {
    { 10, THANRAK_SERVICE_MODE_AT_CENTER, "ให้คำปรึกษาการจดทะเบียนวิสาหกิจชุมชน", 6 },
    { 11, THANRAK_SERVICE_MODE_MOBILE, "หน่วยบริการเคลื่อนที่ ตำบลท่าเกษม", 24 },
    { 12, THANRAK_SERVICE_MODE_ONLINE, "ถ่ายทอดสดการขายผ้าไหมทางเฟซบุ๊ก", 40 },
    { 1, THANRAK_SERVICE_MODE_AT_CENTER, "อบรมการถ่ายภาพสินค้าด้วยโทรศัพท์", 18 },
    { 2, THANRAK_SERVICE_MODE_AT_CENTER, "ให้คำปรึกษาการขอเครื่องหมาย อย.", 5 },
    { 3, THANRAK_SERVICE_MODE_MOBILE, "หน่วยบริการเคลื่อนที่ ตำบลบ้านแก้ง", 31 },
    { 4, THANRAK_SERVICE_MODE_AT_CENTER, "เวทีแลกเปลี่ยนเรียนรู้ผู้ผลิตผ้าทอ", 22 },
    { 5, THANRAK_SERVICE_MODE_ONLINE, "แนะนำการเปิดร้านค้าบนแพลตฟอร์มออนไลน์", 27 },
    { 6, THANRAK_SERVICE_MODE_AT_CENTER, "ให้บริการสืบค้นข้อมูลแหล่งทุน", 9 },
    { 7, THANRAK_SERVICE_MODE_MOBILE, "ออกร้านจำหน่ายสินค้าในงานประจำปีอำเภอ", 15 },
    { 8, THANRAK_SERVICE_MODE_AT_CENTER, "ให้คำปรึกษาการออกแบบบรรจุภัณฑ์", 8 },
    { 9, THANRAK_SERVICE_MODE_ONLINE, "ประชุมออนไลน์เครือข่าย OTOP อำเภอ", 35 },
    { 9, THANRAK_SERVICE_MODE_AT_CENTER, "ให้คำปรึกษาการทำบัญชีกลุ่ม", 7 },
    { 9, THANRAK_SERVICE_MODE_MOBILE, "หน่วยบริการเคลื่อนที่ ตำบลศาลาลำดวน", 29 },
  };
  ThanrakSatisfactionSurvey *survey = thanrak_satisfaction_survey_new ();
  ThanrakCenterAssessment *assessment = thanrak_center_assessment_new ();
  char *date;

  for (guint i = 0; i < G_N_ELEMENTS (services); i++)
    add (records, new_service (id, fy_date (last, services[i].month, 3 + (int) i),
                               services[i].mode, services[i].title, services[i].recipients));
  add (records, new_meeting (id, fy_date (last, 11, 12), "แต่งตั้งคณะทำงานและจัดทำแผนการดำเนินงานประจำปี", 12));
  add (records, new_meeting (id, fy_date (last, 2, 14), "ติดตามผลการให้บริการไตรมาสที่ ๑", 11));
  add (records, new_meeting (id, fy_date (last, 5, 9), "ติดตามผลการให้บริการไตรมาสที่ ๒", 12));
  add (records, new_meeting (id, fy_date (last, 8, 15), "สรุปผลการดำเนินงานและประเมินศูนย์", 10));
  add (records, new_meeting (id, fy_date (fy, 10, 1), "ทบทวนแผนการดำเนินงานปีงบประมาณใหม่", 11));
  add (records, new_service (id, fy_date (fy, 10, 1), THANRAK_SERVICE_MODE_AT_CENTER,
                             "ให้คำปรึกษาการเข้าร่วมงาน OTOP City", 12));

  date = fy_date (last, 9, 20);
  g_object_set (survey, "center-id", id, "fiscal-year", (int) last, "survey-date", date,
                "respondents", 30, "level", THANRAK_SATISFACTION_LEVEL_HIGH, NULL);
  g_free (date);
  add (records, survey);

  date = fy_date (last, 9, 25);
  g_object_set (assessment, "center-id", id, "fiscal-year", (int) last,
                "service-count", (int) G_N_ELEMENTS (services),
                "satisfaction", THANRAK_SATISFACTION_LEVEL_HIGH,
                "assessor", "คณะทำงานประเมินศูนย์ระดับจังหวัด (ตัวอย่าง)", "assessed-on", date, NULL);
  g_free (date);
  for (guint i = 0; i < G_N_ELEMENTS (held_items); i++)
    thanrak_center_assessment_set_answer (assessment, held_items[i], TRUE);
  add (records, assessment);
  return records;
}

static GPtrArray *
office_and_events (guint fy)
{
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);
  ThanrakOffice *office = thanrak_office_new ();
  ThanrakMarketingEvent *fair = thanrak_marketing_event_new ();
  ThanrakMarketingEvent *market = thanrak_marketing_event_new ();
  g_autofree char *fair_date = fy_date (fy - 1, 12, 10);
  g_autofree char *market_date = fy_date (fy - 1, 4, 8);

  g_object_set (office, "province-code", "27",
                "name", "สำนักงานพัฒนาชุมชนจังหวัดสระแก้ว (ตัวอย่าง)",
                "officer-name", "นางสาวตัวอย่าง ใจดี",
                "officer-position", "นักวิชาการพัฒนาชุมชนชำนาญการ", NULL);
  g_object_set (fair, "district-code", "2701", "event-date", fair_date,
                "name", "ตลาดนัด OTOP หน้าศาลากลาง (ตัวอย่าง)", "place", "ลานหน้าศาลากลางจังหวัดสระแก้ว",
                "operators", 25, "sales-satang", (gint64) 18650000, NULL);
  g_object_set (market, "district-code", "2706", "event-date", market_date,
                "name", "ถนนคนเดินชายแดนอรัญประเทศ (ตัวอย่าง)", "place", "ตลาดโรงเกลือ",
                "operators", 14, "sales-satang", (gint64) 9240000, NULL);
  add (records, office);
  add (records, fair);
  add (records, market);
  return records;
}

static ThanrakCenter *
load_center (ThanrakStore  *store,
             GError       **error)
{
  ThanrakStoreQuery query = { .text = THANRAK_SAMPLE_CENTER_NAME };
  g_autoptr(GPtrArray) centers = thanrak_store_list (store, THANRAK_TYPE_CENTER, &query, error);

  if (centers == NULL)
    return NULL;
  if (centers->len != 1)
    {
      g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_FAILED,
                   _("The sample center was not imported."));
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (centers, 0));
}

/**
 * thanrak_sample_load:
 * @store: a new database (see thanrak_store_is_new())
 * @today: (nullable): the day to date the sample's center records from,
 *   %NULL for today: the last whole fiscal year before it gets a year of
 *   meetings, 14 services, a survey and an assessment, the current one its
 *   first meeting
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Fills a new database with the sample data of the first-run screen: the
 * district figures of Sa Kaeo for FY 2564 round 2 (seed 004) and of Nong
 * Khai for FY 2565 (seed 003), as printed, and made-up records marked
 * (ตัวอย่าง): ten operators in Sa Kaeo with their products and online
 * channels, two marketing events, the center of เมืองสระแก้ว with a
 * committee of twelve, its meetings, services, satisfaction survey and
 * 50-point assessment, and the office (สำนักงานพัฒนาชุมชนจังหวัดสระแก้ว).
 * Each file is imported in its own transaction (see thanrak_import_table()),
 * the records made here in one more.
 *
 * Returns: %TRUE on success; %FALSE with %THANRAK_STORE_ERROR_INVALID when
 *   the database is not new, %THANRAK_IO_ERROR_FAILED when a sample row is
 *   rejected, %G_IO_ERROR_CANCELLED, or a %THANRAK_STORE_ERROR
 */
gboolean
thanrak_sample_load (ThanrakStore  *store,
                     const GDate   *today,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(ThanrakCenter) center = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) year = NULL;
  GDate now;
  gboolean is_new;
  guint fy;

  g_return_val_if_fail (THANRAK_IS_STORE (store), FALSE);

  if (!thanrak_store_is_new (store, &is_new, error))
    return FALSE;
  if (!is_new)
    {
      g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_INVALID,
                   _("This database already has records: open the sample data in a new database (thanrak --database FILE)."));
      return FALSE;
    }

  if (today == NULL)
    {
      g_date_clear (&now, 1);
      g_date_set_time_t (&now, time (NULL));
      today = &now;
    }
  fy = thanrak_thai_fiscal_year (today);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
        !import_file (store, i, cancellable, error))
      return FALSE;

  center = load_center (store, error);
  if (center == NULL)
    return FALSE;
  g_object_set (center,
                "media", "แผ่นพับแนะนำศูนย์ ป้ายประชาสัมพันธ์ และเพจเฟซบุ๊กของศูนย์ (ตัวอย่าง)",
                "evidence", "ภาพถ่ายและทะเบียนผู้รับบริการ (ตัวอย่าง)",
                "plan", "แผนการดำเนินงานประจำปี ให้บริการอย่างน้อยเดือนละ ๑ ครั้ง (ตัวอย่าง)",
                "reporter", "นางสมมุติ ตัวอย่างสอง",
                "reporter-position", "พัฒนาการอำเภอเมืองสระแก้ว", NULL);

  records = office_and_events (fy);
  g_ptr_array_add (records, g_object_ref (center));
  year = center_year_records (center, fy);
  g_ptr_array_extend_and_steal (records, g_steal_pointer (&year));

  if (!thanrak_store_begin_transaction (store, error))
    return FALSE;
  for (guint i = 0; i < records->len; i++)
    if (!thanrak_store_save (store, g_ptr_array_index (records, i), error))
      {
        thanrak_store_rollback_transaction (store);
        return FALSE;
      }
  return thanrak_store_commit_transaction (store, error);
}
