/* thanrak-xlsx-reader.h: reading sheets of xlsx workbooks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "thanrak-table.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_XLSX_READER (thanrak_xlsx_reader_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakXlsxReader, thanrak_xlsx_reader, THANRAK, XLSX_READER, GObject)

ThanrakXlsxReader  *thanrak_xlsx_reader_new_for_bytes    (GBytes             *bytes,
                                                         GError            **error);
ThanrakXlsxReader  *thanrak_xlsx_reader_new_for_file     (GFile              *file,
                                                         GCancellable       *cancellable,
                                                         GError            **error);
const char * const *thanrak_xlsx_reader_get_sheet_names  (ThanrakXlsxReader  *self);
ThanrakTable       *thanrak_xlsx_reader_read_sheet       (ThanrakXlsxReader  *self,
                                                         const char         *sheet_name,
                                                         GError            **error);

G_END_DECLS
