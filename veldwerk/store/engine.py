"""Engines: a project's SQLite file with the pragmas every connection needs (WAL, foreign
keys, synchronous=FULL), or a team's PostgreSQL database (``--db``). Every engine hides
its statements' parameters: an error's text names tables and columns, never row content
(a note's text in an error would end up on a terminal or in a log)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from veldwerk.errors import StorageError
from veldwerk.i18n import translate


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
            uri, uri=True, check_same_thread=False), hide_parameters=True)
        event.listen(engine, "connect", _on_connect_read_only)
        return engine
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False},
                           hide_parameters=True)
    event.listen(engine, "connect", _on_connect)
    return engine


def server_url(url: str) -> str:
    """``postgresql://…`` as SQLAlchemy names the psycopg driver; other URLs are refused."""
    for prefix in ("postgresql+psycopg://", "postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    raise StorageError(translate("Errors", "Veldwerk cannot use the database {url}.").format(
        url=url), hint=translate("Errors", "Give a PostgreSQL URL: "
                                 "postgresql://user@host/database."))


def _on_connect_server(dbapi_connection: Any, _record: Any) -> None:
    # Times are stored in UTC; plain SQL hands them over as text without a zone.
    cursor = dbapi_connection.cursor()
    cursor.execute("SET TIME ZONE 'UTC'")
    cursor.close()
    dbapi_connection.commit()


def make_server_engine(url: str, read_only: bool = False) -> Engine:
    """An engine on a team's PostgreSQL database; read-only ones refuse every write."""
    try:
        import psycopg  # noqa: F401  # deferred: start-up
    except ImportError:
        raise StorageError(translate("Errors", "The PostgreSQL driver is not installed."),
                           hint="python -m pip install 'veldwerk[team]'") from None
    options = "-c default_transaction_read_only=on" if read_only else ""
    engine = create_engine(server_url(url), pool_pre_ping=True, hide_parameters=True,
                           connect_args={"options": options, "connect_timeout": 10})
    event.listen(engine, "connect", _on_connect_server)
    return engine
