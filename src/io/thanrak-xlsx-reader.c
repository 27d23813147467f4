/* thanrak-xlsx-reader.c: reading sheets of xlsx workbooks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The zip container is opened with libgsf (GsfInfileZip); its XML parts
 * are streamed through libxml2's xmlTextReader, reading from the zip
 * member through a callback that charges every uncompressed byte against
 * a budget of THANRAK_IO_MAX_EXPANSION times the file's size. Parts read:
 * _rels/.rels, the workbook and its relationships, the shared strings and
 * the chosen sheet (ECMA-376 Part 1, §12 and §18). The shared strings and
 * the sheet are read through a filter that marks invalid UTF-8, so that
 * it is reported with the row and column of the cell that holds it.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gsf/gsf.h>
#include <gsf/gsf-infile-impl.h>
#include <libxml/xmlreader.h>
#include <math.h>
#include <string.h>

#include "thanrak-io-error.h"
#include "thanrak-table-private.h"
#include "thanrak-xlsx-reader-private.h"

/* libgsf 1.14 has no autoptr cleanups for its types. */
#ifndef GSF_HAS_AUTOPTR
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInfile, g_object_unref)
#endif

/* Most parts (files and folders) a workbook's zip may list. */
#define MAX_ZIP_ENTRIES 10000

typedef struct
{
  char *id;
  char *type;
  char *target;
} Relationship;

typedef struct
{
  char *name;
  char *rel_id;
  char *part;      /* resolved path in the zip, NULL if unknown */
} Sheet;

/* The shared strings' storage: tables read from the workbook point into
 * it instead of copying a text each time a cell repeats it. */
typedef struct
{
  GStringChunk *chunk;
} SharedText;

static void
shared_text_clear (gpointer data)
{
  g_string_chunk_free (((SharedText *) data)->chunk);
}

static void
shared_text_release (gpointer data)
{
  g_rc_box_release_full (data, shared_text_clear);
}

/**
 * ThanrakXlsxReader:
 *
 * An open xlsx workbook: its sheet names, and each sheet read on demand
 * into a #ThanrakTable. Holds the file's bytes; shared strings are read
 * once, with the first sheet.
 */
struct _ThanrakXlsxReader
{
  GObject       parent_instance;

  GBytes       *bytes;
  GsfInput     *input;
  GsfInfile    *zip;
  guint64       budget;          /* uncompressed bytes still allowed */
  GPtrArray    *sheets;          /* Sheet */
  GStrv         sheet_names;
  char         *shared_strings_part;
  GPtrArray    *shared;          /* const char *, in shared_text; NULL for
                                  * a text that is not valid UTF-8 */
  SharedText   *shared_text;     /* reference-counted (g_rc_box) */
  gboolean      shared_loaded;
};

G_DEFINE_FINAL_TYPE (ThanrakXlsxReader, thanrak_xlsx_reader, G_TYPE_OBJECT)

static void
relationship_free (gpointer data)
{
  Relationship *rel = data;

  g_free (rel->id);
  g_free (rel->type);
  g_free (rel->target);
  g_free (rel);
}

static void
sheet_free (gpointer data)
{
  Sheet *sheet = data;

  g_free (sheet->name);
  g_free (sheet->rel_id);
  g_free (sheet->part);
  g_free (sheet);
}

static void
thanrak_xlsx_reader_dispose (GObject *object)
{
  ThanrakXlsxReader *self = (ThanrakXlsxReader *) object;

  g_clear_object (&self->zip);
  g_clear_object (&self->input);

  G_OBJECT_CLASS (thanrak_xlsx_reader_parent_class)->dispose (object);
}

static void
thanrak_xlsx_reader_finalize (GObject *object)
{
  ThanrakXlsxReader *self = (ThanrakXlsxReader *) object;

  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->sheets, g_ptr_array_unref);
  g_clear_pointer (&self->sheet_names, g_strfreev);
  g_clear_pointer (&self->shared_strings_part, g_free);
  g_clear_pointer (&self->shared, g_ptr_array_unref);
  g_clear_pointer (&self->shared_text, shared_text_release);

  G_OBJECT_CLASS (thanrak_xlsx_reader_parent_class)->finalize (object);
}

static void
thanrak_xlsx_reader_class_init (ThanrakXlsxReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = thanrak_xlsx_reader_dispose;
  object_class->finalize = thanrak_xlsx_reader_finalize;

  xmlInitParser ();
}

static void
thanrak_xlsx_reader_init (ThanrakXlsxReader *self)
{
  self->sheets = g_ptr_array_new_with_free_func (sheet_free);
  self->shared = g_ptr_array_new ();
  self->shared_text = g_rc_box_new0 (SharedText);
  self->shared_text->chunk = g_string_chunk_new (64 * 1024);
}

/* Reading XML parts through the budget */

/* libxml2 refuses invalid UTF-8 as a fatal error, before any text
 * reaches the parsers, so the cell holding it could not be named. Parts
 * read with mark_invalid set go through a filter that puts this mark in
 * place of each run of invalid bytes: U+FDD0, a noncharacter, which
 * Unicode reserves for a program's internal use. XML allows it in text
 * but not in names, so bytes in a tag name still fail as before. */
#define INVALID_MARK "\xEF\xB7\x90"

/* Most bytes read before the XML declaration is complete. */
#define MAX_DECLARATION_BYTES 1024

typedef enum
{
  PART_ENCODING_UNKNOWN,
  PART_ENCODING_UTF8,
  PART_ENCODING_OTHER,
} PartEncoding;

typedef struct
{
  ThanrakXlsxReader *self;
  GsfInput          *input;
  gboolean           over_budget;
  gboolean           read_failed;

  /* Marking invalid UTF-8 (see INVALID_MARK) */
  gboolean           mark_invalid;
  gboolean           at_end;
  PartEncoding       encoding;
  GString           *head;       /* the start of the part, until its encoding is known */
  GString           *pending;    /* filtered bytes not yet handed to libxml2 */
  gsize              pending_pos;
  char               carry[4];   /* an incomplete sequence at the end of a read */
  guint              n_carry;
  guint              n_marked;   /* marks put in so far */
} XmlSource;

static void
xml_source_clear (XmlSource *source)
{
  if (source->head != NULL)
    g_string_free (source->head, TRUE);
  if (source->pending != NULL)
    g_string_free (source->pending, TRUE);
  source->head = source->pending = NULL;
}

/* Reads at most @len bytes of the part, charging them to the budget. */
static int
xml_source_read_raw (XmlSource *source,
                     char      *buffer,
                     int        len)
{
  gsf_off_t remaining = gsf_input_remaining (source->input);
  gsize n;

  if (remaining <= 0 || len <= 0)
    return 0;

  n = (gsize) MIN ((gsf_off_t) len, remaining);
  if (n > source->self->budget)
    {
      source->over_budget = TRUE;
      return -1;
    }

  if (gsf_input_read (source->input, n, (guint8 *) buffer) == NULL)
    {
      source->read_failed = TRUE;
      return -1;
    }

  source->self->budget -= n;
  return (int) n;
}

/* Whether the part, from its first bytes, is in UTF-8: unless it begins
 * as UTF-16 or UTF-32 (with a byte order mark or not) or its XML
 * declaration names another encoding. Those parts are left to libxml2,
 * which converts them to valid UTF-8 itself. */
