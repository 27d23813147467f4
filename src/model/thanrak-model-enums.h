/* thanrak-model-enums.h: enumerations of the records, with Thai labels and
 * stable stored codes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * ThanrakOperatorType:
 * @THANRAK_OPERATOR_TYPE_GROUP: กลุ่มผู้ผลิตชุมชน (code `group`)
 * @THANRAK_OPERATOR_TYPE_SOLE_OWNER: ผู้ผลิตชุมชนที่เป็นเจ้าของรายเดียว (code `sole-owner`)
 * @THANRAK_OPERATOR_TYPE_SME: ผู้ผลิตชุมชนที่เป็น SME (code `sme`)
 *
 * ประเภทผู้ประกอบการ of an OTOP operator (domain.md §3, seed 004 part 1).
 */
typedef enum
{
  THANRAK_OPERATOR_TYPE_GROUP,
  THANRAK_OPERATOR_TYPE_SOLE_OWNER,
  THANRAK_OPERATOR_TYPE_SME,
} ThanrakOperatorType;

/**
 * ThanrakProductCategory:
 * @THANRAK_PRODUCT_CATEGORY_FOOD: อาหาร (code `food`)
 * @THANRAK_PRODUCT_CATEGORY_BEVERAGE: เครื่องดื่ม (code `beverage`)
 * @THANRAK_PRODUCT_CATEGORY_TEXTILE: ผ้า เครื่องแต่งกาย (code `textile`)
 * @THANRAK_PRODUCT_CATEGORY_HOUSEHOLD: ของใช้ ของตกแต่ง ของที่ระลึก (code `household`)
 * @THANRAK_PRODUCT_CATEGORY_HERBAL: สมุนไพรที่ไม่ใช่อาหาร (code `herbal`)
 *
 * ประเภทผลิตภัณฑ์ OTOP: the five categories (domain.md §3, seed 001 item 4.5).
 */
typedef enum
{
  THANRAK_PRODUCT_CATEGORY_FOOD,
  THANRAK_PRODUCT_CATEGORY_BEVERAGE,
  THANRAK_PRODUCT_CATEGORY_TEXTILE,
  THANRAK_PRODUCT_CATEGORY_HOUSEHOLD,
  THANRAK_PRODUCT_CATEGORY_HERBAL,
} ThanrakProductCategory;

/**
 * ThanrakStandard:
 * @THANRAK_STANDARD_MPC: มผช. (code `mpc`)
 * @THANRAK_STANDARD_FDA: อย. (code `fda`)
 * @THANRAK_STANDARD_TIS: มอก. (code `tis`)
 * @THANRAK_STANDARD_ORGANIC: เกษตรอินทรีย์ (code `organic`)
 * @THANRAK_STANDARD_HALAL: ฮาลาล (code `halal`)
 * @THANRAK_STANDARD_GAP: GAP (code `gap`)
 * @THANRAK_STANDARD_GMP: GMP (code `gmp`)
 * @THANRAK_STANDARD_HACCP: HACCP (code `haccp`)
 * @THANRAK_STANDARD_Q_MARK: Q mark (code `q-mark`)
 * @THANRAK_STANDARD_OTHER: อื่น ๆ (code `other`)
 *
 * A product standard (มาตรฐาน, domain.md §3).
 */
typedef enum
{
  THANRAK_STANDARD_MPC,
  THANRAK_STANDARD_FDA,
  THANRAK_STANDARD_TIS,
  THANRAK_STANDARD_ORGANIC,
  THANRAK_STANDARD_HALAL,
  THANRAK_STANDARD_GAP,
  THANRAK_STANDARD_GMP,
  THANRAK_STANDARD_HACCP,
  THANRAK_STANDARD_Q_MARK,
  THANRAK_STANDARD_OTHER,
} ThanrakStandard;

