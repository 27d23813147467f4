/* thanrak-product.c: an OTOP product (ผลิตภัณฑ์ OTOP)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-core-enums.h"
#include "thanrak-model-enums.h"
#include "thanrak-record-private.h"
#include "thanrak-validation.h"
#include "thanrak-product.h"

/**
 * ThanrakProduct:
 *
 * An OTOP product (ผลิตภัณฑ์ OTOP; domain.md §3 "Product").
 * Its fields are properties (see #ThanrakRecord):
 *
 * - `operator-id`: Operator (id of the #ThanrakOperator it belongs to)
 * - `name`: Product name (required)
 * - `category`: Product category, a #Product_Category
 * - `year-registered`: Year registered (BE, 0 when unknown)
 * - `star-rating`: Star rating (OTOP stars 1-5, 0 when not graded)
 * - `star-year`: Year of the star rating (BE, required with a rating)
 * - `online-developed`: Went through online-market development (ผ่านการพัฒนาเกี่ยวกับออนไลน์)
 * - `local-identity`: Local identity (อัตลักษณ์ของท้องถิ่น (seed 000 §5))
 * - `gi-product`: GI product (สินค้า GI)
 * - `trend-health`: Fits the health trend
 * - `trend-elderly`: Fits the elderly trend
 * - `trend-eco`: Eco-friendly
 * - `key-provincial`: Key provincial product
 */
struct _ThanrakProduct
{
  ThanrakRecord parent_instance;

  gint64 operator_id;
  char *name;
  int category;
  int year_registered;
  int star_rating;
  int star_year;
  gboolean online_developed;
  gboolean local_identity;
  gboolean gi_product;
  gboolean trend_health;
  gboolean trend_elderly;
  gboolean trend_eco;
  gboolean key_provincial;

  GPtrArray *standards;
};

G_DEFINE_BOXED_TYPE (ThanrakProductStandard, thanrak_product_standard,
                     thanrak_product_standard_copy, thanrak_product_standard_free)

G_DEFINE_FINAL_TYPE (ThanrakProduct, thanrak_product, THANRAK_TYPE_RECORD)

static const ThanrakFieldSpec fields[] = {
  { "operator-id", N_("Operator"), THANRAK_FIELD_INT64, G_STRUCT_OFFSET (ThanrakProduct, operator_id) },
  { "name", N_("Product name"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakProduct, name) },
  { "category", N_("Product category"), THANRAK_FIELD_ENUM, G_STRUCT_OFFSET (ThanrakProduct, category), thanrak_product_category_get_type },
  { "year-registered", N_("Year registered"), THANRAK_FIELD_INT, G_STRUCT_OFFSET (ThanrakProduct, year_registered) },
  { "star-rating", N_("Star rating"), THANRAK_FIELD_INT, G_STRUCT_OFFSET (ThanrakProduct, star_rating) },
  { "star-year", N_("Year of the star rating"), THANRAK_FIELD_INT, G_STRUCT_OFFSET (ThanrakProduct, star_year) },
  { "online-developed", N_("Went through online-market development"), THANRAK_FIELD_BOOLEAN, G_STRUCT_OFFSET (ThanrakProduct, online_developed) },
  { "local-identity", N_("Local identity"), THANRAK_FIELD_BOOLEAN, G_STRUCT_OFFSET (ThanrakProduct, local_identity) },
  { "gi-product", N_("GI product"), THANRAK_FIELD_BOOLEAN, G_STRUCT_OFFSET (ThanrakProduct, gi_product) },
  { "trend-health", N_("Fits the health trend"), THANRAK_FIELD_BOOLEAN, G_STRUCT_OFFSET (ThanrakProduct, trend_health) },
  { "trend-elderly", N_("Fits the elderly trend"), THANRAK_FIELD_BOOLEAN, G_STRUCT_OFFSET (ThanrakProduct, trend_elderly) },
  { "trend-eco", N_("Eco-friendly"), THANRAK_FIELD_BOOLEAN, G_STRUCT_OFFSET (ThanrakProduct, trend_eco) },
  { "key-provincial", N_("Key provincial product"), THANRAK_FIELD_BOOLEAN, G_STRUCT_OFFSET (ThanrakProduct, key_provincial) },
};

