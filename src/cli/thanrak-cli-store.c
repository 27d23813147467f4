/* thanrak-cli-store.c: `thanrak-cli init`, `check`, `backup`, `restore`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-cli-store.h"
#include "thanrak-store.h"

/* Parses the command's options: --database FILE and @n_args arguments
 * (named by @args_help). */
static gboolean
parse_options (int          *argc,
               char       ***argv,
               const char   *args_help,
               const char   *summary,
               int           n_args,
               char        **database,
               GError      **error)
{
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, database,
      N_("The database file (default: thanrak/thanrak.db in the user data folder)"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (args_help);

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _(summary));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, error))
    return FALSE;

  if (*argc - 1 != n_args)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   n_args == 0 ? _("This command takes no arguments: remove “%s”.")
                               : _("Give exactly one file name (%s)."),
                   n_args == 0 ? (*argv)[1] : args_help);
      return FALSE;
    }
  return TRUE;
}

/**
 * thanrak_cli_store_init:
 * @argc: the number of arguments, the command name included
 * @argv: (array length=argc): `init` and its options
 * @error: return location for a #GError
 *
 * `thanrak-cli init [--database FILE]`: creates the database (or migrates
 * an older one) with the reference places and prints their counts.
 *
 * Returns: %TRUE on success; %FALSE with a %THANRAK_STORE_ERROR or
 *   %G_OPTION_ERROR
 */
gboolean
thanrak_cli_store_init (int      argc,
                        char   **argv,
                        GError **error)
{
  g_autofree char *database = NULL;
  g_autoptr(ThanrakStore) store = NULL;
  gint64 p, d, s;

  if (!parse_options (&argc, &argv, "", N_("Create the database with the reference places, or bring an older one up to date."),
                      0, &database, error))
    return FALSE;

  store = thanrak_store_new (database, error);
  if (store == NULL || !thanrak_store_count_places (store, &p, &d, &s, error))
    return FALSE;

  g_print (_("Database %s is ready (schema %d).\n"), thanrak_store_get_path (store),
           thanrak_store_get_schema_version (store));
  if (thanrak_store_get_migration_backup (store) != NULL)
    g_print (_("The database was updated; a copy of the old one is in %s.\n"),
             thanrak_store_get_migration_backup (store));
  g_print (_("Places: %lld provinces, %lld districts, %lld subdistricts.\n"),
           (long long) p, (long long) d, (long long) s);
  return TRUE;
}

/**
 * thanrak_cli_store_check:
 * @argc: the number of arguments, the command name included
 * @argv: (array length=argc): `check` and its options
 * @error: return location for a #GError
 *
 * `thanrak-cli check [--database FILE]`: runs PRAGMA integrity_check and
 * foreign_key_check and counts the places; prints a report.
 *
 * Returns: %TRUE if the database is clean; %FALSE with a
 *   %THANRAK_STORE_ERROR (%THANRAK_STORE_ERROR_CORRUPT when problems were
 *   found, after the report)
 */
gboolean
thanrak_cli_store_check (int      argc,
                         char   **argv,
                         GError **error)
{
  g_autofree char *database = NULL;
  g_autoptr(ThanrakStore) store = NULL;
  g_autoptr(ThanrakStoreCheck) check = NULL;

  if (!parse_options (&argc, &argv, "", N_("Check the database for damage and broken references."),
                      0, &database, error))
    return FALSE;

  store = thanrak_store_new (database, error);
  if (store == NULL)
    return FALSE;
  check = thanrak_store_check (store, error);
  if (check == NULL)
    return FALSE;

  g_print (_("Database: %s\n"), thanrak_store_get_path (store));
  g_print (_("Schema version: %d\n"), check->schema_version);
  g_print (_("Integrity: %s\n"), check->integrity_ok ? _("ok") : _("DAMAGED"));
  g_print (_("Broken references: %u\n"), check->foreign_key_violations);
  g_print (_("Provinces: %lld\n"), (long long) check->provinces);
  g_print (_("Districts: %lld (Bangkok: %lld)\n"), (long long) check->districts,
           (long long) check->bangkok_districts);
  g_print (_("Subdistricts: %lld\n"), (long long) check->subdistricts);
  for (guint i = 0; check->problems[i] != NULL; i++)
    g_print ("  %s\n", check->problems[i]);

  if (!thanrak_store_check_is_clean (check))
    {
      g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_CORRUPT,
                   _("The database has problems: restore it from a backup with “thanrak-cli restore FILE”."));
      return FALSE;
    }
  g_print (_("The database is clean.\n"));
  return TRUE;
}

/**
 * thanrak_cli_store_backup:
 * @argc: the number of arguments, the command name included
 * @argv: (array length=argc): `backup`, its options and the backup file
 * @error: return location for a #GError
 *
 * `thanrak-cli backup [--database FILE] BACKUP`: copies the database
 * with the SQLite backup API.
 *
 * Returns: %TRUE on success; %FALSE with a %THANRAK_STORE_ERROR or
 *   %G_OPTION_ERROR
 */
gboolean
thanrak_cli_store_backup (int      argc,
                          char   **argv,
                          GError **error)
{
  g_autofree char *database = NULL;
  g_autoptr(ThanrakStore) store = NULL;

  if (!parse_options (&argc, &argv, N_("BACKUP"), N_("Copy the database into the file BACKUP."),
                      1, &database, error))
    return FALSE;

  store = thanrak_store_new (database, error);
  if (store == NULL || !thanrak_store_backup_to (store, argv[1], error))
    return FALSE;

  g_print (_("Backed up %s to %s.\n"), thanrak_store_get_path (store), argv[1]);
  return TRUE;
}

/**
 * thanrak_cli_store_restore:
 * @argc: the number of arguments, the command name included
 * @argv: (array length=argc): `restore`, its options and the backup file
 * @error: return location for a #GError
 *
 * `thanrak-cli restore [--database FILE] BACKUP`: checks the backup,
 * saves a copy of the current database, then replaces it with the backup
 * (thanrak_store_restore()). Close the app first.
 *
 * Returns: %TRUE on success; %FALSE with a %THANRAK_STORE_ERROR or
 *   %G_OPTION_ERROR
 */
gboolean
thanrak_cli_store_restore (int      argc,
                           char   **argv,
                           GError **error)
{
  g_autofree char *database = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *target = NULL;

  if (!parse_options (&argc, &argv, N_("BACKUP"),
                      N_("Replace the database with the file BACKUP, after checking it and saving a copy of the current database. Close Thanrak first."),
                      1, &database, error))
    return FALSE;

  target = database != NULL ? g_strdup (database) : thanrak_store_get_default_path ();
  if (!thanrak_store_restore (target, argv[1], &saved, error))
    return FALSE;

  g_print (_("Restored %s from %s.\n"), target, argv[1]);
  if (saved != NULL)
    g_print (_("The database as it was before is saved in %s.\n"), saved);
  return TRUE;
}
