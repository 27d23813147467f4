/* thanrak-cli-office.c: `thanrak-cli office` and `sample`, what the
 * first-run screen does, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-cli-common.h"
#include "thanrak-cli-office.h"
#include "thanrak-sample.h"
#include "thanrak-store.h"

static gboolean
no_arguments (int      argc,
              char   **argv,
              GError **error)
{
  if (argc <= 1)
    return TRUE;
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("This command takes no arguments: remove “%s”."), argv[1]);
  return FALSE;
}

/* The place under @parent_code (NULL: a province) named or coded @text. */
static char *
find_place (ThanrakStore  *store,
            const char    *parent_code,
            const char    *text,
            const char    *what,
            GError       **error)
{
  g_autoptr(GPtrArray) places = thanrak_store_list_places (store, parent_code, error);

  if (places == NULL)
    return NULL;
  for (guint i = 0; i < places->len; i++)
    {
      ThanrakPlace *place = g_ptr_array_index (places, i);

      if (g_str_equal (place->code, text) || g_str_equal (place->name_th, text) ||
          g_ascii_strcasecmp (place->name_en, text) == 0)
        return g_strdup (place->code);
    }
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               /* Translators: the first %s is province or district */
               _("There is no %s “%s”: give its Thai name as DOPA writes it, e.g. สระแก้ว, or its code."),
               what, text);
  return NULL;
}

static void
print_office (ThanrakStore  *store,
              ThanrakOffice *office)
{
  g_autofree char *province = NULL;
  g_autofree char *district = NULL;
  g_autofree char *name = NULL;
  g_autofree char *officer = NULL;
  g_autofree char *position = NULL;
  g_autoptr(ThanrakPlace) province_place = NULL;
  g_autoptr(ThanrakPlace) district_place = NULL;

  g_object_get (office, "province-code", &province, "district-code", &district, "name", &name,
                "officer-name", &officer, "officer-position", &position, NULL);
  province_place = thanrak_store_lookup_place (store, province, NULL);
  if (district != NULL && *district != '\0')
    district_place = thanrak_store_lookup_place (store, district, NULL);
  g_print (_("Office: %s\n"), name);
  g_print (_("Province: %s (%s)\n"), province_place != NULL ? province_place->name_th : "", province);
  if (district_place != NULL)
    g_print (_("District: %s (%s)\n"), district_place->name_th, district);
  g_print (_("Officer: %s\n"), officer != NULL ? officer : "");
  g_print (_("Position: %s\n"), position != NULL ? position : "");
}

/**
 * thanrak_cli_office:
 * @argc: the number of arguments, the command name included
 * @argv: (array length=argc): `office` and its options
 * @error: return location for a #GError
 *
 * `thanrak-cli office [--province P --name N [--district D] [--officer N]
 * [--position P]] [--database FILE]`: sets the office the database belongs
 * to (see #ThanrakOffice), as the first-run screen does, or prints it.
 *
 * Returns: %TRUE on success; %FALSE with %G_OPTION_ERROR,
 *   %THANRAK_VALIDATION_ERROR naming the field, or a %THANRAK_STORE_ERROR
 */
gboolean
thanrak_cli_office (int      argc,
                    char   **argv,
                    GError **error)
{
  g_autofree char *database = NULL;
  g_autofree char *province = NULL;
  g_autofree char *district = NULL;
  g_autofree char *name = NULL;
  g_autofree char *officer = NULL;
  g_autofree char *position = NULL;
  GOptionEntry entries[] = {
    { "province", 'p', 0, G_OPTION_ARG_STRING, &province, N_("The office's province (Thai name or 2-digit code)"), N_("NAME") },
    { "district", 0, 0, G_OPTION_ARG_STRING, &district, N_("The office's district, for a district office (Thai name or 4-digit code)"), N_("NAME") },
    { "name", 'n', 0, G_OPTION_ARG_STRING, &name, N_("The office's name, e.g. สำนักงานพัฒนาชุมชนอำเภอเมืองสระแก้ว"), N_("NAME") },
    { "officer", 0, 0, G_OPTION_ARG_STRING, &officer, N_("The officer's name, for signature blocks"), N_("NAME") },
    { "position", 0, 0, G_OPTION_ARG_STRING, &position, N_("The officer's position"), N_("POSITION") },
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("The database file (default: thanrak/thanrak.db in the user data folder)"), N_("FILE") },
    { NULL }
  };
  g_autoptr(ThanrakStore) store = NULL;
  g_autoptr(ThanrakOffice) office = NULL;
  g_autofree char *province_code = NULL;
  g_autofree char *district_code = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!_thanrak_cli_parse_options (entries, "",
                                   N_("Set the office this database belongs to (its province, name and officer), or print it."),
                                   &argc, &argv, error) ||
      !no_arguments (argc, argv, error))
    return FALSE;
  store = thanrak_store_new (database, error);
  if (store == NULL)
    return FALSE;

  if (province == NULL && district == NULL && name == NULL && officer == NULL && position == NULL)
    {
      office = thanrak_store_load_office (store, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (office == NULL)
        g_print ("%s\n", _("No office is set: set one with --province and --name."));
      else
        print_office (store, office);
      return TRUE;
    }

  if (province == NULL || name == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Give the office's province (--province) and name (--name)."));
      return FALSE;
    }
  province_code = find_place (store, NULL, province, _("province"), error);
  if (province_code == NULL)
    return FALSE;
  if (district != NULL)
    {
      district_code = find_place (store, province_code, district, _("district"), error);
      if (district_code == NULL)
        return FALSE;
    }

  office = thanrak_office_new ();
  g_object_set (office, "province-code", province_code, "district-code", district_code,
                "name", name, "officer-name", officer, "officer-position", position, NULL);
  if (!thanrak_office_validate (office, error) ||
      !thanrak_store_save_office (store, office, error))
    return FALSE;
  print_office (store, office);
  return TRUE;
}

/**
 * thanrak_cli_sample:
 * @argc: the number of arguments, the command name included
 * @argv: (array length=argc): `sample` and its options
 * @error: return location for a #GError
 *
 * `thanrak-cli sample [--database FILE]`: fills a new database with the
 * sample data of the first-run screen (see thanrak_sample_load()).
 *
 * Returns: %TRUE on success; %FALSE with %G_OPTION_ERROR or the errors of
 *   thanrak_sample_load()
 */
gboolean
thanrak_cli_sample (int      argc,
                    char   **argv,
                    GError **error)
{
  g_autofree char *database = NULL;
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("The database file (default: thanrak/thanrak.db in the user data folder)"), N_("FILE") },
    { NULL }
  };
  g_autoptr(ThanrakStore) store = NULL;

  if (!_thanrak_cli_parse_options (entries, "",
                                   N_("Fill a new database with the sample data: the Sa Kaeo and Nong Khai district figures of seeds 003 and 004, and made-up operators, products, channels and a center."),
                                   &argc, &argv, error) ||
      !no_arguments (argc, argv, error))
    return FALSE;
  store = thanrak_store_new (database, error);
  if (store == NULL || !thanrak_sample_load (store, NULL, NULL, error))
    return FALSE;
  g_print (_("The sample data is in %s.\n"), thanrak_store_get_path (store));
  return TRUE;
}
