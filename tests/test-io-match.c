/* test-io-match.c: Thai text normalisation, edit distance and near-miss
 * place names, on the real district list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "thanrak-csv-reader.h"
#include "thanrak-heading-map.h"
#include "thanrak-io-error.h"
#include "thanrak-text-match.h"

static void
assert_normal (const char *input,
               const char *expected)
{
  g_autofree char *normal = thanrak_text_normalize (input);

  g_assert_cmpstr (normal, ==, expected);
}

static void
test_normalize_spaces (void)
{
  /* Trim, NBSP, zero-width space, runs of spaces, tabs, BOM, soft hyphen. */
  assert_normal ("  อำเภอ\u00A0 \u200Bเมือง  ", "อำเภอ เมือง");
  assert_normal ("\uFEFFรหัส\u200Bอำเภอ", "รหัสอำเภอ");
  assert_normal ("ยอดจำหน่าย\t\t(บาท)\r\n", "ยอดจำหน่าย (บาท)");
  assert_normal ("Dis\u00ADtrict  Code", "district code");
  assert_normal ("\u3000", "");
  assert_normal ("", "");
  assert_normal ("\xFF", "");
}

/* ASCII text takes a shorter way (an import normalises a code in every
 * row): the same result as the Unicode way, which a Thai letter in front
 * forces. */
static void
test_normalize_ascii (void)
{
  g_autoptr(GString) all = g_string_new ("X");

  assert_normal ("  Code\t\tNo. 27\r\n", "code no. 27");
  assert_normal ("270000001", "270000001");
  assert_normal ("\v", "\v");
  assert_normal (" \f ", "");

  for (int c = 1; c < 128; c++)
    g_string_append_c (all, (char) c);
  g_string_append (all, "  Y\t\tZ \n");
  for (gsize start = 0; start < all->len; start++)
    {
      const char *ascii = all->str + start;
      g_autofree char *thai = g_strconcat ("ก", ascii, NULL);
      g_autofree char *fast = thanrak_text_normalize (ascii);
      g_autofree char *slow = thanrak_text_normalize (thai);

      if (g_ascii_isspace (*ascii) && *ascii != '\v')
        continue;   /* "ก" + " x" keeps the space, " x" does not */
      g_assert_true (g_str_has_prefix (slow, "ก"));
      g_assert_cmpstr (fast, ==, slow + strlen ("ก"));
    }
}

static void
test_normalize_sara_am (void)
{
  const char *composed = "น\u0E49\u0E33";  /* น้ำ */

  /* ํ + า → ำ */
  assert_normal ("น\u0E4D\u0E32", "น\u0E33");
  assert_normal ("ก\u0E4D\u0E32แพง", "กำแพง");
  /* With the tone mark on either side of NIKHAHIT. */
  assert_normal ("น\u0E49\u0E4D\u0E32", composed);
  assert_normal ("น\u0E4D\u0E49\u0E32", composed);
  /* The tone mark typed after ำ. */
  assert_normal ("น\u0E33\u0E49", composed);
  assert_normal ("วังน\u0E4D\u0E49\u0E32เย็น", "วังน้ำเย็น");
  /* Already right: unchanged. */
  assert_normal ("วังน้ำเย็น", "วังน้ำเย็น");
  assert_normal ("อำเภอ", "อำเภอ");
  /* NIKHAHIT alone (Pali) stays. */
  assert_normal ("สํ", "สํ");
}

static void
test_normalize_doubled (void)
{
  /* A doubled vowel keystroke. */
  assert_normal ("วังสมบู\u0E39รณ์", "วังสมบูรณ์");
  assert_normal ("ท่าบ่ออ", "ท่าบ่ออ");   /* consonants are not vowels */
  assert_normal ("มาา", "มา");
  assert_normal ("โโพนพิสัย", "โพนพิสัย");
  /* A doubled tone mark. */
  assert_normal ("เมืองสระแก\u0E49\u0E49ว", "เมืองสระแก้ว");
  /* SARA E typed twice is SARA AE. */
  assert_normal ("เมืองสระเเก้ว", "เมืองสระแก้ว");
  /* Tone mark typed before the vowel above. */
  assert_normal ("ศรีเชียงใหม\u0E48", "ศรีเชียงใหม่");
  assert_normal ("ก\u0E48\u0E34", "ก\u0E34\u0E48");
  assert_normal ("โพธ\u0E4C\u0E34ตาก", "โพธิ์ตาก");
}

