/* thanrak-record-private.h: what record classes and the store share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "thanrak-record.h"

G_BEGIN_DECLS

/* The property id of field @i of a class is @i + 1; a class with more
 * properties than its fields numbers them after klass->n_fields and chains
 * to these two for the field ids. */
void     _thanrak_record_field_get_property (GObject      *object,
                                             guint         prop_id,
                                             GValue       *value,
                                             GParamSpec   *pspec);
void     _thanrak_record_field_set_property (GObject      *object,
                                             guint         prop_id,
                                             const GValue *value,
                                             GParamSpec   *pspec);

/* Direct access to a field's storage for the store: a char ** for STRING
 * and DATE, int * for INT/ENUM/BOOLEAN... */
static inline gpointer
_thanrak_record_field_ptr (ThanrakRecord          *self,
                           const ThanrakFieldSpec *spec)
{
  return G_STRUCT_MEMBER_P (self, spec->offset);
}

/* Sets a field without notifying (the store filling a fresh object). */
void     _thanrak_record_take_string        (ThanrakRecord          *self,
                                             const ThanrakFieldSpec *spec,
                                             char                   *value);
gint64   _thanrak_record_get_field_number   (ThanrakRecord          *self,
                                             const ThanrakFieldSpec *spec);
void     _thanrak_record_set_field_number   (ThanrakRecord          *self,
                                             const ThanrakFieldSpec *spec,
                                             gint64                  value);

G_END_DECLS
