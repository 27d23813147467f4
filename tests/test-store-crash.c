/* test-store-crash.c: a writer killed in the middle of a large write
 * transaction leaves a sound database holding all or none of that write
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "thanrak-model.h"
#include "thanrak-store.h"

#define N_OPERATORS 100000

static ThanrakOperator *
make_operator (guint i)
{
  ThanrakOperator *op = thanrak_operator_new ();
  g_autofree char *code = g_strdup_printf ("27%07u", i);
  g_autofree char *name = g_strdup_printf ("กลุ่มผู้ผลิตชุมชนบ้านหนองบอน %u", i);

  g_object_set (op, "code", code, "name", name, "district-code", "2701",
                "subdistrict-code", "270101", "year-registered", 2560,
                "phone", "037-425-111", NULL);
  return op;
}

/* The child: writes N_OPERATORS operators in one transaction and tells
 * the parent when it starts and when it has committed. */
G_GNUC_NORETURN static void
writer (const char *path,
        int         fd)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakStore) store = thanrak_store_new (path, &error);
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);

  if (store == NULL)
    _exit (2);
  for (guint i = 0; i < N_OPERATORS; i++)
    g_ptr_array_add (batch, make_operator (i));

  if (write (fd, "s", 1) != 1)
    _exit (3);
  if (!thanrak_store_save_all (store, batch, &error))
    _exit (4);
  if (write (fd, "d", 1) != 1)
    _exit (5);
  _exit (0);
}

static goffset
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? st.st_size : 0;
}

static void
test_killed_writer (void)
{
  g_autofree char *dir = g_dir_make_tmp ("thanrak-crash-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "thanrak.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ThanrakStore) store = NULL;
  g_autoptr(ThanrakStoreCheck) check = NULL;
  g_autoptr(ThanrakOperator) before = thanrak_operator_new ();
  char buf[2] = { 0 };
  int fds[2];
  int status;
  goffset wal_at_start;
  gint64 n;
  gboolean committed;
  pid_t pid;

  /* a record stored before the crash */
  store = thanrak_store_new (path, &error);
  g_assert_no_error (error);
  g_object_set (before, "code", "999", "name", "กลุ่มก่อนเกิดเหตุ", "district-code", "2701", NULL);
  thanrak_store_save (store, THANRAK_RECORD (before), &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      close (fds[0]);
      writer (path, fds[1]);
    }
  close (fds[1]);

  /* wait until the writer is inside its transaction and has spilled
   * pages of it into the WAL, then kill it without warning */
  g_assert_cmpint (read (fds[0], buf, 1), ==, 1);
  g_assert_cmpint (buf[0], ==, 's');
  wal_at_start = file_size (wal);
  for (guint i = 0; i < 2000 && file_size (wal) < wal_at_start + 4 * 1024 * 1024; i++)
    g_usleep (5000);
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);

  /* did it commit before the kill? (it should not have had time) */
  committed = read (fds[0], buf, 1) == 1 && buf[0] == 'd';
  close (fds[0]);
  g_test_message ("writer killed %s its commit; WAL grew by %" G_GOFFSET_FORMAT " bytes",
                  committed ? "after" : "before", file_size (wal) - wal_at_start);

  store = thanrak_store_new (path, &error);
  g_assert_no_error (error);
  check = thanrak_store_check (store, &error);
  g_assert_no_error (error);
  g_assert_true (check->integrity_ok);
  g_assert_cmpuint (check->foreign_key_violations, ==, 0);
  g_assert_cmpint (check->subdistricts, ==, 7451);

  n = thanrak_store_count (store, THANRAK_TYPE_OPERATOR, NULL, &error);
  g_assert_no_error (error);
  if (committed)
    g_assert_cmpint (n, ==, N_OPERATORS + 1);
  else
    g_assert_cmpint (n, ==, 1);
  g_assert_cmpint (thanrak_store_count_changes (store, "operator", 0, NULL), ==, n);
  {
    g_autoptr(ThanrakRecord) kept = thanrak_store_find_operator_by_code (store, "999", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (thanrak_record_get_string (kept, "name"), ==, "กลุ่มก่อนเกิดเหตุ");
  }

  /* and it takes new writes */
  {
    g_autoptr(ThanrakOperator) after = make_operator (7);
    thanrak_store_save (store, THANRAK_RECORD (after), &error);
    g_assert_no_error (error);
  }
  g_clear_object (&store);

  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    for (const char *name; (name = g_dir_read_name (d)) != NULL;)
      {
        g_autofree char *p = g_build_filename (dir, name, NULL);
        g_remove (p);
      }
  }
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/crash/killed-writer", test_killed_writer);

  return g_test_run ();
}
