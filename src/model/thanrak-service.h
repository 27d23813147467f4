/* thanrak-service.h: a service or activity a center delivered (การให้บริการ)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-record.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_SERVICE (thanrak_service_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakService, thanrak_service, THANRAK, SERVICE, ThanrakRecord)

ThanrakService *thanrak_service_new (void);
gboolean thanrak_service_validate (ThanrakService *self,
                                   GError         **error);

G_END_DECLS
