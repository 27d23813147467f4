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
#include "thanrak-reports-page.h"
#include "thanrak-store.h"

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
        adw_action_row_activate (g_ptr_array_index (rows, i));
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
  ret = g_test_run ();
  remove_dir (tmp_dir);
  g_free (tmp_dir);
  return ret;
}
