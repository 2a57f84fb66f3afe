"""Notes per topic, saved as they are typed (no Save button; ARCHITECTURE.md, nothing is lost).

Saving a note is the hottest write in the app (every second of typing), so an
existing note is updated with two plain SQL statements and its change-log entry
is written by the same ``changelog.append`` the ORM hook uses.

A save may carry the version its text was based on (the note's change device and
sequence when the editor read it). If the stored note changed since (another window,
another process, a merge), nothing is overwritten: :class:`NoteConflict` hands
both texts back to the editor.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from sqlmodel import Session, select

from veldwerk.domain import Note
from veldwerk.errors import NoteConflict, RecordGone
from veldwerk.i18n import translate
from veldwerk.store import changelog

Version = tuple[str, int]  # (change_device, change_seq) of the stored note


class _Any:
    """No base given: overwrite whatever is stored (scripts, the demo, imports)."""


ANY: Final = _Any()

_COLUMNS = [column.key for column in Note.__table__.columns]  # type: ignore[attr-defined]
_FIND = (f"SELECT {', '.join(_COLUMNS)} FROM note WHERE interview_id = ? AND topic_id IS ?")
_UPDATE = ("UPDATE note SET text = ?, updated_at = ?, change_device = ?, change_seq = ? "
           "WHERE id = ?")
_INTERVIEW = "SELECT 1 FROM interview WHERE id = ?"


@dataclass(frozen=True)
class StoredNote:
    text: str
    version: Version


@dataclass(frozen=True)
class Saved:
    changed: bool  # False: the same text was stored already
    version: Version


def notes_of(session: Session, interview_id: str) -> dict[str | None, str]:
    """Text per topic id (``None`` = free notes)."""
    return {slot: note.text for slot, note in read_notes(session, interview_id).items()}


def read_notes(session: Session, interview_id: str) -> dict[str | None, StoredNote]:
    """Text and version per topic id: what an editor bases its saves on."""
    return {note.topic_id: StoredNote(note.text, (note.change_device, note.change_seq))
            for note in session.exec(select(Note).where(Note.interview_id == interview_id))}


def interview_gone(interview_id: str) -> RecordGone:
    return RecordGone(translate(
        "Notes", "This interview no longer exists: it was erased (a participant withdrew) "
        "or removed for good."), hint=translate(
        "Notes", "What was typed in it cannot be kept. Close this window."))


def save_note(session: Session, interview_id: str, topic_id: str | None, text: str,
              base: Version | _Any | None = ANY) -> Saved:
    """Store ``text`` under the topic, unless the stored note is no longer ``base``
    (``None``: the editor saw no note yet)."""
    device_id: str = session.info["device_id"]
    cursor = changelog.raw_cursor(session)
    try:
        found = cursor.execute(_FIND, (interview_id, topic_id)).fetchone()
        if found is None:
            if cursor.execute(_INTERVIEW, (interview_id,)).fetchone() is None:
                raise interview_gone(interview_id)
            note = Note(interview_id=interview_id, topic_id=topic_id, text=text)
            session.add(note)
            session.flush()  # the ORM hook logs the insert
            return Saved(True, (note.change_device, note.change_seq))
        row: dict[str, Any] = dict(zip(_COLUMNS, found, strict=True))
        current: Version = (row["change_device"], row["change_seq"])
        if row["text"] == text:
            return Saved(False, current)
        if not isinstance(base, _Any) and base != current and (base is not None
                                                                or row["text"]):
            raise NoteConflict(row["text"], current)
        row["text"] = text
        now, version = changelog.stamp(session, cursor, row)
        cursor.execute(_UPDATE, (text, changelog.time_text(now), device_id, row["change_seq"],
                                 row["id"]))
        changelog.log_update(session, cursor, "note", row, now, version)
        return Saved(True, (device_id, row["change_seq"]))
    finally:
        cursor.close()