static PartEncoding
detect_part_encoding (const char *data,
                      gsize       len,
                      gboolean    at_end)
{
  const char *p = data;
  const char *end = data + len;
  const char *decl_end;
  const char *value;
  const char *value_end;
  char quote;

  if (len >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;

  if (end - p < 5)
    {
      if (end - p >= 2 && (!(*p == '<' || g_ascii_isspace (*p)) || p[1] == '\0'))
        return PART_ENCODING_OTHER;
      return at_end ? PART_ENCODING_UTF8 : PART_ENCODING_UNKNOWN;
    }

  if (!(*p == '<' || g_ascii_isspace (*p)) || p[1] == '\0')
    return PART_ENCODING_OTHER;
  if (strncmp (p, "<?xml", 5) != 0)
    return PART_ENCODING_UTF8;

  decl_end = g_strstr_len (p, end - p, "?>");
  if (decl_end == NULL)
    return at_end || len >= MAX_DECLARATION_BYTES ? PART_ENCODING_UTF8 : PART_ENCODING_UNKNOWN;

  value = g_strstr_len (p, decl_end - p, "encoding");
  if (value == NULL)
    return PART_ENCODING_UTF8;
  value += strlen ("encoding");
  while (value < decl_end && g_ascii_isspace (*value))
    value++;
  if (value >= decl_end || *value != '=')
    return PART_ENCODING_UTF8;
  value++;
  while (value < decl_end && g_ascii_isspace (*value))
    value++;
  if (value >= decl_end || (*value != '"' && *value != '\''))
    return PART_ENCODING_UTF8;
  quote = *value++;
  for (value_end = value; value_end < decl_end && *value_end != quote; value_end++)
    ;

  if ((value_end - value == 5 && g_ascii_strncasecmp (value, "UTF-8", 5) == 0) ||
      (value_end - value == 4 && g_ascii_strncasecmp (value, "UTF8", 4) == 0))
    return PART_ENCODING_UTF8;

  return PART_ENCODING_OTHER;
}

/* Appends @len bytes of UTF-8 to the pending bytes, with INVALID_MARK
 * in place of each run of invalid bytes. An incomplete sequence at the
 * end waits for the next bytes, unless the part ends there. */
static void
mark_invalid_utf8 (XmlSource  *source,
                   const char *data,
                   gsize       len)
{
  g_autofree char *joined = NULL;
  const char *p, *end;
  gboolean marked = FALSE;

  if (source->n_carry > 0)
    {
      joined = g_malloc (source->n_carry + len);
      memcpy (joined, source->carry, source->n_carry);
      memcpy (joined + source->n_carry, data, len);
      data = joined;
      len += source->n_carry;
      source->n_carry = 0;
    }

  p = data;
  end = data + len;
  while (p < end)
    {
      const char *stop = NULL;
      gunichar c;

      if (g_utf8_validate (p, end - p, &stop))
        {
          g_string_append_len (source->pending, p, end - p);
          break;
        }
      if (stop > p)
        {
          g_string_append_len (source->pending, p, stop - p);
          marked = FALSE;
          p = stop;
        }

      /* g_utf8_validate() stops at a NUL too: that is no encoding
       * matter, and libxml2 refuses it as before. */
      if (*p == '\0')
        {
          g_string_append_c (source->pending, '\0');
          marked = FALSE;
          p++;
          continue;
        }

      c = g_utf8_get_char_validated (p, end - p);
      if (c == (gunichar) -2 && !source->at_end && end - p < (gssize) sizeof source->carry)
        {
          memcpy (source->carry, p, end - p);
          source->n_carry = end - p;
          break;
        }

      if (!marked)
        {
          g_string_append (source->pending, INVALID_MARK);
          source->n_marked++;
          marked = TRUE;
        }
      p++;
    }
}

/* Passes @len bytes just read to the pending bytes, marked if the part
 * is in UTF-8, once the start of the part has told its encoding. */
static void
take_bytes (XmlSource  *source,
            const char *data,
            gsize       len)
{
  if (source->encoding == PART_ENCODING_UNKNOWN)
    {
      g_string_append_len (source->head, data, len);
      source->encoding = detect_part_encoding (source->head->str, source->head->len,
                                               source->at_end);
      if (source->encoding == PART_ENCODING_UNKNOWN)
        return;
      data = source->head->str;
      len = source->head->len;
    }

  if (source->encoding == PART_ENCODING_OTHER)
    g_string_append_len (source->pending, data, len);
  else
    mark_invalid_utf8 (source, data, len);

  g_string_truncate (source->head, 0);
}

static int
xml_source_read (void *context,
                 char *buffer,
                 int   len)
{
  XmlSource *source = context;
  gsize n;

  if (!source->mark_invalid)
    return xml_source_read_raw (source, buffer, len);

  if (source->pending == NULL)
    {
      source->pending = g_string_new (NULL);
      source->head = g_string_new (NULL);
    }

  while (source->pending_pos >= source->pending->len && !source->at_end)
    {
      char chunk[4096];
      int n_read = xml_source_read_raw (source, chunk, sizeof chunk);

      if (n_read < 0)
        return -1;
      if (n_read == 0)
        source->at_end = TRUE;
      g_string_truncate (source->pending, 0);
      source->pending_pos = 0;
      take_bytes (source, chunk, (gsize) n_read);
    }

  if (len <= 0 || source->pending_pos >= source->pending->len)
    return 0;

  n = MIN ((gsize) len, source->pending->len - source->pending_pos);
  memcpy (buffer, source->pending->str + source->pending_pos, n);
  source->pending_pos += n;
  return (int) n;
}

/* Whether @text holds INVALID_MARK. Looked for only once the filter has
 * put a mark in, so a U+FDD0 in a sound part is read as any text is. */
static gboolean
has_invalid_mark (XmlSource  *source,
                  const char *text)
{
  return source->n_marked > 0 && text != NULL && strstr (text, INVALID_MARK) != NULL;
}

static int
xml_source_close (void *context)
{
  return 0;
}

static void
xml_ignore_error (void        *user_data,
                  xmlErrorPtr  error)
{
  /* Reported through our own GError once reading fails. */
}

static xmlTextReaderPtr
xml_reader_new (XmlSource  *source,
                const char *part)
{
  xmlTextReaderPtr reader;

  /* No network, no DTD loading, no entity substitution: an xlsx part
   * never needs them, and they are what hostile XML abuses. */
  reader = xmlReaderForIO (xml_source_read, xml_source_close, source, part, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR |
                           XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
  if (reader != NULL)
    xmlTextReaderSetStructuredErrorHandler (reader, xml_ignore_error, NULL);

  return reader;
}

static void
set_budget_error (GError **error)
{
  g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_TOO_LARGE,
               _("The workbook expands to more than %u times its size when unpacked, as no ordinary workbook does: it was refused as possibly hostile. Open it in Excel or LibreOffice, check it, and save it again."),
               THANRAK_IO_MAX_EXPANSION);
}

/* Sets @error after xmlTextReaderRead() returned -1 or a part was
 * otherwise unreadable. */
static void
set_xml_error (XmlSource        *source,
               xmlTextReaderPtr  reader,
               const char       *part,
               GError          **error)
{
  if (source->over_budget)
    set_budget_error (error);
  else if (source->read_failed)
    g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_CORRUPT,
                 _("The part “%s” of the workbook cannot be unpacked: the file is damaged or truncated. Save it again from Excel or LibreOffice."),
                 part);
  else
    g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_SYNTAX,
                 _("The part “%s” of the workbook is not well-formed XML (line %d): the file is damaged. Save it again from Excel or LibreOffice."),
                 part, reader ? xmlTextReaderGetParserLineNumber (reader) : 0);
}

