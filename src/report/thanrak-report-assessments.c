/* thanrak-report-assessments.c: the saved center assessments that forms 1 and 2 print
 *
 * Forms 1 (แบบประเมินศูนย์ฯ) and 2 (แบบสรุปผลการประเมินศูนย์ฯ) print the
 * assessment a person saved on the centers page
 * (ThanrakCenterAssessment, one per center and fiscal year): the app's
 * รายงาน page and `thanrak-cli export assessment --center ID` /
 * `assessment-summary` without --input both read it here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "thanrak-model.h"
#include "thanrak-report-assessments.h"
#include "thanrak-report-error.h"

/**
 * thanrak_report_assessed_center_free:
 * @self: (nullable): an assessed center
 *
 * Frees @self and its assessment.
 */
void
thanrak_report_assessed_center_free (ThanrakReportAssessedCenter *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_free (self->district_code);
  g_free (self->subdistrict);
  g_free (self->district);
  g_free (self->province);
  g_clear_pointer (&self->assessment, thanrak_assessment_free);
  g_free (self);
}

/**
 * thanrak_report_assessed_center_get_form_center:
 * @self: an assessed center
 * @center: (out caller-allocates): the center as form 1 prints it; its
 *   texts point into @self
 *
 * Fills the heading of form 1 (thanrak_form_assessment_new()).
 */
void
thanrak_report_assessed_center_get_form_center (const ThanrakReportAssessedCenter *self,
                                                ThanrakFormCenter                 *center)
{
  g_return_if_fail (self != NULL && center != NULL);

  center->name = self->name;
  center->subdistrict = self->subdistrict;
  center->district = self->district;
  center->province = self->province;
  center->fiscal_year = self->fiscal_year;
}

/**
 * thanrak_report_apply_saved_assessment:
 * @assessment: an assessment
 * @saved: a #ThanrakCenterAssessment record
 *
 * Sets every item of @assessment to what @saved holds (seed 001): the
 * items of aspects 1 to 8 as answered; aspect 9 from the services counted
 * (`service-count`, thanrak_assessment_item9_for_services()) and aspect
 * 10 from the satisfaction level (`satisfaction`,
 * thanrak_assessment_item10_for_satisfaction()), one item each or none.
 */
void
thanrak_report_apply_saved_assessment (ThanrakAssessment *assessment,
                                       ThanrakRecord     *saved)
{
  static const ThanrakSatisfaction levels[] = {
    [THANRAK_SATISFACTION_LEVEL_NOT_ASSESSED] = THANRAK_SATISFACTION_NOT_ASSESSED,
    [THANRAK_SATISFACTION_LEVEL_LOW] = THANRAK_SATISFACTION_LOW,
    [THANRAK_SATISFACTION_LEVEL_MEDIUM] = THANRAK_SATISFACTION_MEDIUM,
    [THANRAK_SATISFACTION_LEVEL_HIGH] = THANRAK_SATISFACTION_HIGH,
  };
  guint n_items;
  const ThanrakAssessmentItem *items = thanrak_assessment_get_items (&n_items);
  gint64 level;

  g_return_if_fail (assessment != NULL);
  g_return_if_fail (THANRAK_IS_CENTER_ASSESSMENT (saved));

  for (guint i = 0; i < n_items; i++)
    if (thanrak_center_assessment_is_item_id (items[i].id))
      thanrak_assessment_set (assessment, items[i].id,
                              thanrak_center_assessment_get_answer (THANRAK_CENTER_ASSESSMENT (saved), items[i].id));
  level = thanrak_record_get_number (saved, "satisfaction");
  thanrak_assessment_choose (assessment, 9,
                             thanrak_assessment_item9_for_services ((int) thanrak_record_get_number (saved, "service-count")));
  thanrak_assessment_choose (assessment, 10,
                             level >= 0 && level < (gint64) G_N_ELEMENTS (levels)
                             ? thanrak_assessment_item10_for_satisfaction (levels[level]) : NULL);
}

static char *
place_name (ThanrakStore *store,
            const char   *code)
{
  g_autoptr(ThanrakPlace) place = NULL;

  if (code == NULL || *code == '\0')
    return NULL;
  place = thanrak_store_lookup_place (store, code, NULL);
  return place != NULL ? g_strdup (place->name_th) : NULL;
}

/* The center's assessment of @fiscal_year, or NULL (no error) when none
 * was saved. */
static ThanrakReportAssessedCenter *
assessed_center (ThanrakStore   *store,
                 ThanrakRecord  *center,
                 guint           fiscal_year,
                 GError        **error)
{
  ThanrakStoreQuery query = { 0 };
  g_autoptr(GPtrArray) saved = NULL;
  ThanrakRecord *record = NULL;
  ThanrakReportAssessedCenter *self;
  const char *district_code = thanrak_record_get_string (center, "district-code");
  g_autofree char *province_code = NULL;

  query.parent_field = "center-id";
  query.parent_id = thanrak_record_get_id (center);
  query.fiscal_year = (int) fiscal_year;
  saved = thanrak_store_list (store, THANRAK_TYPE_CENTER_ASSESSMENT, &query, error);
  if (saved == NULL)
    return NULL;
  for (guint i = 0; i < saved->len; i++)
    if ((guint) thanrak_record_get_number (g_ptr_array_index (saved, i), "fiscal-year") == fiscal_year)
      record = g_ptr_array_index (saved, i);
  if (record == NULL)
    return NULL;

  self = g_new0 (ThanrakReportAssessedCenter, 1);
  self->center_id = thanrak_record_get_id (center);
  self->name = g_strdup (thanrak_record_get_string (center, "name"));
  self->district_code = g_strdup (district_code);
  self->subdistrict = place_name (store, thanrak_record_get_string (center, "subdistrict-code"));
  self->district = place_name (store, district_code);
  if (district_code != NULL && strlen (district_code) >= 2)
    province_code = g_strndup (district_code, 2);
  self->province = place_name (store, province_code);
  self->fiscal_year = fiscal_year;
  self->assessment = thanrak_assessment_new ();
  thanrak_report_apply_saved_assessment (self->assessment, record);
  return self;
}

