"""A take fed from a live device: bytes are queued from any thread and written by one
thread of its own, so the GUI thread never waits for a disk or an fsync."""

from __future__ import annotations

import array
import queue
import threading
from concurrent.futures import Future

from veldwerk.audio.recorder import Recorder, free_seconds
from veldwerk.audio.wavfile import PcmFormat
from veldwerk.domain import Recording
from veldwerk.errors import AudioError
from veldwerk.i18n import translate
from veldwerk.store.project import OpenProject

_STOP = b""


def peak_level(pcm: bytes) -> float:
    """The loudest sample of a chunk of 16-bit PCM, from 0.0 to 1.0 (for a level meter)."""
    samples = array.array("h")
    samples.frombytes(pcm[: len(pcm) // 2 * 2])
    return max((abs(v) for v in samples), default=0) / 32768


class LiveTake:
    def __init__(self, project: OpenProject, interview_id: str, fmt: PcmFormat,
                 source_name: str) -> None:
        self._recorder = Recorder(project, interview_id, fmt, source_name)
        self._queue: queue.SimpleQueue[bytes] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="veldwerk-recorder", daemon=True)
        self.error: AudioError | None = None
        self.recording: Recording | None = None
        self.level = 0.0
        self._media = project.media
        self._format = fmt

    def start(self) -> Recording:
        self.recording = self._recorder.start()
        self._thread.start()
        return self.recording

    @property
    def recorded_ms(self) -> int:
        return self._recorder.recorded_ms

    def push(self, pcm: bytes) -> None:
        """From the capture callback: never blocks."""
        if pcm and self.error is None:
            self.level = peak_level(pcm)
            self._queue.put(pcm)

    def _run(self) -> None:
        while (chunk := self._queue.get()) is not _STOP:
            if self.error is not None:
                continue
            try:
                if free_seconds(self._media, self._format) < 1:
                    raise OSError(28, "no space left for more recording")
                self._recorder.write(chunk)
            except OSError as exc:
                self.error = AudioError(translate(
                    "Audio", "Recording stopped: the disk could not take more ({detail})."
                ).format(detail=exc.strerror or exc), hint=translate(
                    "Audio", "Everything recorded before this moment is kept."))

    def stop(self) -> Recording | None:
        """Write what is queued, then fix and name the file. Keeps everything recorded."""
        return self.stop_later().result()

    def stop_later(self) -> Future[Recording | None]:
        """Write what is queued (a moment), then leave naming the file by its hash to the
        writer: the window goes on at once."""
        self._queue.put(_STOP)
        self._thread.join()
        return self._recorder.stop_later()
