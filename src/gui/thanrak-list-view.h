/* thanrak-list-view.h: a searchable, sortable list of stored records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "thanrak-record.h"
#include "thanrak-store.h"

G_BEGIN_DECLS

/**
 * ThanrakColumnFormat:
 * @THANRAK_COLUMN_TEXT: the string field as it is
 * @THANRAK_COLUMN_NUMBER: an integer field, empty when 0
 * @THANRAK_COLUMN_ENUM: an enum field, by its Thai label
 * @THANRAK_COLUMN_DISTRICT: a district code, by the district's Thai name
 * @THANRAK_COLUMN_BAHT: an amount in satang, shown in baht
 * @THANRAK_COLUMN_DATE_BE: a `YYYY-MM-DD` date, shown as D/M/YYYY in BE
 *
 * How a column shows its field.
 */
typedef enum
{
  THANRAK_COLUMN_TEXT,
  THANRAK_COLUMN_NUMBER,
  THANRAK_COLUMN_ENUM,
  THANRAK_COLUMN_DISTRICT,
  THANRAK_COLUMN_BAHT,
  THANRAK_COLUMN_DATE_BE,
} ThanrakColumnFormat;

#define THANRAK_TYPE_LIST_VIEW (thanrak_list_view_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakListView, thanrak_list_view, THANRAK, LIST_VIEW, GtkWidget)

void           thanrak_list_view_add_column    (ThanrakListView     *self,
                                                const char          *title,
                                                const char          *field,
                                                ThanrakColumnFormat  format,
                                                int                  width_chars,
                                                gboolean             expand);
void           thanrak_list_view_add_tool      (ThanrakListView     *self,
                                                GtkWidget           *tool);
void           thanrak_list_view_set_store     (ThanrakListView     *self,
                                                ThanrakStore        *store,
                                                GType                record_type);
GListModel    *thanrak_list_view_get_model     (ThanrakListView     *self);
ThanrakRecord *thanrak_list_view_get_selected  (ThanrakListView     *self);
void           thanrak_list_view_unselect      (ThanrakListView     *self);
void           thanrak_list_view_refresh       (ThanrakListView     *self);
void           thanrak_list_view_focus_search  (ThanrakListView     *self);
void           thanrak_list_view_set_search    (ThanrakListView     *self,
                                                const char          *text);
void           thanrak_list_view_sort_by       (ThanrakListView     *self,
                                                const char          *field,
                                                gboolean             descending);
const char    *thanrak_list_view_get_district_code (ThanrakListView *self);
const char    *thanrak_list_view_district_name (ThanrakListView     *self,
                                                const char          *code);

G_END_DECLS
