/* thanrak-district-figures.h: the totals of one district in one fiscal year (ข้อมูลรายอำเภอ)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-record.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_DISTRICT_FIGURES (thanrak_district_figures_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakDistrictFigures, thanrak_district_figures, THANRAK, DISTRICT_FIGURES, ThanrakRecord)

ThanrakDistrictFigures *thanrak_district_figures_new (void);
gboolean thanrak_district_figures_validate (ThanrakDistrictFigures *self,
                                            GError                 **error);

G_END_DECLS
