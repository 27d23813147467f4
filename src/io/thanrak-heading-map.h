/* thanrak-heading-map.h: finding the heading row and its columns
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "thanrak-table.h"

G_BEGIN_DECLS

/**
 * ThanrakHeadingSpec:
 * @field: the field's key, e.g. `district_code`
 * @aliases: (array zero-terminated=1): the headings accepted for the
 *   field, Thai and English, e.g. `{ "รหัสอำเภอ", "district code", NULL }`
 * @required: whether a file without this column is refused
 * @prefix: whether a heading that starts with an alias, followed by a
 *   space or the end, also matches (for headings with a period appended,
 *   e.g. `จำนวนผลิตภัณฑ์ OTOP ปี 2557 - 2563`)
 *
 * One column a kind of record can take. Headings are compared normalised
 * (thanrak_text_normalize()): case, spacing, zero-width characters and
 * typing-order differences do not matter, and a heading ending in one or
 * more parenthesised notes (`(บาท)`, `(1 ต.ค. 63 - 30 ก.ย. 64)`) also
 * matches without them.
 */
typedef struct
{
  const char         *field;
  const char * const *aliases;
  gboolean            required;
  gboolean            prefix;
} ThanrakHeadingSpec;

/**
 * THANRAK_HEADING_SEARCH_ROWS:
 *
 * How many rows from the top are searched for the heading row: 30
 * (official forms put a few title lines above it).
 */
#define THANRAK_HEADING_SEARCH_ROWS 30u

#define THANRAK_TYPE_HEADING_MAP (thanrak_heading_map_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakHeadingMap, thanrak_heading_map, THANRAK, HEADING_MAP, GObject)

ThanrakHeadingMap  *thanrak_heading_map_find                (ThanrakTable             *table,
                                                            const ThanrakHeadingSpec *specs,
                                                            gsize                     n_specs,
                                                            guint                     min_known,
                                                            GError                  **error);
guint               thanrak_heading_map_get_row             (ThanrakHeadingMap        *self);
gint                thanrak_heading_map_get_column          (ThanrakHeadingMap        *self,
                                                            const char               *field);
const guint        *thanrak_heading_map_get_unknown_columns (ThanrakHeadingMap        *self,
                                                            guint                    *n_columns);
const char * const *thanrak_heading_map_get_missing_fields  (ThanrakHeadingMap        *self);
gboolean            thanrak_heading_map_check               (ThanrakHeadingMap        *self,
                                                            GError                  **error);

G_END_DECLS
