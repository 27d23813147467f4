/* thanrak-cli-analysis.h: `thanrak-cli` commands of the scoring rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean thanrak_cli_bahttext   (int      argc,
                                 char   **argv,
                                 GError **error);
gboolean thanrak_cli_rule_sets  (int      argc,
                                 char   **argv,
                                 GError **error);
gboolean thanrak_cli_targets    (int      argc,
                                 char   **argv,
                                 GError **error);
gboolean thanrak_cli_levels     (int      argc,
                                 char   **argv,
                                 GError **error);
gboolean thanrak_cli_assessment (int      argc,
                                 char   **argv,
                                 GError **error);

G_END_DECLS
