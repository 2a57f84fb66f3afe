"""Files are written to a temporary name, flushed, fsynced and renamed (ARCHITECTURE.md,
nothing is lost)."""

from __future__ import annotations

import os
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    """Make a rename durable: the directory entry must reach the disk too."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    fsync_dir(path.parent)


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def output_folder(path: Path) -> Path:
    """A folder to write results into, made if needed; a file in its place is an error
    that says so (not a traceback)."""
    from veldwerk.errors import VeldwerkError
    from veldwerk.i18n import translate

    if path.exists() and not path.is_dir():
        raise VeldwerkError(translate("Errors", "{path} is a file, not a folder.").format(
            path=path), hint=translate("Errors", "Give a folder (it is made if it does not "
                                       "exist yet)."))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise VeldwerkError(translate("Errors", "The folder {path} cannot be made: {detail}.")
                            .format(path=path, detail=exc.strerror or exc)) from exc
    return path
