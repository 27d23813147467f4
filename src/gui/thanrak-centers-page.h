/* thanrak-centers-page.h: centers, their assessment, meetings, services and surveys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "thanrak-store.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_CENTERS_PAGE (thanrak_centers_page_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakCentersPage, thanrak_centers_page, THANRAK, CENTERS_PAGE, GtkWidget)

ThanrakStore *thanrak_centers_page_get_store       (ThanrakCentersPage *self);
void          thanrak_centers_page_set_store       (ThanrakCentersPage *self,
                                                    ThanrakStore       *store);
gboolean      thanrak_centers_page_select_center   (ThanrakCentersPage *self,
                                                    gint64              center_id);
int           thanrak_centers_page_get_total       (ThanrakCentersPage *self);
const char   *thanrak_centers_page_get_grade_text  (ThanrakCentersPage *self);

G_END_DECLS
