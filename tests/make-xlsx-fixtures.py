#!/usr/bin/python3
# make-xlsx-fixtures.py OUTDIR: write the small xlsx files the reader
# tests use (committed in tests/data/, so the tests need neither Python
# nor LibreOffice). Run with Debian's /usr/bin/python3 (python3-openpyxl).
#
#   messy-operators.xlsx   openpyxl: a cover sheet, then a sheet with title
#                          lines above the headings, blank cells, #REF!,
#                          #N/A, text in a number column, booleans, a
#                          blank row and a gap before a far column.
#   inline-strings.xlsx    written by hand with zipfile: inline strings,
#                          formula strings (t="str"), _xHHHH_ escapes,
#                          rich-text runs with phonetic runs, cells and
#                          rows without r attributes, an empty formatted
#                          cell, a strict-OOXML namespace and rels targets
#                          written as absolute paths.
#
# The sakaeo-2564-round2-libreoffice.xlsx file was made by LibreOffice:
#   soffice --headless --infilter="CSV:44,34,76,1" --convert-to xlsx \
#     tests/data/sakaeo-2564-round2.csv
import sys
import zipfile

import openpyxl

out = sys.argv[1] if len(sys.argv) > 1 else "."

wb = openpyxl.Workbook()
cover = wb.active
cover.title = "ปก"
cover["A1"] = "แบบรายงานข้อมูลผู้ประกอบการ OTOP"
ws = wb.create_sheet("ผู้ประกอบการ")
ws["A1"] = "ข้อมูลผู้ประกอบการ OTOP จังหวัดสระแก้ว ปีงบประมาณ 2564"
ws.append([])
ws.append(["ลำดับ", "รหัสอำเภอ", "อำเภอ", "จำนวนผู้ประกอบการ",
           "ยอดจำหน่าย (บาท)", "ส่งเสริมแล้ว", None, "หมายเหตุ"])
ws.append([1, 2701, "เมืองสระแก้ว", 138, 68302860, True, None, "ตรวจแล้ว"])
ws.append([2, 2702, "คลองหาด", None, 51329000, False])
ws.append([3, 2703, "ตาพระยา", "#REF!", 38490500, True])
ws.append([4, 2704, "วังน้ำเย็น", 84, "#N/A", True])
ws.append([5, 2705, "วัฒนานคร", "ไม่ทราบ", 1234.5, False])
ws.append([])
ws.append([6, 2706, "อรัญประเทศ", 120, 0, None])
wb.save(f"{out}/messy-operators.xlsx")

MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main"
REL = "http://purl.oclc.org/ooxml/officeDocument/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
files = {
    "[Content_Types].xml":
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/></Types>',
    "_rels/.rels":
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="/xl/workbook.xml"/>'
        '</Relationships>',
    "xl/workbook.xml":
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}">'
        '<sheets><sheet name="District Figures" sheetId="7" r:id="rId9"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels":
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
        f'<Relationship Id="rId9" Type="{REL}/worksheet" Target="/xl/worksheets/data.xml"/>'
        f'<Relationship Id="rId3" Type="{REL}/sharedStrings" Target="strings.xml"/>'
        f'<Relationship Id="rId4" Type="{REL}/hyperlink" Target="https://example.invalid/" TargetMode="External"/>'
        '</Relationships>',
    "xl/strings.xml":
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="2" uniqueCount="2">'
        '<si><r><t>อำ</t></r><r><rPr><b/></rPr><t>เภอ</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si>'
        '<si><t xml:space="preserve">  two  spaces </t></si></sst>',
    "xl/worksheets/data.xml":
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>'
        '<row><c t="s"><v>0</v></c><c t="inlineStr"><is><t>line one_x000D__x000A_line two</t></is></c>'
        '<c t="s"><v>1</v></c></row>'
        '<row r="3"><c r="B3" t="str"><f>A3&amp;"x"</f><v>ฉะเชิงเทรา &amp; co</v></c>'
        '<c r="C3" s="2"/><c r="D3"><v>-1.25E+3</v></c><c t="b"><v>0</v></c>'
        '<c r="G3" t="e"><v>#DIV/0!</v></c></row>'
        '</sheetData></worksheet>',
}
with zipfile.ZipFile(f"{out}/inline-strings.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in files.items():
        z.writestr(name, text)
