/* thanrak-csv-reader.h: reading CSV files into a ThanrakTable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "thanrak-table.h"

G_BEGIN_DECLS

ThanrakTable *thanrak_csv_read_bytes (GBytes        *bytes,
                                      const char    *name,
                                      GError       **error);
ThanrakTable *thanrak_csv_read_file  (GFile         *file,
                                      GCancellable  *cancellable,
                                      GError       **error);

G_END_DECLS
