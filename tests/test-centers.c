/* test-centers.c: the centers page of the real window: checklist, grades,
 * proposals from services, validation and undo
 *
 * Runs under a display (xvfb-run) and a session bus (dbus-run-session).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "thanrak-application.h"
#include "thanrak-assessment.h"
#include "thanrak-center.h"
#include "thanrak-center-assessment.h"
#include "thanrak-centers-page.h"
#include "thanrak-bar-chart.h"
#include "thanrak-committees-page.h"
#include "thanrak-district-figures-page.h"
#include "thanrak-district-figures.h"
#include "thanrak-meeting.h"
#include "thanrak-model-enums.h"
#include "thanrak-overview-page.h"
#include "thanrak-satisfaction-survey.h"
#include "thanrak-service.h"
#include "records-builders.h"
#include "thanrak-store.h"
#include "thanrak-window.h"

static ThanrakApplication *app;
static char *data_home;

static void
iterate_until_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static GtkWidget *
find_descendant (GtkWidget  *widget,
                 GType       type,
                 const char *name)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (name == NULL || g_strcmp0 (gtk_widget_get_name (widget), name) == 0))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static ThanrakStore *
store (void)
{
  ThanrakStore *s = thanrak_application_get_store (app);

  g_assert_nonnull (s);
  return s;
}

static gint64
add_center (const char *district_code,
            const char *name)
{
  g_autoptr(ThanrakCenter) center = thanrak_center_new ();
  g_autoptr(GError) error = NULL;

  thanrak_record_set_string (THANRAK_RECORD (center), "name", name);
  thanrak_record_set_string (THANRAK_RECORD (center), "district-code", district_code);
  g_assert_true (thanrak_store_save (store (), THANRAK_RECORD (center), &error));
  g_assert_no_error (error);
  return thanrak_record_get_id (THANRAK_RECORD (center));
}

static ThanrakCentersPage *
open_centers (ThanrakWindow **window_out,
              gint64          center_id)
{
  ThanrakWindow *window = thanrak_window_new (app);
  ThanrakCentersPage *page;

  gtk_window_present (GTK_WINDOW (window));
  thanrak_window_set_page (window, "centers");
  iterate_until_idle ();
  page = THANRAK_CENTERS_PAGE (find_descendant (GTK_WIDGET (window), THANRAK_TYPE_CENTERS_PAGE, NULL));
  g_assert_nonnull (page);
  /* The window handed the page the application's store. */
  g_assert_true (thanrak_centers_page_get_store (page) == store ());
  g_assert_true (thanrak_centers_page_select_center (page, center_id));
  iterate_until_idle ();
  *window_out = window;
  return page;
}

static GtkCheckButton *
item_check (ThanrakCentersPage *page,
            const char         *id)
{
  g_autofree char *name = g_strdup_printf ("item-%s", id);
  GtkWidget *check = find_descendant (GTK_WIDGET (page), GTK_TYPE_CHECK_BUTTON, name);

  g_assert_nonnull (check);
  return GTK_CHECK_BUTTON (check);
}

static const char *
item_subtitle (ThanrakCentersPage *page,
               const char         *id)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (item_check (page, id)), ADW_TYPE_ACTION_ROW);

  g_assert_nonnull (row);
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

