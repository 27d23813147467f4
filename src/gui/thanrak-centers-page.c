/* thanrak-centers-page.c: centers, their assessment, meetings, services and surveys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "thanrak-assessment.h"
#include "thanrak-center.h"
#include "thanrak-center-assessment.h"
#include "thanrak-core-enums.h"
#include "thanrak-centers-page.h"
#include "thanrak-draft.h"
#include "thanrak-meeting.h"
#include "thanrak-model-enums.h"
#include "thanrak-record-dialog.h"
#include "thanrak-committee-member.h"
#include "thanrak-satisfaction-survey.h"
#include "thanrak-service.h"
#include "thanrak-thai.h"
#include "thanrak-validation.h"

#define CENTER_NAME_PREFIX "ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอ"

typedef struct
{
  GType        (*get_type) (void);
  const char   *title;
  const char   *dialog_heading;
  const char   *add_label;
  const char   *date_field;
  const char   *fields[8];
} ChildKind;

enum { CHILD_MEETINGS, CHILD_SERVICES, CHILD_SURVEYS, N_CHILD_KINDS };

static const ChildKind child_kinds[N_CHILD_KINDS] = {
  { thanrak_meeting_get_type, N_("Committee Meetings"), N_("Meeting"), N_("Add a meeting"),
    "meeting-date", { "meeting-date", "agenda", "attendees", "minutes", NULL } },
  { thanrak_service_get_type, N_("Services"), N_("Service"), N_("Add a service"),
    "service-date", { "service-date", "mode", "title", "recipients", "notes", NULL } },
  { thanrak_satisfaction_survey_get_type, N_("Satisfaction Surveys"), N_("Satisfaction survey"), N_("Add a satisfaction survey"),
    "survey-date", { "survey-date", "fiscal-year", "respondents", "level", "notes", NULL } },
};

struct _ThanrakCentersPage
{
  GtkWidget             parent_instance;

  ThanrakStore         *store;
  GPtrArray            *centers;        /* ThanrakRecord */
  ThanrakRecord        *current;        /* the center edited (id 0 when new) */
  GPtrArray            *provinces;      /* ThanrakPlace */
  GPtrArray            *districts;
  GPtrArray            *subdistricts;
  char                 *auto_name;
  gboolean              updating;

  /* Drafts: the center and its checklist, and the dialog open on the page */
  ThanrakDraft         *draft;
  ThanrakDraft         *child_draft;
  gboolean              center_dirty;     /* fields changed since loaded or saved */
  gboolean              assessment_dirty; /* items ticked since loaded or saved */
  gboolean              drafts_offered;
  ThanrakRecord        *pending;          /* to open once asked about changes */

  ThanrakAssessment    *assessment;
  ThanrakRecord        *assessment_record;
  GHashTable           *item_checks;    /* item id -> GtkCheckButton */
  GHashTable           *item_rows;      /* item id -> AdwActionRow */
  GtkCheckButton       *none_checks[11];
  GtkListBox           *child_lists[N_CHILD_KINDS];
  AdwPreferencesGroup  *child_groups[N_CHILD_KINDS];

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkListBox           *center_list;
  GtkStack             *editor_stack;
  AdwPreferencesPage   *editor_page;
  AdwComboRow          *province_row;
  AdwComboRow          *district_row;
  AdwComboRow          *subdistrict_row;
  AdwEntryRow          *name_row;
  AdwEntryRow          *premises_row;
  AdwEntryRow          *phone_row;
  AdwEntryRow          *hours_row;
  GtkLabel             *error_label;
  GtkTextView          *media_view;
  GtkTextView          *evidence_view;
  GtkTextView          *plan_view;
  AdwEntryRow          *reporter_row;
  AdwEntryRow          *reporter_position_row;
  GtkLabel             *report_error_label;
  GtkSpinButton        *year_spin;
  GtkLabel             *total_label;
  GtkLabel             *grade_label;
  GtkWidget            *total_box;
  AdwActionRow         *history_row;
};

G_DEFINE_FINAL_TYPE (ThanrakCentersPage, thanrak_centers_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void load_center (ThanrakCentersPage *self, ThanrakRecord *center);
static void reload_assessment (ThanrakCentersPage *self, gboolean keep_answers);
static void fill_child_list (ThanrakCentersPage *self, guint kind);
static void build_checklist (ThanrakCentersPage *self);
static void build_child_groups (ThanrakCentersPage *self);
static void update_draft (ThanrakCentersPage *self);
static void leave_then (ThanrakCentersPage *self, ThanrakRecord *next);

static void
toast (ThanrakCentersPage *self,
       const char         *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static guint
fiscal_year (ThanrakCentersPage *self)
{
  return (guint) gtk_spin_button_get_value_as_int (self->year_spin);
}

static gboolean
iso_in_fiscal_year (const char *iso,
                    guint       year)
{
  GDate date;

  if (iso == NULL)
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_parse (&date, iso);
  return g_date_valid (&date) && thanrak_thai_fiscal_year (&date) == year;
}

static GPtrArray *
list_children (ThanrakCentersPage *self,
               GType               type,
               gint64              center_id,
               const char         *order_by)
{
  ThanrakStoreQuery query = { 0 };
  g_autoptr(GError) error = NULL;
  GPtrArray *records;

  query.parent_field = "center-id";
  query.parent_id = center_id;
  query.order_by = order_by;
  records = thanrak_store_list (self->store, type, &query, &error);
  if (records == NULL)
    {
      toast (self, error->message);
      return g_ptr_array_new_with_free_func (g_object_unref);
    }
  return records;
}

/* Places */

static GListModel *
place_names (GPtrArray *places)
{
  GtkStringList *names = gtk_string_list_new (NULL);

  for (guint i = 0; places != NULL && i < places->len; i++)
    gtk_string_list_append (names, ((ThanrakPlace *) g_ptr_array_index (places, i))->name_th);
  return G_LIST_MODEL (names);
}

static guint
place_index (GPtrArray  *places,
             const char *code)
{
  for (guint i = 0; places != NULL && code != NULL && i < places->len; i++)
    if (g_strcmp0 (((ThanrakPlace *) g_ptr_array_index (places, i))->code, code) == 0)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static ThanrakPlace *
selected_place (AdwComboRow *row,
                GPtrArray   *places)
{
  guint i = adw_combo_row_get_selected (row);

  if (places == NULL || i == GTK_INVALID_LIST_POSITION || i >= places->len)
    return NULL;
  return g_ptr_array_index (places, i);
}

static void
fill_places (ThanrakCentersPage *self,
             AdwComboRow        *row,
             GPtrArray         **places,
             const char         *parent_code,
             const char         *select_code)
{
  g_autoptr(GListModel) names = NULL;
  gboolean was_updating = self->updating;

  g_clear_pointer (places, g_ptr_array_unref);
  if (parent_code != NULL || row == self->province_row)
    *places = thanrak_store_list_places (self->store, parent_code, NULL);
  names = place_names (*places);
  self->updating = TRUE;
  adw_combo_row_set_model (row, names);
  adw_combo_row_set_selected (row, place_index (*places, select_code));
  self->updating = was_updating;
}

/* Validation of the center's fields */

/* A list typed one item a line, as the operations report prints it: the
 * lines without the spaces around them and without empty lines, or %NULL
 * when there is none. */
static char *
text_view_get (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) kept = g_string_new (NULL);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] == '\0')
        continue;
      if (kept->len > 0)
        g_string_append_c (kept, '\n');
      g_string_append (kept, lines[i]);
    }
  return kept->len > 0 ? g_string_free (g_steal_pointer (&kept), FALSE) : NULL;
}

