/* thanrak-preferences-window.c: the preferences, bound to GSettings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-preferences-window.h"

struct _ThanrakPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  GtkSwitch            *thai_digits_switch;
  AdwComboRow          *style_row;
};

G_DEFINE_FINAL_TYPE (ThanrakPreferencesWindow, thanrak_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The order of the style row's items in thanrak-preferences-window.ui. */
static const char * const style_values[] = { "default", "light", "dark" };

/**
 * thanrak_preferences_window_new:
 * @settings: the application's #GSettings
 *
 * Returns: (transfer full): a new #ThanrakPreferencesWindow editing @settings
 */
ThanrakPreferencesWindow *
thanrak_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (THANRAK_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       NULL);
}

static gboolean
style_get_mapping (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  const char *style = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (style_values); i++)
    if (g_str_equal (style, style_values[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
style_set_mapping (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  if (i >= G_N_ELEMENTS (style_values))
    return NULL;
  return g_variant_new_string (style_values[i]);
}

static void
thanrak_preferences_window_constructed (GObject *object)
{
  ThanrakPreferencesWindow *self = THANRAK_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (thanrak_preferences_window_parent_class)->constructed (object);

  g_settings_bind (self->settings, "thai-digits",
                   self->thai_digits_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "style-variant",
                                self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                style_get_mapping, style_set_mapping,
                                NULL, NULL);
}

static void
thanrak_preferences_window_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  ThanrakPreferencesWindow *self = THANRAK_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
thanrak_preferences_window_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  ThanrakPreferencesWindow *self = THANRAK_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
thanrak_preferences_window_dispose (GObject *object)
{
  ThanrakPreferencesWindow *self = THANRAK_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (thanrak_preferences_window_parent_class)->dispose (object);
}

static void
thanrak_preferences_window_class_init (ThanrakPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = thanrak_preferences_window_constructed;
  object_class->dispose = thanrak_preferences_window_dispose;
  object_class->get_property = thanrak_preferences_window_get_property;
  object_class->set_property = thanrak_preferences_window_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/thanrak-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ThanrakPreferencesWindow, thai_digits_switch);
  gtk_widget_class_bind_template_child (widget_class, ThanrakPreferencesWindow, style_row);
}

static void
thanrak_preferences_window_init (ThanrakPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
