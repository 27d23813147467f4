/* thanrak-report-file.c: writing a workbook safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "thanrak-report-file.h"

typedef struct
{
  ThanrakReportProgressFunc func;
  gpointer                  data;
  guint64                   offset;  /* rows of the sheets before */
  guint64                   total;   /* rows of all sheets */
} Progress;

static void
sheet_progress (guint64  rows_done,
                guint64  rows_total,
                gpointer user_data)
{
  Progress *progress = user_data;

  progress->func (progress->offset + rows_done, progress->total, progress->data);
}

/* lxw_strerror() without its closing full stop, to go inside a sentence. */
static char *
lxw_reason (lxw_error err)
{
  char *reason = g_strdup (lxw_strerror (err));
  gsize len = strlen (reason);

  if (len > 0 && reason[len - 1] == '.')
    reason[len - 1] = '\0';

  return reason;
}

/* Frees a workbook that will not be written. lxw_workbook_free() of
 * libxlsxwriter 1.1.4 leaves the temporary file of each constant-memory
 * worksheet open (one file descriptor per failed export): close them. */
static void
discard_workbook (lxw_workbook *workbook)
{
  lxw_worksheet *worksheet;

  STAILQ_FOREACH (worksheet, workbook->worksheets, list_pointers)
    {
      if (worksheet->optimize_tmpfile != NULL)
        {
          fclose (worksheet->optimize_tmpfile);
          worksheet->optimize_tmpfile = NULL;
        }
    }

  lxw_workbook_free (workbook);
}

static void
set_folder_error (GError     **error,
                  const char  *folder,
                  const char  *reason)
{
  g_autofree char *display = g_filename_display_name (folder);

  g_set_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_WRITE,
               /* Translators: the first %s is a folder, the second the
                * system's reason, e.g. "Permission denied". */
               _("The report cannot be saved in the folder “%s”: %s. "
                 "Choose a folder you can write to, such as your Documents "
                 "folder, or free some disk space, then export again."),
               display, reason);
}

/**
 * thanrak_report_write_file:
 * @path: the file to write, in the GLib file name encoding; an existing
 *   file is replaced only once the new one is complete
 * @sheets: (array length=n_sheets): the sheets, in tab order
 * @n_sheets: the number of sheets, at least 1
 * @flags: %THANRAK_REPORT_WRITE_CONSTANT_MEMORY for long lists
 * @cancellable: (nullable): checked before every body row and before the
 *   file is put in place
 * @progress: (nullable) (scope call): told of the body rows written, over
 *   all sheets
 * @progress_data: data for @progress
 * @error: return location for a #GError
 *
 * Writes an xlsx workbook of @sheets. The workbook is written to a new
 * hidden file beside @path (`.NAME.XXXXXX`, in the same folder so the
 * final rename cannot cross file systems) and renamed to @path only when
 * complete; on any error or cancellation that file is removed, so a
 * failed export leaves neither a partial file nor a changed @path. May
 * run in a worker thread: it touches no shared state.
 *
 * Returns: %TRUE on success; %FALSE with @error set in
 *   #THANRAK_REPORT_ERROR: %THANRAK_REPORT_ERROR_WRITE (the folder cannot
 *   be written, or libxlsxwriter failed: its lxw_strerror() text is in
 *   the message), %THANRAK_REPORT_ERROR_INVALID_TEXT,
 *   %THANRAK_REPORT_ERROR_INVALID_SHEET, %THANRAK_REPORT_ERROR_CANCELLED,
 *   or an error of a row source
 */
