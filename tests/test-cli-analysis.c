/* test-cli-analysis.c: `thanrak-cli` commands of the scoring rules, run as
 * a person or a script would run them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <string.h>

static gboolean
run (const char * const  *args,
     char               **out,
     char               **err,
     int                 *exit_status)
{
  const char *cli = g_getenv ("THANRAK_CLI");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  int status = -1;

  if (cli == NULL)
    return FALSE;

  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                out, err, &status, &error);
  g_assert_no_error (error);
  *exit_status = WIFEXITED (status) ? WEXITSTATUS (status) : -1;
  return TRUE;
}

#define REQUIRE_CLI(ok) \
  G_STMT_START { if (!(ok)) { g_test_skip ("THANRAK_CLI is not set: run under meson test"); return; } } G_STMT_END

static GPtrArray *
split_lines (const char *text,
             const char *separator)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strchomp (lines[i]) != '\0')
      g_ptr_array_add (rows, g_strsplit (lines[i], separator, -1));
  return rows;
}

/* `targets --tsv` on each fixture reproduces the seed's table cell by
 * cell: the TSV has the district code first, then the columns of the
 * expected CSV. */
static void
check_targets (const char *rule_set,
               const char *input,
               const char *expected_name,
               const char *province,
               const char *warning)
{
  g_autofree char *input_path = g_build_filename (TEST_DATA_DIR, input, NULL);
  g_autofree char *expected_path = g_build_filename (TEST_DATA_DIR, expected_name, NULL);
  const char *args[] = { "targets", "--rule-set", rule_set, "--input", input_path, "--tsv",
                         province != NULL ? "--province" : NULL, province, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *expected_text = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  int status;

  REQUIRE_CLI (run (args, &out, &err, &status));
  g_assert_cmpint (status, ==, 0);
  if (warning == NULL)
    g_assert_cmpstr (err, ==, "");
  else
    g_assert_nonnull (strstr (err, warning));
  g_assert_true (g_file_get_contents (expected_path, &expected_text, NULL, NULL));

  rows = split_lines (out, "\t");
  expected = split_lines (expected_text, ",");
  g_assert_cmpuint (rows->len, ==, expected->len);

  for (guint r = 0; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);
      char **want = g_ptr_array_index (expected, r);

      g_assert_cmpuint (g_strv_length (row), ==, g_strv_length (want) + 1);
      for (guint c = 0; want[c] != NULL; c++)
        g_assert_cmpstr (row[c + 1], ==, want[c]);
    }
}

static void
test_targets_online (void)
{
  check_targets ("2564-2-online-products", "sakaeo-2564-round2.csv",
                 "sakaeo-2564-round2-expected-online-targets.csv", "สระแก้ว", NULL);
}

static void
test_targets_revenue (void)
{
  check_targets ("2564-2-revenue-growth", "sakaeo-2564-round2.csv",
                 "sakaeo-2564-round2-expected-revenue-targets.csv", "สระแก้ว",
                 /* domain.md §6: the seed 004 base of วังสมบูรณ์ */
                 "วังสมบูรณ์ (2,172,561,200)");
}

static void
test_targets_channels (void)
{
  check_targets ("2565-marketing-channels", "nongkhai-2565.csv",
                 "nongkhai-2565-expected-targets.csv", NULL, NULL);
}

static void
test_targets_from_file (void)
{
  g_autofree char *rules = g_build_filename (TEST_DATA_DIR, "kpi", "2566-1-online-share.ini", NULL);
  g_autofree char *input = g_build_filename (TEST_DATA_DIR, "sakaeo-2564-round2.csv", NULL);
  const char *args[] = { "targets", "--rules", rules, "--input", input, "--province", "สระแก้ว", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  REQUIRE_CLI (run (args, &out, &err, &status));
  g_assert_cmpint (status, ==, 0);
  /* 412 x 12 % = 49.44 -> 49; province 1,921 x 16 % = 307.36 -> 307 */
  g_assert_nonnull (strstr (out, "1 | เมืองสระแก้ว | 412 | 49 | 58 | 66\n"));
  g_assert_nonnull (strstr (out, " | รวมทั้งจังหวัดสระแก้ว | 1,921 | 231 | 269 | 307\n"));
}

static void
test_rule_sets (void)
{
  g_autofree char *dir = g_build_filename (TEST_DATA_DIR, "kpi", NULL);
  const char *args[] = { "rule-sets", "--rules-dir", dir, "--tsv", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  int status;

  REQUIRE_CLI (run (args, &out, &err, &status));
  g_assert_cmpint (status, ==, 0);
  rows = split_lines (out, "\t");
  g_assert_cmpuint (rows->len, ==, 5);
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 1))[0], ==, "2564-2-online-products");
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 3))[0], ==, "2565-marketing-channels");
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 3))[1], ==, "2565");
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 4))[0], ==, "2566-1-online-share");
}

