#!/usr/bin/python3
# check-xlsx.py EXPECT.json: check an xlsx file against expectations, with
# readers independent of the writer: openpyxl (cells, cached formula
# values, merges, fonts, fills, borders, number formats, page setup) and
# the raw sheet XML (a string cell holds no formula).
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# EXPECT.json:
# {
#   "file": "/path/report.xlsx",
#   "sheets": [{
#     "name": "Sheet",                    # tab name; the order is checked
#     "max_row": 40, "max_column": 8,     # extent of the used range
#     "merged": ["A1:H1", "A3:A4"],       # exactly these merged ranges
#     "formula_cells": ["C14", "D14"],    # exactly these cells hold a formula
#                                         # (sheet XML <f>): user text never does
#     "cells": [{
#       "cell": "B7",
#       "type": "string" | "number" | "date" | "formula" | "blank",
#       "value": ...,                     # string or number (formulas: the
#                                         # formula text, e.g. "=SUM(C5:C9)";
#                                         # dates: "2020-10-01")
#       "cached": 123.0,                  # a formula's cached result
#       "font": "TH SarabunPSK", "size": 16, "bold": true,
#       "number_format": "#,##0", "fill": "FF0000",
#       "halign": "center", "wrap": true, "border": "thin"
#     }],
#     "font_everywhere": "TH SarabunPSK", # every cell with a value
#     "min_font_size": 16,                # every cell with a value
#     "borders": ["A3:H35"],              # every cell: thin on all sides
#     "row_heights": {"1": 27},           # exact, in points
#     "min_row_height": [1, 40, 24],      # rows 1..40 at least 24 pt
#     "column_widths": {"A": 6},          # as given to the writer (+-1)
#     "print": {"paper_size": 9, "orientation": "landscape",
#               "print_title_rows": "3:4", "fit_to_width": 1,   # $ ignored
#               "fit_to_height": 0, "footer_center": "หน้า &P จาก &N",
#               "footer_font": "TH SarabunPSK"}
#   }]
# }
# Prints one line per failed expectation and exits 1, or prints "ok".

import datetime
import json
import math
import sys
import zipfile
import xml.etree.ElementTree as ET

import openpyxl
from openpyxl.utils import range_boundaries

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
failures = []


def fail(where, message):
    failures.append(f"{where}: {message}")


def same_number(a, b):
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-12, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


def rgb(color):
    if color is None or color.rgb is None or not isinstance(color.rgb, str):
        return None
    return color.rgb[-6:].upper()


def sheet_xml_cells(archive, workbook, index):
    """The raw <c> elements of sheet `index`, by cell reference."""
    rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    book = ET.fromstring(archive.read("xl/workbook.xml"))
    sheet = book.find("m:sheets", NS)[index]
    rid = sheet.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
    target = None
    for rel in rels:
        if rel.get("Id") == rid:
            target = rel.get("Target")
    target = target.lstrip("/")
    if not target.startswith("xl/"):
        target = "xl/" + target
    root = ET.fromstring(archive.read(target))
    return {c.get("r"): c for c in root.iter("{%s}c" % NS["m"])}


