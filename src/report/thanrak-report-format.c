/* thanrak-report-format.c: the shared cell formats of the official forms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "thanrak-report-error.h"
#include "thanrak-report-format.h"

/**
 * thanrak_report_error_quark:
 *
 * Returns: the quark of #THANRAK_REPORT_ERROR
 */
G_DEFINE_QUARK (thanrak-report-error-quark, thanrak_report_error)

/* Excel's standard colours, the ones an officer picks from the palette. */
static const guint32 default_band_colors[THANRAK_REPORT_N_BANDS] = {
  [THANRAK_REPORT_BAND_NONE] = 0xFFFFFF,
  [THANRAK_REPORT_BAND_RED] = 0xFF0000,
  [THANRAK_REPORT_BAND_ORANGE] = 0xFFC000,
  [THANRAK_REPORT_BAND_YELLOW] = 0xFFFF00,
  [THANRAK_REPORT_BAND_LIGHT_GREEN] = 0x92D050,
  [THANRAK_REPORT_BAND_DARK_GREEN] = 0x00B050,
};

static const struct {
  const char *name;
  ThanrakReportBand band;
} band_names[] = {
  { "none", THANRAK_REPORT_BAND_NONE },
  { "red", THANRAK_REPORT_BAND_RED },
  { "orange", THANRAK_REPORT_BAND_ORANGE },
  { "yellow", THANRAK_REPORT_BAND_YELLOW },
  { "light-green", THANRAK_REPORT_BAND_LIGHT_GREEN },
  { "dark-green", THANRAK_REPORT_BAND_DARK_GREEN },
};

/* The bits of a packed key below the band colour: style, align, bold,
 * band and digits. */
#define SHORT_KEY_BITS 11

struct _ThanrakReportFormats
{
  lxw_workbook *workbook;
  GHashTable   *cache;  /* guint64 packed key -> lxw_format*, owned by workbook */
  guint32       band_colors[THANRAK_REPORT_N_BANDS];
  /* The formats of the current band colours by their short key: a long
   * list asks for a format per cell, millions of times. */
  lxw_format   *current[1 << SHORT_KEY_BITS];
};

/**
 * thanrak_report_formats_new:
 * @workbook: the libxlsxwriter workbook the formats belong to
 *
 * Creates the format cache of one workbook. Formats are made on first
 * use by thanrak_report_formats_get() and belong to @workbook, which must
 * outlive the cache. Band colours start as
 * thanrak_report_band_default_color().
 *
 * Returns: (transfer full): a new format cache; free it with
 *   thanrak_report_formats_free()
 */
ThanrakReportFormats *
thanrak_report_formats_new (lxw_workbook *workbook)
{
  ThanrakReportFormats *self;

  g_return_val_if_fail (workbook != NULL, NULL);

  self = g_new0 (ThanrakReportFormats, 1);
  self->workbook = workbook;
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < THANRAK_REPORT_N_BANDS; i++)
    self->band_colors[i] = default_band_colors[i];

  return self;
}

/**
 * thanrak_report_formats_free:
 * @self: (nullable): a format cache
 *
 * Frees the cache. The formats themselves belong to the workbook.
 */
void
thanrak_report_formats_free (ThanrakReportFormats *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_free (self);
}

/**
 * thanrak_report_formats_set_band_color:
 * @self: a format cache
 * @band: a colour band other than %THANRAK_REPORT_BAND_NONE
 * @rgb: the fill colour as 0xRRGGBB
 *
 * Sets the fill colour of @band, for rule sets that name their own
 * colours. Cells formatted afterwards get the new colour; formats made
 * before keep theirs.
 */
void
thanrak_report_formats_set_band_color (ThanrakReportFormats *self,
                                       ThanrakReportBand     band,
                                       guint32               rgb)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (band > THANRAK_REPORT_BAND_NONE && band < THANRAK_REPORT_N_BANDS);
  g_return_if_fail (rgb <= 0xFFFFFF);

  if (self->band_colors[band] != rgb)
    memset (self->current, 0, sizeof self->current);
  self->band_colors[band] = rgb;
}

