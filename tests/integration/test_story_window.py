"""Story mode in the real window, by keyboard only, the way a co-researcher uses it: a
1366x768 laptop, text at 200 %, Dutch, a microphone that hears speech (issue «Story mode
and consent on a 1366×768 laptop at 200 %»).

The person is chosen by name (type-ahead in the list), consent is taken on both pages of
the form (Tab and Space on every "Ja", then spoken consent: the signature pad needs a
pointer, so a keyboard-only user records the spoken yes), the story is recorded with a
moment marked, and Tab+Space on "Volledige app" while recording asks before anything
stops. xdotool cannot read text: what happened is read from the database and the
headless commands afterwards, and from the titles of the windows on the screen.

There is no window manager on the virtual screen: where a desktop gives the keyboard back
to a window after its dialog closes, the test does (``xdotool windowfocus``).
"""

from __future__ import annotations

import array
import json
import math
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
import wave
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.components import virtual_microphone
from tests.realapp import RealApp, veldwerk, virtual_screen

NAME = "mevrouw Mulder"  # resources/demo/demo_project.json: no consent asked yet
ME = "Sanne Bakker"  # the co-researcher ("Ik ben"), a member of the demo team
STORY = ("Ik woon hier sinds negentien vierenzeventig. Toen was alles hier nieuw. Wij "
         "hadden de eerste wasmachine van de straat en de halve galerij kwam bij ons wassen.")
YES = "Ja, dat is goed. Ik doe mee."
SCREEN = "1366x768"


@pytest.fixture(scope="module")
def screen() -> Iterator[str]:
    with virtual_screen(SCREEN) as display:
        yield display


@pytest.fixture
def laptop(tmp_path: Path) -> Path:
    """The demo project, with the co-researcher's settings: Dutch, text at 200 %."""
    data = tmp_path / "data"
    made = veldwerk(data, "demo")
    assert made.returncode == 0, made.stderr
    (data / "settings.ini").write_text("[General]\nlanguage=nl\n\n[appearance]\nscale=200\n",
                                       encoding="utf-8")
    return data


def until(condition: Callable[[], Any], what: str, timeout: float = 15,
          app: RealApp | None = None) -> Any:
    """Poll ``condition`` until it is true-ish; fail naming ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        found = condition()
        if found:
            return found
        if app is not None and app.process.poll() is not None:
            raise AssertionError(f"veldwerk ended while waiting for {what}: {app.output()}")
        if time.monotonic() > deadline:
            raise AssertionError(f"no {what} after {timeout} s"
                                 + (f": {app.output()}" if app else ""))
        time.sleep(0.1)


def rows(data: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    db = next((data / "projects").glob("*/project.sqlite"))
    connection = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    try:
        return list(connection.execute(sql, args))
    finally:
        connection.close()


def stories_of(data: Path, code: str) -> list[str]:
    return [row[0] for row in rows(
        data, "SELECT i.id FROM interview i JOIN interview_participant ip ON ip.interview_id "
        "= i.id JOIN participant p ON p.id = ip.participant_id WHERE p.code = ? AND i.kind "
        "= 'story'", code)]


def json_lines(data: Path, *args: str) -> list[dict[str, Any]]:
    done = veldwerk(data, *args, "--json")
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def visible(app: RealApp, name: str) -> bool:
    return bool(app.xdotool("search", "--onlyvisible", "--name", name).split())


def recorded_ms(data: Path, recording_id: str) -> Callable[[], int]:
    """How much sound of a running take is on disk (16-bit mono WAV as it is written)."""
    rate, = rows(data, "SELECT sample_rate * channels * sample_width FROM recording WHERE "
                 "id = ?", recording_id)[0]
    path = next((data / "projects").glob("*/media")) / "incoming" / f"{recording_id}.wav"

    def heard() -> int:
        try:
            return max(0, path.stat().st_size - 44) * 1000 // rate
        except FileNotFoundError:
            return 0

    return heard


def speak(text: str, path: Path) -> Path:
    subprocess.run(["espeak-ng", "-v", "nl", "-w", str(path), text], check=True,
                   capture_output=True)
    return path


def rms_of(path: Path) -> float:
    with wave.open(str(path)) as recorded:
        samples = array.array("h")
        samples.frombytes(recorded.readframes(recorded.getnframes()))
    return math.sqrt(sum(v * v for v in samples) / max(1, len(samples)))


class Speaker:
    """Plays a file into the virtual microphone over and over until stopped."""

    def __init__(self, sink: str, speech: Path) -> None:
        self.sink, self.speech = sink, speech
        self._stop = threading.Event()
        self._player: subprocess.Popen[bytes] | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            self._player = subprocess.Popen(["paplay", "-d", self.sink, str(self.speech)])
            self._player.wait()

    def stop(self) -> None:
        self._stop.set()
        if self._player is not None and self._player.poll() is None:
            self._player.terminate()
        self._thread.join(timeout=10)


def screenshot(display: str, path: Path) -> Path | None:
    """The whole screen as a PNG: ImageMagick's ``import`` or ``xwd`` + ``convert`` where
    they are, else Qt's own screen grab on the same display."""
    env = {**os.environ, "DISPLAY": display}
    if shutil.which("import"):
        done = subprocess.run(["import", "-window", "root", str(path)], env=env,
                              capture_output=True, check=False)
        if done.returncode == 0:
            return path
    if shutil.which("xwd") and shutil.which("convert"):
        raw = path.with_suffix(".xwd")
        done = subprocess.run(["xwd", "-root", "-silent", "-out", str(raw)], env=env,
                              capture_output=True, check=False)
        if done.returncode == 0 and subprocess.run(
                ["convert", f"xwd:{raw}", str(path)], capture_output=True,
                check=False).returncode == 0:
            return path
    grab = ("import sys\nfrom PySide6.QtGui import QGuiApplication\n"
            "app = QGuiApplication(sys.argv[:1])\n"
            "sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)")
    done = subprocess.run([sys.executable, "-c", grab, str(path)], capture_output=True,
                          check=False, timeout=30,
                          env={**env, "QT_QPA_PLATFORM": "xcb"})
    return path if done.returncode == 0 else None