static gboolean
node_is (xmlTextReaderPtr  reader,
         const char       *local_name)
{
  const xmlChar *name = xmlTextReaderConstLocalName (reader);

  return name != NULL && strcmp ((const char *) name, local_name) == 0;
}

static char *
get_attribute (xmlTextReaderPtr  reader,
               const char       *name)
{
  xmlChar *value = xmlTextReaderGetAttribute (reader, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;

  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

/* The r:id attribute of <sheet>: an attribute named “id” in a
 * relationships namespace (transitional or strict). */
static char *
get_relationship_id (xmlTextReaderPtr reader)
{
  char *result = NULL;

  if (xmlTextReaderMoveToFirstAttribute (reader) != 1)
    return NULL;

  do
    {
      const xmlChar *local = xmlTextReaderConstLocalName (reader);
      const xmlChar *ns = xmlTextReaderConstNamespaceUri (reader);

      if (local != NULL && ns != NULL &&
          strcmp ((const char *) local, "id") == 0 &&
          g_str_has_suffix ((const char *) ns, "relationships"))
        {
          const xmlChar *value = xmlTextReaderConstValue (reader);

          g_free (result);
          result = g_strdup (value ? (const char *) value : "");
        }
    }
  while (xmlTextReaderMoveToNextAttribute (reader) == 1);

  xmlTextReaderMoveToElement (reader);
  return result;
}

static gboolean
is_text_node (int type)
{
  return type == XML_READER_TYPE_TEXT ||
         type == XML_READER_TYPE_CDATA ||
         type == XML_READER_TYPE_WHITESPACE ||
         type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE;
}

static gboolean
refuse_doctype (int      type,
                const char *part,
                GError **error)
{
  if (type != XML_READER_TYPE_DOCUMENT_TYPE &&
      type != XML_READER_TYPE_ENTITY_REFERENCE &&
      type != XML_READER_TYPE_ENTITY)
    return TRUE;

  g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_SYNTAX,
               _("The part “%s” of the workbook declares a document type or entities, as no workbook does: it was refused as possibly hostile."),
               part);
  return FALSE;
}

/* Invalid bytes are reported by cell only in texts: marked in an
 * attribute, a comment or a processing instruction, they are refused as
 * not well-formed XML, as libxml2 refuses them unfiltered. */
static gboolean
refuse_marked_markup (XmlSource         *source,
                      xmlTextReaderPtr   reader,
                      int                type,
                      const char        *part,
                      GError           **error)
{
  gboolean marked = FALSE;

  if (source->n_marked == 0)
    return TRUE;

  if (type == XML_READER_TYPE_COMMENT || type == XML_READER_TYPE_PROCESSING_INSTRUCTION)
    marked = has_invalid_mark (source, (const char *) xmlTextReaderConstValue (reader));
  else if (type == XML_READER_TYPE_ELEMENT && xmlTextReaderMoveToFirstAttribute (reader) == 1)
    {
      do
        marked = has_invalid_mark (source, (const char *) xmlTextReaderConstValue (reader));
      while (!marked && xmlTextReaderMoveToNextAttribute (reader) == 1);
      xmlTextReaderMoveToElement (reader);
    }

  if (marked)
    set_xml_error (source, reader, part, error);

  return !marked;
}

/* Invalid UTF-8 in a cell is named by its row and column, with the code
 * the CSV reader gives it. */
static void
set_invalid_text_error (guint    row,
                        guint    column,
                        GError **error)
{
  g_autofree char *where = thanrak_io_describe_cell (row + 1, column);

  g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_ENCODING,
               _("%s: the text is not valid UTF-8: the file is damaged. Retype the cell and save the workbook again."),
               where);
}

/* Appends @len bytes of text to @buffer, refusing over-long cells. */
static gboolean
append_text (GString     *buffer,
             const char  *text,
             const char  *part,
             GError     **error)
{
  gsize len = strlen (text);

  if (buffer->len + len > THANRAK_IO_MAX_CELL_BYTES)
    {
      g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_TOO_LARGE,
                   _("The part “%s” of the workbook holds a text longer than %u bytes: shorten it."),
                   part, THANRAK_IO_MAX_CELL_BYTES);
      return FALSE;
    }

  g_string_append_len (buffer, text, len);
  return TRUE;
}

/* Decodes the _xHHHH_ escapes Excel writes for control characters
 * (ECMA-376 Part 1, §22.9.2.19 ST_Xstring), in place. Escapes of
 * characters that are not allowed (NUL, surrogates) are kept as written. */
static void
decode_xstring (GString *s)
{
  gsize r = 0, w = 0;

  if (strstr (s->str, "_x") == NULL)
    return;

  while (r < s->len)
    {
      if (r + 7 <= s->len && s->str[r] == '_' && s->str[r + 1] == 'x' &&
          g_ascii_isxdigit (s->str[r + 2]) && g_ascii_isxdigit (s->str[r + 3]) &&
          g_ascii_isxdigit (s->str[r + 4]) && g_ascii_isxdigit (s->str[r + 5]) &&
          s->str[r + 6] == '_')
        {
          gunichar c = (g_ascii_xdigit_value (s->str[r + 2]) << 12) |
                       (g_ascii_xdigit_value (s->str[r + 3]) << 8) |
                       (g_ascii_xdigit_value (s->str[r + 4]) << 4) |
                       g_ascii_xdigit_value (s->str[r + 5]);

          if (c != 0 && g_unichar_validate (c))
            {
              char utf8[6];
              int n = g_unichar_to_utf8 (c, utf8);

              /* The escape is 7 bytes; a BMP character at most 3. */
              memcpy (s->str + w, utf8, n);
              w += n;
              r += 7;
              continue;
            }
        }
      s->str[w++] = s->str[r++];
    }

  g_string_truncate (s, w);
}

/* Relationships (the .rels parts) */

static GPtrArray *
parse_rels (ThanrakXlsxReader  *self,
            GsfInput           *input,
            const char         *part,
            GError            **error)
{
  g_autoptr(GPtrArray) rels = g_ptr_array_new_with_free_func (relationship_free);
  XmlSource source = { self, input, FALSE, FALSE };
  xmlTextReaderPtr reader;
  int ret;

  reader = xml_reader_new (&source, part);
  if (reader == NULL)
    {
      set_xml_error (&source, NULL, part, error);
      return NULL;
    }

  while ((ret = xmlTextReaderRead (reader)) == 1)
    {
      int type = xmlTextReaderNodeType (reader);

      if (!refuse_doctype (type, part, error))
        {
          xmlFreeTextReader (reader);
          return NULL;
        }

      if (type == XML_READER_TYPE_ELEMENT && node_is (reader, "Relationship"))
        {
          g_autofree char *mode = get_attribute (reader, "TargetMode");
          Relationship *rel;

          if (mode != NULL && g_ascii_strcasecmp (mode, "External") == 0)
            continue;
          if (rels->len >= MAX_ZIP_ENTRIES)
            continue;

          rel = g_new0 (Relationship, 1);
          rel->id = get_attribute (reader, "Id");
          rel->type = get_attribute (reader, "Type");
          rel->target = get_attribute (reader, "Target");
          if (rel->id == NULL || rel->type == NULL || rel->target == NULL)
            relationship_free (rel);
          else
            g_ptr_array_add (rels, rel);
        }
    }

  if (ret != 0)
    {
      set_xml_error (&source, reader, part, error);
      xmlFreeTextReader (reader);
      return NULL;
    }

  xmlFreeTextReader (reader);
  return g_steal_pointer (&rels);
}

