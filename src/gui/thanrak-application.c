/* thanrak-application.c: the application, its actions and windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "thanrak-application.h"
#include "thanrak-preferences-window.h"
#include "thanrak-store.h"
#include "thanrak-window.h"

/* Daily copies of the database kept in its backups folder. */
#define DAILY_BACKUPS_KEPT 7

struct _ThanrakApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  char           *database_path;
  ThanrakStore   *store;
  GError         *store_error;
  guint           backup_source;
  gboolean        backup_done;
};

G_DEFINE_FINAL_TYPE (ThanrakApplication, thanrak_application, ADW_TYPE_APPLICATION)

/**
 * thanrak_application_choose_renderer:
 *
 * Makes GTK draw with its cairo renderer unless `GSK_RENDERER` says
 * otherwise. GTK 4.8 draws with OpenGL by default; on offices' PCs
 * without a GPU driver, virtual machines and remote desktops that is
 * Mesa's software GL (llvmpipe), which made a search keystroke in a list
 * of 200,000 products take about 190 ms and the program about 240 MB,
 * against 70 ms and 150 MB with cairo (tests/bench-lists.c, issue 6).
 * Thanrak's windows are forms and lists, which cairo draws well.
 *
 * Call it first in main(), before any thread is started: it sets an
 * environment variable.
 */
void
thanrak_application_choose_renderer (void)
{
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
}

/**
 * thanrak_application_new:
 * @flags: #GApplicationFlags; tests pass %G_APPLICATION_NON_UNIQUE
 *
 * Creates the application object with Thanrak's application id and
 * resource base path.
 *
 * Returns: (transfer full): a new #ThanrakApplication
 */
ThanrakApplication *
thanrak_application_new (GApplicationFlags flags)
{
  return g_object_new (THANRAK_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", flags,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}

/**
 * thanrak_application_get_store:
 * @self: a #ThanrakApplication
 *
 * The database the application works on: the file given with
 * `--database`, or `thanrak/thanrak.db` in the user data folder. It is
 * opened (created and migrated when needed) at startup.
 *
 * Returns: (transfer none) (nullable): the open #ThanrakStore, or %NULL
 *   when it could not be opened (see thanrak_application_get_store_error())
 */
ThanrakStore *
thanrak_application_get_store (ThanrakApplication *self)
{
  g_return_val_if_fail (THANRAK_IS_APPLICATION (self), NULL);

  return self->store;
}

/**
 * thanrak_application_get_store_error:
 * @self: a #ThanrakApplication
 *
 * Returns: (transfer none) (nullable): why the database could not be
 *   opened (a %THANRAK_STORE_ERROR), or %NULL when it is open
 */
const GError *
thanrak_application_get_store_error (ThanrakApplication *self)
{
  g_return_val_if_fail (THANRAK_IS_APPLICATION (self), NULL);

  return self->store_error;
}

/**
 * thanrak_application_get_backups_dir:
 * @self: a #ThanrakApplication with an open store
 *
 * Returns: (transfer full) (nullable): the folder of the daily backups,
 *   `backups` beside the database file, or %NULL without a store
 */
char *
thanrak_application_get_backups_dir (ThanrakApplication *self)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (THANRAK_IS_APPLICATION (self), NULL);

  if (self->store == NULL)
    return NULL;

  dir = g_path_get_dirname (thanrak_store_get_path (self->store));
  return g_build_filename (dir, "backups", NULL);
}

static gboolean
daily_backup_cb (gpointer user_data)
{
  ThanrakApplication *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = thanrak_application_get_backups_dir (self);
  g_autofree char *made = NULL;

  self->backup_source = 0;
  self->backup_done = TRUE;

  if (dir == NULL)
    return G_SOURCE_REMOVE;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_message ("Cannot create the backups folder %s: %s", dir, g_strerror (errno));
      return G_SOURCE_REMOVE;
    }

  made = thanrak_store_rotate_daily_backups (self->store, dir, DAILY_BACKUPS_KEPT, &error);
  if (made == NULL)
    g_message ("Daily backup failed: %s", error->message);

  return G_SOURCE_REMOVE;
}

/* The daily backup is made once the first window is on screen, never
 * before: opening the app must not wait for a copy of the database. */
static void
first_window_mapped_cb (ThanrakApplication *self,
                        GtkWidget          *window)
{
  g_signal_handlers_disconnect_by_func (window, first_window_mapped_cb, self);

  if (self->backup_done || self->backup_source != 0 || self->store == NULL)
    return;

  self->backup_source = g_timeout_add_seconds (2, daily_backup_cb, self);
}

static void
show_store_error (ThanrakApplication *self,
                  GtkWindow          *window)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window,
                                                       _("The Database Cannot Be Opened"),
                                                       NULL));
  adw_message_dialog_format_body (dialog,
                                  _("%s\n\nNothing was changed. Close Thanrak, fix the problem or restore a backup with “thanrak-cli restore”, then start it again."),
                                  self->store_error->message);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * thanrak_application_get_settings:
 * @self: a #ThanrakApplication
 *
 * Returns: (transfer none): the application's #GSettings
 *   (schema `io.github.thanrak.Thanrak`)
 */
