#!/usr/bin/python3
"""The real program over AT-SPI: an operator with a product and an online
channel made through the editors, found by a two-letter and a longer Thai
search, edited, deleted and restored; a bad phone number keeps Save
disabled and shows the model's message; a draft survives the program
being killed (test-ui-drafts.py). Prints TAP."""
import os
import sys
import tempfile
import time

import pyatspi

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from thanrak_ui import (App, UiError, all_passed, button_with, check,  # noqa: E402
                        count_is, key, new_record, open_page, sensitive)


def main():
    print("1..11")
    home = tempfile.TemporaryDirectory(prefix="thanrak-records-")
    db = os.path.join(home.name, "records.db")
    env = {"XDG_DATA_HOME": os.path.join(home.name, "data"),
           "XDG_CONFIG_HOME": os.path.join(home.name, "config")}
    with App(args=["--database", db], env=env) as app:
        pg = open_page(app, "ผู้ประกอบการ OTOP")
        check(count_is(app, pg, 0), "an empty database lists no operators")

        # Show the first district of the reference set: a new operator
        # is in the district the list shows.
        district = app.find("combo box", "อำเภอ", within=pg)
        app.click(app.find("push button", None, within=district))
        time.sleep(0.5)
        key("Down")
        key("Return")
        time.sleep(0.5)
        new_record(app, pg)
        app.set_text(app.find("text", "รหัสผู้ประกอบการ", within=pg), "2701001")
        app.set_text(app.find("text", "ชื่อผู้ประกอบการ", within=pg), "กลุ่มทอผ้าไหมบ้านหนองหว้า")
        app.set_text(app.find("text", "เบอร์โทรศัพท์", within=pg), "12345")
        time.sleep(0.3)
        save = app.find("push button", "บันทึก", within=pg)
        try:
            labels = [a.name for a in pyatspi.findAllDescendants(
                pg, lambda a: a is not None and a.getRoleName() == "label"
                and "เบอร์โทรศัพท์" in (a.name or "") and "12345" in (a.name or ""))]
        except UiError:
            labels = []
        check(not sensitive(save) and labels,
              "a bad phone number keeps Save disabled and shows the message",
              f"save sensitive: {sensitive(save)}, messages: {labels}")

        app.set_text(app.find("text", "เบอร์โทรศัพท์", within=pg), "081-2345678")
        check(sensitive(save), "a right phone number enables Save")
        app.click(save)
        check(count_is(app, pg, 1), "the saved operator is listed")

        # a product of that operator
        ppg = open_page(app, "ผลิตภัณฑ์")
        new_record(app, ppg)
        app.set_text(app.find("text", "รหัสผู้ประกอบการ", within=ppg), "2701001")
        app.set_text(app.find("text", "ชื่อผลิตภัณฑ์", within=ppg), "ผ้าไหมมัดหมี่ลายนาคน้อย")
        app.click(app.find("push button", "บันทึก", within=ppg))
        check(count_is(app, ppg, 1), "the product is saved under the operator")

        # an online channel of that product
        cpg = open_page(app, "ช่องทางออนไลน์")
        new_record(app, cpg)
        app.set_text(app.find("text", "รหัสผู้ประกอบการ", within=cpg), "2701001")
        # the operator's one product is chosen for it
        app.set_text(app.find("text", "ชื่อเพจ ไอดี หรือลิงก์", within=cpg), "https://www.facebook.com/nongwasilk")
        csave = app.find("push button", "บันทึก", within=cpg)
        ok = sensitive(csave)
        app.click(csave)
        check(ok and count_is(app, cpg, 1), "the online channel is saved under the product")

        # search the operators
        pg = open_page(app, "ผู้ประกอบการ OTOP")
        search = app.find("entry", "ค้นหา", within=pg)
        app.set_text(search, "ไห")
        time.sleep(0.8)
        check(count_is(app, pg, 1), "a two-letter Thai search finds the operator")
        app.set_text(search, "ผ้าไหมบ้านหนอง")
        time.sleep(0.8)
        found = count_is(app, pg, 1)
        app.set_text(search, "ข้าวกล้อง")
        time.sleep(0.8)
        check(found and count_is(app, pg, 0), "a longer Thai search finds it, another name does not")
        app.set_text(search, "")
        time.sleep(0.8)

        # edit it: open the row, change the name, save
        table = app.find("tree table", "รายการ", within=pg)
        rows = [c for c in table if c.getRoleName() == "list"][0]
        rows.querySelection().selectChild(0)
        time.sleep(0.8)
        app.set_text(app.find("text", "ชื่อผู้ประกอบการ", within=pg), "กลุ่มทอผ้าไหมมัดหมี่บ้านหนองหว้า")
        app.click(app.find("push button", "บันทึก", within=pg))
        time.sleep(0.8)
        try:
            app.find("label", "กลุ่มทอผ้าไหมมัดหมี่บ้านหนองหว้า", within=table, timeout=3)
            edited = True
        except UiError:
            edited = False
        check(edited, "the edited name shows in the list")

        # delete, then undo: the operator and its product come back
        app.click(app.find("push button", "ลบ", within=pg))
        gone = count_is(app, pg, 0)
        app.click(button_with(app, pg, "เลิกทำ"))
        check(gone and count_is(app, pg, 1), "delete removes the operator and undo restores it")
        ppg = open_page(app, "ผลิตภัณฑ์")
        app.find("push button", "เพิ่มใหม่", within=ppg)
        table = app.find("tree table", "รายการ", within=ppg)
        check(count_is(app, ppg, 1), "undo restores the operator's product too")

    home.cleanup()
    return 0 if all_passed() else 1


if __name__ == "__main__":
    sys.exit(main())
