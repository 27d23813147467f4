/* thanrak-form-project-proposal.c: form 8, แบบเสนอโครงการที่ใช้งบประมาณของราชการ
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "thanrak-checks.h"
#include "thanrak-record.h"
#include "thanrak-thai.h"
#include "thanrak-form-project-proposal.h"

#define DOTS "...................."

static const char *
field (ThanrakProjectProposal *proposal,
       const char             *name)
{
  const char *value = thanrak_record_get_string (THANRAK_RECORD (proposal), name);

  return value != NULL && *value != '\0' ? value : NULL;
}

/* Title and footer lines get Thai digits from the sheet; body text is
 * written as given, so the program's own amounts follow the option here. */
static char *
baht_text (gint64                    satang,
           const ThanrakFormOptions *options)
{
  return thanrak_thai_format_baht (satang, options != NULL && options->thai_digits);
}

/* A numbered section: its heading row, then its text over the width. */
static void
add_section (ThanrakReportSheet *sheet,
             const char         *heading,
             const char         *text)
{
  ThanrakReportRow *row = thanrak_report_sheet_append_row (sheet);
  guint col;

  thanrak_report_row_set_bold (row, TRUE);
  col = thanrak_report_row_add_text (row, heading);
  thanrak_report_row_set_span (row, col, 2);

  row = thanrak_report_sheet_append_row (sheet);
  col = thanrak_report_row_add_text (row, text != NULL ? text : DOTS DOTS DOTS);
  thanrak_report_row_set_span (row, col, 2);
}

/* A signature block (seed 002, sections 10 to 12). */
static void
add_signature (ThanrakReportSheet *sheet,
               const char         *heading,
               const char         *project,
               const char         *budget_line,
               const char * const *choices,
               const char         *name,
               const char         *position,
               const char         *position_default)
{
  g_autofree char *first = g_strdup_printf ("%s %s", heading, project);
  g_autofree char *signer = g_strdup_printf ("(%s)", name != NULL ? name : DOTS);
  g_autofree char *office = g_strdup_printf ("ตำแหน่ง %s", position != NULL ? position : position_default);

  thanrak_report_sheet_add_footer (sheet, 0, THANRAK_REPORT_ALIGN_LEFT, first);
  thanrak_report_sheet_add_footer (sheet, 0, THANRAK_REPORT_ALIGN_LEFT, budget_line);
  for (guint i = 0; choices != NULL && choices[i] != NULL; i++)
    thanrak_report_sheet_add_footer (sheet, 1, THANRAK_REPORT_ALIGN_LEFT, choices[i]);
  thanrak_report_sheet_add_footer (sheet, 1, THANRAK_REPORT_ALIGN_CENTER, "(ลงชื่อ)" DOTS);
  thanrak_report_sheet_add_footer (sheet, 1, THANRAK_REPORT_ALIGN_CENTER, signer);
  thanrak_report_sheet_add_footer (sheet, 1, THANRAK_REPORT_ALIGN_CENTER, office);
  thanrak_report_sheet_add_footer (sheet, 1, THANRAK_REPORT_ALIGN_CENTER, "วันที่" DOTS);
}

