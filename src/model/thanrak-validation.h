/* thanrak-validation.h: checks of record fields before they are stored
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * THANRAK_VALIDATION_ERROR:
 *
 * Error domain of record validation. Messages name the field in the
 * user's language (Thai) and say what to fix.
 */
#define THANRAK_VALIDATION_ERROR (thanrak_validation_error_quark ())

/**
 * ThanrakValidationError:
 * @THANRAK_VALIDATION_ERROR_REQUIRED: a required field is empty
 * @THANRAK_VALIDATION_ERROR_FORMAT: a field is not in the expected form
 *   (digits, phone number, date)
 * @THANRAK_VALIDATION_ERROR_RANGE: a number, year or rating is out of range
 * @THANRAK_VALIDATION_ERROR_DUPLICATE: a value that must be unique is
 *   already used by another record
 * @THANRAK_VALIDATION_ERROR_NOT_FOUND: a place code or a referenced record
 *   does not exist
 *
 * Error codes of %THANRAK_VALIDATION_ERROR.
 */
typedef enum
{
  THANRAK_VALIDATION_ERROR_REQUIRED,
  THANRAK_VALIDATION_ERROR_FORMAT,
  THANRAK_VALIDATION_ERROR_RANGE,
  THANRAK_VALIDATION_ERROR_DUPLICATE,
  THANRAK_VALIDATION_ERROR_NOT_FOUND,
} ThanrakValidationError;

/**
 * THANRAK_YEAR_BE_MIN:
 *
 * The earliest Buddhist Era year a record accepts (2500 = 1957 CE).
 */
#define THANRAK_YEAR_BE_MIN 2500

GQuark      thanrak_validation_error_quark (void);

int         thanrak_current_year_be        (void);
void        thanrak_today                  (GDate       *date);
guint       thanrak_current_fiscal_year_be (void);
gboolean    thanrak_phone_is_valid         (const char  *phone);
gboolean    thanrak_date_is_valid          (const char  *date);

const char *thanrak_validation_field_name  (GObject     *object,
                                            const char  *property);

gboolean    thanrak_validate_required      (GObject     *object,
                                            const char  *property,
                                            GError     **error);
gboolean    thanrak_validate_digits        (GObject     *object,
                                            const char  *property,
                                            guint        min_digits,
                                            guint        max_digits,
                                            GError     **error);
gboolean    thanrak_validate_reference     (GObject     *object,
                                            const char  *property,
                                            GError     **error);
gboolean    thanrak_validate_phone         (GObject     *object,
                                            const char  *property,
                                            GError     **error);
gboolean    thanrak_validate_range         (GObject     *object,
                                            const char  *property,
                                            gint64       min,
                                            gint64       max,
                                            gboolean     zero_allowed,
                                            GError     **error);
gboolean    thanrak_validate_year_be       (GObject     *object,
                                            const char  *property,
                                            gboolean     optional,
                                            GError     **error);
gboolean    thanrak_validate_non_negative  (GObject     *object,
                                            const char  *property,
                                            GError     **error);
gboolean    thanrak_validate_date          (GObject     *object,
                                            const char  *property,
                                            gboolean     optional,
                                            GError     **error);

G_END_DECLS