static const char *
total_text (ThanrakCentersPage *page)
{
  GtkWidget *box = find_descendant (GTK_WIDGET (page), GTK_TYPE_ACTION_BAR, NULL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  g_assert_nonnull (box);
  collect (box, GTK_TYPE_LABEL, labels);
  g_assert_cmpuint (labels->len, ==, 3);
  return gtk_label_get_label (g_ptr_array_index (labels, 1));
}

/* Ticks items of the aspects with several items, as a person pressing
 * the rows would, until the total is @target. */
static void
tick_until (ThanrakCentersPage *page,
            int                 target)
{
  guint n_items;
  const ThanrakAssessmentItem *items = thanrak_assessment_get_items (&n_items);

  for (guint i = 0; i < n_items && thanrak_centers_page_get_total (page) < target; i++)
    {
      GtkCheckButton *check;
      GtkWidget *row;

      if (items[i].aspect >= 9)
        continue;
      check = item_check (page, items[i].id);
      if (gtk_check_button_get_active (check) ||
          thanrak_centers_page_get_total (page) + items[i].points > target)
        continue;
      row = gtk_widget_get_ancestor (GTK_WIDGET (check), ADW_TYPE_ACTION_ROW);
      g_assert_true (gtk_widget_activate (row));
      g_assert_true (gtk_check_button_get_active (check));
    }
  g_assert_cmpint (thanrak_centers_page_get_total (page), ==, target);
}

static void
test_centers_checklist_grades (void)
{
  gint64 id = add_center ("2709", "ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอวังสมบูรณ์");
  ThanrakWindow *window;
  ThanrakCentersPage *page = open_centers (&window, id);
  g_autofree char *expected = NULL;

  /* Nothing recorded yet: the records propose that 2.1 is not met, and
   * its guidance is shown. */
  g_assert_false (gtk_check_button_get_active (item_check (page, "2.1")));
  g_assert_nonnull (strstr (item_subtitle (page, "2.1"), "เสนอจากข้อมูลที่บันทึก: ไม่ผ่าน"));
  g_assert_nonnull (strstr (item_subtitle (page, "2.1"), "แนวทางการพัฒนา"));
  g_assert_cmpint (thanrak_centers_page_get_total (page), ==, 0);

  tick_until (page, 19);
  g_assert_cmpstr (total_text (page), ==, "19 จาก 50 คะแนน");
  g_assert_cmpstr (thanrak_centers_page_get_grade_text (page), ==, "C ปรับปรุง");
  tick_until (page, 20);
  g_assert_cmpstr (total_text (page), ==, "20 จาก 50 คะแนน");
  g_assert_cmpstr (thanrak_centers_page_get_grade_text (page), ==, "B พอใช้");
  tick_until (page, 35);
  g_assert_cmpstr (thanrak_centers_page_get_grade_text (page), ==, "B พอใช้");
  tick_until (page, 36);
  g_assert_cmpstr (total_text (page), ==, "36 จาก 50 คะแนน");
  g_assert_cmpstr (thanrak_centers_page_get_grade_text (page), ==, "A ดี");

  /* A held item shows no guidance; unticking it brings the guidance back. */
  g_assert_true (gtk_check_button_get_active (item_check (page, "1.1")));
  g_assert_null (strstr (item_subtitle (page, "1.1"), "แนวทางการพัฒนา"));
  gtk_widget_activate (gtk_widget_get_ancestor (GTK_WIDGET (item_check (page, "1.1")), ADW_TYPE_ACTION_ROW));
  g_assert_nonnull (strstr (item_subtitle (page, "1.1"), "แนวทางการพัฒนา"));
  gtk_widget_activate (gtk_widget_get_ancestor (GTK_WIDGET (item_check (page, "1.1")), ADW_TYPE_ACTION_ROW));
  g_assert_cmpint (thanrak_centers_page_get_total (page), ==, 36);

  /* Saved, the assessment comes back when the center is shown again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "centers.save-assessment", NULL));
  gtk_window_destroy (GTK_WINDOW (window));
  iterate_until_idle ();
  page = open_centers (&window, id);
  g_assert_cmpint (thanrak_centers_page_get_total (page), ==, 36);
  g_assert_cmpstr (thanrak_centers_page_get_grade_text (page), ==, "A ดี");
  expected = g_strdup ("36 จาก 50 คะแนน");
  g_assert_cmpstr (total_text (page), ==, expected);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_until_idle ();
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

/* Fills the open dialog's text rows in order. */
static void
fill_dialog (AdwMessageDialog   *dialog,
             const char * const *texts)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, rows);
  for (guint i = 0; texts[i] != NULL; i++)
    {
      g_assert_cmpuint (i, <, rows->len);
      gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (rows, i)), texts[i]);
    }
}

static void
add_service (ThanrakCentersPage *page,
             const char         *date,
             const char         *title)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  AdwMessageDialog *dialog;
  GtkButton *add = NULL;

  collect (GTK_WIDGET (page), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (buttons, i)), "เพิ่มการให้บริการ") == 0)
      add = g_ptr_array_index (buttons, i);
  g_assert_nonnull (add);
  g_signal_emit_by_name (add, "clicked");
  iterate_until_idle ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);

  /* Date, title, people served, notes: without a title Save is disabled
   * and the model's message is shown. */
  fill_dialog (dialog, (const char *[]) { date, "", "25", "พัฒนาชุมชนจังหวัด", NULL });
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  fill_dialog (dialog, (const char *[]) { date, title, NULL });
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));
  adw_message_dialog_response (dialog, "save");
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate_until_idle ();
}

