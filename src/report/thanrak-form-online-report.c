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
 * written, district after district, in one read transaction. Products
 * are sorted by operator; the operators (by id), their sales (by
 * operator) and the channels (by product) are read alongside as sorted
 * streams and matched like a merge join, so a row costs no query of its
 * own. Channels of a product whose id is lower than one already passed
 * (products entered out of order) are fetched on their own. Place names
 * are cached (a few thousand at most). */
typedef struct
{
  GType       type;
  const char *order_by;
  guint       offset;
  GPtrArray  *page;
  guint       position;
  gboolean    done;
} Stream;

typedef struct
{
  ThanrakStore  *store;
  GPtrArray     *districts;     /* district codes, char * */
  guint          district;      /* index into districts */
  Stream         products;      /* by operator */
  Stream         operators;     /* by id */
  Stream         sales;         /* by operator, in the fiscal year */
  Stream         channels;      /* by product */
  gint64         channels_passed; /* highest product id the channels passed */
  ThanrakRecord *op;            /* the operator of the last row */
  gint64         op_sales;      /* its online sales in the period, satang */
  gboolean       op_has_sales;
  GHashTable    *places;        /* code -> name */
  guint          fiscal_year;
  guint          round;
  gboolean       reading;       /* in the store's read transaction */
  guint64        n_rows;
} OnlineSource;

static void
stream_reset (Stream *stream)
{
  g_clear_pointer (&stream->page, g_ptr_array_unref);
  stream->offset = 0;
  stream->position = 0;
  stream->done = FALSE;
}

static void
online_source_free (gpointer data)
{
  OnlineSource *source = data;

  if (source->reading)
    thanrak_store_end_read (source->store);
  stream_reset (&source->products);
  stream_reset (&source->operators);
  stream_reset (&source->sales);
  stream_reset (&source->channels);
  g_clear_object (&source->store);
  g_clear_pointer (&source->districts, g_ptr_array_unref);
  g_clear_object (&source->op);
  g_clear_pointer (&source->places, g_hash_table_unref);
  g_free (source);
}

/* The record at the head of @stream in the current district; %NULL at
 * its end, or with @error set. */
