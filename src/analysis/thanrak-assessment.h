/* thanrak-assessment.h: the 50-point center assessment of seed 001
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * ThanrakAssessmentGrade:
 * @THANRAK_ASSESSMENT_GRADE_A: ดี (A), a total above 35 points
 * @THANRAK_ASSESSMENT_GRADE_B: พอใช้ (B), 20 to 35 points
 * @THANRAK_ASSESSMENT_GRADE_C: ปรับปรุง (C), below 20 points
 *
 * The grade of a center (seed 001, เกณฑ์การจัดระดับการประเมิน).
 */
typedef enum
{
  THANRAK_ASSESSMENT_GRADE_A,
  THANRAK_ASSESSMENT_GRADE_B,
  THANRAK_ASSESSMENT_GRADE_C,
} ThanrakAssessmentGrade;

/**
 * ThanrakAnswerSource:
 * @THANRAK_ANSWER_UNANSWERED: neither records nor the person answered
 * @THANRAK_ANSWER_PROPOSED: proposed from the records, not yet confirmed
 * @THANRAK_ANSWER_CONFIRMED: proposed from the records and confirmed
 * @THANRAK_ANSWER_OVERRIDDEN: proposed from the records, and the person
 *   answered otherwise
 * @THANRAK_ANSWER_PERSON: answered by the person, records had nothing
 *
 * Where an item's answer came from.
 */
typedef enum
{
  THANRAK_ANSWER_UNANSWERED,
  THANRAK_ANSWER_PROPOSED,
  THANRAK_ANSWER_CONFIRMED,
  THANRAK_ANSWER_OVERRIDDEN,
  THANRAK_ANSWER_PERSON,
} ThanrakAnswerSource;

/**
 * ThanrakSatisfaction:
 * @THANRAK_SATISFACTION_UNKNOWN: the records say nothing
 * @THANRAK_SATISFACTION_NOT_ASSESSED: no satisfaction survey was made
 * @THANRAK_SATISFACTION_LOW: surveyed, low (item 10.1)
 * @THANRAK_SATISFACTION_MEDIUM: surveyed, medium (item 10.2)
 * @THANRAK_SATISFACTION_HIGH: surveyed, high (item 10.3)
 *
 * The satisfaction of service users as surveyed (seed 001 item 10).
 */
typedef enum
{
  THANRAK_SATISFACTION_UNKNOWN,
  THANRAK_SATISFACTION_NOT_ASSESSED,
  THANRAK_SATISFACTION_LOW,
  THANRAK_SATISFACTION_MEDIUM,
  THANRAK_SATISFACTION_HIGH,
} ThanrakSatisfaction;

/**
 * ThanrakAssessmentAspect:
 * @number: 1 to 10
 * @title: the aspect (ประเด็นการประเมิน) as in seed 001, e.g. `ด้านสถานที่`
 * @max_points: the points of the aspect (รวม … คะแนน)
 * @single_choice: %TRUE for aspects 9 and 10, where one item at most holds
 * @intro: (nullable): a line the form prints before the items, e.g.
 *   `มีการประเมินความพึงพอใจของผู้รับบริการ` for aspect 10
 * @none_text: (nullable): the form's line for choosing no item (0 points),
 *   e.g. `ไม่มีการประเมินความพึงพอใจของผู้รับบริการ` for aspect 10
 *
 * An aspect of the checklist; static data.
 */
typedef struct
{
  guint        number;
  const char  *title;
  int          max_points;
  gboolean     single_choice;
  const char  *intro;
  const char  *none_text;
} ThanrakAssessmentAspect;

/**
 * ThanrakAssessmentItem:
 * @id: the item number in Arabic digits, e.g. `1.1`, `10.3`
 * @number: the item number as the form prints it, e.g. `๑.๑`
 * @aspect: the aspect number, 1 to 10
 * @text: the item (เกณฑ์การประเมิน) word for word from seed 001
 * @points: the points the item is worth
 * @guidance_title: (nullable): the heading of its row in คำอธิบายเกณฑ์
 * @guidance: (nullable): its development guidance (แนวทางการพัฒนา) word
 *   for word from seed 001, lines separated by `\n`; items of aspects 7
 *   to 10 share their aspect's guidance; %NULL for 5.4, which the seed
 *   leaves without guidance
 *
 * An item of the checklist; static data.
 */
