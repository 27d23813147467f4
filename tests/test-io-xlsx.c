/* test-io-xlsx.c: the xlsx reader on workbooks from LibreOffice and
 * openpyxl, and on hostile or damaged files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <locale.h>
#include <stdlib.h>
#include <gsf/gsf.h>
#include <string.h>

#include "thanrak-cli.h"
#include "thanrak-csv-reader.h"
#include "thanrak-heading-map.h"
#include "thanrak-io-error.h"
#include "thanrak-table-reader.h"
#include "thanrak-xlsx-reader.h"

static GBytes *
load_fixture (const char *name)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize len = 0;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, len);
}

static ThanrakXlsxReader *
open_fixture (const char *name)
{
  g_autoptr(GBytes) bytes = load_fixture (name);
  g_autoptr(GError) error = NULL;
  ThanrakXlsxReader *reader;

  reader = thanrak_xlsx_reader_new_for_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reader);
  return reader;
}

static void
assert_cell (ThanrakTable    *table,
             guint            row_number,
             const char      *column,
             ThanrakCellKind  kind,
             const char      *text)
{
  guint c = (guint) (column[0] - 'A');
  const ThanrakCell *cell = thanrak_table_get_cell (table, row_number - 1, c);

  if (kind == THANRAK_CELL_EMPTY)
    {
      g_assert_true (cell == NULL || cell->kind == THANRAK_CELL_EMPTY);
      return;
    }

  g_assert_nonnull (cell);
  g_assert_cmpstr (cell->text, ==, text);
  g_assert_cmpint (cell->kind, ==, kind);
  g_assert_cmpuint (cell->row, ==, row_number);
  g_assert_cmpuint (cell->column, ==, c);
}

/* LibreOffice's xlsx of a fixture holds the same cells as the CSV. */
static void
test_xlsx_libreoffice (void)
{
  g_autoptr(ThanrakXlsxReader) reader = open_fixture ("sakaeo-2564-round2-libreoffice.xlsx");
  g_autofree char *csv_path = g_build_filename (TEST_DATA_DIR, "sakaeo-2564-round2.csv", NULL);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv_path);
  g_autoptr(ThanrakTable) csv = NULL;
  g_autoptr(ThanrakTable) table = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *names;

  names = thanrak_xlsx_reader_get_sheet_names (reader);
  g_assert_cmpuint (g_strv_length ((char **) names), ==, 1);
  g_assert_cmpstr (names[0], ==, "sakaeo-2564-round2");

  table = thanrak_xlsx_reader_read_sheet (reader, NULL, &error);
  g_assert_no_error (error);
  csv = thanrak_csv_read_file (csv_file, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpint (thanrak_table_get_format (table), ==, THANRAK_TABLE_FORMAT_XLSX);
  g_assert_cmpstr (thanrak_table_get_sheet_name (table), ==, "sakaeo-2564-round2");
  g_assert_cmpuint (thanrak_table_get_n_rows (table), ==, 10);
  g_assert_cmpuint (thanrak_table_get_n_columns (table), ==, 5);
  for (guint r = 0; r < 10; r++)
    for (guint c = 0; c < 5; c++)
      {
        const ThanrakCell *a = thanrak_table_get_cell (table, r, c);
        const ThanrakCell *b = thanrak_table_get_cell (csv, r, c);

        g_assert_cmpstr (a->text, ==, b->text);
        g_assert_cmpint (a->kind, ==, b->kind);
        g_assert_cmpfloat (a->number, ==, b->number);
      }

  assert_cell (table, 1, "D", THANRAK_CELL_TEXT, "จำนวนผลิตภัณฑ์ OTOP ปี 2557 - 2563");
  assert_cell (table, 2, "B", THANRAK_CELL_TEXT, "เมืองสระแก้ว");
  assert_cell (table, 10, "E", THANRAK_CELL_NUMBER, "2172561200");
}

