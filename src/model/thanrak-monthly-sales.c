/* thanrak-monthly-sales.c: the sales of an operator in one month (ยอดจำหน่าย)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-core-enums.h"
#include "thanrak-model-enums.h"
#include "thanrak-record-private.h"
#include "thanrak-validation.h"
#include "thanrak-monthly-sales.h"

/**
 * ThanrakMonthlySales:
 *
 * The sales of an operator in one month (ยอดจำหน่าย; domain.md §3 "Sales", form รต.๑ (seed 004); one per operator and month).
 * Its fields are properties (see #ThanrakRecord):
 *
 * - `operator-id`: Operator (id of the #ThanrakOperator)
 * - `year`: Year (BE calendar year of the month)
 * - `month`: Month (1 (January) to 12)
 * - `online-satang`: Online sales (satang)
 * - `offline-satang`: Offline sales (satang)
 */
struct _ThanrakMonthlySales
{
  ThanrakRecord parent_instance;

  gint64 operator_id;
  int year;
  int month;
  gint64 online_satang;
  gint64 offline_satang;
};

G_DEFINE_FINAL_TYPE (ThanrakMonthlySales, thanrak_monthly_sales, THANRAK_TYPE_RECORD)

static const ThanrakFieldSpec fields[] = {
  { "operator-id", N_("Operator"), THANRAK_FIELD_INT64, G_STRUCT_OFFSET (ThanrakMonthlySales, operator_id) },
  { "year", N_("Year"), THANRAK_FIELD_INT, G_STRUCT_OFFSET (ThanrakMonthlySales, year) },
  { "month", N_("Month"), THANRAK_FIELD_INT, G_STRUCT_OFFSET (ThanrakMonthlySales, month) },
  { "online-satang", N_("Online sales"), THANRAK_FIELD_INT64, G_STRUCT_OFFSET (ThanrakMonthlySales, online_satang) },
  { "offline-satang", N_("Offline sales"), THANRAK_FIELD_INT64, G_STRUCT_OFFSET (ThanrakMonthlySales, offline_satang) },
};

static gboolean
thanrak_monthly_sales_real_validate (ThanrakRecord  *record,
                                     GError        **error)
{
  GObject *object = G_OBJECT (record);

  return thanrak_validate_reference (object, "operator-id", error) &&
         thanrak_validate_year_be (object, "year", FALSE, error) &&
         thanrak_validate_range (object, "month", 1, 12, FALSE, error) &&
         thanrak_validate_non_negative (object, "online-satang", error) &&
         thanrak_validate_non_negative (object, "offline-satang", error);
}

static void
thanrak_monthly_sales_class_init (ThanrakMonthlySalesClass *klass)
{
  ThanrakRecordClass *record_class = THANRAK_RECORD_CLASS (klass);

  thanrak_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  record_class->validate = thanrak_monthly_sales_real_validate;
}

static void
thanrak_monthly_sales_init (ThanrakMonthlySales *self)
{
}

/**
 * thanrak_monthly_sales_new:
 *
 * Creates an empty record, not yet stored (id 0).
 *
 * Returns: (transfer full): a new #ThanrakMonthlySales
 */
ThanrakMonthlySales *
thanrak_monthly_sales_new (void)
{
  return g_object_new (THANRAK_TYPE_MONTHLY_SALES, NULL);
}

/**
 * thanrak_monthly_sales_validate:
 * @self: a #ThanrakMonthlySales
 * @error: return location for a #GError
 *
 * Checks the fields listed for #ThanrakMonthlySales (domain.md §3 "Sales", form รต.๑ (seed 004); one per operator and month); see
 * thanrak_record_validate().
 *
 * Returns: %TRUE if valid; %FALSE with %THANRAK_VALIDATION_ERROR
 */
gboolean
thanrak_monthly_sales_validate (ThanrakMonthlySales  *self,
                                GError     **error)
{
  g_return_val_if_fail (THANRAK_IS_MONTHLY_SALES (self), FALSE);

  return thanrak_record_validate (THANRAK_RECORD (self), error);
}
