/* thanrak-committee.c: checks of a center's committee (seed 001 §6)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The checks warn; they never refuse: seed 001 §6.2 lets a district keep
 * an older committee structure on request.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "thanrak-committee.h"
#include "thanrak-core-enums.h"
#include "thanrak-thai.h"

/**
 * thanrak_committee_position_from_label:
 * @label: a Thai position label, e.g. `เลขานุการ`; the seed's sample form
 *   also writes `กรรมการและเลขานุการ` and `กรรมการและผู้ช่วยเลขานุการ`
 * @position: (out): the position
 *
 * Returns: %TRUE when @label names a position
 */
gboolean
thanrak_committee_position_from_label (const char               *label,
                                       ThanrakCommitteePosition *position)
{
  g_autofree char *text = NULL;
  const char *p;

  g_return_val_if_fail (label != NULL, FALSE);
  g_return_val_if_fail (position != NULL, FALSE);

  text = g_strstrip (g_strdup (label));
  p = text;
  if (g_str_has_prefix (p, "กรรมการและ"))
    p += strlen ("กรรมการและ");
  if (g_str_equal (p, "ประธานกรรมการ"))
    p = "ประธาน";

  for (guint i = 0; i < thanrak_enum_get_n_values (THANRAK_TYPE_COMMITTEE_POSITION); i++)
    if (g_str_equal (p, thanrak_enum_get_label (THANRAK_TYPE_COMMITTEE_POSITION, i)))
      {
        *position = (ThanrakCommitteePosition) i;
        return TRUE;
      }
  return FALSE;
}

static void
add (GPtrArray  *findings,
     int         code,
     int         index,
     char       *message)
{
  g_ptr_array_add (findings, thanrak_finding_new (code, index, message));
  g_free (message);
}

static gboolean
any_in_span (const GDate *dates,
             guint        n_dates,
             const GDate *first,
             const GDate *last)
{
  for (guint i = 0; i < n_dates; i++)
    if (g_date_valid (&dates[i]) && thanrak_thai_date_in_span (&dates[i], first, last))
      return TRUE;
  return FALSE;
}

/**
 * thanrak_committee_check:
 * @members: (array length=n_members): the members of both committees
 * @n_members: the number of members
 * @fiscal_year: the fiscal year checked, Buddhist Era
 * @meetings: (array length=n_meetings) (nullable): dates of committee meetings
 * @n_meetings: the number of meetings
 * @activities: (array length=n_activities) (nullable): dates of concrete
 *   activities run by the committee
 * @n_activities: the number of activities
 * @today: (nullable): the day of the check: terms ended before it are
 *   reported, and only quarters and months that ended before it are
 *   checked; %NULL checks the whole year and no terms
 *
 * Checks a center's committees against seed 001 §6: 11-15 management
 * committee members (§6.1), a chair and a secretary (§6.1 ๑-๒, §6.2),
 * 5 agency and education representatives (§6.1 ๓), 4-8 group and
 * network representatives (§6.1 ๔), terms that have ended, a meeting in
 * every quarter (§6.3 ๑) and a concrete activity in every month (§6.3 ๓)
 * of the fiscal year.
 *
 * Returns: (transfer container) (element-type ThanrakFinding): warnings
 *   with #ThanrakCommitteeCheck codes and translated messages; index is
 *   the member for %THANRAK_COMMITTEE_TERM_ENDED, the quarter (1-4) for
 *   %THANRAK_COMMITTEE_NO_MEETING, the fiscal month (1 = October) for
 *   %THANRAK_COMMITTEE_NO_ACTIVITY, else -1
 */