/* openpyxl: title lines, blanks, #REF!, #N/A, text in a number column. */
static void
test_xlsx_messy (void)
{
  g_autoptr(ThanrakXlsxReader) reader = open_fixture ("messy-operators.xlsx");
  g_autoptr(ThanrakTable) cover = NULL;
  g_autoptr(ThanrakTable) table = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *names = thanrak_xlsx_reader_get_sheet_names (reader);

  g_assert_cmpuint (g_strv_length ((char **) names), ==, 2);
  g_assert_cmpstr (names[0], ==, "ปก");
  g_assert_cmpstr (names[1], ==, "ผู้ประกอบการ");

  cover = thanrak_xlsx_reader_read_sheet (reader, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (thanrak_table_get_sheet_name (cover), ==, "ปก");
  g_assert_cmpuint (thanrak_table_get_n_rows (cover), ==, 1);

  table = thanrak_xlsx_reader_read_sheet (reader, "ผู้ประกอบการ", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (thanrak_table_get_n_rows (table), ==, 10);
  g_assert_cmpuint (thanrak_table_get_n_columns (table), ==, 8);

  assert_cell (table, 1, "A", THANRAK_CELL_TEXT, "ข้อมูลผู้ประกอบการ OTOP จังหวัดสระแก้ว ปีงบประมาณ 2564");
  g_assert_true (thanrak_table_row_is_empty (table, 1));
  assert_cell (table, 3, "D", THANRAK_CELL_TEXT, "จำนวนผู้ประกอบการ");
  assert_cell (table, 3, "G", THANRAK_CELL_EMPTY, NULL);
  assert_cell (table, 3, "H", THANRAK_CELL_TEXT, "หมายเหตุ");

  assert_cell (table, 4, "B", THANRAK_CELL_NUMBER, "2701");
  assert_cell (table, 4, "C", THANRAK_CELL_TEXT, "เมืองสระแก้ว");
  assert_cell (table, 4, "E", THANRAK_CELL_NUMBER, "68302860");
  assert_cell (table, 4, "F", THANRAK_CELL_BOOLEAN, "TRUE");
  assert_cell (table, 4, "G", THANRAK_CELL_EMPTY, NULL);
  assert_cell (table, 4, "H", THANRAK_CELL_TEXT, "ตรวจแล้ว");

  /* A blank is empty, never 0. */
  assert_cell (table, 5, "D", THANRAK_CELL_EMPTY, NULL);
  assert_cell (table, 5, "F", THANRAK_CELL_BOOLEAN, "FALSE");
  assert_cell (table, 6, "D", THANRAK_CELL_ERROR, "#REF!");
  assert_cell (table, 7, "E", THANRAK_CELL_ERROR, "#N/A");
  assert_cell (table, 8, "D", THANRAK_CELL_TEXT, "ไม่ทราบ");
  assert_cell (table, 8, "E", THANRAK_CELL_NUMBER, "1234.5");
  g_assert_cmpfloat (thanrak_table_get_cell (table, 7, 4)->number, ==, 1234.5);
  g_assert_true (thanrak_table_row_is_empty (table, 8));
  assert_cell (table, 10, "C", THANRAK_CELL_TEXT, "อรัญประเทศ");
  assert_cell (table, 10, "E", THANRAK_CELL_NUMBER, "0");
  assert_cell (table, 10, "F", THANRAK_CELL_EMPTY, NULL);

  /* Sheet names: exact, or ignoring case and spaces; else the list. */
  g_clear_object (&table);
  table = thanrak_xlsx_reader_read_sheet (reader, "ใบที่สาม", &error);
  g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_NO_SHEET);
  g_assert_nonnull (strstr (error->message, "“ปก”, “ผู้ประกอบการ”"));
  g_assert_null (table);
}

static void
test_xlsx_inline_strings (void)
{
  g_autoptr(ThanrakXlsxReader) reader = open_fixture ("inline-strings.xlsx");
  g_autoptr(ThanrakTable) table = NULL;
  g_autoptr(GError) error = NULL;

  table = thanrak_xlsx_reader_read_sheet (reader, " district figures ", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (thanrak_table_get_sheet_name (table), ==, "District Figures");
  g_assert_cmpuint (thanrak_table_get_n_rows (table), ==, 3);

  /* Rich-text runs joined, the phonetic run left out. */
  assert_cell (table, 1, "A", THANRAK_CELL_TEXT, "อำเภอ");
  assert_cell (table, 1, "B", THANRAK_CELL_TEXT, "line one\r\nline two");
  assert_cell (table, 1, "C", THANRAK_CELL_TEXT, "  two  spaces ");
  g_assert_true (thanrak_table_row_is_empty (table, 1));
  assert_cell (table, 3, "A", THANRAK_CELL_EMPTY, NULL);
  assert_cell (table, 3, "B", THANRAK_CELL_TEXT, "ฉะเชิงเทรา & co");
  assert_cell (table, 3, "C", THANRAK_CELL_EMPTY, NULL);
  assert_cell (table, 3, "D", THANRAK_CELL_NUMBER, "-1.25E+3");
  g_assert_cmpfloat (thanrak_table_get_cell (table, 2, 3)->number, ==, -1250.0);
  assert_cell (table, 3, "E", THANRAK_CELL_BOOLEAN, "FALSE");
  assert_cell (table, 3, "F", THANRAK_CELL_EMPTY, NULL);
  assert_cell (table, 3, "G", THANRAK_CELL_ERROR, "#DIV/0!");
}

/* Building workbooks in memory with libgsf's zip writer. */

static void
add_part (GsfOutfile  *zip,
          GHashTable  *dirs,
          const char  *path,
          const char  *data,
          gsize        len)
{
  g_auto(GStrv) names = g_strsplit (path, "/", -1);
  GsfOutfile *dir = zip;
  g_autoptr(GString) prefix = g_string_new (NULL);
  GsfOutput *child;
  guint n = g_strv_length (names);

  for (guint i = 0; i + 1 < n; i++)
    {
      GsfOutfile *sub;

      g_string_append_printf (prefix, "%s/", names[i]);
      sub = g_hash_table_lookup (dirs, prefix->str);
      if (sub == NULL)
        {
          sub = GSF_OUTFILE (gsf_outfile_new_child (dir, names[i], TRUE));
          g_hash_table_insert (dirs, g_strdup (prefix->str), sub);
        }
      dir = sub;
    }

  child = gsf_outfile_new_child (dir, names[n - 1], FALSE);
  g_assert_true (gsf_output_write (child, len, (const guint8 *) data));
  g_assert_true (gsf_output_close (child));
  g_object_unref (child);
}

static void
close_dir (gpointer data)
{
  gsf_output_close (GSF_OUTPUT (data));
  g_object_unref (data);
}

static GBytes *
make_workbook_impl (const char *sheet_xml,
                    gsize       sheet_len,
                    gboolean    with_mimetype,
                    const char *book_rels_xml,
                    const char *strings_xml,
                    gsize       strings_len)
{
  static const char rels[] =
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
    "</Relationships>";
  static const char book[] =
    "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
    " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  static const char book_rels[] =
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    "</Relationships>";
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) dirs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GsfOutput *mem = gsf_output_memory_new ();
  GsfOutfile *zip = gsf_outfile_zip_new (mem, &error);
  GBytes *bytes;
  GList *list;

  g_assert_no_error (error);
  if (with_mimetype)
    add_part (zip, dirs, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", 46);
  add_part (zip, dirs, "_rels/.rels", rels, strlen (rels));
  add_part (zip, dirs, "xl/workbook.xml", book, strlen (book));
  if (book_rels_xml == NULL)
    book_rels_xml = book_rels;
  add_part (zip, dirs, "xl/_rels/workbook.xml.rels", book_rels_xml, strlen (book_rels_xml));
  add_part (zip, dirs, "xl/worksheets/sheet1.xml", sheet_xml, sheet_len);
  if (strings_xml != NULL)
    add_part (zip, dirs, "xl/sharedStrings.xml", strings_xml, strings_len);

  /* Close folders deepest first, then the archive. */
  list = g_list_sort (g_hash_table_get_keys (dirs), (GCompareFunc) strcmp);
  for (GList *l = g_list_last (list); l != NULL; l = l->prev)
    close_dir (g_hash_table_lookup (dirs, l->data));
  g_list_free (list);

  g_assert_true (gsf_output_close (GSF_OUTPUT (zip)));
  g_object_unref (zip);
  bytes = g_bytes_new (gsf_output_memory_get_bytes (GSF_OUTPUT_MEMORY (mem)),
                       (gsize) gsf_output_size (mem));
  g_object_unref (mem);

  return bytes;
}

static GBytes *
make_workbook (const char *sheet_xml,
               gsize       sheet_len,
               gboolean    with_mimetype)
{
  return make_workbook_impl (sheet_xml, sheet_len, with_mimetype, NULL, NULL, 0);
}

/* A workbook whose sheet holds @cells, the XML of its rows. */
static GBytes *
make_rows_workbook (const char *cells)
{
  g_autofree char *sheet = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                                            "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                            "<sheetData>%s</sheetData></worksheet>", cells);

  return make_workbook (sheet, strlen (sheet), FALSE);
}

static GBytes *
make_workbook_full (const char *sheet_xml,
                    gsize       sheet_len,
                    const char *book_rels_xml,
                    const char *strings_xml,
                    gsize       strings_len)
{
  return make_workbook_impl (sheet_xml, sheet_len, FALSE, book_rels_xml, strings_xml, strings_len);
}

/* The zip writer itself makes a workbook the reader takes. */
static void
test_xlsx_generated (void)
{
  static const char sheet[] =
    "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<sheetData><row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>โพนพิสัย</t></is></c>"
    "<c r=\"C2\"><v>102</v></c></row></sheetData></worksheet>";
  g_autoptr(GBytes) bytes = make_workbook (sheet, strlen (sheet), FALSE);
  g_autoptr(ThanrakTable) table = NULL;
  g_autoptr(GError) error = NULL;

  table = thanrak_table_read_bytes (bytes, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (thanrak_table_get_format (table), ==, THANRAK_TABLE_FORMAT_XLSX);
  g_assert_cmpuint (thanrak_table_get_n_rows (table), ==, 2);
  assert_cell (table, 2, "B", THANRAK_CELL_TEXT, "โพนพิสัย");
  assert_cell (table, 2, "C", THANRAK_CELL_NUMBER, "102");
}

/* A highly compressible sheet (a “zip bomb”) is refused. */
static void
test_xlsx_zip_bomb (void)
{
  g_autoptr(GString) sheet = g_string_new ("<?xml version=\"1.0\"?><worksheet "
                                           "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ThanrakXlsxReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 1000000; i++)
    g_string_append (sheet, "<row><c><v>0</v></c></row>");
  g_string_append (sheet, "</sheetData></worksheet>");

  bytes = make_workbook (sheet->str, sheet->len, FALSE);
  g_assert_cmpuint (g_bytes_get_size (bytes) * THANRAK_IO_MAX_EXPANSION, <, sheet->len);

  reader = thanrak_xlsx_reader_new_for_bytes (bytes, &error);
  g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "100 times"));
  g_assert_null (reader);
}

/* Sheets that stay within the expansion limit but not within the limits
 * of rows, columns and cells. */
static void
test_xlsx_cell_limits (void)
{
  const struct { const char *cells; gint code; } cases[] = {
    { "<row r=\"1048577\"><c><v>1</v></c></row>", THANRAK_IO_ERROR_TOO_LARGE },
    { "<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>", THANRAK_IO_ERROR_TOO_LARGE },
    { "<row r=\"1\"><c r=\"ABCD1\"><v>1</v></c></row>", THANRAK_IO_ERROR_CORRUPT },
    { "<row r=\"1\"><c r=\"A0\"><v>1</v></c></row>", THANRAK_IO_ERROR_CORRUPT },
    { "<row r=\"1\"><c r=\"A1\"><v>12abc</v></c></row>", THANRAK_IO_ERROR_CORRUPT },
    { "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", THANRAK_IO_ERROR_CORRUPT },
    { "<row r=\"1\"><c r=\"A1\"><v>1</v></c>", THANRAK_IO_ERROR_SYNTAX },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = make_rows_workbook (cases[i].cells);
      g_autoptr(ThanrakTable) table = NULL;
      g_autoptr(GError) error = NULL;

      table = thanrak_table_read_bytes (bytes, NULL, NULL, &error);
      g_assert_error (error, THANRAK_IO_ERROR, cases[i].code);
      g_assert_null (table);
    }

  /* XFD in every one of 200 rows: 3,276,800 cells, more than 2,000,000. */
  {
    g_autoptr(GString) sheet = g_string_new ("<?xml version=\"1.0\"?><worksheet "
                                             "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(ThanrakTable) table = NULL;
    g_autoptr(GError) error = NULL;

    for (guint i = 1; i <= 200; i++)
      g_string_append_printf (sheet, "<row r=\"%u\"><c r=\"XFD%u\"><v>%u</v></c></row>", i, i, i * 7919);
    g_string_append (sheet, "</sheetData></worksheet>");
    bytes = make_workbook (sheet->str, sheet->len, FALSE);
    table = thanrak_table_read_bytes (bytes, NULL, NULL, &error);
    g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_TOO_LARGE);
    g_assert_nonnull (strstr (error->message, "2000000"));
  }

  /* One 100,000-byte shared text in 3,000 cells: 300 MB of text from a
   * file of a few kilobytes, were it copied into each cell. It is not. */
  {
    static const char book_rels[] =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
      "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
      "</Relationships>";
    g_autoptr(GString) sheet = g_string_new ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    g_autoptr(GString) strings = g_string_new ("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>");
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(ThanrakTable) table = NULL;
    g_autoptr(GError) error = NULL;

    for (guint i = 0; i < 100000; i++)
      g_string_append_c (strings, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[(i * 7 + i / 26) % 26]);
    g_string_append (strings, "</t></si></sst>");
    for (guint r = 1; r <= 3000; r++)
      g_string_append_printf (sheet, "<row r=\"%u\"><c r=\"A%u\" t=\"s\"><v>0</v></c></row>", r, r);
    g_string_append (sheet, "</sheetData></worksheet>");
    bytes = make_workbook_full (sheet->str, sheet->len, book_rels, strings->str, strings->len);
    table = thanrak_table_read_bytes (bytes, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (thanrak_table_get_n_rows (table), ==, 3000);
    g_assert_cmpuint (strlen (thanrak_table_get_text (table, 2999, 0)), ==, 100000);
    g_assert_true (thanrak_table_get_text (table, 0, 0) == thanrak_table_get_text (table, 2999, 0));
  }

  /* Entities are refused (“billion laughs”). */
  {
    static const char sheet[] =
      "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<sheetData><row><c t=\"inlineStr\"><is><t>&b;</t></is></c></row></sheetData></worksheet>";
    g_autoptr(GBytes) bytes = make_workbook (sheet, strlen (sheet), FALSE);
    g_autoptr(ThanrakTable) table = NULL;
    g_autoptr(GError) error = NULL;

    table = thanrak_table_read_bytes (bytes, NULL, NULL, &error);
    g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_SYNTAX);
  }
}

/* Every truncation of a real workbook fails cleanly, as do damaged
 * bytes; none crashes (the fuzz target goes further). */
static void
test_xlsx_truncated (void)
{
  g_autoptr(GBytes) whole = load_fixture ("sakaeo-2564-round2-libreoffice.xlsx");
  gsize len = g_bytes_get_size (whole);
  const guint8 *data = g_bytes_get_data (whole, NULL);
  guint n_damaged_read = 0;

  for (gsize cut = 0; cut < len; cut += 61)
    {
      g_autoptr(GBytes) part = g_bytes_new (data, cut);
      g_autoptr(ThanrakXlsxReader) reader = NULL;
      g_autoptr(GError) error = NULL;

      reader = thanrak_xlsx_reader_new_for_bytes (part, &error);
      g_assert_null (reader);
      g_assert_nonnull (error);
      g_assert_true (error->domain == THANRAK_IO_ERROR);
    }

  /* Flip one byte at a time in the middle of the compressed data. */
  for (gsize at = 200; at < len - 200; at += 97)
    {
      g_autofree guint8 *copy = g_memdup2 (data, len);
      g_autoptr(GBytes) damaged = NULL;
      g_autoptr(ThanrakTable) table = NULL;
      g_autoptr(GError) error = NULL;

      copy[at] ^= 0x5A;
      damaged = g_bytes_new (copy, len);
      table = thanrak_table_read_bytes (damaged, "damaged.xlsx", NULL, &error);
      if (table == NULL)
        g_assert_true (error->domain == THANRAK_IO_ERROR);
      else
        n_damaged_read++;
    }
  g_test_message ("%u damaged copies still read", n_damaged_read);

  {
    g_autoptr(GBytes) half = g_bytes_new (data, len / 2);
    g_autoptr(GError) error = NULL;
    g_autoptr(ThanrakXlsxReader) reader = thanrak_xlsx_reader_new_for_bytes (half, &error);

    g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_CORRUPT);
    g_assert_nonnull (strstr (error->message, "truncated"));
    g_assert_null (reader);
  }
}

/* Invalid UTF-8: Thai in Windows-874 written into a part declared UTF-8,
 * as some web systems export it. */

#define STRINGS_BOOK_RELS \
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" \
  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>" \
  "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>" \
  "</Relationships>"

/* Text 1 is สระแก้ว in Windows-874, between two sound Thai texts. */
#define BAD_SHARED_STRINGS \
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" \
  "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"3\" uniqueCount=\"3\">" \
  "<si><t>อำเภอ</t></si>" \
  "<si><t>\xCA\xC3\xD0\xE1\xA1\xE9\xC7</t></si>" \
  "<si><r><t>เมือง</t></r><r><t>สระแก้ว</t></r></si>" \
  "</sst>"

static GBytes *
make_sheet_with_strings (const char *cells,
                         const char *strings_xml)
{
  g_autofree char *sheet = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                                            "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                            "<sheetData>%s</sheetData></worksheet>", cells);

  return make_workbook_full (sheet, strlen (sheet), STRINGS_BOOK_RELS,
                             strings_xml, strlen (strings_xml));
}

/* A shared text with invalid UTF-8 is reported at the cell that uses it,
 * as the CSV reader reports it. */
static void
test_xlsx_bad_utf8_shared (void)
{
  g_autoptr(GBytes) bytes = make_sheet_with_strings ("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                                                     "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>2</v></c></row>"
                                                     "<row r=\"3\"><c r=\"A3\"><v>2701</v></c>"
                                                     "<c r=\"B3\" t=\"s\"><v>1</v></c></row>",
                                                     BAD_SHARED_STRINGS);
  g_autoptr(ThanrakTable) table = NULL;
  g_autoptr(GError) error = NULL;

  table = thanrak_table_read_bytes (bytes, "sakaeo.xlsx", NULL, &error);
  g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_ENCODING);
  g_assert_null (table);
  g_assert_nonnull (strstr (error->message, "row 3, column B"));
  g_assert_nonnull (strstr (error->message, "UTF-8"));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
}