static void
text_view_set (GtkTextView *view,
               const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

static gboolean
read_center (ThanrakCentersPage *self,
             ThanrakRecord      *center)
{
  ThanrakPlace *district = selected_place (self->district_row, self->districts);
  ThanrakPlace *subdistrict = selected_place (self->subdistrict_row, self->subdistricts);
  struct { AdwEntryRow *row; const char *field; } entries[] = {
    { self->name_row, "name" },
    { self->premises_row, "premises" },
    { self->phone_row, "phone" },
    { self->hours_row, "opening-hours" },
    { self->reporter_row, "reporter" },
    { self->reporter_position_row, "reporter-position" },
  };
  struct { GtkTextView *view; const char *field; } texts[] = {
    { self->media_view, "media" },
    { self->evidence_view, "evidence" },
    { self->plan_view, "plan" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entries[i].row))));
      thanrak_record_set_string (center, entries[i].field, *text ? text : NULL);
    }
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *text = text_view_get (texts[i].view);
      thanrak_record_set_string (center, texts[i].field, text);
    }
  thanrak_record_set_string (center, "district-code", district ? district->code : NULL);
  thanrak_record_set_string (center, "subdistrict-code", subdistrict ? subdistrict->code : NULL);
  return TRUE;
}

static gboolean
validate_center (ThanrakCentersPage *self)
{
  g_autoptr(ThanrakRecord) copy = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *rows[] = {
    GTK_WIDGET (self->name_row), GTK_WIDGET (self->district_row), GTK_WIDGET (self->subdistrict_row),
    GTK_WIDGET (self->premises_row), GTK_WIDGET (self->phone_row), GTK_WIDGET (self->hours_row),
    GTK_WIDGET (self->media_view), GTK_WIDGET (self->evidence_view), GTK_WIDGET (self->plan_view),
    GTK_WIDGET (self->reporter_row), GTK_WIDGET (self->reporter_position_row),
  };
  /* the model's names of the fields (thanrak-center.c), in its messages */
  const char *nicks[] = { N_("Center name"), N_("District"), N_("Subdistrict"), N_("Premises"),
                          N_("Phone number"), N_("Opening hours"),
                          N_("Media and publications offered"), N_("Evidence of the services"),
                          N_("Operations plan of the center"), N_("Reporter"), N_("Position of the reporter") };
  /* rows from here on are the operations report's, with their own message */
  const guint first_report_row = 6;
  gboolean valid;
  int bad_row = -1;

  if (self->current == NULL)
    return FALSE;
  copy = THANRAK_RECORD (thanrak_center_new ());
  read_center (self, copy);
  thanrak_record_set_id (copy, thanrak_record_get_id (self->current));
  valid = thanrak_record_validate (copy, &error);

  /* One center per district. */
  if (valid && thanrak_record_get_string (copy, "district-code") != NULL)
    for (guint i = 0; i < self->centers->len; i++)
      {
        ThanrakRecord *other = g_ptr_array_index (self->centers, i);
        if (thanrak_record_get_id (other) != thanrak_record_get_id (self->current) &&
            g_strcmp0 (thanrak_record_get_string (other, "district-code"),
                       thanrak_record_get_string (copy, "district-code")) == 0)
          {
            g_set_error (&error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                         _("District already has a center, “%s”: a district has one center; choose another district."),
                         thanrak_record_get_string (other, "name"));
            valid = FALSE;
            break;
          }
      }

  /* The model's message names the field: the earliest name in it. */
  if (!valid && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    bad_row = 1;
  else if (!valid)
    {
      const char *earliest = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (nicks); i++)
        {
          const char *at = strstr (error->message, _(nicks[i]));
          if (at != NULL && (earliest == NULL || at < earliest))
            {
              earliest = at;
              bad_row = i;
            }
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      gboolean bad = (guint) bad_row == i;
      if (bad)
        {
          gtk_widget_add_css_class (rows[i], "error");
          gtk_accessible_update_property (GTK_ACCESSIBLE (rows[i]),
                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, error->message, -1);
        }
      else
        {
          gtk_widget_remove_css_class (rows[i], "error");
          gtk_accessible_reset_property (GTK_ACCESSIBLE (rows[i]), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
        }
    }
  /* the message goes below the group of the field it names */
  if (!valid && bad_row >= 0 && (guint) bad_row >= first_report_row)
    {
      gtk_label_set_label (self->report_error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->report_error_label), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
    }
  else
    {
      gtk_label_set_label (self->error_label, valid ? "" : error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), !valid);
      gtk_widget_set_visible (GTK_WIDGET (self->report_error_label), FALSE);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "centers.save", valid);
  return valid;
}

/* Whether the fields differ from the center as loaded or saved (typing
 * a change and undoing it leaves nothing to save). */
static gboolean
center_differs (ThanrakCentersPage *self)
{
  g_autoptr(ThanrakRecord) copy = THANRAK_RECORD (thanrak_center_new ());
  const ThanrakFieldSpec *fields;
  guint n_fields;

  if (thanrak_record_get_id (self->current) == 0)
    return TRUE;
  read_center (self, copy);
  fields = thanrak_record_class_get_fields (THANRAK_RECORD_GET_CLASS (copy), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    if (g_strcmp0 (thanrak_record_get_string (copy, fields[i].name),
                   thanrak_record_get_string (self->current, fields[i].name)) != 0)
      return TRUE;
  return FALSE;
}

static void
field_changed_cb (ThanrakCentersPage *self)
{
  if (self->updating || self->current == NULL)
    return;
  validate_center (self);
  self->center_dirty = center_differs (self);
  update_draft (self);
}

static void
province_changed_cb (ThanrakCentersPage *self)
{
  ThanrakPlace *province;

  if (self->updating)
    return;
  province = selected_place (self->province_row, self->provinces);
  fill_places (self, self->district_row, &self->districts, province ? province->code : NULL, NULL);
  fill_places (self, self->subdistrict_row, &self->subdistricts, NULL, NULL);
  field_changed_cb (self);
}

static void
district_changed_cb (ThanrakCentersPage *self)
{
  ThanrakPlace *district;
  const char *name;

  if (self->updating)
    return;
  district = selected_place (self->district_row, self->districts);
  fill_places (self, self->subdistrict_row, &self->subdistricts, district ? district->code : NULL, NULL);

  /* The name follows the rule while the person has not written another. */
  name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  if (district != NULL && (*name == '\0' || g_strcmp0 (name, self->auto_name) == 0))
    {
      g_free (self->auto_name);
      self->auto_name = g_strconcat (CENTER_NAME_PREFIX, district->name_th, NULL);
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), self->auto_name);
    }
  field_changed_cb (self);
}

/* The list of centers */

static void
fill_center_list (ThanrakCentersPage *self,
                  gint64              select_id)
{
  ThanrakStoreQuery query = { 0 };
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  GtkListBoxRow *select = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->center_list))) != NULL)
    gtk_list_box_remove (self->center_list, child);
  g_clear_pointer (&self->centers, g_ptr_array_unref);

  query.order_by = "district-code";
  if (self->store != NULL)
    self->centers = thanrak_store_list (self->store, THANRAK_TYPE_CENTER, &query, &error);
  if (self->centers == NULL)
    {
      if (error != NULL)
        toast (self, error->message);
      self->centers = g_ptr_array_new_with_free_func (g_object_unref);
    }

  self->updating = TRUE;
  for (guint i = 0; i < self->centers->len; i++)
    {
      ThanrakRecord *center = g_ptr_array_index (self->centers, i);
      g_autoptr(ThanrakPlace) district = thanrak_store_lookup_place (self->store,
                                                                     thanrak_record_get_string (center, "district-code"),
                                                                     NULL);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf (_("District %s"), district ? district->name_th : "?");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), thanrak_record_get_string (center, "name"));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
      gtk_list_box_append (self->center_list, row);
      g_object_set_data (G_OBJECT (row), "thanrak-index", GUINT_TO_POINTER (i));
      if (thanrak_record_get_id (center) == select_id)
        select = GTK_LIST_BOX_ROW (row);
    }
  self->updating = FALSE;
  /* Show the first center rather than an empty editor. */
  if (select == NULL && select_id >= 0)
    select = gtk_list_box_get_row_at_index (self->center_list, 0);
  if (select != NULL)
    gtk_list_box_select_row (self->center_list, select);
}

