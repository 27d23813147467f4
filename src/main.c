/* main.c: entry point of the Thanrak application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "thanrak-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(ThanrakApplication) app = NULL;

  const char *localedir;

  thanrak_application_choose_renderer ();
  setlocale (LC_ALL, "");
  /* THANRAK_LOCALEDIR lets tests and uninstalled runs use the build's po/. */
  localedir = g_getenv ("THANRAK_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = thanrak_application_new (G_APPLICATION_DEFAULT_FLAGS);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
