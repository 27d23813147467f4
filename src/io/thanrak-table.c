/* thanrak-table.c: a sheet read from a CSV or xlsx file, as rows of cells
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "thanrak-io-error.h"
#include "thanrak-table-private.h"

/**
 * ThanrakTable:
 *
 * One sheet of a spreadsheet file as rows of cells, read by
 * thanrak_csv_read_bytes(), thanrak_xlsx_reader_read_sheet() or
 * thanrak_table_read_file(). Rows and columns are indexed from 0; each
 * #ThanrakCell also carries the row number and column a person sees
 * (row 12, column C), for messages. Immutable once read.
 */

typedef struct
{
  ThanrakCell *cells;
  guint        n_cells;
  guint        n_alloc;
} TableRow;

struct _ThanrakTable
{
  GObject              parent_instance;

  char                *sheet_name;
  GArray              *rows;          /* TableRow */
  GStringChunk        *strings;
  guint64              n_cells;       /* dense count, for the limit */
  guint64              text_bytes;    /* all cell texts, for the limit */
  guint                n_columns;
  ThanrakTableFormat   format;
  ThanrakTextEncoding  encoding;
  gboolean             prevalidated;  /* texts known to be valid UTF-8 */
  gpointer             held;          /* owner of shared texts */
  GDestroyNotify       held_release;
};

