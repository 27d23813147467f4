/* thanrak-kpi.h: KPI rule sets by fiscal year and round, targets and levels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "thanrak-thai.h"

G_BEGIN_DECLS

#define THANRAK_KPI_ERROR (thanrak_kpi_error_quark ())

/**
 * ThanrakKpiError:
 * @THANRAK_KPI_ERROR_INVALID_RULE_SET: a rule set file is malformed
 * @THANRAK_KPI_ERROR_NOT_FOUND: no rule set has the asked identifier
 * @THANRAK_KPI_ERROR_MISSING_FIGURE: a district lacks a figure the rule
 *   set needs
 * @THANRAK_KPI_ERROR_INVALID_INPUT: a table of district figures is malformed
 * @THANRAK_KPI_ERROR_OVERFLOW: a figure is too large to compute with
 *
 * Error codes of the %THANRAK_KPI_ERROR domain.
 */
typedef enum
{
  THANRAK_KPI_ERROR_INVALID_RULE_SET,
  THANRAK_KPI_ERROR_NOT_FOUND,
  THANRAK_KPI_ERROR_MISSING_FIGURE,
  THANRAK_KPI_ERROR_INVALID_INPUT,
  THANRAK_KPI_ERROR_OVERFLOW,
} ThanrakKpiError;

/**
 * ThanrakKpiUnit:
 * @THANRAK_KPI_UNIT_COUNT: a count (operators, products, events)
 * @THANRAK_KPI_UNIT_BAHT: money, held in satang, shown in whole baht
 * @THANRAK_KPI_UNIT_FLAG: yes (1) or no (0), e.g. a survey exists
 *
 * The unit of a figure or target column.
 */
typedef enum
{
  THANRAK_KPI_UNIT_COUNT,
  THANRAK_KPI_UNIT_BAHT,
  THANRAK_KPI_UNIT_FLAG,
} ThanrakKpiUnit;

/**
 * ThanrakKpiColumnRole:
 * @THANRAK_KPI_COLUMN_BASE: a figure known before the period (the base
 *   of the targets), e.g. products registered 2557-2563
 * @THANRAK_KPI_COLUMN_RESULT: a figure achieved in the period, e.g.
 *   products sold online Apr-Sep 2564
 * @THANRAK_KPI_COLUMN_TARGET: a target computed from the base
 *
 * What a column of a rule set holds.
 */
typedef enum
{
  THANRAK_KPI_COLUMN_BASE,
  THANRAK_KPI_COLUMN_RESULT,
  THANRAK_KPI_COLUMN_TARGET,
} ThanrakKpiColumnRole;

/**
 * ThanrakKpiColumn:
 * @id: the identifier used in the rule set file and in input tables
 * @heading: the short heading of the column (as in the fixtures),
 *   e.g. `1 คะแนน`
 * @long_heading: the heading as the seed's form prints it, e.g.
 *   `ฐานข้อมูล จำนวนผลิตภัณฑ์ OTOP (1 คะแนน)`
 * @group_heading: (nullable): the heading of a merged cell above
 *   this column, or %NULL
 * @unit: the unit of the values
 * @role: base figure, result figure or target
 * @in_table: %TRUE when the target table shows this column
 *
 * A column of a rule set, owned by its #ThanrakKpiRuleSet.
 */
typedef struct
{
  char                 *id;
  char                 *heading;
  char                 *long_heading;
  char                 *group_heading;
  ThanrakKpiUnit        unit;
  ThanrakKpiColumnRole  role;
  gboolean              in_table;
} ThanrakKpiColumn;

/**
 * ThanrakKpiMeasure:
 * @id: the identifier conditions name, e.g. `share`
 * @heading: what it measures, in Thai
 * @is_percent: %TRUE for a percentage, %FALSE for a count
 * @is_share: %TRUE for a share of a whole, which cannot pass 100 %
 *   (a growth can)
 *
 * A value a level condition tests, owned by its #ThanrakKpiRuleSet.
 */
typedef struct
{
  char     *id;
  char     *heading;
  gboolean  is_percent;
  gboolean  is_share;
} ThanrakKpiMeasure;

/**
 * ThanrakKpiLevel:
 * @number: the level, 1 = lowest
 * @name: the Thai name of the level, e.g. `ดีมาก` or `5 คะแนน`
 * @score: the score it earns
 * @colour: (nullable): the colour band as `#RRGGBB`, or %NULL
 * @colour_name: (nullable): the Thai name of the colour band, e.g.
 *   `สีเขียวเข้ม`
 * @criterion: the seed's criterion text for the level
 *
 * A level of a rule set, owned by its #ThanrakKpiRuleSet.
 */
