"""Drive the real Thanrak window over AT-SPI, as a person with a screen
reader or a keyboard would. Used by the tests in tests/ui/.

Run under `xvfb-run -a ... dbus-run-session --` (that order: see
shared/docs/platform.md) with python3-pyatspi installed.
"""
import os
import subprocess
import sys
import tempfile
import time

import pyatspi


class UiError(AssertionError):
    pass


class App:
    """The thanrak program, started with its own empty home folders."""

    def __init__(self, program=None, args=(), env=None, first_run=False):
        """Without first_run, the database (--database in ARGS, or the
        default one in the new home) has its office set beforehand with
        `thanrak-cli office`, so the pages show at once; with it, a new
        database shows the first-run screen."""
        self.program = program or os.environ["THANRAK_APP"]
        self.home = tempfile.TemporaryDirectory(prefix="thanrak-ui-")
        environ = dict(os.environ)
        environ.update({
            "HOME": self.home.name,
            "XDG_DATA_HOME": os.path.join(self.home.name, "data"),
            "XDG_CONFIG_HOME": os.path.join(self.home.name, "config"),
            "XDG_CACHE_HOME": os.path.join(self.home.name, "cache"),
            "LANGUAGE": "th",
            "LC_ALL": "th_TH.UTF-8",
            "G_DEBUG": os.environ.get("THANRAK_APP_G_DEBUG", ""),
        })
        environ.pop("NO_AT_BRIDGE", None)
        environ.update(env or {})
        if not first_run:
            args = list(args)
            database = (args[args.index("--database") + 1] if "--database" in args
                        else os.path.join(environ["XDG_DATA_HOME"], "thanrak", "thanrak.db"))
            os.makedirs(os.path.dirname(database), exist_ok=True)
            subprocess.run([os.environ["THANRAK_CLI"], "office", "--database", database,
                            "--province", "สระแก้ว", "--name", "สำนักงานพัฒนาชุมชนจังหวัดสระแก้ว"],
                           env=environ, check=True, stdout=subprocess.DEVNULL)
        self.process = subprocess.Popen([self.program, *args], env=environ)
        self.root = self._find_application()

    def _find_application(self, timeout=20.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise UiError(f"thanrak exited with status {self.process.returncode}")
            for app in pyatspi.Registry.getDesktop(0):
                try:
                    if app is not None and app.get_process_id() == self.process.pid and app.childCount > 0:
                        return app
                except Exception:
                    continue
            time.sleep(0.1)
        raise UiError("thanrak did not show a window within %.0f s" % timeout)

    def close(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.home.cleanup()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # Finding widgets

    def find(self, role, name=None, within=None, timeout=5.0):
        """The first visible widget of ROLE (e.g. 'list item') named NAME.

        GTK 4.8 sets no 'showing' state, and the pages of a stack are all
        'visible': look inside the part of the window you mean (within=)."""
        deadline = time.monotonic() + timeout
        while True:
            found = pyatspi.findDescendant(
                within or self.root,
                lambda a: a is not None
                and a.getRoleName() == role
                and (name is None or a.name == name)
                and a.getState().contains(pyatspi.STATE_VISIBLE),
                True)
            if found is not None or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        if found is None:
            raise UiError(f"no visible {role!r} named {name!r}")
        return found

    def find_all(self, role, within=None):
        return pyatspi.findAllDescendants(
            within or self.root, lambda a: a is not None and a.getRoleName() == role)

    def window_titles(self):
        """The titles shown in the header bars (AdwWindowTitle widgets)."""
        titles = []
        for filler in pyatspi.findAllDescendants(
                self.root, lambda a: a is not None and a.name == "AdwWindowTitle"):
            titles += [label.name for label in pyatspi.findAllDescendants(
                filler, lambda a: a is not None and a.getRoleName() == "label")]
        return titles

    @staticmethod
    def is_selected(widget):
        return widget.getState().contains(pyatspi.STATE_SELECTED)

    # Acting

    @staticmethod
    def click(widget):
        action = widget.queryAction()
        for i in range(action.nActions):
            if action.getName(i) in ("click", "activate", "select", "press"):
                action.doAction(i)
                break
        else:
            action.doAction(0)
        App.settle()

    @staticmethod
    def select(widget):
        """Select a list item through its parent's Selection interface."""
        parent = widget.parent
        parent.querySelection().selectChild(widget.getIndexInParent())
        App.settle()

    @staticmethod
    def set_text(widget, text):
        widget.queryEditableText().setTextContents(text)
        App.settle()

    @staticmethod
    def text_of(widget):
        t = widget.queryText()
        return t.getText(0, t.characterCount)

    @staticmethod
    def settle(seconds=0.3):
        time.sleep(seconds)

    def screenshot(self, path):
        subprocess.run(["import", "-window", "root", path], check=True)


# Helpers of the record pages' tests: TAP output, keys, pages, lists.

results = []


def check(ok, what, detail=""):
    """Print one TAP line and remember whether it passed."""
    results.append(bool(ok))
    print(f"{'ok' if ok else 'not ok'} {len(results)} {what}")
    if not ok and detail:
        print(f"# {detail}")
    sys.stdout.flush()


def all_passed():
    return all(results)

KEYS = {"Down": 0xff54, "Up": 0xff52, "Return": 0xff0d, "space": 0x20, "Tab": 0xff09}


def key(name, times=1):
    for _ in range(times):
        pyatspi.Registry.generateKeyboardEvent(KEYS[name], None, pyatspi.KEY_SYM)
        time.sleep(0.2)


def pick():
    """Open the focused combo row by the keyboard and take the item below
    the one selected."""
    key("space")
    time.sleep(0.5)
    key("Down")
    key("Return")
    time.sleep(0.5)


def open_page(app, name):
    sidebar = app.find("list", "หน้า", timeout=10)
    app.select(app.find("list item", name, within=sidebar))
    time.sleep(0.8)
    return app.find("panel", name)


def count_is(app, pg, n, timeout=5.0):
    try:
        app.find("label", f"{n} รายการ", within=pg, timeout=timeout)
        return True
    except UiError:
        return False


def sensitive(widget):
    return widget.getState().contains(pyatspi.STATE_SENSITIVE)


def button_with(app, pg, text, timeout=5.0):
    """A visible push button whose name holds TEXT (toast buttons keep
    their mnemonic underscore in the name)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = pyatspi.findDescendant(
            pg, lambda a: a is not None and a.getRoleName() == "push button"
            and text in (a.name or "").replace("_", ""), True)
        if found is not None:
            return found
        time.sleep(0.1)
    raise UiError(f"no push button with {text!r}")


def new_record(app, pg):
    app.click(app.find("push button", "เพิ่มใหม่", within=pg))
    time.sleep(0.4)
