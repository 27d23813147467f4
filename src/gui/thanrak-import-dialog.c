/* thanrak-import-dialog.c: importing a CSV or xlsx file, row report first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-application.h"
#include "thanrak-district-figures-page.h"
#include "thanrak-import-dialog.h"
#include "thanrak-window.h"
#include "thanrak-io-error.h"
#include "thanrak-model.h"
#include "thanrak-table-reader.h"
#include "thanrak-thai.h"
#include "thanrak-xlsx-reader.h"

/**
 * ThanrakImportDialog:
 *
 * Imports the rows of a CSV or xlsx file (issue 8) with thanrak_import_table():
 * reads the file and guesses the kind of records from its headings
 * (thanrak_import_guess_kind(); the person may choose another kind), runs
 * a dry run and shows each row's outcome (imported, corrected with what
 * was read as what, updated, skipped, rejected with the column and what to
 * fix), rejected rows first. Import then writes all rows in one
 * transaction, or the valid ones only when the person asks; a toast on
 * the window says how many records were written and the pages showing
 * them read them again (#ThanrakStore::records-changed).
 *
 * Reading, checking and importing run in a worker thread (#GTask) on a
 * #ThanrakStore of its own opened on the same file, with a progress bar
 * and Cancel: the window never waits for a file of 100,000 rows, and a
 * cancelled or failed import writes nothing (the import is one
 * transaction, rolled back).
 */

typedef enum
{
  FILTER_ALL,
  FILTER_REJECTED,
  FILTER_CORRECTED,
  N_FILTERS
} Filter;

typedef enum
{
  JOB_CHECK,
  JOB_IMPORT,
} JobKind;

/* One row of the report, as the list shows it. */
#define THANRAK_TYPE_IMPORT_ROW_ITEM (thanrak_import_row_item_get_type ())
G_DECLARE_FINAL_TYPE (ThanrakImportRowItem, thanrak_import_row_item, THANRAK, IMPORT_ROW_ITEM, GObject)

struct _ThanrakImportRowItem
{
  GObject               parent_instance;
  guint                 row;
  ThanrakImportOutcome  outcome;
  char                 *message;
};

G_DEFINE_FINAL_TYPE (ThanrakImportRowItem, thanrak_import_row_item, G_TYPE_OBJECT)

static void
thanrak_import_row_item_finalize (GObject *object)
{
  g_free (THANRAK_IMPORT_ROW_ITEM (object)->message);
  G_OBJECT_CLASS (thanrak_import_row_item_parent_class)->finalize (object);
}

static void
thanrak_import_row_item_class_init (ThanrakImportRowItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = thanrak_import_row_item_finalize;
}

static void
thanrak_import_row_item_init (ThanrakImportRowItem *self)
{
}

struct _ThanrakImportDialog
{
  AdwWindow             parent_instance;

  ThanrakStore         *store;
  GFile                *file;
  ThanrakTable         *table;       /* the sheet read, kept for checking again */
  ThanrakImportKind     kind;
  gboolean              kind_known;  /* guessed or chosen */
  gboolean              guessed;
  char                **headings;    /* of the file, for the kind */
  ThanrakImportReport  *report;      /* of the last check, or of a failed import */
  GListModel           *rows[N_FILTERS];
  char                 *problem;
  gboolean              needs_year;

  GCancellable         *cancellable; /* of the job running */
  JobKind               job_kind;
  guint                 generation;
  gboolean              check_pending;
  gboolean              closing;
  gboolean              updating;
  guint                 tick_id;
  gint                 *progress;    /* of the job running, see job_progress() */
  GtkFileChooserNative *chooser;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  GtkStack             *stack;
  GtkLabel             *working_label;
  GtkProgressBar       *progress_bar;
  GtkLabel             *kind_label;
  GtkDropDown          *kind_dropdown;
  GtkLabel             *headings_label;
  GtkWidget            *year_box;
  GtkLabel             *year_label;
  GtkDropDown          *year_dropdown;
  GtkLabel             *duplicate_label;
  GtkDropDown          *duplicate_dropdown;
  GtkCheckButton       *valid_only_check;
  GtkWidget            *problem_box;
  GtkLabel             *problem_label;
  GtkLabel             *counts_label;
  GtkLabel             *status_label;
  GtkLabel             *notes_label;
  GtkWidget            *filter_box;
  GtkToggleButton      *all_toggle;
  GtkToggleButton      *rejected_toggle;
  GtkToggleButton      *corrected_toggle;
  GtkWidget            *rows_scroller;
  GtkColumnView        *row_view;
};

G_DEFINE_FINAL_TYPE (ThanrakImportDialog, thanrak_import_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_FILE,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* How many years the fiscal-year row offers, back from next year. */
#define N_YEARS 12

static void schedule_check (ThanrakImportDialog *self);
static void update_state (ThanrakImportDialog *self);

/* Kinds: the page that lists them and the record types written. */
static const struct
{
  const char *page;
  GType     (*types[3]) (void);
} kind_targets[THANRAK_IMPORT_N_KINDS] = {
  [THANRAK_IMPORT_KIND_OPERATORS] = { "operators", { thanrak_operator_get_type } },
  [THANRAK_IMPORT_KIND_PRODUCTS] = { "products", { thanrak_product_get_type } },
  [THANRAK_IMPORT_KIND_ONLINE_CHANNELS] = { "channels", { thanrak_online_channel_get_type } },
  [THANRAK_IMPORT_KIND_MONTHLY_SALES] = { NULL, { thanrak_monthly_sales_get_type } },
  [THANRAK_IMPORT_KIND_MARKETING_EVENTS] = { "events", { thanrak_marketing_event_get_type } },
  [THANRAK_IMPORT_KIND_DISTRICT_FIGURES] = { "district-figures", { thanrak_district_figures_get_type } },
  [THANRAK_IMPORT_KIND_CENTERS] = { "centers", { thanrak_center_get_type } },
  [THANRAK_IMPORT_KIND_COMMITTEE_MEMBERS] = { "committees", { thanrak_committee_member_get_type } },
  [THANRAK_IMPORT_KIND_FORM6] = { "operators", { thanrak_operator_get_type, thanrak_product_get_type,
                                                 thanrak_online_channel_get_type } },
};

/* The fiscal year (BE, 1 October to 30 September) of today. */
static int
current_fiscal_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now) + 543;

  return g_date_time_get_month (now) >= 10 ? year + 1 : year;
}

