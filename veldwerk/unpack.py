"""Where a decrypted bundle is unpacked: a private folder of this user's own on this
computer (ARCHITECTURE.md, bundles), never the system's temporary folder (other users may
list it, and erasure never looks there) and never the data folder (coordinators of a team
database share it).

Each unpacking gets a folder of its own under ``root()`` (mode 0700, made with that mode),
locked by the process that uses it while it lives, and removed on every way out of
:func:`folder`. A kill leaves it behind: :func:`sweep` removes every folder whose process
is gone (its lock is free) at every start (``cli``) and with every erasure. The lock is the
kernel's, so a folder of another Veldwerk that is importing right now is never touched.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import platformdirs

from veldwerk.errors import StorageError
from veldwerk.i18n import translate

ENV_ROOT = "VELDWERK_UNPACK_DIR"  # tests, and a computer whose cache folder is too small
STALE_SECONDS = 24 * 3600  # where folders cannot be locked (Windows): left over by then


def root() -> Path:
    """``VELDWERK_UNPACK_DIR``, else ``unpack`` in the user's cache folder
    (``~/.cache/Veldwerk/unpack`` on Linux); made 0700, and refused if another user owns
    it or it is a link."""
    chosen = os.environ.get(ENV_ROOT)
    path = Path(chosen) if chosen else Path(
        platformdirs.user_cache_dir("Veldwerk", "Veldwerk")) / "unpack"
    path = path.expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):
            os.mkdir(path, 0o700)
        found = os.lstat(path)
    except OSError as exc:
        raise StorageError(translate("Errors", "The private folder {path} cannot be made: "
                                     "{detail}.").format(path=path, detail=exc.strerror or exc),
                           hint=translate("Errors", "Free some disk space, or set {env} to a "
                                          "folder of your own.").format(env=ENV_ROOT)) from exc
    if os.name == "posix":
        if not stat.S_ISDIR(found.st_mode) or found.st_uid != os.getuid():
            raise StorageError(translate(
                "Errors", "{path} is not a private folder of yours; nothing is unpacked there."
            ).format(path=path), hint=translate("Errors", "Remove it, or set {env} to a folder "
                                                "of your own.").format(env=ENV_ROOT))
        if stat.S_IMODE(found.st_mode) != 0o700:
            os.chmod(path, 0o700)
    return path


@contextlib.contextmanager
def folder(prefix: str = "bundle-") -> Iterator[Path]:
    """A new private folder, removed with everything in it however the block ends."""
    base = root()
    while True:
        made = Path(tempfile.mkdtemp(prefix=prefix, dir=base))  # 0700, from the start
        lock = _hold(made)
        if lock is not None:
            break
    try:
        yield made
    finally:
        _remove(made)
        if lock >= 0:
            os.close(lock)


def sweep() -> int:
    """Remove what killed processes left (their lock is free); returns how many folders.
    Never raises: a start must not fail because of it."""
    try:
        base = root()
        entries = list(base.iterdir())
    except (OSError, StorageError):
        return 0
    removed = 0
    for entry in entries:
        try:
            if entry.is_symlink() or not entry.is_dir():
                entry.unlink()
                continue
            held = _stale(entry)
            if held is not None:
                try:  # removed while this sweep holds its lock: nobody takes it meanwhile
                    _remove(entry)
                finally:
                    if held >= 0:
                        os.close(held)
                removed += 1
        except OSError:
            continue
    return removed


if os.name == "posix":
    import fcntl

    def _hold(path: Path) -> int | None:
        """Lock the folder itself (its descriptor); None when a sweep removed it first."""
        fd = os.open(path, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            if os.stat(path).st_ino == os.fstat(fd).st_ino:
                return fd
        except OSError:
            pass
        os.close(fd)  # a sweep took it between making and locking: make another
        return None

    def _stale(path: Path) -> int | None:
        """The folder's lock, taken, when its process is gone; None while it lives."""
        fd = os.open(path, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return None  # its process lives and is using it
        return fd
else:  # pragma: no cover - exercised on Windows only
    def _hold(path: Path) -> int | None:
        return -1

    def _stale(path: Path) -> int | None:
        return -1 if time.time() - path.stat().st_mtime > STALE_SECONDS else None


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        shutil.rmtree(path)
