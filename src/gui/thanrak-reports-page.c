/* thanrak-reports-page.c: the official forms, previewed and exported
 *
 * The page lists the official forms (issue 5) from the table `forms`
 * below. Choosing one opens its panel: the fiscal year and round of the
 * KPI rule sets that the form has, the province among those whose
 * district figures are stored, the computed rows in a column view with
 * the consistency warnings above them, and Export…, which writes the
 * workbook in a worker thread from a sheet built on the main thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "thanrak-application.h"
#include "thanrak-checks.h"
#include "thanrak-district-figures.h"
#include "thanrak-form-assessment.h"
#include "thanrak-form-online-report.h"
#include "thanrak-form-operations-report.h"
#include "thanrak-form-project-proposal.h"
#include "thanrak-form-results.h"
#include "thanrak-form-targets.h"
#include "thanrak-kpi.h"
#include "thanrak-model.h"
#include "thanrak-proposal-editor.h"
#include "thanrak-record-dialog.h"
#include "thanrak-report-assessments.h"
#include "thanrak-report-figures.h"
#include "thanrak-report-file.h"
#include "thanrak-reports-page.h"
#include "thanrak-thai.h"

/* Preview rows ----------------------------------------------------------- */

#define THANRAK_TYPE_REPORTS_ROW (thanrak_reports_row_get_type ())
G_DECLARE_FINAL_TYPE (ThanrakReportsRow, thanrak_reports_row, THANRAK, REPORTS_ROW, GObject)

/* One row of the preview: the text of its cells, as shown. */
struct _ThanrakReportsRow
{
  GObject   parent_instance;
  char    **cells;
};

G_DEFINE_FINAL_TYPE (ThanrakReportsRow, thanrak_reports_row, G_TYPE_OBJECT)

static void
thanrak_reports_row_finalize (GObject *object)
{
  g_strfreev (THANRAK_REPORTS_ROW (object)->cells);
  G_OBJECT_CLASS (thanrak_reports_row_parent_class)->finalize (object);
}

static void
thanrak_reports_row_class_init (ThanrakReportsRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = thanrak_reports_row_finalize;
}

static void
thanrak_reports_row_init (ThanrakReportsRow *self)
{
}

/* Takes the NULL-terminated array @cells. */
static ThanrakReportsRow *
thanrak_reports_row_new (GPtrArray *cells)
{
  ThanrakReportsRow *row = g_object_new (THANRAK_TYPE_REPORTS_ROW, NULL);

  g_ptr_array_add (cells, NULL);
  row->cells = (char **) g_ptr_array_free (cells, FALSE);
  return row;
}

/* The forms ---------------------------------------------------------------- */

typedef struct _FormDescriptor FormDescriptor;

/* Fills the preview of @form from the panel's choices; returns FALSE with
 * @error when the form cannot be computed (nothing to export). */
typedef gboolean (*FormComputeFunc) (ThanrakReportsPage    *self,
                                     const FormDescriptor  *form,
                                     GError               **error);

/* Builds the sheets to export, on the main thread, from what compute
 * kept; NULL with @error, or an empty array when the worker builds them. */
typedef GPtrArray *(*FormSheetFunc) (ThanrakReportsPage       *self,
                                     const FormDescriptor     *form,
                                     const ThanrakFormOptions *options,
                                     GError                  **error);

/* The choices a form asks for: each is a row of the form's panel. */
typedef enum {
  CHOICE_RULE_SET = 1 << 0,   /* a KPI rule set: fiscal year and round */
  CHOICE_PROVINCE = 1 << 1,
  CHOICE_YEAR     = 1 << 2,   /* a fiscal year (BE) */
  CHOICE_ROUND    = 1 << 3,   /* the whole year or a half */
  CHOICE_DISTRICT = 1 << 4,   /* a district of the province, or all */
  CHOICE_CENTER   = 1 << 5,
  CHOICE_PROPOSAL = 1 << 6,
  CHOICE_OFFICE   = 1 << 7,   /* the issuing office line */
  CHOICE_DATE     = 1 << 8,   /* the date of issue */
} FormChoices;

/* An official form of the list: one entry in `forms` with the choices it
 * asks for and its compute and sheet functions. */
struct _FormDescriptor
{
  const char      *number;     /* the form's number in issue 5 */
  const char      *title;      /* Thai, exactly as the seed: data */
  const char      *needs;      /* N_(): what the form asks for */
  const char      *rule_sets;  /* the end of its KPI rule sets' ids */
  const char      *file_stem;  /* the suggested file name, Thai */
  FormChoices      choices;
  FormComputeFunc  compute;
  FormSheetFunc    sheet;
};

static gboolean compute_kpi_targets (ThanrakReportsPage *, const FormDescriptor *, GError **);
static gboolean compute_kpi_results (ThanrakReportsPage *, const FormDescriptor *, GError **);
static gboolean compute_assessment (ThanrakReportsPage *, const FormDescriptor *, GError **);
static gboolean compute_summary (ThanrakReportsPage *, const FormDescriptor *, GError **);
static gboolean compute_operations (ThanrakReportsPage *, const FormDescriptor *, GError **);
static gboolean compute_online (ThanrakReportsPage *, const FormDescriptor *, GError **);
static gboolean compute_proposal (ThanrakReportsPage *, const FormDescriptor *, GError **);
static GPtrArray *sheet_kpi_targets (ThanrakReportsPage *, const FormDescriptor *,
                                     const ThanrakFormOptions *, GError **);
static GPtrArray *sheet_kpi_results (ThanrakReportsPage *, const FormDescriptor *,
                                     const ThanrakFormOptions *, GError **);
static GPtrArray *sheet_assessment (ThanrakReportsPage *, const FormDescriptor *,
                                    const ThanrakFormOptions *, GError **);
static GPtrArray *sheet_summary (ThanrakReportsPage *, const FormDescriptor *,
                                 const ThanrakFormOptions *, GError **);
static GPtrArray *sheet_operations (ThanrakReportsPage *, const FormDescriptor *,
                                    const ThanrakFormOptions *, GError **);
static GPtrArray *sheet_in_worker (ThanrakReportsPage *, const FormDescriptor *,
                                   const ThanrakFormOptions *, GError **);
static GPtrArray *sheet_proposal (ThanrakReportsPage *, const FormDescriptor *,
                                  const ThanrakFormOptions *, GError **);

#define KPI_CHOICES (CHOICE_RULE_SET | CHOICE_PROVINCE)

static const FormDescriptor forms[] = {
  { "4", "เป้าหมายตัวชี้วัดการส่งเสริมผลิตภัณฑ์ OTOP ในตลาดออนไลน์",
    N_("Fiscal year, round and province; from the district figures"),
    "-online-products", "เป้าหมาย-ออนไลน์", KPI_CHOICES, compute_kpi_targets, sheet_kpi_targets },
  { "5", "เป้าหมายตัวชี้วัดรายได้จากการจำหน่ายผลิตภัณฑ์ชุมชน OTOP",
    N_("Fiscal year, round and province; from the district figures"),
    "-revenue-growth", "เป้าหมาย-รายได้", KPI_CHOICES, compute_kpi_targets, sheet_kpi_targets },
  { "7", "เป้าหมายการดำเนินงานตามภารกิจสำคัญของกรมการพัฒนาชุมชน (ช่องทางการตลาด)",
    N_("Fiscal year and province; from the district figures"),
    "-marketing-channels", "เป้าหมาย-ช่องทางการตลาด", KPI_CHOICES, compute_kpi_targets, sheet_kpi_targets },
  { "7", "แบบรายงานผลสรุปการดำเนินงานการบริหารการส่งเสริมช่องทางการตลาดผลิตภัณฑ์ชุมชน (OTOP)",
    N_("Fiscal year and province; from the district figures and their results"),
    "-marketing-channels", "ผล-ช่องทางการตลาด", KPI_CHOICES | CHOICE_OFFICE | CHOICE_DATE,
    compute_kpi_results, sheet_kpi_results },
  { "1", "แบบประเมินศูนย์บริการส่งเสริมเศรษฐกิจฐานราก",
    N_("Fiscal year and center; from the center's saved assessment"),
    NULL, "แบบประเมินศูนย์", CHOICE_YEAR | CHOICE_CENTER, compute_assessment, sheet_assessment },
  { "2", "แบบสรุปผลการประเมินศูนย์ฯ",
    N_("Fiscal year and province; from the centers' saved assessments"),
    NULL, "สรุปผลการประเมินศูนย์", CHOICE_YEAR | CHOICE_PROVINCE | CHOICE_OFFICE | CHOICE_DATE,
    compute_summary, sheet_summary },
  { "3", "แบบรายงานผลการดำเนินงานศูนย์บริการส่งเสริมเศรษฐกิจฐานราก",
    N_("Fiscal year and center; from the center's services, committee, media, evidence and plan"),
    NULL, "รายงานผลการดำเนินงานศูนย์", CHOICE_YEAR | CHOICE_CENTER | CHOICE_DATE,
    compute_operations, sheet_operations },
  { "6", "แบบรายงานผลการส่งเสริมผลิตภัณฑ์ OTOP ในตลาดออนไลน์",
    N_("Fiscal year, round, province and district; from the operators, products and channels"),
    NULL, "รายงานผลตลาดออนไลน์", CHOICE_YEAR | CHOICE_ROUND | CHOICE_PROVINCE | CHOICE_DISTRICT,
    compute_online, sheet_in_worker },
  { "8", "แบบเสนอโครงการที่ใช้งบประมาณของราชการ",
    N_("A project proposal; write or edit it here"),
    NULL, "แบบเสนอโครงการ", CHOICE_PROPOSAL, compute_proposal, sheet_proposal },
};