G_DEFINE_FINAL_TYPE (ThanrakTable, thanrak_table, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SHEET_NAME,
  PROP_N_ROWS,
  PROP_N_COLUMNS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
table_row_clear (gpointer data)
{
  TableRow *row = data;

  g_clear_pointer (&row->cells, g_free);
  row->n_cells = row->n_alloc = 0;
}

static void
thanrak_table_finalize (GObject *object)
{
  ThanrakTable *self = (ThanrakTable *) object;

  g_clear_pointer (&self->sheet_name, g_free);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  if (self->held_release != NULL)
    self->held_release (self->held);

  G_OBJECT_CLASS (thanrak_table_parent_class)->finalize (object);
}

static void
thanrak_table_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ThanrakTable *self = THANRAK_TABLE (object);

  switch (prop_id)
    {
    case PROP_SHEET_NAME:
      g_value_set_string (value, self->sheet_name);
      break;

    case PROP_N_ROWS:
      g_value_set_uint (value, thanrak_table_get_n_rows (self));
      break;

    case PROP_N_COLUMNS:
      g_value_set_uint (value, self->n_columns);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
thanrak_table_class_init (ThanrakTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = thanrak_table_finalize;
  object_class->get_property = thanrak_table_get_property;

  /**
   * ThanrakTable:sheet-name:
   *
   * The name of the sheet (for a CSV file, its file name without folder).
   */
  properties[PROP_SHEET_NAME] =
    g_param_spec_string ("sheet-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ThanrakTable:n-rows:
   *
   * The number of rows, up to the last row that holds something.
   */
  properties[PROP_N_ROWS] =
    g_param_spec_uint ("n-rows", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ThanrakTable:n-columns:
   *
   * The length of the longest row, in cells.
   */
  properties[PROP_N_COLUMNS] =
    g_param_spec_uint ("n-columns", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
thanrak_table_init (ThanrakTable *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (TableRow));
  g_array_set_clear_func (self->rows, table_row_clear);
  self->strings = g_string_chunk_new (64 * 1024);
}

ThanrakTable *
_thanrak_table_new (ThanrakTableFormat   format,
                    ThanrakTextEncoding  encoding,
                    const char          *sheet_name)
{
  ThanrakTable *self = g_object_new (THANRAK_TYPE_TABLE, NULL);

  self->format = format;
  self->encoding = encoding;
  self->sheet_name = g_strdup (sheet_name ? sheet_name : "");

  return self;
}

gboolean
_thanrak_table_ensure_rows (ThanrakTable  *self,
                            guint          n_rows,
                            GError       **error)
{
  if (n_rows > THANRAK_IO_MAX_ROWS)
    {
      g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_TOO_LARGE,
                   _("The sheet has more than %u rows: split it into smaller files."),
                   THANRAK_IO_MAX_ROWS);
      return FALSE;
    }

  if (self->rows->len < n_rows)
    g_array_set_size (self->rows, n_rows);

  return TRUE;
}

/*
 * Stores a cell at @row (index from 0) and @column (index from 0). The
 * rows and cells before it are filled with empty cells. Empty cells are
 * not stored, so rows end at their last filled cell.
 */
static gboolean
set_cell (ThanrakTable     *self,
          guint             row,
          guint             column,
          ThanrakCellKind   kind,
          const char       *text,
          gsize             len,
          double            number,
          gboolean          shared,
          GError          **error)
{
  TableRow *r;
  ThanrakCell *cell;
  const char *end = NULL;

  if (kind == THANRAK_CELL_EMPTY)
    return _thanrak_table_ensure_rows (self, row + 1, error);

  if (column >= THANRAK_IO_MAX_COLUMNS)
    {
      g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_TOO_LARGE,
                   _("Row %u has more than %u columns: remove the extra columns."),
                   row + 1, THANRAK_IO_MAX_COLUMNS);
      return FALSE;
    }

  if (len > THANRAK_IO_MAX_CELL_BYTES)
    {
      g_autofree char *where = thanrak_io_describe_cell (row + 1, column);

      g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_TOO_LARGE,
                   _("%s: the cell holds more than %u bytes of text: shorten it."),
                   where, THANRAK_IO_MAX_CELL_BYTES);
      return FALSE;
    }

  if (!shared && !self->prevalidated && !g_utf8_validate (text, len, &end))
    {
      g_autofree char *where = thanrak_io_describe_cell (row + 1, column);

      g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_ENCODING,
                   _("%s: the text is not valid UTF-8 (byte %u of the cell): retype the cell or save the file again as “CSV UTF-8”."),
                   where, (guint) (end - text) + 1);
      return FALSE;
    }

  if (!shared && self->text_bytes + len > THANRAK_IO_MAX_TEXT_BYTES)
    {
      g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_TOO_LARGE,
                   _("The sheet holds more than %u MiB of text (at row %u): split it into smaller files."),
                   THANRAK_IO_MAX_TEXT_BYTES / (1024u * 1024u), row + 1);
      return FALSE;
    }

  if (!_thanrak_table_ensure_rows (self, row + 1, error))
    return FALSE;

  r = &g_array_index (self->rows, TableRow, row);
  if (column >= r->n_cells)
    {
      guint new_len = column + 1;
      guint64 grown = self->n_cells + (new_len - r->n_cells);

      if (grown > THANRAK_IO_MAX_CELLS)
        {
          g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_TOO_LARGE,
                       _("The sheet has more than %u cells (at row %u): split it into smaller files."),
                       THANRAK_IO_MAX_CELLS, row + 1);
          return FALSE;
        }

      if (new_len > r->n_alloc)
        {
          guint n_alloc = MAX (r->n_alloc * 2, 8);

          while (n_alloc < new_len)
            n_alloc *= 2;
          n_alloc = MIN (n_alloc, THANRAK_IO_MAX_COLUMNS);
          r->cells = g_renew (ThanrakCell, r->cells, n_alloc);
          r->n_alloc = n_alloc;
        }

      for (guint c = r->n_cells; c < new_len; c++)
        {
          r->cells[c].text = "";
          r->cells[c].number = 0;
          r->cells[c].row = row + 1;
          r->cells[c].column = c;
          r->cells[c].kind = THANRAK_CELL_EMPTY;
        }

      self->n_cells = grown;
      r->n_cells = new_len;
      self->n_columns = MAX (self->n_columns, new_len);
    }

  cell = &r->cells[column];
  if (shared)
    cell->text = text;
  else
    {
      cell->text = g_string_chunk_insert_len (self->strings, text, len);
      self->text_bytes += len;
    }
  cell->number = number;
  cell->kind = kind;

  return TRUE;
}

