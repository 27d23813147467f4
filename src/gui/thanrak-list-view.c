/* thanrak-list-view.c: a searchable, sortable list of stored records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-list-view.h"
#include "thanrak-model-enums.h"
#include "thanrak-record-list-model.h"
#include "thanrak-thai.h"

/**
 * ThanrakListView:
 *
 * The list part of a page of records: a search entry, a district filter,
 * a #GtkColumnView (`data-table`) and the number of rows. Rows come from
 * a #ThanrakRecordListModel: SQLite searches and sorts, and only the rows
 * on screen are made into objects. Clicking a column header sorts by its
 * field in SQLite.
 *
 * The page adds its columns with thanrak_list_view_add_column(), then
 * gives the store with thanrak_list_view_set_store(). The
 * #ThanrakListView::record-selected signal tells which record was chosen.
 */

typedef struct
{
  ThanrakListView     *view;
  char                *field;
  ThanrakColumnFormat  format;
  GType                enum_type;
} Column;

struct _ThanrakListView
{
  GtkWidget               parent_instance;

  ThanrakStore           *store;
  GType                   record_type;
  ThanrakRecordListModel *model;
  GtkSingleSelection     *selection;
  GPtrArray              *columns;        /* Column */
  GHashTable             *district_names; /* code -> Thai name */
  GPtrArray              *district_codes; /* dropdown position -> code */
  const char             *probed_field;   /* see sorter_changed_cb() */
  GObject                *probe[2];

  /* Template widgets */
  GtkBox                 *toolbar;
  GtkSearchEntry         *search_entry;
  GtkDropDown            *district_dropdown;
  GtkColumnView          *column_view;
  GtkLabel               *count_label;
};

G_DEFINE_FINAL_TYPE (ThanrakListView, thanrak_list_view, GTK_TYPE_WIDGET)

enum {
  RECORD_SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
column_free (gpointer data)
{
  Column *column = data;

  g_free (column->field);
  g_free (column);
}

/* Cells ---------------------------------------------------------------- */

static char *
format_value (Column        *column,
              ThanrakRecord *record)
{
  switch (column->format)
    {
    case THANRAK_COLUMN_TEXT:
      return g_strdup (thanrak_record_get_string (record, column->field));

    case THANRAK_COLUMN_NUMBER:
      {
        gint64 n = thanrak_record_get_number (record, column->field);
        return n == 0 ? g_strdup ("") : g_strdup_printf ("%" G_GINT64_FORMAT, n);
      }

    case THANRAK_COLUMN_ENUM:
      return g_strdup (thanrak_enum_get_label (column->enum_type,
                                               (int) thanrak_record_get_number (record, column->field)));

    case THANRAK_COLUMN_DISTRICT:
      return g_strdup (thanrak_list_view_district_name (column->view,
                                                        thanrak_record_get_string (record, column->field)));

    case THANRAK_COLUMN_BAHT:
      return thanrak_thai_format_baht (thanrak_record_get_number (record, column->field), FALSE);

    case THANRAK_COLUMN_DATE_BE:
      {
        const char *s = thanrak_record_get_string (record, column->field);
        int y, m, d;

        if (s == NULL || sscanf (s, "%d-%d-%d", &y, &m, &d) != 3)
          return g_strdup ("");
        return g_strdup_printf ("%d/%d/%d", d, m, y + THANRAK_BE_OFFSET);
      }

    default:
      g_assert_not_reached ();
    }
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               Column                   *column)
{
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  if (column->format == THANRAK_COLUMN_NUMBER || column->format == THANRAK_COLUMN_BAHT)
    gtk_inscription_set_xalign (GTK_INSCRIPTION (label), 1.0);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              Column                   *column)
{
  ThanrakRecord *record = gtk_list_item_get_item (item);
  /* id 0: a row gone since the list was read, blank until the refresh */
  g_autofree char *text = thanrak_record_get_id (record) > 0 ? format_value (column, record) : NULL;

  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (item)), text);
}

