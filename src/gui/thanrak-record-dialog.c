/* thanrak-record-dialog.c: a dialog that edits some fields of a record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "thanrak-draft.h"
#include "thanrak-model-enums.h"
#include "thanrak-record-dialog.h"
#include "thanrak-thai.h"

typedef struct
{
  ThanrakRecord           *record;
  ThanrakRecordDialogFunc  saved;
  gpointer                 user_data;
  GPtrArray               *rows;     /* one per field, in field order */
  GPtrArray               *specs;    /* const ThanrakFieldSpec *, in field order */
  GtkLabel                *message;
  AdwMessageDialog        *dialog;
  ThanrakDraft            *draft;    /* what is typed, kept until saved or cancelled */
} DialogData;

static void
dialog_data_free (gpointer data)
{
  DialogData *d = data;

  if (d->draft != NULL)
    {
      thanrak_draft_set_fill_func (d->draft, NULL, NULL);
      g_clear_object (&d->draft);
    }
  g_clear_object (&d->record);
  g_clear_pointer (&d->rows, g_ptr_array_unref);
  g_clear_pointer (&d->specs, g_ptr_array_unref);
  g_free (d);
}

/**
 * thanrak_record_dialog_parse_date:
 * @text: a date as a person types it: `1/10/2563` (day/month/BE year) or
 *   the Thai way, `1 ต.ค. 2563` (thanrak_thai_parse_date())
 * @date: (out caller-allocates): the date
 *
 * Reads a date with a Buddhist Era year (domain.md §2).
 *
 * Returns: %TRUE when @text is a real date
 */
gboolean
thanrak_record_dialog_parse_date (const char *text,
                                  GDate      *date)
{
  g_auto(GStrv) parts = NULL;

  g_date_clear (date, 1);
  if (text == NULL)
    return FALSE;
  parts = g_strsplit (text, "/", -1);
  if (g_strv_length (parts) == 3)
    {
      guint64 day, month, year;

      if (!g_ascii_string_to_unsigned (g_strstrip (parts[0]), 10, 1, 31, &day, NULL) ||
          !g_ascii_string_to_unsigned (g_strstrip (parts[1]), 10, 1, 12, &month, NULL) ||
          !g_ascii_string_to_unsigned (g_strstrip (parts[2]), 10, 2400, 2700, &year, NULL) ||
          !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) (year - 543)))
        return FALSE;
      g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) (year - 543));
      return TRUE;
    }
  return thanrak_thai_parse_date (text, date, NULL);
}

/**
 * thanrak_record_dialog_format_date:
 * @iso: (nullable): a stored date, `YYYY-MM-DD` (Common Era)
 *
 * Returns: (transfer full): the date as `1/10/2563` (day/month/BE year),
 *   @iso itself when it is not a date, or an empty string
 */
char *
thanrak_record_dialog_format_date (const char *iso)
{
  GDate date;

  if (iso == NULL || *iso == '\0')
    return g_strdup ("");
  g_date_clear (&date, 1);
  g_date_set_parse (&date, iso);
  if (!g_date_valid (&date) || strlen (iso) != 10)
    return g_strdup (iso);
  return g_strdup_printf ("%u/%u/%u", g_date_get_day (&date), g_date_get_month (&date),
                          g_date_get_year (&date) + 543);
}

static char *
iso_from_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

/* Copies the rows into the record; returns an error message of our own
 * (a number or date that cannot be read) or NULL. */
static char *
apply_rows (DialogData *d,
            guint      *bad_row)
{
  char *problem = NULL;

  for (guint i = 0; i < d->rows->len; i++)
    {
      const ThanrakFieldSpec *spec = g_ptr_array_index (d->specs, i);
      GtkWidget *row = g_ptr_array_index (d->rows, i);

      switch (spec->kind)
        {
        case THANRAK_FIELD_ENUM:
          thanrak_record_set_number (d->record, spec->name,
                                     adw_combo_row_get_selected (ADW_COMBO_ROW (row)));
          break;

        case THANRAK_FIELD_DATE:
          {
            const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
            GDate date;

            if (*text == '\0')
              thanrak_record_set_string (d->record, spec->name, NULL);
            else if (thanrak_record_dialog_parse_date (text, &date))
              {
                g_autofree char *iso = iso_from_date (&date);
                thanrak_record_set_string (d->record, spec->name, iso);
              }
            else if (problem == NULL)
              {
                problem = g_strdup_printf (_("%s “%s” is not a date: enter day/month/year in Buddhist Era, e.g. 1/10/2567."),
                                           _(spec->nick), text);
                *bad_row = i;
              }
          }
          break;

        case THANRAK_FIELD_INT:
        case THANRAK_FIELD_INT64:
          {
            const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
            g_autofree char *plain = thanrak_thai_arabic_digits (text);
            g_autoptr(GString) digits = g_string_new (NULL);
            gint64 value;

            for (const char *p = plain; *p; p++)
              if (*p != ',' && *p != ' ')
                g_string_append_c (digits, *p);
            if (digits->len == 0)
              thanrak_record_set_number (d->record, spec->name, 0);
            else if (g_ascii_string_to_signed (digits->str, 10, G_MININT32, G_MAXINT32, &value, NULL))
              thanrak_record_set_number (d->record, spec->name, value);
            else if (problem == NULL)
              {
                problem = g_strdup_printf (_("%s “%s” is not a whole number: enter digits only."),
                                           _(spec->nick), text);
                *bad_row = i;
              }
          }
          break;

        case THANRAK_FIELD_STRING:
        case THANRAK_FIELD_BOOLEAN:
        default:
          {
            const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
            g_autofree char *stripped = g_strstrip (g_strdup (text));
            thanrak_record_set_string (d->record, spec->name, *stripped ? stripped : NULL);
          }
          break;
        }
    }
  return problem;
}