/**
 * ThanrakPlatform:
 * @THANRAK_PLATFORM_FACEBOOK: Facebook (code `facebook`)
 * @THANRAK_PLATFORM_LINE: LINE (code `line`)
 * @THANRAK_PLATFORM_INSTAGRAM: Instagram (code `instagram`)
 * @THANRAK_PLATFORM_YOUTUBE: YouTube (code `youtube`)
 * @THANRAK_PLATFORM_TIKTOK: TikTok (code `tiktok`)
 * @THANRAK_PLATFORM_WEBSITE: เว็บไซต์ (code `website`)
 * @THANRAK_PLATFORM_SHOPEE: Shopee (code `shopee`)
 * @THANRAK_PLATFORM_LAZADA: Lazada (code `lazada`)
 * @THANRAK_PLATFORM_JD_CENTRAL: JD Central (code `jd-central`)
 * @THANRAK_PLATFORM_OTOP_TODAY: OTOP Today (code `otop-today`)
 * @THANRAK_PLATFORM_OTHER: อื่น ๆ (code `other`)
 *
 * The platform of an online channel (ช่องทางออนไลน์, domain.md §3).
 */
typedef enum
{
  THANRAK_PLATFORM_FACEBOOK,
  THANRAK_PLATFORM_LINE,
  THANRAK_PLATFORM_INSTAGRAM,
  THANRAK_PLATFORM_YOUTUBE,
  THANRAK_PLATFORM_TIKTOK,
  THANRAK_PLATFORM_WEBSITE,
  THANRAK_PLATFORM_SHOPEE,
  THANRAK_PLATFORM_LAZADA,
  THANRAK_PLATFORM_JD_CENTRAL,
  THANRAK_PLATFORM_OTOP_TODAY,
  THANRAK_PLATFORM_OTHER,
} ThanrakPlatform;

/**
 * ThanrakCommitteePosition:
 * @THANRAK_COMMITTEE_POSITION_CHAIR: ประธาน (code `chair`)
 * @THANRAK_COMMITTEE_POSITION_SECRETARY: เลขานุการ (code `secretary`)
 * @THANRAK_COMMITTEE_POSITION_ASSISTANT_SECRETARY: ผู้ช่วยเลขานุการ (code `assistant-secretary`)
 * @THANRAK_COMMITTEE_POSITION_TREASURER: เหรัญญิก (code `treasurer`)
 * @THANRAK_COMMITTEE_POSITION_PUBLIC_RELATIONS: ประชาสัมพันธ์ (code `public-relations`)
 * @THANRAK_COMMITTEE_POSITION_ACADEMIC: ฝ่ายวิชาการและข้อมูล (code `academic`)
 * @THANRAK_COMMITTEE_POSITION_PRODUCTION: ฝ่ายส่งเสริมการผลิต (code `production`)
 * @THANRAK_COMMITTEE_POSITION_QUALITY: ฝ่ายส่งเสริมการพัฒนาคุณภาพและมาตรฐานผลิตภัณฑ์ (code `quality`)
 * @THANRAK_COMMITTEE_POSITION_FUNDING: ฝ่ายประสานแหล่งทุน (code `funding`)
 * @THANRAK_COMMITTEE_POSITION_MARKETING: ฝ่ายส่งเสริมการตลาด (code `marketing`)
 * @THANRAK_COMMITTEE_POSITION_MEMBER: กรรมการ (code `member`)
 *
 * A position on a center committee (seed 001 §6.2, domain.md §3).
 */
typedef enum
{
  THANRAK_COMMITTEE_POSITION_CHAIR,
  THANRAK_COMMITTEE_POSITION_SECRETARY,
  THANRAK_COMMITTEE_POSITION_ASSISTANT_SECRETARY,
  THANRAK_COMMITTEE_POSITION_TREASURER,
  THANRAK_COMMITTEE_POSITION_PUBLIC_RELATIONS,
  THANRAK_COMMITTEE_POSITION_ACADEMIC,
  THANRAK_COMMITTEE_POSITION_PRODUCTION,
  THANRAK_COMMITTEE_POSITION_QUALITY,
  THANRAK_COMMITTEE_POSITION_FUNDING,
  THANRAK_COMMITTEE_POSITION_MARKETING,
  THANRAK_COMMITTEE_POSITION_MEMBER,
} ThanrakCommitteePosition;