static ThanrakReportSheet *
proposal_sheet (ThanrakProjectProposal   *proposal,
                const ThanrakFormOptions *options,
                gint64                    total,
                const char               *words)
{
  static const char * const endorse[] = { "[  ] เห็นชอบ", "[  ] ไม่เห็นชอบ", NULL };
  static const char * const approve[] = { "[  ] อนุมัติ", "[  ] ไม่อนุมัติ", NULL };
  ThanrakReportSheet *sheet;
  const char *name = field (proposal, "name");
  int fiscal_year = (int) thanrak_record_get_number (THANRAK_RECORD (proposal), "fiscal-year");
  g_autofree char *number = NULL;
  g_autofree char *project = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *amount = baht_text (total, options);
  g_autofree char *budget = NULL;
  g_autofree char *budget_line = NULL;

  sheet = thanrak_report_sheet_new ("แบบเสนอโครงการ");
  thanrak_report_sheet_set_thai_digits (sheet, options != NULL && options->thai_digits);
  thanrak_report_sheet_set_orientation (sheet, THANRAK_REPORT_ORIENTATION_PORTRAIT);
  thanrak_report_sheet_add_column (sheet, 14, THANRAK_REPORT_ALIGN_LEFT);
  thanrak_report_sheet_add_column (sheet, 70, THANRAK_REPORT_ALIGN_LEFT);

  thanrak_report_sheet_add_title (sheet, "แบบเสนอโครงการที่ใช้งบประมาณของราชการ");
  if (field (proposal, "number") != NULL)
    number = g_strdup_printf ("เลขที่โครงการ : %s", field (proposal, "number"));
  else if (fiscal_year > 0)
    number = g_strdup_printf ("เลขที่โครงการ : ..../%d", fiscal_year);
  else
    number = g_strdup ("เลขที่โครงการ : ....");
  project = g_strdup_printf ("ชื่อโครงการ : %s", name != NULL ? name : DOTS);
  unit = g_strdup_printf ("หน่วยงานที่รับผิดชอบ : %s", field (proposal, "unit") != NULL ? field (proposal, "unit") : DOTS);
  thanrak_report_sheet_add_subtitle (sheet, number);
  thanrak_report_sheet_add_subtitle (sheet, project);
  thanrak_report_sheet_add_subtitle (sheet, unit);

  budget = g_strdup_printf ("งบประมาณ %s บาท (%s)\nรายละเอียดค่าใช้จ่ายตามเอกสารแนบท้าย", amount, words);
  add_section (sheet, "๑. หลักการและเหตุผล", field (proposal, "rationale"));
  add_section (sheet, "๒. วัตถุประสงค์", field (proposal, "objectives"));
  add_section (sheet, "๓. ขั้นตอนและวิธีดำเนินงาน", field (proposal, "method"));
  add_section (sheet, "๔. เป้าหมายการดำเนินงาน", field (proposal, "targets"));
  add_section (sheet, "๕. งบประมาณ", budget);
  add_section (sheet, "๖. สถานที่ดำเนินการ", field (proposal, "location"));
  add_section (sheet, "๗. ระยะเวลาดำเนินการ", field (proposal, "duration"));
  add_section (sheet, "๘. ผลที่คาดว่าจะได้รับ", field (proposal, "expected-results"));
  add_section (sheet, "๙. ตัวชี้วัดกิจกรรม/โครงการ", field (proposal, "indicators"));

  budget_line = g_strdup_printf ("งบประมาณ %s บาท (%s)", amount, words);
  add_signature (sheet, "๑๐. ผู้เสนอโครงการ", name != NULL ? name : "", budget_line, NULL,
                 field (proposal, "proposer"), field (proposal, "proposer-position"), "พัฒนาการอำเภอ" DOTS);
  add_signature (sheet, "๑๑. ผู้ให้ความเห็นชอบโครงการ", name != NULL ? name : "", budget_line, endorse,
                 field (proposal, "endorser"), field (proposal, "endorser-position"), "นายอำเภอ" DOTS);
  add_signature (sheet, "๑๒. ผู้อนุมัติโครงการ", name != NULL ? name : "", budget_line, approve,
                 field (proposal, "approver"), field (proposal, "approver-position"), DOTS);

  return sheet;
}

/* The budget details attached to the form (seed 002, รายละเอียดค่าใช้จ่าย):
 * per group a row `1) ค่าใช้สอย` with its subtotal, then its lines
 * `- description | units | rate | amount`; amounts are formulas
 * (units x rate, SUM of the group, sum of the groups) carrying the
 * values the program computed. */
