"""The project as tidy tables for analysis: one table per kind of thing, one row per
thing, UUIDs as ids. The cells are typed (text, whole numbers, booleans, UTC times, None):
CSV for R and SPSS writes them as text (times in ISO 8601 UTC, UTF-8 with a byte-order
mark so Excel reads the accents), the spreadsheet (``spreadsheet.py``) keeps their types.

- ``interviews.csv``, ``participants.csv`` (code, neighbourhood, age band: never a name),
  ``notes.csv``, ``markers.csv``, ``segments.csv`` (the transcripts' segments, where
  everyone in the conversation also allows audio: ``transcribed.py``), ``answers.csv``
  (notes under the topics of questionnaire guides, typed by the topic's answer type) and
  ``consent.csv`` (each person's newest consent, scope by scope);
- ``left-out.csv``: what the tables do not hold, and why.

What goes in is decided by ``consent.use`` alone: an interview only if everyone in it
allows quotes, a participant only if they do; withdrawn people are in none of it.
Identifying details, consent evidence and documents and ``recording.source`` (an
imported file's name, maybe a person's) are never read.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, text
from sqlmodel import Session

from veldwerk import fields, people
from veldwerk.consent.use import QUOTES, Consents, LeftOut
from veldwerk.domain.base import loads_list
from veldwerk.errors import Cancelled as CancelledError
from veldwerk.fsutil import atomic_write_bytes, output_folder
from veldwerk.ids import as_utc, utc_text
from veldwerk.listing import field_sql
from veldwerk.reports import transcribed
from veldwerk.reports.writing import cannot_write

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
SCOPE_COLUMNS = ("audio", "quotes", "archive", "group", "contact")


Cell = str | int | float | bool | datetime | None  # a typed cell of a table


def moment(value: Any) -> datetime | None:
    """A stored time as an aware UTC time (None for none)."""
    return None if value is None or value == "" else as_utc(value)


def cell_text(value: Cell) -> str:
    """A typed cell as the CSV writes it: a time in ISO 8601 UTC, a boolean true/false,
    None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return utc_text(value)
    return str(value)


def typed_answer(answer_type: str, value: str) -> Cell:
    """A questionnaire answer as its type reads in a table: scale 1–5 as a number, yes/no
    as a boolean, a choice or free text as it is (None: no answer of that type)."""
    stripped = value.strip()
    if answer_type == "scale":
        return int(stripped) if stripped.isdigit() else None
    if answer_type == "yes_no":
        return {"ja": True, "nee": False, "yes": True, "no": False}.get(stripped.lower())
    return value


class Selection:
    """Which interviews and participants an output holds, and what it left out."""

    def __init__(self, session: Session, consents: Consents,
                 scopes: tuple[str, ...] = (QUOTES,)) -> None:
        """``scopes``: what everyone in a source (and every person listed) must allow."""
        self.left_out: list[LeftOut] = []
        self.interviews: list[str] = []
        for interview_id, title in session.execute(text(
                "SELECT id, title FROM interview WHERE deleted_at IS NULL "
                "ORDER BY starts_at, id")):
            reason = _first(consents.source_refusal(interview_id, s) for s in scopes)
            if reason:
                self.left_out.append(LeftOut("interview", interview_id, title or "", reason,
                                             _first(consents.source_cause(interview_id, s)
                                                    for s in scopes)))
            else:
                self.interviews.append(interview_id)
        self.people: list[str] = []
        for person, code in session.execute(text(
                "SELECT id, code FROM participant WHERE deleted_at IS NULL ORDER BY code, id")):
            reason = _first(consents.refusal(person, s) for s in scopes)
            if reason:
                self.left_out.append(LeftOut("participant", person, code, reason,
                                             _first(consents.cause(person, s)
                                                    for s in scopes)))
            else:
                self.people.append(person)


def _first(reasons: Iterable[str]) -> str:
    return next((r for r in reasons if r), "")


def chosen_rows(session: Session, sql: str, ids: list[str], **params: Any) -> Iterator[Any]:
    """Rows of ``sql`` for the chosen ids, a chunk at a time (the ``:ids`` list)."""
    statement = text(sql).bindparams(bindparam("ids", expanding=True))
    for start in range(0, len(ids), 500):
        yield from session.execute(statement, {"ids": ids[start:start + 500], **params})