/* The official name's prefix of every center (seed 001), data */
#define CENTER_PREFIX "ศูนย์บริการส่งเสริมเศรษฐกิจฐานราก"

/* The body rows the preview shows at most (form 6 can be long). */
#define PREVIEW_ROWS 500

/* The page ------------------------------------------------------------------ */

struct _ThanrakReportsPage
{
  GtkWidget              parent_instance;

  ThanrakStore          *store;
  GSettings             *settings;
  GPtrArray             *rule_sets;        /* all KPI rule sets */
  char                  *rule_sets_error;

  const FormDescriptor  *form;             /* the open form, or NULL */
  GPtrArray             *form_rule_sets;   /* the open form's, refs */
  GPtrArray             *figures;          /* the rule set's year, all provinces */
  GPtrArray             *province_codes;   /* char * */
  GPtrArray             *province_names;   /* char * */
  GPtrArray             *districts;        /* ThanrakKpiDistrict of the preview */
  ThanrakKpiTargetTable *table;
  GArray                *years;            /* guint, BE; 0 for all years */
  GArray                *center_ids;       /* gint64 */
  GPtrArray             *district_codes;   /* char *, NULL for the whole province */
  GArray                *proposal_ids;     /* gint64 */
  ThanrakReportAssessedCenter *assessed;   /* form 1 */
  GPtrArray             *assessed_centers; /* form 2 */
  ThanrakRecord         *proposal;         /* form 8 */
  gboolean               computed;
  gboolean               filling;
  guint                  preview_serial;   /* of the latest preview asked for */

  GListStore            *rows;
  GtkFileChooserNative  *chooser;
  GCancellable          *cancellable;
  GtkWidget             *error_dialog;

  /* Template widgets */
  AdwToastOverlay       *toast_overlay;
  AdwLeaflet            *leaflet;
  AdwPreferencesGroup   *forms_group;
  GtkLabel              *form_title;
  AdwComboRow           *rule_set_row;
  AdwComboRow           *province_row;
  AdwComboRow           *year_row;
  AdwComboRow           *round_row;
  AdwComboRow           *district_row;
  AdwComboRow           *center_row;
  AdwComboRow           *proposal_row;
  AdwEntryRow           *office_row;
  AdwEntryRow           *date_row;
  GtkLabel              *titles_label;
  GtkRevealer           *warnings_revealer;
  GtkLabel              *warnings_label;
  GtkLabel              *status_label;
  GtkColumnView         *preview;
  GtkRevealer           *progress_revealer;
  GtkProgressBar        *progress_bar;
};

G_DEFINE_FINAL_TYPE (ThanrakReportsPage, thanrak_reports_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void recompute (ThanrakReportsPage *self);
static void fill_provinces (ThanrakReportsPage *self);
static void update_actions (ThanrakReportsPage *self);

static gboolean
thai_digits (ThanrakReportsPage *self)
{
  return g_settings_get_boolean (self->settings, "thai-digits");
}

static char *
shown_text (ThanrakReportsPage *self,
            const char         *text)
{
  return thai_digits (self) ? thanrak_thai_digits (text) : g_strdup (text);
}

static ThanrakKpiRuleSet *
current_rule_set (ThanrakReportsPage *self)
{
  guint i = adw_combo_row_get_selected (self->rule_set_row);

  if (self->form_rule_sets == NULL || i == GTK_INVALID_LIST_POSITION || i >= self->form_rule_sets->len)
    return NULL;
  return g_ptr_array_index (self->form_rule_sets, i);
}

static const char *
current_province (ThanrakReportsPage *self,
                  const char        **name)
{
  guint i = adw_combo_row_get_selected (self->province_row);

  if (self->province_codes == NULL || i == GTK_INVALID_LIST_POSITION || i >= self->province_codes->len)
    return NULL;
  if (name != NULL)
    *name = g_ptr_array_index (self->province_names, i);
  return g_ptr_array_index (self->province_codes, i);
}

/* Preview columns ------------------------------------------------------------- */

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);
  gboolean numeric = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "numeric"));

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0f : 0.0f);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_list_item_set_child (item, label);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  ThanrakReportsRow *row = gtk_list_item_get_item (item);
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  const char *text = "";

  if (row->cells != NULL && column < g_strv_length (row->cells))
    text = row->cells[column];
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
clear_preview (ThanrakReportsPage *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->preview);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);
      gtk_column_view_remove_column (self->preview, column);
    }
  g_list_store_remove_all (self->rows);
}

static void
add_column (ThanrakReportsPage *self,
            const char         *title,
            gboolean            numeric)
{
  GListModel *columns = gtk_column_view_get_columns (self->preview);
  guint index = g_list_model_get_n_items (columns);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (factory), "numeric", GINT_TO_POINTER (numeric));
  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), self);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (!numeric)
    gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_append_column (self->preview, column);
}

static char *
format_cell (ThanrakReportsPage *self,
             gint64              value,
             ThanrakKpiUnit      unit)
{
  if (unit == THANRAK_KPI_UNIT_BAHT)
    return thanrak_thai_format_baht (value, thai_digits (self));
  return thanrak_thai_format_integer (value, thai_digits (self));
}

/* KPI forms --------------------------------------------------------------------- */

static void
show_warnings (ThanrakReportsPage *self,
               GPtrArray          *findings)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      ThanrakFinding *f = g_ptr_array_index (findings, i);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, f->message);
    }
  gtk_label_set_text (self->warnings_label, text->str);
  gtk_revealer_set_reveal_child (self->warnings_revealer, text->len > 0);
}

/* The districts of the chosen province, from the stored figures. */
static gboolean
compute_districts (ThanrakReportsPage  *self,
                   GError             **error)
{
  ThanrakKpiRuleSet *rs = current_rule_set (self);
  const char *province_name = NULL;
  const char *province = current_province (self, &province_name);
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) places = NULL;
  g_autoptr(GPtrArray) findings = NULL;

  g_clear_pointer (&self->districts, g_ptr_array_unref);
  if (rs == NULL || province == NULL)
    {
      g_set_error_literal (error, THANRAK_KPI_ERROR, THANRAK_KPI_ERROR_MISSING_FIGURE,
                           _("No district figures are stored for this fiscal year: enter or import them first"));
      return FALSE;
    }
  for (guint i = 0; i < self->figures->len; i++)
    {
      g_autofree char *code = NULL;

      g_object_get (g_ptr_array_index (self->figures, i), "district-code", &code, NULL);
      if (code != NULL && g_str_has_prefix (code, province))
        g_ptr_array_add (records, g_ptr_array_index (self->figures, i));
    }
  places = thanrak_store_list_places (self->store, province, NULL);
  for (guint i = 0; places != NULL && i < places->len; i++)
    {
      ThanrakPlace *place = g_ptr_array_index (places, i);
      g_hash_table_insert (names, g_strdup (place->code), g_strdup (place->name_th));
    }
  self->districts = thanrak_report_kpi_districts (rs, records, names);
  findings = thanrak_report_check_kpi_districts (rs, self->districts);
  show_warnings (self, findings);
  return TRUE;
}

static void
add_target_row (ThanrakReportsPage        *self,
                const ThanrakKpiTargetRow *row,
                const char                *number)
{
  GPtrArray *cells = g_ptr_array_new ();
  ThanrakReportsRow *row_object;

  g_ptr_array_add (cells, shown_text (self, number));
  g_ptr_array_add (cells, g_strdup (row->name));
  for (guint k = 0; k < self->table->columns->len; k++)
    {
      const ThanrakKpiColumn *column = g_ptr_array_index (self->table->columns, k);
      g_ptr_array_add (cells, row->has_cell[k] ? format_cell (self, row->cells[k], column->unit)
                                               : g_strdup (""));
    }
  row_object = thanrak_reports_row_new (cells);
  g_list_store_append (self->rows, row_object);
  g_object_unref (row_object);
}

static gboolean
compute_kpi_targets (ThanrakReportsPage    *self,
                     const FormDescriptor  *form,
                     GError               **error)
{
  ThanrakKpiRuleSet *rs = current_rule_set (self);
  const char *province_name = NULL;

  if (!compute_districts (self, error))
    return FALSE;
  current_province (self, &province_name);
  self->table = thanrak_kpi_rule_set_compute_targets (rs, self->districts, province_name, error);
  if (self->table == NULL)
    return FALSE;

  add_column (self, thanrak_kpi_rule_set_get_number_heading (rs), TRUE);
  add_column (self, thanrak_kpi_rule_set_get_district_heading (rs), FALSE);
  for (guint k = 0; k < self->table->columns->len; k++)
    add_column (self, ((ThanrakKpiColumn *) g_ptr_array_index (self->table->columns, k))->heading, TRUE);

  for (guint r = 0; r < self->table->rows->len; r++)
    {
      g_autofree char *number = g_strdup_printf ("%u", r + 1);
      add_target_row (self, g_ptr_array_index (self->table->rows, r), number);
    }
  if (self->table->total != NULL)
    add_target_row (self, self->table->total, "");
  return TRUE;
}

