/* thanrak-proposal-editor.c: the editor of a project proposal (form 8)
 *
 * แบบเสนอโครงการที่ใช้งบประมาณของราชการ (seed 002): the project's number,
 * year, name and unit, the form's sections ๑ to ๙ and signers ๑๐ to ๑๒
 * are rows bound by a ThanrakForm; the budget lines (group, description,
 * units, rate, amount) are expander rows edited in place. The total, its
 * words (BAHTTEXT) and the budget warnings of thanrak_check_budget()
 * follow every keystroke: they are the ones the exported form prints and
 * returns (thanrak_form_project_proposal_new()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-checks.h"
#include "thanrak-form.h"
#include "thanrak-form-project-proposal.h"
#include "thanrak-proposal-editor.h"
#include "thanrak-thai.h"
#include "thanrak-validation.h"

struct _ThanrakProposalEditor
{
  AdwWindow            parent_instance;

  ThanrakStore        *store;
  ThanrakForm         *form;
  GPtrArray           *lines;      /* ThanrakBudgetLine, as edited */
  GPtrArray           *line_rows;  /* AdwExpanderRow, one per line */
  guint                updating;

  AdwToastOverlay     *toast_overlay;
  GtkLabel            *message_label;
  AdwPreferencesGroup *project_group;
  AdwPreferencesGroup *sections_group;
  AdwPreferencesGroup *budget_group;
  AdwPreferencesGroup *check_group;
  AdwPreferencesGroup *signers_group;
  AdwActionRow        *total_row;
  AdwActionRow        *words_row;
  GtkRevealer         *warnings_revealer;
  GtkLabel            *warnings_label;
};

G_DEFINE_FINAL_TYPE (ThanrakProposalEditor, thanrak_proposal_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The fields of the form, in its order (seed 002, สิ่งที่ส่งมาด้วย ๓). */
static const char * const project_fields[] = { "number", "name", "unit", NULL };
static const char * const section_fields[] = {
  "rationale", "objectives", "method", "targets", "location", "duration",
  "expected-results", "indicators", NULL
};
static const char * const signer_fields[] = {
  "proposer", "proposer-position", "endorser", "endorser-position", "approver", "approver-position", NULL
};

static gint64
line_amount (const ThanrakBudgetLine *line)
{
  return line->units > 0 ? line->units * line->rate_satang : line->amount_satang;
}

/* Puts the lines as edited into the form's record. */
static void
apply_lines (ThanrakProposalEditor *self)
{
  ThanrakProjectProposal *proposal = THANRAK_PROJECT_PROPOSAL (thanrak_form_get_record (self->form));

  thanrak_project_proposal_clear_budget_lines (proposal);
  for (guint i = 0; i < self->lines->len; i++)
    {
      ThanrakBudgetLine *line = g_ptr_array_index (self->lines, i);
      thanrak_project_proposal_add_budget_line (proposal, line->group, line->description,
                                                line->units, line->rate_satang, line->amount_satang);
    }
}

static void
update_totals (ThanrakProposalEditor *self)
{
  ThanrakProjectProposal *proposal = THANRAK_PROJECT_PROPOSAL (thanrak_form_get_record (self->form));
  g_autoptr(GPtrArray) sheets = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GString) warnings = g_string_new (NULL);
  g_autofree char *total_text = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *words = NULL;
  gint64 total = 0;
  const char *message;

  apply_lines (self);
  for (guint i = 0; i < self->lines->len; i++)
    total += line_amount (g_ptr_array_index (self->lines, i));
  amount = thanrak_thai_format_baht (total, FALSE);
  total_text = g_strdup_printf (_("%s baht"), amount);
  words = thanrak_thai_bahttext (total);
  adw_action_row_set_subtitle (self->total_row, total_text);
  adw_action_row_set_subtitle (self->words_row, words);

  /* The warnings the export gives (seed 002; domain.md §6). */
  sheets = thanrak_form_project_proposal_new (proposal, NULL, &findings);
  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      if (warnings->len > 0)
        g_string_append_c (warnings, '\n');
      g_string_append (warnings, ((ThanrakFinding *) g_ptr_array_index (findings, i))->message);
    }
  gtk_label_set_text (self->warnings_label, warnings->str);
  gtk_revealer_set_reveal_child (self->warnings_revealer, warnings->len > 0);

  message = thanrak_form_get_message (self->form);
  gtk_label_set_text (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL && *message != '\0');
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "proposal.save", thanrak_form_get_valid (self->form));
}

/* Budget lines ---------------------------------------------------------- */

enum { LINE_GROUP, LINE_DESCRIPTION, LINE_UNITS, LINE_RATE, LINE_AMOUNT, N_LINE_ENTRIES };

