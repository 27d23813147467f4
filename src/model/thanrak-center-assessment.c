/* thanrak-center-assessment.c: the yearly assessment of a center (แบบประเมินศูนย์บริการส่งเสริมเศรษฐกิจฐานราก)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "thanrak-core-enums.h"
#include "thanrak-model-enums.h"
#include "thanrak-record-private.h"
#include "thanrak-validation.h"
#include "thanrak-center-assessment.h"

/**
 * ThanrakCenterAssessment:
 *
 * The yearly assessment of a center (แบบประเมินศูนย์บริการส่งเสริมเศรษฐกิจฐานราก; seed 001 assessment form, domain.md §4.1; one per center and fiscal year).
 * Its fields are properties (see #ThanrakRecord):
 *
 * - `center-id`: Center
 * - `fiscal-year`: Fiscal year
 * - `service-count`: Services in the year (item 9: services delivered in the fiscal year)
 * - `satisfaction`: Satisfaction level (item 10), a #Satisfaction_Level
 * - `assessor`: Assessor
 * - `assessed-on`: Date assessed
 */
struct _ThanrakCenterAssessment
{
  ThanrakRecord parent_instance;

  gint64 center_id;
  int fiscal_year;
  int service_count;
  int satisfaction;
  char *assessor;
  char *assessed_on;

  /* item id ("1.1" ... "8.3") -> GINT_TO_POINTER (TRUE), for the items held */
  GHashTable *answers;
};

G_DEFINE_FINAL_TYPE (ThanrakCenterAssessment, thanrak_center_assessment, THANRAK_TYPE_RECORD)

static const ThanrakFieldSpec fields[] = {
  { "center-id", N_("Center"), THANRAK_FIELD_INT64, G_STRUCT_OFFSET (ThanrakCenterAssessment, center_id) },
  { "fiscal-year", N_("Fiscal year"), THANRAK_FIELD_INT, G_STRUCT_OFFSET (ThanrakCenterAssessment, fiscal_year) },
  { "service-count", N_("Services in the year"), THANRAK_FIELD_INT, G_STRUCT_OFFSET (ThanrakCenterAssessment, service_count) },
  { "satisfaction", N_("Satisfaction level"), THANRAK_FIELD_ENUM, G_STRUCT_OFFSET (ThanrakCenterAssessment, satisfaction), thanrak_satisfaction_level_get_type },
  { "assessor", N_("Assessor"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakCenterAssessment, assessor) },
  { "assessed-on", N_("Date assessed"), THANRAK_FIELD_DATE, G_STRUCT_OFFSET (ThanrakCenterAssessment, assessed_on) },
};

enum {
  PROP_ANSWERS = G_N_ELEMENTS (fields) + 1,
  N_PROPS
};

static GParamSpec *answers_pspec;

/* The yes/no items of the form, seed 001 aspects 1-8 (items 9 and 10 are
 * the service count and the satisfaction level). */
static const char * const item_ids[] = {
  "1.1", "1.2", "1.3",
  "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7",
  "3.1", "3.2", "3.3", "3.4", "3.5", "3.6",
  "4.1", "4.2", "4.3", "4.4", "4.5",
  "5.1", "5.2", "5.3", "5.4",
  "6.1", "6.2", "6.3",
  "7.1", "7.2", "7.3",
  "8.1", "8.2", "8.3",
  NULL
};

static gboolean
validate_answers (ThanrakCenterAssessment  *self,
                  GError                  **error)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->answers);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      if (!thanrak_center_assessment_is_item_id (key))
        {
          g_set_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_FORMAT,
                       _("Assessment item “%s” is not on the form: use items 1.1 to 8.3."),
                       (const char *) key);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
thanrak_center_assessment_real_validate (ThanrakRecord  *record,
                                         GError        **error)
{
  ThanrakCenterAssessment *self = THANRAK_CENTER_ASSESSMENT (record);
  GObject *object = G_OBJECT (self);

  return thanrak_validate_reference (object, "center-id", error) &&
         thanrak_validate_year_be (object, "fiscal-year", FALSE, error) &&
         thanrak_validate_non_negative (object, "service-count", error) &&
         thanrak_validate_range (object, "satisfaction", 0, thanrak_enum_get_n_values (THANRAK_TYPE_SATISFACTION_LEVEL) - 1, FALSE, error) &&
         thanrak_validate_date (object, "assessed-on", TRUE, error) &&
         validate_answers (self, error);
}

static void
thanrak_center_assessment_finalize (GObject *object)
{
  ThanrakCenterAssessment *self = THANRAK_CENTER_ASSESSMENT (object);

  g_clear_pointer (&self->answers, g_hash_table_unref);

  G_OBJECT_CLASS (thanrak_center_assessment_parent_class)->finalize (object);
}

static void
thanrak_center_assessment_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  ThanrakCenterAssessment *self = THANRAK_CENTER_ASSESSMENT (object);

  if (prop_id == PROP_ANSWERS)
    g_value_set_boxed (value, self->answers);
  else
    _thanrak_record_field_get_property (object, prop_id, value, pspec);
}

