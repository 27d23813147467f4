/* thanrak-online-channel.c: an online channel of a product (ช่องทางออนไลน์)
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

/* A LINE ID: 4 to 20 of a-z, 0-9, '.', '_', '-', an official account's
 * with a leading '@'; or a line.me / lin.ee link. */
static gboolean
is_line_id (const char *s)
{
  gsize n;

  if (g_str_has_prefix (s, "https://line.me/") || g_str_has_prefix (s, "https://lin.ee/"))
    return TRUE;
  if (*s == '@')
    s++;
  n = strlen (s);
  if (n < 4 || n > 20)
    return FALSE;
  for (; *s != '\0'; s++)
    if (!(g_ascii_islower (*s) || g_ascii_isdigit (*s) || *s == '.' || *s == '_' || *s == '-'))
      return FALSE;
  return TRUE;
}

/* A web address: http(s)://, a host with a dot, no spaces. */
static gboolean
is_web_url (const char *s)
{
  const char *host;

  if (g_str_has_prefix (s, "https://"))
    host = s + 8;
  else if (g_str_has_prefix (s, "http://"))
    host = s + 7;
  else
    return FALSE;
  if (strchr (s, ' ') != NULL || *host == '\0' || *host == '.' || *host == '/')
    return FALSE;
  for (; *host != '\0' && *host != '/'; host++)
    if (*host == '.')
      return host[1] != '\0' && host[1] != '/';
  return FALSE;
}

/* A Facebook page: its name (5 or more letters, digits or '.') or a
 * link to facebook.com, fb.com or fb.me. */
static gboolean
is_facebook_page (const char *s)
{
  static const char * const hosts[] = {
    "https://www.facebook.com/", "https://facebook.com/", "https://m.facebook.com/",
    "https://web.facebook.com/", "https://fb.com/", "https://fb.me/", "https://www.fb.com/",
  };
  gsize n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (hosts); i++)
    if (g_str_has_prefix (s, hosts[i]))
      return s[strlen (hosts[i])] != '\0' && strchr (s, ' ') == NULL;
  if (*s == '@')
    s++;
  for (; *s != '\0'; s++, n++)
    if (!(g_ascii_isalnum (*s) || *s == '.'))
      return FALSE;
  return n >= 5;
}

/* The identifier as its platform writes it (domain.md §3 "online
 * channel"): a LINE ID, a Facebook page name or link, a web address. */
static gboolean
validate_identifier (ThanrakOnlineChannel  *self,
                     GError               **error)
{
  const char *id = self->identifier;
  const char *what = NULL;

  if (id == NULL || *id == '\0')
    return TRUE;
  switch (self->platform)
    {
    case THANRAK_PLATFORM_LINE:
      if (!is_line_id (id))
        what = _("a LINE ID is 4 to 20 small letters, digits, dots, dashes or underscores, such as @otopsakaeo, or a line.me link");
      break;

    case THANRAK_PLATFORM_FACEBOOK:
      if (!is_facebook_page (id))
        what = _("a Facebook page is its name (letters, digits and dots, at least 5, maybe after @) or its link, such as https://www.facebook.com/otopsakaeo");
      break;

    case THANRAK_PLATFORM_WEBSITE:
      if (!is_web_url (id))
        what = _("a website is its full address, such as https://www.otopsakaeo.com");
      break;

    default:
      break;
    }
  if (what == NULL)
    return TRUE;
  g_set_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_FORMAT,
               _("%s “%s” does not fit the platform: %s."),
               thanrak_validation_field_name (G_OBJECT (self), "identifier"), id, what);
  return FALSE;
}

static gboolean
thanrak_online_channel_real_validate (ThanrakRecord  *record,
                                      GError        **error)
{
  GObject *object = G_OBJECT (record);

  return thanrak_validate_reference (object, "product-id", error) &&
         thanrak_validate_range (object, "platform", 0, thanrak_enum_get_n_values (THANRAK_TYPE_PLATFORM) - 1, FALSE, error) &&
         thanrak_validate_required (object, "identifier", error) &&
         validate_identifier (THANRAK_ONLINE_CHANNEL (record), error) &&
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
