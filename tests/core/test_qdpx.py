"""REFI-QDA (.qdpx): a project.qde valid against the published schema, every internal
path in the archive, unique GUIDs taken from the records, the same file again apart from
its time, topic codes that keep their GUID across guide versions, positions in code
points, audio with its markers, and nobody who did not allow it. Read as a QDA tool reads
it (QualCoder: codings only inside selections, a variable used on a case is a case
attribute only), nothing is lost; team members are users by role and number."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from sqlalchemy import text

from tests.components import refi_qda_schema
from tests.realapp import veldwerk
from veldwerk import guides, i18n, interviews, notes, people, projects
from veldwerk.audio import markers
from veldwerk.audio.importing import import_file
from veldwerk.audio.processing import compress
from veldwerk.domain import TeamMember
from veldwerk.domain.base import loads_list
from veldwerk.errors import Cancelled
from veldwerk.paths import device
from veldwerk.reports.qdpx import NS, export_qdpx

Q = f"{{{NS}}}"


def _opus(folder: Path, seconds: int) -> Path:
    """A real Opus file, made by the bundled ffmpeg."""
    import imageio_ffmpeg

    out = folder / "take.ogg"
    subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-v", "error", "-y", "-f", "lavfi", "-i",
                    f"sine=frequency=440:duration={seconds}", "-c:a", "libopus", str(out)],
                   check=True)
    return out


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """The demo project, with a recording imported (and compressed) as the app does on an
    interview everyone in it allowed audio, a moment without a topic and one with, and a
    note with accents and an emoji; made once, closed, and copied for every test."""
    folder = tmp_path_factory.mktemp("made")
    data = folder / "data"
    assert veldwerk(data, "demo").returncode == 0
    entry = projects.list_projects(data)[0]
    project = projects.open_project(entry.folder, device(data))
    with project.session() as s:
        interview, guide = s.execute(text(
            "SELECT i.id, i.guide_id FROM interview i JOIN interview_participant l "
            "ON l.interview_id = i.id JOIN participant p ON p.id = l.participant_id "
            "WHERE p.code = 'ELS-001' AND i.kind = 'interview'")).one()
        topic = guides.topics(s, guide)[1].id
    take = import_file(project, interview, _opus(folder, 3)).recording.id
    compress(project, take)

    def work(s):  # type: ignore[no-untyped-def]
        markers.add(s, take, 500, "Over de trap")
        markers.add(s, take, 2000, "Buren", topic)
        notes.save_note(s, interview, None, "Café 🙂 naïef — ‘quote’")
    project.run(work)
    project.close(make_backup=False)
    return data, interview, take


@pytest.fixture
def demo(made: tuple[Path, str, str], tmp_path: Path):  # type: ignore[no-untyped-def]
    """A copy of the made project of its own, open."""
    made_data, interview, take = made
    data = tmp_path / "data"
    shutil.copytree(made_data, data)
    project = projects.open_project(projects.list_projects(data)[0].folder, device(data))
    yield project, interview, take
    project.close(make_backup=False)


def _open(path: Path) -> tuple[zipfile.ZipFile, ET.Element]:
    archive = zipfile.ZipFile(path)
    return archive, ET.fromstring(archive.read("project.qde"))


def test_the_export_is_valid_complete_and_honours_consent(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import xmlschema

    project, interview, take = demo
    with project.session() as s:
        done = export_qdpx(s, project.media, tmp_path / "out" / "project.qdpx")
        withdrawn = s.execute(text("SELECT p.id, p.code FROM participant p JOIN withdrawal w "
                                   "ON w.participant_id = p.id")).one()
    archive, root = _open(done.path)
    xmlschema.XMLSchema(str(refi_qda_schema())).validate(archive.read("project.qde").decode())
    names = set(archive.namelist())
    paths = [e.get(a) for e in root.iter() for a in ("plainTextPath", "path") if e.get(a)]
    assert paths and all(p.startswith("internal://") for p in paths)
    assert {"sources/" + p.removeprefix("internal://") for p in paths} <= names
    guids = [e.get("guid") for e in root.iter() if e.get("guid")]
    assert len(guids) == len(set(guids)), "every GUID once"
    assert interview in guids and take in guids
    assert done.sources == len(root.findall(f"{Q}Sources/{Q}TextSource")) > 0
    (audio,) = root.findall(f"{Q}Sources/{Q}AudioSource")
    assert [(a.get("begin"), a.get("end")) for a in audio.findall(f"{Q}AudioSelection")] == [
        ("500", "2000"), ("2000", "3000")], "a marker lasts until the next one, or the end"
    assert archive.read(f"sources/{take}.ogg")[:4] == b"OggS"
    person, code = withdrawn
    document = archive.read("project.qde").decode()
    assert person not in document and f'name="{code}"' not in document
    assert person in {o.id for o in done.left_out}
    assert done.cannot_carry and not list((tmp_path / "out").glob(".*"))


@dataclass
class Kept:
    """What a QDA tool keeps that reads a project as QualCoder's importer does: codings
    only inside selections (a Coding on a whole source is not read), a variable that any
    case uses becomes a case attribute (its values on sources are lost), variables'
    names are unique, a source is named as its file."""

    codes: dict[str, str]  # GUID → name, of the codes that can be coded
    texts: set[tuple[str, str, int, int]]  # source, code name, start, end
    moments: list[tuple[str, str, str]]  # source, code name, memo (the Description)
    on_cases: dict[tuple[str, str], str]  # (case name, variable name) → value
    on_sources: dict[tuple[str, str], str]  # (source GUID, variable name) → value
    sources: dict[str, str]  # GUID → name
    users: list[str]
    made_by: dict[str, set[str]]  # source GUID → the names of who created it and its parts


def _as_a_qda_tool_reads(root: ET.Element) -> Kept:
    codes = {c.get("guid"): c.get("name") for c in root.iter(f"{Q}Code")
             if c.get("isCodable") != "false"}
    variables = {v.get("guid"): v.get("name") for v in root.iter(f"{Q}Variable")}
    assert len(set(variables.values())) == len(variables), "a second name is refused"
    of_cases = {r.get("targetGUID") for c in root.iter(f"{Q}Case")
                for r in c.iter(f"{Q}VariableRef")}

    def values(holder: ET.Element) -> dict[str, str]:
        return {v.find(f"{Q}VariableRef").get("targetGUID"): v.find(f"{Q}TextValue").text
                for v in holder.findall(f"{Q}VariableValue")}
    users = {u.get("guid"): u.get("name") for u in root.iter(f"{Q}User")}
    kept = Kept(codes, set(), [], {}, {}, {}, list(users.values()), {})
    for case in root.iter(f"{Q}Case"):
        for guid, value in values(case).items():
            kept.on_cases[case.get("name"), variables[guid]] = value
    for source in root.find(f"{Q}Sources"):
        kept.sources[source.get("guid")] = source.get("name")
        kept.made_by[source.get("guid")] = {
            users.get(e.get("creatingUser"), f"undeclared {e.get('creatingUser')}")
            for e in source.iter() if e.tag.removeprefix(Q) in {
                "TextSource", "PlainTextSelection", "AudioSource", "AudioSelection", "Coding"}}
        for guid, value in values(source).items():
            if guid not in of_cases:
                kept.on_sources[source.get("guid"), variables[guid]] = value
        for selection in source.findall(f"{Q}PlainTextSelection"):
            for ref in selection.findall(f"{Q}Coding/{Q}CodeRef"):
                kept.texts.add((source.get("guid"), codes[ref.get("targetGUID")],
                                int(selection.get("startPosition")),
                                int(selection.get("endPosition"))))
        for selection in source.findall(f"{Q}AudioSelection"):
            memo = selection.findtext(f"{Q}Description") or ""
            for ref in selection.findall(f"{Q}Coding/{Q}CodeRef"):
                kept.moments.append((source.get("guid"), codes[ref.get("targetGUID")], memo))
    return kept


def test_a_qda_tool_that_reads_codings_only_in_selections_loses_nothing(
        demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Tags, moments, both neighbourhoods, audio names with extensions, the first take as
    1, and team members by role and number unless named: in Dutch, as the demo's
    coordinator would export it."""
    import xmlschema
    from sqlmodel import select

    project, interview, take = demo

    def agree(s):  # type: ignore[no-untyped-def]
        member = s.exec(select(TeamMember).where(TeamMember.name == "Sanne Bakker")).one()
        member.named = True
        s.add(member)
    project.run(agree)
    i18n.use_catalogue("nl")
    try:
        with project.session() as s:
            done = export_qdpx(s, project.media, tmp_path / "nl.qdpx")
            tags = dict(s.execute(text("SELECT id, tags FROM interview")).all())
            topic = s.execute(text("SELECT t.title FROM marker m JOIN topic t "
                                   "ON t.id = m.topic_id")).scalar()
            shown = people.shown_names(s)
            first = shown[s.execute(text(
                "SELECT member_id FROM interview_interviewer WHERE interview_id = :i "
                "ORDER BY created_at, member_id"), {"i": interview}).first()[0]]
    finally:
        i18n.use_catalogue("en")
    archive, root = _open(done.path)
    xmlschema.XMLSchema(str(refi_qda_schema())).validate(archive.read("project.qde").decode())
    kept = _as_a_qda_tool_reads(root)
    texts = {g: archive.read(f"sources/{g}.txt").decode("utf-8")
             for g in (e.get("guid") for e in root.iter(f"{Q}TextSource"))}
    expected = {(g, tag, 0, len(content)) for g, content in texts.items()
                for tag in loads_list(tags[g])}
    assert len(expected) > 30 and expected <= kept.texts, "every tag, on the whole text"
    assert all(content.strip() for content in texts.values()), "no empty text to code"
    on_source = {(s.get("guid"), r.get("targetGUID")) for s in root.iter(f"{Q}TextSource")
                 for r in s.findall(f"{Q}Coding/{Q}CodeRef")}
    assert {(g, kept.codes[c], 0, len(texts[g])) for g, c in on_source} == expected, (
        "the codings on the whole source stay, for the tools that read those")

    (audio,) = root.iter(f"{Q}AudioSource")
    assert sorted(kept.moments) == sorted([(take, "Moment", "Over de trap"),
                                           (take, topic, "Buren")]), "every moment coded"
    assert len(kept.moments) == len(list(root.iter(f"{Q}AudioSelection")))
    assert kept.sources[take] == f"{kept.sources[interview]} – Opname 1.ogg"

    written = [(s.get("guid"), v) for s in root.find(f"{Q}Sources")
               for v in s.findall(f"{Q}VariableValue")]
    assert len(kept.on_sources) == len(written) > 0, "no source's value is lost"
    assert {v for (_c, v) in kept.on_cases} == {"Buurt (deelnemer)", "Leeftijdsgroep"}
    assert (interview, "Buurt (gesprek)") in kept.on_sources
    assert {v for (_g, n), v in kept.on_sources.items() if n == "Soort"} >= {
        "Interview", "Focusgroep"}, "a kind by its name, not its stored word"
    assert (audio.get("guid"), "Buurt (gesprek)") in kept.on_sources

    assert (interview, "Vrije aantekeningen") in {(g, c) for g, c, _s, _e in kept.texts}, (
        "a free note is coded, as a moment is")
    assert kept.made_by[interview] == kept.made_by[take] == {first}, (
        "the interview's sources, selections and codings: by who held it")
    assert all(len(by) == 1 and "undeclared None" not in by
               for by in kept.made_by.values()), "every source by its interviewer"
    assert kept.users == list(shown.values())
    assert set(kept.users) == {"Coördinator 1", "Sanne Bakker", "Student 2", "Student 3",
                               "Co-onderzoeker 1", "Co-onderzoeker 2"}
    document = archive.read("project.qde").decode()
    assert "Youssef" not in document and "Marieke" not in document