static void
test_centers_services_propose_item9 (void)
{
  gint64 id = add_center ("4301", "ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอเมืองหนองคาย");
  ThanrakWindow *window;
  ThanrakCentersPage *page = open_centers (&window, id);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_strdup_printf ("%d/%d/%d", g_date_time_get_day_of_month (now),
                                            g_date_time_get_month (now), g_date_time_get_year (now) + 543);

  /* No services: item 9 proposes none of its items. */
  g_assert_true (gtk_check_button_get_active (item_check (page, "9-none")));
  g_assert_false (gtk_check_button_get_active (item_check (page, "9.1")));

  add_service (page, today, "ให้คำปรึกษาการจดทะเบียน OTOP");
  g_assert_true (gtk_check_button_get_active (item_check (page, "9.1")));
  g_assert_nonnull (strstr (item_subtitle (page, "9.1"), "เสนอจากข้อมูลที่บันทึก: ผ่าน"));
  g_assert_false (gtk_check_button_get_active (item_check (page, "9-none")));
  /* The service is at the center: 6.1 is proposed too. */
  g_assert_true (gtk_check_button_get_active (item_check (page, "6.1")));

  /* Thirteen services move the proposal to 9.2. */
  for (int i = 2; i <= 13; i++)
    {
      g_autofree char *title = g_strdup_printf ("บริการครั้งที่ %d", i);
      add_service (page, today, title);
    }
  g_assert_false (gtk_check_button_get_active (item_check (page, "9.1")));
  g_assert_true (gtk_check_button_get_active (item_check (page, "9.2")));
  g_assert_nonnull (strstr (item_subtitle (page, "9.2"), "เสนอจากข้อมูลที่บันทึก: ผ่าน"));

  /* Deleting a service (undo is offered) moves the proposal back to 9.1. */
  {
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
    GtkWidget *delete = NULL;

    collect (GTK_WIDGET (page), GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len; i++)
      {
        const char *tip = gtk_widget_get_tooltip_text (g_ptr_array_index (buttons, i));
        if (tip != NULL && g_str_has_prefix (tip, "ลบ “") && strstr (tip, "บริการครั้งที่ 13") != NULL)
          delete = g_ptr_array_index (buttons, i);
      }
    g_assert_nonnull (delete);
    g_signal_emit_by_name (delete, "clicked");
    iterate_until_idle ();
    g_assert_true (gtk_check_button_get_active (item_check (page, "9.1")));
    g_assert_false (gtk_check_button_get_active (item_check (page, "9.2")));
    add_service (page, today, "บริการครั้งที่ 13");
    g_assert_true (gtk_check_button_get_active (item_check (page, "9.2")));
  }

  /* A satisfaction survey of the year proposes its item of aspect 10. */
  {
    g_autoptr(GObject) survey = G_OBJECT (thanrak_satisfaction_survey_new ());
    g_autoptr(GError) error = NULL;
    g_autoptr(GDateTime) then = g_date_time_new_now_local ();
    g_autofree char *iso = g_date_time_format (then, "%Y-%m-%d");
    int year = (int) gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (find_descendant (GTK_WIDGET (page), GTK_TYPE_SPIN_BUTTON, NULL)));

    g_assert_false (gtk_check_button_get_active (item_check (page, "10.3")));
    thanrak_record_set_number (THANRAK_RECORD (survey), "center-id", id);
    thanrak_record_set_number (THANRAK_RECORD (survey), "fiscal-year", year);
    thanrak_record_set_string (THANRAK_RECORD (survey), "survey-date", iso);
    thanrak_record_set_number (THANRAK_RECORD (survey), "respondents", 40);
    thanrak_record_set_number (THANRAK_RECORD (survey), "level", THANRAK_SATISFACTION_LEVEL_HIGH);
    g_assert_true (thanrak_store_save (store (), THANRAK_RECORD (survey), &error));
    g_assert_no_error (error);
    g_assert_true (thanrak_centers_page_select_center (page, id));
    g_assert_true (gtk_check_button_get_active (item_check (page, "10.3")));
    g_assert_nonnull (strstr (item_subtitle (page, "10.3"), "เสนอจากข้อมูลที่บันทึก: ผ่าน"));
  }

  /* The person may answer otherwise: choosing 9.3 overrides. */
  gtk_widget_activate (gtk_widget_get_ancestor (GTK_WIDGET (item_check (page, "9.3")), ADW_TYPE_ACTION_ROW));
  g_assert_true (gtk_check_button_get_active (item_check (page, "9.3")));
  g_assert_false (gtk_check_button_get_active (item_check (page, "9.2")));
  g_assert_nonnull (strstr (item_subtitle (page, "9.2"), "ตอบเป็นอย่างอื่น"));

  /* Saving with items of aspects 9 and 10 held keeps them as the year's
   * service count and satisfaction level, and the yes/no items as
   * answers (the record takes only items 1.1 to 8.3). */
  gtk_widget_activate (gtk_widget_get_ancestor (GTK_WIDGET (item_check (page, "9.2")), ADW_TYPE_ACTION_ROW));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "centers.save-assessment", NULL));
  iterate_until_idle ();
  {
    ThanrakStoreQuery query = { .parent_field = "center-id", .parent_id = id };
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) saved = thanrak_store_list (store (), THANRAK_TYPE_CENTER_ASSESSMENT, &query, &error);
    int services = 0, satisfaction = 0;

    g_assert_no_error (error);
    g_assert_cmpuint (saved->len, ==, 1);
    g_object_get (g_ptr_array_index (saved, 0), "service-count", &services, "satisfaction", &satisfaction, NULL);
    g_assert_cmpint (services, ==, 13);
    g_assert_cmpint (satisfaction, ==, THANRAK_SATISFACTION_LEVEL_HIGH);
    g_assert_true (thanrak_center_assessment_get_answer (g_ptr_array_index (saved, 0), "6.1"));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_until_idle ();
}

