/* thanrak-record-list-model.c: a lazy list of stored records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "thanrak-record-list-model.h"

/**
 * ThanrakRecordListModel:
 *
 * A #GListModel of the records of one type in a #ThanrakStore, selected
 * and sorted by SQLite. It knows the number of rows from a COUNT query and
 * makes record objects only for the rows asked for, reading pages of
 * %THANRAK_RECORD_LIST_PAGE_SIZE rows (ORDER BY … LIMIT … OFFSET …) and
 * keeping the last %MAX_PAGES of them.
 *
 * Changing the sort, the search text, the district or the parent starts a
 * new count and first page in a thread, on a read connection of its own
 * to the same file (SQLite WAL lets it read while the window writes);
 * #GListModel::items-changed is emitted on the main thread when they are
 * ready, and #ThanrakRecordListModel:loading tells when one is running.
 * A store without a file (`:memory:`) is read on the calling thread.
 */

/* Pages kept in memory: a screenful needs one or two. */
#define MAX_PAGES 8

typedef struct
{
  char     *order_by;
  gboolean  descending;
  char     *text;
  char     *district_code;
  char     *parent_field;
  gint64    parent_id;
} Params;

/* The read connection of the loading threads, opened by the first. */
typedef struct
{
  GMutex        lock;
  char         *path;
  ThanrakStore *store;
} Reader;

typedef struct
{
  Reader    *reader;
  GType      type;
  Params     params;
  guint      generation;
  gint64     count;
  GPtrArray *first_page;
} LoadData;

struct _ThanrakRecordListModel
{
  GObject parent_instance;

  ThanrakStore *store;
  GType         record_type;
  Reader       *reader;

  Params        wanted;   /* what the next load selects */
  Params        active;   /* what n_items and the pages were read with */

  guint         n_items;
  GHashTable   *pages;    /* page number -> GPtrArray of records */
  GQueue        recent;   /* page numbers, most recent first */
  guint         page_loads;
  guint         generation;
  gboolean      loading;
  GError       *error;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ThanrakRecordListModel, thanrak_record_list_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_RECORD_TYPE,
  PROP_N_ITEMS,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
params_clear (Params *p)
{
  g_clear_pointer (&p->order_by, g_free);
  g_clear_pointer (&p->text, g_free);
  g_clear_pointer (&p->district_code, g_free);
  g_clear_pointer (&p->parent_field, g_free);
  p->descending = FALSE;
  p->parent_id = 0;
}

static void
params_copy (Params       *to,
             const Params *from)
{
  params_clear (to);
  to->order_by = g_strdup (from->order_by);
  to->descending = from->descending;
  to->text = g_strdup (from->text);
  to->district_code = g_strdup (from->district_code);
  to->parent_field = g_strdup (from->parent_field);
  to->parent_id = from->parent_id;
}

static void
params_to_query (const Params      *p,
                 ThanrakStoreQuery *q)
{
  q->order_by = p->order_by;
  q->descending = p->descending;
  q->text = p->text;
  q->district_code = p->district_code;
  q->parent_field = p->parent_field;
  q->parent_id = p->parent_id;
}

static void
reader_free (gpointer data)
{
  Reader *reader = data;

  g_mutex_clear (&reader->lock);
  g_free (reader->path);
  g_clear_object (&reader->store);
}

static void
load_data_free (gpointer data)
{
  LoadData *d = data;

  g_atomic_rc_box_release_full (d->reader, reader_free);
  params_clear (&d->params);
  g_clear_pointer (&d->first_page, g_ptr_array_unref);
  g_free (d);
}

/* Counts and reads the first page with @store. */
static gboolean
load (ThanrakStore  *store,
      LoadData      *d,
      GError       **error)
{
  ThanrakStoreQuery q = { 0 };

  params_to_query (&d->params, &q);
  d->count = thanrak_store_count (store, d->type, &q, error);
  if (d->count < 0)
    return FALSE;
  q.limit = THANRAK_RECORD_LIST_PAGE_SIZE;
  d->first_page = thanrak_store_list (store, d->type, &q, error);
  return d->first_page != NULL;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *d = task_data;
  GError *error = NULL;
  gboolean ok;

  g_mutex_lock (&d->reader->lock);
  if (d->reader->store == NULL)
    d->reader->store = thanrak_store_new (d->reader->path, &error);
  ok = d->reader->store != NULL && load (d->reader->store, d, &error);
  g_mutex_unlock (&d->reader->lock);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
clear_pages (ThanrakRecordListModel *self)
{
  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->recent);
}

static void
keep_page (ThanrakRecordListModel *self,
           guint                   page,
           GPtrArray              *records)
{
  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), g_ptr_array_ref (records));
  g_queue_remove (&self->recent, GUINT_TO_POINTER (page));
  g_queue_push_head (&self->recent, GUINT_TO_POINTER (page));
  while (g_queue_get_length (&self->recent) > MAX_PAGES)
    g_hash_table_remove (self->pages, g_queue_pop_tail (&self->recent));
}

