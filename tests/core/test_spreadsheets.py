"""The spreadsheet export as Excel and Calc take it: ``export xlsx`` read back with openpyxl
(a sheet per CSV table, every column's cells typed, a bold frozen header with filters),
then opened by LibreOffice Calc and read back cell for cell: the title "0012", the place
"3/4" and the note "=1+1" stay text, numbers numbers. Team members appear by role and
number in every table unless they agreed to be named; the app's list keeps names.

One project and one Calc run serve the module (LibreOffice takes seconds to start)."""

from __future__ import annotations

import contextlib
import csv
import io
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from veldwerk import cli, demo, i18n, listing, projects
from veldwerk.paths import device
from veldwerk.reports import charts, dashboard
from veldwerk.reports.tables import cell_text

TABLES = ["interviews", "participants", "notes", "answers", "markers", "segments", "consent",
          "left-out"]
UNNAMED = ("Riet Smit", "Henk Visser", "Sanne Bakker", "Youssef El Amrani")  # the demo's
NAMED = "Lotte Jansen"


@dataclass
class Exported:
    data: Path
    interview: str  # the one titled "0012"
    csv: dict[str, list[list[str]]]
    xlsx: Path
    said: dict[str, Any]
    calc: Path  # the workbook as Calc saved it


def _run(data: Path, *args: str) -> str:
    """A command as typed, run in this process (a start of its own costs a second)."""
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(["--lang", "en", "--data-dir", str(data), *args])
    finally:
        i18n.set_backend(None)
    assert code == 0, err.getvalue()
    return out.getvalue()


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Exported:
    from tests.helpers.spreadsheet import calc
    from veldwerk import office

    calc()
    root = tmp_path_factory.mktemp("spreadsheets")
    data = root / "data"
    demo.create_demo(data, device(data))
    interview = _run(data, "interview", "new", "--kind", "observation", "--title", "0012",
                     "--place", "3/4", "--starts", "2026-10-01T14:30", "--status", "done",
                     "--interviewer", "Riet Smit", "--interviewer", NAMED).strip()
    _run(data, "note", "set", interview, "--free", "=1+1")
    _run(data, "team", "named", NAMED, "yes")
    _run(data, "export", "csv", "--out", str(root / "csv"))
    said = json.loads(_run(data, "export", "xlsx", "--out", str(root / "tabellen"), "--json"))
    tables = {}
    for name in TABLES:
        with open(root / "csv" / f"{name}.csv", encoding="utf-8-sig", newline="") as handle:
            tables[name] = list(csv.reader(handle))
    xlsx = Path(said["file"])
    done = office.convert([xlsx], root / "calc", "xlsx", timeout=300)
    assert (root / "calc" / xlsx.name).is_file(), done.stderr[-300:]
    return Exported(data, interview, tables, xlsx, said, root / "calc" / xlsx.name)


def _rows(path: Path, name: str) -> list[list[Any]]:
    from openpyxl import load_workbook

    book = load_workbook(path, data_only=True)  # Calc's booleans are TRUE() with a value
    return [[cell.value for cell in row] for row in book[name].iter_rows()]


def _same(ours: str, theirs: Any) -> bool:
    """A CSV cell and a spreadsheet cell hold the same value (a time to the millisecond:
    a spreadsheet keeps a day's fraction)."""
    if isinstance(theirs, datetime):
        written = datetime.fromisoformat(ours.replace("Z", "+00:00")).replace(tzinfo=None)
        return abs(written - theirs) < timedelta(milliseconds=1)
    return cell_text(theirs) == ours


def test_export_xlsx_has_a_typed_sheet_per_table(exported: Exported) -> None:
    from openpyxl import load_workbook

    assert exported.xlsx.name == "tabellen.xlsx", "the suffix is added"
    assert exported.said["sheets"] == {n: len(rows) - 1 for n, rows in exported.csv.items()}
    book = load_workbook(exported.xlsx)
    assert book.sheetnames == TABLES
    made = book.properties  # File › Properties, as the Word documents have them
    assert made.creator == made.title == made.lastModifiedBy != "openpyxl"
    assert made.title and made.subject and made.description and made.language
    for name in TABLES:
        sheet = book[name]
        rows = [list(row) for row in sheet.iter_rows()]
        assert [c.value for c in rows[0]] == exported.csv[name][0], name
        assert all(c.font.b for c in rows[0]), f"{name}: a bold header"
        assert sheet.freeze_panes == "A2", name
        assert sheet.auto_filter.ref == f"A1:{rows[0][-1].column_letter}{len(rows)}", name
        widths = [sheet.column_dimensions[c.column_letter].width for c in rows[0]]
        assert all(6 <= w <= 60 for w in widths), (name, widths)
        for number, (ours, theirs) in enumerate(zip(exported.csv[name], rows, strict=True)):
            for value, cell in zip(ours, theirs, strict=True):
                assert _same(value, cell.value), (name, number, value, cell.value)
                assert cell.data_type != "f", "no cell is a formula"

    def column(name: str, header: str) -> list[Any]:
        rows = list(book[name].iter_rows(values_only=True))
        at = rows[0].index(header)
        return [row[at] for row in rows[1:] if row[at] is not None]

    def types(name: str, header: str) -> set[type]:
        return {type(value) for value in column(name, header)}

    assert "0012" in column("interviews", "title") and "3/4" in column("interviews", "place")
    assert "=1+1" in column("notes", "text")
    for table, header in (("interviews", "id"), ("interviews", "title"),
                          ("participants", "code"), ("participants", "age_band")):
        assert types(table, header) == {str}, (table, header)
    for table, header in (("interviews", "recordings"), ("interviews", "guide_version"),
                          ("notes", "position"), ("consent", "form_version")):
        assert types(table, header) == {int}, (table, header)
    for table, header in (("interviews", "starts_at"), ("notes", "updated_at"),
                          ("consent", "given_at")):
        assert types(table, header) == {datetime}, (table, header)
    assert all(c.number_format.endswith('"UTC"') for c in book["notes"]["G"][1:])
    assert types("consent", "quotes") == {bool}
    assert {c.number_format for c in book["consent"]["D"][1:]} == {'"TRUE";"TRUE";"FALSE"'}, \
        "Calc shows the words, not 1 and 0"
    answers = list(book["answers"].iter_rows(values_only=True))[1:]
    assert {type(a[5]) for a in answers if a[4] == "scale" and a[5] is not None} == {int}
    assert {type(a[5]) for a in answers if a[4] == "yes_no" and a[5] is not None} == {bool}


