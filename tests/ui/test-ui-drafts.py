#!/usr/bin/python3
"""The real program over AT-SPI: an operator typed into the editor and not
saved is kept as a draft, and offered back after the program was killed
with SIGKILL. Prints TAP."""
import os
import signal
import sys
import tempfile
import time

import pyatspi

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from thanrak_ui import App, UiError  # noqa: E402

results = []


def check(ok, what, detail=""):
    results.append(bool(ok))
    print(f"{'ok' if ok else 'not ok'} {len(results)} {what}")
    if not ok and detail:
        print(f"# {detail}")
    sys.stdout.flush()


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


def main():
    print("1..3")
    home = tempfile.TemporaryDirectory(prefix="thanrak-drafts-")
    db = os.path.join(home.name, "drafts.db")
    env = {"XDG_DATA_HOME": os.path.join(home.name, "data"),
           "XDG_CONFIG_HOME": os.path.join(home.name, "config")}
    draft = os.path.join(home.name, "data", "thanrak", "drafts", "operators.ini")
    with App(args=["--database", db], env=env) as app:
        pg = open_page(app, "ผู้ประกอบการ OTOP")
        new_record(app, pg)
        app.set_text(app.find("text", "ชื่อผู้ประกอบการ", within=pg), "กลุ่มจักสานบ้านโคกสูง")
        time.sleep(1.5)
        check(os.path.exists(draft), "the changes are written as a draft while typing")
        app.process.send_signal(signal.SIGKILL)
        app.process.wait()
    # let the accessibility registry forget the killed program
    time.sleep(3)

    with App(args=["--database", db], env=env) as app:
        pg = open_page(app, "ผู้ประกอบการ OTOP")
        try:
            app.click(button_with(app, pg, "กู้คืน"))
            time.sleep(0.5)
            name = App.text_of(app.find("text", "ชื่อผู้ประกอบการ", within=pg))
        except UiError as e:
            name = str(e)
        check(name == "กลุ่มจักสานบ้านโคกสูง", "the draft is offered back after the program was killed",
              f"name field: {name!r}")
        save = app.find("push button", "บันทึก", within=pg)
        check(not sensitive(save), "the restored draft, without a code, cannot be saved yet")
    home.cleanup()
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
