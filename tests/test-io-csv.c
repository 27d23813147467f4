/* test-io-csv.c: the CSV reader on the fixtures and on awkward files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "thanrak-csv-reader.h"
#include "thanrak-io-error.h"
#include "thanrak-table-reader.h"

static ThanrakTable *
read_string (const char  *text,
             gssize       len,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, len < 0 ? strlen (text) : (gsize) len);

  return thanrak_csv_read_bytes (bytes, "test.csv", error);
}

static ThanrakTable *
read_fixture (const char *name)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  ThanrakTable *table;

  table = thanrak_csv_read_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
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

/* Every CSV in tests/data/ reads, as UTF-8, into rows as long as the
 * heading row, the headings being text. */
static void
test_csv_every_fixture (void)
{
  static const char * const required[] = {
    "nongkhai-2565.csv",
    "nongkhai-2565-expected-targets.csv",
    "sakaeo-2564-round2.csv",
    "sakaeo-2564-round2-expected-online-targets.csv",
    "sakaeo-2564-round2-expected-revenue-targets.csv",
    "thai-places-districts.csv",
  };
  g_autoptr(GDir) dir = g_dir_open (TEST_DATA_DIR, 0, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(ThanrakTable) table = NULL;
      guint width;

      if (!g_str_has_suffix (name, ".csv"))
        continue;

      table = read_fixture (name);
      g_hash_table_add (seen, g_strdup (name));
      g_assert_cmpint (thanrak_table_get_encoding (table), ==, THANRAK_TEXT_ENCODING_UTF8);
      g_assert_cmpint (thanrak_table_get_format (table), ==, THANRAK_TABLE_FORMAT_CSV);
      g_assert_cmpstr (thanrak_table_get_sheet_name (table), ==, name);
      g_assert_cmpuint (thanrak_table_get_n_rows (table), >=, 10);

      width = thanrak_table_get_row_length (table, 0);
      for (guint c = 0; c < width; c++)
        g_assert_cmpint (thanrak_table_get_kind (table, 0, c), ==, THANRAK_CELL_TEXT);
      for (guint r = 1; r < thanrak_table_get_n_rows (table); r++)
        {
          /* The districts file ends its rows with an empty deleted_at. */
          g_assert_cmpuint (thanrak_table_get_row_length (table, r), <=, width);
          g_assert_cmpuint (thanrak_table_get_row_length (table, r), >=, width - 1);
          /* Data rows start with a number; total rows (รวม…) with a blank. */
          if (thanrak_table_get_kind (table, r, 0) != THANRAK_CELL_NUMBER)
            {
              g_assert_cmpint (thanrak_table_get_kind (table, r, 0), ==, THANRAK_CELL_EMPTY);
              g_assert_true (g_str_has_prefix (thanrak_table_get_text (table, r, 1), "รวม"));
              g_assert_cmpuint (r, ==, thanrak_table_get_n_rows (table) - 1);
            }
        }
    }

  /* The seed fixtures are all there (others may be added beside them). */
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    g_assert_true (g_hash_table_contains (seen, required[i]));
}

