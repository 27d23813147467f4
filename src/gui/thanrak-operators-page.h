/* thanrak-operators-page.h: the OTOP operators page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "thanrak-record-page.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_OPERATORS_PAGE (thanrak_operators_page_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakOperatorsPage, thanrak_operators_page, THANRAK, OPERATORS_PAGE, GtkWidget)

ThanrakRecordPage *thanrak_operators_page_get_record_page (ThanrakOperatorsPage *self);

G_END_DECLS
