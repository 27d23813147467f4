/* thanrak-form-online-report.c: form 6, แบบรายงานผลการส่งเสริมผลิตภัณฑ์ OTOP ในตลาดออนไลน์
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "thanrak-model.h"
#include "thanrak-form-online-report.h"
#include "thanrak-store-online-report.h"

/* The rows come from the store while the sheet is written: a reader
 * thread walks the store (thanrak-store-online-report.c, its own
 * connection and snapshot) and hands rows over in batches, so on two
 * cores reading the store and writing the xlsx overlap. A few batches
 * circulate between the two queues: memory stays bounded however long
 * the list. */
#define BATCH_ROWS 512
#define N_BATCHES 4

typedef struct
{
  ThanrakStoreOnlineRow  rows[BATCH_ROWS];
  guint                  n_rows;
  GStringChunk          *strings;  /* the rows' texts */
  gboolean               end;      /* no rows after these */
  GError                *error;    /* why they ended early, or NULL */
} Batch;

typedef struct
{
  ThanrakStore  *store;
  GStrv          districts;     /* district codes */
  guint          fiscal_year;
  guint          round;
  guint64        n_rows;

  GThread       *thread;
  GAsyncQueue   *full;          /* Batch: filled by the reader thread */
  GAsyncQueue   *free;          /* Batch: for the reader thread to fill */
  gint           stop;          /* atomic: the writer is done */
  Batch         *batch;         /* being written */
  guint          position;      /* in batch */
} OnlineSource;

static void
batch_free (gpointer data)
{
  Batch *batch = data;

  g_clear_error (&batch->error);
  g_string_chunk_free (batch->strings);
  g_free (batch);
}

static const char *
batch_text (Batch      *batch,
            const char *text)
{
  return text != NULL ? g_string_chunk_insert (batch->strings, text) : NULL;
}

static void
batch_add (Batch                       *batch,
           const ThanrakStoreOnlineRow *row)
{
  ThanrakStoreOnlineRow *copy = &batch->rows[batch->n_rows++];

  *copy = *row;
  copy->operator_code = batch_text (batch, row->operator_code);
  copy->operator_name = batch_text (batch, row->operator_name);
  copy->house_number = batch_text (batch, row->house_number);
  copy->subdistrict_name = batch_text (batch, row->subdistrict_name);
  copy->district_name = batch_text (batch, row->district_name);
  copy->province_name = batch_text (batch, row->province_name);
  copy->phone = batch_text (batch, row->phone);
  copy->product_name = batch_text (batch, row->product_name);
  copy->facebook = batch_text (batch, row->facebook);
  copy->line = batch_text (batch, row->line);
  copy->website = batch_text (batch, row->website);
}

/* The reader thread: fills batches until the rows, or the writer, end. */
static gpointer
read_rows (gpointer data)
{
  OnlineSource *source = data;
  g_autoptr(ThanrakStoreOnlineReader) reader = NULL;
  GError *error = NULL;
  guint64 done = 0;

  reader = thanrak_store_online_reader_new (source->store, (const char * const *) source->districts,
                                            source->fiscal_year, source->round, &error);
  for (;;)
    {
      Batch *batch = g_async_queue_pop (source->free);

      if (g_atomic_int_get (&source->stop))
        {
          g_async_queue_push (source->free, batch);
          break;
        }
      batch->n_rows = 0;
      batch->end = FALSE;
      g_clear_error (&batch->error);
      g_string_chunk_clear (batch->strings);

      while (reader != NULL && batch->n_rows < BATCH_ROWS && done < source->n_rows)
        {
          ThanrakStoreOnlineRow row;

          if (!thanrak_store_online_reader_next (reader, &row, &error))
            break;
          batch_add (batch, &row);
          done++;
        }
      batch->end = batch->n_rows < BATCH_ROWS || done == source->n_rows;
      batch->error = g_steal_pointer (&error);
      g_async_queue_push (source->full, batch);
      if (batch->end)
        break;
    }
  g_clear_error (&error);
  return NULL;
}