def tables(session: Session, consents: Consents | None = None,
           cancelled: Cancelled | None = None,
           scopes: tuple[str, ...] = (QUOTES,),
           chosen: Selection | None = None) -> dict[str, list[list[Cell]]]:
    """Every table as a header and rows of typed cells, in memory (the project fits: text
    only). Team members are named as outputs name them (``people.shown_names``).
    ``chosen``: the selection already made (the archive keeps its list of what was left
    out)."""
    consents = consents or Consents(session)
    chosen = chosen or Selection(session, consents, scopes)
    ivs, people = chosen.interviews, chosen.people
    out: dict[str, list[list[Cell]]] = {}
    out["interviews"] = _table(session, fields.INTERVIEW, "interview i", ivs,
                               "ORDER BY i.starts_at, i.id", cancelled)
    out["participants"] = _table(session, fields.PARTICIPANT, "participant p", people,
                                 "ORDER BY p.code, p.id", cancelled)
    out["notes"] = [["id", "interview_id", "topic_id", "topic", "position", "text",
                     "updated_at"]]
    out["answers"] = [["id", "interview_id", "topic_id", "question", "answer_type", "answer",
                       "updated_at"]]
    for row in chosen_rows(session, """
            SELECT n.id, n.interview_id, n.topic_id, coalesce(t.title, ''), t.position, n.text,
              n.updated_at, t.answer_type, coalesce(g.kind, '')
            FROM note n LEFT JOIN topic t ON t.id = n.topic_id
            LEFT JOIN guide g ON g.id = t.guide_id
            WHERE n.interview_id IN :ids ORDER BY n.interview_id, t.position, n.id""", ivs):
        if row[8] == "questionnaire" and row[2] is not None:
            out["answers"].append([row[0], row[1], row[2], row[3], row[7],
                                   typed_answer(row[7], row[5]), moment(row[6])])
        else:
            out["notes"].append([row[0], row[1], row[2] or "", row[3],
                                 row[4], row[5], moment(row[6])])
    out["markers"] = [["id", "recording_id", "interview_id", "offset_ms", "label", "topic_id"]]
    out["markers"] += [[*r[:5], r[5] or ""] for r in chosen_rows(session, """
            SELECT m.id, m.recording_id, r.interview_id, m.offset_ms, m.label, m.topic_id
            FROM marker m JOIN recording r ON r.id = m.recording_id
            WHERE r.interview_id IN :ids AND r.state != 'recording'
            ORDER BY r.interview_id, m.recording_id, m.offset_ms, m.id""", ivs)]
    heard = transcribed.read(session, ivs, consents)
    out["segments"] = [["id", "recording_id", "interview_id", "start_ms", "end_ms", "speaker",
                        "text", "edited"]]
    out["segments"] += [[x.id, x.recording_id, x.interview_id, x.start_ms, x.end_ms,
                         x.speaker, x.text, x.edited]
                        for found in heard.lines.values() for x in found]
    out["consent"] = [["participant_id", "code", *SCOPE_COLUMNS, "method", "given_at",
                       "form_version", "form_language"]]
    for row in chosen_rows(session, """
            SELECT c.participant_id, p.code, c.scopes, c.method, c.given_at, t.version,
              t.language, c.id
            FROM consent_record c JOIN participant p ON p.id = c.participant_id
            JOIN consent_template t ON t.id = c.template_id
            WHERE c.participant_id IN :ids
            ORDER BY p.code, c.given_at DESC, c.id DESC""", people):
        if out["consent"][-1][0] == row[0]:
            continue  # the newest consent counts
        scopes = json.loads(row[2] or "{}")
        out["consent"].append([row[0], row[1], *(_flag(scopes.get(s)) for s in SCOPE_COLUMNS),
                               row[3], moment(row[4]), row[5], row[6]])
    out["left-out"] = [["kind", "id", "name", "reason"]]
    out["left-out"] += [[o.kind, o.id, o.name, o.reason]
                        for o in [*chosen.left_out, *heard.left_out]]
    return out


def _table(session: Session, declared: list[fields.Field], table: str, ids: list[str],
           order: str, cancelled: Cancelled | None) -> list[list[Cell]]:
    """A table of the fields with a CSV column (``fields.py``), a row per chosen id, each
    cell of its field's kind: a time, a number, text; tags and fields of many values
    ';'-separated text, team members as outputs name them."""
    wanted = [f for f in declared if f.csv]
    single = [f for f in wanted if not f.each]
    alias = table.split()[-1]
    values = ", ".join(field_sql(session, f) for f in single)
    rows = []
    for row in chosen_rows(session, f"SELECT {alias}.id, {values} FROM {table} "
                              f"WHERE {alias}.id IN :ids {order}", ids):
        if cancelled is not None and cancelled():
            raise _cancelled()
        rows.append((row[0], dict(zip((f.key for f in single), row[1:], strict=True))))
    shown = people.shown_names(session) if any(f.members for f in wanted) else {}
    many = {f.key: _by_interview(session, f.each, ids, shown if f.members else None)
            for f in wanted if f.each}
    out: list[list[Cell]] = [[f.csv for f in wanted]]
    for row_id, found in rows:
        out.append([";".join(many[f.key].get(row_id, [])) if f.each
                    else _cell(f, found[f.key]) for f in wanted])
    return out


def _cell(field: fields.Field, value: Any) -> Cell:
    if field.kind == "time":
        return moment(value)
    if field.kind == "tags":
        return ";".join(loads_list(value))
    if field.kind == "number":
        return value  # None stays an empty cell
    if field.written is not None:
        return field.written(value)
    return "" if value is None else value


def _flag(value: Any) -> bool | None:
    return None if value is None else bool(value)


def _by_interview(session: Session, sql: str, ids: list[str],
                  names: dict[str, str] | None = None) -> dict[str, list[str]]:
    """Each interview's values; with ``names``, the values are ids shown by those names."""
    out: dict[str, list[str]] = {}
    for interview, value in chosen_rows(session, sql, ids):
        out.setdefault(interview, []).append(str(value) if names is None
                                             else names.get(value, ""))
    return out


def csv_bytes(rows: list[list[Cell]]) -> bytes:
    """A table as CSV text: every cell as ``cell_text`` writes it."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(
        [cell_text(value) for value in row] for row in rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def write_csv(session: Session, folder: Path, progress: Progress | None = None,
              cancelled: Cancelled | None = None) -> list[Path]:
    """Every table into ``folder`` (made if needed), each file written whole under a
    temporary name and renamed: an error or a full disk leaves no half-written table."""
    folder = output_folder(folder)
    found = tables(session, cancelled=cancelled)
    written = []
    for number, (name, rows) in enumerate(found.items()):
        if cancelled is not None and cancelled():
            raise _cancelled()
        if progress is not None:
            progress(number, len(found))
        target = folder / f"{name}.csv"
        try:
            atomic_write_bytes(target, csv_bytes(rows))
        except OSError as exc:
            raise cannot_write(target, exc) from exc
        written.append(target)
    if progress is not None:
        progress(len(found), len(found))
    return written


def _cancelled() -> Exception:
    return CancelledError()