def keep_screenshot(display: str, tmp_path: Path, name: str) -> None:
    """Saved beside the test's files, and in VELDWERK_SCREENSHOTS if that names a folder."""
    shot = screenshot(display, tmp_path / name)
    folder = os.environ.get("VELDWERK_SCREENSHOTS")
    if shot is not None and folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, Path(folder) / name)


@pytest.mark.slow
def test_a_story_by_keyboard_on_a_small_laptop_at_200_percent(screen: str, laptop: Path,
                                                              tmp_path: Path) -> None:
    started = time.monotonic()
    code = rows(laptop, "SELECT p.code FROM participant p JOIN participant_identity i "
                        "ON i.participant_id = p.id WHERE i.name = ?", NAME)[0][0]
    people = {p["code"]: p for p in json_lines(laptop, "participants")}
    assert people[code]["consent"] == "none", "the test takes consent on both pages"
    choices = len(next(p for p in people.values() if p["consent"] == "audio")["scopes"])
    told_before = set(stories_of(laptop, code))  # the demo has stories of hers already
    me_id = rows(laptop, "SELECT id FROM team_member WHERE name = ?", ME)[0][0]
    yes, story = speak(YES, tmp_path / "ja.wav"), speak(STORY, tmp_path / "verhaal.wav")

    with virtual_microphone(tmp_path / "pulse") as sink:
        # VELDWERK_LANG left empty: the Dutch comes from settings.ini, as on the laptop
        app = RealApp(screen, laptop, extra_env={"VELDWERK_LANG": ""})
        speaker: Speaker | None = None
        try:
            main = app.window(r"\(demo\) – Veldwerk$")
            app.focus(main)
            app.key("ctrl+shift+v")
            story_window = app.window("^Veldwerk – een verhaal opnemen$", timeout=20)
            app.focus(story_window)

            # Step 1: the person by name (type-ahead in the list), "Ik ben" by name
            # (Shift+Tab to the box above, type-ahead), back to the list and Enter: the
            # person is chosen and the next step shows at once ("Verder" by Alt+V clicks
            # a moment later, and a key pressed meanwhile would go to this step).
            app.xdotool("type", "--delay", "40", NAME.lower())
            app.key("shift+Tab")
            app.xdotool("type", "--delay", "40", ME.split()[0])
            app.key("Tab", "Return")

            # Step 2: "Toestemming vragen" has the focus; the form names the person.
            app.key("space")
            form = app.window(rf"^Toestemming van {NAME} \({code}\)$", timeout=20)
            app.focus(form)
            # Page 1: "Verder: ondertekenen" (the default) points at the first unanswered
            # choice's "Ja"; Space answers it, Tab goes to the next choice's "Ja".
            app.key("Return")
            app.key("space")
            for _ in range(choices - 1):
                app.key("Tab", "space")
            app.key("Return")
            # Page 2: the pad has the focus and wants a pointer; Shift+Tab to
            # "Handtekening", Right arrow to "Mondelinge toestemming", Tab to its button.
            app.key("shift+Tab", "Right", "Tab", "space")
            time.sleep(0.3)
            subprocess.run(["paplay", "-d", sink, str(yes)], check=True, timeout=30)
            app.key("space")  # stop the spoken yes
            app.key("Tab")  # to "Interviewer", whose name is typed
            app.xdotool("type", "--delay", "40", ME.split()[0])
            app.key("Return")  # "Toestemming bevestigen", the default on this page
            until(lambda: not visible(app, "^Toestemming van "), "consent form closing",
                  app=app)
            consent = until(lambda: rows(
                laptop, "SELECT r.scopes, r.method, e.duration_ms FROM consent_record r "
                "JOIN participant p ON p.id = r.participant_id LEFT JOIN consent_evidence e "
                "ON e.id = r.evidence_id WHERE p.code = ?", code), "consent record", app=app)
            # The story's interview is made once consent is there; the record step follows.
            story_id = until(lambda: set(stories_of(laptop, code)) - told_before,
                             "new story interview", app=app).pop()
            time.sleep(0.5)  # the record step is shown as the write comes back
            app.focus(story_window)  # what a window manager does as the dialog closes

            # Step 3: Space on the big button (it has the focus) records.
            speaker = Speaker(sink, story)
            app.key("space")
            take = until(lambda: rows(laptop, "SELECT id FROM recording WHERE interview_id "
                                      "= ? AND state = 'recording'", story_id),
                         "running recording", app=app)[0][0]
            heard = recorded_ms(laptop, take)
            until(lambda: heard() >= 2000, "two seconds of recording", app=app)
            app.key("Tab", "space")  # "Belangrijk moment"
            until(lambda: rows(laptop, "SELECT id FROM marker WHERE recording_id = ?", take),
                  "marked moment", app=app)
            time.sleep(0.5)
            keep_screenshot(screen, tmp_path, "story-recording.png")

            # Tab+Space on "Volledige app" while recording: a question, nothing stops.
            app.key("Tab", "space")
            question = app.window("^De opname loopt$", timeout=10)
            assert rows(laptop, "SELECT state FROM recording WHERE id = ?", take) == [
                ("recording",)], "the question comes before anything stops"
            assert visible(app, "^Veldwerk – een verhaal opnemen$")
            keep_screenshot(screen, tmp_path, "story-question.png")
            app.focus(question)
            app.key("Escape")  # "Doorgaan met opnemen"
            until(lambda: not visible(app, "^De opname loopt$"), "question closing", app=app)
            so_far = heard()
            until(lambda: heard() >= so_far + 1500, "recording going on after the question",
                  app=app)
            assert rows(laptop, "SELECT state FROM recording WHERE id = ?", take) == [
                ("recording",)], "'Doorgaan met opnemen' keeps recording"
            assert visible(app, "^Veldwerk – een verhaal opnemen$"), "still in story mode"
            assert not visible(app, "^De opname loopt$")

            # Back to the big button (Shift+Tab past "Belangrijk moment") and stop.
            app.focus(story_window)
            app.key("shift+Tab", "shift+Tab", "space")
            until(lambda: rows(laptop, "SELECT 1 FROM recording WHERE id = ? AND state = "
                               "'ok'", take), "recording kept", app=app)
            until(lambda: rows(laptop, "SELECT 1 FROM interview WHERE id = ? AND status = "
                               "'done'", story_id), "story done", app=app)
            speaker.stop()
            # "Het verhaal is bewaard": story mode stays open on its last step.
            assert visible(app, "^Veldwerk – een verhaal opnemen$")
            keep_screenshot(screen, tmp_path, "story-saved.png")

            # Close the app from its main window: Ctrl+Q.
            app.focus(main)
            app.key("ctrl+q")
            assert app.wait(60) == 0, app.output()
        except BaseException:
            keep_screenshot(screen, tmp_path, "story-failed.png")  # what the screen showed
            raise
        finally:
            if speaker is not None:
                speaker.stop()
            app.stop()

    # What the headless commands and the database say now.
    person = {p["code"]: p for p in json_lines(laptop, "participants")}[code]
    assert person["consent"] == "audio" and person["scopes"] and all(
        person["scopes"].values()), person
    scopes, method, spoken_ms = consent[0]
    assert method == "verbal" and spoken_ms and spoken_ms >= 1000, consent
    assert all(json.loads(scopes).values()), scopes
    stories = [s for s in json_lines(laptop, "interviews", "--kind", "story")
               if s["id"] == story_id]
    assert stories and stories[0]["status"] == "done" and stories[0]["participants"] == [code]
    assert rows(laptop, "SELECT member_id FROM interview_interviewer WHERE interview_id = ?",
                story_id) == [(me_id,)]
    takes = [r for r in json_lines(laptop, "recordings") if r["interview"] == story_id]
    assert len(takes) == 1, takes
    assert takes[0]["state"] == "ok" and takes[0]["duration_ms"] >= 3000, takes[0]
    assert len(takes[0]["markers"]) == 1, takes[0]["markers"]
    media = next((laptop / "projects").glob("*/media")) / takes[0]["media"]
    assert rms_of(media) > 300, "the story is heard, not silence"
    elapsed = time.monotonic() - started
    print(f"story by keyboard: {elapsed:.1f} s; screenshots in {tmp_path}")
