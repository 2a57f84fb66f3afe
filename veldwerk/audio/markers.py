"""Markers: moments in a recording (ms from its start), with a label and maybe a topic."""

from __future__ import annotations

from sqlmodel import Session, select

from veldwerk.domain import Marker, Recording
from veldwerk.errors import NotFound, ValidationError
from veldwerk.i18n import translate


def _recording(session: Session, recording_id: str) -> Recording:
    recording = session.get(Recording, recording_id)
    if recording is None:
        raise NotFound(translate("Audio", "There is no recording {id}.").format(id=recording_id))
    return recording


def get(session: Session, marker_id: str) -> Marker | None:
    """The marker, or None once it is gone (kept by the player to undo a removal)."""
    return session.get(Marker, marker_id)


def add(session: Session, recording_id: str, offset_ms: int, label: str = "",
        topic_id: str | None = None) -> Marker:
    """A marker at ``offset_ms``. While recording the duration is not known yet, so only
    finished takes are checked against their length."""
    recording = _recording(session, recording_id)
    if offset_ms < 0 or (recording.state != "recording" and recording.duration_ms
                         and offset_ms > recording.duration_ms):
        raise ValidationError("offset", translate(
            "Audio", "A marker must lie within the recording (0 to {ms} ms).").format(
                ms=recording.duration_ms))
    marker = Marker(recording_id=recording_id, offset_ms=int(offset_ms), label=label.strip(),
                    topic_id=topic_id)
    session.add(marker)
    return marker


def update(session: Session, marker_id: str, label: str | None = None,
           offset_ms: int | None = None) -> Marker:
    marker = session.get(Marker, marker_id)
    if marker is None:
        raise NotFound(translate("Audio", "The marker {id} no longer exists.").format(
            id=marker_id))
    if label is not None:
        marker.label = label.strip()
    if offset_ms is not None:
        recording = _recording(session, marker.recording_id)
        if offset_ms < 0 or (recording.duration_ms and offset_ms > recording.duration_ms):
            raise ValidationError("offset", translate(
                "Audio", "A marker must lie within the recording (0 to {ms} ms).").format(
                    ms=recording.duration_ms))
        marker.offset_ms = int(offset_ms)
    session.add(marker)
    return marker


def remove(session: Session, marker_id: str) -> None:
    marker = session.get(Marker, marker_id)
    if marker is not None:
        session.delete(marker)  # a purge tombstone in the change log


def of_recording(session: Session, recording_id: str) -> list[Marker]:
    return list(session.exec(select(Marker).where(Marker.recording_id == recording_id)
                             .order_by(Marker.offset_ms)))