/**
 * thanrak_report_formats_get_band_color:
 * @self: a format cache
 * @band: a colour band
 *
 * Returns: the fill colour of @band as 0xRRGGBB
 */
guint32
thanrak_report_formats_get_band_color (ThanrakReportFormats *self,
                                       ThanrakReportBand     band)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (band < THANRAK_REPORT_N_BANDS, 0);

  return self->band_colors[band];
}

/**
 * thanrak_report_number_format:
 * @style: a cell style
 * @thai_digits: whether numbers show Thai digits
 *
 * The number format of @style: `#,##0` for counts and baht, `#,##0.00`
 * for baht with satang, `0.00%` for percent, `[$-107041E]d mmm yy` for
 * Buddhist Era dates (`1 ต.ค. 64`), `General` for plain numbers. With
 * @thai_digits the format starts with #THANRAK_REPORT_NUMFMT_THAI_DIGITS
 * (dates use `[$-D07041E]`, which shows `๑ ต.ค. ๖๔`): the cell still
 * holds a number the receiver can sum.
 *
 * Returns: (nullable): the format code, or %NULL for text, heading,
 *   title and footer styles
 */
const char *
thanrak_report_number_format (ThanrakReportStyle style,
                              gboolean           thai_digits)
{
  switch (style)
    {
    case THANRAK_REPORT_STYLE_NUMBER:
      return thai_digits ? THANRAK_REPORT_NUMFMT_THAI_DIGITS "General" : "General";
    case THANRAK_REPORT_STYLE_COUNT:
    case THANRAK_REPORT_STYLE_BAHT:
      return thai_digits ? THANRAK_REPORT_NUMFMT_THAI_DIGITS "#,##0" : "#,##0";
    case THANRAK_REPORT_STYLE_BAHT_SATANG:
      return thai_digits ? THANRAK_REPORT_NUMFMT_THAI_DIGITS "#,##0.00" : "#,##0.00";
    case THANRAK_REPORT_STYLE_PERCENT:
      return thai_digits ? THANRAK_REPORT_NUMFMT_THAI_DIGITS "0.00%" : "0.00%";
    case THANRAK_REPORT_STYLE_DATE:
      return thai_digits ? "[$-D07041E]d mmm yy" : "[$-107041E]d mmm yy";
    case THANRAK_REPORT_STYLE_TITLE:
    case THANRAK_REPORT_STYLE_SUBTITLE:
    case THANRAK_REPORT_STYLE_HEADING:
    case THANRAK_REPORT_STYLE_TEXT:
    case THANRAK_REPORT_STYLE_FOOTER:
    default:
      return NULL;
    }
}

static gboolean
style_has_border (ThanrakReportStyle style)
{
  return style != THANRAK_REPORT_STYLE_TITLE &&
         style != THANRAK_REPORT_STYLE_SUBTITLE &&
         style != THANRAK_REPORT_STYLE_FOOTER;
}

/**
 * thanrak_report_formats_get:
 * @self: a format cache
 * @style: what the cell holds
 * @align: horizontal alignment, or %THANRAK_REPORT_ALIGN_DEFAULT
 * @bold: whether the font is bold (headings and titles are always bold)
 * @band: fill colour band, or %THANRAK_REPORT_BAND_NONE
 * @thai_digits: whether numbers show Thai digits (see
 *   thanrak_report_number_format())
 *
 * The one format for this combination, made on first use: font
 * #THANRAK_REPORT_FONT_NAME at #THANRAK_REPORT_FONT_SIZE (titles
 * #THANRAK_REPORT_TITLE_FONT_SIZE), thin borders on table cells, text
 * wrapped in table cells, vertically centered.
 *
 * Returns: (transfer none): the format, owned by the workbook
 */