static GtkWidget *
save_button (ThanrakCentersPage *page)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (GTK_WIDGET (page), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), "centers.save") == 0)
      return g_ptr_array_index (buttons, i);
  g_assert_not_reached ();
}

static void
select_by_name (AdwComboRow *row,
                const char  *name)
{
  GListModel *names = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i), name) == 0)
      {
        adw_combo_row_set_selected (row, i);
        return;
      }
  g_assert_not_reached ();
}

static void
test_centers_one_per_district (void)
{
  ThanrakWindow *window;
  ThanrakCentersPage *page;
  gint64 id = add_center ("4302", "ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอท่าบ่อ");
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  AdwEntryRow *name_row = NULL;

  page = open_centers (&window, id);
  collect (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), "ชื่อศูนย์บริการส่งเสริมเศรษฐกิจฐานราก") == 0)
      name_row = g_ptr_array_index (rows, i);
  g_assert_nonnull (name_row);

  /* An empty name is the model's error, on the field; Save is disabled. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (name_row), "error"));
  g_assert_false (gtk_widget_get_sensitive (save_button (page)));
  gtk_editable_set_text (GTK_EDITABLE (name_row), "ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอท่าบ่อ");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (name_row), "error"));
  g_assert_true (gtk_widget_get_sensitive (save_button (page)));

  /* A new center is put in the province of the others (สระแก้ว, from
   * the center of วังสมบูรณ์ listed first) and named by the rule when its
   * district is chosen; a district with a center already is refused. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "centers.add", NULL));
  {
    g_autoptr(GPtrArray) combos = g_ptr_array_new ();
    AdwComboRow *district;

    collect (GTK_WIDGET (page), ADW_TYPE_COMBO_ROW, combos);
    district = g_ptr_array_index (combos, 1);
    select_by_name (district, "วังน้ำเย็น");
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==,
                     "ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอวังน้ำเย็น");
    g_assert_true (gtk_widget_get_sensitive (save_button (page)));

    select_by_name (district, "วังสมบูรณ์");
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==,
                     "ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอวังสมบูรณ์");
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (district), "error"));
    g_assert_false (gtk_widget_get_sensitive (save_button (page)));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_until_idle ();
}

/* Adds a member through the page's dialog: combos are committee,
 * position, quota; texts are title, name, organisation, phone, term
 * start and end. */
static void
add_member (ThanrakCommitteesPage *page,
            guint                  position,
            guint                  quota,
            const char            *name,
            const char            *term_end)
{
  g_autoptr(GPtrArray) combos = g_ptr_array_new ();
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "committees.add-member", "i", 0));
  iterate_until_idle ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  collect (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, combos);
  g_assert_cmpuint (combos->len, ==, 3);
  adw_combo_row_set_selected (g_ptr_array_index (combos, 1), position);
  adw_combo_row_set_selected (g_ptr_array_index (combos, 2), quota);
  /* Without a name Save is disabled. */
  fill_dialog (dialog, (const char *[]) { "นาย", "", "", "", "1/10/2568", term_end, NULL });
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  fill_dialog (dialog, (const char *[]) { "นาย", name, NULL });
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));
  adw_message_dialog_response (dialog, "save");
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate_until_idle ();
}

