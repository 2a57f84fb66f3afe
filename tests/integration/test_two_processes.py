"""Two Veldwerks on one project: the second app brings the first forward, commands that
write are told to wait, and an app that finds a command at work waits read-only and then
writes again by itself. Nothing is lost silently; each side is told what happened."""

from __future__ import annotations

import json
import math
import signal
import struct
import time
import wave
from pathlib import Path

import pytest

from tests.integration.test_real_window import PER_CHAR, stored_notes
from tests.realapp import RealApp, veldwerk, virtual_screen

MAIN = r"^Langer thuis in de wijk \(demo\) – Veldwerk"


@pytest.fixture(scope="module")
def screen() -> str:  # type: ignore[misc]
    with virtual_screen() as display:
        yield display


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    made = veldwerk(data, "demo")
    assert made.returncode == 0, made.stderr
    return data


def consented_interview(data: Path, title: str) -> tuple[str, str]:
    people = [json.loads(line) for line in veldwerk(data, "participants", "--json")
              .stdout.splitlines()]
    code = next(p["code"] for p in people if p["consent"] == "audio")
    made = veldwerk(data, "interview", "new", "--kind", "interview", "--title", title,
                    "--participant", code)
    assert made.returncode == 0, made.stderr
    return made.stdout.strip(), code


def tone(path: Path, seconds: float) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(n / 9)))
                                 for n in range(int(16000 * seconds))))
    return path


@pytest.mark.slow
def test_a_second_app_brings_the_first_forward(screen: str, demo: Path) -> None:
    interview_id, _code = consented_interview(demo, "Tweede start")
    first = RealApp(screen, demo)
    try:
        first.window(f"{MAIN}$")
        second = RealApp(screen, demo, ("--interview", interview_id))
        assert second.wait(60) == 0, second.output()
        assert "already open with this project" in second.output()
        # The first app opened the interview the second start asked for.
        first.focus(first.window("^Tweede start – Veldwerk$"))
        first.type_steadily("een tekst", PER_CHAR)
        time.sleep(1.2)
        first.send(signal.SIGTERM)
        assert first.wait(60) == 0, first.output()
    finally:
        first.stop()
    assert stored_notes(demo, interview_id) == ["een tekst"]


@pytest.mark.slow
def test_commands_that_write_are_told_while_the_app_has_the_project(
        screen: str, demo: Path, tmp_path: Path) -> None:
    interview_id, code = consented_interview(demo, "Bezet")
    before = veldwerk(demo, "recordings", "--json").stdout
    app = RealApp(screen, demo)
    try:
        app.window(f"{MAIN}$")
        erase = veldwerk(demo, "withdraw", code, "--erase", "--reason", "belde op")
        assert erase.returncode == 2
        assert "open in the Veldwerk app" in erase.stderr and "Close it there" in erase.stderr
        imported = veldwerk(demo, "audio", "import", interview_id,
                            str(tone(tmp_path / "los.wav", 2)))
        assert imported.returncode == 2 and "open in the Veldwerk app" in imported.stderr
        # Reading goes on while the app writes.
        listed = veldwerk(demo, "participants", "--json")
        assert listed.returncode == 0 and code in listed.stdout
        assert veldwerk(demo, "recordings", "--json").stdout == before
        app.send(signal.SIGTERM)
        assert app.wait(60) == 0
    finally:
        app.stop()
    erase = veldwerk(demo, "withdraw", code, "--erase", "--reason", "belde op")
    assert erase.returncode == 0, erase.stderr
    assert code not in veldwerk(demo, "participants", "--json").stdout


@pytest.mark.slow
def test_the_app_waits_read_only_while_a_command_writes(screen: str, demo: Path,
                                                        tmp_path: Path) -> None:
    interview_id, _code = consented_interview(demo, "Wachten")
    recording = veldwerk_background(demo, "record", interview_id, "--input",
                                    str(tone(tmp_path / "lang.wav", 30)), "--seconds", "8")
    try:
        assert recording.stderr is not None
        assert recording.stderr.readline().startswith("Recording "), "record did not start"
        app = RealApp(screen, demo, ("--interview", interview_id))
        try:
            app.window(rf"{MAIN} \(read-only\)$")
            assert recording.wait(60) == 0
            app.window(f"{MAIN}$", timeout=30)  # writable again, by itself
            app.focus(app.window("^Wachten – Veldwerk$"))
            app.type_steadily("daarna", PER_CHAR)
            time.sleep(1.2)
            app.send(signal.SIGTERM)
            assert app.wait(60) == 0
        finally:
            app.stop()
    finally:
        if recording.poll() is None:
            recording.kill()
    assert stored_notes(demo, interview_id) == ["daarna"]


def veldwerk_background(data: Path, *args: str):  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    return subprocess.Popen([sys.executable, "-m", "veldwerk", "--data-dir", str(data), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
