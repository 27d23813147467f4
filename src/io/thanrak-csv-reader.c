/* thanrak-csv-reader.c: reading CSV files into a ThanrakTable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The quoting (RFC 4180: quoted fields with commas, doubled quotes and
 * line breaks; CRLF or LF) is parsed by libcsv in strict mode, on the raw
 * bytes: the characters that matter to it are ASCII, the same in UTF-8
 * and Windows-874. Each field is then decoded, so an undecodable byte is
 * reported with its row and column.
 */
#include "config.h"

#include <csv.h>
#include <glib/gi18n.h>
#include <string.h>

#include "thanrak-csv-reader.h"
#include "thanrak-io-error.h"
#include "thanrak-table-private.h"

typedef struct
{
  ThanrakTable        *table;
  ThanrakTextEncoding  encoding;
  GIConv               cd;
  GString             *converted;
  GError              *error;
  guint                row;        /* index of the current record */
  guint                column;     /* index of the next field */
  guint                n_fields;   /* fields seen in the current record */
  int                  last_term;  /* character that ended the last record */
} CsvReader;

static gboolean
is_ascii (const char *s,
          gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if ((guchar) s[i] >= 0x80)
      return FALSE;
  return TRUE;
}

static void
csv_field_cb (void   *data,
              size_t  len,
              void   *user_data)
{
  CsvReader *reader = user_data;
  const char *text = data ? data : "";
  ThanrakCellKind kind;
  double number = 0;
  guint column = reader->column;

  reader->n_fields++;
  reader->column++;

  if (reader->error != NULL || len == 0)
    return;

  if (reader->encoding == THANRAK_TEXT_ENCODING_WINDOWS_874 && !is_ascii (text, len))
    {
      g_autofree char *out = NULL;
      gsize bytes_read = 0, bytes_written = 0;
      g_autoptr(GError) local_error = NULL;

      out = g_convert_with_iconv (text, len, reader->cd, &bytes_read, &bytes_written, &local_error);
      if (out == NULL)
        {
          g_autofree char *where = thanrak_io_describe_cell (reader->row + 1, column);
          guint byte = bytes_read < len ? (guchar) text[bytes_read] : 0;

          /* Reset the converter's state after a failure. */
          g_iconv (reader->cd, NULL, NULL, NULL, NULL);
          g_set_error (&reader->error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_ENCODING,
                       _("%s: byte 0x%02X is neither UTF-8 nor Windows-874 Thai text: retype the cell, or save the file again as “CSV UTF-8”."),
                       where, byte);
          return;
        }
      g_string_assign (reader->converted, out);
      text = reader->converted->str;
      len = bytes_written;
    }

  kind = _thanrak_classify_text (text, len, &number);
  if (kind == THANRAK_CELL_NUMBER || kind == THANRAK_CELL_BOOLEAN || kind == THANRAK_CELL_ERROR)
    {
      /* Keep the number as written, without thousands separators. */
      if (kind == THANRAK_CELL_NUMBER && memchr (text, ',', len) != NULL)
        {
          GString *digits = reader->converted;
          g_autofree char *copy = g_strndup (text, len);

          g_string_truncate (digits, 0);
          for (const char *p = copy; *p; p++)
            if (*p != ',')
              g_string_append_c (digits, *p);
          text = digits->str;
          len = digits->len;
        }
    }

  _thanrak_table_set_cell (reader->table, reader->row, column, kind,
                           text, len, number, &reader->error);
}

static void
csv_record_cb (int   c,
               void *user_data)
{
  CsvReader *reader = user_data;

  /* libcsv reports CR and LF separately (CSV_REPALL_NL, so that blank
   * lines count as rows): the LF of a CRLF ends nothing. */
  if (!(reader->n_fields == 0 && c == '\n' && reader->last_term == '\r'))
    {
      if (reader->error == NULL)
        _thanrak_table_ensure_rows (reader->table, reader->row + 1, &reader->error);
      reader->row++;
    }

  reader->last_term = c;
  reader->n_fields = 0;
  reader->column = 0;
}

static int
csv_no_space (unsigned char c)
{
  /* Keep spaces around fields as they are: they are data. */
  return 0;
}

/* Characters expected in a Thai office's UTF-8 file: Thai, Latin-1,
 * punctuation, currency signs, the BOM. */
static gboolean
is_plausible (gunichar c)
{
  return c < 0x80 ||
         (c >= 0x0E00 && c <= 0x0E7F) ||
         (c >= 0x00A0 && c <= 0x017F) ||
         (c >= 0x2000 && c <= 0x20CF) ||
         c == 0xFEFF;
}