static void
test_committees_checks_clear (void)
{
  gint64 id = add_center ("2701", "ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอเมืองสระแก้ว");
  ThanrakWindow *window = thanrak_window_new (app);
  ThanrakCommitteesPage *page;
  GtkRevealer *revealer;
  GDate today;
  g_autoptr(ThanrakMeeting) meeting = thanrak_meeting_new ();
  g_autoptr(GError) error = NULL;

  gtk_window_present (GTK_WINDOW (window));
  thanrak_window_set_page (window, "committees");
  iterate_until_idle ();
  page = THANRAK_COMMITTEES_PAGE (find_descendant (GTK_WIDGET (window), THANRAK_TYPE_COMMITTEES_PAGE, NULL));
  g_assert_nonnull (page);
  g_assert_true (thanrak_committees_page_get_store (page) == store ());
  g_assert_true (thanrak_committees_page_select_center (page, id));
  /* 23 November 2569 (CE 2026): no quarter of fiscal year 2570 is over. */
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 23, G_DATE_NOVEMBER, 2026);
  thanrak_committees_page_set_today (page, &today);
  revealer = GTK_REVEALER (find_descendant (GTK_WIDGET (page), GTK_TYPE_REVEALER, NULL));

  /* No members: size, chair, secretary and both quotas are missing. */
  g_assert_cmpuint (thanrak_committees_page_get_n_findings (page), ==, 5);
  g_assert_true (gtk_revealer_get_reveal_child (revealer));

  add_member (page, THANRAK_COMMITTEE_POSITION_CHAIR, THANRAK_COMMITTEE_QUOTA_DISTRICT_CHIEF, "ประธาน ใจดี", "30/9/2571");
  add_member (page, THANRAK_COMMITTEE_POSITION_SECRETARY, THANRAK_COMMITTEE_QUOTA_CD_OFFICER, "เลขา ขยัน", "30/9/2571");
  g_assert_cmpuint (thanrak_committees_page_get_n_findings (page), ==, 3);
  for (int i = 0; i < 5; i++)
    {
      g_autofree char *name = g_strdup_printf ("ผู้แทนหน่วยงาน %d", i + 1);
      add_member (page, THANRAK_COMMITTEE_POSITION_MEMBER, THANRAK_COMMITTEE_QUOTA_AGENCY, name, "30/9/2571");
    }
  g_assert_cmpuint (thanrak_committees_page_get_n_findings (page), ==, 2);
  for (int i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("ผู้แทนเครือข่าย %d", i + 1);
      add_member (page, THANRAK_COMMITTEE_POSITION_MEMBER, THANRAK_COMMITTEE_QUOTA_NETWORK, name, "30/9/2571");
    }
  /* 10 members, 3 of networks: still too few, and the quota. */
  g_assert_cmpuint (thanrak_committees_page_get_n_findings (page), ==, 2);
  g_assert_true (gtk_revealer_get_reveal_child (revealer));

  /* The 11th, whose term ended on 30 September 2569: only that is left. */
  add_member (page, THANRAK_COMMITTEE_POSITION_MEMBER, THANRAK_COMMITTEE_QUOTA_NETWORK, "ผู้แทนเครือข่าย 4", "30/9/2569");
  g_assert_cmpuint (thanrak_committees_page_get_n_findings (page), ==, 1);
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (find_descendant (GTK_WIDGET (revealer), GTK_TYPE_LABEL, NULL))),
                            "นายผู้แทนเครือข่าย 4"));

  /* Renewing the term, in the member's dialog, clears the checks. */
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();
    AdwMessageDialog *dialog;
    GtkListBoxRow *row = NULL;

    collect (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, rows);
    for (guint i = 0; i < rows->len; i++)
      if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), "นายผู้แทนเครือข่าย 4") == 0)
        row = g_ptr_array_index (rows, i);
    g_assert_nonnull (row);
    g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (row)), "row-activated", row);
    iterate_until_idle ();
    dialog = find_dialog ();
    g_assert_nonnull (dialog);
    fill_dialog (dialog, (const char *[]) { "นาย", "ผู้แทนเครือข่าย 4", "", "", "1/10/2569", "30/9/2572", NULL });
    adw_message_dialog_response (dialog, "save");
    gtk_window_destroy (GTK_WINDOW (dialog));
    iterate_until_idle ();
  }
  g_assert_cmpuint (thanrak_committees_page_get_n_findings (page), ==, 0);
  g_assert_false (gtk_revealer_get_reveal_child (revealer));

  /* In January 2570 the first quarter of fiscal year 2570 is over without a
   * meeting; a meeting in November clears it. */
  g_date_set_dmy (&today, 15, G_DATE_JANUARY, 2027);
  thanrak_committees_page_set_today (page, &today);
  g_assert_cmpuint (thanrak_committees_page_get_n_findings (page), ==, 1);
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  thanrak_record_set_number (THANRAK_RECORD (meeting), "center-id", id);
  thanrak_record_set_string (THANRAK_RECORD (meeting), "meeting-date", "2026-11-10");
  thanrak_record_set_string (THANRAK_RECORD (meeting), "agenda", "ประชุมประจำไตรมาส");
  g_assert_true (thanrak_store_save (store (), THANRAK_RECORD (meeting), &error));
  g_assert_no_error (error);
  g_assert_true (thanrak_committees_page_select_center (page, id));
  g_assert_cmpuint (thanrak_committees_page_get_n_findings (page), ==, 0);
  g_assert_false (gtk_revealer_get_reveal_child (revealer));

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_until_idle ();
}