static gboolean
compute_kpi_results (ThanrakReportsPage    *self,
                     const FormDescriptor  *form,
                     GError               **error)
{
  ThanrakKpiRuleSet *rs = current_rule_set (self);
  g_autoptr(GPtrArray) achievements = g_ptr_array_new_with_free_func ((GDestroyNotify) thanrak_kpi_achievement_free);

  if (!compute_districts (self, error))
    return FALSE;
  for (guint r = 0; r < self->districts->len; r++)
    {
      ThanrakKpiAchievement *a = thanrak_kpi_rule_set_evaluate (rs, g_ptr_array_index (self->districts, r), error);
      if (a == NULL)
        return FALSE;
      g_ptr_array_add (achievements, a);
    }

  add_column (self, thanrak_kpi_rule_set_get_number_heading (rs), TRUE);
  add_column (self, thanrak_kpi_rule_set_get_district_heading (rs), FALSE);
  for (guint c = 0; c < thanrak_kpi_rule_set_get_n_columns (rs); c++)
    {
      const ThanrakKpiColumn *column = thanrak_kpi_rule_set_get_column (rs, c);
      if (column->role == THANRAK_KPI_COLUMN_RESULT)
        add_column (self, column->heading, TRUE);
    }
  add_column (self, _("Level"), FALSE);

  for (guint r = 0; r < self->districts->len; r++)
    {
      ThanrakKpiDistrict *d = g_ptr_array_index (self->districts, r);
      ThanrakKpiAchievement *a = g_ptr_array_index (achievements, r);
      GPtrArray *cells = g_ptr_array_new ();
      g_autofree char *number = g_strdup_printf ("%u", r + 1);
      ThanrakReportsRow *row;

      g_ptr_array_add (cells, shown_text (self, number));
      g_ptr_array_add (cells, g_strdup (d->name));
      for (guint c = 0; c < thanrak_kpi_rule_set_get_n_columns (rs); c++)
        {
          const ThanrakKpiColumn *column = thanrak_kpi_rule_set_get_column (rs, c);
          gint64 value;

          if (column->role != THANRAK_KPI_COLUMN_RESULT)
            continue;
          g_ptr_array_add (cells, thanrak_kpi_district_get (d, column->id, &value)
                                  ? format_cell (self, value, column->unit) : g_strdup (""));
        }
      g_ptr_array_add (cells, g_strdup (a->level != NULL ? a->level->name : ""));
      row = thanrak_reports_row_new (cells);
      g_list_store_append (self->rows, row);
      g_object_unref (row);
    }
  return TRUE;
}

static GPtrArray *
one_sheet (ThanrakReportSheet *sheet)
{
  GPtrArray *sheets;

  if (sheet == NULL)
    return NULL;
  sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) thanrak_report_sheet_free);
  g_ptr_array_add (sheets, sheet);
  return sheets;
}

static GPtrArray *
sheet_kpi_targets (ThanrakReportsPage        *self,
                   const FormDescriptor      *form,
                   const ThanrakFormOptions  *options,
                   GError                   **error)
{
  return one_sheet (thanrak_form_targets_new (self->table, options));
}

static GPtrArray *
sheet_kpi_results (ThanrakReportsPage        *self,
                   const FormDescriptor      *form,
                   const ThanrakFormOptions  *options,
                   GError                   **error)
{
  const char *province_name = NULL;

  current_province (self, &province_name);
  return one_sheet (thanrak_form_results_new (current_rule_set (self), self->districts,
                                              province_name, options, error));
}

/* Forms from the records: 1, 2, 3, 6 and 8 ------------------------------------------ */

static guint
current_year (ThanrakReportsPage *self)
{
  guint i = adw_combo_row_get_selected (self->year_row);

  if (self->years == NULL || i == GTK_INVALID_LIST_POSITION || i >= self->years->len)
    return 0;
  return g_array_index (self->years, guint, i);
}

static gint64
current_center (ThanrakReportsPage *self)
{
  guint i = adw_combo_row_get_selected (self->center_row);

  if (self->center_ids == NULL || i == GTK_INVALID_LIST_POSITION || i >= self->center_ids->len)
    return 0;
  return g_array_index (self->center_ids, gint64, i);
}

static const char *
current_district (ThanrakReportsPage *self)
{
  guint i = adw_combo_row_get_selected (self->district_row);

  if (self->district_codes == NULL || i == GTK_INVALID_LIST_POSITION || i >= self->district_codes->len)
    return NULL;
  return g_ptr_array_index (self->district_codes, i);
}

static gint64
current_proposal (ThanrakReportsPage *self)
{
  guint i = adw_combo_row_get_selected (self->proposal_row);

  if (self->proposal_ids == NULL || i == GTK_INVALID_LIST_POSITION || i >= self->proposal_ids->len)
    return 0;
  return g_array_index (self->proposal_ids, gint64, i);
}

static gboolean
require (gboolean     chosen,
         const char  *message,
         GError     **error)
{
  if (!chosen)
    g_set_error_literal (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_NOT_FOUND, message);
  return chosen;
}

/* Numbers as the file shows them: digits, separators, a percent sign. */
static gboolean
looks_numeric (const char *text)
{
  gboolean digit = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isdigit (c) || (c >= 0x0E50 && c <= 0x0E59))
        digit = TRUE;
      else if (c != ',' && c != '.' && c != '%' && c != '-')
        return FALSE;
    }
  return digit;
}

static void
collect_preview_row (const char * const *cells,
                     gboolean            is_total,
                     gpointer            user_data)
{
  g_ptr_array_add (user_data, g_strdupv ((char **) cells));
}

/* A sheet's preview, as plain texts: made in any thread, shown in the main one. */
typedef struct
{
  char      **headings;
  GPtrArray  *rows;      /* char **, one per row */
  char       *titles;
} SheetPreview;

static void
sheet_preview_free (SheetPreview *p)
{
  g_strfreev (p->headings);
  g_clear_pointer (&p->rows, g_ptr_array_unref);
  g_free (p->titles);
  g_free (p);
}

/* The titles, headings and first rows of @sheet as the file will hold
 * them; the title line that repeats @form_title is left out. Touches no
 * widget: a worker thread may call it. */
static SheetPreview *
sheet_preview_new (ThanrakReportSheet  *sheet,
                   const char          *form_title,
                   gboolean             thai,
                   GError             **error)
{
  SheetPreview *p = g_new0 (SheetPreview, 1);
  g_autoptr(GString) titles = g_string_new (NULL);
  guint64 n_body = thanrak_report_sheet_get_n_body_rows (sheet);

  p->headings = thanrak_report_sheet_dup_headings (sheet);
  p->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  if (!thanrak_report_sheet_preview (sheet, PREVIEW_ROWS, thai, collect_preview_row, p->rows, error))
    {
      sheet_preview_free (p);
      return NULL;
    }
  for (guint i = 0; i < thanrak_report_sheet_get_n_titles (sheet); i++)
    {
      const char *title = thanrak_report_sheet_get_title (sheet, i);
      g_autofree char *line = thai ? thanrak_thai_digits (title) : g_strdup (title);

      if (i == 0 && g_strcmp0 (title, form_title) == 0)
        continue;
      if (titles->len > 0)
        g_string_append_c (titles, '\n');
      g_string_append (titles, line);
    }
  if (n_body > PREVIEW_ROWS)
    {
      g_autofree char *shown = thanrak_thai_format_integer (PREVIEW_ROWS, thai);
      g_autofree char *all = thanrak_thai_format_integer ((gint64) n_body, thai);
      /* Translators: the preview of a long form: “The first 500 of 12,000 rows” */
      g_autofree char *line = g_strdup_printf (_("The first %s of %s rows; the file holds them all"), shown, all);

      g_string_append_printf (titles, "%s%s", titles->len > 0 ? "\n" : "", line);
    }
  p->titles = g_string_free (g_steal_pointer (&titles), FALSE);
  return p;
}

static void
show_preview (ThanrakReportsPage *self,
              SheetPreview       *p)
{
  guint n_columns = g_strv_length (p->headings);

  gtk_label_set_text (self->titles_label, p->titles);
  gtk_widget_set_visible (GTK_WIDGET (self->titles_label), *p->titles != '\0');

  for (guint c = 0; c < n_columns; c++)
    {
      gboolean numeric = FALSE;

      for (guint r = 0; r < p->rows->len; r++)
        {
          const char *cell = ((char **) g_ptr_array_index (p->rows, r))[c];

          if (*cell == '\0')
            continue;
          numeric = looks_numeric (cell);
          if (!numeric)
            break;
        }
      add_column (self, p->headings[c], numeric);
    }
  for (guint r = 0; r < p->rows->len; r++)
    {
      GPtrArray *cells = g_ptr_array_new ();
      char **row = g_ptr_array_index (p->rows, r);
      ThanrakReportsRow *row_object;

      for (guint c = 0; row[c] != NULL; c++)
        g_ptr_array_add (cells, g_strdup (row[c]));
      row_object = thanrak_reports_row_new (cells);
      g_list_store_append (self->rows, row_object);
      g_object_unref (row_object);
    }
}

