/* test-committee.c: checks of a center's committee (seed 001 §6)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "thanrak-committee.h"
#include "thanrak-core-enums.h"

/* The management committee of seed 001's sample report (แบบรายงานผล…,
 * โครงสร้างคณะกรรมการศูนย์), 13 members, with one of its six agency
 * seats taken out so that the quotas hold. */
typedef struct
{
  const char               *name;
  ThanrakCommitteePosition  position;
  ThanrakCommitteeQuota     quota;
} Seat;

static const Seat sample[] = {
  { "นายอำเภอ", THANRAK_COMMITTEE_POSITION_CHAIR, THANRAK_COMMITTEE_QUOTA_DISTRICT_CHIEF },
  { "สาธารณสุขอำเภอ", THANRAK_COMMITTEE_POSITION_MEMBER, THANRAK_COMMITTEE_QUOTA_AGENCY },
  { "เกษตรอำเภอ", THANRAK_COMMITTEE_POSITION_MEMBER, THANRAK_COMMITTEE_QUOTA_AGENCY },
  { "ผอ.กศน. อำเภอ", THANRAK_COMMITTEE_POSITION_MEMBER, THANRAK_COMMITTEE_QUOTA_AGENCY },
  { "ผู้แทนมหาวิทยาลัย", THANRAK_COMMITTEE_POSITION_MEMBER, THANRAK_COMMITTEE_QUOTA_AGENCY },
  { "ผู้จัดการธนาคารออมสิน", THANRAK_COMMITTEE_POSITION_MEMBER, THANRAK_COMMITTEE_QUOTA_AGENCY },
  { "ประธานเครือข่าย OTOP อำเภอ", THANRAK_COMMITTEE_POSITION_MARKETING, THANRAK_COMMITTEE_QUOTA_NETWORK },
  { "ประธานคณะกรรมการกองทุนพัฒนาบทบาทสตรีอำเภอ", THANRAK_COMMITTEE_POSITION_MEMBER, THANRAK_COMMITTEE_QUOTA_NETWORK },
  { "ผู้แทนเครือข่ายกองทุนหมู่บ้านและชุมชนเมืองอำเภอ", THANRAK_COMMITTEE_POSITION_FUNDING, THANRAK_COMMITTEE_QUOTA_NETWORK },
  { "ผู้แทนเครือข่ายกลุ่มออมทรัพย์เพื่อการผลิตอำเภอ", THANRAK_COMMITTEE_POSITION_TREASURER, THANRAK_COMMITTEE_QUOTA_NETWORK },
  { "พัฒนาการอำเภอ", THANRAK_COMMITTEE_POSITION_SECRETARY, THANRAK_COMMITTEE_QUOTA_CD_OFFICER },
  { "นักวิชาการพัฒนาชุมชน", THANRAK_COMMITTEE_POSITION_ASSISTANT_SECRETARY, THANRAK_COMMITTEE_QUOTA_OTHER },
  /* the seed's sixth agency seat */
  { "ผู้จัดการธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร", THANRAK_COMMITTEE_POSITION_MEMBER, THANRAK_COMMITTEE_QUOTA_AGENCY },
};

static GArray *
members_new (guint n)
{
  GArray *members = g_array_new (FALSE, TRUE, sizeof (ThanrakCommitteeSeat));

  for (guint i = 0; i < n && i < G_N_ELEMENTS (sample); i++)
    {
      ThanrakCommitteeSeat m = { 0 };

      m.name = sample[i].name;
      m.position = sample[i].position;
      m.quota = sample[i].quota;
      m.committee = THANRAK_COMMITTEE_KIND_MANAGEMENT;
      g_date_clear (&m.term_end, 1);
      g_array_append_val (members, m);
    }
  return members;
}

