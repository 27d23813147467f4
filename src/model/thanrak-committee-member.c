/* thanrak-committee-member.c: a member of a center committee (กรรมการ)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "thanrak-core-enums.h"
#include "thanrak-model-enums.h"
#include "thanrak-record-private.h"
#include "thanrak-validation.h"
#include "thanrak-committee-member.h"

/**
 * ThanrakCommitteeMember:
 *
 * A member of a center committee (กรรมการ; seed 001 §6.1-6.2).
 * Its fields are properties (see #ThanrakRecord):
 *
 * - `center-id`: Center (id of the #ThanrakCenter)
 * - `committee`: Committee, a #Committee_Kind
 * - `title`: Title (คำนำหน้าชื่อ, e.g. นาย)
 * - `name`: Member name
 * - `position`: Position, a #Committee_Position
 * - `quota`: Quota, a #Committee_Quota
 * - `organisation`: Organisation
 * - `phone`: Phone number
 * - `term-start`: Start of term
 * - `term-end`: End of term
 */
struct _ThanrakCommitteeMember
{
  ThanrakRecord parent_instance;

  gint64 center_id;
  int committee;
  char *title;
  char *name;
  int position;
  int quota;
  char *organisation;
  char *phone;
  char *term_start;
  char *term_end;
};

G_DEFINE_FINAL_TYPE (ThanrakCommitteeMember, thanrak_committee_member, THANRAK_TYPE_RECORD)

static const ThanrakFieldSpec fields[] = {
  { "center-id", N_("Center"), THANRAK_FIELD_INT64, G_STRUCT_OFFSET (ThanrakCommitteeMember, center_id) },
  { "committee", N_("Committee"), THANRAK_FIELD_ENUM, G_STRUCT_OFFSET (ThanrakCommitteeMember, committee), thanrak_committee_kind_get_type },
  { "title", N_("Title"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakCommitteeMember, title) },
  { "name", N_("Member name"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakCommitteeMember, name) },
  { "position", N_("Position"), THANRAK_FIELD_ENUM, G_STRUCT_OFFSET (ThanrakCommitteeMember, position), thanrak_committee_position_get_type },
  { "quota", N_("Quota"), THANRAK_FIELD_ENUM, G_STRUCT_OFFSET (ThanrakCommitteeMember, quota), thanrak_committee_quota_get_type },
  { "organisation", N_("Organisation"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakCommitteeMember, organisation) },
  { "phone", N_("Phone number"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakCommitteeMember, phone) },
  { "term-start", N_("Start of term"), THANRAK_FIELD_DATE, G_STRUCT_OFFSET (ThanrakCommitteeMember, term_start) },
  { "term-end", N_("End of term"), THANRAK_FIELD_DATE, G_STRUCT_OFFSET (ThanrakCommitteeMember, term_end) },
};

static gboolean
validate_term (ThanrakCommitteeMember  *self,
               GError                 **error)
{
  if (self->term_start == NULL || self->term_end == NULL ||
      *self->term_start == '\0' || *self->term_end == '\0' ||
      strcmp (self->term_start, self->term_end) <= 0)
    return TRUE;

  g_set_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_RANGE,
               _("%s comes before %s: correct one of the two dates."),
               thanrak_validation_field_name (G_OBJECT (self), "term-end"),
               thanrak_validation_field_name (G_OBJECT (self), "term-start"));
  return FALSE;
}

static gboolean
thanrak_committee_member_real_validate (ThanrakRecord  *record,
                                        GError        **error)
{
  ThanrakCommitteeMember *self = THANRAK_COMMITTEE_MEMBER (record);
  GObject *object = G_OBJECT (self);

  return thanrak_validate_reference (object, "center-id", error) &&
         thanrak_validate_range (object, "committee", 0, thanrak_enum_get_n_values (THANRAK_TYPE_COMMITTEE_KIND) - 1, FALSE, error) &&
         thanrak_validate_required (object, "name", error) &&
         thanrak_validate_range (object, "position", 0, thanrak_enum_get_n_values (THANRAK_TYPE_COMMITTEE_POSITION) - 1, FALSE, error) &&
         thanrak_validate_range (object, "quota", 0, thanrak_enum_get_n_values (THANRAK_TYPE_COMMITTEE_QUOTA) - 1, FALSE, error) &&
         thanrak_validate_phone (object, "phone", error) &&
         thanrak_validate_date (object, "term-start", TRUE, error) &&
         thanrak_validate_date (object, "term-end", TRUE, error) &&
         validate_term (self, error);
}

static void
thanrak_committee_member_class_init (ThanrakCommitteeMemberClass *klass)
{
  ThanrakRecordClass *record_class = THANRAK_RECORD_CLASS (klass);

  thanrak_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  record_class->validate = thanrak_committee_member_real_validate;
}

static void
thanrak_committee_member_init (ThanrakCommitteeMember *self)
{
}

/**
 * thanrak_committee_member_new:
 *
 * Creates an empty record, not yet stored (id 0).
 *
 * Returns: (transfer full): a new #ThanrakCommitteeMember
 */
ThanrakCommitteeMember *
thanrak_committee_member_new (void)
{
  return g_object_new (THANRAK_TYPE_COMMITTEE_MEMBER, NULL);
}

/**
 * thanrak_committee_member_validate:
 * @self: a #ThanrakCommitteeMember
 * @error: return location for a #GError
 *
 * Checks the fields listed for #ThanrakCommitteeMember (seed 001 §6.1-6.2); see
 * thanrak_record_validate().
 *
 * Returns: %TRUE if valid; %FALSE with %THANRAK_VALIDATION_ERROR
 */
gboolean
thanrak_committee_member_validate (ThanrakCommitteeMember  *self,
                                   GError     **error)
{
  g_return_val_if_fail (THANRAK_IS_COMMITTEE_MEMBER (self), FALSE);

  return thanrak_record_validate (THANRAK_RECORD (self), error);
}
