/* test-import-dialog.c: the import dialog in process: the row report of
 * the fixtures, Cancel and rejected rows writing nothing, Import writing
 * everything and the lists reading it again; a file dropped on the
 * application window opening the dialog
 *
 * Runs under a display (xvfb-run) and a session bus (dbus-run-session).
 * With THANRAK_TEST_SCREENSHOTS=DIR it saves PNGs of the dialog there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "records-builders.h"
#include "thanrak-application.h"
#include "thanrak-import-dialog.h"
#include "thanrak-io-error.h"
#include "thanrak-list-view.h"
#include "thanrak-model.h"
#include "thanrak-operators-page.h"
#include "thanrak-store.h"
#include "thanrak-window.h"

static char *tmp_dir;
/* for the drops: the window takes its store from the application */
static ThanrakApplication *app;

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

/* Until the dialog has read, checked or imported the file (at most 60 s). */
static void
wait_not_busy (ThanrakImportDialog *dialog)
{
  for (guint i = 0; i < 600 && thanrak_import_dialog_get_busy (dialog); i++)
    wait_a_little (100);
  g_assert_false (thanrak_import_dialog_get_busy (dialog));
  iterate_until_idle ();
}

static ThanrakStore *
new_store (const char *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GError) error = NULL;
  ThanrakStore *store = thanrak_store_new (path, &error);

  g_assert_no_error (error);
  return store;
}

static gint64
count (ThanrakStore *store,
       GType         type)
{
  g_autoptr(GError) error = NULL;
  gint64 n = thanrak_store_count (store, type, NULL, &error);

  g_assert_no_error (error);
  return n;
}

static GFile *
fixture (const char *name)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, name, NULL);

  return g_file_new_for_path (path);
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

/* The texts of the visible labels of @widget, in tree order. */
static GPtrArray *
label_texts (GtkWidget *widget)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GPtrArray *texts = g_ptr_array_new ();

  collect (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_is_visible (g_ptr_array_index (labels, i)))
      g_ptr_array_add (texts, (gpointer) gtk_label_get_text (g_ptr_array_index (labels, i)));
  return texts;
}

static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  g_autoptr(GPtrArray) texts = label_texts (widget);

  for (guint i = 0; i < texts->len; i++)
    if (g_str_equal (g_ptr_array_index (texts, i), text))
      return TRUE;
  return FALSE;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (widget, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      return g_ptr_array_index (buttons, i);
  g_assert_not_reached ();
}

static GtkWidget *
find_named (GtkWidget  *widget,
            GType       type,
            const char *name)
{
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();

  collect (widget, type, widgets);
  for (guint i = 0; i < widgets->len; i++)
    if (g_str_equal (gtk_widget_get_name (g_ptr_array_index (widgets, i)), name))
      return g_ptr_array_index (widgets, i);
  g_assert_not_reached ();
}

/* The check box of the valid rows only. */
static GtkCheckButton *
valid_only_check (ThanrakImportDialog *dialog)
{
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();

  collect (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, checks);
  for (guint i = 0; i < checks->len; i++)
    if (g_strcmp0 (gtk_check_button_get_label (g_ptr_array_index (checks, i)), _("Import the _valid rows only")) == 0)
      return g_ptr_array_index (checks, i);
  g_assert_not_reached ();
}

/* Whether Import can be pressed. */
static gboolean
can_import (ThanrakImportDialog *dialog)
{
  return gtk_widget_get_sensitive (find_button (GTK_WIDGET (dialog), _("_Import")));
}

static void
choose_fiscal_year (ThanrakImportDialog *dialog,
                    guint                year)
{
  GtkDropDown *years = GTK_DROP_DOWN (find_named (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN, "fiscal-year"));
  GListModel *model = gtk_drop_down_get_model (years);
  g_autofree char *text = g_strdup_printf ("%u", year);

  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (years)));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), text))
      {
        gtk_drop_down_set_selected (years, i);
        return;
      }
  g_assert_not_reached ();
}