static void
set_loading (ThanrakRecordListModel *self,
             gboolean                loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* Takes the result of a load on the main thread. */
static void
apply_load (ThanrakRecordListModel *self,
            LoadData               *d,
            GError                 *error)
{
  guint old_n = self->n_items;

  g_clear_error (&self->error);
  clear_pages (self);
  params_copy (&self->active, &d->params);
  if (error != NULL)
    {
      self->error = error;
      self->n_items = 0;
    }
  else
    {
      self->n_items = (guint) d->count;
      self->page_loads++;
      keep_page (self, 0, d->first_page);
    }
  set_loading (self, FALSE);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->n_items);
  if (old_n != self->n_items)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
load_done (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  ThanrakRecordListModel *self = THANRAK_RECORD_LIST_MODEL (object);
  GTask *task = G_TASK (result);
  LoadData *d = g_task_get_task_data (task);
  GError *error = NULL;

  g_task_propagate_boolean (task, &error);
  if (d->generation != self->generation)
    {
      /* a newer load is running */
      g_clear_error (&error);
      return;
    }
  apply_load (self, d, error);
}

/**
 * thanrak_record_list_model_refresh:
 * @self: a #ThanrakRecordListModel
 *
 * Counts the records again and rereads the first page (after records were
 * saved or deleted, or the selection changed). The count runs in a thread
 * when the store has a file; #GListModel::items-changed follows on the
 * main thread, replacing every row.
 */
void
thanrak_record_list_model_refresh (ThanrakRecordListModel *self)
{
  g_autoptr(GTask) task = NULL;
  LoadData *d;

  g_return_if_fail (THANRAK_IS_RECORD_LIST_MODEL (self));

  d = g_new0 (LoadData, 1);
  d->reader = g_atomic_rc_box_acquire (self->reader);
  d->type = self->record_type;
  params_copy (&d->params, &self->wanted);
  d->generation = ++self->generation;

  task = g_task_new (self, NULL, load_done, NULL);
  g_task_set_source_tag (task, thanrak_record_list_model_refresh);
  g_task_set_task_data (task, d, load_data_free);

  if (self->reader->path == NULL)
    {
      GError *error = NULL;

      load (self->store, d, &error);
      apply_load (self, d, error);
      return;
    }
  set_loading (self, TRUE);
  g_task_run_in_thread (task, load_thread);
}

static GType
thanrak_record_list_model_get_item_type (GListModel *model)
{
  return THANRAK_RECORD_LIST_MODEL (model)->record_type;
}

static guint
thanrak_record_list_model_get_n_items (GListModel *model)
{
  return THANRAK_RECORD_LIST_MODEL (model)->n_items;
}

static GPtrArray *
get_page (ThanrakRecordListModel *self,
          guint                   page)
{
  ThanrakStoreQuery q = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  GPtrArray *cached = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));

  if (cached != NULL)
    {
      if (g_queue_peek_head (&self->recent) != GUINT_TO_POINTER (page))
        {
          g_queue_remove (&self->recent, GUINT_TO_POINTER (page));
          g_queue_push_head (&self->recent, GUINT_TO_POINTER (page));
        }
      return cached;
    }

  params_to_query (&self->active, &q);
  q.limit = THANRAK_RECORD_LIST_PAGE_SIZE;
  q.offset = page * THANRAK_RECORD_LIST_PAGE_SIZE;
  records = thanrak_store_list (self->store, self->record_type, &q, &error);
  if (records == NULL)
    {
      g_message ("Cannot read page %u of the list: %s", page, error->message);
      records = g_ptr_array_new_with_free_func (g_object_unref);
    }
  self->page_loads++;
  keep_page (self, page, records);
  return records;
}