static void
test_edit_distance (void)
{
  g_assert_cmpuint (thanrak_text_edit_distance ("", ""), ==, 0);
  g_assert_cmpuint (thanrak_text_edit_distance ("", "abc"), ==, 3);
  g_assert_cmpuint (thanrak_text_edit_distance ("abc", ""), ==, 3);
  g_assert_cmpuint (thanrak_text_edit_distance ("kitten", "sitting"), ==, 3);
  g_assert_cmpuint (thanrak_text_edit_distance ("ab", "ba"), ==, 1);
  g_assert_cmpuint (thanrak_text_edit_distance ("ca", "abc"), ==, 3);

  /* Counted on code points: a Thai mark is one edit. */
  g_assert_cmpuint (thanrak_text_edit_distance ("วังสมบููรณ์", "วังสมบูรณ์"), ==, 1);
  g_assert_cmpuint (thanrak_text_edit_distance ("เมืองสระแก่ว", "เมืองสระแก้ว"), ==, 1);
  g_assert_cmpuint (thanrak_text_edit_distance ("โพพนิสัย", "โพนพิสัย"), ==, 1);
  g_assert_cmpuint (thanrak_text_edit_distance ("เมืองสระแก้ว", "เมืองหนองคาย"), ==, 7);
}

typedef struct
{
  GPtrArray *names;      /* every district of Thailand */
  GPtrArray *province;   /* the districts of one province */
} Districts;

static void
districts_free (Districts *d)
{
  g_ptr_array_unref (d->names);
  g_ptr_array_unref (d->province);
}

/* The district names of tests/data/thai-places-districts.csv (read with
 * the CSV reader), all and those of province @province_id. */
static void
load_districts (Districts  *d,
                const char *province_id)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "thai-places-districts.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakTable) table = thanrak_csv_read_file (file, NULL, &error);

  g_assert_no_error (error);
  d->names = g_ptr_array_new_with_free_func (g_free);
  d->province = g_ptr_array_new_with_free_func (g_free);
  for (guint r = 1; r < thanrak_table_get_n_rows (table); r++)
    {
      g_ptr_array_add (d->names, g_strdup (thanrak_table_get_text (table, r, 1)));
      if (g_str_equal (thanrak_table_get_text (table, r, 3), province_id))
        g_ptr_array_add (d->province, g_strdup (thanrak_table_get_text (table, r, 1)));
    }
  g_ptr_array_add (d->names, NULL);
  g_ptr_array_add (d->province, NULL);
  g_assert_cmpuint (d->names->len, ==, 930);
}

static void
assert_near (GPtrArray  *names,
             const char *typed,
             guint       max_distance,
             const char *expected,
             guint       expected_distance)
{
  guint distance = 99, n_close = 99;
  gint i = thanrak_text_find_near (typed, (const char * const *) names->pdata,
                                   max_distance, &distance, &n_close);

  if (expected == NULL)
    {
      g_assert_cmpint (i, ==, -1);
      return;
    }

  g_assert_cmpint (i, >=, 0);
  g_assert_cmpstr (g_ptr_array_index (names, i), ==, expected);
  g_assert_cmpuint (distance, ==, expected_distance);
}

/* The three kinds of near miss of issue 8, on real district names: a
 * doubled vowel, a wrong tone mark, two letters swapped. Each is found
 * among all 929 districts of Thailand, and among those of its province. */
