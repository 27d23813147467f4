/* test-window.c: the application window, its pages, and its Thai face
 *
 * Runs under a display (xvfb-run) and a session bus (dbus-run-session).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "thanrak-application.h"
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
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_sidebar_list (GtkWidget *widget)
{
  if (GTK_IS_LIST_BOX (widget) && gtk_widget_has_css_class (widget, "navigation-sidebar"))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_sidebar_list (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The window's sidebar, not a list of a page. */
static GtkListBox *
find_sidebar (ThanrakWindow *window)
{
  GtkWidget *list = find_sidebar_list (GTK_WIDGET (window));

  g_assert_nonnull (list);
  return GTK_LIST_BOX (list);
}

static const char *
row_title (GtkListBoxRow *row)
{
  GtkWidget *label = find_descendant (GTK_WIDGET (row), GTK_TYPE_LABEL);

  g_assert_nonnull (label);
  return gtk_label_get_label (GTK_LABEL (label));
}

static ThanrakWindow *
open_window (void)
{
  ThanrakWindow *window = thanrak_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  iterate_until_idle ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  return window;
}

static void
test_window_shows_pages (void)
{
  static const char *pages[] = {
    "overview", "centers", "committees", "district-figures", "operators", "products", "channels", "events", "reports",
  };
  ThanrakWindow *window = open_window ();
  GtkListBox *sidebar = find_sidebar (window);

  g_assert_cmpstr (thanrak_window_get_page (window), ==, "overview");

  /* Every sidebar row, selected as a click or the keyboard would, shows
   * the page of the same name. */
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (sidebar, i);

      g_assert_nonnull (row);
      g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (row)), ==, pages[i]);
      gtk_list_box_select_row (sidebar, row);
      iterate_until_idle ();
      g_assert_cmpstr (thanrak_window_get_page (window), ==, pages[i]);
    }
  g_assert_null (gtk_list_box_get_row_at_index (sidebar, G_N_ELEMENTS (pages)));

  /* Alt+N reaches the same pages without the mouse. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page-index", "i", 4));
  g_assert_cmpstr (thanrak_window_get_page (window), ==, "operators");
  g_assert_true (gtk_list_box_get_selected_row (sidebar) == gtk_list_box_get_row_at_index (sidebar, 4));

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_until_idle ();
}

static void
test_window_thai_titles (void)
{
  static const struct {
    const char *page;
    const char *title;
  } expected[] = {
    { "overview", "ภาพรวม" },
    { "centers", "ศูนย์ฯ" },
    { "committees", "คณะกรรมการ" },
    { "district-figures", "ข้อมูลรายอำเภอ" },
    { "operators", "ผู้ประกอบการ OTOP" },
    { "products", "ผลิตภัณฑ์" },
    { "channels", "ช่องทางออนไลน์" },
    { "events", "กิจกรรมส่งเสริมการตลาด" },
    { "reports", "รายงาน" },
  };
  ThanrakWindow *window = open_window ();
  GtkListBox *sidebar = find_sidebar (window);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "ฐานราก");
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (sidebar, i);

      g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (row)), ==, expected[i].page);
      g_assert_cmpstr (row_title (row), ==, expected[i].title);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_until_idle ();
}

static void
test_window_remembers_page (void)
{
  GSettings *settings = thanrak_application_get_settings (app);
  ThanrakWindow *window = open_window ();

  thanrak_window_set_page (window, "products");
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_close (GTK_WINDOW (window));
  iterate_until_idle ();
  {
    g_autofree char *page = g_settings_get_string (settings, "last-page");
    int width, height;

    g_assert_cmpstr (page, ==, "products");
    g_settings_get (settings, "window-size", "(ii)", &width, &height);
    g_assert_cmpint (width, ==, 1000);
    g_assert_cmpint (height, ==, 700);
  }

  window = open_window ();
  g_assert_cmpstr (thanrak_window_get_page (window), ==, "products");
  gtk_window_destroy (GTK_WINDOW (window));
  iterate_until_idle ();
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return GTK_WINDOW (window);
    }
  return NULL;
}

static void
test_window_about_and_preferences (void)
{
  ThanrakWindow *window = open_window ();
  GtkWindow *about;
  GtkWindow *prefs;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  iterate_until_idle ();
  about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (about)));
  g_assert_cmpstr (adw_about_window_get_application_name (ADW_ABOUT_WINDOW (about)), ==, "ฐานราก");
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  gtk_window_destroy (about);

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  iterate_until_idle ();
  prefs = find_toplevel (ADW_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (prefs);
  g_assert_true (gtk_window_get_transient_for (prefs) == GTK_WINDOW (window));
  gtk_window_destroy (prefs);

  g_action_group_activate_action (G_ACTION_GROUP (app), "shortcuts", NULL);
  iterate_until_idle ();
  g_assert_nonnull (find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW));
  gtk_window_destroy (find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW));

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_until_idle ();
}

static void
test_window_dark_style_setting (void)
{
  GSettings *settings = thanrak_application_get_settings (app);
  AdwStyleManager *manager = adw_style_manager_get_default ();

  g_settings_set_string (settings, "style-variant", "dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (manager));
  g_settings_set_string (settings, "style-variant", "default");
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_DEFAULT);
}

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                               G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFile *child;

  while (children != NULL &&
         g_file_enumerator_iterate (children, NULL, &child, NULL, NULL) &&
         child != NULL)
    remove_tree (child);
  g_file_delete (file, NULL, NULL);
}

static void
test_window_opens_database_and_backs_up (void)
{
  ThanrakStore *store = thanrak_application_get_store (app);
  g_autofree char *expected = g_build_filename (data_home, "thanrak", "thanrak.db", NULL);
  g_autofree char *backups = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, "thanrak-%Y-%m-%d.db");
  g_autofree char *backup = NULL;
  GtkWindow *window;
  GStatBuf st;
  gint64 deadline;

  /* The embedded default: a private file in the user data folder. */
  g_assert_null (thanrak_application_get_store_error (app));
  g_assert_nonnull (store);
  g_assert_cmpstr (thanrak_store_get_path (store), ==, expected);
  g_assert_cmpint (g_stat (expected, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  backups = thanrak_application_get_backups_dir (app);
  backup = g_build_filename (backups, name, NULL);

  /* No backup before a window is shown… */
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_nonnull (window);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  /* …and one, a sound copy, soon after. */
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (!g_file_test (backup, G_FILE_TEST_EXISTS) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ThanrakStore) copy = thanrak_store_new (backup, &error);
    g_autoptr(ThanrakStoreCheck) check = NULL;

    g_assert_no_error (error);
    check = thanrak_store_check (copy, &error);
    g_assert_no_error (error);
    g_assert_true (thanrak_store_check_is_clean (check));
  }

  gtk_window_destroy (window);
  iterate_until_idle ();
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int ret;

  /* A user data folder of our own, before anything asks GLib for it. */
  data_home = g_dir_make_tmp ("thanrak-test-window-XXXXXX", NULL);
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  /* Thai, whatever the machine's default: the tests check Thai titles. */
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

  g_test_add_func ("/window/shows-pages", test_window_shows_pages);
  g_test_add_func ("/window/thai-titles", test_window_thai_titles);
  g_test_add_func ("/window/remembers-page", test_window_remembers_page);
  g_test_add_func ("/window/about-and-preferences", test_window_about_and_preferences);
  g_test_add_func ("/window/dark-style-setting", test_window_dark_style_setting);
  g_test_add_func ("/window/opens-database-and-backs-up", test_window_opens_database_and_backs_up);

  ret = g_test_run ();
  g_clear_object (&app);
  {
    g_autoptr(GFile) dir = g_file_new_for_path (data_home);
    remove_tree (dir);
  }
  g_free (data_home);
  return ret;
}