/* Shows @sheet's titles, headings and first rows, as the file will hold them. */
static gboolean
show_sheet (ThanrakReportsPage  *self,
            ThanrakReportSheet  *sheet,
            GError             **error)
{
  SheetPreview *p = sheet_preview_new (sheet, self->form->title, thai_digits (self), error);

  if (p == NULL)
    return FALSE;
  show_preview (self, p);
  sheet_preview_free (p);
  return TRUE;
}

static gboolean
show_sheets (ThanrakReportsPage  *self,
             GPtrArray           *sheets,
             guint                index,
             GError             **error)
{
  if (sheets == NULL)
    return FALSE;
  return show_sheet (self, g_ptr_array_index (sheets, MIN (index, sheets->len - 1)), error);
}

/* The office and date of issue the person typed, for forms that print
 * them; @date is cleared when none or not a date. */
static void
issue_options (ThanrakReportsPage *self,
               ThanrakFormOptions *options,
               GDate              *date)
{
  const char *office = gtk_editable_get_text (GTK_EDITABLE (self->office_row));

  g_date_clear (date, 1);
  if ((self->form->choices & CHOICE_OFFICE) && office != NULL && *office != '\0')
    options->office = office;
  if ((self->form->choices & CHOICE_DATE) &&
      thanrak_record_dialog_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), date))
    options->date = date;
}

static ThanrakFormOptions
preview_options (ThanrakReportsPage *self,
                 GDate              *date)
{
  ThanrakFormOptions options = THANRAK_FORM_OPTIONS_INIT;

  /* The preview shows the digits itself (thanrak_report_sheet_preview()). */
  issue_options (self, &options, date);
  return options;
}

/* Form 1: the center's assessment saved for the year. */
static gboolean
compute_assessment (ThanrakReportsPage    *self,
                    const FormDescriptor  *form,
                    GError               **error)
{
  GDate date;
  ThanrakFormOptions options = preview_options (self, &date);
  g_autoptr(GPtrArray) sheets = NULL;

  if (!require (current_center (self) != 0, _("No center is stored: add the center on the centers page first"), error))
    return FALSE;
  self->assessed = thanrak_report_load_center_assessment (self->store, current_center (self),
                                                          current_year (self), error);
  if (self->assessed == NULL)
    return FALSE;
  sheets = sheet_assessment (self, form, &options, error);
  return show_sheets (self, sheets, 0, error);
}

static GPtrArray *
sheet_assessment (ThanrakReportsPage        *self,
                  const FormDescriptor      *form,
                  const ThanrakFormOptions  *options,
                  GError                   **error)
{
  ThanrakFormCenter center;

  thanrak_report_assessed_center_get_form_center (self->assessed, &center);
  return one_sheet (thanrak_form_assessment_new (self->assessed->assessment, &center, options));
}

/* Form 2: the assessed centers of the province. */
static gboolean
compute_summary (ThanrakReportsPage    *self,
                 const FormDescriptor  *form,
                 GError               **error)
{
  GDate date;
  ThanrakFormOptions options = preview_options (self, &date);
  g_autoptr(GPtrArray) sheets = NULL;
  const char *province = current_province (self, NULL);

  if (!require (province != NULL, _("No center is stored: add the centers on the centers page first"), error))
    return FALSE;
  self->assessed_centers = thanrak_report_list_center_assessments (self->store, province,
                                                                   current_year (self), error);
  if (self->assessed_centers == NULL)
    return FALSE;
  sheets = sheet_summary (self, form, &options, error);
  return show_sheets (self, sheets, 0, error);
}

static GPtrArray *
sheet_summary (ThanrakReportsPage        *self,
               const FormDescriptor      *form,
               const ThanrakFormOptions  *options,
               GError                   **error)
{
  const char *province_name = NULL;

  current_province (self, &province_name);
  return one_sheet (thanrak_report_assessment_summary_sheet (self->assessed_centers, province_name,
                                                             current_year (self), options));
}

/* Form 3: one center's operations in the year. */
static gboolean
compute_operations (ThanrakReportsPage    *self,
                    const FormDescriptor  *form,
                    GError               **error)
{
  GDate date;
  ThanrakFormOptions options = preview_options (self, &date);
  g_autoptr(GPtrArray) sheets = NULL;

  if (!require (current_center (self) != 0, _("No center is stored: add the center on the centers page first"), error))
    return FALSE;
  sheets = sheet_operations (self, form, &options, error);
  return show_sheets (self, sheets, 0, error);
}

static GPtrArray *
sheet_operations (ThanrakReportsPage        *self,
                  const FormDescriptor      *form,
                  const ThanrakFormOptions  *options,
                  GError                   **error)
{
  return one_sheet (thanrak_form_operations_report_new (self->store, current_center (self),
                                                        current_year (self), options, error));
}

/* Form 6: the products of the province or district; the preview reads the
 * first rows, the export builds the sheet again in the worker on its own
 * connection (the row source reads the store while it is written). */
static void
online_query (ThanrakReportsPage           *self,
              ThanrakFormOnlineReportQuery *query)
{
  guint round = adw_combo_row_get_selected (self->round_row);

  query->district_code = current_district (self);
  query->province_code = query->district_code == NULL ? current_province (self, NULL) : NULL;
  query->fiscal_year = current_year (self);
  query->round = query->fiscal_year != 0 && round <= 2 ? round : 0;
}

typedef struct
{
  char     *database;
  char     *district_code;
  char     *province_code;
  guint     fiscal_year;
  guint     round;
  gboolean  thai;
  char     *form_title;
  guint     serial;
} OnlinePreview;

static void
online_preview_free (OnlinePreview *job)
{
  g_free (job->database);
  g_free (job->district_code);
  g_free (job->province_code);
  g_free (job->form_title);
  g_free (job);
}

/* In a worker, on its own connection: reading the first rows of a
 * province's products takes longer than the main thread may wait. */
static void
online_preview_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  OnlinePreview *job = task_data;
  ThanrakFormOnlineReportQuery query = { job->district_code, job->province_code, job->fiscal_year, job->round };
  g_autoptr(ThanrakStore) store = NULL;
  g_autoptr(ThanrakReportSheet) sheet = NULL;
  GError *error = NULL;
  SheetPreview *p = NULL;

  if ((store = thanrak_store_new (job->database, &error)) != NULL &&
      (sheet = thanrak_form_online_report_new (store, &query, NULL, &error)) != NULL)
    p = sheet_preview_new (sheet, job->form_title, job->thai, &error);
  /* the sheet's row source holds this thread's store: freed here */
  g_clear_pointer (&sheet, thanrak_report_sheet_free);
  if (p != NULL)
    g_task_return_pointer (task, p, (GDestroyNotify) sheet_preview_free);
  else
    g_task_return_error (task, error);
}

static void
online_preview_done (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  ThanrakReportsPage *self = THANRAK_REPORTS_PAGE (source);
  OnlinePreview *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  SheetPreview *p = g_task_propagate_pointer (G_TASK (result), &error);

  /* A preview of choices changed since is not shown. */
  if (job->serial == self->preview_serial && self->form != NULL && self->form->compute == compute_online)
    {
      if (p != NULL)
        show_preview (self, p);
      else
        {
          self->computed = FALSE;
          gtk_label_set_text (self->status_label, error->message);
          gtk_widget_set_visible (GTK_WIDGET (self->status_label), TRUE);
          update_actions (self);
        }
    }
  g_clear_pointer (&p, sheet_preview_free);
}

static gboolean
compute_online (ThanrakReportsPage    *self,
                const FormDescriptor  *form,
                GError               **error)
{
  ThanrakFormOnlineReportQuery query;
  g_autoptr(GTask) task = NULL;
  OnlinePreview *job;

  online_query (self, &query);
  if (!require (query.province_code != NULL || query.district_code != NULL,
                _("Choose the province of the report"), error))
    return FALSE;

  job = g_new0 (OnlinePreview, 1);
  job->database = g_strdup (thanrak_store_get_path (self->store));
  job->district_code = g_strdup (query.district_code);
  job->province_code = g_strdup (query.province_code);
  job->fiscal_year = query.fiscal_year;
  job->round = query.round;
  job->thai = thai_digits (self);
  job->form_title = g_strdup (form->title);
  job->serial = self->preview_serial;
  task = g_task_new (self, NULL, online_preview_done, NULL);
  g_task_set_source_tag (task, compute_online);
  g_task_set_task_data (task, job, (GDestroyNotify) online_preview_free);
  g_task_run_in_thread (task, online_preview_thread);
  /* The export builds the sheet again in its own worker. */
  return TRUE;
}

static GPtrArray *
sheet_in_worker (ThanrakReportsPage        *self,
                 const FormDescriptor      *form,
                 const ThanrakFormOptions  *options,
                 GError                   **error)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) thanrak_report_sheet_free);
}

/* Form 8: the chosen proposal, its budget details in the preview and its
 * budget warnings above them. */