static void
show_line_summary (ThanrakProposalEditor *self,
                   guint                  index)
{
  ThanrakBudgetLine *line = g_ptr_array_index (self->lines, index);
  AdwExpanderRow *row = g_ptr_array_index (self->line_rows, index);
  g_autofree char *amount = thanrak_thai_format_baht (line_amount (line), FALSE);
  g_autofree char *subtitle = NULL;

  if (line->units > 0)
    {
      g_autofree char *units = thanrak_thai_format_integer (line->units, FALSE);
      g_autofree char *rate = thanrak_thai_format_baht (line->rate_satang, FALSE);
      /* Translators: a budget line: its group, units × rate = amount in baht */
      subtitle = g_strdup_printf (_("%s · %s × %s = %s baht"), line->group != NULL ? line->group : "",
                                  units, rate, amount);
    }
  else
    /* Translators: a budget line: its group and amount in baht */
    subtitle = g_strdup_printf (_("%s · %s baht"), line->group != NULL ? line->group : "", amount);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 line->description != NULL && *line->description != '\0'
                                 ? line->description : _("New line"));
  adw_expander_row_set_subtitle (row, subtitle);
}

static gboolean
parse_count (const char *text,
             gint64     *value)
{
  g_autofree char *plain = thanrak_thai_arabic_digits (text);
  g_autoptr(GString) digits = g_string_new (NULL);
  guint64 n;

  for (const char *p = plain; *p != '\0'; p++)
    if (*p != ',' && *p != ' ')
      g_string_append_c (digits, *p);
  if (digits->len == 0)
    {
      *value = 0;
      return TRUE;
    }
  if (!g_ascii_string_to_unsigned (digits->str, 10, 0, G_MAXINT32, &n, NULL))
    return FALSE;
  *value = (gint64) n;
  return TRUE;
}

static gboolean
parse_amount (const char *text,
              gint64     *satang)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (*stripped == '\0')
    {
      *satang = 0;
      return TRUE;
    }
  return thanrak_thai_parse_baht (stripped, satang, NULL);
}

static void
line_entry_changed_cb (GtkEditable           *entry,
                       ThanrakProposalEditor *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (entry), "thanrak-line-row");
  guint which = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "thanrak-line-entry"));
  const char *text = gtk_editable_get_text (entry);
  ThanrakBudgetLine *line;
  gboolean ok = TRUE;
  guint index;

  if (self->updating > 0 || !g_ptr_array_find (self->line_rows, row, &index))
    return;
  line = g_ptr_array_index (self->lines, index);
  switch (which)
    {
    case LINE_GROUP:
      g_free (line->group);
      line->group = *text != '\0' ? g_strdup (text) : NULL;
      break;
    case LINE_DESCRIPTION:
      g_free (line->description);
      line->description = *text != '\0' ? g_strdup (text) : NULL;
      break;
    case LINE_UNITS:
      ok = parse_count (text, &line->units);
      break;
    case LINE_RATE:
      ok = parse_amount (text, &line->rate_satang);
      break;
    case LINE_AMOUNT:
      ok = parse_amount (text, &line->amount_satang);
      break;
    default:
      g_assert_not_reached ();
    }
  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  show_line_summary (self, index);
  thanrak_form_changed (self->form);
  update_totals (self);
}

static void
remove_line_clicked_cb (GtkButton             *button,
                        ThanrakProposalEditor *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "thanrak-line-row");
  guint index;

  if (!g_ptr_array_find (self->line_rows, row, &index))
    return;
  adw_preferences_group_remove (self->budget_group, row);
  g_ptr_array_remove_index (self->line_rows, index);
  g_ptr_array_remove_index (self->lines, index);
  thanrak_form_changed (self->form);
  update_totals (self);
}

static char *
amount_text (gint64 satang)
{
  return satang != 0 ? thanrak_thai_format_baht (satang, FALSE) : g_strdup ("");
}

