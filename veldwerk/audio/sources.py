"""Capture sources. The app feeds QtMultimedia's; tests and diagnostics play a WAV file
at real-time speed through the same recorder."""

from __future__ import annotations

import time
import wave
from pathlib import Path
from typing import Protocol

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
    """A 16-bit PCM WAV played as if it came from a microphone."""

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
