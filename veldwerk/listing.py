"""The interview list as SQL: filters, sorting and pages (LIMIT/OFFSET), so the list never
loads every row; and the names the filters offer. Plain SQL over the tables, without the
ORM models, because this is what start-up paints first.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from veldwerk import fields
from veldwerk.ids import as_utc
from veldwerk.search import index
from veldwerk.search.query import terms
from veldwerk.store import dialect


def sort_columns() -> dict[str, str]:
    """Each list column's key and the SQL it sorts by (``fields.py``)."""
    return {f.key: f.column.sort for f in fields.columns()}  # type: ignore[union-attr]


# The tables the list's rows are read from, and those the filters' names come from: a
# write touching one of them changes what the window shows.
READS = frozenset({"interview", "interview_participant", "interview_interviewer",
                   "participant", "neighbourhood", "phase", "team_member"})
FILTER_READS = frozenset({"neighbourhood", "phase", "team_member"})


class Chosen:
    """The filters set, by their keys in ``fields.py`` (``neighbourhood_id=…``): a value
    for a filter the registry does not declare is a mistake, said at once."""

    def __init__(self, **chosen: str | None) -> None:
        known = {f.key for f in fields.filters()}
        unknown = set(chosen) - known
        if unknown:
            raise TypeError(f"no such filter: {', '.join(sorted(unknown))}")
        self.chosen = {key: value for key, value in chosen.items() if value}

    def __getattr__(self, name: str) -> str | None:
        if name in {f.key for f in fields.filters()}:
            return self.__dict__.get("chosen", {}).get(name)
        raise AttributeError(name)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and vars(self) == vars(other)

    def __hash__(self) -> int:
        return hash(tuple(sorted(vars(self).items(), key=str)))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({vars(self)!r})"


class ListQuery(Chosen):
    """What the list shows: its words, its filters (``Chosen``) and its order."""

    def __init__(self, text: str = "", sort: str = "starts_at", descending: bool = True,
                 **chosen: str | None) -> None:
        super().__init__(**chosen)
        self.text, self.sort, self.descending = text, sort, descending

    def __hash__(self) -> int:
        return hash((self.text, self.sort, self.descending, *sorted(self.chosen.items())))

    def replace(self, **changes: Any) -> ListQuery:
        """This query with ``changes`` (``text``, ``sort``, ``descending``, filters)."""
        mine: dict[str, Any] = {"text": self.text, "sort": self.sort,
                                "descending": self.descending, **self.chosen}
        return ListQuery(**(mine | changes))


@dataclass(frozen=True)
class ListRow:
    """An interview as the list shows it: its id, and each list column's (and
    ``--json``'s) value by its key in ``fields.py`` (``row.title``, ``row.values``)."""

    id: str
    values: dict[str, Any]

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__["values"][name]
        except KeyError:
            raise AttributeError(name) from None


def _text_match(key: str, like: bool, fts: bool) -> str:
    """A word of the text filter: found in the interview's searched fields (``fields.py``),
    or in the code of one of its participants (the search index, veldwerk/search)."""
    return (f"i.id IN ({index.matching('interview', key, like, fts)} UNION "
            f"SELECT interview_id FROM interview_participant WHERE participant_id IN "
            f"({index.matching('participant', key, like, fts)}))")


def interview_filters(chosen: Any, params: dict[str, Any]) -> list[str]:
    """SQL conditions on ``interview i`` for the filters ``chosen`` has set (an attribute
    per filter key of ``fields.py``; any may be missing), shared by the list and the
    search; binds into ``params``."""
    clauses = []
    for wanted in fields.filters():
        value = getattr(chosen, wanted.key, None)
        if value:
            clauses.append(wanted.condition)
            params[wanted.key] = wanted.bind(value) if wanted.bind else value
    return clauses


def _where(query: ListQuery, fts: bool = True) -> tuple[str, dict[str, Any]]:
    params: dict[str, Any] = {}
    clauses = ["i.deleted_at IS NULL", *interview_filters(query, params)]
    for n, term in enumerate(terms(query.text, fts)):
        key = f"w{n}"
        params[key] = term.value
        clauses.append(_text_match(key, term.like, fts))
    return " AND ".join(clauses), params


