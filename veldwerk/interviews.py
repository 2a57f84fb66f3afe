"""Interviews of five kinds, and the paged listing the interview list reads."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, select

from veldwerk.domain import (
    Interview,
    InterviewInterviewer,
    InterviewKind,
    InterviewParticipant,
    Status,
)
from veldwerk.domain.base import dumps_list, loads_list
from veldwerk.errors import ValidationError
from veldwerk.i18n import translate


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


def validate(draft: InterviewDraft) -> None:
    kinds = {k.value for k in InterviewKind}
    if draft.kind not in kinds:
        raise ValidationError("kind", translate("Interviews", "Choose a kind of interview."))
    if draft.status not in {s.value for s in Status}:
        raise ValidationError("status", translate("Interviews", "Choose a status."))
    count = len(set(draft.participant_ids))
    if draft.kind == InterviewKind.OBSERVATION.value and count:
        raise ValidationError("participants", translate(
            "Interviews", "An observation has no participants."))
    if draft.kind in (InterviewKind.INTERVIEW.value, InterviewKind.STORY.value) and count > 1:
        raise ValidationError("participants", translate(
            "Interviews", "An individual interview or story has one participant; use a focus "
            "group for more."))


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


# The listing: SQL with LIMIT/OFFSET so the list never loads every row.

SORT_COLUMNS = {
    "starts_at": "i.starts_at", "kind": "i.kind", "title": "i.title COLLATE NOCASE",
    "participants": "participants", "neighbourhood": "neighbourhood", "phase": "phase",
    "status": "i.status", "interviewers": "interviewers",
}


@dataclass(frozen=True)
class ListQuery:
    text: str = ""
    neighbourhood_id: str | None = None
    phase_id: str | None = None
    kind: str | None = None
    status: str | None = None
    interviewer_id: str | None = None
    sort: str = "starts_at"
    descending: bool = True


@dataclass(frozen=True)
class ListRow:
    id: str
    starts_at: datetime | None
    kind: str
    title: str
    participants: str
    neighbourhood: str
    phase: str
    status: str
    interviewers: str


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _where(session: Session, query: ListQuery) -> tuple[str, dict[str, Any]]:
    clauses = ["i.deleted_at IS NULL"]
    params: dict[str, Any] = {}
    for column in ("neighbourhood_id", "phase_id", "kind", "status"):
        value = getattr(query, column)
        if value:
            clauses.append(f"i.{column} = :{column}")
            params[column] = value
    if query.interviewer_id:
        clauses.append("EXISTS (SELECT 1 FROM interview_interviewer x WHERE "
                       "x.interview_id = i.id AND x.member_id = :member)")
        params["member"] = query.interviewer_id
    for n, word in enumerate(query.text.split()):
        key = f"w{n}"
        params[key] = _like(word)
        # Participants are few: find the matching codes once, not once per interview.
        codes = [row[0] for row in session.execute(text(
            "SELECT id FROM participant WHERE code LIKE :w ESCAPE '\\'"), {"w": params[key]})]
        by_code = ""
        if codes:
            names = []
            for m, participant_id in enumerate(codes):
                params[f"{key}p{m}"] = participant_id
                names.append(f":{key}p{m}")
            by_code = (f" OR EXISTS (SELECT 1 FROM interview_participant ip WHERE "
                       f"ip.interview_id = i.id AND ip.participant_id IN ({', '.join(names)}))")
        clauses.append(
            f"((i.title || ' ' || i.place || ' ' || i.summary || ' ' || i.tags) "
            f"LIKE :{key} ESCAPE '\\'{by_code})")
    return " AND ".join(clauses), params


def count(session: Session, query: ListQuery) -> int:
    where, params = _where(session, query)
    return int(session.execute(text(f"SELECT count(*) FROM interview i WHERE {where}"),
                               params).scalar_one())


def page(session: Session, query: ListQuery, offset: int, limit: int) -> list[ListRow]:
    where, params = _where(session, query)
    order = SORT_COLUMNS.get(query.sort, "i.starts_at")
    direction = "DESC" if query.descending else "ASC"
    sql = f"""
        SELECT i.id, i.starts_at, i.kind, i.title,
          (SELECT group_concat(p.code, ', ') FROM interview_participant ip
             JOIN participant p ON p.id = ip.participant_id
            WHERE ip.interview_id = i.id) AS participants,
          coalesce((SELECT n.name FROM neighbourhood n WHERE n.id = i.neighbourhood_id), '')
            AS neighbourhood,
          coalesce((SELECT ph.name FROM phase ph WHERE ph.id = i.phase_id), '') AS phase,
          i.status,
          (SELECT group_concat(m.name, ', ') FROM interview_interviewer x
             JOIN team_member m ON m.id = x.member_id
            WHERE x.interview_id = i.id) AS interviewers
        FROM interview i WHERE {where}
        ORDER BY {order} {direction}, i.id {direction}
        LIMIT :limit OFFSET :offset"""
    params.update(limit=limit, offset=offset)
    rows = session.execute(text(sql), params).all()
    return [ListRow(r[0], _parse_time(r[1]), r[2], r[3], r[4] or "", r[5], r[6], r[7],
                    r[8] or "") for r in rows]


def _parse_time(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)
