/* xlsx-check.c: run the independent xlsx checker from a C test
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>

#include "xlsx-check.h"

/**
 * check_xlsx:
 * @json: the expectations, as tests/check-xlsx.py reads them (the file
 *   to open and what each sheet must hold)
 *
 * Writes @json to a temporary file and runs tests/check-xlsx.py (openpyxl,
 * /usr/bin/python3) on it; the test fails unless the checker says `ok`.
 */
void
check_xlsx (const char *json)
{
  g_autofree char *checker = g_test_build_filename (G_TEST_DIST, "check-xlsx.py", NULL);
  g_autofree char *dir = g_dir_make_tmp ("thanrak-expect-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "expect.json", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = -1;
  const char *argv[] = { "/usr/bin/python3", checker, path, NULL };

  g_assert_true (g_file_set_contents (path, json, -1, &error));
  g_assert_no_error (error);

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    {
      g_test_message ("expectations:\n%s", json);
      g_test_message ("check-xlsx.py:\n%s%s", out, err);
    }
  g_assert_cmpstr (out, ==, "ok\n");
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  g_unlink (path);
  g_rmdir (dir);
}
