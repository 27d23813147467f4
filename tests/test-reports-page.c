/* test-reports-page.c: the รายงาน page in process: the preview follows
 * the thai-digits setting, and an export writes the form with Thai digits
 *
 * Runs under a display (xvfb-run) and a session bus (dbus-run-session).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>

#include "thanrak-application.h"
#include "thanrak-district-figures.h"
#include "thanrak-proposal-editor.h"
#include "thanrak-reports-page.h"
#include "thanrak-store.h"
#include "records-builders.h"
#include "xlsx-check.h"

#define ONLINE_FORM "เป้าหมายตัวชี้วัดการส่งเสริมผลิตภัณฑ์ OTOP ในตลาดออนไลน์"

static char *tmp_dir;

static void
iterate_until_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
timed_out (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
wait_a_little (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timed_out, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* The Sa Kaeo district figures of FY 2564 (seed 004) in a new store. */
static ThanrakStore *
sakaeo_store (void)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "sakaeo-2564-round2.csv", NULL);
  g_autofree char *db = g_build_filename (tmp_dir, "reports.db", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  ThanrakStore *store;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = NULL;

      if (*g_strstrip (lines[i]) == '\0')
        continue;
      cells = g_strsplit (lines[i], ",", -1);
      g_ptr_array_add (records,
                       g_object_new (THANRAK_TYPE_DISTRICT_FIGURES,
                                     "district-code", cells[0], "fiscal-year", 2564,
                                     "operators-registered", atoi (cells[2]),
                                     "products-registered", atoi (cells[3]),
                                     "sales-satang", g_ascii_strtoll (cells[4], NULL, 10) * 100,
                                     NULL));
    }
  store = thanrak_store_new (db, &error);
  g_assert_no_error (error);
  g_assert_true (thanrak_store_save_all (store, records, &error));
  g_assert_no_error (error);
  return store;
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

/* The texts of the preview's cells. */
static GPtrArray *
preview_texts (GtkWidget *page)
{
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GPtrArray *texts = g_ptr_array_new ();

  collect (page, GTK_TYPE_COLUMN_VIEW, views);
  g_assert_cmpuint (views->len, ==, 1);
  collect (g_ptr_array_index (views, 0), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    g_ptr_array_add (texts, (gpointer) gtk_label_get_text (g_ptr_array_index (labels, i)));
  return texts;
}

static gboolean
has_text (GPtrArray  *texts,
          const char *text)
{
  for (guint i = 0; i < texts->len; i++)
    if (g_str_equal (g_ptr_array_index (texts, i), text))
      return TRUE;
  return FALSE;
}

/* The preview's texts once @text shows (rows are laid out lazily), at most 10 s. */
static GPtrArray *
wait_for_text (GtkWidget  *page,
               const char *text)
{
  for (guint i = 0; i < 100; i++)
    {
      GPtrArray *texts = preview_texts (page);

      if (has_text (texts, text))
        return texts;
      g_ptr_array_unref (texts);
      wait_a_little (100);
    }
  return preview_texts (page);
}

static void
open_form (GtkWidget  *page,
           const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect (page, ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title))
      {
        /* as Enter on the row does */
        g_assert_true (gtk_widget_is_sensitive (g_ptr_array_index (rows, i)));
        adw_action_row_activate (g_ptr_array_index (rows, i));
        /* a button activated by its row clicks after its press shows (250 ms) */
        wait_a_little (400);
        iterate_until_idle ();
        return;
      }
  g_assert_not_reached ();
}

