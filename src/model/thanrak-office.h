/* thanrak-office.h: the office this database belongs to (สำนักงานพัฒนาชุมชน)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-record.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_OFFICE (thanrak_office_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakOffice, thanrak_office, THANRAK, OFFICE, ThanrakRecord)

ThanrakOffice *thanrak_office_new      (void);
gboolean       thanrak_office_validate (ThanrakOffice  *self,
                                        GError        **error);

G_END_DECLS
