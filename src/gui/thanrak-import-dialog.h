/* thanrak-import-dialog.h: importing a CSV or xlsx file, row report first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "thanrak-import.h"
#include "thanrak-store.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_IMPORT_DIALOG (thanrak_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakImportDialog, thanrak_import_dialog, THANRAK, IMPORT_DIALOG, AdwWindow)

ThanrakImportDialog       *thanrak_import_dialog_new         (GtkWindow           *parent,
                                                              ThanrakStore        *store,
                                                              GFile               *file);
ThanrakStore              *thanrak_import_dialog_get_store   (ThanrakImportDialog *self);
GFile                     *thanrak_import_dialog_get_file    (ThanrakImportDialog *self);
void                       thanrak_import_dialog_set_file    (ThanrakImportDialog *self,
                                                              GFile               *file);
void                       thanrak_import_dialog_choose_file (ThanrakImportDialog *self);
ThanrakImportKind          thanrak_import_dialog_get_kind    (ThanrakImportDialog *self);
void                       thanrak_import_dialog_set_kind    (ThanrakImportDialog *self,
                                                              ThanrakImportKind    kind);
gboolean                   thanrak_import_dialog_get_busy    (ThanrakImportDialog *self);
const ThanrakImportReport *thanrak_import_dialog_get_report  (ThanrakImportDialog *self);

void                       thanrak_import_dialog_import_action   (GtkWidget  *window,
                                                                  const char *action_name,
                                                                  GVariant   *parameter);
void                       thanrak_import_dialog_add_drop_target (GtkWindow  *window);

G_END_DECLS
