/* thanrak-online-channel.h: an online channel of a product (ช่องทางออนไลน์)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-record.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_ONLINE_CHANNEL (thanrak_online_channel_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakOnlineChannel, thanrak_online_channel, THANRAK, ONLINE_CHANNEL, ThanrakRecord)

ThanrakOnlineChannel *thanrak_online_channel_new (void);
gboolean thanrak_online_channel_validate (ThanrakOnlineChannel *self,
                                          GError               **error);

G_END_DECLS