static GArray *
dates_new (int first_day, guint every_months, guint n)
{
  GArray *dates = g_array_new (FALSE, TRUE, sizeof (GDate));

  /* from October 2566 BE (2023) */
  for (guint i = 0; i < n; i++)
    {
      GDate d;
      g_date_clear (&d, 1);
      g_date_set_dmy (&d, first_day, G_DATE_OCTOBER, 2023);
      g_date_add_months (&d, i * every_months);
      g_array_append_val (dates, d);
    }
  return dates;
}

static GPtrArray *
check (GArray      *members,
       GArray      *meetings,
       GArray      *activities,
       const GDate *today)
{
  return thanrak_committee_check ((ThanrakCommitteeSeat *) (void *) members->data, members->len, 2567,
                                  (GDate *) (void *) meetings->data, meetings->len,
                                  (GDate *) (void *) activities->data, activities->len, today);
}

static guint
count_code (GPtrArray *findings,
            int        code,
            int       *index)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      ThanrakFinding *f = g_ptr_array_index (findings, i);
      if (f->code == code)
        {
          n++;
          if (index != NULL)
            *index = f->index;
          g_assert_nonnull (f->message);
        }
    }
  return n;
}

static void
test_sound_committee (void)
{
  g_autoptr(GArray) members = members_new (12);
  g_autoptr(GArray) meetings = dates_new (15, 3, 4);
  g_autoptr(GArray) activities = dates_new (20, 1, 12);
  g_autoptr(GPtrArray) findings = check (members, meetings, activities, NULL);

  for (guint i = 0; i < findings->len; i++)
    g_test_message ("%s", ((ThanrakFinding *) g_ptr_array_index (findings, i))->message);
  g_assert_cmpuint (findings->len, ==, 0);
}

static void
test_seed_sample_has_six_agency_seats (void)
{
  g_autoptr(GArray) members = members_new (13);
  g_autoptr(GArray) meetings = dates_new (15, 3, 4);
  g_autoptr(GArray) activities = dates_new (20, 1, 12);
  g_autoptr(GPtrArray) findings = check (members, meetings, activities, NULL);

  g_assert_cmpuint (findings->len, ==, 1);
  g_assert_cmpuint (count_code (findings, THANRAK_COMMITTEE_AGENCY_QUOTA, NULL), ==, 1);
}

static void
test_composition (void)
{
  g_autoptr(GArray) meetings = dates_new (15, 3, 4);
  g_autoptr(GArray) activities = dates_new (20, 1, 12);

  /* 10 members: too few, and the secretary is missing */
  {
    g_autoptr(GArray) members = members_new (10);
    g_autoptr(GPtrArray) findings = check (members, meetings, activities, NULL);
    g_assert_cmpuint (count_code (findings, THANRAK_COMMITTEE_TOO_FEW, NULL), ==, 1);
    g_assert_cmpuint (count_code (findings, THANRAK_COMMITTEE_NO_SECRETARY, NULL), ==, 1);
    g_assert_cmpuint (count_code (findings, THANRAK_COMMITTEE_NO_CHAIR, NULL), ==, 0);
  }

  /* 16 members: too many; 4 more network seats make 8, still in quota */
  {
    g_autoptr(GArray) members = members_new (12);
    g_autoptr(GPtrArray) findings = NULL;
    for (guint i = 0; i < 4; i++)
      {
        ThanrakCommitteeSeat m = g_array_index (members, ThanrakCommitteeSeat, 6);
        g_array_append_val (members, m);
      }
    findings = check (members, meetings, activities, NULL);
    g_assert_cmpuint (count_code (findings, THANRAK_COMMITTEE_TOO_MANY, NULL), ==, 1);
    g_assert_cmpuint (count_code (findings, THANRAK_COMMITTEE_NETWORK_QUOTA, NULL), ==, 0);
    g_assert_cmpuint (findings->len, ==, 1);
  }

  /* 15 members with 9 network seats; no chair; two secretaries */
  {
    g_autoptr(GArray) members = members_new (12);
    g_autoptr(GPtrArray) findings = NULL;
    for (guint i = 0; i < 5; i++)
      {
        ThanrakCommitteeSeat m = g_array_index (members, ThanrakCommitteeSeat, 7);
        g_array_append_val (members, m);
      }
    g_array_remove_index (members, 0);
    g_array_remove_index (members, 0); /* an agency seat: 4 left */
    findings = check (members, meetings, activities, NULL);
    g_assert_cmpuint (members->len, ==, 15);
    g_assert_cmpuint (count_code (findings, THANRAK_COMMITTEE_NETWORK_QUOTA, NULL), ==, 1);
    g_assert_cmpuint (count_code (findings, THANRAK_COMMITTEE_NO_CHAIR, NULL), ==, 1);
    g_assert_cmpuint (count_code (findings, THANRAK_COMMITTEE_AGENCY_QUOTA, NULL), ==, 1);
    g_assert_cmpuint (count_code (findings, THANRAK_COMMITTEE_TOO_MANY, NULL), ==, 0);
    g_assert_cmpuint (findings->len, ==, 3);
  }

  /* advisory members do not count on the management committee */
  {
    g_autoptr(GArray) members = members_new (11);
    g_autoptr(GPtrArray) findings = NULL;
    g_array_index (members, ThanrakCommitteeSeat, 1).committee = THANRAK_COMMITTEE_KIND_ADVISORY;
    findings = check (members, meetings, activities, NULL);
    g_assert_cmpuint (count_code (findings, THANRAK_COMMITTEE_TOO_FEW, NULL), ==, 1);
    g_assert_cmpuint (count_code (findings, THANRAK_COMMITTEE_AGENCY_QUOTA, NULL), ==, 1);
  }
}

