/* test-model.c: record classes, enumerations and validation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "thanrak-model.h"

/* Every enumeration: each value has a label and a code, the codes are
 * distinct and map back, and the GType (from mkenums) has as many values. */
static void
test_enums_codes (void)
{
  GType types[] = {
    THANRAK_TYPE_OPERATOR_TYPE, THANRAK_TYPE_PRODUCT_CATEGORY, THANRAK_TYPE_STANDARD,
    THANRAK_TYPE_PLATFORM, THANRAK_TYPE_COMMITTEE_POSITION, THANRAK_TYPE_COMMITTEE_QUOTA,
    THANRAK_TYPE_COMMITTEE_KIND, THANRAK_TYPE_SERVICE_MODE, THANRAK_TYPE_SATISFACTION_LEVEL,
  };

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (types[t]);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      guint n = thanrak_enum_get_n_values (types[t]);

      g_assert_cmpuint (n, ==, klass->n_values);
      for (guint v = 0; v < n; v++)
        {
          const char *code = thanrak_enum_get_code (types[t], v);
          const char *label = thanrak_enum_get_label (types[t], v);
          int back = -1;

          g_assert_nonnull (code);
          g_assert_nonnull (label);
          g_assert_true (g_utf8_validate (label, -1, NULL));
          g_assert_false (g_hash_table_contains (seen, code));
          g_hash_table_add (seen, (gpointer) code);
          g_assert_true (thanrak_enum_from_code (types[t], code, &back));
          g_assert_cmpint (back, ==, v);
          g_assert_nonnull (g_enum_get_value (klass, v));
        }
      g_assert_null (thanrak_enum_get_code (types[t], n));
      g_assert_null (thanrak_enum_get_label (types[t], -1));
      g_assert_false (thanrak_enum_from_code (types[t], "no-such-code", NULL));
    }
}