gboolean
_thanrak_table_set_cell (ThanrakTable     *self,
                         guint             row,
                         guint             column,
                         ThanrakCellKind   kind,
                         const char       *text,
                         gsize             len,
                         double            number,
                         GError          **error)
{
  return set_cell (self, row, column, kind, text, len, number, FALSE, error);
}

/*
 * Stores a cell whose text is not copied: @text is NUL-terminated valid
 * UTF-8 of at most THANRAK_IO_MAX_CELL_BYTES, kept alive by what was given
 * to _thanrak_table_hold() (an xlsx file's shared strings, which a sheet
 * may repeat in every cell).
 */
gboolean
_thanrak_table_set_shared_cell (ThanrakTable     *self,
                                guint             row,
                                guint             column,
                                ThanrakCellKind   kind,
                                const char       *text,
                                gsize             len,
                                GError          **error)
{
  return set_cell (self, row, column, kind, text, len, 0, TRUE, error);
}

/* Keeps @data until the table is finalized, then calls @release on it. */
void
_thanrak_table_hold (ThanrakTable   *self,
                     gpointer        data,
                     GDestroyNotify  release)
{
  g_return_if_fail (self->held_release == NULL);

  self->held = data;
  self->held_release = release;
}

/* The reader has checked that every text it will store is valid UTF-8
 * without NUL bytes (a CSV file validated whole): skip the check per cell. */
void
_thanrak_table_set_prevalidated (ThanrakTable *self,
                                 gboolean      prevalidated)
{
  self->prevalidated = prevalidated;
}

void
_thanrak_table_finish (ThanrakTable *self)
{
  guint n = self->rows->len;

  while (n > 0 && g_array_index (self->rows, TableRow, n - 1).n_cells == 0)
    n--;
  g_array_set_size (self->rows, n);
}

static const char * const error_values[] = {
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
  "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!",
  "#CONNECT!", "#BUSY!", "#PYTHON!",
  /* LibreOffice writes its own errors in CSV files. */
  "Err:502", "Err:504", "Err:508", "Err:509", "Err:511", "Err:522", "Err:523",
};

gboolean
_thanrak_is_error_value (const char *text,
                         gsize       len)
{
  for (gsize i = 0; i < G_N_ELEMENTS (error_values); i++)
    if (strlen (error_values[i]) == len &&
        g_ascii_strncasecmp (text, error_values[i], len) == 0)
      return TRUE;

  return FALSE;
}

/* Plain decimal numbers only: an optional sign, digits (optionally
 * grouped by commas in threes), an optional fraction and exponent. No
 * hexadecimal, “inf” or “nan”, which g_ascii_strtod() would take. */
static gboolean
is_decimal_number (const char *s,
                   gsize       len,
                   gboolean   *grouped)
{
  gsize i = 0, digits = 0, group = 0;
  gboolean seen_comma = FALSE;

  *grouped = FALSE;
  if (i < len && (s[i] == '+' || s[i] == '-'))
    i++;

  for (; i < len; i++)
    {
      if (g_ascii_isdigit (s[i]))
        {
          digits++;
          group++;
        }
      else if (s[i] == ',')
        {
          if (digits == 0 || (seen_comma ? group != 3 : group > 3))
            return FALSE;
          seen_comma = TRUE;
          group = 0;
        }
      else
        break;
    }
  if (seen_comma && group != 3)
    return FALSE;

  if (i < len && s[i] == '.')
    {
      i++;
      for (; i < len && g_ascii_isdigit (s[i]); i++)
        digits++;
    }
  if (digits == 0)
    return FALSE;

  if (i < len && (s[i] == 'e' || s[i] == 'E'))
    {
      gsize exp_digits = 0;

      if (seen_comma)
        return FALSE;
      i++;
      if (i < len && (s[i] == '+' || s[i] == '-'))
        i++;
      for (; i < len && g_ascii_isdigit (s[i]); i++)
        exp_digits++;
      if (exp_digits == 0)
        return FALSE;
    }

  *grouped = seen_comma;
  return i == len;
}