/* The fiscal year chosen, 0 for the file's own. */
static int
chosen_fiscal_year (ThanrakImportDialog *self)
{
  guint selected = gtk_drop_down_get_selected (self->year_dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return 0;
  return current_fiscal_year () + 1 - (int) (selected - 1);
}

static char *
format_count (guint n)
{
  return thanrak_thai_format_integer (n, FALSE);
}

/* Jobs --------------------------------------------------------------------- */

typedef struct
{
  JobKind               kind;
  guint                 generation;
  gint                 *progress;     /* rows done and total (g_rc_box), shared */
  GFile                *file;         /* read when there is no table yet */
  ThanrakTable         *table;
  char                 *db_path;      /* the worker's own connection */
  ThanrakStore         *store;        /* or the store itself (no file) */
  gboolean              guess;
  ThanrakImportKind     import_kind;
  ThanrakImportOptions  options;
  /* results */
  gboolean              guessed;
  gboolean              needs_year;
  char                **headings;
  ThanrakImportReport  *report;
  GListModel           *rows[N_FILTERS];
} Job;

static void
job_free (Job *job)
{
  g_rc_box_release (job->progress);
  g_clear_object (&job->file);
  g_clear_object (&job->table);
  g_clear_object (&job->store);
  g_free (job->db_path);
  g_strfreev (job->headings);
  g_clear_pointer (&job->report, thanrak_import_report_free);
  for (guint i = 0; i < N_FILTERS; i++)
    g_clear_object (&job->rows[i]);
  g_free (job);
}

/* Called in the worker thread: the window reads it at its own pace
 * (progress_tick()), so that the worker never floods its main loop. */
static void
job_progress (guint    done,
              guint    total,
              gpointer user_data)
{
  Job *job = user_data;

  g_atomic_int_set (&job->progress[1], (gint) total);
  g_atomic_int_set (&job->progress[0], (gint) done);
}

/* Cancels the probe of needs_fiscal_year() once the rows are reached. */
static void
probe_progress (guint    done,
                guint    total,
                gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

/* Whether district figures failed only for want of a fiscal year: with
 * one given, the import reaches its first row (and is stopped there). */
static gboolean
needs_fiscal_year (ThanrakStore         *store,
                   Job                  *job,
                   GCancellable         *cancellable)
{
  g_autoptr(GCancellable) probe = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakImportReport) report = NULL;
  ThanrakImportOptions options = job->options;

  options.fiscal_year = current_fiscal_year ();
  options.dry_run = TRUE;
  report = thanrak_import_table (store, job->import_kind, job->table, &options,
                                 probe_progress, probe, probe, &error);
  return !g_cancellable_is_cancelled (cancellable) &&
         (report != NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED));
}

/* Reads the file; in a workbook, the first sheet whose headings fit a
 * kind (a workbook often starts with a cover sheet). */
static ThanrakTable *
read_table (GFile         *file,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(ThanrakTable) table = thanrak_table_read_file (file, NULL, cancellable, error);
  g_autoptr(ThanrakXlsxReader) reader = NULL;
  const char * const *names;

  if (table == NULL || thanrak_table_get_format (table) != THANRAK_TABLE_FORMAT_XLSX ||
      thanrak_import_guess_kind (table, NULL))
    return g_steal_pointer (&table);

  reader = thanrak_xlsx_reader_new_for_file (file, cancellable, NULL);
  names = reader != NULL ? thanrak_xlsx_reader_get_sheet_names (reader) : NULL;
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autoptr(ThanrakTable) sheet = NULL;

      if (g_str_equal (names[i], thanrak_table_get_sheet_name (table)))
        continue;
      sheet = thanrak_xlsx_reader_read_sheet (reader, names[i], NULL);
      if (sheet != NULL && thanrak_import_guess_kind (sheet, NULL))
        return g_steal_pointer (&sheet);
    }
  return g_steal_pointer (&table);
}

static int
outcome_rank (ThanrakImportOutcome outcome)
{
  switch (outcome)
    {
    case THANRAK_IMPORT_OUTCOME_REJECTED:
      return 0;
    case THANRAK_IMPORT_OUTCOME_CORRECTED:
      return 1;
    case THANRAK_IMPORT_OUTCOME_SKIPPED:
      return 2;
    case THANRAK_IMPORT_OUTCOME_UPDATED:
      return 3;
    case THANRAK_IMPORT_OUTCOME_IMPORTED:
    default:
      return 4;
    }
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const ThanrakImportRowItem *x = *(ThanrakImportRowItem **) a;
  const ThanrakImportRowItem *y = *(ThanrakImportRowItem **) b;
  int rx = outcome_rank (x->outcome), ry = outcome_rank (y->outcome);

  if (rx != ry)
    return rx - ry;
  return x->row < y->row ? -1 : x->row > y->row;
}

/* The list's rows, made here in the worker: rejected first, then
 * corrected, then the rest, each in file order. */
static void
build_rows (Job *job)
{
  GArray *rows = job->report->rows;
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (rows->len, g_object_unref);
  GListStore *stores[N_FILTERS];

  for (guint i = 0; i < rows->len; i++)
    {
      const ThanrakImportRow *row = &g_array_index (rows, ThanrakImportRow, i);
      ThanrakImportRowItem *item = g_object_new (THANRAK_TYPE_IMPORT_ROW_ITEM, NULL);

      item->row = row->row;
      item->outcome = row->outcome;
      item->message = g_strdup (row->message);
      g_ptr_array_add (items, item);
    }
  g_ptr_array_sort (items, compare_items);

  for (guint f = 0; f < N_FILTERS; f++)
    stores[f] = g_list_store_new (THANRAK_TYPE_IMPORT_ROW_ITEM);
  g_list_store_splice (stores[FILTER_ALL], 0, 0, items->pdata, items->len);
  {
    guint n_rejected = 0, n_corrected = 0;

    while (n_rejected < items->len &&
           THANRAK_IMPORT_ROW_ITEM (items->pdata[n_rejected])->outcome == THANRAK_IMPORT_OUTCOME_REJECTED)
      n_rejected++;
    while (n_rejected + n_corrected < items->len &&
           THANRAK_IMPORT_ROW_ITEM (items->pdata[n_rejected + n_corrected])->outcome == THANRAK_IMPORT_OUTCOME_CORRECTED)
      n_corrected++;
    g_list_store_splice (stores[FILTER_REJECTED], 0, 0, items->pdata, n_rejected);
    g_list_store_splice (stores[FILTER_CORRECTED], 0, 0, items->pdata + n_rejected, n_corrected);
  }
  for (guint f = 0; f < N_FILTERS; f++)
    job->rows[f] = G_LIST_MODEL (stores[f]);
}