static void
test_near_miss_districts (void)
{
  Districts sakaeo, nongkhai;
  guint n_close = 0, distance = 0;

  load_districts (&sakaeo, "18");
  load_districts (&nongkhai, "31");
  g_assert_cmpuint (sakaeo.province->len, ==, 9 + 1);

  /* Doubled vowel: normalisation alone mends it (distance 0). */
  assert_near (sakaeo.province, "วังสมบููรณ์", 1, "วังสมบูรณ์", 0);
  assert_near (sakaeo.names, "วังสมบููรณ์", 1, "วังสมบูรณ์", 0);
  assert_near (sakaeo.names, "เมืองสระเเก้ว", 1, "เมืองสระแก้ว", 0);

  /* Wrong tone mark: one edit. */
  assert_near (sakaeo.province, "เมืองสระแก่ว", 1, "เมืองสระแก้ว", 1);
  assert_near (sakaeo.names, "เมืองสระแก่ว", 1, "เมืองสระแก้ว", 1);
  assert_near (sakaeo.province, "วังน้ำเย้น", 1, "วังน้ำเย็น", 1);

  /* Two letters swapped: one edit. */
  assert_near (nongkhai.province, "โพพนิสัย", 1, "โพนพิสัย", 1);
  assert_near (nongkhai.names, "โพพนิสัย", 1, "โพนพิสัย", 1);
  assert_near (nongkhai.province, "ท่าบอ่", 1, "ท่าบ่อ", 1);

  /* Exact names win even when others are close. */
  assert_near (sakaeo.names, "เมืองสระแก้ว", 2, "เมืองสระแก้ว", 0);

  /* Several districts are close: no guess, and the count says so.
   * “เมืองระดอง” is one edit from both เมืองระยอง and เมืองระนอง. */
  g_assert_cmpint (thanrak_text_find_near ("เมืองระดอง", (const char * const *) sakaeo.names->pdata,
                                           1, &distance, &n_close), ==, -1);
  g_assert_cmpuint (n_close, ==, 2);
  g_assert_cmpuint (distance, ==, 1);
  /* Five provinces have a district named เฉลิมพระเกียรติ: a name alone
   * does not tell which (the province must). */
  g_assert_cmpint (thanrak_text_find_near ("เฉลิมพระเกียรติ", (const char * const *) sakaeo.names->pdata,
                                           0, &distance, &n_close), ==, -1);
  g_assert_cmpuint (n_close, >, 1);
  g_assert_cmpuint (distance, ==, 0);

  /* Too far off: nothing. */
  assert_near (sakaeo.province, "เมืองหนองคาย", 2, NULL, 0);
  assert_near (nongkhai.province, "วังสมบูรณ์", 2, NULL, 0);

  districts_free (&sakaeo);
  districts_free (&nongkhai);
}

