/* thanrak-committee.h: checks of a center's committee (seed 001 §6)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "thanrak-checks.h"

G_BEGIN_DECLS

/**
 * ThanrakCommitteeKind:
 * @THANRAK_COMMITTEE_MANAGEMENT: คณะกรรมการบริหารศูนย์ฯ
 * @THANRAK_COMMITTEE_ADVISORY: คณะกรรมการที่ปรึกษา
 *
 * Which committee a member sits on.
 */
typedef enum
{
  THANRAK_COMMITTEE_MANAGEMENT,
  THANRAK_COMMITTEE_ADVISORY,
} ThanrakCommitteeKind;

/**
 * ThanrakCommitteeQuota:
 * @THANRAK_QUOTA_NONE: no quota recorded
 * @THANRAK_QUOTA_DISTRICT_CHIEF: the district chief or his delegate (§6.1 ๑)
 * @THANRAK_QUOTA_CD_OFFICER: the district CD officer (§6.1 ๒)
 * @THANRAK_QUOTA_AGENCY: a representative of agencies, organisations and
 *   local education institutions, 5 (§6.1 ๓)
 * @THANRAK_QUOTA_NETWORK: a representative of groups/networks that develop
 *   OTOP producers, 4 to 8 (§6.1 ๔)
 *
 * The seat a member fills on the management committee (seed 001 §6.1).
 */
typedef enum
{
  THANRAK_QUOTA_NONE,
  THANRAK_QUOTA_DISTRICT_CHIEF,
  THANRAK_QUOTA_CD_OFFICER,
  THANRAK_QUOTA_AGENCY,
  THANRAK_QUOTA_NETWORK,
} ThanrakCommitteeQuota;

/**
 * ThanrakCommitteePosition:
 * @THANRAK_POSITION_MEMBER: กรรมการ
 * @THANRAK_POSITION_CHAIR: ประธาน
 * @THANRAK_POSITION_SECRETARY: เลขานุการ
 * @THANRAK_POSITION_ASSISTANT_SECRETARY: ผู้ช่วยเลขานุการ
 * @THANRAK_POSITION_TREASURER: เหรัญญิก
 * @THANRAK_POSITION_PUBLIC_RELATIONS: ประชาสัมพันธ์
 * @THANRAK_POSITION_ACADEMIC: ฝ่ายวิชาการและข้อมูล
 * @THANRAK_POSITION_PRODUCTION: ฝ่ายส่งเสริมการผลิต
 * @THANRAK_POSITION_QUALITY: ฝ่ายส่งเสริมการพัฒนาคุณภาพและมาตรฐานผลิตภัณฑ์
 * @THANRAK_POSITION_FUNDING: ฝ่ายประสานแหล่งทุน
 * @THANRAK_POSITION_MARKETING: ฝ่ายส่งเสริมการตลาด
 *
 * A position on the committee (seed 001 §6.2; domain.md §3).
 */
typedef enum
{
  THANRAK_POSITION_MEMBER,
  THANRAK_POSITION_CHAIR,
  THANRAK_POSITION_SECRETARY,
  THANRAK_POSITION_ASSISTANT_SECRETARY,
  THANRAK_POSITION_TREASURER,
  THANRAK_POSITION_PUBLIC_RELATIONS,
  THANRAK_POSITION_ACADEMIC,
  THANRAK_POSITION_PRODUCTION,
  THANRAK_POSITION_QUALITY,
  THANRAK_POSITION_FUNDING,
  THANRAK_POSITION_MARKETING,
} ThanrakCommitteePosition;

/**
 * ThanrakCommitteeCheck:
 * @THANRAK_COMMITTEE_TOO_FEW: fewer than 11 management committee members
 * @THANRAK_COMMITTEE_TOO_MANY: more than 15 management committee members
 * @THANRAK_COMMITTEE_NO_CHAIR: no chair
 * @THANRAK_COMMITTEE_NO_SECRETARY: no secretary
 * @THANRAK_COMMITTEE_TWO_CHAIRS: more than one chair
 * @THANRAK_COMMITTEE_AGENCY_QUOTA: not 5 agency/education representatives
 * @THANRAK_COMMITTEE_NETWORK_QUOTA: not 4 to 8 group/network representatives
 * @THANRAK_COMMITTEE_TERM_ENDED: a member's term has ended
 * @THANRAK_COMMITTEE_NO_MEETING: a quarter of the fiscal year without a meeting
 * @THANRAK_COMMITTEE_NO_ACTIVITY: a month of the fiscal year without a
 *   concrete activity
 *
 * Findings of thanrak_committee_check() (#ThanrakFinding codes).
 */
typedef enum
{
  THANRAK_COMMITTEE_TOO_FEW = 100,
  THANRAK_COMMITTEE_TOO_MANY,
  THANRAK_COMMITTEE_NO_CHAIR,
  THANRAK_COMMITTEE_NO_SECRETARY,
  THANRAK_COMMITTEE_TWO_CHAIRS,
  THANRAK_COMMITTEE_AGENCY_QUOTA,
  THANRAK_COMMITTEE_NETWORK_QUOTA,
  THANRAK_COMMITTEE_TERM_ENDED,
  THANRAK_COMMITTEE_NO_MEETING,
  THANRAK_COMMITTEE_NO_ACTIVITY,
} ThanrakCommitteeCheck;

/**
 * ThanrakCommitteeMember:
 * @name: (nullable): title and name, for messages
 * @position: the position held
 * @quota: the seat filled
 * @committee: management or advisory
 * @term_end: the last day of the term; an invalid (cleared) #GDate when
 *   the term has no end recorded
 *
 * A plain committee member, as the model layer hands it to the checks.
 */
typedef struct
{
  const char               *name;
  ThanrakCommitteePosition  position;
  ThanrakCommitteeQuota     quota;
  ThanrakCommitteeKind      committee;
  GDate                     term_end;
} ThanrakCommitteeMember;

const char *thanrak_committee_position_label     (ThanrakCommitteePosition  position);
gboolean    thanrak_committee_position_from_label (const char               *label,
                                                   ThanrakCommitteePosition *position);

GPtrArray  *thanrak_committee_check              (const ThanrakCommitteeMember *members,
                                                  guint                         n_members,
                                                  guint                         fiscal_year,
                                                  const GDate                  *meetings,
                                                  guint                         n_meetings,
                                                  const GDate                  *activities,
                                                  guint                         n_activities,
                                                  const GDate                  *today);

G_END_DECLS
