/* thanrak-meeting.h: a meeting of a center committee (การประชุม)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-record.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_MEETING (thanrak_meeting_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakMeeting, thanrak_meeting, THANRAK, MEETING, ThanrakRecord)

ThanrakMeeting *thanrak_meeting_new (void);
gboolean thanrak_meeting_validate (ThanrakMeeting *self,
                                   GError         **error);

G_END_DECLS