static void
center_selected_cb (ThanrakCentersPage *self,
                    GtkListBoxRow      *row)
{
  ThanrakRecord *center;

  if (self->updating || row == NULL)
    return;
  center = g_ptr_array_index (self->centers, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "thanrak-index")));
  /* the same center again is its saved state, shown after saving */
  if ((self->center_dirty || self->assessment_dirty) && self->current != NULL &&
      (thanrak_record_get_id (self->current) == 0 ||
       thanrak_record_get_id (center) != thanrak_record_get_id (self->current)))
    leave_then (self, center);
  else
    load_center (self, center);
}

static void
load_center (ThanrakCentersPage *self,
             ThanrakRecord      *center)
{
  const char *district_code = thanrak_record_get_string (center, "district-code");
  g_autofree char *province_code = NULL;
  struct { AdwEntryRow *row; const char *field; } entries[] = {
    { self->name_row, "name" },
    { self->premises_row, "premises" },
    { self->phone_row, "phone" },
    { self->hours_row, "opening-hours" },
    { self->reporter_row, "reporter" },
    { self->reporter_position_row, "reporter-position" },
  };

  g_set_object (&self->current, center);
  g_clear_pointer (&self->auto_name, g_free);

  /* The checklist and lists are built when a center is first shown, so
   * that an empty database costs no widgets (nor accessible objects). */
  if (g_hash_table_size (self->item_checks) == 0)
    {
      build_checklist (self);
      build_child_groups (self);
    }

  /* A new center is put in the province of the others. */
  if (district_code == NULL && self->centers->len > 0)
    province_code = g_strndup (thanrak_record_get_string (g_ptr_array_index (self->centers, 0), "district-code"), 2);
  else if (district_code != NULL)
    province_code = g_strndup (district_code, 2);

  self->updating = TRUE;
  if (self->provinces == NULL)
    fill_places (self, self->province_row, &self->provinces, NULL, province_code);
  else
    adw_combo_row_set_selected (self->province_row, place_index (self->provinces, province_code));
  fill_places (self, self->district_row, &self->districts, province_code, district_code);
  fill_places (self, self->subdistrict_row, &self->subdistricts, district_code,
               thanrak_record_get_string (center, "subdistrict-code"));
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      const char *text = thanrak_record_get_string (center, entries[i].field);
      gtk_editable_set_text (GTK_EDITABLE (entries[i].row), text ? text : "");
    }
  text_view_set (self->media_view, thanrak_record_get_string (center, "media"));
  text_view_set (self->evidence_view, thanrak_record_get_string (center, "evidence"));
  text_view_set (self->plan_view, thanrak_record_get_string (center, "plan"));
  self->updating = FALSE;
  self->center_dirty = FALSE;

  gtk_stack_set_visible_child_name (self->editor_stack, "editor");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "centers.delete", thanrak_record_get_id (center) != 0);
  validate_center (self);
  reload_assessment (self, FALSE);
  for (guint k = 0; k < N_CHILD_KINDS; k++)
    fill_child_list (self, k);
  update_draft (self);
}

/* The assessment */

static void
apply_saved_answers (ThanrakAssessment *assessment,
                     ThanrakRecord     *record)
{
  guint n_items;
  const ThanrakAssessmentItem *items = thanrak_assessment_get_items (&n_items);

  /* Unheld items first, so that a held item of aspects 9 and 10 is chosen last. */
  for (guint i = 0; i < n_items; i++)
    if (!thanrak_center_assessment_get_answer (THANRAK_CENTER_ASSESSMENT (record), items[i].id))
      thanrak_assessment_set (assessment, items[i].id, FALSE);
  for (guint i = 0; i < n_items; i++)
    if (thanrak_center_assessment_get_answer (THANRAK_CENTER_ASSESSMENT (record), items[i].id))
      thanrak_assessment_set (assessment, items[i].id, TRUE);
}

static void
apply_person_answers (ThanrakAssessment       *assessment,
                      const ThanrakAssessment *old)
{
  guint n_items;
  const ThanrakAssessmentItem *items = thanrak_assessment_get_items (&n_items);

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n_items; i++)
      {
        ThanrakAnswerSource source;
        gboolean held = thanrak_assessment_get (old, items[i].id, &source);

        if ((source == THANRAK_ANSWER_PERSON || source == THANRAK_ANSWER_OVERRIDDEN ||
             source == THANRAK_ANSWER_CONFIRMED) && held == (pass == 1))
          thanrak_assessment_set (assessment, items[i].id, held);
      }
}

static ThanrakSatisfaction
satisfaction_from_level (gint64 level)
{
  switch (level)
    {
    case THANRAK_SATISFACTION_LEVEL_NOT_ASSESSED: return THANRAK_SATISFACTION_NOT_ASSESSED;
    case THANRAK_SATISFACTION_LEVEL_LOW: return THANRAK_SATISFACTION_LOW;
    case THANRAK_SATISFACTION_LEVEL_MEDIUM: return THANRAK_SATISFACTION_MEDIUM;
    case THANRAK_SATISFACTION_LEVEL_HIGH: return THANRAK_SATISFACTION_HIGH;
    default: return THANRAK_SATISFACTION_UNKNOWN;
    }
}

static void
count_records (ThanrakCentersPage       *self,
               ThanrakAssessmentRecords *records,
               gint64                   *satisfaction_level)
{
  gint64 id = thanrak_record_get_id (self->current);
  guint year = fiscal_year (self);
  g_autoptr(GPtrArray) services = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) surveys = NULL;

  *satisfaction_level = -1;
  if (id == 0 || self->store == NULL)
    return;

  services = list_children (self, THANRAK_TYPE_SERVICE, id, NULL);
  records->services = records->services_at_center = records->services_mobile = records->services_online = 0;
  for (guint i = 0; i < services->len; i++)
    {
      ThanrakRecord *service = g_ptr_array_index (services, i);
      if (!iso_in_fiscal_year (thanrak_record_get_string (service, "service-date"), year))
        continue;
      records->services++;
      switch (thanrak_record_get_number (service, "mode"))
        {
        case THANRAK_SERVICE_MODE_AT_CENTER: records->services_at_center++; break;
        case THANRAK_SERVICE_MODE_MOBILE: records->services_mobile++; break;
        case THANRAK_SERVICE_MODE_ONLINE: records->services_online++; break;
        default: break;
        }
    }

  members = list_children (self, THANRAK_TYPE_COMMITTEE_MEMBER, id, NULL);
  records->management_members = records->advisory_members = 0;
  for (guint i = 0; i < members->len; i++)
    {
      if (thanrak_record_get_number (g_ptr_array_index (members, i), "committee") == THANRAK_COMMITTEE_KIND_ADVISORY)
        records->advisory_members++;
      else
        records->management_members++;
    }

  meetings = list_children (self, THANRAK_TYPE_MEETING, id, NULL);
  records->meetings = 0;
  for (guint i = 0; i < meetings->len; i++)
    if (iso_in_fiscal_year (thanrak_record_get_string (g_ptr_array_index (meetings, i), "meeting-date"), year))
      records->meetings++;

  surveys = list_children (self, THANRAK_TYPE_SATISFACTION_SURVEY, id, "survey-date");
  for (guint i = 0; i < surveys->len; i++)
    {
      ThanrakRecord *survey = g_ptr_array_index (surveys, i);
      if ((guint) thanrak_record_get_number (survey, "fiscal-year") == year)
        *satisfaction_level = thanrak_record_get_number (survey, "level");
    }
  records->satisfaction = satisfaction_from_level (*satisfaction_level);
}

