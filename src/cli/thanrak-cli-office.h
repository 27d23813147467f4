/* thanrak-cli-office.h: `thanrak-cli office` and `sample`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean thanrak_cli_office (int      argc,
                             char   **argv,
                             GError **error);
gboolean thanrak_cli_sample (int      argc,
                             char   **argv,
                             GError **error);

G_END_DECLS