static void
test_meetings_and_activities (void)
{
  g_autoptr(GArray) members = members_new (12);
  g_autoptr(GArray) meetings = dates_new (15, 3, 4);
  g_autoptr(GArray) activities = dates_new (20, 1, 12);
  g_autoptr(GPtrArray) findings = NULL;
  int index = 0;

  /* no meeting in quarter 3 (Apr-Jun 2024), no activity in March 2024 */
  g_array_remove_index (meetings, 2);
  g_array_remove_index (activities, 5);
  findings = check (members, meetings, activities, NULL);
  g_assert_cmpuint (findings->len, ==, 2);
  g_assert_cmpuint (count_code (findings, THANRAK_COMMITTEE_NO_MEETING, &index), ==, 1);
  g_assert_cmpint (index, ==, 3);
  g_assert_cmpuint (count_code (findings, THANRAK_COMMITTEE_NO_ACTIVITY, &index), ==, 1);
  g_assert_cmpint (index, ==, 6);

  /* checked on 9 Apr 2567 (the seed's deadline): quarter 3 and April have
   * not ended yet, March has */
  {
    g_autoptr(GDate) today = g_date_new_dmy (9, G_DATE_APRIL, 2024);
    g_autoptr(GPtrArray) early = check (members, meetings, activities, today);
    g_assert_cmpuint (count_code (early, THANRAK_COMMITTEE_NO_MEETING, NULL), ==, 0);
    g_assert_cmpuint (count_code (early, THANRAK_COMMITTEE_NO_ACTIVITY, NULL), ==, 1);
  }

  /* nothing at all: four quarters and twelve months */
  {
    g_autoptr(GArray) none = g_array_new (FALSE, TRUE, sizeof (GDate));
    g_autoptr(GPtrArray) all = check (members, none, none, NULL);
    g_assert_cmpuint (count_code (all, THANRAK_COMMITTEE_NO_MEETING, NULL), ==, 4);
    g_assert_cmpuint (count_code (all, THANRAK_COMMITTEE_NO_ACTIVITY, NULL), ==, 12);
  }
}