static gpointer
thanrak_record_list_model_get_item (GListModel *model,
                                    guint       position)
{
  ThanrakRecordListModel *self = THANRAK_RECORD_LIST_MODEL (model);
  GPtrArray *records;
  guint i = position % THANRAK_RECORD_LIST_PAGE_SIZE;

  if (position >= self->n_items)
    return NULL;
  records = get_page (self, position / THANRAK_RECORD_LIST_PAGE_SIZE);
  if (i < records->len)
    return g_object_ref (g_ptr_array_index (records, i));
  /* The file changed since it was counted: an empty row until the
   * next refresh. */
  return g_object_new (self->record_type, NULL);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = thanrak_record_list_model_get_item_type;
  iface->get_n_items = thanrak_record_list_model_get_n_items;
  iface->get_item = thanrak_record_list_model_get_item;
}

static void
thanrak_record_list_model_constructed (GObject *object)
{
  ThanrakRecordListModel *self = THANRAK_RECORD_LIST_MODEL (object);
  const char *path;

  G_OBJECT_CLASS (thanrak_record_list_model_parent_class)->constructed (object);

  g_return_if_fail (THANRAK_IS_STORE (self->store));
  g_return_if_fail (g_type_is_a (self->record_type, THANRAK_TYPE_RECORD));

  path = thanrak_store_get_path (self->store);
  self->reader = g_atomic_rc_box_new0 (Reader);
  g_mutex_init (&self->reader->lock);
  if (path != NULL && g_file_test (path, G_FILE_TEST_IS_REGULAR))
    self->reader->path = g_strdup (path);
}

static void
thanrak_record_list_model_finalize (GObject *object)
{
  ThanrakRecordListModel *self = THANRAK_RECORD_LIST_MODEL (object);

  g_clear_object (&self->store);
  if (self->reader != NULL)
    g_atomic_rc_box_release_full (self->reader, reader_free);
  params_clear (&self->wanted);
  params_clear (&self->active);
  g_queue_clear (&self->recent);
  g_hash_table_unref (self->pages);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (thanrak_record_list_model_parent_class)->finalize (object);
}

static void
thanrak_record_list_model_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  ThanrakRecordListModel *self = THANRAK_RECORD_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_RECORD_TYPE:
      g_value_set_gtype (value, self->record_type);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->n_items);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