/* Labels are the seeds' words (domain.md §3). */
static void
test_enums_labels (void)
{
  int value = -1;

  g_assert_true (thanrak_enum_from_code (THANRAK_TYPE_PRODUCT_CATEGORY, "food", &value));
  g_assert_cmpint (value, ==, THANRAK_PRODUCT_CATEGORY_FOOD);
  g_assert_cmpstr (thanrak_enum_get_label (THANRAK_TYPE_PRODUCT_CATEGORY, THANRAK_PRODUCT_CATEGORY_FOOD), ==, "อาหาร");
  g_assert_cmpstr (thanrak_enum_get_label (THANRAK_TYPE_PRODUCT_CATEGORY, THANRAK_PRODUCT_CATEGORY_HERBAL), ==, "สมุนไพรที่ไม่ใช่อาหาร");
  g_assert_cmpstr (thanrak_enum_get_label (THANRAK_TYPE_OPERATOR_TYPE, THANRAK_OPERATOR_TYPE_GROUP), ==, "กลุ่มผู้ผลิตชุมชน");
  g_assert_cmpstr (thanrak_enum_get_label (THANRAK_TYPE_STANDARD, THANRAK_STANDARD_MPC), ==, "มผช.");
  g_assert_cmpstr (thanrak_enum_get_code (THANRAK_TYPE_PLATFORM, THANRAK_PLATFORM_LINE), ==, "line");
  g_assert_cmpstr (thanrak_enum_get_label (THANRAK_TYPE_COMMITTEE_POSITION, THANRAK_COMMITTEE_POSITION_QUALITY), ==,
                   "ฝ่ายส่งเสริมการพัฒนาคุณภาพและมาตรฐานผลิตภัณฑ์");
  g_assert_cmpstr (thanrak_enum_get_label (THANRAK_TYPE_SATISFACTION_LEVEL, THANRAK_SATISFACTION_LEVEL_HIGH), ==, "พึงพอใจในระดับมาก");
  g_assert_cmpstr (thanrak_enum_get_label (THANRAK_TYPE_SERVICE_MODE, THANRAK_SERVICE_MODE_MOBILE), ==, "เคลื่อนที่นอกศูนย์");
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* Setters notify once per change and never when the value is the same. */
static void
test_record_notify (void)
{
  g_autoptr(ThanrakOperator) op = thanrak_operator_new ();
  guint count = 0;
  g_autofree char *name = NULL;
  int type = -1;

  g_signal_connect (op, "notify", G_CALLBACK (count_notify), &count);

  g_object_set (op, "name", "กลุ่มทอผ้าบ้านนา", NULL);
  g_assert_cmpuint (count, ==, 1);
  g_object_set (op, "name", "กลุ่มทอผ้าบ้านนา", NULL);
  g_assert_cmpuint (count, ==, 1);
  thanrak_record_set_string (THANRAK_RECORD (op), "name", "กลุ่มทอผ้าบ้านนา");
  g_assert_cmpuint (count, ==, 1);
  thanrak_record_set_number (THANRAK_RECORD (op), "operator-type", THANRAK_OPERATOR_TYPE_SME);
  g_assert_cmpuint (count, ==, 2);
  g_object_set (op, "operator-type", THANRAK_OPERATOR_TYPE_SME, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_object_set (op, "trained-online", TRUE, NULL);
  g_object_set (op, "trained-online", TRUE, NULL);
  g_assert_cmpuint (count, ==, 3);
  thanrak_record_set_id (THANRAK_RECORD (op), 7);
  thanrak_record_set_id (THANRAK_RECORD (op), 7);
  g_assert_cmpuint (count, ==, 4);

  g_object_get (op, "name", &name, "operator-type", &type, NULL);
  g_assert_cmpstr (name, ==, "กลุ่มทอผ้าบ้านนา");
  g_assert_cmpint (type, ==, THANRAK_OPERATOR_TYPE_SME);
  g_assert_cmpint (thanrak_record_get_number (THANRAK_RECORD (op), "trained-online"), ==, 1);
}

static void
test_product_standards (void)
{
  g_autoptr(ThanrakProduct) product = thanrak_product_new ();
  guint count = 0;
  GPtrArray *standards;
  g_autoptr(GError) error = NULL;

  g_signal_connect (product, "notify::standards", G_CALLBACK (count_notify), &count);
  g_object_set (product, "operator-id", (gint64) 1, "name", "ผ้าไหมมัดหมี่", NULL);
  thanrak_product_add_standard (product, THANRAK_STANDARD_MPC, 2563, "มผช. 7/2546");
  thanrak_product_add_standard (product, THANRAK_STANDARD_FDA, 0, NULL);
  g_assert_cmpuint (count, ==, 2);
  standards = thanrak_product_get_standards (product);
  g_assert_cmpuint (standards->len, ==, 2);
  g_assert_cmpint (((ThanrakProductStandard *) standards->pdata[0])->year, ==, 2563);
  g_assert_true (thanrak_product_validate (product, &error));
  g_assert_no_error (error);

  /* A CE year on a standard is refused. */
  thanrak_product_add_standard (product, THANRAK_STANDARD_GMP, 2020, NULL);
  g_assert_false (thanrak_product_validate (product, &error));
  g_assert_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_RANGE);
  g_assert_nonnull (strstr (error->message, "GMP"));
  g_clear_error (&error);

  thanrak_product_clear_standards (product);
  thanrak_product_clear_standards (product);
  g_assert_cmpuint (count, ==, 4);
  g_assert_true (thanrak_product_validate (product, &error));
}

static void
test_phone_format (void)
{
  const char *good[] = { "02-123-4567", "081-2345678", "0812345678", "091-123456",
                         "๐๙๑-๑๒๓๔๕๖", "042-411-234", NULL };
  const char *bad[] = { "", "81-234-5678", "02-123-45", "081-2345-67890", "081--2345678",
                        "-0812345678", "0812345678-", "081 234 5678", "+66812345678",
                        "08123456789", "ab-123-4567", NULL };

  for (guint i = 0; good[i] != NULL; i++)
    g_assert_true (thanrak_phone_is_valid (good[i]));
  for (guint i = 0; bad[i] != NULL; i++)
    g_assert_false (thanrak_phone_is_valid (bad[i]));
}

static ThanrakOperator *
valid_operator (void)
{
  ThanrakOperator *op = thanrak_operator_new ();

  g_object_set (op,
                "code", "270100012",
                "name", "กลุ่มจักสานบ้านหนองแวง",
                "operator-type", THANRAK_OPERATOR_TYPE_GROUP,
                "year-registered", 2557,
                "district-code", "2701",
                "subdistrict-code", "270101",
                "village-number", 3,
                "phone", "037-425-111",
                NULL);
  return op;
}

typedef struct
{
  const char *property;
  const char *string_value;
  gint64 number_value;
  int code;
} BadValue;

/* Each rule of the operator and the product with a bad value: refused
 * with the right code and a message naming the field. */
static void
test_validation_rules (void)
{
  const BadValue operator_bad[] = {
    { "code", "", 0, THANRAK_VALIDATION_ERROR_REQUIRED },
    { "code", "27-0100", 0, THANRAK_VALIDATION_ERROR_FORMAT },
    { "code", "๒๗๐๑", 0, THANRAK_VALIDATION_ERROR_FORMAT },
    { "name", "   ", 0, THANRAK_VALIDATION_ERROR_REQUIRED },
    { "phone", "1234", 0, THANRAK_VALIDATION_ERROR_FORMAT },
    { "district-code", "", 0, THANRAK_VALIDATION_ERROR_REQUIRED },
    { "district-code", "27011", 0, THANRAK_VALIDATION_ERROR_FORMAT },
    { "subdistrict-code", "2701", 0, THANRAK_VALIDATION_ERROR_FORMAT },
    { "year-registered", NULL, 2014, THANRAK_VALIDATION_ERROR_RANGE },
    { "year-registered", NULL, 57, THANRAK_VALIDATION_ERROR_RANGE },
    { "year-registered", NULL, 2499, THANRAK_VALIDATION_ERROR_RANGE },
    { "target-group", NULL, 4, THANRAK_VALIDATION_ERROR_RANGE },
    { "operator-type", NULL, 3, THANRAK_VALIDATION_ERROR_RANGE },
  };
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(ThanrakOperator) op = valid_operator ();
    g_assert_true (thanrak_operator_validate (op, &error));
    g_assert_no_error (error);
    /* next year is still allowed, the year after is not */
    g_object_set (op, "year-registered", thanrak_current_year_be () + 1, NULL);
    g_assert_true (thanrak_operator_validate (op, NULL));
    g_object_set (op, "year-registered", thanrak_current_year_be () + 2, NULL);
    g_assert_false (thanrak_operator_validate (op, NULL));
  }

  for (guint i = 0; i < G_N_ELEMENTS (operator_bad); i++)
    {
      g_autoptr(ThanrakOperator) op = valid_operator ();
      ThanrakRecord *r = THANRAK_RECORD (op);

      if (operator_bad[i].string_value != NULL)
        thanrak_record_set_string (r, operator_bad[i].property, operator_bad[i].string_value);
      else
        thanrak_record_set_number (r, operator_bad[i].property, operator_bad[i].number_value);
      g_assert_false (thanrak_operator_validate (op, &error));
      g_assert_error (error, THANRAK_VALIDATION_ERROR, operator_bad[i].code);
      g_assert_nonnull (strstr (error->message,
                                thanrak_validation_field_name (G_OBJECT (op), operator_bad[i].property)));
      g_clear_error (&error);
    }

  {
    g_autoptr(ThanrakProduct) p = thanrak_product_new ();

    g_object_set (p, "name", "ข้าวเกรียบ", NULL);
    g_assert_false (thanrak_product_validate (p, &error));   /* no operator */
    g_assert_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_REQUIRED);
    g_clear_error (&error);
    g_object_set (p, "operator-id", (gint64) 3, "star-rating", 6, "star-year", 2562, NULL);
    g_assert_false (thanrak_product_validate (p, &error));
    g_assert_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_RANGE);
    g_clear_error (&error);
    /* a rating needs the year it was graded */
    g_object_set (p, "star-rating", 4, "star-year", 0, NULL);
    g_assert_false (thanrak_product_validate (p, &error));
    g_assert_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_REQUIRED);
    g_clear_error (&error);
    g_object_set (p, "star-year", 2562, NULL);
    g_assert_true (thanrak_product_validate (p, &error));
    g_assert_no_error (error);
  }
}

