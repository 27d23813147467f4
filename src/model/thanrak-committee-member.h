/* thanrak-committee-member.h: a member of a center committee (กรรมการ)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-record.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_COMMITTEE_MEMBER (thanrak_committee_member_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakCommitteeMember, thanrak_committee_member, THANRAK, COMMITTEE_MEMBER, ThanrakRecord)

ThanrakCommitteeMember *thanrak_committee_member_new (void);
gboolean thanrak_committee_member_validate (ThanrakCommitteeMember *self,
                                            GError                 **error);

G_END_DECLS