static char *
counts_text (guint rows,
             guint imported,
             guint corrected,
             guint updated,
             guint skipped,
             guint rejected)
{
  g_autofree char *a = g_strdup_printf ("%u", rows);
  g_autofree char *b = g_strdup_printf ("%u", imported);
  g_autofree char *c = g_strdup_printf ("%u", corrected);
  g_autofree char *d = g_strdup_printf ("%u", updated);
  g_autofree char *e = g_strdup_printf ("%u", skipped);
  g_autofree char *f = g_strdup_printf ("%u", rejected);

  return g_strdup_printf (_("%s rows: %s new (%s of them corrected), %s updated, %s skipped, %s rejected"),
                          a, b, c, d, e, f);
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  const char *dir = g_getenv ("THANRAK_TEST_SCREENSHOTS");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width, height;

  if (dir == NULL)
    return;
  /* a widget waiting for its allocation draws nothing yet */
  for (guint i = 0; i < 20 && node == NULL; i++)
    {
      wait_a_little (30);
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      g_clear_object (&paintable);
      paintable = gtk_widget_paintable_new (widget);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  if (node == NULL)
    {
      g_test_message ("no screenshot %s: nothing drawn yet", name);
      return;
    }
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* A parent window like the application's: a page listing operators under
 * a toast overlay. */
static GtkWidget *
parent_window (ThanrakStore *store,
               GtkWidget   **page)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();

  *page = g_object_new (THANRAK_TYPE_OPERATORS_PAGE, NULL);
  thanrak_record_page_set_store (thanrak_operators_page_get_record_page (THANRAK_OPERATORS_PAGE (*page)), store);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), *page);
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  gtk_window_present (GTK_WINDOW (window));
  iterate_until_idle ();
  return window;
}

static ThanrakImportDialog *
open_dialog (GtkWidget    *parent,
             ThanrakStore *store,
             GFile        *file)
{
  ThanrakImportDialog *dialog = thanrak_import_dialog_new (GTK_WINDOW (parent), store, file);

  gtk_window_present (GTK_WINDOW (dialog));
  wait_not_busy (dialog);
  return dialog;
}

/* seed 004's Sa Kaeo figures: no fiscal year in the file, so the dialog
 * asks for it; Cancel writes nothing, Import writes the nine districts. */
