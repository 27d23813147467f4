/* thanrak-office.c: the office this database belongs to (สำนักงานพัฒนาชุมชน)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-record-private.h"
#include "thanrak-validation.h"
#include "thanrak-office.h"

/**
 * ThanrakOffice:
 *
 * The Community Development office that keeps this database: a
 * provincial office (สำนักงานพัฒนาชุมชนจังหวัด, no district) or a
 * district office (สำนักงานพัฒนาชุมชนอำเภอ), and the officer who signs
 * its forms (the signature blocks of seeds 002 and 003: ลงชื่อ … ผู้รายงาน,
 * ตำแหน่ง …). One per database, set on the first-run screen. Its fields
 * are properties (see #ThanrakRecord):
 *
 * - `province-code`: Province (DOPA 2-digit code)
 * - `district-code`: District (DOPA 4-digit code; empty for a provincial office)
 * - `name`: Office name, e.g. สำนักงานพัฒนาชุมชนจังหวัดสระแก้ว
 * - `officer-name`: Officer's name, for signature blocks
 * - `officer-position`: Officer's position, e.g. นักวิชาการพัฒนาชุมชนชำนาญการ
 */
struct _ThanrakOffice
{
  ThanrakRecord parent_instance;

  char *province_code;
  char *district_code;
  char *name;
  char *officer_name;
  char *officer_position;
};

G_DEFINE_FINAL_TYPE (ThanrakOffice, thanrak_office, THANRAK_TYPE_RECORD)

static const ThanrakFieldSpec fields[] = {
  { "province-code", N_("Province"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakOffice, province_code) },
  { "district-code", N_("District"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakOffice, district_code) },
  { "name", N_("Office name"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakOffice, name) },
  { "officer-name", N_("Officer's name"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakOffice, officer_name) },
  { "officer-position", N_("Officer's position"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakOffice, officer_position) },
};

static gboolean
district_in_province (GObject  *object,
                      GError  **error)
{
  ThanrakOffice *self = THANRAK_OFFICE (object);

  if (self->district_code == NULL || *self->district_code == '\0' ||
      self->province_code == NULL || g_str_has_prefix (self->district_code, self->province_code))
    return TRUE;
  g_set_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_NOT_FOUND,
               _("District: %s is not a district of province %s; choose a district of the office's province."),
               self->district_code, self->province_code);
  return FALSE;
}

static gboolean
thanrak_office_real_validate (ThanrakRecord  *record,
                              GError        **error)
{
  GObject *object = G_OBJECT (record);

  return thanrak_validate_required (object, "province-code", error) &&
         thanrak_validate_digits (object, "province-code", 2, 2, error) &&
         thanrak_validate_digits (object, "district-code", 4, 4, error) &&
         district_in_province (object, error) &&
         thanrak_validate_required (object, "name", error);
}

static void
thanrak_office_class_init (ThanrakOfficeClass *klass)
{
  ThanrakRecordClass *record_class = THANRAK_RECORD_CLASS (klass);

  thanrak_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  record_class->validate = thanrak_office_real_validate;
}

static void
thanrak_office_init (ThanrakOffice *self)
{
}

/**
 * thanrak_office_new:
 *
 * Creates an empty office record, not yet stored (id 0).
 *
 * Returns: (transfer full): a new #ThanrakOffice
 */
ThanrakOffice *
thanrak_office_new (void)
{
  return g_object_new (THANRAK_TYPE_OFFICE, NULL);
}

/**
 * thanrak_office_validate:
 * @self: a #ThanrakOffice
 * @error: return location for a #GError
 *
 * Checks the office: a province (2 digits, required), a district of that
 * province or none (4 digits), and a name. The officer's name and position
 * may stay empty (the signature blocks are then left blank to sign by hand).
 *
 * Returns: %TRUE if valid; %FALSE with %THANRAK_VALIDATION_ERROR naming
 *   the field
 */
gboolean
thanrak_office_validate (ThanrakOffice  *self,
                         GError        **error)
{
  g_return_val_if_fail (THANRAK_IS_OFFICE (self), FALSE);

  return thanrak_record_validate (THANRAK_RECORD (self), error);
}
