/* thanrak-store-online-report.h: the rows of form 6, read in one stream
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-store.h"

G_BEGIN_DECLS

/**
 * ThanrakStoreOnlineRow:
 * @operator_id: the operator's record id
 * @operator_code: (nullable): รหัสผู้ประกอบการ
 * @operator_name: (nullable): the operator's name
 * @operator_type: its #ThanrakOperatorType
 * @house_number: (nullable): เลขที่
 * @village_number: หมู่ที่, 0 when unknown
 * @subdistrict_name: (nullable): ตำบล (Thai name), %NULL when unknown
 * @district_name: (nullable): อำเภอ
 * @province_name: (nullable): จังหวัด (of the district's code)
 * @phone: (nullable): the operator's phone
 * @trained_online: the operator was trained for online markets
 * @sells_online: the operator already sells online
 * @product_id: the product's record id
 * @product_name: (nullable): the product's name
 * @category: its #ThanrakProductCategory
 * @has_standard: the product holds at least one standard
 * @star_rating: its star rating, 0 for none
 * @online_developed: the product went through online-market development
 * @facebook: (nullable): its Facebook identifiers in record order, joined
 *   by `, `; %NULL for none
 * @line: (nullable): its LINE identifiers, the same way
 * @website: (nullable): its website identifiers, the same way
 * @first_of_operator: this is the first row of its operator
 * @has_sales: the operator has monthly sales records in the period
 * @sales_satang: the operator's online sales in the period, satang
 *
 * One row of form 6 (seed 004, ส่วนที่ ๑): a product with its operator,
 * the operator's address, its channels and the operator's sales. Strings
 * belong to the reader and stay valid until its next row.
 */
typedef struct
{
  gint64      operator_id;
  const char *operator_code;
  const char *operator_name;
  int         operator_type;
  const char *house_number;
  gint64      village_number;
  const char *subdistrict_name;
  const char *district_name;
  const char *province_name;
  const char *phone;
  gboolean    trained_online;
  gboolean    sells_online;

  gint64      product_id;
  const char *product_name;
  int         category;
  gboolean    has_standard;
  gint64      star_rating;
  gboolean    online_developed;
  const char *facebook;
  const char *line;
  const char *website;

  gboolean    first_of_operator;
  gboolean    has_sales;
  gint64      sales_satang;
} ThanrakStoreOnlineRow;

typedef struct _ThanrakStoreOnlineReader ThanrakStoreOnlineReader;

ThanrakStoreOnlineReader *thanrak_store_online_reader_new  (ThanrakStore              *store,
                                                            const char * const        *district_codes,
                                                            guint                      fiscal_year,
                                                            guint                      round,
                                                            GError                   **error);
gboolean                  thanrak_store_online_reader_next (ThanrakStoreOnlineReader  *self,
                                                            ThanrakStoreOnlineRow     *row,
                                                            GError                   **error);
void                      thanrak_store_online_reader_free (ThanrakStoreOnlineReader  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ThanrakStoreOnlineReader, thanrak_store_online_reader_free)

G_END_DECLS