static void
revalidate (DialogData *d)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *problem = NULL;
  guint bad_row = G_MAXUINT;

  problem = apply_rows (d, &bad_row);
  if (problem == NULL && !thanrak_record_validate (d->record, &error))
    {
      problem = g_strdup (error->message);
      /* The model's message names the field: mark its row. */
      for (guint i = 0; i < d->specs->len; i++)
        {
          const ThanrakFieldSpec *spec = g_ptr_array_index (d->specs, i);
          if (strstr (problem, _(spec->nick)) != NULL)
            {
              bad_row = i;
              break;
            }
        }
    }

  for (guint i = 0; i < d->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (d->rows, i);
      if (i == bad_row)
        {
          gtk_widget_add_css_class (row, "error");
          gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, problem, -1);
        }
      else
        {
          gtk_widget_remove_css_class (row, "error");
          gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
        }
    }
  gtk_label_set_label (d->message, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (d->message), problem != NULL);
  adw_message_dialog_set_response_enabled (d->dialog, "save", problem == NULL);
}

static void
changed_cb (DialogData *d)
{
  revalidate (d);
  if (d->draft != NULL)
    thanrak_draft_schedule (d->draft);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             DialogData       *d)
{
  if (g_strcmp0 (response, "save") == 0)
    {
      revalidate (d);
      if (!adw_message_dialog_get_response_enabled (dialog, "save"))
        return;
      if (d->draft != NULL)
        thanrak_draft_discard (d->draft);
      if (d->saved != NULL)
        d->saved (d->record, d->user_data);
    }
  else
    {
      if (d->draft != NULL)
        thanrak_draft_discard (d->draft);
      if (d->saved != NULL)
        d->saved (NULL, d->user_data);
    }
}

/* The draft holds the record (its fields as the rows last read them) and
 * each row's text as typed, which may not be a valid date or number yet. */
static gboolean
fill_draft_cb (ThanrakDraft *draft,
               GKeyFile     *key_file,
               gpointer      user_data)
{
  DialogData *d = user_data;

  thanrak_draft_write_record (key_file, "draft", "fields", d->record);
  g_key_file_set_string (key_file, "draft", "heading", adw_message_dialog_get_heading (d->dialog));
  for (guint i = 0; i < d->rows->len; i++)
    {
      const ThanrakFieldSpec *spec = g_ptr_array_index (d->specs, i);
      GtkWidget *row = g_ptr_array_index (d->rows, i);

      if (ADW_IS_COMBO_ROW (row))
        g_key_file_set_int64 (key_file, "rows", spec->name, adw_combo_row_get_selected (ADW_COMBO_ROW (row)));
      else
        g_key_file_set_string (key_file, "rows", spec->name, gtk_editable_get_text (GTK_EDITABLE (row)));
    }
  return TRUE;
}

/**
 * thanrak_record_dialog_keep_draft:
 * @dialog: a dialog of thanrak_record_dialog_present()
 * @draft: the page's draft for its dialogs
 * @restore: (nullable): a key file @draft kept from an earlier run, whose
 *   rows to put back as they were typed
 *
 * Keeps what is typed in @dialog in @draft until it is saved or cancelled,
 * and writes it at once if the dialog goes away unanswered. Read a kept
 * draft back with thanrak_draft_load() and thanrak_draft_read_record()
 * (groups `draft` and `fields`; `heading` in group `draft` is the heading
 * the dialog had), present a dialog for that record, then call this with
 * @restore.
 */
