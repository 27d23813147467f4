/* thanrak-validation.c: checks of record fields before they are stored
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "thanrak-record-private.h"
#include "thanrak-validation.h"

G_DEFINE_QUARK (thanrak-validation-error-quark, thanrak_validation_error)

/**
 * thanrak_today:
 * @date: (out caller-allocates): set to today's date, local time
 *
 * Today's date, in the time zone of the machine (Asia/Bangkok in an
 * office).
 */
void
thanrak_today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_if_fail (date != NULL);

  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
}

/**
 * thanrak_current_fiscal_year_be:
 *
 * The Thai fiscal year (ปีงบประมาณ, 1 October to 30 September, named by
 * the year it ends in; domain.md §2) that today falls in.
 *
 * Returns: the fiscal year in Buddhist Era, e.g. 2570 from 1 Oct 2026 to
 *   30 Sep 2027
 */
guint
thanrak_current_fiscal_year_be (void)
{
  GDate today;

  thanrak_today (&today);
  return (guint) g_date_get_year (&today) + 543 + (g_date_get_month (&today) >= G_DATE_OCTOBER ? 1 : 0);
}

/**
 * thanrak_current_year_be:
 *
 * Returns: the current year in Buddhist Era (CE + 543), local time
 */
int
thanrak_current_year_be (void)
{
  /* Asking the time zone reads /etc/localtime: once a minute is enough
   * when thousands of records are validated in a row. */
  static gint64 checked_at;
  static int year_be;
  G_LOCK_DEFINE_STATIC (year);
  gint64 now_us = g_get_monotonic_time ();
  int result;

  G_LOCK (year);
  if (year_be == 0 || now_us - checked_at > 60 * G_USEC_PER_SEC)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      year_be = g_date_time_get_year (now) + 543;
      checked_at = now_us;
    }
  result = year_be;
  G_UNLOCK (year);
  return result;
}

static int
digit_value (gunichar c)
{
  if (c >= '0' && c <= '9')
    return (int) (c - '0');
  if (c >= 0x0E50 && c <= 0x0E59) /* Thai digits ๐-๙ */
    return (int) (c - 0x0E50);
  return -1;
}

/**
 * thanrak_phone_is_valid:
 * @phone: a phone number as typed
 *
 * Checks the Thai phone format (domain.md §3): digits (Arabic or Thai)
 * and single dashes between digits, 9 or 10 digits in all, the first one
 * 0, e.g. `02-123-4567`, `081-2345678`, `091-123456`.
 *
 * Returns: %TRUE if @phone is in that form
 */
gboolean
thanrak_phone_is_valid (const char *phone)
{
  guint n_digits = 0;
  gboolean last_dash = TRUE;

  if (phone == NULL || !g_utf8_validate (phone, -1, NULL))
    return FALSE;

  for (const char *p = phone; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      int d = digit_value (c);

      if (d >= 0)
        {
          if (n_digits == 0 && d != 0)
            return FALSE;
          n_digits++;
          last_dash = FALSE;
        }
      else if (c == '-' && !last_dash)
        last_dash = TRUE;
      else
        return FALSE;
    }

  return !last_dash && n_digits >= 9 && n_digits <= 10;
}

/**
 * thanrak_date_is_valid:
 * @date: (nullable): a date
 *
 * Checks that @date is a calendar date written `YYYY-MM-DD` in the
 * Gregorian (CE) calendar, the form records store dates in.
 *
 * Returns: %TRUE if @date is such a date
 */
gboolean
thanrak_date_is_valid (const char *date)
{
  int y, m, d;

  if (date == NULL || strlen (date) != 10)
    return FALSE;
  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        {
          if (date[i] != '-')
            return FALSE;
        }
      else if (!g_ascii_isdigit (date[i]))
        return FALSE;
    }
  y = atoi (date);
  m = atoi (date + 5);
  d = atoi (date + 8);
  return g_date_valid_dmy (d, m, y);
}

static GParamSpec *
find_property (GObject    *object,
               const char *property)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);

  g_return_val_if_fail (pspec != NULL, NULL);
  return pspec;
}

/**
 * thanrak_validation_field_name:
 * @object: a record
 * @property: the name of one of its properties
 *
 * Gets the name of a field as messages show it: the property's nick,
 * translated (Thai in a Thai session), e.g. รหัสผู้ประกอบการ.
 *
 * Returns: (transfer none): the field name
 */
const char *
thanrak_validation_field_name (GObject    *object,
                               const char *property)
{
  GParamSpec *pspec = find_property (object, property);

  return pspec != NULL ? _(g_param_spec_get_nick (pspec)) : property;
}

/* The field of a record named @property, read without GValues: an
 * import validates every record of a file of 100,000 rows (see
 * tests/bench-import.c); NULL for another object or another property. */
static const ThanrakFieldSpec *
record_field (GObject    *object,
              const char *property)
{
  const ThanrakFieldSpec *fields;
  guint n;

  if (!THANRAK_IS_RECORD (object))
    return NULL;
  fields = thanrak_record_class_get_fields (THANRAK_RECORD_GET_CLASS (object), &n);
  for (guint i = 0; i < n; i++)
    if (strcmp (fields[i].name, property) == 0)
      return &fields[i];
  return NULL;
}