/* Sorting -------------------------------------------------------------- */

/* GTK 4.8 does not say which column the view sorts by: each column's
 * sorter remembers that it was asked first, see sorter_changed_cb(). */
static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  Column *column = user_data;

  column->view->probed_field = column->field;
  return a == b ? GTK_ORDERING_EQUAL : GTK_ORDERING_SMALLER;
}

static void
sorter_changed_cb (ThanrakListView *self,
                   GtkSorterChange  change,
                   GtkSorter       *sorter)
{
  GtkOrdering order;

  if (self->model == NULL)
    return;
  self->probed_field = NULL;
  order = gtk_sorter_compare (sorter, self->probe[0], self->probe[1]);
  if (order == GTK_ORDERING_EQUAL)
    thanrak_record_list_model_set_sort (self->model, NULL, FALSE);
  else
    thanrak_record_list_model_set_sort (self->model, self->probed_field, order == GTK_ORDERING_LARGER);
}

/* Width in pixels of @text in @widget's font */
static int
text_width (GtkWidget  *widget,
            const char *text)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* A column's width: its title (with room for the sort arrow) or its
 * values, whichever is wider. Values are measured by what they are:
 * numbers in digits, dates as a whole date, text in Thai characters. */
static int
column_width (ThanrakListView     *self,
              const char          *title,
              ThanrakColumnFormat  format,
              int                  width_chars,
              gboolean             expand)
{
  GtkWidget *widget = GTK_WIDGET (self->column_view);
  int title_width = text_width (widget, title) + 28;
  int values;

  switch (format)
    {
    case THANRAK_COLUMN_NUMBER:
      values = text_width (widget, "00000000");
      break;
    case THANRAK_COLUMN_BAHT:
      values = text_width (widget, "000,000,000.00");
      break;
    case THANRAK_COLUMN_DATE_BE:
      values = text_width (widget, "30/12/2567");
      break;
    case THANRAK_COLUMN_TEXT:
    case THANRAK_COLUMN_ENUM:
    case THANRAK_COLUMN_DISTRICT:
    default:
      {
        /* Thai text of names, marks above and below the line included;
         * a column that takes the room left starts narrower */
        static const char sample[] = "กลุ่มผู้ผลิตชุมชนบ้านหนองหว้า";

        values = text_width (widget, sample) * (expand ? MIN (width_chars, 16) : width_chars) /
                 (int) g_utf8_strlen (sample, -1);
      }
      break;
    }
  return MAX (title_width, values + 16);
}

/**
 * thanrak_list_view_add_column:
 * @self: a #ThanrakListView
 * @title: the column title (translated)
 * @field: the record field shown and sorted by, e.g. `name`
 * @format: how the value is shown
 * @width_chars: the column's width in Thai characters, about, for text;
 *   numbers and dates are as wide as their values or their title
 * @expand: whether the column takes the room left
 *
 * Adds a sortable column. Each column is as wide as its title or its
 * values; the one that expands takes the room left, and longer values
 * end in an ellipsis. Every column can be resized by dragging its
 * header's edge.
 */
void
thanrak_list_view_add_column (ThanrakListView     *self,
                              const char          *title,
                              const char          *field,
                              ThanrakColumnFormat  format,
                              int                  width_chars,
                              gboolean             expand)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;
  g_autoptr(GtkSorter) sorter = NULL;
  Column *column = g_new0 (Column, 1);

  g_return_if_fail (THANRAK_IS_LIST_VIEW (self));

  column->view = self;
  column->field = g_strdup (field);
  column->format = format;
  g_ptr_array_add (self->columns, column);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), column);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), column);
  view_column = gtk_column_view_column_new (title, g_steal_pointer (&factory));
  sorter = GTK_SORTER (gtk_custom_sorter_new (probe_compare, column, NULL));
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_fixed_width (view_column, column_width (self, title, format, width_chars, expand));
  gtk_column_view_append_column (self->column_view, view_column);
}

