/* thanrak-overview-page.h: the province at a glance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "thanrak-store.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_OVERVIEW_PAGE (thanrak_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakOverviewPage, thanrak_overview_page, THANRAK, OVERVIEW_PAGE, GtkWidget)

ThanrakStore *thanrak_overview_page_get_store (ThanrakOverviewPage *self);
void          thanrak_overview_page_set_store (ThanrakOverviewPage *self,
                                               ThanrakStore        *store);

G_END_DECLS
