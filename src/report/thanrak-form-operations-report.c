/* thanrak-form-operations-report.c: form 3, แบบรายงานผลการดำเนินงานศูนย์บริการส่งเสริมเศรษฐกิจฐานราก
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "thanrak-model.h"
#include "thanrak-thai.h"
#include "thanrak-form-operations-report.h"

#define DOTS "...................."

static char *
place_name (ThanrakStore *store,
            const char   *code)
{
  g_autoptr(ThanrakPlace) place = NULL;

  if (code == NULL || *code == '\0')
    return g_strdup (".....");
  place = thanrak_store_lookup_place (store, code, NULL);
  return g_strdup (place != NULL && place->name_th != NULL ? place->name_th : ".....");
}

static const char *
text_or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : "-";
}

/* โครงสร้างคณะกรรมการศูนย์: the management committee, then the advisory
 * one under its name, numbered as seed 001's example
 * (`๑. นายอำเภอ.....ประธาน`): title and name, organisation, position. */
static char *
committee_text (GPtrArray *members)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (int kind = THANRAK_COMMITTEE_KIND_MANAGEMENT; kind <= THANRAK_COMMITTEE_KIND_ADVISORY; kind++)
    {
      guint n = 0;

      for (guint i = 0; i < members->len; i++)
        {
          ThanrakRecord *m = g_ptr_array_index (members, i);
          const char *title = thanrak_record_get_string (m, "title");
          const char *organisation = thanrak_record_get_string (m, "organisation");

          if (thanrak_record_get_number (m, "committee") != kind)
            continue;
          if (n == 0)
            {
              if (text->len > 0)
                g_string_append_c (text, '\n');
              g_string_append (text, thanrak_enum_get_label (THANRAK_TYPE_COMMITTEE_KIND, kind));
            }
          g_string_append_printf (text, "\n%u. %s%s", ++n, title != NULL ? title : "",
                                  thanrak_record_get_string (m, "name"));
          if (organisation != NULL && *organisation != '\0')
            g_string_append_printf (text, " %s", organisation);
          g_string_append_printf (text, " %s",
                                  thanrak_enum_get_label (THANRAK_TYPE_COMMITTEE_POSITION,
                                                          thanrak_record_get_number (m, "position")));
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * thanrak_form_operations_report_new:
 * @store: the store to read the center, its services and committee from
 * @center_id: the center's record id
 * @fiscal_year: the fiscal year reported (BE): the services dated in it
 * @options: (nullable): the form's options: Thai digits, and @date,
 *   printed in the signature block (`วันที่ 1 ตุลาคม 2567`, BE); without a
 *   date the line keeps its dots
 * @error: return location for a #GError (%THANRAK_STORE_ERROR,
 *   %THANRAK_STORE_ERROR_NOT_FOUND when there is no such center)
 *
 * Form 3 of the domain guide §5: แบบรายงานผลการดำเนินงานศูนย์บริการ
 * ส่งเสริมเศรษฐกิจฐานราก ปี <FY> (seed 001, สิ่งที่ส่งมาด้วย ๕) for the
 * center's district: the title, `สำนักงานพัฒนาชุมชนอำเภอ<district>
 * จังหวัด<province>`, the seed's columns `ที่ | กิจกรรมที่ดำเนินการ |
 * กลุ่มเป้าหมายที่มารับบริการ | โครงสร้างคณะกรรมการศูนย์ | สื่อ/สิ่งพิมพ์ที่
 * ให้บริการในศูนย์ | เอกสารหลักฐานการให้บริการ | แผนการดำเนินงานของศูนย์`.
 * One row per service of the fiscal year, by date: its title, and its
 * notes and number of recipients as the target group (`ผู้รับบริการ 25 คน`);
 * beside them, an item a row as the seed prints them (so no cell splits
 * over two pages): the committee (each committee's name, then its members
 * numbered), and the lines of the center's `media`, `evidence` and
 * `plan`. Then the signature block `ลงชื่อ …`,
 * `(<reporter>)`, `ผู้รายงาน`, `ตำแหน่ง <reporter-position>`, `วันที่ …`.
 * Typed texts are written as strings (a name `=1+1` stays text).
 *
 * Returns: (transfer full): the sheet, or %NULL with @error set
 */
ThanrakReportSheet *
thanrak_form_operations_report_new (ThanrakStore             *store,
                                    gint64                    center_id,
                                    guint                     fiscal_year,
                                    const ThanrakFormOptions *options,
                                    GError                  **error)
{
  static const struct { const char *heading; double width; ThanrakReportAlign align; } columns[] = {
    { "ที่", 6, THANRAK_REPORT_ALIGN_CENTER },
    { "กิจกรรมที่ดำเนินการ", 30, THANRAK_REPORT_ALIGN_LEFT },
    { "กลุ่มเป้าหมายที่มารับบริการ", 22, THANRAK_REPORT_ALIGN_LEFT },
    { "โครงสร้างคณะกรรมการศูนย์", 36, THANRAK_REPORT_ALIGN_LEFT },
    { "สื่อ/สิ่งพิมพ์ที่ให้บริการในศูนย์", 22, THANRAK_REPORT_ALIGN_LEFT },
    { "เอกสารหลักฐานการให้บริการ", 20, THANRAK_REPORT_ALIGN_LEFT },
    { "แผนการดำเนินงานของศูนย์", 30, THANRAK_REPORT_ALIGN_LEFT },
  };
  g_autoptr(ThanrakRecord) center = NULL;
  g_autoptr(GPtrArray) services = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(ThanrakReportSheet) sheet = NULL;
  g_autofree char *title = NULL;
  g_autofree char *office = NULL;
  g_autofree char *district = NULL;
  g_autofree char *province = NULL;
  g_autofree char *committee = NULL;
  char **lists[4] = { NULL, };
  g_autofree char *signer = NULL;
  g_autofree char *position = NULL;
  g_autofree char *date = NULL;
  const char *district_code;
  ThanrakStoreQuery q = { 0 };
  guint n_rows;

  g_return_val_if_fail (THANRAK_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  center = thanrak_store_load (store, THANRAK_TYPE_CENTER, center_id, error);
  if (center == NULL)
    return NULL;

  q.parent_field = "center-id";
  q.parent_id = center_id;
  members = thanrak_store_list (store, THANRAK_TYPE_COMMITTEE_MEMBER, &q, error);
  if (members == NULL)
    return NULL;
  q.fiscal_year = (int) fiscal_year;
  q.order_by = "service-date";
  services = thanrak_store_list (store, THANRAK_TYPE_SERVICE, &q, error);
  if (services == NULL)
    return NULL;

  district_code = thanrak_record_get_string (center, "district-code");
  district = place_name (store, district_code);
  if (district_code != NULL && strlen (district_code) >= 2)
    {
      g_autofree char *code = g_strndup (district_code, 2);
      province = place_name (store, code);
    }
  else
    province = g_strdup (".....");

  sheet = thanrak_report_sheet_new ("ผลการดำเนินงานศูนย์");
  thanrak_report_sheet_set_thai_digits (sheet, options != NULL && options->thai_digits);
  thanrak_report_sheet_set_orientation (sheet, THANRAK_REPORT_ORIENTATION_LANDSCAPE);
  title = g_strdup_printf ("แบบรายงานผลการดำเนินงานศูนย์บริการส่งเสริมเศรษฐกิจฐานราก ปี %u", fiscal_year);
  office = g_strdup_printf ("สำนักงานพัฒนาชุมชนอำเภอ%s จังหวัด%s", district, province);
  thanrak_report_sheet_add_title (sheet, title);
  thanrak_report_sheet_add_subtitle (sheet, office);

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      thanrak_report_sheet_add_column (sheet, columns[c].width, columns[c].align);
      thanrak_report_sheet_add_heading (sheet, 0, c, 1, 1, columns[c].heading);
    }

  /* Seed 001 prints the lists beside the activities a line per row: so
   * here, one item per row, which never splits a cell over two pages. */
  committee = committee_text (members);
  lists[0] = g_strsplit (text_or_dash (committee), "\n", -1);
  lists[1] = g_strsplit (text_or_dash (thanrak_record_get_string (center, "media")), "\n", -1);
  lists[2] = g_strsplit (text_or_dash (thanrak_record_get_string (center, "evidence")), "\n", -1);
  lists[3] = g_strsplit (text_or_dash (thanrak_record_get_string (center, "plan")), "\n", -1);
  n_rows = MAX (services->len, 1);
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    n_rows = MAX (n_rows, g_strv_length (lists[l]));

  for (guint i = 0; i < n_rows; i++)
    {
      ThanrakReportRow *row = thanrak_report_sheet_append_row (sheet);

      if (i < services->len)
        {
          ThanrakRecord *service = g_ptr_array_index (services, i);
          const char *notes = thanrak_record_get_string (service, "notes");
          gint64 recipients = thanrak_record_get_number (service, "recipients");
          g_autofree char *target = NULL;

          if (notes != NULL && *notes != '\0')
            target = g_strdup_printf ("%s\n(ผู้รับบริการ %" G_GINT64_FORMAT " คน)", notes, recipients);
          else
            target = g_strdup_printf ("ผู้รับบริการ %" G_GINT64_FORMAT " คน", recipients);
          thanrak_report_row_add_count (row, i + 1);
          thanrak_report_row_add_text (row, text_or_dash (thanrak_record_get_string (service, "title")));
          thanrak_report_row_add_text (row, target);
        }
      else
        {
          thanrak_report_row_add_blank (row);
          if (services->len == 0 && i == 0)
            thanrak_report_row_add_text (row, "-");
          else
            thanrak_report_row_add_blank (row);
          thanrak_report_row_add_blank (row);
        }

      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        {
          if (i < g_strv_length (lists[l]) && *lists[l][i] != '\0')
            thanrak_report_row_add_text (row, lists[l][i]);
          else
            thanrak_report_row_add_blank (row);
        }
    }

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    g_strfreev (lists[l]);

  signer = g_strdup_printf ("(%s)", thanrak_record_get_string (center, "reporter") != NULL
                                    ? thanrak_record_get_string (center, "reporter") : DOTS);
  position = g_strdup_printf ("ตำแหน่ง %s", thanrak_record_get_string (center, "reporter-position") != NULL
                                            ? thanrak_record_get_string (center, "reporter-position") : DOTS);
  if (options != NULL && options->date != NULL && g_date_valid (options->date))
    {
      g_autofree char *d = thanrak_thai_format_date (options->date, THANRAK_THAI_DATE_FULL, FALSE);
      date = g_strdup_printf ("วันที่ %s", d);
    }
  else
    date = g_strdup ("วันที่ " DOTS);
  thanrak_report_sheet_add_footer (sheet, 4, THANRAK_REPORT_ALIGN_CENTER, "ลงชื่อ " DOTS);
  thanrak_report_sheet_add_footer (sheet, 4, THANRAK_REPORT_ALIGN_CENTER, signer);
  thanrak_report_sheet_add_footer (sheet, 4, THANRAK_REPORT_ALIGN_CENTER, "ผู้รายงาน");
  thanrak_report_sheet_add_footer (sheet, 4, THANRAK_REPORT_ALIGN_CENTER, position);
  thanrak_report_sheet_add_footer (sheet, 4, THANRAK_REPORT_ALIGN_CENTER, date);

  return g_steal_pointer (&sheet);
}