/**
 * thanrak_list_view_add_tool:
 * @self: a #ThanrakListView
 * @tool: a button or another small widget
 *
 * Puts @tool at the end of the bar above the list.
 */
void
thanrak_list_view_add_tool (ThanrakListView *self,
                            GtkWidget       *tool)
{
  g_return_if_fail (THANRAK_IS_LIST_VIEW (self));

  gtk_box_append (self->toolbar, tool);
}

/* Search and districts ------------------------------------------------- */

static void
search_changed_cb (ThanrakListView *self,
                   GtkSearchEntry  *entry)
{
  if (self->model != NULL)
    thanrak_record_list_model_set_text (self->model, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
district_changed_cb (ThanrakListView *self)
{
  guint i = gtk_drop_down_get_selected (self->district_dropdown);

  if (self->model == NULL || self->district_codes == NULL)
    return;
  thanrak_record_list_model_set_district_code (self->model,
                                               i < self->district_codes->len ? g_ptr_array_index (self->district_codes, i) : NULL);
}

/* Fills the district filter: every district, with its province. */
static void
load_districts (ThanrakListView *self)
{
  g_autoptr(GPtrArray) provinces = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;

  g_hash_table_remove_all (self->district_names);
  g_clear_pointer (&self->district_codes, g_ptr_array_unref);
  self->district_codes = g_ptr_array_new_with_free_func (g_free);

  gtk_string_list_append (names, _("All districts"));
  g_ptr_array_add (self->district_codes, NULL);

  provinces = thanrak_store_list_places (self->store, NULL, &error);
  for (guint i = 0; provinces != NULL && i < provinces->len; i++)
    {
      ThanrakPlace *province = g_ptr_array_index (provinces, i);
      g_autoptr(GPtrArray) districts = thanrak_store_list_places (self->store, province->code, NULL);

      for (guint j = 0; districts != NULL && j < districts->len; j++)
        {
          ThanrakPlace *district = g_ptr_array_index (districts, j);
          g_autofree char *label = g_strdup_printf ("%s (%s)", district->name_th, province->name_th);

          g_hash_table_insert (self->district_names, g_strdup (district->code), g_strdup (district->name_th));
          gtk_string_list_append (names, label);
          g_ptr_array_add (self->district_codes, g_strdup (district->code));
        }
    }
  if (error != NULL)
    g_message ("Cannot list the districts: %s", error->message);

  gtk_drop_down_set_model (self->district_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->district_dropdown, 0);
}

static gboolean
load_districts_idle (gpointer data)
{
  ThanrakListView *self = data;

  if (self->store != NULL)
    {
      load_districts (self);
      /* rows shown with district codes get their names */
      if (self->model != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0)
        thanrak_record_list_model_refresh (self->model);
    }
  return G_SOURCE_REMOVE;
}

/**
 * thanrak_list_view_get_district_code:
 * @self: a #ThanrakListView
 *
 * Returns: (nullable): the district the list is filtered by, %NULL for all
 */
const char *
thanrak_list_view_get_district_code (ThanrakListView *self)
{
  guint i;

  g_return_val_if_fail (THANRAK_IS_LIST_VIEW (self), NULL);

  i = gtk_drop_down_get_selected (self->district_dropdown);
  if (self->district_codes == NULL || i >= self->district_codes->len)
    return NULL;
  return g_ptr_array_index (self->district_codes, i);
}

/**
 * thanrak_list_view_district_name:
 * @self: a #ThanrakListView with a store
 * @code: (nullable): a DOPA 4-digit district code
 *
 * Returns: (transfer none): the district's Thai name, or @code when it is
 *   not in the reference set, or "" for %NULL
 */
const char *
thanrak_list_view_district_name (ThanrakListView *self,
                                 const char      *code)
{
  const char *name;

  g_return_val_if_fail (THANRAK_IS_LIST_VIEW (self), NULL);

  if (code == NULL)
    return "";
  name = g_hash_table_lookup (self->district_names, code);
  return name != NULL ? name : code;
}

/* Rows ----------------------------------------------------------------- */

static void
update_count (ThanrakListView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  const GError *error = thanrak_record_list_model_get_error (self->model);
  g_autofree char *text = NULL;

  if (error != NULL)
    gtk_label_set_text (self->count_label, error->message);
  else if (thanrak_record_list_model_get_loading (self->model))
    gtk_label_set_text (self->count_label, _("Searching…"));
  else
    {
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u record", "%u records", n), n);
      gtk_label_set_text (self->count_label, text);
    }
}

/* A new search or sort: the new rows are in front of the old ones.
 * Showing the first row now lets GTK bind the new rows to the row
 * widgets of the old ones, instead of destroying some 200 rows of cells
 * with the old rows and making new ones. */
static void
replacing_cb (ThanrakListView *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", 0);
}

static void
selection_changed_cb (ThanrakListView *self)
{
  g_signal_emit (self, signals[RECORD_SELECTED], 0, thanrak_list_view_get_selected (self));
}

/* Records written by another connection (an import): read them again. */
static void
records_changed_cb (ThanrakListView *self,
                    GType            record_type,
                    ThanrakStore    *store)
{
  if (store == self->store && g_type_is_a (record_type, self->record_type))
    thanrak_list_view_refresh (self);
}

/**
 * thanrak_list_view_set_store:
 * @self: a #ThanrakListView
 * @store: the open store
 * @record_type: the type of the records listed, e.g. %THANRAK_TYPE_OPERATOR
 *
 * Lists the records of @record_type in @store; the count runs in a
 * thread.
 */
void
thanrak_list_view_set_store (ThanrakListView *self,
                             ThanrakStore    *store,
                             GType            record_type)
{
  g_return_if_fail (THANRAK_IS_LIST_VIEW (self));
  g_return_if_fail (THANRAK_IS_STORE (store));

  if (self->store == store && self->record_type == record_type)
    return;
  if (g_set_object (&self->store, store))
    g_signal_connect_object (store, "records-changed", G_CALLBACK (records_changed_cb), self, G_CONNECT_SWAPPED);
  self->record_type = record_type;

  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = g_ptr_array_index (self->columns, i);
      GParamSpec *pspec = g_object_class_find_property (g_type_class_peek (record_type), column->field);

      if (column->format == THANRAK_COLUMN_ENUM && pspec != NULL)
        column->enum_type = G_PARAM_SPEC_VALUE_TYPE (pspec);
    }

  /* after the first frame: the filter is not needed to show the list */
  g_idle_add_full (G_PRIORITY_LOW, load_districts_idle, g_object_ref (self), g_object_unref);

  g_clear_object (&self->model);
  self->model = thanrak_record_list_model_new (store, record_type);
  g_signal_connect_object (self->model, "notify::loading", G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "items-changed", G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "replacing", G_CALLBACK (replacing_cb), self, G_CONNECT_SWAPPED);

  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_object_unref (self->selection);

  thanrak_record_list_model_refresh (self->model);
}

/**
 * thanrak_list_view_get_model:
 * @self: a #ThanrakListView
 *
 * Returns: (transfer none) (nullable): the #ThanrakRecordListModel listed
 */
GListModel *
thanrak_list_view_get_model (ThanrakListView *self)
{
  g_return_val_if_fail (THANRAK_IS_LIST_VIEW (self), NULL);

  return G_LIST_MODEL (self->model);
}

/**
 * thanrak_list_view_get_selected:
 * @self: a #ThanrakListView
 *
 * Returns: (transfer none) (nullable): the record selected
 */
ThanrakRecord *
thanrak_list_view_get_selected (ThanrakListView *self)
{
  g_return_val_if_fail (THANRAK_IS_LIST_VIEW (self), NULL);

  if (self->selection == NULL)
    return NULL;
  return gtk_single_selection_get_selected_item (self->selection);
}

/**
 * thanrak_list_view_unselect:
 * @self: a #ThanrakListView
 *
 * Selects no row.
 */
void
thanrak_list_view_unselect (ThanrakListView *self)
{
  g_return_if_fail (THANRAK_IS_LIST_VIEW (self));

  if (self->selection != NULL)
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

/**
 * thanrak_list_view_refresh:
 * @self: a #ThanrakListView
 *
 * Counts and reads the rows again, after a record was saved or deleted.
 */
void
thanrak_list_view_refresh (ThanrakListView *self)
{
  g_return_if_fail (THANRAK_IS_LIST_VIEW (self));

  if (self->model != NULL)
    thanrak_record_list_model_refresh (self->model);
}

/**
 * thanrak_list_view_focus_search:
 * @self: a #ThanrakListView
 *
 * Moves the keyboard focus to the search entry.
 */
void
thanrak_list_view_focus_search (ThanrakListView *self)
{
  g_return_if_fail (THANRAK_IS_LIST_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * thanrak_list_view_set_search:
 * @self: a #ThanrakListView
 * @text: the text to search for
 *
 * Searches at once, without the entry's typing delay (benchmarks, tests).
 */
void
thanrak_list_view_set_search (ThanrakListView *self,
                              const char      *text)
{
  g_return_if_fail (THANRAK_IS_LIST_VIEW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  if (self->model != NULL)
    thanrak_record_list_model_set_text (self->model, text);
}

/**
 * thanrak_list_view_sort_by:
 * @self: a #ThanrakListView
 * @field: the field of one of the columns
 * @descending: from the highest value
 *
 * Sorts by that column, as clicking its header does.
 */
void
thanrak_list_view_sort_by (ThanrakListView *self,
                           const char      *field,
                           gboolean         descending)
{
  GListModel *columns;

  g_return_if_fail (THANRAK_IS_LIST_VIEW (self));

  columns = gtk_column_view_get_columns (self->column_view);
  for (guint i = 0; i < self->columns->len; i++)
    if (g_str_equal (((Column *) g_ptr_array_index (self->columns, i))->field, field))
      {
        g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
        gtk_column_view_sort_by_column (self->column_view, column,
                                        descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
      }
}

static void
thanrak_list_view_dispose (GObject *object)
{
  ThanrakListView *self = THANRAK_LIST_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), THANRAK_TYPE_LIST_VIEW);
  /* the template's children without an id too */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->model);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (thanrak_list_view_parent_class)->dispose (object);
}

static void
thanrak_list_view_finalize (GObject *object)
{
  ThanrakListView *self = THANRAK_LIST_VIEW (object);

  g_ptr_array_unref (self->columns);
  g_hash_table_unref (self->district_names);
  g_clear_pointer (&self->district_codes, g_ptr_array_unref);
  g_clear_object (&self->probe[0]);
  g_clear_object (&self->probe[1]);

  G_OBJECT_CLASS (thanrak_list_view_parent_class)->finalize (object);
}

static void
thanrak_list_view_class_init (ThanrakListViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = thanrak_list_view_dispose;
  object_class->finalize = thanrak_list_view_finalize;

  /**
   * ThanrakListView::record-selected:
   * @self: the list
   * @record: (nullable): the record selected, %NULL for none
   *
   * A row was selected or unselected.
   */
  signals[RECORD_SELECTED] =
    g_signal_new ("record-selected",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, THANRAK_TYPE_RECORD);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/thanrak-list-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ThanrakListView, toolbar);
  gtk_widget_class_bind_template_child (widget_class, ThanrakListView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ThanrakListView, district_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ThanrakListView, column_view);
  gtk_widget_class_bind_template_child (widget_class, ThanrakListView, count_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, district_changed_cb);
}

static void
thanrak_list_view_init (ThanrakListView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  self->columns = g_ptr_array_new_with_free_func (column_free);
  self->district_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->probe[0] = g_object_new (G_TYPE_OBJECT, NULL);
  self->probe[1] = g_object_new (G_TYPE_OBJECT, NULL);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (sorter_changed_cb), self, G_CONNECT_SWAPPED);
}