/* A damaged shared text that no cell uses does not fail the sheet, and
 * the texts after it are read as they are. */
static void
test_xlsx_bad_utf8_unused (void)
{
  g_autoptr(GString) long_thai = g_string_new (NULL);
  g_autoptr(GString) strings = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ThanrakTable) table = NULL;
  g_autoptr(GError) error = NULL;

  /* Long enough that a Thai character spans two reads of the part. */
  for (guint i = 0; i < 1000; i++)
    g_string_append (long_thai, "วังน้ำเย็น");
  g_string_append_len (strings, BAD_SHARED_STRINGS, strlen (BAD_SHARED_STRINGS) - strlen ("</sst>"));
  g_string_append_printf (strings, "<si><t>%s</t></si></sst>", long_thai->str);

  bytes = make_sheet_with_strings ("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                                   "<row r=\"3\"><c r=\"A3\"><v>2701</v></c>"
                                   "<c r=\"B3\" t=\"s\"><v>2</v></c>"
                                   "<c r=\"C3\" t=\"s\"><v>3</v></c></row>",
                                   strings->str);
  table = thanrak_table_read_bytes (bytes, "sakaeo.xlsx", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (thanrak_table_get_n_rows (table), ==, 3);
  assert_cell (table, 1, "A", THANRAK_CELL_TEXT, "อำเภอ");
  assert_cell (table, 3, "A", THANRAK_CELL_NUMBER, "2701");
  assert_cell (table, 3, "B", THANRAK_CELL_TEXT, "เมืองสระแก้ว");
  assert_cell (table, 3, "C", THANRAK_CELL_TEXT, long_thai->str);
}

