/* thanrak-committees-page.c: the committees of a center and what they lack
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "thanrak-center.h"
#include "thanrak-committee.h"
#include "thanrak-committees-page.h"
#include "thanrak-core-enums.h"
#include "thanrak-draft.h"
#include "thanrak-meeting.h"
#include "thanrak-model-enums.h"
#include "thanrak-committee-member.h"
#include "thanrak-record-dialog.h"
#include "thanrak-thai.h"

#define CENTER_PREFIX "ศูนย์บริการส่งเสริมเศรษฐกิจฐานราก"

/* Records are read by field name, so one table serves the dialog and the
 * checks. */

static const char * const member_fields[] = {
  "committee", "title", "name", "position", "quota", "organisation", "phone", "term-start", "term-end", NULL
};

struct _ThanrakCommitteesPage
{
  GtkWidget             parent_instance;

  ThanrakStore         *store;
  GPtrArray            *centers;
  GPtrArray            *members;
  GDate                 today;
  gboolean              updating;
  guint                 n_findings;
  ThanrakDraft         *draft;          /* the member dialog's typing */
  gboolean              draft_offered;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkRevealer          *checks_revealer;
  GtkWidget            *checks_box;
  GtkLabel             *checks_label;
  AdwComboRow          *center_row;
  AdwActionRow         *status_row;
  GtkListBox           *management_list;
  GtkListBox           *advisory_list;
};

