"""The outbox: bundles this laptop made and how far each got (making, made, delivered,
receipted), what is still waiting, and handing bundles to a folder."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from veldwerk.i18n import translate
from veldwerk.ids import utcnow
from veldwerk.store import changelog, dialect
from veldwerk.store.project import OpenProject

MAKING, MADE, DELIVERED, RECEIPTED = "making", "made", "delivered", "receipted"
# Waits after failed attempts: quick at first, then no more than hourly (no retry storm).
BACKOFF = (30, 60, 120, 300, 600, 1800, 3600)


@dataclass(frozen=True)
class Item:
    id: str
    file_name: str
    state: str
    part: int
    parts: int
    seq_after: int
    seq_through: int
    entries: int
    media: int
    size: int
    sha256: str
    attempts: int
    last_error: str
    next_try_at: datetime | None
    made_at: datetime
    delivered_at: datetime | None

    def state_text(self) -> str:
        return {
            MAKING: translate("Sync", "being made"),
            MADE: translate("Sync", "waiting to be delivered"),
            DELIVERED: translate("Sync", "delivered"),
            RECEIPTED: translate("Sync", "received by the coordinator"),
        }.get(self.state, self.state)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "file": self.file_name, "state": self.state,
                "part": self.part, "parts": self.parts, "after": self.seq_after,
                "through": self.seq_through, "entries": self.entries, "media": self.media,
                "size": self.size, "sha256": self.sha256, "attempts": self.attempts,
                "error": self.last_error,
                "delivered_at": self.delivered_at.isoformat() if self.delivered_at else None}


def _time(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    from datetime import UTC

    moment = datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def bundles(session: Session, states: tuple[str, ...] = ()) -> list[Item]:
    where = (f"WHERE state IN ({', '.join(repr(s) for s in states)})" if states else "")
    rows = session.execute(text(
        "SELECT id, file_name, state, part, parts, seq_after, seq_through, entries, media, "
        "size, sha256, attempts, last_error, next_try_at, made_at, delivered_at FROM outbox "
        f"{where} ORDER BY made_at, part")).all()
    return [Item(*row[:13], _time(row[13]), _time(row[14]), _time(row[15]))  # type: ignore[arg-type]
            for row in rows]


def due(session: Session, now: datetime | None = None) -> list[Item]:
    """Made bundles whose next try is now (oldest first: the coordinator reads in order)."""
    moment = now or utcnow()
    return [item for item in bundles(session, (MADE,))
            if item.next_try_at is None or item.next_try_at <= moment]


def mark_delivered(project: OpenProject, bundle_id: str) -> None:
    """The file reached the target. If an erasure had it made again while it travelled,
    the old content went out under this id: the new one gets an id of its own, so an id
    never stands for two different bundles."""
    def work(session: Session) -> None:
        state = session.execute(text("SELECT state FROM outbox WHERE id = :b"),
                                {"b": bundle_id}).scalar()
        if state == MAKING:
            _new_id(session, bundle_id)
            return
        session.execute(text(
            "UPDATE outbox SET state = 'delivered', delivered_at = :now, last_error = '', "
            "next_try_at = NULL WHERE id = :b AND state = 'made'"),
            {"now": changelog.time_text(utcnow()), "b": bundle_id})
        changelog.touched(session).add("outbox")
    project.run(work)


def _new_id(session: Session, old: str) -> None:
    from veldwerk.bundle.export import file_name
    from veldwerk.ids import uuid7

    new = uuid7()
    row = session.execute(text("SELECT file_name, seq_through, part FROM outbox WHERE id = :o"),
                          {"o": old}).one()
    device = session.info["device_id"]
    for sql in ("UPDATE change_log SET bundle_id = :n WHERE bundle_id = :o",
                "UPDATE sent_media SET bundle_id = :n WHERE bundle_id = :o",
                "UPDATE outbox SET previous_id = :n WHERE previous_id = :o",
                "UPDATE outbox SET group_id = :n WHERE group_id = :o"):
        session.execute(text(sql), {"n": new, "o": old})
    session.execute(text("UPDATE outbox SET id = :n, file_name = :f WHERE id = :o"),
                    {"n": new, "o": old, "f": file_name(device, row[1], row[2], new)})
    changelog.touched(session).add("outbox")


def mark_failed(project: OpenProject, bundle_id: str, error: str, transient: bool) -> None:
    """Count the attempt, keep the reason, wait before the next (longer each time; a
    problem only a person can fix waits the longest)."""
    def work(session: Session) -> None:
        attempts = int(session.execute(text("SELECT attempts FROM outbox WHERE id = :b"),
                                       {"b": bundle_id}).scalar() or 0) + 1
        wait = BACKOFF[min(attempts - 1, len(BACKOFF) - 1)] if transient else BACKOFF[-1]
        session.execute(text(
            "UPDATE outbox SET attempts = :a, last_error = :e, next_try_at = :t WHERE id = :b"),
            {"a": attempts, "e": error, "b": bundle_id,
             "t": changelog.time_text(utcnow() + timedelta(seconds=wait))})
        changelog.touched(session).add("outbox")
    project.run(work)


def retry_now(project: OpenProject) -> None:
    """"Sync now": whatever waits for its next try is tried at once."""
    def work(session: Session) -> None:
        session.execute(text("UPDATE outbox SET next_try_at = NULL WHERE state = 'made'"))
    project.run(work)


@dataclass(frozen=True)
class Waiting:
    changes: int  # change-log entries not yet in a bundle
    recordings: int  # finished takes whose Opus copy has not gone out yet
    bundles: int  # made, not yet delivered
    last_delivered: datetime | None
    problem: str  # the newest delivery error, if the outbox is stuck


def waiting(session: Session, device_id: str) -> Waiting:
    """What the status bar says: "12 changes and 2 recordings waiting"."""
    changes = int(session.execute(text(
        "SELECT count(*) FROM change_log WHERE bundle_id IS NULL AND device_id = :d"),
        {"d": device_id}).scalar() or 0)
    recordings = int(session.execute(text(
        "SELECT count(*) FROM recording WHERE state IN ('ok', 'recovered', 'incomplete') AND "
        "duration_ms > 0 AND (compressed_name = '' OR compressed_name NOT IN "
        "(SELECT name FROM sent_media))")).scalar() or 0)
    made = session.execute(text(
        "SELECT count(*), max(last_error) FROM outbox WHERE state IN ('making', 'made')")).one()
    last = session.execute(text("SELECT max(delivered_at) FROM outbox")).scalar()
    return Waiting(changes, recordings, int(made[0] or 0), _time(last), str(made[1] or ""))


def copy_to_folder(project: OpenProject, folder: Path) -> int:
    """Hand every made bundle to ``folder`` (a USB stick) and count it delivered."""
    from veldwerk.sync.folder import FolderTarget

    target = FolderTarget(folder)
    with project.session() as session:
        items = bundles(session, (MADE,))
    for item in items:
        target.deliver(project.outbox / item.file_name, item.size, item.sha256)
        mark_delivered(project, item.id)
    return len(items)


def drop_receipted(project: OpenProject) -> int:
    """The coordinator has the bundles it receipted: their copies here go (overwritten
    first), so a later erasure finds nothing of the person in the outbox."""
    from veldwerk.mediastore import overwrite_and_unlink

    with project.session() as session:
        names = [item.file_name for item in bundles(session, (RECEIPTED,))]
    return sum(overwrite_and_unlink(project.outbox / name) for name in names
               if (project.outbox / name).exists())


def holding(session: Session, row_ids: list[str], media: set[str]
            ) -> tuple[list[str], list[str]]:
    """Bundles that carry any of these rows or media files: (not yet delivered, delivered)."""
    if not row_ids and not media:
        return [], []
    found = session.execute(text(
        "SELECT id, state FROM outbox WHERE id IN (SELECT bundle_id FROM change_log WHERE "
        f"row_id IN ({dialect.values(session, ':rows')})) OR id IN (SELECT bundle_id FROM "
        f"sent_media WHERE name IN ({dialect.values(session, ':media')}))"),
        {"rows": json.dumps(row_ids), "media": json.dumps(sorted(media))}).all()
    waiting = [bundle for bundle, state in found if state in (MAKING, MADE)]
    return waiting, [bundle for bundle, state in found if state not in (MAKING, MADE)]


def file_names(session: Session, bundle_ids: list[str]) -> list[str]:
    return [row[0] for row in session.execute(text(
        f"SELECT file_name FROM outbox WHERE id IN ({dialect.values(session, ':b')})"),
        {"b": json.dumps(bundle_ids)})]


def remake(session: Session, bundle_ids: list[str], media: set[str]) -> None:
    """These bundles are built again from what is left of them (same id: they never left
    this laptop); erased media no longer count as sent."""
    if media:
        session.execute(text("DELETE FROM sent_media WHERE name IN "
                             f"({dialect.values(session, ':m')})"),
                        {"m": json.dumps(sorted(media))})
    if bundle_ids:
        session.execute(text(
            "UPDATE outbox SET state = 'making', size = 0, sha256 = '' WHERE id IN "
            f"({dialect.values(session, ':b')})"), {"b": json.dumps(bundle_ids)})
        changelog.touched(session).add("outbox")