/*
 * What a spreadsheet program would make of a CSV field: empty, an error
 * value, TRUE/FALSE, a plain number, or text. @number receives the value.
 */
ThanrakCellKind
_thanrak_classify_text (const char *text,
                        gsize       len,
                        double     *number)
{
  gboolean grouped = FALSE;

  *number = 0;
  if (len == 0)
    return THANRAK_CELL_EMPTY;

  if (text[0] == '#' || text[0] == 'E')
    {
      if (_thanrak_is_error_value (text, len))
        return THANRAK_CELL_ERROR;
    }

  if (len == 4 && g_ascii_strncasecmp (text, "TRUE", 4) == 0)
    {
      *number = 1;
      return THANRAK_CELL_BOOLEAN;
    }
  if (len == 5 && g_ascii_strncasecmp (text, "FALSE", 5) == 0)
    return THANRAK_CELL_BOOLEAN;

  if (len < 64 && is_decimal_number (text, len, &grouped))
    {
      char buf[64];
      gsize j = 0;

      for (gsize i = 0; i < len; i++)
        if (text[i] != ',')
          buf[j++] = text[i];
      buf[j] = '\0';
      *number = g_ascii_strtod (buf, NULL);
      return THANRAK_CELL_NUMBER;
    }

  return THANRAK_CELL_TEXT;
}

/**
 * thanrak_table_get_format:
 * @self: a #ThanrakTable
 *
 * Returns: the kind of file the table was read from
 */
ThanrakTableFormat
thanrak_table_get_format (ThanrakTable *self)
{
  g_return_val_if_fail (THANRAK_IS_TABLE (self), THANRAK_TABLE_FORMAT_CSV);

  return self->format;
}

/**
 * thanrak_table_get_encoding:
 * @self: a #ThanrakTable
 *
 * The character encoding the file was read in: detected for CSV files
 * (see thanrak_csv_read_bytes()), always %THANRAK_TEXT_ENCODING_UTF8 for
 * xlsx files.
 *
 * Returns: the encoding
 */
ThanrakTextEncoding
thanrak_table_get_encoding (ThanrakTable *self)
{
  g_return_val_if_fail (THANRAK_IS_TABLE (self), THANRAK_TEXT_ENCODING_UTF8);

  return self->encoding;
}

/**
 * thanrak_table_get_sheet_name:
 * @self: a #ThanrakTable
 *
 * Returns: the sheet's name as the workbook lists it; for a CSV file, the
 *   name given to the reader (usually the file name)
 */
const char *
thanrak_table_get_sheet_name (ThanrakTable *self)
{
  g_return_val_if_fail (THANRAK_IS_TABLE (self), NULL);

  return self->sheet_name;
}

/**
 * thanrak_table_get_n_rows:
 * @self: a #ThanrakTable
 *
 * The number of rows up to the last one holding a non-empty cell. Empty
 * rows before it are counted (they keep the row numbers a person sees).
 *
 * Returns: the number of rows
 */
guint
thanrak_table_get_n_rows (ThanrakTable *self)
{
  g_return_val_if_fail (THANRAK_IS_TABLE (self), 0);

  return self->rows->len;
}

/**
 * thanrak_table_get_n_columns:
 * @self: a #ThanrakTable
 *
 * Returns: the length of the longest row, in cells
 */
guint
thanrak_table_get_n_columns (ThanrakTable *self)
{
  g_return_val_if_fail (THANRAK_IS_TABLE (self), 0);

  return self->n_columns;
}

/**
 * thanrak_table_get_row_length:
 * @self: a #ThanrakTable
 * @row: a row index, from 0 (row 0 is the row a person sees as 1)
 *
 * Returns: the number of cells of the row up to its last non-empty one,
 *   0 for an empty row or a row beyond the table
 */
