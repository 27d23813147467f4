/* thanrak-form-project-proposal.h: form 8, แบบเสนอโครงการที่ใช้งบประมาณของราชการ
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-form.h"
#include "thanrak-project-proposal.h"

G_BEGIN_DECLS

GPtrArray *thanrak_form_project_proposal_new (ThanrakProjectProposal   *proposal,
                                              const ThanrakFormOptions *options,
                                              GPtrArray               **findings);

G_END_DECLS