void
thanrak_record_dialog_keep_draft (GtkWidget    *dialog,
                                  ThanrakDraft *draft,
                                  GKeyFile     *restore)
{
  DialogData *d = g_object_get_data (G_OBJECT (dialog), "thanrak-record-dialog");

  g_return_if_fail (d != NULL);
  g_return_if_fail (THANRAK_IS_DRAFT (draft));

  g_set_object (&d->draft, draft);
  thanrak_draft_set_fill_func (draft, fill_draft_cb, d);
  /* The dialog goes away unanswered (the window is closed): keep what was
   * typed, while its rows are still there to read. */
  g_signal_connect_swapped (dialog, "unmap", G_CALLBACK (thanrak_draft_flush), draft);
  if (restore == NULL)
    return;

  for (guint i = 0; i < d->rows->len; i++)
    {
      const ThanrakFieldSpec *spec = g_ptr_array_index (d->specs, i);
      GtkWidget *row = g_ptr_array_index (d->rows, i);

      if (!g_key_file_has_key (restore, "rows", spec->name, NULL))
        continue;
      if (ADW_IS_COMBO_ROW (row))
        {
          gint64 selected = g_key_file_get_int64 (restore, "rows", spec->name, NULL);
          if (selected >= 0 && selected < g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (row))))
            adw_combo_row_set_selected (ADW_COMBO_ROW (row), (guint) selected);
        }
      else
        {
          g_autofree char *text = g_key_file_get_string (restore, "rows", spec->name, NULL);
          gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
        }
    }
  revalidate (d);
}

/**
 * thanrak_record_dialog_present:
 * @parent: a widget in the window the dialog belongs to
 * @heading: the dialog's heading, e.g. “Meeting”
 * @record: the record to edit; its fields change as the person types
 * @fields: (array zero-terminated=1): the names of the fields to show
 * @saved: called with the changed record when the person saves, with
 *   %NULL when they cancel (reload the record then)
 * @user_data: data for @saved
 *
 * Shows a dialog with one row per field: text, whole numbers, dates with a
 * Buddhist Era year (`1/10/2567`) and choices for enums. The model's
 * validation message is shown as the person types, its field's row is
 * marked, and Save is disabled while the record is invalid.
 *
 * Returns: (transfer none): the dialog
 */
GtkWidget *
thanrak_record_dialog_present (GtkWidget               *parent,
                               const char              *heading,
                               ThanrakRecord           *record,
                               const char * const      *fields,
                               ThanrakRecordDialogFunc  saved,
                               gpointer                 user_data)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  GtkWidget *dialog;
  GtkWidget *box;
  GtkWidget *list;
  GtkWidget *message;
  DialogData *d;
  guint n_specs;
  const ThanrakFieldSpec *specs = thanrak_record_class_get_fields (THANRAK_RECORD_GET_CLASS (record), &n_specs);

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, NULL);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  d = g_new0 (DialogData, 1);
  d->record = g_object_ref (record);
  d->saved = saved;
  d->user_data = user_data;
  d->rows = g_ptr_array_new ();
  d->specs = g_ptr_array_new ();
  d->dialog = ADW_MESSAGE_DIALOG (dialog);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  gtk_box_append (GTK_BOX (box), list);
  message = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (message), 0.0f);
  gtk_widget_add_css_class (message, "error");
  gtk_widget_set_visible (message, FALSE);
  gtk_box_append (GTK_BOX (box), message);
  d->message = GTK_LABEL (message);

  for (guint f = 0; fields[f] != NULL; f++)
    {
      const ThanrakFieldSpec *spec = NULL;
      GtkWidget *row;

      for (guint i = 0; i < n_specs; i++)
        if (g_strcmp0 (specs[i].name, fields[f]) == 0)
          spec = &specs[i];
      g_return_val_if_fail (spec != NULL, NULL);

      if (spec->kind == THANRAK_FIELD_ENUM)
        {
          GType type = spec->enum_type ();
          g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
          guint n = thanrak_enum_get_n_values (type);

          for (guint v = 0; v < n; v++)
            gtk_string_list_append (labels, thanrak_enum_get_label (type, (int) v));
          row = adw_combo_row_new ();
          adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
          adw_combo_row_set_selected (ADW_COMBO_ROW (row),
                                      (guint) thanrak_record_get_number (record, spec->name));
          g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (changed_cb), d);
        }
      else
        {
          g_autofree char *text = NULL;

          if (spec->kind == THANRAK_FIELD_DATE)
            text = thanrak_record_dialog_format_date (thanrak_record_get_string (record, spec->name));
          else if (spec->kind == THANRAK_FIELD_INT || spec->kind == THANRAK_FIELD_INT64)
            {
              gint64 value = thanrak_record_get_number (record, spec->name);
              text = value != 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, value) : g_strdup ("");
            }
          else
            text = g_strdup (thanrak_record_get_string (record, spec->name));
          row = adw_entry_row_new ();
          gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
          if (spec->kind == THANRAK_FIELD_INT || spec->kind == THANRAK_FIELD_INT64)
            adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_DIGITS);
          g_signal_connect_swapped (row, "changed", G_CALLBACK (changed_cb), d);
        }
      if (spec->kind == THANRAK_FIELD_DATE)
        {
          g_autofree char *title = g_strdup_printf (_("%s (day/month/year BE)"), _(spec->nick));
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
        }
      else
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(spec->nick));
      /* named by its title: an accessible label besides would be read twice */
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      g_ptr_array_add (d->rows, row);
      g_ptr_array_add (d->specs, (gpointer) spec);
    }

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  g_object_set_data_full (G_OBJECT (dialog), "thanrak-record-dialog", d, dialog_data_free);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), d);
  revalidate (d);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
