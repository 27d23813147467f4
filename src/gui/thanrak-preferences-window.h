/* thanrak-preferences-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define THANRAK_TYPE_PREFERENCES_WINDOW (thanrak_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakPreferencesWindow, thanrak_preferences_window, THANRAK, PREFERENCES_WINDOW, AdwPreferencesWindow)

ThanrakPreferencesWindow *thanrak_preferences_window_new (GSettings *settings);

G_END_DECLS
