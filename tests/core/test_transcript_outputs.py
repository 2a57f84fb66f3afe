"""Transcripts in every output: the Word document per interview (times and speakers), the
CSV and the spreadsheet's ``segments`` table, the ``.qdpx`` (a Transcript with a SyncPoint
at each segment's start, valid against the REFI-QDA schema) and the archive package (text
per recording, in files.xml and the README). Participants speak by code, team members by
role and number; a conversation whose people did not agree to audio has its transcript in
none of them, though its notes are there."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from docx import Document
from sqlalchemy import text

from tests.components import refi_qda_schema
from tests.conftest import consent_to_audio
from veldwerk import interviews, notes, projects, transcripts
from veldwerk.audio import ffmpeg
from veldwerk.audio.importing import import_file
from veldwerk.audio.processing import compress
from veldwerk.domain import TeamMember
from veldwerk.paths import device
from veldwerk.reports import deposit as deposits
from veldwerk.reports import documents
from veldwerk.reports.archive import write_archive
from veldwerk.reports.qdpx import NS, export_qdpx
from veldwerk.reports.spreadsheet import write_xlsx
from veldwerk.reports.tables import write_csv

Q = f"{{{NS}}}"
HIDDEN = "Geheimzinnig"  # said in the conversation without audio consent


@dataclass
class Made:
    data: Path
    heard: str  # the interview whose people agreed to audio
    take: str  # its recording
    code: str  # its participant's code
    unheard: str  # the interview whose people did not
    unheard_take: str


def _tone(folder: Path, seconds: int) -> Path:
    out = folder / f"tone{seconds}.ogg"
    subprocess.run([ffmpeg.executable(), "-v", "error", "-y", "-f", "lavfi", "-i",
                    f"sine=frequency=330:duration={seconds}", "-c:a", "libopus", str(out)],
                   check=True)
    return out


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    """A project with two transcribed conversations, made once and copied for each test."""
    folder = tmp_path_factory.mktemp("spoken")
    data = folder / "data"
    data.mkdir()
    me = device(data)
    entry = projects.create_project(data, me, "Buurtonderzoek")
    project = projects.open_project(entry.folder, me)
    tone = _tone(folder, 4)

    def interview(title: str) -> str:
        return project.run(lambda s: interviews.save(
            s, entry.id, interviews.InterviewDraft(title=title))).id

    heard, unheard = interview("Op de markt"), interview("Bij de buren")
    (code,) = consent_to_audio(project, heard)
    consent_to_audio(project, unheard)
    member = project.run(lambda s: s.merge(TeamMember(project_id=entry.id,
                                                      name="Sanne Bakker"))).id

    def transcribe(interview_id: str, said: list[tuple[int, int, str, bool]]) -> str:
        take = import_file(project, interview_id, tone).recording.id
        compress(project, take)
        person = project.run(lambda s: s.execute(text(
            "SELECT participant_id FROM interview_participant WHERE interview_id = :i"),
            {"i": interview_id}).scalar())

        def work(s):  # type: ignore[no-untyped-def]
            made = transcripts.begin(s, take, "nl", "faster-whisper tiny")
            for start, end, words, by_member in said:
                transcripts.add_segment(s, made.id, start, end, words,
                                        member_id=member if by_member else None,
                                        participant_id=None if by_member else person)
        project.run(work)
        return take

    take = transcribe(heard, [(0, 1200, "Hoe lang woont u hier al?", True),
                              (1300, 3500, "Sinds negentienzeventig, naast de bakker.", False)])
    unheard_take = transcribe(unheard, [(0, 2000, f"{HIDDEN} verhaal over de buren.", False)])
    consent_to_audio(project, unheard, audio=False)  # the newest consent counts
    project.run(lambda s: notes.save_note(s, unheard, None, "Aantekening zonder geluid"))
    project.run(lambda s: deposits.save(s, deposits.Deposit(
        licence="cc-by-nc", rights_holder="Hogeschool Utrecht", access="REQUEST_PERMISSION",
        contact="Anna de Vries <anna@example.nl>")))
    project.close(make_backup=False)
    return Made(data, heard, take, code, unheard, unheard_take)


@pytest.fixture
def opened(made: Made, tmp_path: Path):  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    shutil.copytree(made.data, data)
    project = projects.open_project(projects.list_projects(data)[0].folder, device(data))
    yield project
    project.close(make_backup=False)


def test_the_word_document_has_the_transcript_with_times_and_speakers(
        made: Made, opened, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with opened.session() as s:
        written = documents.write_interviews(s, tmp_path / "docs")
    assert len(written.files) == 2
    by_text = {}
    for path in written.files:
        paragraphs = [p.text for p in Document(str(path)).paragraphs]
        by_text["\n".join(paragraphs)] = paragraphs
    (heard,) = [p for t, p in by_text.items() if "Op de markt" in t]
    (unheard,) = [p for t, p in by_text.items() if "Bij de buren" in t]
    start = heard.index("Transcript")
    assert "Recordings" in heard and "Moments in the recordings" not in heard, "no moments"
    assert heard[start + 1:start + 4] == [
        "Recording 1", "[00:00] Student 1: Hoe lang woont u hier al?",
        f"[00:01] {made.code}: Sinds negentienzeventig, naast de bakker."]
    assert "Sanne" not in "\n".join(heard), "a team member by role and number"
    assert "Transcript" not in unheard and HIDDEN not in "\n".join(unheard)
    assert "Aantekening zonder geluid" in "\n".join(unheard), "its notes still go"


def test_csv_and_spreadsheet_hold_the_segments(made: Made, opened, tmp_path: Path
                                               ) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    with opened.session() as s:
        write_csv(s, tmp_path / "csv")
        write_xlsx(s, tmp_path / "all.xlsx")
    rows = list(csv.reader(io.StringIO((tmp_path / "csv" / "segments.csv").read_text(
        "utf-8-sig"))))
    assert rows[0] == ["id", "recording_id", "interview_id", "start_ms", "end_ms", "speaker",
                       "text", "edited"]
    assert [r[1:] for r in rows[1:]] == [
        [made.take, made.heard, "0", "1200", "Student 1", "Hoe lang woont u hier al?",
         "false"],
        [made.take, made.heard, "1300", "3500", made.code,
         "Sinds negentienzeventig, naast de bakker.", "false"]]
    left = (tmp_path / "csv" / "left-out.csv").read_text("utf-8-sig")
    assert f"transcript,{made.unheard_take}," in left and "did not agree to audio" in left
    sheet = load_workbook(tmp_path / "all.xlsx", read_only=True)["segments"]
    cells = list(sheet.iter_rows(values_only=True))
    assert [r[3:] for r in cells[1:]] == [
        (0, 1200, "Student 1", "Hoe lang woont u hier al?", False),
        (1300, 3500, made.code, "Sinds negentienzeventig, naast de bakker.", False)]
    everything = "".join(p.read_text("utf-8-sig") for p in (tmp_path / "csv").glob("*.csv"))
    assert HIDDEN not in everything and "Sanne" not in everything
    with zipfile.ZipFile(tmp_path / "all.xlsx") as book:
        assert not any(HIDDEN.encode() in book.read(n) for n in book.namelist())


def test_the_qdpx_carries_the_transcript_with_sync_points(made: Made, opened, tmp_path: Path
                                                         ) -> None:  # type: ignore[no-untyped-def]
    import xmlschema

    with opened.session() as s:
        done = export_qdpx(s, opened.media, tmp_path / "project.qdpx")
    archive = zipfile.ZipFile(done.path)
    document = archive.read("project.qde").decode()
    xmlschema.XMLSchema(str(refi_qda_schema())).validate(document)
    root = ET.fromstring(document)
    (audio,) = root.findall(f"{Q}Sources/{Q}AudioSource")
    assert audio.get("guid") == made.take
    (held,) = audio.findall(f"{Q}Transcript")
    assert list(audio).index(held) < len(list(audio)) - len(audio.findall(f"{Q}VariableValue"))
    content = archive.read("sources/" + held.get("plainTextPath", "").removeprefix(
        "internal://")).decode()
    assert content.splitlines() == [
        "[00:00] Student 1: Hoe lang woont u hier al?",
        f"[00:01] {made.code}: Sinds negentienzeventig, naast de bakker."]
    points = [(int(p.get("timeStamp", "")), int(p.get("position", "")))
              for p in held.findall(f"{Q}SyncPoint")]
    assert [t for t, _p in points] == [0, 1300]
    assert [content[p:p + 7] for _t, p in points] == ["[00:00]", "[00:01]"]
    assert done.sources == 2, "the transcript is no text source of its own"
    assert made.unheard_take in {o.id for o in done.left_out}
    assert not any(HIDDEN.encode() in archive.read(n) for n in archive.namelist())


def test_the_archive_package_has_the_transcript_as_text(made: Made, opened, tmp_path: Path
                                                       ) -> None:  # type: ignore[no-untyped-def]
    with opened.session() as s:
        packed = write_archive(s, opened.media, tmp_path / "deposit.zip")
    with zipfile.ZipFile(packed.path) as archive:
        names = archive.namelist()
        said = archive.read(f"deposit/data/transcripts/{made.take}.txt").decode()
        files = archive.read("deposit/metadata/files.xml").decode()
        readme = archive.read("deposit/data/README.md").decode()
        assert not any(HIDDEN.encode() in archive.read(n) for n in names)
    assert f"[00:01] {made.code}: Sinds negentienzeventig" in said
    assert f'filepath="data/transcripts/{made.take}.txt"' in files
    assert re.search(r"data/transcripts/<recording id>\.txt` \(1\)", readme)
    assert not any(made.unheard_take in n for n in names)