static const Relationship *
find_relationship (GPtrArray  *rels,
                   const char *type_suffix,
                   const char *id)
{
  for (guint i = 0; rels != NULL && i < rels->len; i++)
    {
      const Relationship *rel = g_ptr_array_index (rels, i);

      if (type_suffix != NULL && !g_str_has_suffix (rel->type, type_suffix))
        continue;
      if (id != NULL && g_strcmp0 (rel->id, id) != 0)
        continue;
      return rel;
    }

  return NULL;
}

/* Resolves a relationship target against the folder of the part that
 * holds the relationship (“xl” for xl/_rels/workbook.xml.rels). Returns
 * NULL for targets that leave the package. */
static char *
resolve_target (const char *base_dir,
                const char *target)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_auto(GStrv) base = NULL;
  g_auto(GStrv) segments = NULL;

  if (target[0] != '/' && base_dir != NULL && base_dir[0] != '\0')
    {
      base = g_strsplit (base_dir, "/", -1);
      for (guint i = 0; base[i] != NULL; i++)
        if (base[i][0] != '\0')
          g_ptr_array_add (parts, base[i]);
    }

  segments = g_strsplit (target, "/", -1);
  for (guint i = 0; segments[i] != NULL; i++)
    {
      const char *seg = segments[i];

      if (seg[0] == '\0' || g_str_equal (seg, "."))
        continue;
      if (g_str_equal (seg, ".."))
        {
          if (parts->len == 0)
            return NULL;
          g_ptr_array_remove_index (parts, parts->len - 1);
          continue;
        }
      g_ptr_array_add (parts, (gpointer) seg);
    }

  if (parts->len == 0)
    return NULL;

  g_ptr_array_add (parts, NULL);
  return g_strjoinv ("/", (char **) parts->pdata);
}

/* gsf_infile_child_by_name() and gsf_infile_child_by_index() print a
 * g_warning() for every member of a damaged zip they cannot open (fatal
 * under G_DEBUG=fatal-warnings, and noise for a file we simply refuse):
 * call the class methods, which report through a GError instead. */
static GsfInput *
infile_child_by_index (GsfInfile *dir,
                       int        i)
{
  GsfInfileClass *klass = GSF_INFILE_CLASS (G_OBJECT_GET_CLASS (dir));
  g_autoptr(GError) error = NULL;

  if (klass->child_by_index == NULL)
    return NULL;

  return klass->child_by_index (dir, i, &error);
}

static GsfInput *
infile_child_by_name (GsfInfile  *dir,
                      const char *name)
{
  GsfInfileClass *klass = GSF_INFILE_CLASS (G_OBJECT_GET_CLASS (dir));
  g_autoptr(GError) error = NULL;
  int n;

  if (klass->child_by_name != NULL)
    return klass->child_by_name (dir, name, &error);

  n = klass->num_children ? klass->num_children (dir) : -1;
  for (int i = 0; i < n && klass->name_by_index != NULL; i++)
    if (g_strcmp0 (klass->name_by_index (dir, i), name) == 0)
      return infile_child_by_index (dir, i);

  return NULL;
}

static GsfInput *
open_part (ThanrakXlsxReader *self,
           const char        *path)
{
  g_auto(GStrv) names = g_strsplit (path, "/", -1);
  g_autoptr(GsfInput) current = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    {
      GsfInfile *dir = current ? (GSF_IS_INFILE (current) ? GSF_INFILE (current) : NULL) : self->zip;
      GsfInput *child;

      if (dir == NULL)
        return NULL;
      child = infile_child_by_name (dir, names[i]);
      g_clear_object (&current);
      if (child == NULL)
        return NULL;
      current = child;
    }

  return g_steal_pointer (&current);
}

static GsfInput *
open_required_part (ThanrakXlsxReader  *self,
                    const char         *path,
                    GError            **error)
{
  GsfInput *input = open_part (self, path);

  if (input == NULL)
    g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_CORRUPT,
                 _("The workbook lacks its part “%s”: the file is damaged or was not written by a spreadsheet program. Save it again from Excel or LibreOffice."),
                 path);

  return input;
}

/* Workbook: the list of sheets */

static gboolean
parse_workbook (ThanrakXlsxReader  *self,
                GsfInput           *input,
                const char         *part,
                GError            **error)
{
  XmlSource source = { self, input, FALSE, FALSE };
  xmlTextReaderPtr reader;
  int ret;

  reader = xml_reader_new (&source, part);
  if (reader == NULL)
    {
      set_xml_error (&source, NULL, part, error);
      return FALSE;
    }

  while ((ret = xmlTextReaderRead (reader)) == 1)
    {
      int type = xmlTextReaderNodeType (reader);

      if (!refuse_doctype (type, part, error))
        {
          xmlFreeTextReader (reader);
          return FALSE;
        }

      if (type == XML_READER_TYPE_ELEMENT && node_is (reader, "sheet") &&
          self->sheets->len < MAX_ZIP_ENTRIES)
        {
          Sheet *sheet = g_new0 (Sheet, 1);

          sheet->name = get_attribute (reader, "name");
          sheet->rel_id = get_relationship_id (reader);
          if (sheet->name == NULL || sheet->rel_id == NULL ||
              !g_utf8_validate (sheet->name, -1, NULL))
            sheet_free (sheet);
          else
            g_ptr_array_add (self->sheets, sheet);
        }
    }

  if (ret != 0)
    {
      set_xml_error (&source, reader, part, error);
      xmlFreeTextReader (reader);
      return FALSE;
    }

  xmlFreeTextReader (reader);
  return TRUE;
}

/* Shared strings: <sst><si><t>…</t></si><si><r><t>…</t></r>…</si></sst>.
 * Phonetic runs (<rPh>) are not part of the text. A string holding
 * invalid UTF-8 is kept as NULL, a mark, not its bytes: only the cells
 * that use it fail, naming their row and column. */

