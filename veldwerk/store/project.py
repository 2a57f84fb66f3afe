"""OpenProject owns one open project: its file, engine, writer thread and backups."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from veldwerk.errors import DamagedProject, SaveFailed, StorageError
from veldwerk.fsutil import fsync_dir
from veldwerk.i18n import translate
from veldwerk.paths import Device
from veldwerk.store import backup, migrate
from veldwerk.store.changelog import ProjectSession
from veldwerk.store.engine import make_engine

T = TypeVar("T")
DB_NAME = "project.sqlite"


def check_file(path: Path) -> None:
    """Refuse a damaged file before any engine touches it; offer the latest good backup."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        result = str(exc)
    if result != "ok":
        raise DamagedProject(path, result, backup.latest_good(path.parent / "backups"))


class OpenProject:
    """One writer thread owns the writes; readers use their own sessions (WAL)."""

    def __init__(self, folder: Path, device: Device) -> None:
        self.folder = folder
        self.path = folder / DB_NAME
        self.backups = folder / "backups"
        self.media = folder / "media"
        self.device = device
        if not self.path.exists():
            raise StorageError(
                translate("Errors", "There is no project file at {path}.").format(path=self.path)
            )
        check_file(self.path)
        self.engine = make_engine(self.path)
        try:
            if migrate.needs_upgrade(self.engine, self.path):
                if migrate.current_revision(self.engine) is not None:
                    backup.make_backup(self.path, self.backups, "before-upgrade")
                migrate.upgrade(self.engine)
        except Exception:
            self.engine.dispose()
            raise
        self.media.mkdir(exist_ok=True)
        self.recovered: list[Any] = []  # recordings repaired on open (audio.media.Recovered)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="veldwerk-writer")
        self._closed = False

    def session(self) -> ProjectSession:
        """A session for reading (any thread) or for work already on the writer thread."""
        return ProjectSession(self.engine, device_id=self.device.id, expire_on_commit=False)

    def write(self, work: Callable[[ProjectSession], T], what: str = "") -> Future[T]:
        """Run ``work`` on the writer thread in one transaction; the future holds its result."""
        if self._closed:
            raise StorageError(translate("Errors", "The project is already closed."))
        return self._writer.submit(self._run_write, work, what)

    def run(self, work: Callable[[ProjectSession], T], what: str = "") -> T:
        """``write`` and wait: for commands, tests and the close path."""
        return self.write(work, what).result()

    def _run_write(self, work: Callable[[ProjectSession], T], what: str) -> T:
        with self.session() as session:
            try:
                result = work(session)
                session.commit()
            except (OperationalError, sqlite3.OperationalError) as exc:
                session.rollback()
                raise SaveFailed(what or translate("Errors", "your changes"),
                                 _plain(exc)) from exc
            return result

    def close(self, make_backup: bool = True) -> None:
        """Finish queued writes, checkpoint, and keep a rotating backup."""
        if self._closed:
            return
        self._closed = True
        self._writer.shutdown(wait=True)
        try:
            with self.engine.connect() as connection:
                connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        except OperationalError:
            pass  # a read-only or full disk: the WAL stays and is replayed next time
        self.engine.dispose()
        if make_backup:
            # No backup on a full disk is a pity, not a reason to fail closing.
            with contextlib.suppress(OSError, sqlite3.Error):
                backup.make_backup(self.path, self.backups, "close")

    def __enter__(self) -> OpenProject:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _plain(exc: OperationalError | sqlite3.OperationalError) -> str:
    original = getattr(exc, "orig", None)
    text_ = str(original) if original is not None else str(exc)
    lowered = text_.lower()
    if "full" in lowered:
        return translate("Errors", "the disk is full")
    if "readonly" in lowered or "read-only" in lowered or "unable to open" in lowered:
        return translate("Errors", "the data folder is read-only")
    return text_


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
