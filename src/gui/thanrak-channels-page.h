/* thanrak-channels-page.h: the channels page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "thanrak-record-page.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_CHANNELS_PAGE (thanrak_channels_page_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakChannelsPage, thanrak_channels_page, THANRAK, CHANNELS_PAGE, GtkWidget)

ThanrakRecordPage *thanrak_channels_page_get_record_page (ThanrakChannelsPage *self);

G_END_DECLS
