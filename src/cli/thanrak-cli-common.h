/* thanrak-cli-common.h: what several `thanrak-cli` commands share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "thanrak-kpi.h"

G_BEGIN_DECLS

gboolean           _thanrak_cli_parse_options   (GOptionEntry       *entries,
                                                 const char         *parameter,
                                                 const char         *summary,
                                                 int                *argc,
                                                 char             ***argv,
                                                 GError            **error);
ThanrakKpiRuleSet *_thanrak_cli_load_rule_set   (const char         *id,
                                                 const char         *rules_file,
                                                 const char         *rules_dir,
                                                 GError            **error);
GPtrArray         *_thanrak_cli_read_districts  (ThanrakKpiRuleSet  *rule_set,
                                                 const char         *path,
                                                 GError            **error);
void               _thanrak_cli_print_findings  (GPtrArray          *findings);
void               _thanrak_cli_warn_outliers   (ThanrakKpiRuleSet  *rule_set,
                                                 GPtrArray          *districts);

G_END_DECLS
