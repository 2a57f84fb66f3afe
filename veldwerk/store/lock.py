"""One writer per project: an operating-system lock on a file in the project folder.

The kernel drops the lock when its process ends, however it ends (a crash, SIGKILL, a
pulled plug), so a lock is never stale. Who holds it (app or command, process, since
when) is written into the file, so a second writer can be told plainly what to wait for.
Readers take no lock: SQLite's WAL gives them a consistent view while the writer works.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from veldwerk.ids import utcnow

LOCK_NAME = "project.lock"


@dataclass(frozen=True)
class Holder:
    """Who has the project open for writing."""

    pid: int
    host: str
    purpose: str  # "app", or the command ("withdraw", "audio import", …)
    since: datetime | None

    @property
    def is_app(self) -> bool:
        return self.purpose == "app"


class Busy(Exception):
    """The lock is held by someone else (``holder`` if they could be read)."""

    def __init__(self, holder: Holder | None) -> None:
        super().__init__("locked")
        self.holder = holder


def read_holder(folder: Path, name: str = LOCK_NAME) -> Holder | None:
    try:
        data = json.loads((folder / name).read_text(encoding="utf-8"))
        since = datetime.fromisoformat(data["since"]) if data.get("since") else None
        return Holder(int(data["pid"]), str(data.get("host", "")),
                      str(data.get("purpose", "")), since)
    except (OSError, ValueError, KeyError, TypeError):
        return None


class ProjectLock:
    """Held from :meth:`acquire` to :meth:`release` (or the end of the process). ``name``
    another lock file in the folder for one job at a time (a transcription)."""

    def __init__(self, folder: Path, purpose: str, name: str = LOCK_NAME) -> None:
        self.path = folder / name
        self.purpose = purpose
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`Busy` at once; ``OSError`` if the folder cannot
        hold a lock file (a read-only folder)."""
        # Read-only descriptor: a held lock must not keep a mount from turning read-only.
        fd = os.open(self.path, os.O_RDONLY | os.O_CREAT, 0o644)
        try:
            _lock(fd)
        except BlockingIOError:
            os.close(fd)
            raise Busy(read_holder(self.path.parent, self.path.name)) from None
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        info = {"pid": os.getpid(), "host": socket.gethostname(), "purpose": self.purpose,
                "since": utcnow().isoformat()}
        # Advice for whoever finds the project busy; the lock itself is the descriptor.
        with contextlib.suppress(OSError), open(self.path, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(info))

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            _unlock(self._fd)
        os.close(self._fd)
        self._fd = None


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            raise BlockingIOError(str(exc)) from exc

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