static void
job_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(ThanrakStore) own = NULL;
  ThanrakStore *store = job->store;
  GError *error = NULL;

  if (job->table == NULL)
    {
      job->table = read_table (job->file, cancellable, &error);
      if (job->table == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
    }
  if (job->guess)
    job->guessed = thanrak_import_guess_kind (job->table, &job->import_kind);
  job->headings = thanrak_import_find_headings (job->table, job->import_kind);

  if (store == NULL)
    {
      own = thanrak_store_new (job->db_path, &error);
      if (own == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      store = own;
    }

  job->report = thanrak_import_table (store, job->import_kind, job->table, &job->options,
                                      job_progress, job, cancellable, &error);
  if (job->report == NULL)
    {
      if (job->kind == JOB_CHECK && job->import_kind == THANRAK_IMPORT_KIND_DISTRICT_FIGURES &&
          job->options.fiscal_year == 0 &&
          g_error_matches (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_NO_HEADINGS) &&
          needs_fiscal_year (store, job, cancellable))
        {
          g_clear_error (&error);
          job->needs_year = TRUE;
          g_task_return_boolean (task, TRUE);
          return;
        }
      g_task_return_error (task, error);
      return;
    }
  build_rows (job);
  g_task_return_boolean (task, TRUE);
}

static gboolean
progress_tick (gpointer data)
{
  ThanrakImportDialog *self = data;
  guint done = (guint) g_atomic_int_get (&self->progress[0]);
  guint total = (guint) g_atomic_int_get (&self->progress[1]);

  if (total == 0 && done == 0)
    gtk_progress_bar_pulse (self->progress_bar);
  else
    {
      g_autofree char *done_text = format_count (done);
      g_autofree char *total_text = format_count (total);
      g_autofree char *text = g_strdup_printf (_("%s of %s rows"), done_text, total_text);

      gtk_progress_bar_set_fraction (self->progress_bar, total > 0 ? (double) done / total : 1.0);
      gtk_progress_bar_set_text (self->progress_bar, text);
    }
  return G_SOURCE_CONTINUE;
}

static void
set_busy (ThanrakImportDialog *self,
          GCancellable        *cancellable)
{
  gboolean was = self->cancellable != NULL;

  g_set_object (&self->cancellable, cancellable);
  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (cancellable != NULL)
    {
      g_autofree char *name = self->file != NULL ? g_file_get_basename (self->file) : g_strdup ("");
      g_autofree char *text = g_strdup_printf (self->job_kind == JOB_IMPORT ? _("Importing “%s”…") : _("Checking “%s”…"),
                                               name);

      gtk_label_set_text (self->working_label, text);
      gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
      gtk_progress_bar_set_text (self->progress_bar, self->table == NULL ? _("Reading the file") : "");
      self->tick_id = g_timeout_add (100, progress_tick, self);
      gtk_stack_set_visible_child_name (self->stack, "working");
    }
  if (was != (cancellable != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  update_state (self);
}

static void
set_problem (ThanrakImportDialog *self,
             const char          *problem)
{
  g_free (self->problem);
  self->problem = g_strdup (problem);
}

static void
clear_report (ThanrakImportDialog *self)
{
  g_clear_pointer (&self->report, thanrak_import_report_free);
  for (guint i = 0; i < N_FILTERS; i++)
    g_clear_object (&self->rows[i]);
  self->needs_year = FALSE;
}

static void
select_kind (ThanrakImportDialog *self,
              ThanrakImportKind    kind)
{
  self->updating = TRUE;
  gtk_drop_down_set_selected (self->kind_dropdown, kind);
  self->updating = FALSE;
}

static void show_rows (ThanrakImportDialog *self);

/* The toast goes on the page that lists the records written (shown
 * first), or on any toast overlay of @window. */
static AdwToastOverlay *
find_toast_overlay (GtkWidget *widget)
{
  if (ADW_IS_TOAST_OVERLAY (widget))
    return ADW_TOAST_OVERLAY (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwToastOverlay *found = find_toast_overlay (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_page (GtkWidget  *widget,
           const char *name)
{
  if (GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), name) != NULL)
    return gtk_stack_get_child_by_name (GTK_STACK (widget), name);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_page (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* District figures: the province and fiscal year of the first row
 * imported, on their page. */
static void
show_figures (ThanrakImportDialog        *self,
              ThanrakDistrictFiguresPage *page,
              const ThanrakImportReport  *report)
{
  for (guint i = 0; i < report->rows->len; i++)
    {
      const ThanrakImportRow *row = &g_array_index (report->rows, ThanrakImportRow, i);
      g_autoptr(ThanrakRecord) figures = NULL;
      g_autofree char *province = NULL;

      if (row->record_id <= 0)
        continue;
      figures = thanrak_store_load (self->store, THANRAK_TYPE_DISTRICT_FIGURES, row->record_id, NULL);
      if (figures == NULL || thanrak_record_get_string (figures, "district-code") == NULL)
        continue;
      province = g_strndup (thanrak_record_get_string (figures, "district-code"), 2);
      thanrak_district_figures_page_show (page, province, (guint) thanrak_record_get_number (figures, "fiscal-year"));
      return;
    }
}

static void
announce (ThanrakImportDialog       *self,
          const ThanrakImportReport *report)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  const char *page = kind_targets[report->kind].page;
  g_autofree char *n = format_count (report->n_imported);
  g_autofree char *u = format_count (report->n_updated);
  g_autofree char *title = NULL;
  AdwToastOverlay *overlay = NULL;
  AdwToast *toast;

  if (report->n_updated == 0)
    title = g_strdup_printf (ngettext ("%s record imported", "%s records imported", report->n_imported), n);
  else
    title = g_strdup_printf (ngettext ("%s record imported, %s updated", "%s records imported, %s updated",
                                       report->n_imported), n, u);
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 6);

  if (parent != NULL && page != NULL)
    {
      GtkWidget *widget;

      gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-page", "s", page);
      widget = THANRAK_IS_WINDOW (parent) ? thanrak_window_get_page_widget (THANRAK_WINDOW (parent), page)
                                          : find_page (GTK_WIDGET (parent), page);
      if (widget != NULL)
        overlay = find_toast_overlay (widget);
      if (THANRAK_IS_DISTRICT_FIGURES_PAGE (widget))
        show_figures (self, THANRAK_DISTRICT_FIGURES_PAGE (widget), report);
    }
  if (overlay == NULL && parent != NULL)
    overlay = find_toast_overlay (GTK_WIDGET (parent));
  if (overlay != NULL)
    adw_toast_overlay_add_toast (overlay, toast);
  else
    {
      g_message ("%s", title);
      g_object_unref (g_object_ref_sink (toast));
    }
}

static void
job_done (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  ThanrakImportDialog *self = THANRAK_IMPORT_DIALOG (source);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  if (self->closing || job->generation != self->generation)
    return;
  set_busy (self, NULL);

  if (job->table != NULL && self->table == NULL)
    self->table = g_object_ref (job->table);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      if (self->check_pending)
        {
          schedule_check (self);
          return;
        }
      if (job->kind == JOB_IMPORT)
        set_problem (self, _("The import was cancelled: nothing was written."));
      else
        {
          clear_report (self);
          set_problem (self, _("The check was cancelled; nothing was written. Change an option or choose the file again to check it."));
        }
      if (self->table == NULL)
        gtk_stack_set_visible_child_name (self->stack, "choose");
      else
        show_rows (self);
      return;
    }

  if (job->kind == JOB_CHECK)
    {
      clear_report (self);
      if (job->guess)
        {
          self->kind = job->import_kind;
          self->kind_known = TRUE;
          self->guessed = job->guessed;
          select_kind (self, self->kind);
        }
      g_strfreev (self->headings);
      self->headings = g_steal_pointer (&job->headings);
      if (!ok)
        set_problem (self, error->message);
      else if (job->needs_year)
        {
          self->needs_year = TRUE;
          set_problem (self, _("The file does not say which fiscal year its figures are for: choose the fiscal year above."));
        }
      else
        {
          set_problem (self, NULL);
          self->report = g_steal_pointer (&job->report);
          for (guint i = 0; i < N_FILTERS; i++)
            self->rows[i] = g_steal_pointer (&job->rows[i]);
        }
      if (self->check_pending)
        {
          schedule_check (self);
          return;
        }
      gtk_toggle_button_set_active (self->all_toggle, TRUE);
      show_rows (self);
      return;
    }

  /* JOB_IMPORT */
  if (!ok)
    {
      g_autofree char *message = g_strdup_printf (_("Nothing was written: %s"), error->message);

      set_problem (self, message);
      show_rows (self);
      return;
    }
  if (!job->report->written)
    {
      /* rows the store refused at saving, which a dry run does not try */
      clear_report (self);
      self->report = g_steal_pointer (&job->report);
      for (guint i = 0; i < N_FILTERS; i++)
        self->rows[i] = g_steal_pointer (&job->rows[i]);
      set_problem (self, _("Nothing was written: some rows were refused when they were saved. They are listed first below."));
      show_rows (self);
      return;
    }

  for (guint t = 0; t < G_N_ELEMENTS (kind_targets[0].types) && kind_targets[job->report->kind].types[t] != NULL; t++)
    thanrak_store_records_changed (self->store, kind_targets[job->report->kind].types[t] ());
  announce (self, job->report);
  g_signal_emit (self, signals[IMPORTED], 0, job->report->n_imported + job->report->n_updated);
  gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
store_has_file (ThanrakStore *store)
{
  const char *path = thanrak_store_get_path (store);

  return path != NULL && *path != '\0' && !g_str_equal (path, ":memory:");
}

static void
start_job (ThanrakImportDialog *self,
           JobKind              kind)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Job *job;

  if (self->store == NULL || self->file == NULL)
    return;

  job = g_new0 (Job, 1);
  job->kind = kind;
  job->generation = ++self->generation;
  /* a fresh count for this job; one cancelled may still write its own */
  g_rc_box_release (self->progress);
  self->progress = g_rc_box_alloc0 (2 * sizeof (gint));
  job->progress = g_rc_box_acquire (self->progress);
  job->file = g_object_ref (self->file);
  job->table = self->table != NULL ? g_object_ref (self->table) : NULL;
  job->guess = !self->kind_known;
  job->import_kind = self->kind;
  job->options.fiscal_year = self->kind == THANRAK_IMPORT_KIND_DISTRICT_FIGURES ? chosen_fiscal_year (self) : 0;
  job->options.on_duplicate = gtk_drop_down_get_selected (self->duplicate_dropdown) == 1
                              ? THANRAK_IMPORT_DUPLICATE_SKIP : THANRAK_IMPORT_DUPLICATE_UPDATE;
  job->options.valid_only = kind == JOB_IMPORT && gtk_check_button_get_active (self->valid_only_check);
  job->options.dry_run = kind == JOB_CHECK;
  if (store_has_file (self->store))
    job->db_path = g_strdup (thanrak_store_get_path (self->store));
  else
    job->store = g_object_ref (self->store);

  self->check_pending = FALSE;
  self->job_kind = kind;
  set_busy (self, cancellable);

  task = g_task_new (self, cancellable, job_done, NULL);
  g_task_set_source_tag (task, start_job);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  if (job->store != NULL)
    {
      /* A store without a file cannot be opened twice: its thread is
       * this one, so the job runs while this thread waits. */
      g_task_run_in_thread_sync (task, job_thread);
      job_done (G_OBJECT (self), G_ASYNC_RESULT (task), NULL);
    }
  else
    g_task_run_in_thread (task, job_thread);
}

/* Checks the file again with the options chosen; a check running is
 * stopped first. */
static void
schedule_check (ThanrakImportDialog *self)
{
  if (self->file == NULL || self->closing)
    return;
  if (self->cancellable != NULL)
    {
      if (self->job_kind == JOB_CHECK)
        {
          self->check_pending = TRUE;
          g_cancellable_cancel (self->cancellable);
        }
      return;
    }
  start_job (self, JOB_CHECK);
}

/* The report -------------------------------------------------------------- */

static void
filter_toggled_cb (ThanrakImportDialog *self,
                   GtkToggleButton     *button)
{
  g_autoptr(GtkNoSelection) selection = NULL;
  Filter filter = FILTER_ALL;
  GListModel *model;

  if (!gtk_toggle_button_get_active (button))
    return;
  if (gtk_toggle_button_get_active (self->rejected_toggle))
    filter = FILTER_REJECTED;
  else if (gtk_toggle_button_get_active (self->corrected_toggle))
    filter = FILTER_CORRECTED;
  model = self->rows[filter];
  selection = gtk_no_selection_new (model != NULL ? g_object_ref (model) : NULL);
  gtk_column_view_set_model (self->row_view, GTK_SELECTION_MODEL (selection));
}

static void
update_state (ThanrakImportDialog *self)
{
  const ThanrakImportReport *r = self->report;
  gboolean busy = self->cancellable != NULL;
  gboolean valid_only = gtk_check_button_get_active (self->valid_only_check);
  gboolean can_import;
  g_autofree char *subtitle = NULL;

  can_import = !busy && r != NULL && self->problem == NULL &&
               r->n_imported + r->n_updated > 0 && (r->n_rejected == 0 || valid_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.commit", can_import);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.choose-file", !busy || self->job_kind == JOB_CHECK);

  if (self->file != NULL)
    {
      g_autofree char *name = g_file_get_basename (self->file);

      if (self->table != NULL && thanrak_table_get_format (self->table) == THANRAK_TABLE_FORMAT_XLSX)
        subtitle = g_strdup_printf (_("%s, sheet “%s”"), name, thanrak_table_get_sheet_name (self->table));
      else
        subtitle = g_steal_pointer (&name);
    }
  adw_window_title_set_subtitle (self->window_title, subtitle);

  gtk_widget_set_visible (self->year_box, self->kind == THANRAK_IMPORT_KIND_DISTRICT_FIGURES);
  if (self->needs_year)
    gtk_widget_add_css_class (GTK_WIDGET (self->year_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->year_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->valid_only_check), r != NULL && r->n_rejected > 0);

  {
    g_autofree char *heads = self->headings != NULL && self->headings[0] != NULL
                             ? g_strjoinv (" · ", self->headings) : NULL;
    g_autofree char *text = NULL;

    if (heads == NULL)
      text = g_strdup (_("No column of the file has a heading of this kind"));
    else if (self->guessed && self->kind_known)
      text = g_strdup_printf (_("Chosen by the headings found: %s"), heads);
    else
      text = g_strdup_printf (_("Headings found: %s"), heads);
    /* one line, the whole list in the tooltip */
    gtk_label_set_text (self->headings_label, text);
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->headings_label), text);
  }

  gtk_widget_set_visible (self->problem_box, self->problem != NULL);
  gtk_label_set_text (self->problem_label, self->problem != NULL ? self->problem : "");

  gtk_widget_set_visible (GTK_WIDGET (self->counts_label), r != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), r != NULL);
  gtk_widget_set_visible (self->filter_box, r != NULL);
  gtk_widget_set_visible (self->rows_scroller, r != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->notes_label), r != NULL && r->notes->len > 0);
  if (r == NULL)
    return;

  {
    g_autofree char *rows = format_count (r->rows->len);
    g_autofree char *imported = format_count (r->n_imported);
    g_autofree char *corrected = format_count (r->n_corrected);
    g_autofree char *updated = format_count (r->n_updated);
    g_autofree char *skipped = format_count (r->n_skipped);
    g_autofree char *rejected = format_count (r->n_rejected);
    g_autofree char *counts = g_strdup_printf (_("%s rows: %s new (%s of them corrected), %s updated, %s skipped, %s rejected"),
                                               rows, imported, corrected, updated, skipped, rejected);
    const char *status;
    g_autofree char *formatted = NULL;

    gtk_label_set_text (self->counts_label, counts);
    if (r->written)
      status = _("Written to the database.");
    else if (r->rows->len == 0)
      status = _("The file has no rows to import.");
    else if (r->n_rejected > 0 && !valid_only)
      status = _("Nothing can be imported while rows are rejected: fix them in the file and choose it again, or import the valid rows only. Nothing has been written yet.");
    else if (r->n_rejected > 0)
      status = formatted = g_strdup_printf (ngettext ("Checked; nothing has been written yet. Import writes the valid rows in one go and leaves out %s rejected row.",
                                                      "Checked; nothing has been written yet. Import writes the valid rows in one go and leaves out %s rejected rows.",
                                                      r->n_rejected), rejected);
    else if (r->n_imported + r->n_updated == 0)
      status = _("Every row is already stored: there is nothing to import.");
    else
      status = _("Checked; nothing has been written yet. Import writes these rows in one go.");
    gtk_label_set_text (self->status_label, status);
  }

  {
    g_autoptr(GString) notes = g_string_new (NULL);

    for (guint i = 0; i < r->notes->len; i++)
      g_string_append_printf (notes, "%s%s", i ? "\n" : "", (const char *) r->notes->pdata[i]);
    gtk_label_set_text (self->notes_label, notes->str);
  }

  {
    g_autofree char *all = format_count (r->rows->len);
    g_autofree char *rejected = format_count (r->n_rejected);
    g_autofree char *corrected = format_count (r->n_corrected);
    g_autofree char *all_label = g_strdup_printf (_("All rows (%s)"), all);
    g_autofree char *rejected_label = g_strdup_printf (_("Rejected (%s)"), rejected);
    g_autofree char *corrected_label = g_strdup_printf (_("Corrected (%s)"), corrected);

    gtk_button_set_label (GTK_BUTTON (self->all_toggle), all_label);
    gtk_button_set_label (GTK_BUTTON (self->rejected_toggle), rejected_label);
    gtk_button_set_label (GTK_BUTTON (self->corrected_toggle), corrected_label);
  }
}

