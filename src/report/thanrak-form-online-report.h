/* thanrak-form-online-report.h: form 6, แบบรายงานผลการส่งเสริมผลิตภัณฑ์ OTOP ในตลาดออนไลน์
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-form.h"
#include "thanrak-store.h"
#include "thanrak-store-online-report.h"

G_BEGIN_DECLS

/**
 * ThanrakFormOnlineReportQuery:
 * @district_code: (nullable): only the products of this district (DOPA
 *   4-digit code)
 * @province_code: (nullable): only the products of this province (DOPA
 *   2-digit code); ignored when @district_code is set
 * @fiscal_year: the fiscal year (BE) of the sales, 0 for no sales column
 *   figures
 * @round: 1 for October to March, 2 for April to September (seed 004's
 *   รอบที่ ๒), 0 for the whole fiscal year
 *
 * Which products form 6 lists and which months its sales add up.
 */
typedef struct
{
  const char *district_code;
  const char *province_code;
  guint       fiscal_year;
  guint       round;
} ThanrakFormOnlineReportQuery;

ThanrakReportSheet *thanrak_form_online_report_new (ThanrakStore                       *store,
                                                    const ThanrakFormOnlineReportQuery *query,
                                                    const ThanrakFormOptions           *options,
                                                    GError                            **error);
void                thanrak_form_online_report_fill_row (ThanrakReportRow            *row,
                                                         guint64                      index,
                                                         const ThanrakStoreOnlineRow *product);

G_END_DECLS