lxw_format *
thanrak_report_formats_get (ThanrakReportFormats *self,
                            ThanrakReportStyle    style,
                            ThanrakReportAlign    align,
                            gboolean              bold,
                            ThanrakReportBand     band,
                            gboolean              thai_digits)
{
  lxw_format *format;
  const char *num_format;
  guint64 key;
  guint short_key;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (style <= THANRAK_REPORT_STYLE_FOOTER, NULL);
  g_return_val_if_fail (align <= THANRAK_REPORT_ALIGN_RIGHT, NULL);
  g_return_val_if_fail (band < THANRAK_REPORT_N_BANDS, NULL);

  if (style == THANRAK_REPORT_STYLE_TITLE ||
      style == THANRAK_REPORT_STYLE_SUBTITLE ||
      style == THANRAK_REPORT_STYLE_HEADING)
    bold = TRUE;

  /* Packed key: style 4 bits, align 2, bold 1, band 3, digits 1, colour 24. */
  short_key = (guint) style
            | ((guint) align << 4)
            | ((guint) !!bold << 6)
            | ((guint) band << 7)
            | ((guint) !!thai_digits << 10);
  if (self->current[short_key] != NULL)
    return self->current[short_key];
  key = (guint64) short_key | ((guint64) self->band_colors[band] << SHORT_KEY_BITS);

  format = g_hash_table_lookup (self->cache, &key);
  if (format != NULL)
    {
      self->current[short_key] = format;
      return format;
    }

  format = workbook_add_format (self->workbook);
  format_set_font_name (format, THANRAK_REPORT_FONT_NAME);
  format_set_font_size (format, style == THANRAK_REPORT_STYLE_TITLE
                                  ? THANRAK_REPORT_TITLE_FONT_SIZE
                                  : THANRAK_REPORT_FONT_SIZE);
  if (bold)
    format_set_bold (format);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);

  switch (align)
    {
    case THANRAK_REPORT_ALIGN_LEFT:
      format_set_align (format, LXW_ALIGN_LEFT);
      break;
    case THANRAK_REPORT_ALIGN_CENTER:
      format_set_align (format, LXW_ALIGN_CENTER);
      break;
    case THANRAK_REPORT_ALIGN_RIGHT:
      format_set_align (format, LXW_ALIGN_RIGHT);
      break;
    case THANRAK_REPORT_ALIGN_DEFAULT:
    default:
      if (style == THANRAK_REPORT_STYLE_TITLE ||
          style == THANRAK_REPORT_STYLE_SUBTITLE ||
          style == THANRAK_REPORT_STYLE_HEADING)
        format_set_align (format, LXW_ALIGN_CENTER);
      break;
    }

  if (style_has_border (style))
    format_set_border (format, LXW_BORDER_THIN);
  if (style == THANRAK_REPORT_STYLE_HEADING || style == THANRAK_REPORT_STYLE_TEXT)
    format_set_text_wrap (format);

  num_format = thanrak_report_number_format (style, thai_digits);
  if (num_format != NULL)
    format_set_num_format (format, num_format);

  if (band != THANRAK_REPORT_BAND_NONE)
    {
      format_set_pattern (format, LXW_PATTERN_SOLID);
      format_set_bg_color (format, self->band_colors[band]);
    }

  g_hash_table_insert (self->cache, g_memdup2 (&key, sizeof key), format);
  self->current[short_key] = format;

  return format;
}

/**
 * thanrak_report_band_default_color:
 * @band: a colour band
 *
 * The default fill of @band: Excel's standard red 0xFF0000, orange
 * 0xFFC000, yellow 0xFFFF00, light green 0x92D050 and green 0x00B050
 * (seed 003 names the colours, not their values).
 *
 * Returns: the colour as 0xRRGGBB (white for %THANRAK_REPORT_BAND_NONE)
 */
guint32
thanrak_report_band_default_color (ThanrakReportBand band)
{
  g_return_val_if_fail (band < THANRAK_REPORT_N_BANDS, 0xFFFFFF);

  return default_band_colors[band];
}

/**
 * thanrak_report_band_from_name:
 * @name: a band name as rule-set data spells it: `none`, `red`, `orange`,
 *   `yellow`, `light-green` or `dark-green`
 * @band: (out): the band
 *
 * Returns: %TRUE if @name is a band name
 */