static GtkWidget *
save_figures_button (ThanrakDistrictFiguresPage *page)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (GTK_WIDGET (page), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), "figures.save") == 0)
      return g_ptr_array_index (buttons, i);
  g_assert_not_reached ();
}

static void
test_district_figures_out_of_line (void)
{
  /* Seed 004: sales 1 Apr - 30 Sep 2563 of the districts of สระแก้ว, baht. */
  static const struct { const char *code; const char *sales; } seed[] = {
    { "2701", "68,302,860" }, { "2702", "51,329,000" }, { "2703", "38,490,500" },
    { "2704", "32,023,200" }, { "2705", "56,133,031" }, { "2706", "83,999,900" },
    { "2707", "18,113,128" }, { "2708", "22,201,820" }, { "2709", "2,172,561,200" },
  };
  ThanrakWindow *window = thanrak_window_new (app);
  ThanrakDistrictFiguresPage *page;
  GtkWidget *entry;
  GtkRevealer *revealer;
  ThanrakStoreQuery query = { 0 };
  g_autoptr(GPtrArray) saved = NULL;
  g_autoptr(GError) error = NULL;

  gtk_window_present (GTK_WINDOW (window));
  thanrak_window_set_page (window, "district-figures");
  iterate_until_idle ();
  g_assert_cmpstr (thanrak_window_get_page (window), ==, "district-figures");
  page = THANRAK_DISTRICT_FIGURES_PAGE (find_descendant (GTK_WIDGET (window), THANRAK_TYPE_DISTRICT_FIGURES_PAGE, NULL));
  g_assert_nonnull (page);
  g_assert_true (thanrak_district_figures_page_get_store (page) == store ());
  thanrak_district_figures_page_show (page, "27", 2564);
  revealer = GTK_REVEALER (find_descendant (GTK_WIDGET (page), GTK_TYPE_REVEALER, NULL));
  g_assert_false (gtk_revealer_get_reveal_child (revealer));

  for (guint i = 0; i < G_N_ELEMENTS (seed); i++)
    {
      g_autofree char *name = g_strdup_printf ("sales-satang-%s", seed[i].code);
      entry = find_descendant (GTK_WIDGET (page), GTK_TYPE_ENTRY, name);
      g_assert_nonnull (entry);
      gtk_editable_set_text (GTK_EDITABLE (entry), seed[i].sales);
    }
  /* วังสมบูรณ์'s base, about 48 times the median of its neighbours */
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  g_assert_nonnull (strstr (thanrak_district_figures_page_get_warnings (page), "วังสมบูรณ์"));
  g_assert_null (strstr (thanrak_district_figures_page_get_warnings (page), "อรัญประเทศ"));
  g_assert_true (gtk_widget_has_css_class (entry, "warning"));

  /* Something that is not an amount: the field is marked, Save disabled. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "2,172,561,200 บาท x");
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_false (gtk_widget_get_sensitive (save_figures_button (page)));

  /* Corrected to a tenth of it, in line with the others: no warning. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "21,725,612");
  g_assert_false (gtk_widget_has_css_class (entry, "error"));
  g_assert_false (gtk_revealer_get_reveal_child (revealer));
  g_assert_cmpstr (thanrak_district_figures_page_get_warnings (page), ==, "");

  /* Saved as district figures of 2564, in satang. */
  g_assert_true (gtk_widget_get_sensitive (save_figures_button (page)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "figures.save", NULL));
  query.fiscal_year = 2564;
  query.district_code = "2709";
  saved = thanrak_store_list (store (), THANRAK_TYPE_DISTRICT_FIGURES, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (saved->len, ==, 1);
  g_assert_cmpint (thanrak_record_get_number (g_ptr_array_index (saved, 0), "sales-satang"), ==, (gint64) 2172561200);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_until_idle ();
}

/* The toast button that restores a draft, or NULL. */
static GtkButton *
restore_button (GtkWidget *within)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (within, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), _("_Restore")) == 0)
      return g_ptr_array_index (buttons, i);
  return NULL;
}

