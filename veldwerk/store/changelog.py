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

from veldwerk.errors import ReferenceLocked
from veldwerk.ids import utcnow
from veldwerk.store import dialect


class ProjectSession(Session):
    """A session bound to one device; its flushes are logged."""

    def __init__(self, *args: Any, device_id: str, joined: bool = False,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.info["device_id"] = device_id
        self.info["touched"] = set()
        self.info["joined"] = joined  # the coordinator's tables are not this laptop's


def touched(session: Session) -> set[str]:
    """The tables this session's writes changed so far."""
    return session.info.setdefault("touched", set())


# Driver-level SQL: this hook runs on every autosave, and compiling ORM statements
# there cost more than the fsync itself (see benchmarks/bench_autosave.py).
# A number is never handed out twice: entries that left the log (compaction, erasure, a
# restored backup) raised the device's floor in ``veldwerk_meta`` (migration 0006's trigger,
# and the outbox's high-water mark on open), and numbering continues above both.
NEXT_SEQ = ("SELECT {greatest}(coalesce((SELECT max(seq) FROM change_log WHERE device_id = ?), "
            "0), coalesce((SELECT CAST(value AS INTEGER) FROM veldwerk_meta WHERE key = ?), 0)) "
            "+ 1")
RAISE_FLOOR = ("INSERT INTO veldwerk_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
               "SET value = CAST({greatest}(CAST(veldwerk_meta.value AS INTEGER), "
               "CAST(excluded.value AS INTEGER)) AS TEXT)")
FLOOR_KEY = "seq_floor:{device}"
COMPACT = ("DELETE FROM change_log WHERE device_id = ? AND table_name = ? AND row_id = ? "
           "AND bundle_id IS NULL RETURNING op, seq, base_device, base_seq")
INSERT = ("INSERT INTO change_log (device_id, seq, table_name, row_id, op, row, logged_at, "
          "base_device, base_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
Base = tuple[str, int] | None  # the version a change was made on; None: a new row
TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


@event.listens_for(ProjectSession, "before_flush")
def _log_changes(session: Session, _context: Any, _instances: Any) -> None:
    # The models are imported at the first ORM write, not with the session: reading the
    # list at start-up is plain SQL and does not need them built.
    from veldwerk.domain import Synced, row_dict  # deferred: start-up

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
    if session.info.get("joined"):
        from veldwerk.domain.ownership import COORDINATOR_TABLES  # deferred: start-up

        if any(obj.__tablename__ in COORDINATOR_TABLES for _op, obj in pending):
            raise ReferenceLocked()
    cursor = raw_cursor(session)
    try:
        seq = next_seq(cursor, device_id)
        now = utcnow()
        for op, obj in pending:
            base: Base = None
            if op != "insert" and obj.change_seq:
                base = (obj.change_device, obj.change_seq)
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
            append(session, cursor, seq, str(obj.__tablename__), obj.id, op, row, now, base)
            seq += 1
    finally:
        cursor.close()


def raw_cursor(session: Session) -> Any:
    """A DB-API cursor inside the session's transaction, for the hot paths; it takes ``?``
    placeholders on either dialect."""
    cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    return dialect.of(session).cursor(cursor)


def _greatest(cursor: Any) -> str:
    return dialect.of(cursor).greatest


def next_seq(cursor: Any, device_id: str) -> int:
    statement = NEXT_SEQ.format(greatest=_greatest(cursor))
    return int(cursor.execute(statement, (device_id, FLOOR_KEY.format(device=device_id))
                              ).fetchone()[0])


def raise_floor(cursor: Any, device_id: str, seq: int) -> None:
    """Numbering for ``device_id`` continues above ``seq`` (e.g. a bundle's last number,
    kept outside the database, after a backup was restored)."""
    cursor.execute(RAISE_FLOOR.format(greatest=_greatest(cursor)),
                   (FLOOR_KEY.format(device=device_id), str(seq)))


def time_text(moment: datetime) -> str:
    """How times are stored in SQLite (the text SQLAlchemy writes for a DateTime)."""
    return moment.strftime(TIME_FORMAT)


def stamp(session: Session, cursor: Any, row: dict[str, Any]) -> tuple[datetime, Base]:
    """Give a row written with plain SQL the provenance the ORM hook gives every other
    write: this device, its next sequence number, the time. Returns the time and the
    version the row had (the change's base)."""
    device_id: str = session.info["device_id"]
    now = utcnow()
    base: Base = (row["change_device"], int(row["change_seq"])) if row.get(
        "change_seq") else None
    row.update(updated_at=now, change_device=device_id,
               change_seq=next_seq(cursor, device_id))
    return now, base


def log_update(session: Session, cursor: Any, table: str, row: dict[str, Any],
               now: datetime, base: Base) -> None:
    """Log a row that :func:`stamp` stamped, with its times as ``row_dict`` gives them."""
    logged = dict(row)
    for key in ("created_at", "updated_at"):
        value = logged[key]
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
        logged[key] = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).isoformat()
    append(session, cursor, int(row["change_seq"]), table, str(row["id"]), "update", logged,
           now, base)


def changes_since(session: Session, since: int, device: str | None = None,
                  unsent: bool = False) -> Iterator[dict[str, Any]]:
    """Change-log entries after sequence ``since``, oldest first, as bundles carry them;
    only ``device``'s, only those not yet in a bundle, when asked."""
    where = ["seq > :since"]
    if device is not None:
        where.append("device_id = :device")
    if unsent:
        where.append("bundle_id IS NULL")
    rows = session.execute(text(
        "SELECT table_name, row_id, op, device_id, seq, row, base_device, base_seq, "
        f"logged_at FROM change_log WHERE {' AND '.join(where)} ORDER BY seq, device_id"),
        {"since": since, "device": device})
    for table, key, op, device_id, seq, row, base_device, base_seq, logged in rows:
        yield entry_dict(table, key, op, device_id, seq, row, base_device, base_seq, logged)


def entry_dict(table: str, key: str, op: str, device: str, seq: int, row: str,
               base_device: str | None, base_seq: int | None, logged: str) -> dict[str, Any]:
    """One change-log entry as the ``changes`` command and ``data/changes.jsonl`` show it."""
    return {"table": table, "key": key, "operation": op, "device": device,
            "sequence": seq, "base": None if base_seq is None else {
                "device": base_device, "sequence": base_seq},
            "row": json.loads(row), "logged_at": str(logged)}


def append(session: Session, cursor: Any, seq: int, table: str, row_id: str, op: str,
           row: dict[str, Any], now: datetime, base: Base = None) -> None:
    """Write one change-log entry, after compacting this device's unsent ones for the row.

    Autosave writes a note many times a minute; only the newest state has to travel, so
    unsent entries of the same row are replaced, keeping the earliest base (what the
    coordinator last saw). ``insert`` and ``update`` both mean "upsert this row": an
    insert that is compacted away keeps its name, so a reader still sees a new row; a
    purge of a row that never left this laptop leaves nothing at all, and a purge carries
    only the key.
    """
    device_id: str = session.info["device_id"]
    touched(session).add(table)
    earlier = sorted(cursor.execute(COMPACT, (device_id, table, row_id)).fetchall(),
                     key=lambda found: found[1])
    if earlier:
        first_op, _seq, base_device, base_seq = earlier[0]
        base = None if first_op == "insert" or base_seq is None else (base_device, base_seq)
        if op == "purge" and first_op == "insert":
            return
        if op in ("update", "delete") and first_op == "insert":
            op = "insert"  # still new to everyone else: one upsert of the row as it is now
    cursor.execute(INSERT, (device_id, seq, table, row_id, op,
                            json.dumps(row, ensure_ascii=False), time_text(now),
                            *(base if base else (None, None))))


def remove_rows(session: Session, plan: Sequence[tuple[str, Sequence[str]]], op: str,
                tombstone: dict[str, Any] | None = None,
                forget: Sequence[tuple[str, str, Sequence[str]]] = (),
                log: bool = True) -> None:
    """Delete the planned rows (children first) and log it.

    ``purge`` (the recycle bin) logs the key only. ``erase`` also takes every earlier
    change-log entry of the rows out, sent or not, plus the entries of rows (already gone)
    that ``forget`` names as (table, owner column, owner ids); it logs one content-free
    ``tombstone`` per row, which bundles carry so the erasure reaches everyone. An erasure
    the coordinator sent (``log=False``) is not logged back: it came from there.
    """
    cursor = raw_cursor(session)
    listed = dialect.of(session).values("?")
    try:
        if op == "erase":
            dialect.of(session).secure_delete(cursor)
        bases: dict[str, Base] = {}
        for table, ids in plan:
            bases.update(
                (row_id, (device, seq) if seq else None) for row_id, device, seq in
                cursor.execute(f"SELECT id, change_device, change_seq FROM {table} WHERE id "
                               f"IN ({listed})", (json.dumps(list(ids)),)))
            cursor.executemany(f"DELETE FROM {table} WHERE id = ?", [(i,) for i in ids])
        if op == "erase":
            erased = json.dumps([row_id for _table, ids in plan for row_id in ids])
            cursor.execute(f"DELETE FROM change_log WHERE row_id IN ({listed})", (erased,))
            for table, column, owners in forget:
                field = dialect.of(session).json_text("row", column)
                cursor.execute(f"DELETE FROM change_log WHERE table_name = ? AND {field} IN "
                               f"({listed})", (table, json.dumps(list(owners))))
        if not log:
            for table, _ids in plan:
                touched(session).add(table)
            return
        seq = next_seq(cursor, session.info["device_id"])
        now = utcnow()
        for table, ids in plan:
            for row_id in ids:
                row = tombstone if op == "erase" and tombstone is not None else {"id": row_id}
                append(session, cursor, seq, table, row_id, op, row, now,
                       bases.get(row_id))
                seq += 1
    finally:
        cursor.close()


def _attribute_changed(obj: Any, key: str) -> bool:
    return bool(inspect(obj).attrs[key].history.has_changes())