def test_positions_are_code_points_and_a_second_export_is_the_same(demo, tmp_path: Path
                                                                   ) -> None:  # type: ignore[no-untyped-def]
    project, interview, _take = demo
    with project.session() as s:
        first = export_qdpx(s, project.media, tmp_path / "a.qdpx")
        second = export_qdpx(s, project.media, tmp_path / "b.qdpx")
        stored = {n.id: n.text for n in s.exec(__import__("sqlmodel").select(
            __import__("veldwerk.domain", fromlist=["Note"]).Note))}
    archive, root = _open(first.path)
    (source,) = [e for e in root.iter(f"{Q}TextSource") if e.get("guid") == interview]
    content = archive.read(f"sources/{interview}.txt").decode("utf-8")
    spans = {s.get("guid"): (int(s.get("startPosition")), int(s.get("endPosition")))
             for s in source.findall(f"{Q}PlainTextSelection")}
    for guid, (start, end) in spans.items():
        if guid in stored:
            assert content[start:end] == stored[guid]
    assert "🙂" in content
    (whole,) = set(spans) - set(stored)
    assert spans[whole] == (0, len(content)), "the tags' selection spans the whole text"

    def without_time(path: Path) -> dict[str, bytes]:
        with zipfile.ZipFile(path) as z:
            out = {n: z.read(n) for n in z.namelist()}
        head, _, rest = out["project.qde"].partition(b'creationDateTime="')
        out["project.qde"] = head + rest.partition(b'"')[2]
        return out
    assert without_time(first.path) == without_time(second.path)


