/* thanrak-form.c: what the official form writers share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "thanrak-form.h"
#include "thanrak-report-format.h"
#include "thanrak-thai.h"

/**
 * thanrak_form_date_text:
 * @date: a valid date
 *
 * The date of issue as the forms print it, in the Buddhist Era and in
 * Arabic digits (the sheet turns them into Thai digits with its option):
 * `วันที่ 1 ตุลาคม 2565` (domain guide §2).
 *
 * Returns: (transfer full): the line
 */
char *
thanrak_form_date_text (const GDate *date)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  text = thanrak_thai_format_date (date, THANRAK_THAI_DATE_FULL, FALSE);
  return g_strdup_printf ("วันที่ %s", text);
}

/**
 * thanrak_form_add_office_and_date:
 * @sheet: a form's sheet
 * @options: (nullable): the form's options
 *
 * Adds the office of @options as a title line, exactly as typed (a
 * title cell is always a string, so `=1+1` stays text), and the date
 * of issue as the line `ข้อมูล ณ วันที่ 1 ตุลาคม 2565`, each when set.
 */
void
thanrak_form_add_office_and_date (ThanrakReportSheet       *sheet,
                                  const ThanrakFormOptions *options)
{
  g_return_if_fail (sheet != NULL);

  if (options == NULL)
    return;
  if (options->office != NULL && *options->office != '\0')
    thanrak_report_sheet_add_subtitle (sheet, options->office);
  if (options->date != NULL && g_date_valid (options->date))
    {
      g_autofree char *date = thanrak_form_date_text (options->date);
      g_autofree char *line = g_strdup_printf ("ข้อมูล ณ %s", date);

      thanrak_report_sheet_add_subtitle (sheet, line);
    }
}

/**
 * thanrak_form_fit_title:
 * @widths: (array length=n_widths) (inout): the widths of a table's
 *   columns, in Excel column-width units
 * @n_widths: how many
 * @title: a title line merged across the table
 *
 * Widens the columns after the first, one unit at a time in turn, until
 * @title fits on one line across the table at the title's font size
 * (thanrak_report_text_lines()): a title wider than its table would be
 * cut off at both sides when printed (LibreOffice does not wrap a merged
 * title it centers).
 */
void
thanrak_form_fit_title (double     *widths,
                        guint       n_widths,
                        const char *title)
{
  g_return_if_fail (widths != NULL && n_widths > 0);
  g_return_if_fail (title != NULL);

  for (guint step = 0; step < 1000; step++)
    {
      double total = 0;

      for (guint i = 0; i < n_widths; i++)
        total += widths[i];
      if (thanrak_report_text_lines (title, total, THANRAK_REPORT_TITLE_FONT_SIZE) <= 1)
        return;
      widths[n_widths > 1 ? 1 + step % (n_widths - 1) : 0] += 1;
    }
}

/**
 * thanrak_form_heading_width:
 * @heading: a column heading
 * @max_lines: the lines of 16 pt text the heading may take, as
 *   thanrak_report_text_lines() estimates them
 * @narrowest: the width the column needs for its values
 * @widest: the widest the column may be
 *
 * A column width that keeps a long heading to @max_lines, between
 * @narrowest and @widest (Excel column-width units). Headings are bold,
 * estimated with nine tenths of the width, as the sheet writer does.
 *
 * Returns: the width
 */
double
thanrak_form_heading_width (const char *heading,
                            guint       max_lines,
                            double      narrowest,
                            double      widest)
{
  double width = narrowest;

  g_return_val_if_fail (heading != NULL, narrowest);

  while (width < widest && thanrak_report_text_lines (heading, width * 0.9, THANRAK_REPORT_FONT_SIZE) > max_lines)
    width += 1;
  return width;
}