static void
test_thai_digits (void)
{
  g_autoptr(ThanrakStore) store = sakaeo_store ();
  g_autoptr(GSettings) settings = g_settings_new (THANRAK_SETTINGS_SCHEMA_ID);
  g_autofree char *output = g_build_filename (tmp_dir, "เป้าหมาย-ออนไลน์-2564-รอบ2.xlsx", NULL);
  g_autoptr(GPtrArray) arabic = NULL;
  g_autoptr(GPtrArray) thai = NULL;
  g_autofree char *contents = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (THANRAK_TYPE_REPORTS_PAGE, "store", store, NULL);
  gsize length;

  g_assert_true (thanrak_reports_page_get_store (THANRAK_REPORTS_PAGE (page)) == store);
  g_settings_set_boolean (settings, "thai-digits", FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 900);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  iterate_until_idle ();

  /* Nothing to export before a form is open */
  g_assert_false (gtk_widget_activate_action (page, "reports.export", NULL) &&
                  g_file_test (output, G_FILE_TEST_EXISTS));

  open_form (page, ONLINE_FORM);
  arabic = wait_for_text (page, "เมืองสระแก้ว");
  for (guint i = 0; g_test_verbose () && i < arabic->len; i++)
    g_test_message ("cell: %s", (char *) g_ptr_array_index (arabic, i));
  g_assert_true (has_text (arabic, "เมืองสระแก้ว"));
  g_assert_true (has_text (arabic, "29"));
  g_assert_true (has_text (arabic, "1,921"));
  g_assert_false (has_text (arabic, "๒๙"));

  /* seed 004's targets in Thai digits once the preference is on */
  g_settings_set_boolean (settings, "thai-digits", TRUE);
  iterate_until_idle ();
  thai = wait_for_text (page, "๒๙");
  g_assert_true (has_text (thai, "๒๙"));
  g_assert_true (has_text (thai, "๔๕"));
  g_assert_true (has_text (thai, "๑,๙๒๑"));
  g_assert_false (has_text (thai, "29"));

  /* the export follows the preference too */
  g_setenv ("THANRAK_EXPORT_PATH", output, TRUE);
  g_assert_true (gtk_widget_activate_action (page, "reports.export", NULL));
  for (guint i = 0; i < 100 && !g_file_test (output, G_FILE_TEST_EXISTS); i++)
    wait_a_little (100);
  wait_a_little (200);
  g_assert_true (g_file_get_contents (output, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (contents[0] == 'P' && contents[1] == 'K');

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_until_idle ();
  g_settings_set_boolean (settings, "thai-digits", FALSE);
  g_unsetenv ("THANRAK_EXPORT_PATH");
  g_remove (output);
}

/* Records of Sa Kaeo for the forms from the records (1, 2, 3, 6 and 8):
 * two centers with their FY 2567 assessments, services and committee,
 * operators with products, channels and sales, and a proposal with seed
 * 002's budget lines. */
static ThanrakStore *
records_store (const char *name,
               gint64     *center_out)
{
  g_autofree char *db = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakRecord) center = THANRAK_RECORD (thanrak_center_new ());
  g_autoptr(ThanrakRecord) other = THANRAK_RECORD (thanrak_center_new ());
  g_autoptr(ThanrakRecord) proposal = THANRAK_RECORD (thanrak_project_proposal_new ());
  ThanrakStore *store = thanrak_store_new (db, &error);
  gint64 id;

  g_assert_no_error (error);
  thanrak_record_set_string (center, "name", "ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอเมืองสระแก้ว");
  thanrak_record_set_string (center, "district-code", "2701");
  thanrak_record_set_string (center, "subdistrict-code", "270101");
  thanrak_record_set_string (center, "plan", "ส่งเสริมการขาย OTOP ออนไลน์");
  id = records_save (store, center);
  records_add_service (store, id, "2023-11-15", "การประชาสัมพันธ์การบริการ", 30, NULL);
  records_add_service (store, id, "2024-01-20", "อบรมการขายสินค้าออนไลน์", 25, NULL);
  records_add_service (store, id, "2022-05-01", "บริการของปีก่อน", 9, NULL);
  records_add_member (store, id, THANRAK_COMMITTEE_KIND_MANAGEMENT, "นาย", "สมชาย รักดี", "นายอำเภอเมืองสระแก้ว",
                      THANRAK_COMMITTEE_POSITION_CHAIR, THANRAK_COMMITTEE_QUOTA_DISTRICT_CHIEF);
  /* seed 001: 18 items of aspects 1-8 (19 points), more than 24 services
   * (9.3, 6) and high satisfaction (10.3, 6): 31 points, พอใช้ (B) */
  records_add_assessment (store, id, 2567, "1.1 1.2 2.1 2.2 2.3 2.4 3.1 3.2 4.1 4.2 5.1 5.2 6.1 6.2 7.1 7.2 8.1 8.2",
                          30, THANRAK_SATISFACTION_LEVEL_HIGH);
  /* and a year before: not on the FY 2567 forms */
  records_add_assessment (store, id, 2566, "1.1", 0, THANRAK_SATISFACTION_LEVEL_NOT_ASSESSED);
  *center_out = id;

  thanrak_record_set_string (other, "name", "ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอคลองหาด");
  thanrak_record_set_string (other, "district-code", "2702");
  /* 9 items (9 points), 5 services (9.1, 1), low satisfaction (10.1, 1): 11, ปรับปรุง (C) */
  records_add_assessment (store, records_save (store, other), 2567, "1.1 2.1 2.2 3.1 4.1 5.1 6.1 7.1 8.1",
                          5, THANRAK_SATISFACTION_LEVEL_LOW);

  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *code = g_strdup_printf ("27%02u%06u", i % 2 + 1, i + 1);
      gint64 op = records_add_operator (store, code, i == 2 ? "=1+1" : "กลุ่มทอผ้าไหมบ้านหนองบัว", i % 3, "1/2", 3,
                                        i % 2 == 0 ? "270101" : "270201", "081-000-0000", TRUE, i % 2 == 0);
      gint64 product = records_add_product (store, op, "ผ้าไหมมัดหมี่ลายดอกแก้ว", 0, TRUE, 3, FALSE);

      records_add_channel (store, product, THANRAK_PLATFORM_FACEBOOK, "facebook.com/otop-sakaeo");
      /* 12,500.50 baht in April 2567 (round 2 of FY 2567) */
      records_add_sales (store, op, 2567, 4, 1250050, 0);
    }

  thanrak_record_set_string (proposal, "number", "1/2567");
  thanrak_record_set_number (proposal, "fiscal-year", 2567);
  thanrak_record_set_string (proposal, "name", "พัฒนาหมู่บ้านเศรษฐกิจพอเพียง");
  thanrak_record_set_string (proposal, "unit", "สำนักงานพัฒนาชุมชนอำเภอเมืองสระแก้ว");
  /* seed 002: 8,780 x 1,000 baht + 8,780 x 5,600 baht = 57,948,000 baht;
   * the typed total is 1 baht off, which the page warns of */
  thanrak_record_set_number (proposal, "typed-total-satang", G_GINT64_CONSTANT (5794800100));
  thanrak_project_proposal_add_budget_line (THANRAK_PROJECT_PROPOSAL (proposal), "ค่าวัสดุ",
                                            "ค่าวัสดุสำนักงาน", 8780, 100000, 878000000);
  thanrak_project_proposal_add_budget_line (THANRAK_PROJECT_PROPOSAL (proposal), "ค่าวัสดุ",
                                            "ค่าวัสดุ และอุปกรณ์สำหรับการฝึกปฏิบัติ", 8780, 560000, 4916800000);
  records_save (store, proposal);
  return store;
}