G_DEFINE_FINAL_TYPE (ThanrakCommitteesPage, thanrak_committees_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void fill_members (ThanrakCommitteesPage *self);

static void
toast (ThanrakCommitteesPage *self,
       const char            *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static ThanrakRecord *
current_center (ThanrakCommitteesPage *self)
{
  guint i = adw_combo_row_get_selected (self->center_row);

  if (self->centers == NULL || i == GTK_INVALID_LIST_POSITION || i >= self->centers->len)
    return NULL;
  return g_ptr_array_index (self->centers, i);
}

static void
today_or_now (ThanrakCommitteesPage *self,
              GDate                 *today)
{
  if (g_date_valid (&self->today))
    *today = self->today;
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_clear (today, 1);
      g_date_set_dmy (today, (GDateDay) g_date_time_get_day_of_month (now),
                      (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
    }
}

static void
parse_iso (const char *iso,
           GDate      *date)
{
  g_date_clear (date, 1);
  if (iso != NULL && *iso != '\0')
    g_date_set_parse (date, iso);
}

static GPtrArray *
list_of_center (ThanrakCommitteesPage *self,
                GType                  type,
                gint64                 center_id)
{
  ThanrakStoreQuery query = { 0 };
  g_autoptr(GError) error = NULL;
  GPtrArray *records;

  query.parent_field = "center-id";
  query.parent_id = center_id;
  records = thanrak_store_list (self->store, type, &query, &error);
  if (records == NULL)
    {
      toast (self, error->message);
      records = g_ptr_array_new_with_free_func (g_object_unref);
    }
  return records;
}

/* Converts the records to the checks' plain structs and shows the
 * findings (seed 001 §6), all but the monthly activities, which the
 * centers page does not record as such. */
static void
run_checks (ThanrakCommitteesPage *self)
{
  ThanrakRecord *center = current_center (self);
  g_autoptr(GArray) members = g_array_new (FALSE, TRUE, sizeof (ThanrakCommitteeSeat));
  g_autoptr(GArray) meetings = g_array_new (FALSE, TRUE, sizeof (GDate));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) meeting_records = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  GDate today;

  self->n_findings = 0;
  if (center == NULL || self->members == NULL)
    {
      gtk_revealer_set_reveal_child (self->checks_revealer, FALSE);
      return;
    }
  today_or_now (self, &today);

  for (guint i = 0; i < self->members->len; i++)
    {
      ThanrakRecord *record = g_ptr_array_index (self->members, i);
      ThanrakCommitteeSeat m = { 0 };
      char *name = g_strconcat (thanrak_record_get_string (record, "title") ?: "",
                                thanrak_record_get_string (record, "name") ?: "", NULL);

      g_ptr_array_add (names, name);
      m.name = name;
      m.position = (ThanrakCommitteePosition) thanrak_record_get_number (record, "position");
      m.quota = (ThanrakCommitteeQuota) thanrak_record_get_number (record, "quota");
      m.committee = (ThanrakCommitteeKind) thanrak_record_get_number (record, "committee");
      parse_iso (thanrak_record_get_string (record, "term-end"), &m.term_end);
      g_array_append_val (members, m);
    }

  meeting_records = list_of_center (self, THANRAK_TYPE_MEETING, thanrak_record_get_id (center));
  for (guint i = 0; i < meeting_records->len; i++)
    {
      GDate date;

      parse_iso (thanrak_record_get_string (g_ptr_array_index (meeting_records, i), "meeting-date"), &date);
      if (g_date_valid (&date))
        g_array_append_val (meetings, date);
    }

  findings = thanrak_committee_check ((ThanrakCommitteeSeat *) (gpointer) members->data, members->len,
                                      thanrak_thai_fiscal_year (&today),
                                      (GDate *) (gpointer) meetings->data, meetings->len,
                                      NULL, 0, &today);
  for (guint i = 0; i < findings->len; i++)
    {
      ThanrakFinding *finding = g_ptr_array_index (findings, i);

      if (finding->code == THANRAK_COMMITTEE_NO_ACTIVITY)
        continue;
      if (text->len > 0)
        g_string_append (text, "\n");
      g_string_append_printf (text, "• %s", finding->message);
      self->n_findings++;
    }

  gtk_label_set_label (self->checks_label, text->str);
  gtk_revealer_set_reveal_child (self->checks_revealer, self->n_findings > 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->checks_box),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str, -1);
  if (self->n_findings == 0)
    adw_action_row_set_subtitle (self->status_row, _("The committee meets every check of the center guidelines."));
  else
    {
      g_autofree char *status = g_strdup_printf (ngettext ("%u thing is missing: see the box above.",
                                                           "%u things are missing: see the box above.",
                                                           self->n_findings),
                                                 self->n_findings);
      adw_action_row_set_subtitle (self->status_row, status);
    }
}

typedef struct
{
  ThanrakCommitteesPage *self;
  ThanrakRecord         *record;
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
undo_delete_cb (AdwToast    *t,
                UndoContext *u)
{
  g_autoptr(GError) error = NULL;

  if (!thanrak_store_save (u->self->store, u->record, &error))
    toast (u->self, error->message);
  fill_members (u->self);
}

static char *
member_name (ThanrakRecord *record)
{
  return g_strconcat (thanrak_record_get_string (record, "title") ?: "",
                      thanrak_record_get_string (record, "name") ?: "", NULL);
}

static void
delete_clicked_cb (GtkButton             *button,
                   ThanrakCommitteesPage *self)
{
  ThanrakRecord *record = g_object_get_data (G_OBJECT (button), "thanrak-record");
  g_autoptr(GError) error = NULL;
  g_autofree char *name = member_name (record);
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
  message = g_strdup_printf (_("Deleted “%s”"), name);
  t = adw_toast_new (message);
  adw_toast_set_button_label (t, _("_Undo"));
  g_signal_connect_data (t, "button-clicked", G_CALLBACK (undo_delete_cb), u,
                         (GClosureNotify) (void (*) (void)) undo_context_free, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, t);
  fill_members (self);
}

static void
fill_members (ThanrakCommitteesPage *self)
{
  ThanrakRecord *center = current_center (self);
  GtkListBox *lists[] = { self->management_list, self->advisory_list };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      GtkWidget *child;
      while ((child = gtk_widget_get_first_child (GTK_WIDGET (lists[l]))) != NULL)
        gtk_list_box_remove (lists[l], child);
    }
  g_clear_pointer (&self->members, g_ptr_array_unref);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "committees.add-member", center != NULL);
  if (center == NULL)
    {
      run_checks (self);
      return;
    }

  self->members = list_of_center (self, THANRAK_TYPE_COMMITTEE_MEMBER, thanrak_record_get_id (center));
  for (guint i = 0; i < self->members->len; i++)
    {
      ThanrakRecord *record = g_ptr_array_index (self->members, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *name = member_name (record);
      g_autofree char *from = thanrak_record_dialog_format_date (thanrak_record_get_string (record, "term-start"));
      g_autofree char *to = thanrak_record_dialog_format_date (thanrak_record_get_string (record, "term-end"));
      g_autofree char *delete_name = g_strdup_printf (_("Delete “%s”"), name);
      g_autoptr(GString) subtitle = g_string_new (NULL);
      gint64 kind = thanrak_record_get_number (record, "committee");

      g_string_append (subtitle, thanrak_enum_get_label (THANRAK_TYPE_COMMITTEE_POSITION,
                                                         (int) thanrak_record_get_number (record, "position")));
      if (kind == THANRAK_COMMITTEE_KIND_MANAGEMENT)
        g_string_append_printf (subtitle, " · %s",
                                thanrak_enum_get_label (THANRAK_TYPE_COMMITTEE_QUOTA,
                                                        (int) thanrak_record_get_number (record, "quota")));
      if (thanrak_record_get_string (record, "organisation") != NULL)
        g_string_append_printf (subtitle, " · %s", thanrak_record_get_string (record, "organisation"));
      if (thanrak_record_get_string (record, "phone") != NULL)
        g_string_append_printf (subtitle, " · %s", thanrak_record_get_string (record, "phone"));
      if (*from != '\0' || *to != '\0')
        g_string_append_printf (subtitle, " · %s %s – %s", _("Term"), from, to);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (delete, "flat");
      gtk_widget_set_tooltip_text (delete, delete_name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL, delete_name, -1);
      g_object_set_data_full (G_OBJECT (delete), "thanrak-record", g_object_ref (record), g_object_unref);
      g_signal_connect (delete, "clicked", G_CALLBACK (delete_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete);
      g_object_set_data_full (G_OBJECT (row), "thanrak-record", g_object_ref (record), g_object_unref);
      gtk_list_box_append (kind == THANRAK_COMMITTEE_KIND_ADVISORY ? self->advisory_list : self->management_list, row);
    }
  run_checks (self);
}

static void
member_saved_cb (ThanrakRecord *record,
                 gpointer       user_data)
{
  ThanrakCommitteesPage *self = user_data;
  g_autoptr(GError) error = NULL;

  if (record != NULL && !thanrak_store_save (self->store, record, &error))
    toast (self, error->message);
  fill_members (self);
  g_object_unref (self);
}

/* A member being typed is kept in the draft `committees-member` until the
 * dialog is saved or cancelled (thanrak_record_dialog_keep_draft()). */
static void
edit_member (ThanrakCommitteesPage *self,
             ThanrakRecord         *record,
             GKeyFile              *restore)
{
  GtkWidget *dialog = thanrak_record_dialog_present (GTK_WIDGET (self), _("Committee member"), record,
                                                     member_fields, member_saved_cb, g_object_ref (self));

  thanrak_record_dialog_keep_draft (dialog, self->draft, restore);
}

static void
restore_draft_cb (AdwToast              *toast_,
                  ThanrakCommitteesPage *self)
{
  GKeyFile *kf = thanrak_draft_toast_get_key_file (toast_);
  g_autoptr(ThanrakRecord) record = NULL;

  if (kf == NULL || self->store == NULL)
    return;
  record = thanrak_draft_read_record (kf, "draft", "fields", THANRAK_TYPE_COMMITTEE_MEMBER, self->store);
  if (record == NULL ||
      !thanrak_committees_page_select_center (self, thanrak_record_get_number (record, "center-id")))
    return;
  edit_member (self, record, kf);
}

/* After a crash, offers back the member that was being typed. */
static void
offer_draft (ThanrakCommitteesPage *self)
{
  g_autoptr(GKeyFile) kf = NULL;
  g_autoptr(ThanrakRecord) record = NULL;
  g_autofree char *name = NULL;
  AdwToast *t;

  if (self->draft_offered || self->store == NULL)
    return;
  self->draft_offered = TRUE;
  kf = thanrak_draft_load (self->draft);
  if (kf != NULL)
    record = thanrak_draft_read_record (kf, "draft", "fields", THANRAK_TYPE_COMMITTEE_MEMBER, NULL);
  if (record == NULL)
    return;
  name = member_name (record);
  t = thanrak_draft_new_toast (*name != '\0' ? name : _("Committee member"), kf);
  g_signal_connect_object (t, "button-clicked", G_CALLBACK (restore_draft_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, t);
}

static void
member_activated_cb (ThanrakCommitteesPage *self,
                     GtkListBoxRow         *row)
{
  ThanrakRecord *record = g_object_get_data (G_OBJECT (row), "thanrak-record");

  if (record != NULL)
    edit_member (self, record, NULL);
}

static void
add_member_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ThanrakCommitteesPage *self = THANRAK_COMMITTEES_PAGE (widget);
  ThanrakRecord *center = current_center (self);
  g_autoptr(ThanrakRecord) record = NULL;

  if (center == NULL)
    return;
  record = g_object_new (THANRAK_TYPE_COMMITTEE_MEMBER, NULL);
  thanrak_record_set_number (record, "center-id", thanrak_record_get_id (center));
  thanrak_record_set_number (record, "committee", g_variant_get_int32 (parameter));
  thanrak_record_set_number (record, "position", THANRAK_COMMITTEE_POSITION_MEMBER);
  thanrak_record_set_number (record, "quota", g_variant_get_int32 (parameter) == THANRAK_COMMITTEE_KIND_ADVISORY
                                              ? THANRAK_COMMITTEE_QUOTA_OTHER : THANRAK_COMMITTEE_QUOTA_NETWORK);
  edit_member (self, record, NULL);
}

static void
center_changed_cb (ThanrakCommitteesPage *self)
{
  if (!self->updating)
    fill_members (self);
}

static void
fill_centers (ThanrakCommitteesPage *self)
{
  ThanrakStoreQuery query = { 0 };
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  ThanrakRecord *was = current_center (self);
  gint64 was_id = was ? thanrak_record_get_id (was) : 0;
  guint select = 0;

  g_clear_pointer (&self->centers, g_ptr_array_unref);
  query.order_by = "district-code";
  if (self->store != NULL)
    self->centers = thanrak_store_list (self->store, THANRAK_TYPE_CENTER, &query, NULL);
  if (self->centers == NULL)
    self->centers = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->centers->len; i++)
    {
      ThanrakRecord *center = g_ptr_array_index (self->centers, i);
      const char *name = thanrak_record_get_string (center, "name");

      /* Every center's name begins alike (the rule of seed 001); the row's
       * title says it, so its value shows what tells them apart, which a
       * full name ellipsizes away: อำเภอเมืองสระแก้ว. */
      if (name != NULL && g_str_has_prefix (name, CENTER_PREFIX) && name[strlen (CENTER_PREFIX)] != '\0')
        name += strlen (CENTER_PREFIX);
      gtk_string_list_append (names, name);
      if (thanrak_record_get_id (center) == was_id)
        select = i;
    }
  self->updating = TRUE;
  adw_combo_row_set_model (self->center_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->center_row, self->centers->len > 0 ? select : GTK_INVALID_LIST_POSITION);
  self->updating = FALSE;
  fill_members (self);
}

/* Centers and meetings change on the centers page: read them again each
 * time the page is shown. */
static void
thanrak_committees_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (thanrak_committees_page_parent_class)->map (widget);
  fill_centers (THANRAK_COMMITTEES_PAGE (widget));
}