static gboolean
parse_shared_strings (ThanrakXlsxReader  *self,
                      GsfInput           *input,
                      const char         *part,
                      GError            **error)
{
  XmlSource source = { self, input, FALSE, FALSE, .mark_invalid = TRUE };
  g_autoptr(GString) text = g_string_new (NULL);
  xmlTextReaderPtr reader;
  gboolean in_si = FALSE, in_t = FALSE, invalid = FALSE;
  guint rph_depth = 0;
  int ret;

  reader = xml_reader_new (&source, part);
  if (reader == NULL)
    {
      set_xml_error (&source, NULL, part, error);
      xml_source_clear (&source);
      return FALSE;
    }

  while ((ret = xmlTextReaderRead (reader)) == 1)
    {
      int type = xmlTextReaderNodeType (reader);

      if (!refuse_doctype (type, part, error) ||
          !refuse_marked_markup (&source, reader, type, part, error))
        goto fail;

      if (type == XML_READER_TYPE_ELEMENT)
        {
          gboolean empty = xmlTextReaderIsEmptyElement (reader);

          if (node_is (reader, "si"))
            {
              g_string_truncate (text, 0);
              in_si = !empty;
              in_t = FALSE;
              invalid = FALSE;
              rph_depth = 0;
              if (empty)
                goto add_string;
            }
          else if (in_si && node_is (reader, "rPh") && !empty)
            rph_depth++;
          else if (in_si && rph_depth == 0 && node_is (reader, "t") && !empty)
            in_t = TRUE;
        }
      else if (type == XML_READER_TYPE_END_ELEMENT)
        {
          if (node_is (reader, "t"))
            in_t = FALSE;
          else if (node_is (reader, "rPh") && rph_depth > 0)
            rph_depth--;
          else if (in_si && node_is (reader, "si"))
            {
              in_si = FALSE;
              goto add_string;
            }
        }
      else if (is_text_node (type))
        {
          const xmlChar *value = xmlTextReaderConstValue (reader);

          if (has_invalid_mark (&source, (const char *) value))
            {
              /* Outside a string, the bytes are not in any text. */
              if (!in_si)
                {
                  set_xml_error (&source, reader, part, error);
                  goto fail;
                }
              /* The phonetic runs too: the whole string is damaged. */
              invalid = TRUE;
              g_string_truncate (text, 0);
            }
          else if (in_t && !invalid && value != NULL &&
                   !append_text (text, (const char *) value, part, error))
            goto fail;
        }
      continue;

    add_string:
      if (self->shared->len >= THANRAK_IO_MAX_CELLS)
        {
          g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_TOO_LARGE,
                       _("The workbook holds more than %u different texts: split it into smaller files."),
                       THANRAK_IO_MAX_CELLS);
          goto fail;
        }
      decode_xstring (text);
      if (invalid || !g_utf8_validate (text->str, text->len, NULL))
        g_ptr_array_add (self->shared, NULL);
      else
        g_ptr_array_add (self->shared,
                         g_string_chunk_insert_len (self->shared_text->chunk, text->str, text->len));
    }

  if (ret != 0)
    {
      set_xml_error (&source, reader, part, error);
      goto fail;
    }

  xmlFreeTextReader (reader);
  xml_source_clear (&source);
  return TRUE;

fail:
  xmlFreeTextReader (reader);
  xml_source_clear (&source);
  return FALSE;
}

/* Sheets */

/* Parses a cell reference such as “C12” into a column index from 0 and
 * a row index from 0. */
static gboolean
parse_cell_reference (const char *ref,
                      guint      *row,
                      guint      *column)
{
  guint64 col = 0, r = 0;
  const char *p = ref;
  guint letters = 0, digits = 0;

  for (; g_ascii_isalpha (*p); p++)
    {
      if (++letters > 3)
        return FALSE;
      col = col * 26 + (guint64) (g_ascii_toupper (*p) - 'A' + 1);
    }
  for (; g_ascii_isdigit (*p); p++)
    {
      if (++digits > 7)
        return FALSE;
      r = r * 10 + (guint64) (*p - '0');
    }

  if (*p != '\0' || letters == 0 || digits == 0 || r == 0)
    return FALSE;

  *column = (guint) (col - 1);
  *row = (guint) (r - 1);
  return TRUE;
}

static gboolean
parse_row_number (const char *text,
                  guint      *row)
{
  guint64 value = 0;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 1, G_MAXUINT32, &value, NULL))
    return FALSE;

  *row = (guint) (value - 1);
  return TRUE;
}

static gboolean
is_xml_number (const char *text,
               double     *number)
{
  char *end = NULL;
  const char *p = text;

  /* Digits, a point and an exponent only: no “inf”, “nan” or hex. */
  if (*p == '-' || *p == '+')
    p++;
  if (!g_ascii_isdigit (*p) && !(*p == '.' && g_ascii_isdigit (p[1])))
    return FALSE;
  for (const char *q = p; *q; q++)
    if (!g_ascii_isdigit (*q) && *q != '.' && *q != 'e' && *q != 'E' &&
        *q != '-' && *q != '+')
      return FALSE;

  *number = g_ascii_strtod (text, &end);
  return end != NULL && *end == '\0' && isfinite (*number);
}

typedef struct
{
  guint    row;
  guint    column;
  char    *type;
  GString *value;      /* text of <v> */
  GString *inline_text; /* text of <is> */
} CellState;

static gboolean
store_cell (ThanrakXlsxReader  *self,
            ThanrakTable       *table,
            CellState          *cell,
            GError            **error)
{
  const char *type = cell->type ? cell->type : "n";
  g_autofree char *where = NULL;
  double number = 0;

  if (g_str_equal (type, "s"))
    {
      guint64 index = 0;
      const char *text;

      g_strstrip (cell->value->str);
      if (cell->value->str[0] == '\0')
        return _thanrak_table_set_cell (table, cell->row, cell->column,
                                        THANRAK_CELL_EMPTY, "", 0, 0, error);
      if (!g_ascii_string_to_unsigned (cell->value->str, 10, 0, G_MAXUINT32, &index, NULL) ||
          index >= self->shared->len)
        {
          where = thanrak_io_describe_cell (cell->row + 1, cell->column);
          g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_CORRUPT,
                       _("%s: the cell refers to a text the workbook does not have: the file is damaged. Save it again from Excel or LibreOffice."),
                       where);
          return FALSE;
        }
      text = g_ptr_array_index (self->shared, (guint) index);
      if (text == NULL)
        {
          set_invalid_text_error (cell->row, cell->column, error);
          return FALSE;
        }
      return _thanrak_table_set_shared_cell (table, cell->row, cell->column,
                                             text[0] ? THANRAK_CELL_TEXT : THANRAK_CELL_EMPTY,
                                             text, strlen (text), error);
    }

  if (g_str_equal (type, "inlineStr") || g_str_equal (type, "str") || g_str_equal (type, "d"))
    {
      GString *s = g_str_equal (type, "inlineStr") ? cell->inline_text : cell->value;

      decode_xstring (s);
      return _thanrak_table_set_cell (table, cell->row, cell->column,
                                      s->len ? THANRAK_CELL_TEXT : THANRAK_CELL_EMPTY,
                                      s->str, s->len, 0, error);
    }

  g_strstrip (cell->value->str);
  g_string_set_size (cell->value, strlen (cell->value->str));

  if (g_str_equal (type, "e"))
    {
      const char *text = cell->value->len ? cell->value->str : "#N/A";

      return _thanrak_table_set_cell (table, cell->row, cell->column,
                                      THANRAK_CELL_ERROR, text, strlen (text), 0, error);
    }

  if (cell->value->len == 0)
    return _thanrak_table_set_cell (table, cell->row, cell->column,
                                    THANRAK_CELL_EMPTY, "", 0, 0, error);

  if (g_str_equal (type, "b"))
    {
      gboolean value;

      if (g_str_equal (cell->value->str, "1") || g_ascii_strcasecmp (cell->value->str, "true") == 0)
        value = TRUE;
      else if (g_str_equal (cell->value->str, "0") || g_ascii_strcasecmp (cell->value->str, "false") == 0)
        value = FALSE;
      else
        goto bad_value;

      return _thanrak_table_set_cell (table, cell->row, cell->column, THANRAK_CELL_BOOLEAN,
                                      value ? "TRUE" : "FALSE", value ? 4 : 5,
                                      value ? 1 : 0, error);
    }

  if (g_str_equal (type, "n"))
    {
      if (!is_xml_number (cell->value->str, &number))
        goto bad_value;

      return _thanrak_table_set_cell (table, cell->row, cell->column, THANRAK_CELL_NUMBER,
                                      cell->value->str, cell->value->len, number, error);
    }