static void
test_csv_sakaeo (void)
{
  g_autoptr(ThanrakTable) table = read_fixture ("sakaeo-2564-round2.csv");
  const ThanrakCell *cell;

  g_assert_cmpuint (thanrak_table_get_n_rows (table), ==, 10);
  g_assert_cmpuint (thanrak_table_get_n_columns (table), ==, 5);

  assert_cell (table, 1, "A", THANRAK_CELL_TEXT, "รหัสอำเภอ");
  assert_cell (table, 1, "E", THANRAK_CELL_TEXT, "ยอดจำหน่ายสินค้า OTOP 1 เม.ย. - 30 ก.ย. 2563 (บาท)");
  assert_cell (table, 2, "A", THANRAK_CELL_NUMBER, "2701");
  assert_cell (table, 2, "B", THANRAK_CELL_TEXT, "เมืองสระแก้ว");
  assert_cell (table, 2, "E", THANRAK_CELL_NUMBER, "68302860");
  assert_cell (table, 5, "B", THANRAK_CELL_TEXT, "วังน้ำเย็น");
  assert_cell (table, 5, "D", THANRAK_CELL_NUMBER, "267");
  assert_cell (table, 10, "B", THANRAK_CELL_TEXT, "วังสมบูรณ์");
  assert_cell (table, 10, "E", THANRAK_CELL_NUMBER, "2172561200");

  cell = thanrak_table_get_cell (table, 9, 4);
  g_assert_cmpfloat (cell->number, ==, 2172561200.0);
  g_assert_null (thanrak_table_get_cell (table, 10, 0));
  g_assert_null (thanrak_table_get_cell (table, 1, 5));
  g_assert_cmpstr (thanrak_table_get_text (table, 1, 5), ==, "");
}

static void
test_csv_nongkhai (void)
{
  g_autoptr(ThanrakTable) table = read_fixture ("nongkhai-2565.csv");
  g_autoptr(ThanrakTable) targets = read_fixture ("nongkhai-2565-expected-targets.csv");

  g_assert_cmpuint (thanrak_table_get_n_rows (table), ==, 10);
  assert_cell (table, 1, "C", THANRAK_CELL_TEXT, "จำนวนผู้ประกอบการทั้งหมด (1 ต.ค. 63 - 30 ก.ย. 64)");
  assert_cell (table, 3, "A", THANRAK_CELL_NUMBER, "4305");
  assert_cell (table, 3, "B", THANRAK_CELL_TEXT, "โพนพิสัย");
  assert_cell (table, 3, "C", THANRAK_CELL_NUMBER, "102");
  assert_cell (table, 3, "D", THANRAK_CELL_NUMBER, "18");
  assert_cell (table, 10, "B", THANRAK_CELL_TEXT, "โพธิ์ตาก");

  g_assert_cmpuint (thanrak_table_get_n_rows (targets), ==, 11);
  g_assert_cmpuint (thanrak_table_get_n_columns (targets), ==, 7);
  assert_cell (targets, 3, "B", THANRAK_CELL_TEXT, "โพนพิสัย");
  assert_cell (targets, 3, "G", THANRAK_CELL_NUMBER, "5");
  /* The total row: a blank first cell and a blank in the middle. */
  assert_cell (targets, 11, "A", THANRAK_CELL_EMPTY, NULL);
  assert_cell (targets, 11, "B", THANRAK_CELL_TEXT, "รวมทั้งสิ้น");
  assert_cell (targets, 11, "C", THANRAK_CELL_NUMBER, "818");
  assert_cell (targets, 11, "F", THANRAK_CELL_EMPTY, NULL);
  assert_cell (targets, 11, "G", THANRAK_CELL_NUMBER, "41");
}

static void
test_csv_districts (void)
{
  g_autoptr(ThanrakTable) table = read_fixture ("thai-places-districts.csv");

  /* CRLF line ends; 929 districts under the heading. */
  g_assert_cmpuint (thanrak_table_get_n_rows (table), ==, 930);
  assert_cell (table, 1, "A", THANRAK_CELL_TEXT, "id");
  assert_cell (table, 2, "A", THANRAK_CELL_NUMBER, "1001");
  assert_cell (table, 2, "B", THANRAK_CELL_TEXT, "เขตพระนคร");
  assert_cell (table, 2, "E", THANRAK_CELL_TEXT, "2019-08-09T03:33:09.000+07:00");
  assert_cell (table, 2, "G", THANRAK_CELL_EMPTY, NULL);
}

/* Thai Excel's plain “CSV” is Windows-874: the same fixture converted
 * reads to the same cells. */
