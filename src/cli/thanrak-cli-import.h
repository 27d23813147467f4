/* thanrak-cli-import.h: `thanrak-cli import`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean thanrak_cli_import (int      argc,
                             char   **argv,
                             GError **error);

G_END_DECLS
