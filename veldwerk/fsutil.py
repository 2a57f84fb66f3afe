"""Files are written to a temporary name, flushed, fsynced and renamed (ARCHITECTURE.md,
nothing is lost)."""

from __future__ import annotations

import os
from pathlib import Path

from veldwerk.errors import VeldwerkError, cannot_write
from veldwerk.i18n import translate


def fsync_dir(folder: Path) -> None:
    """Make a rename durable: the directory entry must reach the disk too."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


MAX_NAME_BYTES = 255


def plain_name(name: object) -> bool:
    """Whether ``name`` (from a share's listing, a bundle, a receipt, an update) is one
    plain file name that stays inside the folder it is joined to: no separator, no
    ``..`` or ``.``, no NUL or control character, not empty, at most 255 bytes."""
    if not isinstance(name, str) or name in ("", ".", ".."):
        return False
    if "/" in name or "\\" in name or any(ord(c) < 32 or ord(c) == 127 for c in name):
        return False
    try:
        size = len(name.encode("utf-8"))
    except UnicodeEncodeError:  # a lone surrogate: not a name a file system holds
        return False
    return size <= MAX_NAME_BYTES and not os.path.isabs(name) and not (
        len(name) > 1 and name[1] == ":")  # C:x is relative to a drive on Windows


def atomic_write_bytes(path: Path, data: bytes, private: bool = False) -> None:
    """``private``: a secret (a key, a recovery sheet): the file is made with mode 0600
    from its first byte (on POSIX), never readable by others for a moment."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        if private:
            tmp.unlink(missing_ok=True)  # left by a crash of an earlier process with this id
            handle = open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL  # noqa: SIM115
                                  | getattr(os, "O_BINARY", 0), 0o600), "wb")
        else:
            handle = open(tmp, "wb")  # noqa: SIM115 - closed by the with below
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    fsync_dir(path.parent)


def atomic_write_text(path: Path, text: str, private: bool = False) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), private)


def output_folder(path: Path) -> Path:
    """A folder to write results into, made if needed; a file in its place is an error
    that says so (not a traceback)."""
    if path.exists() and not path.is_dir():
        raise VeldwerkError(translate("Errors", "{path} is a file, not a folder.").format(
            path=path), hint=translate("Errors", "Give a folder (it is made if it does not "
                                       "exist yet)."))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise cannot_write(path, exc, folder=True) from exc
    return path
