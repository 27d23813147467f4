/* thanrak-meeting.c: a meeting of a center committee (การประชุม)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-core-enums.h"
#include "thanrak-model-enums.h"
#include "thanrak-record-private.h"
#include "thanrak-validation.h"
#include "thanrak-meeting.h"

/**
 * ThanrakMeeting:
 *
 * A meeting of a center committee (การประชุม; seed 001 §6.3 (at least once a quarter)).
 * Its fields are properties (see #ThanrakRecord):
 *
 * - `center-id`: Center
 * - `meeting-date`: Meeting date
 * - `agenda`: Agenda
 * - `attendees`: Attendees
 * - `minutes`: Minutes
 */
struct _ThanrakMeeting
{
  ThanrakRecord parent_instance;

  gint64 center_id;
  char *meeting_date;
  char *agenda;
  int attendees;
  char *minutes;
};

G_DEFINE_FINAL_TYPE (ThanrakMeeting, thanrak_meeting, THANRAK_TYPE_RECORD)

static const ThanrakFieldSpec fields[] = {
  { "center-id", N_("Center"), THANRAK_FIELD_INT64, G_STRUCT_OFFSET (ThanrakMeeting, center_id) },
  { "meeting-date", N_("Meeting date"), THANRAK_FIELD_DATE, G_STRUCT_OFFSET (ThanrakMeeting, meeting_date) },
  { "agenda", N_("Agenda"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakMeeting, agenda) },
  { "attendees", N_("Attendees"), THANRAK_FIELD_INT, G_STRUCT_OFFSET (ThanrakMeeting, attendees) },
  { "minutes", N_("Minutes"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakMeeting, minutes) },
};

static gboolean
thanrak_meeting_real_validate (ThanrakRecord  *record,
                               GError        **error)
{
  GObject *object = G_OBJECT (record);

  return thanrak_validate_reference (object, "center-id", error) &&
         thanrak_validate_date (object, "meeting-date", FALSE, error) &&
         thanrak_validate_non_negative (object, "attendees", error);
}

static void
thanrak_meeting_class_init (ThanrakMeetingClass *klass)
{
  ThanrakRecordClass *record_class = THANRAK_RECORD_CLASS (klass);

  thanrak_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  record_class->validate = thanrak_meeting_real_validate;
}

static void
thanrak_meeting_init (ThanrakMeeting *self)
{
}

/**
 * thanrak_meeting_new:
 *
 * Creates an empty record, not yet stored (id 0).
 *
 * Returns: (transfer full): a new #ThanrakMeeting
 */
ThanrakMeeting *
thanrak_meeting_new (void)
{
  return g_object_new (THANRAK_TYPE_MEETING, NULL);
}

/**
 * thanrak_meeting_validate:
 * @self: a #ThanrakMeeting
 * @error: return location for a #GError
 *
 * Checks the fields listed for #ThanrakMeeting (seed 001 §6.3 (at least once a quarter)); see
 * thanrak_record_validate().
 *
 * Returns: %TRUE if valid; %FALSE with %THANRAK_VALIDATION_ERROR
 */
gboolean
thanrak_meeting_validate (ThanrakMeeting  *self,
                          GError     **error)
{
  g_return_val_if_fail (THANRAK_IS_MEETING (self), FALSE);

  return thanrak_record_validate (THANRAK_RECORD (self), error);
}
