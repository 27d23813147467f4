/* thanrak-heading-map.c: finding the heading row and its columns
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "thanrak-heading-map.h"
#include "thanrak-io-error.h"
#include "thanrak-text-match.h"

typedef struct
{
  const ThanrakHeadingSpec *spec;
  gint                      column;      /* -1 when absent */
  gint                      duplicate;   /* a second column, or -1 */
} FieldColumn;

/**
 * ThanrakHeadingMap:
 *
 * Where the heading row of a table is and which column holds each field
 * of a list of #ThanrakHeadingSpec, found by thanrak_heading_map_find().
 */
struct _ThanrakHeadingMap
{
  GObject    parent_instance;

  guint      row;
  GArray    *fields;     /* FieldColumn */
  GArray    *unknown;    /* guint */
  GPtrArray *missing;    /* const char *, NULL-terminated */
};

G_DEFINE_FINAL_TYPE (ThanrakHeadingMap, thanrak_heading_map, G_TYPE_OBJECT)

static void
thanrak_heading_map_finalize (GObject *object)
{
  ThanrakHeadingMap *self = (ThanrakHeadingMap *) object;

  g_clear_pointer (&self->fields, g_array_unref);
  g_clear_pointer (&self->unknown, g_array_unref);
  g_clear_pointer (&self->missing, g_ptr_array_unref);

  G_OBJECT_CLASS (thanrak_heading_map_parent_class)->finalize (object);
}

static void
thanrak_heading_map_class_init (ThanrakHeadingMapClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = thanrak_heading_map_finalize;
}

static void
thanrak_heading_map_init (ThanrakHeadingMap *self)
{
  self->fields = g_array_new (FALSE, TRUE, sizeof (FieldColumn));
  self->unknown = g_array_new (FALSE, FALSE, sizeof (guint));
  self->missing = g_ptr_array_new ();
}

/* Removes parenthesised notes at the end: “ยอด (บาท)” → “ยอด”. */
static char *
strip_trailing_notes (const char *heading)
{
  g_autofree char *s = g_strdup (heading);
  gsize len = strlen (s);

  while (len > 0 && s[len - 1] == ')')
    {
      gsize depth = 0, i = len;

      while (i > 0)
        {
          i--;
          if (s[i] == ')')
            depth++;
          else if (s[i] == '(' && --depth == 0)
            break;
        }
      if (depth != 0 || i == 0)
        break;
      s[i] = '\0';
      g_strchomp (s);
      len = strlen (s);
    }

  return g_steal_pointer (&s);
}

/* How well a normalised heading matches a spec: 3 exactly, 2 without its
 * notes, 1 by prefix, 0 not at all. */
static int
match_quality (const ThanrakHeadingSpec *spec,
               const char               *heading,
               const char               *stripped)
{
  int quality = 0;

  for (guint i = 0; spec->aliases[i] != NULL; i++)
    {
      g_autofree char *alias = thanrak_text_normalize (spec->aliases[i]);
      gsize len = strlen (alias);

      if (len == 0)
        continue;
      if (g_str_equal (heading, alias))
        return 3;
      if (g_str_equal (stripped, alias))
        quality = MAX (quality, 2);
      else if (spec->prefix && g_str_has_prefix (heading, alias) &&
               (heading[len] == ' ' || heading[len] == '('))
        quality = MAX (quality, 1);
    }

  return quality;
}

/* The spec a heading stands for, or -1. */
static gint
match_heading (const ThanrakHeadingSpec *specs,
               gsize                     n_specs,
               const char               *text)
{
  g_autofree char *heading = thanrak_text_normalize (text);
  g_autofree char *stripped = strip_trailing_notes (heading);
  gint best = -1;
  int best_quality = 0;

  if (heading[0] == '\0')
    return -1;

  for (gsize i = 0; i < n_specs; i++)
    {
      int quality = match_quality (&specs[i], heading, stripped);

      if (quality > best_quality)
        {
          best = (gint) i;
          best_quality = quality;
        }
    }

  return best;
}