static void
test_sakaeo (void)
{
  g_autoptr(ThanrakStore) store = new_store ("sakaeo.db");
  g_autoptr(GFile) file = fixture ("sakaeo-2564-round2.csv");
  g_autofree char *counts = counts_text (9, 9, 0, 0, 0, 0);
  g_autoptr(ThanrakRecord) figures = NULL;
  GtkWidget *page;
  GtkWidget *window = parent_window (store, &page);
  ThanrakImportDialog *dialog = open_dialog (window, store, file);
  const ThanrakImportReport *report;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_cmpint (thanrak_import_dialog_get_kind (dialog), ==, THANRAK_IMPORT_KIND_DISTRICT_FIGURES);
  g_assert_null (thanrak_import_dialog_get_report (dialog));
  g_assert_true (shows_text (GTK_WIDGET (dialog), _("The file does not say which fiscal year its figures are for: choose the fiscal year above.")));
  g_assert_false (can_import (dialog));

  choose_fiscal_year (dialog, 2564);
  wait_not_busy (dialog);
  report = thanrak_import_dialog_get_report (dialog);
  g_assert_nonnull (report);
  g_assert_false (report->written);
  g_assert_cmpuint (report->rows->len, ==, 9);
  g_assert_cmpuint (report->n_imported, ==, 9);
  g_assert_cmpuint (report->n_rejected, ==, 0);
  g_assert_true (shows_text (GTK_WIDGET (dialog), counts));
  g_assert_true (can_import (dialog));
  g_assert_cmpint (count (store, THANRAK_TYPE_DISTRICT_FIGURES), ==, 0);

  /* Cancel closes the dialog and writes nothing */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.cancel", NULL));
  iterate_until_idle ();
  g_assert_null (dialog);
  g_assert_cmpint (count (store, THANRAK_TYPE_DISTRICT_FIGURES), ==, 0);

  /* Import writes the nine districts of FY 2564 */
  dialog = open_dialog (window, store, file);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  choose_fiscal_year (dialog, 2564);
  wait_not_busy (dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.commit", NULL));
  for (guint i = 0; i < 300 && dialog != NULL; i++)
    wait_a_little (100);
  g_assert_null (dialog);
  g_assert_cmpint (count (store, THANRAK_TYPE_DISTRICT_FIGURES), ==, 9);
  {
    ThanrakStoreQuery query = { .district_code = "2709", .fiscal_year = 2564 };
    g_autoptr(GPtrArray) found = thanrak_store_list (store, THANRAK_TYPE_DISTRICT_FIGURES, &query, NULL);

    g_assert_cmpuint (found->len, ==, 1);
    figures = g_object_ref (g_ptr_array_index (found, 0));
  }
  g_assert_cmpint (thanrak_record_get_number (figures, "operators-registered"), ==, 70);
  g_assert_cmpint (thanrak_record_get_number (figures, "products-registered"), ==, 147);
  g_assert_cmpint (thanrak_record_get_number (figures, "sales-satang"), ==, G_GINT64_CONSTANT (217256120000));

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_until_idle ();
}

/* The Nong Khai figures: read as district figures, checked for FY 2565. */
static void
test_nongkhai (void)
{
  g_autoptr(ThanrakStore) store = new_store ("nongkhai.db");
  g_autoptr(GFile) file = fixture ("nongkhai-2565.csv");
  GtkWidget *page;
  GtkWidget *window = parent_window (store, &page);
  ThanrakImportDialog *dialog = open_dialog (window, store, file);
  const ThanrakImportReport *report;

  g_assert_cmpint (thanrak_import_dialog_get_kind (dialog), ==, THANRAK_IMPORT_KIND_DISTRICT_FIGURES);
  choose_fiscal_year (dialog, 2565);
  wait_not_busy (dialog);
  report = thanrak_import_dialog_get_report (dialog);
  g_assert_nonnull (report);
  g_assert_cmpuint (report->rows->len, ==, 9);
  g_assert_cmpuint (report->n_imported, ==, 9);
  g_assert_cmpuint (report->n_rejected, ==, 0);
  g_assert_true (can_import (dialog));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  iterate_until_idle ();
  g_assert_cmpint (count (store, THANRAK_TYPE_DISTRICT_FIGURES), ==, 0);
}

/* Misspelt district names are corrected and said so; a blank and a
 * #REF! are rejected, listed first, and stop the import until the person
 * asks for the valid rows only. */
static void
test_misspelt (void)
{
  g_autoptr(ThanrakStore) store = new_store ("misspelt.db");
  g_autoptr(GFile) file = fixture ("import/sakaeo-2564-misspelt.csv");
  g_autofree char *counts = counts_text (9, 7, 3, 0, 0, 2);
  g_autofree char *correction = g_strdup_printf (_("%s “%s” read as “%s”"), "อำเภอ", "เมืองสระแก่ว", "เมืองสระแก้ว");
  g_autofree char *correction2 = g_strdup_printf (_("%s “%s” read as “%s”"), "อำเภอ", "ตาพรยะา", "ตาพระยา");
  g_autofree char *column = g_strdup_printf (_("column %s “%s”"), "C", "จำนวนผู้ประกอบการ");
  g_autofree char *blank = g_strdup_printf (_("%s is blank: fill it in (a blank is not read as zero)."), column);
  g_autofree char *ref = g_strdup_printf (_("%s holds the error value %s: put the real value in the cell."), column, "#REF!");
  g_autoptr(GPtrArray) texts = NULL;
  GtkWidget *page;
  GtkWidget *window = parent_window (store, &page);
  ThanrakImportDialog *dialog = open_dialog (window, store, file);
  const ThanrakImportReport *report = thanrak_import_dialog_get_report (dialog);
  int first_outcome = -1;
  const char *outcomes[] = {
    C_("import row", "Rejected"), C_("import row", "Corrected"), C_("import row", "New"),
  };

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_cmpint (thanrak_import_dialog_get_kind (dialog), ==, THANRAK_IMPORT_KIND_DISTRICT_FIGURES);
  g_assert_nonnull (report);
  g_assert_cmpuint (report->n_corrected, ==, 3);
  g_assert_cmpuint (report->n_imported, ==, 7);
  g_assert_cmpuint (report->n_rejected, ==, 2);
  g_assert_true (shows_text (GTK_WIDGET (dialog), counts));
  g_assert_true (shows_text (GTK_WIDGET (dialog), correction));
  g_assert_true (shows_text (GTK_WIDGET (dialog), correction2));
  g_assert_true (shows_text (GTK_WIDGET (dialog), blank));
  g_assert_true (shows_text (GTK_WIDGET (dialog), ref));

  /* rejected rows first, then the corrected ones */
  texts = label_texts (GTK_WIDGET (dialog));
  for (guint i = 0; i < texts->len && first_outcome < 0; i++)
    for (guint o = 0; o < G_N_ELEMENTS (outcomes); o++)
      if (g_str_equal (g_ptr_array_index (texts, i), outcomes[o]))
        first_outcome = (int) o;
  g_assert_cmpint (first_outcome, ==, 0);

  /* only the rejected rows */
  {
    g_autofree char *label = g_strdup_printf (_("Rejected (%s)"), "2");

    gtk_widget_activate (find_button (GTK_WIDGET (dialog), label));
    wait_a_little (300);
    g_assert_true (shows_text (GTK_WIDGET (dialog), ref));
    g_assert_false (shows_text (GTK_WIDGET (dialog), correction));
    save_screenshot (GTK_WIDGET (dialog), "import-rejected-only.png");
    g_clear_pointer (&label, g_free);
    label = g_strdup_printf (_("All rows (%s)"), "9");
    gtk_widget_activate (find_button (GTK_WIDGET (dialog), label));
    wait_a_little (300);
    g_assert_true (shows_text (GTK_WIDGET (dialog), correction));
  }
  save_screenshot (GTK_WIDGET (dialog), "import-report.png");

  /* with rejected rows nothing can be imported... */
  g_assert_false (can_import (dialog));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.commit", NULL);
  wait_not_busy (dialog);
  g_assert_nonnull (dialog);
  g_assert_cmpint (count (store, THANRAK_TYPE_DISTRICT_FIGURES), ==, 0);

  /* ...unless the person asks for the valid rows only */
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (valid_only_check (dialog))));
  gtk_check_button_set_active (valid_only_check (dialog), TRUE);
  iterate_until_idle ();
  g_assert_true (can_import (dialog));
  save_screenshot (GTK_WIDGET (dialog), "import-valid-only.png");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.commit", NULL));
  for (guint i = 0; i < 300 && dialog != NULL; i++)
    wait_a_little (100);
  g_assert_null (dialog);
  g_assert_cmpint (count (store, THANRAK_TYPE_DISTRICT_FIGURES), ==, 7);
  {
    ThanrakStoreQuery query = { .district_code = "2703", .fiscal_year = 2564 };
    g_autoptr(GPtrArray) found = thanrak_store_list (store, THANRAK_TYPE_DISTRICT_FIGURES, &query, NULL);

    /* ตาพรยะา read as ตาพระยา */
    g_assert_cmpuint (found->len, ==, 1);
    g_assert_cmpint (thanrak_record_get_number (g_ptr_array_index (found, 0), "operators-registered"), ==, 57);
  }
  {
    ThanrakStoreQuery query = { .district_code = "2704", .fiscal_year = 2564 };

    /* วังน้ำเย็น had a blank: left out, never a zero */
    g_assert_cmpint (thanrak_store_count (store, THANRAK_TYPE_DISTRICT_FIGURES, &query, NULL), ==, 0);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_until_idle ();
}