/* Form 3's signature block: a position needs the reporter's name. */
static void
test_validation_center_reporter (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakCenter) center = thanrak_center_new ();

  g_object_set (center, "name", "ศูนย์บริการส่งเสริมเศรษฐกิจฐานรากอำเภอเมืองหนองคาย",
                "district-code", "4301", "reporter-position", "พัฒนาการอำเภอ", NULL);
  g_assert_false (thanrak_center_validate (center, &error));
  g_assert_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_REQUIRED);
  g_clear_error (&error);
  g_object_set (center, "reporter", "นางสาวสมใจ รักงาน", NULL);
  g_assert_true (thanrak_center_validate (center, &error));
  g_assert_no_error (error);
  /* a name alone leaves the form's dots for the position */
  g_object_set (center, "reporter-position", "  ", NULL);
  g_assert_true (thanrak_center_validate (center, &error));
}

/* Amounts, months, dates and the other records' rules. */
static void
test_validation_other_records (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakMonthlySales) sales = thanrak_monthly_sales_new ();
  g_autoptr(ThanrakCommitteeMember) member = thanrak_committee_member_new ();
  g_autoptr(ThanrakCenterAssessment) assessment = thanrak_center_assessment_new ();
  g_autoptr(ThanrakProjectProposal) proposal = thanrak_project_proposal_new ();
  g_autoptr(ThanrakService) service = thanrak_service_new ();
  g_auto(GStrv) held = NULL;

  g_object_set (sales, "operator-id", (gint64) 1, "year", 2564, "month", 4,
                "online-satang", (gint64) 150000, "offline-satang", (gint64) 0, NULL);
  g_assert_true (thanrak_monthly_sales_validate (sales, &error));
  g_object_set (sales, "offline-satang", (gint64) -1, NULL);
  g_assert_false (thanrak_monthly_sales_validate (sales, &error));
  g_assert_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_RANGE);
  g_clear_error (&error);
  g_object_set (sales, "offline-satang", (gint64) 0, "month", 13, NULL);
  g_assert_false (thanrak_monthly_sales_validate (sales, &error));
  g_assert_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_RANGE);
  g_clear_error (&error);

  g_object_set (member, "center-id", (gint64) 1, "name", "นายสมชาย ใจดี",
                "term-start", "2024-10-01", "term-end", "2026-09-30", NULL);
  g_assert_true (thanrak_committee_member_validate (member, &error));
  g_object_set (member, "term-end", "2024-02-30", NULL);
  g_assert_false (thanrak_committee_member_validate (member, &error));
  g_assert_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_FORMAT);
  g_clear_error (&error);
  g_object_set (member, "term-end", "2023-09-30", NULL);
  g_assert_false (thanrak_committee_member_validate (member, &error));
  g_assert_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_RANGE);
  g_clear_error (&error);

  g_object_set (service, "center-id", (gint64) 1, "title", "ให้คำปรึกษาการตลาด", NULL);
  g_assert_false (thanrak_service_validate (service, &error));   /* no date */
  g_assert_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_REQUIRED);
  g_clear_error (&error);
  g_object_set (service, "service-date", "2565-01-15", NULL);    /* a date must be CE */
  g_assert_true (thanrak_service_validate (service, NULL));
  g_object_set (service, "service-date", "15/01/2022", NULL);
  g_assert_false (thanrak_service_validate (service, &error));
  g_assert_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_FORMAT);
  g_clear_error (&error);

  g_object_set (assessment, "center-id", (gint64) 2, "fiscal-year", 2567, "service-count", 14, NULL);
  thanrak_center_assessment_set_answer (assessment, "2.4", TRUE);
  thanrak_center_assessment_set_answer (assessment, "1.2", TRUE);
  thanrak_center_assessment_set_answer (assessment, "10.1", TRUE);
  g_assert_false (thanrak_center_assessment_validate (assessment, &error));
  g_assert_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_FORMAT);
  g_clear_error (&error);
  thanrak_center_assessment_set_answer (assessment, "10.1", FALSE);
  g_assert_true (thanrak_center_assessment_validate (assessment, &error));
  held = thanrak_center_assessment_dup_held_items (assessment);
  g_assert_cmpuint (g_strv_length (held), ==, 2);
  g_assert_cmpstr (held[0], ==, "1.2");
  g_assert_cmpstr (held[1], ==, "2.4");
  g_assert_cmpuint (g_strv_length ((char **) thanrak_center_assessment_get_item_ids ()), ==, 34);

  /* seed 002: 8,780 villages x 18,300 baht */
  g_object_set (proposal, "name", "โครงการส่งเสริมเศรษฐกิจฐานราก", "fiscal-year", 2563,
                "unit", "สำนักงานพัฒนาชุมชนจังหวัดฉะเชิงเทรา", NULL);
  thanrak_project_proposal_add_budget_line (proposal, "ค่าใช้สอย", "ค่าดำเนินการหมู่บ้าน",
                                            8780, 1830000, (gint64) 8780 * 1830000);
  g_assert_true (thanrak_project_proposal_validate (proposal, &error));
  g_assert_cmpint (thanrak_project_proposal_get_total_satang (proposal), ==, (gint64) 16067400000);
  thanrak_project_proposal_add_budget_line (proposal, "ค่าวัสดุ", "ค่าวัสดุ", 1, -100, -100);
  g_assert_false (thanrak_project_proposal_validate (proposal, &error));
  g_assert_error (error, THANRAK_VALIDATION_ERROR, THANRAK_VALIDATION_ERROR_RANGE);
}

