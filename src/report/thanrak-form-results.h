/* thanrak-form-results.h: form 7's report: results, levels and colour bands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-form.h"
#include "thanrak-kpi.h"
#include "thanrak-report-sheet.h"

G_BEGIN_DECLS

ThanrakReportSheet *thanrak_form_results_new (ThanrakKpiRuleSet        *rule_set,
                                              GPtrArray                *districts,
                                              const char               *province,
                                              const ThanrakFormOptions *options,
                                              GError                  **error);

G_END_DECLS
