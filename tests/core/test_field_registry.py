"""One field, one place: a field declared in ``veldwerk/fields.py`` (and its column, which
the test adds as a migration would) shows in the list, filters it, is printed by
``interviews --json`` and found by its flag, is searched, and goes into the CSV and the
REFI-QDA project, without any other code knowing it exists."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from veldwerk import cli, fields, i18n, interviews, listing, projects
from veldwerk.paths import Device
from veldwerk.reports.qdpx import NS, export_qdpx
from veldwerk.reports.tables import tables
from veldwerk.search import index, words
from veldwerk.search.find import Filters, search

SPOKEN = fields.Field(
    "spoken", "i.spoken", lambda: "Language spoken", search=5, json=True,
    column=fields.Column(lambda: "Language spoken", "i.spoken", 8, 8, "Nederlands"),
    filter=fields.Filter("spoken", "i.spoken = :spoken", "--spoken",
                         lambda: "only interviews held in this language",
                         lambda: "All languages", lambda: "Filter by language", fields.InUse()),
    csv="spoken", about="the language the conversation was held in",
    variable=fields.Variable(lambda: "Language spoken"))


@pytest.fixture
def spoken() -> Iterator[fields.Field]:
    """The registry with one more interview field, for this test only."""
    fields.INTERVIEW.append(SPOKEN)
    try:
        yield SPOKEN
    finally:
        fields.INTERVIEW.remove(SPOKEN)


def _project(data: Path, me: Device) -> tuple[projects.ProjectEntry, str, str]:
    """A project of two interviews, the column added (and the search indexes' triggers
    installed again, as the migration adding a searched column does); one holds a value."""
    entry = projects.create_project(data, me, "Buurtonderzoek")
    with projects.open_project(entry.folder, me) as project:
        def work(s):  # type: ignore[no-untyped-def]
            held = interviews.save(s, entry.id, interviews.InterviewDraft(
                title="Bij meneer Martina", place="Buurthuis"))
            other = interviews.save(s, entry.id, interviews.InterviewDraft(
                title="Rondje markt", kind="observation"))
            s.flush()
            return held.id, other.id

        held, other = project.run(work)
        with project.session() as s:
            s.execute(text("ALTER TABLE interview ADD COLUMN spoken TEXT"))
            index.install(s.connection())
            words.install(s.connection())
            s.execute(text("UPDATE interview SET spoken = 'Papiamentu' WHERE id = :id"),
                      {"id": held})
            s.commit()
    return entry, held, other


def test_a_field_in_the_registry_is_listed_filtered_searched_and_exported(
        spoken: fields.Field, data_dir: Path, me: Device, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    entry, held, other = _project(data_dir, me)
    with projects.open_project(entry.folder, me) as project, project.session() as s:
        rows = {r.id: r for r in listing.page(s, listing.ListQuery(), 0, 10)}
        assert rows[held].spoken == "Papiamentu" and rows[other].spoken == "", "a list column"
        assert "spoken" in listing.sort_columns()
        chosen = listing.ListQuery(spoken="Papiamentu")
        assert [r.id for r in listing.page(s, chosen, 0, 10)] == [held], "a list filter"
        assert listing.count(s, chosen) == 1
        assert listing.filter_choices(s, fields.LIST)["spoken"] == [
            ("Papiamentu", "Papiamentu")], "the filter bars' choices"
        assert [r.id for r in listing.page(s, listing.ListQuery(text="papiam"), 0, 10)] == [
            held], "the list's text filter"

        found = search(s, "papiamentu")
        assert [(h.source, h.interview_id) for h in found] == [("interview", held)]
        assert "Papiamentu" in found[0].snippet, "the hit's text holds the field"
        assert search(s, "markt", Filters(spoken="Papiamentu")) == [], "a search filter"

        csv = tables(s)["interviews"]
        assert csv[0][-1] == "spoken"
        assert {row[0]: row[-1] for row in csv[1:]} == {held: "Papiamentu", other: ""}

        out = export_qdpx(s, project.media, tmp_path / "project.qdpx").path
    root = _qde(out)
    (variable,) = [v for v in root.iter(f"{{{NS}}}Variable") if v.get("name") == "Language spoken"]
    values = {source.get("guid"): [
        value.findtext(f"{{{NS}}}TextValue") for value in source.iter(f"{{{NS}}}VariableValue")
        if value.find(f"{{{NS}}}VariableRef").get("targetGUID") == variable.get("guid")]
        for source in root.iter(f"{{{NS}}}TextSource")}
    assert values == {held: ["Papiamentu"], other: []}, "a REFI-QDA variable of the source"

    try:
        assert cli.main(["--lang", "en", "--data-dir", str(data_dir), "interviews", "--spoken",
                         "Papiamentu", "--json"]) == 0
    finally:
        i18n.set_backend(None)
    printed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(p["id"], p["spoken"]) for p in printed] == [(held, "Papiamentu")], \
        "the command's flag and --json"


def _qde(path: Path):  # type: ignore[no-untyped-def]
    from xml.etree import ElementTree as ET

    with zipfile.ZipFile(path) as archive:
        return ET.fromstring(archive.read("project.qde"))


def test_the_filters_stand_in_their_places() -> None:
    """The filter bars and the flags keep the order people know: where, when, what, how
    far, who (and the search's tags last), whatever order the fields are declared in."""
    assert [f.key for f in fields.filters(fields.LIST)] == [
        "neighbourhood_id", "phase_id", "kind", "status", "interviewer_id"]
    assert [f.key for f in fields.filters(fields.SEARCH)] == [
        "neighbourhood_id", "phase_id", "kind", "interviewer_id", "tag"]
