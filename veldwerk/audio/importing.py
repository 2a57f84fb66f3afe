"""Import a recording made elsewhere (a phone's m4a, mp3, ogg/opus, flac, amr, wav), or
the sound of a phone's or tablet's video (mp4, mov, m4v, 3gp): the picture is never read
(``-vn``) and never kept, as faces have no place in the project, and the import says so.

ffmpeg decodes to PCM on a pipe and the same crash-safe recorder writes it, so an
import is streamed (a six-hour file never sits in memory), reports progress, can be
cancelled, and ends as an ordinary content-addressed recording.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from veldwerk.audio import duration_text, ffmpeg
from veldwerk.audio.recorder import Recorder
from veldwerk.audio.wavfile import PcmFormat
from veldwerk.domain import Recording, RecordingState
from veldwerk.errors import AudioError, Cancelled
from veldwerk.i18n import translate
from veldwerk.store.project import OpenProject

CHUNK = 64 * 1024
SHORT_MS = 500  # decoded this much shorter than the container says: the file is cut short


@dataclass(frozen=True)
class Imported:
    recording: Recording
    warning: str = ""  # the file was damaged: what could be read is kept, and why not all
    note: str = ""  # a video: only its sound was imported


def import_file(project: OpenProject, interview_id: str, path: Path,
                progress: Callable[[float, str], None] = lambda f, m: None,
                cancelled: Callable[[], bool] = lambda: False) -> Imported:
    """Decode ``path`` into a new recording of the interview (everyone in it must have
    agreed to audio, as for a live recording)."""
    found = ffmpeg.probe(path)
    rate = 48000 if found.sample_rate >= 32000 else 16000
    fmt = PcmFormat(rate, 1, 2)
    command = [ffmpeg.executable(), "-hide_banner", "-nostdin", "-v", "error", "-i", str(path),
               "-vn", "-ac", "1", "-ar", str(rate), "-f", "s16le", "-acodec", "pcm_s16le",
               "pipe:1"]
    recorder = Recorder(project, interview_id, fmt, f"import:{path.name}")
    recorder.start()
    # ffmpeg's complaints go to a file: a badly damaged file can say more than a pipe holds.
    complaints = tempfile.TemporaryFile()  # noqa: SIM115 (closed below)
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=complaints)
    assert process.stdout is not None
    expected = (found.duration_ms or 0) * fmt.bytes_per_second // 1000
    message = translate("Audio", "Importing {name}…").format(name=path.name)
    try:
        while chunk := process.stdout.read(CHUNK):
            if cancelled():
                raise Cancelled
            recorder.write(chunk)
            if expected:
                progress(min(1.0, recorder.recorded_ms * fmt.bytes_per_second / 1000
                             / expected), message)
        process.wait()
        complaints.seek(0)
        errors = complaints.read().decode(errors="replace").strip()
    except BaseException:
        process.kill()
        process.wait()
        recorder.discard()
        raise
    finally:
        complaints.close()
    if recorder.recorded_ms == 0:
        recorder.discard()
        raise AudioError(
            translate("Audio", "Nothing could be read from {path} ({detail}).").format(
                path=path, detail=errors.splitlines()[-1] if errors else "no audio"),
            hint=translate("Audio", "The file may be damaged. Copy it from the phone again."))
    progress(1.0, message)
    # What decoded is kept, also from a file cut short; but it says so.
    expected_ms = found.duration_ms
    if found.video and _short(expected_ms, recorder.recorded_ms):  # the picture ran on?
        expected_ms = ffmpeg.sound_ms(path) or expected_ms
    short = _short(expected_ms, recorder.recorded_ms)
    incomplete = short or bool(errors)
    recording = recorder.stop(RecordingState.INCOMPLETE if incomplete else RecordingState.OK)
    assert recording is not None  # recorded_ms > 0 was checked above
    note = translate("Audio", "{name} is a video: its sound is the recording; the picture was "
                     "not kept (faces stay out of the project).").format(
                         name=path.name) if found.video else ""
    if not incomplete:
        return Imported(recording, note=note)
    detail = (translate("Audio", "{got} of {expected} could be read").format(
        got=duration_text(recorder.recorded_ms), expected=duration_text(
            expected_ms or 0)) if short else errors.splitlines()[-1])
    return Imported(recording, translate(
        "Audio", "{name} is damaged ({detail}). What could be read is kept and marked as "
        "incomplete; if you still have the original, import it again.").format(
            name=path.name, detail=detail), note)


def _short(expected_ms: int | None, got_ms: int) -> bool:
    """Less sound decoded than the file says it holds, beyond rounding at the ends."""
    return bool(expected_ms) and expected_ms - got_ms > max(SHORT_MS, expected_ms * 0.02)
