"""Delivery to a folder: a USB stick, or a team folder a sync client carries (SURFdrive).
Written to a temporary name, fsynced, renamed: the coordinator never sees half a bundle,
and a file already there is never written over."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from veldwerk.errors import Cancelled
from veldwerk.fsutil import atomic_write_bytes, fsync_dir
from veldwerk.i18n import translate
from veldwerk.mediastore import sha256_of
from veldwerk.sync.errors import DeliveryError, TooLarge
from veldwerk.sync.target import Target
from veldwerk.sync.transport import BLOCK, checked_path, plain_names


class FolderTarget:
    """A ``Transport`` (``sync.transport``) for a folder on this computer."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.requests = 0  # a folder makes no network requests

    @classmethod
    def for_target(cls, target: Target, _password: str | None, _verify: Any) -> FolderTarget:
        return cls(Path(target.location))

    def describe(self) -> str:
        return str(self.folder)

    def deliver(self, source: Path, size: int, sha256: str,
                cancelled: Callable[[], bool] = lambda: False) -> None:
        if not self.folder.is_dir():
            raise DeliveryError(translate(
                "Sync", "The folder {folder} is not there (is the USB stick in, is the team "
                "folder still on this laptop?).").format(folder=self.folder), hint=translate(
                "Sync", "The bundles wait in the outbox; nothing is lost."))
        final = self.folder / source.name
        if final.exists():
            if final.stat().st_size == size and sha256_of(final) == sha256:
                return  # delivered before (a crash came between copying and noting it)
            raise DeliveryError(translate(
                "Sync", "{folder} already holds a different file called {name}; it is not "
                "written over.").format(folder=self.folder, name=source.name),
                hint=translate("Sync", "Ask the coordinator to look at it."), transient=False)
        temporary = self.folder / f".{source.name}.part"
        try:
            with open(source, "rb") as reader, open(temporary, "wb") as writer:
                while block := reader.read(BLOCK):
                    if cancelled():
                        raise Cancelled()
                    writer.write(block)
                writer.flush()
                os.fsync(writer.fileno())
            if temporary.stat().st_size != size:
                raise DeliveryError(translate("Sync", "The copy in {folder} came out the wrong "
                                              "size.").format(folder=self.folder))
            os.replace(temporary, final)
            fsync_dir(self.folder)
        except Cancelled:
            temporary.unlink(missing_ok=True)
            raise
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise DeliveryError(translate(
                "Sync", "The bundle could not be copied to {folder}: {detail}.").format(
                    folder=self.folder, detail=exc.strerror or exc), hint=translate(
                "Sync", "Free some space there or choose another folder; the bundle waits "
                "in the outbox.")) from exc

    def check(self) -> None:
        if not self.folder.is_dir():
            raise DeliveryError(translate(
                "Sync", "The folder {folder} is not there (is the USB stick in, is the team "
                "folder still on this laptop?).").format(folder=self.folder))

    def listing(self, *folder: str) -> dict[str, str]:
        """File names in a subfolder, with size and time as their version tag."""
        where = self.folder.joinpath(*checked_path(folder, str(self.folder))) if folder \
            else self.folder
        if not where.is_dir():
            return {}
        # A link could lead anywhere on this computer: only files that are in the folder.
        found = {p.name: p for p in where.iterdir()
                 if not p.name.startswith(".") and not p.is_symlink() and p.is_file()}
        return {name: f"{found[name].stat().st_size}-{found[name].stat().st_mtime_ns}"
                for name in plain_names(found, str(where))}

    def fetch(self, *path: str, limit: int | None = None) -> bytes:
        """A small file from the coordinator; one larger than ``limit`` is not read."""
        where = self.folder.joinpath(*checked_path(path, str(self.folder)))
        try:
            if where.is_symlink():
                raise OSError(f"{where.name} is a link")
            if limit is not None and where.stat().st_size > limit:
                raise TooLarge(path[-1])
            with open(where, "rb") as reader:
                data = reader.read() if limit is None else reader.read(limit + 1)
            if limit is not None and len(data) > limit:  # it grew meanwhile
                raise TooLarge(path[-1])
            return data
        except OSError as exc:
            raise DeliveryError(translate("Sync", "{name} cannot be read: {detail}.").format(
                name=path[-1], detail=exc.strerror or exc)) from exc

    def download(self, name: str, destination: Path) -> None:
        """Copy a bundle from the folder to ``destination`` (the coordinator's inbox)."""
        source = self.folder / checked_path((name,), str(self.folder))[0]
        try:
            if source.is_symlink():
                raise OSError(f"{name} is a link")
            with open(source, "rb") as reader, open(destination, "wb") as writer:
                while block := reader.read(BLOCK):
                    writer.write(block)
                writer.flush()
                os.fsync(writer.fileno())
        except OSError as exc:
            destination.unlink(missing_ok=True)
            raise DeliveryError(translate("Sync", "{name} cannot be read: {detail}.").format(
                name=name, detail=exc.strerror or exc)) from exc

    def publish(self, folder: tuple[str, ...], name: str, data: bytes) -> None:
        """Put a small file from the coordinator (receipt, update, erasure list) in a
        subfolder: temporary name, fsync, rename; the same file there already is fine, a
        different one is never written over."""
        self.check()  # a stick that is not in: its mount point is never made on this disk
        folder = checked_path(folder, str(self.folder)) if folder else ()
        name = checked_path((name,), str(self.folder))[0]
        where = self.folder.joinpath(*folder)
        final = where / name
        try:
            if final.exists():
                if final.read_bytes() == data:
                    return
                raise DeliveryError(translate(
                    "Sync", "{folder} already holds a different file called {name}; it is "
                    "not written over.").format(folder=where, name=name), transient=False)
            where.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(final, data)
        except OSError as exc:
            raise DeliveryError(translate("Sync", "{name} could not be put in {folder}: "
                                          "{detail}.").format(name=name, folder=where,
                                                              detail=exc.strerror or exc)
                                ) from exc

    def remove(self, *path: str) -> None:
        """A bundle the coordinator took in, or an answer that carried an erased row,
        leaves the folder (gone already is fine)."""
        where = self.folder.joinpath(*checked_path(path, str(self.folder)))
        try:
            where.unlink(missing_ok=True)
            fsync_dir(where.parent)
        except OSError as exc:
            raise DeliveryError(translate("Sync", "{name} could not be removed from {folder}: "
                                          "{detail}.").format(name=path[-1], folder=self.folder,
                                                              detail=exc.strerror or exc)
                                ) from exc

    def close(self) -> None:
        """Nothing to close (the WebDAV target has a connection)."""
