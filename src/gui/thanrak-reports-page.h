/* thanrak-reports-page.h: the official forms, previewed and exported
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "thanrak-store.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_REPORTS_PAGE (thanrak_reports_page_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakReportsPage, thanrak_reports_page, THANRAK, REPORTS_PAGE, GtkWidget)

ThanrakStore *thanrak_reports_page_get_store (ThanrakReportsPage *self);
void          thanrak_reports_page_set_store (ThanrakReportsPage *self,
                                              ThanrakStore       *store);

G_END_DECLS