/* Operators: guessed from the headings; with a rejected row Cancel leaves
 * the database as it was; the valid rows imported show in the list. */
static void
test_operators (void)
{
  g_autoptr(ThanrakStore) store = new_store ("operators.db");
  g_autoptr(GFile) file = fixture ("import/operators-sakaeo.csv");
  g_autofree char *counts = counts_text (5, 4, 1, 0, 0, 1);
  g_autofree char *correction = g_strdup_printf (_("%s “%s” read as “%s”"), "อำเภอ", "คลองหาาด", "คลองหาด");
  g_autoptr(ThanrakRecord) op = NULL;
  GtkWidget *page, *list;
  GtkWidget *window = parent_window (store, &page);
  ThanrakImportDialog *dialog = open_dialog (window, store, file);
  const ThanrakImportReport *report = thanrak_import_dialog_get_report (dialog);
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();
  GListModel *model;

  collect (page, THANRAK_TYPE_LIST_VIEW, lists);
  g_assert_cmpuint (lists->len, ==, 1);
  list = g_ptr_array_index (lists, 0);
  model = thanrak_list_view_get_model (THANRAK_LIST_VIEW (list));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_cmpint (thanrak_import_dialog_get_kind (dialog), ==, THANRAK_IMPORT_KIND_OPERATORS);
  g_assert_nonnull (report);
  g_assert_true (shows_text (GTK_WIDGET (dialog), counts));
  g_assert_true (shows_text (GTK_WIDGET (dialog), correction));
  g_assert_false (can_import (dialog));

  /* another kind: checked again, and refused for want of its columns */
  thanrak_import_dialog_set_kind (dialog, THANRAK_IMPORT_KIND_PRODUCTS);
  wait_not_busy (dialog);

  g_assert_null (thanrak_import_dialog_get_report (dialog));
  g_assert_false (can_import (dialog));
  thanrak_import_dialog_set_kind (dialog, THANRAK_IMPORT_KIND_OPERATORS);
  wait_not_busy (dialog);
  g_assert_nonnull (thanrak_import_dialog_get_report (dialog));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.cancel", NULL));
  iterate_until_idle ();
  g_assert_null (dialog);
  g_assert_cmpint (count (store, THANRAK_TYPE_OPERATOR), ==, 0);

  dialog = open_dialog (window, store, file);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_check_button_set_active (valid_only_check (dialog), TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.commit", NULL));
  for (guint i = 0; i < 300 && dialog != NULL; i++)
    wait_a_little (100);
  g_assert_null (dialog);
  g_assert_cmpint (count (store, THANRAK_TYPE_OPERATOR), ==, 4);
  op = thanrak_store_find_operator_by_code (store, "270200002", NULL);
  g_assert_nonnull (op);
  g_assert_cmpstr (thanrak_record_get_string (op, "district-code"), ==, "2702");
  g_assert_null (thanrak_store_find_operator_by_code (store, "270400004", NULL));

  /* the list of the page read them again */
  for (guint i = 0; i < 100 && g_list_model_get_n_items (model) != 4; i++)
    wait_a_little (100);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_until_idle ();
}

static double
thread_cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* A big file: the check shows progress; Cancel during the import writes
 * nothing and leaves the report as it was. */
static void
test_cancel_big (void)
{
  static const char *const districts[] = { "เมืองสระแก้ว", "คลองหาด", "ตาพระยา", "วังน้ำเย็น" };
  g_autoptr(ThanrakStore) store = new_store ("big.db");
  g_autofree char *path = g_build_filename (tmp_dir, "operators-big.csv", NULL);
  g_autoptr(GString) text = g_string_new ("รหัสผู้ประกอบการ,ชื่อผู้ประกอบการ OTOP,ประเภทผู้ประกอบการ,อำเภอ,จังหวัด\n");
  g_autoptr(GFile) file = NULL;
  GtkWidget *page;
  GtkWidget *window = parent_window (store, &page);
  ThanrakImportDialog *dialog;
  /* THANRAK_TEST_BIG_ROWS=100000 for the national size (slow here) */
  const guint n = g_getenv ("THANRAK_TEST_BIG_ROWS") ? (guint) atoi (g_getenv ("THANRAK_TEST_BIG_ROWS")) : 20000;
  gint64 start;
  double longest = 0;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "27%08u,กลุ่มทอผ้า %u,กลุ่ม,%s,สระแก้ว\n", i, i, districts[i % G_N_ELEMENTS (districts)]);
  g_assert_true (g_file_set_contents (path, text->str, (gssize) text->len, NULL));
  file = g_file_new_for_path (path);

  /* the window keeps drawing while the worker checks: once the dialog
   * is up (its first frame builds it), no iteration of the main loop
   * waits for the worker, nor for the 20,000 rows of the report */
  dialog = thanrak_import_dialog_new (GTK_WINDOW (window), store, file);
  gtk_window_present (GTK_WINDOW (dialog));
  start = g_get_monotonic_time ();
  while (!gtk_widget_get_mapped (GTK_WIDGET (dialog)))
    g_main_context_iteration (NULL, TRUE);
  wait_a_little (100);
  if (thanrak_import_dialog_get_busy (dialog))
    save_screenshot (GTK_WIDGET (dialog), "import-progress.png");
  while (thanrak_import_dialog_get_busy (dialog))
    {
      /* an iteration may wait for the next event: its CPU time is the
       * work the window did */
      double cpu = thread_cpu_seconds ();

      g_main_context_iteration (NULL, TRUE);
      cpu = thread_cpu_seconds () - cpu;
      longest = MAX (longest, cpu);
      g_assert_cmpfloat (cpu, <, 0.25);
      g_assert_cmpint (g_get_monotonic_time () - start, <, 120 * G_USEC_PER_SEC);
    }
  g_test_message ("checked %u rows in %.2f s; the longest main-loop iteration took %.3f s of CPU",
                  n, (g_get_monotonic_time () - start) / 1e6, longest);
  g_assert_cmpuint (thanrak_import_dialog_get_report (dialog)->n_imported, ==, n);
  g_assert_true (can_import (dialog));

  /* cancelled at once: writing 20,000 operators takes a bulk session
   * well under a second, so any wait here would race with its end */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.commit", NULL));
  g_assert_true (thanrak_import_dialog_get_busy (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.cancel", NULL));
  wait_not_busy (dialog);
  g_assert_true (shows_text (GTK_WIDGET (dialog), _("The import was cancelled: nothing was written.")));
  g_assert_cmpint (count (store, THANRAK_TYPE_OPERATOR), ==, 0);
  g_assert_nonnull (thanrak_import_dialog_get_report (dialog));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  iterate_until_idle ();
  g_unlink (path);
}

/* Drops ------------------------------------------------------------------- */

/* What GTK does with a drop at the middle of @widget: picks the widget
 * under the pointer, then goes up to the first drop target that takes
 * a list of files (a file manager offers text/uri-list, which GTK
 * gives as a GdkFileList); @x, @y are the point in the target's widget. */
static GtkDropTarget *
drop_target_at (GtkWidget *widget,
                double    *x,
                double    *y)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));
  graphene_point_t middle = GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.f,
                                                 gtk_widget_get_height (widget) / 2.f);
  graphene_point_t point;
  GtkWidget *picked;

  g_assert_true (gtk_widget_compute_point (widget, root, &middle, &point));
  picked = gtk_widget_pick (root, point.x, point.y, GTK_PICK_DEFAULT);
  g_assert_nonnull (picked);
  g_assert_true (picked == widget || gtk_widget_is_ancestor (picked, widget));

  for (GtkWidget *w = picked; w != NULL; w = gtk_widget_get_parent (w))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (w);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
          GtkDropTarget *target;

          if (!GTK_IS_DROP_TARGET (controller))
            continue;
          target = GTK_DROP_TARGET (controller);
          if (!gdk_content_formats_contain_gtype (gtk_drop_target_get_formats (target), GDK_TYPE_FILE_LIST) ||
              (gtk_drop_target_get_actions (target) & GDK_ACTION_COPY) == 0)
            continue;
          g_assert_true (gtk_widget_compute_point (root, w, &point, &point));
          *x = point.x;
          *y = point.y;
          return target;
        }
    }
  return NULL;
}

