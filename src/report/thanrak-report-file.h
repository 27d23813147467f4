/* thanrak-report-file.h: writing a workbook safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "thanrak-report-error.h"
#include "thanrak-report-sheet.h"

G_BEGIN_DECLS

gboolean thanrak_report_write_file  (const char                 *path,
                                     ThanrakReportSheet * const *sheets,
                                     guint                       n_sheets,
                                     ThanrakReportWriteFlags     flags,
                                     GCancellable               *cancellable,
                                     ThanrakReportProgressFunc   progress,
                                     gpointer                    progress_data,
                                     GError                    **error);
gboolean thanrak_report_write_sheet (const char                 *path,
                                     ThanrakReportSheet         *sheet,
                                     ThanrakReportWriteFlags     flags,
                                     GCancellable               *cancellable,
                                     ThanrakReportProgressFunc   progress,
                                     gpointer                    progress_data,
                                     GError                    **error);

G_END_DECLS
