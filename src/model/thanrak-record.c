/* thanrak-record.c: base class of every stored record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-record-private.h"

/**
 * ThanrakRecord:
 *
 * What every stored record has: an id given by the store (0 until the
 * record is first saved) and the times it was created and last updated
 * (ISO 8601 UTC, e.g. `2026-11-23T08:00:00Z`, set by the store).
 *
 * A record class lists its scalar fields in a #ThanrakFieldSpec table
 * (thanrak_record_class_install_fields()); each becomes a read-write
 * property with %G_PARAM_EXPLICIT_NOTIFY that notifies only when its value
 * changes, and a column of the same name in the store. Dates are
 * `YYYY-MM-DD` strings (CE), years are Buddhist Era ints, money is satang
 * in a gint64.
 */

typedef struct
{
  gint64 id;
  char *created;
  char *updated;
} ThanrakRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (ThanrakRecord, thanrak_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CREATED,
  PROP_UPDATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* g_set_str() is GLib 2.76: this is the same for 2.74. */
static gboolean
set_str (char       **str_pointer,
         const char  *new_str)
{
  if (g_strcmp0 (*str_pointer, new_str) == 0)
    return FALSE;
  g_free (*str_pointer);
  *str_pointer = g_strdup (new_str);
  return TRUE;
}

static const ThanrakFieldSpec *
field_by_name (ThanrakRecord *self,
               const char    *name)
{
  ThanrakRecordClass *klass = THANRAK_RECORD_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    if (g_str_equal (klass->fields[i].name, name))
      return &klass->fields[i];
  g_critical ("%s has no field “%s”", G_OBJECT_TYPE_NAME (self), name);
  return NULL;
}

static void
notify_field (ThanrakRecord          *self,
              const ThanrakFieldSpec *spec)
{
  ThanrakRecordClass *klass = THANRAK_RECORD_GET_CLASS (self);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), spec->name);

  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

void
_thanrak_record_take_string (ThanrakRecord          *self,
                             const ThanrakFieldSpec *spec,
                             char                   *value)
{
  char **field = _thanrak_record_field_ptr (self, spec);

  g_free (*field);
  *field = value;
}

gint64
_thanrak_record_get_field_number (ThanrakRecord          *self,
                                  const ThanrakFieldSpec *spec)
{
  gpointer p = _thanrak_record_field_ptr (self, spec);

  switch (spec->kind)
    {
    case THANRAK_FIELD_INT:
    case THANRAK_FIELD_ENUM:
    case THANRAK_FIELD_BOOLEAN:
      return *(int *) p;
    case THANRAK_FIELD_INT64:
      return *(gint64 *) p;
    case THANRAK_FIELD_STRING:
    case THANRAK_FIELD_DATE:
    default:
      g_return_val_if_reached (0);
    }
}

void
_thanrak_record_set_field_number (ThanrakRecord          *self,
                                  const ThanrakFieldSpec *spec,
                                  gint64                  value)
{
  gpointer p = _thanrak_record_field_ptr (self, spec);

  switch (spec->kind)
    {
    case THANRAK_FIELD_INT:
    case THANRAK_FIELD_ENUM:
      *(int *) p = (int) value;
      break;
    case THANRAK_FIELD_BOOLEAN:
      *(int *) p = value != 0;
      break;
    case THANRAK_FIELD_INT64:
      *(gint64 *) p = value;
      break;
    case THANRAK_FIELD_STRING:
    case THANRAK_FIELD_DATE:
    default:
      g_return_if_reached ();
    }
}

static void
set_field_string (ThanrakRecord          *self,
                  const ThanrakFieldSpec *spec,
                  const char             *value)
{
  char **field = _thanrak_record_field_ptr (self, spec);

  if (set_str (field, value))
    notify_field (self, spec);
}

static void
set_field_number (ThanrakRecord          *self,
                  const ThanrakFieldSpec *spec,
                  gint64                  value)
{
  if (spec->kind == THANRAK_FIELD_BOOLEAN)
    value = value != 0;
  if (_thanrak_record_get_field_number (self, spec) == value)
    return;
  _thanrak_record_set_field_number (self, spec, value);
  notify_field (self, spec);
}