/* Drops @file on the middle of @widget; returns whether it was taken. */
static gboolean
drop_file (GtkWidget *widget,
           GFile     *file)
{
  GValue value = G_VALUE_INIT;
  GtkDropTarget *target;
  gboolean accepted = FALSE;
  double x = 0, y = 0;

  target = drop_target_at (widget, &x, &y);
  g_assert_nonnull (target);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_array (&file, 1));
  g_signal_emit_by_name (target, "drop", &value, x, y, &accepted);
  g_value_unset (&value);
  return accepted;
}

/* The import dialog open over @parent, if any. */
static ThanrakImportDialog *
find_import_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  ThanrakImportDialog *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (THANRAK_IS_IMPORT_DIALOG (window) && gtk_window_get_transient_for (GTK_WINDOW (window)) == parent)
        {
          g_assert_null (found);
          found = THANRAK_IMPORT_DIALOG (window);
        }
    }
  return found;
}

/* The application window on the page @name, shown. */
static ThanrakWindow *
app_window (const char  *name,
            GtkWidget  **page)
{
  ThanrakWindow *window = thanrak_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  thanrak_window_set_page (window, name);
  iterate_until_idle ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  *page = thanrak_window_get_page_widget (window, name);
  g_assert_nonnull (*page);
  g_assert_true (gtk_widget_get_mapped (*page));
  return window;
}

