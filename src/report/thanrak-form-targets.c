/* thanrak-form-targets.c: forms 4, 5 and 7: a KPI rule set's target table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One writer for every per-district target table, driven by the rule
 * set's data (the .ini files of data/kpi): its title lines, the headings of its
 * columns (LongHeading as the seed prints it, GroupHeading merged above
 * runs of columns that share it), its total row label and an optional
 * remarks column. Next year's rule set gives next year's table.
 */
#include "config.h"

#include "thanrak-form-targets.h"

/* Column widths in characters of the default font. */
#define WIDTH_NUMBER 6.0
#define WIDTH_DISTRICT 20.0
#define WIDTH_COUNT 14.0
#define WIDTH_BAHT 19.0
#define WIDTH_WIDEST 40.0
#define WIDTH_REMARKS 12.0

static const char *
column_text (const ThanrakKpiColumn *column)
{
  return column->long_heading != NULL ? column->long_heading : column->heading;
}

static void
add_value (ThanrakReportRow       *row,
           const ThanrakKpiColumn *column,
           gboolean                has,
           gint64                  value)
{
  if (!has)
    thanrak_report_row_add_blank (row);
  else if (column->unit == THANRAK_KPI_UNIT_BAHT)
    thanrak_report_row_add_baht (row, value);
  else
    thanrak_report_row_add_count (row, value);
}

/**
 * thanrak_form_targets_new:
 * @table: a target table (thanrak_kpi_rule_set_compute_targets())
 * @options: (nullable): the form's options; only @thai_digits is used
 *   (the seed tables print no office and no date)
 *
 * Maps a KPI target table to the official sheet (domain guide §5, tables
 * 4, 5 and 7), everything taken from the table's rule set:
 *
 * - form 4, เป้าหมายตัวชี้วัดการส่งเสริมผลิตภัณฑ์ OTOP ในตลาดออนไลน์
 *   (seed 004, สิ่งที่ส่งมาด้วย ๑; rule set `2564-2-online-products`);
 * - form 5, เป้าหมายตัวชี้วัดรายได้จากการจำหน่ายผลิตภัณฑ์ชุมชน OTOP
 *   (seed 004, สิ่งที่ส่งมาด้วย ๒; `2564-2-revenue-growth`), in baht;
 * - form 7, เป้าหมายการดำเนินงานตามภารกิจสำคัญของกรมการพัฒนาชุมชน
 *   (seed 003, สิ่งที่ส่งมาด้วย ๑; `2565-marketing-channels`).
 *
 * Title and subtitle lines are the rule set's `Title` and `Subtitle`.
 * The headings are `ที่` and `อำเภอ` (the rule set's names for them),
 * then each column's `LongHeading` (else `Heading`); columns in a run
 * with the same `GroupHeading` get it merged above them, which makes the
 * heading two rows high (seed 004's first table, seed 003); columns
 * without one span both rows. A `RemarksHeading` adds an empty last
 * column. One row per district in the table's order, numbered from 1,
 * then the total row with the rule set's label merged over the first two
 * columns and the totals the table computed (a total the seed leaves
 * blank stays blank). Counts are written with `#,##0`, money in whole
 * baht with `#,##0`, all as numbers.
 *
 * Returns: (transfer full): the sheet, to write with
 *   thanrak_report_write_sheet()
 */
