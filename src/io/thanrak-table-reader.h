/* thanrak-table-reader.h: reading a CSV or xlsx file, whichever it is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "thanrak-table.h"

G_BEGIN_DECLS

ThanrakTable *thanrak_table_read_bytes (GBytes        *bytes,
                                        const char    *name,
                                        const char    *sheet_name,
                                        GError       **error);
ThanrakTable *thanrak_table_read_file  (GFile         *file,
                                        const char    *sheet_name,
                                        GCancellable  *cancellable,
                                        GError       **error);

G_END_DECLS
