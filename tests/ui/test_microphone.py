"""Recording through the real QtMultimedia path from a virtual microphone fed with speech."""

from __future__ import annotations

import array
import math
import subprocess
import wave
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.components import missing
from tests.conftest import consent_to_audio
from veldwerk import interviews
from veldwerk.audio import markers
from veldwerk.audio.live import LiveTake
from veldwerk.domain import Recording

SPEECH = ("Ik woon hier sinds negentien vierenzeventig. Toen was alles hier nieuw, en de "
          "bomen waren zo klein als ik.")


def needs(microphone: str) -> str:
    if microphone.startswith("missing: "):
        missing("a virtual microphone", microphone.removeprefix("missing: "))
    return microphone


def speak(folder: Path) -> Path:
    speech = folder / "spraak.wav"
    subprocess.run(["espeak-ng", "-v", "nl", "-w", str(speech), SPEECH], check=True)
    return speech


def rms_of(path: Path) -> float:
    with wave.open(str(path)) as recorded:
        samples = array.array("h")
        samples.frombytes(recorded.readframes(recorded.getnframes()))
    return math.sqrt(sum(v * v for v in samples) / max(1, len(samples)))


def test_speech_from_the_virtual_microphone_is_recorded(qtbot: QtBot, context, microphone: str,
                                                        tmp_path: Path) -> None:
    sink = needs(microphone)
    from ui.audio import capture

    device = next((d for d in capture.inputs() if d.description() == "VeldwerkVirtualMic"),
                  None)
    assert device is not None, [d.description() for d in capture.inputs()]
    interview_id = context.project.run(lambda s: interviews.save(
        s, context.project_id, interviews.InterviewDraft())).id
    consent_to_audio(context.project, interview_id)
    take = LiveTake(context.project, interview_id, capture.pcm_format(), "test mic")
    recorder = capture.Capture(device)
    failures: list[str] = []
    recorder.failed.connect(failures.append)
    recorder.start(take)
    player = subprocess.Popen(["paplay", "-d", sink, str(speak(tmp_path))])
    levels: list[float] = []
    qtbot.waitUntil(lambda: (levels.append(take.level), take.recorded_ms >= 4000)[1],
                    timeout=15000)
    player.wait(timeout=30)
    recording = recorder.stop()
    assert failures == []
    assert recording is not None and recording.state == "ok"
    assert recording.duration_ms >= 4000
    assert max(levels) > 0.2, "the level meter never moved"
    assert rms_of(context.project.media / recording.media_name) > 500, "silence was recorded"


def test_record_panel_in_the_editor(qtbot: QtBot, demo_context, microphone: str,
                                    tmp_path: Path) -> None:
    sink = needs(microphone)
    from ui.main_window import MainWindow

    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    window.filters["kind"].setCurrentIndex(window.filters["kind"].findData("interview"))
    editor = window.open_editor(window.model.row_id(0))
    panel = editor.record_panel
    panel.devices.setCurrentIndex(panel.devices.findText("VeldwerkVirtualMic"))
    assert panel.record_button.isEnabled() and not panel.mark_button.isEnabled()
    assert "Room for" in panel.space.text()
    panel.toggle()
    assert panel.recording and panel.record_button.text() == "■ Stop"
    player = subprocess.Popen(["paplay", "-d", sink, str(speak(tmp_path))])
    qtbot.waitUntil(lambda: panel.take is not None and panel.take.recorded_ms >= 1500,
                    timeout=10000)
    panel.mark("Belangrijk moment")
    editor.topic_list.setCurrentRow(2)  # moving to a topic while recording marks it
    qtbot.waitUntil(lambda: panel.elapsed.text() != "00:00:00", timeout=3000)
    recording_id = panel.take.recording.id
    editor.close()  # closing the editor stops the take and keeps it
    player.wait(timeout=30)
    assert not panel.recording
    qtbot.waitUntil(lambda: len(demo_context.read(
        lambda s: markers.of_recording(s, recording_id))) == 2, timeout=3000)
    with demo_context.session() as s:
        row = s.get(Recording, recording_id)
        found = markers.of_recording(s, recording_id)
    assert row.state == "ok" and row.duration_ms >= 1500
    assert found[0].label == "Belangrijk moment"
    assert found[1].topic_id is not None and found[1].label == editor.topic_list.item(2).text()
    assert settings_remember(demo_context)


def settings_remember(context) -> bool:  # type: ignore[no-untyped-def]
    from ui.audio import capture

    chosen = capture.chosen_input(context.settings)
    return chosen is not None and chosen.description() == "VeldwerkVirtualMic"


def test_headless_record_from_a_named_microphone(microphone: str, tmp_path: Path) -> None:
    import json
    import os
    import sys

    from tests.conftest import demo_interview

    sink = needs(microphone)
    data = tmp_path / "data"
    entry, interview_id = demo_interview(data)
    base = [sys.executable, "-m", "veldwerk", "--data-dir", str(data), "record", interview_id]

    wrong = subprocess.run([*base, "--input", "Studiomicrofoon"], capture_output=True,
                           text=True, env=os.environ, timeout=60)
    assert wrong.returncode == 2
    assert "Studiomicrofoon" in wrong.stderr and "VeldwerkVirtualMic" in wrong.stderr

    speech = speak(tmp_path)
    process = subprocess.Popen([*base, "--input", "VeldwerkVirtualMic", "--seconds", "3"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=os.environ)
    assert process.stderr is not None
    first = process.stderr.readline()
    while first and not first.startswith("Recording "):
        first = process.stderr.readline()  # the FFmpeg library may still say a line or two
    assert first.startswith("Recording ")
    player = subprocess.Popen(["paplay", "-d", sink, str(speech)])
    out, err = process.communicate(timeout=60)
    player.wait(timeout=30)
    assert process.returncode == 0, err
    listed = subprocess.run([sys.executable, "-m", "veldwerk", "--data-dir", str(data),
                             "recordings", "--json"], capture_output=True, text=True, check=True)
    row = json.loads(listed.stdout.splitlines()[0])
    assert row["id"] == out.strip() and row["state"] == "ok"
    assert 2900 <= row["duration_ms"] <= 3500
    assert rms_of(entry.folder / "media" / row["media"]) > 500, "silence was recorded"


def test_silence_is_pointed_out_while_recording_goes_on(qtbot: QtBot, demo_context,
                                                        microphone: str,
                                                        tmp_path: Path) -> None:
    sink = needs(microphone)
    from ui.audio import record_panel
    from ui.main_window import MainWindow

    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    editor = window.open_editor(window.model.row_id(0))
    panel = editor.record_panel
    panel.devices.setCurrentIndex(panel.devices.findText("VeldwerkVirtualMic"))
    record_panel.SILENCE_MS = 1500  # nothing is played: the microphone stays silent
    try:
        panel.toggle()
        qtbot.waitUntil(lambda: panel.silent, timeout=10000)
        assert panel.message.isVisibleTo(editor)
        assert "No sound has come in" in panel.message.text() and panel.recording
        player = subprocess.Popen(["paplay", "-d", sink, str(speak(tmp_path))])
        qtbot.waitUntil(lambda: not panel.silent, timeout=10000)  # sound again: warning goes
        assert not panel.message.isVisibleTo(editor)
        player.wait(timeout=30)
    finally:
        record_panel.SILENCE_MS = 5000
        editor.close()
    assert not panel.recording
