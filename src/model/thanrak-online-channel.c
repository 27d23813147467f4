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

/* A link as people type it: with or without http(s)://. */
static const char *
skip_scheme (const char *s)
{
  if (g_str_has_prefix (s, "https://"))
    return s + 8;
  if (g_str_has_prefix (s, "http://"))
    return s + 7;
  return s;
}

/* @s, without its scheme, is a link to one of @hosts (each ending in '/')
 * with something after the host. */
static gboolean
is_link_to (const char         *s,
            const char * const *hosts,
            gsize               n_hosts)
{
  const char *rest = skip_scheme (s);

  if (strchr (s, ' ') != NULL)
    return FALSE;
  for (gsize i = 0; i < n_hosts; i++)
    if (g_str_has_prefix (rest, hosts[i]))
      return rest[strlen (hosts[i])] != '\0';
  return FALSE;
}

/* A LINE ID: 4 to 20 of a-z, 0-9, '.', '_', '-', an official account's
 * with a leading '@'; or a line.me / lin.ee link. */
static gboolean
is_line_id (const char *s)
{
  static const char * const hosts[] = { "line.me/", "lin.ee/" };
  gsize n;

  if (is_link_to (s, hosts, G_N_ELEMENTS (hosts)))
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

/* A web address, as GUri reads it: http(s), a host with a dot. People
 * often leave out https://, so it is supplied when missing. */
static gboolean
is_web_url (const char *s)
{
  g_autofree char *with_scheme = NULL;
  g_autoptr(GUri) uri = NULL;
  const char *scheme;
  const char *host;

  if (strchr (s, ' ') != NULL)
    return FALSE;
  if (skip_scheme (s) == s)
    s = with_scheme = g_strconcat ("https://", s, NULL);
  uri = g_uri_parse (s, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return FALSE;
  scheme = g_uri_get_scheme (uri);
  host = g_uri_get_host (uri);
  return (g_str_equal (scheme, "https") || g_str_equal (scheme, "http")) &&
         host != NULL && strchr (host, '.') != NULL &&
         host[0] != '.' && !g_str_has_suffix (host, ".");
}

/* A Facebook page, as seed 004's form asks for it ("ชื่อเพจ หรือลิงก์"):
 * its name, which is often Thai (any text that is not a link), or a link
 * to facebook.com, fb.com or fb.me, with or without https://. Something
 * that looks like a link must be a Facebook one. */
static gboolean
is_facebook_page (const char *s)
{
  static const char * const hosts[] = {
    "www.facebook.com/", "facebook.com/", "m.facebook.com/",
    "web.facebook.com/", "fb.com/", "fb.me/", "www.fb.com/",
  };
  const char *rest = skip_scheme (s);
  gboolean looks_like_link = rest != s || strchr (s, '/') != NULL ||
                             g_str_has_prefix (s, "www.");

  if (looks_like_link)
    return is_link_to (s, hosts, G_N_ELEMENTS (hosts));
  if (*s == '@')
    s++;
  return g_utf8_strlen (s, -1) >= 2;
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
        what = _("a Facebook page is its name, such as ผ้าไหมหนองหว้า, or its link, such as https://www.facebook.com/otopsakaeo");
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
