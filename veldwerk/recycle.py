"""Delete with undo: interviews and participants rest in a recycle bin for 30 days.

Moving to the bin is a soft delete (a ``delete`` tombstone in the change log that
can still be undone); after 30 days the rows are purged for good (``purge``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from veldwerk.domain import Interview, InterviewParticipant, Participant, ownership
from veldwerk.errors import NotFound, ValidationError
from veldwerk.i18n import translate
from veldwerk.ids import utcnow
from veldwerk.mediastore import overwrite_and_unlink
from veldwerk.store import changelog
from veldwerk.store.project import OpenProject
from veldwerk.tidy import KEEP_DAYS, anything_expired, cutoff  # noqa: F401  (one rule)


@dataclass(frozen=True)
class BinItem:
    table: str
    id: str
    label: str
    deleted_at: datetime


def _get(session: Session, model: type[Interview] | type[Participant], row_id: str
         ) -> Interview | Participant:
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(translate("Errors", "The record {id} no longer exists.").format(id=row_id))
    return row


def delete_interview(session: Session, interview_id: str) -> None:
    _get(session, Interview, interview_id).deleted_at = utcnow()


def check_participant_deletable(session: Session, participant_id: str) -> None:
    """Refuse while an interview (not in the bin) still names the participant."""
    in_use = session.exec(
        select(InterviewParticipant.id)
        .join(Interview, Interview.id == InterviewParticipant.interview_id)  # type: ignore[arg-type]
        .where(InterviewParticipant.participant_id == participant_id,
               Interview.deleted_at.is_(None))  # type: ignore[union-attr]
    ).first()
    if in_use is not None:
        raise ValidationError("participant", translate(
            "Participants",
            "This participant takes part in an interview. Remove them from it first, or "
            "delete the interview."))


def delete_participant(session: Session, participant_id: str) -> None:
    check_participant_deletable(session, participant_id)
    _get(session, Participant, participant_id).deleted_at = utcnow()


def restore(session: Session, table: str, row_id: str) -> None:
    model = Interview if table == "interview" else Participant
    _get(session, model, row_id).deleted_at = None


def items(session: Session) -> list[BinItem]:
    found: list[BinItem] = []
    for interview in session.exec(select(Interview).where(Interview.deleted_at.is_not(None))):  # type: ignore[union-attr]
        found.append(BinItem("interview", interview.id, interview.title or interview.kind,
                             interview.deleted_at))  # type: ignore[arg-type]
    for participant in session.exec(
            select(Participant).where(Participant.deleted_at.is_not(None))):  # type: ignore[union-attr]
        found.append(BinItem("participant", participant.id, participant.code,
                             participant.deleted_at))  # type: ignore[arg-type]
    return sorted(found, key=lambda item: item.deleted_at, reverse=True)


def purge_expired(session: Session, now: datetime | None = None) -> tuple[int, set[str]]:
    """Purge what has been in the bin longer than 30 days, with everything it owns.
    Returns how many binned items went, and the media files their rows named."""
    moment = cutoff(now)
    interviews = list(session.exec(select(Interview.id).where(Interview.deleted_at < moment)))  # type: ignore[operator]
    people = list(session.exec(select(Participant.id).where(Participant.deleted_at < moment)))  # type: ignore[operator]
    plan = ownership.closure(session, {"interview": interviews, "participant": people})
    files = ownership.media_of(session, plan)
    changelog.remove_rows(session, plan, "purge")
    return len(interviews) + len(people), files


def purge(project: OpenProject, now: datetime | None = None) -> int:
    """Purge on the writer, then remove the media files no row names any more."""
    count, files = project.run(lambda s: purge_expired(s, now), "recycle bin")
    with project.session() as session:
        unused = [name for name in files if not ownership.referenced(session, name)]
    for name in unused:
        overwrite_and_unlink(project.media / name)
    return count
