/* records-builders.c: small records for the tests of forms 3, 6 and 8
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "records-builders.h"

gint64
records_save (ThanrakStore  *store,
              ThanrakRecord *record)
{
  g_autoptr(GError) error = NULL;

  if (!thanrak_store_save (store, record, &error))
    g_error ("%s", error->message);
  return thanrak_record_get_id (record);
}

gint64
records_add_operator (ThanrakStore *store,
                      const char   *code,
                      const char   *name,
                      int           type,
                      const char   *house,
                      int           village,
                      const char   *subdistrict,
                      const char   *phone,
                      gboolean      trained,
                      gboolean      sells)
{
  g_autoptr(ThanrakRecord) op = THANRAK_RECORD (thanrak_operator_new ());

  thanrak_record_set_string (op, "code", code);
  thanrak_record_set_string (op, "name", name);
  thanrak_record_set_number (op, "operator-type", type);
  thanrak_record_set_string (op, "house-number", house);
  thanrak_record_set_number (op, "village-number", village);
  thanrak_record_set_string (op, "subdistrict-code", subdistrict);
  {
    g_autofree char *district = g_strndup (subdistrict, 4);
    thanrak_record_set_string (op, "district-code", district);
  }
  thanrak_record_set_string (op, "phone", phone);
  thanrak_record_set_number (op, "trained-online", trained);
  thanrak_record_set_number (op, "sells-online", sells);
  return records_save (  store,
                op);
}

gint64
records_add_product (ThanrakStore *store,
                     gint64        op,
                     const char   *name,
                     int           category,
                     gboolean      standard,
                     int           stars,
                     gboolean      developed)
{
  g_autoptr(ThanrakRecord) p = THANRAK_RECORD (thanrak_product_new ());

  thanrak_record_set_number (p, "operator-id", op);
  thanrak_record_set_string (p, "name", name);
  thanrak_record_set_number (p, "category", category);
  thanrak_record_set_number (p, "star-rating", stars);
  if (stars > 0)
    thanrak_record_set_number (p, "star-year", 2562);
  thanrak_record_set_number (p, "online-developed", developed);
  if (standard)
    thanrak_product_add_standard (THANRAK_PRODUCT (p), THANRAK_STANDARD_MPC, 2563, "มผช. 18/2560");
  return records_save (  store,
                p);
}

void
records_add_channel (ThanrakStore *store,
                     gint64        product,
                     int           platform,
                     const char   *identifier)
{
  g_autoptr(ThanrakRecord) c = THANRAK_RECORD (thanrak_online_channel_new ());

  thanrak_record_set_number (c, "product-id", product);
  thanrak_record_set_number (c, "platform", platform);
  thanrak_record_set_string (c, "identifier", identifier);
  records_save (  store,
                c);
}

void
records_add_sales (ThanrakStore *store,
                   gint64        op,
                   int           year,
                   int           month,
                   gint64        online,
                   gint64        offline)
{
  g_autoptr(ThanrakRecord) s = THANRAK_RECORD (thanrak_monthly_sales_new ());

  thanrak_record_set_number (s, "operator-id", op);
  thanrak_record_set_number (s, "year", year);
  thanrak_record_set_number (s, "month", month);
  thanrak_record_set_number (s, "online-satang", online);
  thanrak_record_set_number (s, "offline-satang", offline);
  records_save (  store,
                s);
}

void
records_add_service (ThanrakStore *store,
                     gint64        center,
                     const char   *date,
                     const char   *title,
                     int           recipients,
                     const char   *notes)
{
  g_autoptr(ThanrakRecord) s = THANRAK_RECORD (thanrak_service_new ());

  thanrak_record_set_number (s, "center-id", center);
  thanrak_record_set_string (s, "service-date", date);
  thanrak_record_set_number (s, "mode", THANRAK_SERVICE_MODE_AT_CENTER);
  thanrak_record_set_string (s, "title", title);
  thanrak_record_set_number (s, "recipients", recipients);
  thanrak_record_set_string (s, "notes", notes);
  records_save (  store,
                s);
}

void
records_add_member (ThanrakStore *store,
                    gint64        center,
                    int           committee,
                    const char   *title,
                    const char   *name,
                    const char   *organisation,
                    int           position,
                    int           quota)
{
  g_autoptr(ThanrakRecord) m = THANRAK_RECORD (thanrak_committee_member_new ());

  thanrak_record_set_number (m, "center-id", center);
  thanrak_record_set_number (m, "committee", committee);
  thanrak_record_set_string (m, "title", title);
  thanrak_record_set_string (m, "name", name);
  thanrak_record_set_string (m, "organisation", organisation);
  thanrak_record_set_number (m, "position", position);
  thanrak_record_set_number (m, "quota", quota);
  records_save (  store,
                m);
}

/* The office of a database, as the first-run screen sets it: the Sa Kaeo
 * provincial office. Without one, a new database shows the first-run
 * screen instead of the pages. */
void
records_set_office (ThanrakStore *store)
{
  g_autoptr(ThanrakOffice) office = thanrak_office_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (office, "province-code", "27", "name", "สำนักงานพัฒนาชุมชนจังหวัดสระแก้ว", NULL);
  thanrak_store_save_office (store, office, &error);
  g_assert_no_error (error);
}