static gboolean
compute_proposal (ThanrakReportsPage    *self,
                  const FormDescriptor  *form,
                  GError               **error)
{
  g_autoptr(GPtrArray) sheets = NULL;
  g_autoptr(GPtrArray) findings = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.edit-proposal", current_proposal (self) != 0);
  if (!require (current_proposal (self) != 0,
                _("No project proposal is stored: write one with New Proposal…"), error))
    return FALSE;
  self->proposal = thanrak_store_load (self->store, THANRAK_TYPE_PROJECT_PROPOSAL, current_proposal (self), error);
  if (self->proposal == NULL)
    return FALSE;
  sheets = thanrak_form_project_proposal_new (THANRAK_PROJECT_PROPOSAL (self->proposal), NULL, &findings);
  show_warnings (self, findings);
  return show_sheets (self, sheets, 1, error);
}

static GPtrArray *
sheet_proposal (ThanrakReportsPage        *self,
                const FormDescriptor      *form,
                const ThanrakFormOptions  *options,
                GError                   **error)
{
  return thanrak_form_project_proposal_new (THANRAK_PROJECT_PROPOSAL (self->proposal), options, NULL);
}

/* Recomputing the preview ---------------------------------------------------------- */

static void
update_actions (ThanrakReportsPage *self)
{
  gboolean exporting = self->cancellable != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.export",
                                 self->form != NULL && self->computed && !exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.cancel", exporting);
}

static void
recompute (ThanrakReportsPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->filling)
    return;
  self->preview_serial++;
  clear_preview (self);
  g_clear_pointer (&self->table, thanrak_kpi_target_table_free);
  g_clear_pointer (&self->assessed, thanrak_report_assessed_center_free);
  g_clear_pointer (&self->assessed_centers, g_ptr_array_unref);
  g_clear_object (&self->proposal);
  gtk_widget_set_visible (GTK_WIDGET (self->titles_label), FALSE);
  gtk_revealer_set_reveal_child (self->warnings_revealer, FALSE);
  self->computed = FALSE;

  if (self->form != NULL && self->form->compute != NULL && self->store != NULL)
    self->computed = self->form->compute (self, self->form, &error);
  else if (self->form != NULL && self->store == NULL)
    g_set_error_literal (&error, THANRAK_KPI_ERROR, THANRAK_KPI_ERROR_MISSING_FIGURE,
                         _("No database is open"));

  gtk_label_set_text (self->status_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), error != NULL);
  update_actions (self);
}

static guint
fiscal_year_of_iso (const char *iso)
{
  GDate date;

  if (iso == NULL)
    return 0;
  g_date_clear (&date, 1);
  g_date_set_parse (&date, iso);
  return g_date_valid (&date) ? thanrak_thai_fiscal_year (&date) : 0;
}

/* The latest fiscal year of a form's records: the one a person most
 * likely reports on (0 when there are none). */
static guint
latest_year (ThanrakReportsPage *self)
{
  ThanrakStoreQuery query = { 0 };
  g_autoptr(GPtrArray) latest = NULL;
  guint year = 0;

  query.descending = TRUE;
  query.limit = 1;
  if (self->form->compute == compute_assessment || self->form->compute == compute_summary)
    {
      query.order_by = "fiscal-year";
      latest = thanrak_store_list (self->store, THANRAK_TYPE_CENTER_ASSESSMENT, &query, NULL);
      if (latest != NULL && latest->len > 0)
        year = (guint) thanrak_record_get_number (g_ptr_array_index (latest, 0), "fiscal-year");
    }
  else if (self->form->compute == compute_operations)
    {
      query.order_by = "service-date";
      latest = thanrak_store_list (self->store, THANRAK_TYPE_SERVICE, &query, NULL);
      if (latest != NULL && latest->len > 0)
        year = fiscal_year_of_iso (thanrak_record_get_string (g_ptr_array_index (latest, 0), "service-date"));
    }
  else if (self->form->compute == compute_online)
    {
      /* the sales entered last (by id: a national table is not scanned) */
      latest = thanrak_store_list (self->store, THANRAK_TYPE_MONTHLY_SALES, &query, NULL);
      if (latest != NULL && latest->len > 0)
        {
          ThanrakRecord *sales = g_ptr_array_index (latest, 0);
          /* October to December open the next fiscal year */
          year = (guint) thanrak_record_get_number (sales, "year");
          year += thanrak_record_get_number (sales, "month") >= 10 ? 1 : 0;
        }
    }
  return year;
}

/* Gives a choice row its items and the one selected, without the change
 * counting as the person's. */
static void
set_choices (ThanrakReportsPage *self,
             AdwComboRow        *row,
             GtkStringList      *list,
             guint               selected)
{
  self->filling = TRUE;
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
  adw_combo_row_set_selected (row, selected);
  self->filling = FALSE;
}

/* The fiscal years to choose from: the last six and the years on record,
 * newest first; form 6 may also cover all years. */
static void
fill_years (ThanrakReportsPage *self)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  guint now = thanrak_current_fiscal_year_be ();
  guint latest = self->store != NULL ? latest_year (self) : 0;
  guint previous = current_year (self);
  guint selected = 0;

  g_array_set_size (self->years, 0);
  if (latest > now)
    now = latest;
  for (guint year = now; year + 6 > now; year--)
    g_array_append_val (self->years, year);
  if (latest != 0 && latest + 6 <= now)
    g_array_append_val (self->years, latest);
  if (self->form->choices & CHOICE_ROUND)
    {
      guint all = 0;
      g_array_append_val (self->years, all);
    }
  for (guint i = 0; i < self->years->len; i++)
    {
      guint year = g_array_index (self->years, guint, i);
      g_autofree char *label = year != 0 ? g_strdup_printf ("%u", year) : g_strdup (_("All years"));

      gtk_string_list_append (list, label);
      if (year == (previous != 0 ? previous : latest != 0 ? latest : now))
        selected = i;
    }
  set_choices (self, self->year_row, list, selected);
}

static void
fill_centers (ThanrakReportsPage *self)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  ThanrakStoreQuery query = { 0 };
  g_autoptr(GPtrArray) centers = NULL;
  gint64 previous = current_center (self);
  guint selected = 0;

  g_array_set_size (self->center_ids, 0);
  query.order_by = "district-code";
  if (self->store != NULL)
    centers = thanrak_store_list (self->store, THANRAK_TYPE_CENTER, &query, NULL);
  for (guint i = 0; centers != NULL && i < centers->len; i++)
    {
      ThanrakRecord *center = g_ptr_array_index (centers, i);
      gint64 id = thanrak_record_get_id (center);
      g_autoptr(ThanrakPlace) district = thanrak_store_lookup_place (self->store,
                                                                     thanrak_record_get_string (center, "district-code"), NULL);
      const char *name = thanrak_record_get_string (center, "name");
      g_autofree char *label = NULL;

      /* The center's name, short: ศูนย์ฯ for the long prefix, as the sidebar has it */
      if (name != NULL && g_str_has_prefix (name, CENTER_PREFIX))
        label = g_strdup_printf ("ศูนย์ฯ %s", name + strlen (CENTER_PREFIX));
      else
        label = g_strdup (name != NULL ? name : "");
      if (district != NULL && strstr (label, district->name_th) == NULL)
        {
          char *with = g_strdup_printf (_("%s, %s district"), label, district->name_th);
          g_free (label);
          label = with;
        }

      if (id == previous)
        selected = i;
      g_array_append_val (self->center_ids, id);
      gtk_string_list_append (list, label);
    }
  set_choices (self, self->center_row, list, selected);
}

/* The districts of the chosen province, after “the whole province”. */
static void
fill_districts (ThanrakReportsPage *self)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  const char *province = current_province (self, NULL);
  g_autoptr(GPtrArray) places = NULL;

  g_ptr_array_set_size (self->district_codes, 0);
  g_ptr_array_add (self->district_codes, NULL);
  gtk_string_list_append (list, _("The whole province"));
  if (province != NULL && self->store != NULL)
    places = thanrak_store_list_places (self->store, province, NULL);
  for (guint i = 0; places != NULL && i < places->len; i++)
    {
      ThanrakPlace *place = g_ptr_array_index (places, i);

      g_ptr_array_add (self->district_codes, g_strdup (place->code));
      gtk_string_list_append (list, place->name_th);
    }
  set_choices (self, self->district_row, list, 0);
}

/* The provinces of the stored centers (form 2), or every province with the
 * first center's or operator's chosen (form 6). */
