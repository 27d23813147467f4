/* thanrak-text-match.c: normalising Thai text for matching, and near misses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "thanrak-text-match.h"

#define THAI_SARA_AA    0x0E32
#define THAI_SARA_AM    0x0E33
#define THAI_SARA_E     0x0E40
#define THAI_SARA_AE    0x0E41
#define THAI_NIKHAHIT   0x0E4D

/* Characters that occupy no space and only get in the way of matching. */
static gboolean
is_invisible (gunichar c)
{
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 ||
         c == 0xFEFF || c == 0x00AD;
}

/* Thai marks written above or below a consonant. */
static gboolean
is_thai_mark (gunichar c)
{
  return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E);
}

static gboolean
is_thai_tone (gunichar c)
{
  return c >= 0x0E48 && c <= 0x0E4B;
}

/* The order in which marks are typed: vowel first, then nikhahit, then
 * tone mark, then thanthakhat and yamakkan. */
static int
mark_rank (gunichar c)
{
  if (c == THAI_NIKHAHIT)
    return 1;
  if (is_thai_tone (c))
    return 2;
  if (c == 0x0E4C || c == 0x0E4E)
    return 3;
  return 0;
}

/* Vowels written beside the consonant, which a doubled keystroke repeats
 * (เ is handled apart: เเ is a common way of typing แ). */
static gboolean
is_collapsible_vowel (gunichar c)
{
  return c == 0x0E30 || c == THAI_SARA_AA || c == THAI_SARA_AM || c == 0x0E45 ||
         (c >= 0x0E41 && c <= 0x0E44);
}

/* thanrak_text_normalize() of ASCII text: spaces as g_unichar_isspace()
 * sees them folded and collapsed, letters in lower case (case folding). */
static char *
normalize_ascii (const char *text,
                 gsize       len)
{
  char *out = g_malloc (len + 1);
  gsize n = 0;
  gboolean pending_space = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      char c = text[i];

      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
        {
          pending_space = n > 0;
          continue;
        }
      if (pending_space)
        {
          out[n++] = ' ';
          pending_space = FALSE;
        }
      out[n++] = g_ascii_tolower (c);
    }
  out[n] = '\0';
  return out;
}

/**
 * thanrak_text_normalize:
 * @text: UTF-8 text
 *
 * Normalises text for matching what people type against known labels
 * (headings, place names). It:
 *
 * - trims, folds every kind of space (no-break space, ideographic space)
 *   to one ASCII space and collapses runs of them;
 * - removes zero-width characters (U+200B–U+200D, U+2060, U+FEFF, soft
 *   hyphen);
 * - composes SARA AM: NIKHAHIT + SARA AA (ํ + า) becomes ำ, also with a
 *   tone mark between (น + ํ + ้ + า → น้ำ), and a tone mark typed after
 *   ำ is moved before it;
 * - puts the marks above and below a consonant in typing order (vowel,
 *   then tone mark, then thanthakhat) and drops a mark repeated in one
 *   cluster (แก้้ว → แก้ว);
 * - turns SARA E typed twice (เเ) into SARA AE (แ) and collapses other
 *   doubled vowels (าา → า);
 * - applies Unicode NFC and case folding (for Latin letters).
 *
 * It does not map different words onto each other (category aliases are
 * data, kept with the categories).
 *
 * Returns: (transfer full): the normalised text; invalid UTF-8 gives `""`
 */