static void
test_csv_windows_874 (void)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "sakaeo-2564-round2.csv", NULL);
  g_autofree char *utf8 = NULL;
  g_autofree char *cp874 = NULL;
  g_autoptr(ThanrakTable) expected = NULL;
  g_autoptr(ThanrakTable) table = NULL;
  g_autoptr(GError) error = NULL;
  gsize len = 0, cp874_len = 0;

  g_assert_true (g_file_get_contents (path, &utf8, &len, NULL));
  cp874 = g_convert (utf8, len, "CP874", "UTF-8", NULL, &cp874_len, &error);
  g_assert_no_error (error);
  g_assert_false (g_utf8_validate (cp874, cp874_len, NULL));

  expected = read_fixture ("sakaeo-2564-round2.csv");
  table = read_string (cp874, cp874_len, &error);
  g_assert_no_error (error);
  g_assert_cmpint (thanrak_table_get_encoding (table), ==, THANRAK_TEXT_ENCODING_WINDOWS_874);
  g_assert_cmpstr (thanrak_text_encoding_to_string (thanrak_table_get_encoding (table)), ==, "Windows-874");

  g_assert_cmpuint (thanrak_table_get_n_rows (table), ==, thanrak_table_get_n_rows (expected));
  for (guint r = 0; r < thanrak_table_get_n_rows (table); r++)
    {
      g_assert_cmpuint (thanrak_table_get_row_length (table, r), ==,
                        thanrak_table_get_row_length (expected, r));
      for (guint c = 0; c < thanrak_table_get_row_length (table, r); c++)
        {
          g_assert_cmpstr (thanrak_table_get_text (table, r, c), ==,
                           thanrak_table_get_text (expected, r, c));
          g_assert_cmpint (thanrak_table_get_kind (table, r, c), ==,
                           thanrak_table_get_kind (expected, r, c));
        }
    }
  assert_cell (table, 10, "B", THANRAK_CELL_TEXT, "วังสมบูรณ์");

  /* Short Windows-874 text that happens to be valid UTF-8: แกง is
   * E1 A1 A7, U+1067 in UTF-8. */
  g_clear_object (&table);
  table = read_string ("\xE1\xA1\xA7,25\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (thanrak_table_get_encoding (table), ==, THANRAK_TEXT_ENCODING_WINDOWS_874);
  assert_cell (table, 1, "A", THANRAK_CELL_TEXT, "แกง");

  /* Windows-874's extra characters (0x80-0x9F): a euro sign, curly quotes. */
  g_clear_object (&table);
  table = read_string ("\xC3\xD2\xA4\xD2,\x80\x35\x30,\x93\xCA\xC3\xE9\xD2\xA7\x94\n", -1, &error);
  g_assert_no_error (error);
  assert_cell (table, 1, "A", THANRAK_CELL_TEXT, "ราคา");
  assert_cell (table, 1, "B", THANRAK_CELL_TEXT, "€50");
  assert_cell (table, 1, "C", THANRAK_CELL_TEXT, "“สร้าง”");
}

/* A byte that is neither UTF-8 nor Windows-874 is reported where it is. */
static void
test_csv_bad_bytes (void)
{
  g_autoptr(ThanrakTable) table = NULL;
  g_autoptr(GError) error = NULL;

  /* Windows-874 Thai, with 0xDB (unassigned) in row 3, column B. */
  table = read_string ("\xCD\xD3\xE0\xC0\xCD,\xA8\xD3\xB9\xC7\xB9\r\n"
                       "\xA4\xC5\xCD\xA7\xCB\xD2\xB4,65\r\n"
                       "\xB5\xD2\xBE\xC3\xD0\xC2\xD2,\xDB\x35\x37\r\n", -1, &error);
  g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_ENCODING);
  g_assert_null (table);
  g_assert_nonnull (strstr (error->message, "row 3, column B"));
  g_assert_nonnull (strstr (error->message, "0xDB"));
  g_clear_error (&error);

  /* UTF-8 with one damaged byte in row 4: not taken for Windows-874. */
  table = read_string ("รหัสอำเภอ,อำเภอ\n2701,เมืองสระแก้ว\n2702,คลองหาด\n"
                       "2703,ตา\xFFพระยา\n2704,วังน้ำเย็น\n", -1, &error);
  g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "row 4, column B"));
  g_clear_error (&error);

  /* UTF-16 “Unicode text” is refused with what to do. */
  table = read_string ("\xFF\xFE\x61\x00", 4, &error);
  g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_UNSUPPORTED);
  g_assert_nonnull (strstr (error->message, "CSV UTF-8"));
}

