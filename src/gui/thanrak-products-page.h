/* thanrak-products-page.h: the products page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "thanrak-record-page.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_PRODUCTS_PAGE (thanrak_products_page_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakProductsPage, thanrak_products_page, THANRAK, PRODUCTS_PAGE, GtkWidget)

ThanrakRecordPage *thanrak_products_page_get_record_page (ThanrakProductsPage *self);

G_END_DECLS
