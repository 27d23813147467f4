/* thanrak-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The GSettings schema of the application, the same for .Devel builds. */
#define THANRAK_SETTINGS_SCHEMA_ID "io.github.thanrak.Thanrak"

#define THANRAK_TYPE_APPLICATION (thanrak_application_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakApplication, thanrak_application, THANRAK, APPLICATION, AdwApplication)

typedef struct _ThanrakStore ThanrakStore;

void                thanrak_application_choose_renderer (void);
ThanrakApplication *thanrak_application_new             (GApplicationFlags   flags);
GSettings          *thanrak_application_get_settings    (ThanrakApplication *self);
ThanrakStore       *thanrak_application_get_store       (ThanrakApplication *self);
const GError       *thanrak_application_get_store_error (ThanrakApplication *self);
char               *thanrak_application_get_backups_dir (ThanrakApplication *self);

G_END_DECLS
