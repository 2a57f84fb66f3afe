"""The project as tidy CSV tables for analysis (R, SPSS, Excel): one file per kind of
thing, one row per thing, UUIDs as ids, times in ISO 8601 UTC, UTF-8 with a byte-order
mark so Excel reads the accents.

- ``interviews.csv``, ``participants.csv`` (code, neighbourhood, age band: never a name),
  ``notes.csv``, ``markers.csv``, ``answers.csv`` (notes under the topics of
  questionnaire guides, typed by the topic's answer type) and ``consent.csv`` (each
  person's newest consent, scope by scope);
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
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, text
from sqlmodel import Session

from veldwerk.consent.use import QUOTES, Consents, LeftOut
from veldwerk.domain.base import loads_list
from veldwerk.errors import Cancelled as CancelledError
from veldwerk.fsutil import atomic_write_bytes, output_folder
from veldwerk.ids import utc_text
from veldwerk.reports.writing import cannot_write

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
SCOPE_COLUMNS = ("audio", "quotes", "archive", "group", "contact")


# Spreadsheets read "85+" as the number 85 (LibreOffice Calc does, even quoted), which
# would merge the oldest band into a number: the tables spell it so it stays a label.
AGE_BANDS_AS_TEXT = {"85+": "85-plus"}


def iso(value: Any) -> str:
    """A stored time as ISO 8601 in UTC ('' for none)."""
    return utc_text(value)


def typed_answer(answer_type: str, value: str) -> str:
    """A questionnaire answer as its type reads in a table: scale 1–5 as a number, yes/no
    as true/false, a choice or free text as it is."""
    stripped = value.strip()
    if answer_type == "scale":
        return stripped if stripped.isdigit() else ""
    if answer_type == "yes_no":
        return {"ja": "true", "nee": "false", "yes": "true", "no": "false"}.get(
            stripped.lower(), "")
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
                self.left_out.append(LeftOut("interview", interview_id, title or "", reason))
            else:
                self.interviews.append(interview_id)
        self.people: list[str] = []
        for person, code in session.execute(text(
                "SELECT id, code FROM participant WHERE deleted_at IS NULL ORDER BY code, id")):
            reason = _first(consents.refusal(person, s) for s in scopes)
            if reason:
                self.left_out.append(LeftOut("participant", person, code, reason))
            else:
                self.people.append(person)


def _first(reasons: Iterable[str]) -> str:
    return next((r for r in reasons if r), "")


def _rows(session: Session, sql: str, ids: list[str], **params: Any) -> Iterator[Any]:
    """Rows of ``sql`` for the chosen ids, a chunk at a time (the ``:ids`` list)."""
    statement = text(sql).bindparams(bindparam("ids", expanding=True))
    for start in range(0, len(ids), 500):
        yield from session.execute(statement, {"ids": ids[start:start + 500], **params})


def tables(session: Session, consents: Consents | None = None,
           cancelled: Cancelled | None = None,
           scopes: tuple[str, ...] = (QUOTES,)) -> dict[str, list[list[Any]]]:
    """Every table as a header and rows, in memory (the project fits: text only)."""
    consents = consents or Consents(session)
    chosen = Selection(session, consents, scopes)
    ivs, people = chosen.interviews, chosen.people
    out: dict[str, list[list[Any]]] = {}
    out["interviews"] = [["id", "kind", "title", "starts_at", "place", "neighbourhood",
                          "phase", "status", "guide", "guide_version", "tags", "summary",
                          "participants", "interviewers", "recordings"]]
    for row in _rows(session, """
            SELECT i.id, i.kind, i.title, i.starts_at, i.place,
              coalesce((SELECT n.name FROM neighbourhood n WHERE n.id = i.neighbourhood_id), ''),
              coalesce((SELECT p.name FROM phase p WHERE p.id = i.phase_id), ''), i.status,
              coalesce(g.name, ''), g.version, i.tags, i.summary
            FROM interview i LEFT JOIN guide g ON g.id = i.guide_id
            WHERE i.id IN :ids ORDER BY i.starts_at, i.id""", ivs):
        if cancelled is not None and cancelled():
            raise _cancelled()
        out["interviews"].append([row[0], row[1], row[2], iso(row[3]), row[4], row[5], row[6],
                                  row[7], row[8], row[9] or "", ";".join(loads_list(row[10])),
                                  row[11]])
    codes = _by_interview(session, "SELECT l.interview_id, p.code FROM interview_participant l "
                          "JOIN participant p ON p.id = l.participant_id "
                          "WHERE l.interview_id IN :ids ORDER BY p.code", ivs)
    names = _by_interview(session, "SELECT l.interview_id, m.name FROM interview_interviewer l "
                          "JOIN team_member m ON m.id = l.member_id "
                          "WHERE l.interview_id IN :ids ORDER BY m.name", ivs)
    takes = dict(_rows(session, "SELECT interview_id, count(*) FROM recording WHERE "
                       "interview_id IN :ids AND state != 'recording' GROUP BY interview_id",
                       ivs))
    for row in out["interviews"][1:]:
        row += [";".join(codes.get(row[0], [])), ";".join(names.get(row[0], [])),
                int(takes.get(row[0], 0))]
    out["participants"] = [["id", "code", "neighbourhood", "age_band"]]
    out["participants"] += [[*r[:3], AGE_BANDS_AS_TEXT.get(r[3], r[3])] for r in _rows(
        session, """
            SELECT p.id, p.code, coalesce(n.name, ''), p.age_band FROM participant p
            LEFT JOIN neighbourhood n ON n.id = p.neighbourhood_id
            WHERE p.id IN :ids ORDER BY p.code, p.id""", people)]
    out["notes"] = [["id", "interview_id", "topic_id", "topic", "position", "text",
                     "updated_at"]]
    out["answers"] = [["id", "interview_id", "topic_id", "question", "answer_type", "answer",
                       "updated_at"]]
    for row in _rows(session, """
            SELECT n.id, n.interview_id, n.topic_id, coalesce(t.title, ''), t.position, n.text,
              n.updated_at, t.answer_type, coalesce(g.kind, '')
            FROM note n LEFT JOIN topic t ON t.id = n.topic_id
            LEFT JOIN guide g ON g.id = t.guide_id
            WHERE n.interview_id IN :ids ORDER BY n.interview_id, t.position, n.id""", ivs):
        if row[8] == "questionnaire" and row[2] is not None:
            out["answers"].append([row[0], row[1], row[2], row[3], row[7],
                                   typed_answer(row[7], row[5]), iso(row[6])])
        else:
            out["notes"].append([row[0], row[1], row[2] or "", row[3],
                                 "" if row[4] is None else row[4], row[5], iso(row[6])])
    out["markers"] = [["id", "recording_id", "interview_id", "offset_ms", "label", "topic_id"]]
    out["markers"] += [[*r[:5], r[5] or ""] for r in _rows(session, """
            SELECT m.id, m.recording_id, r.interview_id, m.offset_ms, m.label, m.topic_id
            FROM marker m JOIN recording r ON r.id = m.recording_id
            WHERE r.interview_id IN :ids AND r.state != 'recording'
            ORDER BY r.interview_id, m.recording_id, m.offset_ms, m.id""", ivs)]
    out["consent"] = [["participant_id", "code", *SCOPE_COLUMNS, "method", "given_at",
                       "form_version", "form_language"]]
    for row in _rows(session, """
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
                               row[3], iso(row[4]), row[5], row[6]])
    out["left-out"] = [["kind", "id", "name", "reason"]]
    out["left-out"] += [[o.kind, o.id, o.name, o.reason] for o in chosen.left_out]
    return out


def _flag(value: Any) -> str:
    return "" if value is None else ("true" if value else "false")


def _by_interview(session: Session, sql: str, ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for interview, value in _rows(session, sql, ids):
        out.setdefault(interview, []).append(str(value))
    return out


def csv_bytes(rows: list[list[Any]]) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
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
