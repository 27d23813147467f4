/* thanrak-form-budget-check.c: form 8's budget checks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "thanrak-checks.h"
#include "thanrak-form-budget-check-private.h"

/* Declared in thanrak-form-project-proposal.h, which cannot be included
 * here (see thanrak-form-budget-check-private.h). */
const char *thanrak_form_project_proposal_finding_message (gconstpointer finding);

/*
 * _thanrak_form_check_budget:
 * @units: per line a count, or 0 or less for a lump sum
 * @typed_total_satang: the typed total, 0 for none
 *
 * thanrak_check_budget() over a proposal's lines (seed 002; domain.md §6).
 *
 * Returns: (transfer container) (element-type ThanrakFinding): the findings
 */
GPtrArray *
_thanrak_form_check_budget (const char * const *descriptions,
                            const gint64       *units,
                            const gint64       *rates_satang,
                            const gint64       *amounts_satang,
                            guint               n_lines,
                            gint64              typed_total_satang,
                            const char         *typed_words)
{
  g_autofree ThanrakBudgetLine *lines = g_new0 (ThanrakBudgetLine, MAX (n_lines, 1));

  for (guint i = 0; i < n_lines; i++)
    {
      lines[i].description = descriptions[i];
      lines[i].units = units[i] > 0 ? units[i] : -1;
      lines[i].rate = rates_satang[i];
      lines[i].amount = amounts_satang[i];
    }

  return thanrak_check_budget (lines, n_lines,
                               typed_total_satang != 0 ? typed_total_satang : THANRAK_CHECK_NO_TOTAL,
                               typed_words);
}

/**
 * thanrak_form_project_proposal_finding_message:
 * @finding: a #ThanrakFinding of thanrak_form_project_proposal_new()
 *
 * The warning of a finding, translated, for files that cannot include
 * `thanrak-checks.h` beside the model (both name a type
 * ThanrakBudgetLine).
 *
 * Returns: (transfer none): the message
 */
const char *
thanrak_form_project_proposal_finding_message (gconstpointer finding)
{
  g_return_val_if_fail (finding != NULL, NULL);

  return ((const ThanrakFinding *) finding)->message;
}
