"""Microphone capture with QtMultimedia, feeding the core's crash-safe LiveTake."""

from __future__ import annotations

from PySide6.QtCore import QIODevice, QObject, Signal
from PySide6.QtMultimedia import QAudio, QAudioDevice, QAudioFormat, QAudioSource, QMediaDevices

from veldwerk.audio.live import LiveTake
from veldwerk.audio.wavfile import PcmFormat
from veldwerk.domain import Recording
from veldwerk.settings import Settings

SAMPLE_RATE = 16000


def inputs() -> list[QAudioDevice]:
    return list(QMediaDevices.audioInputs())


def chosen_input(settings: Settings) -> QAudioDevice | None:
    """The remembered microphone if it is still there, else the system default, else None."""
    remembered = settings.microphone
    for device in inputs():
        if remembered and device.id().data().decode(errors="replace") == remembered:
            return device
    default = QMediaDevices.defaultAudioInput()
    return None if default.isNull() else default


def remember(settings: Settings, device: QAudioDevice) -> None:
    settings.microphone = device.id().data().decode(errors="replace")
    settings.save()


class Capture(QObject):
    """One take from one device. ``failed`` carries a plain message; what was recorded
    before a failure (unplugged, permission denied) is kept when :meth:`stop` runs."""

    failed = Signal(str)

    def __init__(self, device: QAudioDevice, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.device = device
        audio_format = QAudioFormat()
        audio_format.setSampleRate(SAMPLE_RATE)
        audio_format.setChannelCount(1)
        audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self._source = QAudioSource(device, audio_format, self)
        self._source.stateChanged.connect(self._state_changed)
        self._io: QIODevice | None = None
        self.take: LiveTake | None = None
        self.paused = False

    def start(self, take: LiveTake) -> Recording:
        self.take = take
        recording = take.start()
        self._io = self._source.start()
        self._io.readyRead.connect(self._read)
        return recording

    def _read(self) -> None:
        if self._io is None or self.take is None:
            return
        data = self._io.readAll().data()
        if not self.paused:
            self.take.push(bytes(data))
        if self.take.error is not None:
            self.failed.emit(str(self.take.error))

    def _state_changed(self, _state: QAudio.State) -> None:  # PySide needs this exact type
        # By name: Qt 6.7 renamed QAudio to QtAudio and PySide6 has both enum types, which
        # never compare equal to each other.
        error = self._source.error().name
        if error in ("NoError", "UnderrunError") or self.take is None:
            return
        messages = {
            "OpenError": self.tr("The microphone could not be opened. Check that it is "
                                 "connected and that Veldwerk may use it."),
            "IOError": self.tr("The microphone stopped delivering sound (was it unplugged?)."),
        }
        self.failed.emit(messages.get(error, self.tr("The microphone stopped working.")))

    def release(self) -> LiveTake | None:
        """Stop listening and hand over the take, with everything heard so far in it."""
        self._source.stop()
        if self._io is not None:
            self._read()
            self._io = None
        take, self.take = self.take, None
        return take

    def stop(self) -> Recording | None:
        take = self.release()
        return take.stop() if take is not None else None


def pcm_format() -> PcmFormat:
    return PcmFormat(SAMPLE_RATE, 1, 2)
