"""Every write also appends to the change log in the same transaction (DESIGN.md §4).

A ``before_flush`` hook on :class:`ProjectSession` stamps device and sequence on
each new, changed or deleted synced row and writes its full row to the log, so
no code path can change data without leaving the entry a bundle will carry.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, event, func, inspect, select
from sqlmodel import Session

from veldwerk.domain import ChangeLogEntry, Synced, row_dict
from veldwerk.ids import utcnow


class ProjectSession(Session):
    """A session bound to one device; its flushes are logged."""

    def __init__(self, *args: Any, device_id: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.info["device_id"] = device_id


def _next_seq(session: Session, device_id: str) -> int:
    current = session.execute(
        select(func.max(ChangeLogEntry.seq)).where(ChangeLogEntry.device_id == device_id)
    ).scalar()
    return int(current or 0) + 1


@event.listens_for(ProjectSession, "before_flush")
def _log_changes(session: Session, _context: Any, _instances: Any) -> None:
    device_id: str = session.info["device_id"]
    pending: list[tuple[str, Synced]] = []
    pending += [("insert", o) for o in session.new if isinstance(o, Synced)]
    pending += [
        ("update", o) for o in session.dirty
        if isinstance(o, Synced) and session.is_modified(o, include_collections=False)
    ]
    pending += [("purge", o) for o in session.deleted if isinstance(o, Synced)]
    if not pending:
        return
    seq = _next_seq(session, device_id)
    now = utcnow()
    connection = session.connection()
    for op, obj in pending:
        if op == "insert" and not obj.origin_device:
            obj.origin_device = device_id
        if op != "insert":
            obj.updated_at = now
        obj.change_device = device_id
        obj.change_seq = seq
        if op == "update" and getattr(obj, "deleted_at", None) is not None and (
            _attribute_changed(obj, "deleted_at")
        ):
            op = "delete"  # moved to the recycle bin: a tombstone that can still be undone
        table = obj.__tablename__
        op = _compact(connection, device_id, str(table), obj.id, op)
        session.add(ChangeLogEntry(
            device_id=device_id, seq=seq, table_name=str(table), row_id=obj.id, op=op,
            row=json.dumps(row_dict(obj), ensure_ascii=False), logged_at=now,
        ))
        seq += 1


def _attribute_changed(obj: Synced, key: str) -> bool:
    return bool(inspect(obj).attrs[key].history.has_changes())


def _compact(connection: Any, device_id: str, table: str, row_id: str, op: str) -> str:
    """Drop this device's unsent entries for the same row: each entry carries the full row.

    Autosave writes a note many times a minute; only the newest state has to travel.
    An insert that is compacted away keeps its name, so a reader still sees a new row.
    """
    if op == "purge":
        return op
    where = (
        (ChangeLogEntry.device_id == device_id)
        & (ChangeLogEntry.table_name == table)
        & (ChangeLogEntry.row_id == row_id)
        & ChangeLogEntry.bundle_id.is_(None)  # type: ignore[union-attr]
    )
    earlier = connection.execute(select(ChangeLogEntry.op).where(where)).scalars().all()
    if not earlier:
        return op
    connection.execute(delete(ChangeLogEntry).where(where))
    if "insert" in earlier and op == "update":
        return "insert"
    return op
