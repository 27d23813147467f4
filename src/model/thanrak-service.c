/* thanrak-service.c: a service or activity a center delivered (การให้บริการ)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-core-enums.h"
#include "thanrak-model-enums.h"
#include "thanrak-record-private.h"
#include "thanrak-validation.h"
#include "thanrak-service.h"

/**
 * ThanrakService:
 *
 * A service or activity a center delivered (การให้บริการ; seed 001 items 6 and 9).
 * Its fields are properties (see #ThanrakRecord):
 *
 * - `center-id`: Center
 * - `service-date`: Service date
 * - `mode`: Service mode, a #Service_Mode
 * - `title`: Service (what was delivered)
 * - `recipients`: Recipients (people served)
 * - `notes`: Notes
 */
struct _ThanrakService
{
  ThanrakRecord parent_instance;

  gint64 center_id;
  char *service_date;
  int mode;
  char *title;
  int recipients;
  char *notes;
};

G_DEFINE_FINAL_TYPE (ThanrakService, thanrak_service, THANRAK_TYPE_RECORD)

static const ThanrakFieldSpec fields[] = {
  { "center-id", N_("Center"), THANRAK_FIELD_INT64, G_STRUCT_OFFSET (ThanrakService, center_id) },
  { "service-date", N_("Service date"), THANRAK_FIELD_DATE, G_STRUCT_OFFSET (ThanrakService, service_date) },
  { "mode", N_("Service mode"), THANRAK_FIELD_ENUM, G_STRUCT_OFFSET (ThanrakService, mode), thanrak_service_mode_get_type },
  { "title", N_("Service"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakService, title) },
  { "recipients", N_("Recipients"), THANRAK_FIELD_INT, G_STRUCT_OFFSET (ThanrakService, recipients) },
  { "notes", N_("Notes"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakService, notes) },
};

static gboolean
thanrak_service_real_validate (ThanrakRecord  *record,
                               GError        **error)
{
  GObject *object = G_OBJECT (record);

  return thanrak_validate_reference (object, "center-id", error) &&
         thanrak_validate_date (object, "service-date", FALSE, error) &&
         thanrak_validate_range (object, "mode", 0, thanrak_enum_get_n_values (THANRAK_TYPE_SERVICE_MODE) - 1, FALSE, error) &&
         thanrak_validate_required (object, "title", error) &&
         thanrak_validate_non_negative (object, "recipients", error);
}

static void
thanrak_service_class_init (ThanrakServiceClass *klass)
{
  ThanrakRecordClass *record_class = THANRAK_RECORD_CLASS (klass);

  thanrak_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  record_class->validate = thanrak_service_real_validate;
}

static void
thanrak_service_init (ThanrakService *self)
{
}

/**
 * thanrak_service_new:
 *
 * Creates an empty record, not yet stored (id 0).
 *
 * Returns: (transfer full): a new #ThanrakService
 */
ThanrakService *
thanrak_service_new (void)
{
  return g_object_new (THANRAK_TYPE_SERVICE, NULL);
}

/**
 * thanrak_service_validate:
 * @self: a #ThanrakService
 * @error: return location for a #GError
 *
 * Checks the fields listed for #ThanrakService (seed 001 items 6 and 9); see
 * thanrak_record_validate().
 *
 * Returns: %TRUE if valid; %FALSE with %THANRAK_VALIDATION_ERROR
 */
gboolean
thanrak_service_validate (ThanrakService  *self,
                          GError     **error)
{
  g_return_val_if_fail (THANRAK_IS_SERVICE (self), FALSE);

  return thanrak_record_validate (THANRAK_RECORD (self), error);
}