gboolean
thanrak_report_band_from_name (const char        *name,
                               ThanrakReportBand *band)
{
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (band != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (band_names); i++)
    {
      if (g_ascii_strcasecmp (name, band_names[i].name) == 0)
        {
          *band = band_names[i].band;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * thanrak_report_thai_digits:
 * @text: UTF-8 text
 *
 * Replaces the ASCII digits 0-9 of @text by the Thai digits ๐-๙, for
 * text the forms write themselves (titles, dates, footers) when the Thai
 * digits option is on (domain guide §2). Numbers in cells stay numbers:
 * they show Thai digits through their format instead.
 *
 * Returns: (transfer full): the converted text
 */
char *
thanrak_report_thai_digits (const char *text)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text) + 16);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p >= '0' && *p <= '9')
        g_string_append_unichar (out, 0x0E50 + (gunichar) (*p - '0'));
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/**
 * thanrak_report_row_height:
 * @n_lines: lines of text in the tallest cell of the row (at least 1)
 * @font_size: the font size in points
 *
 * The row height, in points, that shows @n_lines lines of TH Sarabun at
 * @font_size without overlap: 1.5 times the font size for one line (24 pt
 * at 16 pt), and 1.7 times the font size for each further line, the line
 * pitch of TH Sarabun's metric twin Laksaman in LibreOffice. LibreOffice
 * does not grow rows for 16 pt Thai by itself (platform notes, xlsx).
 *
 * Returns: the height in points, rounded up
 */
double
thanrak_report_row_height (guint  n_lines,
                           double font_size)
{
  if (n_lines == 0)
    n_lines = 1;
  if (font_size <= 0)
    font_size = THANRAK_REPORT_FONT_SIZE;

  return ceil (font_size * (1.5 + 1.7 * (n_lines - 1)));
}

/* Advance width of a character of TH Sarabun (measured on its metric
 * twin Laksaman), in em. */
static double
char_width_em (gunichar c)
{
  if (c >= 0x0E00 && c <= 0x0E7F)
    {
      switch (c)
        {
        /* Vowels and tone marks above and below the line. */
        case 0x0E31:
        case 0x0E34: case 0x0E35: case 0x0E36: case 0x0E37:
        case 0x0E38: case 0x0E39: case 0x0E3A:
        case 0x0E47: case 0x0E48: case 0x0E49: case 0x0E4A:
        case 0x0E4B: case 0x0E4C: case 0x0E4D: case 0x0E4E:
          return 0;
        case 0x0E40:                      /* เ */
        case 0x0E45:                      /* ๅ */
          return 0.31;
        case 0x0E42: case 0x0E43: case 0x0E44:  /* โ ใ ไ */
          return 0.36;
        case 0x0E07:                      /* ง */
          return 0.44;
        case 0x0E23: case 0x0E32: case 0x0E33:  /* ร า ำ */
          return 0.48;
        case 0x0E10: case 0x0E18: case 0x0E27:  /* ฐ ธ ว */
          return 0.51;
        case 0x0E0C: case 0x0E0D: case 0x0E12: case 0x0E13:  /* ฌ ญ ฒ ณ */
          return 0.80;
        default:
          return (c >= 0x0E50 && c <= 0x0E59) ? 0.68 : 0.60;
        }
    }

  if (c >= 0x80 && (g_unichar_ismark (c) || g_unichar_iszerowidth (c)))
    return 0;
  if (c == ' ')
    return 0.32;
  if (c == ',' || c == '.' || c == ':' || c == ';' || c == '\'' || c == '|')
    return 0.24;
  if (c == '(' || c == ')' || c == '[' || c == ']' || c == '-')
    return 0.32;
  if (c >= '0' && c <= '9')
    return 0.54;
  if (c == 'm' || c == 'w' || c == 'M' || c == 'W' || c == '%' || c == '@')
    return 0.88;
  if (c >= 'A' && c <= 'Z')
    return 0.62;
  if (c < 0x80)
    return 0.54;

  return 0.65;
}

/* The widths of ASCII (0-127) and the Thai block (128-255), in 1/100 em,
 * filled once: text_lines() runs on every text cell of a long list. */
