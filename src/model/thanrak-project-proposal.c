/* thanrak-project-proposal.c: a project proposal using government budget (แบบเสนอโครงการที่ใช้งบประมาณของราชการ)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-core-enums.h"
#include "thanrak-model-enums.h"
#include "thanrak-record-private.h"
#include "thanrak-validation.h"
#include "thanrak-project-proposal.h"

/**
 * ThanrakProjectProposal:
 *
 * A project proposal using government budget (แบบเสนอโครงการที่ใช้งบประมาณของราชการ; seed 002 form; section 5 (budget) is the budget lines).
 * Its fields are properties (see #ThanrakRecord):
 *
 * - `number`: Project number (เลขที่โครงการ, e.g. 1/2563)
 * - `fiscal-year`: Fiscal year
 * - `name`: Project name
 * - `unit`: Responsible unit
 * - `rationale`: Rationale (section 1)
 * - `objectives`: Objectives (section 2)
 * - `method`: Steps and method (section 3)
 * - `targets`: Targets (section 4)
 * - `location`: Location (section 6)
 * - `duration`: Duration (section 7)
 * - `expected-results`: Expected results (section 8)
 * - `indicators`: Indicators (section 9)
 * - `proposer`: Proposer (section 10)
 * - `proposer-position`: Position of the proposer
 * - `endorser`: Endorser (section 11)
 * - `endorser-position`: Position of the endorser
 * - `endorsed`: Endorsed
 * - `approver`: Approver (section 12)
 * - `approver-position`: Position of the approver
 * - `approved`: Approved
 * - `typed-total-satang`: Total as typed on the paper form, in satang (0: none typed), checked against the budget lines (seed 002, domain.md §6)
 * - `typed-words`: Total in words as typed on the paper form, checked against the typed total
 */
struct _ThanrakProjectProposal
{
  ThanrakRecord parent_instance;

  char *number;
  int fiscal_year;
  char *name;
  char *unit;
  char *rationale;
  char *objectives;
  char *method;
  char *targets;
  char *location;
  char *duration;
  char *expected_results;
  char *indicators;
  char *proposer;
  char *proposer_position;
  char *endorser;
  char *endorser_position;
  gboolean endorsed;
  char *approver;
  char *approver_position;
  gboolean approved;
  gint64 typed_total_satang;
  char *typed_words;

  GPtrArray *budget_lines;
};

G_DEFINE_BOXED_TYPE (ThanrakBudgetLine, thanrak_budget_line,
                     thanrak_budget_line_copy, thanrak_budget_line_free)

G_DEFINE_FINAL_TYPE (ThanrakProjectProposal, thanrak_project_proposal, THANRAK_TYPE_RECORD)

static const ThanrakFieldSpec fields[] = {
  { "number", N_("Project number"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakProjectProposal, number) },
  { "fiscal-year", N_("Fiscal year"), THANRAK_FIELD_INT, G_STRUCT_OFFSET (ThanrakProjectProposal, fiscal_year) },
  { "name", N_("Project name"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakProjectProposal, name) },
  { "unit", N_("Responsible unit"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakProjectProposal, unit) },
  { "rationale", N_("Rationale"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakProjectProposal, rationale) },
  { "objectives", N_("Objectives"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakProjectProposal, objectives) },
  { "method", N_("Steps and method"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakProjectProposal, method) },
  { "targets", N_("Targets"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakProjectProposal, targets) },
  { "location", N_("Location"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakProjectProposal, location) },
  { "duration", N_("Duration"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakProjectProposal, duration) },
  { "expected-results", N_("Expected results"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakProjectProposal, expected_results) },
  { "indicators", N_("Indicators"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakProjectProposal, indicators) },
  { "proposer", N_("Proposer"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakProjectProposal, proposer) },
  { "proposer-position", N_("Position of the proposer"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakProjectProposal, proposer_position) },
  { "endorser", N_("Endorser"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakProjectProposal, endorser) },
  { "endorser-position", N_("Position of the endorser"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakProjectProposal, endorser_position) },
  { "endorsed", N_("Endorsed"), THANRAK_FIELD_BOOLEAN, G_STRUCT_OFFSET (ThanrakProjectProposal, endorsed) },
  { "approver", N_("Approver"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakProjectProposal, approver) },
  { "approver-position", N_("Position of the approver"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakProjectProposal, approver_position) },
  { "approved", N_("Approved"), THANRAK_FIELD_BOOLEAN, G_STRUCT_OFFSET (ThanrakProjectProposal, approved) },
  { "typed-total-satang", N_("Total as typed"), THANRAK_FIELD_INT64, G_STRUCT_OFFSET (ThanrakProjectProposal, typed_total_satang) },
  { "typed-words", N_("Total in words as typed"), THANRAK_FIELD_STRING, G_STRUCT_OFFSET (ThanrakProjectProposal, typed_words) },
};