bad_value:
  where = thanrak_io_describe_cell (cell->row + 1, cell->column);
  g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_CORRUPT,
               _("%s: the cell's stored value cannot be read: the file is damaged. Retype the cell and save the workbook again."),
               where);
  return FALSE;
}

static gboolean
parse_sheet (ThanrakXlsxReader  *self,
             GsfInput           *input,
             const char         *part,
             ThanrakTable       *table,
             GError            **error)
{
  XmlSource source = { self, input, FALSE, FALSE, .mark_invalid = TRUE };
  CellState cell = { 0 };
  xmlTextReaderPtr reader;
  gboolean in_data = FALSE, in_cell = FALSE, in_v = FALSE, in_is = FALSE, in_t = FALSE;
  guint rph_depth = 0;
  guint row = 0, next_row = 0, next_column = 0;
  gboolean ok = FALSE;
  int ret;

  cell.value = g_string_new (NULL);
  cell.inline_text = g_string_new (NULL);

  reader = xml_reader_new (&source, part);
  if (reader == NULL)
    {
      set_xml_error (&source, NULL, part, error);
      goto out;
    }

  while ((ret = xmlTextReaderRead (reader)) == 1)
    {
      int type = xmlTextReaderNodeType (reader);

      if (!refuse_doctype (type, part, error) ||
          !refuse_marked_markup (&source, reader, type, part, error))
        goto out;

      if (type == XML_READER_TYPE_ELEMENT)
        {
          gboolean empty = xmlTextReaderIsEmptyElement (reader);

          if (!in_data)
            {
              if (node_is (reader, "sheetData") && !empty)
                in_data = TRUE;
              continue;
            }

          if (!in_cell && node_is (reader, "row"))
            {
              g_autofree char *r = get_attribute (reader, "r");

              if (r == NULL)
                row = next_row;
              else if (!parse_row_number (r, &row))
                {
                  g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_CORRUPT,
                               _("The sheet has a row numbered “%s”: the file is damaged. Save it again from Excel or LibreOffice."),
                               r);
                  goto out;
                }
              if (row >= THANRAK_IO_MAX_ROWS)
                {
                  g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_TOO_LARGE,
                               _("The sheet has more than %u rows: split it into smaller files."),
                               THANRAK_IO_MAX_ROWS);
                  goto out;
                }
              next_row = row + 1;
              next_column = 0;
            }
          else if (!in_cell && node_is (reader, "c"))
            {
              g_autofree char *r = get_attribute (reader, "r");

              cell.row = row;
              cell.column = next_column;
              if (r != NULL && !parse_cell_reference (r, &cell.row, &cell.column))
                {
                  g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_CORRUPT,
                               _("The sheet has a cell at “%s”, which is no cell reference: the file is damaged. Save it again from Excel or LibreOffice."),
                               r);
                  goto out;
                }
              if (cell.row >= THANRAK_IO_MAX_ROWS)
                {
                  g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_TOO_LARGE,
                               _("The sheet has more than %u rows: split it into smaller files."),
                               THANRAK_IO_MAX_ROWS);
                  goto out;
                }
              next_column = cell.column + 1;
              g_clear_pointer (&cell.type, g_free);
              cell.type = get_attribute (reader, "t");
              g_string_truncate (cell.value, 0);
              g_string_truncate (cell.inline_text, 0);
              in_v = in_is = in_t = FALSE;
              rph_depth = 0;
              if (empty)
                {
                  /* A formatted cell without a value: empty. */
                  continue;
                }
              in_cell = TRUE;
            }
          else if (in_cell && !empty)
            {
              if (node_is (reader, "v"))
                in_v = TRUE;
              else if (node_is (reader, "is"))
                in_is = TRUE;
              else if (in_is && node_is (reader, "rPh"))
                rph_depth++;
              else if (in_is && rph_depth == 0 && node_is (reader, "t"))
                in_t = TRUE;
            }
        }
      else if (type == XML_READER_TYPE_END_ELEMENT && in_data)
        {
          if (in_cell && node_is (reader, "c"))
            {
              in_cell = FALSE;
              if (!store_cell (self, table, &cell, error))
                goto out;
            }
          else if (node_is (reader, "v"))
            in_v = FALSE;
          else if (node_is (reader, "is"))
            in_is = FALSE;
          else if (node_is (reader, "rPh") && rph_depth > 0)
            rph_depth--;
          else if (node_is (reader, "t"))
            in_t = FALSE;
          else if (node_is (reader, "sheetData"))
            in_data = FALSE;
        }
      else if (is_text_node (type))
        {
          const xmlChar *value = xmlTextReaderConstValue (reader);

          /* Any text of a cell (its value, inline string or formula)
           * names the cell; outside cells, the bytes are in no text. */
          if (has_invalid_mark (&source, (const char *) value))
            {
              if (in_cell)
                set_invalid_text_error (cell.row, cell.column, error);
              else
                set_xml_error (&source, reader, part, error);
              goto out;
            }
          if (in_cell && (in_v || in_t) && value != NULL &&
              !append_text (in_v ? cell.value : cell.inline_text, (const char *) value, part, error))
            goto out;
        }
    }

  if (ret != 0)
    {
      set_xml_error (&source, reader, part, error);
      goto out;
    }

  ok = TRUE;

out:
  if (reader != NULL)
    xmlFreeTextReader (reader);
  xml_source_clear (&source);
  g_free (cell.type);
  g_string_free (cell.value, TRUE);
  g_string_free (cell.inline_text, TRUE);

  return ok;
}

/* Opening */

static gboolean
sum_sizes (GsfInfile *dir,
           guint64   *total,
           guint     *n_entries,
           int        depth)
{
  int n = gsf_infile_num_children (dir);

  if (depth > 32)
    return FALSE;

  for (int i = 0; i < n; i++)
    {
      g_autoptr(GsfInput) child = infile_child_by_index (dir, i);

      if (child == NULL)
        continue;
      if (++(*n_entries) > MAX_ZIP_ENTRIES)
        return FALSE;

      if (GSF_IS_INFILE (child) && gsf_infile_num_children (GSF_INFILE (child)) >= 0)
        {
          if (!sum_sizes (GSF_INFILE (child), total, n_entries, depth + 1))
            return FALSE;
        }
      else if (gsf_input_size (child) > 0)
        *total += (guint64) gsf_input_size (child);
    }

  return TRUE;
}