/* Every kind of record the dialog can write, counted. */
static gint64
count_all (ThanrakStore *store)
{
  GType types[] = {
    THANRAK_TYPE_OPERATOR, THANRAK_TYPE_PRODUCT, THANRAK_TYPE_ONLINE_CHANNEL, THANRAK_TYPE_MONTHLY_SALES,
    THANRAK_TYPE_MARKETING_EVENT, THANRAK_TYPE_DISTRICT_FIGURES, THANRAK_TYPE_CENTER,
    THANRAK_TYPE_COMMITTEE_MEMBER,
  };
  gint64 n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    n += count (store, types[i]);
  return n;
}

/* The operators of Sa Kaeo dropped on the operators page, as from a file
 * manager: the dialog opens on that file over the window, reads them as
 * operators by their headings and reports each row; nothing is written
 * until Import, which writes the valid rows and the page lists them. */
static void
test_drop_csv (void)
{
  ThanrakStore *store = thanrak_application_get_store (app);
  g_autoptr(GFile) file = fixture ("import/operators-sakaeo.csv");
  g_autofree char *counts = counts_text (5, 4, 1, 0, 0, 1);
  g_autofree char *correction = g_strdup_printf (_("%s “%s” read as “%s”"), "อำเภอ", "คลองหาาด", "คลองหาด");
  g_autofree char *headings = g_strdup_printf (_("Chosen by the headings found: %s"),
                                               "รหัสผู้ประกอบการ · ชื่อผู้ประกอบการ OTOP · ประเภทผู้ประกอบการ · เลขที่ · หมู่ที่ · ตำบล · อำเภอ · จังหวัด · เบอร์โทรศัพท์");
  g_autofree char *title = g_strdup_printf (ngettext ("%s record imported", "%s records imported", 4), "4");
  /* row 1 of the file is its headings */
  static const struct { guint row; ThanrakImportOutcome outcome; } rows[] = {
    { 2, THANRAK_IMPORT_OUTCOME_IMPORTED },
    { 3, THANRAK_IMPORT_OUTCOME_CORRECTED },
    { 4, THANRAK_IMPORT_OUTCOME_IMPORTED },
    { 5, THANRAK_IMPORT_OUTCOME_REJECTED },
    { 6, THANRAK_IMPORT_OUTCOME_IMPORTED },
  };
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();
  GtkWidget *page;
  ThanrakWindow *window = app_window ("operators", &page);
  ThanrakImportDialog *dialog;
  const ThanrakImportReport *report;
  GListModel *model;
  gint64 before = count_all (store);

  g_assert_cmpint (count (store, THANRAK_TYPE_OPERATOR), ==, 0);
  collect (page, THANRAK_TYPE_LIST_VIEW, lists);
  g_assert_cmpuint (lists->len, ==, 1);
  model = thanrak_list_view_get_model (g_ptr_array_index (lists, 0));
  g_assert_null (find_import_dialog (GTK_WINDOW (window)));

  g_assert_true (drop_file (page, file));
  dialog = find_import_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (thanrak_import_dialog_get_store (dialog) == store);
  g_assert_nonnull (thanrak_import_dialog_get_file (dialog));
  g_assert_true (g_file_equal (thanrak_import_dialog_get_file (dialog), file));
  wait_not_busy (dialog);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (dialog)));

  /* the kind, guessed from the headings and said so */
  g_assert_cmpint (thanrak_import_dialog_get_kind (dialog), ==, THANRAK_IMPORT_KIND_OPERATORS);
  g_assert_true (shows_text (GTK_WIDGET (dialog), thanrak_import_kind_get_title (THANRAK_IMPORT_KIND_OPERATORS)));
  g_assert_true (shows_text (GTK_WIDGET (dialog), headings));

  /* the row report of a dry run: each row's outcome, nothing written */
  report = thanrak_import_dialog_get_report (dialog);
  g_assert_nonnull (report);
  g_assert_false (report->written);
  g_assert_cmpuint (report->rows->len, ==, G_N_ELEMENTS (rows));
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      const ThanrakImportRow *row = &g_array_index (report->rows, ThanrakImportRow, i);

      g_assert_cmpuint (row->row, ==, rows[i].row);
      g_assert_cmpint (row->outcome, ==, rows[i].outcome);
    }
  g_assert_true (shows_text (GTK_WIDGET (dialog), counts));
  g_assert_true (shows_text (GTK_WIDGET (dialog), correction));
  g_assert_true (shows_text (GTK_WIDGET (dialog), C_("import row", "Rejected")));
  g_assert_true (shows_text (GTK_WIDGET (dialog), _("Nothing can be imported while rows are rejected: fix them in the file and choose it again, or import the valid rows only. Nothing has been written yet.")));
  g_assert_false (can_import (dialog));
  g_assert_cmpint (count_all (store), ==, before);

  /* asked for the valid rows only, still nothing written before Import */
  gtk_check_button_set_active (valid_only_check (dialog), TRUE);
  iterate_until_idle ();
  g_assert_true (can_import (dialog));
  g_assert_cmpint (count_all (store), ==, before);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.commit", NULL));
  for (guint i = 0; i < 300 && dialog != NULL; i++)
    wait_a_little (100);
  g_assert_null (dialog);
  g_assert_cmpint (count (store, THANRAK_TYPE_OPERATOR), ==, 4);
  g_assert_cmpint (count_all (store), ==, before + 4);
  g_assert_null (thanrak_store_find_operator_by_code (store, "270400004", NULL));

  /* the window says so, and the page lists them */
  g_assert_true (shows_text (GTK_WIDGET (window), title));
  for (guint i = 0; i < 100 && g_list_model_get_n_items (model) != 4; i++)
    wait_a_little (100);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_until_idle ();
}

