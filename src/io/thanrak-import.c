/* thanrak-import.c: importing records from CSV and xlsx files, row by row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "thanrak-import.h"
#include "thanrak-heading-map.h"
#include "thanrak-io-error.h"
#include "thanrak-model.h"
#include "thanrak-record-private.h"
#include "thanrak-store-bulk.h"
#include "thanrak-table-reader.h"
#include "thanrak-text-match.h"
#include "thanrak-xlsx-reader.h"

/* How a cell becomes a field value. */
typedef enum
{
  CONV_IGNORE,          /* a known column that is not stored (ที่, ลำดับ) */
  CONV_TEXT,
  CONV_CODE,            /* digits: an operator code */
  CONV_INT,
  CONV_BAHT,            /* baht in the file, satang in the record */
  CONV_YEAR,            /* BE year; a CE year is read as BE and reported */
  CONV_DATE,            /* BE or CE date, or a spreadsheet date number */
  CONV_BOOL,            /* 1 / empty / ใช่ / ไม่ */
  CONV_MARK,            /* form 6: a mark, any text but a “no” (`4 ดาว`) */
  CONV_ENUM,            /* Thai label, alias or code */
  CONV_PROVINCE,        /* province name or code: context for places */
  CONV_DISTRICT_CODE,
  CONV_DISTRICT_NAME,
  CONV_SUBDISTRICT_CODE,
  CONV_SUBDISTRICT_NAME,
  CONV_OPERATOR_CODE,   /* an operator code standing for operator-id */
  CONV_PRODUCT_NAME,    /* with the operator code: product-id */
  CONV_CENTER_NAME,     /* center-id */
  CONV_CHANNEL,         /* form 6: the identifier on one platform */
  CONV_ADDRESS,         /* form 6: `10 หมู่ที่ 2 ต.… อ.… จ.… 08x-xxxxxxx` in one cell */
} Conv;

/* Which record of a form-6 row a field belongs to. */
typedef enum
{
  TARGET_MAIN,
  TARGET_OPERATOR,
  TARGET_PRODUCT,
} Target;

/* Ids a dry run gives the records it would write. */
#define PSEUDO_ID_BASE (G_GINT64_CONSTANT (1) << 52)

enum
{
  F_REQUIRED = 1 << 0,  /* the column must be in the file */
  F_BLANK_OK = 1 << 1,  /* a blank cell leaves the field unset */
  F_PREFIX   = 1 << 2,  /* a heading starting with an alias matches */
};

typedef struct
{
  const char   *key;
  const char   *property;
  Conv          conv;
  guint         flags;
  Target        target;
  GType       (*enum_type) (void);
  int           platform;
  const char   *aliases[10];
} ImportField;

typedef struct
{
  ThanrakImportKind   kind;
  const char         *name;
  const char         *title;
  GType             (*record_type) (void);
  const ImportField  *fields;
  guint               n_fields;
  const char         *dup_keys[4];
} ImportKindInfo;

#define BLANK F_BLANK_OK
#define REQ F_REQUIRED

/* Operators: our own forms' headings (form 6, domain.md §5.6) first. */
static const ImportField operator_fields[] = {
  { "index", NULL, CONV_IGNORE, BLANK, 0, NULL, 0, { "ที่", "ลำดับ", "ลำดับที่", "no.", NULL } },
  { "code", "code", CONV_CODE, REQ, 0, NULL, 0, { "รหัสผู้ประกอบการ", "รหัส", "operator code", "code", NULL } },
  { "name", "name", CONV_TEXT, REQ, 0, NULL, 0, { "ชื่อผู้ประกอบการ OTOP", "ชื่อผู้ประกอบการ", "ชื่อกลุ่ม", "operator name", "name", NULL } },
  { "operator-type", "operator-type", CONV_ENUM, REQ, 0, thanrak_operator_type_get_type, 0, { "ประเภทผู้ประกอบการ", "operator type", "type", NULL } },
  { "year-registered", "year-registered", CONV_YEAR, BLANK, 0, NULL, 0, { "ปีที่ลงทะเบียน", "ปีที่ขึ้นทะเบียน", "year registered", NULL } },
  { "house-number", "house-number", CONV_TEXT, BLANK, 0, NULL, 0, { "เลขที่", "บ้านเลขที่", "house number", NULL } },
  { "village-number", "village-number", CONV_INT, BLANK, 0, NULL, 0, { "หมู่ที่", "หมู่", "village number", "moo", NULL } },
  { "subdistrict", "subdistrict-code", CONV_SUBDISTRICT_NAME, BLANK, 0, NULL, 0, { "ตำบล", "subdistrict", "tambon", NULL } },
  { "subdistrict-code", "subdistrict-code", CONV_SUBDISTRICT_CODE, BLANK, 0, NULL, 0, { "รหัสตำบล", "subdistrict code", NULL } },
  { "district", "district-code", CONV_DISTRICT_NAME, BLANK, 0, NULL, 0, { "อำเภอ", "district", "amphoe", NULL } },
  { "district-code", "district-code", CONV_DISTRICT_CODE, BLANK, 0, NULL, 0, { "รหัสอำเภอ", "district code", NULL } },
  { "province", NULL, CONV_PROVINCE, BLANK, 0, NULL, 0, { "จังหวัด", "province", NULL } },
  { "phone", "phone", CONV_TEXT, BLANK, 0, NULL, 0, { "เบอร์โทรศัพท์", "โทรศัพท์", "เบอร์โทร", "phone", NULL } },
  { "trained-online", "trained-online", CONV_BOOL, BLANK, 0, NULL, 0, { "ผ่านการอบรมเกี่ยวกับตลาดออนไลน์", "trained online", NULL } },
  { "sells-online", "sells-online", CONV_BOOL, BLANK, 0, NULL, 0, { "ขายของออนไลน์อยู่แล้ว", "sells online", NULL } },
  { "target-group", "target-group", CONV_INT, BLANK, 0, NULL, 0, { "กลุ่มเป้าหมาย", "target group", NULL } },
};

static const ImportField product_fields[] = {
  { "index", NULL, CONV_IGNORE, BLANK, 0, NULL, 0, { "ที่", "ลำดับ", "ลำดับที่", "no.", NULL } },
  { "operator-code", "operator-id", CONV_OPERATOR_CODE, REQ, 0, NULL, 0, { "รหัสผู้ประกอบการ", "operator code", NULL } },
  { "name", "name", CONV_TEXT, REQ, 0, NULL, 0, { "ชื่อผลิตภัณฑ์ (โปรดระบุทุกผลิตภัณฑ์ของกลุ่ม)", "ชื่อผลิตภัณฑ์", "product name", "product", NULL } },
  { "category", "category", CONV_ENUM, REQ, 0, thanrak_product_category_get_type, 0, { "ประเภทผลิตภัณฑ์", "category", NULL } },
  { "year-registered", "year-registered", CONV_YEAR, BLANK, 0, NULL, 0, { "ปีที่ลงทะเบียน", "ปีที่ขึ้นทะเบียน", "year registered", NULL } },
  { "star-rating", "star-rating", CONV_INT, BLANK, 0, NULL, 0, { "ระดับดาว", "ดาว", "star rating", "stars", NULL } },
  { "star-year", "star-year", CONV_YEAR, BLANK, 0, NULL, 0, { "ปีที่คัดสรร", "ปีที่ได้รับดาว", "star year", NULL } },
  { "online-developed", "online-developed", CONV_BOOL, BLANK, 0, NULL, 0, { "ผ่านการพัฒนาเกี่ยวกับออนไลน์", "online developed", NULL } },
  { "local-identity", "local-identity", CONV_BOOL, BLANK, 0, NULL, 0, { "อัตลักษณ์ของท้องถิ่น", "local identity", NULL } },
  { "gi-product", "gi-product", CONV_BOOL, BLANK, 0, NULL, 0, { "สินค้า GI", "GI", "GI product", NULL } },
  { "key-provincial", "key-provincial", CONV_BOOL, BLANK, 0, NULL, 0, { "ผลิตภัณฑ์สำคัญของจังหวัด", "key provincial product", NULL } },
};

static const ImportField channel_fields[] = {
  { "index", NULL, CONV_IGNORE, BLANK, 0, NULL, 0, { "ที่", "ลำดับ", "no.", NULL } },
  { "operator-code", NULL, CONV_CODE, REQ, 0, NULL, 0, { "รหัสผู้ประกอบการ", "operator code", NULL } },
  { "product", "product-id", CONV_PRODUCT_NAME, REQ, 0, NULL, 0, { "ชื่อผลิตภัณฑ์ (โปรดระบุทุกผลิตภัณฑ์ของกลุ่ม)", "ชื่อผลิตภัณฑ์", "product name", "product", NULL } },
  { "platform", "platform", CONV_ENUM, REQ, 0, thanrak_platform_get_type, 0, { "ช่องทาง", "แพลตฟอร์ม", "platform", NULL } },
  { "identifier", "identifier", CONV_TEXT, REQ, 0, NULL, 0, { "ชื่อเพจ ไอดี หรือลิงก์", "ชื่อเพจ", "ลิงก์", "ID", "identifier", "link", NULL } },
  { "listed-on", "listed-on", CONV_DATE, BLANK, 0, NULL, 0, { "วันที่เริ่มขาย", "วันที่ขึ้นตลาดออนไลน์", "listed on", NULL } },
};

static const ImportField sales_fields[] = {
  { "index", NULL, CONV_IGNORE, BLANK, 0, NULL, 0, { "ที่", "ลำดับ", "no.", NULL } },
  { "operator-code", "operator-id", CONV_OPERATOR_CODE, REQ, 0, NULL, 0, { "รหัสผู้ประกอบการ", "operator code", NULL } },
  { "operator-name", NULL, CONV_IGNORE, BLANK, 0, NULL, 0, { "ชื่อผู้ประกอบการ OTOP", "ชื่อผู้ประกอบการ", "operator name", NULL } },
  { "year", "year", CONV_YEAR, REQ, 0, NULL, 0, { "ปี พ.ศ.", "ปี", "year", NULL } },
  { "month", "month", CONV_INT, REQ, 0, NULL, 0, { "เดือน", "month", NULL } },
  { "online-satang", "online-satang", CONV_BAHT, REQ, 0, NULL, 0, { "ยอดจำหน่ายออนไลน์", "ออนไลน์", "online sales", NULL } },
  { "offline-satang", "offline-satang", CONV_BAHT, REQ, 0, NULL, 0, { "ยอดจำหน่ายออฟไลน์", "ออฟไลน์", "offline sales", NULL } },
};

static const ImportField event_fields[] = {
  { "index", NULL, CONV_IGNORE, BLANK, 0, NULL, 0, { "ที่", "ลำดับ", "no.", NULL } },
  { "district", "district-code", CONV_DISTRICT_NAME, BLANK, 0, NULL, 0, { "อำเภอ", "district", NULL } },
  { "district-code", "district-code", CONV_DISTRICT_CODE, BLANK, 0, NULL, 0, { "รหัสอำเภอ", "district code", NULL } },
  { "province", NULL, CONV_PROVINCE, BLANK, 0, NULL, 0, { "จังหวัด", "province", NULL } },
  { "event-date", "event-date", CONV_DATE, REQ, 0, NULL, 0, { "วันที่จัดกิจกรรม", "วันที่", "date", NULL } },
  { "name", "name", CONV_TEXT, REQ, 0, NULL, 0, { "ชื่อกิจกรรม", "กิจกรรม", "event", "name", NULL } },
  { "place", "place", CONV_TEXT, BLANK, 0, NULL, 0, { "สถานที่", "place", NULL } },
  { "operators", "operators", CONV_INT, 0, 0, NULL, 0, { "จำนวนผู้ประกอบการที่เข้าร่วม", "ผู้ประกอบการที่เข้าร่วม", "operators", NULL } },
  { "sales-satang", "sales-satang", CONV_BAHT, 0, 0, NULL, 0, { "ยอดจำหน่าย", "sales", NULL } },
};

/* District figures: the headings of seeds 003 and 004 (with the period in
 * the heading: `จำนวนผลิตภัณฑ์ OTOP ปี 2557 - 2563`). */
static const ImportField figures_fields[] = {
  { "index", NULL, CONV_IGNORE, BLANK, 0, NULL, 0, { "ที่", "ลำดับ", "no.", NULL } },
  { "district-code", "district-code", CONV_DISTRICT_CODE, BLANK, 0, NULL, 0, { "รหัสอำเภอ", "district code", NULL } },
  { "district", "district-code", CONV_DISTRICT_NAME, BLANK, 0, NULL, 0, { "อำเภอ", "district", NULL } },
  { "province", NULL, CONV_PROVINCE, BLANK, 0, NULL, 0, { "จังหวัด", "province", NULL } },
  { "fiscal-year", "fiscal-year", CONV_YEAR, 0, 0, NULL, 0, { "ปีงบประมาณ", "fiscal year", NULL } },
  { "operators-registered", "operators-registered", CONV_INT, F_PREFIX, 0, NULL, 0, { "จำนวนผู้ประกอบการ", "จำนวนผู้ประกอบการทั้งหมด", "ผู้ประกอบการ", "operators registered", NULL } },
  { "products-registered", "products-registered", CONV_INT, F_PREFIX, 0, NULL, 0, { "จำนวนผลิตภัณฑ์ OTOP", "จำนวนผลิตภัณฑ์", "products registered", NULL } },
  { "sales-satang", "sales-satang", CONV_BAHT, F_PREFIX, 0, NULL, 0, { "ยอดจำหน่ายสินค้า OTOP", "ยอดจำหน่าย", "sales", NULL } },
  { "operators-promoted", "operators-promoted", CONV_INT, F_PREFIX, 0, NULL, 0, { "จำนวนผู้ผลิตผู้ประกอบการที่ส่งเสริมแล้ว", "จำนวนผู้ประกอบการที่ส่งเสริมแล้ว", "operators promoted", NULL } },
};

static const ImportField center_fields[] = {
  { "index", NULL, CONV_IGNORE, BLANK, 0, NULL, 0, { "ที่", "ลำดับ", "no.", NULL } },
  { "name", "name", CONV_TEXT, REQ, 0, NULL, 0, { "ชื่อศูนย์", "ศูนย์", "center name", "name", NULL } },
  { "district", "district-code", CONV_DISTRICT_NAME, BLANK, 0, NULL, 0, { "อำเภอ", "district", NULL } },
  { "district-code", "district-code", CONV_DISTRICT_CODE, BLANK, 0, NULL, 0, { "รหัสอำเภอ", "district code", NULL } },
  { "province", NULL, CONV_PROVINCE, BLANK, 0, NULL, 0, { "จังหวัด", "province", NULL } },
  { "subdistrict", "subdistrict-code", CONV_SUBDISTRICT_NAME, BLANK, 0, NULL, 0, { "ตำบลที่ตั้ง", "ตำบล", "subdistrict", NULL } },
  { "premises", "premises", CONV_TEXT, BLANK, 0, NULL, 0, { "สถานที่ตั้ง", "ที่ตั้ง", "premises", NULL } },
  { "phone", "phone", CONV_TEXT, BLANK, 0, NULL, 0, { "เบอร์โทรศัพท์", "โทรศัพท์", "phone", NULL } },
  { "opening-hours", "opening-hours", CONV_TEXT, BLANK, 0, NULL, 0, { "วันเวลาทำการ", "เวลาทำการ", "opening hours", NULL } },
};