void
_thanrak_record_field_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  ThanrakRecord *self = THANRAK_RECORD (object);
  ThanrakRecordClass *klass = g_type_class_peek (pspec->owner_type);
  const ThanrakFieldSpec *spec;

  if (prop_id == 0 || prop_id > klass->n_fields)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  spec = &klass->fields[prop_id - 1];
  switch (spec->kind)
    {
    case THANRAK_FIELD_STRING:
    case THANRAK_FIELD_DATE:
      g_value_set_string (value, *(char **) _thanrak_record_field_ptr (self, spec));
      break;
    case THANRAK_FIELD_INT:
      g_value_set_int (value, *(int *) _thanrak_record_field_ptr (self, spec));
      break;
    case THANRAK_FIELD_INT64:
      g_value_set_int64 (value, *(gint64 *) _thanrak_record_field_ptr (self, spec));
      break;
    case THANRAK_FIELD_BOOLEAN:
      g_value_set_boolean (value, *(int *) _thanrak_record_field_ptr (self, spec));
      break;
    case THANRAK_FIELD_ENUM:
      g_value_set_enum (value, *(int *) _thanrak_record_field_ptr (self, spec));
      break;
    default:
      g_assert_not_reached ();
    }
}

void
_thanrak_record_field_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  ThanrakRecord *self = THANRAK_RECORD (object);
  ThanrakRecordClass *klass = g_type_class_peek (pspec->owner_type);
  const ThanrakFieldSpec *spec;

  if (prop_id == 0 || prop_id > klass->n_fields)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  spec = &klass->fields[prop_id - 1];
  switch (spec->kind)
    {
    case THANRAK_FIELD_STRING:
    case THANRAK_FIELD_DATE:
      set_field_string (self, spec, g_value_get_string (value));
      break;
    case THANRAK_FIELD_INT:
      set_field_number (self, spec, g_value_get_int (value));
      break;
    case THANRAK_FIELD_INT64:
      set_field_number (self, spec, g_value_get_int64 (value));
      break;
    case THANRAK_FIELD_BOOLEAN:
      set_field_number (self, spec, g_value_get_boolean (value));
      break;
    case THANRAK_FIELD_ENUM:
      set_field_number (self, spec, g_value_get_enum (value));
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
thanrak_record_finalize (GObject *object)
{
  ThanrakRecord *self = THANRAK_RECORD (object);
  ThanrakRecordPrivate *priv = thanrak_record_get_instance_private (self);
  ThanrakRecordClass *klass = THANRAK_RECORD_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].kind == THANRAK_FIELD_STRING ||
        klass->fields[i].kind == THANRAK_FIELD_DATE)
      g_clear_pointer ((char **) _thanrak_record_field_ptr (self, &klass->fields[i]), g_free);

  g_clear_pointer (&priv->created, g_free);
  g_clear_pointer (&priv->updated, g_free);

  G_OBJECT_CLASS (thanrak_record_parent_class)->finalize (object);
}

static void
thanrak_record_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ThanrakRecord *self = THANRAK_RECORD (object);
  ThanrakRecordPrivate *priv = thanrak_record_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, priv->id);
      break;
    case PROP_CREATED:
      g_value_set_string (value, priv->created);
      break;
    case PROP_UPDATED:
      g_value_set_string (value, priv->updated);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