static void
show_assessment (ThanrakCentersPage *self)
{
  guint n_items;
  const ThanrakAssessmentItem *items = thanrak_assessment_get_items (&n_items);
  guint n_aspects;
  const ThanrakAssessmentAspect *aspects = thanrak_assessment_get_aspects (&n_aspects);
  int total = thanrak_assessment_get_total (self->assessment);
  ThanrakAssessmentGrade grade = thanrak_assessment_get_grade (self->assessment);
  g_autofree char *total_text = g_strdup_printf (_("%d of 50 points"), total);
  g_autofree char *grade_text = g_strdup_printf ("%s %s", thanrak_assessment_grade_letter (grade),
                                                 thanrak_assessment_grade_name (grade));
  g_autofree char *summary = g_strdup_printf ("%s, %s", total_text, grade_text);
  const char *grade_classes[] = { "success", "warning", "error" };

  self->updating = TRUE;
  for (guint i = 0; i < n_items; i++)
    {
      ThanrakAnswerSource source;
      gboolean held = thanrak_assessment_get (self->assessment, items[i].id, &source);
      GtkCheckButton *check = g_hash_table_lookup (self->item_checks, items[i].id);
      AdwActionRow *row = g_hash_table_lookup (self->item_rows, items[i].id);
      g_autoptr(GString) subtitle = g_string_new (NULL);
      gboolean proposed;

      gtk_check_button_set_active (check, held);
      g_string_append_printf (subtitle, ngettext ("%d point", "%d points", items[i].points), items[i].points);
      if (thanrak_assessment_get_proposal (self->assessment, items[i].id, &proposed))
        {
          g_string_append (subtitle, " · ");
          if (source == THANRAK_ANSWER_PROPOSED)
            g_string_append (subtitle, proposed ? _("Proposed from records: met") : _("Proposed from records: not met"));
          else if (source == THANRAK_ANSWER_OVERRIDDEN)
            g_string_append (subtitle, proposed ? _("Records propose met; answered otherwise")
                                                : _("Records propose not met; answered otherwise"));
          else
            g_string_append (subtitle, _("From records, confirmed"));
        }
      if (!held && items[i].guidance != NULL)
        {
          g_string_append_printf (subtitle, "\n%s: %s", _("How to improve"), items[i].guidance);
        }
      adw_action_row_set_subtitle (row, subtitle->str);
      if (source == THANRAK_ANSWER_PROPOSED)
        gtk_widget_add_css_class (GTK_WIDGET (row), "thanrak-proposed");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (row), "thanrak-proposed");
    }
  for (guint a = 0; a < n_aspects; a++)
    if (aspects[a].single_choice && self->none_checks[aspects[a].number] != NULL)
      {
        gboolean any = FALSE;
        for (guint i = 0; i < n_items; i++)
          if (items[i].aspect == aspects[a].number && thanrak_assessment_get (self->assessment, items[i].id, NULL))
            any = TRUE;
        gtk_check_button_set_active (self->none_checks[aspects[a].number], !any);
      }
  self->updating = FALSE;

  gtk_label_set_label (self->total_label, total_text);
  gtk_label_set_label (self->grade_label, grade_text);
  for (guint i = 0; i < G_N_ELEMENTS (grade_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->grade_label), grade_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->grade_label), grade_classes[grade]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->total_box),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->total_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, summary, -1);
}

static void
show_history (ThanrakCentersPage *self)
{
  g_autoptr(GPtrArray) saved = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  guint year = fiscal_year (self);

  if (thanrak_record_get_id (self->current) != 0)
    saved = list_children (self, THANRAK_TYPE_CENTER_ASSESSMENT, thanrak_record_get_id (self->current), "fiscal-year");
  for (guint i = 0; saved != NULL && i < saved->len; i++)
    {
      ThanrakRecord *record = g_ptr_array_index (saved, i);
      guint record_year = (guint) thanrak_record_get_number (record, "fiscal-year");
      g_autoptr(ThanrakAssessment) assessment = NULL;
      ThanrakAssessmentGrade grade;

      if (record_year == year)
        continue;
      assessment = thanrak_assessment_new ();
      apply_saved_answers (assessment, record);
      grade = thanrak_assessment_get_grade (assessment);
      if (text->len > 0)
        g_string_append (text, "\n");
      g_string_append_printf (text, _("FY %u: %d points, %s %s"), record_year,
                              thanrak_assessment_get_total (assessment),
                              thanrak_assessment_grade_letter (grade),
                              thanrak_assessment_grade_name (grade));
    }
  adw_action_row_set_subtitle (self->history_row, text->len > 0 ? text->str : _("No other year assessed"));
}

static void
reload_assessment (ThanrakCentersPage *self,
                   gboolean            keep_answers)
{
  ThanrakAssessmentRecords records = THANRAK_ASSESSMENT_RECORDS_INIT;
  g_autoptr(ThanrakAssessment) old = g_steal_pointer (&self->assessment);
  g_autoptr(GPtrArray) saved = NULL;
  gint64 level;
  guint year = fiscal_year (self);

  if (self->current == NULL)
    return;
  count_records (self, &records, &level);
  self->assessment = thanrak_assessment_propose (&records);
  g_clear_object (&self->assessment_record);

  if (thanrak_record_get_id (self->current) != 0)
    saved = list_children (self, THANRAK_TYPE_CENTER_ASSESSMENT, thanrak_record_get_id (self->current), NULL);
  for (guint i = 0; saved != NULL && i < saved->len; i++)
    if ((guint) thanrak_record_get_number (g_ptr_array_index (saved, i), "fiscal-year") == year)
      self->assessment_record = g_object_ref (g_ptr_array_index (saved, i));

  if (keep_answers && old != NULL)
    apply_person_answers (self->assessment, old);
  else
    {
      self->assessment_dirty = FALSE;
      if (self->assessment_record != NULL)
        apply_saved_answers (self->assessment, self->assessment_record);
    }

  show_assessment (self);
  show_history (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "centers.save-assessment",
                                 thanrak_record_get_id (self->current) != 0);
  for (guint k = 0; k < N_CHILD_KINDS; k++)
    gtk_widget_set_sensitive (GTK_WIDGET (self->child_groups[k]), thanrak_record_get_id (self->current) != 0);
}

static void
item_toggled_cb (GtkCheckButton     *check,
                 ThanrakCentersPage *self)
{
  const ThanrakAssessmentItem *item = g_object_get_data (G_OBJECT (check), "thanrak-item");
  guint aspect = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "thanrak-aspect"));
  gboolean active = gtk_check_button_get_active (check);

  if (self->updating || self->assessment == NULL)
    return;
  if (item == NULL)
    {
      /* The “none” choice of aspects 9 and 10 */
      if (active)
        thanrak_assessment_choose (self->assessment, aspect, NULL);
      else
        return;
    }
  else if (self->none_checks[item->aspect] != NULL)
    {
      if (!active)
        return;
      thanrak_assessment_choose (self->assessment, item->aspect, item->id);
    }
  else
    thanrak_assessment_set (self->assessment, item->id, active);
  show_assessment (self);
  self->assessment_dirty = TRUE;
  update_draft (self);
}

static void
year_changed_cb (ThanrakCentersPage *self)
{
  if (!self->updating)
    {
      reload_assessment (self, FALSE);
      update_draft (self);
    }
}

