/* thanrak-district-figures.c: the totals of one district in one fiscal year (ข้อมูลรายอำเภอ)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-core-enums.h"
#include "thanrak-model-enums.h"
#include "thanrak-record-private.h"
#include "thanrak-validation.h"
#include "thanrak-district-figures.h"

/**
 * ThanrakDistrictFigures:
 *
 * The totals of one district in one fiscal year (ข้อมูลรายอำเภอ; seeds 003 and 004 tables, domain.md §3 "District figures"; one per district and fiscal year).
 * Its fields are properties (see #ThanrakRecord):
 *
 * - `district-code`: District (DOPA 4-digit code)
 * - `fiscal-year`: Fiscal year (BE)
 * - `operators-registered`: Operators registered
 * - `products-registered`: Products registered
 * - `products-from-year`: First year of registered products (BE, e.g. 2557 (seed 004), 0 when not given)
 * - `products-to-year`: Last year of registered products (BE, e.g. 2563, 0 when not given)
 * - `sales-satang`: Sales (satang, in the sales period)
 * - `sales-from`: Start of the sales period
 * - `sales-to`: End of the sales period
 * - `operators-promoted`: Operators promoted
 */
struct _ThanrakDistrictFigures
{
  ThanrakRecord parent_instance;

  char *district_code;
  int fiscal_year;
  int operators_registered;
  int products_registered;
  int products_from_year;
  int products_to_year;
  gint64 sales_satang;
  char *sales_from;
  char *sales_to;
  int operators_promoted;
};

G_DEFINE_FINAL_TYPE (ThanrakDistrictFigures, thanrak_district_figures, THANRAK_TYPE_RECORD)

static const ThanrakFieldSpec fields[] = {
  { "district-code", N_("District"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakDistrictFigures, district_code) },
  { "fiscal-year", N_("Fiscal year"), THANRAK_FIELD_INT, G_STRUCT_OFFSET (ThanrakDistrictFigures, fiscal_year) },
  { "operators-registered", N_("Operators registered"), THANRAK_FIELD_INT, G_STRUCT_OFFSET (ThanrakDistrictFigures, operators_registered) },
  { "products-registered", N_("Products registered"), THANRAK_FIELD_INT, G_STRUCT_OFFSET (ThanrakDistrictFigures, products_registered) },
  { "products-from-year", N_("First year of registered products"), THANRAK_FIELD_INT, G_STRUCT_OFFSET (ThanrakDistrictFigures, products_from_year) },
  { "products-to-year", N_("Last year of registered products"), THANRAK_FIELD_INT, G_STRUCT_OFFSET (ThanrakDistrictFigures, products_to_year) },
  { "sales-satang", N_("Sales"), THANRAK_FIELD_INT64, G_STRUCT_OFFSET (ThanrakDistrictFigures, sales_satang) },
  { "sales-from", N_("Start of the sales period"), THANRAK_FIELD_DATE, G_STRUCT_OFFSET (ThanrakDistrictFigures, sales_from) },
  { "sales-to", N_("End of the sales period"), THANRAK_FIELD_DATE, G_STRUCT_OFFSET (ThanrakDistrictFigures, sales_to) },
  { "operators-promoted", N_("Operators promoted"), THANRAK_FIELD_INT, G_STRUCT_OFFSET (ThanrakDistrictFigures, operators_promoted) },
};

static gboolean
thanrak_district_figures_real_validate (ThanrakRecord  *record,
                                        GError        **error)
{
  GObject *object = G_OBJECT (record);

  return thanrak_validate_required (object, "district-code", error) &&
         thanrak_validate_digits (object, "district-code", 4, 4, error) &&
         thanrak_validate_year_be (object, "fiscal-year", FALSE, error) &&
         thanrak_validate_non_negative (object, "operators-registered", error) &&
         thanrak_validate_non_negative (object, "products-registered", error) &&
         thanrak_validate_year_be (object, "products-from-year", TRUE, error) &&
         thanrak_validate_year_be (object, "products-to-year", TRUE, error) &&
         thanrak_validate_non_negative (object, "sales-satang", error) &&
         thanrak_validate_date (object, "sales-from", TRUE, error) &&
         thanrak_validate_date (object, "sales-to", TRUE, error) &&
         thanrak_validate_non_negative (object, "operators-promoted", error);
}

static void
thanrak_district_figures_class_init (ThanrakDistrictFiguresClass *klass)
{
  ThanrakRecordClass *record_class = THANRAK_RECORD_CLASS (klass);

  thanrak_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  record_class->validate = thanrak_district_figures_real_validate;
}

static void
thanrak_district_figures_init (ThanrakDistrictFigures *self)
{
}

/**
 * thanrak_district_figures_new:
 *
 * Creates an empty record, not yet stored (id 0).
 *
 * Returns: (transfer full): a new #ThanrakDistrictFigures
 */
ThanrakDistrictFigures *
thanrak_district_figures_new (void)
{
  return g_object_new (THANRAK_TYPE_DISTRICT_FIGURES, NULL);
}

/**
 * thanrak_district_figures_validate:
 * @self: a #ThanrakDistrictFigures
 * @error: return location for a #GError
 *
 * Checks the fields listed for #ThanrakDistrictFigures (seeds 003 and 004 tables, domain.md §3 "District figures"; one per district and fiscal year); see
 * thanrak_record_validate().
 *
 * Returns: %TRUE if valid; %FALSE with %THANRAK_VALIDATION_ERROR
 */
gboolean
thanrak_district_figures_validate (ThanrakDistrictFigures  *self,
                                   GError     **error)
{
  g_return_val_if_fail (THANRAK_IS_DISTRICT_FIGURES (self), FALSE);

  return thanrak_record_validate (THANRAK_RECORD (self), error);
}