def check_cell(where, exp, cell, cached, raw):
    kind = exp.get("type")
    if kind == "string":
        if cell.data_type not in ("s", "inlineStr") or not isinstance(cell.value, str):
            fail(where, f"expected a string, found {cell.data_type} {cell.value!r}")
        if raw is None or raw.find("m:f", NS) is not None:
            fail(where, "the sheet XML holds a formula (or no cell) where a string belongs")
        elif raw.get("t") not in ("s", "inlineStr", "str"):
            fail(where, f"the sheet XML types the cell {raw.get('t')!r}, not a string")
    elif kind == "number":
        if cell.data_type != "n" or not isinstance(cell.value, (int, float)) or isinstance(cell.value, bool):
            fail(where, f"expected a number, found {cell.data_type} {cell.value!r}")
    elif kind == "date":
        # A date number with a date format: openpyxl reads a datetime.
        if cell.data_type != "d" or not isinstance(cell.value, datetime.datetime):
            fail(where, f"expected a date, found {cell.data_type} {cell.value!r}")
        elif "value" in exp and cell.value.date().isoformat() != exp["value"]:
            fail(where, f"date {cell.value.date().isoformat()}, expected {exp['value']}")
        exp = {k: v for k, v in exp.items() if k != "value"}
    elif kind == "formula":
        if cell.data_type != "f":
            fail(where, f"expected a formula, found {cell.data_type} {cell.value!r}")
    elif kind == "blank":
        if cell.value not in (None, ""):
            fail(where, f"expected a blank cell, found {cell.value!r}")

    if "value" in exp:
        want = exp["value"]
        if isinstance(want, str):
            if cell.value != want:
                fail(where, f"value {cell.value!r}, expected {want!r}")
        elif not same_number(cell.value, want):
            fail(where, f"value {cell.value!r}, expected {want!r}")
    if "cached" in exp:
        if not same_number(cached.value, exp["cached"]):
            fail(where, f"cached value {cached.value!r}, expected {exp['cached']!r}")
    if "font" in exp and cell.font.name != exp["font"]:
        fail(where, f"font {cell.font.name!r}, expected {exp['font']!r}")
    if "size" in exp and not same_number(cell.font.sz, exp["size"]):
        fail(where, f"font size {cell.font.sz!r}, expected {exp['size']!r}")
    if "bold" in exp and bool(cell.font.b) != exp["bold"]:
        fail(where, f"bold {bool(cell.font.b)}, expected {exp['bold']}")
    if "number_format" in exp and cell.number_format != exp["number_format"]:
        fail(where, f"number format {cell.number_format!r}, expected {exp['number_format']!r}")
    if "fill" in exp:
        got = rgb(cell.fill.fgColor) if cell.fill.fill_type == "solid" else None
        if got != exp["fill"].upper():
            fail(where, f"fill {got!r}, expected {exp['fill']!r}")
    if "halign" in exp and cell.alignment.horizontal != exp["halign"]:
        fail(where, f"horizontal alignment {cell.alignment.horizontal!r}, expected {exp['halign']!r}")
    if "wrap" in exp and bool(cell.alignment.wrap_text) != exp["wrap"]:
        fail(where, f"wrap {bool(cell.alignment.wrap_text)}, expected {exp['wrap']}")
    if "border" in exp:
        for side in ("left", "right", "top", "bottom"):
            style = getattr(cell.border, side).style
            if style != exp["border"]:
                fail(where, f"{side} border {style!r}, expected {exp['border']!r}")