def test_codes_keep_their_guid_across_guide_versions(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    project, _interview, _take = demo
    with project.session() as s:
        guide = guides.current_guides(s)[0]
        old = guides.topics(s, guide.id)
        project_id = s.execute(text("SELECT id FROM project")).scalar()
    drafts = [guides.TopicDraft(t.title, t.question, continues=t.id) for t in old]
    drafts[0] = replace(drafts[0], title="Wonen, anders gezegd")
    newer = project.run(lambda s: guides.save_guide(s, guide.id, guide.name, drafts))
    assert newer.id != guide.id, "interviews use it: a new version"

    def work(s):  # type: ignore[no-untyped-def]
        made = interviews.save(s, project_id, interviews.InterviewDraft(
            title="Op de nieuwe versie", guide_id=newer.id))
        s.flush()
        notes.save_note(s, made.id, guides.topics(s, newer.id)[0].id, "Nieuwe notitie")
        return made.id
    fresh = project.run(work)
    with project.session() as s:
        done = export_qdpx(s, project.media, tmp_path / "v.qdpx")
    _archive, root = _open(done.path)
    codes = {c.get("guid"): c.get("name") for c in root.iter(f"{Q}Code")}
    assert codes[old[0].lineage_id] == "Wonen, anders gezegd", "the newest title names it"
    refs = {}
    for source in root.iter(f"{Q}TextSource"):
        for selection in source.findall(f"{Q}PlainTextSelection"):
            for ref in selection.iter(f"{Q}CodeRef"):
                refs.setdefault(ref.get("targetGUID"), set()).add(source.get("guid"))
    assert fresh in refs[old[0].lineage_id] and len(refs[old[0].lineage_id]) > 1, (
        "notes under both versions carry one code")
    assert all(target in codes for target in refs)


def test_a_cancel_or_an_unwritable_target_leaves_no_file(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from veldwerk.errors import VeldwerkError

    project, _interview, _take = demo
    with project.session() as s:
        with pytest.raises(Cancelled):
            export_qdpx(s, project.media, tmp_path / "c.qdpx", cancelled=lambda: True)
        blocked = tmp_path / "file"
        blocked.write_text("a file where a folder should be")
        with pytest.raises(VeldwerkError, match="could not be written"):
            export_qdpx(s, project.media, blocked / "x.qdpx")
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".qdpx", ".part")) == []


