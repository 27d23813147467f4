/* fill-district-figures.c: a test helper that saves the district figures
 * of a department table (tests/data/sakaeo-2564-round2.csv: code, name,
 * operators, products, sales in baht) as ThanrakDistrictFigures records.
 *
 * Usage: fill-district-figures DATABASE TABLE.csv FISCAL-YEAR
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <stdlib.h>

#include "thanrak-district-figures.h"
#include "thanrak-store.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakStore) store = NULL;
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  int fiscal_year;

  if (argc != 4)
    {
      g_printerr ("Usage: %s DATABASE TABLE.csv FISCAL-YEAR\n", argv[0]);
      return 2;
    }
  fiscal_year = atoi (argv[3]);
  if (!g_file_get_contents (argv[2], &text, NULL, &error) ||
      !(store = thanrak_store_new (argv[1], &error)))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = NULL;

      if (*g_strstrip (lines[i]) == '\0')
        continue;
      cells = g_strsplit (lines[i], ",", -1);
      if (g_strv_length (cells) < 5)
        continue;
      g_ptr_array_add (records,
                       g_object_new (THANRAK_TYPE_DISTRICT_FIGURES,
                                     "district-code", cells[0],
                                     "fiscal-year", fiscal_year,
                                     "operators-registered", atoi (cells[2]),
                                     "products-registered", atoi (cells[3]),
                                     "sales-satang", g_ascii_strtoll (cells[4], NULL, 10) * 100,
                                     NULL));
    }
  if (!thanrak_store_save_all (store, records, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("%u district figures saved\n", records->len);
  return 0;
}