char *
thanrak_text_normalize (const char *text)
{
  g_autofree char *nfc = NULL;
  g_autofree char *folded = NULL;
  g_autofree gunichar *in = NULL;
  g_autofree gunichar *out = NULL;
  glong n_in = 0, n_out = 0;
  gboolean pending_space = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  /* ASCII (codes, numbers, Latin names): every rule above but the spaces
   * and the case is about Thai or other non-ASCII letters, and NFC leaves
   * ASCII as it is. An import normalises a code or two in every row. */
  {
    const char *p = text;

    while (*p != '\0' && (guchar) *p < 0x80)
      p++;
    if (*p == '\0')
      return normalize_ascii (text, (gsize) (p - text));
  }

  if (!g_utf8_validate (text, -1, NULL))
    return g_strdup ("");

  nfc = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  folded = g_utf8_casefold (nfc, -1);
  in = g_utf8_to_ucs4_fast (folded, -1, &n_in);
  out = g_new (gunichar, n_in + 1);

  for (glong i = 0; i < n_in; i++)
    {
      gunichar c = in[i];

      if (is_invisible (c))
        continue;

      if (g_unichar_isspace (c) || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR)
        {
          pending_space = n_out > 0;
          continue;
        }

      if (pending_space)
        {
          out[n_out++] = ' ';
          pending_space = FALSE;
        }

      /* เเ → แ */
      if (c == THAI_SARA_E && i + 1 < n_in && in[i + 1] == THAI_SARA_E)
        {
          out[n_out++] = THAI_SARA_AE;
          i++;
          continue;
        }

      if (is_thai_mark (c))
        {
          /* A cluster of marks: gather, order, drop repeats. */
          gunichar marks[16];
          guint n_marks = 0;
          glong j = i;
          gboolean nikhahit = FALSE;

          for (; j < n_in && (is_thai_mark (in[j]) || is_invisible (in[j])); j++)
            {
              gboolean seen = FALSE;

              if (is_invisible (in[j]))
                continue;
              for (guint k = 0; k < n_marks; k++)
                seen |= marks[k] == in[j];
              if (!seen && n_marks < G_N_ELEMENTS (marks))
                marks[n_marks++] = in[j];
            }

          /* Stable insertion sort by typing order. */
          for (guint a = 1; a < n_marks; a++)
            for (guint b = a; b > 0 && mark_rank (marks[b - 1]) > mark_rank (marks[b]); b--)
              {
                gunichar t = marks[b];
                marks[b] = marks[b - 1];
                marks[b - 1] = t;
              }

          /* ํ + า → ำ, the tone mark staying before it. */
          if (j < n_in && in[j] == THAI_SARA_AA)
            for (guint k = 0; k < n_marks; k++)
              if (marks[k] == THAI_NIKHAHIT)
                {
                  memmove (marks + k, marks + k + 1, (n_marks - k - 1) * sizeof (gunichar));
                  n_marks--;
                  nikhahit = TRUE;
                  break;
                }

          for (guint k = 0; k < n_marks; k++)
            out[n_out++] = marks[k];

          if (nikhahit)
            {
              out[n_out++] = THAI_SARA_AM;
              j++;
            }

          i = j - 1;
          continue;
        }

      /* ำ followed by a tone mark: the tone mark belongs before it. */
      if (c == THAI_SARA_AM && i + 1 < n_in && is_thai_tone (in[i + 1]))
        {
          if (n_out == 0 || !is_thai_tone (out[n_out - 1]))
            out[n_out++] = in[i + 1];
          out[n_out++] = THAI_SARA_AM;
          i++;
          continue;
        }

      /* A doubled vowel keystroke. */
      if (is_collapsible_vowel (c) && n_out > 0 && out[n_out - 1] == c)
        continue;

      out[n_out++] = c;
    }

  return g_ucs4_to_utf8 (out, n_out, NULL, NULL, NULL);
}

/**
 * thanrak_text_edit_distance:
 * @a: UTF-8 text
 * @b: UTF-8 text
 *
 * Counts the edits that turn @a into @b, on Unicode code points (a Thai
 * tone mark or vowel sign is one code point): inserting, deleting or
 * replacing one code point, or swapping two adjacent ones, each count 1
 * (optimal string alignment distance). A doubled vowel, a wrong tone mark
 * and two letters typed in the wrong order are each at distance 1.
 * Compare normalised text (thanrak_text_normalize()) to ignore spacing
 * and typing-order differences.
 *
 * Returns: the number of edits; invalid UTF-8 counts as empty text
 */
