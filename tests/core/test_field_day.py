"""What a real field day does to the core and the commands: a read-only folder, a damaged
file, a recycle bin a month old, empty and damaged takes, imports without consent."""

from __future__ import annotations

import json
import math
import os
import struct
import subprocess
import sys
import wave
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from tests.components import remount_read_only, tiny_filesystem
from tests.conftest import consent_to_audio, veldwerk_command
from veldwerk import interviews, notes, participants, projects, recycle
from veldwerk.audio import ffmpeg
from veldwerk.audio.recorder import Recorder
from veldwerk.audio.wavfile import PcmFormat
from veldwerk.consent import documents
from veldwerk.domain import (
    ConsentEvidence,
    ConsentRecord,
    Interview,
    InterviewInterviewer,
    InterviewParticipant,
    Marker,
    Note,
    Participant,
    ParticipantIdentity,
    Recording,
    TeamMember,
)
from veldwerk.ids import utcnow
from veldwerk.paths import device
from veldwerk.store.project import OpenProject

OFFSCREEN = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "VELDWERK_LANG": "en"}


def tone(path: Path, seconds: float, rate: int = 16000) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(n / 7)))
                                 for n in range(int(rate * seconds))))
    return path


def test_a_read_only_data_folder_opens_to_look_at(tmp_path: Path) -> None:
    with tiny_filesystem(tmp_path / "disk", 16384) as disk:
        data = disk / "data"
        made = veldwerk_command(data, "demo")
        assert made.returncode == 0, made.stderr
        remount_read_only(disk)
        summary = veldwerk_command(data, "summary")
        assert summary.returncode == 0, summary.stderr
        assert "damaged" not in summary.stdout + summary.stderr
        assert "30 interviews" in summary.stdout
        listed = veldwerk_command(data, "interviews", "--json")
        assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 30
        refused = veldwerk_command(data, "withdraw", "ELS-001", "--erase", "--reason", "x")
        assert refused.returncode == 2 and "read-only" in refused.stderr
        app = subprocess.run([sys.executable, "-m", "veldwerk", "--data-dir", str(data),
                              "--exit-when-ready"], capture_output=True, text=True,
                             timeout=120, env=OFFSCREEN)
        assert app.returncode == 0, app.stderr
        assert app.stdout.strip() == "ready" and "Traceback" not in app.stderr


@pytest.mark.parametrize("damage", ["random", "truncated"])
def test_a_damaged_file_is_reported_at_once_without_a_window(tmp_path: Path,
                                                             damage: str) -> None:
    data = tmp_path / "data"
    veldwerk_command(data, "demo")
    db = next((data / "projects").glob("*/project.sqlite"))
    if damage == "random":
        db.write_bytes(os.urandom(200_000))
    else:
        db.write_bytes(db.read_bytes()[:20_000])
    app = subprocess.run([sys.executable, "-m", "veldwerk", "--data-dir", str(data),
                          "--exit-when-ready"], capture_output=True, text=True, timeout=60,
                         env=OFFSCREEN)
    assert app.returncode == 2
    assert "damaged" in app.stderr and "backup" in app.stderr
    command = veldwerk_command(data, "interviews")
    assert command.returncode == 2 and "damaged" in command.stderr


