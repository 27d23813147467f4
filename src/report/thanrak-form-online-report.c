/* thanrak-form-online-report.c: form 6, แบบรายงานผลการส่งเสริมผลิตภัณฑ์ OTOP ในตลาดออนไลน์
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "thanrak-model.h"
#include "thanrak-form-online-report.h"

/* The rows come from the store a page at a time while the sheet is
 * written: products of one district after the other, each district's
 * products sorted by operator so that the operator, its address and its
 * sales are read once. Place names are cached (a few thousand at most). */
typedef struct
{
  ThanrakStore *store;
  GPtrArray    *districts;     /* district codes, char * */
  guint         district;      /* index into districts */
  guint         offset;        /* of the next page in that district */
  GPtrArray    *page;          /* products */
  guint         position;      /* in page */
  ThanrakRecord *op;           /* the operator of the last row */
  gint64        op_sales;      /* its online sales in the period, satang */
  gboolean      op_has_sales;
  GHashTable   *places;        /* code -> name */
  guint         fiscal_year;
  guint         round;
} OnlineSource;

static void
online_source_free (gpointer data)
{
  OnlineSource *source = data;

  g_clear_object (&source->store);
  g_clear_pointer (&source->districts, g_ptr_array_unref);
  g_clear_pointer (&source->page, g_ptr_array_unref);
  g_clear_object (&source->op);
  g_clear_pointer (&source->places, g_hash_table_unref);
  g_free (source);
}

static const char *
place_name (OnlineSource *source,
            const char   *code)
{
  const char *name;
  g_autoptr(ThanrakPlace) place = NULL;

  if (code == NULL || *code == '\0')
    return "";
  name = g_hash_table_lookup (source->places, code);
  if (name != NULL)
    return name;
  place = thanrak_store_lookup_place (source->store, code, NULL);
  name = place != NULL && place->name_th != NULL ? place->name_th : "";
  g_hash_table_insert (source->places, g_strdup (code), g_strdup (name));
  return g_hash_table_lookup (source->places, code);
}

static gboolean
month_in_round (guint fiscal_year,
                guint round,
                gint64 year,
                gint64 month)
{
  gboolean first_half = (year == (gint64) fiscal_year - 1 && month >= 10) ||
                        (year == fiscal_year && month <= 3);
  gboolean second_half = year == fiscal_year && month >= 4 && month <= 9;

  if (round == 1)
    return first_half;
  if (round == 2)
    return second_half;
  return first_half || second_half;
}

static gboolean
load_operator (OnlineSource  *source,
               gint64         operator_id,
               GError       **error)
{
  g_autoptr(GPtrArray) sales = NULL;
  ThanrakStoreQuery q = { 0 };

  g_clear_object (&source->op);
  source->op = thanrak_store_load (source->store, THANRAK_TYPE_OPERATOR, operator_id, error);
  if (source->op == NULL)
    return FALSE;

  source->op_sales = 0;
  source->op_has_sales = FALSE;
  if (source->fiscal_year == 0)
    return TRUE;

  q.fiscal_year = source->fiscal_year;
  q.parent_field = "operator-id";
  q.parent_id = operator_id;
  sales = thanrak_store_list (source->store, THANRAK_TYPE_MONTHLY_SALES, &q, error);
  if (sales == NULL)
    return FALSE;
  for (guint i = 0; i < sales->len; i++)
    {
      ThanrakRecord *s = g_ptr_array_index (sales, i);

      if (!month_in_round (source->fiscal_year, source->round,
                           thanrak_record_get_number (s, "year"),
                           thanrak_record_get_number (s, "month")))
        continue;
      source->op_sales += thanrak_record_get_number (s, "online-satang");
      source->op_has_sales = TRUE;
    }
  return TRUE;
}

static ThanrakRecord *
next_product (OnlineSource  *source,
              GError       **error)
{
  while (source->page == NULL || source->position >= source->page->len)
    {
      ThanrakStoreQuery q = { 0 };

      if (source->page != NULL && source->page->len < THANRAK_FORM_ONLINE_REPORT_PAGE)
        {
          source->district++;
          source->offset = 0;
        }
      if (source->district >= source->districts->len)
        {
          g_set_error_literal (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_NOT_FOUND,
                               _("Products were deleted while the online report was written. Export it again."));
          return NULL;
        }
      g_clear_pointer (&source->page, g_ptr_array_unref);
      q.district_code = g_ptr_array_index (source->districts, source->district);
      q.order_by = "operator-id";
      q.limit = THANRAK_FORM_ONLINE_REPORT_PAGE;
      q.offset = source->offset;
      source->page = thanrak_store_list (source->store, THANRAK_TYPE_PRODUCT, &q, error);
      if (source->page == NULL)
        return NULL;
      source->offset += source->page->len;
      source->position = 0;
    }

  return g_ptr_array_index (source->page, source->position++);
}