static void
thanrak_center_assessment_class_init (ThanrakCenterAssessmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ThanrakRecordClass *record_class = THANRAK_RECORD_CLASS (klass);

  thanrak_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  record_class->validate = thanrak_center_assessment_real_validate;
  object_class->finalize = thanrak_center_assessment_finalize;
  object_class->get_property = thanrak_center_assessment_get_property;

  /**
   * ThanrakCenterAssessment:answers: (type GHashTable(utf8,gpointer))
   *
   * The items of aspects 1-8 the center holds: item id -> %TRUE. Change
   * them with thanrak_center_assessment_set_answer().
   */
  answers_pspec =
    g_param_spec_boxed ("answers", N_("Answers"), N_("Answers"),
                        G_TYPE_HASH_TABLE,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_property (object_class, PROP_ANSWERS, answers_pspec);
}

static void
thanrak_center_assessment_init (ThanrakCenterAssessment *self)
{
  self->answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * thanrak_center_assessment_new:
 *
 * Creates an empty record, not yet stored (id 0).
 *
 * Returns: (transfer full): a new #ThanrakCenterAssessment
 */
ThanrakCenterAssessment *
thanrak_center_assessment_new (void)
{
  return g_object_new (THANRAK_TYPE_CENTER_ASSESSMENT, NULL);
}

/**
 * thanrak_center_assessment_validate:
 * @self: a #ThanrakCenterAssessment
 * @error: return location for a #GError
 *
 * Checks the fields listed for #ThanrakCenterAssessment (seed 001 assessment form, domain.md §4.1; one per center and fiscal year); see
 * thanrak_record_validate().
 *
 * Returns: %TRUE if valid; %FALSE with %THANRAK_VALIDATION_ERROR
 */
gboolean
thanrak_center_assessment_validate (ThanrakCenterAssessment  *self,
                                    GError     **error)
{
  g_return_val_if_fail (THANRAK_IS_CENTER_ASSESSMENT (self), FALSE);

  return thanrak_record_validate (THANRAK_RECORD (self), error);
}

/**
 * thanrak_center_assessment_get_item_ids:
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the
 *   yes/no items of aspects 1-8 of the form, `1.1` to `8.3` (seed 001)
 */
const char * const *
thanrak_center_assessment_get_item_ids (void)
{
  return item_ids;
}

/**
 * thanrak_center_assessment_is_item_id:
 * @item_id: an item id such as `2.4`
 *
 * Returns: %TRUE if @item_id is a yes/no item of the form
 */
gboolean
thanrak_center_assessment_is_item_id (const char *item_id)
{
  return item_id != NULL && g_strv_contains (item_ids, item_id);
}

/**
 * thanrak_center_assessment_get_answer:
 * @self: a #ThanrakCenterAssessment
 * @item_id: an item id such as `1.2`
 *
 * Returns: %TRUE if the center holds the item
 */
gboolean
thanrak_center_assessment_get_answer (ThanrakCenterAssessment *self,
                                      const char              *item_id)
{
  g_return_val_if_fail (THANRAK_IS_CENTER_ASSESSMENT (self), FALSE);

  return item_id != NULL && g_hash_table_contains (self->answers, item_id);
}

/**
 * thanrak_center_assessment_set_answer:
 * @self: a #ThanrakCenterAssessment
 * @item_id: an item id, `1.1` to `8.3`
 * @held: whether the center holds the item
 *
 * Sets the answer to one item; notifies #ThanrakCenterAssessment:answers
 * when it changes. An id not on the form is kept and refused by
 * validation.
 */
void
thanrak_center_assessment_set_answer (ThanrakCenterAssessment *self,
                                      const char              *item_id,
                                      gboolean                 held)
{
  gboolean changed;

  g_return_if_fail (THANRAK_IS_CENTER_ASSESSMENT (self));
  g_return_if_fail (item_id != NULL);

  if (held)
    changed = g_hash_table_insert (self->answers, g_strdup (item_id), GINT_TO_POINTER (TRUE));
  else
    changed = g_hash_table_remove (self->answers, item_id);

  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), answers_pspec);
}

static int
compare_item_ids (gconstpointer a,
                  gconstpointer b)
{
  const char *x = *(const char * const *) a;
  const char *y = *(const char * const *) b;
  int c = atoi (x) - atoi (y);

  if (c != 0)
    return c;
  return atoi (strchr (x, '.') ? strchr (x, '.') + 1 : x) -
         atoi (strchr (y, '.') ? strchr (y, '.') + 1 : y);
}

/**
 * thanrak_center_assessment_dup_held_items:
 * @self: a #ThanrakCenterAssessment
 *
 * Returns: (transfer full): the ids of the items held, in form order
 */
char **
thanrak_center_assessment_dup_held_items (ThanrakCenterAssessment *self)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (THANRAK_IS_CENTER_ASSESSMENT (self), NULL);

  g_hash_table_iter_init (&iter, self->answers);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (ids, g_strdup (key));
  g_ptr_array_sort (ids, compare_item_ids);
  g_ptr_array_add (ids, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&ids), FALSE);
}
