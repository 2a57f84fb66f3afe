"""One transcription: consent first, one at a time, at low priority, each segment written
as it comes, so a job that was killed or cancelled goes on where it stopped.

The engine runs on a thread of its own (started here, ended here), which lowers its own
priority: the caller's thread (the app's pool, or a command's main thread) writes the
segments, reports progress and asks whether to stop. Resuming decodes the recording
from the transcript's ``done_ms``, the end of its last segment: what was written stays,
what follows is new, so no stretch is missing or covered twice (the words at the seam
may differ from those of a run that was never interrupted).
"""

from __future__ import annotations

import contextlib
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import text

from veldwerk import transcripts
from veldwerk.audio import ffmpeg, media
from veldwerk.domain import Recording, TranscriptState
from veldwerk.errors import AudioError, NotFound, ReadOnlyProject
from veldwerk.i18n import translate
from veldwerk.store.lock import Busy, ProjectLock
from veldwerk.store.project import OpenProject
from veldwerk.transcribe import ModelNotFound, TranscriptionRunning, models

ENGINE = "faster-whisper"
LOCK_NAME = "transcribe.lock"
RATE = 16000  # what Whisper hears: 16 kHz mono
# The engine's settings, also the floor's in benchmarks/bench_transcribe.py.
SETTINGS: dict[str, Any] = {"vad_filter": True, "word_timestamps": True}
PIECE_MS = 5 * 60_000  # sound decoded and transcribed at a time (memory stays flat)
SEAM_MS = 10_000  # a piece's segments ending this close to its cut go to the next piece
_END = object()


def transcribe(project: OpenProject, recording_id: str, model: str | None = None,
               language: str | None = None, replace: bool = False,
               progress: Callable[[int, int], None] = lambda done_ms, total_ms: None,
               cancelled: Callable[[], bool] = lambda: False, *,
               downloading: Callable[[int, int], None] = lambda done, total: None) -> str:
    """Transcribe the recording (or go on with its partial transcript, in that transcript's
    language); returns the transcript's id. ``model`` a folder or a name (downloaded when
    not here, ``downloading(bytes, about)``), else the first model here that knows the
    language; ``language`` else the project's. A cancel stops between segments and leaves
    the transcript partial."""
    with project.session() as session:
        recording = session.get(Recording, recording_id)
        if recording is None:
            raise NotFound(translate("Audio", "There is no recording {id}.").format(
                id=recording_id))
        transcripts.check_consent(session, recording.interview_id)
        existing = transcripts.of_recording(session, recording_id)
        resume = (existing is not None and bool(existing.engine) and not replace
                  and existing.state == TranscriptState.PARTIAL.value)
        if existing is not None and not resume and not replace:
            raise transcripts.TranscriptExists(translate(
                "Transcripts", "This recording has a transcript already."), hint=translate(
                "Transcripts", "Making a new one replaces it, with every correction made "
                "to it: ask for that (--replace), or go on with the one there is."))
        source = sound_of(project, recording)
        total_ms = int(recording.duration_ms or 0)
        chosen_language = transcripts.check_language(
            existing.language if resume and existing is not None else language
            or session.execute(text("SELECT language FROM project")).scalar() or "nl")
    if not models.available():
        raise models.engine_missing()
    if project.read_only:
        raise ReadOnlyProject(project.read_only_reason)
    lock = ProjectLock(project.folder, "transcribe", LOCK_NAME)
    try:
        lock.acquire()
    except Busy as busy:
        raise TranscriptionRunning(translate(
            "Transcripts", "Another transcription of this project is running (process {pid})."
        ).format(pid=busy.holder.pid if busy.holder else "?"), hint=translate(
            "Transcripts", "One runs at a time: wait until it has finished, or cancel it, "
            "then try again.")) from None
    try:
        if resume and existing is not None:
            choice = _model_to_resume(model, existing.engine, chosen_language, downloading)
            transcript_id, start_ms = existing.id, int(existing.done_ms)
        else:
            choice = models.find(model, chosen_language, progress=downloading)
            models.check_language(choice, chosen_language)  # before an old one is replaced
            transcript_id = project.run(lambda s: transcripts.begin(
                s, recording_id, chosen_language, f"{ENGINE} {choice.name}", replace).id)
            start_ms = 0
        models.check_language(choice, chosen_language)
        assert choice.path is not None
        _run(project, transcript_id, choice.path, source, chosen_language, start_ms,
             total_ms, progress, cancelled)
    finally:
        lock.release()
    return transcript_id


def sound_of(project: OpenProject, recording: Recording) -> Path:
    """The recording's original file, else its compressed copy: whichever this computer
    holds (the coordinator has the Opus copy of a laptop's take)."""
    found = media.sound_file(project.media, recording)
    if found is not None:
        return found
    raise AudioError(translate(
        "Transcripts", "The sound of this recording is not on this computer."), hint=translate(
        "Transcripts", "Transcribe it on the computer that holds it, or check the media with "
        "veldwerk audio check."))


def _model_to_resume(model: str | None, engine: str, language: str,
                     downloading: Callable[[int, int], None]) -> models.ModelChoice:
    """The model named, else the one the partial transcript was begun with, else any
    model here that knows the language."""
    if model is not None:
        choice = models.find(model, language, progress=downloading)
    else:
        try:
            choice = models.find(engine.removeprefix(ENGINE).strip() or None, language,
                                 download_missing=False)
        except ModelNotFound:
            choice = models.find(None, language)
    return choice