def count(session: Session, query: ListQuery) -> int:
    where, params = _where(query, dialect.of(session).fts)
    return int(session.execute(text(f"SELECT count(*) FROM interview i WHERE {where}"),
                               params).scalar_one())


def selected(session: Session) -> list[fields.Field]:
    """The fields a page reads: the list's columns and what ``--json`` prints."""
    return [f for f in fields.INTERVIEW if (f.column or f.json) and f.key != "id"]


def field_sql(session: Session, field: fields.Field) -> str:
    """A field's value as SQL on ``interview i`` in this database's dialect."""
    if field.joined:
        return field.sql.format(joined=dialect.of(session).joined_text(*field.joined))
    return field.sql


def page(session: Session, query: ListQuery, offset: int, limit: int) -> list[ListRow]:
    sql_of = dialect.of(session)
    where, params = _where(query, sql_of.fts)
    order = sql_of.sort_key(sort_columns().get(query.sort, "i.starts_at"))
    direction = "DESC" if query.descending else "ASC"
    read = selected(session)
    values = ",\n          ".join(f"{field_sql(session, f)} AS {f.key}" for f in read)
    sql = f"""
        SELECT i.id,
          {values}
        FROM interview i WHERE {where}
        ORDER BY {order} {direction}, i.id {direction}
        LIMIT :limit OFFSET :offset"""
    params.update(limit=limit, offset=offset)
    rows = session.execute(text(sql), params).all()
    return [ListRow(r[0], {f.key: _value(f, v) for f, v in zip(read, r[1:], strict=True)})
            for r in rows]


def _value(field: fields.Field, value: Any) -> Any:
    if field.kind == "time":
        return _parse_time(value)
    return "" if value is None and field.kind == "text" else value


def _parse_time(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return as_utc(value)


def filter_names(session: Session) -> dict[str, list[tuple[str, str]]]:
    """(id, name) of the rows the filters choose from by name (neighbourhoods, phases,
    team members: ``fields.Names``), by table."""
    out: dict[str, list[tuple[str, str]]] = {}
    for wanted in fields.filters():
        names = wanted.options
        if isinstance(names, fields.Names):
            out[names.table] = [(row[0], row[1]) for row in session.execute(text(
                f"SELECT id, name FROM {names.table} ORDER BY {names.order}"))]
    return out


def filter_choices(session: Session, place: str) -> dict[str, list[tuple[str, str]]]:
    """Each filter ``place`` offers, by key: its choices as (value, label), in one read
    (a table's names, a vocabulary by its labels, the values in use)."""
    names = filter_names(session)
    out: dict[str, list[tuple[str, str]]] = {}
    for field in fields.INTERVIEW:
        wanted = field.filter
        if wanted is None or place not in wanted.places:
            continue
        options = wanted.options
        if isinstance(options, fields.Names):
            out[wanted.key] = names[options.table]
        elif isinstance(options, fields.Vocabulary):
            out[wanted.key] = [(v, fields.shown(field, v)) for v in options.values]
        else:
            out[wanted.key] = [(v, v) for v in in_use(session, field.key)]
    return out


def in_use(session: Session, key: str) -> list[str]:
    """The values the interviews hold now in the field ``key`` (every tag of a tags
    field), for a filter of ``fields.InUse``."""
    field = fields.by_key(key)
    found: set[str] = set()
    for (stored,) in session.execute(text(
            f"SELECT DISTINCT {field.sql} FROM interview i WHERE i.deleted_at IS NULL")):
        if field.kind != "tags":
            found.update([str(stored)] if stored else [])
            continue
        try:
            found.update(str(t) for t in json.loads(stored or "[]"))
        except ValueError:
            continue
    return sorted(found, key=str.casefold)


def project_name(session: Session) -> str:
    return str(session.execute(text("SELECT name FROM project LIMIT 1")).scalar_one())