static void
add_channels (ThanrakReportRow *row,
              GPtrArray        *channels,
              ThanrakPlatform   platform)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < channels->len; i++)
    {
      ThanrakRecord *channel = g_ptr_array_index (channels, i);
      const char *identifier = thanrak_record_get_string (channel, "identifier");

      if (thanrak_record_get_number (channel, "platform") != platform || identifier == NULL)
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, identifier);
    }
  if (text->len > 0)
    thanrak_report_row_add_text (row, text->str);
  else
    thanrak_report_row_add_blank (row);
}

static void
add_ready (ThanrakReportRow *row,
           gboolean          ready)
{
  if (ready)
    thanrak_report_row_add_count (row, 1);
  else
    thanrak_report_row_add_blank (row);
}

static gboolean
online_row (guint64            index,
            ThanrakReportRow  *row,
            gpointer           user_data,
            GError           **error)
{
  OnlineSource *source = user_data;
  ThanrakRecord *product;
  GPtrArray *standards;
  g_autoptr(GPtrArray) channels = NULL;
  ThanrakStoreQuery q = { 0 };
  gint64 operator_id;
  gboolean first_of_operator = FALSE;
  const char *district, *subdistrict;
  g_autofree char *province = NULL;
  gint64 village;

  product = next_product (source, error);
  if (product == NULL)
    return FALSE;

  operator_id = thanrak_record_get_number (product, "operator-id");
  if (source->op == NULL || thanrak_record_get_id (source->op) != operator_id)
    {
      if (!load_operator (source, operator_id, error))
        return FALSE;
      first_of_operator = TRUE;
    }

  q.parent_field = "product-id";
  q.parent_id = thanrak_record_get_id (product);
  channels = thanrak_store_list (source->store, THANRAK_TYPE_ONLINE_CHANNEL, &q, error);
  if (channels == NULL)
    return FALSE;

  thanrak_report_row_add_count (row, (gint64) index + 1);
  thanrak_report_row_add_text (row, thanrak_record_get_string (source->op, "code"));
  thanrak_report_row_add_text (row, thanrak_record_get_string (source->op, "name"));
  thanrak_report_row_add_text (row, thanrak_enum_get_label (THANRAK_TYPE_OPERATOR_TYPE,
                                                            thanrak_record_get_number (source->op, "operator-type")));
  thanrak_report_row_add_text (row, thanrak_record_get_string (product, "name"));
  thanrak_report_row_add_text (row, thanrak_enum_get_label (THANRAK_TYPE_PRODUCT_CATEGORY,
                                                            thanrak_record_get_number (product, "category")));

  /* ที่อยู่: เลขที่, หมู่ที่, ตำบล, อำเภอ, จังหวัด, เบอร์โทรศัพท์ */
  thanrak_report_row_add_text (row, thanrak_record_get_string (source->op, "house-number"));
  village = thanrak_record_get_number (source->op, "village-number");
  if (village > 0)
    thanrak_report_row_add_count (row, village);
  else
    thanrak_report_row_add_blank (row);
  subdistrict = thanrak_record_get_string (source->op, "subdistrict-code");
  district = thanrak_record_get_string (source->op, "district-code");
  thanrak_report_row_add_text (row, place_name (source, subdistrict));
  thanrak_report_row_add_text (row, place_name (source, district));
  province = district != NULL && strlen (district) >= 2 ? g_strndup (district, 2) : NULL;
  thanrak_report_row_add_text (row, place_name (source, province));
  thanrak_report_row_add_text (row, thanrak_record_get_string (source->op, "phone"));

  /* Readiness: 1 or empty (seed 004, แนวทางการรายงาน ๓ and ๔) */
  add_ready (row, thanrak_record_get_number (source->op, "trained-online") != 0);
  add_ready (row, thanrak_record_get_number (source->op, "sells-online") != 0);
  standards = thanrak_product_get_standards (THANRAK_PRODUCT (product));
  add_ready (row, standards != NULL && standards->len > 0);
  add_ready (row, thanrak_record_get_number (product, "star-rating") > 0);
  add_ready (row, thanrak_record_get_number (product, "online-developed") != 0);

  /* Channels (แนวทางการรายงาน ๕.๑) and sales (๕.๒): the operator's
   * sales are on its first row only, so the column adds up. */
  add_channels (row, channels, THANRAK_PLATFORM_FACEBOOK);
  add_channels (row, channels, THANRAK_PLATFORM_LINE);
  add_channels (row, channels, THANRAK_PLATFORM_WEBSITE);
  if (first_of_operator && source->op_has_sales)
    thanrak_report_row_add_baht_satang (row, source->op_sales);
  else
    thanrak_report_row_add_blank (row);

  return TRUE;
}