static AdwComboRow *
combo_row (GtkWidget  *page,
           const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect (page, ADW_TYPE_COMBO_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (gtk_widget_get_visible (g_ptr_array_index (rows, i)) &&
        g_str_equal (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title))
      return g_ptr_array_index (rows, i);
  g_error ("no row “%s”", title);
  return NULL;
}

/* Chooses @text in the combo row titled @title. */
static void
choose (GtkWidget  *page,
        const char *title,
        const char *text)
{
  AdwComboRow *row = combo_row (page, title);
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), text))
      {
        adw_combo_row_set_selected (row, i);
        iterate_until_idle ();
        return;
      }
  g_error ("no “%s” in “%s”", text, title);
}

static const char *
chosen (GtkWidget  *page,
        const char *title)
{
  AdwComboRow *row = combo_row (page, title);

  return gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (row)),
                                     adw_combo_row_get_selected (row));
}

/* Exports the open form to @name in the test folder; returns its path. */
static char *
export_form (GtkWidget  *page,
             const char *name)
{
  char *output = g_build_filename (tmp_dir, name, NULL);

  g_remove (output);
  g_setenv ("THANRAK_EXPORT_PATH", output, TRUE);
  g_assert_true (gtk_widget_activate_action (page, "reports.export", NULL));
  for (guint i = 0; i < 100 && !g_file_test (output, G_FILE_TEST_EXISTS); i++)
    wait_a_little (100);
  wait_a_little (300);
  g_unsetenv ("THANRAK_EXPORT_PATH");
  g_assert_true (g_file_test (output, G_FILE_TEST_EXISTS));
  return output;
}

static void
back (GtkWidget *page)
{
  g_assert_true (gtk_widget_activate_action (page, "reports.back", NULL));
  iterate_until_idle ();
}

static void type_in (GtkWidget *widget, const char *title, guint n, const char *text);

