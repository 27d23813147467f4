/* records-builders.h: small records for the tests of forms 3, 6 and 8
 *
 * Each saves one record in a store (aborting on an error) and returns its
 * id where callers need it. Shared by tests/test-forms-records.c and
 * tests/forms-records-sample.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-model.h"
#include "thanrak-store.h"

gint64 records_save (ThanrakStore  *store,
                     ThanrakRecord *record);

gint64 records_add_operator (ThanrakStore *store,
                             const char   *code,
                             const char   *name,
                             int           type,
                             const char   *house,
                             int           village,
                             const char   *subdistrict,
                             const char   *phone,
                             gboolean      trained,
                             gboolean      sells);

gint64 records_add_product (ThanrakStore *store,
                            gint64        op,
                            const char   *name,
                            int           category,
                            gboolean      standard,
                            int           stars,
                            gboolean      developed);

void records_add_channel (ThanrakStore *store,
                          gint64        product,
                          int           platform,
                          const char   *identifier);

void records_add_sales (ThanrakStore *store,
                        gint64        op,
                        int           year,
                        int           month,
                        gint64        online,
                        gint64        offline);

void records_add_service (ThanrakStore *store,
                          gint64        center,
                          const char   *date,
                          const char   *title,
                          int           recipients,
                          const char   *notes);

void records_add_member (ThanrakStore *store,
                         gint64        center,
                         int           committee,
                         const char   *title,
                         const char   *name,
                         const char   *organisation,
                         int           position,
                         int           quota);

void   records_set_office (ThanrakStore *store);