/* Adds the row of @line (taken) at the end. */
static AdwExpanderRow *
add_line_row (ThanrakProposalEditor *self,
              ThanrakBudgetLine     *line)
{
  static const char *titles[N_LINE_ENTRIES] = {
    N_("Expense group, e.g. ค่าใช้สอย"), N_("Description"), N_("Units"),
    N_("Rate (baht per unit)"), N_("Amount (baht)"),
  };
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *remove_row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove Line"));
  g_autofree char *units = line->units > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, line->units) : g_strdup ("");
  g_autofree char *rate = amount_text (line->rate_satang);
  g_autofree char *amount = amount_text (line->amount_satang);
  const char *texts[N_LINE_ENTRIES] = { line->group, line->description, units, rate, amount };

  g_ptr_array_add (self->lines, line);
  g_ptr_array_add (self->line_rows, row);
  self->updating++;
  for (guint k = 0; k < N_LINE_ENTRIES; k++)
    {
      GtkWidget *entry = adw_entry_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), _(titles[k]));
      gtk_editable_set_text (GTK_EDITABLE (entry), texts[k] != NULL ? texts[k] : "");
      if (k >= LINE_UNITS)
        adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (entry), GTK_INPUT_PURPOSE_NUMBER);
      g_object_set_data (G_OBJECT (entry), "thanrak-line-row", row);
      g_object_set_data (G_OBJECT (entry), "thanrak-line-entry", GUINT_TO_POINTER (k));
      g_signal_connect (entry, "changed", G_CALLBACK (line_entry_changed_cb), self);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), entry);
    }
  self->updating--;

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "destructive-action");
  g_object_set_data (G_OBJECT (remove), "thanrak-line-row", row);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_line_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), remove_row);

  adw_preferences_group_add (self->budget_group, row);
  show_line_summary (self, self->lines->len - 1);
  return ADW_EXPANDER_ROW (row);
}

static void
add_line_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ThanrakProposalEditor *self = THANRAK_PROPOSAL_EDITOR (widget);
  const ThanrakBudgetLine *last = self->lines->len > 0 ? g_ptr_array_index (self->lines, self->lines->len - 1) : NULL;
  AdwExpanderRow *row;

  /* A new line goes in the group of the one above it. */
  row = add_line_row (self, thanrak_budget_line_new (last != NULL ? last->group : "ค่าใช้สอย", NULL, 0, 0, 0));
  adw_expander_row_set_expanded (row, TRUE);
  thanrak_form_changed (self->form);
  update_totals (self);
}

/* Saving --------------------------------------------------------------------- */

/**
 * thanrak_proposal_editor_save:
 * @self: a #ThanrakProposalEditor
 * @error: return location for a #GError
 *
 * Saves the proposal with its budget lines in one transaction
 * (thanrak_store_save()) and emits #ThanrakProposalEditor::saved.
 *
 * Returns: %TRUE when saved; %FALSE with a %THANRAK_VALIDATION_ERROR
 *   naming the field to fix, or a %THANRAK_STORE_ERROR
 */