/**
 * thanrak_report_load_center_assessment:
 * @store: an open store
 * @center_id: the center's record id
 * @fiscal_year: the fiscal year (Buddhist Era)
 * @error: return location for a #GError
 *
 * Reads what form 1 prints: the center, its place names and the
 * assessment saved for @fiscal_year (the items held; score and grade
 * follow from them, seed 001).
 *
 * Returns: (transfer full): the assessed center; %NULL with a
 *   %THANRAK_STORE_ERROR, or %THANRAK_REPORT_ERROR_NOT_FOUND when no
 *   assessment of that year was saved
 */
ThanrakReportAssessedCenter *
thanrak_report_load_center_assessment (ThanrakStore  *store,
                                       gint64         center_id,
                                       guint          fiscal_year,
                                       GError       **error)
{
  g_autoptr(ThanrakRecord) center = NULL;
  g_autoptr(GError) local_error = NULL;
  ThanrakReportAssessedCenter *assessed;

  g_return_val_if_fail (THANRAK_IS_STORE (store), NULL);

  center = thanrak_store_load (store, THANRAK_TYPE_CENTER, center_id, error);
  if (center == NULL)
    return NULL;
  assessed = assessed_center (store, center, fiscal_year, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (assessed == NULL)
    g_set_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_NOT_FOUND,
                 _("“%s” has no assessment saved for fiscal year %u: assess it on the centers page and save it first"),
                 thanrak_record_get_string (center, "name"), fiscal_year);
  return assessed;
}

/**
 * thanrak_report_list_center_assessments:
 * @store: an open store
 * @province_code: the province's 2-digit code
 * @fiscal_year: the fiscal year (Buddhist Era)
 * @error: return location for a #GError
 *
 * Reads what form 2 prints: the centers of a province that have an
 * assessment saved for @fiscal_year, by district code then name. Centers
 * not assessed that year are left out.
 *
 * Returns: (transfer full) (element-type ThanrakReportAssessedCenter):
 *   the assessed centers; %NULL with a %THANRAK_STORE_ERROR, or
 *   %THANRAK_REPORT_ERROR_NOT_FOUND when none was assessed that year
 */
GPtrArray *
thanrak_report_list_center_assessments (ThanrakStore  *store,
                                        const char    *province_code,
                                        guint          fiscal_year,
                                        GError       **error)
{
  ThanrakStoreQuery query = { 0 };
  g_autoptr(GPtrArray) centers = NULL;
  g_autoptr(GPtrArray) assessed = NULL;
  g_autofree char *province = NULL;

  g_return_val_if_fail (THANRAK_IS_STORE (store), NULL);
  g_return_val_if_fail (province_code != NULL, NULL);

  query.order_by = "district-code";
  centers = thanrak_store_list (store, THANRAK_TYPE_CENTER, &query, error);
  if (centers == NULL)
    return NULL;
  assessed = g_ptr_array_new_with_free_func ((GDestroyNotify) thanrak_report_assessed_center_free);
  for (guint i = 0; i < centers->len; i++)
    {
      ThanrakRecord *center = g_ptr_array_index (centers, i);
      const char *district_code = thanrak_record_get_string (center, "district-code");
      g_autoptr(GError) local_error = NULL;
      ThanrakReportAssessedCenter *one;

      if (district_code == NULL || !g_str_has_prefix (district_code, province_code))
        continue;
      one = assessed_center (store, center, fiscal_year, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (one != NULL)
        g_ptr_array_add (assessed, one);
    }
  if (assessed->len == 0)
    {
      province = place_name (store, province_code);
      g_set_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_NOT_FOUND,
                   _("No center of %s has an assessment saved for fiscal year %u: assess the centers on the centers page first"),
                   province != NULL ? province : province_code, fiscal_year);
      return NULL;
    }
  return g_steal_pointer (&assessed);
}

/**
 * thanrak_report_assessment_summary_sheet:
 * @centers: (element-type ThanrakReportAssessedCenter): the assessed
 *   centers, from thanrak_report_list_center_assessments()
 * @province: (nullable): the province's Thai name
 * @fiscal_year: the fiscal year (Buddhist Era), or 0
 * @options: (nullable): the form's options (Thai digits, office, date)
 *
 * Form 2 of the assessed centers (thanrak_form_assessment_summary_new()),
 * one row per center under its district's name.
 *
 * Returns: (transfer full): the sheet
 */
ThanrakReportSheet *
thanrak_report_assessment_summary_sheet (GPtrArray                *centers,
                                         const char               *province,
                                         guint                     fiscal_year,
                                         const ThanrakFormOptions *options)
{
  g_autofree ThanrakFormSummaryCenter *rows = NULL;

  g_return_val_if_fail (centers != NULL, NULL);

  rows = g_new0 (ThanrakFormSummaryCenter, MAX (centers->len, 1));
  for (guint i = 0; i < centers->len; i++)
    {
      const ThanrakReportAssessedCenter *c = g_ptr_array_index (centers, i);

      rows[i].district = c->district != NULL ? c->district : c->district_code;
      rows[i].assessment = c->assessment;
    }
  return thanrak_form_assessment_summary_new (province, fiscal_year, rows, centers->len, options);
}