/* Heading matching on the fixtures' real headings. */
static void
test_headings_fixtures (void)
{
  static const char * const code[] = { "รหัสอำเภอ", "district code", NULL };
  static const char * const name[] = { "อำเภอ", "district", "ชื่ออำเภอ", NULL };
  static const char * const operators[] = { "จำนวนผู้ประกอบการ", "จำนวนผู้ประกอบการทั้งหมด", "operators", NULL };
  static const char * const promoted[] = { "จำนวนผู้ผลิตผู้ประกอบการที่ส่งเสริมแล้ว", NULL };
  static const char * const products[] = { "จำนวนผลิตภัณฑ์ OTOP", NULL };
  static const ThanrakHeadingSpec specs[] = {
    { "operators", operators, TRUE, FALSE },
    { "district", name, TRUE, FALSE },
    { "district_code", code, FALSE, FALSE },
    { "promoted", promoted, FALSE, FALSE },
    { "products", products, FALSE, TRUE },
  };
  const struct {
    const char *file;
    gint code, name, operators, promoted, products;
  } cases[] = {
    { "sakaeo-2564-round2.csv", 0, 1, 2, -1, 3 },
    { "nongkhai-2565.csv", 0, 1, 2, 3, -1 },
    { "sakaeo-2564-round2-expected-online-targets.csv", -1, 1, 2, -1, 3 },
    { "nongkhai-2565-expected-targets.csv", -1, 1, 2, 3, -1 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (TEST_DATA_DIR, cases[i].file, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(ThanrakTable) table = thanrak_csv_read_file (file, NULL, NULL);
      g_autoptr(ThanrakHeadingMap) map = NULL;
      g_autoptr(GError) error = NULL;

      map = thanrak_heading_map_find (table, specs, G_N_ELEMENTS (specs), 2, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (thanrak_heading_map_get_row (map), ==, 0);
      g_assert_cmpint (thanrak_heading_map_get_column (map, "district_code"), ==, cases[i].code);
      g_assert_cmpint (thanrak_heading_map_get_column (map, "district"), ==, cases[i].name);
      g_assert_cmpint (thanrak_heading_map_get_column (map, "operators"), ==, cases[i].operators);
      g_assert_cmpint (thanrak_heading_map_get_column (map, "promoted"), ==, cases[i].promoted);
      g_assert_cmpint (thanrak_heading_map_get_column (map, "products"), ==, cases[i].products);
      g_assert_true (thanrak_heading_map_check (map, &error));
      g_assert_no_error (error);
    }
}

/* Title lines above, columns in another order, headings typed with odd
 * spaces and case, a duplicated column. */
static void
test_headings_layout (void)
{
  static const char * const code[] = { "รหัสอำเภอ", "district code", NULL };
  static const char * const name[] = { "อำเภอ", "district", NULL };
  static const char * const operators[] = { "จำนวนผู้ประกอบการ", "operators", NULL };
  static const ThanrakHeadingSpec specs[] = {
    { "district_code", code, TRUE, FALSE },
    { "district", name, TRUE, FALSE },
    { "operators", operators, FALSE, FALSE },
  };
  static const char csv[] =
    "แบบรายงานผลการดำเนินงาน,,,\n"
    "จังหวัดสระแก้ว,,,\n"
    ",,,\n"
    "Operators ,หมายเหตุ,\" District\u00A0 Code\",อำเภอ\u200B\n"
    "138,,2701,เมืองสระแก้ว\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (csv, strlen (csv));
  g_autoptr(ThanrakTable) table = thanrak_csv_read_bytes (bytes, "layout.csv", NULL);
  g_autoptr(ThanrakHeadingMap) map = NULL;
  g_autoptr(GError) error = NULL;
  const guint *unknown;
  guint n_unknown;

  map = thanrak_heading_map_find (table, specs, G_N_ELEMENTS (specs), 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (thanrak_heading_map_get_row (map), ==, 3);
  g_assert_cmpint (thanrak_heading_map_get_column (map, "operators"), ==, 0);
  g_assert_cmpint (thanrak_heading_map_get_column (map, "district_code"), ==, 2);
  g_assert_cmpint (thanrak_heading_map_get_column (map, "district"), ==, 3);
  unknown = thanrak_heading_map_get_unknown_columns (map, &n_unknown);
  g_assert_cmpuint (n_unknown, ==, 1);
  g_assert_cmpuint (unknown[0], ==, 1);
  g_assert_null (thanrak_heading_map_get_missing_fields (map)[0]);
  g_assert_true (thanrak_heading_map_check (map, NULL));
  g_clear_object (&map);
  g_clear_object (&table);
  g_clear_pointer (&bytes, g_bytes_unref);

  bytes = g_bytes_new_static ("อำเภอ,รหัสอำเภอ,district\n", strlen ("อำเภอ,รหัสอำเภอ,district\n"));
  table = thanrak_csv_read_bytes (bytes, "twice.csv", NULL);
  map = thanrak_heading_map_find (table, specs, G_N_ELEMENTS (specs), 2, &error);
  g_assert_no_error (error);
  g_assert_false (thanrak_heading_map_check (map, &error));
  g_assert_error (error, THANRAK_IO_ERROR, THANRAK_IO_ERROR_NO_HEADINGS);
  g_assert_nonnull (strstr (error->message, "columns A and C"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/match/normalize/spaces", test_normalize_spaces);
  g_test_add_func ("/io/match/normalize/ascii", test_normalize_ascii);
  g_test_add_func ("/io/match/normalize/sara-am", test_normalize_sara_am);
  g_test_add_func ("/io/match/normalize/doubled", test_normalize_doubled);
  g_test_add_func ("/io/match/edit-distance", test_edit_distance);
  g_test_add_func ("/io/match/near-miss-districts", test_near_miss_districts);
  g_test_add_func ("/io/match/headings/fixtures", test_headings_fixtures);
  g_test_add_func ("/io/match/headings/layout", test_headings_layout);

  return g_test_run ();
}
