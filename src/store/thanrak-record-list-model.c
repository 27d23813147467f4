/* thanrak-record-list-model.c: a lazy list of stored records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "thanrak-record-list-model.h"
#include "thanrak-store-private.h"

/**
 * ThanrakRecordListModel:
 *
 * A #GListModel of the records of one type in a #ThanrakStore, selected
 * and sorted by SQLite. A load reads the ids of the records selected, in
 * their order (one query that the indexes answer, see schema 3), and the
 * first page of records; the number of ids is the number of items. Other
 * rows are made into record objects only when asked for, a page of
 * %THANRAK_RECORD_LIST_PAGE_SIZE at a time read by their ids (primary key
 * look-ups: as quick at the end of the list as at its start), and the
 * last %MAX_PAGES pages are kept.
 *
 * Changing the sort, the search text, the district or the parent starts a
 * new load in a thread, on a read connection of its own to the same file
 * (SQLite WAL lets it read while the window writes); a newer load stops
 * an older one still running. #GListModel::items-changed is emitted on
 * the main thread when it is done, and #ThanrakRecordListModel:loading
 * tells when one is running. A store without a file (`:memory:`) is read
 * on the calling thread.
 *
 * How the rows change matters to a #GtkListView at national size. When
 * an items-changed removes a row the view follows (the one at the top,
 * the focused or the selected one), GTK 4.8 looks for that row's item
 * among every row added, asking for each of them: 200,000 rows read for
 * one keystroke. And it destroys the row widgets of removed rows (it
 * keeps some 200 rows of cells) and makes new ones. So a new selection
 * (search, sort, district) replaces the rows in steps: the new rows are
 * added in front of the old ones (nothing removed, nothing searched),
 * #ThanrakRecordListModel::replacing lets the view show the first row
 * (its row widgets move to the new rows), then the old rows are removed
 * (no widgets left on them). While both are there, get_item() gives each
 * row as it is. A refresh of the same selection (after a save or a
 * deletion) changes only the rows whose ids changed, and reads again the
 * pages read before, so the view stays where it was.
 */

/* Pages kept in memory: a screenful needs one or two. */
#define MAX_PAGES 8

/* A refresh whose changed rows are more than this many is shown as a
 * new list rather than as a change in the middle of the old one. */
#define MAX_DIFF_ROWS (2 * THANRAK_RECORD_LIST_PAGE_SIZE)

/* SQLite virtual machine steps between two looks at whether a load is
 * still wanted. */
#define PROGRESS_STEPS 2000

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
  int           latest;   /* generation of the newest load (atomic) */
} Reader;

typedef struct
{
  Reader    *reader;
  GType      type;
  Params     params;
  int        generation;
  GArray    *ids;
  GPtrArray *first_page;
} LoadData;

struct _ThanrakRecordListModel
{
  GObject parent_instance;

  ThanrakStore *store;
  GType         record_type;
  Reader       *reader;

  Params        wanted;   /* what the next load selects */
  Params        active;   /* what the ids and the pages were read with */

