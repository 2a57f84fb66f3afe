"""Interviews: what a draft must satisfy (its kind's ``RULES``), and saving it with its
links."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import Session, select

from veldwerk import labels
from veldwerk.domain import (
    Interview,
    InterviewInterviewer,
    InterviewKind,
    InterviewParticipant,
    Status,
)
from veldwerk.domain.base import dumps_list, loads_list
from veldwerk.domain.kinds import RULES
from veldwerk.errors import ValidationError
from veldwerk.i18n import translate
from veldwerk.words import plural


@dataclass
class InterviewDraft:
    kind: str = InterviewKind.INTERVIEW.value
    title: str = ""
    starts_at: datetime | None = None
    place: str = ""
    neighbourhood_id: str | None = None
    phase_id: str | None = None
    guide_id: str | None = None
    status: str = Status.PLANNED.value
    tags: list[str] = field(default_factory=list)
    summary: str = ""
    participant_ids: list[str] = field(default_factory=list)
    interviewer_ids: list[str] = field(default_factory=list)


def get(session: Session, interview_id: str) -> Interview | None:
    """The interview (binned or not), or None once it is purged or erased: screens that
    hold an id ask whether it still exists."""
    return session.get(Interview, interview_id)


def validate(draft: InterviewDraft) -> None:
    """The kind's rules (``RULES``) against the draft; messages name the kind by its label."""
    rules = RULES.get(draft.kind)
    if rules is None:
        raise ValidationError("kind", translate("Interviews", "Choose a kind of interview."))
    if draft.status not in {s.value for s in Status}:
        raise ValidationError("status", translate("Interviews", "Choose a status."))
    count = len(set(draft.participant_ids))
    name = labels.kind(draft.kind)
    if count < rules.min_participants:
        raise ValidationError("participants", plural(rules.min_participants, translate(
            "Interviews", "The kind ‘{kind}’ needs at least {n} participant."), translate(
            "Interviews", "The kind ‘{kind}’ needs at least {n} participants."), kind=name))
    if rules.max_participants == 0 and count:
        raise ValidationError("participants", translate(
            "Interviews", "The kind ‘{kind}’ takes no participants.").format(kind=name))
    if rules.max_participants is not None and count > rules.max_participants:
        more = [f"‘{labels.kind(k)}’" for k, r in RULES.items()
                if r.max_participants is None or r.max_participants >= count]
        raise ValidationError("participants", plural(rules.max_participants, translate(
            "Interviews", "The kind ‘{kind}’ takes at most {n} participant; for more people, "
            "choose {kinds}."), translate(
            "Interviews", "The kind ‘{kind}’ takes at most {n} participants; for more "
            "people, choose {kinds}."), kind=name, kinds=", ".join(more)))


def save(session: Session, project_id: str, draft: InterviewDraft,
         interview_id: str | None = None) -> Interview:
    validate(draft)
    if interview_id is None:
        interview = Interview(project_id=project_id)
        session.add(interview)
    else:
        found = session.get(Interview, interview_id)
        assert found is not None
        interview = found
    interview.kind, interview.title = draft.kind, draft.title.strip()
    interview.starts_at, interview.place = draft.starts_at, draft.place.strip()
    interview.neighbourhood_id, interview.phase_id = draft.neighbourhood_id, draft.phase_id
    interview.guide_id, interview.status = draft.guide_id, draft.status
    interview.tags = dumps_list(sorted({t.strip() for t in draft.tags if t.strip()}))
    interview.summary = draft.summary
    _set_links(session, InterviewParticipant, "participant_id", interview.id,
               draft.participant_ids)
    _set_links(session, InterviewInterviewer, "member_id", interview.id, draft.interviewer_ids)
    return interview


def mark_done(session: Session, interview_id: str) -> None:
    """A story saved (however its recording ended) is done, not in progress."""
    interview = session.get(Interview, interview_id)
    if interview is not None and interview.deleted_at is None \
            and interview.status != Status.DONE.value:
        interview.status = Status.DONE.value


def draft_of(session: Session, interview: Interview) -> InterviewDraft:
    return InterviewDraft(
        kind=interview.kind, title=interview.title, starts_at=interview.starts_at,
        place=interview.place, neighbourhood_id=interview.neighbourhood_id,
        phase_id=interview.phase_id, guide_id=interview.guide_id, status=interview.status,
        tags=loads_list(interview.tags), summary=interview.summary,
        participant_ids=list(session.exec(select(InterviewParticipant.participant_id).where(
            InterviewParticipant.interview_id == interview.id))),
        interviewer_ids=list(session.exec(select(InterviewInterviewer.member_id).where(
            InterviewInterviewer.interview_id == interview.id))),
    )


def _set_links(session: Session, model: Any, column: str, interview_id: str,
               wanted: Sequence[str]) -> None:
    current = {getattr(link, column): link for link in session.exec(
        select(model).where(model.interview_id == interview_id))}
    for key, link in current.items():
        if key not in wanted:
            session.delete(link)
    for key in dict.fromkeys(wanted):
        if key not in current:
            session.add(model(interview_id=interview_id, **{column: key}))
