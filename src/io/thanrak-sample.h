/* thanrak-sample.h: the sample data of the first-run screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-store.h"

G_BEGIN_DECLS

/**
 * THANRAK_SAMPLE_CENTER_NAME:
 *
 * The name of the made-up center of the sample data.
 */
#define THANRAK_SAMPLE_CENTER_NAME "ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอเมืองสระแก้ว (ตัวอย่าง)"

gboolean thanrak_sample_load (ThanrakStore  *store,
                              const GDate   *today,
                              GCancellable  *cancellable,
                              GError       **error);

G_END_DECLS
