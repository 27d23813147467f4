/* thanrak-report-assessments.h: the saved center assessments that forms 1 and 2 print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-assessment.h"
#include "thanrak-form-assessment.h"
#include "thanrak-form-assessment-summary.h"
#include "thanrak-store.h"

G_BEGIN_DECLS

/**
 * ThanrakReportAssessedCenter:
 * @center_id: the center's record id
 * @name: the center's name
 * @district_code: the center's district, 4 digits
 * @subdistrict: (nullable): the Thai name of its subdistrict
 * @district: (nullable): the Thai name of its district
 * @province: (nullable): the Thai name of its province
 * @fiscal_year: the fiscal year assessed (Buddhist Era)
 * @assessment: the items held as saved on the centers page
 *
 * One center's saved assessment of a fiscal year, with the place names
 * forms 1 and 2 print.
 */
typedef struct
{
  gint64             center_id;
  char              *name;
  char              *district_code;
  char              *subdistrict;
  char              *district;
  char              *province;
  guint              fiscal_year;
  ThanrakAssessment *assessment;
} ThanrakReportAssessedCenter;

void                         thanrak_report_assessed_center_free     (ThanrakReportAssessedCenter *self);
void                         thanrak_report_assessed_center_get_form_center (const ThanrakReportAssessedCenter *self,
                                                                             ThanrakFormCenter                 *center);
void                         thanrak_report_apply_saved_assessment   (ThanrakAssessment           *assessment,
                                                                      ThanrakRecord               *saved);
ThanrakReportAssessedCenter *thanrak_report_load_center_assessment   (ThanrakStore                *store,
                                                                      gint64                       center_id,
                                                                      guint                        fiscal_year,
                                                                      GError                     **error);
GPtrArray                   *thanrak_report_list_center_assessments  (ThanrakStore                *store,
                                                                      const char                  *province_code,
                                                                      guint                        fiscal_year,
                                                                      GError                     **error);
ThanrakReportSheet          *thanrak_report_assessment_summary_sheet (GPtrArray                   *centers,
                                                                      const char                  *province,
                                                                      guint                        fiscal_year,
                                                                      const ThanrakFormOptions    *options);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ThanrakReportAssessedCenter, thanrak_report_assessed_center_free)

G_END_DECLS
