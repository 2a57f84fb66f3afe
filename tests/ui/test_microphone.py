"""Recording through the real QtMultimedia path from a virtual microphone fed with speech."""

from __future__ import annotations

import array
import math
import subprocess
import wave
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.components import virtual_microphone
from veldwerk import interviews
from veldwerk.audio.live import LiveTake


def rms_of(path: Path) -> float:
    with wave.open(str(path)) as recorded:
        samples = array.array("h")
        samples.frombytes(recorded.readframes(recorded.getnframes()))
    return math.sqrt(sum(v * v for v in samples) / max(1, len(samples)))


def test_speech_from_the_virtual_microphone_is_recorded(qtbot: QtBot, context,
                                                        tmp_path: Path) -> None:
    with virtual_microphone(tmp_path) as sink:
        from ui.audio import capture

        speech = tmp_path / "spraak.wav"
        subprocess.run(["espeak-ng", "-v", "nl", "-w", str(speech),
                        "Ik woon hier sinds negentien vierenzeventig. Toen was alles hier "
                        "nieuw, en de bomen waren zo klein als ik."], check=True)
        device = next((d for d in capture.inputs() if d.description() == "VeldwerkVirtualMic"),
                      None)
        assert device is not None, [d.description() for d in capture.inputs()]
        interview_id = context.project.run(lambda s: interviews.save(
            s, context.project_id, interviews.InterviewDraft())).id
        take = LiveTake(context.project, interview_id, capture.pcm_format(), "test mic")
        recorder = capture.Capture(device)
        failures: list[str] = []
        recorder.failed.connect(failures.append)
        recorder.start(take)
        player = subprocess.Popen(["paplay", "-d", sink, str(speech)])
        levels: list[float] = []
        qtbot.waitUntil(lambda: (levels.append(take.level), take.recorded_ms >= 4000)[1],
                        timeout=15000)
        player.wait(timeout=30)
        recording = recorder.stop()
        assert failures == []
        assert recording is not None and recording.state == "ok"
        assert recording.duration_ms >= 4000
        assert max(levels) > 0.2, "the level meter never moved"
        path = context.project.media / recording.media_name
        assert rms_of(path) > 500, "silence was recorded, not speech"