static void
build_checklist (ThanrakCentersPage *self)
{
  guint n_aspects, n_items;
  const ThanrakAssessmentAspect *aspects = thanrak_assessment_get_aspects (&n_aspects);
  const ThanrakAssessmentItem *items = thanrak_assessment_get_items (&n_items);

  for (guint a = 0; a < n_aspects; a++)
    {
      GtkWidget *group = adw_preferences_group_new ();
      g_autofree char *title = g_strdup_printf ("%u. %s", aspects[a].number, aspects[a].title);
      g_autofree char *description = g_strdup_printf (ngettext ("%d point", "%d points", aspects[a].max_points),
                                                      aspects[a].max_points);
      GtkCheckButton *first = NULL;

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
      if (aspects[a].intro != NULL)
        {
          g_autofree char *both = g_strdup_printf ("%s · %s", description, aspects[a].intro);
          adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), both);
        }
      else
        adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);

      if (aspects[a].single_choice)
        {
          GtkWidget *row = adw_action_row_new ();
          GtkWidget *check = gtk_check_button_new ();
          const char *none = aspects[a].none_text ? aspects[a].none_text : _("None of these");
          g_autofree char *name = g_strdup_printf ("item-%u-none", aspects[a].number);

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), none);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("0 points"));
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
          gtk_widget_set_name (check, name);
          g_object_set_data (G_OBJECT (check), "thanrak-aspect", GUINT_TO_POINTER (aspects[a].number));
          g_signal_connect (check, "toggled", G_CALLBACK (item_toggled_cb), self);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
          self->none_checks[aspects[a].number] = GTK_CHECK_BUTTON (check);
          first = GTK_CHECK_BUTTON (check);
        }

      for (guint i = 0; i < n_items; i++)
        {
          GtkWidget *row, *check;
          g_autofree char *row_title = NULL;
          g_autofree char *name = NULL;

          if (items[i].aspect != aspects[a].number)
            continue;
          row = adw_action_row_new ();
          check = gtk_check_button_new ();
          row_title = g_strdup_printf ("%s %s", items[i].number, items[i].text);
          name = g_strdup_printf ("item-%s", items[i].id);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), row_title);
          adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
          adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
          if (first != NULL)
            gtk_check_button_set_group (GTK_CHECK_BUTTON (check), first);
          gtk_widget_set_name (check, name);
          /* named by its row (the activatable widget is labelled by the row's title) */
          g_object_set_data (G_OBJECT (check), "thanrak-item", (gpointer) &items[i]);
          g_object_set_data (G_OBJECT (check), "thanrak-aspect", GUINT_TO_POINTER (aspects[a].number));
          g_signal_connect (check, "toggled", G_CALLBACK (item_toggled_cb), self);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
          g_hash_table_insert (self->item_checks, (gpointer) items[i].id, check);
          g_hash_table_insert (self->item_rows, (gpointer) items[i].id, row);
        }
      adw_preferences_page_add (self->editor_page, ADW_PREFERENCES_GROUP (group));
    }
}

/* Meetings, services and surveys */

typedef struct
{
  ThanrakCentersPage *self;
  guint               kind;
} ChildContext;


static char *
child_title (guint          kind,
             ThanrakRecord *record)
{
  g_autofree char *date = thanrak_record_dialog_format_date (thanrak_record_get_string (record, child_kinds[kind].date_field));

  switch (kind)
    {
    case CHILD_MEETINGS:
      return g_strdup_printf ("%s · %s", date, thanrak_record_get_string (record, "agenda") ?: "");
    case CHILD_SERVICES:
      return g_strdup_printf ("%s · %s", date, thanrak_record_get_string (record, "title") ?: "");
    case CHILD_SURVEYS:
    default:
      return g_strdup_printf ("%s · %s", date,
                              thanrak_enum_get_label (THANRAK_TYPE_SATISFACTION_LEVEL,
                                                      (int) thanrak_record_get_number (record, "level")));
    }
}

static char *
child_subtitle (guint          kind,
                ThanrakRecord *record)
{
  switch (kind)
    {
    case CHILD_MEETINGS:
      return g_strdup_printf (_("%d attended · %s"), (int) thanrak_record_get_number (record, "attendees"),
                              thanrak_record_get_string (record, "minutes") ?: "");
    case CHILD_SERVICES:
      return g_strdup_printf (_("%s · %d people served · %s"),
                              thanrak_enum_get_label (THANRAK_TYPE_SERVICE_MODE, (int) thanrak_record_get_number (record, "mode")),
                              (int) thanrak_record_get_number (record, "recipients"),
                              thanrak_record_get_string (record, "notes") ?: "");
    case CHILD_SURVEYS:
    default:
      return g_strdup_printf (_("FY %d · %d respondents"), (int) thanrak_record_get_number (record, "fiscal-year"),
                              (int) thanrak_record_get_number (record, "respondents"));
    }
}

static void
child_saved_cb (ThanrakRecord *record,
                gpointer       user_data)
{
  ChildContext *ctx = user_data;
  ThanrakCentersPage *self = ctx->self;
  g_autoptr(GError) error = NULL;

  if (record != NULL)
    {
      if (!thanrak_store_save (self->store, record, &error))
        toast (self, error->message);
      else
        toast (self, _("Saved"));
    }
  fill_child_list (self, ctx->kind);
  reload_assessment (self, TRUE);
  g_object_unref (self);
  g_free (ctx);
}

static void
edit_child (ThanrakCentersPage *self,
            guint               kind,
            ThanrakRecord      *record)
{
  ChildContext *ctx = g_new0 (ChildContext, 1);
  GtkWidget *dialog;

  ctx->self = g_object_ref (self);
  ctx->kind = kind;
  dialog = thanrak_record_dialog_present (GTK_WIDGET (self), _(child_kinds[kind].dialog_heading), record,
                                          child_kinds[kind].fields, child_saved_cb, ctx);
  thanrak_record_dialog_keep_draft (dialog, self->child_draft, NULL);
}

static void
add_child_clicked_cb (GtkButton          *button,
                      ThanrakCentersPage *self)
{
  guint kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "thanrak-kind"));
  g_autoptr(ThanrakRecord) record = g_object_new (child_kinds[kind].get_type (), NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  if (self->current == NULL || thanrak_record_get_id (self->current) == 0)
    return;
  thanrak_record_set_number (record, "center-id", thanrak_record_get_id (self->current));
  thanrak_record_set_string (record, child_kinds[kind].date_field, today);
  if (kind == CHILD_SURVEYS)
    thanrak_record_set_number (record, "fiscal-year", fiscal_year (self));
  edit_child (self, kind, record);
}

static void
child_activated_cb (GtkListBox         *list,
                    GtkListBoxRow      *row,
                    ThanrakCentersPage *self)
{
  ThanrakRecord *record = g_object_get_data (G_OBJECT (row), "thanrak-record");

  if (record != NULL)
    edit_child (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (list), "thanrak-kind")), record);
}

typedef struct
{
  ThanrakCentersPage *self;
  ThanrakRecord      *record;
  guint               kind;
} UndoContext;

static void
undo_context_free (gpointer data)
{
  UndoContext *u = data;

  g_object_unref (u->self);
  g_object_unref (u->record);
  g_free (u);
}

static void
undo_child_cb (AdwToast    *toast_,
               UndoContext *u)
{
  g_autoptr(GError) error = NULL;

  if (!thanrak_store_save (u->self->store, u->record, &error))
    toast (u->self, error->message);
  fill_child_list (u->self, u->kind);
  reload_assessment (u->self, TRUE);
}

static void
delete_child_clicked_cb (GtkButton          *button,
                         ThanrakCentersPage *self)
{
  ThanrakRecord *record = g_object_get_data (G_OBJECT (button), "thanrak-record");
  guint kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "thanrak-kind"));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = child_title (kind, record);
  g_autofree char *message = NULL;
  UndoContext *u;
  AdwToast *t;

  g_object_ref (record);
  if (!thanrak_store_delete (self->store, record, &error))
    {
      toast (self, error->message);
      g_object_unref (record);
      return;
    }
  u = g_new0 (UndoContext, 1);
  u->self = g_object_ref (self);
  u->record = record;
  u->kind = kind;
  message = g_strdup_printf (_("Deleted “%s”"), title);
  t = adw_toast_new (message);
  adw_toast_set_button_label (t, _("_Undo"));
  g_signal_connect_data (t, "button-clicked", G_CALLBACK (undo_child_cb), u,
                         (GClosureNotify) (void (*) (void)) undo_context_free, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, t);
  fill_child_list (self, kind);
  reload_assessment (self, TRUE);
}