static GPtrArray *
list_districts (ThanrakStore                       *store,
                const ThanrakFormOnlineReportQuery *query,
                GError                            **error)
{
  g_autoptr(GPtrArray) districts = g_ptr_array_new_with_free_func (g_free);

  if (query->district_code != NULL && *query->district_code != '\0')
    g_ptr_array_add (districts, g_strdup (query->district_code));
  else
    {
      g_autoptr(GPtrArray) places = NULL;
      g_autoptr(GPtrArray) provinces = NULL;

      if (query->province_code != NULL && *query->province_code != '\0')
        {
          provinces = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (provinces, g_strdup (query->province_code));
        }
      else
        {
          g_autoptr(GPtrArray) list = thanrak_store_list_places (store, NULL, error);

          if (list == NULL)
            return NULL;
          provinces = g_ptr_array_new_with_free_func (g_free);
          for (guint i = 0; i < list->len; i++)
            g_ptr_array_add (provinces, g_strdup (((ThanrakPlace *) g_ptr_array_index (list, i))->code));
        }

      for (guint p = 0; p < provinces->len; p++)
        {
          places = thanrak_store_list_places (store, g_ptr_array_index (provinces, p), error);
          if (places == NULL)
            return NULL;
          for (guint i = 0; i < places->len; i++)
            g_ptr_array_add (districts, g_strdup (((ThanrakPlace *) g_ptr_array_index (places, i))->code));
          g_clear_pointer (&places, g_ptr_array_unref);
        }
    }

  return g_steal_pointer (&districts);
}

/**
 * thanrak_form_online_report_new:
 * @store: the store to read operators, products, channels and sales from
 * @query: (nullable): which products and which months; %NULL for every
 *   product of the store and no sales
 * @options: (nullable): the form's options (Thai digits); the form prints
 *   neither office nor date, as the seed
 * @error: return location for a #GError (%THANRAK_STORE_ERROR)
 *
 * Form 6 of the domain guide §5: แบบรายงานผลการส่งเสริมผลิตภัณฑ์ OTOP
 * ในตลาดออนไลน์ (seed 004, สิ่งที่ส่งมาด้วย ๓, "ตัวอย่างการจัดทำข้อมูล ส่วนที่ ๑").
 * The seed's headings word for word (two heading rows, merged as in the
 * seed; the seed prints `ได้รับตัดดาว`), then the channel columns and the
 * sales its แนวทางการรายงาน ๕ asks for. One row per product: its operator
 * (รหัส, ชื่อ, ประเภท), name, category, the operator's address and phone;
 * the readiness cells hold the number 1 or stay empty (แนวทางการรายงาน ๓,
 * ๔): trained and already selling online (operator), a standard held, a
 * star rating, online-market development (product); Facebook, LINE and
 * website identifiers (several joined by `, `); the operator's online
 * sales in the period in baht, on its first product row only.
 *
 * The rows are not read here: the sheet's row source reads the products
 * %THANRAK_FORM_ONLINE_REPORT_PAGE at a time while the sheet is written,
 * so write it with %THANRAK_REPORT_WRITE_CONSTANT_MEMORY for national-size
 * lists. The store must stay open, and unchanged, until then.
 *
 * Returns: (transfer full): the sheet, or %NULL with @error set
 */
