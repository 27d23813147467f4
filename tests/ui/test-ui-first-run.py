#!/usr/bin/python3
"""Issue 9, end to end, driven over AT-SPI as a new user would: a new
database shows the first-run screen; setting the office refuses an empty
office name and keeps what was typed, then shows the pages; on another new
database, "open the sample data" loads it, and the รายงาน page exports the
Sa Kaeo online-product and revenue targets (seed 004) and the Nong Khai
FY 2565 targets (seed 003): each workbook equals
tests/data/*-expected-*.csv (copies of shared/fixtures) cell for cell,
totals included; the center assessment form (form 1) of the sample center
shows its score, 33, and grade, พอใช้ (B).

THANRAK_EXPORT_PATH names a folder: the page writes there under the file
name it suggests, instead of asking (for tests only). Set
THANRAK_SCREENSHOT_DIR to keep screenshots. Prints TAP."""
import csv
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from thanrak_ui import App, all_passed, check, key  # noqa: E402

DATA = os.environ["THANRAK_TEST_DATA"]
CLI = os.environ["THANRAK_CLI"]

ONLINE = "เป้าหมายตัวชี้วัดการส่งเสริมผลิตภัณฑ์ OTOP ในตลาดออนไลน์"
REVENUE = "เป้าหมายตัวชี้วัดรายได้จากการจำหน่ายผลิตภัณฑ์ชุมชน OTOP"
CHANNELS = "เป้าหมายการดำเนินงานตามภารกิจสำคัญของกรมการพัฒนาชุมชน (ช่องทางการตลาด)"
ASSESSMENT = "แบบประเมินศูนย์บริการส่งเสริมเศรษฐกิจฐานราก"


def screenshot(app, name):
    folder = os.environ.get("THANRAK_SCREENSHOT_DIR")
    if folder:
        app.screenshot(os.path.join(folder, name))


