#!/usr/bin/python3
"""The real program, driven over AT-SPI: Ctrl+I opens the import dialog
(the file given by THANRAK_IMPORT_PATH instead of the file chooser), which
shows the row report in Thai; with a rejected row Import waits for the
valid rows only; after Import the operators page lists the new operators.
Prints TAP."""
import os
import sys
import time

import pyatspi

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from thanrak_ui import App, UiError, all_passed, button_with, check, count_is, open_page, sensitive  # noqa: E402

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "import")
SHOTS = os.environ.get("THANRAK_TEST_SCREENSHOTS")


def ctrl(keysym):
    pyatspi.Registry.generateKeyboardEvent(37, None, pyatspi.KEY_PRESS)
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
    pyatspi.Registry.generateKeyboardEvent(37, None, pyatspi.KEY_RELEASE)
    time.sleep(0.5)


def shows(app, text, within=None, timeout=10.0):
    try:
        app.find("label", text, within=within, timeout=timeout)
        return True
    except UiError:
        return False


def main():
    print("1..7")
    env = {"THANRAK_IMPORT_PATH": os.path.join(DATA, "operators-sakaeo.csv")}
    with App(env=env) as app:
        page = open_page(app, "ผู้ประกอบการ OTOP")
        check(count_is(app, page, 0), "the operators page starts empty")

        # the keyboard goes to the window under the pointer (no window manager)
        pyatspi.Registry.generateMouseEvent(600, 400, "abs")
        time.sleep(0.3)
        # a fresh X server may drop the first synthetic keys: try again
        dialog = None
        for _ in range(3):
            ctrl(ord("i"))
            try:
                dialog = app.find("frame", "นำเข้าข้อมูล", timeout=4)
                break
            except UiError:
                pass
        check(dialog is not None, "Ctrl+I opens the import dialog")
        if dialog is None:
            return 1
        check(shows(app, "5 แถว: เพิ่มใหม่ 4 (แก้ไขแล้ว 1) ปรับปรุงข้อมูลเดิม 0 ข้าม 0 ไม่รับ 1", within=dialog),
              "the dialog counts the rows of the operators file")
        check(shows(app, "อำเภอ “คลองหาาด” อ่านเป็น “คลองหาด”", within=dialog),
              "a misspelt district is shown corrected")
        if SHOTS:
            app.screenshot(os.path.join(SHOTS, "app-import-operators.png"))
        button = button_with(app, dialog, "นำเข้า")
        boxes = [b for b in app.find_all("check box", within=dialog)
                 if (b.name or "").replace("_", "") == "นำเข้าเฉพาะแถวที่ถูกต้อง"]
        check(len(boxes) == 1 and not sensitive(button), "with a rejected row Import waits for the valid rows only",
              f"check boxes: {[b.name for b in app.find_all('check box', within=dialog)]}")
        # GTK 4.8 gives check boxes no AT-SPI action: a click where it is
        # (the windows sit at the top left, there is no window manager)
        box = boxes[0].queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        pyatspi.Registry.generateMouseEvent(box.x + 8, box.y + box.height // 2, "b1c")
        time.sleep(0.5)
        check(sensitive(button), "with the valid rows only Import can be pressed")
        app.click(button)
        time.sleep(1.0)
        page = app.find("panel", "ผู้ประกอบการ OTOP")
        if SHOTS:
            app.screenshot(os.path.join(SHOTS, "app-import-done.png"))
        check(count_is(app, page, 4, timeout=10), "after Import the operators page lists the 4 operators")
    return 0 if all_passed() else 1


if __name__ == "__main__":
    sys.exit(main())