ThanrakReportSheet *
thanrak_form_targets_new (ThanrakKpiTargetTable    *table,
                          const ThanrakFormOptions *options)
{
  ThanrakKpiRuleSet *rs;
  ThanrakReportSheet *sheet;
  ThanrakReportRow *row;
  const char *remarks;
  g_autofree double *widths = NULL;
  gboolean grouped = FALSE;
  guint heading_rows, n, col;

  g_return_val_if_fail (table != NULL, NULL);

  rs = table->rule_set;
  remarks = thanrak_kpi_rule_set_get_remarks_heading (rs);
  n = table->columns->len;

  sheet = thanrak_report_sheet_new ("เป้าหมาย");
  thanrak_report_sheet_set_thai_digits (sheet, options != NULL && options->thai_digits);

  /* Widths: values, long headings, then the title across them */
  widths = g_new0 (double, n + 3);
  widths[0] = WIDTH_NUMBER;
  widths[1] = WIDTH_DISTRICT;
  for (guint k = 0; k < n; k++)
    {
      const ThanrakKpiColumn *column = g_ptr_array_index (table->columns, k);

      widths[2 + k] = thanrak_form_heading_width (column_text (column), 4,
                                                  column->unit == THANRAK_KPI_UNIT_BAHT ? WIDTH_BAHT : WIDTH_COUNT,
                                                  WIDTH_WIDEST);
      grouped |= column->group_heading != NULL;
    }
  if (remarks != NULL)
    widths[2 + n] = WIDTH_REMARKS;
  thanrak_form_fit_title (widths, n + 2 + (remarks != NULL), thanrak_kpi_rule_set_get_title (rs));
  for (guint k = 0; k < n + 2 + (remarks != NULL); k++)
    thanrak_report_sheet_add_column (sheet, widths[k],
                                     k == 0 ? THANRAK_REPORT_ALIGN_CENTER :
                                     k == 1 || k == n + 2 ? THANRAK_REPORT_ALIGN_LEFT :
                                     THANRAK_REPORT_ALIGN_DEFAULT);

  thanrak_report_sheet_add_title (sheet, thanrak_kpi_rule_set_get_title (rs));
  if (thanrak_kpi_rule_set_get_subtitle (rs) != NULL)
    thanrak_report_sheet_add_subtitle (sheet, thanrak_kpi_rule_set_get_subtitle (rs));

  /* Headings */
  heading_rows = grouped ? 2 : 1;
  thanrak_report_sheet_add_heading (sheet, 0, 0, heading_rows, 1,
                                    thanrak_kpi_rule_set_get_number_heading (rs));
  thanrak_report_sheet_add_heading (sheet, 0, 1, heading_rows, 1,
                                    thanrak_kpi_rule_set_get_district_heading (rs));
  for (guint k = 0; k < n; )
    {
      const ThanrakKpiColumn *column = g_ptr_array_index (table->columns, k);
      guint run = 1;

      if (column->group_heading == NULL)
        {
          thanrak_report_sheet_add_heading (sheet, 0, 2 + k, heading_rows, 1, column_text (column));
          k++;
          continue;
        }
      while (k + run < n)
        {
          const ThanrakKpiColumn *next = g_ptr_array_index (table->columns, k + run);
          if (g_strcmp0 (next->group_heading, column->group_heading) != 0)
            break;
          run++;
        }
      thanrak_report_sheet_add_heading (sheet, 0, 2 + k, 1, run, column->group_heading);
      for (guint j = k; j < k + run; j++)
        thanrak_report_sheet_add_heading (sheet, 1, 2 + j, 1, 1,
                                          column_text (g_ptr_array_index (table->columns, j)));
      k += run;
    }
  if (remarks != NULL)
    thanrak_report_sheet_add_heading (sheet, 0, 2 + n, heading_rows, 1, remarks);

  /* Districts */
  for (guint r = 0; r < table->rows->len; r++)
    {
      ThanrakKpiTargetRow *target = g_ptr_array_index (table->rows, r);

      row = thanrak_report_sheet_append_row (sheet);
      thanrak_report_row_add_count (row, r + 1);
      thanrak_report_row_add_text (row, target->name);
      for (guint k = 0; k < n; k++)
        add_value (row, g_ptr_array_index (table->columns, k), target->has_cell[k], target->cells[k]);
      if (remarks != NULL)
        thanrak_report_row_add_blank (row);
    }

  /* Total */
  row = thanrak_report_sheet_get_total_row (sheet);
  col = thanrak_report_row_add_text (row, table->total->name);
  thanrak_report_row_set_span (row, col, 2);
  thanrak_report_row_set_align (row, col, THANRAK_REPORT_ALIGN_CENTER);
  for (guint k = 0; k < n; k++)
    add_value (row, g_ptr_array_index (table->columns, k), table->total->has_cell[k], table->total->cells[k]);
  if (remarks != NULL)
    thanrak_report_row_add_blank (row);

  return sheet;
}
