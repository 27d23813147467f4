/* thanrak-form-assessment.h: form 1, แบบประเมินศูนย์บริการส่งเสริมเศรษฐกิจฐานราก
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-assessment.h"
#include "thanrak-form.h"
#include "thanrak-report-sheet.h"

G_BEGIN_DECLS

/**
 * ThanrakFormCenter:
 * @name: (nullable): the center's name as typed, e.g.
 *   `ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอเมืองสระแก้ว`; %NULL for the
 *   name the rule gives (`…อำเภอ<district>`)
 * @subdistrict: (nullable): ตำบล of the premises
 * @district: (nullable): อำเภอ
 * @province: (nullable): จังหวัด
 * @fiscal_year: the fiscal year assessed (Buddhist Era), or 0
 *
 * The center a form is about: plain text as the user typed it.
 */
typedef struct
{
  const char *name;
  const char *subdistrict;
  const char *district;
  const char *province;
  guint       fiscal_year;
} ThanrakFormCenter;

/**
 * THANRAK_FORM_CHECK_MARK:
 *
 * The mark of an item the center holds in form 1 (U+2713).
 */
#define THANRAK_FORM_CHECK_MARK "✓"

ThanrakReportSheet *thanrak_form_assessment_new (const ThanrakAssessment  *assessment,
                                                 const ThanrakFormCenter  *center,
                                                 const ThanrakFormOptions *options);

G_END_DECLS
