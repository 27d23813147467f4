/* thanrak-form.h: editor rows bound to the fields of a record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "thanrak-record.h"
#include "thanrak-store.h"

G_BEGIN_DECLS

#define THANRAK_TYPE_FORM (thanrak_form_get_type ())

G_DECLARE_FINAL_TYPE (ThanrakForm, thanrak_form, THANRAK, FORM, GObject)

ThanrakForm   *thanrak_form_new          (GType           record_type);
void           thanrak_form_add_entry    (ThanrakForm    *self,
                                          AdwEntryRow    *row,
                                          const char     *field);
void           thanrak_form_add_spin     (ThanrakForm    *self,
                                          AdwActionRow   *row,
                                          GtkSpinButton  *spin,
                                          const char     *field);
void           thanrak_form_add_switch   (ThanrakForm    *self,
                                          AdwActionRow   *row,
                                          GtkSwitch      *toggle,
                                          const char     *field);
void           thanrak_form_add_enum     (ThanrakForm    *self,
                                          AdwComboRow    *row,
                                          const char     *field);
void           thanrak_form_add_places   (ThanrakForm    *self,
                                          AdwComboRow    *province_row,
                                          AdwComboRow    *district_row,
                                          AdwComboRow    *subdistrict_row);
void           thanrak_form_add_date_be  (ThanrakForm    *self,
                                          AdwEntryRow    *row,
                                          const char     *field);
void           thanrak_form_add_baht     (ThanrakForm    *self,
                                          AdwEntryRow    *row,
                                          const char     *field);
void           thanrak_form_add_operator (ThanrakForm    *self,
                                          AdwEntryRow    *code_row,
                                          const char     *field);
void           thanrak_form_add_product  (ThanrakForm    *self,
                                          AdwEntryRow    *operator_row,
                                          AdwComboRow    *product_row,
                                          const char     *field);
void           thanrak_form_changed      (ThanrakForm    *self);
AdwEntryRow   *thanrak_form_append_entry (ThanrakForm         *self,
                                          AdwPreferencesGroup *group,
                                          const char          *field);
void           thanrak_form_append_switch (ThanrakForm         *self,
                                           AdwPreferencesGroup *group,
                                           const char          *field);
void           thanrak_form_append_spin  (ThanrakForm         *self,
                                          AdwPreferencesGroup *group,
                                          const char          *field,
                                          const char          *title,
                                          int                  lower,
                                          int                  upper);
void           thanrak_form_append_enum  (ThanrakForm         *self,
                                          AdwPreferencesGroup *group,
                                          const char          *field);
void           thanrak_form_set_store    (ThanrakForm    *self,
                                          ThanrakStore   *store);
ThanrakStore  *thanrak_form_get_store    (ThanrakForm    *self);
void           thanrak_form_set_record   (ThanrakForm    *self,
                                          ThanrakRecord  *record);
ThanrakRecord *thanrak_form_get_record   (ThanrakForm    *self);
gboolean       thanrak_form_get_valid    (ThanrakForm    *self);
gboolean       thanrak_form_get_dirty    (ThanrakForm    *self);
void           thanrak_form_set_dirty    (ThanrakForm    *self,
                                          gboolean        dirty);
const char    *thanrak_form_get_message  (ThanrakForm    *self);
ThanrakRecord *thanrak_record_dup        (ThanrakRecord  *record);

G_END_DECLS
