"""Rotating backups made with SQLite's online backup API (consistent, WAL included)."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from veldwerk.fsutil import fsync_dir
from veldwerk.store.engine import connect_read_only

KEEP = 7


def make_backup(db_path: Path, folder: Path, reason: str = "close") -> Path:
    """Copy the database to ``folder`` as one self-contained file, then rotate."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"project-{stamp}-{reason}.sqlite"
    tmp = target.with_suffix(".partial")
    source = sqlite3.connect(db_path)
    try:
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    finally:
        source.close()
    with open(tmp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, target)
    fsync_dir(folder)
    rotate(folder)
    return target


def backups(folder: Path) -> list[Path]:
    """Backups, newest first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob("project-*.sqlite"), reverse=True)


def rotate(folder: Path, keep: int = KEEP) -> None:
    for old in backups(folder)[keep:]:
        old.unlink(missing_ok=True)


def is_healthy(path: Path) -> bool:
    try:
        connection = connect_read_only(path)
        try:
            return connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False


def latest_good(folder: Path) -> Path | None:
    for candidate in backups(folder):
        if is_healthy(candidate):
            return candidate
    return None
