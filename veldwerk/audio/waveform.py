"""Peaks for drawing a waveform: (min, max) per bucket, read from the WAV in a stream (a
compressed copy, the coordinator's Opus, is decoded by ffmpeg into the same stream).

``audioop.minmax`` runs in C over each bucket, so an hour at 16 kHz (57 million samples)
takes a fraction of a second. audioop comes with Python up to 3.12 and from the
``audioop-lts`` package after that (pydub needs it too).
"""

from __future__ import annotations

import subprocess
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from veldwerk.audio import ffmpeg
from veldwerk.audio.wavfile import HEADER_SIZE, PcmFormat, read_format
from veldwerk.errors import AudioError, Cancelled
from veldwerk.i18n import translate

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import audioop

DECODED = PcmFormat(sample_rate=8000)  # a compressed copy's peaks: 8 kHz is plenty to draw


def peaks(path: Path, buckets: int = 2000,
          progress: Callable[[float, str], None] = lambda f, m: None,
          cancelled: Callable[[], bool] = lambda: False,
          duration_ms: int = 0) -> list[tuple[int, int]]:
    if path.suffix.lower() != ".wav":
        return _decoded_peaks(path, duration_ms, buckets, progress, cancelled)
    try:
        fmt = read_format(path)
        data_bytes = path.stat().st_size - HEADER_SIZE
    except (OSError, ValueError) as exc:
        raise AudioError(translate("Audio", "Cannot read {path}: {detail}.").format(
            path=path, detail=exc)) from exc
    with open(path, "rb") as handle:
        handle.seek(HEADER_SIZE)
        return _stream_peaks(handle, fmt, data_bytes, buckets, progress, cancelled)


def _decoded_peaks(path: Path, duration_ms: int, buckets: int,
                   progress: Callable[[float, str], None],
                   cancelled: Callable[[], bool]) -> list[tuple[int, int]]:
    """A compressed file through ffmpeg as 8 kHz mono PCM (streamed, never whole in memory);
    ``duration_ms`` (the row's) sizes the buckets."""
    process = subprocess.Popen(
        [ffmpeg.executable(), "-hide_banner", "-nostdin", "-v", "error", "-i", str(path),
         "-ac", "1", "-ar", str(DECODED.sample_rate), "-f", "s16le", "-"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    try:
        found = _stream_peaks(process.stdout, DECODED,
                              DECODED.bytes_per_second * max(1, duration_ms) // 1000,
                              buckets, progress, cancelled)
        errors = process.stderr.read().decode(errors="replace") if process.stderr else ""
        if process.wait() != 0:
            raise AudioError(translate("Audio", "Cannot read {path}: {detail}.").format(
                path=path, detail=errors.strip().splitlines()[-1] if errors.strip() else "?"))
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return found


def _stream_peaks(handle: BinaryIO, fmt: PcmFormat, data_bytes: int, buckets: int,
                  progress: Callable[[float, str], None],
                  cancelled: Callable[[], bool]) -> list[tuple[int, int]]:
    frames = max(1, data_bytes // fmt.frame_size)
    per_bucket = max(1, -(-frames // buckets)) * fmt.frame_size
    found: list[tuple[int, int]] = []
    done = 0
    while block := handle.read(per_bucket * 64):
        if cancelled():
            raise Cancelled
        for start in range(0, len(block) - fmt.sample_width + 1, per_bucket):
            piece = block[start:start + per_bucket]
            piece = piece[: len(piece) - len(piece) % fmt.sample_width]
            if piece:
                found.append(audioop.minmax(piece, fmt.sample_width))
        done += len(block)
        progress(min(1.0, done / max(1, data_bytes)), "")
    return found
