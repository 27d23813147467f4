/* bench-lists.c: the record lists at national size (issue 6)
 *
 *   bench-lists DB [MAKE_SAMPLE_DB]
 *
 * makes DB with MAKE_SAMPLE_DB when it does not exist (100,000 operators,
 * 200,000 products, 300,000 channels), then starts, RUNS times each and
 * alternately, an empty libadwaita window and Thanrak on DB, each timed
 * from its process being started to its first window painted. In the
 * Thanrak runs it also shows the products page and times, each from the
 * change to the list painted with its new rows:
 *
 * - search keystrokes typed into the search entry, as a person types
 *   them (one Thai character at a time, a 2-letter search, a longer one
 *   pasted, the search cleared);
 * - re-sorts by a column, as clicking its header does;
 * - a jump to the middle and to the end of the list (the scroll bar
 *   dragged);
 *
 * and reads the resident memory (VmRSS, and its peak VmHWM). Each time is
 * given in wall-clock milliseconds and in CPU milliseconds of the process
 * (all its threads), because the machine may be busy with other work.
 *
 * Prints every measure and the medians, with PASS or MISS against the
 * targets of issue 6: first window within 1.3 times the empty window's,
 * keystroke and sort under 100 ms, memory under 150 MB. Exits non-zero
 * only when a run fails (a crash, or a step that never ends), not when a
 * target is missed: the machine it runs on may be shared. Needs a display:
 *
 *   xvfb-run -a dbus-run-session meson test -C _build --benchmark bench-lists -v
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
#include <sys/resource.h>

#include "thanrak-application.h"
#include "thanrak-list-view.h"
#include "thanrak-products-page.h"
#include "thanrak-record-list-model.h"
#include "thanrak-window.h"

#define RUNS 3
/* a step that takes longer than this is a failure, not a slow step */
#define STEP_TIMEOUT_S 60

/* Targets of issue 6 */
#define TARGET_FIRST_WINDOW_RATIO 1.3
#define TARGET_KEYSTROKE_MS 100.0
#define TARGET_SORT_MS 100.0
#define TARGET_MEMORY_MB 150.0

static gint64 t_start;

static double
ms_since (gint64 t0)
{
  return (g_get_monotonic_time () - t0) / 1000.0;
}

/* CPU time of this process, all threads, in ms */
static double
cpu_ms (void)
{
  struct rusage ru;

  getrusage (RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec * 1000.0 + ru.ru_utime.tv_usec / 1000.0 +
         ru.ru_stime.tv_sec * 1000.0 + ru.ru_stime.tv_usec / 1000.0;
}

static void
print_memory (void)
{
  g_autofree char *status = NULL;
  const char *keys[] = { "VmRSS:", "VmHWM:" };

  g_file_get_contents ("/proc/self/status", &status, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      const char *p = status != NULL ? strstr (status, keys[i]) : NULL;
      g_print ("%s %ld\n", i == 0 ? "rss-kb" : "hwm-kb", p != NULL ? strtol (p + strlen (keys[i]), NULL, 10) : -1L);
    }
}

/* Calls @then once @widget's window has painted a frame (Xvfb paces no
 * frames: "after-paint" is the end of a real paint). */
typedef struct
{
  GtkWidget *widget;
  void     (*then) (gpointer data);
  gpointer   data;
  gulong     handler;
} AfterPaint;

static void
after_paint_cb (GdkFrameClock *clock,
                AfterPaint    *ap)
{
  g_signal_handler_disconnect (clock, ap->handler);
  ap->then (ap->data);
  g_free (ap);
}

static void
after_paint (GtkWidget *widget,
             void     (*then) (gpointer data),
             gpointer   data)
{
  AfterPaint *ap = g_new0 (AfterPaint, 1);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_assert (clock != NULL);
  ap->widget = widget;
  ap->then = then;
  ap->data = data;
  ap->handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), ap);
  gtk_widget_queue_draw (widget);
}