/* The clean Sa Kaeo figures dropped on the operators page: read as
 * district figures by their headings, not by the page; the dry run with
 * the fiscal year chosen writes nothing, Import writes the nine districts
 * and the window shows their page. */
static void
test_drop_figures (void)
{
  ThanrakStore *store = thanrak_application_get_store (app);
  g_autoptr(GFile) file = fixture ("sakaeo-2564-round2.csv");
  g_autofree char *counts = counts_text (9, 9, 0, 0, 0, 0);
  GtkWidget *page;
  ThanrakWindow *window = app_window ("operators", &page);
  ThanrakImportDialog *dialog;
  const ThanrakImportReport *report;
  gint64 before = count_all (store);

  g_assert_cmpint (count (store, THANRAK_TYPE_DISTRICT_FIGURES), ==, 0);
  g_assert_true (drop_file (page, file));
  dialog = find_import_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  wait_not_busy (dialog);
  g_assert_cmpint (thanrak_import_dialog_get_kind (dialog), ==, THANRAK_IMPORT_KIND_DISTRICT_FIGURES);
  g_assert_true (shows_text (GTK_WIDGET (dialog), _("The file does not say which fiscal year its figures are for: choose the fiscal year above.")));
  g_assert_false (can_import (dialog));

  /* every row would be written: the check must still write none */
  choose_fiscal_year (dialog, 2564);
  wait_not_busy (dialog);
  g_assert_cmpint (count_all (store), ==, before);
  report = thanrak_import_dialog_get_report (dialog);
  g_assert_nonnull (report);
  g_assert_false (report->written);
  g_assert_cmpuint (report->n_imported, ==, 9);
  g_assert_true (shows_text (GTK_WIDGET (dialog), counts));
  g_assert_true (shows_text (GTK_WIDGET (dialog), _("Checked; nothing has been written yet. Import writes these rows in one go.")));
  g_assert_true (can_import (dialog));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.commit", NULL));
  for (guint i = 0; i < 300 && dialog != NULL; i++)
    wait_a_little (100);
  g_assert_null (dialog);
  g_assert_cmpint (count (store, THANRAK_TYPE_DISTRICT_FIGURES), ==, 9);
  g_assert_cmpint (count_all (store), ==, before + 9);
  g_assert_cmpstr (thanrak_window_get_page (window), ==, "district-figures");

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_until_idle ();
}