static const ImportField member_fields[] = {
  { "index", NULL, CONV_IGNORE, BLANK, 0, NULL, 0, { "ที่", "ลำดับ", "no.", NULL } },
  { "center", "center-id", CONV_CENTER_NAME, REQ, 0, NULL, 0, { "ชื่อศูนย์", "ศูนย์", "center", NULL } },
  { "committee", "committee", CONV_ENUM, REQ, 0, thanrak_committee_kind_get_type, 0, { "คณะกรรมการ", "committee", NULL } },
  { "title", "title", CONV_TEXT, BLANK, 0, NULL, 0, { "คำนำหน้า", "คำนำหน้าชื่อ", "title", NULL } },
  { "name", "name", CONV_TEXT, REQ, 0, NULL, 0, { "ชื่อ - สกุล", "ชื่อ-สกุล", "ชื่อ สกุล", "ชื่อ", "name", NULL } },
  { "position", "position", CONV_ENUM, REQ, 0, thanrak_committee_position_get_type, 0, { "ตำแหน่ง", "position", NULL } },
  { "quota", "quota", CONV_ENUM, REQ, 0, thanrak_committee_quota_get_type, 0, { "ประเภทกรรมการ", "สัดส่วน", "quota", NULL } },
  { "organisation", "organisation", CONV_TEXT, BLANK, 0, NULL, 0, { "หน่วยงาน", "หน่วยงาน/องค์กร", "organisation", NULL } },
  { "phone", "phone", CONV_TEXT, BLANK, 0, NULL, 0, { "เบอร์โทรศัพท์", "โทรศัพท์", "phone", NULL } },
  { "term-start", "term-start", CONV_DATE, BLANK, 0, NULL, 0, { "วันเริ่มวาระ", "เริ่มวาระ", "term start", NULL } },
  { "term-end", "term-end", CONV_DATE, BLANK, 0, NULL, 0, { "วันสิ้นสุดวาระ", "สิ้นสุดวาระ", "term end", NULL } },
};

/* Form 6, seed 004 ส่วนที่ ๑: a heading row and a row of sub-headings
 * under ที่อยู่ and the two readiness groups. */
static const ImportField form6_fields[] = {
  { "index", NULL, CONV_IGNORE, BLANK, 0, NULL, 0, { "ที่", "ลำดับ", NULL } },
  { "code", "code", CONV_CODE, REQ, TARGET_OPERATOR, NULL, 0, { "รหัสผู้ประกอบการ", "operator code", NULL } },
  { "name", "name", CONV_TEXT, REQ, TARGET_OPERATOR, NULL, 0, { "ชื่อผู้ประกอบการ OTOP", "ชื่อผู้ประกอบการ", "operator name", NULL } },
  { "operator-type", "operator-type", CONV_ENUM, REQ, TARGET_OPERATOR, thanrak_operator_type_get_type, 0, { "ประเภทผู้ประกอบการ", "operator type", NULL } },
  { "product", "name", CONV_TEXT, REQ, TARGET_PRODUCT, NULL, 0, { "ชื่อผลิตภัณฑ์ (โปรดระบุทุกผลิตภัณฑ์ของกลุ่ม)", "ชื่อผลิตภัณฑ์", "product name", NULL } },
  { "category", "category", CONV_ENUM, REQ, TARGET_PRODUCT, thanrak_product_category_get_type, 0, { "ประเภทผลิตภัณฑ์", "category", NULL } },
  { "address", NULL, CONV_ADDRESS, BLANK, TARGET_OPERATOR, NULL, 0, { "ที่อยู่", "address", NULL } },
  { "house-number", "house-number", CONV_TEXT, BLANK, TARGET_OPERATOR, NULL, 0, { "เลขที่", "house number", NULL } },
  { "village-number", "village-number", CONV_INT, BLANK, TARGET_OPERATOR, NULL, 0, { "หมู่ที่", "village number", NULL } },
  { "subdistrict", "subdistrict-code", CONV_SUBDISTRICT_NAME, BLANK, TARGET_OPERATOR, NULL, 0, { "ตำบล", "subdistrict", NULL } },
  { "district", "district-code", CONV_DISTRICT_NAME, BLANK, TARGET_OPERATOR, NULL, 0, { "อำเภอ", "district", NULL } },
  { "province", NULL, CONV_PROVINCE, BLANK, 0, NULL, 0, { "จังหวัด", "province", NULL } },
  { "phone", "phone", CONV_TEXT, BLANK, TARGET_OPERATOR, NULL, 0, { "เบอร์โทรศัพท์", "phone", NULL } },
  { "readiness-operator", NULL, CONV_IGNORE, BLANK, 0, NULL, 0, { "ความพร้อมผู้ประกอบการเพื่อเข้าสู่ตลาดออนไลน์", NULL } },
  { "trained-online", "trained-online", CONV_BOOL, BLANK, TARGET_OPERATOR, NULL, 0, { "ผ่านการอบรมเกี่ยวกับตลาดออนไลน์", NULL } },
  { "sells-online", "sells-online", CONV_BOOL, BLANK, TARGET_OPERATOR, NULL, 0, { "ขายของออนไลน์อยู่แล้ว", NULL } },
  { "readiness-product", NULL, CONV_IGNORE, BLANK, 0, NULL, 0, { "ความพร้อมผลิตภัณฑ์ในการเข้าสู่ออนไลน์", "ความพร้อมผลิตภัณฑ์เพื่อเข้าสู่ตลาดออนไลน์", NULL } },
  /* read but not stored: the form says that a product has a standard or
   * a star rating, not which (see note_unknown_readiness()); offices put
   * `1`, or the stars or the standard's name, which is a mark too */
  { "has-standard", NULL, CONV_MARK, BLANK, 0, NULL, 0, { "ได้รับมาตรฐานที่เกี่ยวข้อง", NULL } },
  { "has-stars", NULL, CONV_MARK, BLANK, 0, NULL, 0, { "ได้รับตัดดาว", "ได้รับคัดดาว", NULL } },
  { "online-developed", "online-developed", CONV_BOOL, BLANK, TARGET_PRODUCT, NULL, 0, { "ผ่านการพัฒนาเกี่ยวกับออนไลน์", NULL } },
  /* the channel headings of our own form 6 first (seed 004's notes:
   * "Facebook ให้ระบุ ชื่อเพจ/ลิงค์เพจหรือเฟซบุ๊ก", "Line ให้ระบุ ID Line",
   * "Website ต่างๆ ให้ระบุ ลิงค์เว็บไซต์"), as thanrak-form-online-report.c
   * writes them under ช่องทางตลาดออนไลน์ของผลิตภัณฑ์ */
  { "facebook", NULL, CONV_CHANNEL, BLANK, 0, NULL, THANRAK_PLATFORM_FACEBOOK, { "Facebook (ชื่อเพจ/ลิงค์เพจหรือเฟซบุ๊ก)", "Facebook (ชื่อเพจ หรือลิงก์)", "Facebook", "เฟซบุ๊ก", NULL } },
  { "line", NULL, CONV_CHANNEL, BLANK, 0, NULL, THANRAK_PLATFORM_LINE, { "Line (ID Line)", "LINE ID", "ID Line", "LINE", "ไลน์", NULL } },
  { "website", NULL, CONV_CHANNEL, BLANK, 0, NULL, THANRAK_PLATFORM_WEBSITE, { "Website (ลิงค์เว็บไซต์)", "เว็บไซต์ (ลิงก์)", "เว็บไซต์", "website", NULL } },
  { "sales", NULL, CONV_IGNORE, BLANK, 0, NULL, 0, { "ยอดจำหน่าย", NULL } },
};

static const ImportKindInfo kinds[THANRAK_IMPORT_N_KINDS] = {
  { THANRAK_IMPORT_KIND_OPERATORS, "operators", N_("OTOP operators"), thanrak_operator_get_type,
    operator_fields, G_N_ELEMENTS (operator_fields), { "code", NULL } },
  { THANRAK_IMPORT_KIND_PRODUCTS, "products", N_("OTOP products"), thanrak_product_get_type,
    product_fields, G_N_ELEMENTS (product_fields), { "operator-id", "name", NULL } },
  { THANRAK_IMPORT_KIND_ONLINE_CHANNELS, "channels", N_("Online channels"), thanrak_online_channel_get_type,
    channel_fields, G_N_ELEMENTS (channel_fields), { "product-id", "platform", "identifier", NULL } },
  { THANRAK_IMPORT_KIND_MONTHLY_SALES, "sales", N_("Monthly sales"), thanrak_monthly_sales_get_type,
    sales_fields, G_N_ELEMENTS (sales_fields), { "operator-id", "year", "month", NULL } },
  { THANRAK_IMPORT_KIND_MARKETING_EVENTS, "events", N_("Marketing events"), thanrak_marketing_event_get_type,
    event_fields, G_N_ELEMENTS (event_fields), { "district-code", "event-date", "name", NULL } },
  { THANRAK_IMPORT_KIND_DISTRICT_FIGURES, "district-figures", N_("District figures"), thanrak_district_figures_get_type,
    figures_fields, G_N_ELEMENTS (figures_fields), { "district-code", "fiscal-year", NULL } },
  { THANRAK_IMPORT_KIND_CENTERS, "centers", N_("Centers"), thanrak_center_get_type,
    center_fields, G_N_ELEMENTS (center_fields), { "district-code", "name", NULL } },
  { THANRAK_IMPORT_KIND_COMMITTEE_MEMBERS, "committee", N_("Committee members"), thanrak_committee_member_get_type,
    member_fields, G_N_ELEMENTS (member_fields), { "center-id", "committee", "name", NULL } },
  { THANRAK_IMPORT_KIND_FORM6, "form6", N_("Form 6: OTOP operators, products and channels online"), thanrak_product_get_type,
    form6_fields, G_N_ELEMENTS (form6_fields), { "operator-id", "name", NULL } },
};

/* Aliases of enum labels people type (domain.md §3; the form-6 sample of
 * seed 004 writes `กลุ่ม` and `ผ้าฯ`). */
typedef struct
{
  GType     (*enum_type) (void);
  int         value;
  const char *alias;
} EnumAlias;

static const EnumAlias enum_aliases[] = {
  { thanrak_operator_type_get_type, THANRAK_OPERATOR_TYPE_GROUP, "กลุ่ม" },
  { thanrak_operator_type_get_type, THANRAK_OPERATOR_TYPE_GROUP, "กลุ่มผู้ผลิต" },
  { thanrak_operator_type_get_type, THANRAK_OPERATOR_TYPE_GROUP, "วิสาหกิจชุมชน" },
  { thanrak_operator_type_get_type, THANRAK_OPERATOR_TYPE_SOLE_OWNER, "เจ้าของรายเดียว" },
  { thanrak_operator_type_get_type, THANRAK_OPERATOR_TYPE_SOLE_OWNER, "รายเดียว" },
  { thanrak_operator_type_get_type, THANRAK_OPERATOR_TYPE_SOLE_OWNER, "ผู้ผลิตชุมชนเจ้าของรายเดียว" },
  { thanrak_operator_type_get_type, THANRAK_OPERATOR_TYPE_SME, "SME" },
  { thanrak_operator_type_get_type, THANRAK_OPERATOR_TYPE_SME, "SMEs" },
  { thanrak_operator_type_get_type, THANRAK_OPERATOR_TYPE_SME, "ผู้ประกอบการ SME" },
  { thanrak_product_category_get_type, THANRAK_PRODUCT_CATEGORY_TEXTILE, "ผ้าและเครื่องแต่งกาย" },
  { thanrak_product_category_get_type, THANRAK_PRODUCT_CATEGORY_TEXTILE, "ผ้า เครื่องแต่งกาย" },
  { thanrak_product_category_get_type, THANRAK_PRODUCT_CATEGORY_TEXTILE, "ผ้า/เครื่องแต่งกาย" },
  { thanrak_product_category_get_type, THANRAK_PRODUCT_CATEGORY_TEXTILE, "ผ้าฯ" },
  { thanrak_product_category_get_type, THANRAK_PRODUCT_CATEGORY_TEXTILE, "ผ้า" },
  { thanrak_product_category_get_type, THANRAK_PRODUCT_CATEGORY_HOUSEHOLD, "ของใช้ฯ" },
  { thanrak_product_category_get_type, THANRAK_PRODUCT_CATEGORY_HOUSEHOLD, "ของใช้ ของตกแต่ง และของที่ระลึก" },
  { thanrak_product_category_get_type, THANRAK_PRODUCT_CATEGORY_HOUSEHOLD, "ของใช้/ของตกแต่ง/ของที่ระลึก" },
  { thanrak_product_category_get_type, THANRAK_PRODUCT_CATEGORY_HERBAL, "สมุนไพร" },
  { thanrak_product_category_get_type, THANRAK_PRODUCT_CATEGORY_HERBAL, "สมุนไพรที่ไม่ใช่อาหารและยา" },
  { thanrak_platform_get_type, THANRAK_PLATFORM_FACEBOOK, "เฟซบุ๊ก" },
  { thanrak_platform_get_type, THANRAK_PLATFORM_FACEBOOK, "เฟสบุ๊ค" },
  { thanrak_platform_get_type, THANRAK_PLATFORM_LINE, "ไลน์" },
  { thanrak_platform_get_type, THANRAK_PLATFORM_LINE, "LINE OA" },
  { thanrak_platform_get_type, THANRAK_PLATFORM_WEBSITE, "website" },
  { thanrak_platform_get_type, THANRAK_PLATFORM_WEBSITE, "เว็บ" },
  { thanrak_committee_kind_get_type, THANRAK_COMMITTEE_KIND_MANAGEMENT, "บริหาร" },
  { thanrak_committee_kind_get_type, THANRAK_COMMITTEE_KIND_ADVISORY, "ที่ปรึกษา" },
  { thanrak_committee_quota_get_type, THANRAK_COMMITTEE_QUOTA_DISTRICT_CHIEF, "นายอำเภอ" },
  { thanrak_committee_quota_get_type, THANRAK_COMMITTEE_QUOTA_AGENCY, "ผู้แทนหน่วยงาน" },
  { thanrak_committee_quota_get_type, THANRAK_COMMITTEE_QUOTA_NETWORK, "ผู้แทนเครือข่าย" },
};

