"""The recording core: PCM from any source to a crash-safe file, durable every half second.

Whatever kills the process, at most the last ~0.5 s of audio is lost: the next open
of the project repairs the file and attaches it to its interview (media.recover).
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

from sqlalchemy import func
from sqlmodel import select

from veldwerk.audio import media
from veldwerk.audio.sources import CaptureSource
from veldwerk.audio.wavfile import PcmFormat, WavAppender
from veldwerk.consent.records import require_audio_consent
from veldwerk.domain import Interview, Recording, RecordingState
from veldwerk.errors import AudioError, NotFound, RecordGone
from veldwerk.i18n import translate
from veldwerk.ids import utcnow
from veldwerk.mediastore import overwrite_and_unlink
from veldwerk.store.project import OpenProject

SYNC_SECONDS = 0.5
# Stop before the disk is full, keeping this much free for the database and its WAL.
DISK_RESERVE = 64 * 1024 * 1024


class Recorder:
    """One take: ``start`` makes the row and the file, ``write`` appends, ``stop`` finalises."""

    def __init__(self, project: OpenProject, interview_id: str, fmt: PcmFormat,
                 source_name: str = "") -> None:
        self.project, self.interview_id, self.format = project, interview_id, fmt
        self.source_name = source_name
        self.recording: Recording | None = None
        self._file: WavAppender | None = None
        self._last_sync = 0.0

    def start(self) -> Recording:
        interview_id, fmt, name = self.interview_id, self.format, self.source_name

        def create(session):  # type: ignore[no-untyped-def]
            if session.get(Interview, interview_id) is None:
                raise NotFound(translate("Audio", "There is no interview {id}.").format(
                    id=interview_id))
            # Live or imported: everyone in the interview must have agreed to audio
            # (on paper too: a paper consent record is a consent record).
            require_audio_consent(session, interview_id)
            last = session.exec(select(func.max(Recording.position)).where(
                Recording.interview_id == interview_id)).one()
            recording = Recording(interview_id=interview_id, position=(last or 0) + 1,
                                  started_at=utcnow(), source=name,
                                  sample_rate=fmt.sample_rate, channels=fmt.channels,
                                  sample_width=fmt.sample_width)
            session.add(recording)
            return recording

        self.recording = self.project.run(create, "recording")
        path = media.incoming_path(self.project.media, self.recording.id)
        path.parent.mkdir(parents=True, exist_ok=True)
        self._file = WavAppender(path, self.format)
        self._last_sync = time.monotonic()
        return self.recording

    @property
    def recorded_ms(self) -> int:
        return self.format.duration_ms(self._file.data_bytes) if self._file else 0

    def write(self, pcm: bytes) -> None:
        assert self._file is not None, "start() first"
        self._file.write(pcm)
        now = time.monotonic()
        if now - self._last_sync >= SYNC_SECONDS:
            self._file.sync()
            self._last_sync = now

    def stop(self, state: RecordingState = RecordingState.OK) -> Recording | None:
        """Fix the header, name the file by its hash, and mark the take as done. A take
        without a single sample is not kept (None)."""
        return self.stop_later(state).result()

    def stop_later(self, state: RecordingState = RecordingState.OK
                   ) -> Future[Recording | None]:
        """:meth:`stop`, with the hashing of the whole file on the writer thread: the
        caller (the window) need not wait for it."""
        assert self._file is not None and self.recording is not None
        self._file.close()
        recording, fmt, data = self.recording, self.format, self._file.data_bytes
        folder = self.project.media

        def finish(session):  # type: ignore[no-untyped-def]
            row = session.get(Recording, recording.id)
            if row is None:
                # Erased while recording (the participant withdrew): keep nothing of it.
                overwrite_and_unlink(media.incoming_path(folder, recording.id))
                raise RecordGone(translate(
                    "Audio", "This recording was erased while it was being made: a "
                    "participant withdrew."), hint=translate("Audio", "Nothing of it is kept."))
            if data == 0:
                media.incoming_path(folder, recording.id).unlink(missing_ok=True)
                media.discard(session, folder, [recording.id])
                return None
            return media.finalise(session, folder, row, fmt, data, state)

        def remember(done: Future[Recording | None]) -> None:
            if done.exception() is None:
                self.recording = done.result()

        future = self.project.write(finish, translate("Audio", "the recording"))
        future.add_done_callback(remember)
        return future

    def discard(self) -> None:
        """Keep nothing of this take (a cancelled or empty import)."""
        if self._file is not None:
            self._file.close()
        if self.recording is None:
            return
        recording_id, folder = self.recording.id, self.project.media
        media.incoming_path(folder, recording_id).unlink(missing_ok=True)
        self.project.run(lambda s: media.discard(s, folder, [recording_id]), "import")


def free_seconds(folder: Path, fmt: PcmFormat, reserve: int = DISK_RESERVE) -> float:
    """How many seconds of recording still fit on the disk (after the reserve)."""
    free = shutil.disk_usage(folder).free - reserve
    return max(0.0, free / fmt.bytes_per_second)


def record(project: OpenProject, interview_id: str, source: CaptureSource,
           seconds: float | None = None, stopped: Callable[[], bool] = lambda: False,
           progress: Callable[[int], None] | None = None,
           started: Callable[[Recording], None] | None = None,
           disk_full: Callable[[], None] | None = None,
           reserve: int = DISK_RESERVE) -> Recording | None:
    """Record from ``source`` until it ends, ``seconds`` pass, ``stopped()`` or the disk fills
    (then ``disk_full()`` is called; everything recorded is kept). None: nothing came in."""
    recorder = Recorder(project, interview_id, source.format, source.name)
    taking = recorder.start()
    if started is not None:
        started(taking)
    limit_ms = int(seconds * 1000) if seconds is not None else None
    try:
        while not stopped():
            if limit_ms is not None and recorder.recorded_ms >= limit_ms:
                break
            if free_seconds(project.media, source.format, reserve) < 1:
                if disk_full is not None:
                    disk_full()
                break  # stop cleanly, keeping everything, before the disk is full
            chunk = source.read()
            if not chunk:
                break
            try:
                recorder.write(chunk)
            except OSError as exc:
                raise AudioError(translate(
                    "Audio", "Recording stopped: the disk could not take more ({detail})."
                ).format(detail=exc.strerror or exc), hint=translate(
                    "Audio", "Everything recorded before this moment is kept.")) from exc
            if progress is not None:
                progress(recorder.recorded_ms)
    finally:
        source.close()
        result = recorder.stop()
    return result