typedef struct
{
  guint  number;
  char  *name;
  int    score;
  char  *colour;
  char  *colour_name;
  char  *criterion;
} ThanrakKpiLevel;

/**
 * ThanrakKpiDistrict:
 * @code: the DOPA district code (4 digits), may be empty
 * @name: the district name, e.g. `เมืองสระแก้ว`
 * @values: (element-type utf8 gint64): figure id -> value; use
 *   thanrak_kpi_district_set() and thanrak_kpi_district_get()
 *
 * Plain figures of one district for one rule set: counts in units,
 * money in satang, flags 0 or 1.
 */
typedef struct
{
  char       *code;
  char       *name;
  GHashTable *values;
} ThanrakKpiDistrict;

/**
 * ThanrakKpiTargetRow:
 * @code: (nullable): the district code, %NULL on the total row
 * @name: the district name or the total row's label
 * @cells: (array): one value per table column (satang for baht columns)
 * @has_cell: (array): %FALSE where the cell is empty (a total the seed
 *   leaves blank)
 *
 * A row of a #ThanrakKpiTargetTable.
 */
typedef struct
{
  char     *code;
  char     *name;
  gint64   *cells;
  gboolean *has_cell;
} ThanrakKpiTargetRow;

typedef struct _ThanrakKpiRuleSet ThanrakKpiRuleSet;

/**
 * ThanrakKpiTargetTable:
 * @columns: (element-type ThanrakKpiColumn): the columns shown, owned
 *   by the rule set
 * @rows: (element-type ThanrakKpiTargetRow): one row per district, in
 *   input order
 * @total: the total row
 *
 * The per-district target table of a rule set (domain.md §5 tables 4, 5
 * and 7).
 */
typedef struct
{
  ThanrakKpiRuleSet   *rule_set;
  GPtrArray           *columns;
  GPtrArray           *rows;
  ThanrakKpiTargetRow *total;
} ThanrakKpiTargetTable;

/**
 * ThanrakKpiAchievement:
 * @code: (nullable): the district code, %NULL for the province total
 * @name: the district name
 * @level: the level achieved, owned by the rule set
 * @measures: (array): per measure of the rule set, the value in
 *   hundredths (percent x 100 or count x 100), rounded half away from
 *   zero; %G_MININT64 when it cannot be computed (a base of zero)
 *
 * The level a district achieved.
 */
typedef struct
{
  char                  *code;
  char                  *name;
  const ThanrakKpiLevel *level;
  gint64                *measures;
} ThanrakKpiAchievement;

/** THANRAK_KPI_UNDEFINED: a measure that cannot be computed. */
#define THANRAK_KPI_UNDEFINED G_MININT64

GQuark                 thanrak_kpi_error_quark                 (void);

GType                  thanrak_kpi_rule_set_get_type           (void) G_GNUC_CONST;
#define THANRAK_TYPE_KPI_RULE_SET (thanrak_kpi_rule_set_get_type ())

ThanrakKpiRuleSet     *thanrak_kpi_rule_set_new_from_key_file  (GKeyFile            *key_file,
                                                                const char          *origin,
                                                                GError             **error);
ThanrakKpiRuleSet     *thanrak_kpi_rule_set_new_from_file      (const char          *path,
                                                                GError             **error);
ThanrakKpiRuleSet     *thanrak_kpi_rule_set_new_from_resource  (const char          *resource_path,
                                                                GError             **error);
ThanrakKpiRuleSet     *thanrak_kpi_rule_set_ref                (ThanrakKpiRuleSet   *self);
void                   thanrak_kpi_rule_set_unref              (ThanrakKpiRuleSet   *self);

