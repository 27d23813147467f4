/* thanrak-form-online-report.h: form 6, แบบรายงานผลการส่งเสริมผลิตภัณฑ์ OTOP ในตลาดออนไลน์
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-form.h"
#include "thanrak-store.h"

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

/**
 * THANRAK_FORM_ONLINE_REPORT_PAGE:
 *
 * How many records form 6 fetches from the store at a time, per sorted
 * stream (products, operators, sales, channels). Each page is a fresh
 * query with an offset, so larger pages rescan less: at 200,000 products
 * 512 took 37 s, 4,096 took 14 s (8 MB), 16,384 took 12 s (20 MB) on the
 * 2-core test machine. Memory stays bounded by the page, not the list.
 */
#define THANRAK_FORM_ONLINE_REPORT_PAGE 16384

ThanrakReportSheet *thanrak_form_online_report_new (ThanrakStore                       *store,
                                                    const ThanrakFormOnlineReportQuery *query,
                                                    const ThanrakFormOptions           *options,
                                                    GError                            **error);

G_END_DECLS
