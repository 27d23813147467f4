/* thanrak-cli.h: the headless command-line program's commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * ThanrakCliCommandFunc:
 * @argc: number of arguments after the command name, plus one
 * @argv: (array length=argc): the command name followed by its arguments
 * @error: return location for a #GError
 *
 * Runs one `thanrak-cli` command. Output goes to stdout with g_print().
 *
 * Returns: %TRUE on success, %FALSE with @error set on failure
 */
typedef gboolean (*ThanrakCliCommandFunc) (int      argc,
                                           char   **argv,
                                           GError **error);

/**
 * ThanrakCliCommand:
 * @name: the word that selects the command, e.g. `check`
 * @summary: one line shown in `thanrak-cli --help`, marked for translation
 * @run: the function that runs it
 *
 * One entry of the command table in `thanrak-cli.c`.
 */
typedef struct
{
  const char            *name;
  const char            *summary;
  ThanrakCliCommandFunc  run;
} ThanrakCliCommand;

int thanrak_cli_run (int    argc,
                     char **argv);

G_END_DECLS
