"""A spreadsheet program opening the CSV exports as a researcher would: LibreOffice Calc
imports them (comma, double quotes, UTF-8, as its import dialog offers for a file with a
byte-order mark) and saves them as .xlsx, which is read back cell by cell."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from tests.components import missing
from veldwerk import office

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
IMPORT = "CSV:44,34,76,1"  # separator ",", text in '"', UTF-8, from line 1


def calc() -> str:
    """The ``soffice`` that has Calc, or the test is skipped (fails in CI)."""
    found = office.libreoffice()
    if found is None or not (Path(found).resolve().parent / "libsclo.so").is_file():
        missing("LibreOffice Calc", "soffice or its Calc module not found (Debian: "
                "libreoffice-calc-nogui)")
    assert found is not None
    return found


Cell = str | float | bool


def open_in_calc(files: list[Path], out: Path) -> dict[str, list[list[Cell]]]:
    """Each CSV as Calc reads it: rows of cells, text as text, numbers as floats,
    true/false as booleans."""
    calc()
    done = office.convert(files, out, "xlsx", infilter=IMPORT, timeout=300)
    sheets = {}
    for csv_file in files:
        made = out / (csv_file.stem + ".xlsx")
        assert made.is_file(), f"Calc did not open {csv_file.name}: {done.stderr[-300:]}"
        sheets[csv_file.name] = _cells(made)
    return sheets


def _column(reference: str) -> int:
    letters = re.match(r"[A-Z]+", reference)
    assert letters is not None
    number = 0
    for letter in letters.group():
        number = number * 26 + ord(letter) - 64
    return number - 1


def _cells(xlsx: Path) -> list[list[Cell]]:
    with zipfile.ZipFile(xlsx) as book:
        shared: list[str] = []
        if "xl/sharedStrings.xml" in book.namelist():
            for item in ElementTree.fromstring(book.read("xl/sharedStrings.xml")):
                shared.append("".join(t.text or "" for t in item.iter(f"{MAIN}t")))
        sheet = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))
    rows: list[list[Cell]] = []
    for row in sheet.iter(f"{MAIN}row"):
        cells: list[Cell] = []
        for cell in row.iter(f"{MAIN}c"):
            at = _column(cell.get("r", "A"))
            cells += [""] * (at - len(cells))
            value = cell.find(f"{MAIN}v")
            kind = cell.get("t")
            if kind == "s" and value is not None:
                cells.append(shared[int(value.text or 0)])
            elif kind == "inlineStr":
                cells.append("".join(t.text or "" for t in cell.iter(f"{MAIN}t")))
            elif kind == "b" and value is not None:
                cells.append(value.text == "1")
            elif kind == "str":
                cells.append(value.text or "" if value is not None else "")
            elif value is not None:
                cells.append(float(value.text or 0))
            else:
                cells.append("")
        rows.append(cells)
    return rows