/* A place list: names (normalised once) and codes. */
typedef struct
{
  GPtrArray *places;     /* ThanrakPlace */
  GPtrArray *names;      /* char *, NULL-terminated, as in the reference set */
} PlaceList;

static void
place_list_free (gpointer data)
{
  PlaceList *list = data;

  g_ptr_array_unref (list->places);
  g_ptr_array_unref (list->names);
  g_free (list);
}

/* The value of one field in one row. */
typedef struct
{
  gboolean  set;
  gint64    number;
  char     *text;
} Value;

typedef struct
{
  ThanrakStore               *store;
  ThanrakStoreBulk           *bulk;       /* the writes, unless a dry run */
  const ImportKindInfo       *info;
  ThanrakTable               *table;
  const ThanrakImportOptions *options;
  ThanrakImportReport        *report;
  gint                       *columns;    /* per field, -1 when absent */
  char                      **headings;   /* per field, the file's heading */
  GHashTable                 *place_lists;   /* parent code → PlaceList */
  GHashTable                 *operator_ids;  /* operator code → id, or 0 */
  GHashTable                 *pending;       /* key → Pending: what this import wrote */
  gint64                      next_pseudo_id;
  char                       *province_code; /* from options or title */
  int                         fiscal_year;
  int                         products_from_year;
  int                         products_to_year;
  char                       *sales_from;
  char                       *sales_to;
  /* form 6: the operator of the row above, for rows that leave its cells
   * blank (merged cells) */
  ThanrakRecord              *last_operator;
  gboolean                    operators_preloaded;  /* operator_ids holds every code */
  /* results of place, province and label matching, by what was typed:
   * files repeat the same few names in thousands of rows */
  GHashTable                 *memo;
  gint                        address_field;  /* form 6: one address column, or -1 */
  /* per row */
  GString                    *corrections;
  char                       *reject;
} Import;

/* Kinds ------------------------------------------------------------------ */

static const ImportKindInfo *
kind_info (ThanrakImportKind kind)
{
  g_return_val_if_fail ((guint) kind < THANRAK_IMPORT_N_KINDS, &kinds[0]);
  return &kinds[kind];
}

/**
 * thanrak_import_kind_to_string:
 * @kind: a #ThanrakImportKind
 *
 * Returns: the kind's name on the command line, e.g. `operators`,
 *   `district-figures`, `form6`
 */
const char *
thanrak_import_kind_to_string (ThanrakImportKind kind)
{
  return kind_info (kind)->name;
}

/**
 * thanrak_import_kind_from_string:
 * @name: a kind's name, e.g. `operators`
 * @kind: (out): the kind
 *
 * Returns: %TRUE when @name is a kind's name
 */
gboolean
thanrak_import_kind_from_string (const char        *name,
                                 ThanrakImportKind *kind)
{
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; i < THANRAK_IMPORT_N_KINDS; i++)
    if (g_str_equal (kinds[i].name, name))
      {
        *kind = kinds[i].kind;
        return TRUE;
      }
  return FALSE;
}

/**
 * thanrak_import_kind_get_title:
 * @kind: a #ThanrakImportKind
 *
 * Returns: the kind's translated title, e.g. “OTOP operators”
 */
const char *
thanrak_import_kind_get_title (ThanrakImportKind kind)
{
  return _(kind_info (kind)->title);
}

/**
 * thanrak_import_outcome_to_string:
 * @outcome: a #ThanrakImportOutcome
 *
 * Returns: the outcome in words, translated, e.g. “imported”, “rejected”
 */
const char *
thanrak_import_outcome_to_string (ThanrakImportOutcome outcome)
{
  switch (outcome)
    {
    case THANRAK_IMPORT_OUTCOME_IMPORTED:
      return _("imported");
    case THANRAK_IMPORT_OUTCOME_CORRECTED:
      return _("corrected");
    case THANRAK_IMPORT_OUTCOME_UPDATED:
      return _("duplicate, updated");
    case THANRAK_IMPORT_OUTCOME_SKIPPED:
      return _("duplicate, skipped");
    case THANRAK_IMPORT_OUTCOME_REJECTED:
    default:
      return _("rejected");
    }
}

/**
 * thanrak_import_describe_headings:
 * @kind: a #ThanrakImportKind
 *
 * Lists the columns a file of @kind may have and the headings accepted for
 * each (Thai and English, compared ignoring case, spacing and notes in
 * parentheses), one column a line, marking required columns, for
 * `thanrak-cli import --help` and the README.
 *
 * Returns: (transfer full): the text, lines ending in a newline
 */
