"""Media of a later part that came before its part 1 (ARCHITECTURE.md, the merge).

A bundle over the part limit sends its media in further parts; those go into ``media/``
whenever they come, but only part 1's rows name them. Until part 1 is taken in, their
names wait here (``veldwerk_meta``, per bundle group, with the time the first of them
came). When part 1 is taken in, the ones its rows do not name (rows dropped after an
erasure, say) go; when it has not come within :data:`WAIT`, they go at the next import,
so a part 1 that never arrives leaves nothing behind for ever.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session

from veldwerk.ids import utcnow
from veldwerk.store import meta

WAITING_KEY = "media_waiting"  # bundle group -> {"since": ISO time, "names": [...]}
WAIT = timedelta(days=30)


def wait(project: Any, group: str, names: list[str]) -> None:
    """A later part's files came before the rows that name them."""
    if not names:
        return

    def work(session: Session) -> None:
        waiting: dict[str, Any] = meta.get_json(session, WAITING_KEY) or {}
        held = waiting.setdefault(group, {"since": utcnow().isoformat(), "names": []})
        held["names"] = sorted({*held["names"], *names})
        meta.put_json(session, WAITING_KEY, waiting)

    project.run(work)


def _take(project: Any, chosen: Any) -> list[str]:
    def work(session: Session) -> list[str]:
        waiting: dict[str, Any] = meta.get_json(session, WAITING_KEY) or {}
        gone = [group for group, held in waiting.items() if chosen(group, held)]
        if not gone:
            return []
        meta.put_json(session, WAITING_KEY, {g: h for g, h in waiting.items()
                                             if g not in gone})
        return sorted({n for group in gone for n in waiting[group]["names"]})

    found: list[str] = project.run(work)
    return found


def arrived(project: Any, group: str) -> list[str]:
    """Part 1 of ``group`` was taken in: the names that waited for it (to drop the ones
    no row names)."""
    return _take(project, lambda g, _held: g == group)


def overdue(project: Any, now: datetime | None = None) -> list[str]:
    """Names whose part 1 has not come within :data:`WAIT` (to drop the ones no row
    names)."""
    limit = (now or utcnow()) - WAIT
    return _take(project, lambda _g, held: datetime.fromisoformat(held["since"]) < limit)
