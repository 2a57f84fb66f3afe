"""Searching what was written: the best hits for what someone typed, each with a snippet
and the places of the matched words in it (in code points, as Python counts; the app
converts to Qt's UTF-16 units), filtered like the interview list.

Every word typed must occur (AND); each is a prefix ("buurt" finds "buurthuis"), case and
accents do not matter ("cafe" finds "Café"). FTS syntax (quotes, ``*``, ``-``, ``NEAR``,
brackets) is searched as text, never as syntax: a query cannot fail. On a team database
(PostgreSQL) PostgreSQL's full-text search does the same, ranked (``search/server.py``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, text
from sqlmodel import Session

from veldwerk import fields
from veldwerk.domain.base import loads_list
from veldwerk.i18n import translate
from veldwerk.listing import Chosen, in_use, interview_filters
from veldwerk.search import server
from veldwerk.store import dialect

WORD = re.compile(r"\w+")
CONTEXT = 50  # code points of snippet on either side of the first match


def fold(word: str) -> str:
    """A word as the index sees it: lower case, accents taken off."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def terms(typed: str) -> list[str]:
    """The words typed, folded; folding can make marks of a letter ("⑴" is "(1)"), so the
    folded word is split into words again: a term holds only letters, digits and ``_``."""
    return [part for word in WORD.findall(typed) for part in WORD.findall(fold(word))]


def fts_query(typed: str) -> str:
    """An FTS5 expression for ``typed``: every word a quoted prefix (syntax is text)."""
    return " ".join('"' + t.replace('"', '""') + '"*' for t in terms(typed))


class Filters(Chosen):
    """The search's filters, by their keys in ``fields.py`` (``kind=…``, ``tag=…``)."""


@dataclass
class Hit:
    source: str  # note, interview, marker, participant, transcript_segment
    row_id: str
    interview_id: str | None
    title: str  # the interview's title (or the participant's code)
    where: str  # the topic's title, a moment's time, …
    snippet: str
    spans: list[tuple[int, int]] = field(default_factory=list)  # in snippet, code points
    offset_ms: int | None = None  # a moment or what was said: where to start listening
    topic_id: str | None = None  # a note: the topic to open at
    recording_id: str | None = None  # a moment or what was said: its recording
    recording: str = ""  # and its name as the recordings list shows it ("Recording 2")

    def place(self) -> str:
        """Where in its interview: the recording, then the topic or time (" › " between)."""
        return " › ".join(part for part in (self.recording, self.where) if part)


def _accent_table() -> dict[int, str]:
    """Letters that fold to one plain letter (é -> e), for folding a whole text at once
    without moving its positions."""
    table = {}
    for code in range(0xC0, 0x250):
        plain = fold(chr(code))
        if len(plain) == 1 and plain != chr(code).lower():
            table[code] = plain
    return table


ACCENTS = _accent_table()


def _spans(body: str, wanted: list[str]) -> list[tuple[int, int]]:
    """Where words starting with a wanted term are, in ``body``'s code points."""
    flat = body.lower().translate(ACCENTS)
    if len(flat) != len(body):  # a letter that lowers to two (rare): word by word
        return [(m.start(), m.end()) for m in WORD.finditer(body)
                if any(fold(m.group()).startswith(t) for t in wanted)]
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in sorted(
        set(wanted), key=len, reverse=True)) + r")\w*")
    return [(m.start(), m.end()) for m in pattern.finditer(flat)]


