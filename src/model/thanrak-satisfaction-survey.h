/* thanrak-satisfaction-survey.h: a satisfaction survey of a center (การประเมินความพึงพอใจ)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-record.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_SATISFACTION_SURVEY (thanrak_satisfaction_survey_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakSatisfactionSurvey, thanrak_satisfaction_survey, THANRAK, SATISFACTION_SURVEY, ThanrakRecord)

ThanrakSatisfactionSurvey *thanrak_satisfaction_survey_new (void);
gboolean thanrak_satisfaction_survey_validate (ThanrakSatisfactionSurvey *self,
                                               GError                    **error);

G_END_DECLS
