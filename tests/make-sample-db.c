/* make-sample-db.c: a database of made-up operators, products and online
 * channels, for screenshots and the list benchmark
 *
 *   make-sample-db FILE OPERATORS
 *
 * writes OPERATORS operators (in every district of the reference set, in
 * turn), two products each, 1.5 online channels per product and one
 * marketing event for every 50 operators (at least 20): 100000 gives the
 * national size of issue 6 (100,000 operators, 200,000 products, 300,000
 * channels). Names are Thai, made from a few words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "thanrak-model.h"
#include "thanrak-store.h"

static const char * const groups[] = {
  "กลุ่มทอผ้า", "วิสาหกิจชุมชน", "กลุ่มแม่บ้าน", "กลุ่มจักสาน", "กลุ่มแปรรูป", "กลุ่มเกษตรกร",
};
static const char * const goods[] = {
  "ผ้าไหม", "ข้าวกล้อง", "กล้วยตาก", "น้ำพริกเผา", "ไม้ไผ่", "สบู่สมุนไพร", "ปลาร้าบอง",
  "ผ้าขาวม้า", "ดอกไม้ประดิษฐ์", "ชาใบหม่อน", "เครื่องปั้นดินเผา", "ผ้ามัดย้อม",
};
static const char * const villages[] = {
  "บ้านหนองหว้า", "บ้านโคกสูง", "บ้านท่าเกษม", "บ้านคลองหาด", "บ้านนาดี", "บ้านหนองบัว",
  "บ้านป่าไร่", "บ้านวังน้ำเย็น", "บ้านโนนสวรรค์", "บ้านห้วยโจด", "บ้านเขาสามสิบ",
};

static const char * const events[] = {
  "ตลาดนัดสินค้าชุมชน", "งานแสดงสินค้า OTOP", "ตลาดนัดวันหยุด", "มหกรรมของดีอำเภอ", "ตลาดประชารัฐ",
};

#define PICK(a, i) (a[(i) % G_N_ELEMENTS (a)])

static gboolean
flush (ThanrakStore  *store,
       GPtrArray     *batch,
       GError       **error)
{
  gboolean ok = batch->len == 0 || thanrak_store_save_all (store, batch, error);

  g_ptr_array_set_size (batch, 0);
  return ok;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakStore) store = NULL;
  g_autoptr(GPtrArray) districts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) subdistricts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) provinces = NULL;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) operators = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) products = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_operators, n_events;
  guint channel = 0;

  setlocale (LC_ALL, "");
  if (argc != 3)
    {
      g_printerr ("Usage: %s FILE OPERATORS\n", argv[0]);
      return 2;
    }
  n_operators = (guint) g_ascii_strtoull (argv[2], NULL, 10);
  store = thanrak_store_new (argv[1], &error);
  if (store == NULL)
    goto fail;

  provinces = thanrak_store_list_places (store, NULL, &error);
  if (provinces == NULL)
    goto fail;
  for (guint i = 0; i < provinces->len; i++)
    {
      g_autoptr(GPtrArray) ds = thanrak_store_list_places (store, ((ThanrakPlace *) provinces->pdata[i])->code, NULL);

      for (guint j = 0; ds != NULL && j < ds->len; j++)
        {
          const char *code = ((ThanrakPlace *) ds->pdata[j])->code;
          g_autoptr(GPtrArray) subs = thanrak_store_list_places (store, code, NULL);

          g_ptr_array_add (districts, g_strdup (code));
          g_ptr_array_add (subdistricts, subs != NULL && subs->len > 0 ? g_strdup (((ThanrakPlace *) subs->pdata[0])->code) : NULL);
        }
    }

  /* Operators, 5000 at a time */
  for (guint i = 0; i < n_operators; i++)
    {
      ThanrakOperator *op = thanrak_operator_new ();
      guint d = i % districts->len;
      g_autofree char *code = g_strdup_printf ("%s%06u", (char *) districts->pdata[d], i);
      g_autofree char *name = g_strdup_printf ("%s%s%s", PICK (groups, i), PICK (goods, i / 7), PICK (villages, i / 3));
      g_autofree char *phone = g_strdup_printf ("08%d-%07u", (int) (i % 10), (i * 7919) % 10000000);

      g_object_set (op, "code", code, "name", name,
                    "operator-type", (int) (i % 3),
                    "year-registered", 2550 + (int) (i % 16),
                    "house-number", "12/3",
                    "village-number", 1 + (int) (i % 12),
                    "district-code", districts->pdata[d],
                    "subdistrict-code", subdistricts->pdata[d],
                    "phone", phone,
                    "trained-online", i % 2 == 0,
                    "sells-online", i % 3 == 0,
                    NULL);
      g_ptr_array_add (batch, g_object_ref (op));
      g_ptr_array_add (operators, op);
      if (batch->len == 5000 && !flush (store, batch, &error))
        goto fail;
    }
  if (!flush (store, batch, &error))
    goto fail;

  /* Two products each */
  for (guint i = 0; i < 2 * n_operators; i++)
    {
      ThanrakProduct *product = thanrak_product_new ();
      ThanrakRecord *op = operators->pdata[i / 2];
      g_autofree char *name = g_strdup_printf ("%s%s ตรา%s", PICK (goods, i / 2 / 7 + i % 2),
                                               i % 2 == 0 ? "" : "แปรรูป", PICK (villages, i / 5));

      g_object_set (product, "operator-id", thanrak_record_get_id (op), "name", name,
                    "category", (int) (i % 5),
                    "year-registered", 2555 + (int) (i % 11),
                    "star-rating", (int) (i % 6),
                    "star-year", i % 6 == 0 ? 0 : 2562 + (int) (i % 4),
                    "online-developed", i % 4 == 0,
                    NULL);
      g_ptr_array_add (batch, g_object_ref (product));
      g_ptr_array_add (products, product);
      if (batch->len == 5000 && !flush (store, batch, &error))
        goto fail;
    }
  if (!flush (store, batch, &error))
    goto fail;
  g_ptr_array_set_size (operators, 0);

  /* 1.5 channels per product: two for every other product */
  for (guint i = 0; i < products->len; i++)
    for (guint k = 0; k < (i % 2 == 0 ? 2u : 1u); k++, channel++)
      {
        ThanrakOnlineChannel *ch = thanrak_online_channel_new ();
        int platform = (int) (channel % 3);  /* Facebook, LINE, Instagram */
        g_autofree char *id = NULL;

        if (platform == THANRAK_PLATFORM_FACEBOOK)
          id = g_strdup_printf ("https://www.facebook.com/otop%u", channel);
        else if (platform == THANRAK_PLATFORM_LINE)
          id = g_strdup_printf ("@otop%u", channel);
        else
          id = g_strdup_printf ("otop_%u", channel);
        g_object_set (ch, "product-id", thanrak_record_get_id (products->pdata[i]),
                      "platform", platform, "identifier", id,
                      "listed-on", "2022-03-15", NULL);
        g_ptr_array_add (batch, ch);
        if (batch->len == 5000 && !flush (store, batch, &error))
          goto fail;
      }
  if (!flush (store, batch, &error))
    goto fail;

  /* Marketing events: one for every 50 operators (at least 20), in the
   * fiscal year 2567 (October 2023 to September 2024) */
  n_events = MAX (20u, n_operators / 50);
  for (guint i = 0; i < n_events; i++)
    {
      ThanrakMarketingEvent *event = thanrak_marketing_event_new ();
      g_autofree char *date = g_strdup_printf ("%04d-%02d-%02d", i % 12 < 3 ? 2023 : 2024,
                                               (int) ((i % 12 + 9) % 12) + 1, 1 + (int) (i % 28));
      g_autofree char *name = g_strdup_printf ("%s %s", PICK (events, i), PICK (goods, i / 3));
      g_autofree char *place = g_strdup_printf ("ลานวัด%s", PICK (villages, i / 2) + strlen ("บ้าน"));

      g_object_set (event, "district-code", districts->pdata[(i * 7) % districts->len],
                    "event-date", date, "name", name, "place", place,
                    "operators", 5 + (int) (i % 40),
                    "sales-satang", (gint64) (15000 + (i * 7919) % 250000) * 100,
                    NULL);
      g_ptr_array_add (batch, event);
      if (batch->len == 5000 && !flush (store, batch, &error))
        goto fail;
    }
  if (!flush (store, batch, &error))
    goto fail;

  g_print ("%u operators, %u products, %u channels, %u marketing events in %s\n",
           n_operators, products->len, channel, n_events, argv[1]);
  return 0;

fail:
  g_printerr ("%s\n", error->message);
  return 1;
}