static void
fill_record_provinces (ThanrakReportsPage *self)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  g_autoptr(GHashTable) wanted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) places = NULL;
  g_autoptr(GPtrArray) centers = NULL;
  g_autoptr(GPtrArray) operators = NULL;
  g_autofree char *previous = g_strdup (current_province (self, NULL));
  g_autofree char *first = NULL;
  ThanrakStoreQuery query = { 0 };
  guint selected = 0;

  g_ptr_array_set_size (self->province_codes, 0);
  g_ptr_array_set_size (self->province_names, 0);
  if (self->store != NULL)
    {
      g_autoptr(ThanrakOffice) office = thanrak_store_load_office (self->store, NULL);

      /* the office's own province first (the first-run screen sets it) */
      if (office != NULL)
        g_object_get (office, "province-code", &first, NULL);
      query.order_by = "district-code";
      centers = thanrak_store_list (self->store, THANRAK_TYPE_CENTER, &query, NULL);
      for (guint i = 0; centers != NULL && i < centers->len; i++)
        {
          const char *code = thanrak_record_get_string (g_ptr_array_index (centers, i), "district-code");

          if (code != NULL && strlen (code) >= 2)
            {
              g_hash_table_add (wanted, g_strndup (code, 2));
              if (first == NULL)
                first = g_strndup (code, 2);
            }
        }
      if (first == NULL)
        {
          query.limit = 1;
          operators = thanrak_store_list (self->store, THANRAK_TYPE_OPERATOR, &query, NULL);
          if (operators != NULL && operators->len > 0)
            {
              const char *code = thanrak_record_get_string (g_ptr_array_index (operators, 0), "district-code");
              if (code != NULL && strlen (code) >= 2)
                first = g_strndup (code, 2);
            }
        }
      places = thanrak_store_list_places (self->store, NULL, NULL);
    }
  for (guint i = 0; places != NULL && i < places->len; i++)
    {
      ThanrakPlace *place = g_ptr_array_index (places, i);

      if (self->form->compute == compute_summary && !g_hash_table_contains (wanted, place->code))
        continue;
      if (g_strcmp0 (place->code, previous != NULL ? previous : first) == 0)
        selected = self->province_codes->len;
      g_ptr_array_add (self->province_codes, g_strdup (place->code));
      g_ptr_array_add (self->province_names, g_strdup (place->name_th));
      gtk_string_list_append (list, place->name_th);
    }
  set_choices (self, self->province_row, list, selected);
  if (self->form->choices & CHOICE_DISTRICT)
    fill_districts (self);
}

static void
fill_proposals (ThanrakReportsPage *self,
                gint64              select_id)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  ThanrakStoreQuery query = { 0 };
  g_autoptr(GPtrArray) proposals = NULL;
  gint64 previous = select_id != 0 ? select_id : current_proposal (self);
  guint selected = 0;

  g_array_set_size (self->proposal_ids, 0);
  query.order_by = "fiscal-year";
  query.descending = TRUE;
  if (self->store != NULL)
    proposals = thanrak_store_list (self->store, THANRAK_TYPE_PROJECT_PROPOSAL, &query, NULL);
  for (guint i = 0; proposals != NULL && i < proposals->len; i++)
    {
      ThanrakRecord *proposal = g_ptr_array_index (proposals, i);
      gint64 id = thanrak_record_get_id (proposal);
      const char *name = thanrak_record_get_string (proposal, "name");
      g_autofree char *label = g_strdup_printf (_("%s (fiscal year %d)"), name != NULL ? name : _("Untitled"),
                                                (int) thanrak_record_get_number (proposal, "fiscal-year"));

      if (id == previous)
        selected = i;
      g_array_append_val (self->proposal_ids, id);
      gtk_string_list_append (list, label);
    }
  set_choices (self, self->proposal_row, list, selected);
}

/* Shows the rows of the form's choices and fills them. */
static void
fill_choices (ThanrakReportsPage *self)
{
  FormChoices choices = self->form->choices;

  gtk_widget_set_visible (GTK_WIDGET (self->rule_set_row), (choices & CHOICE_RULE_SET) != 0);
  gtk_widget_set_visible (GTK_WIDGET (self->year_row), (choices & CHOICE_YEAR) != 0);
  gtk_widget_set_visible (GTK_WIDGET (self->round_row), (choices & CHOICE_ROUND) != 0);
  gtk_widget_set_visible (GTK_WIDGET (self->province_row), (choices & CHOICE_PROVINCE) != 0);
  gtk_widget_set_visible (GTK_WIDGET (self->district_row), (choices & CHOICE_DISTRICT) != 0);
  gtk_widget_set_visible (GTK_WIDGET (self->center_row), (choices & CHOICE_CENTER) != 0);
  gtk_widget_set_visible (GTK_WIDGET (self->proposal_row), (choices & CHOICE_PROPOSAL) != 0);
  gtk_widget_set_visible (GTK_WIDGET (self->office_row), (choices & CHOICE_OFFICE) != 0);
  gtk_widget_set_visible (GTK_WIDGET (self->date_row), (choices & CHOICE_DATE) != 0);

  /* The office the database belongs to issues the forms. */
  if ((choices & CHOICE_OFFICE) && self->store != NULL &&
      *gtk_editable_get_text (GTK_EDITABLE (self->office_row)) == '\0')
    {
      g_autoptr(ThanrakOffice) office = thanrak_store_load_office (self->store, NULL);
      g_autofree char *name = NULL;

      if (office != NULL)
        g_object_get (office, "name", &name, NULL);
      self->filling = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->office_row), name != NULL ? name : "");
      self->filling = FALSE;
    }
  if (choices & CHOICE_CENTER)
    fill_centers (self);
  if (choices & CHOICE_YEAR)
    {
      g_array_set_size (self->years, 0);
      fill_years (self);
    }
  if (choices & CHOICE_PROPOSAL)
    fill_proposals (self, 0);
  if (choices & CHOICE_PROVINCE)
    fill_provinces (self);
}

/* The provinces whose district figures are stored for the rule set's year. */
static void
fill_provinces (ThanrakReportsPage *self)
{
  ThanrakKpiRuleSet *rs = current_rule_set (self);
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  g_autofree char *previous = NULL;
  guint selected = 0;

  if (self->form != NULL && (self->form->choices & CHOICE_RULE_SET) == 0)
    {
      fill_record_provinces (self);
      return;
    }
  if (current_province (self, NULL) != NULL)
    previous = g_strdup (current_province (self, NULL));
  g_clear_pointer (&self->figures, g_ptr_array_unref);
  g_ptr_array_set_size (self->province_codes, 0);
  g_ptr_array_set_size (self->province_names, 0);

  if (rs != NULL && self->store != NULL)
    {
      ThanrakStoreQuery query = { 0 };
      g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      /* in the order they were entered or imported: the order of the
       * province's own tables (seed 003 lists Nong Khai's districts
       * neither by code nor by name) */
      query.fiscal_year = (int) thanrak_kpi_rule_set_get_fiscal_year (rs);
      self->figures = thanrak_store_list (self->store, THANRAK_TYPE_DISTRICT_FIGURES, &query, NULL);
      for (guint i = 0; self->figures != NULL && i < self->figures->len; i++)
        {
          g_autofree char *code = NULL;
          g_autofree char *province = NULL;
          g_autoptr(ThanrakPlace) place = NULL;

          g_object_get (g_ptr_array_index (self->figures, i), "district-code", &code, NULL);
          if (code == NULL || strlen (code) < 2)
            continue;
          province = g_strndup (code, 2);
          if (g_hash_table_contains (seen, province))
            continue;
          place = thanrak_store_lookup_place (self->store, province, NULL);
          if (previous != NULL && g_str_equal (previous, province))
            selected = self->province_codes->len;
          g_ptr_array_add (self->province_codes, g_strdup (province));
          g_ptr_array_add (self->province_names, g_strdup (place != NULL ? place->name_th : province));
          gtk_string_list_append (list, place != NULL ? place->name_th : province);
          g_hash_table_add (seen, g_steal_pointer (&province));
        }
    }
  if (self->figures == NULL)
    self->figures = g_ptr_array_new_with_free_func (g_object_unref);

  set_choices (self, self->province_row, list, selected);
}

static char *
rule_set_label (ThanrakKpiRuleSet *rs)
{
  guint round = thanrak_kpi_rule_set_get_round (rs);

  if (round == 0)
    /* Translators: a fiscal year in the Buddhist Era, e.g. ปีงบประมาณ 2565 */
    return g_strdup_printf (_("Fiscal year %u"), thanrak_kpi_rule_set_get_fiscal_year (rs));
  /* Translators: a fiscal year (BE) and a round of assessment */
  return g_strdup_printf (_("Fiscal year %u, round %u"),
                          thanrak_kpi_rule_set_get_fiscal_year (rs), round);
}

static void
open_form (ThanrakReportsPage   *self,
           const FormDescriptor *form)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  self->form = form;
  gtk_label_set_text (self->form_title, form->title);
  g_ptr_array_set_size (self->form_rule_sets, 0);
  for (guint i = 0; self->rule_sets != NULL && form->rule_sets != NULL && i < self->rule_sets->len; i++)
    {
      ThanrakKpiRuleSet *rs = g_ptr_array_index (self->rule_sets, i);
      g_autofree char *label = NULL;

      if (!g_str_has_suffix (thanrak_kpi_rule_set_get_id (rs), form->rule_sets))
        continue;
      /* thanrak_kpi_rule_sets_find() picks by year and round; the
       * form's own rule sets are those of its kind. */
      label = rule_set_label (rs);
      g_ptr_array_add (self->form_rule_sets, thanrak_kpi_rule_set_ref (rs));
      gtk_string_list_append (list, label);
    }

  set_choices (self, self->rule_set_row, list, self->form_rule_sets->len > 0 ? self->form_rule_sets->len - 1 : 0);
  fill_choices (self);
  recompute (self);

  adw_leaflet_set_visible_child_name (self->leaflet, "form");
  if (form->choices & CHOICE_RULE_SET)
    gtk_widget_grab_focus (GTK_WIDGET (self->rule_set_row));
  else if (form->choices & CHOICE_PROPOSAL)
    gtk_widget_grab_focus (GTK_WIDGET (self->proposal_row));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->year_row));
}