gboolean
thanrak_proposal_editor_save (ThanrakProposalEditor  *self,
                              GError                **error)
{
  ThanrakRecord *record;

  g_return_val_if_fail (THANRAK_IS_PROPOSAL_EDITOR (self), FALSE);

  apply_lines (self);
  record = thanrak_form_get_record (self->form);
  if (!thanrak_project_proposal_validate (THANRAK_PROJECT_PROPOSAL (record), error) ||
      !thanrak_store_save (self->store, record, error))
    return FALSE;
  thanrak_form_set_dirty (self->form, FALSE);
  g_signal_emit (self, signals[SAVED], 0, thanrak_record_get_id (record));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ThanrakProposalEditor *self = THANRAK_PROPOSAL_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (!thanrak_proposal_editor_save (self, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

/* GObject ------------------------------------------------------------------------ */

/**
 * thanrak_proposal_editor_get_proposal:
 * @self: a #ThanrakProposalEditor
 *
 * Returns: (transfer none): the proposal as edited, with its budget lines
 */
ThanrakRecord *
thanrak_proposal_editor_get_proposal (ThanrakProposalEditor *self)
{
  g_return_val_if_fail (THANRAK_IS_PROPOSAL_EDITOR (self), NULL);

  apply_lines (self);
  return thanrak_form_get_record (self->form);
}

/**
 * thanrak_proposal_editor_new:
 * @parent: (nullable): the window the editor belongs to
 * @store: the store the proposal is saved in
 * @proposal: (nullable): the proposal to edit, %NULL for a new one (of
 *   the current fiscal year)
 *
 * Makes the editor of a project proposal (form 8, seed 002); present it
 * with gtk_window_present(). It edits a copy: @proposal changes only in
 * the store, when the person saves.
 *
 * Returns: (transfer none): the editor window
 */
ThanrakProposalEditor *
thanrak_proposal_editor_new (GtkWindow              *parent,
                             ThanrakStore           *store,
                             ThanrakProjectProposal *proposal)
{
  ThanrakProposalEditor *self;
  GPtrArray *lines;

  g_return_val_if_fail (THANRAK_IS_STORE (store), NULL);
  g_return_val_if_fail (proposal == NULL || THANRAK_IS_PROJECT_PROPOSAL (proposal), NULL);

  self = g_object_new (THANRAK_TYPE_PROPOSAL_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  thanrak_form_set_store (self->form, store);
  if (proposal != NULL)
    {
      thanrak_form_set_record (self->form, THANRAK_RECORD (proposal));
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Project Proposal"));
    }
  else
    {
      g_autoptr(ThanrakRecord) fresh = THANRAK_RECORD (thanrak_project_proposal_new ());

      thanrak_record_set_number (fresh, "fiscal-year", thanrak_current_fiscal_year_be ());
      thanrak_form_set_record (self->form, fresh);
      gtk_window_set_title (GTK_WINDOW (self), _("New Project Proposal"));
    }

  lines = proposal != NULL ? thanrak_project_proposal_get_budget_lines (proposal) : NULL;
  for (guint i = 0; lines != NULL && i < lines->len; i++)
    add_line_row (self, thanrak_budget_line_copy (g_ptr_array_index (lines, i)));
  update_totals (self);
  return self;
}

static void
form_changed_cb (ThanrakProposalEditor *self)
{
  if (self->lines != NULL)
    update_totals (self);
}

static gboolean
close_request_cb (ThanrakProposalEditor *self)
{
  /* An unsaved proposal is not lost silently: ask once. */
  if (thanrak_form_get_dirty (self->form) && g_object_get_data (G_OBJECT (self), "thanrak-discard") == NULL)
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Discard the changes?"),
                                                  _("The proposal has changes that are not saved."));

      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "keep", _("_Keep Editing"),
                                        "discard", _("_Discard"), NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
      g_signal_connect_swapped (dialog, "response::discard", G_CALLBACK (gtk_window_destroy), self);
      gtk_window_present (GTK_WINDOW (dialog));
      return TRUE;
    }
  return FALSE;
}

static void
thanrak_proposal_editor_dispose (GObject *object)
{
  ThanrakProposalEditor *self = THANRAK_PROPOSAL_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), THANRAK_TYPE_PROPOSAL_EDITOR);
  g_clear_object (&self->form);
  g_clear_object (&self->store);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  g_clear_pointer (&self->line_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (thanrak_proposal_editor_parent_class)->dispose (object);
}

static void
thanrak_proposal_editor_class_init (ThanrakProposalEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = thanrak_proposal_editor_dispose;

  /**
   * ThanrakProposalEditor::saved:
   * @self: the editor
   * @id: the record id of the saved proposal
   *
   * Emitted when the proposal was saved in the store.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/thanrak-proposal-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ThanrakProposalEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ThanrakProposalEditor, message_label);
  gtk_widget_class_bind_template_child (widget_class, ThanrakProposalEditor, project_group);
  gtk_widget_class_bind_template_child (widget_class, ThanrakProposalEditor, sections_group);
  gtk_widget_class_bind_template_child (widget_class, ThanrakProposalEditor, budget_group);
  gtk_widget_class_bind_template_child (widget_class, ThanrakProposalEditor, check_group);
  gtk_widget_class_bind_template_child (widget_class, ThanrakProposalEditor, signers_group);
  gtk_widget_class_bind_template_child (widget_class, ThanrakProposalEditor, total_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakProposalEditor, words_row);
  gtk_widget_class_bind_template_child (widget_class, ThanrakProposalEditor, warnings_revealer);
  gtk_widget_class_bind_template_child (widget_class, ThanrakProposalEditor, warnings_label);

  gtk_widget_class_install_action (widget_class, "proposal.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "proposal.add-line", NULL, add_line_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "proposal.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
thanrak_proposal_editor_init (ThanrakProposalEditor *self)
{
  GtkWidget *typed_total = adw_entry_row_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) thanrak_budget_line_free);
  self->line_rows = g_ptr_array_new ();
  self->form = thanrak_form_new (THANRAK_TYPE_PROJECT_PROPOSAL);

  thanrak_form_append_entry (self->form, self->project_group, project_fields[0]);
  thanrak_form_append_spin (self->form, self->project_group, "fiscal-year", NULL, 2500, 2700);
  for (guint i = 1; project_fields[i] != NULL; i++)
    thanrak_form_append_entry (self->form, self->project_group, project_fields[i]);
  for (guint i = 0; section_fields[i] != NULL; i++)
    thanrak_form_append_entry (self->form, self->sections_group, section_fields[i]);
  for (guint i = 0; signer_fields[i] != NULL; i++)
    {
      thanrak_form_append_entry (self->form, self->signers_group, signer_fields[i]);
      if (g_str_equal (signer_fields[i], "endorser-position"))
        thanrak_form_append_switch (self->form, self->signers_group, "endorsed");
      else if (g_str_equal (signer_fields[i], "approver-position"))
        thanrak_form_append_switch (self->form, self->signers_group, "approved");
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (typed_total), _("Total as typed (baht)"));
  adw_preferences_group_add (self->check_group, typed_total);
  thanrak_form_add_baht (self->form, ADW_ENTRY_ROW (typed_total), "typed-total-satang");
  thanrak_form_append_entry (self->form, self->check_group, "typed-words");

  g_signal_connect_object (self->form, "changed", G_CALLBACK (form_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
}
