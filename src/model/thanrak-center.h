/* thanrak-center.h: a grassroots-economy promotion service center (ศูนย์บริการส่งเสริมเศรษฐกิจฐานราก)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-record.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_CENTER (thanrak_center_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakCenter, thanrak_center, THANRAK, CENTER, ThanrakRecord)

ThanrakCenter *thanrak_center_new (void);
gboolean thanrak_center_validate (ThanrakCenter *self,
                                  GError        **error);

G_END_DECLS
