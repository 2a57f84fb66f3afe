"""Transcribing in the real window, as a person starts it with the keyboard: the app is
killed while the engine writes, its engine ends with it, and the next start's Transcribe
goes on where it stopped, with no stretch missing or written twice."""

from __future__ import annotations

import contextlib
import itertools
import signal
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import consent_to_audio
from tests.core.test_transcribe import STORY, speak, tiny_en, word_error_rate, words
from tests.realapp import RealApp, virtual_screen
from veldwerk import interviews, projects
from veldwerk.audio.importing import import_file
from veldwerk.paths import device

__all__ = ["tiny_en"]  # the fixture: the model folder the test extra ships
TITLE = "Het verhaal van de markt"


def _story(data: Path, wav: Path) -> str:
    """An English project whose one interview, everyone agreeing, holds the story."""
    me = device(data)
    entry = projects.create_project(data, me, "Buurtonderzoek")
    with projects.open_project(entry.folder, me) as project:
        project.run(lambda s: s.execute(text("UPDATE project SET language = 'en'")))
        interview_id = project.run(lambda s: interviews.save(
            s, entry.id, interviews.InterviewDraft(title=TITLE))).id
        consent_to_audio(project, interview_id)
        import_file(project, interview_id, wav)
    return interview_id


def _look(database: Path) -> tuple[str, int, int] | None:
    """The transcript's state, how far it came, and the recording's length."""
    # (the app may be writing its first row)
    with contextlib.suppress(sqlite3.Error), sqlite3.connect(
            f"file:{database}?mode=ro", uri=True) as look:
        return look.execute(
            "SELECT t.state, t.done_ms, r.duration_ms FROM transcript t "
            "JOIN recording r ON r.id = t.recording_id").fetchone()
    return None


def _children(pid: int) -> set[int]:
    return {int(p) for f in Path(f"/proc/{pid}/task").glob("*/children")
            for p in f.read_text().split()}


def _gone(pid: int) -> bool:
    """Ended (a zombie waiting for whoever adopted it counts as ended)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except (FileNotFoundError, ProcessLookupError):
        return True


def _start_transcribing(app: RealApp) -> None:
    """Alt+R: the recordings, the first chosen (the player and transcript load); Alt+T:
    Transcribe…; Enter: the window's Transcribe."""
    app.focus(app.window(f"^{TITLE} – Veldwerk$"))
    app.key("alt+r")
    for _ in range(20):  # Transcribe… is on once the player has read the recording
        app.key("alt+t")
        with contextlib.suppress(AssertionError):
            dialog = app.window("^Transcribe$", timeout=1.5)
            break
    else:
        raise AssertionError(f"Alt+T opened no Transcribe window: {app.output()}")
    app.focus(dialog)
    app.key("Return")


@pytest.mark.slow
def test_a_transcription_killed_with_the_app_goes_on_where_it_stopped(
        tiny_en: Path, tmp_path: Path) -> None:
    wav = speak(tmp_path / "story.wav", STORY, speed=125)  # 73 s: three 30-second windows
    data = tmp_path / "data"
    interview_id = _story(data, wav)
    database = next(data.rglob("project.sqlite"))
    with virtual_screen() as screen:
        app = RealApp(screen, data, ("--interview", interview_id))
        try:
            _start_transcribing(app)
            engines: set[int] = set()
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline:
                engines |= _children(app.process.pid)
                found = _look(database)
                if found and found[1] > 0:
                    break
                time.sleep(0.05)
            app.send(signal.SIGKILL)
        finally:
            app.stop()
        assert engines, f"no engine process was started: {app.output()}"
        deadline = time.monotonic() + 20
        while not all(map(_gone, engines)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert all(map(_gone, engines)), "the engine ends with the app that was killed"
        found = _look(database)
        assert found is not None, app.output()
        state, first, total = found
        assert state == "partial" and 0 < first < total - 20_000, found

        again = RealApp(screen, data, ("--interview", interview_id))
        try:
            _start_transcribing(again)
            deadline = time.monotonic() + 120
            while (_look(database) or ("", 0, 0))[0] != "done" and time.monotonic() < deadline:
                time.sleep(0.2)
            assert (_look(database) or ("", 0, 0))[:2] == ("done", total), again.output()
            again.send(signal.SIGTERM)
            assert again.wait(60) == 0, again.output()
        finally:
            again.stop()

    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as look:
        listed = look.execute("SELECT start_ms, end_ms, text FROM transcript_segment "
                              "ORDER BY start_ms").fetchall()
    times = [(start, end) for start, end, _said in listed]
    assert first in {end for _start, end in times}  # the seam: where the killed app left it
    assert all(a_end <= b_start for (_a, a_end), (b_start, _b) in itertools.pairwise(times))
    # Speech all through: no silence of 2 s or more between segments, start to end.
    assert times[0][0] < 3000 and times[-1][1] > total - 3000
    assert max(b - a for (_s, a), (b, _e) in itertools.pairwise(times)) < 2000
    heard = words(" ".join(said for _start, _end, said in listed))
    assert word_error_rate(words(" ".join(STORY)), heard) <= 0.2