enum {
  PROP_STANDARDS = G_N_ELEMENTS (fields) + 1,
  N_PROPS
};

static GParamSpec *standards_pspec;

/* A star rating needs the year it was graded (domain.md §3). */
static gboolean
validate_star_year (ThanrakProduct  *self,
                    GError         **error)
{
  if (self->star_rating == 0)
    return thanrak_validate_year_be (G_OBJECT (self), "star-year", TRUE, error);
  return thanrak_validate_year_be (G_OBJECT (self), "star-year", FALSE, error);
}

static gboolean
validate_standards (ThanrakProduct  *self,
                    GError         **error)
{
  int max_year = thanrak_current_year_be () + 1;

  for (guint i = 0; i < self->standards->len; i++)
    {
      ThanrakProductStandard *s = g_ptr_array_index (self->standards, i);
      const char *label = thanrak_enum_get_label (THANRAK_TYPE_STANDARD, s->standard);

      if (label == NULL)
        {
          g_set_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_RANGE,
                       _("Standard number %u is not a known standard: pick one from the list."),
                       i + 1);
          return FALSE;
        }
      if (s->year != 0 && (s->year < THANRAK_YEAR_BE_MIN || s->year > max_year))
        {
          g_set_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_RANGE,
                       _("The year of standard %s, %d, is not a Buddhist Era year from %d to %d: "
                         "enter the year in Buddhist Era (Christian Era + 543)."),
                       label, s->year, THANRAK_YEAR_BE_MIN, max_year);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
thanrak_product_real_validate (ThanrakRecord  *record,
                               GError        **error)
{
  ThanrakProduct *self = THANRAK_PRODUCT (record);
  GObject *object = G_OBJECT (self);

  return thanrak_validate_reference (object, "operator-id", error) &&
         thanrak_validate_required (object, "name", error) &&
         thanrak_validate_range (object, "category", 0, thanrak_enum_get_n_values (THANRAK_TYPE_PRODUCT_CATEGORY) - 1, FALSE, error) &&
         thanrak_validate_year_be (object, "year-registered", TRUE, error) &&
         thanrak_validate_range (object, "star-rating", 1, 5, TRUE, error) &&
         validate_star_year (self, error) &&
         validate_standards (self, error);
}

static void
thanrak_product_finalize (GObject *object)
{
  ThanrakProduct *self = THANRAK_PRODUCT (object);

  g_clear_pointer (&self->standards, g_ptr_array_unref);

  G_OBJECT_CLASS (thanrak_product_parent_class)->finalize (object);
}

static void
thanrak_product_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ThanrakProduct *self = THANRAK_PRODUCT (object);

  if (prop_id == PROP_STANDARDS)
    g_value_set_boxed (value, self->standards);
  else
    _thanrak_record_field_get_property (object, prop_id, value, pspec);
}

