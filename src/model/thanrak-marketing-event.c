/* thanrak-marketing-event.c: a marketing event that used no government budget (กิจกรรมส่งเสริมช่องทางการตลาดที่ไม่ใช้งบประมาณ)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-core-enums.h"
#include "thanrak-model-enums.h"
#include "thanrak-record-private.h"
#include "thanrak-validation.h"
#include "thanrak-marketing-event.h"

/**
 * ThanrakMarketingEvent:
 *
 * A marketing event that used no government budget (กิจกรรมส่งเสริมช่องทางการตลาดที่ไม่ใช้งบประมาณ; seed 003 definition, domain.md §3 "Marketing event").
 * Its fields are properties (see #ThanrakRecord):
 *
 * - `district-code`: District (DOPA 4-digit code)
 * - `event-date`: Event date
 * - `name`: Event name
 * - `place`: Place
 * - `operators`: Operators taking part
 * - `sales-satang`: Sales (satang)
 */
struct _ThanrakMarketingEvent
{
  ThanrakRecord parent_instance;

  char *district_code;
  char *event_date;
  char *name;
  char *place;
  int operators;
  gint64 sales_satang;
};

G_DEFINE_FINAL_TYPE (ThanrakMarketingEvent, thanrak_marketing_event, THANRAK_TYPE_RECORD)

static const ThanrakFieldSpec fields[] = {
  { "district-code", N_("District"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakMarketingEvent, district_code) },
  { "event-date", N_("Event date"), THANRAK_FIELD_DATE, G_STRUCT_OFFSET (ThanrakMarketingEvent, event_date) },
  { "name", N_("Event name"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakMarketingEvent, name) },
  { "place", N_("Place"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakMarketingEvent, place) },
  { "operators", N_("Operators taking part"), THANRAK_FIELD_INT, G_STRUCT_OFFSET (ThanrakMarketingEvent, operators) },
  { "sales-satang", N_("Sales"), THANRAK_FIELD_INT64, G_STRUCT_OFFSET (ThanrakMarketingEvent, sales_satang) },
};

static gboolean
thanrak_marketing_event_real_validate (ThanrakRecord  *record,
                                       GError        **error)
{
  GObject *object = G_OBJECT (record);

  return thanrak_validate_required (object, "district-code", error) &&
         thanrak_validate_digits (object, "district-code", 4, 4, error) &&
         thanrak_validate_date (object, "event-date", FALSE, error) &&
         thanrak_validate_required (object, "name", error) &&
         thanrak_validate_non_negative (object, "operators", error) &&
         thanrak_validate_non_negative (object, "sales-satang", error);
}

static void
thanrak_marketing_event_class_init (ThanrakMarketingEventClass *klass)
{
  ThanrakRecordClass *record_class = THANRAK_RECORD_CLASS (klass);

  thanrak_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  record_class->validate = thanrak_marketing_event_real_validate;
}

static void
thanrak_marketing_event_init (ThanrakMarketingEvent *self)
{
}

/**
 * thanrak_marketing_event_new:
 *
 * Creates an empty record, not yet stored (id 0).
 *
 * Returns: (transfer full): a new #ThanrakMarketingEvent
 */
ThanrakMarketingEvent *
thanrak_marketing_event_new (void)
{
  return g_object_new (THANRAK_TYPE_MARKETING_EVENT, NULL);
}

/**
 * thanrak_marketing_event_validate:
 * @self: a #ThanrakMarketingEvent
 * @error: return location for a #GError
 *
 * Checks the fields listed for #ThanrakMarketingEvent (seed 003 definition, domain.md §3 "Marketing event"); see
 * thanrak_record_validate().
 *
 * Returns: %TRUE if valid; %FALSE with %THANRAK_VALIDATION_ERROR
 */
gboolean
thanrak_marketing_event_validate (ThanrakMarketingEvent  *self,
                                  GError     **error)
{
  g_return_val_if_fail (THANRAK_IS_MARKETING_EVENT (self), FALSE);

  return thanrak_record_validate (THANRAK_RECORD (self), error);
}
