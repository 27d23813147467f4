/* thanrak-cli-store.h: `thanrak-cli` commands of the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean thanrak_cli_store_init    (int      argc,
                                    char   **argv,
                                    GError **error);
gboolean thanrak_cli_store_check   (int      argc,
                                    char   **argv,
                                    GError **error);
gboolean thanrak_cli_store_backup  (int      argc,
                                    char   **argv,
                                    GError **error);
gboolean thanrak_cli_store_restore (int      argc,
                                    char   **argv,
                                    GError **error);

G_END_DECLS
