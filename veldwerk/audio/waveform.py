"""Peaks for drawing a waveform: (min, max) per bucket, read from the WAV in a stream.

``audioop.minmax`` runs in C over each bucket, so an hour at 16 kHz (57 million samples)
takes a fraction of a second. audioop comes with Python up to 3.12 and from the
``audioop-lts`` package after that (pydub needs it too).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path

from veldwerk.audio.wavfile import HEADER_SIZE, read_format
from veldwerk.errors import AudioError, Cancelled
from veldwerk.i18n import translate

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import audioop


def peaks(path: Path, buckets: int = 2000,
          progress: Callable[[float, str], None] = lambda f, m: None,
          cancelled: Callable[[], bool] = lambda: False) -> list[tuple[int, int]]:
    try:
        fmt = read_format(path)
        data_bytes = path.stat().st_size - HEADER_SIZE
    except (OSError, ValueError) as exc:
        raise AudioError(translate("Audio", "Cannot read {path}: {detail}.").format(
            path=path, detail=exc)) from exc
    frames = max(1, data_bytes // fmt.frame_size)
    per_bucket = max(1, -(-frames // buckets)) * fmt.frame_size
    found: list[tuple[int, int]] = []
    with open(path, "rb") as handle:
        handle.seek(HEADER_SIZE)
        while block := handle.read(per_bucket * 64):
            if cancelled():
                raise Cancelled
            for start in range(0, len(block) - fmt.sample_width + 1, per_bucket):
                piece = block[start:start + per_bucket]
                piece = piece[: len(piece) - len(piece) % fmt.sample_width]
                if piece:
                    found.append(audioop.minmax(piece, fmt.sample_width))
            progress(min(1.0, handle.tell() / max(1, data_bytes + HEADER_SIZE)), "")
    return found