char *
thanrak_import_describe_headings (ThanrakImportKind kind)
{
  const ImportKindInfo *info = kind_info (kind);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < info->n_fields; i++)
    {
      const ImportField *f = &info->fields[i];

      g_string_append (out, "    ");
      for (guint a = 0; f->aliases[a] != NULL; a++)
        g_string_append_printf (out, "%s“%s”", a ? " | " : "", f->aliases[a]);
      if (f->flags & F_REQUIRED)
        g_string_append_printf (out, " (%s)", _("required"));
      if (f->flags & F_PREFIX)
        g_string_append_printf (out, " (%s)", _("also with a period after it"));
      if (f->conv == CONV_IGNORE)
        g_string_append_printf (out, " (%s)", _("not stored"));
      else if (f->property == NULL && f->conv == CONV_MARK)
        g_string_append_printf (out, " (%s)", _("checked, not stored: a mark the record cannot hold is reported"));
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

/* Reports ----------------------------------------------------------------- */

static void
clear_row (gpointer data)
{
  ThanrakImportRow *row = data;

  g_clear_pointer (&row->message, g_free);
}

/**
 * thanrak_import_report_free:
 * @report: (transfer full): a report
 *
 * Frees a report of thanrak_import_table().
 */
void
thanrak_import_report_free (ThanrakImportReport *report)
{
  if (report == NULL)
    return;
  g_clear_pointer (&report->rows, g_array_unref);
  g_clear_pointer (&report->notes, g_ptr_array_unref);
  g_free (report);
}

/* Cells ------------------------------------------------------------------- */

/* Thai digits ๐-๙ (U+0E50-U+0E59) as ASCII digits; thousands separators
 * and spaces dropped. */
static char *
ascii_number (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x0E50 && c <= 0x0E59)
        g_string_append_c (out, (char) ('0' + (c - 0x0E50)));
      else if (c == ',' || g_unichar_isspace (c) || c == 0x00A0)
        continue;
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static gboolean
parse_decimal (const char *text,
               double     *value)
{
  g_autofree char *s = ascii_number (text);
  char *end = NULL;

  if (s[0] == '\0')
    return FALSE;
  for (const char *p = s; *p; p++)
    if (!g_ascii_isdigit (*p) && *p != '.' && *p != '-' && *p != '+')
      return FALSE;
  *value = g_ascii_strtod (s, &end);
  return end != NULL && *end == '\0' && isfinite (*value);
}

static void
reject (Import     *imp,
        const char *format,
        ...) G_GNUC_PRINTF (2, 3);

static void
reject (Import     *imp,
        const char *format,
        ...)
{
  va_list args;

  if (imp->reject != NULL)
    return;
  va_start (args, format);
  imp->reject = g_strdup_vprintf (format, args);
  va_end (args);
}

static void
correct (Import     *imp,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

static void
correct (Import     *imp,
         const char *format,
         ...)
{
  va_list args;
  g_autofree char *text = NULL;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  if (imp->corrections->len > 0)
    g_string_append (imp->corrections, "; ");
  g_string_append (imp->corrections, text);
}

/* “column C “จำนวนผู้ประกอบการ”” for messages. */
static char *
describe_column (Import *imp,
                 guint   field)
{
  g_autofree char *letter = NULL;

  /* A part of the address column of form 6. */
  if (imp->columns[field] < 0 && imp->address_field >= 0)
    field = (guint) imp->address_field;
  letter = thanrak_io_column_name ((guint) imp->columns[field]);
  return g_strdup_printf (_("column %s “%s”"), letter, imp->headings[field]);
}

/* The heading of a field's column as the file has it. */
static const char *
field_heading (Import *imp,
               guint   field)
{
  if (imp->columns[field] < 0 && imp->address_field >= 0)
    return imp->headings[imp->address_field];
  return imp->headings[field] ? imp->headings[field] : imp->info->fields[field].aliases[0];
}

/* Reads the text of a cell; FALSE (row rejected) for an error value. */
static gboolean
cell_text (Import            *imp,
           guint              field,
           const ThanrakCell *cell,
           const char       **text)
{
  if (cell == NULL || cell->kind == THANRAK_CELL_EMPTY)
    {
      *text = NULL;
      return TRUE;
    }
  if (cell->kind == THANRAK_CELL_ERROR)
    {
      g_autofree char *col = describe_column (imp, field);

      reject (imp, _("%s holds the error value %s: put the real value in the cell."), col, cell->text);
      return FALSE;
    }
  *text = cell->text;
  while (g_unichar_isspace (g_utf8_get_char (*text)))
    *text = g_utf8_next_char (*text);
  if (**text == '\0')
    *text = NULL;
  return TRUE;
}

static gboolean
convert_integer (Import            *imp,
                 guint              field,
                 const ThanrakCell *cell,
                 const char        *text,
                 double             scale,
                 gint64            *out)
{
  double value;

  if (cell->kind == THANRAK_CELL_NUMBER)
    value = cell->number;
  else if (cell->kind == THANRAK_CELL_BOOLEAN || !parse_decimal (text, &value))
    {
      g_autofree char *col = describe_column (imp, field);

      reject (imp, _("%s holds “%s”, not a number: type the number in digits."), col, text);
      return FALSE;
    }

  value *= scale;
  if (fabs (value - nearbyint (value)) > 1e-6 * MAX (1.0, fabs (value)) || fabs (value) > 9e15)
    {
      g_autofree char *col = describe_column (imp, field);

      if (scale == 1.0)
        reject (imp, _("%s holds %s, not a whole number: type a whole number."), col, text);
      else
        reject (imp, _("%s holds %s, more than two decimal places of baht: round it to satang."), col, text);
      return FALSE;
    }
  *out = (gint64) llround (value);
  return TRUE;
}

static gboolean
convert_year (Import            *imp,
              guint              field,
              const ThanrakCell *cell,
              const char        *text,
              gint64            *out)
{
  if (!convert_integer (imp, field, cell, text, 1.0, out))
    return FALSE;
  if (*out >= 1900 && *out < 2400)
    {
      correct (imp, _("%s: year %lld read as BE %lld"), field_heading (imp, field),
               (long long) *out, (long long) (*out + 543));
      *out += 543;
    }
  return TRUE;
}

static const char *const thai_months[] = {
  "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
};

static const char *const thai_months_long[] = {
  "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
  "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
};

static int
thai_month (const char *word)
{
  for (int m = 0; m < 12; m++)
    if (g_str_equal (word, thai_months[m]) || g_str_equal (word, thai_months_long[m]))
      return m + 1;
  return 0;
}

/* A CE or BE year (2 digits: BE 25xx) as CE. */
static int
year_to_ce (int year)
{
  if (year < 100)
    year += 2500;
  if (year >= 2400)
    year -= 543;
  return year;
}

static char *
make_date (int year,
           int month,
           int day)
{
  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

/* Reads `2021-04-01`, `1/4/2564`, `1 เม.ย. 2564` or a spreadsheet date
 * number as a CE `YYYY-MM-DD`. */
static char *
parse_date (const ThanrakCell *cell,
            const char        *text)
{
  g_autofree char *s = NULL;
  int y = 0, m = 0, d = 0;
  char word[64];

  if (cell->kind == THANRAK_CELL_NUMBER)
    {
      /* Days since 1899-12-30, as Excel and LibreOffice count. */
      g_autoptr(GDate) date = g_date_new_dmy (30, 12, 1899);

      if (cell->number < 1 || cell->number > 2958465 || cell->number != floor (cell->number))
        return NULL;
      g_date_add_days (date, (guint) cell->number);
      return make_date (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
    }

  s = g_strstrip (g_strdup (text));
  {
    g_autofree char *digits = g_strdup (s);
    /* Thai digits */
    GString *ascii = g_string_new (NULL);

    for (const char *p = digits; *p; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);

        if (c >= 0x0E50 && c <= 0x0E59)
          g_string_append_c (ascii, (char) ('0' + (c - 0x0E50)));
        else
          g_string_append_unichar (ascii, c);
      }
    g_free (s);
    s = g_string_free (ascii, FALSE);
  }

  if (sscanf (s, "%4d-%2d-%2d", &y, &m, &d) == 3 && strlen (s) == 10)
    return make_date (year_to_ce (y), m, d);
  if (sscanf (s, "%d/%d/%d", &d, &m, &y) == 3)
    return make_date (year_to_ce (y), m, d);
  if (sscanf (s, "%d %63s %d", &d, word, &y) == 3 && thai_month (word) > 0)
    return make_date (year_to_ce (y), thai_month (word), d);
  return NULL;
}

static const char *const bool_no[] = { "0", "๐", "ไม่", "ไม่ใช่", "ไม่มี", "ไม่ผ่าน", "false", "no", "n", "-", NULL };

/* A mark (CONV_MARK): any cell but a “no” of convert_bool(). */
static gint64
convert_mark (const ThanrakCell *cell,
              const char        *text)
{
  g_autofree char *lower = NULL;

  if (cell->kind == THANRAK_CELL_BOOLEAN || cell->kind == THANRAK_CELL_NUMBER)
    return cell->number != 0;
  lower = g_utf8_strdown (text, -1);
  return !g_strv_contains (bool_no, g_strstrip (lower));
}

static gboolean
convert_bool (Import     *imp,
              guint       field,
              const ThanrakCell *cell,
              const char *text,
              gint64     *out)
{
  static const char *const yes[] = { "1", "๑", "ใช่", "มี", "ผ่าน", "true", "yes", "y", "x", "✓", "/", NULL };

  if (cell->kind == THANRAK_CELL_BOOLEAN || cell->kind == THANRAK_CELL_NUMBER)
    {
      if (cell->number == 1 || cell->number == 0)
        {
          *out = cell->number == 1;
          return TRUE;
        }
    }
  else
    {
      g_autofree char *lower = g_utf8_strdown (text, -1);

      if (g_strv_contains (yes, lower))
        {
          *out = TRUE;
          return TRUE;
        }
      if (g_strv_contains (bool_no, lower))
        {
          *out = FALSE;
          return TRUE;
        }
    }

  {
    g_autofree char *col = describe_column (imp, field);

    reject (imp, _("%s holds “%s”: put 1 (yes) or leave the cell empty (no)."), col, text);
  }
  return FALSE;
}

static gboolean
convert_enum_uncached (Import            *imp,
              guint              field,
              const char        *text,
              gint64            *out)
{
  const ImportField *f = &imp->info->fields[field];
  GType type = f->enum_type ();
  guint n = thanrak_enum_get_n_values (type);
  g_autofree char *norm = thanrak_text_normalize (text);
  g_autoptr(GString) labels = g_string_new (NULL);
  int value;

  for (guint v = 0; v < n; v++)
    {
      g_autofree char *label = thanrak_text_normalize (thanrak_enum_get_label (type, (int) v));

      if (g_str_equal (label, norm))
        {
          *out = v;
          return TRUE;
        }
    }
  for (guint a = 0; a < G_N_ELEMENTS (enum_aliases); a++)
    {
      g_autofree char *alias = NULL;

      if (enum_aliases[a].enum_type () != type)
        continue;
      alias = thanrak_text_normalize (enum_aliases[a].alias);
      if (g_str_equal (alias, norm))
        {
          *out = enum_aliases[a].value;
          return TRUE;
        }
    }
  if (thanrak_enum_from_code (type, text, &value))
    {
      *out = value;
      return TRUE;
    }

  for (guint v = 0; v < n; v++)
    g_string_append_printf (labels, "%s“%s”", v ? ", " : "", thanrak_enum_get_label (type, (int) v));
  {
    g_autofree char *col = describe_column (imp, field);

    reject (imp, _("%s holds “%s”, which is not one of %s: type one of them."), col, text, labels->str);
  }
  return FALSE;
}

/* Places ------------------------------------------------------------------ */

static PlaceList *
place_list (Import      *imp,
            const char  *parent_code,
            GError     **error)
{
  const char *key = parent_code ? parent_code : "";
  PlaceList *list = g_hash_table_lookup (imp->place_lists, key);

  if (list == NULL)
    {
      GPtrArray *places = thanrak_store_list_places (imp->store, parent_code, error);

      if (places == NULL)
        return NULL;
      list = g_new0 (PlaceList, 1);
      list->places = places;
      list->names = g_ptr_array_new ();
      for (guint i = 0; i < places->len; i++)
        g_ptr_array_add (list->names, ((ThanrakPlace *) places->pdata[i])->name_th);
      g_ptr_array_add (list->names, NULL);
      g_hash_table_insert (imp->place_lists, g_strdup (key), list);
    }
  return list;
}

/* Every district of the country, for files that give no province. */
static PlaceList *
all_districts (Import  *imp,
               GError **error)
{
  PlaceList *list = g_hash_table_lookup (imp->place_lists, "*");
  PlaceList *provinces;

  if (list != NULL)
    return list;
  provinces = place_list (imp, NULL, error);
  if (provinces == NULL)
    return NULL;
  list = g_new0 (PlaceList, 1);
  list->places = g_ptr_array_new_with_free_func ((GDestroyNotify) thanrak_place_free);
  list->names = g_ptr_array_new ();
  for (guint i = 0; i < provinces->places->len; i++)
    {
      ThanrakPlace *province = provinces->places->pdata[i];
      PlaceList *districts = place_list (imp, province->code, error);

      if (districts == NULL)
        {
          place_list_free (list);
          return NULL;
        }
      for (guint j = 0; j < districts->places->len; j++)
        {
          ThanrakPlace *copy = thanrak_place_copy (districts->places->pdata[j]);

          g_ptr_array_add (list->places, copy);
          g_ptr_array_add (list->names, copy->name_th);
        }
    }
  g_ptr_array_add (list->names, NULL);
  g_hash_table_insert (imp->place_lists, g_strdup ("*"), list);
  return list;
}

/* Drops a leading `อำเภอ`, `อ.`, `จังหวัด`, `จ.`, `ตำบล`, `ต.`, `เขต`,
 * `แขวง`. */
static const char *
strip_place_prefix (const char *name)
{
  static const char *const prefixes[] = {
    "อำเภอ", "อ.", "จังหวัด", "จ.", "ตำบล", "ต.", "แขวง", NULL
  };

  for (guint i = 0; prefixes[i] != NULL; i++)
    if (g_str_has_prefix (name, prefixes[i]))
      {
        name += strlen (prefixes[i]);
        while (*name == ' ')
          name++;
        return name;
      }
  return name;
}

/* Finds @name in @list; corrections and rejections reported. */
static ThanrakPlace *
match_place_uncached (Import     *imp,
             guint       field,
             PlaceList  *list,
             const char *name,
             const char *what)
{
  const char *query = strip_place_prefix (name);
  guint distance = 0, n_close = 0, max_distance;
  gint found;

  if (list->places->len == 0)
    {
      g_autofree char *col = describe_column (imp, field);

      reject (imp, _("%s: there is no %s “%s” here: pick the province with --province or check the name."),
              col, _(what), name);
      return NULL;
    }

  /* Short names take one edit at most: two would reach other places. */
  {
    g_autofree char *norm = thanrak_text_normalize (query);

    max_distance = g_utf8_strlen (norm, -1) <= 4 ? 1 : 2;
  }
  found = thanrak_text_find_near (query, (const char * const *) list->names->pdata,
                                  max_distance, &distance, &n_close);
  if (found < 0 && n_close == 0 && !g_str_equal (query, name))
    found = thanrak_text_find_near (name, (const char * const *) list->names->pdata,
                                    max_distance, &distance, &n_close);
  if (found >= 0)
    {
      ThanrakPlace *place = list->places->pdata[found];

      /* Also said when only the normaliser made them equal (a doubled
       * vowel, marks typed in another order). */
      if (distance > 0 || !g_str_equal (query, place->name_th))
        correct (imp, _("%s “%s” read as “%s”"), field_heading (imp, field), name, place->name_th);
      return place;
    }

  /* Rejected: suggest the closest names. */
  {
    g_autofree char *col = describe_column (imp, field);
    g_autofree char *q = thanrak_text_normalize (query);
    g_autoptr(GString) suggestions = g_string_new (NULL);
    guint best = G_MAXUINT, shown = 0;

    for (guint i = 0; i < list->places->len; i++)
      {
        g_autofree char *c = thanrak_text_normalize (list->names->pdata[i]);

        best = MIN (best, thanrak_text_edit_distance (q, c));
      }
    for (guint i = 0; i < list->places->len && shown < 5; i++)
      {
        g_autofree char *c = thanrak_text_normalize (list->names->pdata[i]);

        if (thanrak_text_edit_distance (q, c) <= MAX (best, 2u))
          {
            g_string_append_printf (suggestions, "%s“%s”", shown ? ", " : "",
                                    (const char *) list->names->pdata[i]);
            shown++;
          }
      }
    if (n_close > 1 || (shown > 0 && best <= 3))
      reject (imp, _("%s: “%s” is not a known %s; did you mean %s? Type the name as in the list."),
              col, name, _(what), suggestions->str);
    else
      reject (imp, _("%s: “%s” is not a known %s: check the spelling or give the DOPA code."),
              col, name, _(what));
  }
  return NULL;
}

static ThanrakPlace *
find_province_uncached (Import      *imp,
               const char  *name,
               GError     **error)
{
  PlaceList *provinces = place_list (imp, NULL, error);
  g_autofree char *digits = NULL;
  const char *query;
  gint found;

  if (provinces == NULL)
    return NULL;
  digits = ascii_number (name);
  for (guint i = 0; i < provinces->places->len; i++)
    if (g_str_equal (((ThanrakPlace *) provinces->places->pdata[i])->code, digits))
      return provinces->places->pdata[i];
  query = strip_place_prefix (name);
  found = thanrak_text_find_near (query, (const char * const *) provinces->names->pdata, 1, NULL, NULL);
  if (found < 0)
    return NULL;
  return provinces->places->pdata[found];
}


/* Memo of matching ---------------------------------------------------------- */

typedef struct
{
  gpointer  result;      /* a ThanrakPlace owned by a place list, or NULL */
  gint64    value;       /* an enum value */
  gboolean  ok;
  char     *correction;
  char     *reject;
} MemoEntry;

static void
memo_entry_free (gpointer data)
{
  MemoEntry *entry = data;

  g_free (entry->correction);
  g_free (entry->reject);
  g_free (entry);
}

/* "what|field|list|text", the numbers in hex: built without printf, as
 * every row of a file asks a few times. */
static char *
memo_key (const char *what,
          guint       field,
          gconstpointer list,
          const char *text)
{
  static const char hex[] = "0123456789abcdef";
  GString *key = g_string_sized_new (64);
  guint64 numbers[2] = { field, (guint64) GPOINTER_TO_SIZE (list) };

  g_string_append (key, what);
  for (guint n = 0; n < G_N_ELEMENTS (numbers); n++)
    {
      char digits[16];
      guint len = 0;
      guint64 v = numbers[n];

      g_string_append_c (key, '|');
      do
        {
          digits[len++] = hex[v & 0xf];
          v >>= 4;
        }
      while (v != 0);
      while (len > 0)
        g_string_append_c (key, digits[--len]);
    }
  g_string_append_c (key, '|');
  g_string_append (key, text);
  return g_string_free (key, FALSE);
}

/* Replays what a remembered match said about the row. */
static gboolean
memo_replay (Import          *imp,
             const MemoEntry *entry)
{
  if (entry->correction != NULL)
    {
      if (imp->corrections->len > 0)
        g_string_append (imp->corrections, "; ");
      g_string_append (imp->corrections, entry->correction);
    }
  if (entry->reject != NULL && imp->reject == NULL)
    imp->reject = g_strdup (entry->reject);
  return entry->ok;
}

/* Remembers what a match said about the row since @corrections_len. */
static MemoEntry *
memo_store (Import     *imp,
            char       *key,
            gsize       corrections_len,
            gboolean    ok)
{
  MemoEntry *entry = g_new0 (MemoEntry, 1);
  const char *added = imp->corrections->str + corrections_len;

  if (g_str_has_prefix (added, "; "))
    added += 2;
  entry->ok = ok;
  if (*added != '\0')
    entry->correction = g_strdup (added);
  if (imp->reject != NULL)
    entry->reject = g_strdup (imp->reject);
  g_hash_table_insert (imp->memo, key, entry);
  return entry;
}

static ThanrakPlace *
match_place (Import     *imp,
             guint       field,
             PlaceList  *list,
             const char *name,
             const char *what)
{
  char *key = memo_key ("place", field, list, name);
  MemoEntry *entry = g_hash_table_lookup (imp->memo, key);
  gsize len = imp->corrections->len;
  ThanrakPlace *place;

  if (entry != NULL)
    {
      g_free (key);
      memo_replay (imp, entry);
      return entry->result;
    }
  place = match_place_uncached (imp, field, list, name, what);
  entry = memo_store (imp, key, len, place != NULL);
  entry->result = place;
  return place;
}

static ThanrakPlace *
find_province (Import      *imp,
               const char  *name,
               GError     **error)
{
  char *key = memo_key ("province", 0, NULL, name);
  MemoEntry *entry = g_hash_table_lookup (imp->memo, key);
  ThanrakPlace *place;

  if (entry != NULL)
    {
      g_free (key);
      return entry->result;
    }
  place = find_province_uncached (imp, name, error);
  if (error != NULL && *error != NULL)
    {
      g_free (key);
      return NULL;
    }
  entry = g_new0 (MemoEntry, 1);
  entry->result = place;
  g_hash_table_insert (imp->memo, key, entry);
  return place;
}

static gboolean
convert_enum (Import     *imp,
              guint       field,
              const char *text,
              gint64     *out)
{
  char *key = memo_key ("enum", field, NULL, text);
  MemoEntry *entry = g_hash_table_lookup (imp->memo, key);
  gsize len = imp->corrections->len;
  gboolean ok;

  if (entry != NULL)
    {
      g_free (key);
      *out = entry->value;
      return memo_replay (imp, entry);
    }
  ok = convert_enum_uncached (imp, field, text, out);
  entry = memo_store (imp, key, len, ok);
  entry->value = *out;
  return ok;
}

/* The context --------------------------------------------------------------- */

static gint
field_index (const ImportKindInfo *info,
             const char           *key)
{
  for (guint i = 0; i < info->n_fields; i++)
    if (g_str_equal (info->fields[i].key, key))
      return (gint) i;
  return -1;
}

/* `2557 - 2563` in a heading: the first and last year. */
static void
years_in_heading (const char *heading,
                  int        *from,
                  int        *to)
{
  g_autoptr(GRegex) regex = g_regex_new ("(2[45][0-9][0-9])\\s*-\\s*(2[45][0-9][0-9])", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *ascii = ascii_number (heading);

  /* ascii_number drops spaces, which the regex allows for anyway. */
  if (g_regex_match (regex, ascii, 0, &match))
    {
      g_autofree char *a = g_match_info_fetch (match, 1);
      g_autofree char *b = g_match_info_fetch (match, 2);

      *from = atoi (a);
      *to = atoi (b);
    }
}

/* `1 เม.ย. - 30 ก.ย. 2563` in a heading: the period as CE dates. */
static void
period_in_heading (const char  *heading,
                   char       **from,
                   char       **to)
{
  g_autoptr(GRegex) regex = g_regex_new ("([0-9]{1,2})\\s*(\\S+?)\\s*([0-9]{2,4})?\\s*-\\s*([0-9]{1,2})\\s*(\\S+?)\\s*([0-9]{2,4})(?:\\D|$)",
                                         0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  if (g_regex_match (regex, heading, 0, &match))
    {
      g_autofree char *d1 = g_match_info_fetch (match, 1);
      g_autofree char *m1 = g_match_info_fetch (match, 2);
      g_autofree char *y1 = g_match_info_fetch (match, 3);
      g_autofree char *d2 = g_match_info_fetch (match, 4);
      g_autofree char *m2 = g_match_info_fetch (match, 5);
      g_autofree char *y2 = g_match_info_fetch (match, 6);
      int month1 = thai_month (m1), month2 = thai_month (m2);
      int year2, year1;

      if (month1 == 0 || month2 == 0)
        return;
      year2 = year_to_ce (atoi (y2));
      if (y1 != NULL && y1[0] != '\0')
        year1 = year_to_ce (atoi (y1));
      else
        year1 = month1 > month2 ? year2 - 1 : year2;
      *from = make_date (year1, month1, atoi (d1));
      *to = make_date (year2, month2, atoi (d2));
    }
}

/* The title lines above the heading row: `ปีงบประมาณ 2564`,
 * `จังหวัดสระแก้ว`. */
static void
read_title (Import  *imp,
            guint    heading_row,
            GError **error)
{
  g_autoptr(GRegex) fy = g_regex_new ("ปีงบประมาณ\\s*(?:พ\\.ศ\\.)?\\s*([0-9๐-๙]{4})", 0, 0, NULL);
  g_autoptr(GRegex) prov = g_regex_new ("จังหวัด\\s*(\\S+)", 0, 0, NULL);

  for (guint r = 0; r < heading_row; r++)
    for (guint c = 0; c < thanrak_table_get_row_length (imp->table, r); c++)
      {
        const char *text = thanrak_table_get_text (imp->table, r, c);
        g_autoptr(GMatchInfo) m1 = NULL;
        g_autoptr(GMatchInfo) m2 = NULL;

        if (imp->fiscal_year == 0 && g_regex_match (fy, text, 0, &m1))
          {
            g_autofree char *y = g_match_info_fetch (m1, 1);
            g_autofree char *digits = ascii_number (y);

            imp->fiscal_year = atoi (digits);
            g_ptr_array_add (imp->report->notes,
                             g_strdup_printf (_("Fiscal year %d taken from the title in row %u."),
                                              imp->fiscal_year, r + 1));
          }
        if (imp->province_code == NULL && g_regex_match (prov, text, 0, &m2))
          {
            g_autofree char *name = g_match_info_fetch (m2, 1);
            ThanrakPlace *place = find_province (imp, name, error);

            if (place != NULL)
              {
                imp->province_code = g_strdup (place->code);
                g_ptr_array_add (imp->report->notes,
                                 g_strdup_printf (_("Province %s taken from the title in row %u."),
                                                  place->name_th, r + 1));
              }
          }
      }
}

/* Rows ------------------------------------------------------------------- */

static void
clear_values (Value *values,
              guint  n)
{
  for (guint i = 0; i < n; i++)
    {
      g_clear_pointer (&values[i].text, g_free);
      values[i].set = FALSE;
      values[i].number = 0;
    }
}

static const ThanrakCell *
row_cell (Import *imp,
          guint   row,
          guint   field)
{
  if (imp->columns[field] < 0 || (guint) imp->columns[field] >= thanrak_table_get_row_length (imp->table, row))
    return NULL;
  return thanrak_table_get_cell (imp->table, row, (guint) imp->columns[field]);
}

static gint64
operator_id_for_code (Import      *imp,
                      const char  *code,
                      GError     **error)
{
  gpointer id;
  g_autoptr(ThanrakRecord) found = NULL;
  g_autoptr(GError) local_error = NULL;

  if (g_hash_table_lookup_extended (imp->operator_ids, code, NULL, &id))
    return GPOINTER_TO_SIZE (id) ? *(gint64 *) id : 0;
  if (imp->operators_preloaded)
    return 0;

  found = thanrak_store_find_operator_by_code (imp->store, code, &local_error);
  if (found == NULL)
    {
      if (!g_error_matches (local_error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return -1;
        }
      return 0;
    }
  {
    gint64 *value = g_new (gint64, 1);

    *value = thanrak_record_get_id (found);
    g_hash_table_insert (imp->operator_ids, g_strdup (code), value);
    return *value;
  }
}

/* Form 6 with the address in one cell, as the form's heading lists its
 * parts: `10 หมู่ที่ 2 ต.บางม่วง อ.ปากเกร็ด จ.นนทบุรี 091-123456`. Fills the
 * fields that have no column of their own. */
static void
split_address (Import     *imp,
               const char *text,
               Value      *values)
{
  static const struct
  {
    const char *field;
    const char *pattern;
  } parts[] = {
    { "house-number", "^\\s*([0-9๐-๙][0-9๐-๙/\\-]*)(?:\\s|$)" },
    { "village-number", "(?:หมู่ที่|หมู่|ม\\.)\\s*([0-9๐-๙]+)" },
    { "subdistrict", "(?:ตำบล|ต\\.|แขวง)\\s*([^\\s0-9]+)" },
    { "district", "(?:อำเภอ|อ\\.|เขต)\\s*([^\\s0-9]+)" },
    { "province", "(?:จังหวัด|จ\\.)\\s*([^\\s0-9]+)" },
    { "phone", "(0[0-9๐-๙]{1,2}-?[0-9๐-๙]{3}-?[0-9๐-๙]{3,4})" },
  };

  for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
    {
      gint field = field_index (imp->info, parts[p].field);
      g_autoptr(GRegex) regex = NULL;
      g_autoptr(GMatchInfo) match = NULL;

      if (field < 0 || imp->columns[field] >= 0 || values[field].set)
        continue;
      regex = g_regex_new (parts[p].pattern, 0, 0, NULL);
      if (!g_regex_match (regex, text, 0, &match))
        continue;
      values[field].text = g_match_info_fetch (match, 1);
      if (g_str_equal (parts[p].field, "village-number") || g_str_equal (parts[p].field, "phone") ||
          g_str_equal (parts[p].field, "house-number"))
        {
          g_autofree char *digits = ascii_number (values[field].text);

          values[field].number = g_ascii_strtoll (digits, NULL, 10);
          g_free (values[field].text);
          values[field].text = g_steal_pointer (&digits);
        }
      values[field].set = TRUE;
    }
}

/* Converts the cells of a row into values; FALSE with imp->reject set
 * when a cell is wrong, or with @error for a store failure. */
static gboolean
read_row (Import  *imp,
          guint    row,
          Value   *values,
          GError **error)
{
  const ImportKindInfo *info = imp->info;
  const char *province_code = imp->province_code;
  ThanrakPlace *district = NULL;

  for (guint i = 0; i < info->n_fields; i++)
    {
      const ImportField *f = &info->fields[i];
      const ThanrakCell *cell = row_cell (imp, row, i);
      const char *text = NULL;
      Value *v = &values[i];

      if (imp->columns[i] < 0 || f->conv == CONV_IGNORE)
        continue;
      if (!cell_text (imp, i, cell, &text))
        return TRUE;
      if (text == NULL)
        {
          if (!(f->flags & F_BLANK_OK))
            {
              g_autofree char *col = describe_column (imp, i);

              /* Form 6: a product row under its operator leaves the
               * operator's cells blank (merged cells). */
              if (info->kind == THANRAK_IMPORT_KIND_FORM6 && f->target == TARGET_OPERATOR &&
                  imp->last_operator != NULL)
                continue;
              reject (imp, _("%s is blank: fill it in (a blank is not read as zero)."), col);
              return TRUE;
            }
          continue;
        }

      switch (f->conv)
        {
        case CONV_IGNORE:
          break;
        case CONV_TEXT:
          v->text = g_strdup (text);
          break;
        case CONV_CODE:
        case CONV_OPERATOR_CODE:
        case CONV_DISTRICT_CODE:
        case CONV_SUBDISTRICT_CODE:
          {
            g_autofree char *digits = ascii_number (text);

            for (const char *p = digits; *p; p++)
              if (!g_ascii_isdigit (*p))
                {
                  g_autofree char *col = describe_column (imp, i);

                  reject (imp, _("%s holds “%s”: a code has digits only."), col, text);
                  return TRUE;
                }
            v->text = g_steal_pointer (&digits);
          }
          break;
        case CONV_INT:
          if (!convert_integer (imp, i, cell, text, 1.0, &v->number))
            return TRUE;
          break;
        case CONV_BAHT:
          if (!convert_integer (imp, i, cell, text, 100.0, &v->number))
            return TRUE;
          break;
        case CONV_YEAR:
          if (!convert_year (imp, i, cell, text, &v->number))
            return TRUE;
          break;
        case CONV_DATE:
          v->text = parse_date (cell, text);
          if (v->text == NULL)
            {
              g_autofree char *col = describe_column (imp, i);

              reject (imp, _("%s holds “%s”, not a date: type it as day/month/year, e.g. 1/10/2564."), col, text);
              return TRUE;
            }
          break;
        case CONV_BOOL:
          if (!convert_bool (imp, i, cell, text, &v->number))
            return TRUE;
          break;
        case CONV_MARK:
          v->number = convert_mark (cell, text);
          break;
        case CONV_ENUM:
          if (!convert_enum (imp, i, text, &v->number))
            return TRUE;
          break;
        case CONV_ADDRESS:
          split_address (imp, text, values);
          continue;
        case CONV_PROVINCE:
        case CONV_DISTRICT_NAME:
        case CONV_SUBDISTRICT_NAME:
        case CONV_PRODUCT_NAME:
        case CONV_CENTER_NAME:
        case CONV_CHANNEL:
          v->text = g_strdup (text);
          break;
        default:
          g_assert_not_reached ();
        }
      v->set = TRUE;
    }

  /* Places: the province of the row, then the district by code or name,
   * then the subdistrict in it. */
  for (guint i = 0; i < info->n_fields; i++)
    if (info->fields[i].conv == CONV_PROVINCE && values[i].set)
      {
        ThanrakPlace *p = find_province (imp, values[i].text, error);

        if (p == NULL)
          {
            g_autofree char *col = describe_column (imp, i);

            if (error != NULL && *error != NULL)
              return FALSE;
            reject (imp, _("%s: “%s” is not a province: check the spelling."), col, values[i].text);
            return TRUE;
          }
        province_code = p->code;
      }

  for (guint i = 0; i < info->n_fields; i++)
    if (info->fields[i].conv == CONV_DISTRICT_CODE && values[i].set)
      {
        g_autoptr(GError) local_error = NULL;
        g_autoptr(ThanrakPlace) place = thanrak_store_lookup_place (imp->store, values[i].text, &local_error);

        if (place == NULL || strlen (values[i].text) != 4)
          {
            g_autofree char *col = describe_column (imp, i);

            reject (imp, _("%s: there is no district with the code %s: check the 4-digit DOPA code."),
                    col, values[i].text);
            return TRUE;
          }
        {
          PlaceList *list = place_list (imp, place->parent_code, error);

          if (list == NULL)
            return FALSE;
          for (guint j = 0; j < list->places->len; j++)
            if (g_str_equal (((ThanrakPlace *) list->places->pdata[j])->code, place->code))
              district = list->places->pdata[j];
        }
      }

  /* Both a code and a name: they must name the same district, or the row
   * could land in the wrong one. */
  for (guint i = 0; i < info->n_fields && district != NULL; i++)
    if (info->fields[i].conv == CONV_DISTRICT_NAME && values[i].set)
      {
        const char *typed = strip_place_prefix (values[i].text);
        g_autofree char *a = thanrak_text_normalize (typed);
        g_autofree char *b = thanrak_text_normalize (district->name_th);

        if (!g_str_equal (typed, district->name_th))
          {
            PlaceList *list = place_list (imp, district->parent_code, error);
            g_autofree char *col = describe_column (imp, i);
            gint found;

            if (list == NULL)
              return FALSE;
            found = thanrak_text_find_near (typed, (const char * const *) list->names->pdata, 2, NULL, NULL);
            if (!g_str_equal (a, b) && found >= 0 && list->places->pdata[found] != district)
              {
                reject (imp, _("%s says “%s” but the district code %s is “%s”: correct the code or the name."),
                        col, values[i].text, district->code, district->name_th);
                return TRUE;
              }
            correct (imp, _("%s “%s” read as “%s”"), field_heading (imp, i), values[i].text, district->name_th);
          }
      }

  for (guint i = 0; i < info->n_fields && district == NULL; i++)
    if (info->fields[i].conv == CONV_DISTRICT_NAME && values[i].set)
      {
        PlaceList *list = province_code ? place_list (imp, province_code, error) : all_districts (imp, error);

        if (list == NULL)
          return FALSE;
        district = match_place (imp, i, list, values[i].text, N_("district"));
        if (district == NULL)
          return TRUE;
      }

  for (guint i = 0; i < info->n_fields; i++)
    {
      const ImportField *f = &info->fields[i];

      if (f->conv == CONV_DISTRICT_NAME || f->conv == CONV_DISTRICT_CODE)
        {
          /* Both columns name the one district found. */
          g_clear_pointer (&values[i].text, g_free);
          values[i].set = district != NULL;
          if (district != NULL)
            values[i].text = g_strdup (district->code);
        }
    }

  for (guint i = 0; i < info->n_fields; i++)
    {
      const ImportField *f = &info->fields[i];

      if (f->conv == CONV_SUBDISTRICT_NAME && values[i].set)
        {
          PlaceList *list;
          ThanrakPlace *sub;

          if (district == NULL)
            {
              g_autofree char *col = describe_column (imp, i);

              reject (imp, _("%s: a subdistrict needs its district: fill in the district column."), col);
              return TRUE;
            }
          list = place_list (imp, district->code, error);
          if (list == NULL)
            return FALSE;
          sub = match_place (imp, i, list, values[i].text, N_("subdistrict"));
          if (sub == NULL)
            return TRUE;
          g_free (values[i].text);
          values[i].text = g_strdup (sub->code);
        }
    }

  return TRUE;
}

/* Records ---------------------------------------------------------------- */

static ThanrakFieldKind
property_kind (ThanrakRecord *record,
               const char    *property)
{
  guint n;
  const ThanrakFieldSpec *specs = thanrak_record_class_get_fields (THANRAK_RECORD_GET_CLASS (record), &n);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (specs[i].name, property))
      return specs[i].kind;
  g_return_val_if_reached (THANRAK_FIELD_STRING);
}

/* Sets a field of a record of this import. Nothing is connected to the
 * records an import makes or loads, so the field is set without the
 * property notification of thanrak_record_set_string(), which made a
 * tenth of the time of a row. */
static void
set_property_value (ThanrakRecord *record,
                    const char    *property,
                    const Value   *value)
{
  guint n;
  const ThanrakFieldSpec *specs = thanrak_record_class_get_fields (THANRAK_RECORD_GET_CLASS (record), &n);
  const ThanrakFieldSpec *spec = NULL;

  for (guint i = 0; i < n && spec == NULL; i++)
    if (g_str_equal (specs[i].name, property))
      spec = &specs[i];
  g_return_if_fail (spec != NULL);

  if (spec->kind == THANRAK_FIELD_STRING || spec->kind == THANRAK_FIELD_DATE)
    {
      char **field = _thanrak_record_field_ptr (record, spec);

      if (g_strcmp0 (*field, value->text) != 0)
        _thanrak_record_take_string (record, spec, g_strdup (value->text));
    }
  else
    _thanrak_record_set_field_number (record, spec, value->number);
}

static gboolean
same_value (ThanrakRecord *a,
            ThanrakRecord *b,
            const char    *property)
{
  ThanrakFieldKind kind = property_kind (a, property);

  if (kind == THANRAK_FIELD_STRING || kind == THANRAK_FIELD_DATE)
    {
      g_autofree char *x = thanrak_text_normalize (thanrak_record_get_string (a, property) ?: "");
      g_autofree char *y = thanrak_text_normalize (thanrak_record_get_string (b, property) ?: "");

      return g_str_equal (x, y);
    }
  return thanrak_record_get_number (a, property) == thanrak_record_get_number (b, property);
}

/* A record this import wrote, for a later row with the same keys: its
 * id, to load it again from the store, which the session reads as
 * written; only a dry run, which writes nothing, keeps the record
 * itself. (Holding every record of a large import until its end took
 * 170 instead of 131 MB for 100,000 operators.) */
typedef struct
{
  GType          type;
  gint64         id;
  ThanrakRecord *record;   /* dry run only */
} Pending;

static void
pending_free (gpointer data)
{
  Pending *pending = data;

  g_clear_object (&pending->record);
  g_free (pending);
}

static void
remember_pending (Import        *imp,
                  char          *key,
                  ThanrakRecord *record)
{
  Pending *pending = g_new0 (Pending, 1);

  pending->type = G_OBJECT_TYPE (record);
  pending->id = thanrak_record_get_id (record);
  if (imp->options->dry_run)
    pending->record = g_object_ref (record);
  g_hash_table_insert (imp->pending, key, pending);
}

/* The record of @pending, a new reference; NULL with @error when the
 * store failed. */
static ThanrakRecord *
pending_record (Import      *imp,
                Pending     *pending,
                GError     **error)
{
  if (pending->record != NULL)
    return g_object_ref (pending->record);
  return thanrak_store_load (imp->store, pending->type, pending->id, error);
}

/* The key of a record among those this import wrote: its type and the
 * values of @keys, normalised. */
static char *
pending_key (ThanrakRecord      *record,
             const char * const *keys)
{
  GString *key = g_string_new (G_OBJECT_TYPE_NAME (record));

  for (guint k = 0; keys[k] != NULL; k++)
    {
      ThanrakFieldKind kind = property_kind (record, keys[k]);

      g_string_append_c (key, '|');
      if (kind == THANRAK_FIELD_STRING || kind == THANRAK_FIELD_DATE)
        {
          g_autofree char *norm = thanrak_text_normalize (thanrak_record_get_string (record, keys[k]) ?: "");

          g_string_append (key, norm);
        }
      else
        g_string_append_printf (key, "%" G_GINT64_FORMAT, thanrak_record_get_number (record, keys[k]));
    }
  return g_string_free (key, FALSE);
}

/* The record @record duplicates (same keys): one this import wrote (or,
 * in a dry run, would have written), else a stored one; or NULL. */
static ThanrakRecord *
find_duplicate (Import        *imp,
                ThanrakRecord *record,
                const char * const *keys,
                GError       **error)
{
  ThanrakStoreQuery query = { 0 };
  g_autoptr(GPtrArray) found = NULL;
  GType type = G_OBJECT_TYPE (record);
  g_autofree char *key = pending_key (record, keys);
  Pending *pending = g_hash_table_lookup (imp->pending, key);

  if (pending != NULL)
    return pending_record (imp, pending, error);

  if (type == THANRAK_TYPE_OPERATOR)
    {
      const char *code = thanrak_record_get_string (record, "code");
      gint64 id = operator_id_for_code (imp, code, error);

      if (id <= 0)
        return NULL;
      return thanrak_store_load (imp->store, type, id, error);
    }

  for (guint k = 0; keys[k] != NULL; k++)
    {
      if (g_str_has_suffix (keys[k], "-id") && query.parent_field == NULL)
        {
          query.parent_field = keys[k];
          query.parent_id = thanrak_record_get_number (record, keys[k]);
          /* A parent this dry run made up has no stored children. */
          if (query.parent_id >= PSEUDO_ID_BASE)
            return NULL;
        }
      else if (g_str_equal (keys[k], "district-code"))
        query.district_code = thanrak_record_get_string (record, keys[k]);
      else if (g_str_equal (keys[k], "fiscal-year"))
        query.fiscal_year = (int) thanrak_record_get_number (record, keys[k]);
    }

  found = thanrak_store_list (imp->store, type, &query, error);
  if (found == NULL)
    return NULL;
  for (guint i = 0; i < found->len; i++)
    {
      gboolean same = TRUE;

      for (guint k = 0; keys[k] != NULL && same; k++)
        same = same_value (record, found->pdata[i], keys[k]);
      if (same)
        return g_object_ref (found->pdata[i]);
    }
  return NULL;
}

/* Sets the fields a row gives on @record (one of @target). */
static void
apply_values (Import        *imp,
              ThanrakRecord *record,
              Target         target,
              const Value   *values)
{
  const ImportKindInfo *info = imp->info;

  for (guint i = 0; i < info->n_fields; i++)
    {
      const ImportField *f = &info->fields[i];

      if (f->property == NULL || !values[i].set || f->target != target)
        continue;
      if (f->conv == CONV_OPERATOR_CODE || f->conv == CONV_PRODUCT_NAME || f->conv == CONV_CENTER_NAME)
        continue;
      set_property_value (record, f->property, &values[i]);
    }

  if (info->kind == THANRAK_IMPORT_KIND_DISTRICT_FIGURES)
    {
      if (thanrak_record_get_number (record, "fiscal-year") == 0)
        thanrak_record_set_number (record, "fiscal-year", imp->fiscal_year);
      if (imp->products_from_year > 0 && values[field_index (info, "products-registered")].set)
        {
          thanrak_record_set_number (record, "products-from-year", imp->products_from_year);
          thanrak_record_set_number (record, "products-to-year", imp->products_to_year);
        }
      if (imp->sales_from != NULL && values[field_index (info, "sales-satang")].set)
        {
          thanrak_record_set_string (record, "sales-from", imp->sales_from);
          thanrak_record_set_string (record, "sales-to", imp->sales_to);
        }
    }
}

/* Resolves the references of a row (operator code, product, center) on
 * @record; FALSE with imp->reject or @error. */
static gboolean
resolve_references (Import        *imp,
                    ThanrakRecord *record,
                    const Value   *values,
                    GError       **error)
{
  const ImportKindInfo *info = imp->info;

  for (guint i = 0; i < info->n_fields; i++)
    {
      const ImportField *f = &info->fields[i];

      if (!values[i].set)
        continue;

      if (f->conv == CONV_OPERATOR_CODE)
        {
          gint64 id = operator_id_for_code (imp, values[i].text, error);

          if (id < 0)
            return FALSE;
          if (id == 0)
            {
              g_autofree char *col = describe_column (imp, i);

              reject (imp, _("%s: no operator has the code %s: import the operator first or check the code."),
                      col, values[i].text);
              return FALSE;
            }
          thanrak_record_set_number (record, f->property, id);
        }
      else if (f->conv == CONV_PRODUCT_NAME)
        {
          gint code_field = field_index (info, "operator-code");
          gint64 operator_id = operator_id_for_code (imp, values[code_field].text, error);
          ThanrakStoreQuery query = { 0 };
          g_autoptr(GPtrArray) products = NULL;
          g_autofree char *name = thanrak_text_normalize (values[i].text);
          gint64 product_id = 0;

          if (operator_id < 0)
            return FALSE;
          if (operator_id == 0)
            {
              g_autofree char *col = describe_column (imp, (guint) code_field);

              reject (imp, _("%s: no operator has the code %s: import the operator first or check the code."),
                      col, values[code_field].text);
              return FALSE;
            }
          query.parent_field = "operator-id";
          query.parent_id = operator_id;
          products = thanrak_store_list (imp->store, THANRAK_TYPE_PRODUCT, &query, error);
          if (products == NULL)
            return FALSE;
          for (guint p = 0; p < products->len && product_id == 0; p++)
            {
              g_autofree char *n = thanrak_text_normalize (thanrak_record_get_string (products->pdata[p], "name"));

              if (g_str_equal (n, name))
                product_id = thanrak_record_get_id (products->pdata[p]);
            }
          if (product_id == 0)
            {
              g_autofree char *col = describe_column (imp, i);

              reject (imp, _("%s: operator %s has no product “%s”: import the product first or check the name."),
                      col, values[code_field].text, values[i].text);
              return FALSE;
            }
          thanrak_record_set_number (record, f->property, product_id);
        }
      else if (f->conv == CONV_CENTER_NAME)
        {
          ThanrakStoreQuery query = { 0 };
          g_autoptr(GPtrArray) centers = NULL;
          g_autofree char *name = thanrak_text_normalize (values[i].text);
          gint64 center_id = 0;

          centers = thanrak_store_list (imp->store, THANRAK_TYPE_CENTER, &query, error);
          if (centers == NULL)
            return FALSE;
          for (guint p = 0; p < centers->len && center_id == 0; p++)
            {
              g_autofree char *n = thanrak_text_normalize (thanrak_record_get_string (centers->pdata[p], "name"));

              if (g_str_equal (n, name))
                center_id = thanrak_record_get_id (centers->pdata[p]);
            }
          if (center_id == 0)
            {
              g_autofree char *col = describe_column (imp, i);

              reject (imp, _("%s: there is no center “%s”: import the center first or check its name."),
                      col, values[i].text);
              return FALSE;
            }
          thanrak_record_set_number (record, f->property, center_id);
        }
    }
  return TRUE;
}

/* Saves @record, and remembers it among the records of this import under
 * @keys; a validation error (of the model or of the store's checks, see
 * thanrak_store_bulk_save()) rejects the row, naming the field in Thai,
 * and writes nothing of it. A dry run saves nothing: it gives a new
 * record a made-up id. FALSE only with @error (the store failed). */
static gboolean
save_record (Import             *imp,
             ThanrakRecord      *record,
             const char * const *keys,
             GError            **error)
{
  g_autoptr(GError) local_error = NULL;

  if (imp->options->dry_run)
    {
      if (thanrak_record_get_id (record) == 0)
        thanrak_record_set_id (record, imp->next_pseudo_id++);
    }
  else if (!thanrak_store_bulk_save (imp->bulk, record, &local_error))
    {
      if (local_error->domain == THANRAK_VALIDATION_ERROR)
        {
          reject (imp, "%s", local_error->message);
          return TRUE;
        }
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  remember_pending (imp, pending_key (record, keys), record);
  if (G_OBJECT_TYPE (record) == THANRAK_TYPE_OPERATOR && !imp->options->dry_run)
    {
      gint64 *value = g_new (gint64, 1);

      *value = thanrak_record_get_id (record);
      g_hash_table_insert (imp->operator_ids, g_strdup (thanrak_record_get_string (record, "code")), value);
    }
  return TRUE;
}

/* Stores the record of a row: new, updated or skipped. The record is
 * returned in @out_record (also when skipped). */
static gboolean
store_row (Import               *imp,
           GType                 type,
           const char * const   *keys,
           Target                target,
           const Value          *values,
           ThanrakRecord        *references,
           ThanrakImportOutcome *outcome,
           ThanrakRecord       **out_record,
           GError              **error)
{
  g_autoptr(ThanrakRecord) record = g_object_new (type, NULL);
  g_autoptr(ThanrakRecord) existing = NULL;
  g_autoptr(GError) local_error = NULL;

  apply_values (imp, record, target, values);
  if (references != NULL)
    {
      /* form 6: the product's operator */
      thanrak_record_set_number (record, "operator-id", thanrak_record_get_id (references));
    }
  else if (!resolve_references (imp, record, values, &local_error))
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      return TRUE;
    }

  existing = find_duplicate (imp, record, keys, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (existing == NULL)
    {
      /* A real import leaves the validation to thanrak_store_bulk_save(). */
      if (imp->options->dry_run && !thanrak_record_validate (record, &local_error))
        {
          reject (imp, "%s", local_error->message);
          return TRUE;
        }
      if (!save_record (imp, record, keys, error))
        return FALSE;
      if (imp->reject == NULL)
        {
          *outcome = imp->corrections->len ? THANRAK_IMPORT_OUTCOME_CORRECTED : THANRAK_IMPORT_OUTCOME_IMPORTED;
          if (out_record != NULL)
            *out_record = g_steal_pointer (&record);
        }
      return TRUE;
    }

  if (imp->options->on_duplicate == THANRAK_IMPORT_DUPLICATE_SKIP)
    {
      *outcome = THANRAK_IMPORT_OUTCOME_SKIPPED;
      if (out_record != NULL)
        *out_record = g_steal_pointer (&existing);
      return TRUE;
    }

  apply_values (imp, existing, target, values);
  if (references == NULL && !resolve_references (imp, existing, values, error))
    return imp->reject != NULL;
  if (imp->options->dry_run && !thanrak_record_validate (existing, &local_error))
    {
      reject (imp, "%s", local_error->message);
      return TRUE;
    }
  if (!save_record (imp, existing, keys, error))
    return FALSE;
  *outcome = THANRAK_IMPORT_OUTCOME_UPDATED;
  if (out_record != NULL && imp->reject == NULL)
    *out_record = g_steal_pointer (&existing);
  return TRUE;
}

/* The label of a total row of an official form: `รวม`, `รวมทั้งสิ้น`,
 * `รวมทั้งจังหวัด` (seed 003), `รวม (จ.สระแก้ว)` (seed 004). A name that
 * merely starts with รวม (`รวมใจพัฒนา`) is not one. */
static gboolean
is_total_label (const char *text)
{
  const char *rest;

  while (g_ascii_isspace (*text))
    text++;
  if (!g_str_has_prefix (text, "รวม"))
    return FALSE;
  rest = text + strlen ("รวม");
  /* รวม alone, รวม (จ.…), รวม(…), รวมทั้งสิ้น, but not รวมใจพัฒนา */
  return *rest == '\0' || *rest == '(' || g_ascii_isspace (*rest) ||
         g_str_has_prefix (rest, "ทั้ง");
}

/* Form 6 marks with a `1` that a product has a standard (ได้รับมาตรฐานที่
 * เกี่ยวข้อง) or a star rating (ได้รับตัดดาว), but not which standard or how
 * many stars: the model cannot hold "some standard", so a mark on a
 * product that has none is said in the row's message, for the person to
 * enter it on the product's page, rather than made up or dropped
 * silently. */
static void
note_unknown_readiness (Import        *imp,
                        const Value   *values,
                        ThanrakRecord *product)
{
  gint standard = field_index (imp->info, "has-standard");
  gint stars = field_index (imp->info, "has-stars");

  if (values[standard].set && values[standard].number &&
      thanrak_product_get_standards (THANRAK_PRODUCT (product))->len == 0)
    correct (imp, _("%s is marked, but the form does not say which standard: add it on the product’s page"),
             field_heading (imp, (guint) standard));
  if (values[stars].set && values[stars].number &&
      thanrak_record_get_number (product, "star-rating") == 0)
    correct (imp, _("%s is marked, but the form does not give the number of stars: add them on the product’s page"),
             field_heading (imp, (guint) stars));
}

/* The identifiers of one cell of channels: split at lines and at ", ". */
static GStrv
split_identifiers (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint l = 0; lines[l] != NULL; l++)
    {
      g_auto(GStrv) parts = g_strsplit (lines[l], ", ", -1);

      g_strv_builder_addv (builder, (const char **) parts);
    }
  return g_strv_builder_end (builder);
}

/* Form 6: the operator of the row (found, created or updated once), then
 * the product, then its channels. */
static gboolean
store_form6_row (Import               *imp,
                 const Value          *values,
                 ThanrakImportOutcome *outcome,
                 ThanrakRecord       **out_product,
                 GError              **error)
{
  static const char * const operator_keys[] = { "code", NULL };
  static const char * const product_keys[] = { "operator-id", "name", NULL };
  /* a product may have several channels on one platform (form 6 joins
   * them with ", " in one cell) */
  static const char * const channel_keys[] = { "product-id", "platform", "identifier", NULL };
  const ImportKindInfo *info = imp->info;
  gint code_field = field_index (info, "code");
  g_autoptr(ThanrakRecord) op = NULL;
  ThanrakRecord *product;

  if (values[code_field].set)
    {
      g_autoptr(ThanrakRecord) probe = g_object_new (THANRAK_TYPE_OPERATOR, NULL);
      g_autofree char *key = NULL;
      Pending *written;

      thanrak_record_set_string (probe, "code", values[code_field].text);
      key = pending_key (probe, operator_keys);
      written = g_hash_table_lookup (imp->pending, key);
      if (imp->last_operator != NULL &&
          g_strcmp0 (thanrak_record_get_string (imp->last_operator, "code"), values[code_field].text) == 0)
        op = g_object_ref (imp->last_operator);   /* the operator of the row above */
      else if (written != NULL)
        {
          op = pending_record (imp, written, error);    /* written by a row further up */
          if (op == NULL)
            return FALSE;
        }
      else
        {
          ThanrakImportOutcome op_outcome = THANRAK_IMPORT_OUTCOME_IMPORTED;

          if (!store_row (imp, THANRAK_TYPE_OPERATOR, operator_keys, TARGET_OPERATOR, values, NULL,
                          &op_outcome, &op, error))
            return FALSE;
          if (imp->reject != NULL)
            return TRUE;
        }
      g_set_object (&imp->last_operator, op);
    }
  else
    op = g_object_ref (imp->last_operator);

  if (!store_row (imp, THANRAK_TYPE_PRODUCT, product_keys, TARGET_PRODUCT, values, op,
                  outcome, out_product, error))
    return FALSE;
  if (imp->reject != NULL || *outcome == THANRAK_IMPORT_OUTCOME_SKIPPED)
    return TRUE;
  product = *out_product;

  note_unknown_readiness (imp, values, product);

  for (guint i = 0; i < info->n_fields; i++)
    {
      const ImportField *f = &info->fields[i];
      g_auto(GStrv) identifiers = NULL;

      if (f->conv != CONV_CHANNEL || !values[i].set)
        continue;
      /* thanrak-form-online-report.c writes a product's channels on one
       * platform in one cell, joined by ", "; people type them on lines.
       * (A page name holding ", " is read as two.) */
      identifiers = split_identifiers (values[i].text);
      for (guint n = 0; identifiers[n] != NULL; n++)
        {
          g_autoptr(ThanrakRecord) channel = NULL;
          g_autoptr(ThanrakRecord) existing = NULL;
          g_autoptr(GError) local_error = NULL;
          g_autofree char *identifier = g_strstrip (g_strdup (identifiers[n]));

          if (*identifier == '\0')
            continue;
          channel = g_object_new (THANRAK_TYPE_ONLINE_CHANNEL, NULL);
          thanrak_record_set_number (channel, "product-id", thanrak_record_get_id (product));
          thanrak_record_set_number (channel, "platform", f->platform);
          thanrak_record_set_string (channel, "identifier", identifier);
          existing = find_duplicate (imp, channel, channel_keys, &local_error);
          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          /* the same channel, already stored or met above: nothing new */
          if (existing != NULL)
            continue;
          if (!save_record (imp, channel, channel_keys, error))
            return FALSE;
          if (imp->reject != NULL)
            return TRUE;
        }
    }
  return TRUE;
}

/* The heading row; for form 6 also the row of sub-headings under it. */
static gboolean
map_columns (Import  *imp,
             GError **error)
{
  const ImportKindInfo *info = imp->info;
  g_autofree ThanrakHeadingSpec *specs = g_new0 (ThanrakHeadingSpec, info->n_fields);
  g_autoptr(ThanrakHeadingMap) map = NULL;
  guint heading_row, data_row;

  for (guint i = 0; i < info->n_fields; i++)
    {
      specs[i].field = info->fields[i].key;
      specs[i].aliases = info->fields[i].aliases;
      specs[i].required = (info->fields[i].flags & F_REQUIRED) != 0;
      specs[i].prefix = (info->fields[i].flags & F_PREFIX) != 0;
    }

  map = thanrak_heading_map_find (imp->table, specs, info->n_fields, 2, NULL);
  if (map == NULL)
    {
      g_autoptr(GString) examples = g_string_new (NULL);
      guint shown = 0;

      for (guint i = 0; i < info->n_fields && shown < 4; i++)
        if (info->fields[i].conv != CONV_IGNORE)
          {
            g_string_append_printf (examples, "%s“%s”", shown ? ", " : "", info->fields[i].aliases[0]);
            shown++;
          }
      g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_NO_HEADINGS,
                   _("No row in the first %u rows of the sheet “%s” has the headings of %s: add a row of column headings such as %s (see “thanrak-cli import --help”)."),
                   THANRAK_HEADING_SEARCH_ROWS, thanrak_table_get_sheet_name (imp->table),
                   _(info->title), examples->str);
      return FALSE;
    }
  heading_row = thanrak_heading_map_get_row (map);
  data_row = heading_row + 1;
  for (guint i = 0; i < info->n_fields; i++)
    imp->columns[i] = thanrak_heading_map_get_column (map, info->fields[i].key);

  /* Sub-headings (merged heading cells above them): the fields not found
   * in the heading row, looked for in the row below. */
  if (data_row < thanrak_table_get_n_rows (imp->table))
    {
      g_autofree ThanrakHeadingSpec *rest = g_new0 (ThanrakHeadingSpec, info->n_fields);
      g_autofree guint *which = g_new0 (guint, info->n_fields);
      guint n_rest = 0, n_known = 0;
      guint len = thanrak_table_get_row_length (imp->table, data_row);

      for (guint i = 0; i < info->n_fields; i++)
        if (imp->columns[i] < 0)
          {
            rest[n_rest] = specs[i];
            rest[n_rest].required = FALSE;
            which[n_rest++] = i;
          }
      /* A row of text only whose cells are headings we know. */
      for (guint c = 0; c < len; c++)
        {
          ThanrakCellKind k = thanrak_table_get_kind (imp->table, data_row, c);

          if (k != THANRAK_CELL_TEXT && k != THANRAK_CELL_EMPTY)
            {
              n_known = 0;
              n_rest = 0;
              break;
            }
          if (k == THANRAK_CELL_TEXT)
            {
              g_autofree char *cell = thanrak_text_normalize (thanrak_table_get_text (imp->table, data_row, c));

              for (guint j = 0; j < n_rest; j++)
                for (guint a = 0; rest[j].aliases[a] != NULL; a++)
                  {
                    g_autofree char *alias = thanrak_text_normalize (rest[j].aliases[a]);

                    if (g_str_equal (alias, cell) && imp->columns[which[j]] < 0)
                      {
                        imp->columns[which[j]] = (gint) c;
                        n_known++;
                      }
                  }
            }
        }
      if (n_known >= 2)
        {
          data_row++;
          g_ptr_array_add (imp->report->notes,
                           g_strdup_printf (_("Row %u read as sub-headings of row %u."), heading_row + 2, heading_row + 1));
        }
      else
        for (guint j = 0; j < n_rest; j++)
          imp->columns[which[j]] = thanrak_heading_map_get_column (map, info->fields[which[j]].key);
    }

  /* Form 6: an address heading over sub-headings is a group heading;
   * alone, its cells hold the whole address. */
  {
    gint address = field_index (info, "address"), district = field_index (info, "district");

    imp->address_field = -1;
    if (address >= 0 && imp->columns[address] >= 0)
      {
        if (imp->columns[district] >= 0)
          imp->columns[address] = -1;
        else
          imp->address_field = address;
      }
  }

  /* Required columns (a district by code or by name). */
  for (guint i = 0; i < info->n_fields; i++)
    {
      const ImportField *f = &info->fields[i];

      if ((f->flags & F_REQUIRED) && imp->columns[i] < 0)
        {
          g_autofree char *aliases = g_strjoinv ("”, “", (char **) f->aliases);

          g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_NO_HEADINGS,
                       _("Row %u: no column has the heading “%s”: add the column, headed with one of “%s”."),
                       heading_row + 1, f->aliases[0], aliases);
          return FALSE;
        }
    }
  {
    gint dc = field_index (info, "district-code"), dn = field_index (info, "district");

    if ((dc >= 0 || dn >= 0) && imp->address_field < 0 &&
        (dc < 0 || imp->columns[dc] < 0) && (dn < 0 || imp->columns[dn] < 0))
      {
        g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_NO_HEADINGS,
                     _("Row %u: no column gives the district: add a column headed “อำเภอ” (the name) or “รหัสอำเภอ” (the DOPA code)."),
                     heading_row + 1);
        return FALSE;
      }
  }

  for (guint i = 0; i < info->n_fields; i++)
    if (imp->columns[i] >= 0)
      imp->headings[i] = g_strdup (thanrak_table_get_text (imp->table,
                                                           thanrak_table_get_kind (imp->table, heading_row, (guint) imp->columns[i]) == THANRAK_CELL_TEXT &&
                                                           thanrak_heading_map_get_column (map, info->fields[i].key) == imp->columns[i]
                                                           ? heading_row : heading_row + 1,
                                                           (guint) imp->columns[i]));

  /* Columns of no field: said once, so that nobody expects them stored. */
  {
    guint n_unknown;
    const guint *unknown = thanrak_heading_map_get_unknown_columns (map, &n_unknown);

    for (guint u = 0; u < n_unknown; u++)
      {
        gboolean used = FALSE;
        g_autofree char *letter = thanrak_io_column_name (unknown[u]);

        for (guint i = 0; i < info->n_fields; i++)
          used |= imp->columns[i] == (gint) unknown[u];
        if (!used)
          g_ptr_array_add (imp->report->notes,
                           g_strdup_printf (_("Column %s “%s” is not imported: its heading is not one Thanrak knows."),
                                            letter, thanrak_table_get_text (imp->table, heading_row, unknown[u])));
      }
  }

  read_title (imp, heading_row, error);
  if (error != NULL && *error != NULL)
    return FALSE;

  if (info->kind == THANRAK_IMPORT_KIND_DISTRICT_FIGURES)
    {
      gint pr = field_index (info, "products-registered"), sa = field_index (info, "sales-satang");

      if (imp->columns[pr] >= 0)
        years_in_heading (imp->headings[pr], &imp->products_from_year, &imp->products_to_year);
      if (imp->columns[sa] >= 0)
        period_in_heading (imp->headings[sa], &imp->sales_from, &imp->sales_to);
      if (imp->fiscal_year == 0 && imp->columns[field_index (info, "fiscal-year")] < 0)
        {
          g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_NO_HEADINGS,
                       _("The file does not say which fiscal year its figures are for: give it with --fiscal-year (BE, e.g. 2564) or add a column “ปีงบประมาณ”."));
          return FALSE;
        }
    }

  /* The data starts below the headings. */
  imp->columns[info->n_fields] = (gint) data_row;
  return TRUE;
}

/* Every stored operator code and id, read once: a file of thousands of
 * operators then needs no query per row. */
static gboolean
preload_operators (Import  *imp,
                   GError **error)
{
  g_autoptr(GPtrArray) operators = thanrak_store_list (imp->store, THANRAK_TYPE_OPERATOR, NULL, error);

  if (operators == NULL)
    return FALSE;
  for (guint i = 0; i < operators->len; i++)
    {
      gint64 *value = g_new (gint64, 1);

      *value = thanrak_record_get_id (operators->pdata[i]);
      g_hash_table_insert (imp->operator_ids,
                           g_strdup (thanrak_record_get_string (operators->pdata[i], "code")), value);
    }
  imp->operators_preloaded = TRUE;
  return TRUE;
}

/**
 * thanrak_import_table:
 * @store: the store to write into
 * @kind: what the table holds
 * @table: a table read by thanrak_table_read_file()
 * @options: (nullable): how to import; %NULL for the defaults (update
 *   duplicates, all or nothing, fiscal year and province from the file)
 * @progress: (nullable) (scope call): called now and then with the rows
 *   done
 * @user_data: data for @progress
 * @cancellable: (nullable): cancels the import: nothing is written
 * @error: return location for a #GError
 *
 * Imports the rows of @table as records of @kind, in one transaction.
 * Columns are found by their headings (thanrak_import_describe_headings())
 * in any order. Each row is converted (blank cells, `#REF!`, `#N/A` and
 * text in number columns are errors, never zeros; baht become satang;
 * CE years become BE), its places matched (DOPA code, else the name within
 * the province, a near miss only when one place alone is close: see
 * thanrak_text_find_near()), validated by the model and stored; duplicates
 * (same operator code, same product under the same operator, same district
 * and fiscal year...) are updated or skipped by @options. When a row is
 * rejected nothing is written, unless @options asks for the valid rows
 * only; with `dry_run` nothing is written at all. The report says what
 * became of each row.
 *
 * Errors: %THANRAK_IO_ERROR_NO_HEADINGS when the headings or the fiscal
 * year cannot be found; %G_IO_ERROR_CANCELLED; a %THANRAK_STORE_ERROR
 * when the database fails (nothing is written).
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
ThanrakImportReport *
thanrak_import_table (ThanrakStore                *store,
                      ThanrakImportKind            kind,
                      ThanrakTable                *table,
                      const ThanrakImportOptions  *options,
                      ThanrakImportProgress        progress,
                      gpointer                     user_data,
                      GCancellable                *cancellable,
                      GError                     **error)
{
  static const ThanrakImportOptions defaults = { 0 };
  g_autoptr(ThanrakImportReport) report = NULL;
  Import imp = { 0 };
  g_autofree Value *values = NULL;
  guint n_rows, data_row, n_fields;
  gboolean ok = FALSE, in_transaction = FALSE;

  g_return_val_if_fail (THANRAK_IS_STORE (store), NULL);
  g_return_val_if_fail (THANRAK_IS_TABLE (table), NULL);
  g_return_val_if_fail ((guint) kind < THANRAK_IMPORT_N_KINDS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  report = g_new0 (ThanrakImportReport, 1);
  report->kind = kind;
  report->rows = g_array_new (FALSE, TRUE, sizeof (ThanrakImportRow));
  g_array_set_clear_func (report->rows, clear_row);
  report->notes = g_ptr_array_new_with_free_func (g_free);

  imp.store = store;
  imp.info = kind_info (kind);
  imp.table = table;
  imp.options = options ? options : &defaults;
  imp.report = report;
  n_fields = imp.info->n_fields;
  imp.columns = g_new (gint, n_fields + 1);
  imp.headings = g_new0 (char *, n_fields + 1);
  imp.place_lists = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, place_list_free);
  imp.operator_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  imp.pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, pending_free);
  imp.next_pseudo_id = PSEUDO_ID_BASE;
  imp.corrections = g_string_new (NULL);
  imp.address_field = -1;
  imp.memo = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, memo_entry_free);
  imp.fiscal_year = imp.options->fiscal_year;
  values = g_new0 (Value, n_fields);

  if (imp.options->province != NULL)
    {
      ThanrakPlace *p = find_province (&imp, imp.options->province, error);

      if (p == NULL)
        {
          if (error == NULL || *error == NULL)
            g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_FAILED,
                         _("There is no province “%s”: give its Thai name, e.g. สระแก้ว, or its 2-digit code."),
                         imp.options->province);
          goto out;
        }
      imp.province_code = g_strdup (p->code);
    }

  if (!map_columns (&imp, error))
    goto out;
  data_row = (guint) imp.columns[n_fields];
  n_rows = thanrak_table_get_n_rows (table);

  /* One transaction: a dry run reads in it and rolls it back; a real
   * import writes in a bulk session (thanrak_store_bulk_begin()). */
  if (imp.options->dry_run)
    {
      if (!thanrak_store_begin_transaction (store, error))
        goto out;
    }
  else if ((imp.bulk = thanrak_store_bulk_begin (store, error)) == NULL)
    goto out;
  in_transaction = TRUE;
  if (n_rows - data_row > 1000 && !preload_operators (&imp, error))
    goto out;

  for (guint r = data_row; r < n_rows; r++)
    {
      ThanrakImportRow entry = { r + 1, THANRAK_IMPORT_OUTCOME_IMPORTED, 0, NULL };
      GError *store_error = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto out;
      if (progress != NULL && (r - data_row) % 256 == 0)
        progress (r - data_row, n_rows - data_row, user_data);
      if (thanrak_table_row_is_empty (table, r))
        continue;

      /* A total row at the end of an official form is not a record. */
      {
        gboolean total = FALSE;

        for (guint c = 0; c < MIN (3u, thanrak_table_get_row_length (table, r)); c++)
          {
            const char *t = thanrak_table_get_text (table, r, c);

            if (is_total_label (t))
              total = TRUE;
          }
        if (total)
          {
            g_ptr_array_add (report->notes, g_strdup_printf (_("Row %u is a total row and is not imported."), r + 1));
            continue;
          }
      }

      clear_values (values, n_fields);
      g_string_truncate (imp.corrections, 0);
      g_clear_pointer (&imp.reject, g_free);

      if (!read_row (&imp, r, values, &store_error))
        {
          g_propagate_error (error, store_error);
          goto out;
        }
      if (imp.reject == NULL)
        {
          gboolean done;

          g_autoptr(ThanrakRecord) written = NULL;

          if (kind == THANRAK_IMPORT_KIND_FORM6)
            done = store_form6_row (&imp, values, &entry.outcome, &written, &store_error);
          else
            done = store_row (&imp, imp.info->record_type (), imp.info->dup_keys, TARGET_MAIN, values, NULL,
                              &entry.outcome, &written, &store_error);
          if (written != NULL && !imp.options->dry_run)
            entry.record_id = thanrak_record_get_id (written);
          if (!done)
            {
              g_propagate_error (error, store_error);
              goto out;
            }
        }

      if (imp.reject != NULL)
        {
          entry.outcome = THANRAK_IMPORT_OUTCOME_REJECTED;
          entry.record_id = 0;
          entry.message = g_steal_pointer (&imp.reject);
          report->n_rejected++;
        }
      else
        {
          if (imp.corrections->len > 0)
            entry.message = g_strdup (imp.corrections->str);
          switch (entry.outcome)
            {
            case THANRAK_IMPORT_OUTCOME_CORRECTED:
              report->n_corrected++;
              report->n_imported++;
              break;
            case THANRAK_IMPORT_OUTCOME_IMPORTED:
              report->n_imported++;
              break;
            case THANRAK_IMPORT_OUTCOME_UPDATED:
              report->n_updated++;
              break;
            case THANRAK_IMPORT_OUTCOME_SKIPPED:
              report->n_skipped++;
              break;
            case THANRAK_IMPORT_OUTCOME_REJECTED:
            default:
              break;
            }
        }
      g_array_append_val (report->rows, entry);
    }

  if (progress != NULL)
    progress (n_rows - data_row, n_rows - data_row, user_data);

  if (imp.options->dry_run)
    thanrak_store_rollback_transaction (store);
  else if (report->n_rejected > 0 && !imp.options->valid_only)
    thanrak_store_bulk_rollback (imp.bulk);
  else
    {
      if (!thanrak_store_bulk_commit (imp.bulk, error))
        {
          in_transaction = FALSE;
          goto out;
        }
      report->written = TRUE;
    }
  in_transaction = FALSE;
  ok = TRUE;

out:
  if (in_transaction && imp.bulk == NULL)
    thanrak_store_rollback_transaction (store);
  /* rolls back unless committed */
  g_clear_pointer (&imp.bulk, thanrak_store_bulk_free);
  clear_values (values, n_fields);
  g_free (imp.columns);
  /* Not g_strfreev(): columns the file lacks leave gaps. */
  for (guint i = 0; i < n_fields; i++)
    g_free (imp.headings[i]);
  g_free (imp.headings);
  g_hash_table_unref (imp.place_lists);
  g_hash_table_unref (imp.operator_ids);
  g_hash_table_unref (imp.pending);
  g_string_free (imp.corrections, TRUE);
  g_hash_table_unref (imp.memo);
  g_free (imp.reject);
  g_free (imp.province_code);
  g_free (imp.sales_from);
  g_free (imp.sales_to);
  g_clear_object (&imp.last_operator);

  return ok ? g_steal_pointer (&report) : NULL;
}

