/* thanrak-project-proposal.h: a project proposal using government budget (แบบเสนอโครงการที่ใช้งบประมาณของราชการ)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-record.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_PROJECT_PROPOSAL (thanrak_project_proposal_get_type ())

/**
 * ThanrakBudgetLine:
 * @group: (nullable): the budget group, e.g. ค่าใช้สอย, ค่าวัสดุ
 * @description: what the money is for
 * @units: how many units
 * @rate_satang: the price of one unit, satang
 * @amount_satang: the amount as typed, satang (normally @units x @rate_satang)
 *
 * One line of the budget of a project proposal (seed 002, section 5).
 */
typedef struct
{
  char   *group;
  char   *description;
  gint64  units;
  gint64  rate_satang;
  gint64  amount_satang;
} ThanrakBudgetLine;

#define THANRAK_TYPE_BUDGET_LINE (thanrak_budget_line_get_type ())

GType              thanrak_budget_line_get_type (void) G_GNUC_CONST;
ThanrakBudgetLine *thanrak_budget_line_new      (const char              *group,
                                                 const char              *description,
                                                 gint64                   units,
                                                 gint64                   rate_satang,
                                                 gint64                   amount_satang);
ThanrakBudgetLine *thanrak_budget_line_copy     (const ThanrakBudgetLine *line);
void               thanrak_budget_line_free     (ThanrakBudgetLine       *line);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ThanrakBudgetLine, thanrak_budget_line_free)

G_DECLARE_FINAL_TYPE (ThanrakProjectProposal, thanrak_project_proposal, THANRAK, PROJECT_PROPOSAL, ThanrakRecord)

ThanrakProjectProposal *thanrak_project_proposal_new (void);
gboolean thanrak_project_proposal_validate (ThanrakProjectProposal *self,
                                            GError                 **error);
GPtrArray *thanrak_project_proposal_get_budget_lines   (ThanrakProjectProposal *self);
void       thanrak_project_proposal_add_budget_line    (ThanrakProjectProposal *self,
                                                        const char             *group,
                                                        const char             *description,
                                                        gint64                  units,
                                                        gint64                  rate_satang,
                                                        gint64                  amount_satang);
void       thanrak_project_proposal_clear_budget_lines (ThanrakProjectProposal *self);
gint64     thanrak_project_proposal_get_total_satang   (ThanrakProjectProposal *self);

G_END_DECLS
