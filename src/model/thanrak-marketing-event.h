/* thanrak-marketing-event.h: a marketing event that used no government budget (กิจกรรมส่งเสริมช่องทางการตลาดที่ไม่ใช้งบประมาณ)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-record.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_MARKETING_EVENT (thanrak_marketing_event_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakMarketingEvent, thanrak_marketing_event, THANRAK, MARKETING_EVENT, ThanrakRecord)

ThanrakMarketingEvent *thanrak_marketing_event_new (void);
gboolean thanrak_marketing_event_validate (ThanrakMarketingEvent *self,
                                           GError                **error);

G_END_DECLS