static void
fill_child_list (ThanrakCentersPage *self,
                 guint               kind)
{
  GtkListBox *list = self->child_lists[kind];
  g_autoptr(GPtrArray) records = NULL;
  GtkWidget *child;

  if (list == NULL)
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
  if (self->current == NULL || thanrak_record_get_id (self->current) == 0)
    return;

  records = list_children (self, child_kinds[kind].get_type (), thanrak_record_get_id (self->current),
                           child_kinds[kind].date_field);
  for (guint i = 0; i < records->len; i++)
    {
      ThanrakRecord *record = g_ptr_array_index (records, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *title = child_title (kind, record);
      g_autofree char *subtitle = child_subtitle (kind, record);
      g_autofree char *delete_name = g_strdup_printf (_("Delete “%s”"), title);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (delete, "flat");
      gtk_widget_set_tooltip_text (delete, delete_name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL, delete_name, -1);
      g_object_set_data_full (G_OBJECT (delete), "thanrak-record", g_object_ref (record), g_object_unref);
      g_object_set_data (G_OBJECT (delete), "thanrak-kind", GUINT_TO_POINTER (kind));
      g_signal_connect (delete, "clicked", G_CALLBACK (delete_child_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete);
      g_object_set_data_full (G_OBJECT (row), "thanrak-record", g_object_ref (record), g_object_unref);
      gtk_list_box_append (list, row);
    }
}

static void
build_child_groups (ThanrakCentersPage *self)
{
  for (guint k = 0; k < N_CHILD_KINDS; k++)
    {
      GtkWidget *group = adw_preferences_group_new ();
      GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");
      GtkWidget *list = gtk_list_box_new ();

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(child_kinds[k].title));
      gtk_widget_add_css_class (add, "flat");
      gtk_widget_set_tooltip_text (add, _(child_kinds[k].add_label));
      gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(child_kinds[k].add_label), -1);
      g_object_set_data (G_OBJECT (add), "thanrak-kind", GUINT_TO_POINTER (k));
      g_signal_connect (add, "clicked", G_CALLBACK (add_child_clicked_cb), self);
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);

      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _(child_kinds[k].title), -1);
      g_object_set_data (G_OBJECT (list), "thanrak-kind", GUINT_TO_POINTER (k));
      g_signal_connect (list, "row-activated", G_CALLBACK (child_activated_cb), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);

      self->child_lists[k] = GTK_LIST_BOX (list);
      self->child_groups[k] = ADW_PREFERENCES_GROUP (group);
      /* After the checklist */
      adw_preferences_page_add (self->editor_page, ADW_PREFERENCES_GROUP (group));
    }
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  ThanrakCentersPage *self = THANRAK_CENTERS_PAGE (widget);

  if (self->store == NULL)
    return;
  leave_then (self, NULL);
}

static gboolean
save_center (ThanrakCentersPage *self)
{
  g_autoptr(GError) error = NULL;
  gboolean was_new;

  if (self->current == NULL || !validate_center (self))
    return FALSE;
  was_new = thanrak_record_get_id (self->current) == 0;
  read_center (self, self->current);
  if (!thanrak_store_save (self->store, self->current, &error))
    {
      toast (self, error->message);
      return FALSE;
    }
  toast (self, _("Center saved"));
  {
    /* the checklist's answers stay as ticked, to be saved apart */
    gboolean assessment_dirty = self->assessment_dirty;
    g_autoptr(ThanrakAssessment) answers = self->assessment ? thanrak_assessment_copy (self->assessment) : NULL;

    fill_center_list (self, thanrak_record_get_id (self->current));
    if (assessment_dirty && answers != NULL && self->assessment != NULL)
      {
        apply_person_answers (self->assessment, answers);
        self->assessment_dirty = TRUE;
        show_assessment (self);
      }
    self->center_dirty = FALSE;
    update_draft (self);
  }
  if (was_new)
    for (guint k = 0; k < N_CHILD_KINDS; k++)
      fill_child_list (self, k);
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save_center (THANRAK_CENTERS_PAGE (widget));
}

static void
undo_center_cb (AdwToast    *toast_,
                UndoContext *u)
{
  g_autoptr(GError) error = NULL;

  if (!thanrak_store_save (u->self->store, u->record, &error))
    toast (u->self, error->message);
  fill_center_list (u->self, thanrak_record_get_id (u->record));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ThanrakCentersPage *self = THANRAK_CENTERS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  ThanrakRecord *center;
  UndoContext *u;
  AdwToast *t;

  if (self->current == NULL || thanrak_record_get_id (self->current) == 0)
    return;
  center = g_object_ref (self->current);
  if (!thanrak_store_delete (self->store, center, &error))
    {
      g_object_unref (center);
      if (g_error_matches (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_IN_USE))
        toast (self, _("The center has members, meetings, services or assessments: delete them first."));
      else
        toast (self, error->message);
      return;
    }
  u = g_new0 (UndoContext, 1);
  u->self = g_object_ref (self);
  u->record = center;
  message = g_strdup_printf (_("Deleted “%s”"), thanrak_record_get_string (center, "name"));
  t = adw_toast_new (message);
  adw_toast_set_button_label (t, _("_Undo"));
  g_signal_connect_data (t, "button-clicked", G_CALLBACK (undo_center_cb), u,
                         (GClosureNotify) (void (*) (void)) undo_context_free, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, t);
  g_clear_object (&self->current);
  gtk_stack_set_visible_child_name (self->editor_stack, "empty");
  fill_center_list (self, -1);
}

static gboolean
save_assessment (ThanrakCentersPage *self)
{
  ThanrakAssessmentRecords records = THANRAK_ASSESSMENT_RECORDS_INIT;
  g_autoptr(ThanrakRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  guint n_items;
  const ThanrakAssessmentItem *items = thanrak_assessment_get_items (&n_items);
  gint64 level;

  if (self->current == NULL || thanrak_record_get_id (self->current) == 0 || self->assessment == NULL)
    return FALSE;
  record = self->assessment_record ? g_object_ref (self->assessment_record)
                                   : THANRAK_RECORD (thanrak_center_assessment_new ());
  count_records (self, &records, &level);
  thanrak_record_set_number (record, "center-id", thanrak_record_get_id (self->current));
  thanrak_record_set_number (record, "fiscal-year", fiscal_year (self));
  thanrak_record_set_number (record, "service-count", MAX (records.services, 0));
  if (level >= 0)
    thanrak_record_set_number (record, "satisfaction", level);
  thanrak_record_set_string (record, "assessed-on", today);
  /* items 1.1 to 8.3; aspects 9 and 10 are kept as the service count and
   * the satisfaction level above */
  for (guint i = 0; i < n_items; i++)
    if (thanrak_center_assessment_is_item_id (items[i].id))
      thanrak_center_assessment_set_answer (THANRAK_CENTER_ASSESSMENT (record), items[i].id,
                                            thanrak_assessment_get (self->assessment, items[i].id, NULL));
  if (!thanrak_store_save (self->store, record, &error))
    {
      toast (self, error->message);
      return FALSE;
    }
  thanrak_assessment_confirm_all (self->assessment);
  toast (self, _("Assessment saved"));
  reload_assessment (self, FALSE);
  update_draft (self);
  return TRUE;
}

static void
save_assessment_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  save_assessment (THANRAK_CENTERS_PAGE (widget));
}

/* Members change on the committees page: propose again when shown. */
static void
thanrak_centers_page_map (GtkWidget *widget)
{
  ThanrakCentersPage *self = THANRAK_CENTERS_PAGE (widget);

  GTK_WIDGET_CLASS (thanrak_centers_page_parent_class)->map (widget);
  if (self->current != NULL && self->assessment != NULL)
    reload_assessment (self, TRUE);
}

/* Leaving a changed center */

/* Opens @next, a center of the list, or a new center when %NULL. */
static void
open_next (ThanrakCentersPage *self,
           ThanrakRecord      *next)
{
  if (next != NULL && thanrak_record_get_id (next) != 0)
    {
      /* its row, in the list as it is now (saving reads it again) */
      for (guint i = 0; i < self->centers->len; i++)
        if (thanrak_record_get_id (g_ptr_array_index (self->centers, i)) == thanrak_record_get_id (next))
          {
            GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->center_list, (int) i);

            if (gtk_list_box_get_selected_row (self->center_list) == row)
              load_center (self, g_ptr_array_index (self->centers, i));
            else
              gtk_list_box_select_row (self->center_list, row);
            return;
          }
      load_center (self, next);
      return;
    }
  {
    g_autoptr(ThanrakCenter) center = thanrak_center_new ();

    self->updating = TRUE;
    gtk_list_box_unselect_all (self->center_list);
    self->updating = FALSE;
    load_center (self, THANRAK_RECORD (center));
    gtk_widget_grab_focus (GTK_WIDGET (self->district_row));
  }
}