guint
thanrak_text_edit_distance (const char *a,
                            const char *b)
{
  g_autofree gunichar *s = NULL;
  g_autofree gunichar *t = NULL;
  g_autofree guint *prev2 = NULL;
  g_autofree guint *prev = NULL;
  g_autofree guint *cur = NULL;
  glong n = 0, m = 0;

  g_return_val_if_fail (a != NULL && b != NULL, 0);

  if (g_utf8_validate (a, -1, NULL))
    s = g_utf8_to_ucs4_fast (a, -1, &n);
  if (g_utf8_validate (b, -1, NULL))
    t = g_utf8_to_ucs4_fast (b, -1, &m);

  if (n == 0)
    return (guint) m;
  if (m == 0)
    return (guint) n;

  prev2 = g_new0 (guint, m + 1);
  prev = g_new0 (guint, m + 1);
  cur = g_new0 (guint, m + 1);

  for (glong j = 0; j <= m; j++)
    prev[j] = (guint) j;

  for (glong i = 1; i <= n; i++)
    {
      guint *rotate;

      cur[0] = (guint) i;
      for (glong j = 1; j <= m; j++)
        {
          guint cost = s[i - 1] == t[j - 1] ? 0 : 1;
          guint best = MIN (prev[j] + 1, cur[j - 1] + 1);

          best = MIN (best, prev[j - 1] + cost);
          if (i > 1 && j > 1 && s[i - 1] == t[j - 2] && s[i - 2] == t[j - 1])
            best = MIN (best, prev2[j - 2] + 1);
          cur[j] = best;
        }

      rotate = prev2;
      prev2 = prev;
      prev = cur;
      cur = rotate;
    }

  return prev[m];
}

/**
 * thanrak_text_find_near:
 * @query: what a person typed, e.g. a district name from a spreadsheet
 * @candidates: (array zero-terminated=1): the known names
 * @max_distance: the most edits (see thanrak_text_edit_distance()) a
 *   near miss may have, e.g. 1 or 2
 * @out_distance: (out) (optional): the edits from @query to the returned
 *   candidate, or the smallest distance found
 * @out_n_close: (out) (optional): how many candidates are within
 *   @max_distance (for saying “did you mean …” when there are several)
 *
 * Finds the one known name @query stands for. Both sides are compared
 * normalised (thanrak_text_normalize()). A single exact match wins;
 * otherwise a near miss is accepted only when exactly one candidate is
 * within @max_distance, as issue 8 asks for place names.
 *
 * Returns: the index of the candidate, or -1 when none or several are
 *   close
 */
gint
thanrak_text_find_near (const char         *query,
                        const char * const *candidates,
                        guint               max_distance,
                        guint              *out_distance,
                        guint              *out_n_close)
{
  g_autofree char *q = NULL;
  gint exact = -1, close = -1;
  guint n_exact = 0, n_close = 0, best = G_MAXUINT;

  g_return_val_if_fail (query != NULL, -1);
  g_return_val_if_fail (candidates != NULL, -1);

  q = thanrak_text_normalize (query);

  for (gint i = 0; candidates[i] != NULL; i++)
    {
      g_autofree char *c = thanrak_text_normalize (candidates[i]);
      glong lq = g_utf8_strlen (q, -1), lc = g_utf8_strlen (c, -1);
      guint d;

      /* Lengths alone rule most candidates out. */
      if ((guint) ABS (lq - lc) > max_distance)
        continue;

      d = thanrak_text_edit_distance (q, c);
      best = MIN (best, d);
      if (d == 0)
        {
          n_exact++;
          if (exact < 0)
            exact = i;
        }
      if (d <= max_distance)
        {
          n_close++;
          if (close < 0)
            close = i;
        }
    }

  if (out_n_close != NULL)
    *out_n_close = n_close;
  if (out_distance != NULL)
    *out_distance = best == G_MAXUINT ? 0 : best;

  if (n_exact == 1)
    {
      if (out_distance != NULL)
        *out_distance = 0;
      return exact;
    }
  if (n_exact == 0 && n_close == 1)
    return close;

  return -1;
}
