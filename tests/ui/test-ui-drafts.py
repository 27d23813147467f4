#!/usr/bin/python3
"""The real program over AT-SPI: an operator typed into the editor and not
saved is kept as a draft, and offered back after the program was killed
with SIGKILL. Prints TAP."""
import os
import signal
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from thanrak_ui import (App, UiError, all_passed, button_with, check,  # noqa: E402
                        new_record, open_page, sensitive)


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
    return 0 if all_passed() else 1


if __name__ == "__main__":
    sys.exit(main())