static void
test_levels (void)
{
  g_autofree char *input = g_build_filename (TEST_DATA_DIR, "nongkhai-2565.csv", NULL);
  g_autofree char *results = g_build_filename (TEST_DATA_DIR, "nongkhai-2565-results.csv", NULL);
  const char *args[] = { "levels", "--rule-set", "2565-marketing-channels", "--input", input,
                         "--results", results, "--tsv", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  char **row;
  int status;

  REQUIRE_CLI (run (args, &out, &err, &status));
  g_assert_cmpint (status, ==, 0);
  rows = split_lines (out, "\t");
  g_assert_cmpuint (rows->len, ==, 10); /* heading and 9 districts, no province level */
  row = g_ptr_array_index (rows, 1);
  g_assert_cmpstr (row[0], ==, "4301");
  g_assert_cmpstr (row[2], ==, "5");
  g_assert_cmpstr (row[3], ==, "ดีมาก");
  g_assert_cmpstr (row[5], ==, "#00B050");
  row = g_ptr_array_index (rows, 3);
  g_assert_cmpstr (row[1], ==, "ท่าบ่อ");
  g_assert_cmpstr (row[3], ==, "ปรับปรุง");
  g_assert_cmpstr (row[5], ==, "#FF0000");
}

/* seed 004 indicator 1 has a province level; โคกสูง's 870 products
 * online of 87 is a slip the command warns of */
static void
test_levels_online (void)
{
  g_autofree char *input = g_build_filename (TEST_DATA_DIR, "sakaeo-2564-round2.csv", NULL);
  g_autofree char *results = g_build_filename (TEST_DATA_DIR, "sakaeo-2564-round2-results.csv", NULL);
  const char *args[] = { "levels", "--rule-set", "2564-2-online-products", "--input", input,
                         "--results", results, "--province", "สระแก้ว", "--tsv", NULL };
  static const char * const levels[] = { "5", "2", "1", "4", "4", "3", "5", "5", "5", "4" };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  int status;

  REQUIRE_CLI (run (args, &out, &err, &status));
  g_assert_cmpint (status, ==, 0);
  rows = split_lines (out, "\t");
  g_assert_cmpuint (rows->len, ==, 11); /* heading, 9 districts, the province */
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    g_assert_cmpstr (((char **) g_ptr_array_index (rows, i + 1))[2], ==, levels[i]);
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 10))[1], ==, "รวม (จ.สระแก้ว)");
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 8))[6], ==, "1000.00");
  g_assert_nonnull (strstr (err, "โคกสูง"));
  g_assert_nonnull (strstr (err, "1000.00"));
  g_assert_null (strstr (err, "เมืองสระแก้ว"));
}

static void
test_bahttext (void)
{
  static const struct { const char *amount; const char *words; } cases[] = {
    { "71,118,000", "เจ็ดสิบเอ็ดล้านหนึ่งแสนหนึ่งหมื่นแปดพันบาทถ้วน\n" },
    { "0.25", "ยี่สิบห้าสตางค์\n" },
    { "1000001", "หนึ่งล้านหนึ่งบาทถ้วน\n" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *args[] = { "bahttext", cases[i].amount, NULL };
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      int status;

      REQUIRE_CLI (run (args, &out, &err, &status));
      g_assert_cmpint (status, ==, 0);
      g_assert_cmpstr (out, ==, cases[i].words);
    }

  {
    const char *args[] = { "bahttext", "12a", NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;
    int status;

    REQUIRE_CLI (run (args, &out, &err, &status));
    g_assert_cmpint (status, !=, 0);
    g_assert_nonnull (strstr (err, "12a"));
  }
}

static void
test_assessment (void)
{
  /* 1.1 (1) + 1.2 (2) + 2.1 (1) + 9.2 for 14 services (3) + 10.3 (6) = 13: C */
  const char *args[] = { "assessment", "--items", "1.1,1.2,2.1", "--services", "14",
                         "--satisfaction", "high", "--tsv", NULL };
  /* items of aspects 1-8 worth 36 points: A */
  const char *args_a[] = { "assessment", "--items",
                           "1.1,1.2,1.3,2.1,2.2,2.3,2.4,2.5,2.6,2.7,3.1,3.2,3.3,3.4,3.5,3.6,"
                           "4.1,4.2,4.3,4.4,4.5,5.1,5.2,5.3,5.4,6.1,6.2,6.3,7.1,7.2,7.3,8.1",
                           "--tsv", NULL };
  const char *bad[] = { "assessment", "--satisfaction", "great", NULL };
  g_autofree char *out = NULL;
  g_autofree char *out_a = NULL;
  g_autofree char *out_bad = NULL;
  g_autofree char *err = NULL;
  g_autofree char *err_a = NULL;
  g_autofree char *err_bad = NULL;
  int status;

  REQUIRE_CLI (run (args, &out, &err, &status));
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "9\tด้านจำนวนการให้บริการ\t3\t6\n"));
  g_assert_nonnull (strstr (out, "total\t\t13\t50\n"));
  g_assert_nonnull (strstr (out, "grade\tC\tปรับปรุง\t\n"));

  run (args_a, &out_a, &err_a, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out_a, "total\t\t36\t50\n"));
  g_assert_nonnull (strstr (out_a, "grade\tA\tดี\t\n"));

  run (bad, &out_bad, &err_bad, &status);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err_bad, "great"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli-analysis/targets/online-products", test_targets_online);
  g_test_add_func ("/cli-analysis/targets/revenue-growth", test_targets_revenue);
  g_test_add_func ("/cli-analysis/targets/marketing-channels", test_targets_channels);
  g_test_add_func ("/cli-analysis/targets/rules-file", test_targets_from_file);
  g_test_add_func ("/cli-analysis/rule-sets", test_rule_sets);
  g_test_add_func ("/cli-analysis/levels", test_levels);
  g_test_add_func ("/cli-analysis/levels-online", test_levels_online);
  g_test_add_func ("/cli-analysis/bahttext", test_bahttext);
  g_test_add_func ("/cli-analysis/assessment", test_assessment);

  return g_test_run ();
}
