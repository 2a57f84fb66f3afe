"""Notes per topic, saved as they are typed (DESIGN.md §2: no Save button)."""

from __future__ import annotations

from sqlmodel import Session, select

from veldwerk.domain import Note


def notes_of(session: Session, interview_id: str) -> dict[str | None, str]:
    """Text per topic id (``None`` = free notes)."""
    return {note.topic_id: note.text for note in session.exec(
        select(Note).where(Note.interview_id == interview_id))}


def save_note(session: Session, interview_id: str, topic_id: str | None, text: str) -> bool:
    """Store ``text`` under the topic; returns False when nothing changed."""
    query = select(Note).where(Note.interview_id == interview_id)
    query = query.where(Note.topic_id.is_(None) if topic_id is None  # type: ignore[union-attr]
                        else Note.topic_id == topic_id)
    note = session.exec(query).first()
    if note is None:
        session.add(Note(interview_id=interview_id, topic_id=topic_id, text=text))
        return True
    if note.text == text:
        return False
    note.text = text
    return True
