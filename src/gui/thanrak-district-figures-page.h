/* thanrak-district-figures-page.h: per-district totals of a fiscal year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "thanrak-store.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_DISTRICT_FIGURES_PAGE (thanrak_district_figures_page_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakDistrictFiguresPage, thanrak_district_figures_page, THANRAK, DISTRICT_FIGURES_PAGE, GtkWidget)

ThanrakStore *thanrak_district_figures_page_get_store      (ThanrakDistrictFiguresPage *self);
void          thanrak_district_figures_page_set_store      (ThanrakDistrictFiguresPage *self,
                                                            ThanrakStore               *store);
void          thanrak_district_figures_page_show           (ThanrakDistrictFiguresPage *self,
                                                            const char                 *province_code,
                                                            guint                       fiscal_year);
const char   *thanrak_district_figures_page_get_warnings   (ThanrakDistrictFiguresPage *self);

G_END_DECLS
