/* thanrak-events-page.h: the events page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "thanrak-record-page.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_EVENTS_PAGE (thanrak_events_page_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakEventsPage, thanrak_events_page, THANRAK, EVENTS_PAGE, GtkWidget)

ThanrakRecordPage *thanrak_events_page_get_record_page (ThanrakEventsPage *self);

G_END_DECLS
