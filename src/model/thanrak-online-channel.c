/* thanrak-online-channel.c: an online channel of a product (ช่องทางออนไลน์)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-core-enums.h"
#include "thanrak-model-enums.h"
#include "thanrak-record-private.h"
#include "thanrak-validation.h"
#include "thanrak-online-channel.h"

/**
 * ThanrakOnlineChannel:
 *
 * An online channel of a product (ช่องทางออนไลน์; domain.md §3 "Online channel").
 * Its fields are properties (see #ThanrakRecord):
 *
 * - `product-id`: Product (id of the #ThanrakProduct)
 * - `platform`: Platform, a #Platform
 * - `identifier`: Page, ID or link (Facebook page name or link, LINE ID, website link)
 * - `listed-on`: Date first listed
 */
struct _ThanrakOnlineChannel
{
  ThanrakRecord parent_instance;

  gint64 product_id;
  int platform;
  char *identifier;
  char *listed_on;
};

G_DEFINE_FINAL_TYPE (ThanrakOnlineChannel, thanrak_online_channel, THANRAK_TYPE_RECORD)

static const ThanrakFieldSpec fields[] = {
  { "product-id", N_("Product"), THANRAK_FIELD_INT64, G_STRUCT_OFFSET (ThanrakOnlineChannel, product_id) },
  { "platform", N_("Platform"), THANRAK_FIELD_ENUM, G_STRUCT_OFFSET (ThanrakOnlineChannel, platform), thanrak_platform_get_type },
  { "identifier", N_("Page, ID or link"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakOnlineChannel, identifier) },
  { "listed-on", N_("Date first listed"), THANRAK_FIELD_DATE, G_STRUCT_OFFSET (ThanrakOnlineChannel, listed_on) },
};

static gboolean
thanrak_online_channel_real_validate (ThanrakRecord  *record,
                                      GError        **error)
{
  GObject *object = G_OBJECT (record);

  return thanrak_validate_reference (object, "product-id", error) &&
         thanrak_validate_range (object, "platform", 0, thanrak_enum_get_n_values (THANRAK_TYPE_PLATFORM) - 1, FALSE, error) &&
         thanrak_validate_required (object, "identifier", error) &&
         thanrak_validate_date (object, "listed-on", TRUE, error);
}

static void
thanrak_online_channel_class_init (ThanrakOnlineChannelClass *klass)
{
  ThanrakRecordClass *record_class = THANRAK_RECORD_CLASS (klass);

  thanrak_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  record_class->validate = thanrak_online_channel_real_validate;
}

static void
thanrak_online_channel_init (ThanrakOnlineChannel *self)
{
}

/**
 * thanrak_online_channel_new:
 *
 * Creates an empty record, not yet stored (id 0).
 *
 * Returns: (transfer full): a new #ThanrakOnlineChannel
 */
ThanrakOnlineChannel *
thanrak_online_channel_new (void)
{
  return g_object_new (THANRAK_TYPE_ONLINE_CHANNEL, NULL);
}

/**
 * thanrak_online_channel_validate:
 * @self: a #ThanrakOnlineChannel
 * @error: return location for a #GError
 *
 * Checks the fields listed for #ThanrakOnlineChannel (domain.md §3 "Online channel"); see
 * thanrak_record_validate().
 *
 * Returns: %TRUE if valid; %FALSE with %THANRAK_VALIDATION_ERROR
 */
gboolean
thanrak_online_channel_validate (ThanrakOnlineChannel  *self,
                                 GError     **error)
{
  g_return_val_if_fail (THANRAK_IS_ONLINE_CHANNEL (self), FALSE);

  return thanrak_record_validate (THANRAK_RECORD (self), error);
}