def decode(path: Path, start_ms: int, length_ms: int) -> Any:
    """``length_ms`` of the sound from ``start_ms`` on, as Whisper takes it: 16 kHz mono
    float32 (numpy)."""
    import numpy  # deferred: heavy (numpy, with faster-whisper)

    done = subprocess.run(
        [ffmpeg.executable(), "-hide_banner", "-nostdin", "-v", "error",
         "-ss", f"{start_ms / 1000:.3f}", "-i", str(path), "-t", f"{length_ms / 1000:.3f}",
         "-vn", "-ac", "1", "-ar", str(RATE), "-f", "f32le", "pipe:1"],
        capture_output=True, check=False)
    if done.returncode != 0:
        raise AudioError(translate("Transcripts", "The recording could not be read for "
                                   "transcribing."), hint=translate(
            "Transcripts", "Check it with veldwerk audio check; the transcript so far is "
            "kept."))
    return numpy.frombuffer(done.stdout, dtype=numpy.float32)


def lower_priority() -> None:
    """Best effort per system, for the calling thread (the engine's): on Linux niceness
    is per thread, so ``os.nice`` lowers only this thread and what it starts (the
    engine's worker threads, ffmpeg), not the app's recorder. On Windows the thread's
    priority goes below normal (the engine's own worker threads keep theirs). On macOS
    ``nice`` would lower the whole app, recorder included, so nothing changes there."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            os.nice(10)
    elif os.name == "nt":  # pragma: no cover - Windows only
        import ctypes  # deferred: platform

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        kernel.SetThreadPriority(kernel.GetCurrentThread(), -1)  # BELOW_NORMAL


def _engine(model_path: Path, source: Path, language: str, start_ms: int,
            out: queue.Queue[Any], stop: threading.Event) -> None:
    """The engine's thread: ``(offset_ms, segment)`` into ``out`` until the end, a stop or
    an error. The sound is taken a piece (``PIECE_MS``) at a time, so memory does not grow
    with the recording; a piece's segments that end in its last ``SEAM_MS`` (speech the
    cut may have split) are left to the next piece, which starts where the last segment
    kept ended, as a resumed job does."""
    try:
        lower_priority()
        from faster_whisper import WhisperModel  # deferred: heavy (faster-whisper)

        engine = WhisperModel(str(model_path), device="cpu", compute_type="int8")
        offset = start_ms
        while not stop.is_set():
            audio = decode(source, offset, PIECE_MS)
            if not len(audio):
                break
            whole = len(audio) * 1000 // RATE
            last = whole < PIECE_MS - 1000  # the sound ended inside this piece
            reached = offset + whole  # nothing said in it: go past it
            kept = False
            segments, _info = engine.transcribe(audio, language=language, **SETTINGS)
            for segment in segments:
                if stop.is_set():
                    return
                if not last and kept and segment.end * 1000 > whole - SEAM_MS:
                    break
                out.put((offset, segment))
                kept, reached = True, offset + round(segment.end * 1000)
            if last:
                break
            offset = max(reached, offset + 1)
        out.put(_END)
    except BaseException as exc:  # the caller's thread raises it
        out.put(exc)


def _run(project: OpenProject, transcript_id: str, model_path: Path, source: Path,
         language: str, start_ms: int, total_ms: int,
         progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> None:
    out: queue.Queue[Any] = queue.Queue()
    stop = threading.Event()
    worker = threading.Thread(target=_engine, name="transcription", daemon=True,
                              args=(model_path, source, language, start_ms, out, stop))
    worker.start()
    done_ms = start_ms
    progress(done_ms, total_ms)
    try:
        while True:
            if cancelled():
                return
            try:
                item = out.get(timeout=0.2)
            except queue.Empty:
                continue
            if item is _END:
                break
            if isinstance(item, BaseException):
                raise item
            offset, segment = item
            done_ms = _write(project, transcript_id, segment, offset, done_ms, total_ms)
            progress(done_ms, total_ms)
        project.run(lambda s: transcripts.progress(s, transcript_id, total_ms, finished=True))
        progress(total_ms, total_ms)
    finally:
        stop.set()
        worker.join()


def _write(project: OpenProject, transcript_id: str, segment: Any, start_ms: int,
           done_ms: int, total_ms: int) -> int:
    """One segment and how far the job came, in one transaction; returns the new
    ``done_ms``. Times are moved to the whole recording and kept after what was written."""
    begin = max(done_ms, start_ms + round(segment.start * 1000))
    end = max(begin, start_ms + round(segment.end * 1000))
    if total_ms:
        begin, end = min(begin, total_ms), min(end, total_ms)
    words = [(start_ms + round(w.start * 1000), start_ms + round(w.end * 1000), w.word.strip())
             for w in (segment.words or [])]
    said = segment.text.strip()

    def work(session: Any) -> None:
        if said:
            transcripts.add_segment(session, transcript_id, begin, end, said, words)
        transcripts.progress(session, transcript_id, end)

    project.run(work)
    return end
