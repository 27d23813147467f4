/* thanrak-proposal-editor.h: the editor of a project proposal (form 8)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "thanrak-project-proposal.h"
#include "thanrak-store.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_PROPOSAL_EDITOR (thanrak_proposal_editor_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakProposalEditor, thanrak_proposal_editor, THANRAK, PROPOSAL_EDITOR, AdwWindow)

ThanrakProposalEditor *thanrak_proposal_editor_new          (GtkWindow              *parent,
                                                             ThanrakStore           *store,
                                                             ThanrakProjectProposal *proposal);
ThanrakRecord         *thanrak_proposal_editor_get_proposal (ThanrakProposalEditor  *self);
gboolean               thanrak_proposal_editor_save         (ThanrakProposalEditor  *self,
                                                             GError                **error);

G_END_DECLS
