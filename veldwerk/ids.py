"""Identity and time: time-ordered UUIDv7 keys and UTC timestamps."""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def uuid7() -> str:
    """A UUIDv7 (RFC 9562) as text, monotonic within this process.

    Keys are made on the machine that creates the row, so two laptops never
    hand out the same one; time order keeps indexes compact.
    """
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            ms = _last_ms
            _counter += 1
            if _counter > 0xFFF:  # 4096 ids in one millisecond: borrow the next one
                ms += 1
                _counter = 0
        else:
            _counter = int.from_bytes(os.urandom(2), "big") & 0x3FF
        _last_ms = ms
        counter = _counter
    rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= counter << 64
    value |= 0b10 << 62
    value |= rand
    return str(uuid.UUID(int=value))


def utcnow() -> datetime:
    """Now, aware and in UTC: every stored time is UTC (ARCHITECTURE.md, words and sizes)."""
    return datetime.now(UTC)


def as_utc(value: datetime | str) -> datetime:
    """A stored time (text on SQLite, a timestamp on a server) as an aware UTC time."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def utc_text(value: datetime | str | None, whole_seconds: bool = False) -> str:
    """A stored time as ISO 8601 in UTC with a ``Z``, as the exports write it ('' for
    none)."""
    if value is None or value == "":
        return ""
    moment = as_utc(value)
    if whole_seconds:
        moment = moment.replace(microsecond=0)
    return moment.isoformat().replace("+00:00", "Z")


def to_local(value: datetime) -> datetime:
    """A stored UTC time as local time, for display."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()


SHORT_ID = 8  # the fewest characters of an id a list shows


def matching(wanted: str, ids: Iterable[str]) -> list[str]:
    """The ids that a typed start or end names. UUIDv7 ids made together share long
    starts and long ends are what lists show, so either is accepted, in any case."""
    typed = wanted.strip().lower()
    if not typed:
        return []
    return [i for i in dict.fromkeys(ids) if i.lower() == typed
            or i.lower().startswith(typed) or i.lower().endswith(typed)]


def short_ids(ids: Iterable[str]) -> dict[str, str]:
    """Each id's shortest end that no other id of the list shares, at least
    ``SHORT_ID`` characters: what lists show and what ``matching`` takes back."""
    known = list(dict.fromkeys(ids))
    out: dict[str, str] = {}
    for id_ in known:
        size = min(SHORT_ID, len(id_))
        while size < len(id_) and any(o != id_ and (o.lower().endswith(id_[-size:].lower())
                                                    or o.lower().startswith(
                                                        id_[-size:].lower()))
                                      for o in known):
            size += 1
        out[id_] = id_[-size:]
    return out
