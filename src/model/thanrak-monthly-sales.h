/* thanrak-monthly-sales.h: the sales of an operator in one month (ยอดจำหน่าย)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-record.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_MONTHLY_SALES (thanrak_monthly_sales_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakMonthlySales, thanrak_monthly_sales, THANRAK, MONTHLY_SALES, ThanrakRecord)

ThanrakMonthlySales *thanrak_monthly_sales_new (void);
gboolean thanrak_monthly_sales_validate (ThanrakMonthlySales *self,
                                         GError              **error);

G_END_DECLS
