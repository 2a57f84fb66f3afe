"""A WAV file that survives a crash: PCM is appended and fsynced, the header fixed at the end.

While recording, the RIFF and data sizes in the header are zero. Everything after
the 44-byte header is PCM, so after a crash :func:`repair` derives the sizes from the
file length (dropping a half-written last frame) and the recording plays again.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path

HEADER_SIZE = 44


@dataclass(frozen=True)
class PcmFormat:
    sample_rate: int = 16000
    channels: int = 1
    sample_width: int = 2  # bytes: 16-bit PCM

    @property
    def frame_size(self) -> int:
        return self.channels * self.sample_width

    @property
    def bytes_per_second(self) -> int:
        return self.sample_rate * self.frame_size

    def duration_ms(self, data_bytes: int) -> int:
        return data_bytes * 1000 // self.bytes_per_second


def header(fmt: PcmFormat, data_bytes: int) -> bytes:
    return (b"RIFF" + struct.pack("<I", 36 + data_bytes if data_bytes else 0) + b"WAVE"
            + b"fmt " + struct.pack("<IHHIIHH", 16, 1, fmt.channels, fmt.sample_rate,
                                    fmt.bytes_per_second, fmt.frame_size, fmt.sample_width * 8)
            + b"data" + struct.pack("<I", data_bytes))


def read_format(path: Path) -> PcmFormat:
    """The format from a header we wrote (plain PCM, 44-byte header)."""
    with open(path, "rb") as handle:
        head = handle.read(HEADER_SIZE)
    if len(head) < HEADER_SIZE or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        raise ValueError("not a WAV file")
    _size, _pcm, channels, rate, _bps, _align, bits = struct.unpack("<IHHIIHH", head[16:36])
    return PcmFormat(rate, channels, bits // 8)


class WavAppender:
    """Appends PCM; :meth:`sync` makes everything written so far durable."""

    def __init__(self, path: Path, fmt: PcmFormat) -> None:
        self.path, self.format = path, fmt
        self.data_bytes = 0
        # Held open for the whole take; "x" never overwrites an existing file.
        self._handle = open(path, "xb", buffering=0)  # noqa: SIM115
        self._handle.write(header(fmt, 0))
        self.sync()

    def write(self, pcm: bytes) -> None:
        self._handle.write(pcm)
        self.data_bytes += len(pcm)

    def sync(self) -> None:
        os.fsync(self._handle.fileno())

    def close(self) -> None:
        """Write the real sizes into the header and make the file durable."""
        if self._handle.closed:
            return
        self._handle.seek(0)
        self._handle.write(header(self.format, self.data_bytes))
        os.fsync(self._handle.fileno())
        self._handle.close()

    def abandon(self) -> None:
        """Close without fixing the header (what a crash leaves; used by tests)."""
        self._handle.close()


def repair(path: Path) -> tuple[PcmFormat, int]:
    """Fix the header of an interrupted WAV in place; returns its format and PCM bytes."""
    fmt = read_format(path)
    size = path.stat().st_size
    data = max(0, size - HEADER_SIZE)
    data -= data % fmt.frame_size  # a frame cut off by the crash is dropped
    with open(path, "r+b") as handle:
        handle.truncate(HEADER_SIZE + data)
        handle.seek(0)
        handle.write(header(fmt, data))
        handle.flush()
        os.fsync(handle.fileno())
    return fmt, data