def test_the_recycle_bin_a_month_later_takes_everything_it_owns(project: OpenProject,
                                                                 entry) -> None:
    """Every kind of owned row: notes, recordings with markers, interviewer and participant
    links, identity, consent records with evidence and document, and their files."""
    def make(s):  # type: ignore[no-untyped-def]
        member = TeamMember(project_id=entry.id, name="Sanne")
        s.add(member)
        person = participants.save(s, entry.id, "P-001", None, "65-74", "",
                                   participants.Identity(name="Els", phone="06-1"))
        s.flush()
        interview = interviews.save(s, entry.id, interviews.InterviewDraft(
            title="Weg", participant_ids=[person.id], interviewer_ids=[member.id]))
        s.flush()
        notes.save_note(s, interview.id, None, "een notitie")
        return interview.id, person.id

    interview_id, person_id = project.run(make)
    consent_to_audio(project, interview_id)
    record_id = project.run(lambda s: s.exec(select(ConsentRecord.id)).one())
    project.run(lambda s: documents.make_document(s, project.media, record_id))
    recorder = Recorder(project, interview_id, PcmFormat())
    recorder.start()
    recorder.write(b"\1\0" * 16000)
    take = recorder.stop()
    assert take is not None
    project.run(lambda s: s.add(Marker(recording_id=take.id, offset_ms=500, label="hier")))
    files = {take.media_name, *project.run(lambda s: [
        e.media_name for e in s.exec(select(ConsentEvidence))]), project.run(
        lambda s: s.get(ConsentRecord, record_id).document_name)}
    assert all((project.media / f).is_file() for f in files)

    project.run(lambda s: recycle.delete_interview(s, interview_id))
    project.run(lambda s: recycle.delete_participant(s, person_id))
    folder, me = project.folder, project.device
    project.close(make_backup=False)
    # A month later the project opens (the purge runs on every open)...
    later = utcnow() + timedelta(days=31)
    reopened = OpenProject(folder, me)
    try:
        assert recycle.purge(reopened, later) == 2
        with reopened.session() as s:
            for model in (Interview, Note, Recording, Marker, InterviewParticipant,
                          InterviewInterviewer, Participant, ParticipantIdentity,
                          ConsentRecord, ConsentEvidence):
                assert s.exec(select(model)).all() == [], model.__name__
            assert s.exec(select(TeamMember)).all(), "the team is not owned by them"
    finally:
        reopened.close(make_backup=False)
    assert not [f for f in files if (folder / "media" / f).exists()], "their files went too"
    with projects.open_project(folder, me) as opened, opened.session() as s:
        assert s.execute(text("PRAGMA foreign_key_check")).all() == []


def test_empty_takes_are_refused_or_discarded(project: OpenProject, entry,
                                              tmp_path: Path) -> None:
    interview_id = project.run(lambda s: interviews.save(
        s, entry.id, interviews.InterviewDraft())).id
    consent_to_audio(project, interview_id)
    recorder = Recorder(project, interview_id, PcmFormat())
    recorder.start()
    assert recorder.stop() is None, "a take without a single sample is not kept"
    with project.session() as s:
        assert s.exec(select(Recording)).all() == []
    assert not list((project.media / "incoming").glob("*"))
    # An empty take an older Veldwerk left behind goes at the next open.
    project.run(lambda s: s.add(Recording(interview_id=interview_id, state="ok",
                                          duration_ms=0, sha256="0" * 64,
                                          media_name="leeg.wav")))
    folder, me = project.folder, project.device
    project.close(make_backup=False)
    with projects.open_project(folder, me) as opened, opened.session() as s:
        assert s.exec(select(Recording)).all() == []


def test_record_refuses_no_length_and_reads_any_audio_file(tmp_path: Path) -> None:
    from tests.conftest import demo_interview

    data = tmp_path / "data"
    _entry, interview_id = demo_interview(data)
    for seconds in ("0", "-3"):
        refused = veldwerk_command(data, "record", interview_id, "--input", "x.wav",
                                   "--seconds", seconds)
        assert refused.returncode == 2 and "more than 0 seconds" in refused.stderr
    source = tone(tmp_path / "bron.wav", 1.5, 44100)
    for name, options in (("mp3", ["-c:a", "libmp3lame"]), ("24.wav", ["-c:a", "pcm_s24le"]),
                          ("float.wav", ["-c:a", "pcm_f32le"])):
        target = tmp_path / f"in.{name}"
        subprocess.run([ffmpeg.executable(), "-v", "error", "-y", "-i", str(source),
                        *options, str(target)], check=True)
        made = veldwerk_command(data, "record", interview_id, "--input", str(target))
        assert made.returncode == 0, made.stderr
    listed = [json.loads(line) for line in veldwerk_command(
        data, "recordings", "--json").stdout.splitlines()]
    assert [r["sample_rate"] for r in listed] == [16000] * 3
    assert all(1300 <= r["duration_ms"] <= 1700 for r in listed), listed


