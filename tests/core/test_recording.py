"""Recording to crash-safe files, content-addressed media, recovery and media checks."""

from __future__ import annotations

import random
import re
import struct
import subprocess
import sys
import wave
from pathlib import Path

import pytest
from sqlmodel import select

from tests.conftest import consent_to_audio
from veldwerk import interviews, projects
from veldwerk.audio import media
from veldwerk.audio.recorder import Recorder, record
from veldwerk.audio.sources import WavFileSource
from veldwerk.audio.wavfile import PcmFormat, WavAppender, repair
from veldwerk.domain import Recording
from veldwerk.errors import AudioError, NotFound
from veldwerk.paths import Device
from veldwerk.store.project import OpenProject


def speechlike(path: Path, seconds: float, rate: int = 16000, seed: int = 3) -> bytes:
    """A WAV of noise that never repeats, so any lost or shifted sample shows."""
    rng = random.Random(seed)
    pcm = b"".join(struct.pack("<h", rng.randint(-20000, 20000))
                   for _ in range(int(seconds * rate)))
    return write_wav(path, pcm, rate)


def write_wav(path: Path, pcm: bytes, rate: int) -> bytes:
    """Mono 16-bit PCM as a WAV file; returns the PCM."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm)
    return pcm


def pcm_of(path: Path) -> bytes:
    with wave.open(str(path), "rb") as source:
        return source.readframes(source.getnframes())


@pytest.fixture
def interview_id(project: OpenProject, entry) -> str:
    made = project.run(lambda s: interviews.save(
        s, entry.id, interviews.InterviewDraft(title="Met opname"))).id
    consent_to_audio(project, made)
    return made


def test_recording_is_exact_and_named_by_its_hash(project: OpenProject, interview_id: str,
                                                  tmp_path: Path) -> None:
    source_pcm = speechlike(tmp_path / "in.wav", 1.5)
    made = record(project, interview_id, WavFileSource(tmp_path / "in.wav", realtime=False))
    assert made.state == "ok" and made.duration_ms == 1500 and made.position == 1
    path = project.media / made.media_name
    assert made.media_name == f"{made.sha256}.wav" and media.sha256_of(path) == made.sha256
    assert pcm_of(path) == source_pcm
    assert not list((project.media / "incoming").iterdir())
    second = record(project, interview_id, WavFileSource(tmp_path / "in.wav", realtime=False),
                    seconds=0.5)
    assert second.position == 2 and second.duration_ms == 500


def test_repair_of_an_interrupted_wav(tmp_path: Path) -> None:
    path = tmp_path / "take.wav"
    writer = WavAppender(path, PcmFormat())
    writer.write(b"\x01\x02" * 8000 + b"\x03")  # half a frame at the end, as a crash leaves
    writer.sync()
    writer.abandon()
    fmt, data = repair(path)
    assert data == 16000 and fmt.sample_rate == 16000
    assert pcm_of(path) == b"\x01\x02" * 8000


def test_interrupted_recording_is_recovered_on_open(entry, me: Device, tmp_path: Path) -> None:
    source_pcm = speechlike(tmp_path / "in.wav", 2)
    project = projects.open_project(entry.folder, me)
    interview_id = project.run(lambda s: interviews.save(
        s, entry.id, interviews.InterviewDraft())).id
    consent_to_audio(project, interview_id)
    recorder = Recorder(project, interview_id, PcmFormat(), "test")
    taking = recorder.start()
    recorder.write(source_pcm[:40000])
    recorder._file.sync()  # type: ignore[union-attr]
    recorder._file.abandon()  # type: ignore[union-attr]  # the process dies here
    project.close(make_backup=False)

    reopened = projects.open_project(entry.folder, me)
    try:
        assert [r.recording_id for r in reopened.recovered] == [taking.id]
        assert reopened.recovered[0].duration_ms == 1250
        with reopened.session() as s:
            row = s.get(Recording, taking.id)
        assert row.state == "recovered" and row.duration_ms == 1250
        assert pcm_of(reopened.media / row.media_name) == source_pcm[:40000]
    finally:
        reopened.close(make_backup=False)
    again = projects.open_project(entry.folder, me)
    assert again.recovered == []  # recovered once, then it is an ordinary recording
    again.close(make_backup=False)


def test_audio_check_reports_missing_and_changed_files(project: OpenProject, interview_id: str,
                                                       tmp_path: Path) -> None:
    """Every media file, not only recordings: the signature of the consent too."""
    from veldwerk.domain import ConsentEvidence

    speechlike(tmp_path / "in.wav", 0.5)
    first = record(project, interview_id, WavFileSource(tmp_path / "in.wav", realtime=False))
    speechlike(tmp_path / "other.wav", 0.5, seed=9)
    second = record(project, interview_id, WavFileSource(tmp_path / "other.wav",
                                                         realtime=False))
    problems, checked = project.run(lambda s: media.check(s, project.media))
    assert problems == [] and checked == 3  # two takes and one signature
    changed = project.media / first.media_name
    data = bytearray(changed.read_bytes())
    data[-1] ^= 0xFF
    changed.write_bytes(bytes(data))
    (project.media / second.media_name).unlink()
    with project.session() as s:
        signature = s.exec(select(ConsentEvidence)).one()
    (project.media / signature.media_name).write_bytes(b"not the signature")
    problems, _checked = project.run(lambda s: media.check(s, project.media))
    assert {(p.table, p.row_id, p.problem) for p in problems} == {
        ("recording", first.id, "changed"), ("recording", second.id, "missing"),
        ("consent_evidence", signature.id, "changed")}
    with project.session() as s:
        assert s.get(Recording, first.id).state == "damaged"
    assert changed.read_bytes() == bytes(data)  # never silently replaced


def test_bad_input_and_unknown_interview(project: OpenProject, interview_id: str,
                                         tmp_path: Path) -> None:
    (tmp_path / "notes.wav").write_text("dit is geen geluid")
    with pytest.raises(AudioError, match="Cannot use"):
        WavFileSource(tmp_path / "notes.wav")
    speechlike(tmp_path / "in.wav", 0.2)
    with pytest.raises(NotFound):
        record(project, "no-such-interview", WavFileSource(tmp_path / "in.wav", realtime=False))


def test_record_command_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    import signal

    from tests.conftest import demo_interview

    data = tmp_path / "data"
    entry, interview_id = demo_interview(data)
    source_pcm = speechlike(tmp_path / "in.wav", 10)
    process = subprocess.Popen([sys.executable, "-m", "veldwerk", "--data-dir", str(data),
                                "record", interview_id, "--input", str(tmp_path / "in.wav")],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    assert process.stderr.readline().startswith("Recording ")
    import time

    time.sleep(1.0)
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    listed = subprocess.run([sys.executable, "-m", "veldwerk", "--data-dir", str(data),
                             "recordings", "--json"], capture_output=True, text=True, check=True)
    import json

    row = json.loads(listed.stdout.splitlines()[0])
    assert row["id"] == out.strip() and row["state"] == "ok"
    assert 800 <= row["duration_ms"] <= 2500
    assert pcm_of(entry.folder / "media" / row["media"]) == source_pcm[:len(
        pcm_of(entry.folder / "media" / row["media"]))]
    check = subprocess.run([sys.executable, "-m", "veldwerk", "--data-dir", str(data), "audio",
                            "check"], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    assert re.search(r"(\d+) of \1 media files ok", check.stderr), check.stderr


def test_recording_stops_cleanly_before_a_real_disk_is_full(tmp_path: Path) -> None:
    import sqlite3

    from tests.components import tiny_filesystem
    from veldwerk.paths import device

    source_pcm = speechlike(tmp_path / "lang.wav", 90)  # 2.9 MB: more than the disk holds
    with tiny_filesystem(tmp_path / "disk", 3072) as disk:
        me = device(disk)
        entry = projects.create_project(disk, me, "Vol")
        told: list[bool] = []
        with projects.open_project(entry.folder, me) as project:
            interview_id = project.run(lambda s: interviews.save(
                s, entry.id, interviews.InterviewDraft())).id
            consent_to_audio(project, interview_id)
            made = record(project, interview_id,
                          WavFileSource(tmp_path / "lang.wav", realtime=False),
                          disk_full=lambda: told.append(True), reserve=256 * 1024)
            assert told == [True]
            assert made.state == "ok" and 5000 < made.duration_ms < 90000
            kept = pcm_of(project.media / made.media_name)
            assert kept == source_pcm[:len(kept)]
            assert project.run(lambda s: media.check(s, project.media))[0] == []
        check = sqlite3.connect(entry.folder / "project.sqlite")
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        check.close()