static void
show_rows (ThanrakImportDialog *self)
{
  filter_toggled_cb (self, gtk_toggle_button_get_active (self->rejected_toggle) ? self->rejected_toggle
                           : gtk_toggle_button_get_active (self->corrected_toggle) ? self->corrected_toggle
                           : self->all_toggle);
  update_state (self);
  gtk_stack_set_visible_child_name (self->stack, "report");
}

/* Cells */

static void
setup_label (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  if (GPOINTER_TO_INT (wrap))
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_selectable (GTK_LABEL (label), FALSE);
      gtk_widget_set_hexpand (label, TRUE);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item)
{
  ThanrakImportRowItem *row = gtk_list_item_get_item (item);
  g_autofree char *text = g_strdup_printf ("%u", row->row);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

/* A row's outcome before anything is written (the report shown is a dry
 * run's, or an import's that wrote nothing). */
static const char *
outcome_label (ThanrakImportOutcome outcome)
{
  switch (outcome)
    {
    case THANRAK_IMPORT_OUTCOME_REJECTED:
      return C_("import row", "Rejected");
    case THANRAK_IMPORT_OUTCOME_CORRECTED:
      return C_("import row", "Corrected");
    case THANRAK_IMPORT_OUTCOME_UPDATED:
      return C_("import row", "Updates a stored record");
    case THANRAK_IMPORT_OUTCOME_SKIPPED:
      return C_("import row", "Skipped: already stored");
    case THANRAK_IMPORT_OUTCOME_IMPORTED:
    default:
      return C_("import row", "New");
    }
}

static void
bind_outcome (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  ThanrakImportRowItem *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *style;

  switch (row->outcome)
    {
    case THANRAK_IMPORT_OUTCOME_REJECTED:
      style = "error";
      break;
    case THANRAK_IMPORT_OUTCOME_CORRECTED:
      style = "warning";
      break;
    case THANRAK_IMPORT_OUTCOME_SKIPPED:
      style = "dim-label";
      break;
    case THANRAK_IMPORT_OUTCOME_IMPORTED:
    case THANRAK_IMPORT_OUTCOME_UPDATED:
    default:
      style = "success";
      break;
    }
  gtk_label_set_text (GTK_LABEL (label), outcome_label (row->outcome));
  gtk_widget_set_css_classes (label, (const char *[]) { style, NULL });
}

static void
bind_message (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  ThanrakImportRowItem *row = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), row->message != NULL ? row->message : "");
}

