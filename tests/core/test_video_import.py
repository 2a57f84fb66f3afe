"""A phone's or tablet's video (mp4, mov) imports as its sound: a recording of the speech's
length, with no picture in what is stored, and the import says the picture was not kept
(in the command's output too)."""

from __future__ import annotations

import subprocess
import wave
from pathlib import Path

import pytest

from tests.conftest import consent_to_audio
from tests.realapp import veldwerk
from veldwerk import interviews, projects
from veldwerk.audio import ffmpeg
from veldwerk.audio.importing import import_file
from veldwerk.domain import Recording
from veldwerk.store.project import OpenProject

SAID = "Wij wonen al veertig jaar in deze straat, naast de bakker op de hoek."


@pytest.fixture(scope="module")
def videos(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, dict[str, Path]]:
    """espeak-ng's speech under ffmpeg's test picture, as mp4 and mov; the speech's length."""
    folder = tmp_path_factory.mktemp("video")
    speech = folder / "spraak.wav"
    subprocess.run(["espeak-ng", "-v", "nl", "-w", str(speech), SAID], check=True)
    with wave.open(str(speech)) as handle:
        length = handle.getnframes() * 1000 // handle.getframerate()
    made = {}
    for suffix in ("mp4", "mov"):
        made[suffix] = folder / f"tablet.{suffix}"
        subprocess.run([ffmpeg.executable(), "-v", "error", "-y", "-f", "lavfi", "-i",
                        "testsrc=size=160x120:rate=10", "-i", str(speech), "-shortest",
                        "-c:v", "mpeg4", "-c:a", "aac", "-b:a", "64k", str(made[suffix])],
                       check=True)
    # A phone stops its picture a moment after its sound: the container is longer than
    # the speech, and nothing is damaged.
    made["longer picture"] = folder / "telefoon.mp4"
    subprocess.run([ffmpeg.executable(), "-v", "error", "-y", "-f", "lavfi", "-i",
                    f"testsrc=size=160x120:rate=10:duration={length / 1000 + 3:.1f}", "-i",
                    str(speech), "-c:v", "mpeg4", "-c:a", "aac", "-b:a", "64k",
                    str(made["longer picture"])], check=True)
    return length, made


def _streams(path: Path) -> str:
    return subprocess.run([ffmpeg.executable(), "-hide_banner", "-i", str(path)],
                          capture_output=True, text=True, check=False).stderr


@pytest.mark.parametrize("suffix", ["mp4", "mov", "longer picture"])
def test_a_video_imports_as_its_sound(project: OpenProject, entry, videos, suffix: str
                                      ) -> None:  # type: ignore[no-untyped-def]
    length, made = videos
    assert "Video:" in _streams(made[suffix]), "the file given has a picture"
    interview_id = project.run(lambda s: interviews.save(
        s, entry.id, interviews.InterviewDraft())).id
    consent_to_audio(project, interview_id)
    imported = import_file(project, interview_id, made[suffix])
    assert not imported.warning
    assert "picture was not kept" in imported.note and made[suffix].name in imported.note
    with project.session() as s:
        row = s.get(Recording, imported.recording.id)
        assert row is not None
    assert abs(row.duration_ms - length) < 150, (row.duration_ms, length)
    stored = _streams(project.media / row.media_name)
    assert "Audio:" in stored and "Video:" not in stored
    assert not ffmpeg.probe(project.media / row.media_name).video


def test_the_command_says_the_picture_was_not_kept(data_dir: Path, me, entry, videos,
                                                   tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _length, made = videos
    with projects.open_project(entry.folder, me) as project:
        interview_id = project.run(lambda s: interviews.save(
            s, entry.id, interviews.InterviewDraft(title="Met de tablet"))).id
        consent_to_audio(project, interview_id)
        sound_only = tmp_path / "alleen-geluid.m4a"
        subprocess.run([ffmpeg.executable(), "-v", "error", "-i", str(made["mp4"]), "-vn",
                        "-c:a", "copy", str(sound_only)], check=True)
        assert import_file(project, interview_id, sound_only).note == "", "no picture: silent"
    done = veldwerk(data_dir, "audio", "import", interview_id, str(made["mov"]))
    assert done.returncode == 0, done.stderr
    assert "picture was not kept" in done.stderr
    assert len(done.stdout.split()) == 1, "stdout is the recording's id alone"