static guint8 width_table[256];

static void
init_width_table (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (guint i = 0; i < 128; i++)
        {
          width_table[i] = (guint8) (char_width_em (i) * 100 + 0.5);
          width_table[128 + i] = (guint8) (char_width_em (0x0E00 + i) * 100 + 0.5);
        }
      g_once_init_leave (&done, 1);
    }
}

/* Width of the text from @p up to a space, newline or the end, in 1/100
 * em; *end is where it stopped. */
static guint
run_width (const char  *p,
           const char **end,
           gboolean     stop_at_space)
{
  guint width = 0;

  while (*p != '\0' && *p != '\n' && !(stop_at_space && *p == ' '))
    {
      const guchar *u = (const guchar *) p;

      if (u[0] < 0x80)
        {
          width += width_table[u[0]];
          p++;
        }
      else if (u[0] == 0xE0 && (u[1] == 0xB8 || u[1] == 0xB9) && (u[2] & 0xC0) == 0x80)
        {
          /* U+0E00 to U+0E7F: E0 B8 80 to E0 B9 BF. */
          width += width_table[128 + (((u[1] & 1) << 6) | (u[2] & 0x3F))];
          p += 3;
        }
      else
        {
          width += (guint) (char_width_em (g_utf8_get_char (p)) * 100 + 0.5);
          p = g_utf8_next_char (p);
        }
    }
  *end = p;

  return width;
}

/**
 * thanrak_report_text_lines:
 * @text: UTF-8 text; `\n` starts a new line
 * @column_width: the width of the cell (of all columns it spans), in
 *   Excel column-width units (digits of the default 11 pt font, 7 pixels
 *   each, plus 5 pixels of padding)
 * @font_size: the font size in points
 *
 * Estimates how many lines @text takes when wrapped in a cell of
 * @column_width: words (runs between spaces) are laid out greedily with
 * the advance widths of TH Sarabun; a run wider than a line (Thai has no
 * spaces between words) is broken with a tenth of each line left for
 * breaking at word ends. Thai vowel and tone marks above and below take
 * no width. Used to give wrapped headings and body rows a height that
 * shows every line; it errs on the side of one more line.
 *
 * Returns: the number of lines, at least 1
 */
guint
thanrak_report_text_lines (const char *text,
                           double      column_width,
                           double      font_size)
{
  double line;    /* width of a line, in 1/100 em */
  double space;
  guint lines = 0;
  const char *p = text;

  g_return_val_if_fail (text != NULL, 1);

  init_width_table ();
  if (font_size <= 0)
    font_size = THANRAK_REPORT_FONT_SIZE;
  /* Pixels at 96 dpi, less 3 pixels of cell margin on each side, as
   * points, as hundredths of an em of @font_size. */
  line = MAX (1.0, (column_width * 7 + 5 - 6) * 0.75) * 100 / font_size;
  space = width_table[' '];

  /* Most cells are one short line: measure them in one pass. */
  {
    const char *end;
    guint width = run_width (text, &end, FALSE);

    if (*end == '\0' && width <= line)
      return 1;
  }

  for (;;)
    {
      double used = 0;   /* of the current line */
      guint n = 1;

      /* One paragraph: words laid out greedily. */
      while (*p != '\0' && *p != '\n')
        {
          const char *end;
          double word;

          if (*p == ' ')
            {
              p++;
              continue;
            }
          word = run_width (p, &end, TRUE);
          p = end;

          if (used > 0 && used + space + word <= line)
            {
              used += space + word;
              continue;
            }
          if (used > 0)
            n++;
          if (word <= line)
            {
              used = word;
              continue;
            }
          /* A run wider than a line (Thai has no spaces between words):
           * broken at word ends inside it, a tenth of each line lost. */
          {
            double per_line = line * 0.9;
            guint extra = (guint) ceil (word / per_line) - 1;

            n += extra;
            used = word - extra * per_line;
          }
        }
      lines += n;

      if (*p == '\0')
        break;
      p++;  /* the newline */
    }

  return MAX (lines, 1u);
}
