/* thanrak-table-reader.c: reading a CSV or xlsx file, whichever it is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "thanrak-csv-reader.h"
#include "thanrak-io-error.h"
#include "thanrak-table-reader.h"
#include "thanrak-xlsx-reader.h"

static gboolean
looks_like_workbook (GBytes *bytes)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  /* A zip archive (xlsx, ods), or an OLE compound file (xls, or an
   * xlsx protected with a password). */
  return (len >= 4 && memcmp (data, "PK\x03\x04", 4) == 0) ||
         (len >= 8 && memcmp (data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0);
}

/* Web pages and Excel 2003 XML saved under an .xls name, which web
 * systems export as “Excel”: refused with what to do, rather than read
 * as one column of CSV. */
static gboolean
looks_like_markup (GBytes *bytes)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  g_autofree char *head = NULL;
  gsize i = 0;

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < len && g_ascii_isspace (data[i]))
    i++;
  if (i >= len || data[i] != '<')
    return FALSE;

  head = g_ascii_strdown (data + i, MIN (len - i, 2048));
  return strstr (head, "<html") != NULL || strstr (head, "<table") != NULL ||
         strstr (head, "<?xml") != NULL || strstr (head, "<!doctype") != NULL;
}

/* A file that is surely something else than a table (a picture, a PDF,
 * a Word document...), by GIO's content sniffing of its first bytes
 * (shared-mime-info), whatever its name: returns what it is, to say so
 * rather than read it as CSV and complain about its bytes. A file GIO
 * is unsure of, or takes for text, may be CSV. */
static char *
describe_other_content (GBytes *bytes)
{
  gsize len;
  const guchar *data = g_bytes_get_data (bytes, &len);
  gboolean uncertain = TRUE;
  g_autofree char *type = g_content_type_guess (NULL, data, MIN (len, 4096), &uncertain);

  /* an empty file is an empty table (thanrak_csv_read_bytes()) */
  if (len == 0 || uncertain || g_content_type_is_a (type, "text/plain"))
    return NULL;
  return g_content_type_get_description (type);
}

/**
 * thanrak_table_read_bytes:
 * @bytes: the contents of a CSV or xlsx file
 * @name: (nullable): the name of a CSV table, usually the file name
 * @sheet_name: (nullable): for a workbook, the sheet to read, or %NULL
 *   for the first one; ignored for CSV
 *
 * Reads a file's contents as a table, by what they are rather than by the
 * file's name: a zip archive is read as an xlsx workbook with
 * #ThanrakXlsxReader; a web page or Excel 2003 XML file (what web systems
 * export as “.xls”) is refused with %THANRAK_IO_ERROR_UNSUPPORTED, and
 * so is a file that GIO's content sniffing surely finds to be no text (a
 * picture, a PDF...); anything else is read as CSV with
 * thanrak_csv_read_bytes().
 *
 * Errors: those of thanrak_csv_read_bytes(),
 * thanrak_xlsx_reader_new_for_bytes() and
 * thanrak_xlsx_reader_read_sheet(), all in %THANRAK_IO_ERROR.
 *
 * Returns: (transfer full): the table, or %NULL with @error set
 */
ThanrakTable *
thanrak_table_read_bytes (GBytes      *bytes,
                          const char  *name,
                          const char  *sheet_name,
                          GError     **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (looks_like_workbook (bytes))
    {
      g_autoptr(ThanrakXlsxReader) reader = thanrak_xlsx_reader_new_for_bytes (bytes, error);

      if (reader == NULL)
        return NULL;
      return thanrak_xlsx_reader_read_sheet (reader, sheet_name, error);
    }

  if (looks_like_markup (bytes))
    {
      g_set_error_literal (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_UNSUPPORTED,
                           _("The file is a web page or Excel 2003 XML, not CSV or xlsx (web systems often export these under an .xls name): open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)."));
      return NULL;
    }

  {
    g_autofree char *other = describe_other_content (bytes);

    if (other != NULL)
      {
        g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_UNSUPPORTED,
                     _("The file is a %s, not a table: choose the spreadsheet, saved as CSV or as an Excel workbook (.xlsx)."),
                     other);
        return NULL;
      }
  }

  return thanrak_csv_read_bytes (bytes, name, error);
}

/**
 * thanrak_table_read_file:
 * @file: a CSV or xlsx file
 * @sheet_name: (nullable): for a workbook, the sheet to read, or %NULL
 *   for the first one; ignored for CSV
 * @cancellable: (nullable): a #GCancellable
 *
 * Loads a file and reads it with thanrak_table_read_bytes(). Files over
 * %THANRAK_IO_MAX_FILE_BYTES are refused.
 *
 * Errors: those of thanrak_table_read_bytes(), and
 * %THANRAK_IO_ERROR_FAILED when the file cannot be read (the system's
 * message), %THANRAK_IO_ERROR_TOO_LARGE when it is too large.
 *
 * Returns: (transfer full): the table, or %NULL with @error set
 */
ThanrakTable *
thanrak_table_read_file (GFile         *file,
                         const char    *sheet_name,
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

  return thanrak_table_read_bytes (bytes, basename, sheet_name, error);
}