static void
test_csv_bom (void)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "nongkhai-2565.csv", NULL);
  g_autofree char *utf8 = NULL;
  g_autofree char *with_bom = NULL;
  g_autoptr(ThanrakTable) table = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &utf8, NULL, NULL));
  with_bom = g_strconcat ("\xEF\xBB\xBF", utf8, NULL);
  table = read_string (with_bom, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (thanrak_table_get_encoding (table), ==, THANRAK_TEXT_ENCODING_UTF8_BOM);
  assert_cell (table, 1, "A", THANRAK_CELL_TEXT, "รหัสอำเภอ");
  assert_cell (table, 2, "A", THANRAK_CELL_NUMBER, "4301");
  g_assert_cmpuint (thanrak_table_get_n_rows (table), ==, 10);
}

/* RFC 4180 quoting; rows are records, numbered as a spreadsheet shows
 * them (a field with line breaks is still one row; blank lines count). */
static void
test_csv_quoting (void)
{
  g_autoptr(ThanrakTable) table = NULL;
  g_autoptr(GError) error = NULL;

  table = read_string ("อำเภอ,หมายเหตุ,ยอด\r\n"
                       "\"เมือง, สระแก้ว\",\"บรรทัดแรก\r\nบรรทัดสอง\",\"68,302,860\"\r\n"
                       "คลองหาด,\"เขาว่า \"\"ดี\"\"\",#REF!\r\n"
                       "\r\n"
                       " ตาพระยา ,,#N/A\n"
                       "วังน้ำเย็น,TRUE,\"\"\n"
                       "x,1.5e3,-0.25", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (thanrak_table_get_n_rows (table), ==, 7);

  assert_cell (table, 2, "A", THANRAK_CELL_TEXT, "เมือง, สระแก้ว");
  assert_cell (table, 2, "B", THANRAK_CELL_TEXT, "บรรทัดแรก\r\nบรรทัดสอง");
  assert_cell (table, 2, "C", THANRAK_CELL_NUMBER, "68302860");
  g_assert_cmpfloat (thanrak_table_get_cell (table, 1, 2)->number, ==, 68302860.0);
  assert_cell (table, 3, "A", THANRAK_CELL_TEXT, "คลองหาด");
  assert_cell (table, 3, "B", THANRAK_CELL_TEXT, "เขาว่า \"ดี\"");
  assert_cell (table, 3, "C", THANRAK_CELL_ERROR, "#REF!");
  g_assert_true (thanrak_table_row_is_empty (table, 3));
  assert_cell (table, 5, "A", THANRAK_CELL_TEXT, " ตาพระยา ");
  assert_cell (table, 5, "B", THANRAK_CELL_EMPTY, NULL);
  assert_cell (table, 5, "C", THANRAK_CELL_ERROR, "#N/A");
  assert_cell (table, 6, "B", THANRAK_CELL_BOOLEAN, "TRUE");
  assert_cell (table, 6, "C", THANRAK_CELL_EMPTY, NULL);
  g_assert_cmpuint (thanrak_table_get_row_length (table, 5), ==, 2);
  assert_cell (table, 7, "B", THANRAK_CELL_NUMBER, "1.5e3");
  g_assert_cmpfloat (thanrak_table_get_cell (table, 6, 1)->number, ==, 1500.0);
  assert_cell (table, 7, "C", THANRAK_CELL_NUMBER, "-0.25");

  /* Not numbers: misgrouped digits, a leading zero code stays a number
   * with its text, words. */
  g_clear_object (&table);
  table = read_string ("\"1,23\",0101,inf,0x10,1e,.5\n", -1, &error);
  g_assert_no_error (error);
  assert_cell (table, 1, "A", THANRAK_CELL_TEXT, "1,23");
  assert_cell (table, 1, "B", THANRAK_CELL_NUMBER, "0101");
  assert_cell (table, 1, "C", THANRAK_CELL_TEXT, "inf");
  assert_cell (table, 1, "D", THANRAK_CELL_TEXT, "0x10");
  assert_cell (table, 1, "E", THANRAK_CELL_TEXT, "1e");
  assert_cell (table, 1, "F", THANRAK_CELL_NUMBER, ".5");
}

static void
test_csv_bad_quotes (void)
{
  g_autoptr(ThanrakTable) table = NULL;
  g_autoptr(GError) error = NULL;

  table = read_string ("a,b,c\n1,2,3\n4,5 นิ้ว\",6\n", -1, &error);
  g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_SYNTAX);
  g_assert_null (table);
  g_assert_nonnull (strstr (error->message, "row 3, column B"));
  g_clear_error (&error);

  table = read_string ("a,b\n1,\"2\"x\n", -1, &error);
  g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "row 2, column B"));
  g_clear_error (&error);

  /* An unclosed quote is reported at the row where it opens. */
  table = read_string ("a,b\n1,2\n3,\"4\n5,6\n7,8\n", -1, &error);
  g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "row 3, column B"));
  g_assert_nonnull (strstr (error->message, "never closed"));
}

