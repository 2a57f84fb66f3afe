"""Recordings as content-addressed media: finalise, recover after a crash, and check."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session, select

from veldwerk.audio.wavfile import PcmFormat, repair
from veldwerk.domain import Recording, RecordingState, ownership
from veldwerk.domain.tables import PLAYABLE_STATES
from veldwerk.mediastore import sha256_of, store_file
from veldwerk.merge import is_coordinator
from veldwerk.store import changelog
from veldwerk.tidy import UNFINISHED

log = logging.getLogger(__name__)
INCOMING = "incoming"


def of_interview(session: Session, interview_id: str) -> list[Recording]:
    """An interview's recordings in their order."""
    return list(session.exec(select(Recording).where(Recording.interview_id == interview_id)
                             .order_by(Recording.position)))


def recording(session: Session, recording_id: str) -> Recording | None:
    """The recording, or None once it is gone (a screen holding its id asks)."""
    return session.get(Recording, recording_id)


def sound_file(media: Path, recording: Recording) -> Path | None:
    """The recording's original file, else its compressed copy: whichever this computer
    holds (the coordinator has only the Opus copy of a laptop's take); None for neither."""
    for name in (recording.media_name, recording.compressed_name):
        if name and (media / name).is_file():
            return media / name
    return None


def incoming_path(media: Path, recording_id: str) -> Path:
    return media / INCOMING / f"{recording_id}.wav"


def finalise(session: Session, media: Path, recording: Recording, fmt: PcmFormat,
             data_bytes: int, state: RecordingState) -> Recording:
    """Name the finished file by its SHA-256 and record its facts on the row."""
    name, digest = store_file(media, incoming_path(media, recording.id), "wav")
    recording.state = state.value
    recording.sha256 = digest
    recording.media_name = name
    recording.size = (media / name).stat().st_size
    recording.sample_rate, recording.channels = fmt.sample_rate, fmt.channels
    recording.sample_width = fmt.sample_width
    recording.duration_ms = fmt.duration_ms(data_bytes)
    session.add(recording)
    return recording


@dataclass(frozen=True)
class Recovered:
    recording_id: str
    interview_id: str
    duration_ms: int


def recover(session: Session, media: Path) -> list[Recovered]:
    """Repair every recording a crash interrupted and drop takes that hold no sound;
    returns what was saved (to tell the user)."""
    found: list[Recovered] = []
    empty: list[str] = []
    for recording in session.exec(select(Recording).where(text(UNFINISHED))).all():
        path = incoming_path(media, recording.id)
        if recording.state != RecordingState.RECORDING.value:
            empty.append(recording.id)  # finished without a single sample (an old 0 s take)
            continue
        if not path.exists():
            # The crash came before the first byte reached the disk: nothing was recorded.
            log.warning("recording %s has no file; removing the empty take", recording.id)
            empty.append(recording.id)
            continue
        try:
            fmt, data = repair(path)
        except (OSError, ValueError) as exc:
            log.error("recording %s cannot be repaired: %s", recording.id, exc)
            recording.state = RecordingState.DAMAGED.value
            session.add(recording)
            continue
        if data == 0:
            path.unlink()
            empty.append(recording.id)
            continue
        finalise(session, media, recording, fmt, data, RecordingState.RECOVERED)
        found.append(Recovered(recording.id, recording.interview_id, recording.duration_ms))
    if empty:
        discard(session, media, empty)
    return found


def discard(session: Session, media: Path, recording_ids: list[str]) -> None:
    """Remove takes without sound: their rows (and markers) and any file they name."""
    session.flush()
    plan = ownership.closure(session, {"recording": recording_ids})
    files = ownership.media_of(session, plan)
    changelog.remove_rows(session, plan, "purge")
    for name in files:
        if not ownership.referenced(session, name):
            (media / name).unlink(missing_ok=True)


@dataclass(frozen=True)
class MediaProblem:
    table: str
    row_id: str
    media_name: str
    problem: str  # "missing", "changed" or "empty"

    @property
    def recording_id(self) -> str:
        return self.row_id


def check(session: Session, media: Path, mark: bool = True) -> tuple[list[MediaProblem], int]:
    """Verify every media file the project names against its SHA-256: recordings and
    their compressed copies, signatures, spoken consents and consent documents. Damaged
    recordings are marked, never replaced. Returns the problems and how many files were
    checked."""
    problems: list[MediaProblem] = []
    checked = 0
    me = str(session.info.get("device_id", ""))
    merged = is_coordinator(session)
    for table, row_id, name, digest, origin in _media_files(session):
        path = media / name
        if merged and origin not in ("", me) and not path.is_file():
            continue  # an original made on a laptop stays there (bundles carry the Opus copy)
        checked += 1
        problem = ""
        if not path.is_file():
            problem = "missing"
        elif digest and sha256_of(path) != digest:
            problem = "changed"
        if problem:
            problems.append(MediaProblem(table, row_id, name, problem))
    for recording in session.exec(select(Recording).where(
            Recording.duration_ms == 0, Recording.state.in_(PLAYABLE_STATES))):  # type: ignore[attr-defined]
        problems.append(MediaProblem("recording", recording.id, recording.media_name, "empty"))
    if mark:
        damaged = {p.row_id for p in problems if p.table == "recording" and p.problem != "empty"}
        for recording_id in damaged:
            recording = session.get(Recording, recording_id)
            if recording is not None and recording.state != RecordingState.DAMAGED.value:
                recording.state = RecordingState.DAMAGED.value
                session.add(recording)
    return problems, checked


def _media_files(session: Session) -> list[tuple[str, str, str, str | None, str]]:
    """(table, row id, file name, sha256, origin) of every file a row names; origin is the
    device that made an original recording ('' for every other file)."""
    rows = session.execute(text(
        "SELECT 'recording', id, media_name, sha256, origin_device FROM recording "
        "WHERE sha256 IS NOT NULL AND media_name != '' "
        "UNION ALL SELECT 'recording', id, compressed_name, compressed_sha256, '' "
        "FROM recording WHERE compressed_sha256 IS NOT NULL AND compressed_name != '' "
        "UNION ALL SELECT 'consent_evidence', id, media_name, sha256, '' FROM consent_evidence "
        "WHERE media_name != '' "
        "UNION ALL SELECT 'consent_record', id, document_name, document_sha256, '' "
        "FROM consent_record WHERE document_name != ''")).all()
    return [(str(t), str(i), str(n), d or None, str(o or "")) for t, i, n, d, o in rows]