enum {
  PROP_BUDGET_LINES = G_N_ELEMENTS (fields) + 1,
  N_PROPS
};

static GParamSpec *budget_lines_pspec;

static gboolean
validate_budget_lines (ThanrakProjectProposal  *self,
                       GError                 **error)
{
  for (guint i = 0; i < self->budget_lines->len; i++)
    {
      ThanrakBudgetLine *line = g_ptr_array_index (self->budget_lines, i);

      if (line->description == NULL || *line->description == '\0')
        {
          g_set_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_REQUIRED,
                       _("Budget line %u has no description: say what the money is for."),
                       i + 1);
          return FALSE;
        }
      if (line->units < 0 || line->rate_satang < 0 || line->amount_satang < 0)
        {
          g_set_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_RANGE,
                       _("Budget line %u (%s) has a negative number: enter units, rate and amount of zero or more."),
                       i + 1, line->description);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
thanrak_project_proposal_real_validate (ThanrakRecord  *record,
                                        GError        **error)
{
  ThanrakProjectProposal *self = THANRAK_PROJECT_PROPOSAL (record);
  GObject *object = G_OBJECT (self);

  return thanrak_validate_required (object, "name", error) &&
         thanrak_validate_year_be (object, "fiscal-year", FALSE, error) &&
         thanrak_validate_required (object, "unit", error) &&
         validate_budget_lines (self, error);
}

static void
thanrak_project_proposal_finalize (GObject *object)
{
  ThanrakProjectProposal *self = THANRAK_PROJECT_PROPOSAL (object);

  g_clear_pointer (&self->budget_lines, g_ptr_array_unref);

  G_OBJECT_CLASS (thanrak_project_proposal_parent_class)->finalize (object);
}

static void
thanrak_project_proposal_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  ThanrakProjectProposal *self = THANRAK_PROJECT_PROPOSAL (object);

  if (prop_id == PROP_BUDGET_LINES)
    g_value_set_boxed (value, self->budget_lines);
  else
    _thanrak_record_field_get_property (object, prop_id, value, pspec);
}

