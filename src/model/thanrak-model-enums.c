/* thanrak-model-enums.c: Thai labels and stored codes of the enumerations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "thanrak-model-enums.h"
#include "thanrak-core-enums.h"

/* The Thai labels are official terms copied from the seeds: data, not
 * translatable UI strings. The codes are what the database stores: never
 * change one, add a new value instead. Rows are in enum value order. */
typedef struct
{
  const char *code;
  const char *label;
} EnumEntry;

static const EnumEntry operator_types[] = {
  { "group", "กลุ่มผู้ผลิตชุมชน" },
  { "sole-owner", "ผู้ผลิตชุมชนที่เป็นเจ้าของรายเดียว" },
  { "sme", "ผู้ผลิตชุมชนที่เป็น SME" },
};

static const EnumEntry product_categories[] = {
  { "food", "อาหาร" },
  { "beverage", "เครื่องดื่ม" },
  { "textile", "ผ้า เครื่องแต่งกาย" },
  { "household", "ของใช้ ของตกแต่ง ของที่ระลึก" },
  { "herbal", "สมุนไพรที่ไม่ใช่อาหาร" },
};

static const EnumEntry standards[] = {
  { "mpc", "มผช." },
  { "fda", "อย." },
  { "tis", "มอก." },
  { "organic", "เกษตรอินทรีย์" },
  { "halal", "ฮาลาล" },
  { "gap", "GAP" },
  { "gmp", "GMP" },
  { "haccp", "HACCP" },
  { "q-mark", "Q mark" },
  { "other", "อื่น ๆ" },
};

static const EnumEntry platforms[] = {
  { "facebook", "Facebook" },
  { "line", "LINE" },
  { "instagram", "Instagram" },
  { "youtube", "YouTube" },
  { "tiktok", "TikTok" },
  { "website", "เว็บไซต์" },
  { "shopee", "Shopee" },
  { "lazada", "Lazada" },
  { "jd-central", "JD Central" },
  { "otop-today", "OTOP Today" },
  { "other", "อื่น ๆ" },
};

static const EnumEntry committee_positions[] = {
  { "chair", "ประธาน" },
  { "secretary", "เลขานุการ" },
  { "assistant-secretary", "ผู้ช่วยเลขานุการ" },
  { "treasurer", "เหรัญญิก" },
  { "public-relations", "ประชาสัมพันธ์" },
  { "academic", "ฝ่ายวิชาการและข้อมูล" },
  { "production", "ฝ่ายส่งเสริมการผลิต" },
  { "quality", "ฝ่ายส่งเสริมการพัฒนาคุณภาพและมาตรฐานผลิตภัณฑ์" },
  { "funding", "ฝ่ายประสานแหล่งทุน" },
  { "marketing", "ฝ่ายส่งเสริมการตลาด" },
  { "member", "กรรมการ" },
};

static const EnumEntry committee_quotas[] = {
  { "district-chief", "นายอำเภอหรือผู้ที่นายอำเภอมอบหมาย" },
  { "cd-officer", "พัฒนาการอำเภอ" },
  { "agency", "ผู้แทนหน่วยงาน/องค์กร และสถาบันการศึกษาในพื้นที่" },
  { "network", "ผู้แทนผู้นำกลุ่ม/องค์กร/เครือข่าย" },
  { "other", "อื่น ๆ" },
};

static const EnumEntry committee_kinds[] = {
  { "management", "คณะกรรมการบริหาร" },
  { "advisory", "คณะกรรมการที่ปรึกษา" },
};

static const EnumEntry service_modes[] = {
  { "at-center", "ณ ที่ตั้งของศูนย์" },
  { "mobile", "เคลื่อนที่นอกศูนย์" },
  { "online", "ผ่านสื่อออนไลน์ หรือสื่ออิเล็กทรอนิกส์" },
};