/* In a Thai session the message names the field in Thai. */
static void
test_validation_thai_message (void)
{
  g_autoptr(ThanrakOperator) op = valid_operator ();
  g_autoptr(GError) error = NULL;
  g_autofree char *old_locale = g_strdup (setlocale (LC_ALL, NULL));

  if (setlocale (LC_ALL, "th_TH.UTF-8") == NULL)
    {
      g_test_skip ("no th_TH.UTF-8 locale");
      return;
    }
  g_setenv ("LANGUAGE", "th", TRUE);
  bindtextdomain (GETTEXT_PACKAGE, TEST_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_object_set (op, "code", "27O1", NULL);
  g_assert_false (thanrak_operator_validate (op, &error));
  g_assert_nonnull (strstr (error->message, "รหัสผู้ประกอบการ"));

  setlocale (LC_ALL, old_locale);
  g_unsetenv ("LANGUAGE");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/enums/codes", test_enums_codes);
  g_test_add_func ("/model/enums/labels", test_enums_labels);
  g_test_add_func ("/model/record/notify", test_record_notify);
  g_test_add_func ("/model/product/standards", test_product_standards);
  g_test_add_func ("/model/validation/phone", test_phone_format);
  g_test_add_func ("/model/validation/rules", test_validation_rules);
  g_test_add_func ("/model/validation/other-records", test_validation_other_records);
  g_test_add_func ("/model/validation/center-reporter", test_validation_center_reporter);
  g_test_add_func ("/model/validation/thai-message", test_validation_thai_message);

  return g_test_run ();
}
