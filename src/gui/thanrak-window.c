/* thanrak-window.c: the main window, a sidebar of pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-centers-page.h"
#include "thanrak-channels-page.h"
#include "thanrak-committees-page.h"
#include "thanrak-district-figures-page.h"
#include "thanrak-events-page.h"
#include "thanrak-import-dialog.h"
#include "thanrak-operators-page.h"
#include "thanrak-overview-page.h"
#include "thanrak-products-page.h"
#include "thanrak-reports-page.h"
#include "thanrak-welcome-page.h"
#include "thanrak-window.h"

struct _ThanrakWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  ThanrakStore         *store;          /* given to the pages once set */
  GtkStack             *content;
  ThanrakWelcomePage   *welcome;
  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar;
  GtkStack             *stack;
  AdwWindowTitle       *page_title;
};

G_DEFINE_FINAL_TYPE (ThanrakWindow, thanrak_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * thanrak_window_new:
 * @application: the #ThanrakApplication the window belongs to
 *
 * Creates the main window, restoring its size and last page from the
 * application's settings.
 *
 * Returns: (transfer full): a new #ThanrakWindow
 */
ThanrakWindow *
thanrak_window_new (ThanrakApplication *application)
{
  g_return_val_if_fail (THANRAK_IS_APPLICATION (application), NULL);

  return g_object_new (THANRAK_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/**
 * thanrak_window_get_page:
 * @self: a #ThanrakWindow
 *
 * Returns: the name of the page shown, e.g. `overview` or `operators`
 */
const char *
thanrak_window_get_page (ThanrakWindow *self)
{
  g_return_val_if_fail (THANRAK_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * thanrak_window_set_page:
 * @self: a #ThanrakWindow
 * @page: the name of a page; an unknown name is ignored
 *
 * Shows the page @page, selects its sidebar row and, when the window is
 * folded to one pane, navigates to the content.
 */
void
thanrak_window_set_page (ThanrakWindow *self,
                         const char    *page)
{
  GtkWidget *child;

  g_return_if_fail (THANRAK_IS_WINDOW (self));
  g_return_if_fail (page != NULL);

  child = gtk_stack_get_child_by_name (self->stack, page);
  if (child == NULL)
    return;

  /* Selecting the row runs sidebar_row_selected_cb, which shows the page. */
  for (int i = 0; ; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->sidebar, i);

      if (row == NULL)
        break;
      if (g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (row)), page) == 0)
        {
          gtk_list_box_select_row (self->sidebar, row);
          break;
        }
    }
}

static void
sidebar_row_selected_cb (ThanrakWindow *self,
                         GtkListBoxRow *row,
                         GtkListBox    *list)
{
  const char *page;
  GtkStackPage *stack_page;

  if (row == NULL)
    return;

  page = gtk_widget_get_name (GTK_WIDGET (row));
  if (g_strcmp0 (page, gtk_stack_get_visible_child_name (self->stack)) != 0)
    {
      gtk_stack_set_visible_child_name (self->stack, page);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
    }

  stack_page = gtk_stack_get_page (self->stack, gtk_stack_get_visible_child (self->stack));
  adw_window_title_set_title (self->page_title, gtk_stack_page_get_title (stack_page));
}

static void
sidebar_row_activated_cb (ThanrakWindow *self,
                          GtkListBoxRow *row,
                          GtkListBox    *list)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
back_clicked_cb (ThanrakWindow *self,
                 GtkButton     *button)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static GtkWidget *
create_sidebar_row (GtkStackPage *page)
{
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *label;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (box),
                  gtk_image_new_from_icon_name (gtk_stack_page_get_icon_name (page)));
  label = gtk_label_new (gtk_stack_page_get_title (page));
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), label);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, gtk_stack_page_get_name (page));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_stack_page_get_title (page),
                                  -1);
  return row;
}

/* The sidebar is made from the stack's pages, so a page's name, title and
 * icon are written once, in thanrak-window.ui. */
