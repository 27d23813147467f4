/* thanrak-cli-io.h: `thanrak-cli` commands for reading spreadsheet files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean thanrak_cli_read_table (int      argc,
                                 char   **argv,
                                 GError **error);

G_END_DECLS
