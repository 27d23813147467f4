/* thanrak-application.c: the application, its actions and windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-application.h"
#include "thanrak-preferences-window.h"
#include "thanrak-window.h"

struct _ThanrakApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (ThanrakApplication, thanrak_application, ADW_TYPE_APPLICATION)

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

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    window = GTK_WINDOW (thanrak_window_new (THANRAK_APPLICATION (app)));

  gtk_window_present (window);
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

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (thanrak_application_parent_class)->dispose (object);
}

static void
thanrak_application_class_init (ThanrakApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = thanrak_application_dispose;

  app_class->activate = thanrak_application_activate;
  app_class->startup = thanrak_application_startup;
}

static void
thanrak_application_init (ThanrakApplication *self)
{
}
