"""OpenProject owns one open project: its database (a SQLite file in its folder, or a
team's PostgreSQL database), engine, writer thread and backups."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from veldwerk.errors import (
    DamagedProject,
    ProjectInUse,
    ReadOnlyProject,
    SaveFailed,
    StorageError,
    database_words,
    read_only_folder,
)
from veldwerk.fsutil import fsync_dir
from veldwerk.i18n import translate
from veldwerk.paths import Device
from veldwerk.store import backup, dialect, migrate
from veldwerk.store.changelog import ProjectSession, touched
from veldwerk.store.engine import connect_read_only, make_engine, make_server_engine, writable
from veldwerk.store.lock import Busy, ProjectLock

T = TypeVar("T")
DB_NAME = "project.sqlite"
WRITER_LOCK = 0x7665_6C64  # "veld": the advisory lock a team database's writers share
log = logging.getLogger(__name__)


def check_file(path: Path) -> None:
    """Refuse a damaged file before any engine touches it; offer the latest good backup."""
    try:
        connection = connect_read_only(path)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        result = str(exc)
    if result != "ok":
        raise DamagedProject(path, result, backup.latest_good(path.parent / "backups"))


Listener = Callable[[frozenset[str]], None]
JOINED_KEY = "joined"


def joined(engine: Any) -> bool:
    """Did this laptop join the project from a coordinator's project file?"""
    with engine.connect() as connection:
        return connection.execute(text("SELECT 1 FROM veldwerk_meta WHERE key = :k"),
                                  {"k": JOINED_KEY}).first() is not None


