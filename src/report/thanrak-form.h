/* thanrak-form.h: what every official form writer takes besides its data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "thanrak-report-sheet.h"

G_BEGIN_DECLS

/**
 * ThanrakFormOptions:
 * @thai_digits: write numbers, titles and footer lines in Thai digits
 *   (๐๑๒…); numbers stay numbers (domain guide §2)
 * @office: (nullable): the issuing office as the user typed it, e.g.
 *   `สำนักงานพัฒนาชุมชนจังหวัดสระแก้ว`, on forms that print it; always
 *   written as text, never as a formula
 * @date: (nullable): the date of issue, printed in the Buddhist Era on
 *   forms that print it
 *
 * The options of a form (issue 5): each form's documentation says which
 * of @office and @date it prints; the others ignore them.
 */
typedef struct
{
  gboolean     thai_digits;
  const char  *office;
  const GDate *date;
} ThanrakFormOptions;

/**
 * THANRAK_FORM_OPTIONS_INIT:
 *
 * Initialises a #ThanrakFormOptions: Arabic digits, no office, no date.
 */
#define THANRAK_FORM_OPTIONS_INIT { FALSE, NULL, NULL }

void  thanrak_form_fit_title            (double                   *widths,
                                        guint                     n_widths,
                                        const char               *title);
double thanrak_form_heading_width      (const char               *heading,
                                        guint                     max_lines,
                                        double                    narrowest,
                                        double                    widest);
void  thanrak_form_add_office_and_date (ThanrakReportSheet       *sheet,
                                        const ThanrakFormOptions *options);
char *thanrak_form_date_text           (const GDate              *date);

G_END_DECLS