def expected_rows(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return list(csv.reader(f))


def cell_text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def table_of(path, expected):
    """The rows of the workbook's table, from the row of the first
    district, as text, as wide as the expected table."""
    import openpyxl
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    first = next((i for i, r in enumerate(rows) if len(r) > 1 and r[1] == expected[1][1]), None)
    got = []
    if first is None:
        return got
    for r in rows[first:first + len(expected) - 1]:
        r = list(r[:len(expected[0])])
        # the total's label is merged over the number and district cells
        # (A:B), so openpyxl reads it in A
        if isinstance(r[0], str) and r[1] is None:
            r[0], r[1] = None, r[0]
        got.append([cell_text(v) for v in r])
    return got


def wait_for_file(folder, before, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        new = [f for f in os.listdir(folder) if f.endswith(".xlsx") and f not in before]
        if new:
            time.sleep(0.5)
            return os.path.join(folder, new[0])
        time.sleep(0.2)
    return None


def export_form(app, folder, title):
    """Open a form on the รายงาน page, export it; the file written."""
    app.click(app.find("push button", "เปิด " + title, timeout=10))
    app.settle(1.5)
    before = set(os.listdir(folder))
    export = [b for b in app.find_all("push button") if "ส่งออก…" in (b.name or "")]
    if not export:
        return None
    app.click(export[0])
    path = wait_for_file(folder, before)
    return path


def button(app, name):
    found = [b for b in app.find_all("push button") if name in (b.name or "").replace("_", "")]
    if not found:
        raise AssertionError(f"no button {name}: {[b.name for b in app.find_all('push button')]}")
    return found[0]


def back_to_forms(app):
    app.click(app.find("push button", "กลับไปที่รายการแบบฟอร์ม"))
    app.settle(1.0)


def office_path(work):
    database = os.path.join(work, "office.db")
    with App(args=["--database", database], first_run=True) as app:
        choices = app.find("list", "วิธีเริ่มต้น", timeout=15)
        names = [c.name for c in choices]
        check(len(names) == 3 and names[0].startswith("เริ่มใหม่สำหรับสำนักงานของฉัน"),
              "a new database shows the first-run screen with three ways to begin", names)
        screenshot(app, "first-run.png")
        # the first choice has the focus: Return takes it, as by keyboard
        key("Return")
        app.settle(1.0)
        name = app.find("text", "ชื่อสำนักงาน")
        check(app.text_of(name).startswith("สำนักงานพัฒนาชุมชนจังหวัด"),
              "the office name is suggested from the province", app.text_of(name))
        officer = app.find("text", "ชื่อเจ้าหน้าที่")
        app.set_text(officer, "นางสาวทดสอบ ระบบดี")
        app.set_text(name, "")
        app.click(button(app, "เริ่มใช้งาน"))
        app.settle(1.0)
        errors = [a.name for a in app.find_all("label") if (a.name or "").startswith("ชื่อสำนักงาน")]
        check(errors != [] and app.text_of(officer) == "นางสาวทดสอบ ระบบดี",
              "an empty office name is refused with a message; what was typed stays", errors)
        screenshot(app, "first-run-office-error.png")
        app.set_text(name, "สำนักงานพัฒนาชุมชนทดสอบ")
        app.click(button(app, "เริ่มใช้งาน"))
        app.settle(1.5)
        sidebar = app.find("list", "หน้า", timeout=10)
        check(sidebar is not None, "after Start the pages show")
    shown = subprocess.run([CLI, "office", "--database", database], capture_output=True, text=True,
                           env=dict(os.environ, LANGUAGE="th", LC_ALL="th_TH.UTF-8"))
    check("สำนักงานพัฒนาชุมชนทดสอบ" in shown.stdout and "นางสาวทดสอบ ระบบดี" in shown.stdout,
          "the office and officer are kept in the database", shown.stdout + shown.stderr)


def sample_path(work):
    database = os.path.join(work, "sample.db")
    folder = os.path.join(work, "exports")
    os.mkdir(folder)
    exported = {}
    with App(args=["--database", database], env={"THANRAK_EXPORT_PATH": folder}, first_run=True) as app:
        choices = app.find("list", "วิธีเริ่มต้น", timeout=15)
        key("Down", 2)
        key("Return")
        sidebar = app.find("list", "หน้า", timeout=30)
        check(sidebar is not None, "opening the sample data shows the pages")
        app.settle(1.0)
        screenshot(app, "sample-overview.png")

        app.select(app.find("list item", "รายงาน", within=sidebar))
        app.settle(1.0)
        for title in (ONLINE, REVENUE, CHANNELS, ASSESSMENT):
            exported[title] = export_form(app, folder, title)
            screenshot(app, f"sample-{len(exported)}.png")
            back_to_forms(app)

    for title, expected_file in ((ONLINE, "sakaeo-2564-round2-expected-online-targets.csv"),
                                 (REVENUE, "sakaeo-2564-round2-expected-revenue-targets.csv"),
                                 (CHANNELS, "nongkhai-2565-expected-targets.csv")):
        expected = expected_rows(expected_file)
        path = exported.get(title)
        got = table_of(path, expected) if path else []
        check(got == expected[1:], f"{expected_file}: the exported form equals the seed table cell for cell",
              f"file {path}, got {got}")

    path = exported.get(ASSESSMENT)
    text = []
    if path:
        import openpyxl
        for row in openpyxl.load_workbook(path).active.iter_rows(values_only=True):
            text += [cell_text(v) for v in row if v is not None]
    joined = " | ".join(text)
    check(("33" in text or "๓๓" in joined) and "พอใช้" in joined,
          "the sample center's assessment form shows 33 points, พอใช้ (B)", joined[-400:])


def main():
    print("1..10")
    with tempfile.TemporaryDirectory(prefix="thanrak-first-run-") as work:
        office_path(work)
        sample_path(work)
    return 0 if all_passed() else 1


if __name__ == "__main__":
    sys.exit(main())