static void
test_terms (void)
{
  g_autoptr(GArray) members = members_new (12);
  g_autoptr(GArray) meetings = dates_new (15, 3, 4);
  g_autoptr(GArray) activities = dates_new (20, 1, 12);
  g_autoptr(GDate) today = g_date_new_dmy (1, G_DATE_OCTOBER, 2024);
  g_autoptr(GPtrArray) findings = NULL;
  int index = -1;

  g_date_set_dmy (&g_array_index (members, ThanrakCommitteeSeat, 3).term_end, 30, G_DATE_SEPTEMBER, 2024);
  g_date_set_dmy (&g_array_index (members, ThanrakCommitteeSeat, 4).term_end, 1, G_DATE_OCTOBER, 2024);
  findings = check (members, meetings, activities, today);
  g_assert_cmpuint (count_code (findings, THANRAK_COMMITTEE_TERM_ENDED, &index), ==, 1);
  g_assert_cmpint (index, ==, 3);
  g_assert_nonnull (strstr (((ThanrakFinding *) g_ptr_array_index (findings, 0))->message, "30 ก.ย. 2567"));
}

static void
test_positions (void)
{
  ThanrakCommitteePosition p;

  g_assert_cmpstr (thanrak_enum_get_label (THANRAK_TYPE_COMMITTEE_POSITION, THANRAK_COMMITTEE_POSITION_QUALITY), ==,
                   "ฝ่ายส่งเสริมการพัฒนาคุณภาพและมาตรฐานผลิตภัณฑ์");
  g_assert_true (thanrak_committee_position_from_label ("กรรมการและเลขานุการ", &p));
  g_assert_cmpint (p, ==, THANRAK_COMMITTEE_POSITION_SECRETARY);
  g_assert_true (thanrak_committee_position_from_label ("กรรมการและผู้ช่วยเลขานุการ", &p));
  g_assert_cmpint (p, ==, THANRAK_COMMITTEE_POSITION_ASSISTANT_SECRETARY);
  g_assert_true (thanrak_committee_position_from_label (" ประธาน ", &p));
  g_assert_cmpint (p, ==, THANRAK_COMMITTEE_POSITION_CHAIR);
  g_assert_true (thanrak_committee_position_from_label ("กรรมการ", &p));
  g_assert_cmpint (p, ==, THANRAK_COMMITTEE_POSITION_MEMBER);
  g_assert_false (thanrak_committee_position_from_label ("นายอำเภอ", &p));
}

/* Messages reach the person in Thai. */
static void
test_thai_messages (void)
{
  g_autoptr(GArray) members = members_new (10);
  g_autoptr(GArray) none = g_array_new (FALSE, TRUE, sizeof (GDate));
  g_autoptr(GPtrArray) findings = NULL;
  ThanrakFinding *f;

  if (setlocale (LC_ALL, "th_TH.UTF-8") == NULL)
    {
      g_test_skip ("the th_TH.UTF-8 locale is not installed");
      return;
    }
  bindtextdomain (GETTEXT_PACKAGE, TEST_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  findings = check (members, none, none, NULL);
  f = g_ptr_array_index (findings, 0);
  g_assert_cmpint (f->code, ==, THANRAK_COMMITTEE_TOO_FEW);
  g_assert_cmpstr (f->message, ==, "คณะกรรมการบริหารศูนย์ฯ มี 10 คน แนวทางการดำเนินงานศูนย์ฯ ข้อ 6.1 กำหนดไว้ 11 - 15 คน");
  setlocale (LC_ALL, "C.UTF-8");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/committee/sound", test_sound_committee);
  g_test_add_func ("/committee/seed-sample", test_seed_sample_has_six_agency_seats);
  g_test_add_func ("/committee/composition", test_composition);
  g_test_add_func ("/committee/meetings-and-activities", test_meetings_and_activities);
  g_test_add_func ("/committee/terms", test_terms);
  g_test_add_func ("/committee/positions", test_positions);
  g_test_add_func ("/committee/thai-messages", test_thai_messages);

  return g_test_run ();
}