static void
online_source_free (gpointer data)
{
  OnlineSource *source = data;

  if (source->thread != NULL)
    {
      Batch *batch;

      /* Stop the reader: it checks the flag each time it takes a batch,
       * and every batch but the one it may hold goes back to it. */
      g_atomic_int_set (&source->stop, 1);
      if (source->batch != NULL)
        g_async_queue_push (source->free, g_steal_pointer (&source->batch));
      while ((batch = g_async_queue_try_pop (source->full)) != NULL)
        g_async_queue_push (source->free, batch);
      g_thread_join (g_steal_pointer (&source->thread));
    }
  g_clear_pointer (&source->batch, batch_free);
  g_clear_pointer (&source->full, g_async_queue_unref);
  g_clear_pointer (&source->free, g_async_queue_unref);
  g_clear_object (&source->store);
  g_clear_pointer (&source->districts, g_strfreev);
  g_free (source);
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

/**
 * thanrak_form_online_report_fill_row:
 * @row: an empty row of form 6's sheet
 * @index: the row's index among the body rows, from 0 (its ที่ is
 *   @index + 1)
 * @product: the product's row read from the store
 *
 * Fills one body row of form 6 (seed 004, ส่วนที่ ๑) from @product, as
 * thanrak_form_online_report_new() describes the columns. Its row source
 * calls this for every product; it is public for the benchmark.
 */
void
thanrak_form_online_report_fill_row (ThanrakReportRow            *row,
                                     guint64                      index,
                                     const ThanrakStoreOnlineRow *product)
{
  g_return_if_fail (row != NULL);
  g_return_if_fail (product != NULL);

  thanrak_report_row_add_count (row, (gint64) index + 1);
  thanrak_report_row_add_text (row, product->operator_code);
  thanrak_report_row_add_text (row, product->operator_name);
  thanrak_report_row_add_text (row, thanrak_enum_get_label (THANRAK_TYPE_OPERATOR_TYPE, product->operator_type));
  thanrak_report_row_add_text (row, product->product_name);
  thanrak_report_row_add_text (row, thanrak_enum_get_label (THANRAK_TYPE_PRODUCT_CATEGORY, product->category));

  /* ที่อยู่: เลขที่, หมู่ที่, ตำบล, อำเภอ, จังหวัด, เบอร์โทรศัพท์ */
  thanrak_report_row_add_text (row, product->house_number);
  if (product->village_number > 0)
    thanrak_report_row_add_count (row, product->village_number);
  else
    thanrak_report_row_add_blank (row);
  thanrak_report_row_add_text (row, product->subdistrict_name);
  thanrak_report_row_add_text (row, product->district_name);
  thanrak_report_row_add_text (row, product->province_name);
  thanrak_report_row_add_text (row, product->phone);

  /* Readiness: 1 or empty (seed 004, แนวทางการรายงาน ๓ and ๔) */
  add_ready (row, product->trained_online);
  add_ready (row, product->sells_online);
  add_ready (row, product->has_standard);
  add_ready (row, product->star_rating > 0);
  add_ready (row, product->online_developed);

  /* Channels (แนวทางการรายงาน ๕.๑) and sales (๕.๒): the operator's
   * sales are on its first row only, so the column adds up. */
  thanrak_report_row_add_text (row, product->facebook);
  thanrak_report_row_add_text (row, product->line);
  thanrak_report_row_add_text (row, product->website);
  if (product->first_of_operator && product->has_sales)
    thanrak_report_row_add_baht_satang (row, product->sales_satang);
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

  if (source->thread == NULL)
    {
      source->full = g_async_queue_new_full (batch_free);
      source->free = g_async_queue_new_full (batch_free);
      for (guint i = 0; i < N_BATCHES; i++)
        {
          Batch *batch = g_new0 (Batch, 1);

          batch->strings = g_string_chunk_new (64 * 1024);
          g_async_queue_push (source->free, batch);
        }
      source->thread = g_thread_new ("thanrak-form6", read_rows, source);
    }

  while (source->batch == NULL || source->position >= source->batch->n_rows)
    {
      if (source->batch != NULL)
        {
          Batch *done = g_steal_pointer (&source->batch);

          if (done->end)
            {
              if (done->error != NULL)
                g_propagate_error (error, g_steal_pointer (&done->error));
              else
                g_set_error_literal (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_NOT_FOUND,
                                     _("Products were deleted while the online report was written. Export it again."));
              source->batch = done;
              return FALSE;
            }
          g_async_queue_push (source->free, done);
        }
      source->batch = g_async_queue_pop (source->full);
      source->position = 0;
    }

  thanrak_form_online_report_fill_row (row, index, &source->batch->rows[source->position++]);
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
 * The rows are not read here: while the sheet is written, a thread of
 * the row source reads them from the store's file with its own
 * connection, in one snapshot, a few hundred rows ahead of the writer
 * (thanrak_store_online_reader_new()), so write it with
 * %THANRAK_REPORT_WRITE_CONSTANT_MEMORY for national-size lists. The
 * store's connection is not used meanwhile. The number of rows is
 * counted here: products deleted before the export ends it with
 * %THANRAK_STORE_ERROR_NOT_FOUND, products added are left out.
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
  g_ptr_array_add (districts, NULL);
  source->districts = (GStrv) g_ptr_array_free (g_steal_pointer (&districts), FALSE);
  source->fiscal_year = query->fiscal_year;
  source->round = query->round;
  source->n_rows = n_rows;
  thanrak_report_sheet_set_row_source (sheet, n_rows, online_row, source, online_source_free);

  return g_steal_pointer (&sheet);
}
