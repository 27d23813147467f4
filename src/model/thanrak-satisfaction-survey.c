/* thanrak-satisfaction-survey.c: a satisfaction survey of a center (การประเมินความพึงพอใจ)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-core-enums.h"
#include "thanrak-model-enums.h"
#include "thanrak-record-private.h"
#include "thanrak-validation.h"
#include "thanrak-satisfaction-survey.h"

/**
 * ThanrakSatisfactionSurvey:
 *
 * A satisfaction survey of a center (การประเมินความพึงพอใจ; seed 001 item 10).
 * Its fields are properties (see #ThanrakRecord):
 *
 * - `center-id`: Center
 * - `fiscal-year`: Fiscal year
 * - `survey-date`: Survey date
 * - `respondents`: Respondents
 * - `level`: Satisfaction level, a #Satisfaction_Level
 * - `notes`: Notes
 */
struct _ThanrakSatisfactionSurvey
{
  ThanrakRecord parent_instance;

  gint64 center_id;
  int fiscal_year;
  char *survey_date;
  int respondents;
  int level;
  char *notes;
};

G_DEFINE_FINAL_TYPE (ThanrakSatisfactionSurvey, thanrak_satisfaction_survey, THANRAK_TYPE_RECORD)

static const ThanrakFieldSpec fields[] = {
  { "center-id", N_("Center"), THANRAK_FIELD_INT64, G_STRUCT_OFFSET (ThanrakSatisfactionSurvey, center_id) },
  { "fiscal-year", N_("Fiscal year"), THANRAK_FIELD_INT, G_STRUCT_OFFSET (ThanrakSatisfactionSurvey, fiscal_year) },
  { "survey-date", N_("Survey date"), THANRAK_FIELD_DATE, G_STRUCT_OFFSET (ThanrakSatisfactionSurvey, survey_date) },
  { "respondents", N_("Respondents"), THANRAK_FIELD_INT, G_STRUCT_OFFSET (ThanrakSatisfactionSurvey, respondents) },
  { "level", N_("Satisfaction level"), THANRAK_FIELD_ENUM, G_STRUCT_OFFSET (ThanrakSatisfactionSurvey, level), thanrak_satisfaction_level_get_type },
  { "notes", N_("Notes"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakSatisfactionSurvey, notes) },
};

static gboolean
thanrak_satisfaction_survey_real_validate (ThanrakRecord  *record,
                                           GError        **error)
{
  GObject *object = G_OBJECT (record);

  return thanrak_validate_reference (object, "center-id", error) &&
         thanrak_validate_year_be (object, "fiscal-year", FALSE, error) &&
         thanrak_validate_date (object, "survey-date", TRUE, error) &&
         thanrak_validate_non_negative (object, "respondents", error) &&
         thanrak_validate_range (object, "level", 0, thanrak_enum_get_n_values (THANRAK_TYPE_SATISFACTION_LEVEL) - 1, FALSE, error);
}

static void
thanrak_satisfaction_survey_class_init (ThanrakSatisfactionSurveyClass *klass)
{
  ThanrakRecordClass *record_class = THANRAK_RECORD_CLASS (klass);

  thanrak_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  record_class->validate = thanrak_satisfaction_survey_real_validate;
}

static void
thanrak_satisfaction_survey_init (ThanrakSatisfactionSurvey *self)
{
}

/**
 * thanrak_satisfaction_survey_new:
 *
 * Creates an empty record, not yet stored (id 0).
 *
 * Returns: (transfer full): a new #ThanrakSatisfactionSurvey
 */
ThanrakSatisfactionSurvey *
thanrak_satisfaction_survey_new (void)
{
  return g_object_new (THANRAK_TYPE_SATISFACTION_SURVEY, NULL);
}

/**
 * thanrak_satisfaction_survey_validate:
 * @self: a #ThanrakSatisfactionSurvey
 * @error: return location for a #GError
 *
 * Checks the fields listed for #ThanrakSatisfactionSurvey (seed 001 item 10); see
 * thanrak_record_validate().
 *
 * Returns: %TRUE if valid; %FALSE with %THANRAK_VALIDATION_ERROR
 */
gboolean
thanrak_satisfaction_survey_validate (ThanrakSatisfactionSurvey  *self,
                                      GError     **error)
{
  g_return_val_if_fail (THANRAK_IS_SATISFACTION_SURVEY (self), FALSE);

  return thanrak_record_validate (THANRAK_RECORD (self), error);
}