static const EnumEntry satisfaction_levels[] = {
  { "not-assessed", "ไม่มีการประเมินความพึงพอใจของผู้รับบริการ" },
  { "low", "พึงพอใจในระดับน้อย" },
  { "medium", "พึงพอใจในระดับปานกลาง" },
  { "high", "พึงพอใจในระดับมาก" },
};

static const EnumEntry *
lookup_table (GType  enum_type,
              guint *n_entries)
{
#define TABLE(type_macro, table) \
  if (enum_type == type_macro) \
    { \
      *n_entries = G_N_ELEMENTS (table); \
      return table; \
    }
  TABLE (THANRAK_TYPE_OPERATOR_TYPE, operator_types)
  TABLE (THANRAK_TYPE_PRODUCT_CATEGORY, product_categories)
  TABLE (THANRAK_TYPE_STANDARD, standards)
  TABLE (THANRAK_TYPE_PLATFORM, platforms)
  TABLE (THANRAK_TYPE_COMMITTEE_POSITION, committee_positions)
  TABLE (THANRAK_TYPE_COMMITTEE_QUOTA, committee_quotas)
  TABLE (THANRAK_TYPE_COMMITTEE_KIND, committee_kinds)
  TABLE (THANRAK_TYPE_SERVICE_MODE, service_modes)
  TABLE (THANRAK_TYPE_SATISFACTION_LEVEL, satisfaction_levels)
#undef TABLE

  *n_entries = 0;
  return NULL;
}

/**
 * thanrak_enum_get_n_values:
 * @enum_type: one of the enum types of thanrak-model-enums.h, e.g.
 *   %THANRAK_TYPE_PRODUCT_CATEGORY
 *
 * Returns: the number of values of @enum_type (0 and 1 more than the
 *   highest value), or 0 for a type that is not a record enumeration
 */
guint
thanrak_enum_get_n_values (GType enum_type)
{
  guint n = 0;

  lookup_table (enum_type, &n);
  return n;
}

/**
 * thanrak_enum_get_label:
 * @enum_type: one of the enum types of thanrak-model-enums.h
 * @value: a value of @enum_type
 *
 * Gets the Thai label of a value as the official forms print it (domain.md
 * §3, seeds 001 and 004), e.g. อาหาร for %THANRAK_PRODUCT_CATEGORY_FOOD.
 *
 * Returns: (transfer none) (nullable): the label, or %NULL when @value is
 *   not a value of @enum_type
 */
const char *
thanrak_enum_get_label (GType enum_type,
                        int   value)
{
  guint n;
  const EnumEntry *table = lookup_table (enum_type, &n);

  if (table == NULL || value < 0 || (guint) value >= n)
    return NULL;
  return table[value].label;
}

/**
 * thanrak_enum_get_code:
 * @enum_type: one of the enum types of thanrak-model-enums.h
 * @value: a value of @enum_type
 *
 * Gets the stable code the database stores for a value, e.g. `food` for
 * %THANRAK_PRODUCT_CATEGORY_FOOD. Codes never change; the label may.
 *
 * Returns: (transfer none) (nullable): the code, or %NULL when @value is
 *   not a value of @enum_type
 */
const char *
thanrak_enum_get_code (GType enum_type,
                       int   value)
{
  guint n;
  const EnumEntry *table = lookup_table (enum_type, &n);

  if (table == NULL || value < 0 || (guint) value >= n)
    return NULL;
  return table[value].code;
}

/**
 * thanrak_enum_from_code:
 * @enum_type: one of the enum types of thanrak-model-enums.h
 * @code: a stored code, e.g. `food`
 * @value: (out) (optional): the value of @enum_type with that code
 *
 * Maps a stored code back to its value.
 *
 * Returns: %TRUE if @code is a code of @enum_type
 */
gboolean
thanrak_enum_from_code (GType       enum_type,
                        const char *code,
                        int        *value)
{
  guint n;
  const EnumEntry *table = lookup_table (enum_type, &n);

  if (code == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      if (g_str_equal (table[i].code, code))
        {
          if (value != NULL)
            *value = (int) i;
          return TRUE;
        }
    }
  return FALSE;
}