/**
 * thanrak_committees_page_get_store:
 * @self: a #ThanrakCommitteesPage
 *
 * Returns: (transfer none) (nullable): the store the page shows
 */
ThanrakStore *
thanrak_committees_page_get_store (ThanrakCommitteesPage *self)
{
  g_return_val_if_fail (THANRAK_IS_COMMITTEES_PAGE (self), NULL);

  return self->store;
}

/**
 * thanrak_committees_page_set_store:
 * @self: a #ThanrakCommitteesPage
 * @store: (nullable): the store to show
 *
 * Shows the committees of the centers in @store.
 */
void
thanrak_committees_page_set_store (ThanrakCommitteesPage *self,
                                   ThanrakStore          *store)
{
  g_return_if_fail (THANRAK_IS_COMMITTEES_PAGE (self));

  if (!g_set_object (&self->store, store))
    return;
  fill_centers (self);
  offer_draft (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * thanrak_committees_page_select_center:
 * @self: a #ThanrakCommitteesPage
 * @center_id: the id of a stored center
 *
 * Shows the committees of center @center_id.
 *
 * Returns: %TRUE when the center is in the list
 */
gboolean
thanrak_committees_page_select_center (ThanrakCommitteesPage *self,
                                       gint64                 center_id)
{
  g_return_val_if_fail (THANRAK_IS_COMMITTEES_PAGE (self), FALSE);

  fill_centers (self);
  for (guint i = 0; i < self->centers->len; i++)
    if (thanrak_record_get_id (g_ptr_array_index (self->centers, i)) == center_id)
      {
        adw_combo_row_set_selected (self->center_row, i);
        return TRUE;
      }
  return FALSE;
}

/**
 * thanrak_committees_page_set_today:
 * @self: a #ThanrakCommitteesPage
 * @today: (nullable): the day the checks take as today (ended terms, past
 *   quarters), or %NULL for the real day
 *
 * For tests and for looking at a past day.
 */
void
thanrak_committees_page_set_today (ThanrakCommitteesPage *self,
                                   const GDate           *today)
{
  g_return_if_fail (THANRAK_IS_COMMITTEES_PAGE (self));

  if (today != NULL)
    self->today = *today;
  else
    g_date_clear (&self->today, 1);
  run_checks (self);
}

/**
 * thanrak_committees_page_get_n_findings:
 * @self: a #ThanrakCommitteesPage
 *
 * Returns: how many things the committee of the center shown lacks
 */
guint
thanrak_committees_page_get_n_findings (ThanrakCommitteesPage *self)
{
  g_return_val_if_fail (THANRAK_IS_COMMITTEES_PAGE (self), 0);

  return self->n_findings;
}

static void
thanrak_committees_page_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  ThanrakCommitteesPage *self = THANRAK_COMMITTEES_PAGE (object);

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
thanrak_committees_page_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  ThanrakCommitteesPage *self = THANRAK_COMMITTEES_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      thanrak_committees_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
thanrak_committees_page_dispose (GObject *object)
{
  ThanrakCommitteesPage *self = THANRAK_COMMITTEES_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), THANRAK_TYPE_COMMITTEES_PAGE);
  g_clear_object (&self->draft);
  g_clear_object (&self->store);
  g_clear_pointer (&self->centers, g_ptr_array_unref);
  g_clear_pointer (&self->members, g_ptr_array_unref);

  G_OBJECT_CLASS (thanrak_committees_page_parent_class)->dispose (object);
}

static void
thanrak_committees_page_class_init (ThanrakCommitteesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = thanrak_committees_page_dispose;
  object_class->get_property = thanrak_committees_page_get_property;
  object_class->set_property = thanrak_committees_page_set_property;
  widget_class->map = thanrak_committees_page_map;

  /**
   * ThanrakCommitteesPage:store:
   *
   * The store whose centers' committees are shown.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         THANRAK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/thanrak-committees-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ThanrakCommitteesPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCommitteesPage, checks_revealer);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCommitteesPage, checks_box);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCommitteesPage, checks_label);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCommitteesPage, center_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCommitteesPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCommitteesPage, management_list);
  gtk_widget_class_bind_template_child (widget_class, ThanrakCommitteesPage, advisory_list);
  gtk_widget_class_bind_template_callback (widget_class, center_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, member_activated_cb);

  gtk_widget_class_install_action (widget_class, "committees.add-member", "i", add_member_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "committees.add-member", "i", THANRAK_COMMITTEE_KIND_MANAGEMENT);
}

static void
thanrak_committees_page_init (ThanrakCommitteesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_date_clear (&self->today, 1);
  self->draft = thanrak_draft_new ("committees-member", NULL, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "committees.add-member", FALSE);
}