/**
 * thanrak_import_file:
 * @store: the store to write into
 * @kind: what the file holds
 * @file: a CSV (UTF-8, UTF-8 with BOM, Windows-874) or xlsx file
 * @options: (nullable): how to import, see thanrak_import_table(); its
 *   `sheet` picks the sheet of an xlsx file
 * @progress: (nullable) (scope call): called with the rows done
 * @user_data: data for @progress
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads @file with thanrak_table_read_file() and imports it with
 * thanrak_import_table().
 *
 * Errors: those of thanrak_table_read_file() (%THANRAK_IO_ERROR: encoding,
 * syntax, limits against hostile files) and of thanrak_import_table().
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
ThanrakImportReport *
thanrak_import_file (ThanrakStore                *store,
                     ThanrakImportKind            kind,
                     GFile                       *file,
                     const ThanrakImportOptions  *options,
                     ThanrakImportProgress        progress,
                     gpointer                     user_data,
                     GCancellable                *cancellable,
                     GError                     **error)
{
  g_autoptr(ThanrakTable) table = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  table = thanrak_table_read_file (file, options ? options->sheet : NULL, cancellable, error);
  if (table == NULL)
    return NULL;
  if (thanrak_table_get_format (table) == THANRAK_TABLE_FORMAT_XLSX &&
      (options == NULL || options->sheet == NULL))
    {
      /* No sheet named: the first sheet whose headings fit (a workbook
       * often starts with a cover sheet). */
      g_autoptr(GError) first_error = NULL;
      g_autoptr(ThanrakXlsxReader) reader = NULL;
      ThanrakImportReport *report;
      const char * const *names;

      report = thanrak_import_table (store, kind, table, options, progress, user_data, cancellable, &first_error);
      if (report != NULL || !g_error_matches (first_error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_NO_HEADINGS))
        {
          if (report == NULL)
            g_propagate_error (error, g_steal_pointer (&first_error));
          return report;
        }
      reader = thanrak_xlsx_reader_new_for_file (file, cancellable, error);
      if (reader == NULL)
        return NULL;
      names = thanrak_xlsx_reader_get_sheet_names (reader);
      for (guint i = 0; names[i] != NULL; i++)
        {
          g_autoptr(ThanrakTable) sheet = NULL;
          g_autoptr(GError) local_error = NULL;

          if (g_str_equal (names[i], thanrak_table_get_sheet_name (table)))
            continue;
          sheet = thanrak_xlsx_reader_read_sheet (reader, names[i], &local_error);
          if (sheet == NULL)
            continue;
          report = thanrak_import_table (store, kind, sheet, options, progress, user_data, cancellable, &local_error);
          if (report != NULL)
            {
              g_ptr_array_insert (report->notes, 0,
                                  g_strdup_printf (_("Sheet “%s” read: the sheet “%s” has no headings of this kind."),
                                                   names[i], thanrak_table_get_sheet_name (table)));
              return report;
            }
          if (!g_error_matches (local_error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_NO_HEADINGS))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
        }
      g_propagate_error (error, g_steal_pointer (&first_error));
      return NULL;
    }
  return thanrak_import_table (store, kind, table, options, progress, user_data, cancellable, error);
}

