/* thanrak-report-error.h: errors of the report writers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * THANRAK_REPORT_ERROR:
 *
 * The #GError domain of the xlsx report writers (src/report/).
 */
#define THANRAK_REPORT_ERROR (thanrak_report_error_quark ())

/**
 * ThanrakReportError:
 * @THANRAK_REPORT_ERROR_WRITE: the file could not be written: the folder
 *   cannot be written to, the disk is full, or libxlsxwriter failed
 *   (its lxw_error text is in the message)
 * @THANRAK_REPORT_ERROR_INVALID_TEXT: a text is not valid UTF-8 (the
 *   message names the row and column of the sheet) or is longer than a
 *   cell can hold
 * @THANRAK_REPORT_ERROR_INVALID_SHEET: the sheet description is
 *   inconsistent (a heading cell outside the table, overlapping heading
 *   cells, a row wider than the table): a programming error of a form
 * @THANRAK_REPORT_ERROR_CANCELLED: the export was cancelled through its
 *   #GCancellable
 * @THANRAK_REPORT_ERROR_NOT_FOUND: the records a form is made from are not
 *   in the store (no saved assessment for the year, no such center); the
 *   message says what to enter first
 *
 * Error codes of #THANRAK_REPORT_ERROR.
 */
typedef enum {
  THANRAK_REPORT_ERROR_WRITE,
  THANRAK_REPORT_ERROR_INVALID_TEXT,
  THANRAK_REPORT_ERROR_INVALID_SHEET,
  THANRAK_REPORT_ERROR_CANCELLED,
  THANRAK_REPORT_ERROR_NOT_FOUND,
} ThanrakReportError;

GQuark thanrak_report_error_quark (void);

G_END_DECLS
