"""Every write also appends to the change log in the same transaction (ARCHITECTURE.md,
every write is logged).

A ``before_flush`` hook on :class:`ProjectSession` stamps device and sequence on
each new, changed or deleted synced row and writes its full row to the log, so
no code path can change data without leaving the entry a bundle will carry.
Paths that write with plain SQL for speed (notes, removals) log through
:func:`append`. Every write also records the tables it touched, which is how the
app learns what to refresh.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event, inspect, text
from sqlmodel import Session

from veldwerk.ids import utcnow


class ProjectSession(Session):
    """A session bound to one device; its flushes are logged."""

    def __init__(self, *args: Any, device_id: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.info["device_id"] = device_id
        self.info["touched"] = set()


def touched(session: Session) -> set[str]:
    """The tables this session's writes changed so far."""
    return session.info.setdefault("touched", set())


# Driver-level SQL: this hook runs on every autosave, and compiling ORM statements
# there cost more than the fsync itself (see benchmarks/bench_autosave.py).
NEXT_SEQ = "SELECT coalesce(max(seq), 0) + 1 FROM change_log WHERE device_id = ?"
COMPACT = ("DELETE FROM change_log WHERE device_id = ? AND table_name = ? AND row_id = ? "
           "AND bundle_id IS NULL RETURNING op")
INSERT = ("INSERT INTO change_log (device_id, seq, table_name, row_id, op, row, logged_at) "
          "VALUES (?, ?, ?, ?, ?, ?, ?)")
TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


@event.listens_for(ProjectSession, "before_flush")
def _log_changes(session: Session, _context: Any, _instances: Any) -> None:
    # The models are imported at the first ORM write, not with the session: reading the
    # list at start-up is plain SQL and does not need them built.
    from veldwerk.domain import Synced, row_dict

    device_id: str = session.info["device_id"]
    pending: list[tuple[str, Any]] = []
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
            row = {"id": obj.id} if op == "purge" else row_dict(obj)
            append(session, cursor, seq, str(obj.__tablename__), obj.id, op, row, now)
            seq += 1
    finally:
        cursor.close()


def raw_cursor(session: Session) -> Any:
    """A DB-API cursor inside the session's transaction, for the hot paths."""
    return session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]


def next_seq(cursor: Any, device_id: str) -> int:
    return int(cursor.execute(NEXT_SEQ, (device_id,)).fetchone()[0])


def time_text(moment: datetime) -> str:
    """How times are stored in SQLite (the text SQLAlchemy writes for a DateTime)."""
    return moment.strftime(TIME_FORMAT)


def stamp(session: Session, cursor: Any, row: dict[str, Any]) -> datetime:
    """Give a row written with plain SQL the provenance the ORM hook gives every other
    write: this device, its next sequence number, the time. Returns the time."""
    device_id: str = session.info["device_id"]
    now = utcnow()
    row.update(updated_at=now, change_device=device_id,
               change_seq=next_seq(cursor, device_id))
    return now


def log_update(session: Session, cursor: Any, table: str, row: dict[str, Any],
               now: datetime) -> None:
    """Log a row that :func:`stamp` stamped, with its times as ``row_dict`` gives them."""
    logged = dict(row)
    for key in ("created_at", "updated_at"):
        value = logged[key]
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
        logged[key] = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).isoformat()
    append(session, cursor, int(row["change_seq"]), table, str(row["id"]), "update", logged,
           now)


def changes_since(session: Session, since: int) -> Iterator[dict[str, Any]]:
    """Change-log entries after sequence ``since``, oldest first, as bundles will carry them."""
    rows = session.execute(text(
        "SELECT table_name, row_id, op, device_id, seq, row FROM change_log "
        "WHERE seq > :since ORDER BY seq, device_id"), {"since": since})
    for table, key, op, device, seq, row in rows:
        yield {"table": table, "key": key, "operation": op, "device": device,
               "sequence": seq, "row": json.loads(row)}


def append(session: Session, cursor: Any, seq: int, table: str, row_id: str, op: str,
           row: dict[str, Any], now: datetime) -> None:
    """Write one change-log entry, after compacting this device's unsent ones for the row.

    Autosave writes a note many times a minute; only the newest state has to travel, so
    unsent entries of the same row are replaced. An insert that is compacted away keeps
    its name, so a reader still sees a new row; a purge of a row that never left this
    laptop leaves nothing at all, and a purge carries only the key.
    """
    device_id: str = session.info["device_id"]
    touched(session).add(table)
    earlier = [r[0] for r in cursor.execute(COMPACT, (device_id, table, row_id))]
    if op == "purge" and "insert" in earlier:
        return
    if op in ("update", "delete") and "insert" in earlier:
        op = "insert"  # still new to everyone else: one upsert of the row as it is now
    cursor.execute(INSERT, (device_id, seq, table, row_id, op,
                            json.dumps(row, ensure_ascii=False), time_text(now)))


def remove_rows(session: Session, plan: Sequence[tuple[str, Sequence[str]]], op: str,
                tombstone: dict[str, Any] | None = None,
                forget: Sequence[tuple[str, str, Sequence[str]]] = ()) -> None:
    """Delete the planned rows (children first) and log it.

    ``purge`` (the recycle bin) logs the key only. ``erase`` also takes every earlier
    change-log entry of the rows out, sent or not, plus the entries of rows (already gone)
    that ``forget`` names as (table, owner column, owner ids); it logs one content-free
    ``tombstone`` per row, which bundles carry so the erasure reaches everyone.
    """
    cursor = raw_cursor(session)
    try:
        if op == "erase":
            cursor.execute("PRAGMA secure_delete = ON")
        for table, ids in plan:
            cursor.executemany(f"DELETE FROM {table} WHERE id = ?", [(i,) for i in ids])
        if op == "erase":
            erased = json.dumps([row_id for _table, ids in plan for row_id in ids])
            cursor.execute("DELETE FROM change_log WHERE row_id IN "
                           "(SELECT value FROM json_each(?))", (erased,))
            for table, column, owners in forget:
                cursor.execute(
                    "DELETE FROM change_log WHERE table_name = ? AND json_extract(row, ?) IN "
                    "(SELECT value FROM json_each(?))",
                    (table, f"$.{column}", json.dumps(list(owners))))
        seq = next_seq(cursor, session.info["device_id"])
        now = utcnow()
        for table, ids in plan:
            for row_id in ids:
                row = tombstone if op == "erase" and tombstone is not None else {"id": row_id}
                append(session, cursor, seq, table, row_id, op, row, now)
                seq += 1
    finally:
        cursor.close()


def _attribute_changed(obj: Any, key: str) -> bool:
    return bool(inspect(obj).attrs[key].history.has_changes())
