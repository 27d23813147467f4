/* thanrak-record-page.h: a list of records beside their editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "thanrak-form.h"
#include "thanrak-list-view.h"
#include "thanrak-store.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_RECORD_PAGE (thanrak_record_page_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakRecordPage, thanrak_record_page, THANRAK, RECORD_PAGE, GtkWidget)

ThanrakListView *thanrak_record_page_get_list_view (ThanrakRecordPage *self);
void             thanrak_record_page_set_editor    (ThanrakRecordPage *self,
                                                    const char        *name,
                                                    GtkWidget         *editor,
                                                    ThanrakForm       *form,
                                                    GType              record_type,
                                                    const char        *new_title);
ThanrakForm     *thanrak_record_page_get_form      (ThanrakRecordPage *self);
ThanrakStore    *thanrak_record_page_get_store     (ThanrakRecordPage *self);
void             thanrak_record_page_set_store     (ThanrakRecordPage *self,
                                                    ThanrakStore      *store);
void             thanrak_record_page_open          (ThanrakRecordPage *self,
                                                    ThanrakRecord     *record);
void             thanrak_record_page_toast         (ThanrakRecordPage *self,
                                                    const char        *message);

G_END_DECLS
