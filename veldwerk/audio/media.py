"""Recordings as content-addressed media: finalise, recover after a crash, and check."""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text
from sqlmodel import Session, select

from veldwerk.audio.wavfile import PcmFormat, repair
from veldwerk.domain import Recording, RecordingState
from veldwerk.fsutil import fsync_dir

log = logging.getLogger(__name__)
INCOMING = "incoming"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def incoming_path(media: Path, recording_id: str) -> Path:
    return media / INCOMING / f"{recording_id}.wav"


def finalise(session: Session, media: Path, recording: Recording, fmt: PcmFormat,
             data_bytes: int, state: RecordingState) -> Recording:
    """Name the finished file by its SHA-256 and record its facts on the row."""
    source = incoming_path(media, recording.id)
    digest = sha256_of(source)
    target = media / f"{digest}.wav"
    if target.exists():
        source.unlink()  # the very same bytes are already kept
    else:
        os.replace(source, target)
    fsync_dir(media)
    recording.state = state.value
    recording.sha256 = digest
    recording.media_name = target.name
    recording.size = target.stat().st_size
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


def anything_interrupted(engine: Engine) -> bool:
    """A cheap look on open: usually no recording was interrupted."""
    with engine.connect() as connection:
        return connection.execute(text(
            "SELECT EXISTS (SELECT 1 FROM recording WHERE state = 'recording')")).scalar() == 1


def recover(session: Session, media: Path) -> list[Recovered]:
    """Repair every recording a crash interrupted; returns what was saved (to tell the user)."""
    found: list[Recovered] = []
    interrupted = session.exec(select(Recording).where(
        Recording.state == RecordingState.RECORDING.value)).all()
    for recording in interrupted:
        path = incoming_path(media, recording.id)
        if not path.exists():
            # The crash came before the first byte reached the disk: nothing was recorded.
            log.warning("recording %s has no file; removing the empty take", recording.id)
            session.delete(recording)
            continue
        try:
            fmt, data = repair(path)
        except (OSError, ValueError) as exc:
            log.error("recording %s cannot be repaired: %s", recording.id, exc)
            recording.state = RecordingState.DAMAGED.value
            session.add(recording)
            continue
        finalise(session, media, recording, fmt, data, RecordingState.RECOVERED)
        found.append(Recovered(recording.id, recording.interview_id, recording.duration_ms))
    return found


@dataclass(frozen=True)
class MediaProblem:
    recording_id: str
    media_name: str
    problem: str  # "missing" or "changed"


def check(session: Session, media: Path, mark: bool = True) -> list[MediaProblem]:
    """Verify every finished recording against its SHA-256; damaged ones are marked, never
    replaced."""
    problems: list[MediaProblem] = []
    for recording in session.exec(select(Recording).where(Recording.sha256.is_not(None))):  # type: ignore[union-attr]
        path = media / recording.media_name
        problem = ""
        if not path.is_file():
            problem = "missing"
        elif sha256_of(path) != recording.sha256:
            problem = "changed"
        if problem:
            problems.append(MediaProblem(recording.id, recording.media_name, problem))
            if mark and recording.state != RecordingState.DAMAGED.value:
                recording.state = RecordingState.DAMAGED.value
                session.add(recording)
    return problems