class OpenProject:
    """One writer thread owns the writes; readers use their own sessions (WAL).

    Opened for writing, the project holds the folder's lock (one writer per project,
    app or command) until :meth:`close`. Opened for reading (``write=False``) it takes
    no lock, changes nothing on disk, and every write is refused with
    :class:`ReadOnlyProject` giving ``read_only_reason``.
    """

    def __init__(self, folder: Path, device: Device, *, write: bool = True,
                 purpose: str = "app", read_only_reason: str = "", url: str = "") -> None:
        self.url = url
        self.folder = folder
        self.path = folder / DB_NAME  # never made for a team database: its rows are there
        self.backups = folder / "backups"
        self.media = folder / "media"
        self.device = device
        self.read_only_reason = "" if write else (read_only_reason or translate(
            "Errors", "This project is open for reading only."))
        self.listeners: list[Listener] = []
        self.recovered: list[Any] = []  # recordings repaired on open (audio.media.Recovered)
        self._closed = False
        self._lock: ProjectLock | None = None
        self._watch: Any = None
        if url:
            self._open_server(write)
        else:
            self._open_file(write, purpose)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="veldwerk-writer")

    def _open_file(self, write: bool, purpose: str) -> None:
        if not self.path.exists():
            raise StorageError(
                translate("Errors", "There is no project file at {path}.").format(path=self.path)
            )
        if write:
            if not writable(self.folder):
                raise ReadOnlyProject(read_only_folder(self.folder.parent.parent))
            self._lock = take_lock(self.folder, purpose)
        try:
            check_file(self.path)
            if not write:
                upgrade_if_needed(self.folder, self.device)
            self.engine = make_engine(self.path, read_only=not write)
            if write:
                self._migrate()
                self.media.mkdir(exist_ok=True)
            self.joined = joined(self.engine)
        except BaseException:
            self._release()
            raise

    def _open_server(self, write: bool) -> None:
        """A team database: the rows on the server, media, inbox and answers in the folder
        (a shared one). Several coordinators may have it open; each write transaction
        takes the database's writer lock (:meth:`_run_write`), as one SQLite file would.
        Backups are the server's (``pg_dump``), not Veldwerk's."""
        self.engine = make_server_engine(self.url, read_only=not write)
        shown = shown_url(self.url)
        try:
            reach(self.engine, self.url)
            if write:
                self.folder.mkdir(parents=True, exist_ok=True)
                if migrate.needs_upgrade(self.engine, shown):
                    migrate.upgrade(self.engine)
                self.media.mkdir(exist_ok=True)
            elif migrate.needs_upgrade(self.engine, shown):
                raise StorageError(translate("Errors", "The team database is older than this "
                                             "Veldwerk."), hint=translate(
                    "Errors", "Open it once for writing, which brings it up to date."))
            self.joined = joined(self.engine)
        except BaseException:
            self.engine.dispose()
            raise

    @property
    def on_server(self) -> bool:
        """The rows live in a team's PostgreSQL database, not in a file here."""
        return bool(self.url)

    @property
    def dialect(self) -> dialect.Dialect:
        """The SQL that differs between SQLite and PostgreSQL, for this project's rows."""
        return dialect.POSTGRESQL if self.on_server else dialect.SQLITE

    @property
    def data_folder(self) -> Path:
        """The data folder this project lives in (``<data>/projects/<id>``)."""
        return self.folder.parent.parent

    @property
    def outbox(self) -> Path:
        """Finished bundles waiting for (or past) delivery; never inside the backups."""
        return self.folder / "outbox"

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    def _migrate(self) -> None:
        try:
            if migrate.needs_upgrade(self.engine, self.path):
                if migrate.current_revision(self.engine) is not None:
                    backup.make_backup(self.path, self.backups, "before-upgrade")
                migrate.upgrade(self.engine)
        except BaseException:
            self.engine.dispose()
            raise

    def session(self) -> ProjectSession:
        """A session for reading (any thread) or for work already on the writer thread."""
        return ProjectSession(self.engine, device_id=self.device.id, joined=self.joined,
                              expire_on_commit=False)

    def write(self, work: Callable[[ProjectSession], T], what: str = "") -> Future[T]:
        """Run ``work`` on the writer thread in one transaction; the future holds its result.
        The listeners hear which tables it changed, on the writer thread, after the commit."""
        if self._closed:
            raise StorageError(translate("Errors", "The project is already closed."))
        if self.read_only:
            refused: Future[T] = Future()
            refused.set_exception(ReadOnlyProject(self.read_only_reason))
            return refused
        return self._writer.submit(self._run_write, work, what)

    def run(self, work: Callable[[ProjectSession], T], what: str = "") -> T:
        """``write`` and wait: for commands, tests and the close path."""
        return self.write(work, what).result()

    def _run_write(self, work: Callable[[ProjectSession], T], what: str) -> T:
        with self.session() as session:
            try:
                if self.url:  # one writer at a time, whichever coordinator it is
                    session.execute(text("SELECT pg_advisory_xact_lock(:k)"),
                                    {"k": WRITER_LOCK})
                result = work(session)
                session.commit()
            except (OperationalError, sqlite3.OperationalError) as exc:
                if self.url:
                    session.rollback()
                    raise StorageError(translate(
                        "Errors", "The team database could not save {what}: {reason}").format(
                        what=what or translate("Errors", "your changes"),
                        reason=_plain(exc))) from exc
                session.rollback()
                raise SaveFailed(what or translate("Errors", "your changes"),
                                 _plain(exc)) from exc
            except BaseException:
                # A failed COMMIT (a deferred foreign key) leaves SQLite's transaction
                # open on this connection: the next write must not inherit it.
                session.rollback()
                raise
            tables = frozenset(touched(session))
        if tables:
            for listener in list(self.listeners):
                try:
                    listener(tables)
                except Exception:  # a view's trouble must not fail a committed write
                    log.exception("change listener failed")
        return result

    @contextlib.contextmanager
    def exclusive(self, name: str) -> Iterator[None]:
        """Work that spans several transactions and files (importing one laptop's bundle:
        its media, its rows, the files no row names) done by one process at a time. A
        SQLite project has one writing process anyway (its lock); on a team database this
        is a PostgreSQL advisory lock on ``name``, held by a connection of its own."""
        if not self.url:
            yield
            return
        with self.engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(hashtext(:n))"), {"n": name})
            connection.commit()
            try:
                yield
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(hashtext(:n))"),
                                   {"n": name})
                connection.commit()

    def data_version(self) -> int:
        """Changes by other connections (another process) move this number."""
        if self.url:
            with self.engine.connect() as connection:
                return int(connection.execute(text(
                    "SELECT coalesce((SELECT max(seq) FROM change_log), 0) + "
                    "(SELECT count(*) FROM row_version)")).scalar_one())
        if self._watch is None:
            self._watch = self.engine.raw_connection()
        cursor = self._watch.cursor()
        try:
            return int(cursor.execute("PRAGMA data_version").fetchone()[0])
        finally:
            cursor.close()

    def close(self, make_backup: bool = True) -> None:
        """Finish queued writes, checkpoint, keep a rotating backup, release the lock."""
        if self._closed:
            return
        self._closed = True
        self._writer.shutdown(wait=True)
        if self._watch is not None:
            self._watch.close()
        if self.read_only or self.url:
            self.engine.dispose()
            return
        try:
            with self.engine.connect() as connection:
                connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        except OperationalError:
            pass  # a read-only or full disk: the WAL stays and is replayed next time
        self.engine.dispose()
        try:
            if make_backup:
                # No backup on a full disk is a pity, not a reason to fail closing.
                with contextlib.suppress(OSError, sqlite3.Error):
                    backup.make_backup(self.path, self.backups, "close")
        finally:
            self._release()

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> OpenProject:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def shown_url(url: str) -> str:
    """A database URL as messages show it: no password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url.split("@")[-1]


def reach(engine: Any, url: str) -> None:
    """Connect once, so an unreachable server is one clear message, not a traceback."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except OperationalError as exc:
        raise StorageError(translate("Errors", "Veldwerk cannot reach the team database "
                                     "{url}: {reason}").format(
            url=shown_url(url), reason=str(getattr(exc, "orig", exc)).strip().splitlines()[0]),
            hint=translate("Errors", "Check the address, the user and the password, and "
                           "whether the server is running.")) from exc


