"""Real erasure, shared by withdrawal and retention: rows deleted with ``secure_delete``,
their past versions taken out of the change log, a content-free ``erase`` tombstone per
row for the bundles, then files overwritten, the database rebuilt and older backups
replaced — so the erased bytes are gone from the project folder, not just unlinked."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from veldwerk.i18n import translate
from veldwerk.ids import utcnow
from veldwerk.mediastore import overwrite_and_unlink
from veldwerk.store import backup
from veldwerk.store.changelog import append, next_seq, raw_cursor
from veldwerk.store.project import OpenProject

# Media columns that may name a file in the media folder.
MEDIA_REFERENCES = (
    ("recording", "media_name"), ("recording", "compressed_name"),
    ("consent_evidence", "media_name"), ("consent_record", "document_name"),
)

Plan = Sequence[tuple[str, Sequence[str]]]  # (table, row ids), in a safe delete order


def media_of(session: Session, plan: Plan) -> set[str]:
    """The media files the planned rows name (to erase once the rows are gone)."""
    files: set[str] = set()
    for table, ids in plan:
        for column in (c for t, c in MEDIA_REFERENCES if t == table):
            for row_id in ids:
                value = session.execute(text(f"SELECT {column} FROM {table} WHERE id = :i"),
                                        {"i": row_id}).scalar()
                if value:
                    files.add(str(value))
    return files


def delete_rows(session: Session, plan: Plan, tombstone: dict[str, Any],
                forget: tuple[str, tuple[Any, ...]] | None = None) -> None:
    """Delete the rows, take every change-log entry of them out (sent or not) plus those
    ``forget`` selects (a WHERE clause and its parameters), and log one tombstone each."""
    cursor = raw_cursor(session)
    try:
        cursor.execute("PRAGMA secure_delete = ON")
        erased = [row_id for _table, ids in plan for row_id in ids]
        for table, ids in plan:
            cursor.executemany(f"DELETE FROM {table} WHERE id = ?", [(i,) for i in ids])
        where, params = forget if forget is not None else ("0", ())
        cursor.execute("DELETE FROM change_log WHERE row_id IN (SELECT value FROM "
                       f"json_each(?)) OR {where}", (json.dumps(erased), *params))
        device_id = session.info["device_id"]
        seq = next_seq(cursor, device_id)
        now = utcnow()
        for table, ids in plan:
            for row_id in ids:
                append(cursor, device_id, seq, table, row_id, "erase", tombstone, now)
                seq += 1
    finally:
        cursor.close()


def referenced(session: Session, name: str) -> bool:
    """Identical files are stored once: keep a file that another row still names."""
    return any(session.execute(text(f"SELECT 1 FROM {table} WHERE {column} = :n LIMIT 1"),
                               {"n": name}).first() is not None
               for table, column in MEDIA_REFERENCES)


def finish(project: OpenProject, files: set[str]) -> tuple[int, int]:
    """After the rows are committed: overwrite the files no row names any more, rebuild
    the database, replace the backups. Returns (files erased, backups replaced)."""
    with project.session() as session:
        unused = sorted(n for n in files if not referenced(session, n))
    erased = sum(overwrite_and_unlink(project.media / name) for name in unused)
    rebuild_database(project)
    return erased, replace_backups(project)


def rebuild_database(project: OpenProject) -> None:
    """VACUUM rewrites every page, so free space that held old versions is gone, and the
    WAL (which holds copies of changed pages) is checkpointed and truncated to nothing."""
    def work() -> None:
        connection = sqlite3.connect(project.path, timeout=30, isolation_level=None)
        try:
            connection.execute("PRAGMA secure_delete = ON")
            connection.execute("VACUUM")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()

    project.run(lambda _s: work(), translate("Consent", "the erasure"))


def replace_backups(project: OpenProject) -> int:
    """Older backups still hold what was erased: overwrite them, keep one made now."""
    old = backup.backups(project.backups)
    aside = [p for p in project.folder.glob("*.damaged-*") if p.is_file()]
    for path in [*old, *aside]:
        with contextlib.suppress(OSError):
            overwrite_and_unlink(path)
    backup.make_backup(project.path, project.backups, "after-erasure")
    return len(old) + len(aside)
