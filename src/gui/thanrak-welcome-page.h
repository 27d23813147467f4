/* thanrak-welcome-page.h: the first-run screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "thanrak-store.h"

G_BEGIN_DECLS

/**
 * ThanrakWelcomeChoice:
 * @THANRAK_WELCOME_OFFICE: the office was set; the database is empty
 * @THANRAK_WELCOME_IMPORT: the person wants to import a file
 * @THANRAK_WELCOME_SAMPLE: the sample data was loaded
 *
 * How the person began, as #ThanrakWelcomePage::finished tells.
 */
typedef enum
{
  THANRAK_WELCOME_OFFICE,
  THANRAK_WELCOME_IMPORT,
  THANRAK_WELCOME_SAMPLE,
} ThanrakWelcomeChoice;

#define THANRAK_TYPE_WELCOME_PAGE (thanrak_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakWelcomePage, thanrak_welcome_page, THANRAK, WELCOME_PAGE, AdwBin)

G_END_DECLS