/* Invalid UTF-8 in an inline string or a formula's text result is
 * reported at its cell too. */
static void
test_xlsx_bad_utf8_inline (void)
{
  const struct { const char *cells; const char *where; } cases[] = {
    { "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>อำเภอ</t></is></c></row>"
      "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>\xCA\xC3\xD0\xE1\xA1\xE9\xC7</t></is></c></row>",
      "row 3, column B" },
    { "<row r=\"2\"><c r=\"D2\" t=\"inlineStr\"><is><r><t>เมือง</t></r><r><t>\xE0\xB8</t></r></is></c></row>",
      "row 2, column D" },
    { "<row r=\"4\"><c r=\"C4\" t=\"str\"><f>A1&amp;\"x\"</f><v>อำเภอ\xFF</v></c></row>",
      "row 4, column C" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = make_rows_workbook (cases[i].cells);
      g_autoptr(ThanrakTable) table = NULL;
      g_autoptr(GError) error = NULL;

      table = thanrak_table_read_bytes (bytes, NULL, NULL, &error);
      g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_ENCODING);
      g_assert_null (table);
      g_assert_nonnull (strstr (error->message, cases[i].where));
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }
}

/* Invalid bytes outside any text are refused as before, as not
 * well-formed XML; a part declared in another encoding is read as it
 * declares. */
