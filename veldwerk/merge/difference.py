"""What differs between two versions of a record, in words a person can check: the
word-level difference as spans (the command marks them with brackets, the window with
colour and a line) and the fields by their human names. Nothing here knows about Qt."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any

from veldwerk import fields
from veldwerk.i18n import translate
from veldwerk.labels import table as table_name

SAME, REMOVED, ADDED = "same", "removed", "added"
_WORDS = re.compile(r"^\s+|\S+\s*")


@dataclass(frozen=True)
class Span:
    """A run of text that both versions have (``same``), or only the first (``removed``),
    or only the second (``added``)."""

    kind: str
    text: str


def words(value: Any) -> list[str]:
    """Words, each with the space after it, so joining them gives the text back."""
    return _WORDS.findall("" if value is None else str(value))


def word_diff(first: Any, second: Any) -> list[Span]:
    """The two texts as spans, word by word (difflib), in reading order: what the
    first has alone comes before what the second has in its place."""
    a, b = words(first), words(second)
    spans: list[Span] = []
    matcher = difflib.SequenceMatcher(None, [w.strip() for w in a], [w.strip() for w in b],
                                      autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            for old, now in zip(a[a1:a2], b[b1:b2], strict=True):
                word = old.strip() if old != now else old  # same word, other spacing
                _add(spans, SAME, old[:len(old) - len(old.lstrip())] if old != now else "")
                _add(spans, SAME, word)
                if old != now:
                    _spacing(spans, old, now)
            continue
        gone, new = "".join(a[a1:a2]), "".join(b[b1:b2])
        tail = gone[len(gone.rstrip()):]
        if gone and new and tail and new.endswith(tail):  # the space after stays unmarked
            gone, new = gone[:-len(tail)], new[:-len(tail)]
        else:
            tail = ""
        _add(spans, REMOVED, gone)
        _add(spans, ADDED, new)
        _add(spans, SAME, tail)
    return spans


def _spacing(spans: list[Span], old: str, now: str) -> None:
    """The same word with other space around it: each side keeps its own."""
    _add(spans, REMOVED, old[len(old.rstrip()):])
    _add(spans, ADDED, now[len(now.rstrip()):])


def _add(spans: list[Span], kind: str, text: str) -> None:
    if not text:
        return
    if spans and spans[-1].kind == kind:
        spans[-1] = Span(kind, spans[-1].text + text)
    else:
        spans.append(Span(kind, text))


def side(spans: list[Span], which: str) -> list[Span]:
    """One version's own text from the spans: the first (``removed`` marks what only it
    has) or the second (``added``)."""
    return [s for s in spans if s.kind in (SAME, which)]


def marked(spans: list[Span]) -> str:
    """The spans as one plain line: ``[-only the first-]{+only the second+}``."""
    parts = {SAME: "{}", REMOVED: "[-{}-]", ADDED: "{{+{}+}}"}
    return "".join(parts[s.kind].format(s.text) for s in spans)


def _common() -> dict[str, str]:
    """Columns many tables share, by the name a person reads."""
    return {
        "deleted_at": translate("Sync", "In the bin since"),
        "interview_id": translate("Sync", "Interview"),
        "participant_id": translate("Sync", "Participant"),
        "topic_id": translate("Sync", "Topic"),
        "recording_id": translate("Sync", "Recording"),
        "kind": translate("Sync", "Kind"),
        "reason": translate("Sync", "Reason"),
        "created_at": translate("Sync", "Made at"),
        "participant_code": translate("Sync", "Participant code"),
    }


def field_name(table: str, column: str) -> str:
    """A column as a person calls it; an unnamed one by its column, readable."""
    names = {
        ("note", "text"): translate("Sync", "Text"),
        ("participant_identity", "name"): translate("Sync", "Name"),
        ("participant", "note"): translate("Sync", "Note"),
        ("participant_identity", "phone"): translate("Sync", "Phone"),
        ("participant_identity", "email"): translate("Sync", "Email"),
        ("participant_identity", "address"): translate("Sync", "Address"),
        ("participant", "age_band"): translate("Sync", "Age group"),
        ("interview", "starts_at"): translate("Sync", "Date and time"),
        ("marker", "label"): translate("Sync", "Label"),
        ("transcript", "language"): translate("Sync", "Language"),
        ("transcript", "engine"): translate("Sync", "Made by"),
        ("transcript", "done_ms"): translate("Sync", "Transcribed up to"),
        ("transcript", "state"): translate("Sync", "State"),
        ("transcript_segment", "transcript_id"): translate("Sync", "Transcript"),
        ("transcript_segment", "text"): translate("Sync", "Text"),
        ("transcript_segment", "start_ms"): translate("Sync", "Start"),
        ("transcript_segment", "end_ms"): translate("Sync", "End"),
        ("transcript_segment", "participant_id"): translate("Sync", "Speaker"),
        ("transcript_segment", "member_id"): translate("Sync", "Speaker (team member)"),
        ("transcript_segment", "words"): translate("Sync", "Words with their times"),
        ("transcript_segment", "edited"): translate("Sync", "Corrected by a person"),
    }
    found = (names.get((table, column)) or fields.label_of(table, column)
             or _common().get(column))
    if found:
        return found
    if column == table:
        return table_name(table)
    plain = column.removesuffix("_id").replace("_", " ")
    return plain[:1].upper() + plain[1:]