static ThanrakReportSheet *
budget_sheet (ThanrakProjectProposal   *proposal,
              GPtrArray                *lines,
              const ThanrakFormOptions *options,
              gint64                   *total_out,
              char                    **words_out)
{
  ThanrakReportSheet *sheet;
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();
  g_autoptr(GString) total_formula = g_string_new ("=");
  const char *name = field (proposal, "name");
  int fiscal_year = (int) thanrak_record_get_number (THANRAK_RECORD (proposal), "fiscal-year");
  g_autofree char *title = NULL;
  g_autofree char *words = NULL;
  g_autofree char *total_label = NULL;
  ThanrakReportRow *row;
  gint64 total = 0;
  guint excel_row, col;
  double widths[] = { 46, 12, 17, 22 };

  for (guint i = 0; i < lines->len; i++)
    {
      ThanrakBudgetLine *line = g_ptr_array_index (lines, i);
      const char *group = line->group != NULL ? line->group : "";
      gboolean seen = FALSE;

      for (guint g = 0; g < groups->len && !seen; g++)
        seen = g_str_equal (g_ptr_array_index (groups, g), group);
      if (!seen)
        g_ptr_array_add (groups, (gpointer) group);
      total += line->units > 0 ? line->units * line->rate_satang : line->amount_satang;
    }
  words = thanrak_thai_bahttext (total);

  sheet = thanrak_report_sheet_new ("รายละเอียดค่าใช้จ่าย");
  thanrak_report_sheet_set_thai_digits (sheet, options != NULL && options->thai_digits);
  thanrak_report_sheet_set_orientation (sheet, THANRAK_REPORT_ORIENTATION_PORTRAIT);
  if (fiscal_year > 0)
    title = g_strdup_printf ("รายละเอียดค่าใช้จ่ายในการดำเนินโครงการ%s ประจำปีงบประมาณ พ.ศ. %d",
                             name != NULL ? name : "", fiscal_year);
  else
    title = g_strdup_printf ("รายละเอียดค่าใช้จ่ายในการดำเนินโครงการ%s", name != NULL ? name : "");
  /* Amounts up to hundreds of millions with satang, in Thai digits too;
   * a title wider than the table would be cut off when printed. */
  thanrak_form_fit_title (widths, G_N_ELEMENTS (widths), title);
  thanrak_report_sheet_add_column (sheet, widths[0], THANRAK_REPORT_ALIGN_LEFT);
  thanrak_report_sheet_add_column (sheet, widths[1], THANRAK_REPORT_ALIGN_RIGHT);
  thanrak_report_sheet_add_column (sheet, widths[2], THANRAK_REPORT_ALIGN_RIGHT);
  thanrak_report_sheet_add_column (sheet, widths[3], THANRAK_REPORT_ALIGN_RIGHT);
  thanrak_report_sheet_add_title (sheet, title);
  thanrak_report_sheet_add_heading (sheet, 0, 0, 1, 1, "รายการ");
  thanrak_report_sheet_add_heading (sheet, 0, 1, 1, 1, "จำนวน (หน่วย)");
  thanrak_report_sheet_add_heading (sheet, 0, 2, 1, 1, "อัตรา (บาท)");
  thanrak_report_sheet_add_heading (sheet, 0, 3, 1, 1, "เป็นเงิน (บาท)");

  /* One title row and one heading row: the first body row is row 3. */
  excel_row = 3;
  for (guint g = 0; g < groups->len; g++)
    {
      const char *group = g_ptr_array_index (groups, g);
      g_autofree char *label = g_strdup_printf ("%u) %s", g + 1, *group != '\0' ? group : "ค่าใช้จ่าย");
      g_autofree char *formula = NULL;
      ThanrakReportRow *group_row = thanrak_report_sheet_append_row (sheet);
      guint group_excel_row = excel_row++;
      guint first = excel_row, last = excel_row;
      gint64 subtotal = 0;

      thanrak_report_row_set_bold (group_row, TRUE);
      col = thanrak_report_row_add_text (group_row, label);
      thanrak_report_row_set_span (group_row, col, 3);

      for (guint i = 0; i < lines->len; i++)
        {
          ThanrakBudgetLine *line = g_ptr_array_index (lines, i);
          g_autofree char *description = NULL;
          gint64 amount;

          if (!g_str_equal (line->group != NULL ? line->group : "", group))
            continue;
          description = g_strdup_printf ("- %s", line->description != NULL ? line->description : "");
          row = thanrak_report_sheet_append_row (sheet);
          thanrak_report_row_add_text (row, description);
          if (line->units > 0)
            {
              g_autofree char *f = g_strdup_printf ("=B%u*C%u", excel_row, excel_row);

              amount = line->units * line->rate_satang;
              thanrak_report_row_add_count (row, line->units);
              thanrak_report_row_add_baht_satang (row, line->rate_satang);
              thanrak_report_row_add_formula (row, f, amount / 100.0, THANRAK_REPORT_STYLE_BAHT_SATANG);
            }
          else
            {
              amount = line->amount_satang;
              thanrak_report_row_add_blank (row);
              thanrak_report_row_add_blank (row);
              thanrak_report_row_add_baht_satang (row, amount);
            }
          subtotal += amount;
          last = excel_row++;
        }

      formula = last >= first ? g_strdup_printf ("=SUM(D%u:D%u)", first, last) : g_strdup ("=0");
      thanrak_report_row_add_formula (group_row, formula, subtotal / 100.0, THANRAK_REPORT_STYLE_BAHT_SATANG);
      g_string_append_printf (total_formula, "%sD%u", g > 0 ? "+" : "", group_excel_row);
    }
  if (groups->len == 0)
    g_string_append (total_formula, "0");

  total_label = g_strdup_printf ("ค่าใช้จ่ายรวมทั้งสิ้น (%s)", words);
  row = thanrak_report_sheet_get_total_row (sheet);
  col = thanrak_report_row_add_text (row, total_label);
  thanrak_report_row_set_span (row, col, 3);
  thanrak_report_row_add_formula (row, total_formula->str, total / 100.0, THANRAK_REPORT_STYLE_BAHT_SATANG);

  thanrak_report_sheet_add_footer (sheet, 1, THANRAK_REPORT_ALIGN_CENTER, "(ลงชื่อ)" DOTS);
  {
    g_autofree char *signer = g_strdup_printf ("(%s)", field (proposal, "proposer") != NULL ? field (proposal, "proposer") : DOTS);
    g_autofree char *position = g_strdup_printf ("ตำแหน่ง %s", field (proposal, "proposer-position") != NULL
                                                 ? field (proposal, "proposer-position") : "พัฒนาการอำเภอ" DOTS);

    thanrak_report_sheet_add_footer (sheet, 1, THANRAK_REPORT_ALIGN_CENTER, signer);
    thanrak_report_sheet_add_footer (sheet, 1, THANRAK_REPORT_ALIGN_CENTER, position);
  }

  *total_out = total;
  *words_out = g_steal_pointer (&words);
  return sheet;
}