const char            *thanrak_kpi_rule_set_get_id             (ThanrakKpiRuleSet   *self);
guint                  thanrak_kpi_rule_set_get_fiscal_year    (ThanrakKpiRuleSet   *self);
guint                  thanrak_kpi_rule_set_get_round          (ThanrakKpiRuleSet   *self);
const char            *thanrak_kpi_rule_set_get_title          (ThanrakKpiRuleSet   *self);
const char            *thanrak_kpi_rule_set_get_subtitle       (ThanrakKpiRuleSet   *self);
const char            *thanrak_kpi_rule_set_get_indicator      (ThanrakKpiRuleSet   *self);
const char            *thanrak_kpi_rule_set_get_source         (ThanrakKpiRuleSet   *self);
const char            *thanrak_kpi_rule_set_get_origin         (ThanrakKpiRuleSet   *self);
const char            *thanrak_kpi_rule_set_get_number_heading (ThanrakKpiRuleSet   *self);
const char            *thanrak_kpi_rule_set_get_district_heading (ThanrakKpiRuleSet *self);
const char            *thanrak_kpi_rule_set_get_remarks_heading (ThanrakKpiRuleSet *self);
const char            *thanrak_kpi_rule_set_get_results_title  (ThanrakKpiRuleSet   *self);
const char            *thanrak_kpi_rule_set_get_results_subtitle (ThanrakKpiRuleSet *self);
char                  *thanrak_kpi_rule_set_dup_total_label    (ThanrakKpiRuleSet   *self,
                                                                const char          *province);
gboolean               thanrak_kpi_rule_set_get_period         (ThanrakKpiRuleSet   *self,
                                                                GDate               *first,
                                                                GDate               *last);
gboolean               thanrak_kpi_rule_set_has_province_level (ThanrakKpiRuleSet   *self);
guint                  thanrak_kpi_rule_set_get_n_columns      (ThanrakKpiRuleSet   *self);
const ThanrakKpiColumn *thanrak_kpi_rule_set_get_column        (ThanrakKpiRuleSet   *self,
                                                                guint                index);
const ThanrakKpiColumn *thanrak_kpi_rule_set_find_column       (ThanrakKpiRuleSet   *self,
                                                                const char          *id);
guint                  thanrak_kpi_rule_set_get_n_measures     (ThanrakKpiRuleSet   *self);
const ThanrakKpiMeasure *thanrak_kpi_rule_set_get_measure      (ThanrakKpiRuleSet   *self,
                                                                guint                index);
guint                  thanrak_kpi_rule_set_get_n_levels       (ThanrakKpiRuleSet   *self);
const ThanrakKpiLevel *thanrak_kpi_rule_set_get_level          (ThanrakKpiRuleSet   *self,
                                                                guint                number);

GPtrArray             *thanrak_kpi_rule_sets_load              (const char          *extra_dir,
                                                                GError             **error);
ThanrakKpiRuleSet     *thanrak_kpi_rule_sets_lookup            (GPtrArray           *rule_sets,
                                                                const char          *id);
GPtrArray             *thanrak_kpi_rule_sets_find              (GPtrArray           *rule_sets,
                                                                guint                fiscal_year,
                                                                int                  round);

ThanrakKpiDistrict    *thanrak_kpi_district_new                (const char          *code,
                                                                const char          *name);
void                   thanrak_kpi_district_free               (ThanrakKpiDistrict  *self);
void                   thanrak_kpi_district_set                (ThanrakKpiDistrict  *self,
                                                                const char          *figure,
                                                                gint64               value);
gboolean               thanrak_kpi_district_get                (const ThanrakKpiDistrict *self,
                                                                const char          *figure,
                                                                gint64              *value);

GPtrArray             *thanrak_kpi_rule_set_read_csv           (ThanrakKpiRuleSet   *self,
                                                                const char          *text,
                                                                gssize               length,
                                                                GError             **error);
gboolean               thanrak_kpi_merge_districts             (GPtrArray           *into,
                                                                GPtrArray           *from,
                                                                GError             **error);

ThanrakKpiTargetTable *thanrak_kpi_rule_set_compute_targets    (ThanrakKpiRuleSet   *self,
                                                                GPtrArray           *districts,
                                                                const char          *province,
                                                                GError             **error);
void                   thanrak_kpi_target_table_free           (ThanrakKpiTargetTable *table);

ThanrakKpiAchievement *thanrak_kpi_rule_set_evaluate           (ThanrakKpiRuleSet   *self,
                                                                const ThanrakKpiDistrict *district,
                                                                GError             **error);
ThanrakKpiAchievement *thanrak_kpi_rule_set_evaluate_total     (ThanrakKpiRuleSet   *self,
                                                                GPtrArray           *districts,
                                                                const char          *province,
                                                                GError             **error);
void                   thanrak_kpi_achievement_free            (ThanrakKpiAchievement *achievement);

char                  *thanrak_kpi_format_hundredths           (gint64               value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ThanrakKpiRuleSet, thanrak_kpi_rule_set_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ThanrakKpiDistrict, thanrak_kpi_district_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ThanrakKpiTargetTable, thanrak_kpi_target_table_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ThanrakKpiAchievement, thanrak_kpi_achievement_free)

G_END_DECLS
