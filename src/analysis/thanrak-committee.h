/* thanrak-committee.h: checks of a center's committee (seed 001 §6)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "thanrak-checks.h"
#include "thanrak-model-enums.h"

G_BEGIN_DECLS

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
 * ThanrakCommitteeSeat:
 * @name: (nullable): title and name, for messages
 * @position: the position held
 * @quota: the seat filled
 * @committee: management or advisory
 * @term_end: the last day of the term; an invalid (cleared) #GDate when
 *   the term has no end recorded
 *
 * A plain committee member (one seat), as the model layer hands it to the
 * checks; named apart from the model's #ThanrakCommitteeMember record.
 */
typedef struct
{
  const char               *name;
  ThanrakCommitteePosition  position;
  ThanrakCommitteeQuota     quota;
  ThanrakCommitteeKind      committee;
  GDate                     term_end;
} ThanrakCommitteeSeat;

gboolean    thanrak_committee_position_from_label (const char               *label,
                                                   ThanrakCommitteePosition *position);

GPtrArray  *thanrak_committee_check              (const ThanrakCommitteeSeat *members,
                                                  guint                         n_members,
                                                  guint                         fiscal_year,
                                                  const GDate                  *meetings,
                                                  guint                         n_meetings,
                                                  const GDate                  *activities,
                                                  guint                         n_activities,
                                                  const GDate                  *today);

G_END_DECLS
