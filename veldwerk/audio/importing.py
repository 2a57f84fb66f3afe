"""Import a recording made elsewhere (a phone's m4a, mp3, ogg/opus, flac, amr, wav).

ffmpeg decodes to PCM on a pipe and the same crash-safe recorder writes it, so an
import is streamed (a six-hour file never sits in memory), reports progress, can be
cancelled, and ends as an ordinary content-addressed recording.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from veldwerk.audio import ffmpeg
from veldwerk.audio.recorder import Recorder
from veldwerk.audio.wavfile import PcmFormat
from veldwerk.domain import Recording
from veldwerk.errors import AudioError, Cancelled
from veldwerk.i18n import translate
from veldwerk.store.project import OpenProject

CHUNK = 64 * 1024


def import_file(project: OpenProject, interview_id: str, path: Path,
                progress: Callable[[float, str], None] = lambda f, m: None,
                cancelled: Callable[[], bool] = lambda: False) -> Recording:
    found = ffmpeg.probe(path)
    rate = 48000 if found.sample_rate >= 32000 else 16000
    fmt = PcmFormat(rate, 1, 2)
    command = [ffmpeg.executable(), "-hide_banner", "-nostdin", "-v", "error", "-i", str(path),
               "-vn", "-ac", "1", "-ar", str(rate), "-f", "s16le", "-acodec", "pcm_s16le",
               "pipe:1"]
    recorder = Recorder(project, interview_id, fmt, f"import:{path.name}",
                        needs_consent=False)
    recorder.start()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
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
        errors = process.stderr.read().decode(errors="replace").strip() if process.stderr else ""
        process.wait()
    except BaseException:
        process.kill()
        process.wait()
        _discard(project, recorder)
        raise
    if recorder.recorded_ms == 0:
        _discard(project, recorder)
        raise AudioError(
            translate("Audio", "Nothing could be read from {path} ({detail}).").format(
                path=path, detail=errors.splitlines()[-1] if errors else "no audio"),
            hint=translate("Audio", "The file may be damaged. Copy it from the phone again."))
    progress(1.0, message)
    return recorder.stop()  # what decoded is kept, also from a file cut short


def _discard(project: OpenProject, recorder: Recorder) -> None:
    """Remove a take that will not be kept (cancelled or empty import)."""
    from veldwerk.audio import media

    if recorder._file is not None:
        recorder._file.close()
    if recorder.recording is not None:
        media.incoming_path(project.media, recorder.recording.id).unlink(missing_ok=True)
        recording_id = recorder.recording.id
        project.run(lambda s: s.delete(s.get(Recording, recording_id)), "import")