static gboolean
open_workbook (ThanrakXlsxReader  *self,
               GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GsfInput) rels_input = NULL;
  g_autoptr(GsfInput) book_input = NULL;
  g_autoptr(GPtrArray) rels = NULL;
  g_autoptr(GPtrArray) book_rels = NULL;
  g_autofree char *book_part = NULL;
  g_autofree char *book_dir = NULL;
  g_autofree char *book_rels_part = NULL;
  const Relationship *office;
  const Relationship *strings;
  const guint8 *data;
  gsize len;
  guint64 declared = 0;
  guint n_entries = 0;

  data = g_bytes_get_data (self->bytes, &len);

  if (len >= 8 && memcmp (data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0)
    {
      g_set_error_literal (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_UNSUPPORTED,
                           _("The file is an old Excel 97-2003 workbook (.xls) or a workbook protected with a password: open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx) without a password."));
      return FALSE;
    }

  if (len > THANRAK_IO_MAX_FILE_BYTES)
    {
      g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_TOO_LARGE,
                   _("The file is larger than %u MiB: split it into smaller files."),
                   THANRAK_IO_MAX_FILE_BYTES / (1024u * 1024u));
      return FALSE;
    }

  if (len < 4 || memcmp (data, "PK", 2) != 0)
    {
      g_set_error_literal (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_CORRUPT,
                           _("The file is not an xlsx workbook (it is not a zip archive): save it again from Excel or LibreOffice as “Excel workbook (.xlsx)”."));
      return FALSE;
    }

  self->budget = (guint64) len * THANRAK_IO_MAX_EXPANSION;
  self->input = gsf_input_memory_new (data, (gsf_off_t) len, FALSE);
  self->zip = gsf_infile_zip_new (self->input, &local_error);
  if (self->zip == NULL)
    {
      g_set_error_literal (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_CORRUPT,
                           _("The workbook's zip container is damaged or truncated: save it again from Excel or LibreOffice, or copy the file again."));
      return FALSE;
    }

  if (!sum_sizes (self->zip, &declared, &n_entries, 0))
    {
      g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_TOO_LARGE,
                   _("The workbook holds more than %u parts, as no ordinary workbook does: it was refused as possibly hostile."),
                   MAX_ZIP_ENTRIES);
      return FALSE;
    }
  if (declared > self->budget)
    {
      set_budget_error (error);
      return FALSE;
    }

  {
    g_autoptr(GsfInput) mimetype = open_part (self, "mimetype");

    if (mimetype != NULL)
      {
        g_set_error_literal (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_UNSUPPORTED,
                             _("The file is an OpenDocument spreadsheet (.ods), not xlsx: save it from LibreOffice as “Excel 2007-365 (.xlsx)”."));
        return FALSE;
      }
  }

  rels_input = open_required_part (self, "_rels/.rels", error);
  if (rels_input == NULL)
    return FALSE;
  rels = parse_rels (self, rels_input, "_rels/.rels", error);
  if (rels == NULL)
    return FALSE;

  office = find_relationship (rels, "/officeDocument", NULL);
  book_part = office ? resolve_target (NULL, office->target) : g_strdup ("xl/workbook.xml");
  if (book_part == NULL)
    book_part = g_strdup ("xl/workbook.xml");

  book_input = open_required_part (self, book_part, error);
  if (book_input == NULL)
    return FALSE;
  if (!parse_workbook (self, book_input, book_part, error))
    return FALSE;

  /* xl/workbook.xml → xl/_rels/workbook.xml.rels */
  book_dir = g_path_get_dirname (book_part);
  if (g_str_equal (book_dir, "."))
    g_clear_pointer (&book_dir, g_free);
  {
    g_autofree char *base = g_path_get_basename (book_part);

    book_rels_part = book_dir ? g_strdup_printf ("%s/_rels/%s.rels", book_dir, base)
                              : g_strdup_printf ("_rels/%s.rels", base);
  }

  {
    g_autoptr(GsfInput) input = open_required_part (self, book_rels_part, error);

    if (input == NULL)
      return FALSE;
    book_rels = parse_rels (self, input, book_rels_part, error);
    if (book_rels == NULL)
      return FALSE;
  }

  for (guint i = 0; i < self->sheets->len; i++)
    {
      Sheet *sheet = g_ptr_array_index (self->sheets, i);
      const Relationship *rel = find_relationship (book_rels, NULL, sheet->rel_id);

      if (rel != NULL)
        sheet->part = resolve_target (book_dir, rel->target);
    }

  strings = find_relationship (book_rels, "/sharedStrings", NULL);
  if (strings != NULL)
    self->shared_strings_part = resolve_target (book_dir, strings->target);

  self->sheet_names = g_new0 (char *, self->sheets->len + 1);
  for (guint i = 0; i < self->sheets->len; i++)
    self->sheet_names[i] = g_strdup (((Sheet *) g_ptr_array_index (self->sheets, i))->name);

  if (self->sheets->len == 0)
    {
      g_set_error_literal (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_NO_SHEET,
                           _("The workbook has no sheets: save it again from Excel or LibreOffice."));
      return FALSE;
    }

  return TRUE;
}

/**
 * thanrak_xlsx_reader_new_for_bytes:
 * @bytes: the contents of an xlsx file
 *
 * Opens an xlsx workbook held in memory and reads its list of sheets.
 * The zip container is read with libgsf; no part is trusted: the sizes
 * the zip declares are summed and must not exceed
 * %THANRAK_IO_MAX_EXPANSION times the file's size, and every byte
 * actually unpacked is counted against the same budget.
 *
 * Errors, in %THANRAK_IO_ERROR: %THANRAK_IO_ERROR_UNSUPPORTED for an
 * .xls, password-protected or .ods file; %THANRAK_IO_ERROR_CORRUPT for a
 * damaged or truncated file or missing parts; %THANRAK_IO_ERROR_SYNTAX
 * for broken XML; %THANRAK_IO_ERROR_TOO_LARGE for a file that expands too
 * much or exceeds %THANRAK_IO_MAX_FILE_BYTES; %THANRAK_IO_ERROR_NO_SHEET
 * for a workbook without sheets.
 *
 * Returns: (transfer full): the reader, or %NULL with @error set
 */
ThanrakXlsxReader *
thanrak_xlsx_reader_new_for_bytes (GBytes  *bytes,
                                   GError **error)
{
  g_autoptr(ThanrakXlsxReader) self = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (THANRAK_TYPE_XLSX_READER, NULL);
  self->bytes = g_bytes_ref (bytes);

  if (!open_workbook (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * thanrak_xlsx_reader_new_for_file:
 * @file: an xlsx file
 * @cancellable: (nullable): a #GCancellable
 *
 * Loads an xlsx file and opens it with
 * thanrak_xlsx_reader_new_for_bytes().
 *
 * Errors: those of thanrak_xlsx_reader_new_for_bytes(), and
 * %THANRAK_IO_ERROR_FAILED when the file cannot be read (the system's
 * message).
 *
 * Returns: (transfer full): the reader, or %NULL with @error set
 */
ThanrakXlsxReader *
thanrak_xlsx_reader_new_for_file (GFile         *file,
                                  GCancellable  *cancellable,
                                  GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, NULL);
  if (info != NULL && g_file_info_get_size (info) > (goffset) THANRAK_IO_MAX_FILE_BYTES)
    {
      g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_TOO_LARGE,
                   _("The file is larger than %u MiB: split it into smaller files."),
                   THANRAK_IO_MAX_FILE_BYTES / (1024u * 1024u));
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &local_error))
    {
      g_set_error_literal (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_FAILED,
                           local_error->message);
      return NULL;
    }

  bytes = g_bytes_new_take (contents, length);
  return thanrak_xlsx_reader_new_for_bytes (bytes, error);
}