static void
test_record_forms (void)
{
  gint64 center_id;
  g_autoptr(ThanrakStore) store = records_store ("records.db", &center_id);
  g_autoptr(GSettings) settings = g_settings_new (THANRAK_SETTINGS_SCHEMA_ID);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (THANRAK_TYPE_REPORTS_PAGE, "store", store, NULL);
  g_autofree char *form1 = NULL;
  g_autofree char *form2 = NULL;
  g_autofree char *form3 = NULL;
  g_autofree char *form6 = NULL;
  g_autofree char *form8 = NULL;
  g_autofree char *json = NULL;
  g_autoptr(GPtrArray) texts = NULL;

  g_settings_set_boolean (settings, "thai-digits", FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 900);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  iterate_until_idle ();

  /* Form 1: the center's saved assessment; the latest year assessed is chosen */
  open_form (page, "แบบประเมินศูนย์บริการส่งเสริมเศรษฐกิจฐานราก");
  g_assert_cmpstr (chosen (page, "ปีงบประมาณ"), ==, "2567");
  texts = wait_for_text (page, "๙.๓ ให้บริการมากกว่า ๒๔ ครั้ง/ต่อปี");
  g_assert_true (has_text (texts, "๙.๓ ให้บริการมากกว่า ๒๔ ครั้ง/ต่อปี"));
  g_assert_true (has_text (texts, "31"));
  g_clear_pointer (&texts, g_ptr_array_unref);
  form1 = export_form (page, "form1.xlsx");
  json = g_strdup_printf ("{\"file\": \"%s\", \"sheets\": [{\"name\": \"แบบประเมิน\", \"cells\": ["
                          "{\"cell\": \"A1\", \"type\": \"string\", \"value\": \"แบบประเมินศูนย์บริการส่งเสริมเศรษฐกิจฐานราก\"},"
                          "{\"cell\": \"A3\", \"type\": \"string\", \"value\": \"ที่ตั้ง ณ ตำบลสระแก้ว อำเภอเมืองสระแก้ว จังหวัดสระแก้ว\"},"
                          "{\"cell\": \"A4\", \"type\": \"string\", \"value\": \"ประจำปีงบประมาณ พ.ศ. 2567\"},"
                          "{\"cell\": \"F56\", \"type\": \"number\", \"value\": 6},"
                          "{\"cell\": \"F58\", \"type\": \"number\", \"value\": 31},"
                          "{\"cell\": \"A60\", \"type\": \"string\", \"value\": \"คะแนนที่ได้ 31 คะแนน\"},"
                          "{\"cell\": \"A61\", \"type\": \"string\", \"value\": \"เกณฑ์จัดระดับการประเมินฯ พอใช้ (B)\"}]}]}",
                          form1);
  check_xlsx (json);
  g_clear_pointer (&json, g_free);
  /* a year without an assessment says what to do, and nothing is exported */
  choose (page, "ปีงบประมาณ", "2565");
  texts = preview_texts (page);
  g_assert_false (has_text (texts, "31"));
  g_assert_false (has_text (texts, "๙.๓ ให้บริการมากกว่า ๒๔ ครั้ง/ต่อปี"));
  g_clear_pointer (&texts, g_ptr_array_unref);
  back (page);

  /* Form 2: the assessed centers of Sa Kaeo */
  open_form (page, "แบบสรุปผลการประเมินศูนย์ฯ");
  g_assert_cmpstr (chosen (page, "จังหวัด"), ==, "สระแก้ว");
  texts = wait_for_text (page, "คลองหาด");
  g_assert_true (has_text (texts, "ปรับปรุง (C)"));
  g_clear_pointer (&texts, g_ptr_array_unref);
  form2 = export_form (page, "form2.xlsx");
  json = g_strdup_printf ("{\"file\": \"%s\", \"sheets\": [{\"name\": \"สรุปผลการประเมิน\", \"cells\": ["
                          "{\"cell\": \"A1\", \"type\": \"string\", \"value\": \"แบบสรุปผลการประเมินศูนย์บริการส่งเสริมเศรษฐกิจฐานราก\"},"
                          "{\"cell\": \"A2\", \"type\": \"string\", \"value\": \"จังหวัดสระแก้ว ประจำปีงบประมาณ พ.ศ. 2567\"},"
                          "{\"cell\": \"B5\", \"type\": \"string\", \"value\": \"เมืองสระแก้ว\"},"
                          "{\"cell\": \"M5\", \"type\": \"number\", \"value\": 31},"
                          "{\"cell\": \"N5\", \"type\": \"string\", \"value\": \"พอใช้ (B)\"},"
                          "{\"cell\": \"B6\", \"type\": \"string\", \"value\": \"คลองหาด\"},"
                          "{\"cell\": \"M6\", \"type\": \"number\", \"value\": 11},"
                          "{\"cell\": \"N6\", \"type\": \"string\", \"value\": \"ปรับปรุง (C)\"},"
                          "{\"cell\": \"B10\", \"type\": \"string\", \"value\": \"ระดับ พอใช้ (B) จำนวน 1 ศูนย์\"}]}]}",
                          form2);
  check_xlsx (json);
  g_clear_pointer (&json, g_free);
  /* the office and date of issue typed on the page: lines below the title,
   * the office as text even when it looks like a formula */
  type_in (page, "หน่วยงานที่ออกแบบฟอร์ม (ไม่บังคับ)", 0, "=1+1 สำนักงานพัฒนาชุมชนจังหวัดสระแก้ว");
  type_in (page, "วันที่ออก เช่น 1/10/2567 (ไม่บังคับ)", 0, "1/10/2567");
  g_clear_pointer (&form2, g_free);
  form2 = export_form (page, "form2-office.xlsx");
  json = g_strdup_printf ("{\"file\": \"%s\", \"sheets\": [{\"name\": \"สรุปผลการประเมิน\", \"formula_cells\": [], \"cells\": ["
                          "{\"cell\": \"A3\", \"type\": \"string\", \"value\": \"=1+1 สำนักงานพัฒนาชุมชนจังหวัดสระแก้ว\"},"
                          "{\"cell\": \"A4\", \"type\": \"string\", \"value\": \"ข้อมูล ณ วันที่ 1 ตุลาคม 2567\"},"
                          "{\"cell\": \"M7\", \"type\": \"number\", \"value\": 31}]}]}",
                          form2);
  check_xlsx (json);
  g_clear_pointer (&json, g_free);
  back (page);

  /* with the database's office set, form 2 offers it as the issuing office */
  records_set_office (store);
  type_in (page, "หน่วยงานที่ออกแบบฟอร์ม (ไม่บังคับ)", 0, "");
  open_form (page, "แบบสรุปผลการประเมินศูนย์ฯ");
  {
    g_autoptr(GPtrArray) entries = g_ptr_array_new ();

    collect (page, ADW_TYPE_ENTRY_ROW, entries);
    for (guint i = 0; i < entries->len; i++)
      if (g_str_equal (adw_preferences_row_get_title (g_ptr_array_index (entries, i)),
                       "หน่วยงานที่ออกแบบฟอร์ม (ไม่บังคับ)"))
        g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (entries, i)), ==,
                         "สำนักงานพัฒนาชุมชนจังหวัดสระแก้ว");
  }
  back (page);

  /* Form 3: the center's operations; the latest year with services */
  open_form (page, "แบบรายงานผลการดำเนินงานศูนย์บริการส่งเสริมเศรษฐกิจฐานราก");
  g_assert_cmpstr (chosen (page, "ปีงบประมาณ"), ==, "2567");
  texts = wait_for_text (page, "อบรมการขายสินค้าออนไลน์");
  g_assert_false (has_text (texts, "บริการของปีก่อน"));
  g_clear_pointer (&texts, g_ptr_array_unref);
  form3 = export_form (page, "form3.xlsx");
  json = g_strdup_printf ("{\"file\": \"%s\", \"sheets\": [{\"name\": \"ผลการดำเนินงานศูนย์\", \"cells\": ["
                          "{\"cell\": \"A1\", \"type\": \"string\", \"value\": \"แบบรายงานผลการดำเนินงานศูนย์บริการส่งเสริมเศรษฐกิจฐานราก ปี 2567\"},"
                          "{\"cell\": \"B4\", \"type\": \"string\", \"value\": \"การประชาสัมพันธ์การบริการ\"},"
                          "{\"cell\": \"B5\", \"type\": \"string\", \"value\": \"อบรมการขายสินค้าออนไลน์\"},"
                          "{\"cell\": \"A6\", \"type\": \"blank\"}]}]}",
                          form3);
  check_xlsx (json);
  g_clear_pointer (&json, g_free);
  back (page);

  /* Form 6: the products of เมืองสระแก้ว in round 2 of FY 2567 */
  open_form (page, "แบบรายงานผลการส่งเสริมผลิตภัณฑ์ OTOP ในตลาดออนไลน์");
  g_assert_cmpstr (chosen (page, "จังหวัด"), ==, "สระแก้ว");
  choose (page, "ปีงบประมาณ", "2567");
  choose (page, "รอบ", "รอบที่ 2 (เมษายน ถึง กันยายน)");
  choose (page, "อำเภอ", "เมืองสระแก้ว");
  texts = wait_for_text (page, "=1+1");
  g_assert_true (has_text (texts, "12,500.50"));
  g_clear_pointer (&texts, g_ptr_array_unref);
  form6 = export_form (page, "form6.xlsx");
  json = g_strdup_printf ("{\"file\": \"%s\", \"sheets\": [{\"name\": \"ส่วนที่ 1\", \"formula_cells\": [], \"cells\": ["
                          "{\"cell\": \"A1\", \"type\": \"string\", \"value\": \"แบบรายงานผลการส่งเสริมผลิตภัณฑ์ OTOP ในตลาดออนไลน์\"},"
                          "{\"cell\": \"A2\", \"type\": \"string\", \"value\": \"รอบที่ 2 (เมษายน - กันยายน 2567) ประจำปีงบประมาณ พ.ศ. 2567\"},"
                          "{\"cell\": \"B5\", \"type\": \"string\", \"value\": \"2701000001\"},"
                          "{\"cell\": \"C6\", \"type\": \"string\", \"value\": \"=1+1\"},"
                          "{\"cell\": \"J7\", \"type\": \"string\", \"value\": \"เมืองสระแก้ว\"},"
                          "{\"cell\": \"A8\", \"type\": \"blank\"},"
                          "{\"cell\": \"U5\", \"type\": \"number\", \"value\": 12500.5}]}]}",
                          form6);
  check_xlsx (json);
  g_clear_pointer (&json, g_free);
  back (page);

  /* Form 8: the proposal, its budget details and the typed total's warning */
  open_form (page, "แบบเสนอโครงการที่ใช้งบประมาณของราชการ");
  texts = wait_for_text (page, "57,948,000.00");
  g_assert_true (has_text (texts, "49,168,000.00"));
  g_clear_pointer (&texts, g_ptr_array_unref);
  form8 = export_form (page, "form8.xlsx");
  json = g_strdup_printf ("{\"file\": \"%s\", \"sheets\": ["
                          "{\"name\": \"แบบเสนอโครงการ\", \"cells\": ["
                          "{\"cell\": \"A1\", \"type\": \"string\", \"value\": \"แบบเสนอโครงการที่ใช้งบประมาณของราชการ\"}]},"
                          "{\"name\": \"รายละเอียดค่าใช้จ่าย\", \"cells\": ["
                          "{\"cell\": \"D6\", \"type\": \"formula\", \"value\": \"=D3\", \"cached\": 57948000}]}]}",
                          form8);
  check_xlsx (json);
  back (page);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_until_idle ();
}

