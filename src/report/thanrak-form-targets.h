/* thanrak-form-targets.h: forms 4, 5 and 7: a KPI rule set's target table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-form.h"
#include "thanrak-kpi.h"
#include "thanrak-report-sheet.h"

G_BEGIN_DECLS

ThanrakReportSheet *thanrak_form_targets_new (ThanrakKpiTargetTable    *table,
                                              const ThanrakFormOptions *options);

G_END_DECLS
