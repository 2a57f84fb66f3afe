"""Opening a bundle with the coordinator's key: decrypt to a temporary file, unpack safely,
check the signature and every checksum, then read its changes. Nothing is applied here;
the coordinator's merge takes an :class:`Opened` bundle or nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage

from veldwerk import unpack
from veldwerk.bundle import bag
from veldwerk.bundle import keys as keymod
from veldwerk.errors import SyncError
from veldwerk.i18n import translate
from veldwerk.store import migrate

AGE_MAGIC = b"age-encryption.org/v1\n"


@dataclass(frozen=True)
class Opened:
    info: dict[str, str]
    folder: Path  # the unpacked bag (temporary)
    entries: list[dict[str, Any]]
    media_index: list[dict[str, Any]]

    @property
    def id(self) -> str:
        return self.info["External-Identifier"]

    @property
    def media(self) -> list[Path]:
        return sorted((self.folder / "data" / "media").glob("*")) if (
            self.folder / "data" / "media").is_dir() else []


def is_age_file(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(AGE_MAGIC)) == AGE_MAGIC
    except OSError:
        return False


@contextmanager
def open_bundle(path: Path, identity: keymod.CoordinatorKeys) -> Iterator[Opened]:
    """The bundle, checked, unpacked in a temporary folder that is removed afterwards."""
    if not is_age_file(path):
        raise SyncError(translate("Sync", "{name} is not a Veldwerk bundle (not an age file)."
                                  ).format(name=path.name))
    size = path.stat().st_size
    with unpack.folder("bundle-") as work:  # private to this user, swept after a kill
        plain = Path(work) / "bundle.tar"
        try:
            with open(path, "rb") as sealed, open(plain, "wb") as out:
                pyrage.decrypt_io(sealed, out, [identity.age])
        except OSError as exc:
            if exc.errno is None:  # age's own "decryption error": the bytes were changed
                raise SyncError(translate(
                    "Sync", "{name} is damaged or was changed after it was made (age found "
                    "its content does not match).").format(name=path.name), hint=translate(
                    "Sync", "Nothing was taken from it. Ask for the bundle to be sent "
                    "again.")) from exc
            raise SyncError(translate("Sync", "The bundle could not be unpacked: {detail}.")
                            .format(detail=exc.strerror or exc), hint=translate(
                                "Sync", "Free some disk space and try again.")) from exc
        except Exception as exc:  # pyrage.DecryptError
            raise SyncError(translate(
                "Sync", "{name} cannot be opened with this key: it was made for another "
                "coordinator or is damaged ({detail}).").format(name=path.name, detail=exc),
                hint=translate("Sync", "Nothing was taken from it.")) from exc
        folder = bag.extract(plain, Path(work) / "bag", max_bytes=size)
        plain.unlink()
        info = bag.check(folder, lambda data, signature: keymod.verify(
            _device_key(folder), data, signature, path.name))
        if info.get("Veldwerk-Schema") not in migrate.known_revisions():
            raise SyncError(translate("Sync", "{name} was made by a newer Veldwerk ({schema})."
                                      ).format(name=path.name,
                                               schema=info.get("Veldwerk-Schema")),
                            hint=translate("Sync", "Update Veldwerk, then open it again."))
        yield Opened(info, folder, _lines(folder / "data" / "changes.jsonl"),
                     _lines(folder / "data" / "media-index.jsonl"))


def _device_key(folder: Path) -> str:
    info = bag.parse_info((folder / "bag-info.txt").read_bytes()) if (
        folder / "bag-info.txt").is_file() else {}
    key = info.get("Veldwerk-Device-Key", "")
    if not key:
        raise SyncError(translate("Sync", "The bundle does not say which laptop signed it."))
    return key


def _lines(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    try:
        return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    except ValueError as exc:
        raise SyncError(translate("Sync", "{name} in the bundle is unreadable.").format(
            name=path.name)) from exc
