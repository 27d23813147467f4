/* thanrak-form-budget-check-private.h: form 8's budget checks
 *
 * The analysis and the model each name their budget line
 * ThanrakBudgetLine, so no file can include both headers: form 8 hands
 * its lines over as plain arrays.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

GPtrArray *_thanrak_form_check_budget (const char * const *descriptions,
                                       const gint64       *units,
                                       const gint64       *rates_satang,
                                       const gint64       *amounts_satang,
                                       guint               n_lines,
                                       gint64              typed_total_satang,
                                       const char         *typed_words);

G_END_DECLS
