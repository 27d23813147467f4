/* thanrak-center.c: a grassroots-economy promotion service center (ศูนย์บริการส่งเสริมเศรษฐกิจฐานราก)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-core-enums.h"
#include "thanrak-model-enums.h"
#include "thanrak-record-private.h"
#include "thanrak-validation.h"
#include "thanrak-center.h"

/**
 * ThanrakCenter:
 *
 * A grassroots-economy promotion service center (ศูนย์บริการส่งเสริมเศรษฐกิจฐานราก; seed 001 §1-7, domain.md §3 "Center").
 * Its fields are properties (see #ThanrakRecord):
 *
 * - `name`: Center name (by rule ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอ<district>)
 * - `district-code`: District (DOPA 4-digit code; one center per district)
 * - `subdistrict-code`: Subdistrict (DOPA 6-digit code of the premises (ที่ตั้ง ณ ตำบล))
 * - `premises`: Premises
 * - `phone`: Phone number
 * - `opening-hours`: Opening hours
 * - `media`: Media and publications offered at the center (สื่อ/สิ่งพิมพ์ที่ให้บริการในศูนย์; seed 001, สิ่งที่ส่งมาด้วย ๕)
 * - `evidence`: Evidence of the services (เอกสารหลักฐานการให้บริการ; seed 001, สิ่งที่ส่งมาด้วย ๕)
 * - `plan`: The center's operations plan (แผนการดำเนินงานของศูนย์; seed 001, สิ่งที่ส่งมาด้วย ๕)
 * - `reporter`: Who reports the center's operations (ผู้รายงาน)
 * - `reporter-position`: The reporter's position (ตำแหน่ง); needs a `reporter`
 */
struct _ThanrakCenter
{
  ThanrakRecord parent_instance;

  char *name;
  char *district_code;
  char *subdistrict_code;
  char *premises;
  char *phone;
  char *opening_hours;
  char *media;
  char *evidence;
  char *plan;
  char *reporter;
  char *reporter_position;
};

G_DEFINE_FINAL_TYPE (ThanrakCenter, thanrak_center, THANRAK_TYPE_RECORD)

static const ThanrakFieldSpec fields[] = {
  { "name", N_("Center name"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakCenter, name) },
  { "district-code", N_("District"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakCenter, district_code) },
  { "subdistrict-code", N_("Subdistrict"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakCenter, subdistrict_code) },
  { "premises", N_("Premises"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakCenter, premises) },
  { "phone", N_("Phone number"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakCenter, phone) },
  { "opening-hours", N_("Opening hours"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakCenter, opening_hours) },
  { "media", N_("Media and publications offered"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakCenter, media) },
  { "evidence", N_("Evidence of the services"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakCenter, evidence) },
  { "plan", N_("Operations plan of the center"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakCenter, plan) },
  { "reporter", N_("Reporter"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakCenter, reporter) },
  { "reporter-position", N_("Position of the reporter"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakCenter, reporter_position) },
};

/* The operations report signs `(<reporter>)` above `ผู้รายงาน` and
 * `ตำแหน่ง <reporter-position>` below (seed 001, สิ่งที่ส่งมาด้วย ๕): a
 * position under no name is a slip. */
static gboolean
validate_reporter (ThanrakCenter  *self,
                   GError        **error)
{
  g_autofree char *position = g_strstrip (g_strdup (self->reporter_position != NULL ? self->reporter_position : ""));

  if (*position == '\0')
    return TRUE;
  return thanrak_validate_required (G_OBJECT (self), "reporter", error);
}

static gboolean
thanrak_center_real_validate (ThanrakRecord  *record,
                              GError        **error)
{
  GObject *object = G_OBJECT (record);

  return thanrak_validate_required (object, "name", error) &&
         thanrak_validate_required (object, "district-code", error) &&
         thanrak_validate_digits (object, "district-code", 4, 4, error) &&
         thanrak_validate_digits (object, "subdistrict-code", 6, 6, error) &&
         thanrak_validate_phone (object, "phone", error) &&
         validate_reporter (THANRAK_CENTER (record), error);
}

static void
thanrak_center_class_init (ThanrakCenterClass *klass)
{
  ThanrakRecordClass *record_class = THANRAK_RECORD_CLASS (klass);

  thanrak_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  record_class->validate = thanrak_center_real_validate;
}

static void
thanrak_center_init (ThanrakCenter *self)
{
}

/**
 * thanrak_center_new:
 *
 * Creates an empty record, not yet stored (id 0).
 *
 * Returns: (transfer full): a new #ThanrakCenter
 */
ThanrakCenter *
thanrak_center_new (void)
{
  return g_object_new (THANRAK_TYPE_CENTER, NULL);
}

/**
 * thanrak_center_validate:
 * @self: a #ThanrakCenter
 * @error: return location for a #GError
 *
 * Checks the fields listed for #ThanrakCenter (seed 001 §1-7, domain.md §3 "Center"); see
 * thanrak_record_validate().
 *
 * Returns: %TRUE if valid; %FALSE with %THANRAK_VALIDATION_ERROR
 */
gboolean
thanrak_center_validate (ThanrakCenter  *self,
                         GError     **error)
{
  g_return_val_if_fail (THANRAK_IS_CENTER (self), FALSE);

  return thanrak_record_validate (THANRAK_RECORD (self), error);
}