static char *
get_string (GObject    *object,
            const char *property)
{
  const ThanrakFieldSpec *spec = record_field (object, property);
  char *value = NULL;

  if (spec != NULL && (spec->kind == THANRAK_FIELD_STRING || spec->kind == THANRAK_FIELD_DATE))
    return g_strdup (*(char **) _thanrak_record_field_ptr (THANRAK_RECORD (object), spec));
  g_object_get (object, property, &value, NULL);
  return value;
}

static gint64
get_integer (GObject    *object,
             const char *property)
{
  const ThanrakFieldSpec *spec = record_field (object, property);
  GParamSpec *pspec;
  g_auto(GValue) value = G_VALUE_INIT;

  if (spec != NULL &&
      (spec->kind == THANRAK_FIELD_INT || spec->kind == THANRAK_FIELD_INT64 || spec->kind == THANRAK_FIELD_ENUM))
    return _thanrak_record_get_field_number (THANRAK_RECORD (object), spec);

  pspec = find_property (object, property);

  g_value_init (&value, pspec->value_type);
  g_object_get_property (object, property, &value);
  if (G_VALUE_HOLDS_INT (&value))
    return g_value_get_int (&value);
  if (G_VALUE_HOLDS_INT64 (&value))
    return g_value_get_int64 (&value);
  if (G_VALUE_HOLDS_UINT (&value))
    return g_value_get_uint (&value);
  if (G_VALUE_HOLDS_ENUM (&value))
    return g_value_get_enum (&value);
  g_return_val_if_reached (0);
}

/**
 * thanrak_validate_required:
 * @object: a record
 * @property: a string property of @object
 * @error: return location for a #GError
 *
 * Checks that a text field holds something besides spaces.
 *
 * Returns: %TRUE if it does; %FALSE with
 *   %THANRAK_VALIDATION_ERROR_REQUIRED otherwise
 */
gboolean
thanrak_validate_required (GObject     *object,
                           const char  *property,
                           GError     **error)
{
  g_autofree char *value = get_string (object, property);

  if (value != NULL && *g_strstrip (value) != '\0')
    return TRUE;

  g_set_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_REQUIRED,
               _("%s is empty: fill it in."),
               thanrak_validation_field_name (object, property));
  return FALSE;
}

/**
 * thanrak_validate_digits:
 * @object: a record
 * @property: a string property of @object
 * @min_digits: the fewest digits allowed
 * @max_digits: the most digits allowed
 * @error: return location for a #GError
 *
 * Checks that a code holds Arabic digits only, between @min_digits and
 * @max_digits of them. An empty field passes: check it with
 * thanrak_validate_required() when it is required.
 *
 * Returns: %TRUE if it does; %FALSE with
 *   %THANRAK_VALIDATION_ERROR_FORMAT otherwise
 */
gboolean
thanrak_validate_digits (GObject     *object,
                         const char  *property,
                         guint        min_digits,
                         guint        max_digits,
                         GError     **error)
{
  g_autofree char *value = get_string (object, property);
  gsize len;

  if (value == NULL || *value == '\0')
    return TRUE;

  len = strlen (value);
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (value[i]))
      len = 0;

  if (len >= min_digits && len <= max_digits)
    return TRUE;

  if (min_digits == max_digits)
    g_set_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_FORMAT,
                 _("%s “%s” is not valid: enter exactly %u digits (0-9), nothing else."),
                 thanrak_validation_field_name (object, property), value, min_digits);
  else
    g_set_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_FORMAT,
                 _("%s “%s” is not valid: enter %u to %u digits (0-9), nothing else."),
                 thanrak_validation_field_name (object, property), value,
                 min_digits, max_digits);
  return FALSE;
}

/**
 * thanrak_validate_reference:
 * @object: a record
 * @property: an int64 property of @object holding the id of another record
 * @error: return location for a #GError
 *
 * Checks that a reference to another record (a product's operator, a
 * member's center, ...) is set. Whether that record exists is checked by
 * the store.
 *
 * Returns: %TRUE if it is set; %FALSE with
 *   %THANRAK_VALIDATION_ERROR_REQUIRED otherwise
 */
gboolean
thanrak_validate_reference (GObject     *object,
                            const char  *property,
                            GError     **error)
{
  if (get_integer (object, property) > 0)
    return TRUE;

  g_set_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_REQUIRED,
               _("%s is not chosen: pick one from the list."),
               thanrak_validation_field_name (object, property));
  return FALSE;
}

/**
 * thanrak_validate_phone:
 * @object: a record
 * @property: a string property of @object
 * @error: return location for a #GError
 *
 * Checks a phone number with thanrak_phone_is_valid(). An empty field
 * passes.
 *
 * Returns: %TRUE if it is valid or empty; %FALSE with
 *   %THANRAK_VALIDATION_ERROR_FORMAT otherwise
 */