/* A picture dropped on the window: the dialog opens and says that it is
 * a picture, not a table, with no report; Import cannot be pressed and nothing is
 * written. A CSV then dropped on that dialog replaces it. */
static void
test_drop_not_csv (void)
{
  ThanrakStore *store = thanrak_application_get_store (app);
  g_autofree char *path = g_build_filename (tmp_dir, "photo.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) csv = fixture ("import/operators-sakaeo.csv");
  g_autofree char *message = NULL;
  GtkWidget *page;
  ThanrakWindow *window = app_window ("operators", &page);
  ThanrakImportDialog *dialog;
  gint64 before = count_all (store);

  /* a real PNG: 4 × 4 grey pixels */
  {
    guchar pixels[4 * 4 * 3];
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(GdkTexture) texture = NULL;

    memset (pixels, 0x80, sizeof pixels);
    bytes = g_bytes_new (pixels, sizeof pixels);
    texture = gdk_memory_texture_new (4, 4, GDK_MEMORY_R8G8B8, bytes, 4 * 3);
    g_assert_true (gdk_texture_save_to_png (texture, path));
  }

  g_assert_true (drop_file (page, file));
  dialog = find_import_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_nonnull (thanrak_import_dialog_get_file (dialog));
  g_assert_true (g_file_equal (thanrak_import_dialog_get_file (dialog), file));
  wait_not_busy (dialog);

  /* Any file is taken, but one that GIO surely finds to be no text is
   * said to be what it is (in Thai, shared-mime-info's description),
   * not read as CSV and refused for its first byte */
  {
    g_autofree char *what = g_content_type_get_description ("image/png");

    message = g_strdup_printf (_("The file is a %s, not a table: choose the spreadsheet, saved as CSV or as an Excel workbook (.xlsx)."),
                               what);
  }
  g_assert_true (shows_text (GTK_WIDGET (dialog), message));
  save_screenshot (GTK_WIDGET (dialog), "import-drop-picture.png");
  g_assert_null (thanrak_import_dialog_get_report (dialog));
  g_assert_false (can_import (dialog));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.commit", NULL);
  wait_not_busy (dialog);
  g_assert_cmpint (count_all (store), ==, before);

  /* the dialog takes a file dropped on it in place of the picture */
  g_assert_true (drop_file (GTK_WIDGET (dialog), csv));
  g_assert_true (find_import_dialog (GTK_WINDOW (window)) == dialog);
  g_assert_true (g_file_equal (thanrak_import_dialog_get_file (dialog), csv));
  wait_not_busy (dialog);
  g_assert_false (shows_text (GTK_WIDGET (dialog), message));
  g_assert_cmpint (thanrak_import_dialog_get_kind (dialog), ==, THANRAK_IMPORT_KIND_OPERATORS);
  g_assert_nonnull (thanrak_import_dialog_get_report (dialog));
  g_assert_cmpuint (thanrak_import_dialog_get_report (dialog)->rows->len, ==, 5);

  /* closing it writes nothing either */
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  iterate_until_idle ();
  g_assert_cmpint (count_all (store), ==, before);
  g_unlink (path);
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

  tmp_dir = g_dir_make_tmp ("thanrak-test-import-dialog-XXXXXX", NULL);
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

  /* The application's database, with an office: its window shows the
   * pages, not the first-run screen. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ThanrakStore) store = thanrak_store_new (NULL, &error);

    g_assert_no_error (error);
    records_set_office (store);
  }
  app = thanrak_application_new (G_APPLICATION_NON_UNIQUE);
  {
    g_autoptr(GError) error = NULL;

    g_application_register (G_APPLICATION (app), NULL, &error);
    g_assert_no_error (error);
  }

  g_test_add_func ("/import-dialog/sakaeo", test_sakaeo);
  g_test_add_func ("/import-dialog/nongkhai", test_nongkhai);
  g_test_add_func ("/import-dialog/misspelt", test_misspelt);
  g_test_add_func ("/import-dialog/operators", test_operators);
  g_test_add_func ("/import-dialog/cancel-big", test_cancel_big);
  g_test_add_func ("/import-dialog/drop-csv", test_drop_csv);
  g_test_add_func ("/import-dialog/drop-figures", test_drop_figures);
  g_test_add_func ("/import-dialog/drop-not-csv", test_drop_not_csv);
  ret = g_test_run ();
  g_clear_object (&app);
  remove_dir (tmp_dir);
  g_free (tmp_dir);
  return ret;
}