GSettings *
thanrak_application_get_settings (ThanrakApplication *self)
{
  g_return_val_if_fail (THANRAK_IS_APPLICATION (self), NULL);

  return self->settings;
}

static void
style_variant_changed_cb (ThanrakApplication *self,
                          const char         *key,
                          GSettings          *settings)
{
  static const AdwColorScheme schemes[] = {
    ADW_COLOR_SCHEME_DEFAULT,
    ADW_COLOR_SCHEME_FORCE_LIGHT,
    ADW_COLOR_SCHEME_FORCE_DARK,
  };
  guint variant = (guint) g_settings_get_enum (settings, "style-variant");

  if (variant >= G_N_ELEMENTS (schemes))
    variant = 0;
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), schemes[variant]);
}

static void
thanrak_application_activate (GApplication *app)
{
  GtkWindow *window;

  ThanrakApplication *self = THANRAK_APPLICATION (app);

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    {
      window = GTK_WINDOW (thanrak_window_new (self));
      g_signal_connect_object (window, "map",
                               G_CALLBACK (first_window_mapped_cb), self,
                               G_CONNECT_SWAPPED);
    }

  gtk_window_present (window);

  if (self->store_error != NULL)
    show_store_error (self, window);
}

static void
open_store (ThanrakApplication *self)
{
  g_autofree char *path = NULL;

  if (self->store != NULL || self->store_error != NULL)
    return;

  path = self->database_path != NULL ? g_strdup (self->database_path)
                                     : thanrak_store_get_default_path ();
  self->store = thanrak_store_new (path, &self->store_error);
  if (self->store == NULL)
    g_message ("Cannot open the database %s: %s", path, self->store_error->message);
}

static int
thanrak_application_handle_local_options (GApplication *app,
                                          GVariantDict *options)
{
  ThanrakApplication *self = THANRAK_APPLICATION (app);
  const char *database = NULL;

  if (g_variant_dict_lookup (options, "database", "^&ay", &database))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (database);
      g_free (self->database_path);
      self->database_path = g_file_get_path (file);
    }

  /* -1: go on with the default handling (activate). */
  return -1;
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  static const char *developers[] = { "Thanrak contributors", NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Thanrak"),
                         "application-icon", APPLICATION_ID,
                         "developer-name", _("Thanrak contributors"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Records, scores and official reports of grassroots economy promotion service centers and OTOP operators, for community development offices."),
                         "website", "https://github.com/thanrak/thanrak",
                         "issue-url", "https://github.com/thanrak/thanrak/issues",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "developers", developers,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  ThanrakApplication *self = user_data;
  ThanrakPreferencesWindow *prefs;

  prefs = thanrak_preferences_window_new (self->settings);
  gtk_window_set_transient_for (GTK_WINDOW (prefs),
                                gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_present (GTK_WINDOW (prefs));
}

static void
shortcuts_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = gtk_application_get_windows (app);

  /* Close each window so it saves its state, then quit. */
  for (GList *l = windows; l != NULL; )
    {
      GtkWindow *window = l->data;
      l = l->next;
      gtk_window_close (window);
    }

  g_application_quit (G_APPLICATION (app));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "shortcuts", shortcuts_action },
  { "quit", quit_action },
};

static void
thanrak_application_startup (GApplication *app)
{
  ThanrakApplication *self = THANRAK_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
  static const char *about_accels[] = { "F1", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  G_APPLICATION_CLASS (thanrak_application_parent_class)->startup (app);

  g_set_application_name (_("Thanrak"));
  gtk_window_set_default_icon_name (APPLICATION_ID);

  self->settings = g_settings_new (THANRAK_SETTINGS_SCHEMA_ID);
  g_signal_connect_object (self->settings, "changed::style-variant",
                           G_CALLBACK (style_variant_changed_cb), self,
                           G_CONNECT_SWAPPED);
  style_variant_changed_cb (self, "style-variant", self->settings);

  open_store (self);

  g_action_map_add_action_entries (G_ACTION_MAP (app),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.shortcuts", shortcuts_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.about", about_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
}

static void
thanrak_application_dispose (GObject *object)
{
  ThanrakApplication *self = THANRAK_APPLICATION (object);

  g_clear_handle_id (&self->backup_source, g_source_remove);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (thanrak_application_parent_class)->dispose (object);
}

static void
thanrak_application_finalize (GObject *object)
{
  ThanrakApplication *self = THANRAK_APPLICATION (object);

  g_clear_pointer (&self->database_path, g_free);
  g_clear_error (&self->store_error);

  G_OBJECT_CLASS (thanrak_application_parent_class)->finalize (object);
}

static void
thanrak_application_class_init (ThanrakApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = thanrak_application_dispose;
  object_class->finalize = thanrak_application_finalize;

  app_class->activate = thanrak_application_activate;
  app_class->startup = thanrak_application_startup;
  app_class->handle_local_options = thanrak_application_handle_local_options;
}

static void
thanrak_application_init (ThanrakApplication *self)
{
  static const GOptionEntry entries[] = {
    { "database", 'd', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
      N_("Work on this database file instead of the default one"), N_("FILE") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}