GPtrArray *
thanrak_committee_check (const ThanrakCommitteeSeat *members,
                         guint                         n_members,
                         guint                         fiscal_year,
                         const GDate                  *meetings,
                         guint                         n_meetings,
                         const GDate                  *activities,
                         guint                         n_activities,
                         const GDate                  *today)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) thanrak_finding_free);
  guint n_management = 0, chairs = 0, secretaries = 0, agency = 0, network = 0;

  g_return_val_if_fail (members != NULL || n_members == 0, findings);
  g_return_val_if_fail (meetings != NULL || n_meetings == 0, findings);
  g_return_val_if_fail (activities != NULL || n_activities == 0, findings);

  for (guint i = 0; i < n_members; i++)
    {
      const ThanrakCommitteeSeat *m = &members[i];

      if (m->committee == THANRAK_COMMITTEE_KIND_MANAGEMENT)
        {
          n_management++;
          chairs += m->position == THANRAK_COMMITTEE_POSITION_CHAIR;
          secretaries += m->position == THANRAK_COMMITTEE_POSITION_SECRETARY;
          agency += m->quota == THANRAK_COMMITTEE_QUOTA_AGENCY;
          network += m->quota == THANRAK_COMMITTEE_QUOTA_NETWORK;
        }

      if (today != NULL && g_date_valid (&m->term_end) && g_date_compare (&m->term_end, today) < 0)
        {
          g_autofree char *date = thanrak_thai_format_date (&m->term_end, THANRAK_THAI_DATE_ABBREVIATED, FALSE);
          add (findings, THANRAK_COMMITTEE_TERM_ENDED, (int) i,
               g_strdup_printf (_("The term of %s (%s) ended on %s: renew the appointment or record who replaces them"),
                                m->name != NULL ? m->name : "?",
                                thanrak_enum_get_label (THANRAK_TYPE_COMMITTEE_POSITION, m->position), date));
        }
    }

  if (n_management < 11)
    add (findings, THANRAK_COMMITTEE_TOO_FEW, -1,
         g_strdup_printf (_("The management committee has %u members: the center guidelines (section 6.1) ask for 11 to 15"),
                          n_management));
  else if (n_management > 15)
    add (findings, THANRAK_COMMITTEE_TOO_MANY, -1,
         g_strdup_printf (_("The management committee has %u members: the center guidelines (section 6.1) ask for 11 to 15"),
                          n_management));

  if (chairs == 0)
    add (findings, THANRAK_COMMITTEE_NO_CHAIR, -1,
         g_strdup (_("The management committee has no chair (ประธาน): the district chief or his delegate chairs it")));
  else if (chairs > 1)
    add (findings, THANRAK_COMMITTEE_TWO_CHAIRS, -1,
         g_strdup_printf (_("The management committee has %u chairs: it should have one"), chairs));

  if (secretaries == 0)
    add (findings, THANRAK_COMMITTEE_NO_SECRETARY, -1,
         g_strdup (_("The management committee has no secretary (เลขานุการ): the district CD officer is its secretary")));

  if (agency != 5)
    add (findings, THANRAK_COMMITTEE_AGENCY_QUOTA, -1,
         g_strdup_printf (_("The management committee has %u representatives of agencies, organisations and local education institutions: the center guidelines (section 6.1) ask for 5"),
                          agency));

  if (network < 4 || network > 8)
    add (findings, THANRAK_COMMITTEE_NETWORK_QUOTA, -1,
         g_strdup_printf (_("The management committee has %u representatives of groups and networks of OTOP producers: the center guidelines (section 6.1) ask for 4 to 8"),
                          network));

  for (guint q = 1; q <= 4; q++)
    {
      GDate first, last;

      if (!thanrak_thai_fiscal_span (fiscal_year, THANRAK_FISCAL_QUARTER, q, &first, &last))
        break;
      if (today != NULL && g_date_compare (&last, today) >= 0)
        continue;
      if (!any_in_span (meetings, n_meetings, &first, &last))
        {
          g_autofree char *from = thanrak_thai_format_date (&first, THANRAK_THAI_DATE_ABBREVIATED, FALSE);
          g_autofree char *to = thanrak_thai_format_date (&last, THANRAK_THAI_DATE_ABBREVIATED, FALSE);
          add (findings, THANRAK_COMMITTEE_NO_MEETING, (int) q,
               g_strdup_printf (_("No committee meeting in quarter %u of fiscal year %u (%s – %s): the committee meets at least once a quarter"),
                                q, fiscal_year, from, to));
        }
    }

  for (guint month = 1; month <= 12; month++)
    {
      GDate first, last;

      if (!thanrak_thai_fiscal_span (fiscal_year, THANRAK_FISCAL_MONTH, month, &first, &last))
        break;
      if (today != NULL && g_date_compare (&last, today) >= 0)
        continue;
      if (!any_in_span (activities, n_activities, &first, &last))
        {
          g_autofree char *name = g_strdup_printf ("%s %u",
                                                   thanrak_thai_month_name (g_date_get_month (&first), FALSE),
                                                   (guint) g_date_get_year (&first) + THANRAK_BE_OFFSET);
          add (findings, THANRAK_COMMITTEE_NO_ACTIVITY, (int) month,
               g_strdup_printf (_("No concrete activity in %s: the committee runs at least one activity a month"),
                                name));
        }
    }

  return findings;
}