static const char *
renderer_name (GtkWidget *window)
{
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));

  return renderer != NULL ? G_OBJECT_TYPE_NAME (renderer) : "none";
}

/* The empty window ------------------------------------------------------ */

static void
empty_painted (gpointer data)
{
  GtkWidget *window = data;

  g_print ("first-frame %.1f %.1f\n", ms_since (t_start), cpu_ms ());
  g_print ("renderer %s\n", renderer_name (window));
  print_memory ();
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
}

static void
empty_mapped (GtkWidget *window)
{
  after_paint (window, empty_painted, window);
}

static void
empty_activate (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));

  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), adw_header_bar_new ());
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  g_signal_connect (window, "map", G_CALLBACK (empty_mapped), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

/* Thanrak ------------------------------------------------------------- */

typedef enum
{
  WAIT_TEXT,
  WAIT_SORT,
  WAIT_NOTHING,
} WaitKind;

typedef struct
{
  GApplication           *app;
  GtkWidget              *window;
  ThanrakListView        *list;
  ThanrakRecordListModel *model;
  GtkEditable            *entry;
  GtkAdjustment          *vadjustment;
  guint                   step;
  guint                   timeout;
  /* the step being timed */
  const char             *what;
  char                   *label;
  WaitKind                wait;
  char                   *text;
  const char             *field;
  gboolean                descending;
  gint64                  t0;
  double                  cpu0;
} Run;

/* What is typed into the search entry, one change at a time: Thai typed
 * key by key (one character, two, then longer), the search cleared, a
 * 2-letter search, a longer one pasted at once, cleared again. */
static const char * const keystrokes[] = {
  "ผ", "ผ้", "ผ้า", "ผ้าไ", "ผ้าไห", "ผ้าไหม", "", "ข้", "ข้าวกล้อง", "",
  "กล", "กล้", "กล้ว", "กล้วย", "",
};

/* Clicks on column headers */
static const struct
{
  const char *field;
  gboolean    descending;
} sorts[] = {
  { "name", FALSE },
  { "star-rating", TRUE },
  { "year-registered", FALSE },
  { "name", TRUE },
  { "category", FALSE },
};

static void next_step (Run *run);

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_type (c, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Changes the entry's text as keys do: typed or pasted at the end, or
 * all deleted (one change, one search). */
static void
type_text (GtkEditable *entry,
           const char  *text)
{
  const char *now = gtk_editable_get_text (entry);
  int end = -1;

  if (g_str_has_prefix (text, now))
    {
      end = g_utf8_strlen (now, -1);
      gtk_editable_set_position (entry, end);
      gtk_editable_insert_text (entry, text + strlen (now), -1, &end);
    }
  else if (*text == '\0')
    gtk_editable_delete_text (entry, 0, -1);
  else
    gtk_editable_set_text (entry, text);
}

static gboolean
step_timeout (gpointer data)
{
  Run *run = data;

  g_printerr ("bench-lists: step %u (%s %s) did not end in %d s\n",
              run->step, run->what, run->label != NULL ? run->label : "", STEP_TIMEOUT_S);
  exit (3);
}

static void
step_painted (gpointer data)
{
  Run *run = data;
  double wall = ms_since (run->t0), cpu = cpu_ms () - run->cpu0;

  g_print ("%s %.1f %.1f %u %s\n", run->what, wall, cpu,
           run->model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (run->model)) : 0,
           run->label != NULL ? run->label : "");
  g_clear_handle_id (&run->timeout, g_source_remove);
  next_step (run);
}

/* Whether the list shows what the step asked for. */
static gboolean
step_applied (Run *run)
{
  if (run->model == NULL)
    {
      GListModel *model = thanrak_list_view_get_model (run->list);
      if (model == NULL)
        return FALSE;
      run->model = THANRAK_RECORD_LIST_MODEL (model);
    }
  if (thanrak_record_list_model_get_loading (run->model))
    return FALSE;
  switch (run->wait)
    {
    case WAIT_TEXT:
      return g_strcmp0 (thanrak_record_list_model_get_text (run->model), *run->text != '\0' ? run->text : NULL) == 0;
    case WAIT_SORT:
      return g_strcmp0 (thanrak_record_list_model_get_order_by (run->model), run->field) == 0 &&
             !thanrak_record_list_model_get_descending (run->model) == !run->descending;
    case WAIT_NOTHING:
    default:
      return TRUE;
    }
}

static gboolean
poll_applied (gpointer data)
{
  Run *run = data;

  if (!step_applied (run))
    return G_SOURCE_CONTINUE;
  after_paint (GTK_WIDGET (run->list), step_painted, run);
  return G_SOURCE_REMOVE;
}

static void
start_step (Run        *run,
            const char *what,
            const char *label,
            WaitKind    wait)
{
  run->what = what;
  g_free (run->label);
  run->label = label != NULL ? g_strdup (label) : NULL;
  run->wait = wait;
  run->timeout = g_timeout_add_seconds (STEP_TIMEOUT_S, step_timeout, run);
  run->t0 = g_get_monotonic_time ();
  run->cpu0 = cpu_ms ();
}

static void
next_step (Run *run)
{
  guint i = run->step++;

  if (i < G_N_ELEMENTS (keystrokes))
    {
      g_free (run->text);
      run->text = g_strdup (keystrokes[i]);
      start_step (run, "key", *run->text != '\0' ? run->text : "(cleared)", WAIT_TEXT);
      type_text (run->entry, run->text);
      /* the entry's search-changed comes from the main loop */
      g_timeout_add (1, poll_applied, run);
      return;
    }
  i -= G_N_ELEMENTS (keystrokes);

  if (i < G_N_ELEMENTS (sorts))
    {
      g_autofree char *label = g_strdup_printf ("%s%s", sorts[i].field, sorts[i].descending ? "-desc" : "");

      run->field = sorts[i].field;
      run->descending = sorts[i].descending;
      start_step (run, "sort", label, WAIT_SORT);
      thanrak_list_view_sort_by (run->list, run->field, run->descending);
      g_timeout_add (1, poll_applied, run);
      return;
    }
  i -= G_N_ELEMENTS (sorts);

  if (i < 2)
    {
      double upper = gtk_adjustment_get_upper (run->vadjustment);
      double page = gtk_adjustment_get_page_size (run->vadjustment);

      start_step (run, "scroll", i == 0 ? "middle" : "end", WAIT_NOTHING);
      gtk_adjustment_set_value (run->vadjustment, i == 0 ? (upper - page) / 2 : upper - page);
      after_paint (GTK_WIDGET (run->list), step_painted, run);
      return;
    }

  print_memory ();
  g_application_quit (run->app);
}

static void
products_shown (gpointer data)
{
  Run *run = data;
  GtkWidget *scrolled;

  run->entry = GTK_EDITABLE (find_type (GTK_WIDGET (run->list), GTK_TYPE_SEARCH_ENTRY));
  scrolled = find_type (GTK_WIDGET (run->list), GTK_TYPE_SCROLLED_WINDOW);
  run->vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  g_assert (run->entry != NULL && run->vadjustment != NULL);
  step_painted (run);
}

static gboolean
poll_products (gpointer data)
{
  Run *run = data;

  if (!step_applied (run))
    return G_SOURCE_CONTINUE;
  /* step_painted() prints it and starts the keystrokes */
  run->step = 0;
  after_paint (GTK_WIDGET (run->list), products_shown, run);
  return G_SOURCE_REMOVE;
}

static void
app_painted (gpointer data)
{
  Run *run = data;
  GtkWidget *page;

  g_print ("first-frame %.1f %.1f\n", ms_since (t_start), cpu_ms ());
  g_print ("renderer %s\n", renderer_name (run->window));

  /* the products page, as the sidebar shows it */
  start_step (run, "products-page", NULL, WAIT_NOTHING);
  thanrak_window_set_page (THANRAK_WINDOW (run->window), "products");
  page = find_type (run->window, THANRAK_TYPE_PRODUCTS_PAGE);
  run->list = thanrak_record_page_get_list_view (thanrak_products_page_get_record_page (THANRAK_PRODUCTS_PAGE (page)));
  g_timeout_add (1, poll_products, run);
}

static void
app_mapped (GtkWidget *window,
            Run       *run)
{
  after_paint (window, app_painted, run);
}

static void
window_added (GtkApplication *app,
              GtkWindow      *window,
              Run            *run)
{
  if (!THANRAK_IS_WINDOW (window) || run->window != NULL)
    return;
  run->window = GTK_WIDGET (window);
  g_signal_connect (window, "map", G_CALLBACK (app_mapped), run);
}

/* The parent --------------------------------------------------------- */

typedef struct
{
  char   *what;
  char   *label;
  double  wall;
  double  cpu;
  guint   n;
} Measure;

static void
measure_free (gpointer data)
{
  Measure *m = data;

  g_free (m->what);
  g_free (m->label);
  g_free (m);
}

/* Runs one child; returns its measures in order, or NULL when it failed. */
static GPtrArray *
run_child (const char  *self,
           const char  *mode,
           const char  *db,
           char       **renderer)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) child = NULL;
  g_autofree char *out = NULL;
  g_autofree char *t0 = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) measures = g_ptr_array_new_with_free_func (measure_free);

  t0 = g_strdup_printf ("%" G_GINT64_FORMAT, g_get_monotonic_time ());
  g_subprocess_launcher_setenv (launcher, "BENCH_LISTS_T0", t0, TRUE);
  child = g_subprocess_launcher_spawn (launcher, &error, self, mode, db, NULL);
  if (child == NULL || !g_subprocess_communicate_utf8 (child, NULL, NULL, &out, NULL, &error))
    {
      g_printerr ("bench-lists: %s\n", error->message);
      return NULL;
    }
  if (!g_subprocess_get_if_exited (child) || g_subprocess_get_exit_status (child) != 0)
    {
      g_printerr ("bench-lists: the %s run failed; it printed:\n%s\n", mode, out);
      return NULL;
    }
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], " ", 5);
      Measure *m;

      if (g_strv_length (f) < 2)
        continue;
      if (g_str_equal (f[0], "renderer"))
        {
          g_free (*renderer);
          *renderer = g_strdup (f[1]);
          continue;
        }
      m = g_new0 (Measure, 1);
      m->what = g_strdup (f[0]);
      m->wall = g_ascii_strtod (f[1], NULL);
      m->cpu = f[2] != NULL ? g_ascii_strtod (f[2], NULL) : 0;
      m->n = f[2] != NULL && f[3] != NULL ? (guint) g_ascii_strtoull (f[3], NULL, 10) : 0;
      m->label = f[2] != NULL && f[3] != NULL && f[4] != NULL ? g_strdup (f[4]) : NULL;
      g_ptr_array_add (measures, m);
    }
  return g_steal_pointer (&measures);
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

