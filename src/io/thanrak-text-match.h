/* thanrak-text-match.h: normalising Thai text for matching, and near misses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char  *thanrak_text_normalize      (const char         *text);
guint  thanrak_text_edit_distance  (const char         *a,
                                    const char         *b);
gint   thanrak_text_find_near      (const char         *query,
                                    const char * const *candidates,
                                    guint               max_distance,
                                    guint              *out_distance,
                                    guint              *out_n_close);

G_END_DECLS
