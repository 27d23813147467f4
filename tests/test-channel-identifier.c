/* test-channel-identifier.c: an online channel's page, ID or link is
 * checked for its platform
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "thanrak-model.h"

static gboolean
valid (ThanrakPlatform  platform,
       const char      *identifier,
       GError         **error)
{
  g_autoptr(ThanrakOnlineChannel) channel = thanrak_online_channel_new ();

  g_object_set (channel, "product-id", (gint64) 1, "platform", platform, "identifier", identifier, NULL);
  return thanrak_record_validate (THANRAK_RECORD (channel), error);
}

static void
test_identifiers (void)
{
  static const struct {
    ThanrakPlatform platform;
    const char *identifier;
    gboolean valid;
  } cases[] = {
    { THANRAK_PLATFORM_LINE, "@otopsakaeo", TRUE },
    { THANRAK_PLATFORM_LINE, "nongwa.silk", TRUE },
    { THANRAK_PLATFORM_LINE, "https://lin.ee/abc123", TRUE },
    { THANRAK_PLATFORM_LINE, "line.me/ti/p/@otopsakaeo", TRUE },
    { THANRAK_PLATFORM_LINE, "@ab", FALSE },                       /* too short */
    { THANRAK_PLATFORM_LINE, "OTOP Sakaeo", FALSE },               /* capitals, space */
    { THANRAK_PLATFORM_LINE, "กลุ่มผ้าไหม", FALSE },
    { THANRAK_PLATFORM_FACEBOOK, "otop.sakaeo", TRUE },
    { THANRAK_PLATFORM_FACEBOOK, "@otopsakaeo", TRUE },
    { THANRAK_PLATFORM_FACEBOOK, "https://www.facebook.com/nongwasilk", TRUE },
    { THANRAK_PLATFORM_FACEBOOK, "https://fb.me/nongwa", TRUE },
    { THANRAK_PLATFORM_FACEBOOK, "facebook.com/nongbuasilk", TRUE },  /* no scheme */
    { THANRAK_PLATFORM_FACEBOOK, "กลุ่มผ้าไหม", TRUE },               /* a page name in Thai */
    { THANRAK_PLATFORM_FACEBOOK, "ก", FALSE },                          /* too short */
    { THANRAK_PLATFORM_FACEBOOK, "https://www.facebook.com/", FALSE },
    { THANRAK_PLATFORM_FACEBOOK, "https://shopee.co.th/otopsakaeo", FALSE }, /* not Facebook */
    { THANRAK_PLATFORM_FACEBOOK, "www.otopsakaeo.com", FALSE },
    { THANRAK_PLATFORM_WEBSITE, "https://www.otopsakaeo.com", TRUE },
    { THANRAK_PLATFORM_WEBSITE, "http://nongwa.go.th/shop", TRUE },
    { THANRAK_PLATFORM_WEBSITE, "www.otopsakaeo.com", TRUE },      /* https:// supplied */
    { THANRAK_PLATFORM_WEBSITE, "https://localhost", FALSE },
    { THANRAK_PLATFORM_WEBSITE, "https://otop sakaeo.com", FALSE },
    /* other platforms: any handle */
    { THANRAK_PLATFORM_SHOPEE, "ร้านผ้าไหมหนองหว้า", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok = valid (cases[i].platform, cases[i].identifier, &error);

      if (ok != cases[i].valid)
        g_error ("case %u (%s): %s", i, cases[i].identifier, error != NULL ? error->message : "accepted");
      if (!ok)
        {
          g_assert_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_FORMAT);
          /* the message names the field and repeats what was typed */
          g_assert_nonnull (strstr (error->message, cases[i].identifier));
        }
    }
}

/* The message is in Thai, naming the field. */
static void
test_thai_message (void)
{
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "th_TH.UTF-8");
  g_setenv ("LANGUAGE", "th", TRUE);
  bindtextdomain (GETTEXT_PACKAGE, TEST_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_assert_false (valid (THANRAK_PLATFORM_LINE, "OTOP Sakaeo", &error));
  g_assert_nonnull (strstr (error->message, "ชื่อเพจ ไอดี หรือลิงก์"));
  g_assert_nonnull (strstr (error->message, "ไลน์"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/channel-identifier/per-platform", test_identifiers);
  g_test_add_func ("/channel-identifier/thai-message", test_thai_message);
  return g_test_run ();
}
