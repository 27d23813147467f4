/* thanrak-table-private.h: building a ThanrakTable (readers only)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-table.h"

G_BEGIN_DECLS

ThanrakTable *_thanrak_table_new          (ThanrakTableFormat   format,
                                           ThanrakTextEncoding  encoding,
                                           const char          *sheet_name);
gboolean      _thanrak_table_ensure_rows  (ThanrakTable        *self,
                                           guint                n_rows,
                                           GError             **error);
gboolean      _thanrak_table_set_cell     (ThanrakTable        *self,
                                           guint                row,
                                           guint                column,
                                           ThanrakCellKind      kind,
                                           const char          *text,
                                           gsize                len,
                                           double               number,
                                           GError             **error);
gboolean      _thanrak_table_set_shared_cell (ThanrakTable    *self,
                                              guint            row,
                                              guint            column,
                                              ThanrakCellKind  kind,
                                              const char      *text,
                                              gsize            len,
                                              GError         **error);
void          _thanrak_table_hold         (ThanrakTable        *self,
                                           gpointer             data,
                                           GDestroyNotify       release);
void          _thanrak_table_set_prevalidated (ThanrakTable    *self,
                                               gboolean         prevalidated);
void          _thanrak_table_finish       (ThanrakTable        *self);
ThanrakCellKind _thanrak_classify_text    (const char          *text,
                                           gsize                len,
                                           double              *number);
gboolean      _thanrak_is_error_value     (const char          *text,
                                           gsize                len);

G_END_DECLS
