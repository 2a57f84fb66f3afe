"""The interview list as SQL: filters, sorting and pages (LIMIT/OFFSET), so the list never
loads every row; and the names the filters offer. Plain SQL over the tables, without the
ORM models, because this is what start-up paints first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from veldwerk.ids import as_utc
from veldwerk.search import index
from veldwerk.search.query import terms
from veldwerk.store import dialect
from veldwerk.store.dialect import joined_text

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


def _text_match(key: str, like: bool, server: bool) -> str:
    """A word of the text filter: found in the interview's title, place, summary or tags,
    or in the code of one of its participants (the search index, veldwerk/search)."""
    return (f"i.id IN ({index.matching('interview', key, like, server)} UNION "
            f"SELECT interview_id FROM interview_participant WHERE participant_id IN "
            f"({index.matching('participant', key, like, server)}))")


def interview_filters(chosen: Any, params: dict[str, Any]) -> list[str]:
    """SQL conditions on ``interview i`` for the filters ``chosen`` has set (attributes
    ``neighbourhood_id``, ``phase_id``, ``kind``, ``status``, ``interviewer_id``, ``tag``;
    any may be missing), shared by the list and the search; binds into ``params``."""
    clauses = []
    for column in ("neighbourhood_id", "phase_id", "kind", "status"):
        value = getattr(chosen, column, None)
        if value:
            clauses.append(f"i.{column} = :{column}")
            params[column] = value
    if getattr(chosen, "interviewer_id", None):
        clauses.append("EXISTS (SELECT 1 FROM interview_interviewer x WHERE "
                       "x.interview_id = i.id AND x.member_id = :member)")
        params["member"] = chosen.interviewer_id
    tag = getattr(chosen, "tag", None)
    if tag:  # tags are a JSON list of strings: the tag as one quoted element
        clauses.append("i.tags LIKE :tag ESCAPE '\\'")
        escaped = tag.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params["tag"] = f'%"{escaped.replace(chr(34), chr(92) + chr(34))}"%'
    return clauses


def _where(query: ListQuery, server: bool = False) -> tuple[str, dict[str, Any]]:
    params: dict[str, Any] = {}
    clauses = ["i.deleted_at IS NULL", *interview_filters(query, params)]
    for n, term in enumerate(terms(query.text, server)):
        key = f"w{n}"
        params[key] = term.value
        clauses.append(_text_match(key, term.like, server))
    return " AND ".join(clauses), params


def count(session: Session, query: ListQuery) -> int:
    where, params = _where(query, dialect.is_server(session))
    return int(session.execute(text(f"SELECT count(*) FROM interview i WHERE {where}"),
                               params).scalar_one())


def page(session: Session, query: ListQuery, offset: int, limit: int) -> list[ListRow]:
    where, params = _where(query, dialect.is_server(session))
    order = SORT_COLUMNS.get(query.sort, "i.starts_at")
    if dialect.is_server(session) and order.endswith(" COLLATE NOCASE"):
        order = f"lower({order.removesuffix(' COLLATE NOCASE')})"  # no NOCASE there
    direction = "DESC" if query.descending else "ASC"
    sql = f"""
        SELECT i.id, i.starts_at, i.kind, i.title,
          (SELECT {joined_text(session, 'p.code', ', ')} FROM interview_participant ip
             JOIN participant p ON p.id = ip.participant_id
            WHERE ip.interview_id = i.id) AS participants,
          coalesce((SELECT n.name FROM neighbourhood n WHERE n.id = i.neighbourhood_id), '')
            AS neighbourhood,
          coalesce((SELECT ph.name FROM phase ph WHERE ph.id = i.phase_id), '') AS phase,
          i.status,
          (SELECT {joined_text(session, 'm.name', ', ')} FROM interview_interviewer x
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
    return as_utc(value)


def filter_names(session: Session) -> dict[str, list[tuple[str, str]]]:
    """(id, name) of neighbourhoods, phases and team members, for the filter lists."""
    out: dict[str, list[tuple[str, str]]] = {}
    for key, sql in (("neighbourhood", "SELECT id, name FROM neighbourhood ORDER BY position"),
                     ("phase", "SELECT id, name FROM phase ORDER BY position"),
                     ("team_member", "SELECT id, name FROM team_member ORDER BY name")):
        out[key] = [(row[0], row[1]) for row in session.execute(text(sql))]
    return out


def project_name(session: Session) -> str:
    return str(session.execute(text("SELECT name FROM project LIMIT 1")).scalar_one())
