/* thanrak-xlsx-reader-private.h: the XML part parsers, for the fuzz target
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-xlsx-reader.h"

G_BEGIN_DECLS

typedef enum
{
  _THANRAK_XLSX_PART_RELS,
  _THANRAK_XLSX_PART_WORKBOOK,
  _THANRAK_XLSX_PART_SHARED_STRINGS,
  _THANRAK_XLSX_PART_SHEET,
} ThanrakXlsxPart;

gboolean _thanrak_xlsx_parse_part (ThanrakXlsxPart   part,
                                   const guint8     *data,
                                   gsize             len,
                                   GError          **error);

G_END_DECLS