/**
 * thanrak_xlsx_reader_get_sheet_names:
 * @self: a #ThanrakXlsxReader
 *
 * Returns: (transfer none) (array zero-terminated=1): the names of the
 *   workbook's sheets, in the order of its tabs
 */
const char * const *
thanrak_xlsx_reader_get_sheet_names (ThanrakXlsxReader *self)
{
  g_return_val_if_fail (THANRAK_IS_XLSX_READER (self), NULL);

  return (const char * const *) self->sheet_names;
}

static gboolean
load_shared_strings (ThanrakXlsxReader  *self,
                     GError            **error)
{
  g_autoptr(GsfInput) input = NULL;

  if (self->shared_loaded)
    return TRUE;

  if (self->shared_strings_part != NULL)
    {
      input = open_part (self, self->shared_strings_part);
      if (input != NULL &&
          !parse_shared_strings (self, input, self->shared_strings_part, error))
        return FALSE;
    }

  self->shared_loaded = TRUE;
  return TRUE;
}

/**
 * thanrak_xlsx_reader_read_sheet:
 * @self: a #ThanrakXlsxReader
 * @sheet_name: (nullable): the name of the sheet to read, or %NULL for
 *   the first one. An exact match is preferred; otherwise case and
 *   surrounding spaces are ignored.
 *
 * Reads one sheet into a table. Shared strings, inline strings, numbers,
 * booleans and error values (`#REF!`, `#N/A`, …) are read as cells of
 * the matching #ThanrakCellKind; formulas give their last computed value;
 * missing cells are empty; dates are the numbers Excel stores (days since
 * 1899-12-30), as the sheet holds no date type.
 *
 * Errors, in %THANRAK_IO_ERROR: %THANRAK_IO_ERROR_NO_SHEET when no sheet
 * has that name (the message lists the sheets); %THANRAK_IO_ERROR_ENCODING
 * when a cell's text (shared, inline or a formula's) is not valid UTF-8,
 * naming the cell's row and column (a damaged shared string that no cell
 * uses is no error); %THANRAK_IO_ERROR_CORRUPT,
 * %THANRAK_IO_ERROR_SYNTAX and %THANRAK_IO_ERROR_TOO_LARGE as for
 * thanrak_xlsx_reader_new_for_bytes(), and for more than
 * %THANRAK_IO_MAX_ROWS rows, %THANRAK_IO_MAX_COLUMNS columns or
 * %THANRAK_IO_MAX_CELLS cells.
 *
 * Returns: (transfer full): the table, or %NULL with @error set
 */
ThanrakTable *
thanrak_xlsx_reader_read_sheet (ThanrakXlsxReader  *self,
                                const char         *sheet_name,
                                GError            **error)
{
  g_autoptr(ThanrakTable) table = NULL;
  g_autoptr(GsfInput) input = NULL;
  Sheet *sheet = NULL;

  g_return_val_if_fail (THANRAK_IS_XLSX_READER (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (sheet_name == NULL)
    sheet = self->sheets->len > 0 ? g_ptr_array_index (self->sheets, 0) : NULL;
  else
    {
      g_autofree char *wanted = g_utf8_casefold (sheet_name, -1);

      g_strstrip (wanted);
      for (guint i = 0; sheet == NULL && i < self->sheets->len; i++)
        if (g_str_equal (((Sheet *) g_ptr_array_index (self->sheets, i))->name, sheet_name))
          sheet = g_ptr_array_index (self->sheets, i);
      for (guint i = 0; sheet == NULL && i < self->sheets->len; i++)
        {
          Sheet *s = g_ptr_array_index (self->sheets, i);
          g_autofree char *name = g_utf8_casefold (s->name, -1);

          if (g_str_equal (g_strstrip (name), wanted))
            sheet = s;
        }
    }

  if (sheet == NULL)
    {
      g_autofree char *names = g_strjoinv ("”, “", self->sheet_names);

      g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_NO_SHEET,
                   _("The workbook has no sheet named “%s”: its sheets are “%s”."),
                   sheet_name ? sheet_name : "", names);
      return NULL;
    }

  if (sheet->part == NULL || (input = open_part (self, sheet->part)) == NULL)
    {
      g_set_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_CORRUPT,
                   _("The workbook lists the sheet “%s” but does not hold it: the file is damaged. Save it again from Excel or LibreOffice."),
                   sheet->name);
      return NULL;
    }

  if (!load_shared_strings (self, error))
    return NULL;

  table = _thanrak_table_new (THANRAK_TABLE_FORMAT_XLSX, THANRAK_TEXT_ENCODING_UTF8, sheet->name);
  _thanrak_table_hold (table, g_rc_box_acquire (self->shared_text), shared_text_release);
  if (!parse_sheet (self, input, sheet->part, table, error))
    return NULL;

  _thanrak_table_finish (table);
  return g_steal_pointer (&table);
}

/*
 * For the fuzz target: runs one XML part parser on a buffer, with the
 * same budget rule as a whole file. A sheet is parsed with 3 shared
 * strings present.
 */
gboolean
_thanrak_xlsx_parse_part (ThanrakXlsxPart   part,
                          const guint8     *data,
                          gsize             len,
                          GError          **error)
{
  g_autoptr(ThanrakXlsxReader) self = g_object_new (THANRAK_TYPE_XLSX_READER, NULL);
  g_autoptr(GsfInput) input = gsf_input_memory_new (data, (gsf_off_t) len, FALSE);
  g_autoptr(GPtrArray) rels = NULL;
  g_autoptr(ThanrakTable) table = NULL;

  self->budget = (guint64) len * THANRAK_IO_MAX_EXPANSION;

  switch (part)
    {
    case _THANRAK_XLSX_PART_RELS:
      rels = parse_rels (self, input, "rels", error);
      return rels != NULL;

    case _THANRAK_XLSX_PART_WORKBOOK:
      return parse_workbook (self, input, "workbook", error);

    case _THANRAK_XLSX_PART_SHARED_STRINGS:
      return parse_shared_strings (self, input, "sharedStrings", error);

    case _THANRAK_XLSX_PART_SHEET:
    default:
      g_ptr_array_add (self->shared, (gpointer) "อำเภอ");
      g_ptr_array_add (self->shared, (gpointer) "");
      g_ptr_array_add (self->shared, (gpointer) "district");
      table = _thanrak_table_new (THANRAK_TABLE_FORMAT_XLSX, THANRAK_TEXT_ENCODING_UTF8, "fuzz");
      if (!parse_sheet (self, input, "sheet", table, error))
        return FALSE;
      _thanrak_table_finish (table);
      return TRUE;
    }
}