typedef struct
{
  const char  *id;
  const char  *number;
  guint        aspect;
  const char  *text;
  int          points;
  const char  *guidance_title;
  const char  *guidance;
} ThanrakAssessmentItem;

/**
 * ThanrakAssessmentRecords:
 * @services: services delivered in the fiscal year, or -1 when unknown
 * @services_at_center: of which at the center, or -1
 * @services_mobile: of which mobile, outside the center, or -1
 * @services_online: of which online or electronic, or -1
 * @management_members: members of the management committee, or -1
 * @advisory_members: members of the advisory committee, or -1
 * @meetings: committee meetings held in the fiscal year, or -1
 * @satisfaction: the satisfaction survey's result
 *
 * Plain counts from the records of one center for one fiscal year, from
 * which answers are proposed.
 */
typedef struct
{
  int                  services;
  int                  services_at_center;
  int                  services_mobile;
  int                  services_online;
  int                  management_members;
  int                  advisory_members;
  int                  meetings;
  ThanrakSatisfaction  satisfaction;
} ThanrakAssessmentRecords;

typedef struct _ThanrakAssessment ThanrakAssessment;

#define THANRAK_ASSESSMENT_RECORDS_INIT { -1, -1, -1, -1, -1, -1, -1, THANRAK_SATISFACTION_UNKNOWN }

const ThanrakAssessmentAspect *thanrak_assessment_get_aspects       (guint                 *n_aspects);
const ThanrakAssessmentItem   *thanrak_assessment_get_items         (guint                 *n_items);
const ThanrakAssessmentItem   *thanrak_assessment_find_item         (const char            *id);

ThanrakAssessmentGrade  thanrak_assessment_grade_for_total          (int                    total);
const char             *thanrak_assessment_grade_letter             (ThanrakAssessmentGrade grade);
const char             *thanrak_assessment_grade_name               (ThanrakAssessmentGrade grade);
const char             *thanrak_assessment_grade_criterion          (ThanrakAssessmentGrade grade);
const char             *thanrak_assessment_item9_for_services       (int                    services);
const char             *thanrak_assessment_item10_for_satisfaction  (ThanrakSatisfaction    satisfaction);

ThanrakAssessment      *thanrak_assessment_new                      (void);
ThanrakAssessment      *thanrak_assessment_propose                  (const ThanrakAssessmentRecords *records);
ThanrakAssessment      *thanrak_assessment_copy                     (const ThanrakAssessment *self);
void                    thanrak_assessment_free                     (ThanrakAssessment     *self);

gboolean                thanrak_assessment_set                      (ThanrakAssessment     *self,
                                                                     const char            *item_id,
                                                                     gboolean               held);
gboolean                thanrak_assessment_choose                   (ThanrakAssessment     *self,
                                                                     guint                  aspect,
                                                                     const char            *item_id);
gboolean                thanrak_assessment_confirm                  (ThanrakAssessment     *self,
                                                                     const char            *item_id);
void                    thanrak_assessment_confirm_all              (ThanrakAssessment     *self);
gboolean                thanrak_assessment_get                      (const ThanrakAssessment *self,
                                                                     const char            *item_id,
                                                                     ThanrakAnswerSource   *source);
gboolean                thanrak_assessment_get_proposal             (const ThanrakAssessment *self,
                                                                     const char            *item_id,
                                                                     gboolean              *proposed);

int                     thanrak_assessment_get_aspect_points        (const ThanrakAssessment *self,
                                                                     guint                  aspect);
int                     thanrak_assessment_get_total                (const ThanrakAssessment *self);
ThanrakAssessmentGrade  thanrak_assessment_get_grade                (const ThanrakAssessment *self);
GPtrArray              *thanrak_assessment_list_lacking             (const ThanrakAssessment *self);
GPtrArray              *thanrak_assessment_list_from_records        (const ThanrakAssessment *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ThanrakAssessment, thanrak_assessment_free)

G_END_DECLS
