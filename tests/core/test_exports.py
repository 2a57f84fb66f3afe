"""Analysis outputs: tidy CSV tables that honour consent (a withdrawn or refusing person is
in none of them, also when another laptop used the same code), never hold identifying
details, read back with the csv module, and leave nothing half-written."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.components import fill_disk, tiny_filesystem
from tests.helpers import merging
from tests.helpers import team as teams
from tests.realapp import veldwerk
from veldwerk import projects
from veldwerk.consent import withdrawal
from veldwerk.consent.use import QUOTES, Consents
from veldwerk.domain import Participant
from veldwerk.errors import Cancelled, VeldwerkError
from veldwerk.paths import device
from veldwerk.reports import tables


def _read(folder: Path) -> dict[str, list[dict[str, str]]]:
    out = {}
    for path in sorted(folder.glob("*.csv")):
        raw = path.read_bytes()
        assert raw.startswith("\ufeff".encode()), f"{path.name} starts with a BOM"
        with open(path, encoding="utf-8-sig", newline="") as handle:
            out[path.stem] = list(csv.DictReader(handle))
    return out


def test_the_demo_exports_tidy_tables_that_honour_consent(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert veldwerk(data, "demo").returncode == 0
    done = veldwerk(data, "export", "csv", "--out", str(tmp_path / "csv"), "--json")
    assert done.returncode == 0, done.stderr
    assert "left out for want of consent" in done.stderr
    files = [json.loads(line) for line in done.stdout.splitlines()]
    assert sorted(Path(f["file"]).stem for f in files) == [
        "answers", "consent", "interviews", "left-out", "markers", "notes", "participants",
        "segments"]
    found = _read(tmp_path / "csv")
    assert {f["rows"] for f in files if f["file"].endswith("interviews.csv")} == {
        len(found["interviews"])}
    entry = projects.list_projects(data)[0]
    with projects.open_project(entry.folder, device(data), write=False) as project, \
            project.session() as s:
        consents = Consents(s)
        names = [n for (n,) in s.execute(text(
            "SELECT name FROM participant_identity WHERE name != ''"))]
        withdrawn = dict(s.execute(text(
            "SELECT p.id, p.code FROM participant p JOIN withdrawal w ON "
            "w.participant_id = p.id")).all())
        refusing = {p: c for p, c in s.execute(text("SELECT id, code FROM participant"))
                    if not consents.allows(p, QUOTES)}
        total = s.execute(text("SELECT count(*) FROM interview WHERE deleted_at IS NULL")
                          ).scalar()
    assert withdrawn and names and refusing, "the demo has all three"
    everything = "\n".join((tmp_path / "csv" / f"{n}.csv").read_text("utf-8-sig")
                           for n in found if n != "left-out")
    for name in names:
        assert name not in everything, "identifying details never go out"
    for person, code in refusing.items():
        assert person not in everything and code not in everything, code
    left = {row["id"] for row in found["left-out"]}
    assert set(refusing) <= left and set(withdrawn) <= left
    assert len(found["interviews"]) + sum(
        1 for r in found["left-out"] if r["kind"] == "interview") == total
    ids = [r["id"] for r in found["interviews"]]
    assert len(ids) == len(set(ids))
    assert all(r["starts_at"].endswith("Z") for r in found["interviews"] if r["starts_at"])
    notes_of = {r["interview_id"] for r in found["notes"]} | {
        r["interview_id"] for r in found["answers"]}
    assert notes_of <= set(ids), "no note of an interview that was left out"
    scales = [r for r in found["answers"] if r["answer_type"] == "scale"]
    assert scales and all(r["answer"] in {"1", "2", "3", "4", "5", ""} for r in scales)
    assert {r["answer"] for r in found["answers"] if r["answer_type"] == "yes_no"} <= {
        "true", "false", ""}
    assert {r["code"] for r in found["consent"]} == {r["code"] for r in found["participants"]}
    qdpx = veldwerk(data, "export", "qdpx", "--out", str(tmp_path / "qda" / "demo"), "--json")
    assert qdpx.returncode == 0, qdpx.stderr
    said = json.loads(qdpx.stdout)
    assert said["file"].endswith("demo.qdpx") and said["sources"] == len(found["interviews"])
    assert "Not in the format" in qdpx.stderr
    with open(said["left_out_file"], encoding="utf-8-sig", newline="") as handle:
        assert {r["id"] for r in csv.DictReader(handle)} >= set(withdrawn)


def test_a_withdrawal_takes_out_that_person_not_another_with_the_same_code(
        tmp_path: Path) -> None:
    boss, (anna, bram) = teams.team(tmp_path)
    people = {}
    for laptop in (anna, bram):
        with laptop.open() as project:
            teams.field_work(project, f"Gesprek van {laptop.me.name}")
            with project.session() as s:
                people[laptop.me.id] = s.execute(text("SELECT id FROM participant")).scalar()
            # Both laptops (an old one, a typed code) call their person ELS-007.
            project.run(lambda s: s.get(Participant, s.execute(text(
                "SELECT id FROM participant")).scalar()).__setattr__("code", "ELS-007"))
            _consent_all(project)
    with anna.open() as project:
        withdrawal.stop_use(project, "ELS-007", "wil niet meer", "Anna")
    with boss.open() as project:
        merging.trust(project, anna, bram)
        inbox_files = merging.bundles_of(anna, tmp_path / "in") + merging.bundles_of(
            bram, tmp_path / "in")
        from veldwerk.merge import inbox

        inbox.import_files(project, boss.keys, inbox_files)
        with project.session() as s:
            assert len(s.exec(__import__("sqlmodel").select(Participant)).all()) == 2
            written = tables.write_csv(s, tmp_path / "csv")
    assert [p.name for p in written][-1] == "left-out.csv"
    found = _read(tmp_path / "csv")
    kept = {r["id"] for r in found["participants"]}
    assert kept == {people[bram.me.id]}, "Bram's ELS-007 stays, Anna's withdrew"
    assert [r["title"] for r in found["interviews"]] == [f"Gesprek van {bram.me.name}"]
    assert people[anna.me.id] in {r["id"] for r in found["left-out"]}


def _consent_all(project) -> None:  # type: ignore[no-untyped-def]
    """Everyone in the project agrees to everything (a signed paper form)."""
    from datetime import UTC, datetime

    from veldwerk.consent import records, templates
    from veldwerk.projects import the_project

    def work(s):  # type: ignore[no-untyped-def]
        row = the_project(s)
        form = templates.current(s, row.id, "nl")
        keys = [scope["key"] for scope in json.loads(form.scopes)]
        member = s.execute(text("SELECT id FROM team_member")).scalar()
        for (person,) in s.execute(text("SELECT id FROM participant")).all():
            records.take(s, project.media, records.ConsentDraft(
                participant_id=person, template_id=form.id, answers=dict.fromkeys(keys, True),
                method="paper", interviewer_id=member,
                given_at=datetime(2026, 10, 1, tzinfo=UTC)))
    project.run(work)


def test_a_full_disk_or_a_cancel_leaves_no_half_written_table(tmp_path: Path,
                                                              project) -> None:  # type: ignore[no-untyped-def]
    with project.session() as s:
        with pytest.raises(Cancelled):
            tables.write_csv(s, tmp_path / "cancelled", cancelled=lambda: True)
        assert not list((tmp_path / "cancelled").glob("*"))
        with tiny_filesystem(tmp_path / "small", 64) as disk:
            fill_disk(disk)
            with pytest.raises(VeldwerkError, match="could not be written") as caught:
                tables.write_csv(s, disk / "csv")
            assert "nothing half-written" in str(caught.value)
            assert [p.name for p in (disk / "csv").iterdir()] == []


def test_a_group_conversation_kept_after_an_erasure_is_not_used(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert veldwerk(data, "demo").returncode == 0
    entry = projects.list_projects(data)[0]
    with projects.open_project(entry.folder, device(data), write=False) as project, \
            project.session() as s:
        group, title = s.execute(text(
            "SELECT i.id, i.title FROM interview i WHERE i.kind = 'focus_group' AND NOT EXISTS "
            "(SELECT 1 FROM interview_participant l JOIN withdrawal w ON "
            "w.participant_id = l.participant_id WHERE l.interview_id = i.id) AND NOT EXISTS "
            "(SELECT 1 FROM interview_participant l WHERE l.interview_id = i.id AND NOT EXISTS "
            "(SELECT 1 FROM consent_record c WHERE c.participant_id = l.participant_id))")).first()
        first, second = s.execute(text(
            "SELECT p.code FROM participant p JOIN interview_participant l ON "
            "l.participant_id = p.id WHERE l.interview_id = :i ORDER BY p.code LIMIT 2"),
            {"i": group}).scalars().all()
    before = veldwerk(data, "export", "csv", "--out", str(tmp_path / "before"))
    assert before.returncode == 0
    assert title in [r["title"] for r in _read(tmp_path / "before")["interviews"]]
    erased = veldwerk(data, "withdraw", first, "--erase", "--reason", "wil niet meer")
    assert erased.returncode == 0, erased.stderr
    assert veldwerk(data, "export", "csv", "--out", str(tmp_path / "after")).returncode == 0
    found = _read(tmp_path / "after")
    assert title not in [r["title"] for r in found["interviews"]]
    (left,) = [r for r in found["left-out"] if r["id"] == group]
    assert "erased" in left["reason"]
    assert second in {r["code"] for r in found["participants"]}, "the others stay in"
    assert first not in (tmp_path / "after" / "participants.csv").read_text("utf-8-sig")


def test_word_documents_per_interview_and_the_report(tmp_path: Path) -> None:
    import shutil

    from docx import Document

    from tests.components import missing
    from veldwerk import office

    data = tmp_path / "data"
    assert veldwerk(data, "demo").returncode == 0
    entry = projects.list_projects(data)[0]
    with projects.open_project(entry.folder, device(data), write=False) as project, \
            project.session() as s:
        one, title = s.execute(text(
            "SELECT i.id, i.title FROM interview i JOIN interview_participant l ON "
            "l.interview_id = i.id JOIN participant p ON p.id = l.participant_id "
            "WHERE p.code = 'ELS-001' AND i.kind = 'interview'")).one()
        note = s.execute(text("SELECT text FROM note WHERE interview_id = :i AND text != '' "
                              "LIMIT 1"), {"i": one}).scalar()
        names = [n for (n,) in s.execute(text(
            "SELECT name FROM participant_identity WHERE name != ''"))]
        withdrawn = s.execute(text("SELECT i.title FROM interview i JOIN interview_participant "
                                   "l ON l.interview_id = i.id JOIN withdrawal w ON "
                                   "w.participant_id = l.participant_id")).scalars().all()
    done = veldwerk(data, "--lang", "nl", "export", "docx", "--out", str(tmp_path / "word"),
                    "--interview", one)
    assert done.returncode == 0, done.stderr
    (path,) = [Path(line) for line in done.stdout.splitlines()]
    document = Document(str(path))
    body = "\n".join(p.text for p in document.paragraphs)
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert title in body and note in body and "ELS-001" in cells
    assert "Deelnemers" in cells, "labels in the chosen language"
    assert "citaten" in body, "the consent it rests on"
    every = veldwerk(data, "export", "docx", "--out", str(tmp_path / "all"))
    assert every.returncode == 0 and "Left out for want of consent" in every.stderr
    made = [Path(line) for line in every.stdout.splitlines()]
    assert len({p.name for p in made}) == len(made), "one file per interview"
    report = veldwerk(data, "export", "report", "--out", str(tmp_path / "report.docx"))
    assert report.returncode == 0, report.stderr
    document = Document(str(tmp_path / "report.docx"))
    text_ = "\n".join(p.text for p in document.paragraphs) + "\n".join(
        c.text for t in document.tables for r in t.rows for c in r.cells)
    assert title in text_ and note in text_
    assert len(document.inline_shapes) == 5, "the dashboard's five charts"
    assert all(name not in text_ for name in names), "never a name"
    assert all(t not in [p.text for p in document.paragraphs if p.style.name.startswith(
        "Heading")] for t in withdrawn), "no chapter of a withdrawn person's interview"
    wrong = veldwerk(data, "export", "docx", "--out", str(tmp_path / "x"), "--interview", "nope")
    assert wrong.returncode == 2 and "no interview nope" in wrong.stderr
    if office.libreoffice() is None or shutil.which("pdftoppm") is None:
        missing("LibreOffice and poppler-utils", "soffice or pdftoppm not found (Debian: "
                "libreoffice-writer-nogui poppler-utils)")
    pdf = office.to_pdf(tmp_path / "report.docx", tmp_path)
    pages = subprocess_pages(pdf)
    assert pages > 5, "a chapter per interview"


def subprocess_pages(pdf: Path) -> int:
    import subprocess

    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(next(line.split()[-1] for line in info.stdout.splitlines()
                    if line.startswith("Pages:")))


def test_the_archive_package_is_a_valid_bag_of_what_may_be_archived(tmp_path: Path) -> None:
    import zipfile

    import bagit

    data = tmp_path / "data"
    assert veldwerk(data, "demo").returncode == 0
    entry = projects.list_projects(data)[0]
    with projects.open_project(entry.folder, device(data), write=False) as project, \
            project.session() as s:
        consents = Consents(s)
        refusing = {p: c for p, c in s.execute(text("SELECT id, code FROM participant"))
                    if not consents.allows(p, "archive")}
        names = [n for (n,) in s.execute(text(
            "SELECT name FROM participant_identity WHERE name != ''"))]
    assert refusing, "the demo has someone who did not agree to archiving"
    done = veldwerk(data, "export", "archive", "--out", str(tmp_path / "deposit.zip"),
                    "--json", "--licence", "dans", "--rights-holder", "Hogeschool Utrecht",
                    "--access", "REQUEST_PERMISSION", "--contact", "A. de Vries <a@example.nl>")
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(tmp_path / "deposit.zip") as archive:
        archive.extractall(tmp_path / "unpacked")
    bag = bagit.Bag(str(tmp_path / "unpacked" / "deposit"))
    bag.validate()  # every checksum, the Payload-Oxum, the tag manifest
    assert bag.info["Bag-Software-Agent"].startswith("Veldwerk")
    payload = tmp_path / "unpacked" / "deposit" / "data"
    readme = (payload / "README.md").read_text("utf-8")
    assert "## Consent" in readme and "## Left out" in readme
    content = "\n".join(p.read_text("utf-8-sig") for p in payload.rglob("*")
                        if p.is_file() and p.suffix in (".csv", ".txt") and
                        p.name != "left-out.csv")
    for person, code in refusing.items():
        assert person not in content and f",{code}," not in content
    assert all(name not in content for name in names)
    assert list((payload / "texts").glob("*.txt"))


def test_retention_keeps_notes_only_where_the_archive_could_take_them(tmp_path: Path
                                                                      ) -> None:
    from datetime import date

    from veldwerk.consent import retention

    boss, _laptops = teams.team(tmp_path)
    with boss.open() as project:
        first = teams.field_work(project, "Bij Els")
        second = teams.field_work(project, "Bij Henk")
        _consent_all(project)  # both agree to archiving
        with project.session() as s:
            assert retention.outlook(s).interviews_losing_notes == []
            henk = s.execute(text("SELECT p.code FROM participant p JOIN "
                                  "interview_participant ip ON ip.participant_id = p.id "
                                  "WHERE ip.interview_id = :i"), {"i": second}).scalar()
        withdrawal.stop_use(project, henk, "wil niet meer", "Coördinator")
        with project.session() as s:
            assert retention.outlook(s).interviews_losing_notes == [second], (
                "agreed to archiving, then stopped its use: not kept past the date")
        project.run(lambda s: setattr(projects.the_project(s), "retention_date",
                                      date(2028, 12, 31)))
        retention.erase_due(project, date(2029, 1, 2))
        with project.session() as s:
            kept = {i for (i,) in s.execute(text("SELECT interview_id FROM note "
                                                 "WHERE text != ''"))}
    assert kept == {first}


def test_a_spreadsheet_opens_every_table_cell_for_cell(tmp_path: Path) -> None:
    from tests.helpers.spreadsheet import calc, open_in_calc

    calc()
    data = tmp_path / "data"
    assert veldwerk(data, "demo").returncode == 0
    first = veldwerk(data, "export", "csv", "--out", str(tmp_path / "before"))
    assert first.returncode == 0, first.stderr
    interview = _read(tmp_path / "before")["interviews"][0]["id"]
    tricky = ('Mevr. Özkan zei: "Ik woon hier al 40 jaar, en ik blijf."\n'
              "- koffie bij de buren; elke dinsdag\n- café Één 🙂, 12,5 % korting")
    assert veldwerk(data, "note", "set", interview, "--free", tricky).returncode == 0
    done = veldwerk(data, "export", "csv", "--out", str(tmp_path / "csv"))
    assert done.returncode == 0, done.stderr
    files = sorted((tmp_path / "csv").glob("*.csv"))
    sheets = open_in_calc(files, tmp_path / "calc")
    for file in files:
        with open(file, encoding="utf-8-sig", newline="") as handle:
            written = list(csv.reader(handle))
        shown = sheets[file.name]
        assert len(shown) == len(written), file.name
        for row, (ours, theirs) in enumerate(zip(written, shown, strict=True)):
            theirs = theirs + [""] * (len(ours) - len(theirs))
            for column, (value, cell) in enumerate(zip(ours, theirs, strict=True)):
                if isinstance(cell, bool):  # Calc took it as TRUE or FALSE
                    assert value == str(cell).lower(), (file.name, row, column)
                elif isinstance(cell, float):  # Calc took it as a number
                    assert float(value) == cell, (file.name, row, column)
                else:
                    assert cell == value, (file.name, row, column)
    notes_sheet = sheets["notes.csv"]
    assert notes_sheet[0][0] == "id", "the byte-order mark is not part of the first name"
    assert tricky in [row[5] for row in notes_sheet], "one cell, lines and quotes intact"