/**
 * thanrak_heading_map_find:
 * @table: a table read from a file
 * @specs: (array length=n_specs): the columns the kind of record takes
 * @n_specs: the number of @specs
 * @min_known: how many different known headings make a row the heading
 *   row (at least 1), e.g. 2 when the file must have a code and a name
 *
 * Finds the heading row, the first of the top
 * %THANRAK_HEADING_SEARCH_ROWS rows where at least @min_known different
 * fields of @specs have their heading (official forms have title lines
 * above it), and maps each field to its column: columns may come in any
 * order. Columns with a heading no spec knows are listed by
 * thanrak_heading_map_get_unknown_columns(); required fields without a
 * column by thanrak_heading_map_get_missing_fields(); see
 * thanrak_heading_map_check() to refuse such a file.
 *
 * Errors: %THANRAK_IO_ERROR_NO_HEADINGS when no row has enough known
 * headings (the message lists some accepted headings).
 *
 * Returns: (transfer full): the map, or %NULL with @error set
 */
ThanrakHeadingMap *
thanrak_heading_map_find (ThanrakTable              *table,
                          const ThanrakHeadingSpec  *specs,
                          gsize                      n_specs,
                          guint                      min_known,
                          GError                   **error)
{
  g_autoptr(ThanrakHeadingMap) self = NULL;
  guint n_rows;

  g_return_val_if_fail (THANRAK_IS_TABLE (table), NULL);
  g_return_val_if_fail (specs != NULL || n_specs == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  min_known = MAX (min_known, 1);
  n_rows = MIN (thanrak_table_get_n_rows (table), THANRAK_HEADING_SEARCH_ROWS);

  for (guint r = 0; r < n_rows; r++)
    {
      guint len = thanrak_table_get_row_length (table, r);
      g_autofree gint *columns = g_new (gint, n_specs + 1);
      g_autofree gint *duplicates = g_new (gint, n_specs + 1);
      g_autoptr(GArray) unknown = g_array_new (FALSE, FALSE, sizeof (guint));
      guint n_known = 0;

      for (gsize i = 0; i < n_specs; i++)
        columns[i] = duplicates[i] = -1;

      for (guint c = 0; c < len; c++)
        {
          const ThanrakCell *cell = thanrak_table_get_cell (table, r, c);
          gint spec;

          if (cell->kind != THANRAK_CELL_TEXT)
            {
              if (cell->kind != THANRAK_CELL_EMPTY)
                g_array_append_val (unknown, c);
              continue;
            }

          spec = match_heading (specs, n_specs, cell->text);
          if (spec < 0)
            g_array_append_val (unknown, c);
          else if (columns[spec] < 0)
            {
              columns[spec] = (gint) c;
              n_known++;
            }
          else if (duplicates[spec] < 0)
            duplicates[spec] = (gint) c;
        }

      if (n_known < min_known)
        continue;

      self = g_object_new (THANRAK_TYPE_HEADING_MAP, NULL);
      self->row = r;
      g_array_append_vals (self->unknown, unknown->data, unknown->len);
      for (gsize i = 0; i < n_specs; i++)
        {
          FieldColumn fc = { &specs[i], columns[i], duplicates[i] };

          g_array_append_val (self->fields, fc);
          if (columns[i] < 0 && specs[i].required)
            g_ptr_array_add (self->missing, (gpointer) specs[i].field);
        }
      g_ptr_array_add (self->missing, NULL);

      return g_steal_pointer (&self);
    }

  {
    g_autoptr(GString) examples = g_string_new (NULL);

    for (gsize i = 0; i < n_specs; i++)
      if (specs[i].required && specs[i].aliases[0] != NULL)
        g_string_append_printf (examples, "%s“%s”", examples->len ? ", " : "",
                                specs[i].aliases[0]);

    g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_NO_HEADINGS,
                 _("No heading row found in the first %u rows of “%s”: add a row of column headings such as %s."),
                 THANRAK_HEADING_SEARCH_ROWS, thanrak_table_get_sheet_name (table),
                 examples->str);
  }

  return NULL;
}