def check_sheet(where, exp, ws, ws_values, raw_cells):
    if "max_row" in exp and ws.max_row != exp["max_row"]:
        fail(where, f"last row {ws.max_row}, expected {exp['max_row']}")
    if "max_column" in exp and ws.max_column != exp["max_column"]:
        fail(where, f"last column {ws.max_column}, expected {exp['max_column']}")

    if "merged" in exp:
        got = sorted(str(r) for r in ws.merged_cells.ranges)
        want = sorted(exp["merged"])
        if got != want:
            fail(where, f"merged ranges {got}, expected {want}")

    if "formula_cells" in exp:
        got = sorted(ref for ref, c in raw_cells.items() if c.find("m:f", NS) is not None)
        want = sorted(exp["formula_cells"])
        if got != want:
            fail(where, f"formulas in {got}, expected only in {want}")

    for c in exp.get("cells", []):
        ref = c["cell"]
        check_cell(f"{where}!{ref}", c, ws[ref], ws_values[ref], raw_cells.get(ref))

    font = exp.get("font_everywhere")
    min_size = exp.get("min_font_size")
    if font is not None or min_size is not None:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                if font is not None and cell.font.name != font:
                    fail(f"{where}!{cell.coordinate}", f"font {cell.font.name!r}, expected {font!r}")
                if min_size is not None and (cell.font.sz or 0) < min_size:
                    fail(f"{where}!{cell.coordinate}", f"font size {cell.font.sz!r} below {min_size}")

    # Sides inside a merged range have no border of their own.
    inner = set()
    for mr in ws.merged_cells.ranges:
        for r in range(mr.min_row, mr.max_row + 1):
            for col in range(mr.min_col, mr.max_col + 1):
                if col > mr.min_col:
                    inner.add((r, col, "left"))
                if col < mr.max_col:
                    inner.add((r, col, "right"))
                if r > mr.min_row:
                    inner.add((r, col, "top"))
                if r < mr.max_row:
                    inner.add((r, col, "bottom"))
    for area in exp.get("borders", []):
        min_col, min_row, max_col, max_row = range_boundaries(area)
        for r in range(min_row, max_row + 1):
            for col in range(min_col, max_col + 1):
                cell = ws.cell(row=r, column=col)
                for side in ("left", "right", "top", "bottom"):
                    if (r, col, side) in inner:
                        continue
                    if getattr(cell.border, side).style != "thin":
                        fail(f"{where}!{cell.coordinate}", f"no thin {side} border (in {area})")

    # A row without a height of its own has the sheet's default height.
    default_height = ws.sheet_format.defaultRowHeight if ws.sheet_format.customHeight else None

    def row_height(r):
        got = ws.row_dimensions[r].height
        return default_height if got is None else got

    for row, height in exp.get("row_heights", {}).items():
        got = row_height(int(row))
        if not same_number(got, height):
            fail(f"{where} row {row}", f"height {got!r}, expected {height!r}")
    if "min_row_height" in exp:
        first, last, height = exp["min_row_height"]
        for r in range(first, last + 1):
            got = row_height(r)
            if got is None or got < height:
                fail(f"{where} row {r}", f"height {got!r}, expected at least {height}")

    for col, width in exp.get("column_widths", {}).items():
        got = ws.column_dimensions[col].width
        if got is None or abs(got - width) > 1:
            fail(f"{where} column {col}", f"width {got!r}, expected {width!r}")

    p = exp.get("print")
    if p is not None:
        setup = ws.page_setup
        if "paper_size" in p and str(setup.paperSize) != str(p["paper_size"]):
            fail(where, f"paper size {setup.paperSize!r}, expected {p['paper_size']} (9 is A4)")
        if "orientation" in p and setup.orientation != p["orientation"]:
            fail(where, f"orientation {setup.orientation!r}, expected {p['orientation']!r}")
        titles = (ws.print_title_rows or "").replace("$", "") or None
        if "print_title_rows" in p and titles != p["print_title_rows"]:
            fail(where, f"rows repeated on each page {ws.print_title_rows!r}, expected {p['print_title_rows']!r}")
        if "fit_to_width" in p or "fit_to_height" in p:
            if not ws.sheet_properties.pageSetUpPr or not ws.sheet_properties.pageSetUpPr.fitToPage:
                fail(where, "fit to page is not set")
            # Both default to 1 when the attribute is absent (ECMA-376 18.3.1.64).
            width = 1 if setup.fitToWidth is None else setup.fitToWidth
            height = 1 if setup.fitToHeight is None else setup.fitToHeight
            if "fit_to_width" in p and str(width) != str(p["fit_to_width"]):
                fail(where, f"fit to width {width!r}, expected {p['fit_to_width']}")
            if "fit_to_height" in p and str(height) != str(p["fit_to_height"]):
                fail(where, f"fit to height {height!r}, expected {p['fit_to_height']} (0: as many pages as needed)")
        if "footer_center" in p and ws.oddFooter.center.text != p["footer_center"]:
            fail(where, f"page footer {ws.oddFooter.center.text!r}, expected {p['footer_center']!r}")
        if "footer_font" in p and not (ws.oddFooter.center.font or "").startswith(p["footer_font"]):
            fail(where, f"page footer font {ws.oddFooter.center.font!r}, expected {p['footer_font']!r}")


def main():
    if len(sys.argv) != 2:
        print("usage: check-xlsx.py EXPECT.json", file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        expect = json.load(f)

    path = expect["file"]
    wb = openpyxl.load_workbook(path)
    wb_values = openpyxl.load_workbook(path, data_only=True)
    archive = zipfile.ZipFile(path)

    names = wb.sheetnames
    want_names = [s["name"] for s in expect["sheets"]]
    if names != want_names:
        fail(path, f"sheets {names}, expected {want_names}")

    for index, exp in enumerate(expect["sheets"]):
        if exp["name"] not in names:
            continue
        i = names.index(exp["name"])
        check_sheet(exp["name"], exp, wb[exp["name"]], wb_values[exp["name"]],
                    sheet_xml_cells(archive, wb, i))

    for line in failures:
        print(line)
    if failures:
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
