/* thanrak-store-children.c: product standards, assessment answers and
 * budget lines, kept in their own tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "thanrak-center-assessment.h"
#include "thanrak-core-enums.h"
#include "thanrak-model-enums.h"
#include "thanrak-product.h"
#include "thanrak-project-proposal.h"
#include "thanrak-store-private.h"

/* Runs @delete_sql with the row id: the children are rewritten whole. */
static gboolean
delete_children (ThanrakStore  *self,
                 const char    *delete_sql,
                 gint64         row_id,
                 GError       **error)
{
  sqlite3_stmt *stmt = _thanrak_store_prepare (self, delete_sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row_id);
  return _thanrak_store_step_done (self, stmt, error);
}

static gboolean
finish_reading (ThanrakStore  *self,
                sqlite3_stmt  *stmt,
                int            rc,
                GError       **error)
{
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _thanrak_store_set_error (self, rc, error);
  return TRUE;
}

gboolean
_thanrak_store_load_product_standards (ThanrakStore   *self,
                                       ThanrakRecord  *record,
                                       GError        **error)
{
  ThanrakProduct *product = THANRAK_PRODUCT (record);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _thanrak_store_prepare (self,
                                 "SELECT standard, year, reference FROM product_standard "
                                 "WHERE product_id = ? ORDER BY position",
                                 error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, thanrak_record_get_id (record));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int standard = THANRAK_STANDARD_OTHER;

      if (!thanrak_enum_from_code (THANRAK_TYPE_STANDARD, (const char *) sqlite3_column_text (stmt, 0), &standard))
        {
          g_set_error (error, THANRAK_STORE_ERROR, THANRAK_STORE_ERROR_CORRUPT,
                       _("The database holds an unknown code “%s”: update Thanrak or restore a backup."),
                       (const char *) sqlite3_column_text (stmt, 0));
          sqlite3_reset (stmt);
          return FALSE;
        }
      thanrak_product_add_standard (product, standard, sqlite3_column_int (stmt, 1),
                                    (const char *) sqlite3_column_text (stmt, 2));
    }
  return finish_reading (self, stmt, rc, error);
}

gboolean
_thanrak_store_save_product_standards (ThanrakStore   *self,
                                       ThanrakRecord  *record,
                                       gint64          row_id,
                                       GError        **error)
{
  GPtrArray *standards = thanrak_product_get_standards (THANRAK_PRODUCT (record));
  sqlite3_stmt *stmt;

  /* a new record has no children yet (its id is set after the commit) */
  if (thanrak_record_get_id (record) != 0 &&
      !delete_children (self, "DELETE FROM product_standard WHERE product_id = ?", row_id, error))
    return FALSE;

  for (guint i = 0; i < standards->len; i++)
    {
      ThanrakProductStandard *s = g_ptr_array_index (standards, i);

      stmt = _thanrak_store_prepare (self,
                                     "INSERT INTO product_standard (product_id, position, standard, year, reference) "
                                     "VALUES (?, ?, ?, ?, ?)",
                                     error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, row_id);
      sqlite3_bind_int (stmt, 2, i);
      sqlite3_bind_text (stmt, 3, thanrak_enum_get_code (THANRAK_TYPE_STANDARD, s->standard), -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 4, s->year);
      _thanrak_store_bind_text (stmt, 5, s->reference);
      if (!_thanrak_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_thanrak_store_load_assessment_answers (ThanrakStore   *self,
                                        ThanrakRecord  *record,
                                        GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _thanrak_store_prepare (self,
                                 "SELECT item_id FROM center_assessment_answer WHERE assessment_id = ?",
                                 error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, thanrak_record_get_id (record));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    thanrak_center_assessment_set_answer (THANRAK_CENTER_ASSESSMENT (record),
                                          (const char *) sqlite3_column_text (stmt, 0), TRUE);
  return finish_reading (self, stmt, rc, error);
}

gboolean
_thanrak_store_save_assessment_answers (ThanrakStore   *self,
                                        ThanrakRecord  *record,
                                        gint64          row_id,
                                        GError        **error)
{
  g_auto(GStrv) held = thanrak_center_assessment_dup_held_items (THANRAK_CENTER_ASSESSMENT (record));

  /* a new record has no children yet (its id is set after the commit) */
  if (thanrak_record_get_id (record) != 0 &&
      !delete_children (self, "DELETE FROM center_assessment_answer WHERE assessment_id = ?", row_id, error))
    return FALSE;

  for (guint i = 0; held[i] != NULL; i++)
    {
      sqlite3_stmt *stmt =
        _thanrak_store_prepare (self,
                                "INSERT INTO center_assessment_answer (assessment_id, item_id) VALUES (?, ?)",
                                error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, row_id);
      sqlite3_bind_text (stmt, 2, held[i], -1, SQLITE_TRANSIENT);
      if (!_thanrak_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_thanrak_store_load_budget_lines (ThanrakStore   *self,
                                  ThanrakRecord  *record,
                                  GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _thanrak_store_prepare (self,
                                 "SELECT budget_group, description, units, rate_satang, amount_satang "
                                 "FROM budget_line WHERE proposal_id = ? ORDER BY position",
                                 error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, thanrak_record_get_id (record));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    thanrak_project_proposal_add_budget_line (THANRAK_PROJECT_PROPOSAL (record),
                                              (const char *) sqlite3_column_text (stmt, 0),
                                              (const char *) sqlite3_column_text (stmt, 1),
                                              sqlite3_column_int64 (stmt, 2),
                                              sqlite3_column_int64 (stmt, 3),
                                              sqlite3_column_int64 (stmt, 4));
  return finish_reading (self, stmt, rc, error);
}

gboolean
_thanrak_store_save_budget_lines (ThanrakStore   *self,
                                  ThanrakRecord  *record,
                                  gint64          row_id,
                                  GError        **error)
{
  GPtrArray *lines = thanrak_project_proposal_get_budget_lines (THANRAK_PROJECT_PROPOSAL (record));

  /* a new record has no children yet (its id is set after the commit) */
  if (thanrak_record_get_id (record) != 0 &&
      !delete_children (self, "DELETE FROM budget_line WHERE proposal_id = ?", row_id, error))
    return FALSE;

  for (guint i = 0; i < lines->len; i++)
    {
      ThanrakBudgetLine *line = g_ptr_array_index (lines, i);
      sqlite3_stmt *stmt =
        _thanrak_store_prepare (self,
                                "INSERT INTO budget_line (proposal_id, position, budget_group, description, "
                                "units, rate_satang, amount_satang) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, row_id);
      sqlite3_bind_int (stmt, 2, i);
      _thanrak_store_bind_text (stmt, 3, line->group);
      sqlite3_bind_text (stmt, 4, line->description, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 5, line->units);
      sqlite3_bind_int64 (stmt, 6, line->rate_satang);
      sqlite3_bind_int64 (stmt, 7, line->amount_satang);
      if (!_thanrak_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}