def test_calc_opens_the_spreadsheet_cell_for_cell(exported: Exported) -> None:
    for name in TABLES:
        shown = _rows(exported.calc, name)
        assert len(shown) == len(exported.csv[name]), name
        for number, (ours, theirs) in enumerate(zip(exported.csv[name], shown, strict=True)):
            theirs = theirs + [None] * (len(ours) - len(theirs))
            for value, cell in zip(ours, theirs, strict=True):
                if value in ("true", "false") and not isinstance(cell, bool):
                    cell = {0: False, 1: True}.get(cell, cell)  # Calc saves FALSE() as 0
                assert _same(value, cell), (name, number, value, cell)
    from openpyxl import load_workbook

    kept = load_workbook(exported.calc)["consent"]
    assert {c.value for c in kept["D"][1:]} <= {"=TRUE()", "=FALSE()"}, "Calc took booleans"
    assert {c.number_format for c in kept["D"][1:]} == {'"TRUE";"TRUE";"FALSE"'}
    (row,) = [r for r in _rows(exported.calc, "interviews") if r[0] == exported.interview]
    assert (row[2], row[4]) == ("0012", "3/4"), "a code and a fraction stay text"
    assert isinstance(row[3], datetime), "a time stays a date"
    assert "=1+1" in [r[5] for r in _rows(exported.calc, "notes")], "text, not a formula"
    assert {type(r[-1]) for r in _rows(exported.calc, "interviews")[1:]} == {int}


def test_team_members_go_out_by_role_and_number_unless_named(exported: Exported) -> None:
    from openpyxl import load_workbook

    header, *rows = exported.csv["interviews"]
    at = header.index("interviewers")
    (ours,) = [r for r in rows if r[0] == exported.interview]
    assert ours[at] == f"{NAMED};Co-researcher 2", "Riet joined as the second co-researcher"
    assert {"Student 1", "Co-researcher 1"} <= {n for r in rows for n in r[at].split(";")}
    book = load_workbook(exported.xlsx, read_only=True)
    everything = [str(v) for sheet in book for row in sheet.iter_rows(values_only=True)
                  for v in row] + [v for table in exported.csv.values() for r in table
                                   for v in r]
    assert not [v for v in everything for name in UNNAMED if name in v]
    assert any(NAMED in v for v in everything), "she agreed"

    entry = projects.list_projects(exported.data)[0]
    with projects.open_project(entry.folder, device(exported.data), write=False) as project, \
            project.session() as s:
        (listed,) = [r for r in listing.page(s, listing.ListQuery(), 0, 500)
                     if r.id == exported.interview]
        figures = dashboard.figures(s)
    assert listed.interviewers == f"{NAMED}, Riet Smit", "the app's list keeps names"
    assert "Riet Smit" in dict(figures.by_interviewer), "and so does its dashboard"
    (picture,) = [c for c in charts.charts(figures) if c.name == "by-interviewer"]
    drawn = dict(picture.counts)
    assert not set(drawn) & set(UNNAMED) and NAMED in drawn
    assert drawn["Co-researcher 2"] == dict(figures.by_interviewer)["Riet Smit"]

    said = _run(exported.data, "team", "list")
    assert "Riet Smit  (co-researcher; in outputs: Co-researcher 2)" in said
    assert f"{NAMED}  (student; in outputs: {NAMED})" in said
    _run(exported.data, "team", "add", "Bram Smit", "--role", "co_researcher", "--named")
    _run(exported.data, "team", "named", NAMED, "no")
    listed_json = {m["name"]: m for m in map(json.loads, _run(
        exported.data, "team", "list", "--json").splitlines())}
    assert (listed_json["Bram Smit"]["named"], listed_json["Bram Smit"]["in_outputs"]) == (
        True, "Bram Smit")
    assert listed_json[NAMED]["named"] is False
    assert listed_json[NAMED]["in_outputs"].startswith("Student ")
