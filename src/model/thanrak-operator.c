/* thanrak-operator.c: an OTOP operator (ผู้ผลิต ผู้ประกอบการ OTOP)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-core-enums.h"
#include "thanrak-model-enums.h"
#include "thanrak-record-private.h"
#include "thanrak-validation.h"
#include "thanrak-operator.h"

/**
 * ThanrakOperator:
 *
 * An OTOP operator (ผู้ผลิต ผู้ประกอบการ OTOP; domain.md §3 "OTOP operator", seed 004 part 1).
 * Its fields are properties (see #ThanrakRecord):
 *
 * - `code`: Operator code (รหัสผู้ประกอบการ: digits, unique)
 * - `name`: Operator name (required)
 * - `operator-type`: Operator type, a #Operator_Type
 * - `year-registered`: Year registered (BE, 0 when unknown)
 * - `house-number`: House number (เลขที่)
 * - `village-number`: Village number (หมู่ที่, 0 when none)
 * - `subdistrict-code`: Subdistrict (DOPA 6-digit code of the ตำบล)
 * - `district-code`: District (DOPA 4-digit code of the อำเภอ, required)
 * - `phone`: Phone number (Thai format, e.g. 081-2345678)
 * - `trained-online`: Trained in online marketing (ผ่านการอบรมเกี่ยวกับตลาดออนไลน์)
 * - `sells-online`: Already sells online (ขายของออนไลน์อยู่แล้ว)
 * - `target-group`: Target group (target group 1-3 of seed 001 §5.3, 0 when none)
 */
struct _ThanrakOperator
{
  ThanrakRecord parent_instance;

  char *code;
  char *name;
  int operator_type;
  int year_registered;
  char *house_number;
  int village_number;
  char *subdistrict_code;
  char *district_code;
  char *phone;
  gboolean trained_online;
  gboolean sells_online;
  int target_group;
};

G_DEFINE_FINAL_TYPE (ThanrakOperator, thanrak_operator, THANRAK_TYPE_RECORD)

static const ThanrakFieldSpec fields[] = {
  { "code", N_("Operator code"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakOperator, code) },
  { "name", N_("Operator name"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakOperator, name) },
  { "operator-type", N_("Operator type"), THANRAK_FIELD_ENUM, G_STRUCT_OFFSET (ThanrakOperator, operator_type), thanrak_operator_type_get_type },
  { "year-registered", N_("Year registered"), THANRAK_FIELD_INT, G_STRUCT_OFFSET (ThanrakOperator, year_registered) },
  { "house-number", N_("House number"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakOperator, house_number) },
  { "village-number", N_("Village number"), THANRAK_FIELD_INT, G_STRUCT_OFFSET (ThanrakOperator, village_number) },
  { "subdistrict-code", N_("Subdistrict"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakOperator, subdistrict_code) },
  { "district-code", N_("District"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakOperator, district_code) },
  { "phone", N_("Phone number"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakOperator, phone) },
  { "trained-online", N_("Trained in online marketing"), THANRAK_FIELD_BOOLEAN, G_STRUCT_OFFSET (ThanrakOperator, trained_online) },
  { "sells-online", N_("Already sells online"), THANRAK_FIELD_BOOLEAN, G_STRUCT_OFFSET (ThanrakOperator, sells_online) },
  { "target-group", N_("Target group"), THANRAK_FIELD_INT, G_STRUCT_OFFSET (ThanrakOperator, target_group) },
};

static gboolean
thanrak_operator_real_validate (ThanrakRecord  *record,
                                GError        **error)
{
  GObject *object = G_OBJECT (record);

  return thanrak_validate_required (object, "code", error) &&
         thanrak_validate_digits (object, "code", 1, 20, error) &&
         thanrak_validate_required (object, "name", error) &&
         thanrak_validate_range (object, "operator-type", 0, thanrak_enum_get_n_values (THANRAK_TYPE_OPERATOR_TYPE) - 1, FALSE, error) &&
         thanrak_validate_year_be (object, "year-registered", TRUE, error) &&
         thanrak_validate_range (object, "village-number", 1, 99, TRUE, error) &&
         thanrak_validate_required (object, "district-code", error) &&
         thanrak_validate_digits (object, "district-code", 4, 4, error) &&
         thanrak_validate_digits (object, "subdistrict-code", 6, 6, error) &&
         thanrak_validate_phone (object, "phone", error) &&
         thanrak_validate_range (object, "target-group", 1, 3, TRUE, error);
}

static void
thanrak_operator_class_init (ThanrakOperatorClass *klass)
{
  ThanrakRecordClass *record_class = THANRAK_RECORD_CLASS (klass);

  thanrak_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  record_class->validate = thanrak_operator_real_validate;
}

static void
thanrak_operator_init (ThanrakOperator *self)
{
}

/**
 * thanrak_operator_new:
 *
 * Creates an empty record, not yet stored (id 0).
 *
 * Returns: (transfer full): a new #ThanrakOperator
 */
ThanrakOperator *
thanrak_operator_new (void)
{
  return g_object_new (THANRAK_TYPE_OPERATOR, NULL);
}

/**
 * thanrak_operator_validate:
 * @self: a #ThanrakOperator
 * @error: return location for a #GError
 *
 * Checks the fields listed for #ThanrakOperator (domain.md §3 "OTOP operator", seed 004 part 1); see
 * thanrak_record_validate().
 *
 * Returns: %TRUE if valid; %FALSE with %THANRAK_VALIDATION_ERROR
 */
gboolean
thanrak_operator_validate (ThanrakOperator  *self,
                           GError     **error)
{
  g_return_val_if_fail (THANRAK_IS_OPERATOR (self), FALSE);

  return thanrak_record_validate (THANRAK_RECORD (self), error);
}
