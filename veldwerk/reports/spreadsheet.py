"""The tidy tables as one spreadsheet (``.xlsx``) that Excel and LibreOffice Calc open as
they are: a sheet per table the CSV export writes, every cell typed.

A CSV holds only text, and a spreadsheet guesses: Calc turns the title "0012" into 12,
"3/4" into the 4th of March, and runs a note that begins with "=" as a formula. Here text
is a text cell whatever it looks like (a formula never), whole numbers are numbers,
booleans booleans, and times dates in UTC with a number format that says so. Each sheet
has a bold, frozen header row with filters and columns as wide as their content (within
bounds). The cells come from ``tables.tables`` (the same rows, consent and names as the
CSV); openpyxl writes them in its write-only mode, a row at a time. openpyxl writes each
sheet through a temporary file of its own (0600, in the system's temporary folder) until
the workbook is saved; a failure ends them, and they go when the process ends.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from veldwerk import wordfile, words, xmltext
from veldwerk.i18n import translate
from veldwerk.reports.tables import Cell, tables
from veldwerk.reports.writing import step, written_whole

SUFFIX = ".xlsx"
TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss "UTC"'
# Excel shows a boolean cell as TRUE or FALSE whatever its format; Calc shows it as a
# number (1, 0) unless the format says the words.
BOOLEAN_FORMAT = '"TRUE";"TRUE";"FALSE"'
WIDEST, NARROWEST = 60, 6  # a column's width in characters
MEASURED = 1000  # rows whose text sizes a column (the rest are like them)


@dataclass(frozen=True)
class Written:
    path: Path
    rows: dict[str, int]  # each sheet's rows, less the header
    left_out: int


def xlsx_path(out: Path) -> Path:
    """The workbook's file: ``out`` with the ``.xlsx`` suffix (added or put in place)."""
    return out if out.suffix.lower() == SUFFIX else out.with_suffix(SUFFIX)


def widths(rows: list[list[Cell]]) -> list[float]:
    """Each column's width in characters: its header's or its widest first line among the
    first rows, within ``NARROWEST`` and ``WIDEST``."""
    out: list[float] = []
    for column, header in enumerate(rows[0]):
        wide = len(str(header)) + 3  # the filter's button sits beside the header
        for row in rows[1:MEASURED]:
            value = row[column]
            if isinstance(value, datetime):
                wide = max(wide, 24)
            elif value is not None:
                wide = max(wide, len(str(value).split("\n", 1)[0]) + 2)
        out.append(float(min(max(wide, NARROWEST), WIDEST)))
    return out


def write_xlsx(session: Session, out: Path, progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> Written:
    """Every table as a sheet of ``out`` (``.xlsx``), written under a temporary name and
    renamed: an error, a cancel or a full disk leaves no half-written workbook."""
    from openpyxl import Workbook  # deferred: heavy (openpyxl)
    from openpyxl.cell import WriteOnlyCell  # deferred: heavy (openpyxl)
    from openpyxl.styles import Font  # deferred: heavy (openpyxl)
    from openpyxl.utils import get_column_letter  # deferred: heavy (openpyxl)

    found = tables(session, cancelled=cancelled)
    step(progress, cancelled, 0, len(found) + 1)  # the last chance to cancel: the rest is quick
    out = xlsx_path(out)
    with written_whole(out) as temporary:
        book = Workbook(write_only=True)
        _properties(book, session)
        try:
            for number, (name, rows) in enumerate(found.items(), 1):
                _sheet(book.create_sheet(name), rows, WriteOnlyCell, Font(bold=True),
                       get_column_letter)
                step(progress, None, number, len(found) + 1)
            book.save(temporary)
        except BaseException:
            for sheet in book.worksheets:  # ends each sheet's temporary file quietly
                with contextlib.suppress(Exception):
                    sheet.close()
            raise
    return Written(out, {name: len(rows) - 1 for name, rows in found.items()},
                   len(found["left-out"]) - 1)


def _properties(book: Any, session: Session) -> None:
    """File › Properties as the Word documents have them: the project as title and author
    (never "openpyxl"), a subject, when it was made, the interviews' language."""
    name, language = session.execute(text("SELECT name, language FROM project")).one()
    made = book.properties
    made.title = made.creator = made.lastModifiedBy = xmltext.clean(str(name), one_line=True)
    made.subject = translate("Reports", "Tables for analysis")
    made.description = translate("Reports", "Made with Veldwerk on {date}.").format(
        date=words.date_text(date.today()))
    made.language = wordfile.tag(str(language or "nl"))
    made.created = made.modified = datetime.now(UTC).replace(microsecond=0, tzinfo=None)


def _sheet(sheet: Any, rows: list[list[Cell]], make: type, bold: Any,
           letter: Callable[[int], str]) -> None:
    """One table as a sheet: a bold, frozen header with filters, sized columns."""
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{letter(len(rows[0]))}{len(rows)}"
    for column, width in enumerate(widths(rows), 1):
        sheet.column_dimensions[letter(column)].width = width
    header = []
    for title in rows[0]:
        cell = make(sheet, value=str(title))
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in rows[1:]:
        sheet.append([_cell(make, sheet, value) for value in row])


def _cell(make: type, sheet: Any, value: Cell) -> Any:
    """A typed cell: text stays text as XML holds it (``xmltext``; a leading '=' is no
    formula), a time a UTC date, a boolean shown as TRUE or FALSE."""
    if isinstance(value, str):
        if not value:
            return None
        value = xmltext.clean(value)  # what XML cannot hold (the CSV keeps it)
        if not value.startswith("="):
            return value
        cell = make(sheet, value=value)
        cell.data_type = "s"  # openpyxl takes a text starting with "=" for a formula
        return cell
    if isinstance(value, datetime):
        cell = make(sheet, value=value.replace(tzinfo=None))  # stored and written in UTC
        cell.number_format = TIME_FORMAT
        return cell
    if isinstance(value, bool):
        cell = make(sheet, value=value)
        cell.number_format = BOOLEAN_FORMAT
        return cell
    return value