/* Whether most non-ASCII characters of valid UTF-8 are unexpected. */
static gboolean
utf8_is_implausible (const char *data,
                     gsize       len)
{
  const char *end = data + len;
  gsize n_other = 0, n_plausible = 0;

  for (const char *p = data; p < end; p = g_utf8_next_char (p))
    {
      gunichar c;

      if ((guchar) *p < 0x80)
        continue;
      c = g_utf8_get_char (p);
      if (is_plausible (c))
        n_plausible++;
      else
        n_other++;
      if (n_plausible + n_other >= 100000)
        break;
    }

  return n_other > n_plausible;
}

/* UTF-8 or Windows-874? Valid UTF-8 is UTF-8. Otherwise a file that is
 * nearly all valid UTF-8 (a few damaged bytes) is UTF-8 with errors, to be
 * reported where they are; anything else is Thai Windows-874. */
static ThanrakTextEncoding
detect_encoding (const char *data,
                 gsize       len)
{
  const char *p = data;
  const char *end = data + len;
  gsize valid_multibyte = 0, invalid = 0;

  if (g_utf8_validate (data, len, NULL))
    {
      if (!utf8_is_implausible (data, len))
        return THANRAK_TEXT_ENCODING_UTF8;

      /* Short Windows-874 Thai can happen to be valid UTF-8 (แกง is
       * E1 A1 A7, a Myanmar letter in UTF-8): prefer Windows-874 when
       * the UTF-8 reading gives characters no Thai office file holds and
       * the bytes are all valid Windows-874. */
      {
        g_autofree char *converted = g_convert (data, len, "UTF-8", "CP874", NULL, NULL, NULL);

        return converted != NULL ? THANRAK_TEXT_ENCODING_WINDOWS_874 : THANRAK_TEXT_ENCODING_UTF8;
      }
    }

  while (p < end)
    {
      const char *stop = NULL;

      g_utf8_validate (p, end - p, &stop);
      for (const char *q = p; q < stop; q++)
        if ((guchar) *q >= 0xC0)
          valid_multibyte++;
      if (stop >= end)
        break;
      if (*stop != '\0')
        invalid++;
      p = stop + 1;
    }

  if (invalid * 10 < valid_multibyte)
    return THANRAK_TEXT_ENCODING_UTF8;

  return THANRAK_TEXT_ENCODING_WINDOWS_874;
}

/**
 * thanrak_csv_read_bytes:
 * @bytes: the contents of a CSV file
 * @name: (nullable): the name to give the table, usually the file name
 *
 * Reads comma-separated values into a table, one row per record (a
 * quoted field may hold line breaks: the record is still one row, as in
 * a spreadsheet program). Quoting follows RFC 4180 strictly; lines may end
 * in CRLF or LF. Blank lines are kept as empty rows, so row numbers are
 * those a person sees when opening the file in a spreadsheet program.
 *
 * The encoding is detected: valid UTF-8 (with or without a byte-order
 * mark) is read as UTF-8, anything else as Windows-874 (TIS-620), the Thai
 * code page of Excel's plain “CSV”; thanrak_table_get_encoding() tells
 * which. A file of UTF-8 with a few damaged bytes is not guessed to be
 * Windows-874: the damaged cell is reported.
 *
 * Each field becomes a cell of the kind a spreadsheet program would see:
 * empty, a plain number (thousands separators allowed, e.g. `68,302,860`,
 * kept in the text without them), TRUE/FALSE, an error value (`#REF!`,
 * `#N/A`, …), or text.
 *
 * Errors, in %THANRAK_IO_ERROR: %THANRAK_IO_ERROR_ENCODING for text that
 * is neither UTF-8 nor Windows-874 (naming row and column),
 * %THANRAK_IO_ERROR_UNSUPPORTED for UTF-16 text,
 * %THANRAK_IO_ERROR_SYNTAX for a misplaced or unclosed double quote
 * (naming row and column), %THANRAK_IO_ERROR_TOO_LARGE beyond the limits
 * of thanrak-io-error.h.
 *
 * Returns: (transfer full): the table, or %NULL with @error set
 */