def test_recordings_can_go_as_mp3_for_the_programs_that_cannot_open_opus(
        demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import imageio_ffmpeg
    import xmlschema

    project, _interview, take = demo
    with project.session() as s:
        done = export_qdpx(s, project.media, tmp_path / "mp3.qdpx", audio="mp3")
    archive, root = _open(done.path)
    xmlschema.XMLSchema(str(refi_qda_schema())).validate(archive.read("project.qde").decode())
    (audio,) = root.findall(f"{Q}Sources/{Q}AudioSource")
    assert audio.get("path") == f"internal://{take}.mp3"
    assert audio.get("name").endswith(" – Recording 1.mp3")
    (tmp_path / "take.mp3").write_bytes(archive.read(f"sources/{take}.mp3"))
    decoded = subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-i",
                              str(tmp_path / "take.mp3"), "-f", "null", "-"],
                             capture_output=True, text=True)
    assert decoded.returncode == 0 and "Audio: mp3" in decoded.stderr
    assert "time=00:00:03" in decoded.stderr or "time=00:00:02.9" in decoded.stderr
    assert not any("Opus" in line for line in done.cannot_carry)


def test_guids_and_times_are_what_the_standard_library_makes() -> None:
    """The export's own GUID v5 and time text (written without objects, for speed) are
    ``uuid.uuid5`` and ``utc_text``: GUIDs line up with earlier exports."""
    import uuid
    from datetime import UTC, datetime

    from veldwerk.ids import utc_text
    from veldwerk.reports.qdpx import guid5, when

    for namespace in (str(uuid.uuid4()), "01A24E85-0FC4-7246-BEB0-9815B5CD3CE7"):
        for name in ("tags", "tag:café 🙂", ""):
            assert guid5(namespace, name) == str(uuid.uuid5(uuid.UUID(namespace), name))
    for value in ("2026-12-07 03:21:12.900330", "2026-12-07 03:21:12", "2026-12-07T03:21:12",
                  "2026-12-07 03:21:12+02:00", datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC)):
        assert when(value) == utc_text(value, whole_seconds=True), value


