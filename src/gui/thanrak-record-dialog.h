/* thanrak-record-dialog.h: a dialog that edits some fields of a record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "thanrak-draft.h"
#include "thanrak-record.h"

G_BEGIN_DECLS

/**
 * ThanrakRecordDialogFunc:
 * @record: (nullable): the record, its fields changed and valid; %NULL
 *   when the person cancelled
 * @user_data: data given to thanrak_record_dialog_present()
 *
 * Called when the person saves the dialog; the caller stores @record.
 */
typedef void (*ThanrakRecordDialogFunc) (ThanrakRecord *record,
                                         gpointer       user_data);

GtkWidget *thanrak_record_dialog_present (GtkWidget               *parent,
                                          const char              *heading,
                                          ThanrakRecord           *record,
                                          const char * const      *fields,
                                          ThanrakRecordDialogFunc  saved,
                                          gpointer                 user_data);

void       thanrak_record_dialog_keep_draft (GtkWidget    *dialog,
                                             ThanrakDraft *draft,
                                             GKeyFile     *restore);

char      *thanrak_record_dialog_format_date (const char *iso);
gboolean   thanrak_record_dialog_parse_date (const char *text,
                                             GDate      *date);

G_END_DECLS
