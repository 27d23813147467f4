/* thanrak-report-figures.c: district figures records as KPI districts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "thanrak-checks.h"
#include "thanrak-district-figures.h"
#include "thanrak-report-figures.h"

/* Which field of a district figures record fills which base column of a
 * rule set (the column identifiers of data/kpi/ *.ini; seeds 003 and 004
 * tables). A base column in baht takes the record's sales. */
static const struct {
  const char *column;
  const char *property;
} count_columns[] = {
  { "operators", "operators-registered" },
  { "products", "products-registered" },
  { "promoted", "operators-promoted" },
};

/**
 * thanrak_report_kpi_districts:
 * @rule_set: the KPI rule set the districts are for
 * @figures: (element-type ThanrakDistrictFigures): the district figures
 *   records of one province and the rule set's fiscal year
 * @names: (nullable) (element-type utf8 utf8): district code to Thai name;
 *   a district not in it is named by its code
 *
 * Converts district figures records (domain.md §3 "District figures") to
 * the districts a rule set computes targets from, as
 * thanrak_kpi_rule_set_read_csv() would read them from the department's
 * table: operators registered into `operators`, products registered into
 * `products`, operators promoted into `promoted`, and the sales (satang)
 * into every base column in baht (seed 004: the sales of the period
 * before, e.g. 1 เม.ย. - 30 ก.ย. 2563 for FY 2564 round 2). Only columns
 * the rule set has are set. The districts keep the order of @figures:
 * list them in the order they were entered or imported, the order of the
 * province's own table (seed 003 lists Nong Khai's districts neither by
 * code nor by name, and its targets table follows that order).
 *
 * Returns: (transfer full) (element-type ThanrakKpiDistrict): the districts
 */
GPtrArray *
thanrak_report_kpi_districts (ThanrakKpiRuleSet *rule_set,
                              GPtrArray         *figures,
                              GHashTable        *names)
{
  GPtrArray *districts;

  g_return_val_if_fail (rule_set != NULL, NULL);
  g_return_val_if_fail (figures != NULL, NULL);

  districts = g_ptr_array_new_with_free_func ((GDestroyNotify) thanrak_kpi_district_free);
  for (guint i = 0; i < figures->len; i++)
    {
      ThanrakDistrictFigures *record = g_ptr_array_index (figures, i);
      g_autofree char *code = NULL;
      const char *name = NULL;
      ThanrakKpiDistrict *district;
      gint64 sales = 0;

      g_return_val_if_fail (THANRAK_IS_DISTRICT_FIGURES (record), districts);

      g_object_get (record, "district-code", &code, "sales-satang", &sales, NULL);
      if (code == NULL)
        continue;
      if (names != NULL)
        name = g_hash_table_lookup (names, code);
      district = thanrak_kpi_district_new (code, name != NULL ? name : code);

      for (guint k = 0; k < G_N_ELEMENTS (count_columns); k++)
        if (thanrak_kpi_rule_set_find_column (rule_set, count_columns[k].column) != NULL)
          {
            int value = 0;

            g_object_get (record, count_columns[k].property, &value, NULL);
            thanrak_kpi_district_set (district, count_columns[k].column, value);
          }

      for (guint c = 0; c < thanrak_kpi_rule_set_get_n_columns (rule_set); c++)
        {
          const ThanrakKpiColumn *column = thanrak_kpi_rule_set_get_column (rule_set, c);

          if (column->role == THANRAK_KPI_COLUMN_BASE && column->unit == THANRAK_KPI_UNIT_BAHT)
            thanrak_kpi_district_set (district, column->id, sales);
        }
      g_ptr_array_add (districts, district);
    }
  return districts;
}

/**
 * thanrak_report_check_kpi_districts:
 * @rule_set: a KPI rule set
 * @districts: (element-type ThanrakKpiDistrict): its districts
 *
 * Looks for base figures far out of line with the other districts
 * (thanrak_check_district_figures(), domain.md §6), column by column;
 * a finding's index is the district's index in @districts.
 *
 * Returns: (transfer full) (element-type ThanrakFinding): the warnings,
 *   perhaps none
 */
GPtrArray *
thanrak_report_check_kpi_districts (ThanrakKpiRuleSet *rule_set,
                                    GPtrArray         *districts)
{
  GPtrArray *all = g_ptr_array_new_with_free_func ((GDestroyNotify) thanrak_finding_free);

  g_return_val_if_fail (rule_set != NULL, all);
  g_return_val_if_fail (districts != NULL, all);

  for (guint c = 0; c < thanrak_kpi_rule_set_get_n_columns (rule_set); c++)
    {
      const ThanrakKpiColumn *column = thanrak_kpi_rule_set_get_column (rule_set, c);
      g_autofree ThanrakDistrictFigure *figures = NULL;
      g_autofree guint *index = NULL;
      g_autoptr(GPtrArray) findings = NULL;
      guint n = 0;

      if (column->role != THANRAK_KPI_COLUMN_BASE || column->unit == THANRAK_KPI_UNIT_FLAG)
        continue;
      figures = g_new0 (ThanrakDistrictFigure, MAX (districts->len, 1));
      index = g_new0 (guint, MAX (districts->len, 1));
      for (guint r = 0; r < districts->len; r++)
        {
          ThanrakKpiDistrict *d = g_ptr_array_index (districts, r);

          if (thanrak_kpi_district_get (d, column->id, &figures[n].value))
            {
              figures[n].name = d->name;
              figures[n].last_year = -1;
              index[n++] = r;
            }
        }
      findings = thanrak_check_district_figures (figures, n, column->heading,
                                                 column->unit == THANRAK_KPI_UNIT_BAHT, 0, 0);
      for (guint i = 0; i < findings->len; i++)
        {
          ThanrakFinding *f = g_ptr_array_index (findings, i);

          g_ptr_array_add (all, thanrak_finding_new (f->code,
                                                     f->index >= 0 ? (int) index[f->index] : -1,
                                                     f->message));
        }
    }
  return all;
}