ThanrakReportSheet *
thanrak_form_online_report_new (ThanrakStore                       *store,
                                const ThanrakFormOnlineReportQuery *query,
                                const ThanrakFormOptions           *options,
                                GError                            **error)
{
  static const ThanrakFormOnlineReportQuery all = { NULL, NULL, 0, 0 };
  static const struct { const char *heading; double width; ThanrakReportAlign align; } columns[] = {
    { "ที่", 6, THANRAK_REPORT_ALIGN_CENTER },
    { "รหัสผู้ประกอบการ", 14, THANRAK_REPORT_ALIGN_CENTER },
    { "ชื่อผู้ประกอบการ OTOP", 22, THANRAK_REPORT_ALIGN_LEFT },
    { "ประเภทผู้ประกอบการ", 14, THANRAK_REPORT_ALIGN_LEFT },
    { "ชื่อผลิตภัณฑ์ (โปรดระบุทุกผลิตภัณฑ์ของกลุ่ม)", 24, THANRAK_REPORT_ALIGN_LEFT },
    { "ประเภทผลิตภัณฑ์", 14, THANRAK_REPORT_ALIGN_LEFT },
    { "เลขที่", 7, THANRAK_REPORT_ALIGN_CENTER },
    { "หมู่ที่", 6, THANRAK_REPORT_ALIGN_CENTER },
    { "ตำบล", 12, THANRAK_REPORT_ALIGN_LEFT },
    { "อำเภอ", 12, THANRAK_REPORT_ALIGN_LEFT },
    { "จังหวัด", 12, THANRAK_REPORT_ALIGN_LEFT },
    { "เบอร์โทรศัพท์", 15, THANRAK_REPORT_ALIGN_CENTER },
    { "ผ่านการอบรมเกี่ยวกับตลาดออนไลน์", 11, THANRAK_REPORT_ALIGN_CENTER },
    { "ขายของออนไลน์อยู่แล้ว", 11, THANRAK_REPORT_ALIGN_CENTER },
    { "ได้รับมาตรฐานที่เกี่ยวข้อง", 11, THANRAK_REPORT_ALIGN_CENTER },
    { "ได้รับตัดดาว", 9, THANRAK_REPORT_ALIGN_CENTER },
    { "ผ่านการพัฒนาเกี่ยวกับออนไลน์", 11, THANRAK_REPORT_ALIGN_CENTER },
    { "Facebook (ชื่อเพจ/ลิงค์เพจหรือเฟซบุ๊ก)", 26, THANRAK_REPORT_ALIGN_LEFT },
    { "Line (ID Line)", 14, THANRAK_REPORT_ALIGN_LEFT },
    { "Website (ลิงค์เว็บไซต์)", 20, THANRAK_REPORT_ALIGN_LEFT },
    { "ยอดจำหน่าย (บาท)", 14, THANRAK_REPORT_ALIGN_RIGHT },
  };
  g_autoptr(ThanrakReportSheet) sheet = NULL;
  g_autoptr(GPtrArray) districts = NULL;
  OnlineSource *source;
  guint64 n_rows = 0;

  g_return_val_if_fail (THANRAK_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (query == NULL)
    query = &all;

  districts = list_districts (store, query, error);
  if (districts == NULL)
    return NULL;
  for (guint i = 0; i < districts->len; i++)
    {
      ThanrakStoreQuery q = { 0 };
      gint64 n;

      q.district_code = g_ptr_array_index (districts, i);
      n = thanrak_store_count (store, THANRAK_TYPE_PRODUCT, &q, error);
      if (n < 0)
        return NULL;
      n_rows += n;
    }

  sheet = thanrak_report_sheet_new ("ส่วนที่ 1");
  thanrak_report_sheet_set_thai_digits (sheet, options != NULL && options->thai_digits);
  thanrak_report_sheet_set_orientation (sheet, THANRAK_REPORT_ORIENTATION_LANDSCAPE);
  thanrak_report_sheet_add_title (sheet, "แบบรายงานผลการส่งเสริมผลิตภัณฑ์ OTOP ในตลาดออนไลน์");
  if (query->fiscal_year > 0)
    {
      g_autofree char *line = NULL;

      if (query->round == 1)
        line = g_strdup_printf ("รอบที่ 1 (ตุลาคม %u - มีนาคม %u) ประจำปีงบประมาณ พ.ศ. %u",
                                query->fiscal_year - 1, query->fiscal_year, query->fiscal_year);
      else if (query->round == 2)
        line = g_strdup_printf ("รอบที่ 2 (เมษายน - กันยายน %u) ประจำปีงบประมาณ พ.ศ. %u",
                                query->fiscal_year, query->fiscal_year);
      else
        line = g_strdup_printf ("ประจำปีงบประมาณ พ.ศ. %u", query->fiscal_year);
      thanrak_report_sheet_add_subtitle (sheet, line);
    }

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    thanrak_report_sheet_add_column (sheet, columns[c].width, columns[c].align);
  for (guint c = 0; c < 6; c++)
    thanrak_report_sheet_add_heading (sheet, 0, c, 2, 1, columns[c].heading);
  thanrak_report_sheet_add_heading (sheet, 0, 6, 1, 6, "ที่อยู่");
  thanrak_report_sheet_add_heading (sheet, 0, 12, 1, 2, "ความพร้อมผู้ประกอบการเพื่อเข้าสู่ตลาดออนไลน์");
  thanrak_report_sheet_add_heading (sheet, 0, 14, 1, 3, "ความพร้อมผลิตภัณฑ์ในการเข้าสู่ออนไลน์");
  thanrak_report_sheet_add_heading (sheet, 0, 17, 1, 3, "ช่องทางตลาดออนไลน์ของผลิตภัณฑ์");
  thanrak_report_sheet_add_heading (sheet, 0, 20, 2, 1, columns[20].heading);
  for (guint c = 6; c < 20; c++)
    thanrak_report_sheet_add_heading (sheet, 1, c, 1, 1, columns[c].heading);

  source = g_new0 (OnlineSource, 1);
  source->store = g_object_ref (store);
  source->districts = g_steal_pointer (&districts);
  source->places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  source->fiscal_year = query->fiscal_year;
  source->round = query->round;
  thanrak_report_sheet_set_row_source (sheet, n_rows, online_row, source, online_source_free);

  return g_steal_pointer (&sheet);
}
