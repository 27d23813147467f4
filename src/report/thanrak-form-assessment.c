/* thanrak-form-assessment.c: form 1, แบบประเมินศูนย์บริการส่งเสริมเศรษฐกิจฐานราก
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "thanrak-form-assessment.h"
#include "thanrak-thai.h"

#define CENTER_PREFIX "ศูนย์บริการส่งเสริมเศรษฐกิจฐานราก"
#define DOTS "....."

/* The form's own columns */
enum {
  COL_NUMBER,
  COL_ASPECT,
  COL_CHECK,
  COL_ITEM,
  COL_FULL,
  COL_GOT,
  N_COLS
};

static const char *
or_dots (const char *text)
{
  return text != NULL && *text != '\0' ? text : DOTS;
}

/* A line of the criterion column: check mark, text, full points and the
 * points obtained (-1: none printed). */
static void
add_line (ThanrakReportSheet *sheet,
          gboolean            checked,
          const char         *text,
          int                 full,
          int                 got)
{
  ThanrakReportRow *row = thanrak_report_sheet_append_row (sheet);
  guint col;

  thanrak_report_row_add_blank (row);   /* under ที่ */
  thanrak_report_row_add_blank (row);   /* under the aspect */
  if (checked)
    {
      col = thanrak_report_row_add_text (row, THANRAK_FORM_CHECK_MARK);
      thanrak_report_row_set_align (row, col, THANRAK_REPORT_ALIGN_CENTER);
    }
  else
    thanrak_report_row_add_blank (row);
  thanrak_report_row_add_text (row, text);
  if (full >= 0)
    thanrak_report_row_add_count (row, full);
  else
    thanrak_report_row_add_blank (row);
  if (got >= 0)
    thanrak_report_row_add_count (row, got);
  else
    thanrak_report_row_add_blank (row);
}

/**
 * thanrak_form_assessment_new:
 * @assessment: the answers of one center for one fiscal year
 * @center: the center: name, premises, fiscal year
 * @options: (nullable): the form's options; only @thai_digits is used
 *   (seed 001's form prints no office and no date)
 *
 * Form 1 of the domain guide §5: แบบประเมินศูนย์บริการส่งเสริมเศรษฐกิจฐานราก
 * (seed 001, เกณฑ์การประเมินศูนย์บริการส่งเสริมเศรษฐกิจฐานราก; domain guide
 * §4.1), filled in. The lines of the seed: the title,
 * `ชื่อศูนย์บริการส่งเสริมเศรษฐกิจฐานราก<name>`,
 * `ที่ตั้ง ณ ตำบล… อำเภอ… จังหวัด…` (dots where a part is unknown) and,
 * added, `ประจำปีงบประมาณ พ.ศ. <FY>`. Columns as the seed: `ที่ |
 * ประเด็นการประเมิน | เกณฑ์การประเมิน | คะแนนเต็ม ๕๐ คะแนน`, the criterion
 * split into the check box and the item's text, plus `คะแนนที่ได้`. Each
 * aspect has a row `รวม ๖ คะแนน` with the points it got, then one row per
 * item (aspect 10 also its two lines for having and not having a survey);
 * the aspect's number and name are merged down over its rows. An item
 * held has #THANRAK_FORM_CHECK_MARK and its points under `คะแนนที่ได้`.
 * The total row `คะแนนรวม` has 50 and the total; below the table come
 * `คะแนนที่ได้ <total> คะแนน`, `เกณฑ์จัดระดับการประเมินฯ <grade>` and the
 * seed's three grade lines. Item texts come from thanrak-assessment and
 * keep the seed's Thai digits; points are numbers.
 *
 * Returns: (transfer full): the sheet
 */