gboolean
thanrak_report_write_file (const char                 *path,
                           ThanrakReportSheet * const *sheets,
                           guint                       n_sheets,
                           ThanrakReportWriteFlags     flags,
                           GCancellable               *cancellable,
                           ThanrakReportProgressFunc   progress,
                           gpointer                    progress_data,
                           GError                    **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp = NULL;
  g_autoptr(ThanrakReportFormats) formats = NULL;
  lxw_workbook_options options = { 0 };
  lxw_workbook *workbook;
  Progress wrap = { progress, progress_data, 0, 0 };
  lxw_error err;
  int saved_errno;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (sheets != NULL && n_sheets > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  folder = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  temp = g_strdup_printf ("%s%c.%s.XXXXXX", folder, G_DIR_SEPARATOR, base);

  /* Reserve a unique name in the target folder: this is also where an
   * unwritable folder shows, before any work is done. */
  fd = g_mkstemp_full (temp, O_RDWR, 0666);
  if (fd < 0)
    {
      saved_errno = errno;
      set_folder_error (error, folder, g_strerror (saved_errno));
      return FALSE;
    }
  g_close (fd, NULL);

  options.constant_memory = (flags & THANRAK_REPORT_WRITE_CONSTANT_MEMORY) ? LXW_TRUE : LXW_FALSE;
  workbook = workbook_new_opt (temp, &options);
  if (workbook == NULL)
    {
      g_autofree char *reason = lxw_reason (LXW_ERROR_MEMORY_MALLOC_FAILED);

      g_unlink (temp);
      set_folder_error (error, folder, reason);
      return FALSE;
    }
  formats = thanrak_report_formats_new (workbook);

  for (guint i = 0; i < n_sheets; i++)
    wrap.total += thanrak_report_sheet_get_n_body_rows (sheets[i]);

  for (guint i = 0; i < n_sheets; i++)
    {
      if (!thanrak_report_sheet_write (sheets[i], workbook, formats, cancellable,
                                       progress != NULL ? sheet_progress : NULL, &wrap,
                                       error))
        {
          g_clear_pointer (&formats, thanrak_report_formats_free);
          discard_workbook (workbook);
          g_unlink (temp);
          return FALSE;
        }
      wrap.offset += thanrak_report_sheet_get_n_body_rows (sheets[i]);
    }

  if (g_cancellable_is_cancelled (cancellable))
    {
      g_clear_pointer (&formats, thanrak_report_formats_free);
      discard_workbook (workbook);
      g_unlink (temp);
      g_set_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_CANCELLED,
                   _("The export was cancelled."));
      return FALSE;
    }

  /* workbook_close() writes and zips the parts, then frees the workbook
   * and its formats. */
  g_clear_pointer (&formats, thanrak_report_formats_free);
  err = workbook_close (workbook);
  if (err != LXW_NO_ERROR)
    {
      g_autofree char *reason = lxw_reason (err);

      g_unlink (temp);
      set_folder_error (error, folder, reason);
      return FALSE;
    }

  if (g_cancellable_is_cancelled (cancellable))
    {
      g_unlink (temp);
      g_set_error (error, THANRAK_REPORT_ERROR, THANRAK_REPORT_ERROR_CANCELLED,
                   _("The export was cancelled."));
      return FALSE;
    }

  if (g_rename (temp, path) != 0)
    {
      saved_errno = errno;
      g_unlink (temp);
      set_folder_error (error, folder, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/**
 * thanrak_report_write_sheet:
 * @path: the file to write
 * @sheet: the one sheet of the workbook
 * @flags: %THANRAK_REPORT_WRITE_CONSTANT_MEMORY for long lists
 * @cancellable: (nullable): checked before every body row
 * @progress: (nullable) (scope call): told of the body rows written
 * @progress_data: data for @progress
 * @error: return location for a #GError
 *
 * thanrak_report_write_file() for a workbook of one sheet.
 *
 * Returns: %TRUE on success; %FALSE with @error set as
 *   thanrak_report_write_file() does
 */
gboolean
thanrak_report_write_sheet (const char                 *path,
                            ThanrakReportSheet         *sheet,
                            ThanrakReportWriteFlags     flags,
                            GCancellable               *cancellable,
                            ThanrakReportProgressFunc   progress,
                            gpointer                    progress_data,
                            GError                    **error)
{
  ThanrakReportSheet *sheets[] = { sheet };

  g_return_val_if_fail (sheet != NULL, FALSE);

  return thanrak_report_write_file (path, sheets, 1, flags, cancellable,
                                    progress, progress_data, error);
}
