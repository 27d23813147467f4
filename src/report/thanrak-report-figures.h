/* thanrak-report-figures.h: district figures records as KPI districts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "thanrak-kpi.h"

G_BEGIN_DECLS

GPtrArray *thanrak_report_kpi_districts (ThanrakKpiRuleSet *rule_set,
                                         GPtrArray         *figures,
                                         GHashTable        *names);
GPtrArray *thanrak_report_check_kpi_districts (ThanrakKpiRuleSet *rule_set,
                                               GPtrArray         *districts);

G_END_DECLS
