#!/usr/bin/python3
"""The real program, driven over AT-SPI: every sidebar page is reachable by
its Thai name and shows its Thai title. Prints TAP."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from thanrak_ui import App  # noqa: E402

PAGES = ["ภาพรวม", "ศูนย์ฯ", "คณะกรรมการ", "ข้อมูลรายอำเภอ", "ผู้ประกอบการ OTOP",
         "ผลิตภัณฑ์", "ช่องทางออนไลน์", "กิจกรรมส่งเสริมการตลาด", "รายงาน"]


def main():
    print(f"1..{len(PAGES) + 1}")
    failed = 0
    with App() as app:
        sidebar = app.find("list", "หน้า", timeout=10)
        items = [c.name for c in sidebar]
        ok = items == PAGES
        print(f"{'ok' if ok else 'not ok'} 1 sidebar lists the pages in Thai: {items}")
        failed += not ok
        for n, page in enumerate(PAGES, start=2):
            item = app.find("list item", page, within=sidebar)
            app.select(item)
            # The row is selected and the content header shows the page title.
            titles = app.window_titles()
            ok = app.is_selected(item) and page in titles
            print(f"{'ok' if ok else 'not ok'} {n} selecting {page} shows its page")
            if not ok:
                print(f"# header titles: {titles}, selected: {app.is_selected(item)}")
            failed += not ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
