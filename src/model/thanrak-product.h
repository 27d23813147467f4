/* thanrak-product.h: an OTOP product (ผลิตภัณฑ์ OTOP)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-model-enums.h"
#include "thanrak-record.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_PRODUCT (thanrak_product_get_type ())

/**
 * ThanrakProductStandard:
 * @standard: which standard
 * @year: the Buddhist Era year it was granted, 0 when unknown
 * @reference: (nullable): the certificate or licence number
 *
 * One standard (มาตรฐาน) a product holds.
 */
typedef struct
{
  ThanrakStandard  standard;
  int              year;
  char            *reference;
} ThanrakProductStandard;

#define THANRAK_TYPE_PRODUCT_STANDARD (thanrak_product_standard_get_type ())

GType                   thanrak_product_standard_get_type (void) G_GNUC_CONST;
ThanrakProductStandard *thanrak_product_standard_new      (ThanrakStandard               standard,
                                                           int                           year,
                                                           const char                   *reference);
ThanrakProductStandard *thanrak_product_standard_copy     (const ThanrakProductStandard *standard);
void                    thanrak_product_standard_free     (ThanrakProductStandard       *standard);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ThanrakProductStandard, thanrak_product_standard_free)

G_DECLARE_FINAL_TYPE (ThanrakProduct, thanrak_product, THANRAK, PRODUCT, ThanrakRecord)

ThanrakProduct *thanrak_product_new (void);
gboolean thanrak_product_validate (ThanrakProduct *self,
                                   GError         **error);
GPtrArray *thanrak_product_get_standards   (ThanrakProduct  *self);
void       thanrak_product_add_standard    (ThanrakProduct  *self,
                                            ThanrakStandard  standard,
                                            int              year,
                                            const char      *reference);
void       thanrak_product_clear_standards (ThanrakProduct  *self);

G_END_DECLS
