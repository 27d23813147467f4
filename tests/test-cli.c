/* test-cli.c: the headless command-line program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "thanrak-cli.h"
#include "thanrak-cli-office.h"
#include "thanrak-store.h"

static int
run_cli (const char * const *args)
{
  g_auto(GStrv) argv = g_strdupv ((char **) args);

  return thanrak_cli_run (g_strv_length (argv), argv);
}

static void
test_cli_help (void)
{
  if (g_test_subprocess ())
    {
      const char *args[] = { "thanrak-cli", "--help", NULL };
      exit (run_cli (args));
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*Usage: thanrak-cli*Commands:*");
}

static void
test_cli_version (void)
{
  if (g_test_subprocess ())
    {
      const char *args[] = { "thanrak-cli", "--version", NULL };
      exit (run_cli (args));
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("thanrak-cli " PACKAGE_VERSION "\n");
}

static void
test_cli_unknown_command (void)
{
  if (g_test_subprocess ())
    {
      const char *args[] = { "thanrak-cli", "no-such-command", NULL };
      exit (run_cli (args));
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*unknown command*no-such-command*");
}

/* The installed program itself starts and answers without a display. */
static void
test_cli_program_without_display (void)
{
  const char *cli = g_getenv ("THANRAK_CLI");
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  int status = -1;
  const char *argv[] = { cli, "--help", NULL };

  if (cli == NULL)
    {
      g_test_skip ("THANRAK_CLI is not set: run under meson test");
      return;
    }

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (out, "thanrak-cli"));
}

static GString *printed;

static void
capture_print (const char *text)
{
  g_string_append (printed, text);
}

static gboolean
office (const char * const *args,
        GError            **error)
{
  g_auto(GStrv) argv = g_strdupv ((char **) args);

  return thanrak_cli_office (g_strv_length (argv), argv, error);
}

/* `office` sets the office by Thai names, refuses a district of another
 * province or an unknown place with a message naming it, and keeps one. */
static void
test_cli_office (void)
{
  g_autofree char *dir = g_dir_make_tmp ("thanrak-cli-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "office.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakStore) store = NULL;
  g_autoptr(ThanrakOffice) loaded = NULL;
  g_autofree char *district = NULL;
  g_autofree char *officer = NULL;
  const char *unknown[] = { "office", "-d", db, "--province", "สระแกว", "--name", "x", NULL };
  const char *elsewhere[] = { "office", "-d", db, "--province", "สระแก้ว", "--district", "เมืองหนองคาย",
                              "--name", "สำนักงานพัฒนาชุมชนอำเภอเมืองหนองคาย", NULL };
  const char *first[] = { "office", "-d", db, "--province", "27", "--name", "สำนักงานพัฒนาชุมชนจังหวัดสระแก้ว", NULL };
  const char *second[] = { "office", "-d", db, "--province", "สระแก้ว", "--district", "วังสมบูรณ์",
                           "--name", "สำนักงานพัฒนาชุมชนอำเภอวังสมบูรณ์", "--officer", "นางสมใจ ทดสอบ",
                           "--position", "พัฒนาการอำเภอวังสมบูรณ์", NULL };

  g_assert_false (office (unknown, &error));
  g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
  g_assert_nonnull (strstr (error->message, "สระแกว"));
  g_clear_error (&error);
  g_assert_false (office (elsewhere, &error));
  g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
  g_assert_nonnull (strstr (error->message, "เมืองหนองคาย"));
  g_clear_error (&error);

  printed = g_string_new (NULL);
  g_set_print_handler (capture_print);
  g_assert_true (office (first, &error));
  g_assert_no_error (error);
  g_assert_true (office (second, &error));
  g_assert_no_error (error);
  g_set_print_handler (NULL);
  g_assert_nonnull (strstr (printed->str, "วังสมบูรณ์ (2709)"));
  g_string_free (printed, TRUE);

  store = thanrak_store_new (db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (thanrak_store_count (store, THANRAK_TYPE_OFFICE, NULL, NULL), ==, 1);
  loaded = thanrak_store_load_office (store, &error);
  g_assert_no_error (error);
  g_object_get (loaded, "district-code", &district, "officer-name", &officer, NULL);
  g_assert_cmpstr (district, ==, "2709");
  g_assert_cmpstr (officer, ==, "นางสมใจ ทดสอบ");
  g_clear_object (&store);
  for (const char *suffix = ""; suffix != NULL; suffix = g_str_equal (suffix, "") ? "-wal" : g_str_equal (suffix, "-wal") ? "-shm" : NULL)
    {
      g_autofree char *path = g_strconcat (db, suffix, NULL);
      g_remove (path);
    }
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  /* a UTF-8 locale, as on a Thai desktop: options hold Thai names */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/help", test_cli_help);
  g_test_add_func ("/cli/version", test_cli_version);
  g_test_add_func ("/cli/unknown-command", test_cli_unknown_command);
  g_test_add_func ("/cli/program-without-display", test_cli_program_without_display);
  g_test_add_func ("/cli/office", test_cli_office);

  return g_test_run ();
}
