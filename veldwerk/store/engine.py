"""SQLite engines with the pragmas every connection needs (WAL, foreign keys, synchronous=FULL)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # FULL: a commit is on disk before it is acknowledged, also after a pulled plug.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _on_connect_read_only(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def writable(folder: Path) -> bool:
    """Whether files in ``folder`` can be changed (False on a read-only mount too)."""
    db = folder / "project.sqlite"
    return os.access(folder, os.W_OK) and (not db.exists() or os.access(db, os.W_OK))


def read_only_uri(path: Path) -> str:
    """A URI that opens ``path`` for reading without changing anything beside it.

    SQLite needs the ``-shm`` file to read a WAL database; in a folder that cannot be
    written to it cannot make one, so a file closed cleanly (no WAL left) is opened as
    immutable instead.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if writable(path.parent):
        return uri
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    if wal.exists() and wal.stat().st_size > 0 and shm.exists():
        return uri
    return f"{uri}&immutable=1"


def connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True)


def make_engine(path: Path, read_only: bool = False) -> Engine:
    """An engine on ``path``; one per open project, shared by writer and readers."""
    if read_only:
        uri = read_only_uri(path)
        engine = create_engine("sqlite://", poolclass=QueuePool, creator=lambda: sqlite3.connect(
            uri, uri=True, check_same_thread=False))
        event.listen(engine, "connect", _on_connect_read_only)
        return engine
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    return engine
