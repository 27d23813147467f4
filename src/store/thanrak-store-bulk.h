/* thanrak-store-bulk.h: writing many records in one transaction, fast
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-store.h"

G_BEGIN_DECLS

/**
 * ThanrakStoreBulk:
 *
 * A bulk write session on a #ThanrakStore: one transaction in which many
 * records are saved one by one (an import), then committed or rolled back
 * as a whole. See thanrak_store_bulk_begin().
 */
typedef struct _ThanrakStoreBulk ThanrakStoreBulk;

ThanrakStoreBulk *thanrak_store_bulk_begin       (ThanrakStore      *store,
                                                  GError           **error);
gboolean          thanrak_store_bulk_save        (ThanrakStoreBulk  *bulk,
                                                  ThanrakRecord     *record,
                                                  GError           **error);
gboolean          thanrak_store_bulk_commit      (ThanrakStoreBulk  *bulk,
                                                  GError           **error);
void              thanrak_store_bulk_rollback    (ThanrakStoreBulk  *bulk);
void              thanrak_store_bulk_free        (ThanrakStoreBulk  *bulk);
guint             thanrak_store_bulk_get_n_inserted (ThanrakStoreBulk *bulk);
guint             thanrak_store_bulk_get_n_updated  (ThanrakStoreBulk *bulk);

gboolean          thanrak_store_save_many        (ThanrakStore      *store,
                                                  GPtrArray         *records,
                                                  GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ThanrakStoreBulk, thanrak_store_bulk_free)

G_END_DECLS