def highlight(body: str, wanted: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """A snippet of ``body`` around its first match and the matched words' places in it."""
    spans = _spans(body, wanted)
    if not spans:
        return body[:2 * CONTEXT], []
    start = max(0, spans[0][0] - CONTEXT)
    end = min(len(body), spans[0][1] + CONTEXT)
    while start > 0 and not body[start - 1].isspace() and spans[0][0] - start < CONTEXT + 15:
        start -= 1  # begin at a word's start
    snippet = body[start:end]
    shift = -start
    if start > 0:
        snippet, shift = "…" + snippet, shift + 1
    if end < len(body):
        snippet += "…"
    return snippet, [(a + shift, b + shift) for a, b in spans if a >= start and b <= end]


def search(session: Session, typed: str, filters: Filters | None = None, limit: int = 20
           ) -> list[Hit]:
    """The best ``limit`` hits for ``typed`` (none for nothing typed)."""
    filters = filters or Filters()
    wanted = terms(typed)
    if not wanted:
        return []
    params: dict[str, Any] = {"n": limit}
    where = " AND ".join(interview_filters(filters, params))
    filtered = bool(where)
    if not dialect.of(session).fts:
        found = _server(session, wanted, where, params)
    else:
        params["q"] = fts_query(typed)
        found = [tuple(r) for r in session.execute(text(
            "SELECT k.source, k.row_id FROM search_words w "
            "JOIN search_word_key k ON k.id = w.rowid "
            + ("JOIN interview i ON i.id = k.interview_id " if filtered else
               "LEFT JOIN interview i ON i.id = k.interview_id ")
            + "WHERE search_words MATCH :q AND (i.id IS NULL OR i.deleted_at IS NULL) "
            + (f"AND {where} " if filtered else "")
            + "ORDER BY bm25(search_words) LIMIT :n"), params)]
    by_source: dict[str, list[str]] = {}
    for source, row_id in found:
        by_source.setdefault(source, []).append(row_id)
    made = {(source, hit.row_id): hit for source, ids in by_source.items()
            for hit in _hits(session, source, ids, wanted)}
    return [made[key] for key in found if key in made]


def _server(session: Session, wanted: list[str], where: str, params: dict[str, Any]
            ) -> list[tuple[str, str]]:
    """PostgreSQL: the rows with every word, ranked by ``ts_rank`` (``search/server.py``)."""
    match = server.query(wanted, params)
    return [(r[0], r[1]) for r in session.execute(text(
        f"SELECT k.source, k.row_id FROM {server.TABLE} k "
        + ("JOIN interview i ON i.id = k.interview_id " if where else
           "LEFT JOIN interview i ON i.id = k.interview_id ")
        + f"WHERE k.words @@ ({match}) AND (i.id IS NULL OR i.deleted_at IS NULL) "
        + (f"AND {where} " if where else "")
        + f"ORDER BY ts_rank(k.words, {match}, 1) DESC, k.row_id LIMIT :n"), params)]


def _hits(session: Session, source: str, ids: list[str], wanted: list[str]) -> list[Hit]:
    """The hits of one source, read in one query."""
    def rows(sql: str) -> list[Any]:
        return list(session.execute(text(sql).bindparams(bindparam("ids", expanding=True)),
                                    {"ids": ids}))
    out = []
    if source == "note":
        for row_id, body, interview, title, topic, topic_id in rows(
                "SELECT n.id, n.text, n.interview_id, i.title, coalesce(t.title, ''), "
                "n.topic_id FROM note n JOIN interview i ON i.id = n.interview_id "
                "LEFT JOIN topic t ON t.id = n.topic_id WHERE n.id IN :ids"):
            snippet, spans = highlight(body, wanted)
            out.append(Hit(source, row_id, interview, title, topic, snippet, spans,
                           topic_id=topic_id))
    elif source == "interview":
        read = fields.searched_fields()
        for row_id, title, *values in rows(
                f"SELECT i.id, i.title, {', '.join(f.sql for f in read)} FROM interview i "
                "WHERE i.id IN :ids"):
            parts: list[str] = []
            for field_, value in zip(read, values, strict=True):
                if field_.kind == "tags":
                    value = ", ".join(loads_list(value))
                if value and str(value) not in parts:  # the place is often the title
                    parts.append(str(value))
            snippet, spans = highlight(" · ".join(parts), wanted)
            out.append(Hit(source, row_id, row_id, title, "", snippet, spans))
    elif source == "marker":
        for row_id, label, interview, title, offset, recording, position in rows(
                "SELECT m.id, m.label, r.interview_id, i.title, m.offset_ms, m.recording_id, "
                "r.position FROM marker m "
                "JOIN recording r ON r.id = m.recording_id JOIN interview i ON "
                "i.id = r.interview_id WHERE m.id IN :ids"):
            snippet, spans = highlight(label, wanted)
            out.append(Hit(source, row_id, interview, title, _clock(int(offset)), snippet,
                           spans, offset_ms=int(offset), recording_id=recording,
                           recording=recording_name(int(position))))
    elif source == "transcript_segment":
        for row_id, said, interview, title, start, recording, position in rows(
                "SELECT g.id, g.text, r.interview_id, i.title, g.start_ms, r.id, r.position "
                "FROM transcript_segment g JOIN transcript t ON t.id = g.transcript_id "
                "JOIN recording r ON r.id = t.recording_id JOIN interview i ON "
                "i.id = r.interview_id WHERE g.id IN :ids"):
            snippet, spans = highlight(said, wanted)
            out.append(Hit(source, row_id, interview, title, _clock(int(start)), snippet,
                           spans, offset_ms=int(start), recording_id=recording,
                           recording=recording_name(int(position))))
    else:
        for row_id, note, code in rows("SELECT id, note, code FROM participant "
                                       "WHERE id IN :ids"):
            snippet, spans = highlight(note or "", wanted)
            out.append(Hit(source, row_id, None, code, "", snippet, spans))
    return out


def recording_name(position: int) -> str:
    """A recording as the recordings list and the outputs name it (numbered from 1)."""
    return translate("Search", "Recording {n}").format(n=position)


def _clock(ms: int) -> str:
    """A place in a recording as a player shows it (m:ss)."""
    seconds = ms // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"


def tags(session: Session) -> list[str]:
    """Every tag in use, for the filter list."""
    return in_use(session, "tags")
