/* thanrak-record-list-model.h: a lazy list of stored records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "thanrak-store.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_RECORD_LIST_MODEL (thanrak_record_list_model_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakRecordListModel, thanrak_record_list_model, THANRAK, RECORD_LIST_MODEL, GObject)

/**
 * THANRAK_RECORD_LIST_PAGE_SIZE:
 *
 * Rows read from the store at a time.
 */
#define THANRAK_RECORD_LIST_PAGE_SIZE 100

ThanrakRecordListModel *thanrak_record_list_model_new               (ThanrakStore           *store,
                                                                     GType                   record_type);
ThanrakStore           *thanrak_record_list_model_get_store         (ThanrakRecordListModel *self);
GType                   thanrak_record_list_model_get_record_type   (ThanrakRecordListModel *self);
void                    thanrak_record_list_model_set_sort          (ThanrakRecordListModel *self,
                                                                     const char             *order_by,
                                                                     gboolean                descending);
const char             *thanrak_record_list_model_get_order_by      (ThanrakRecordListModel *self);
gboolean                thanrak_record_list_model_get_descending    (ThanrakRecordListModel *self);
void                    thanrak_record_list_model_set_text          (ThanrakRecordListModel *self,
                                                                     const char             *text);
const char             *thanrak_record_list_model_get_text          (ThanrakRecordListModel *self);
void                    thanrak_record_list_model_set_district_code (ThanrakRecordListModel *self,
                                                                     const char             *district_code);
const char             *thanrak_record_list_model_get_district_code (ThanrakRecordListModel *self);
void                    thanrak_record_list_model_set_parent        (ThanrakRecordListModel *self,
                                                                     const char             *parent_field,
                                                                     gint64                  parent_id);
void                    thanrak_record_list_model_refresh           (ThanrakRecordListModel *self);
gboolean                thanrak_record_list_model_get_loading       (ThanrakRecordListModel *self);
const GError           *thanrak_record_list_model_get_error         (ThanrakRecordListModel *self);
guint                   thanrak_record_list_model_get_page_loads    (ThanrakRecordListModel *self);
gboolean                thanrak_record_list_model_is_page_cached    (ThanrakRecordListModel *self,
                                                                     guint                   page);

G_END_DECLS