/* Median of the values of @what in @all (a GPtrArray of runs) */
static double
median_of (GPtrArray  *all,
           const char *what,
           gboolean    cpu,
           double     *max)
{
  g_autoptr(GArray) v = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint r = 0; r < all->len; r++)
    {
      GPtrArray *measures = g_ptr_array_index (all, r);

      for (guint i = 0; i < measures->len; i++)
        {
          Measure *m = g_ptr_array_index (measures, i);
          if (g_str_equal (m->what, what))
            {
              double x = cpu ? m->cpu : m->wall;
              g_array_append_val (v, x);
            }
        }
    }
  if (v->len == 0)
    return -1;
  g_array_sort (v, compare_double);
  if (max != NULL)
    *max = g_array_index (v, double, v->len - 1);
  return v->len % 2 == 1 ? g_array_index (v, double, v->len / 2)
                         : (g_array_index (v, double, v->len / 2 - 1) + g_array_index (v, double, v->len / 2)) / 2;
}

/* The 1, 5 and 15 minute load averages */
static char *
load_average (void)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) f = NULL;

  if (!g_file_get_contents ("/proc/loadavg", &text, NULL, NULL))
    return g_strdup ("?");
  f = g_strsplit (text, " ", 4);
  if (g_strv_length (f) < 3)
    return g_strdup ("?");
  return g_strdup_printf ("%s %s %s", f[0], f[1], f[2]);
}

