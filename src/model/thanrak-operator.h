/* thanrak-operator.h: an OTOP operator (ผู้ผลิต ผู้ประกอบการ OTOP)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-record.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_OPERATOR (thanrak_operator_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakOperator, thanrak_operator, THANRAK, OPERATOR, ThanrakRecord)

ThanrakOperator *thanrak_operator_new (void);
gboolean thanrak_operator_validate (ThanrakOperator *self,
                                    GError          **error);

G_END_DECLS
