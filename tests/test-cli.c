/* test-cli.c: the headless command-line program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <stdlib.h>
#include <string.h>

#include "thanrak-cli.h"

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

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/help", test_cli_help);
  g_test_add_func ("/cli/version", test_cli_version);
  g_test_add_func ("/cli/unknown-command", test_cli_unknown_command);
  g_test_add_func ("/cli/program-without-display", test_cli_program_without_display);

  return g_test_run ();
}