/* The list shows the center still edited. */
static void
reselect_current (ThanrakCentersPage *self)
{
  GtkListBoxRow *row = NULL;

  for (guint i = 0; self->current != NULL && i < self->centers->len; i++)
    if (thanrak_record_get_id (g_ptr_array_index (self->centers, i)) == thanrak_record_get_id (self->current) &&
        thanrak_record_get_id (self->current) != 0)
      row = gtk_list_box_get_row_at_index (self->center_list, (int) i);
  self->updating = TRUE;
  if (row != NULL)
    gtk_list_box_select_row (self->center_list, row);
  else
    gtk_list_box_unselect_all (self->center_list);
  self->updating = FALSE;
}

static void
leave_response_cb (AdwMessageDialog   *dialog,
                   const char         *response,
                   ThanrakCentersPage *self)
{
  g_autoptr(ThanrakRecord) next = g_steal_pointer (&self->pending);

  if (g_str_equal (response, "save"))
    {
      if ((self->center_dirty && !save_center (self)) ||
          (self->assessment_dirty && thanrak_record_get_id (self->current) != 0 && !save_assessment (self)))
        {
          reselect_current (self);
          return;
        }
    }
  else if (!g_str_equal (response, "discard"))
    {
      reselect_current (self);
      return;
    }
  self->center_dirty = self->assessment_dirty = FALSE;
  thanrak_draft_discard (self->draft);
  open_next (self, next);
}

/* Opens @next (%NULL: a new center), asking first to save, discard or
 * cancel when the center or its checklist has changes, as the other
 * editors do. */