thanrak_record_list_model_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  ThanrakRecordListModel *self = THANRAK_RECORD_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_RECORD_TYPE:
      self->record_type = g_value_get_gtype (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
thanrak_record_list_model_class_init (ThanrakRecordListModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = thanrak_record_list_model_constructed;
  object_class->finalize = thanrak_record_list_model_finalize;
  object_class->get_property = thanrak_record_list_model_get_property;
  object_class->set_property = thanrak_record_list_model_set_property;

  /**
   * ThanrakRecordListModel:store:
   *
   * The store the records are read from.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, THANRAK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * ThanrakRecordListModel:record-type:
   *
   * The type of the records listed, a #ThanrakRecord subtype.
   */
  properties[PROP_RECORD_TYPE] =
    g_param_spec_gtype ("record-type", NULL, NULL, THANRAK_TYPE_RECORD,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * ThanrakRecordListModel:n-items:
   *
   * The number of records selected.
   */
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ThanrakRecordListModel:loading:
   *
   * Whether a count is running in a thread.
   */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
thanrak_record_list_model_init (ThanrakRecordListModel *self)
{
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_queue_init (&self->recent);
}

/**
 * thanrak_record_list_model_new:
 * @store: the open store
 * @record_type: a #ThanrakRecord subtype the store keeps, e.g.
 *   %THANRAK_TYPE_OPERATOR
 *
 * Creates an empty list of the records of @record_type, sorted by id;
 * call thanrak_record_list_model_refresh() (or a setter) to count them.
 *
 * Returns: (transfer full): a new #ThanrakRecordListModel
 */
ThanrakRecordListModel *
thanrak_record_list_model_new (ThanrakStore *store,
                               GType         record_type)
{
  g_return_val_if_fail (THANRAK_IS_STORE (store), NULL);

  return g_object_new (THANRAK_TYPE_RECORD_LIST_MODEL,
                       "store", store,
                       "record-type", record_type,
                       NULL);
}

/**
 * thanrak_record_list_model_get_store:
 * @self: a #ThanrakRecordListModel
 *
 * Returns: (transfer none): the store read from
 */
ThanrakStore *
thanrak_record_list_model_get_store (ThanrakRecordListModel *self)
{
  g_return_val_if_fail (THANRAK_IS_RECORD_LIST_MODEL (self), NULL);

  return self->store;
}

/**
 * thanrak_record_list_model_get_record_type:
 * @self: a #ThanrakRecordListModel
 *
 * Returns: the type of the records listed
 */
GType
thanrak_record_list_model_get_record_type (ThanrakRecordListModel *self)
{
  g_return_val_if_fail (THANRAK_IS_RECORD_LIST_MODEL (self), G_TYPE_INVALID);

  return self->record_type;
}

/**
 * thanrak_record_list_model_set_sort:
 * @self: a #ThanrakRecordListModel
 * @order_by: (nullable): a field of the record type, e.g. `name`; %NULL
 *   for the order the records were created
 * @descending: from the highest value
 *
 * Sorts the list in SQLite (then by id) and refreshes it. An unknown
 * field leaves the list empty with thanrak_record_list_model_get_error()
 * set (%THANRAK_STORE_ERROR_INVALID).
 */
void
thanrak_record_list_model_set_sort (ThanrakRecordListModel *self,
                                    const char             *order_by,
                                    gboolean                descending)
{
  g_return_if_fail (THANRAK_IS_RECORD_LIST_MODEL (self));

  if (g_strcmp0 (order_by, self->wanted.order_by) == 0 && !descending == !self->wanted.descending)
    return;
  g_free (self->wanted.order_by);
  self->wanted.order_by = g_strdup (order_by);
  self->wanted.descending = !!descending;
  thanrak_record_list_model_refresh (self);
}

/**
 * thanrak_record_list_model_get_order_by:
 * @self: a #ThanrakRecordListModel
 *
 * Returns: (nullable): the field sorted by, %NULL for the id
 */
const char *
thanrak_record_list_model_get_order_by (ThanrakRecordListModel *self)
{
  g_return_val_if_fail (THANRAK_IS_RECORD_LIST_MODEL (self), NULL);

  return self->wanted.order_by;
}

/**
 * thanrak_record_list_model_get_descending:
 * @self: a #ThanrakRecordListModel
 *
 * Returns: whether the list is sorted from the highest value
 */
gboolean
thanrak_record_list_model_get_descending (ThanrakRecordListModel *self)
{
  g_return_val_if_fail (THANRAK_IS_RECORD_LIST_MODEL (self), FALSE);

  return self->wanted.descending;
}

/* Sets a string parameter; returns whether it changed. */
static gboolean
set_param (char       **param,
           const char  *value)
{
  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (*param, value) == 0)
    return FALSE;
  g_free (*param);
  *param = g_strdup (value);
  return TRUE;
}

/**
 * thanrak_record_list_model_set_text:
 * @self: a #ThanrakRecordListModel
 * @text: (nullable): text the name must contain (Thai substrings work, also
 *   of one or two characters); %NULL or empty for all
 *
 * Selects the records by their name and refreshes the list.
 */
void
thanrak_record_list_model_set_text (ThanrakRecordListModel *self,
                                    const char             *text)
{
  g_return_if_fail (THANRAK_IS_RECORD_LIST_MODEL (self));

  if (set_param (&self->wanted.text, text))
    thanrak_record_list_model_refresh (self);
}

/**
 * thanrak_record_list_model_get_text:
 * @self: a #ThanrakRecordListModel
 *
 * Returns: (nullable): the search text
 */
const char *
thanrak_record_list_model_get_text (ThanrakRecordListModel *self)
{
  g_return_val_if_fail (THANRAK_IS_RECORD_LIST_MODEL (self), NULL);

  return self->wanted.text;
}

/**
 * thanrak_record_list_model_set_district_code:
 * @self: a #ThanrakRecordListModel
 * @district_code: (nullable): a DOPA 4-digit district code; %NULL or empty
 *   for every district
 *
 * Selects the records of one district and refreshes the list.
 */
void
thanrak_record_list_model_set_district_code (ThanrakRecordListModel *self,
                                             const char             *district_code)
{
  g_return_if_fail (THANRAK_IS_RECORD_LIST_MODEL (self));

  if (set_param (&self->wanted.district_code, district_code))
    thanrak_record_list_model_refresh (self);
}

/**
 * thanrak_record_list_model_get_district_code:
 * @self: a #ThanrakRecordListModel
 *
 * Returns: (nullable): the district selected by
 */
const char *
thanrak_record_list_model_get_district_code (ThanrakRecordListModel *self)
{
  g_return_val_if_fail (THANRAK_IS_RECORD_LIST_MODEL (self), NULL);

  return self->wanted.district_code;
}

/**
 * thanrak_record_list_model_set_parent:
 * @self: a #ThanrakRecordListModel
 * @parent_field: (nullable): a reference field such as `operator-id`;
 *   %NULL for no parent
 * @parent_id: the id it must hold
 *
 * Selects the children of one record (the products of an operator) and
 * refreshes the list.
 */
void
thanrak_record_list_model_set_parent (ThanrakRecordListModel *self,
                                      const char             *parent_field,
                                      gint64                  parent_id)
{
  g_return_if_fail (THANRAK_IS_RECORD_LIST_MODEL (self));

  if (g_strcmp0 (parent_field, self->wanted.parent_field) == 0 && parent_id == self->wanted.parent_id)
    return;
  g_free (self->wanted.parent_field);
  self->wanted.parent_field = g_strdup (parent_field);
  self->wanted.parent_id = parent_id;
  thanrak_record_list_model_refresh (self);
}

/**
 * thanrak_record_list_model_get_loading:
 * @self: a #ThanrakRecordListModel
 *
 * Returns: whether a count runs in a thread
 */
gboolean
thanrak_record_list_model_get_loading (ThanrakRecordListModel *self)
{
  g_return_val_if_fail (THANRAK_IS_RECORD_LIST_MODEL (self), FALSE);

  return self->loading;
}

/**
 * thanrak_record_list_model_get_error:
 * @self: a #ThanrakRecordListModel
 *
 * Returns: (nullable): why the last count failed (a %THANRAK_STORE_ERROR),
 *   %NULL when it did not
 */
const GError *
thanrak_record_list_model_get_error (ThanrakRecordListModel *self)
{
  g_return_val_if_fail (THANRAK_IS_RECORD_LIST_MODEL (self), NULL);

  return self->error;
}

/**
 * thanrak_record_list_model_get_page_loads:
 * @self: a #ThanrakRecordListModel
 *
 * Returns: how many pages were read from the store so far (first pages
 *   included): to check that only the pages asked for are read
 */
guint
thanrak_record_list_model_get_page_loads (ThanrakRecordListModel *self)
{
  g_return_val_if_fail (THANRAK_IS_RECORD_LIST_MODEL (self), 0);

  return self->page_loads;
}

/**
 * thanrak_record_list_model_is_page_cached:
 * @self: a #ThanrakRecordListModel
 * @page: a page number (rows @page × %THANRAK_RECORD_LIST_PAGE_SIZE on)
 *
 * Returns: whether the records of @page are held in memory
 */
gboolean
thanrak_record_list_model_is_page_cached (ThanrakRecordListModel *self,
                                          guint                   page)
{
  g_return_val_if_fail (THANRAK_IS_RECORD_LIST_MODEL (self), FALSE);

  return g_hash_table_contains (self->pages, GUINT_TO_POINTER (page));
}