static void
populate_sidebar (ThanrakWindow *self)
{
  g_autoptr(GListModel) pages = G_LIST_MODEL (gtk_stack_get_pages (self->stack));
  guint n = g_list_model_get_n_items (pages);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) page = g_list_model_get_item (pages, i);
      gtk_list_box_append (self->sidebar, create_sidebar_row (GTK_STACK_PAGE (page)));
    }
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  thanrak_window_set_page (THANRAK_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
show_page_index_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  ThanrakWindow *self = THANRAK_WINDOW (widget);
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->sidebar, g_variant_get_int32 (parameter));

  if (row != NULL)
    thanrak_window_set_page (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

/* Each page is made the first time it is shown: the window opens with
 * the one page it shows (issue 6: first window within 1.3 times an
 * empty window's). Its placeholder is an AdwBin named after the page's
 * type. A page with a "store" property gets the database once the
 * window has it. */
static GtkWidget *
ensure_page (ThanrakWindow *self,
             GtkWidget     *placeholder)
{
  GtkWidget *page;
  GType type;
  GParamSpec *pspec;

  if (!ADW_IS_BIN (placeholder))
    return placeholder;
  page = adw_bin_get_child (ADW_BIN (placeholder));
  if (page != NULL)
    return page;

  type = g_type_from_name (gtk_widget_get_name (placeholder));
  g_return_val_if_fail (g_type_is_a (type, GTK_TYPE_WIDGET), NULL);
  page = g_object_new (type, NULL);
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (page), "store");
  if (self->store != NULL && pspec != NULL && G_PARAM_SPEC_VALUE_TYPE (pspec) == THANRAK_TYPE_STORE)
    g_object_set (page, "store", self->store, NULL);
  adw_bin_set_child (ADW_BIN (placeholder), page);
  return page;
}

static void
visible_page_changed_cb (ThanrakWindow *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (self->stack);

  if (child != NULL)
    ensure_page (self, child);
}

/**
 * thanrak_window_get_page_widget:
 * @self: a #ThanrakWindow
 * @page: the name of a page, e.g. `district-figures`
 *
 * The page's widget, made now if it was never shown.
 *
 * Returns: (transfer none) (nullable): the page, e.g. a
 *   #ThanrakDistrictFiguresPage; %NULL for an unknown name
 */
GtkWidget *
thanrak_window_get_page_widget (ThanrakWindow *self,
                                const char    *page)
{
  GtkWidget *child;

  g_return_val_if_fail (THANRAK_IS_WINDOW (self), NULL);
  g_return_val_if_fail (page != NULL, NULL);

  child = gtk_stack_get_child_by_name (self->stack, page);
  return child != NULL ? ensure_page (self, child) : NULL;
}

static void
give_pages_the_store (ThanrakWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (!THANRAK_IS_APPLICATION (app))
    return;

  g_set_object (&self->store, thanrak_application_get_store (THANRAK_APPLICATION (app)));
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *page = ADW_IS_BIN (child) ? adw_bin_get_child (ADW_BIN (child)) : child;
      GParamSpec *pspec;

      if (page == NULL)
        continue;
      pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (page), "store");
      if (pspec != NULL && G_PARAM_SPEC_VALUE_TYPE (pspec) == THANRAK_TYPE_STORE)
        g_object_set (page, "store", self->store, NULL);
    }
}

static void
welcome_finished_cb (ThanrakWindow        *self,
                     ThanrakWelcomeChoice  choice)
{
  gtk_stack_set_visible_child_name (self->content, "main");
  gtk_stack_remove (self->content, GTK_WIDGET (self->welcome));
  self->welcome = NULL;
  give_pages_the_store (self);
  if (choice == THANRAK_WELCOME_IMPORT)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.import", NULL);
  else if (choice == THANRAK_WELCOME_SAMPLE)
    thanrak_window_set_page (self, "overview");
}

/* A new database shows the first-run screen; the pages get the store
 * once the person has begun there. */