/**
 * ThanrakCommitteeQuota:
 * @THANRAK_COMMITTEE_QUOTA_DISTRICT_CHIEF: นายอำเภอหรือผู้ที่นายอำเภอมอบหมาย (code `district-chief`)
 * @THANRAK_COMMITTEE_QUOTA_CD_OFFICER: พัฒนาการอำเภอ (code `cd-officer`)
 * @THANRAK_COMMITTEE_QUOTA_AGENCY: ผู้แทนหน่วยงาน/องค์กร และสถาบันการศึกษาในพื้นที่ (code `agency`)
 * @THANRAK_COMMITTEE_QUOTA_NETWORK: ผู้แทนผู้นำกลุ่ม/องค์กร/เครือข่าย (code `network`)
 * @THANRAK_COMMITTEE_QUOTA_OTHER: อื่น ๆ (code `other`)
 *
 * The seat a management committee member fills (seed 001 §6.1 items 1-4).
 */
typedef enum
{
  THANRAK_COMMITTEE_QUOTA_DISTRICT_CHIEF,
  THANRAK_COMMITTEE_QUOTA_CD_OFFICER,
  THANRAK_COMMITTEE_QUOTA_AGENCY,
  THANRAK_COMMITTEE_QUOTA_NETWORK,
  THANRAK_COMMITTEE_QUOTA_OTHER,
} ThanrakCommitteeQuota;

/**
 * ThanrakCommitteeKind:
 * @THANRAK_COMMITTEE_KIND_MANAGEMENT: คณะกรรมการบริหาร (code `management`)
 * @THANRAK_COMMITTEE_KIND_ADVISORY: คณะกรรมการที่ปรึกษา (code `advisory`)
 *
 * Which committee of a center a member sits on (seed 001 items 2.1, 2.2).
 */
typedef enum
{
  THANRAK_COMMITTEE_KIND_MANAGEMENT,
  THANRAK_COMMITTEE_KIND_ADVISORY,
} ThanrakCommitteeKind;

/**
 * ThanrakServiceMode:
 * @THANRAK_SERVICE_MODE_AT_CENTER: ณ ที่ตั้งของศูนย์ (code `at-center`)
 * @THANRAK_SERVICE_MODE_MOBILE: เคลื่อนที่นอกศูนย์ (code `mobile`)
 * @THANRAK_SERVICE_MODE_ONLINE: ผ่านสื่อออนไลน์ หรือสื่ออิเล็กทรอนิกส์ (code `online`)
 *
 * How a center delivered a service (seed 001 items 6.1-6.3).
 */
typedef enum
{
  THANRAK_SERVICE_MODE_AT_CENTER,
  THANRAK_SERVICE_MODE_MOBILE,
  THANRAK_SERVICE_MODE_ONLINE,
} ThanrakServiceMode;

/**
 * ThanrakSatisfactionLevel:
 * @THANRAK_SATISFACTION_LEVEL_NOT_ASSESSED: ไม่มีการประเมินความพึงพอใจของผู้รับบริการ (code `not-assessed`)
 * @THANRAK_SATISFACTION_LEVEL_LOW: พึงพอใจในระดับน้อย (code `low`)
 * @THANRAK_SATISFACTION_LEVEL_MEDIUM: พึงพอใจในระดับปานกลาง (code `medium`)
 * @THANRAK_SATISFACTION_LEVEL_HIGH: พึงพอใจในระดับมาก (code `high`)
 *
 * The satisfaction of service recipients (seed 001 item 10).
 */
typedef enum
{
  THANRAK_SATISFACTION_LEVEL_NOT_ASSESSED,
  THANRAK_SATISFACTION_LEVEL_LOW,
  THANRAK_SATISFACTION_LEVEL_MEDIUM,
  THANRAK_SATISFACTION_LEVEL_HIGH,
} ThanrakSatisfactionLevel;

const char *thanrak_enum_get_label     (GType        enum_type,
                                        int          value);
const char *thanrak_enum_get_code      (GType        enum_type,
                                        int          value);
gboolean    thanrak_enum_from_code     (GType        enum_type,
                                        const char  *code,
                                        int         *value);
guint       thanrak_enum_get_n_values  (GType        enum_type);

G_END_DECLS
