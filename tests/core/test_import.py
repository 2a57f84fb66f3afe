"""Importing phone recordings with the pip-installed ffmpeg: formats, bad files, cancel."""

from __future__ import annotations

import math
import struct
import subprocess
from pathlib import Path

import pytest
from sqlmodel import select

from tests.conftest import consent_to_audio
from tests.core.test_recording import pcm_of, write_wav
from veldwerk import interviews
from veldwerk.audio import ffmpeg
from veldwerk.audio.importing import import_file
from veldwerk.domain import Recording
from veldwerk.errors import AudioError, Cancelled
from veldwerk.store.project import OpenProject


def voice_like(path: Path, seconds: float = 3.0, rate: int = 44100) -> bytes:
    """Gliding tones with a syllable rhythm: survives lossy codecs, never silent."""
    samples = []
    for n in range(int(seconds * rate)):
        t = n / rate
        envelope = 0.5 + 0.5 * math.sin(2 * math.pi * 4 * t)
        pitch = 180 + 60 * math.sin(2 * math.pi * 0.5 * t)
        value = envelope * (math.sin(2 * math.pi * pitch * t)
                            + 0.4 * math.sin(2 * math.pi * 2.7 * pitch * t))
        samples.append(int(9000 * value))
    return write_wav(path, struct.pack(f"<{len(samples)}h", *samples), rate)


def encode(source: Path, target: Path, *options: str) -> Path:
    subprocess.run([ffmpeg.executable(), "-v", "error", "-y", "-i", str(source), *options,
                    str(target)], check=True)
    return target


def takes(project: OpenProject) -> int:
    with project.session() as s:
        return len(s.exec(select(Recording.id)).all())


def rms(pcm: bytes) -> float:
    values = struct.unpack(f"<{len(pcm) // 2}h", pcm)
    return math.sqrt(sum(v * v for v in values) / max(1, len(values)))


@pytest.fixture
def interview_id(project: OpenProject, entry) -> str:
    made = project.run(lambda s: interviews.save(s, entry.id, interviews.InterviewDraft())).id
    consent_to_audio(project, made)  # imports need consent, as live recording does
    return made


@pytest.fixture(scope="module")
def phone_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("phone")
    source = folder / "bron.wav"
    voice_like(source)
    return {
        "wav": source,
        "m4a": encode(source, folder / "opname.m4a", "-c:a", "aac", "-b:a", "64k"),
        "mp3": encode(source, folder / "opname.mp3", "-c:a", "libmp3lame", "-b:a", "64k"),
        "opus": encode(source, folder / "opname.ogg", "-c:a", "libopus", "-b:a", "24k"),
        "flac": encode(source, folder / "opname.flac"),
        "amr": encode(source, folder / "opname.amr", "-ar", "8000", "-ac", "1", "-c:a",
                      "libopencore_amrnb", "-b:a", "12.2k"),
    }


@pytest.mark.parametrize("kind", ["wav", "m4a", "mp3", "opus", "flac", "amr"])
def test_phone_formats_import(project: OpenProject, interview_id: str,
                              phone_files: dict[str, Path], kind: str) -> None:
    seen: list[float] = []
    imported = import_file(project, interview_id, phone_files[kind],
                           lambda fraction, _m: seen.append(fraction))
    recording = imported.recording
    assert recording.state == "ok" and imported.warning == ""
    assert abs(recording.duration_ms - 3000) <= 120, recording.duration_ms
    assert recording.sample_rate == (16000 if kind == "amr" else 48000)
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)
    decoded = pcm_of(project.media / recording.media_name)
    assert rms(decoded) > 1000, "the import is silent"
    assert recording.source == f"import:{phone_files[kind].name}"


def test_lossless_import_keeps_every_sample(project: OpenProject, interview_id: str,
                                            tmp_path: Path) -> None:
    original = voice_like(tmp_path / "bron.wav", 1.0, rate=48000)
    flac = encode(tmp_path / "bron.wav", tmp_path / "bron.flac")
    recording = import_file(project, interview_id, flac).recording
    assert pcm_of(project.media / recording.media_name) == original


@pytest.mark.parametrize("content", [b"", b"Dit is een boodschappenlijst, geen opname.\n" * 50])
def test_empty_or_non_audio_file(project: OpenProject, interview_id: str, tmp_path: Path,
                                 content: bytes) -> None:
    bad = tmp_path / "opname.m4a"
    bad.write_bytes(content)
    with pytest.raises(AudioError) as caught:
        import_file(project, interview_id, bad)
    assert str(bad) in caught.value.message
    assert takes(project) == 0
    assert not list((project.media / "incoming").glob("*"))


def test_truncated_files(project: OpenProject, interview_id: str, phone_files,
                         tmp_path: Path) -> None:
    half_m4a = tmp_path / "half.m4a"  # an m4a's index sits at the end: nothing is readable
    half_m4a.write_bytes(phone_files["m4a"].read_bytes()[: phone_files["m4a"].stat().st_size // 2])
    with pytest.raises(AudioError):
        import_file(project, interview_id, half_m4a)
    half_mp3 = tmp_path / "half.mp3"  # an mp3 decodes up to the cut: that part is kept
    half_mp3.write_bytes(phone_files["mp3"].read_bytes()[: phone_files["mp3"].stat().st_size // 2])
    imported = import_file(project, interview_id, half_mp3)
    assert 1000 <= imported.recording.duration_ms <= 2000
    # Kept, but not quietly: the user is told and the recordings list shows it.
    assert imported.recording.state == "incomplete"
    assert "half.mp3 is damaged" in imported.warning
    assert "of 0 min 3 s could be read" in imported.warning or "could" in imported.warning


def test_cancelled_import_leaves_nothing(project: OpenProject, interview_id: str,
                                         phone_files) -> None:
    with pytest.raises(Cancelled):
        import_file(project, interview_id, phone_files["flac"], cancelled=lambda: True)
    assert takes(project) == 0
    assert not list((project.media / "incoming").glob("*"))