static void
province_selected_cb (ThanrakReportsPage *self)
{
  if (self->filling)
    return;
  if (self->form != NULL && (self->form->choices & CHOICE_DISTRICT))
    fill_districts (self);
  recompute (self);
}

static void
proposal_saved_cb (ThanrakProposalEditor *editor,
                   gint64                 id,
                   ThanrakReportsPage    *self)
{
  if (self->form == NULL || (self->form->choices & CHOICE_PROPOSAL) == 0)
    return;
  fill_proposals (self, id);
  recompute (self);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Proposal saved")));
}

static void
present_editor (ThanrakReportsPage     *self,
                ThanrakProjectProposal *proposal)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  ThanrakProposalEditor *editor;

  if (self->store == NULL)
    return;
  editor = thanrak_proposal_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store, proposal);
  g_signal_connect_object (editor, "saved", G_CALLBACK (proposal_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_proposal_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  present_editor (THANRAK_REPORTS_PAGE (widget), NULL);
}

static void
edit_proposal_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ThanrakReportsPage *self = THANRAK_REPORTS_PAGE (widget);
  g_autoptr(ThanrakRecord) proposal = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || current_proposal (self) == 0)
    return;
  proposal = thanrak_store_load (self->store, THANRAK_TYPE_PROJECT_PROPOSAL, current_proposal (self), &error);
  if (proposal == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  present_editor (self, THANRAK_PROJECT_PROPOSAL (proposal));
}

static void
rule_set_selected_cb (ThanrakReportsPage *self)
{
  if (self->filling)
    return;
  fill_provinces (self);
  recompute (self);
}

static void
form_open_clicked_cb (GtkButton          *button,
                      ThanrakReportsPage *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "form"));

  open_form (self, &forms[index]);
}

/* Export ----------------------------------------------------------------------- */

typedef struct
{
  GPtrArray             *sheets;     /* hold copies of their texts and numbers */
  GPtrArray             *districts;  /* kept alive while the sheet is written */
  char                  *path;

  /* Form 6: the worker builds the sheet on its own connection. */
  char                  *database;
  char                  *province_code;
  char                  *district_code;
  guint                  fiscal_year;
  guint                  round;
  gboolean               thai_digits;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_pointer (&data->sheets, g_ptr_array_unref);
  g_clear_pointer (&data->districts, g_ptr_array_unref);
  g_free (data->path);
  g_free (data->database);
  g_free (data->province_code);
  g_free (data->district_code);
  g_free (data);
}

typedef struct
{
  ThanrakReportsPage *page;
  double              fraction;
} ProgressUpdate;

static gboolean
progress_idle (gpointer user_data)
{
  ProgressUpdate *update = user_data;

  if (update->page->cancellable != NULL)
    gtk_progress_bar_set_fraction (update->page->progress_bar, update->fraction);
  g_object_unref (update->page);
  g_free (update);
  return G_SOURCE_REMOVE;
}

/* Called in the worker thread. */
static void
export_progress (guint64  rows_done,
                 guint64  rows_total,
                 gpointer user_data)
{
  GTask *task = user_data;
  ProgressUpdate *update = g_new0 (ProgressUpdate, 1);

  update->page = g_object_ref (g_task_get_source_object (task));
  update->fraction = rows_total > 0 ? (double) rows_done / (double) rows_total : 1.0;
  g_main_context_invoke (NULL, progress_idle, update);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  GError *error = NULL;
  ThanrakReportWriteFlags flags = THANRAK_REPORT_WRITE_NONE;
  g_autoptr(ThanrakStore) store = NULL;
  gboolean ok;

  if (data->database != NULL)
    {
      ThanrakFormOnlineReportQuery query = { data->district_code, data->province_code,
                                             data->fiscal_year, data->round };
      ThanrakFormOptions options = THANRAK_FORM_OPTIONS_INIT;
      ThanrakReportSheet *sheet;

      /* A connection of this thread's own (WAL: the app goes on reading). */
      options.thai_digits = data->thai_digits;
      if ((store = thanrak_store_new (data->database, &error)) == NULL ||
          (sheet = thanrak_form_online_report_new (store, &query, &options, &error)) == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      g_ptr_array_add (data->sheets, sheet);
      flags = THANRAK_REPORT_WRITE_CONSTANT_MEMORY;
    }

  ok = thanrak_report_write_file (data->path, (ThanrakReportSheet * const *) data->sheets->pdata,
                                  data->sheets->len, flags, cancellable, export_progress, task, &error);
  /* Form 6's row source holds this thread's store: free it here, before
   * the task returns (the main thread frees the task data then). */
  if (store != NULL)
    g_ptr_array_set_size (data->sheets, 0);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
show_error (ThanrakReportsPage *self,
            const char         *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              _("The form could not be exported"), message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ThanrakReportsPage *self = THANRAK_REPORTS_PAGE (source);
  ExportData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->cancellable);
  gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
  update_actions (self);

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autoptr(GFile) file = g_file_new_for_path (data->path);
      g_autofree char *uri = g_file_get_uri (file);
      AdwToast *toast = adw_toast_new (_("Saved"));

      adw_toast_set_button_label (toast, _("_Open"));
      adw_toast_set_action_name (toast, "reports.open-file");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
      adw_toast_set_timeout (toast, 10);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Export cancelled: no file was written")));
  else
    show_error (self, error->message);
}

static void
start_export (ThanrakReportsPage *self,
              const char         *path)
{
  ThanrakFormOptions options = THANRAK_FORM_OPTIONS_INIT;
  GDate date;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  ExportData *data;
  GPtrArray *sheets;

  if (self->form == NULL || self->form->sheet == NULL || !self->computed)
    return;
  /* The sheets are built here, on the main thread; the worker only writes
   * them, except form 6's, which the worker builds on its own connection. */
  options.thai_digits = thai_digits (self);
  issue_options (self, &options, &date);
  sheets = self->form->sheet (self, self->form, &options, &error);
  if (sheets == NULL)
    {
      show_error (self, error->message);
      return;
    }

  data = g_new0 (ExportData, 1);
  data->sheets = sheets;
  if (self->form->sheet == sheet_in_worker)
    {
      ThanrakFormOnlineReportQuery query;

      online_query (self, &query);
      data->database = g_strdup (thanrak_store_get_path (self->store));
      data->province_code = g_strdup (query.province_code);
      data->district_code = g_strdup (query.district_code);
      data->fiscal_year = query.fiscal_year;
      data->round = query.round;
      data->thai_digits = options.thai_digits;
    }
  data->districts = self->districts != NULL ? g_ptr_array_ref (self->districts) : NULL;
  data->path = g_strdup (path);

  self->cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  update_actions (self);

  task = g_task_new (self, self->cancellable, export_done_cb, NULL);
  g_task_set_source_tag (task, start_export);
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  g_task_run_in_thread (task, export_thread);
}

static char *
suggested_name (ThanrakReportsPage *self)
{
  ThanrakKpiRuleSet *rs = current_rule_set (self);

  if ((self->form->choices & CHOICE_RULE_SET) == 0)
    {
      g_autoptr(GString) name = g_string_new (self->form->file_stem);

      if (self->assessed != NULL && (self->form->choices & CHOICE_CENTER))
        g_string_append_printf (name, "-%s", self->assessed->name);
      if ((self->form->choices & CHOICE_PROVINCE) && current_province (self, NULL) != NULL)
        {
          const char *province = NULL;
          const char *district = current_district (self);

          current_province (self, &province);
          if (district != NULL && (self->form->choices & CHOICE_DISTRICT))
            {
              g_autoptr(ThanrakPlace) place = thanrak_store_lookup_place (self->store, district, NULL);
              g_string_append_printf (name, "-%s", place != NULL ? place->name_th : district);
            }
          else
            g_string_append_printf (name, "-%s", province);
        }
      if (self->proposal != NULL && thanrak_record_get_string (self->proposal, "name") != NULL)
        g_string_append_printf (name, "-%s", thanrak_record_get_string (self->proposal, "name"));
      if ((self->form->choices & CHOICE_YEAR) && current_year (self) != 0)
        g_string_append_printf (name, "-%u", current_year (self));
      if ((self->form->choices & CHOICE_ROUND) && current_year (self) != 0 &&
          adw_combo_row_get_selected (self->round_row) >= 1 && adw_combo_row_get_selected (self->round_row) <= 2)
        g_string_append_printf (name, "-รอบ%u", adw_combo_row_get_selected (self->round_row));
      if (self->proposal != NULL && thanrak_record_get_number (self->proposal, "fiscal-year") > 0)
        g_string_append_printf (name, "-%d", (int) thanrak_record_get_number (self->proposal, "fiscal-year"));
      g_strdelimit (name->str, "/\\:", '-');
      g_string_append (name, ".xlsx");
      return g_string_free (g_steal_pointer (&name), FALSE);
    }
  if (rs == NULL)
    return g_strdup_printf ("%s.xlsx", self->form->file_stem);
  if (thanrak_kpi_rule_set_get_round (rs) == 0)
    return g_strdup_printf ("%s-%u.xlsx", self->form->file_stem,
                            thanrak_kpi_rule_set_get_fiscal_year (rs));
  return g_strdup_printf ("%s-%u-รอบ%u.xlsx", self->form->file_stem,
                          thanrak_kpi_rule_set_get_fiscal_year (rs),
                          thanrak_kpi_rule_set_get_round (rs));
}

static void
chooser_response_cb (GtkNativeDialog    *dialog,
                     int                 response,
                     ThanrakReportsPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL && !g_str_has_suffix (path, ".xlsx"))
        {
          char *with = g_strconcat (path, ".xlsx", NULL);
          g_free (path);
          path = with;
        }
      if (path != NULL)
        start_export (self, path);
    }
  g_clear_object (&self->chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ThanrakReportsPage *self = THANRAK_REPORTS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autofree char *name = NULL;
  const char *override;

  if (self->form == NULL || !self->computed || self->cancellable != NULL)
    return;

  /* For tests only: export to this path, or into this folder under the
   * suggested name, without asking. */
  override = g_getenv ("THANRAK_EXPORT_PATH");
  if (override != NULL && *override != '\0')
    {
      g_autofree char *suggested = suggested_name (self);
      g_autofree char *path = g_file_test (override, G_FILE_TEST_IS_DIR)
                              ? g_build_filename (override, suggested, NULL)
                              : g_strdup (override);

      start_export (self, path);
      return;
    }

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Export Form"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_pattern (filter, "*.xlsx");
  gtk_file_filter_add_mime_type (filter, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  name = suggested_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ThanrakReportsPage *self = THANRAK_REPORTS_PAGE (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ThanrakReportsPage *self = THANRAK_REPORTS_PAGE (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "forms");
}

static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

/* GObject ---------------------------------------------------------------------- */

/**
 * thanrak_reports_page_get_store:
 * @self: a #ThanrakReportsPage
 *
 * Returns: (transfer none) (nullable): the store the forms are computed from
 */
ThanrakStore *
thanrak_reports_page_get_store (ThanrakReportsPage *self)
{
  g_return_val_if_fail (THANRAK_IS_REPORTS_PAGE (self), NULL);

  return self->store;
}

/**
 * thanrak_reports_page_set_store:
 * @self: a #ThanrakReportsPage
 * @store: (nullable): the application's open store
 *
 * Sets the store whose district figures the forms are computed from; an
 * open form is computed again.
 */
void
thanrak_reports_page_set_store (ThanrakReportsPage *self,
                                ThanrakStore       *store)
{
  g_return_if_fail (THANRAK_IS_REPORTS_PAGE (self));
  g_return_if_fail (store == NULL || THANRAK_IS_STORE (store));

  if (g_set_object (&self->store, store))
    {
      if (self->form != NULL)
        {
          fill_choices (self);
          recompute (self);
        }
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
    }
}

static void
thanrak_reports_page_dispose (GObject *object)
{
  ThanrakReportsPage *self = THANRAK_REPORTS_PAGE (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), THANRAK_TYPE_REPORTS_PAGE);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->rule_sets, g_ptr_array_unref);
  g_clear_pointer (&self->form_rule_sets, g_ptr_array_unref);
  g_clear_pointer (&self->figures, g_ptr_array_unref);
  g_clear_pointer (&self->province_codes, g_ptr_array_unref);
  g_clear_pointer (&self->province_names, g_ptr_array_unref);
  g_clear_pointer (&self->districts, g_ptr_array_unref);
  g_clear_pointer (&self->table, thanrak_kpi_target_table_free);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->center_ids, g_array_unref);
  g_clear_pointer (&self->district_codes, g_ptr_array_unref);
  g_clear_pointer (&self->proposal_ids, g_array_unref);
  g_clear_pointer (&self->assessed, thanrak_report_assessed_center_free);
  g_clear_pointer (&self->assessed_centers, g_ptr_array_unref);
  g_clear_object (&self->proposal);
  g_clear_pointer (&self->rule_sets_error, g_free);

  G_OBJECT_CLASS (thanrak_reports_page_parent_class)->dispose (object);
}

