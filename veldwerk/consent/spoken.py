"""Spoken consent: a short recording of the participant saying yes, kept apart from the
interview's recordings (it is identifying evidence, like a signature).

It has the same face as a live take (``start``/``push``/``level``/``recorded_ms``/``stop``)
so the app's microphone capture can feed it. A few seconds stay in memory and are stored
as one content-addressed WAV when it stops."""

from __future__ import annotations

import io
import threading
import wave
from dataclasses import dataclass
from pathlib import Path

from veldwerk.audio.live import peak_level
from veldwerk.audio.wavfile import PcmFormat
from veldwerk.errors import AudioError
from veldwerk.i18n import translate
from veldwerk.mediastore import store_bytes

LONGEST_MS = 120_000  # a spoken yes, not an interview


@dataclass(frozen=True)
class SpokenConsent:
    media_name: str
    sha256: str
    duration_ms: int


class SpokenClip:
    def __init__(self, media: Path, fmt: PcmFormat) -> None:
        self.media, self.format = media, fmt
        self._pcm = bytearray()
        self._lock = threading.Lock()
        self.level = 0.0
        self.error: AudioError | None = None
        self.recording = None

    def start(self) -> None:
        return None

    @property
    def recorded_ms(self) -> int:
        return self.format.duration_ms(len(self._pcm))

    def push(self, pcm: bytes) -> None:
        if not pcm:
            return
        self.level = peak_level(pcm)
        with self._lock:
            if self.recorded_ms < LONGEST_MS:
                self._pcm += pcm
            elif self.error is None:
                self.error = AudioError(translate(
                    "Consent", "Spoken consent is limited to two minutes; stop the "
                    "recording."))

    def stop(self) -> SpokenConsent:
        with self._lock:
            pcm = bytes(self._pcm)
        out = io.BytesIO()
        with wave.open(out, "wb") as handle:
            handle.setnchannels(self.format.channels)
            handle.setsampwidth(self.format.sample_width)
            handle.setframerate(self.format.sample_rate)
            handle.writeframes(pcm)
        name, digest = store_bytes(self.media, out.getvalue(), "wav")
        return SpokenConsent(name, digest, self.format.duration_ms(len(pcm)))