/* Guessing the kind of a file ------------------------------------------- */

/* How well the headings of @table fit @info: FALSE when no row has two of
 * its headings. @headings, when given, gets the file's headings of the
 * columns that fit, left to right. */
static gboolean
kind_fit (ThanrakTable         *table,
          const ImportKindInfo *info,
          guint                *n_known,
          guint                *n_missing,
          GPtrArray            *headings)
{
  g_autofree ThanrakHeadingSpec *specs = g_new0 (ThanrakHeadingSpec, info->n_fields);
  g_autoptr(ThanrakHeadingMap) map = NULL;
  const char * const *missing;
  gboolean has_district = FALSE, needs_district = FALSE;
  guint row;

  for (guint i = 0; i < info->n_fields; i++)
    {
      specs[i].field = info->fields[i].key;
      specs[i].aliases = info->fields[i].aliases;
      specs[i].required = (info->fields[i].flags & F_REQUIRED) != 0;
      specs[i].prefix = (info->fields[i].flags & F_PREFIX) != 0;
    }
  map = thanrak_heading_map_find (table, specs, info->n_fields, 2, NULL);
  if (map == NULL)
    return FALSE;

  row = thanrak_heading_map_get_row (map);
  *n_known = 0;
  for (guint i = 0; i < info->n_fields; i++)
    {
      const ImportField *f = &info->fields[i];
      gboolean found = thanrak_heading_map_get_column (map, f->key) >= 0;

      if (f->conv == CONV_DISTRICT_CODE || f->conv == CONV_DISTRICT_NAME || f->conv == CONV_ADDRESS)
        {
          needs_district = TRUE;
          has_district |= found;
        }
      if (found && f->conv != CONV_IGNORE)
        (*n_known)++;
    }
  missing = thanrak_heading_map_get_missing_fields (map);
  *n_missing = missing != NULL ? g_strv_length ((char **) missing) : 0;
  /* Form 6 may head its address columns in a row of sub-headings. */
  if (needs_district && !has_district && info->kind != THANRAK_IMPORT_KIND_FORM6)
    (*n_missing)++;

  for (guint c = 0; headings != NULL && c < thanrak_table_get_row_length (table, row); c++)
    for (guint i = 0; i < info->n_fields; i++)
      if (info->fields[i].conv != CONV_IGNORE &&
          thanrak_heading_map_get_column (map, info->fields[i].key) == (gint) c)
        {
          g_ptr_array_add (headings, g_strdup (thanrak_table_get_text (table, row, c)));
          break;
        }
  return TRUE;
}

