"""Every write also appends to the change log in the same transaction (DESIGN.md §4).

A ``before_flush`` hook on :class:`ProjectSession` stamps device and sequence on
each new, changed or deleted synced row and writes its full row to the log, so
no code path can change data without leaving the entry a bundle will carry.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import event, inspect
from sqlmodel import Session

from veldwerk.domain import Synced, row_dict
from veldwerk.ids import utcnow


class ProjectSession(Session):
    """A session bound to one device; its flushes are logged."""

    def __init__(self, *args: Any, device_id: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.info["device_id"] = device_id


# Driver-level SQL: this hook runs on every autosave, and compiling ORM statements
# there cost more than the fsync itself (see benchmarks/bench_autosave.py).
NEXT_SEQ = "SELECT coalesce(max(seq), 0) + 1 FROM change_log WHERE device_id = ?"
COMPACT = ("DELETE FROM change_log WHERE device_id = ? AND table_name = ? AND row_id = ? "
           "AND bundle_id IS NULL RETURNING op")
INSERT = ("INSERT INTO change_log (device_id, seq, table_name, row_id, op, row, logged_at) "
          "VALUES (?, ?, ?, ?, ?, ?, ?)")


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
    cursor = raw_cursor(session)
    try:
        seq = next_seq(cursor, device_id)
        now = utcnow()
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
            append(cursor, device_id, seq, str(obj.__tablename__), obj.id, op, row_dict(obj), now)
            seq += 1
    finally:
        cursor.close()


def raw_cursor(session: Session) -> Any:
    """A DB-API cursor inside the session's transaction, for the hot paths."""
    return session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]


def next_seq(cursor: Any, device_id: str) -> int:
    return int(cursor.execute(NEXT_SEQ, (device_id,)).fetchone()[0])


def append(cursor: Any, device_id: str, seq: int, table: str, row_id: str, op: str,
           row: dict[str, Any], now: datetime) -> None:
    """Write one change-log entry (after compacting this device's unsent ones for the row)."""
    op = _compact(cursor, device_id, table, row_id, op)
    cursor.execute(INSERT, (device_id, seq, table, row_id, op,
                            json.dumps(row, ensure_ascii=False),
                            now.strftime("%Y-%m-%d %H:%M:%S.%f")))


def _attribute_changed(obj: Synced, key: str) -> bool:
    return bool(inspect(obj).attrs[key].history.has_changes())


def _compact(cursor: Any, device_id: str, table: str, row_id: str, op: str) -> str:
    """Drop this device's unsent entries for the same row: each entry carries the full row.

    Autosave writes a note many times a minute; only the newest state has to travel.
    An insert that is compacted away keeps its name, so a reader still sees a new row.
    """
    if op == "purge":
        return op
    earlier = [row[0] for row in cursor.execute(COMPACT, (device_id, table, row_id))]
    if "insert" in earlier and op == "update":
        return "insert"
    return op