def take_lock(folder: Path, purpose: str) -> ProjectLock:
    lock = ProjectLock(folder, purpose)
    try:
        lock.acquire()
    except Busy as busy:
        raise ProjectInUse(folder, busy.holder) from None
    except OSError as exc:
        raise ReadOnlyProject(read_only_folder(folder.parent.parent)) from exc
    return lock


def upgrade_if_needed(folder: Path, device: Device) -> None:
    """A reader cannot migrate: a file from an older Veldwerk is upgraded first, under the
    lock, so nobody else writes meanwhile."""
    engine = make_engine(folder / DB_NAME, read_only=True)
    try:
        needed = migrate.needs_upgrade(engine, folder / DB_NAME)
    finally:
        engine.dispose()
    if needed:
        OpenProject(folder, device, purpose="upgrade").close(make_backup=False)


def _plain(exc: OperationalError | sqlite3.OperationalError) -> str:
    original = getattr(exc, "orig", None)
    text_ = str(original) if original is not None else str(exc)
    lowered = text_.lower()
    if "full" in lowered:
        return translate("Errors", "the disk is full")
    if "readonly" in lowered or "read-only" in lowered or "unable to open" in lowered:
        return translate("Errors", "the data folder is read-only")
    return database_words(exc)  # names, never a row's values


def restore_backup(folder: Path, chosen: Path) -> Path:
    """Put ``chosen`` in place; the damaged file is renamed aside, never overwritten."""
    db = folder / DB_NAME
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = folder / f"{DB_NAME}.damaged-{stamp}"
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{db}{suffix}")
        if part.exists():
            os.replace(part, Path(f"{kept}{suffix}"))
    tmp = folder / f".{DB_NAME}.restoring"
    shutil.copyfile(chosen, tmp)
    with open(tmp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, db)
    fsync_dir(folder)
    return kept