static AdwEntryRow *
entry_row (GtkWidget  *within,
           const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect (within, ADW_TYPE_ENTRY_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);
  g_assert_not_reached ();
}

static char *
text_view_text (GtkTextView *view)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  return gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE);
}

/* The operations report's fields: the seed's labels, the model's message
 * on the field; and what is typed and ticked and not saved is a draft,
 * written when the window closes and offered back by the next window. */
static void
test_centers_report_fields_and_draft (void)
{
  ThanrakWindow *window;
  ThanrakCentersPage *page;
  gint64 id = add_center ("2705", "ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอวัฒนานคร");
  g_autofree char *draft = g_build_filename (data_home, "thanrak", "drafts", "centers.ini", NULL);
  g_autofree char *media = NULL;
  AdwEntryRow *reporter, *position;
  GtkTextView *media_view;
  GtkButton *restore;
  int total;

  page = open_centers (&window, id);
  reporter = entry_row (GTK_WIDGET (page), "ผู้รายงาน");
  position = entry_row (GTK_WIDGET (page), "ตำแหน่ง");
  media_view = GTK_TEXT_VIEW (find_descendant (GTK_WIDGET (page), GTK_TYPE_TEXT_VIEW, NULL));
  g_assert_nonnull (media_view);

  /* A position under no name: the model's message, on the reporter's row. */
  gtk_editable_set_text (GTK_EDITABLE (position), "พัฒนาการอำเภอวัฒนานคร");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (reporter), "error"));
  g_assert_false (gtk_widget_get_sensitive (save_button (page)));
  gtk_editable_set_text (GTK_EDITABLE (reporter), "นางสาวสมใจ รักงาน");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (reporter), "error"));
  g_assert_true (gtk_widget_get_sensitive (save_button (page)));

  /* typed and ticked, not saved; the window is closed */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (media_view), "- แผ่นพับ\n- วารสาร", -1);
  total = thanrak_centers_page_get_total (page);
  gtk_check_button_set_active (item_check (page, "2.3"), TRUE);
  g_assert_cmpint (thanrak_centers_page_get_total (page), ==, total + 1);
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));  /* written a moment later */
  gtk_window_destroy (GTK_WINDOW (window));
  iterate_until_idle ();
  g_assert_true (g_file_test (draft, G_FILE_TEST_EXISTS));

  /* the next window offers it back; restoring gives back what was typed */
  page = open_centers (&window, id);
  g_assert_false (gtk_check_button_get_active (item_check (page, "2.3")));
  restore = restore_button (GTK_WIDGET (page));
  g_assert_nonnull (restore);
  g_signal_emit_by_name (restore, "clicked");
  iterate_until_idle ();
  g_assert_true (gtk_check_button_get_active (item_check (page, "2.3")));
  g_assert_cmpint (thanrak_centers_page_get_total (page), ==, total + 1);
  media = text_view_text (media_view = GTK_TEXT_VIEW (find_descendant (GTK_WIDGET (page), GTK_TYPE_TEXT_VIEW, NULL)));
  g_assert_cmpstr (media, ==, "- แผ่นพับ\n- วารสาร");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row (GTK_WIDGET (page), "ผู้รายงาน"))), ==,
                   "นางสาวสมใจ รักงาน");

  /* choosing another center first asks to save: Cancel keeps the edits */
  {
    gint64 other = add_center ("2706", "ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภออรัญประเทศ");
    AdwMessageDialog *question;

    g_assert_false (thanrak_centers_page_select_center (page, other));
    iterate_until_idle ();
    question = find_dialog ();
    g_assert_nonnull (question);
    adw_message_dialog_response (question, "cancel");
    gtk_window_destroy (GTK_WINDOW (question));
    iterate_until_idle ();
    g_assert_true (gtk_check_button_get_active (item_check (page, "2.3")));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row (GTK_WIDGET (page), "ผู้รายงาน"))), ==,
                     "นางสาวสมใจ รักงาน");
  }

  /* saved, the center and then its assessment: the draft is gone */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "centers.save", NULL));
  iterate_until_idle ();
  g_assert_true (gtk_check_button_get_active (item_check (page, "2.3")));  /* still ticked, not saved */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "centers.save-assessment", NULL));
  iterate_until_idle ();
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
  {
    g_autoptr(ThanrakRecord) saved = thanrak_store_load (store (), THANRAK_TYPE_CENTER, id, NULL);

    g_assert_cmpstr (thanrak_record_get_string (saved, "media"), ==, "- แผ่นพับ\n- วารสาร");
    g_assert_cmpstr (thanrak_record_get_string (saved, "reporter-position"), ==, "พัฒนาการอำเภอวัฒนานคร");
  }

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_until_idle ();
}