def test_imports_need_consent_and_paper_consent_counts(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert veldwerk_command(data, "demo").returncode == 0
    people = {p["code"]: p for p in map(json.loads, veldwerk_command(
        data, "participants", "--json").stdout.splitlines())}
    take = tone(tmp_path / "telefoon.wav", 2.0)

    def interview_with(code: str) -> str:
        made = veldwerk_command(data, "interview", "new", "--kind", "interview", "--title",
                                f"Met {code}", "--participant", code)
        assert made.returncode == 0, made.stderr
        return made.stdout.strip()

    stopped = next(c for c, p in people.items() if p["consent"] == "withdrawn")
    refused = veldwerk_command(data, "audio", "import", interview_with(stopped), str(take))
    assert refused.returncode == 2 and f"{stopped} withdrew" in refused.stderr
    no_audio = next(c for c, p in people.items() if p["consent"] == "no_audio")
    refused = veldwerk_command(data, "audio", "import", interview_with(no_audio), str(take))
    assert refused.returncode == 2 and "did not agree to a recording" in refused.stderr
    waiting = next(c for c, p in people.items() if p["consent"] == "none")
    interview_id = interview_with(waiting)
    refused = veldwerk_command(data, "audio", "import", interview_id, str(take))
    assert refused.returncode == 2 and f"No consent yet from {waiting}" in refused.stderr
    assert "Recording" not in veldwerk_command(data, "recordings").stdout

    member = json.loads((Path(__file__).parents[2] / "resources" / "demo" /
                         "demo_project.json").read_text(encoding="utf-8"))["team"][0][0]
    incomplete = veldwerk_command(data, "consent", "paper", waiting, "--date", "2026-10-01",
                                  "--by", member, "--agree", "audio")
    assert incomplete.returncode == 2 and "Answer every choice" in incomplete.stderr
    paper = veldwerk_command(data, "consent", "paper", waiting, "--date", "2026-10-01",
                             "--by", member, "--agree", "audio,quotes,group",
                             "--refuse", "archive,contact")
    assert paper.returncode == 0, paper.stderr
    listed = {line["code"]: line for line in map(json.loads, veldwerk_command(
        data, "consent", "list", "--json").stdout.splitlines())}
    assert listed[waiting]["method"] == "paper" and listed[waiting]["scopes"]["audio"]
    imported = veldwerk_command(data, "audio", "import", interview_id, str(take))
    assert imported.returncode == 0, imported.stderr

    # A damaged file is kept as far as it reads, and says so.
    whole = tmp_path / "heel.mp3"
    subprocess.run([ffmpeg.executable(), "-v", "error", "-y", "-i",
                    str(tone(tmp_path / "lang.wav", 8.0, 44100)), "-c:a", "libmp3lame",
                    str(whole)], check=True)
    cut = tmp_path / "half.mp3"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    damaged = veldwerk_command(data, "audio", "import", interview_id, str(cut))
    assert damaged.returncode == 0, damaged.stderr
    assert "half.mp3 is damaged" in damaged.stderr and "incomplete" in damaged.stderr
    states = [json.loads(line)["state"] for line in veldwerk_command(
        data, "recordings", "--json").stdout.splitlines()]
    assert sorted(states) == ["incomplete", "ok"]


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    veldwerk_command(data, "demo")
    piped = subprocess.run(f"{sys.executable} -m veldwerk --data-dir {data} changes | head -1",
                           shell=True, capture_output=True, text=True, timeout=60)
    assert piped.stdout.count("\n") == 1
    assert "Traceback" not in piped.stderr and "BrokenPipe" not in piped.stderr


def test_device_identity_needs_no_writable_folder(tmp_path: Path) -> None:
    with tiny_filesystem(tmp_path / "disk", 1024) as disk:
        remount_read_only(disk)
        assert device(disk).id  # nothing to write, nothing to fail