static void
application_changed_cb (ThanrakWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  ThanrakStore *store = THANRAK_IS_APPLICATION (app) ? thanrak_application_get_store (THANRAK_APPLICATION (app)) : NULL;
  g_autoptr(GError) error = NULL;
  gboolean is_new = FALSE;

  if (store != NULL && !thanrak_store_is_new (store, &is_new, &error))
    g_message ("Cannot tell whether the database is new: %s", error->message);
  if (is_new)
    {
      /* made only when needed, and dropped once the person has begun */
      self->welcome = g_object_new (THANRAK_TYPE_WELCOME_PAGE, "store", store, NULL);
      g_signal_connect_object (self->welcome, "finished", G_CALLBACK (welcome_finished_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_stack_add_named (self->content, GTK_WIDGET (self->welcome), "welcome");
      gtk_stack_set_visible_child_name (self->content, "welcome");
      return;
    }
  gtk_stack_set_visible_child_name (self->content, "main");
  give_pages_the_store (self);
}


static gboolean
thanrak_window_close_request (GtkWindow *window)
{
  ThanrakWindow *self = THANRAK_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set (self->settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_set_string (self->settings, "last-page", thanrak_window_get_page (self));
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (thanrak_window_parent_class)->close_request (window);
}

static void
thanrak_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ThanrakWindow *self = THANRAK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      g_value_set_string (value, thanrak_window_get_page (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
thanrak_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ThanrakWindow *self = THANRAK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      thanrak_window_set_page (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
thanrak_window_dispose (GObject *object)
{
  ThanrakWindow *self = THANRAK_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (thanrak_window_parent_class)->dispose (object);
}

static void
thanrak_window_class_init (ThanrakWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);


  object_class->dispose = thanrak_window_dispose;
  object_class->get_property = thanrak_window_get_property;
  object_class->set_property = thanrak_window_set_property;

  window_class->close_request = thanrak_window_close_request;

  /**
   * ThanrakWindow:page:
   *
   * The name of the page shown.
   */
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (THANRAK_TYPE_CENTERS_PAGE);
  g_type_ensure (THANRAK_TYPE_COMMITTEES_PAGE);
  g_type_ensure (THANRAK_TYPE_OVERVIEW_PAGE);
  g_type_ensure (THANRAK_TYPE_DISTRICT_FIGURES_PAGE);
  g_type_ensure (THANRAK_TYPE_REPORTS_PAGE);
  g_type_ensure (THANRAK_TYPE_OPERATORS_PAGE);
  g_type_ensure (THANRAK_TYPE_PRODUCTS_PAGE);
  g_type_ensure (THANRAK_TYPE_CHANNELS_PAGE);
  g_type_ensure (THANRAK_TYPE_EVENTS_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/thanrak-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ThanrakWindow, content);
  gtk_widget_class_bind_template_child (widget_class, ThanrakWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ThanrakWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, ThanrakWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, ThanrakWindow, page_title);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-page-index", "i", show_page_index_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, thanrak_import_dialog_import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import", NULL);

  /* Alt+1 … Alt+7 switch pages, in sidebar order. */
  for (int i = 0; i < 9; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-page-index", "i", i);
}

static void
restore_state (ThanrakWindow *self)
{
  g_autofree char *last_page = NULL;
  int width, height;

  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  last_page = g_settings_get_string (self->settings, "last-page");
  thanrak_window_set_page (self, last_page);
  if (gtk_list_box_get_selected_row (self->sidebar) == NULL)
    thanrak_window_set_page (self, "overview");
}

static void
thanrak_window_init (ThanrakWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  populate_sidebar (self);
  thanrak_import_dialog_add_drop_target (GTK_WINDOW (self));

  self->settings = g_settings_new (THANRAK_SETTINGS_SCHEMA_ID);
  restore_state (self);

  g_signal_connect (self, "notify::application", G_CALLBACK (application_changed_cb), NULL);
  g_signal_connect_swapped (self->stack, "notify::visible-child", G_CALLBACK (visible_page_changed_cb), self);
  visible_page_changed_cb (self);

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}