static void
test_overview_charts (void)
{
  ThanrakWindow *window = thanrak_window_new (app);
  g_autoptr(GPtrArray) charts = g_ptr_array_new ();
  gint64 districts = 0;
  g_autoptr(GPtrArray) places = NULL;

  /* The centers of the tests before are in สระแก้ว (27) and หนองคาย;
   * the province shown is that of the first center by district code. */
  add_center ("2703", "ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอตาพระยา");
  places = thanrak_store_list_places (store (), "27", NULL);
  districts = places->len;
  gtk_window_present (GTK_WINDOW (window));
  thanrak_window_set_page (window, "overview");
  iterate_until_idle ();
  collect (GTK_WIDGET (window), THANRAK_TYPE_BAR_CHART, charts);
  g_assert_cmpuint (charts->len, ==, 3);
  /* One row per district, and A, B, C and not assessed. */
  g_assert_cmpuint (thanrak_bar_chart_get_n_rows (g_ptr_array_index (charts, 0)), ==, districts);
  g_assert_cmpuint (thanrak_bar_chart_get_n_rows (g_ptr_array_index (charts, 1)), ==, 4);
  g_assert_true (gtk_widget_get_height (g_ptr_array_index (charts, 0)) > 0);

  /* FY 2564 (seed 004): the district figures test saved สระแก้ว's bases,
   * but no record holds results: no level is drawn from bases alone, and
   * the page names the results a level needs. */
  {
    GtkWidget *overview = find_descendant (GTK_WIDGET (window), THANRAK_TYPE_OVERVIEW_PAGE, NULL);
    GtkSpinButton *year = GTK_SPIN_BUTTON (find_descendant (overview, GTK_TYPE_SPIN_BUTTON, NULL));
    g_autoptr(GPtrArray) labels = g_ptr_array_new ();
    const char *caption = NULL;

    gtk_spin_button_set_value (year, 2564);
    iterate_until_idle ();
    g_assert_cmpuint (thanrak_bar_chart_get_n_rows (g_ptr_array_index (charts, 2)), ==, districts);
    collect (overview, GTK_TYPE_LABEL, labels);
    for (guint i = 0; i < labels->len; i++)
      if (strstr (gtk_label_get_label (g_ptr_array_index (labels, i)), "แต่ละอำเภอมีแท่งละหนึ่งเกณฑ์ตัวชี้วัด") != NULL)
        caption = gtk_label_get_label (g_ptr_array_index (labels, i));
    g_assert_nonnull (caption);
    g_assert_nonnull (strstr (caption, "ยังไม่ได้บันทึกไว้"));
    g_assert_nonnull (strstr (caption, "ยอดจำหน่ายสินค้า OTOP ปี 2564 (1 เม.ย. - 30 ก.ย. 64) (บาท)"));
    g_assert_nonnull (strstr (caption, "จำนวนผลิตภัณฑ์ OTOP ที่จำหน่ายในตลาดออนไลน์"));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_until_idle ();
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int ret;

  data_home = g_dir_make_tmp ("thanrak-test-centers-XXXXXX", NULL);
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_setenv ("LC_ALL", "th_TH.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "th", TRUE);
  if (setlocale (LC_ALL, "") == NULL)
    g_error ("The th_TH.UTF-8 locale is missing: run build-aux/setup.sh, which generates it.");
  bindtextdomain (GETTEXT_PACKAGE, TEST_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* an office is set: the pages show, not the first-run screen */
  {
    g_autoptr(ThanrakStore) store = thanrak_store_new (NULL, &error);

    g_assert_no_error (error);
    records_set_office (store);
  }

  app = thanrak_application_new (G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/centers/checklist-grades", test_centers_checklist_grades);
  g_test_add_func ("/centers/services-propose-item9", test_centers_services_propose_item9);
  g_test_add_func ("/centers/validation-and-naming", test_centers_one_per_district);
  g_test_add_func ("/centers/report-fields-and-draft", test_centers_report_fields_and_draft);
  g_test_add_func ("/committees/checks-clear", test_committees_checks_clear);
  g_test_add_func ("/district-figures/out-of-line", test_district_figures_out_of_line);
  g_test_add_func ("/overview/charts", test_overview_charts);

  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
