"""Capture sources. The app feeds QtMultimedia's; ``veldwerk record --input FILE``, tests
and diagnostics play a file at real-time speed through the same recorder."""

from __future__ import annotations

import subprocess
import tempfile
import time
import wave
from pathlib import Path
from typing import Protocol

from veldwerk.audio import ffmpeg
from veldwerk.audio.wavfile import PcmFormat
from veldwerk.errors import AudioError
from veldwerk.i18n import translate


class CaptureSource(Protocol):
    name: str
    format: PcmFormat

    def read(self) -> bytes:
        """The next chunk of PCM (blocks for about its duration); b"" when it has ended."""
        ...

    def close(self) -> None: ...


class WavFileSource:
    """A 16-bit PCM WAV played as if it came from a microphone, bytes as they are."""

    def __init__(self, path: Path, chunk_ms: int = 100, realtime: bool = True) -> None:
        try:
            self._wave = wave.open(str(path), "rb")  # noqa: SIM115 (open while recording)
        except (OSError, EOFError, wave.Error) as exc:
            raise AudioError(translate("Audio", "Cannot use {path} as input: {detail}.").format(
                path=path, detail=exc), hint=translate(
                    "Audio", "Give a 16-bit PCM WAV file.")) from exc
        if self._wave.getsampwidth() != 2 or self._wave.getcomptype() != "NONE":
            self._wave.close()
            raise AudioError(translate("Audio", "{path} is not 16-bit PCM.").format(path=path),
                             hint=translate("Audio", "Give a 16-bit PCM WAV file."))
        self.name = f"file:{path.name}"
        self.format = PcmFormat(self._wave.getframerate(), self._wave.getnchannels(), 2)
        self._frames = max(1, self.format.sample_rate * chunk_ms // 1000)
        self._realtime = realtime
        self._started = time.monotonic()
        self._sent = 0

    def read(self) -> bytes:
        chunk = self._wave.readframes(self._frames)
        if self._realtime and chunk:
            self._sent += len(chunk) // self.format.frame_size
            due = self._started + self._sent / self.format.sample_rate
            delay = due - time.monotonic()
            if delay > 0:
                time.sleep(delay)
        return chunk

    def close(self) -> None:
        self._wave.close()


class FileSource:
    """Any audio file ffmpeg reads (mp3, m4a, 24-bit or float WAV, …), converted to the
    take's format (16 kHz mono 16-bit, as from a microphone) and played at real-time speed."""

    def __init__(self, path: Path, fmt: PcmFormat | None = None, chunk_ms: int = 100,
                 realtime: bool = True) -> None:
        ffmpeg.probe(path)  # a clear message for a missing, empty or non-audio file
        self.name = f"file:{path.name}"
        self.format = fmt or PcmFormat(16000, 1, 2)
        self._complaints = tempfile.TemporaryFile()  # noqa: SIM115 (closed in close())
        self._process = subprocess.Popen(
            [ffmpeg.executable(), "-hide_banner", "-nostdin", "-v", "error", "-i", str(path),
             "-vn", "-ac", str(self.format.channels), "-ar", str(self.format.sample_rate),
             "-f", "s16le", "-acodec", "pcm_s16le", "pipe:1"],
            stdout=subprocess.PIPE, stderr=self._complaints)
        self._bytes = self.format.bytes_per_second * chunk_ms // 1000
        self._realtime = realtime
        self._started = time.monotonic()
        self._sent = 0

    def read(self) -> bytes:
        assert self._process.stdout is not None
        chunk = self._process.stdout.read(self._bytes)
        if self._realtime and chunk:
            self._sent += len(chunk)
            due = self._started + self._sent / self.format.bytes_per_second
            delay = due - time.monotonic()
            if delay > 0:
                time.sleep(delay)
        return chunk

    def close(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        self._complaints.close()
