/* thanrak-record.h: base class of every stored record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define THANRAK_TYPE_RECORD (thanrak_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (ThanrakRecord, thanrak_record, THANRAK, RECORD, GObject)

/**
 * ThanrakFieldKind:
 * @THANRAK_FIELD_STRING: a UTF-8 string (`char *`), %NULL or empty when not set
 * @THANRAK_FIELD_DATE: a date as a `YYYY-MM-DD` string in the Gregorian (CE)
 *   calendar (`char *`); shown in BE by the UI
 * @THANRAK_FIELD_INT: an `int` (counts, BE years with 0 for "no year")
 * @THANRAK_FIELD_INT64: a `gint64` (amounts in satang, record ids)
 * @THANRAK_FIELD_BOOLEAN: a `gboolean`
 * @THANRAK_FIELD_ENUM: an `int` holding a value of an enum of
 *   thanrak-model-enums.h, stored as its code
 *
 * The kind of a scalar field of a record.
 */
typedef enum
{
  THANRAK_FIELD_STRING,
  THANRAK_FIELD_DATE,
  THANRAK_FIELD_INT,
  THANRAK_FIELD_INT64,
  THANRAK_FIELD_BOOLEAN,
  THANRAK_FIELD_ENUM,
} ThanrakFieldKind;

/**
 * ThanrakFieldSpec:
 * @name: the property name, e.g. `year-registered`; its column is the same
 *   with underscores
 * @nick: the field name in English, marked for translation; messages show its
 *   translation
 * @kind: the kind of value
 * @offset: offset of the value in the instance struct
 * @enum_type: for %THANRAK_FIELD_ENUM, the get_type function of the enum
 *
 * One scalar field of a record class. Each class lists its fields in a
 * static table; #ThanrakRecord turns it into properties, and the store
 * into columns.
 */
typedef struct
{
  const char       *name;
  const char       *nick;
  ThanrakFieldKind  kind;
  gsize             offset;
  GType           (*enum_type) (void);
} ThanrakFieldSpec;

/**
 * ThanrakRecordClass:
 * @parent_class: the parent class
 * @validate: checks the record's own fields before it is stored
 *
 * The class of a record.
 */
struct _ThanrakRecordClass
{
  GObjectClass parent_class;

  gboolean (*validate) (ThanrakRecord *self,
                        GError        **error);

  /*< private >*/
  const ThanrakFieldSpec *fields;
  guint n_fields;
  guint n_field_props;
  gpointer padding[8];
};

void                    thanrak_record_class_install_fields (ThanrakRecordClass     *klass,
                                                             const ThanrakFieldSpec *fields,
                                                             guint                   n_fields);
const ThanrakFieldSpec *thanrak_record_class_get_fields     (ThanrakRecordClass     *klass,
                                                             guint                  *n_fields);

gint64      thanrak_record_get_id      (ThanrakRecord  *self);
void        thanrak_record_set_id      (ThanrakRecord *self,
                                        gint64          id);
const char *thanrak_record_get_created (ThanrakRecord  *self);
void        thanrak_record_set_created (ThanrakRecord *self,
                                        const char     *created);
const char *thanrak_record_get_updated (ThanrakRecord  *self);
void        thanrak_record_set_updated (ThanrakRecord *self,
                                        const char     *updated);
gboolean    thanrak_record_validate    (ThanrakRecord *self,
                                        GError        **error);

const char *thanrak_record_get_string  (ThanrakRecord *self,
                                        const char     *field);
void        thanrak_record_set_string  (ThanrakRecord *self,
                                        const char     *field,
                                        const char     *value);
gint64      thanrak_record_get_number  (ThanrakRecord *self,
                                        const char     *field);
void        thanrak_record_set_number  (ThanrakRecord *self,
                                        const char     *field,
                                        gint64          value);

G_END_DECLS