static void
thanrak_project_proposal_class_init (ThanrakProjectProposalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ThanrakRecordClass *record_class = THANRAK_RECORD_CLASS (klass);

  thanrak_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  record_class->validate = thanrak_project_proposal_real_validate;
  object_class->finalize = thanrak_project_proposal_finalize;
  object_class->get_property = thanrak_project_proposal_get_property;

  /**
   * ThanrakProjectProposal:budget-lines: (type GPtrArray(ThanrakBudgetLine))
   *
   * The budget lines (section 5 of the form), in order.
   */
  budget_lines_pspec =
    g_param_spec_boxed ("budget-lines", N_("Budget lines"), N_("Budget lines"),
                        G_TYPE_PTR_ARRAY,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_property (object_class, PROP_BUDGET_LINES, budget_lines_pspec);
}

static void
thanrak_project_proposal_init (ThanrakProjectProposal *self)
{
  self->budget_lines = g_ptr_array_new_with_free_func ((GDestroyNotify) thanrak_budget_line_free);
}

/**
 * thanrak_project_proposal_new:
 *
 * Creates an empty record, not yet stored (id 0).
 *
 * Returns: (transfer full): a new #ThanrakProjectProposal
 */
ThanrakProjectProposal *
thanrak_project_proposal_new (void)
{
  return g_object_new (THANRAK_TYPE_PROJECT_PROPOSAL, NULL);
}

/**
 * thanrak_project_proposal_validate:
 * @self: a #ThanrakProjectProposal
 * @error: return location for a #GError
 *
 * Checks the fields listed for #ThanrakProjectProposal (seed 002 form; section 5 (budget) is the budget lines); see
 * thanrak_record_validate().
 *
 * Returns: %TRUE if valid; %FALSE with %THANRAK_VALIDATION_ERROR
 */
gboolean
thanrak_project_proposal_validate (ThanrakProjectProposal  *self,
                                   GError     **error)
{
  g_return_val_if_fail (THANRAK_IS_PROJECT_PROPOSAL (self), FALSE);

  return thanrak_record_validate (THANRAK_RECORD (self), error);
}

/**
 * thanrak_budget_line_new:
 * @group: (nullable): the budget group, e.g. ค่าใช้สอย
 * @description: what the money is for
 * @units: how many units
 * @rate_satang: the price of one unit, satang
 * @amount_satang: the amount, satang
 *
 * Returns: (transfer full): a new #ThanrakBudgetLine
 */
ThanrakBudgetLine *
thanrak_budget_line_new (const char *group,
                         const char *description,
                         gint64      units,
                         gint64      rate_satang,
                         gint64      amount_satang)
{
  ThanrakBudgetLine *line = g_new0 (ThanrakBudgetLine, 1);

  line->group = g_strdup (group);
  line->description = g_strdup (description);
  line->units = units;
  line->rate_satang = rate_satang;
  line->amount_satang = amount_satang;
  return line;
}

/**
 * thanrak_budget_line_copy:
 * @line: a #ThanrakBudgetLine
 *
 * Returns: (transfer full): a copy of @line
 */
ThanrakBudgetLine *
thanrak_budget_line_copy (const ThanrakBudgetLine *line)
{
  return thanrak_budget_line_new (line->group, line->description, line->units,
                                  line->rate_satang, line->amount_satang);
}

/**
 * thanrak_budget_line_free:
 * @line: (transfer full): a #ThanrakBudgetLine
 *
 * Frees @line.
 */
void
thanrak_budget_line_free (ThanrakBudgetLine *line)
{
  if (line == NULL)
    return;
  g_free (line->group);
  g_free (line->description);
  g_free (line);
}

/**
 * thanrak_project_proposal_get_budget_lines:
 * @self: a #ThanrakProjectProposal
 *
 * Returns: (transfer none) (element-type ThanrakBudgetLine): the budget
 *   lines in order
 */
GPtrArray *
thanrak_project_proposal_get_budget_lines (ThanrakProjectProposal *self)
{
  g_return_val_if_fail (THANRAK_IS_PROJECT_PROPOSAL (self), NULL);

  return self->budget_lines;
}

/**
 * thanrak_project_proposal_add_budget_line:
 * @self: a #ThanrakProjectProposal
 * @group: (nullable): the budget group, e.g. ค่าใช้สอย
 * @description: what the money is for
 * @units: how many units
 * @rate_satang: the price of one unit, satang
 * @amount_satang: the amount, satang
 *
 * Appends a budget line; notifies #ThanrakProjectProposal:budget-lines.
 */
void
thanrak_project_proposal_add_budget_line (ThanrakProjectProposal *self,
                                          const char             *group,
                                          const char             *description,
                                          gint64                  units,
                                          gint64                  rate_satang,
                                          gint64                  amount_satang)
{
  g_return_if_fail (THANRAK_IS_PROJECT_PROPOSAL (self));

  g_ptr_array_add (self->budget_lines,
                   thanrak_budget_line_new (group, description, units, rate_satang, amount_satang));
  g_object_notify_by_pspec (G_OBJECT (self), budget_lines_pspec);
}

/**
 * thanrak_project_proposal_clear_budget_lines:
 * @self: a #ThanrakProjectProposal
 *
 * Removes every budget line; notifies if there were any.
 */
void
thanrak_project_proposal_clear_budget_lines (ThanrakProjectProposal *self)
{
  g_return_if_fail (THANRAK_IS_PROJECT_PROPOSAL (self));

  if (self->budget_lines->len == 0)
    return;
  g_ptr_array_set_size (self->budget_lines, 0);
  g_object_notify_by_pspec (G_OBJECT (self), budget_lines_pspec);
}

/**
 * thanrak_project_proposal_get_total_satang:
 * @self: a #ThanrakProjectProposal
 *
 * Returns: the sum of the amounts of the budget lines, satang
 */
gint64
thanrak_project_proposal_get_total_satang (ThanrakProjectProposal *self)
{
  gint64 total = 0;

  g_return_val_if_fail (THANRAK_IS_PROJECT_PROPOSAL (self), 0);

  for (guint i = 0; i < self->budget_lines->len; i++)
    total += ((ThanrakBudgetLine *) g_ptr_array_index (self->budget_lines, i))->amount_satang;
  return total;
}
