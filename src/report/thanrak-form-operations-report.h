/* thanrak-form-operations-report.h: form 3, แบบรายงานผลการดำเนินงานศูนย์บริการส่งเสริมเศรษฐกิจฐานราก
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-form.h"
#include "thanrak-store.h"

G_BEGIN_DECLS

ThanrakReportSheet *thanrak_form_operations_report_new (ThanrakStore             *store,
                                                        gint64                    center_id,
                                                        guint                     fiscal_year,
                                                        const ThanrakFormOptions *options,
                                                        GError                  **error);

G_END_DECLS