/**
 * thanrak_heading_map_get_row:
 * @self: a #ThanrakHeadingMap
 *
 * Returns: the index of the heading row, from 0 (data starts below it)
 */
guint
thanrak_heading_map_get_row (ThanrakHeadingMap *self)
{
  g_return_val_if_fail (THANRAK_IS_HEADING_MAP (self), 0);

  return self->row;
}

/**
 * thanrak_heading_map_get_column:
 * @self: a #ThanrakHeadingMap
 * @field: a field key of the specs given to thanrak_heading_map_find()
 *
 * Returns: the index of the field's column, from 0, or -1 when the file
 *   has no such column (or the field is unknown)
 */
gint
thanrak_heading_map_get_column (ThanrakHeadingMap *self,
                                const char        *field)
{
  g_return_val_if_fail (THANRAK_IS_HEADING_MAP (self), -1);
  g_return_val_if_fail (field != NULL, -1);

  for (guint i = 0; i < self->fields->len; i++)
    {
      const FieldColumn *fc = &g_array_index (self->fields, FieldColumn, i);

      if (g_str_equal (fc->spec->field, field))
        return fc->column;
    }

  return -1;
}

/**
 * thanrak_heading_map_get_unknown_columns:
 * @self: a #ThanrakHeadingMap
 * @n_columns: (out): the number of columns returned
 *
 * The columns of the heading row whose heading matches no spec, to be
 * reported as ignored (a blank heading is not listed).
 *
 * Returns: (transfer none) (array length=n_columns): column indexes, from
 *   0, in order
 */
const guint *
thanrak_heading_map_get_unknown_columns (ThanrakHeadingMap *self,
                                         guint             *n_columns)
{
  g_return_val_if_fail (THANRAK_IS_HEADING_MAP (self), NULL);
  g_return_val_if_fail (n_columns != NULL, NULL);

  *n_columns = self->unknown->len;
  return (const guint *) (gpointer) self->unknown->data;
}

/**
 * thanrak_heading_map_get_missing_fields:
 * @self: a #ThanrakHeadingMap
 *
 * Returns: (transfer none) (array zero-terminated=1): the keys of the
 *   required fields that have no column, in the order of the specs
 */
const char * const *
thanrak_heading_map_get_missing_fields (ThanrakHeadingMap *self)
{
  g_return_val_if_fail (THANRAK_IS_HEADING_MAP (self), NULL);

  return (const char * const *) self->missing->pdata;
}

/**
 * thanrak_heading_map_check:
 * @self: a #ThanrakHeadingMap
 *
 * Checks that every required field has a column and that no field has
 * two.
 *
 * Errors: %THANRAK_IO_ERROR_NO_HEADINGS, saying which column is missing
 * (with its accepted headings) or which two columns hold the same field.
 *
 * Returns: %TRUE when the columns can be used
 */
gboolean
thanrak_heading_map_check (ThanrakHeadingMap  *self,
                           GError            **error)
{
  g_return_val_if_fail (THANRAK_IS_HEADING_MAP (self), FALSE);

  for (guint i = 0; i < self->fields->len; i++)
    {
      const FieldColumn *fc = &g_array_index (self->fields, FieldColumn, i);

      if (fc->column < 0 && fc->spec->required)
        {
          g_autofree char *aliases = g_strjoinv ("”, “", (char **) fc->spec->aliases);

          g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_NO_HEADINGS,
                       _("Row %u: no column has the heading “%s”: add the column, headed with one of “%s”."),
                       self->row + 1, fc->spec->aliases[0] ? fc->spec->aliases[0] : fc->spec->field,
                       aliases);
          return FALSE;
        }

      if (fc->duplicate >= 0)
        {
          g_autofree char *first = thanrak_io_column_name ((guint) fc->column);
          g_autofree char *second = thanrak_io_column_name ((guint) fc->duplicate);

          g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_NO_HEADINGS,
                       _("Row %u: columns %s and %s both hold “%s”: remove or rename one of them."),
                       self->row + 1, first, second,
                       fc->spec->aliases[0] ? fc->spec->aliases[0] : fc->spec->field);
          return FALSE;
        }
    }

  return TRUE;
}
