/* thanrak-form-assessment-summary.c: form 2, แบบสรุปผลการประเมินศูนย์ฯ
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "thanrak-form-assessment-summary.h"

/**
 * thanrak_form_assessment_summary_new:
 * @province: (nullable): the province
 * @fiscal_year: the fiscal year (Buddhist Era), or 0
 * @centers: (array length=n_centers): the centers, in the order to print
 * @n_centers: how many
 * @options: (nullable): the form's options; prints @office and @date
 *   below the title when set
 *
 * Form 2 of the domain guide §5: แบบสรุปผลการประเมินศูนย์บริการส่งเสริม
 * เศรษฐกิจฐานราก for a province and year (seed 001 names it as attachment
 * 4 but does not show its layout; this layout is ours). Title, then
 * `จังหวัด<province> ประจำปีงบประมาณ พ.ศ. <FY>`; columns `ที่ | อำเภอ |
 * คะแนนรายด้าน` over the ten aspects (headed by their number and full
 * points, `1 (6)`, in Thai digits with the option) `| คะแนนรวม (50) |
 * ผลการประเมิน`; one row per center
 * with its points per aspect and total as numbers and its grade as the
 * seed names it (`ดี (A)`); below the table, how many centers got each
 * grade and how many in all.
 *
 * Returns: (transfer full): the sheet
 */
ThanrakReportSheet *
thanrak_form_assessment_summary_new (const char                     *province,
                                     guint                           fiscal_year,
                                     const ThanrakFormSummaryCenter *centers,
                                     guint                           n_centers,
                                     const ThanrakFormOptions       *options)
{
  ThanrakReportSheet *sheet;
  const ThanrakAssessmentAspect *aspects;
  guint n_aspects, col;
  guint counts[THANRAK_ASSESSMENT_GRADE_C + 1] = { 0, };
  g_autoptr(GString) line = g_string_new (NULL);

  g_return_val_if_fail (centers != NULL || n_centers == 0, NULL);

  aspects = thanrak_assessment_get_aspects (&n_aspects);

  sheet = thanrak_report_sheet_new ("สรุปผลการประเมิน");
  thanrak_report_sheet_set_thai_digits (sheet, options != NULL && options->thai_digits);
  thanrak_report_sheet_add_title (sheet, "แบบสรุปผลการประเมินศูนย์บริการส่งเสริมเศรษฐกิจฐานราก");
  if (province != NULL && *province != '\0')
    g_string_append_printf (line, "จังหวัด%s", province);
  if (fiscal_year > 0)
    g_string_append_printf (line, "%sประจำปีงบประมาณ พ.ศ. %u", line->len > 0 ? " " : "", fiscal_year);
  if (line->len > 0)
    thanrak_report_sheet_add_subtitle (sheet, line->str);
  thanrak_form_add_office_and_date (sheet, options);

  thanrak_report_sheet_add_column (sheet, 5, THANRAK_REPORT_ALIGN_CENTER);
  thanrak_report_sheet_add_column (sheet, 18, THANRAK_REPORT_ALIGN_LEFT);
  for (guint a = 0; a < n_aspects; a++)
    thanrak_report_sheet_add_column (sheet, 6, THANRAK_REPORT_ALIGN_CENTER);
  thanrak_report_sheet_add_column (sheet, 9, THANRAK_REPORT_ALIGN_CENTER);
  thanrak_report_sheet_add_column (sheet, 16, THANRAK_REPORT_ALIGN_CENTER);

  thanrak_report_sheet_add_heading (sheet, 0, 0, 2, 1, "ที่");
  thanrak_report_sheet_add_heading (sheet, 0, 1, 2, 1, "อำเภอ");
  thanrak_report_sheet_add_heading (sheet, 0, 2, 1, n_aspects, "คะแนนรายด้าน");
  for (guint a = 0; a < n_aspects; a++)
    {
      g_autofree char *text = g_strdup_printf ("%u\n(%d)", aspects[a].number, aspects[a].max_points);

      thanrak_report_sheet_add_heading (sheet, 1, 2 + a, 1, 1, text);
    }
  thanrak_report_sheet_add_heading (sheet, 0, 2 + n_aspects, 2, 1, "คะแนนรวม\n(50)");
  thanrak_report_sheet_add_heading (sheet, 0, 3 + n_aspects, 2, 1, "ผลการประเมิน");

  for (guint c = 0; c < n_centers; c++)
    {
      const ThanrakAssessment *assessment = centers[c].assessment;
      ThanrakAssessmentGrade grade = thanrak_assessment_get_grade (assessment);
      ThanrakReportRow *row = thanrak_report_sheet_append_row (sheet);
      g_autofree char *grade_text = g_strdup_printf ("%s (%s)", thanrak_assessment_grade_name (grade),
                                                     thanrak_assessment_grade_letter (grade));

      counts[grade]++;
      thanrak_report_row_add_count (row, c + 1);
      thanrak_report_row_add_text (row, centers[c].district != NULL ? centers[c].district : "");
      for (guint a = 0; a < n_aspects; a++)
        thanrak_report_row_add_count (row, thanrak_assessment_get_aspect_points (assessment, aspects[a].number));
      thanrak_report_row_add_count (row, thanrak_assessment_get_total (assessment));
      col = thanrak_report_row_add_text (row, grade_text);
      thanrak_report_row_set_align (row, col, THANRAK_REPORT_ALIGN_CENTER);
    }

  thanrak_report_sheet_add_footer (sheet, 1, THANRAK_REPORT_ALIGN_LEFT, "สรุปผลการประเมิน");
  for (ThanrakAssessmentGrade g = THANRAK_ASSESSMENT_GRADE_A; g <= THANRAK_ASSESSMENT_GRADE_C; g++)
    {
      g_autofree char *text = g_strdup_printf ("ระดับ %s (%s) จำนวน %u ศูนย์",
                                               thanrak_assessment_grade_name (g),
                                               thanrak_assessment_grade_letter (g), counts[g]);
      thanrak_report_sheet_add_footer (sheet, 1, THANRAK_REPORT_ALIGN_LEFT, text);
    }
  {
    g_autofree char *text = g_strdup_printf ("รวมทั้งสิ้น %u ศูนย์", n_centers);
    thanrak_report_sheet_add_footer (sheet, 1, THANRAK_REPORT_ALIGN_LEFT, text);
  }

  return sheet;
}