/**
 * thanrak_form_project_proposal_new:
 * @proposal: the proposal, with its budget lines
 * @options: (nullable): the form's options (Thai digits); the form prints
 *   neither office nor date line: its dates are the signers'
 * @findings: (out) (optional) (transfer container) (element-type ThanrakFinding):
 *   the consistency warnings of thanrak_check_budget() (seed 002,
 *   domain.md §6): a line whose amount is not units x rate, a typed total
 *   (`typed-total-satang`) that is not the sum of the lines, typed words
 *   (`typed-words`) that do not say the typed total; empty when all
 *   agree. Show them before the file is sent: the form itself prints the
 *   program's figures.
 *
 * Form 8 of the domain guide §5: แบบเสนอโครงการที่ใช้งบประมาณของราชการ
 * (seed 002, สิ่งที่ส่งมาด้วย ๓). The first sheet is the form: its title,
 * `เลขที่โครงการ :`, `ชื่อโครงการ :`, `หน่วยงานที่รับผิดชอบ :`, the numbered
 * sections ๑ to ๙ of the blank form with the proposal's texts (dots where
 * empty; section ๕ gives the total and its words), and the signature
 * blocks ๑๐ ผู้เสนอโครงการ, ๑๑ ผู้ให้ความเห็นชอบโครงการ (เห็นชอบ /
 * ไม่เห็นชอบ) and ๑๒ ผู้อนุมัติโครงการ (อนุมัติ / ไม่อนุมัติ), each with
 * `งบประมาณ … บาท (…)`. The second sheet is the budget details
 * (รายละเอียดค่าใช้จ่ายในการดำเนินโครงการ…, seed 002): lines grouped in
 * the order their group first appears (`1) ค่าใช้สอย`, `2) ค่าวัสดุ`), each
 * line's amount the formula `=B*C` (units x rate; a line without units
 * keeps its amount), each group's `=SUM()`, the total
 * `ค่าใช้จ่ายรวมทั้งสิ้น (<words>)` the sum of the groups; every formula
 * carries the value the program computed in satang, and the words are
 * thanrak_thai_bahttext() of that total, never the typed ones.
 *
 * Returns: (transfer full) (element-type ThanrakReportSheet): the two
 *   sheets, to write with thanrak_report_write_file()
 */
GPtrArray *
thanrak_form_project_proposal_new (ThanrakProjectProposal   *proposal,
                                   const ThanrakFormOptions *options,
                                   GPtrArray               **findings)
{
  GPtrArray *sheets;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *words = NULL;
  ThanrakReportSheet *budget;
  gint64 total = 0;

  g_return_val_if_fail (THANRAK_IS_PROJECT_PROPOSAL (proposal), NULL);

  lines = thanrak_project_proposal_get_budget_lines (proposal);
  if (lines == NULL)
    lines = g_ptr_array_new ();
  else
    g_ptr_array_ref (lines);

  budget = budget_sheet (proposal, lines, options, &total, &words);
  sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) thanrak_report_sheet_free);
  g_ptr_array_add (sheets, proposal_sheet (proposal, options, total, words));
  g_ptr_array_add (sheets, budget);

  if (findings != NULL)
    {
      guint n = lines->len;
      g_autofree ThanrakBudgetCheckLine *checked = g_new0 (ThanrakBudgetCheckLine, MAX (n, 1));
      gint64 typed_total = thanrak_record_get_number (THANRAK_RECORD (proposal), "typed-total-satang");

      /* The lines as the checks take them (seed 002; domain.md §6). */
      for (guint i = 0; i < n; i++)
        {
          ThanrakBudgetLine *line = g_ptr_array_index (lines, i);

          checked[i].description = line->description;
          checked[i].units = line->units > 0 ? line->units : -1;
          checked[i].rate = line->rate_satang;
          checked[i].amount = line->amount_satang;
        }
      *findings = thanrak_check_budget (checked, n,
                                        typed_total != 0 ? typed_total : THANRAK_CHECK_NO_TOTAL,
                                        field (proposal, "typed-words"));
    }

  return sheets;
}