static void
add_column (ThanrakImportDialog *self,
            const char          *title,
            GCallback            bind,
            gboolean             wrap)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_label), GINT_TO_POINTER (wrap));
  g_signal_connect (factory, "bind", bind, NULL);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, wrap);
  gtk_column_view_append_column (self->row_view, column);
  g_object_unref (column);
}

/* Options ------------------------------------------------------------------ */

static void
kind_selected_cb (ThanrakImportDialog *self)
{
  guint selected = gtk_drop_down_get_selected (self->kind_dropdown);

  if (self->updating || selected >= THANRAK_IMPORT_N_KINDS)
    return;
  thanrak_import_dialog_set_kind (self, (ThanrakImportKind) selected);
}

static void
option_changed_cb (ThanrakImportDialog *self)
{
  if (self->updating || self->table == NULL)
    return;
  schedule_check (self);
}

/* Actions ------------------------------------------------------------------ */

static void
commit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ThanrakImportDialog *self = THANRAK_IMPORT_DIALOG (widget);

  if (self->cancellable != NULL || self->report == NULL || self->table == NULL)
    return;
  start_job (self, JOB_IMPORT);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ThanrakImportDialog *self = THANRAK_IMPORT_DIALOG (widget);

  if (self->cancellable != NULL)
    {
      self->check_pending = FALSE;
      g_cancellable_cancel (self->cancellable);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
chooser_response_cb (GtkNativeDialog     *dialog,
                     int                  response,
                     ThanrakImportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        thanrak_import_dialog_set_file (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  thanrak_import_dialog_choose_file (THANRAK_IMPORT_DIALOG (widget));
}

static gboolean
drop_cb (GtkDropTarget       *target,
         const GValue        *value,
         double               x,
         double               y,
         ThanrakImportDialog *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST) ||
      (self->cancellable != NULL && self->job_kind == JOB_IMPORT))
    return FALSE;
  files = gdk_file_list_get_files (g_value_get_boxed (value));
  if (files == NULL)
    return FALSE;
  thanrak_import_dialog_set_file (self, files->data);
  g_slist_free (files);
  return TRUE;
}