ThanrakReportSheet *
thanrak_form_assessment_new (const ThanrakAssessment  *assessment,
                             const ThanrakFormCenter  *center,
                             const ThanrakFormOptions *options)
{
  ThanrakReportSheet *sheet;
  const ThanrakAssessmentAspect *aspects;
  const ThanrakAssessmentItem *items;
  ThanrakReportRow *row;
  ThanrakAssessmentGrade grade;
  guint n_aspects, n_items, col;
  g_autofree char *name_line = NULL;
  g_autofree char *place_line = NULL;
  g_autofree char *line = NULL;
  const char *name;

  g_return_val_if_fail (assessment != NULL, NULL);
  g_return_val_if_fail (center != NULL, NULL);

  aspects = thanrak_assessment_get_aspects (&n_aspects);
  items = thanrak_assessment_get_items (&n_items);
  grade = thanrak_assessment_get_grade (assessment);

  sheet = thanrak_report_sheet_new ("แบบประเมิน");
  thanrak_report_sheet_set_thai_digits (sheet, options != NULL && options->thai_digits);
  thanrak_report_sheet_set_orientation (sheet, THANRAK_REPORT_ORIENTATION_PORTRAIT);
  thanrak_report_sheet_add_column (sheet, 5, THANRAK_REPORT_ALIGN_CENTER);
  thanrak_report_sheet_add_column (sheet, 22, THANRAK_REPORT_ALIGN_LEFT);
  thanrak_report_sheet_add_column (sheet, 4, THANRAK_REPORT_ALIGN_CENTER);
  thanrak_report_sheet_add_column (sheet, 58, THANRAK_REPORT_ALIGN_LEFT);
  thanrak_report_sheet_add_column (sheet, 15, THANRAK_REPORT_ALIGN_CENTER);
  thanrak_report_sheet_add_column (sheet, 10, THANRAK_REPORT_ALIGN_CENTER);

  /* Title lines */
  thanrak_report_sheet_add_title (sheet, "แบบประเมินศูนย์บริการส่งเสริมเศรษฐกิจฐานราก");
  name = center->name;
  if (name != NULL && g_str_has_prefix (name, CENTER_PREFIX))
    name = name + strlen (CENTER_PREFIX);
  if (name != NULL && *name != '\0')
    name_line = g_strconcat ("ชื่อ" CENTER_PREFIX, name, NULL);
  else if (center->district != NULL && *center->district != '\0')
    name_line = g_strconcat ("ชื่อ" CENTER_PREFIX "อำเภอ", center->district, NULL);
  else
    name_line = g_strdup ("ชื่อ" CENTER_PREFIX DOTS);
  thanrak_report_sheet_add_subtitle (sheet, name_line);
  place_line = g_strdup_printf ("ที่ตั้ง ณ ตำบล%s อำเภอ%s จังหวัด%s",
                                or_dots (center->subdistrict), or_dots (center->district),
                                or_dots (center->province));
  thanrak_report_sheet_add_subtitle (sheet, place_line);
  if (center->fiscal_year > 0)
    {
      g_autofree char *year = g_strdup_printf ("ประจำปีงบประมาณ พ.ศ. %u", center->fiscal_year);
      thanrak_report_sheet_add_subtitle (sheet, year);
    }

  /* Headings, as seed 001 */
  thanrak_report_sheet_add_heading (sheet, 0, COL_NUMBER, 1, 1, "ที่");
  thanrak_report_sheet_add_heading (sheet, 0, COL_ASPECT, 1, 1, "ประเด็นการประเมิน");
  thanrak_report_sheet_add_heading (sheet, 0, COL_CHECK, 1, 2, "เกณฑ์การประเมิน");
  thanrak_report_sheet_add_heading (sheet, 0, COL_FULL, 1, 1, "คะแนนเต็ม ๕๐ คะแนน");
  thanrak_report_sheet_add_heading (sheet, 0, COL_GOT, 1, 1, "คะแนนที่ได้");

  for (guint a = 0; a < n_aspects; a++)
    {
      const ThanrakAssessmentAspect *aspect = &aspects[a];
      g_autofree char *number = g_strdup_printf ("%u.", aspect->number);
      g_autofree char *thai_number = thanrak_thai_digits (number);
      g_autofree char *full = g_strdup_printf ("รวม %d คะแนน", aspect->max_points);
      g_autofree char *thai_full = thanrak_thai_digits (full);
      gboolean any = FALSE;
      guint n_lines = 0;

      for (guint i = 0; i < n_items; i++)
        if (items[i].aspect == aspect->number)
          {
            n_lines++;
            any |= thanrak_assessment_get (assessment, items[i].id, NULL);
          }
      n_lines += (aspect->intro != NULL) + (aspect->none_text != NULL);

      row = thanrak_report_sheet_append_row (sheet);
      thanrak_report_row_set_bold (row, TRUE);
      col = thanrak_report_row_add_text (row, thai_number);
      thanrak_report_row_set_row_span (row, col, n_lines + 1);
      thanrak_report_row_set_align (row, col, THANRAK_REPORT_ALIGN_CENTER);
      col = thanrak_report_row_add_text (row, aspect->title);
      thanrak_report_row_set_row_span (row, col, n_lines + 1);
      thanrak_report_row_add_blank (row);
      thanrak_report_row_add_blank (row);
      thanrak_report_row_add_text (row, thai_full);
      thanrak_report_row_add_count (row, thanrak_assessment_get_aspect_points (assessment, aspect->number));

      if (aspect->intro != NULL)
        add_line (sheet, any, aspect->intro, -1, -1);
      for (guint i = 0; i < n_items; i++)
        {
          g_autofree char *text = NULL;
          gboolean held;

          if (items[i].aspect != aspect->number)
            continue;
          held = thanrak_assessment_get (assessment, items[i].id, NULL);
          text = g_strdup_printf ("%s %s", items[i].number, items[i].text);
          add_line (sheet, held, text, items[i].points, held ? items[i].points : -1);
        }
      if (aspect->none_text != NULL)
        add_line (sheet, !any, aspect->none_text, 0, !any ? 0 : -1);
    }

  row = thanrak_report_sheet_get_total_row (sheet);
  col = thanrak_report_row_add_text (row, "คะแนนรวม");
  thanrak_report_row_set_span (row, col, 4);
  thanrak_report_row_set_align (row, col, THANRAK_REPORT_ALIGN_CENTER);
  thanrak_report_row_add_count (row, 50);
  thanrak_report_row_add_count (row, thanrak_assessment_get_total (assessment));

  /* Below the table, as seed 001 */
  line = g_strdup_printf ("คะแนนที่ได้ %d คะแนน", thanrak_assessment_get_total (assessment));
  thanrak_report_sheet_add_footer (sheet, 0, THANRAK_REPORT_ALIGN_LEFT, line);
  g_clear_pointer (&line, g_free);
  line = g_strdup_printf ("เกณฑ์จัดระดับการประเมินฯ %s (%s)",
                          thanrak_assessment_grade_name (grade), thanrak_assessment_grade_letter (grade));
  thanrak_report_sheet_add_footer (sheet, 0, THANRAK_REPORT_ALIGN_LEFT, line);
  thanrak_report_sheet_add_footer (sheet, 0, THANRAK_REPORT_ALIGN_LEFT,
                                   "เกณฑ์การจัดระดับการประเมินศูนย์บริการส่งเสริมเศรษฐกิจฐานราก กำหนดเป็น ๓ ระดับ ดังนี้");
  for (ThanrakAssessmentGrade g = THANRAK_ASSESSMENT_GRADE_A; g <= THANRAK_ASSESSMENT_GRADE_C; g++)
    thanrak_report_sheet_add_footer (sheet, 1, THANRAK_REPORT_ALIGN_LEFT,
                                     thanrak_assessment_grade_criterion (g));

  return sheet;
}
