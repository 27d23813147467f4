/* thanrak-center-assessment.h: the yearly assessment of a center (แบบประเมินศูนย์บริการส่งเสริมเศรษฐกิจฐานราก)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-record.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_CENTER_ASSESSMENT (thanrak_center_assessment_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakCenterAssessment, thanrak_center_assessment, THANRAK, CENTER_ASSESSMENT, ThanrakRecord)

ThanrakCenterAssessment *thanrak_center_assessment_new (void);
gboolean thanrak_center_assessment_validate (ThanrakCenterAssessment *self,
                                             GError                  **error);
const char * const *thanrak_center_assessment_get_item_ids (void);
gboolean            thanrak_center_assessment_is_item_id  (const char               *item_id);
gboolean            thanrak_center_assessment_get_answer  (ThanrakCenterAssessment  *self,
                                                           const char               *item_id);
void                thanrak_center_assessment_set_answer  (ThanrakCenterAssessment  *self,
                                                           const char               *item_id,
                                                           gboolean                  held);
char              **thanrak_center_assessment_dup_held_items (ThanrakCenterAssessment *self);

G_END_DECLS