static void
test_xlsx_bad_utf8_markup (void)
{
  const struct { const char *xml; gint code; const char *text; } cases[] = {
    { "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<sheetData><row r=\"1\"><c r=\"A1\" s=\"\xFF\"><v>1</v></c></row></sheetData></worksheet>",
      THANRAK_IO_ERROR_SYNTAX, NULL },
    { "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><!-- \xFF -->"
      "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData></worksheet>",
      THANRAK_IO_ERROR_SYNTAX, NULL },
    { "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>"
      "<headerFooter><oddHeader>\xFF</oddHeader></headerFooter></worksheet>",
      THANRAK_IO_ERROR_SYNTAX, NULL },
    { "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>caf\xE9</t></is></c></row></sheetData></worksheet>",
      0, "café" },
    /* The mark the reader puts for invalid bytes, in a sound part. */
    { "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a\xEF\xB7\x90</t></is></c></row></sheetData></worksheet>",
      0, "a\xEF\xB7\x90" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = make_workbook (cases[i].xml, strlen (cases[i].xml), FALSE);
      g_autoptr(ThanrakTable) table = NULL;
      g_autoptr(GError) error = NULL;

      table = thanrak_table_read_bytes (bytes, NULL, NULL, &error);
      if (cases[i].text == NULL)
        {
          g_assert_error (error, THANRAK_IO_ERROR, cases[i].code);
          g_assert_null (table);
          continue;
        }
      g_assert_no_error (error);
      assert_cell (table, 1, "A", THANRAK_CELL_TEXT, cases[i].text);
    }
}

static void
test_xlsx_not_xlsx (void)
{
  static const char sheet[] = "<worksheet/>";
  g_autoptr(GBytes) ods = make_workbook (sheet, strlen (sheet), TRUE);
  g_autoptr(GBytes) xls = g_bytes_new_static ("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12);
  g_autoptr(GBytes) garbage = g_bytes_new_static ("PK\x03\x04 this is not a zip archive", 34);
  g_autoptr(ThanrakTable) table = NULL;
  g_autoptr(GError) error = NULL;

  table = thanrak_table_read_bytes (ods, NULL, NULL, &error);
  g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_UNSUPPORTED);
  g_assert_nonnull (strstr (error->message, ".ods"));
  g_clear_error (&error);

  table = thanrak_table_read_bytes (xls, NULL, NULL, &error);
  g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_UNSUPPORTED);
  g_assert_nonnull (strstr (error->message, ".xls"));
  g_clear_error (&error);

  table = thanrak_table_read_bytes (garbage, NULL, NULL, &error);
  g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_CORRUPT);
  g_assert_null (table);
  g_clear_error (&error);

  /* A web page saved as “report.xls” by a web system. */
  {
    static const char html[] = "\xEF\xBB\xBF\r\n<HTML><head><meta charset=\"utf-8\"></head>"
                               "<body><TABLE><tr><td>อำเภอ</td></tr></TABLE></body></HTML>";
    g_autoptr(GBytes) page = g_bytes_new_static (html, strlen (html));

    table = thanrak_table_read_bytes (page, "report.xls", NULL, &error);
    g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_UNSUPPORTED);
    g_assert_nonnull (strstr (error->message, "web page"));
    g_assert_null (table);
  }
}