static void
thanrak_product_class_init (ThanrakProductClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ThanrakRecordClass *record_class = THANRAK_RECORD_CLASS (klass);

  thanrak_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  record_class->validate = thanrak_product_real_validate;
  object_class->finalize = thanrak_product_finalize;
  object_class->get_property = thanrak_product_get_property;

  /**
   * ThanrakProduct:standards: (type GPtrArray(ThanrakProductStandard))
   *
   * The standards the product holds; change them with
   * thanrak_product_add_standard() and thanrak_product_clear_standards().
   */
  standards_pspec =
    g_param_spec_boxed ("standards", N_("Standards"), N_("Standards"),
                        G_TYPE_PTR_ARRAY,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_property (object_class, PROP_STANDARDS, standards_pspec);
}

static void
thanrak_product_init (ThanrakProduct *self)
{
  self->standards = g_ptr_array_new_with_free_func ((GDestroyNotify) thanrak_product_standard_free);
}

/**
 * thanrak_product_new:
 *
 * Creates an empty record, not yet stored (id 0).
 *
 * Returns: (transfer full): a new #ThanrakProduct
 */
ThanrakProduct *
thanrak_product_new (void)
{
  return g_object_new (THANRAK_TYPE_PRODUCT, NULL);
}

/**
 * thanrak_product_validate:
 * @self: a #ThanrakProduct
 * @error: return location for a #GError
 *
 * Checks the fields listed for #ThanrakProduct (domain.md §3 "Product"); see
 * thanrak_record_validate().
 *
 * Returns: %TRUE if valid; %FALSE with %THANRAK_VALIDATION_ERROR
 */
gboolean
thanrak_product_validate (ThanrakProduct  *self,
                          GError     **error)
{
  g_return_val_if_fail (THANRAK_IS_PRODUCT (self), FALSE);

  return thanrak_record_validate (THANRAK_RECORD (self), error);
}

/**
 * thanrak_product_standard_new:
 * @standard: which standard
 * @year: the Buddhist Era year it was granted, 0 when unknown
 * @reference: (nullable): the certificate or licence number
 *
 * Returns: (transfer full): a new #ThanrakProductStandard
 */
ThanrakProductStandard *
thanrak_product_standard_new (ThanrakStandard  standard,
                              int              year,
                              const char      *reference)
{
  ThanrakProductStandard *s = g_new0 (ThanrakProductStandard, 1);

  s->standard = standard;
  s->year = year;
  s->reference = g_strdup (reference);
  return s;
}

/**
 * thanrak_product_standard_copy:
 * @standard: a #ThanrakProductStandard
 *
 * Returns: (transfer full): a copy of @standard
 */
ThanrakProductStandard *
thanrak_product_standard_copy (const ThanrakProductStandard *standard)
{
  return thanrak_product_standard_new (standard->standard, standard->year, standard->reference);
}

/**
 * thanrak_product_standard_free:
 * @standard: (transfer full): a #ThanrakProductStandard
 *
 * Frees @standard.
 */
void
thanrak_product_standard_free (ThanrakProductStandard *standard)
{
  if (standard == NULL)
    return;
  g_free (standard->reference);
  g_free (standard);
}

/**
 * thanrak_product_get_standards:
 * @self: a #ThanrakProduct
 *
 * Returns: (transfer none) (element-type ThanrakProductStandard): the
 *   standards the product holds, in the order added
 */
GPtrArray *
thanrak_product_get_standards (ThanrakProduct *self)
{
  g_return_val_if_fail (THANRAK_IS_PRODUCT (self), NULL);

  return self->standards;
}

/**
 * thanrak_product_add_standard:
 * @self: a #ThanrakProduct
 * @standard: which standard
 * @year: the Buddhist Era year it was granted, 0 when unknown
 * @reference: (nullable): the certificate or licence number
 *
 * Adds a standard the product holds and notifies #ThanrakProduct:standards.
 */
void
thanrak_product_add_standard (ThanrakProduct  *self,
                              ThanrakStandard  standard,
                              int              year,
                              const char      *reference)
{
  g_return_if_fail (THANRAK_IS_PRODUCT (self));

  g_ptr_array_add (self->standards, thanrak_product_standard_new (standard, year, reference));
  g_object_notify_by_pspec (G_OBJECT (self), standards_pspec);
}

/**
 * thanrak_product_clear_standards:
 * @self: a #ThanrakProduct
 *
 * Removes every standard; notifies #ThanrakProduct:standards if there
 * were any.
 */
void
thanrak_product_clear_standards (ThanrakProduct *self)
{
  g_return_if_fail (THANRAK_IS_PRODUCT (self));

  if (self->standards->len == 0)
    return;
  g_ptr_array_set_size (self->standards, 0);
  g_object_notify_by_pspec (G_OBJECT (self), standards_pspec);
}
