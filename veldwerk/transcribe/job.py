"""One transcription: consent first, one at a time, at low priority, each segment written
as it comes, so a job that was killed or cancelled goes on where it stopped.

The engine runs in a process of its own at low priority (``engine.py``, started here,
ended here: Python's interpreter lock, which the engine holds for long stretches, stays
out of the app's process and its window): the caller's thread (the app's pool, or a
command's main thread) writes the segments, reports progress and asks whether to stop.
Resuming decodes the recording from the transcript's ``done_ms``, the end of its last
segment: what was written stays, what follows is new, so no stretch is missing or
covered twice (the words at the seam may differ from those of a run that was never
interrupted).
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import text

from veldwerk import errors, transcripts
from veldwerk.audio import media
from veldwerk.domain import Recording, TranscriptState
from veldwerk.errors import AudioError, NotFound, ReadOnlyProject
from veldwerk.i18n import translate
from veldwerk.store.lock import Busy, ProjectLock
from veldwerk.store.project import OpenProject
from veldwerk.transcribe import ModelNotFound, TranscriptionRunning, models
from veldwerk.transcribe.engine import SETTINGS
from veldwerk.transcribe.engine import command as engine_command

__all__ = ["SETTINGS", "transcribe"]

ENGINE = "faster-whisper"
LOCK_NAME = "transcribe.lock"
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
            choice = _model_to_resume(model, existing.engine, chosen_language, downloading,
                                      cancelled)
            transcript_id, start_ms = existing.id, int(existing.done_ms)
        else:
            choice = models.find(model, chosen_language, progress=downloading,
                                 cancelled=cancelled)
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
                     downloading: Callable[[int, int], None],
                     cancelled: Callable[[], bool]) -> models.ModelChoice:
    """The model named, else the one the partial transcript was begun with, else any
    model here that knows the language."""
    if model is not None:
        choice = models.find(model, language, progress=downloading, cancelled=cancelled)
    else:
        try:
            choice = models.find(engine.removeprefix(ENGINE).strip() or None, language,
                                 download_missing=False)
        except ModelNotFound:
            choice = models.find(None, language)
    return choice


class _Segment(NamedTuple):
    """A segment as the engine's process sent it (seconds from its piece's start)."""

    start: float
    end: float
    text: str
    words: list[tuple[float, float, str]]


def _listen(engine: subprocess.Popen[bytes], out: queue.Queue[Any]) -> None:
    """The engine's lines into ``out`` as ``(offset_ms, segment)``, then the end or the
    error it reported (or that it stopped without saying why)."""
    assert engine.stdout is not None
    for line in engine.stdout:
        said = json.loads(line)
        if "offset" in said:
            out.put((said["offset"], _Segment(said["start"], said["end"], said["text"],
                                              [tuple(w) for w in said["words"]])))
        elif said.get("end"):
            out.put(_END)
            return
        else:
            out.put(_failure(said))
            return
    engine.wait()
    detail = engine.stderr.read().decode(errors="replace").strip() if engine.stderr else ""
    out.put(AudioError(translate(
        "Transcripts", "The speech engine stopped before the end ({detail}).").format(
        detail=detail.splitlines()[-1] if detail else engine.returncode), hint=translate(
        "Transcripts", "What was transcribed so far is kept; Transcribe goes on from there.")))


def _failure(said: dict[str, Any]) -> BaseException:
    """The engine's error, raised here as the same kind where it is one of ours."""
    kind = getattr(errors, said["error"], None) if said.get("ours") else None
    if isinstance(kind, type) and issubclass(kind, errors.VeldwerkError):
        return kind(said["message"], hint=said.get("hint", ""))
    return RuntimeError(f"{said['error']}: {said['message']}")


def _run(project: OpenProject, transcript_id: str, model_path: Path, source: Path,
         language: str, start_ms: int, total_ms: int,
         progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> None:
    orders = {"model": str(model_path), "source": str(source), "language": language,
              "start_ms": start_ms, "piece_ms": PIECE_MS, "seam_ms": SEAM_MS}
    below_normal = 0x4000 if os.name == "nt" else 0  # BELOW_NORMAL_PRIORITY_CLASS
    engine = subprocess.Popen(engine_command(orders), stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              creationflags=below_normal)
    out: queue.Queue[Any] = queue.Queue()
    listener = threading.Thread(target=_listen, args=(engine, out), name="transcription",
                                daemon=True)
    listener.start()
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
        assert engine.stdin is not None
        with contextlib.suppress(OSError):
            engine.stdin.close()  # the engine ends when its input closes
        try:
            engine.wait(timeout=5)
        except subprocess.TimeoutExpired:
            engine.kill()
            engine.wait()
        listener.join()


def _write(project: OpenProject, transcript_id: str, segment: Any, start_ms: int,
           done_ms: int, total_ms: int) -> int:
    """One segment and how far the job came, in one transaction; returns the new
    ``done_ms``. Times are moved to the whole recording and kept after what was written."""
    begin = max(done_ms, start_ms + round(segment.start * 1000))
    end = max(begin, start_ms + round(segment.end * 1000))
    if total_ms:
        begin, end = min(begin, total_ms), min(end, total_ms)
    words = [(start_ms + round(w_start * 1000), start_ms + round(w_end * 1000), word.strip())
             for w_start, w_end, word in segment.words]
    said = segment.text.strip()

    def work(session: Any) -> None:
        if said:
            transcripts.add_segment(session, transcript_id, begin, end, said, words)
        transcripts.progress(session, transcript_id, end)

    project.run(work)
    return end