static const char *
verdict (gboolean ok)
{
  return ok ? "PASS" : "MISS";
}

static int
parent_main (const char *self,
             const char *db,
             const char *make_sample_db)
{
  g_autoptr(GPtrArray) empty_runs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) app_runs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autofree char *renderer = NULL;
  g_autofree char *load_before = load_average ();
  g_autofree char *load_after = NULL;
  double e, a, e_cpu, a_cpu, k, k_cpu, k_max, s, s_cpu, s_max, rss, hwm, empty_rss;

  if (!g_file_test (db, G_FILE_TEST_EXISTS))
    {
      g_autofree char *out = NULL;
      const char *argv[] = { make_sample_db, db, "100000", NULL };
      gint64 t0 = g_get_monotonic_time ();
      int status;
      g_autoptr(GError) error = NULL;

      if (make_sample_db == NULL)
        {
          g_printerr ("bench-lists: %s does not exist: give make-sample-db to make it\n", db);
          return 2;
        }
      g_print ("Making the national-size database %s (once; kept for the next runs)…\n", db);
      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error) ||
          !g_spawn_check_wait_status (status, &error))
        {
          g_printerr ("bench-lists: make-sample-db failed: %s\n", error->message);
          g_remove (db);
          return 2;
        }
      g_print ("%s(made in %.1f s)\n", out, ms_since (t0) / 1000);
    }

  g_print ("Load average before: %s\n", load_before);
  for (int i = 0; i < RUNS; i++)
    {
      GPtrArray *e_run = run_child (self, "empty", db, &renderer);
      GPtrArray *a_run = e_run != NULL ? run_child (self, "app", db, &renderer) : NULL;

      if (e_run == NULL || a_run == NULL)
        {
          g_clear_pointer (&e_run, g_ptr_array_unref);
          return 1;
        }
      g_ptr_array_add (empty_runs, e_run);
      g_ptr_array_add (app_runs, a_run);

      g_print ("\nRun %d: ms wall / ms CPU (rows in the list)\n", i + 1);
      for (guint j = 0; j < e_run->len; j++)
        {
          Measure *m = g_ptr_array_index (e_run, j);
          if (g_str_equal (m->what, "first-frame"))
            g_print ("  empty libadwaita window: first frame %.0f / %.0f\n", m->wall, m->cpu);
        }
      for (guint j = 0; j < a_run->len; j++)
        {
          Measure *m = g_ptr_array_index (a_run, j);

          if (g_str_equal (m->what, "first-frame"))
            g_print ("  Thanrak window:          first frame %.0f / %.0f\n", m->wall, m->cpu);
          else if (g_str_has_suffix (m->what, "-kb"))
            g_print ("  %s %.0f MB\n", m->what[0] == 'r' ? "VmRSS" : "VmHWM", m->wall / 1024);
          else
            g_print ("  %-13s %-16s %7.1f / %7.1f  (%u)\n", m->what, m->label != NULL ? m->label : "", m->wall, m->cpu, m->n);
        }
    }
  load_after = load_average ();

  e = median_of (empty_runs, "first-frame", FALSE, NULL);
  e_cpu = median_of (empty_runs, "first-frame", TRUE, NULL);
  a = median_of (app_runs, "first-frame", FALSE, NULL);
  a_cpu = median_of (app_runs, "first-frame", TRUE, NULL);
  k = median_of (app_runs, "key", FALSE, &k_max);
  k_cpu = median_of (app_runs, "key", TRUE, NULL);
  s = median_of (app_runs, "sort", FALSE, &s_max);
  s_cpu = median_of (app_runs, "sort", TRUE, NULL);
  rss = median_of (app_runs, "rss-kb", FALSE, NULL) / 1024;
  hwm = median_of (app_runs, "hwm-kb", FALSE, NULL) / 1024;
  empty_rss = median_of (empty_runs, "rss-kb", FALSE, NULL) / 1024;

  g_print ("\nMedians of %d runs (renderer %s; load average before %s, after %s)\n",
           RUNS, renderer != NULL ? renderer : "?", load_before, load_after);
  g_print ("first window:  Thanrak %.0f ms (CPU %.0f), empty libadwaita window %.0f ms (CPU %.0f): "
           "%.2fx, target %.1fx  %s\n",
           a, a_cpu, e, e_cpu, a / e, TARGET_FIRST_WINDOW_RATIO, verdict (a <= TARGET_FIRST_WINDOW_RATIO * e));
  g_print ("search keystroke to products list painted: %.0f ms (CPU %.0f, slowest %.0f), target %.0f ms  %s\n",
           k, k_cpu, k_max, TARGET_KEYSTROKE_MS, verdict (k < TARGET_KEYSTROKE_MS));
  g_print ("re-sort by a column to list painted: %.0f ms (CPU %.0f, slowest %.0f), target %.0f ms  %s\n",
           s, s_cpu, s_max, TARGET_SORT_MS, verdict (s < TARGET_SORT_MS));
  g_print ("resident memory at the end: VmRSS %.0f MB (peak VmHWM %.0f MB; empty window %.0f MB), target %.0f MB  %s\n",
           rss, hwm, empty_rss, TARGET_MEMORY_MB, verdict (hwm < TARGET_MEMORY_MB));
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  const char *t0 = g_getenv ("BENCH_LISTS_T0");

  /* from the parent's spawn when it gave it: process start included */
  t_start = t0 != NULL ? g_ascii_strtoll (t0, NULL, 10) : g_get_monotonic_time ();
  /* as src/main.c does, for both windows compared */
  thanrak_application_choose_renderer ();
  setlocale (LC_ALL, "");

  if (argc >= 2 && g_str_equal (argv[1], "empty"))
    {
      g_autoptr(AdwApplication) a = adw_application_new ("io.github.thanrak.BenchEmpty", G_APPLICATION_NON_UNIQUE);
      g_signal_connect (a, "activate", G_CALLBACK (empty_activate), NULL);
      return g_application_run (G_APPLICATION (a), 1, argv);
    }
  if (argc >= 3 && g_str_equal (argv[1], "app"))
    {
      g_autoptr(ThanrakApplication) a = thanrak_application_new (G_APPLICATION_NON_UNIQUE);
      char *args[] = { argv[0], (char *) "--database", argv[2], NULL };
      Run run = { .app = G_APPLICATION (a) };
      int status;

      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("THANRAK_LOCALEDIR") != NULL ? g_getenv ("THANRAK_LOCALEDIR") : LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
      g_signal_connect (a, "window-added", G_CALLBACK (window_added), &run);
      status = g_application_run (G_APPLICATION (a), 3, args);
      g_free (run.label);
      g_free (run.text);
      return status;
    }
  if (argc < 2)
    {
      g_printerr ("Usage: %s DB [MAKE_SAMPLE_DB]\n", argv[0]);
      return 2;
    }
  return parent_main (argv[0], argv[1], argc >= 3 ? argv[2] : NULL);
}