static void
test_csv_empty (void)
{
  g_autoptr(ThanrakTable) table = NULL;
  g_autoptr(GError) error = NULL;

  table = read_string ("", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (thanrak_table_get_n_rows (table), ==, 0);
  g_clear_object (&table);

  /* Trailing blank lines are not rows. */
  table = read_string ("a\n\n\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (thanrak_table_get_n_rows (table), ==, 1);
}

static void
test_csv_limits (void)
{
  g_autoptr(ThanrakTable) table = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) s = g_string_new (NULL);

  /* 16,385 columns. */
  for (guint i = 0; i <= THANRAK_IO_MAX_COLUMNS; i++)
    g_string_append (s, "1,");
  g_string_append_c (s, '\n');
  table = read_string (s->str, s->len, &error);
  g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "16384"));
  g_clear_error (&error);

  /* A value in row 1,048,577 (blank lines count as rows). */
  g_string_truncate (s, 0);
  for (guint i = 0; i < THANRAK_IO_MAX_ROWS; i++)
    g_string_append_c (s, '\n');
  g_string_append (s, "1\n");
  table = read_string (s->str, s->len, &error);
  g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_TOO_LARGE);
  g_assert_null (table);
  g_clear_error (&error);

  /* 2,015,232 cells in 123 rows of 16,384. */
  g_string_truncate (s, 0);
  for (guint r = 0; r < 123; r++)
    {
      for (guint c = 1; c < THANRAK_IO_MAX_COLUMNS; c++)
        g_string_append (s, "7,");
      g_string_append (s, "7\n");
    }
  table = read_string (s->str, s->len, &error);
  g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "2000000"));
  g_clear_error (&error);

  /* A cell of 200,000 bytes. */
  g_string_truncate (s, 0);
  g_string_append_c (s, '"');
  for (guint i = 0; i < 200000; i++)
    g_string_append_c (s, 'a');
  g_string_append (s, "\"\n");
  table = read_string (s->str, s->len, &error);
  g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "row 1, column A"));
}