static void
leave_then (ThanrakCentersPage *self,
            ThanrakRecord      *next)
{
  AdwMessageDialog *dialog;
  const char *name;

  if (self->current == NULL || (!self->center_dirty && !self->assessment_dirty))
    {
      open_next (self, next);
      return;
    }
  g_set_object (&self->pending, next);
  name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                       _("Save Changes?"), NULL));
  adw_message_dialog_format_body (dialog, _("“%s” has changes that are not saved."),
                                  *name != '\0' ? name : _("New center"));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, "save", !self->center_dirty || validate_center (self));
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (leave_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Drafts */

/* The center's fields and the checklist's answers, as typed and ticked,
 * are kept in the draft `centers` until both are saved or dropped; the
 * dialog of a meeting, service or survey in `centers-dialog`. */

static gboolean
fill_draft_cb (ThanrakDraft *draft,
               GKeyFile     *key_file,
               gpointer      user_data)
{
  ThanrakCentersPage *self = user_data;
  g_autoptr(ThanrakRecord) copy = NULL;

  if (self->current == NULL || (!self->center_dirty && !self->assessment_dirty))
    return FALSE;
  copy = THANRAK_RECORD (thanrak_center_new ());
  thanrak_record_set_id (copy, thanrak_record_get_id (self->current));
  read_center (self, copy);
  thanrak_draft_write_record (key_file, "draft", "fields", copy);
  g_key_file_set_integer (key_file, "assessment", "fiscal-year", (int) fiscal_year (self));
  if (self->assessment_dirty && self->assessment != NULL)
    {
      guint n_items;
      const ThanrakAssessmentItem *items = thanrak_assessment_get_items (&n_items);

      for (guint i = 0; i < n_items; i++)
        g_key_file_set_boolean (key_file, "answers", items[i].id,
                                thanrak_assessment_get (self->assessment, items[i].id, NULL));
    }
  return TRUE;
}

static void
update_draft (ThanrakCentersPage *self)
{
  if (self->current != NULL && (self->center_dirty || self->assessment_dirty))
    thanrak_draft_schedule (self->draft);
  else
    thanrak_draft_discard (self->draft);
}

static void
restore_draft_cb (AdwToast           *toast_,
                  ThanrakCentersPage *self)
{
  GKeyFile *kf = thanrak_draft_toast_get_key_file (toast_);
  g_autoptr(ThanrakRecord) center = NULL;
  gint64 id;
  int year;

  if (kf == NULL || self->store == NULL)
    return;
  center = thanrak_draft_read_record (kf, "draft", "fields", THANRAK_TYPE_CENTER, self->store);
  if (center == NULL)
    return;
  /* the draft takes the editor's place, as on the other pages */
  self->center_dirty = self->assessment_dirty = FALSE;
  id = thanrak_record_get_id (center);
  if (id > 0)
    fill_center_list (self, id);
  else
    gtk_list_box_unselect_all (self->center_list);
  load_center (self, center);
  /* changes are told from the stored center */
  if (id > 0)
    {
      g_autoptr(ThanrakRecord) stored = thanrak_store_load (self->store, THANRAK_TYPE_CENTER, id, NULL);

      if (stored != NULL)
        g_set_object (&self->current, stored);
    }

  year = g_key_file_get_integer (kf, "assessment", "fiscal-year", NULL);
  if (year > 0 && (guint) year != fiscal_year (self))
    {
      self->updating = TRUE;
      gtk_spin_button_set_value (self->year_spin, year);
      self->updating = FALSE;
      reload_assessment (self, FALSE);
    }
  if (g_key_file_has_group (kf, "answers") && self->assessment != NULL)
    {
      guint n_items;
      const ThanrakAssessmentItem *items = thanrak_assessment_get_items (&n_items);

      /* what differs from the proposal, unticked first (single choices) */
      for (int pass = 0; pass < 2; pass++)
        for (guint i = 0; i < n_items; i++)
          {
            g_autoptr(GError) error = NULL;
            gboolean held = g_key_file_get_boolean (kf, "answers", items[i].id, &error);

            if (error == NULL && held == (pass == 1) &&
                held != thanrak_assessment_get (self->assessment, items[i].id, NULL))
              thanrak_assessment_set (self->assessment, items[i].id, held);
          }
      show_assessment (self);
      self->assessment_dirty = TRUE;
    }
  self->center_dirty = center_differs (self);
  update_draft (self);
}

static void
restore_child_draft_cb (AdwToast           *toast_,
                        ThanrakCentersPage *self)
{
  GKeyFile *kf = thanrak_draft_toast_get_key_file (toast_);
  g_autoptr(ThanrakRecord) record = NULL;
  ChildContext *ctx;
  GtkWidget *dialog;
  guint kind = N_CHILD_KINDS;

  if (kf == NULL || self->store == NULL)
    return;
  record = thanrak_draft_read_record (kf, "draft", "fields", G_TYPE_INVALID, self->store);
  for (guint k = 0; record != NULL && k < N_CHILD_KINDS; k++)
    if (G_OBJECT_TYPE (record) == child_kinds[k].get_type ())
      kind = k;
  if (kind == N_CHILD_KINDS ||
      !thanrak_centers_page_select_center (self, thanrak_record_get_number (record, "center-id")))
    return;

  ctx = g_new0 (ChildContext, 1);
  ctx->self = g_object_ref (self);
  ctx->kind = kind;
  dialog = thanrak_record_dialog_present (GTK_WIDGET (self), _(child_kinds[kind].dialog_heading), record,
                                          child_kinds[kind].fields, child_saved_cb, ctx);
  thanrak_record_dialog_keep_draft (dialog, self->child_draft, kf);
}

/* After a crash, offers back what was typed and not saved. */
static void
offer_drafts (ThanrakCentersPage *self)
{
  g_autoptr(GKeyFile) kf = NULL;
  g_autoptr(GKeyFile) child_kf = NULL;

  if (self->drafts_offered || self->store == NULL)
    return;
  self->drafts_offered = TRUE;

  kf = thanrak_draft_load (self->draft);
  if (kf != NULL)
    {
      g_autoptr(ThanrakRecord) center = thanrak_draft_read_record (kf, "draft", "fields", THANRAK_TYPE_CENTER, NULL);

      if (center != NULL)
        {
          const char *name = thanrak_record_get_string (center, "name");
          AdwToast *t = thanrak_draft_new_toast (name != NULL ? name : _("New center"), kf);

          g_signal_connect_object (t, "button-clicked", G_CALLBACK (restore_draft_cb), self, 0);
          adw_toast_overlay_add_toast (self->toast_overlay, t);
        }
    }

  child_kf = thanrak_draft_load (self->child_draft);
  if (child_kf != NULL)
    {
      g_autofree char *heading = g_key_file_get_string (child_kf, "draft", "heading", NULL);

      if (heading != NULL)
        {
          AdwToast *t = thanrak_draft_new_toast (heading, child_kf);

          /* after the center's own draft */
          adw_toast_set_priority (t, ADW_TOAST_PRIORITY_NORMAL);

          g_signal_connect_object (t, "button-clicked", G_CALLBACK (restore_child_draft_cb), self, 0);
          adw_toast_overlay_add_toast (self->toast_overlay, t);
        }
    }
}

/* Public API */

/**
 * thanrak_centers_page_get_store:
 * @self: a #ThanrakCentersPage
 *
 * Returns: (transfer none) (nullable): the store the page shows
 */
ThanrakStore *
thanrak_centers_page_get_store (ThanrakCentersPage *self)
{
  g_return_val_if_fail (THANRAK_IS_CENTERS_PAGE (self), NULL);

  return self->store;
}

/* Centers imported through another connection: list them again. */
static void
records_changed_cb (ThanrakCentersPage *self,
                    GType               record_type,
                    ThanrakStore       *store)
{
  if (store == self->store && g_type_is_a (record_type, THANRAK_TYPE_CENTER))
    fill_center_list (self, self->current != NULL ? thanrak_record_get_id (self->current) : 0);
}

/**
 * thanrak_centers_page_set_store:
 * @self: a #ThanrakCentersPage
 * @store: (nullable): the store to show
 *
 * Shows the centers of @store.
 */
void
thanrak_centers_page_set_store (ThanrakCentersPage *self,
                                ThanrakStore       *store)
{
  g_return_if_fail (THANRAK_IS_CENTERS_PAGE (self));

  if (!g_set_object (&self->store, store))
    return;
  if (store != NULL)
    g_signal_connect_object (store, "records-changed", G_CALLBACK (records_changed_cb), self, G_CONNECT_SWAPPED);
  g_clear_object (&self->current);
  g_clear_pointer (&self->provinces, g_ptr_array_unref);
  gtk_stack_set_visible_child_name (self->editor_stack, "empty");
  fill_center_list (self, 0);
  offer_drafts (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "centers.add", store != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * thanrak_centers_page_select_center:
 * @self: a #ThanrakCentersPage
 * @center_id: the id of a stored center
 *
 * Shows the center @center_id in the editor.
 *
 * Returns: %TRUE when the center is in the list
 */
gboolean
thanrak_centers_page_select_center (ThanrakCentersPage *self,
                                    gint64              center_id)
{
  g_return_val_if_fail (THANRAK_IS_CENTERS_PAGE (self), FALSE);

  fill_center_list (self, center_id);
  return self->current != NULL && thanrak_record_get_id (self->current) == center_id;
}

/**
 * thanrak_centers_page_get_total:
 * @self: a #ThanrakCentersPage
 *
 * Returns: the total points (0 to 50) of the assessment shown, or -1
 */
int
thanrak_centers_page_get_total (ThanrakCentersPage *self)
{
  g_return_val_if_fail (THANRAK_IS_CENTERS_PAGE (self), -1);

  return self->assessment ? thanrak_assessment_get_total (self->assessment) : -1;
}

/**
 * thanrak_centers_page_get_grade_text:
 * @self: a #ThanrakCentersPage
 *
 * Returns: the grade as shown, e.g. `B พอใช้` (seed 001)
 */
const char *
thanrak_centers_page_get_grade_text (ThanrakCentersPage *self)
{
  g_return_val_if_fail (THANRAK_IS_CENTERS_PAGE (self), NULL);

  return gtk_label_get_label (self->grade_label);
}

static void
thanrak_centers_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ThanrakCentersPage *self = THANRAK_CENTERS_PAGE (object);

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
thanrak_centers_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  ThanrakCentersPage *self = THANRAK_CENTERS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      thanrak_centers_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
thanrak_centers_page_dispose (GObject *object)
{
  ThanrakCentersPage *self = THANRAK_CENTERS_PAGE (object);

  /* changes not yet written are written now: closing loses nothing */
  if (self->draft != NULL)
    thanrak_draft_flush (self->draft);
  gtk_widget_dispose_template (GTK_WIDGET (self), THANRAK_TYPE_CENTERS_PAGE);
  g_clear_object (&self->draft);
  g_clear_object (&self->child_draft);
  g_clear_object (&self->pending);
  g_clear_object (&self->store);
  g_clear_object (&self->current);
  g_clear_object (&self->assessment_record);
  g_clear_pointer (&self->assessment, thanrak_assessment_free);
  g_clear_pointer (&self->centers, g_ptr_array_unref);
  g_clear_pointer (&self->provinces, g_ptr_array_unref);
  g_clear_pointer (&self->districts, g_ptr_array_unref);
  g_clear_pointer (&self->subdistricts, g_ptr_array_unref);
  g_clear_pointer (&self->item_checks, g_hash_table_unref);
  g_clear_pointer (&self->item_rows, g_hash_table_unref);
  g_clear_pointer (&self->auto_name, g_free);

  G_OBJECT_CLASS (thanrak_centers_page_parent_class)->dispose (object);
}

static void
thanrak_centers_page_class_init (ThanrakCentersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = thanrak_centers_page_dispose;
  object_class->get_property = thanrak_centers_page_get_property;
  object_class->set_property = thanrak_centers_page_set_property;
  widget_class->map = thanrak_centers_page_map;

  /**
   * ThanrakCentersPage:store:
   *
   * The store whose centers are shown.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         THANRAK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/thanrak-centers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ThanrakCentersPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCentersPage, center_list);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCentersPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCentersPage, editor_page);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCentersPage, province_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCentersPage, district_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCentersPage, subdistrict_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCentersPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCentersPage, premises_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCentersPage, phone_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCentersPage, hours_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCentersPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCentersPage, media_view);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCentersPage, evidence_view);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCentersPage, plan_view);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCentersPage, reporter_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCentersPage, reporter_position_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCentersPage, report_error_label);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCentersPage, year_spin);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCentersPage, total_label);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCentersPage, grade_label);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCentersPage, total_box);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCentersPage, history_row);
  gtk_widget_class_bind_template_callback (widget_class, center_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, province_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, district_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, year_changed_cb);

  gtk_widget_class_install_action (widget_class, "centers.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "centers.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "centers.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "centers.save-assessment", NULL, save_assessment_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "centers.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "centers.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "centers.save-assessment", NULL);
}

static void
thanrak_centers_page_init (ThanrakCentersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->item_checks = g_hash_table_new (g_str_hash, g_str_equal);
  self->item_rows = g_hash_table_new (g_str_hash, g_str_equal);
  self->centers = g_ptr_array_new_with_free_func (g_object_unref);
  self->draft = thanrak_draft_new ("centers", fill_draft_cb, self);
  self->child_draft = thanrak_draft_new ("centers-dialog", NULL, NULL);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->media_view), "changed", G_CALLBACK (field_changed_cb), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->evidence_view), "changed", G_CALLBACK (field_changed_cb), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->plan_view), "changed", G_CALLBACK (field_changed_cb), self);
  gtk_spin_button_set_value (self->year_spin, thanrak_current_fiscal_year_be ());
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "centers.add", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "centers.save", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "centers.delete", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "centers.save-assessment", FALSE);
}