/* The heading row of a form with a title above, columns in any order. */
static void
test_xlsx_headings (void)
{
  static const char * const district_code[] = { "รหัสอำเภอ", "district code", NULL };
  static const char * const district[] = { "อำเภอ", "district", NULL };
  static const char * const operators[] = { "จำนวนผู้ประกอบการ", "operators", NULL };
  static const char * const sales[] = { "ยอดจำหน่าย", "sales", NULL };
  static const char * const products[] = { "จำนวนผลิตภัณฑ์", "products", NULL };
  static const ThanrakHeadingSpec specs[] = {
    { "district", district, TRUE, FALSE },
    { "district_code", district_code, FALSE, FALSE },
    { "operators", operators, TRUE, FALSE },
    { "sales", sales, FALSE, FALSE },
    { "products", products, TRUE, FALSE },
  };
  g_autoptr(ThanrakXlsxReader) reader = open_fixture ("messy-operators.xlsx");
  g_autoptr(ThanrakTable) table = thanrak_xlsx_reader_read_sheet (reader, "ผู้ประกอบการ", NULL);
  g_autoptr(ThanrakHeadingMap) map = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *missing;
  const guint *unknown;
  guint n_unknown = 0;

  map = thanrak_heading_map_find (table, specs, G_N_ELEMENTS (specs), 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (thanrak_heading_map_get_row (map), ==, 2);
  g_assert_cmpint (thanrak_heading_map_get_column (map, "district_code"), ==, 1);
  g_assert_cmpint (thanrak_heading_map_get_column (map, "district"), ==, 2);
  g_assert_cmpint (thanrak_heading_map_get_column (map, "operators"), ==, 3);
  /* “ยอดจำหน่าย (บาท)” without its note. */
  g_assert_cmpint (thanrak_heading_map_get_column (map, "sales"), ==, 4);
  g_assert_cmpint (thanrak_heading_map_get_column (map, "products"), ==, -1);
  g_assert_cmpint (thanrak_heading_map_get_column (map, "no such field"), ==, -1);

  unknown = thanrak_heading_map_get_unknown_columns (map, &n_unknown);
  g_assert_cmpuint (n_unknown, ==, 3);
  g_assert_cmpuint (unknown[0], ==, 0);  /* ลำดับ */
  g_assert_cmpuint (unknown[1], ==, 5);  /* ส่งเสริมแล้ว */
  g_assert_cmpuint (unknown[2], ==, 7);  /* หมายเหตุ */

  missing = thanrak_heading_map_get_missing_fields (map);
  g_assert_cmpstr (missing[0], ==, "products");
  g_assert_null (missing[1]);

  g_assert_false (thanrak_heading_map_check (map, &error));
  g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_NO_HEADINGS);
  g_assert_nonnull (strstr (error->message, "Row 3"));
  g_assert_nonnull (strstr (error->message, "จำนวนผลิตภัณฑ์"));
  g_clear_error (&error);
  g_clear_object (&map);

  /* Needing 5 known headings, no row qualifies. */
  map = thanrak_heading_map_find (table, specs, G_N_ELEMENTS (specs), 5, &error);
  g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_NO_HEADINGS);
  g_assert_null (map);
}

