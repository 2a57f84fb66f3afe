"""The Opus copy for bundles: normalised without clipping, content-addressed, cancellable."""

from __future__ import annotations

import subprocess
import wave
from pathlib import Path

import pytest

from tests.conftest import consent_to_audio
from tests.core.test_import import voice_like
from veldwerk import interviews
from veldwerk.audio import ffmpeg
from veldwerk.audio.importing import import_file
from veldwerk.audio.processing import PEAK_CEILING_DB, compress, gain_for, measure, pending
from veldwerk.errors import Cancelled
from veldwerk.store.project import OpenProject


def test_gain_rules() -> None:
    assert gain_for(-30.0, -12.0) == 10.0  # quiet speech is lifted to the target
    assert gain_for(-30.0, -4.0) == 3.0  # ...but never past the peak ceiling
    assert gain_for(-10.0, -1.0) == -10.0  # loud speech is lowered
    assert gain_for(-40.0, -20.0) == 12.0  # very quiet speech: at most 12 dB
    assert gain_for(-80.0, -60.0) == 0.0  # hiss is not speech: left as it is
    assert gain_for(-91.0, -91.0) == 0.0  # nor is silence


@pytest.fixture
def take(project: OpenProject, entry, tmp_path: Path) -> str:
    interview_id = project.run(lambda s: interviews.save(
        s, entry.id, interviews.InterviewDraft())).id
    consent_to_audio(project, interview_id)
    voice_like(tmp_path / "zacht.wav", 4.0)
    quiet = tmp_path / "zachter.wav"
    subprocess.run([ffmpeg.executable(), "-v", "error", "-y", "-i", str(tmp_path / "zacht.wav"),
                    "-af", "volume=-12dB", str(quiet)], check=True)
    return import_file(project, interview_id, quiet).recording.id


def test_compressed_copy_is_normalised_and_content_addressed(project: OpenProject, take: str,
                                                             tmp_path: Path) -> None:
    assert pending(project) == [take]
    seen: list[float] = []
    done = compress(project, take, lambda f, _m: seen.append(f))
    assert pending(project) == []
    assert done.compressed_name == f"{done.compressed_sha256}.ogg"
    assert done.gain_db > 3
    assert seen[-1] == 1.0
    copy = project.media / done.compressed_name
    assert copy.stat().st_size == done.compressed_size
    assert done.compressed_size < (project.media / done.media_name).stat().st_size / 5
    decoded = tmp_path / "terug.wav"
    subprocess.run([ffmpeg.executable(), "-v", "error", "-y", "-i", str(copy), str(decoded)],
                   check=True)
    with wave.open(str(decoded)) as back:
        assert abs(back.getnframes() / back.getframerate() - 4.0) < 0.1
    mean, peak = measure(decoded)
    before_mean, _before_peak = measure(project.media / done.media_name)
    assert mean > before_mean + 3  # louder
    assert peak <= PEAK_CEILING_DB + 1.0  # and not clipped (Opus may overshoot a little)


def test_cancelled_compression_leaves_no_file(project: OpenProject, take: str) -> None:
    with pytest.raises(Cancelled):
        compress(project, take, cancelled=lambda: True)
    assert pending(project) == [take]
    assert not list(project.media.glob("*.ogg"))
    assert not list((project.media / "incoming").glob("*.ogg"))


def test_a_silent_take_is_not_lifted(project: OpenProject, entry, tmp_path: Path) -> None:
    """A take that caught nothing (microphone muted) must not become 20 dB of hiss."""
    interview_id = project.run(lambda s: interviews.save(
        s, entry.id, interviews.InterviewDraft())).id
    consent_to_audio(project, interview_id)
    silent = tmp_path / "stil.wav"
    subprocess.run([ffmpeg.executable(), "-v", "error", "-y", "-f", "lavfi", "-i",
                    "anoisesrc=a=0.0005:r=16000", "-t", "30", "-c:a", "pcm_s16le", str(silent)],
                   check=True)
    recording = import_file(project, interview_id, silent).recording
    assert compress(project, recording.id).gain_db == 0.0