/* GObject ------------------------------------------------------------------ */

static gboolean
thanrak_import_dialog_close_request (GtkWindow *window)
{
  ThanrakImportDialog *self = THANRAK_IMPORT_DIALOG (window);

  self->closing = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  return GTK_WINDOW_CLASS (thanrak_import_dialog_parent_class)->close_request (window);
}

static void
thanrak_import_dialog_dispose (GObject *object)
{
  ThanrakImportDialog *self = THANRAK_IMPORT_DIALOG (object);

  self->closing = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  clear_report (self);
  g_clear_object (&self->table);
  g_clear_object (&self->file);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (thanrak_import_dialog_parent_class)->dispose (object);
}

static void
thanrak_import_dialog_finalize (GObject *object)
{
  ThanrakImportDialog *self = THANRAK_IMPORT_DIALOG (object);

  g_strfreev (self->headings);
  g_free (self->problem);
  g_rc_box_release (self->progress);

  G_OBJECT_CLASS (thanrak_import_dialog_parent_class)->finalize (object);
}

static void
thanrak_import_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  ThanrakImportDialog *self = THANRAK_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, thanrak_import_dialog_get_busy (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
thanrak_import_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  ThanrakImportDialog *self = THANRAK_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_FILE:
      thanrak_import_dialog_set_file (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
thanrak_import_dialog_class_init (ThanrakImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = thanrak_import_dialog_dispose;
  object_class->finalize = thanrak_import_dialog_finalize;
  object_class->get_property = thanrak_import_dialog_get_property;
  object_class->set_property = thanrak_import_dialog_set_property;
  window_class->close_request = thanrak_import_dialog_close_request;

  /**
   * ThanrakImportDialog:store:
   *
   * The store imported into (its file is opened again in the worker).
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, THANRAK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * ThanrakImportDialog:file:
   *
   * The CSV or xlsx file imported, %NULL until one is chosen.
   */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ThanrakImportDialog:busy:
   *
   * Whether the file is being read, checked or imported.
   */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ThanrakImportDialog::imported:
   * @self: the dialog
   * @n_records: the rows written: new records and stored ones updated
   *
   * Emitted when an import was committed, just before the dialog closes.
   */
  signals[IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/thanrak-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ThanrakImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, ThanrakImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, ThanrakImportDialog, working_label);
  gtk_widget_class_bind_template_child (widget_class, ThanrakImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, ThanrakImportDialog, kind_label);
  gtk_widget_class_bind_template_child (widget_class, ThanrakImportDialog, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ThanrakImportDialog, headings_label);
  gtk_widget_class_bind_template_child (widget_class, ThanrakImportDialog, year_box);
  gtk_widget_class_bind_template_child (widget_class, ThanrakImportDialog, year_label);
  gtk_widget_class_bind_template_child (widget_class, ThanrakImportDialog, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ThanrakImportDialog, duplicate_label);
  gtk_widget_class_bind_template_child (widget_class, ThanrakImportDialog, duplicate_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ThanrakImportDialog, valid_only_check);
  gtk_widget_class_bind_template_child (widget_class, ThanrakImportDialog, problem_box);
  gtk_widget_class_bind_template_child (widget_class, ThanrakImportDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, ThanrakImportDialog, counts_label);
  gtk_widget_class_bind_template_child (widget_class, ThanrakImportDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, ThanrakImportDialog, notes_label);
  gtk_widget_class_bind_template_child (widget_class, ThanrakImportDialog, filter_box);
  gtk_widget_class_bind_template_child (widget_class, ThanrakImportDialog, all_toggle);
  gtk_widget_class_bind_template_child (widget_class, ThanrakImportDialog, rejected_toggle);
  gtk_widget_class_bind_template_child (widget_class, ThanrakImportDialog, corrected_toggle);
  gtk_widget_class_bind_template_child (widget_class, ThanrakImportDialog, rows_scroller);
  gtk_widget_class_bind_template_child (widget_class, ThanrakImportDialog, row_view);
  gtk_widget_class_bind_template_callback (widget_class, kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, option_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_state);

  gtk_widget_class_install_action (widget_class, "import.commit", NULL, commit_action);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "import.choose-file", NULL, choose_file_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "import.choose-file", NULL);
}

static void
thanrak_import_dialog_init (ThanrakImportDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) years = gtk_string_list_new (NULL);
  GtkDropTarget *target;
  int year = current_fiscal_year ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->progress = g_rc_box_alloc0 (2 * sizeof (gint));

  for (guint k = 0; k < THANRAK_IMPORT_N_KINDS; k++)
    gtk_string_list_append (kinds, thanrak_import_kind_get_title ((ThanrakImportKind) k));
  gtk_string_list_append (years, _("As the file says"));
  for (int y = year + 1; y > year + 1 - N_YEARS; y--)
    {
      g_autofree char *text = g_strdup_printf ("%d", y);

      gtk_string_list_append (years, text);
    }
  self->updating = TRUE;
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (years));
  gtk_drop_down_set_selected (self->year_dropdown, 0);
  self->updating = FALSE;

  {
    g_autoptr(GtkSizeGroup) labels = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);

    gtk_size_group_add_widget (labels, GTK_WIDGET (self->kind_label));
    gtk_size_group_add_widget (labels, GTK_WIDGET (self->year_label));
    gtk_size_group_add_widget (labels, GTK_WIDGET (self->duplicate_label));
  }

  add_column (self, _("Row"), G_CALLBACK (bind_row), FALSE);
  add_column (self, _("Outcome"), G_CALLBACK (bind_outcome), FALSE);
  add_column (self, _("Details"), G_CALLBACK (bind_message), TRUE);

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  update_state (self);
}

