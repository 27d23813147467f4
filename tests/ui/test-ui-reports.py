#!/usr/bin/python3
"""The รายงาน page, driven over AT-SPI: the Sa Kaeo district figures of
FY 2564 (saved in a temporary database before the program starts) give
the online-products targets form (seed 004); its preview shows the
districts and targets, and the exported workbook equals the seed table
tests/data/sakaeo-2564-round2-expected-online-targets.csv cell for cell
(read with openpyxl). The export path is given with THANRAK_EXPORT_PATH,
which the page uses instead of the file chooser (for tests only).
Set THANRAK_SCREENSHOT_DIR to keep screenshots. Prints TAP."""
import csv
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from thanrak_ui import App  # noqa: E402

FORM = "เป้าหมายตัวชี้วัดการส่งเสริมผลิตภัณฑ์ OTOP ในตลาดออนไลน์"
DATA = os.environ["THANRAK_TEST_DATA"]


class Tap:
    def __init__(self):
        self.n = 0
        self.failed = 0

    def check(self, ok, what, detail=None):
        self.n += 1
        print(f"{'ok' if ok else 'not ok'} {self.n} {what}")
        if not ok and detail is not None:
            print(f"# {detail}")
        self.failed += not ok
        sys.stdout.flush()


def labels(app, within):
    return [a.name for a in app.find_all("label", within=within)]


def ctrl_e():
    """Ctrl+E, typed on the X keyboard (keycodes of Control_L and e)."""
    import pyatspi
    pyatspi.Registry.generateKeyboardEvent(37, None, pyatspi.KEY_PRESS)
    pyatspi.Registry.generateKeyboardEvent(26, None, pyatspi.KEY_PRESSRELEASE)
    pyatspi.Registry.generateKeyboardEvent(37, None, pyatspi.KEY_RELEASE)


def screenshot(app, name):
    folder = os.environ.get("THANRAK_SCREENSHOT_DIR")
    if folder:
        app.screenshot(os.path.join(folder, name))


def expected_rows():
    with open(os.path.join(DATA, "sakaeo-2564-round2-expected-online-targets.csv"), encoding="utf-8") as f:
        return list(csv.reader(f))


def workbook_rows(path):
    import openpyxl
    sheet = openpyxl.load_workbook(path).active
    return [[c for c in row] for row in sheet.iter_rows(values_only=True)]


def cell_text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def main():
    tap = Tap()
    print("1..10")
    work = tempfile.TemporaryDirectory(prefix="thanrak-reports-")
    database = os.path.join(work.name, "figures.db")
    output = os.path.join(work.name, "เป้าหมาย-ออนไลน์-2564-รอบ2.xlsx")
    subprocess.run([os.environ["THANRAK_FILL_FIGURES"], database,
                    os.path.join(DATA, "sakaeo-2564-round2.csv"), "2564"],
                   check=True, stdout=subprocess.DEVNULL)

    with App(args=["--database", database], env={"THANRAK_EXPORT_PATH": output}) as app:
        sidebar = app.find("list", "หน้า", timeout=10)
        app.select(app.find("list item", "รายงาน", within=sidebar))
        app.settle(1.0)
        screenshot(app, "reports-list.png")

        row = app.find("list item", FORM)
        tap.check(row is not None, "the reports page lists the online-products targets form")
        app.click(app.find("push button", "เปิด " + FORM, within=row))
        app.settle(1.0)

        preview = app.find("tree table", "แถวของแบบฟอร์ม")
        shown = labels(app, preview)
        tap.check("เมืองสระแก้ว" in shown, "the preview shows เมืองสระแก้ว", shown[:20])
        start = shown.index("เมืองสระแก้ว") if "เมืองสระแก้ว" in shown else 0
        tap.check(shown[start + 3:start + 8] == ["29", "33", "37", "41", "45"],
                  "its targets are 29, 33, 37, 41 and 45 (seed 004)", shown[start:start + 8])
        # the counts are in line: no warning (the sales would warn of วังสมบูรณ์)
        warning = [a.name for a in app.find_all("label")
                   if "วังสมบูรณ์" in (a.name or "") and a.name != "วังสมบูรณ์"]
        tap.check(warning == [], "no warning for the product counts", warning)
        screenshot(app, "reports-form.png")

        export = [b for b in app.find_all("push button") if "ส่งออก…" in (b.name or "")]
        app.click(export[0])
        app.settle(1.0)
        deadline = time.monotonic() + 20
        while not os.path.exists(output) and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(0.5)
        tap.check(os.path.exists(output), "the export wrote the file")
        toast = [a.name for a in app.find_all("label") if a.name == "บันทึกแล้ว"]
        tap.check(toast == ["บันทึกแล้ว"], "a toast says บันทึกแล้ว", toast)
        screenshot(app, "reports-toast.png")

        # seed 004: วังสมบูรณ์'s base sales are far out of line: the
        # revenue form warns above its preview
        app.click(app.find("push button", "กลับไปที่รายการแบบฟอร์ม"))
        app.settle(1.0)
        revenue = "เป้าหมายตัวชี้วัดรายได้จากการจำหน่ายผลิตภัณฑ์ชุมชน OTOP"
        app.click(app.find("push button", "เปิด " + revenue))
        app.settle(1.0)
        warning = [a.name for a in app.find_all("label")
                   if "วังสมบูรณ์" in (a.name or "") and a.name != "วังสมบูรณ์"]
        tap.check(len(warning) == 1, "the revenue form warns of วังสมบูรณ์'s sales", warning)
        screenshot(app, "reports-warning.png")

    # An export into a folder that does not exist: a message, and no file.
    missing = os.path.join(work.name, "ไม่มีโฟลเดอร์", "form.xlsx")
    with App(args=["--database", database], env={"THANRAK_EXPORT_PATH": missing}) as app:
        sidebar = app.find("list", "หน้า", timeout=10)
        app.select(app.find("list item", "รายงาน", within=sidebar))
        app.settle(1.0)
        app.click(app.find("push button", "เปิด " + FORM))
        app.settle(1.0)
        ctrl_e()
        app.settle(2.0)
        titles = [a.name for a in app.find_all("label") if a.name == "ส่งออกแบบฟอร์มไม่สำเร็จ"]
        tap.check(titles != [], "Ctrl+E exports; a failed export says so in a message dialog")
        screenshot(app, "reports-error.png")
        left = [f for f in os.listdir(work.name) if "form" in f]
        tap.check(not os.path.exists(os.path.dirname(missing)) and left == [],
                  "and leaves no file behind", left)

    expected = expected_rows()
    got = []
    if os.path.exists(output):
        rows = workbook_rows(output)
        # the table's rows: from the row whose second cell is the first district
        first = next((i for i, r in enumerate(rows) if len(r) > 1 and r[1] == expected[1][1]), None)
        if first is not None:
            for r in rows[first:first + len(expected) - 1]:
                r = list(r[:len(expected[0])])
                # the total's label is merged over the number and district
                # cells (A:B), so openpyxl reads it in A
                if isinstance(r[0], str) and r[1] is None:
                    r[0], r[1] = None, r[0]
                got.append([cell_text(v) for v in r])
    tap.check(got == expected[1:], "the exported workbook equals the seed table cell for cell",
              f"got {got}")
    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main())
