/* thanrak-draft.h: unsaved changes kept on disk until saved or dropped
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "thanrak-record.h"
#include "thanrak-store.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_DRAFT (thanrak_draft_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakDraft, thanrak_draft, THANRAK, DRAFT, GObject)

/**
 * ThanrakDraftFillFunc:
 * @draft: the draft about to be written
 * @key_file: an empty key file to put the editor's state in
 * @user_data: data given to thanrak_draft_new()
 *
 * Puts what the editor holds into @key_file; called a moment after
 * thanrak_draft_schedule(), or at once by thanrak_draft_flush().
 *
 * Returns: %FALSE when there is nothing to keep (the draft is removed)
 */
typedef gboolean (*ThanrakDraftFillFunc) (ThanrakDraft *draft,
                                          GKeyFile     *key_file,
                                          gpointer      user_data);

ThanrakDraft  *thanrak_draft_new           (const char            *name,
                                            ThanrakDraftFillFunc   fill,
                                            gpointer               user_data);
void           thanrak_draft_set_fill_func (ThanrakDraft          *self,
                                            ThanrakDraftFillFunc   fill,
                                            gpointer               user_data);
const char    *thanrak_draft_get_name      (ThanrakDraft          *self);
char          *thanrak_draft_dup_path      (ThanrakDraft          *self);
void           thanrak_draft_schedule      (ThanrakDraft          *self);
void           thanrak_draft_flush         (ThanrakDraft          *self);
void           thanrak_draft_discard       (ThanrakDraft          *self);
GKeyFile      *thanrak_draft_load          (ThanrakDraft          *self);
gboolean       thanrak_draft_get_loaded    (ThanrakDraft          *self);

void           thanrak_draft_write_record  (GKeyFile              *key_file,
                                            const char            *group,
                                            const char            *fields_group,
                                            ThanrakRecord         *record);
ThanrakRecord *thanrak_draft_read_record   (GKeyFile              *key_file,
                                            const char            *group,
                                            const char            *fields_group,
                                            GType                  record_type,
                                            ThanrakStore          *store);
AdwToast      *thanrak_draft_new_toast     (const char            *title,
                                            GKeyFile              *key_file);
GKeyFile      *thanrak_draft_toast_get_key_file (AdwToast         *toast);

G_END_DECLS