/* API ---------------------------------------------------------------------- */

/**
 * thanrak_import_dialog_new:
 * @parent: (nullable): the window the dialog belongs to; after an import
 *   it shows the page of the records written, with a toast saying how
 *   many
 * @store: the open store to import into
 * @file: (nullable): the CSV or xlsx file; %NULL to let the person choose
 *   one (or drop it on the dialog)
 *
 * Creates the import dialog, modal for @parent. With @file it reads and
 * checks the file at once, in a worker thread.
 *
 * Returns: (transfer none): the dialog, to present with
 *   gtk_window_present(); it destroys itself when closed or when the
 *   import is done
 */
ThanrakImportDialog *
thanrak_import_dialog_new (GtkWindow    *parent,
                           ThanrakStore *store,
                           GFile        *file)
{
  ThanrakImportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (THANRAK_IS_STORE (store), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  self = g_object_new (THANRAK_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       NULL);
  if (file != NULL)
    thanrak_import_dialog_set_file (self, file);
  return self;
}

/**
 * thanrak_import_dialog_get_store:
 * @self: a #ThanrakImportDialog
 *
 * Returns: (transfer none): the store imported into
 */
ThanrakStore *
thanrak_import_dialog_get_store (ThanrakImportDialog *self)
{
  g_return_val_if_fail (THANRAK_IS_IMPORT_DIALOG (self), NULL);

  return self->store;
}

/**
 * thanrak_import_dialog_get_file:
 * @self: a #ThanrakImportDialog
 *
 * Returns: (transfer none) (nullable): the file imported
 */
GFile *
thanrak_import_dialog_get_file (ThanrakImportDialog *self)
{
  g_return_val_if_fail (THANRAK_IS_IMPORT_DIALOG (self), NULL);

  return self->file;
}

/**
 * thanrak_import_dialog_set_file:
 * @self: a #ThanrakImportDialog
 * @file: a CSV (UTF-8 or Windows-874) or xlsx file
 *
 * Reads @file in a worker thread, guesses the kind of its records from
 * its headings and checks every row (a dry run: nothing is written); a
 * check of another file still running is stopped.
 */
void
thanrak_import_dialog_set_file (ThanrakImportDialog *self,
                                GFile               *file)
{
  g_return_if_fail (THANRAK_IS_IMPORT_DIALOG (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (self->cancellable != NULL && self->job_kind == JOB_IMPORT)
    return;
  if (!g_set_object (&self->file, file))
    return;
  g_clear_object (&self->table);
  g_clear_pointer (&self->headings, g_strfreev);
  clear_report (self);
  set_problem (self, NULL);
  self->kind_known = FALSE;
  self->guessed = FALSE;
  self->updating = TRUE;
  gtk_check_button_set_active (self->valid_only_check, FALSE);
  self->updating = FALSE;
  if (self->cancellable != NULL)
    {
      /* the old job's result is dropped: the next one is a new generation */
      g_cancellable_cancel (self->cancellable);
      self->generation++;
      set_busy (self, NULL);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  if (file != NULL)
    start_job (self, JOB_CHECK);
  else
    {
      gtk_stack_set_visible_child_name (self->stack, "choose");
      update_state (self);
    }
}

/**
 * thanrak_import_dialog_choose_file:
 * @self: a #ThanrakImportDialog
 *
 * Asks for a CSV or xlsx file with a #GtkFileChooserNative, then checks
 * it as thanrak_import_dialog_set_file() does.
 */
void
thanrak_import_dialog_choose_file (ThanrakImportDialog *self)
{
  g_autoptr(GtkFileFilter) filter = NULL;
  const char *override;

  g_return_if_fail (THANRAK_IS_IMPORT_DIALOG (self));

  if (self->chooser != NULL || (self->cancellable != NULL && self->job_kind == JOB_IMPORT))
    return;

  /* For tests only: this file, without asking. */
  override = g_getenv ("THANRAK_IMPORT_PATH");
  if (override != NULL && *override != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_path (override);

      thanrak_import_dialog_set_file (self, file);
      return;
    }
  self->chooser = gtk_file_chooser_native_new (_("Import Records"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Spreadsheets (CSV, xlsx)"));
  gtk_file_filter_add_pattern (filter, "*.[cC][sS][vV]");
  gtk_file_filter_add_pattern (filter, "*.[xX][lL][sS][xX]");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_mime_type (filter, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/**
 * thanrak_import_dialog_get_kind:
 * @self: a #ThanrakImportDialog
 *
 * Returns: the kind of records the file is read as, guessed from its
 *   headings or chosen
 */
ThanrakImportKind
thanrak_import_dialog_get_kind (ThanrakImportDialog *self)
{
  g_return_val_if_fail (THANRAK_IS_IMPORT_DIALOG (self), THANRAK_IMPORT_KIND_OPERATORS);

  return self->kind;
}

/**
 * thanrak_import_dialog_set_kind:
 * @self: a #ThanrakImportDialog
 * @kind: the kind of records to read the file as
 *
 * Reads the file as records of @kind (as choosing it in the dialog does)
 * and checks it again.
 */
void
thanrak_import_dialog_set_kind (ThanrakImportDialog *self,
                                ThanrakImportKind    kind)
{
  g_return_if_fail (THANRAK_IS_IMPORT_DIALOG (self));
  g_return_if_fail ((guint) kind < THANRAK_IMPORT_N_KINDS);

  if (self->kind == kind && self->kind_known)
    return;
  self->kind = kind;
  self->kind_known = TRUE;
  self->guessed = FALSE;
  select_kind (self, kind);
  if (self->table != NULL)
    {
      g_strfreev (self->headings);
      self->headings = thanrak_import_find_headings (self->table, kind);
    }
  update_state (self);
  schedule_check (self);
}

/**
 * thanrak_import_dialog_get_busy:
 * @self: a #ThanrakImportDialog
 *
 * Returns: whether the file is being read, checked or imported
 */
gboolean
thanrak_import_dialog_get_busy (ThanrakImportDialog *self)
{
  g_return_val_if_fail (THANRAK_IS_IMPORT_DIALOG (self), FALSE);

  return self->cancellable != NULL;
}

/**
 * thanrak_import_dialog_get_report:
 * @self: a #ThanrakImportDialog
 *
 * Returns: (nullable): the report of the last check (a dry run: nothing
 *   written), or of an import that wrote nothing; %NULL while there is
 *   none
 */
const ThanrakImportReport *
thanrak_import_dialog_get_report (ThanrakImportDialog *self)
{
  g_return_val_if_fail (THANRAK_IS_IMPORT_DIALOG (self), NULL);

  return self->report;
}

/* The window's side ------------------------------------------------------- */

static ThanrakStore *
window_store (GtkWindow *window)
{
  GtkApplication *app = gtk_window_get_application (window);

  return THANRAK_IS_APPLICATION (app) ? thanrak_application_get_store (THANRAK_APPLICATION (app)) : NULL;
}

/**
 * thanrak_import_dialog_import_action:
 * @window: the application window
 * @action_name: `win.import`
 * @parameter: (nullable): none
 *
 * The `win.import` action (Ctrl+I) for gtk_widget_class_install_action():
 * opens the dialog on the application's store and asks for a file.
 */
void
thanrak_import_dialog_import_action (GtkWidget  *window,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  ThanrakStore *store = window_store (GTK_WINDOW (window));
  ThanrakImportDialog *dialog;

  if (store == NULL)
    return;
  dialog = thanrak_import_dialog_new (GTK_WINDOW (window), store, NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  thanrak_import_dialog_choose_file (dialog);
}

static gboolean
window_drop_cb (GtkDropTarget *target,
                const GValue  *value,
                double         x,
                double         y,
                GtkWindow     *window)
{
  ThanrakStore *store = window_store (window);
  ThanrakImportDialog *dialog;
  GSList *files;

  if (store == NULL || !G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = gdk_file_list_get_files (g_value_get_boxed (value));
  if (files == NULL)
    return FALSE;
  dialog = thanrak_import_dialog_new (window, store, files->data);
  g_slist_free (files);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/**
 * thanrak_import_dialog_add_drop_target:
 * @window: the application window
 *
 * Lets the person drop a CSV or xlsx file on @window to import it: the
 * dialog opens on the application's store with the file.
 */
void
thanrak_import_dialog_add_drop_target (GtkWindow *window)
{
  GtkDropTarget *target;

  g_return_if_fail (GTK_IS_WINDOW (window));

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (target, "drop", G_CALLBACK (window_drop_cb), window, 0);
  gtk_widget_add_controller (GTK_WIDGET (window), GTK_EVENT_CONTROLLER (target));
}
