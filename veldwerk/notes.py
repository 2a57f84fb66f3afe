"""Notes per topic, saved as they are typed (DESIGN.md §2: no Save button).

Saving a note is the hottest write in the app (every pause in typing), so an
existing note is updated with two plain SQL statements and its change-log entry
is written by the same ``changelog.append`` the ORM hook uses.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session, select

from veldwerk.domain import Note
from veldwerk.ids import utcnow
from veldwerk.store import changelog

_COLUMNS = [column.key for column in Note.__table__.columns]  # type: ignore[attr-defined]
_FIND = (f"SELECT {', '.join(_COLUMNS)} FROM note WHERE interview_id = ? AND topic_id IS ?")
_UPDATE = ("UPDATE note SET text = ?, updated_at = ?, change_device = ?, change_seq = ? "
           "WHERE id = ?")
_TIMES = {"created_at", "updated_at"}


def notes_of(session: Session, interview_id: str) -> dict[str | None, str]:
    """Text per topic id (``None`` = free notes)."""
    return {note.topic_id: note.text for note in session.exec(
        select(Note).where(Note.interview_id == interview_id))}


def save_note(session: Session, interview_id: str, topic_id: str | None, text: str) -> bool:
    """Store ``text`` under the topic; returns False when nothing changed."""
    device_id: str = session.info["device_id"]
    cursor = changelog.raw_cursor(session)
    try:
        found = cursor.execute(_FIND, (interview_id, topic_id)).fetchone()
        if found is None:
            session.add(Note(interview_id=interview_id, topic_id=topic_id, text=text))
            session.flush()  # the ORM hook logs the insert
            return True
        row: dict[str, Any] = dict(zip(_COLUMNS, found, strict=True))
        if row["text"] == text:
            return False
        now = utcnow()
        seq = changelog.next_seq(cursor, device_id)
        cursor.execute(_UPDATE, (text, now.strftime("%Y-%m-%d %H:%M:%S.%f"), device_id, seq,
                                 row["id"]))
        row.update(text=text, updated_at=now, change_device=device_id, change_seq=seq)
        for key in _TIMES:
            row[key] = _iso(row[key])
        changelog.append(cursor, device_id, seq, "note", row["id"], "update", row, now)
        return True
    finally:
        cursor.close()


def _iso(value: Any) -> str:
    """The same text ``row_dict`` gives for an aware UTC datetime."""
    stamp = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return stamp.isoformat()
