"""The outbox: bundles this laptop made and how far each got (making, made, delivered,
receipted), what is still waiting, and handing bundles to a folder."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from veldwerk.i18n import translate
from veldwerk.ids import as_utc, utcnow, uuid7
from veldwerk.labels import outbox_state
from veldwerk.mediastore import overwrite_and_unlink
from veldwerk.store import changelog, dialect, meta
from veldwerk.store.project import OpenProject
from veldwerk.sync.folder import FolderTarget

MAKING, MADE, DELIVERED, RECEIPTED = "making", "made", "delivered", "receipted"
REFUSED = "refused"  # the coordinator refused this very copy for good: sending it is no use
SENT_AGAIN_KEY = "outbox_sent_again"  # veldwerk_meta: bundle id -> copies sent again
SEND_AGAIN_MAX = 3  # a copy damaged every time: the share itself is at fault
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
        return outbox_state(self.state)

    def said(self) -> str:
        """The state with its reason (a delivery problem, the coordinator's refusal)."""
        if self.last_error and self.state in (MADE, REFUSED):
            return translate("Sync", "{state}: {problem}").format(state=self.state_text(),
                                                                  problem=self.last_error)
        return self.state_text()

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
    return as_utc(value)


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
    from veldwerk.bundle.export import file_name  # deferred: heavy (pyrage)

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
    target = FolderTarget(folder)
    with project.session() as session:
        items = bundles(session, (MADE,))
    for item in items:
        target.deliver(project.outbox / item.file_name, item.size, item.sha256)
        mark_delivered(project, item.id)
    return len(items)


def refused(project: OpenProject, items: list[Any]) -> list[str]:
    """The coordinator refused these files for good (a receipt said so): one that is not
    what this laptop sent (damaged or changed on the way) goes again by itself under a
    new name; this very copy refused cannot be helped by sending it again, so it is
    marked refused with the reason. One line per bundle, for ``sync`` to say."""
    from veldwerk.bundle.export import again_name  # deferred: heavy (pyrage)

    said: list[str] = []

    def work(session: Session) -> None:
        sent: dict[str, int] = meta.get_json(session, SENT_AGAIN_KEY) or {}
        for item in items:
            if not isinstance(item, dict):
                continue
            row = session.execute(text(
                "SELECT id, sha256, seq_after, seq_through FROM outbox WHERE file_name = :f "
                "AND state IN ('delivered', 'made')"), {"f": str(item.get("file", ""))}).first()
            if row is None or item.get("id") not in (None, "", row.id):
                continue  # not ours, or heard before (the file has a new name since)
            reason = str(item.get("reason", ""))[:500]
            name = str(item["file"])
            times = sent.get(row.id, 0)
            if (str(item.get("sha256")) != row.sha256 and times < SEND_AGAIN_MAX
                    and (project.outbox / name).is_file()):
                new = again_name(name, times + 1)
                os.replace(project.outbox / name, project.outbox / new)
                session.execute(text(
                    "UPDATE outbox SET state = 'made', file_name = :n, attempts = 0, "
                    "last_error = '', next_try_at = NULL, delivered_at = NULL WHERE id = :b"),
                    {"n": new, "b": row.id})
                sent[row.id] = times + 1
                said.append(translate(
                    "Sync", "The coordinator could not take in {file} ({reason}). The file "
                    "it got is not the one this laptop sent (damaged on the way): this "
                    "laptop's own copy goes again as {new}.").format(
                        file=name, reason=reason.rstrip("."), new=new))
            else:
                session.execute(text("UPDATE outbox SET state = 'refused', last_error = :e "
                                     "WHERE id = :b"), {"e": reason, "b": row.id})
                said.append(translate(
                    "Sync", "The coordinator refused {file} for good ({reason}): changes "
                    "{first}–{last} of this laptop are not in its copy, and sending it "
                    "again cannot help. Update Veldwerk and tell the coordinator, who can "
                    "skip those changes so your later work goes in.").format(
                        file=name, reason=reason.rstrip("."), first=row.seq_after + 1,
                        last=row.seq_through))
        meta.put_json(session, SENT_AGAIN_KEY, sent)
        changelog.touched(session).add("outbox")

    project.run(work)
    return said


def drop_receipted(project: OpenProject) -> int:
    """The coordinator has the bundles it receipted: their copies here go (overwritten
    first), so a later erasure finds nothing of the person in the outbox."""
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
        f"row_id IN ({dialect.of(session).values(':rows')})) OR id IN (SELECT bundle_id FROM "
        f"sent_media WHERE name IN ({dialect.of(session).values(':media')}))"),
        {"rows": json.dumps(row_ids), "media": json.dumps(sorted(media))}).all()
    waiting = [bundle for bundle, state in found if state in (MAKING, MADE)]
    return waiting, [bundle for bundle, state in found if state not in (MAKING, MADE)]


def file_names(session: Session, bundle_ids: list[str]) -> list[str]:
    return [row[0] for row in session.execute(text(
        f"SELECT file_name FROM outbox WHERE id IN ({dialect.of(session).values(':b')})"),
        {"b": json.dumps(bundle_ids)})]


def remake(session: Session, bundle_ids: list[str], media: set[str]) -> None:
    """These bundles are built again from what is left of them (same id: they never left
    this laptop); erased media no longer count as sent."""
    if media:
        session.execute(text("DELETE FROM sent_media WHERE name IN "
                             f"({dialect.of(session).values(':m')})"),
                        {"m": json.dumps(sorted(media))})
    if bundle_ids:
        session.execute(text(
            "UPDATE outbox SET state = 'making', size = 0, sha256 = '' WHERE id IN "
            f"({dialect.of(session).values(':b')})"), {"b": json.dumps(bundle_ids)})
        changelog.touched(session).add("outbox")