def test_control_characters_people_paste_reach_every_xml_output_as_xml_holds_them(
        demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """A bell, Word's line break (vertical tab) and a form feed in a note and a title: the
    report, the interview documents, the consent form, the .qdpx (valid), the xlsx and the
    deposit's metadata are written and read back, the breaks as breaks; a failure half-way
    through the interview documents leaves none behind."""
    import dataclasses
    from datetime import date

    import docx
    import openpyxl
    import xmlschema
    from lxml import etree

    from veldwerk.consent import documents as consent_documents
    from veldwerk.reports import charts, deposit, documents, word
    from veldwerk.reports.spreadsheet import write_xlsx

    monkeypatch.setattr(charts, "available", lambda: False)  # the text is what is tested

    project, interview, _take = demo
    title, note = "Markt\x0cdag\x07", "regel\x07 een\x0btwee\x0cdrie"

    def paste(s):  # type: ignore[no-untyped-def]
        found = interviews.get(s, interview)
        draft = replace(interviews.draft_of(s, found), title=title)
        interviews.save(s, found.project_id, draft, interview)
        notes.save_note(s, interview, None, note)
    project.run(paste)
    with project.session() as s:
        report = documents.write_report(s, tmp_path / "report.docx").files[0]
        written = documents.write_interviews(s, tmp_path / "docs", [interview]).files
        three = [f.id for f in documents.report.interview_documents(s).interviews][:3]
        qdpx = export_qdpx(s, project.media, tmp_path / "p.qdpx").path
        book = write_xlsx(s, tmp_path / "t.xlsx").path
        record = s.execute(text("SELECT id FROM consent_record LIMIT 1")).scalar()
        form = consent_documents.facts(s, project.media, record)
    paragraphs = [p.text for p in docx.Document(str(report)).paragraphs]
    assert "Markt dag" in paragraphs and "regel een\ntwee drie" in paragraphs
    (mine,) = [p for p in written if p.name.startswith("Markt")]
    assert "regel een\ntwee drie" in [p.text for p in docx.Document(str(mine)).paragraphs]

    archive, root = _open(qdpx)
    xmlschema.XMLSchema(str(refi_qda_schema())).validate(archive.read("project.qde").decode())
    (source,) = [e for e in root.iter(f"{Q}TextSource") if e.get("guid") == interview]
    assert source.get("name") == "Markt dag"
    content = archive.read(f"sources/{interview}.txt").decode()
    (free,) = [e for e in source.iter(f"{Q}PlainTextSelection")
               if content[int(e.get("startPosition")):int(e.get("endPosition"))]
               == "regel een\ntwee drie"]
    assert free is not None

    notes_sheet = openpyxl.load_workbook(book)["notes"]
    assert "regel een\ntwee drie" in [c.value for row in notes_sheet.iter_rows()
                                       for c in row]

    form = dataclasses.replace(form, project=title, name="An\x07na", interviewer=title)
    shown = [p.text for p in docx.Document(
        io.BytesIO(consent_documents.docx_bytes(form))).paragraphs]
    assert "Naam: Anna" in shown or "Name: Anna" in shown
    about = deposit.About(title, note, date(2026, 1, 1), date(2026, 1, 1), "nl", "Nederlands")
    dataset = etree.fromstring(deposit.dataset_xml(about, deposit.Deposit(
        "http://creativecommons.org/licenses/by/4.0", "Buurt\x0bteam", "D60000",
        "OPEN_ACCESS", "a <a@b.nl>")))
    assert dataset.findtext(f"{{{deposit.DC}}}title", namespaces=None) is None
    assert [e.text for e in dataset.iter(f"{{{deposit.DC}}}title")] == ["Markt dag"]

    calls = []

    def breaks(facts, project_name):  # type: ignore[no-untyped-def]
        calls.append(facts.id)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return word.interview(facts, project_name)
    failing = documents.Renderer("Word (.docx)", breaks, word.report)
    documents.RENDERERS[".docx"], kept = failing, documents.RENDERERS[".docx"]
    try:
        with project.session() as s, pytest.raises(OSError):
            documents.write_interviews(s, tmp_path / "half", three)
    finally:
        documents.RENDERERS[".docx"] = kept
    assert len(calls) == 3 and list((tmp_path / "half").iterdir()) == []