ThanrakTable *
thanrak_csv_read_bytes (GBytes      *bytes,
                        const char  *name,
                        GError     **error)
{
  g_autoptr(ThanrakTable) table = NULL;
  struct csv_parser parser;
  CsvReader reader = { 0 };
  const char *data;
  gsize len, pos = 0;
  gboolean bom = FALSE;
  gboolean ok = TRUE;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  if (data == NULL)
    data = "";

  if (len > THANRAK_IO_MAX_FILE_BYTES)
    {
      g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_TOO_LARGE,
                   _("The file is larger than %u MiB: split it into smaller files."),
                   THANRAK_IO_MAX_FILE_BYTES / (1024u * 1024u));
      return NULL;
    }

  if (len >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
                   ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      g_set_error_literal (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_UNSUPPORTED,
                           _("The file is UTF-16 “Unicode text”, not CSV: save it again as “CSV UTF-8 (comma delimited)”."));
      return NULL;
    }

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      bom = TRUE;
      data += 3;
      len -= 3;
    }

  /* A byte-order mark says UTF-8; damaged bytes are then reported. */
  reader.encoding = bom ? THANRAK_TEXT_ENCODING_UTF8_BOM : detect_encoding (data, len);

  if (reader.encoding == THANRAK_TEXT_ENCODING_WINDOWS_874)
    {
      reader.cd = g_iconv_open ("UTF-8", "CP874");
      if (reader.cd == (GIConv) -1)
        {
          g_set_error_literal (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_UNSUPPORTED,
                               _("This system cannot convert Windows-874 Thai text: save the file again as “CSV UTF-8”."));
          return NULL;
        }
    }

  table = _thanrak_table_new (THANRAK_TABLE_FORMAT_CSV, reader.encoding, name);
  /* Valid UTF-8 (which has no NUL) split at ASCII commas and quotes stays
   * valid: no need to check each cell again. */
  if (reader.encoding != THANRAK_TEXT_ENCODING_WINDOWS_874 && g_utf8_validate (data, len, NULL))
    _thanrak_table_set_prevalidated (table, TRUE);
  reader.table = table;
  reader.converted = g_string_new (NULL);

  if (csv_init (&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0)
    g_error ("libcsv: out of memory");
  csv_set_space_func (&parser, csv_no_space);

  /* Parse in blocks, to stop soon after a cell fails. */
  while (pos < len && reader.error == NULL)
    {
      gsize block = MIN (len - pos, 64 * 1024);
      gsize done = csv_parse (&parser, data + pos, block, csv_field_cb, csv_record_cb, &reader);

      if (done != block)
        {
          if (reader.error == NULL)
            {
              g_autofree char *where = thanrak_io_describe_cell (reader.row + 1, reader.column);

              if (csv_error (&parser) == CSV_EPARSE)
                g_set_error (&reader.error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_SYNTAX,
                             _("%s: a double quote is out of place: a field that holds a quote must be enclosed in double quotes, with each quote inside doubled (\"\")."),
                             where);
              else
                g_set_error (&reader.error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_TOO_LARGE,
                             _("%s: the file cannot be read (%s)."),
                             where, csv_strerror (csv_error (&parser)));
            }
          break;
        }
      pos += block;
    }

  if (reader.error == NULL &&
      csv_fini (&parser, csv_field_cb, csv_record_cb, &reader) != 0 &&
      reader.error == NULL)
    {
      g_autofree char *where = thanrak_io_describe_cell (reader.row + 1, reader.column);

      g_set_error (&reader.error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_SYNTAX,
                   _("%s: a field opens a double quote that is never closed: add the closing quote."),
                   where);
    }

  csv_free (&parser);
  if (reader.cd != NULL && reader.cd != (GIConv) -1)
    g_iconv_close (reader.cd);
  g_string_free (reader.converted, TRUE);

  if (reader.error != NULL)
    {
      g_propagate_error (error, reader.error);
      ok = FALSE;
    }

  if (!ok)
    return NULL;

  _thanrak_table_finish (table);

  return g_steal_pointer (&table);
}

/**
 * thanrak_csv_read_file:
 * @file: a CSV file
 * @cancellable: (nullable): a #GCancellable
 *
 * Reads a CSV file with thanrak_csv_read_bytes(); the table is named after
 * the file. Files over %THANRAK_IO_MAX_FILE_BYTES are refused.
 *
 * Errors: those of thanrak_csv_read_bytes(), and %THANRAK_IO_ERROR_FAILED
 * when the file cannot be read (the system's message).
 *
 * Returns: (transfer full): the table, or %NULL with @error set
 */
ThanrakTable *
thanrak_csv_read_file (GFile         *file,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *basename = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, NULL);
  if (info != NULL && g_file_info_get_size (info) > (goffset) THANRAK_IO_MAX_FILE_BYTES)
    {
      g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_TOO_LARGE,
                   _("The file is larger than %u MiB: split it into smaller files."),
                   THANRAK_IO_MAX_FILE_BYTES / (1024u * 1024u));
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &local_error))
    {
      g_set_error_literal (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_FAILED,
                           local_error->message);
      return NULL;
    }

  bytes = g_bytes_new_take (contents, length);
  basename = g_file_get_basename (file);

  return thanrak_csv_read_bytes (bytes, basename, error);
}
