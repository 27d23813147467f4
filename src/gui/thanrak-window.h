/* thanrak-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "thanrak-application.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_WINDOW (thanrak_window_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakWindow, thanrak_window, THANRAK, WINDOW, AdwApplicationWindow)

ThanrakWindow *thanrak_window_new           (ThanrakApplication *application);
const char    *thanrak_window_get_page      (ThanrakWindow      *self);
GtkWidget     *thanrak_window_get_page_widget (ThanrakWindow    *self,
                                             const char       *page);
void           thanrak_window_set_page      (ThanrakWindow      *self,
                                             const char         *page);

G_END_DECLS