static void
thanrak_reports_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ThanrakReportsPage *self = THANRAK_REPORTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
thanrak_reports_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  ThanrakReportsPage *self = THANRAK_REPORTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      thanrak_reports_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
thanrak_reports_page_class_init (ThanrakReportsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = thanrak_reports_page_dispose;
  object_class->get_property = thanrak_reports_page_get_property;
  object_class->set_property = thanrak_reports_page_set_property;

  /**
   * ThanrakReportsPage:store:
   *
   * The store the forms are computed from (the window sets it).
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         THANRAK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/thanrak-reports-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ThanrakReportsPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ThanrakReportsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ThanrakReportsPage, forms_group);
  gtk_widget_class_bind_template_child (widget_class, ThanrakReportsPage, form_title);
  gtk_widget_class_bind_template_child (widget_class, ThanrakReportsPage, rule_set_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakReportsPage, province_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakReportsPage, year_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakReportsPage, round_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakReportsPage, district_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakReportsPage, center_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakReportsPage, proposal_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakReportsPage, titles_label);
  gtk_widget_class_bind_template_child (widget_class, ThanrakReportsPage, office_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakReportsPage, date_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakReportsPage, warnings_revealer);
  gtk_widget_class_bind_template_child (widget_class, ThanrakReportsPage, warnings_label);
  gtk_widget_class_bind_template_child (widget_class, ThanrakReportsPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, ThanrakReportsPage, preview);
  gtk_widget_class_bind_template_child (widget_class, ThanrakReportsPage, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, ThanrakReportsPage, progress_bar);

  gtk_widget_class_install_action (widget_class, "reports.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "reports.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "reports.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "reports.open-file", "s", open_file_action);
  gtk_widget_class_install_action (widget_class, "reports.new-proposal", NULL, new_proposal_action);
  gtk_widget_class_install_action (widget_class, "reports.edit-proposal", NULL, edit_proposal_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "reports.export", NULL);
}

static void
thanrak_reports_page_init (ThanrakReportsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (THANRAK_SETTINGS_SCHEMA_ID);
  g_signal_connect_object (self->settings, "changed::thai-digits", G_CALLBACK (recompute),
                           self, G_CONNECT_SWAPPED);
  self->rows = g_list_store_new (THANRAK_TYPE_REPORTS_ROW);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
  gtk_column_view_set_model (self->preview, GTK_SELECTION_MODEL (selection));
  self->form_rule_sets = g_ptr_array_new_with_free_func ((GDestroyNotify) thanrak_kpi_rule_set_unref);
  self->province_codes = g_ptr_array_new_with_free_func (g_free);
  self->province_names = g_ptr_array_new_with_free_func (g_free);
  self->years = g_array_new (FALSE, FALSE, sizeof (guint));
  self->center_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->district_codes = g_ptr_array_new_with_free_func (g_free);
  self->proposal_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  {
    g_autoptr(GtkStringList) rounds = gtk_string_list_new (NULL);

    gtk_string_list_append (rounds, _("The whole fiscal year"));
    gtk_string_list_append (rounds, _("Round 1 (October to March)"));
    gtk_string_list_append (rounds, _("Round 2 (April to September)"));
    adw_combo_row_set_model (self->round_row, G_LIST_MODEL (rounds));
  }

  self->rule_sets = thanrak_kpi_rule_sets_load (NULL, &error);
  if (self->rule_sets == NULL)
    self->rule_sets_error = g_strdup (error->message);

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf ("%s", forms[i].title);
      GtkWidget *open = gtk_button_new_from_icon_name ("go-next-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(forms[i].needs));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      /* The row's button opens the form; Enter or a click on the row
       * activates it. */
      gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (open, "flat");
      gtk_widget_set_tooltip_text (open, _("Open"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Open"), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
      g_object_set_data (G_OBJECT (open), "form", GUINT_TO_POINTER (i));
      if (forms[i].compute != NULL && (self->rule_sets != NULL || (forms[i].choices & CHOICE_RULE_SET) == 0))
        {
          g_signal_connect (open, "clicked", G_CALLBACK (form_open_clicked_cb), self);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), open);
        }
      else
        gtk_widget_set_sensitive (row, FALSE);
      adw_preferences_group_add (self->forms_group, row);
    }

  g_signal_connect_swapped (self->rule_set_row, "notify::selected", G_CALLBACK (rule_set_selected_cb), self);
  g_signal_connect_swapped (self->province_row, "notify::selected", G_CALLBACK (province_selected_cb), self);
  g_signal_connect_swapped (self->year_row, "notify::selected", G_CALLBACK (recompute), self);
  g_signal_connect_swapped (self->round_row, "notify::selected", G_CALLBACK (recompute), self);
  g_signal_connect_swapped (self->district_row, "notify::selected", G_CALLBACK (recompute), self);
  g_signal_connect_swapped (self->center_row, "notify::selected", G_CALLBACK (recompute), self);
  g_signal_connect_swapped (self->proposal_row, "notify::selected", G_CALLBACK (recompute), self);
  g_signal_connect_swapped (self->office_row, "changed", G_CALLBACK (recompute), self);
  g_signal_connect_swapped (self->date_row, "changed", G_CALLBACK (recompute), self);
  update_actions (self);
}
