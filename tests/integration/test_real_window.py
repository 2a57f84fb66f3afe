"""The real program in a real window: typing steadily and then killed, shut down with
SIGTERM while typing and while recording (ARCHITECTURE.md, nothing is lost)."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from tests.components import virtual_microphone
from tests.realapp import RealApp, veldwerk, virtual_screen

WORDS = ("de", "buurt", "markt", "zij", "vertelt", "over", "haar", "buren", "trap", "bus",
         "koffie", "huisarts", "sleutel", "galerij", "donderdag", "kinderen", "winkel")
PER_CHAR = 0.2  # five keys a second: sixty words a minute
TYPING_SECONDS = 6  # six seconds of steady typing (several saves) before each kill
KILL_RUNS = 6  # a random moment each run; CI's 30 minutes allow six


@pytest.fixture(scope="module")
def screen() -> str:  # type: ignore[misc]
    with virtual_screen() as display:
        yield display


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("real") / "data"
    made = veldwerk(data, "demo")
    assert made.returncode == 0, made.stderr
    return data


def new_interview(data: Path, title: str) -> str:
    made = veldwerk(data, "interview", "new", "--kind", "interview", "--title", title)
    assert made.returncode == 0, made.stderr
    return made.stdout.strip()


def stored_notes(data: Path, interview_id: str) -> list[str]:
    db = next((data / "projects").glob("*/project.sqlite"))
    connection = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute(
            "SELECT text FROM note WHERE interview_id = ? AND text != ''", (interview_id,))]
    finally:
        connection.close()


def some_text(rng: random.Random, seconds: float) -> str:
    words: list[str] = []
    while len(" ".join(words)) < seconds / PER_CHAR:
        words.append(rng.choice(WORDS))
    return " ".join(words)[: int(seconds / PER_CHAR)]


def typed_by(timeline: list[tuple[float, int]], moment: float) -> int:
    return max((n for t, n in timeline if t <= moment), default=0)


@pytest.mark.slow
def test_steady_typing_then_sigkill_loses_at_most_the_last_second(screen: str, demo: Path
                                                                  ) -> None:
    rng = random.Random(9)
    for run in range(KILL_RUNS):
        title = f"Typen {run}"
        interview_id = new_interview(demo, title)
        text = some_text(rng, TYPING_SECONDS)
        app = RealApp(screen, demo, ("--interview", interview_id))
        try:
            app.focus(app.window(f"^{title} – Veldwerk$"))
            timeline = app.type_steadily(text, PER_CHAR)
            time.sleep(0.3)
            killed_at = time.monotonic()
            app.send(signal.SIGKILL)
        finally:
            app.stop()
        saved = stored_notes(demo, interview_id)
        assert len(saved) == 1, f"run {run}: notes {saved!r} ({app.output()})"
        assert text.startswith(saved[0]), f"run {run}: stored text is not what was typed"
        must_have = typed_by(timeline, killed_at - 1.0)
        assert len(saved[0]) >= must_have, (
            f"run {run}: {len(text)} keys typed, {must_have} of them more than a second "
            f"before the kill, only {len(saved[0])} kept")


@pytest.mark.slow
def test_sigterm_while_typing_keeps_everything_and_exits_0(screen: str, demo: Path) -> None:
    rng = random.Random(4)
    for run in range(2):
        title = f"Afsluiten {run}"
        interview_id = new_interview(demo, title)
        text = some_text(rng, TYPING_SECONDS)
        app = RealApp(screen, demo, ("--interview", interview_id))
        try:
            app.focus(app.window(f"^{title} – Veldwerk$"))
            app.type_steadily(text, PER_CHAR)
            time.sleep(0.3)
            app.send(signal.SIGTERM)
            assert app.wait(60) == 0, app.output()
        finally:
            app.stop()
        assert stored_notes(demo, interview_id) == [text]
        backups = list((demo / "projects").glob("*/backups/*-close.sqlite"))
        assert backups, "closing after SIGTERM makes the usual backup"


@pytest.mark.slow
def test_sigterm_while_recording_keeps_the_take(screen: str, demo: Path,
                                                tmp_path: Path) -> None:
    consented = [line for line in map(json.loads, veldwerk(
        demo, "participants", "--json").stdout.splitlines()) if line["consent"] == "audio"]
    code = consented[0]["code"]
    made = veldwerk(demo, "interview", "new", "--kind", "interview", "--title", "Opname",
                    "--participant", code)
    assert made.returncode == 0, made.stderr
    interview_id = made.stdout.strip()
    with virtual_microphone(tmp_path / "pulse"):
        app = RealApp(screen, demo, ("--interview", interview_id))
        try:
            app.focus(app.window("^Opname – Veldwerk$"))
            time.sleep(1.0)  # the microphone list is read as the editor opens
            app.key("ctrl+r")
            app.type_steadily("terwijl het opneemt", PER_CHAR)
            time.sleep(2.0)
            app.send(signal.SIGTERM)
            assert app.wait(60) == 0, app.output()
        finally:
            app.stop()
    listed = [json.loads(line) for line in veldwerk(demo, "recordings", "--json")
              .stdout.splitlines()]
    takes = [r for r in listed if r["interview"] == interview_id]
    assert len(takes) == 1, app.output()
    assert takes[0]["state"] == "ok", "stopped and kept, not left to be recovered"
    assert takes[0]["duration_ms"] >= 3000
    assert stored_notes(demo, interview_id) == ["terwijl het opneemt"]
