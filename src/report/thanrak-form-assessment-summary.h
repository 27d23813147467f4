/* thanrak-form-assessment-summary.h: form 2, แบบสรุปผลการประเมินศูนย์ฯ
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-assessment.h"
#include "thanrak-form.h"
#include "thanrak-report-sheet.h"

G_BEGIN_DECLS

/**
 * ThanrakFormSummaryCenter:
 * @district: the district of the center, as typed or from the places
 * @assessment: its answers for the fiscal year
 *
 * One center of form 2.
 */
typedef struct
{
  const char              *district;
  const ThanrakAssessment *assessment;
} ThanrakFormSummaryCenter;

ThanrakReportSheet *thanrak_form_assessment_summary_new (const char                     *province,
                                                         guint                           fiscal_year,
                                                         const ThanrakFormSummaryCenter *centers,
                                                         guint                           n_centers,
                                                         const ThanrakFormOptions       *options);

G_END_DECLS