static ThanrakRecord *
stream_peek (OnlineSource  *source,
             Stream        *stream,
             GError       **error)
{
  while (!stream->done && (stream->page == NULL || stream->position >= stream->page->len))
    {
      ThanrakStoreQuery q = { 0 };

      if (stream->page != NULL && stream->page->len < THANRAK_FORM_ONLINE_REPORT_PAGE)
        {
          stream->done = TRUE;
          break;
        }
      g_clear_pointer (&stream->page, g_ptr_array_unref);
      q.district_code = g_ptr_array_index (source->districts, source->district);
      if (stream->type == THANRAK_TYPE_MONTHLY_SALES)
        q.fiscal_year = (int) source->fiscal_year;
      q.order_by = stream->order_by;
      q.limit = THANRAK_FORM_ONLINE_REPORT_PAGE;
      q.offset = stream->offset;
      stream->page = thanrak_store_list (source->store, stream->type, &q, error);
      if (stream->page == NULL)
        return NULL;
      stream->offset += stream->page->len;
      stream->position = 0;
    }

  if (stream->done)
    return NULL;
  return g_ptr_array_index (stream->page, stream->position);
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

/* Operators come in increasing id (the products are sorted by operator). */
static gboolean
load_operator (OnlineSource  *source,
               gint64         operator_id,
               GError       **error)
{
  GError *local_error = NULL;
  ThanrakRecord *r;

  g_clear_object (&source->op);
  while ((r = stream_peek (source, &source->operators, &local_error)) != NULL &&
         thanrak_record_get_id (r) < operator_id)
    source->operators.position++;
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (r != NULL && thanrak_record_get_id (r) == operator_id)
    source->op = g_object_ref (r);
  else
    {
      source->op = thanrak_store_load (source->store, THANRAK_TYPE_OPERATOR, operator_id, error);
      if (source->op == NULL)
        return FALSE;
    }

  source->op_sales = 0;
  source->op_has_sales = FALSE;
  if (source->fiscal_year == 0)
    return TRUE;

  while ((r = stream_peek (source, &source->sales, &local_error)) != NULL &&
         thanrak_record_get_number (r, "operator-id") <= operator_id)
    {
      if (thanrak_record_get_number (r, "operator-id") == operator_id &&
          month_in_round (source->fiscal_year, source->round,
                          thanrak_record_get_number (r, "year"),
                          thanrak_record_get_number (r, "month")))
        {
          source->op_sales += thanrak_record_get_number (r, "online-satang");
          source->op_has_sales = TRUE;
        }
      source->sales.position++;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

/* The channels of @product_id, in @channels. */
static gboolean
product_channels (OnlineSource  *source,
                  gint64         product_id,
                  GPtrArray     *channels,
                  GError       **error)
{
  GError *local_error = NULL;
  ThanrakRecord *r;

  if (product_id <= source->channels_passed)
    {
      ThanrakStoreQuery q = { 0 };
      g_autoptr(GPtrArray) list = NULL;

      q.parent_field = "product-id";
      q.parent_id = product_id;
      list = thanrak_store_list (source->store, THANRAK_TYPE_ONLINE_CHANNEL, &q, error);
      if (list == NULL)
        return FALSE;
      for (guint i = 0; i < list->len; i++)
        g_ptr_array_add (channels, g_object_ref (g_ptr_array_index (list, i)));
      return TRUE;
    }

  while ((r = stream_peek (source, &source->channels, &local_error)) != NULL &&
         thanrak_record_get_number (r, "product-id") <= product_id)
    {
      source->channels_passed = MAX (source->channels_passed, thanrak_record_get_number (r, "product-id"));
      if (thanrak_record_get_number (r, "product-id") == product_id)
        g_ptr_array_add (channels, g_object_ref (r));
      source->channels.position++;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  source->channels_passed = MAX (source->channels_passed, product_id);
  return TRUE;
}

static ThanrakRecord *
next_product (OnlineSource  *source,
              GError       **error)
{
  for (;;)
    {
      GError *local_error = NULL;
      ThanrakRecord *product;

      if (source->district >= source->districts->len)
        {
          g_set_error_literal (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_NOT_FOUND,
                               _("Products were deleted while the online report was written. Export it again."));
          return NULL;
        }
      product = stream_peek (source, &source->products, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return NULL;
        }
      if (product != NULL)
        {
          source->products.position++;
          return product;
        }

      /* The next district */
      source->district++;
      stream_reset (&source->products);
      stream_reset (&source->operators);
      stream_reset (&source->sales);
      stream_reset (&source->channels);
      source->channels_passed = 0;
    }
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
  gint64 operator_id;
  gboolean first_of_operator = FALSE;
  const char *district, *subdistrict;
  g_autofree char *province = NULL;
  gint64 village;

  /* One read transaction over the whole list: the rows agree with each
   * other and with the count, and SQLite locks once. */
  if (index == 0 && !source->reading)
    {
      if (!thanrak_store_begin_read (source->store, error))
        return FALSE;
      source->reading = TRUE;
    }

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

  channels = g_ptr_array_new_with_free_func (g_object_unref);
  if (!product_channels (source, thanrak_record_get_id (product), channels, error))
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

  if (index + 1 == source->n_rows && source->reading)
    {
      thanrak_store_end_read (source->store);
      source->reading = FALSE;
    }
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
    { "รหัสผู้ประกอบการ", 17, THANRAK_REPORT_ALIGN_CENTER },
    { "ชื่อผู้ประกอบการ OTOP", 22, THANRAK_REPORT_ALIGN_LEFT },
    { "ประเภทผู้ประกอบการ", 14, THANRAK_REPORT_ALIGN_LEFT },
    { "ชื่อผลิตภัณฑ์ (โปรดระบุทุกผลิตภัณฑ์ของกลุ่ม)", 24, THANRAK_REPORT_ALIGN_LEFT },
    { "ประเภทผลิตภัณฑ์", 14, THANRAK_REPORT_ALIGN_LEFT },
    { "เลขที่", 7, THANRAK_REPORT_ALIGN_CENTER },
    { "หมู่ที่", 6, THANRAK_REPORT_ALIGN_CENTER },
    { "ตำบล", 12, THANRAK_REPORT_ALIGN_LEFT },
    { "อำเภอ", 12, THANRAK_REPORT_ALIGN_LEFT },
    { "จังหวัด", 12, THANRAK_REPORT_ALIGN_LEFT },
    { "เบอร์โทรศัพท์", 17, THANRAK_REPORT_ALIGN_CENTER },
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
  source->products = (Stream) { THANRAK_TYPE_PRODUCT, "operator-id", 0, NULL, 0, FALSE };
  source->operators = (Stream) { THANRAK_TYPE_OPERATOR, NULL, 0, NULL, 0, FALSE };
  source->sales = (Stream) { THANRAK_TYPE_MONTHLY_SALES, "operator-id", 0, NULL, 0, FALSE };
  source->channels = (Stream) { THANRAK_TYPE_ONLINE_CHANNEL, "product-id", 0, NULL, 0, FALSE };
  source->fiscal_year = query->fiscal_year;
  source->round = query->round;
  source->n_rows = n_rows;
  thanrak_report_sheet_set_row_source (sheet, n_rows, online_row, source, online_source_free);

  return g_steal_pointer (&sheet);
}