static void
test_csv_table_reader (void)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "sakaeo-2564-round2.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/file.csv");
  g_autoptr(ThanrakTable) table = NULL;
  g_autoptr(GError) error = NULL;

  table = thanrak_table_read_file (file, "ignored for CSV", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (thanrak_table_get_format (table), ==, THANRAK_TABLE_FORMAT_CSV);
  assert_cell (table, 2, "B", THANRAK_CELL_TEXT, "เมืองสระแก้ว");
  g_clear_object (&table);

  table = thanrak_table_read_file (missing, NULL, NULL, &error);
  g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_FAILED);
  g_assert_null (table);
  g_clear_error (&error);

  /* a PDF and a PNG, whatever their names, are said to be what they are;
   * Thai text in Windows-874 (no UTF-8) is still read as CSV */
  {
    static const char pdf[] = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
    static const char png[] = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x04\0\0\0\x04\x08\x02\0\0\0";
    gsize cp874_len = 0;
    char *cp874 = g_convert ("อำเภอ,จำนวน\nเมืองสระแก้ว,138\n", -1, "WINDOWS-874", "UTF-8", NULL, &cp874_len, &error);
    g_autoptr(GBytes) pdf_bytes = g_bytes_new_static (pdf, sizeof pdf - 1);
    g_autoptr(GBytes) png_bytes = g_bytes_new_static (png, sizeof png - 1);
    g_autoptr(GBytes) text_bytes = g_bytes_new_take (cp874, cp874_len);

    g_assert_no_error (error);

    table = thanrak_table_read_bytes (pdf_bytes, "operators.csv", NULL, &error);
    g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_UNSUPPORTED);
    g_assert_nonnull (strstr (error->message, "not a table"));
    g_assert_null (table);
    g_clear_error (&error);
    table = thanrak_table_read_bytes (png_bytes, "operators.csv", NULL, &error);
    g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_UNSUPPORTED);
    g_assert_null (table);
    g_clear_error (&error);
    table = thanrak_table_read_bytes (text_bytes, NULL, NULL, &error);
    g_assert_no_error (error);
    assert_cell (table, 2, "A", THANRAK_CELL_TEXT, "เมืองสระแก้ว");
    g_clear_object (&table);
  }

  /* an empty file (GIO is sure it is “empty”) is an empty table */
  {
    g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);

    table = thanrak_table_read_bytes (empty, "empty.csv", NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (thanrak_table_get_n_rows (table), ==, 0);
  }
}

static void
test_column_names (void)
{
  const struct { guint column; const char *name; } cases[] = {
    { 0, "A" }, { 2, "C" }, { 25, "Z" }, { 26, "AA" }, { 51, "AZ" },
    { 52, "BA" }, { 701, "ZZ" }, { 702, "AAA" }, { 16383, "XFD" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = thanrak_io_column_name (cases[i].column);

      g_assert_cmpstr (name, ==, cases[i].name);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/csv/every-fixture", test_csv_every_fixture);
  g_test_add_func ("/io/csv/sakaeo", test_csv_sakaeo);
  g_test_add_func ("/io/csv/nongkhai", test_csv_nongkhai);
  g_test_add_func ("/io/csv/districts", test_csv_districts);
  g_test_add_func ("/io/csv/windows-874", test_csv_windows_874);
  g_test_add_func ("/io/csv/bad-bytes", test_csv_bad_bytes);
  g_test_add_func ("/io/csv/bom", test_csv_bom);
  g_test_add_func ("/io/csv/quoting", test_csv_quoting);
  g_test_add_func ("/io/csv/bad-quotes", test_csv_bad_quotes);
  g_test_add_func ("/io/csv/empty", test_csv_empty);
  g_test_add_func ("/io/csv/limits", test_csv_limits);
  g_test_add_func ("/io/csv/table-reader", test_csv_table_reader);
  g_test_add_func ("/io/column-names", test_column_names);

  return g_test_run ();
}