thanrak_record_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ThanrakRecord *self = THANRAK_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      thanrak_record_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_CREATED:
      thanrak_record_set_created (self, g_value_get_string (value));
      break;
    case PROP_UPDATED:
      thanrak_record_set_updated (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
thanrak_record_real_validate (ThanrakRecord  *self,
                              GError        **error)
{
  return TRUE;
}

static void
thanrak_record_class_init (ThanrakRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = thanrak_record_finalize;
  object_class->get_property = thanrak_record_get_property;
  object_class->set_property = thanrak_record_set_property;

  klass->validate = thanrak_record_real_validate;

  /**
   * ThanrakRecord:id:
   *
   * The row id given by the store, 0 for a record never saved.
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ThanrakRecord:created:
   *
   * When the record was first stored, ISO 8601 UTC; %NULL before.
   */
  properties[PROP_CREATED] =
    g_param_spec_string ("created", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ThanrakRecord:updated:
   *
   * When the record was last stored, ISO 8601 UTC; %NULL before.
   */
  properties[PROP_UPDATED] =
    g_param_spec_string ("updated", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
thanrak_record_init (ThanrakRecord *self)
{
}

/**
 * thanrak_record_class_install_fields:
 * @klass: a record class, in its class_init
 * @fields: (array length=n_fields): its scalar fields, a static table
 * @n_fields: the number of @fields
 *
 * Installs one property per field (ids 1 to @n_fields) and the
 * get_property/set_property functions that serve them. A class with more
 * properties sets its own functions after this call and chains to the
 * field ones.
 */
void
thanrak_record_class_install_fields (ThanrakRecordClass     *klass,
                                     const ThanrakFieldSpec *fields,
                                     guint                   n_fields)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  klass->fields = fields;
  klass->n_fields = n_fields;
  object_class->get_property = _thanrak_record_field_get_property;
  object_class->set_property = _thanrak_record_field_set_property;

  for (guint i = 0; i < n_fields; i++)
    {
      const ThanrakFieldSpec *f = &fields[i];
      GParamSpec *pspec = NULL;

      switch (f->kind)
        {
        case THANRAK_FIELD_STRING:
        case THANRAK_FIELD_DATE:
          pspec = g_param_spec_string (f->name, f->nick, f->nick, NULL, flags);
          break;
        case THANRAK_FIELD_INT:
          pspec = g_param_spec_int (f->name, f->nick, f->nick, G_MININT, G_MAXINT, 0, flags);
          break;
        case THANRAK_FIELD_INT64:
          pspec = g_param_spec_int64 (f->name, f->nick, f->nick, G_MININT64, G_MAXINT64, 0, flags);
          break;
        case THANRAK_FIELD_BOOLEAN:
          pspec = g_param_spec_boolean (f->name, f->nick, f->nick, FALSE, flags);
          break;
        case THANRAK_FIELD_ENUM:
          pspec = g_param_spec_enum (f->name, f->nick, f->nick, f->enum_type (), 0, flags);
          break;
        default:
          g_assert_not_reached ();
        }
      g_object_class_install_property (object_class, i + 1, pspec);
    }
}

/**
 * thanrak_record_class_get_fields:
 * @klass: a record class
 * @n_fields: (out): the number of fields
 *
 * Returns: (transfer none) (array length=n_fields): the scalar fields of
 *   the class, in table order
 */
const ThanrakFieldSpec *
thanrak_record_class_get_fields (ThanrakRecordClass *klass,
                                 guint              *n_fields)
{
  *n_fields = klass->n_fields;
  return klass->fields;
}

/**
 * thanrak_record_get_id:
 * @self: a record
 *
 * Returns: the row id in the store, 0 if never saved
 */
gint64
thanrak_record_get_id (ThanrakRecord *self)
{
  ThanrakRecordPrivate *priv = thanrak_record_get_instance_private (self);

  g_return_val_if_fail (THANRAK_IS_RECORD (self), 0);
  return priv->id;
}

/**
 * thanrak_record_set_id:
 * @self: a record
 * @id: the row id; the store sets it
 *
 * Sets the row id.
 */
void
thanrak_record_set_id (ThanrakRecord *self,
                       gint64         id)
{
  ThanrakRecordPrivate *priv = thanrak_record_get_instance_private (self);

  g_return_if_fail (THANRAK_IS_RECORD (self));
  if (priv->id == id)
    return;
  priv->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * thanrak_record_get_created:
 * @self: a record
 *
 * Returns: (nullable): when it was first stored, ISO 8601 UTC
 */
const char *
thanrak_record_get_created (ThanrakRecord *self)
{
  ThanrakRecordPrivate *priv = thanrak_record_get_instance_private (self);

  g_return_val_if_fail (THANRAK_IS_RECORD (self), NULL);
  return priv->created;
}

/**
 * thanrak_record_set_created:
 * @self: a record
 * @created: (nullable): ISO 8601 UTC time; the store sets it
 *
 * Sets the creation time.
 */
void
thanrak_record_set_created (ThanrakRecord *self,
                            const char    *created)
{
  ThanrakRecordPrivate *priv = thanrak_record_get_instance_private (self);

  g_return_if_fail (THANRAK_IS_RECORD (self));
  if (set_str (&priv->created, created))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

/**
 * thanrak_record_get_updated:
 * @self: a record
 *
 * Returns: (nullable): when it was last stored, ISO 8601 UTC
 */
const char *
thanrak_record_get_updated (ThanrakRecord *self)
{
  ThanrakRecordPrivate *priv = thanrak_record_get_instance_private (self);

  g_return_val_if_fail (THANRAK_IS_RECORD (self), NULL);
  return priv->updated;
}

/**
 * thanrak_record_set_updated:
 * @self: a record
 * @updated: (nullable): ISO 8601 UTC time; the store sets it
 *
 * Sets the time of the last update.
 */
void
thanrak_record_set_updated (ThanrakRecord *self,
                            const char    *updated)
{
  ThanrakRecordPrivate *priv = thanrak_record_get_instance_private (self);

  g_return_if_fail (THANRAK_IS_RECORD (self));
  if (set_str (&priv->updated, updated))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED]);
}

/**
 * thanrak_record_validate:
 * @self: a record
 * @error: return location for a #GError
 *
 * Checks the record's own fields (required, formats, ranges); the store
 * adds the checks that need the database (unique codes, places and
 * referenced records existing) and refuses to write a record that fails.
 *
 * Returns: %TRUE if valid; %FALSE with a %THANRAK_VALIDATION_ERROR naming
 *   the field in Thai and saying what to fix
 */
gboolean
thanrak_record_validate (ThanrakRecord  *self,
                         GError        **error)
{
  g_return_val_if_fail (THANRAK_IS_RECORD (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return THANRAK_RECORD_GET_CLASS (self)->validate (self, error);
}

/**
 * thanrak_record_get_string:
 * @self: a record
 * @field: the name of a string or date field, e.g. `name`
 *
 * Returns: (transfer none) (nullable): the field's value
 */
const char *
thanrak_record_get_string (ThanrakRecord *self,
                           const char    *field)
{
  const ThanrakFieldSpec *spec = field_by_name (self, field);

  g_return_val_if_fail (spec != NULL, NULL);
  g_return_val_if_fail (spec->kind == THANRAK_FIELD_STRING || spec->kind == THANRAK_FIELD_DATE, NULL);
  return *(char **) _thanrak_record_field_ptr (self, spec);
}

/**
 * thanrak_record_set_string:
 * @self: a record
 * @field: the name of a string or date field
 * @value: (nullable): the new value
 *
 * Sets a string field; notifies its property only when the value changes.
 */
void
thanrak_record_set_string (ThanrakRecord *self,
                           const char    *field,
                           const char    *value)
{
  const ThanrakFieldSpec *spec = field_by_name (self, field);

  g_return_if_fail (spec != NULL);
  g_return_if_fail (spec->kind == THANRAK_FIELD_STRING || spec->kind == THANRAK_FIELD_DATE);
  set_field_string (self, spec, value);
}

/**
 * thanrak_record_get_number:
 * @self: a record
 * @field: the name of an int, int64, boolean or enum field
 *
 * Returns: the field's value (satang for amounts, BE for years, 0/1 for
 *   booleans, the enum value for enums)
 */
gint64
thanrak_record_get_number (ThanrakRecord *self,
                           const char    *field)
{
  const ThanrakFieldSpec *spec = field_by_name (self, field);

  g_return_val_if_fail (spec != NULL, 0);
  return _thanrak_record_get_field_number (self, spec);
}

/**
 * thanrak_record_set_number:
 * @self: a record
 * @field: the name of an int, int64, boolean or enum field
 * @value: the new value
 *
 * Sets a number field; notifies its property only when the value changes.
 */
void
thanrak_record_set_number (ThanrakRecord *self,
                           const char    *field,
                           gint64         value)
{
  const ThanrakFieldSpec *spec = field_by_name (self, field);

  g_return_if_fail (spec != NULL);
  g_return_if_fail (spec->kind != THANRAK_FIELD_STRING && spec->kind != THANRAK_FIELD_DATE);
  set_field_number (self, spec, value);
}