static GtkWidget *
find_editor (void)
{
  GListModel *windows = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (windows); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (windows, i);

      if (THANRAK_IS_PROPOSAL_EDITOR (window))
        return GTK_WIDGET (window);
    }
  return NULL;
}

/* Types @text in the @n-th entry row titled @title (from 0). */
static void
type_in (GtkWidget  *widget,
         const char *title,
         guint       n,
         const char *text)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect (widget, ADW_TYPE_ENTRY_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) && n-- == 0)
      {
        gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (rows, i)), text);
        iterate_until_idle ();
        return;
      }
  g_error ("no entry “%s”", title);
}

static const char *
row_subtitle (GtkWidget  *widget,
              const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect (widget, ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title))
      return adw_action_row_get_subtitle (g_ptr_array_index (rows, i));
  g_error ("no row “%s”", title);
  return NULL;
}

/* A proposal written in the editor (seed 002's form 8): its lines' total
 * and words follow the typing, it is saved in the store, chosen on the
 * page, and exported with its budget formulas. */
static void
test_proposal_editor (void)
{
  gint64 center_id;
  g_autoptr(ThanrakStore) store = records_store ("editor.db", &center_id);
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (THANRAK_TYPE_REPORTS_PAGE, "store", store, NULL);
  g_autoptr(GPtrArray) texts = NULL;
  g_autofree char *output = NULL;
  g_autofree char *json = NULL;
  GtkWidget *editor;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 900);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  iterate_until_idle ();

  open_form (page, "แบบเสนอโครงการที่ใช้งบประมาณของราชการ");
  g_assert_true (gtk_widget_activate_action (page, "reports.new-proposal", NULL));
  iterate_until_idle ();
  editor = find_editor ();
  g_assert_nonnull (editor);

  type_in (editor, "ชื่อโครงการ", 0, "อบรมการขายสินค้าออนไลน์");
  type_in (editor, "หน่วยงานที่รับผิดชอบ", 0, "สำนักงานพัฒนาชุมชนอำเภอเมืองสระแก้ว");
  g_assert_true (gtk_widget_activate_action (editor, "proposal.add-line", NULL));
  iterate_until_idle ();
  type_in (editor, "รายการ", 0, "ค่าอาหารกลางวัน");
  type_in (editor, "จำนวน (หน่วย)", 0, "10");
  type_in (editor, "อัตรา (บาทต่อหน่วย)", 0, "240");
  g_assert_cmpstr (row_subtitle (editor, "งบประมาณรวม"), ==, "2,400 บาท");
  g_assert_true (gtk_widget_activate_action (editor, "proposal.add-line", NULL));
  iterate_until_idle ();
  type_in (editor, "รายการ", 1, "ค่าวัสดุอุปกรณ์");
  type_in (editor, "เป็นเงิน (บาท)", 1, "1,500.50");
  /* live total and words (BAHTTEXT) */
  g_assert_cmpstr (row_subtitle (editor, "งบประมาณรวม"), ==, "3,900.50 บาท");
  g_assert_cmpstr (row_subtitle (editor, "ตัวอักษร"), ==, "สามพันเก้าร้อยบาทห้าสิบสตางค์");

  g_assert_true (thanrak_proposal_editor_save (THANRAK_PROPOSAL_EDITOR (editor), &error));
  g_assert_no_error (error);
  iterate_until_idle ();
  g_assert_true (g_str_has_prefix (chosen (page, "โครงการที่เสนอ"), "อบรมการขายสินค้าออนไลน์"));
  gtk_window_destroy (GTK_WINDOW (editor));
  texts = wait_for_text (page, "3,900.50");
  g_assert_true (has_text (texts, "1,500.50"));

  output = export_form (page, "form8-editor.xlsx");
  json = g_strdup_printf ("{\"file\": \"%s\", \"sheets\": ["
                          "{\"name\": \"แบบเสนอโครงการ\", \"cells\": ["
                          "{\"cell\": \"A3\", \"type\": \"string\", \"value\": \"ชื่อโครงการ : อบรมการขายสินค้าออนไลน์\"}]},"
                          "{\"name\": \"รายละเอียดค่าใช้จ่าย\", \"formula_cells\": [\"D3\", \"D4\", \"D6\"], \"cells\": ["
                          "{\"cell\": \"A3\", \"type\": \"string\", \"value\": \"1) ค่าใช้สอย\"},"
                          "{\"cell\": \"D4\", \"type\": \"formula\", \"value\": \"=B4*C4\", \"cached\": 2400},"
                          "{\"cell\": \"D5\", \"type\": \"number\", \"value\": 1500.5},"
                          "{\"cell\": \"A6\", \"type\": \"string\", \"value\": \"ค่าใช้จ่ายรวมทั้งสิ้น (สามพันเก้าร้อยบาทห้าสิบสตางค์)\"},"
                          "{\"cell\": \"D6\", \"type\": \"formula\", \"value\": \"=D3\", \"cached\": 3900.5}]}]}",
                          output);
  check_xlsx (json);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_until_idle ();
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_dir (path);
      else
        g_remove (path);
    }
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  int ret;

  tmp_dir = g_dir_make_tmp ("thanrak-test-reports-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);
  g_setenv ("XDG_DATA_HOME", tmp_dir, TRUE);
  g_setenv ("LC_ALL", "th_TH.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "th", TRUE);
  if (setlocale (LC_ALL, "") == NULL)
    g_error ("The th_TH.UTF-8 locale is missing: run build-aux/setup.sh, which generates it.");
  bindtextdomain (GETTEXT_PACKAGE, TEST_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/reports-page/thai-digits", test_thai_digits);
  g_test_add_func ("/reports-page/record-forms", test_record_forms);
  g_test_add_func ("/reports-page/proposal-editor", test_proposal_editor);
  ret = g_test_run ();
  remove_dir (tmp_dir);
  g_free (tmp_dir);
  return ret;
}