  GArray       *ids;      /* gint64 row ids, in the list's order; NULL before a load */
  guint         n_items;
  guint         skip;     /* a row left out while a move is emitted, or G_MAXUINT */
  guint         split;    /* while new rows replace old ones: the number of */
  GArray       *old_ids;  /* new rows, in front of the old ones, and the old */
  GHashTable   *old_pages; /* ones' ids and pages */
  GHashTable   *pages;    /* page number -> GPtrArray of records */
  GQueue        recent;   /* page numbers, most recent first */
  guint         page_loads;
  int           generation;
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

enum {
  REPLACING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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

static gboolean
params_equal (const Params *a,
              const Params *b)
{
  return g_strcmp0 (a->order_by, b->order_by) == 0 &&
         !a->descending == !b->descending &&
         g_strcmp0 (a->text, b->text) == 0 &&
         g_strcmp0 (a->district_code, b->district_code) == 0 &&
         g_strcmp0 (a->parent_field, b->parent_field) == 0 &&
         a->parent_id == b->parent_id;
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
  g_clear_pointer (&d->ids, g_array_unref);
  g_clear_pointer (&d->first_page, g_ptr_array_unref);
  g_free (d);
}

/* Reads the records of page @page of @ids with @store. A record gone
 * since the ids were read is an empty record (id 0) until the next
 * refresh. */
static GPtrArray *
read_page (ThanrakStore *store,
           GType         type,
           GArray       *ids,
           guint         page)
{
  guint first = page * THANRAK_RECORD_LIST_PAGE_SIZE;
  guint last = MIN (first + THANRAK_RECORD_LIST_PAGE_SIZE, ids->len);
  GPtrArray *records = g_ptr_array_new_full (last > first ? last - first : 0, g_object_unref);
  /* one snapshot for the page, and SQLite's locks taken once */
  gboolean in_read = thanrak_store_begin_read (store, NULL);

  for (guint i = first; i < last; i++)
    {
      g_autoptr(GError) error = NULL;
      ThanrakRecord *record = thanrak_store_load (store, type, g_array_index (ids, gint64, i), &error);

      if (record == NULL)
        {
          if (!g_error_matches (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_NOT_FOUND))
            g_message ("Cannot read row %u of the list: %s", i, error->message);
          record = g_object_new (type, NULL);
        }
      g_ptr_array_add (records, record);
    }
  if (in_read)
    thanrak_store_end_read (store);
  return records;
}

/* Reads the ids and the first page with @store. */
static gboolean
load (ThanrakStore  *store,
      LoadData      *d,
      GError       **error)
{
  ThanrakStoreQuery q = { 0 };
  gboolean in_read = thanrak_store_begin_read (store, NULL);

  params_to_query (&d->params, &q);
  d->ids = _thanrak_store_list_ids (store, d->type, &q, error);
  if (d->ids != NULL)
    d->first_page = read_page (store, d->type, d->ids, 0);
  if (in_read)
    thanrak_store_end_read (store);
  return d->ids != NULL;
}

/* SQLite's progress handler: stops a load that a newer one replaced. */
static int
load_progress_cb (gpointer data)
{
  LoadData *d = data;

  return g_atomic_int_get (&d->reader->latest) != d->generation;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *d = task_data;
  GError *error = NULL;
  gboolean ok = FALSE;

  g_mutex_lock (&d->reader->lock);
  if (g_atomic_int_get (&d->reader->latest) != d->generation)
    {
      /* replaced while it waited: its result is not looked at */
      g_mutex_unlock (&d->reader->lock);
      g_task_return_boolean (task, FALSE);
      return;
    }
  if (d->reader->store == NULL)
    d->reader->store = thanrak_store_new (d->reader->path, &error);
  if (d->reader->store != NULL)
    {
      sqlite3_progress_handler (d->reader->store->db, PROGRESS_STEPS, load_progress_cb, d);
      ok = load (d->reader->store, d, &error);
      sqlite3_progress_handler (d->reader->store->db, 0, NULL, NULL);
    }
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

static void
emit (ThanrakRecordListModel *self,
      guint                   position,
      guint                   removed,
      guint                   added)
{
  if (removed > 0 || added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

/* The new rows come in front of the old ones, ::replacing lets a view
 * show them, then the old rows go: see the class comment. @old_ids and
 * @old_pages are the old rows'. */
static void
emit_replace (ThanrakRecordListModel *self,
              guint                   old_n,
              GArray                 *old_ids,
              GHashTable             *old_pages)
{
  guint new_n = self->n_items;

  if (old_n == 0 || new_n == 0 || old_ids == NULL)
    {
      emit (self, 0, old_n, new_n);
      return;
    }
  self->split = new_n;
  self->old_ids = old_ids;
  self->old_pages = old_pages;
  self->n_items = new_n + old_n;
  emit (self, 0, 0, new_n);
  g_signal_emit (self, signals[REPLACING], 0);
  self->n_items = new_n;
  self->split = G_MAXUINT;
  self->old_ids = NULL;
  self->old_pages = NULL;
  emit (self, new_n, old_n, 0);
}

/* A record moved from @from in the old list to @to in the new one: it
 * goes, then it comes. In between, the list is the new one without it. */
static void
emit_move (ThanrakRecordListModel *self,
           guint                   from,
           guint                   to)
{
  self->skip = to;
  self->n_items--;
  emit (self, from, 1, 0);
  self->skip = G_MAXUINT;
  self->n_items++;
  emit (self, to, 0, 1);
}

static gboolean
ids_equal (GArray *a,
           guint   a_from,
           GArray *b,
           guint   b_from,
           guint   n)
{
  return memcmp (&g_array_index (a, gint64, a_from), &g_array_index (b, gint64, b_from), n * sizeof (gint64)) == 0;
}

/* The same selection read again: emits the rows whose ids changed (one
 * record added, deleted or moved by a save), or the whole list when
 * many did; returns FALSE when it emitted the whole list. */
static gboolean
emit_difference (ThanrakRecordListModel *self,
                 GArray                 *old_ids,
                 GHashTable             *old_pages)
{
  GArray *new_ids = self->ids;
  guint old_n = old_ids->len, new_n = new_ids->len;
  guint prefix = 0, suffix = 0, old_mid, new_mid;

  while (prefix < old_n && prefix < new_n &&
         g_array_index (old_ids, gint64, prefix) == g_array_index (new_ids, gint64, prefix))
    prefix++;
  while (suffix < old_n - prefix && suffix < new_n - prefix &&
         g_array_index (old_ids, gint64, old_n - 1 - suffix) == g_array_index (new_ids, gint64, new_n - 1 - suffix))
    suffix++;
  old_mid = old_n - prefix - suffix;
  new_mid = new_n - prefix - suffix;

  if (old_mid == 0 && new_mid == 0)
    return TRUE;
  if (new_mid <= MAX_DIFF_ROWS)
    {
      emit (self, prefix, old_mid, new_mid);
      return TRUE;
    }
  /* one record moved far, as a save that changed the sorted field does */
  if (old_mid == new_mid &&
      g_array_index (old_ids, gint64, prefix) == g_array_index (new_ids, gint64, prefix + new_mid - 1) &&
      ids_equal (old_ids, prefix + 1, new_ids, prefix, new_mid - 1))
    {
      emit_move (self, prefix, prefix + new_mid - 1);
      return TRUE;
    }
  if (old_mid == new_mid &&
      g_array_index (old_ids, gint64, prefix + old_mid - 1) == g_array_index (new_ids, gint64, prefix) &&
      ids_equal (old_ids, prefix, new_ids, prefix + 1, new_mid - 1))
    {
      emit_move (self, prefix + old_mid - 1, prefix);
      return TRUE;
    }
  emit_replace (self, old_n, old_ids, old_pages);
  return FALSE;
}

/* Takes the result of a load on the main thread. */
static void
apply_load (ThanrakRecordListModel *self,
            LoadData               *d,
            GError                 *error)
{
  guint old_n = self->n_items;
  g_autoptr(GArray) old_ids = g_steal_pointer (&self->ids);
  gboolean same = old_ids != NULL && error == NULL && params_equal (&d->params, &self->active);
  g_autoptr(GList) shown = NULL;
  g_autoptr(GHashTable) old_pages = self->pages;

  /* the pages read before, to read again after a refresh */
  if (same)
    shown = g_list_copy (self->recent.head);
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
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
      self->ids = g_steal_pointer (&d->ids);
      self->n_items = self->ids->len;
      self->page_loads++;
      keep_page (self, 0, d->first_page);
    }
  set_loading (self, FALSE);

  if (!same)
    emit_replace (self, old_n, old_ids, old_pages);
  else if (emit_difference (self, old_ids, old_pages))
    {
      /* rows whose ids did not change may show other values */
      for (GList *l = shown; l != NULL; l = l->next)
        {
          guint first = GPOINTER_TO_UINT (l->data) * THANRAK_RECORD_LIST_PAGE_SIZE;

          if (first < self->n_items)
            emit (self, first, MIN (THANRAK_RECORD_LIST_PAGE_SIZE, self->n_items - first),
                  MIN (THANRAK_RECORD_LIST_PAGE_SIZE, self->n_items - first));
        }
    }
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
 * Reads the records again (after records were saved or deleted, or the
 * selection changed). The ids are read in a thread when the store has a
 * file; #GListModel::items-changed follows on the main thread: for a
 * new selection, every row is removed and then the new rows are added;
 * for the same selection, only the rows that changed.
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
  g_atomic_int_set (&self->reader->latest, d->generation);

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

  /* by primary key: a millisecond or two, at any depth of the list */
  records = read_page (self->store, self->record_type, self->ids, page);
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
  guint i;

  if (position >= self->n_items)
    return NULL;
  if (position >= self->split)
    {
      /* an old row, while the new ones replace them */
      guint p = position - self->split;
      GPtrArray *old = g_hash_table_lookup (self->old_pages, GUINT_TO_POINTER (p / THANRAK_RECORD_LIST_PAGE_SIZE));
      g_autoptr(GPtrArray) read = NULL;

      if (old == NULL)
        old = read = read_page (self->store, self->record_type, self->old_ids, p / THANRAK_RECORD_LIST_PAGE_SIZE);
      i = p % THANRAK_RECORD_LIST_PAGE_SIZE;
      return i < old->len ? g_object_ref (g_ptr_array_index (old, i)) : g_object_new (self->record_type, NULL);
    }
  if (position >= self->skip)
    position++;
  i = position % THANRAK_RECORD_LIST_PAGE_SIZE;
  records = get_page (self, position / THANRAK_RECORD_LIST_PAGE_SIZE);
  if (i < records->len)
    return g_object_ref (g_ptr_array_index (records, i));
  /* The file changed since the ids were read: an empty row until the
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
  g_clear_pointer (&self->ids, g_array_unref);
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

  /**
   * ThanrakRecordListModel::replacing:
   * @self: the list
   *
   * A new selection (search, sort, district) replaces the rows: the new
   * rows were just added in front of the old ones, which are removed
   * after this signal. A view scrolls to its first row now, so that it
   * shows the new rows with the row widgets that showed the old ones
   * (GTK 4.8 destroys the widgets of removed rows, some 200 rows of
   * cells, and makes new ones).
   */
  signals[REPLACING] =
    g_signal_new ("replacing", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
thanrak_record_list_model_init (ThanrakRecordListModel *self)
{
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->skip = G_MAXUINT;
  self->split = G_MAXUINT;
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