/**
 * thanrak_import_guess_kind:
 * @table: a table read by thanrak_table_read_file()
 * @kind: (out) (optional): the kind of record its headings fit best
 *
 * Guesses what @table holds from its heading row (in the top
 * %THANRAK_HEADING_SEARCH_ROWS rows), for the app to propose a kind the
 * person may change: the kind whose required columns are all there and
 * which knows the most of its headings; a kind with a required column
 * missing only when no kind has them all. Columns are matched as
 * thanrak_import_table() matches them (thanrak_import_describe_headings()).
 *
 * Returns: %TRUE when at least two headings of some kind are found
 */
gboolean
thanrak_import_guess_kind (ThanrakTable      *table,
                           ThanrakImportKind *kind)
{
  gboolean found = FALSE;
  guint best_known = 0, best_missing = G_MAXUINT;
  ThanrakImportKind best = THANRAK_IMPORT_KIND_OPERATORS;

  g_return_val_if_fail (THANRAK_IS_TABLE (table), FALSE);

  for (guint k = 0; k < THANRAK_IMPORT_N_KINDS; k++)
    {
      guint known, missing;

      if (!kind_fit (table, &kinds[k], &known, &missing, NULL))
        continue;
      /* complete first, then the most headings known */
      if (!found || (missing == 0) > (best_missing == 0) ||
          ((missing == 0) == (best_missing == 0) && known > best_known))
        {
          found = TRUE;
          best = kinds[k].kind;
          best_known = known;
          best_missing = missing;
        }
    }
  if (found && kind != NULL)
    *kind = best;
  return found;
}

/**
 * thanrak_import_find_headings:
 * @table: a table read by thanrak_table_read_file()
 * @kind: a kind of record
 *
 * Lists the headings of @table that a file of @kind is read by, as the
 * file writes them, left to right (columns Thanrak does not store, such
 * as `ที่`, left out), to show the person which columns will be read.
 *
 * Returns: (transfer full) (array zero-terminated=1): the headings; empty
 *   when no row has two headings of @kind
 */
char **
thanrak_import_find_headings (ThanrakTable      *table,
                              ThanrakImportKind  kind)
{
  GPtrArray *headings = g_ptr_array_new ();
  guint known, missing;

  g_return_val_if_fail (THANRAK_IS_TABLE (table), NULL);
  g_return_val_if_fail ((guint) kind < THANRAK_IMPORT_N_KINDS, NULL);

  kind_fit (table, kind_info (kind), &known, &missing, headings);
  g_ptr_array_add (headings, NULL);
  return (char **) g_ptr_array_free (headings, FALSE);
}