static int
run_cli (const char * const *args)
{
  g_auto(GStrv) argv = g_strdupv ((char **) args);

  /* g_print() writes Thai only in a UTF-8 locale; messages stay English. */
  setlocale (LC_ALL, "C.UTF-8");
  return thanrak_cli_run (g_strv_length (argv), argv);
}

/* `thanrak-cli read-table` prints what the readers see. */
static void
test_cli_read_table (void)
{
  g_autofree char *xlsx = g_build_filename (TEST_DATA_DIR, "messy-operators.xlsx", NULL);
  g_autofree char *csv = g_build_filename (TEST_DATA_DIR, "nongkhai-2565.csv", NULL);

  if (g_test_subprocess ())
    {
      const char *args[] = { "thanrak-cli", "read-table", xlsx, "--sheet", "ผู้ประกอบการ", NULL };
      exit (run_cli (args));
    }
  g_test_trap_subprocess ("/io/cli/read-table/subprocess/xlsx", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("Format: xlsx\nEncoding: UTF-8\nSheet: ผู้ประกอบการ\n"
                             "Sheets: “ปก”, “ผู้ประกอบการ”\nRows: 10, columns: 8\n"
                             "A1\ttext\tข้อมูลผู้ประกอบการ*"
                             "*C4\ttext\tเมืองสระแก้ว\n*"
                             "*E5\tnumber\t51329000\n*"
                             "*D6\terror\t#REF!\n*E7\terror\t#N/A\n*D8\ttext\tไม่ทราบ\n*");
  g_test_trap_assert_stdout_unmatched ("*D5*");

  g_test_trap_subprocess ("/io/cli/read-table/subprocess/tsv", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("รหัสอำเภอ\tอำเภอ\t*\n4301\tเมืองหนองคาย\t241\t16\n4305\tโพนพิสัย\t102\t18\n*");
  g_test_trap_assert_stdout_unmatched ("*Format:*");

  g_test_trap_subprocess ("/io/cli/read-table/subprocess/no-sheet", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*no sheet named “ใบที่สาม”*");

  g_test_trap_subprocess ("/io/cli/read-table/subprocess/no-file", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*exactly one file*");
}

static void
test_cli_read_table_tsv (void)
{
  g_autofree char *csv = g_build_filename (TEST_DATA_DIR, "nongkhai-2565.csv", NULL);
  const char *args[] = { "thanrak-cli", "read-table", "--tsv", csv, NULL };

  exit (run_cli (args));
}

static void
test_cli_read_table_no_sheet (void)
{
  g_autofree char *xlsx = g_build_filename (TEST_DATA_DIR, "messy-operators.xlsx", NULL);
  const char *args[] = { "thanrak-cli", "read-table", xlsx, "--sheet", "ใบที่สาม", NULL };

  exit (run_cli (args));
}

static void
test_cli_read_table_no_file (void)
{
  const char *args[] = { "thanrak-cli", "read-table", NULL };

  exit (run_cli (args));
}

static void
test_cli_read_table_xlsx (void)
{
  g_autofree char *xlsx = g_build_filename (TEST_DATA_DIR, "messy-operators.xlsx", NULL);
  const char *args[] = { "thanrak-cli", "read-table", xlsx, "--sheet", "ผู้ประกอบการ", NULL };

  exit (run_cli (args));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/xlsx/libreoffice", test_xlsx_libreoffice);
  g_test_add_func ("/io/xlsx/messy", test_xlsx_messy);
  g_test_add_func ("/io/xlsx/inline-strings", test_xlsx_inline_strings);
  g_test_add_func ("/io/xlsx/generated", test_xlsx_generated);
  g_test_add_func ("/io/xlsx/zip-bomb", test_xlsx_zip_bomb);
  g_test_add_func ("/io/xlsx/cell-limits", test_xlsx_cell_limits);
  g_test_add_func ("/io/xlsx/truncated", test_xlsx_truncated);
  g_test_add_func ("/io/xlsx/bad-utf8-shared", test_xlsx_bad_utf8_shared);
  g_test_add_func ("/io/xlsx/bad-utf8-unused", test_xlsx_bad_utf8_unused);
  g_test_add_func ("/io/xlsx/bad-utf8-inline", test_xlsx_bad_utf8_inline);
  g_test_add_func ("/io/xlsx/bad-utf8-markup", test_xlsx_bad_utf8_markup);
  g_test_add_func ("/io/xlsx/not-xlsx", test_xlsx_not_xlsx);
  g_test_add_func ("/io/xlsx/headings", test_xlsx_headings);
  g_test_add_func ("/io/cli/read-table", test_cli_read_table);
  g_test_add_func ("/io/cli/read-table/subprocess/xlsx", test_cli_read_table_xlsx);
  g_test_add_func ("/io/cli/read-table/subprocess/tsv", test_cli_read_table_tsv);
  g_test_add_func ("/io/cli/read-table/subprocess/no-sheet", test_cli_read_table_no_sheet);
  g_test_add_func ("/io/cli/read-table/subprocess/no-file", test_cli_read_table_no_file);

  return g_test_run ();
}