gboolean
thanrak_validate_phone (GObject     *object,
                        const char  *property,
                        GError     **error)
{
  g_autofree char *value = get_string (object, property);

  if (value == NULL || *value == '\0' || thanrak_phone_is_valid (value))
    return TRUE;

  g_set_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_FORMAT,
               _("%s “%s” is not a Thai phone number: enter 9 or 10 digits starting with 0, "
                 "with dashes only between digits, such as 02-123-4567 or 081-2345678."),
               thanrak_validation_field_name (object, property), value);
  return FALSE;
}

/**
 * thanrak_validate_range:
 * @object: a record
 * @property: an integer or enum property of @object
 * @min: the lowest value allowed
 * @max: the highest value allowed
 * @zero_allowed: whether 0 (meaning "not set") is allowed too
 * @error: return location for a #GError
 *
 * Checks that a number lies between @min and @max, e.g. a star rating
 * 1-5 (domain.md §3).
 *
 * Returns: %TRUE if it does; %FALSE with %THANRAK_VALIDATION_ERROR_RANGE
 *   otherwise
 */
gboolean
thanrak_validate_range (GObject     *object,
                        const char  *property,
                        gint64       min,
                        gint64       max,
                        gboolean     zero_allowed,
                        GError     **error)
{
  gint64 value = get_integer (object, property);

  if ((value >= min && value <= max) || (zero_allowed && value == 0))
    return TRUE;

  g_set_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_RANGE,
               _("%s is %lld: enter a number from %lld to %lld."),
               thanrak_validation_field_name (object, property),
               (long long) value, (long long) min, (long long) max);
  return FALSE;
}

/**
 * thanrak_validate_year_be:
 * @object: a record
 * @property: an integer property of @object holding a Buddhist Era year
 * @optional: whether 0 (no year) is allowed
 * @error: return location for a #GError
 *
 * Checks that a year is a Buddhist Era year from %THANRAK_YEAR_BE_MIN to
 * next year (thanrak_current_year_be() + 1): a CE year such as 2021 or a
 * short year such as 64 fails.
 *
 * Returns: %TRUE if it is; %FALSE with %THANRAK_VALIDATION_ERROR_REQUIRED
 *   for a missing required year or %THANRAK_VALIDATION_ERROR_RANGE
 */
gboolean
thanrak_validate_year_be (GObject     *object,
                          const char  *property,
                          gboolean     optional,
                          GError     **error)
{
  gint64 value = get_integer (object, property);
  int max = thanrak_current_year_be () + 1;

  if (value == 0 && optional)
    return TRUE;
  if (value == 0)
    {
      g_set_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_REQUIRED,
                   _("%s is empty: enter the year in Buddhist Era, such as %d."),
                   thanrak_validation_field_name (object, property), max - 1);
      return FALSE;
    }
  if (value >= THANRAK_YEAR_BE_MIN && value <= max)
    return TRUE;

  g_set_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_RANGE,
               _("%s %lld is not a Buddhist Era year from %d to %d: "
                 "enter the year in Buddhist Era (Christian Era + 543)."),
               thanrak_validation_field_name (object, property), (long long) value,
               THANRAK_YEAR_BE_MIN, max);
  return FALSE;
}

/**
 * thanrak_validate_non_negative:
 * @object: a record
 * @property: an integer property of @object (an amount or a count)
 * @error: return location for a #GError
 *
 * Checks that an amount (satang) or a count is zero or more.
 *
 * Returns: %TRUE if it is; %FALSE with %THANRAK_VALIDATION_ERROR_RANGE
 *   otherwise
 */
gboolean
thanrak_validate_non_negative (GObject     *object,
                               const char  *property,
                               GError     **error)
{
  gint64 value = get_integer (object, property);

  if (value >= 0)
    return TRUE;

  g_set_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_RANGE,
               _("%s cannot be negative: enter zero or more."),
               thanrak_validation_field_name (object, property));
  return FALSE;
}

/**
 * thanrak_validate_date:
 * @object: a record
 * @property: a string property of @object holding a date
 * @optional: whether an empty date is allowed
 * @error: return location for a #GError
 *
 * Checks a date with thanrak_date_is_valid().
 *
 * Returns: %TRUE if it is valid (or empty and @optional); %FALSE with
 *   %THANRAK_VALIDATION_ERROR_REQUIRED or %THANRAK_VALIDATION_ERROR_FORMAT
 */
gboolean
thanrak_validate_date (GObject     *object,
                       const char  *property,
                       gboolean     optional,
                       GError     **error)
{
  g_autofree char *value = get_string (object, property);

  if (value == NULL || *value == '\0')
    {
      if (optional)
        return TRUE;
      g_set_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_REQUIRED,
                   _("%s is empty: enter a date."),
                   thanrak_validation_field_name (object, property));
      return FALSE;
    }
  if (thanrak_date_is_valid (value))
    return TRUE;

  g_set_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_FORMAT,
               _("%s “%s” is not a date: enter a real date."),
               thanrak_validation_field_name (object, property), value);
  return FALSE;
}
