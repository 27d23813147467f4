/* thanrak-committees-page.h: the committees of a center and what they lack
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "thanrak-store.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_COMMITTEES_PAGE (thanrak_committees_page_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakCommitteesPage, thanrak_committees_page, THANRAK, COMMITTEES_PAGE, GtkWidget)

ThanrakStore *thanrak_committees_page_get_store     (ThanrakCommitteesPage *self);
void          thanrak_committees_page_set_store     (ThanrakCommitteesPage *self,
                                                     ThanrakStore          *store);
gboolean      thanrak_committees_page_select_center (ThanrakCommitteesPage *self,
                                                     gint64                 center_id);
void          thanrak_committees_page_set_today     (ThanrakCommitteesPage *self,
                                                     const GDate           *today);
guint         thanrak_committees_page_get_n_findings (ThanrakCommitteesPage *self);

G_END_DECLS