guint
thanrak_table_get_row_length (ThanrakTable *self,
                              guint         row)
{
  g_return_val_if_fail (THANRAK_IS_TABLE (self), 0);

  if (row >= self->rows->len)
    return 0;

  return g_array_index (self->rows, TableRow, row).n_cells;
}

/**
 * thanrak_table_get_cell:
 * @self: a #ThanrakTable
 * @row: a row index, from 0 (row 0 is the row a person sees as 1)
 * @column: a column index, from 0 (column A)
 *
 * Gets a cell. Cells after the last non-empty cell of a row are not
 * stored: for them this returns %NULL, and they are empty.
 *
 * Returns: (nullable) (transfer none): the cell, owned by the table, or
 *   %NULL when the position holds nothing
 */
const ThanrakCell *
thanrak_table_get_cell (ThanrakTable *self,
                        guint         row,
                        guint         column)
{
  const TableRow *r;

  g_return_val_if_fail (THANRAK_IS_TABLE (self), NULL);

  if (row >= self->rows->len)
    return NULL;

  r = &g_array_index (self->rows, TableRow, row);
  if (column >= r->n_cells)
    return NULL;

  return &r->cells[column];
}

/**
 * thanrak_table_get_text:
 * @self: a #ThanrakTable
 * @row: a row index, from 0
 * @column: a column index, from 0
 *
 * Returns: (transfer none): the text of the cell, `""` when empty or
 *   beyond the table; never %NULL
 */
const char *
thanrak_table_get_text (ThanrakTable *self,
                        guint         row,
                        guint         column)
{
  const ThanrakCell *cell = thanrak_table_get_cell (self, row, column);

  return cell ? cell->text : "";
}

/**
 * thanrak_table_get_kind:
 * @self: a #ThanrakTable
 * @row: a row index, from 0
 * @column: a column index, from 0
 *
 * Returns: what the cell holds, %THANRAK_CELL_EMPTY beyond the table
 */
ThanrakCellKind
thanrak_table_get_kind (ThanrakTable *self,
                        guint         row,
                        guint         column)
{
  const ThanrakCell *cell = thanrak_table_get_cell (self, row, column);

  return cell ? cell->kind : THANRAK_CELL_EMPTY;
}

/**
 * thanrak_table_row_is_empty:
 * @self: a #ThanrakTable
 * @row: a row index, from 0
 *
 * Returns: %TRUE when no cell of the row holds anything
 */
gboolean
thanrak_table_row_is_empty (ThanrakTable *self,
                            guint         row)
{
  return thanrak_table_get_row_length (self, row) == 0;
}

/**
 * thanrak_cell_kind_to_string:
 * @kind: a #ThanrakCellKind
 *
 * Returns: a fixed English word for the kind (`empty`, `text`, `number`,
 *   `boolean`, `error`), for machine-readable output
 */
const char *
thanrak_cell_kind_to_string (ThanrakCellKind kind)
{
  switch (kind)
    {
    case THANRAK_CELL_EMPTY: return "empty";
    case THANRAK_CELL_TEXT: return "text";
    case THANRAK_CELL_NUMBER: return "number";
    case THANRAK_CELL_BOOLEAN: return "boolean";
    case THANRAK_CELL_ERROR: return "error";
    default: return "unknown";
    }
}

/**
 * thanrak_text_encoding_to_string:
 * @encoding: a #ThanrakTextEncoding
 *
 * Returns: the usual name of the encoding: `UTF-8`, `UTF-8 with BOM`,
 *   `Windows-874`
 */
const char *
thanrak_text_encoding_to_string (ThanrakTextEncoding encoding)
{
  switch (encoding)
    {
    case THANRAK_TEXT_ENCODING_UTF8: return "UTF-8";
    case THANRAK_TEXT_ENCODING_UTF8_BOM: return "UTF-8 with BOM";
    case THANRAK_TEXT_ENCODING_WINDOWS_874: return "Windows-874";
    default: return "unknown";
    }
}
