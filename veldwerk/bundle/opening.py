"""Opening a bundle with the coordinator's key: decrypt to a temporary file, check the
signature, the tag files and bag-info before unpacking the payload, unpack it bounded,
then check every change line (``bundle.validate``). Nothing is applied here;
the coordinator's merge takes an :class:`Opened` bundle or nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage

from veldwerk import unpack
from veldwerk.bundle import bag, validate
from veldwerk.bundle import keys as keymod
from veldwerk.bundle.limits import LIMITS
from veldwerk.errors import PassingError, SyncError
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
                    "Sync", "Nothing was taken from it. Its laptop, if let in, is told with "
                    "its next receipt, and sends its own copy again if this one was "
                    "changed on the way.")) from exc
            raise PassingError(translate("Sync", "The bundle could not be unpacked: "
                                         "{detail}.").format(detail=exc.strerror or exc),
                               hint=translate("Sync", "Free some disk space; it is tried "
                                              "again by itself.")) from exc
        except Exception as exc:  # pyrage.DecryptError
            raise SyncError(translate(
                "Sync", "{name} cannot be opened with this key: it was made for another "
                "coordinator or is damaged ({detail}).").format(name=path.name, detail=exc),
                hint=translate("Sync", "Nothing was taken from it.")) from exc
        yield _checked(path.name, plain, Path(work) / "bag")


def _checked(name: str, plain: Path, into: Path) -> Opened:
    """The decrypted tar, read in the order that keeps a hostile one cheap: headers and
    tag files, the signature, the schema, every bag-info field; only then the payload is
    unpacked and its change lines checked (``bundle.validate``)."""
    limits = LIMITS
    layout = bag.scan(plain, limits)
    key = bag.parse_info(layout.tags.get("bag-info.txt", b"")).get("Veldwerk-Device-Key", "")
    if not key:
        raise SyncError(translate("Sync", "The bundle does not say which laptop signed it."))
    keymod.public_key(key)  # raises SyncError: not a signing key
    info, manifest = bag.check_tags(layout, lambda data, signature: keymod.verify(
        key, data, signature, name))
    if not re.fullmatch(r"[0-9a-z_]{1,32}", info.get("Veldwerk-Schema", "")):
        raise validate.malformed(translate("Sync", "Veldwerk-Schema is not a schema revision"))
    if info.get("Veldwerk-Schema") not in migrate.known_revisions():
        raise PassingError(translate("Sync", "{name} was made by a newer Veldwerk ({schema})."
                                     ).format(name=name,
                                              schema=info.get("Veldwerk-Schema", "")[:40]),
                           hint=translate("Sync", "Update Veldwerk; it is tried again by "
                                          "itself after that."))
    validate.bag_info(info, layout.payload, keymod.fingerprint(key))
    try:
        folder = bag.extract_payload(plain, into, layout, manifest)
    except OSError as exc:
        raise PassingError(translate("Sync", "The bundle could not be unpacked: {detail}.")
                           .format(detail=exc.strerror or exc), hint=translate(
                               "Sync", "Free some disk space; it is tried again by "
                               "itself.")) from exc
    plain.unlink()
    data = folder / "data"
    try:
        entries = validate.changes(_read(data / "changes.jsonl"), info, limits)
        index = validate.json_lines(_read(data / "media-index.jsonl"), "media-index.jsonl")
    except SyncError as exc:
        # Signed and its bag-info checked: who sent it and which changes it said it held
        # are known, so the refusal can tell that laptop (``merge.inbox``).
        exc.signed_info = info  # type: ignore[attr-defined]
        raise
    return Opened(info, folder, entries, index)


def _read(path: Path) -> bytes:
    return path.read_bytes() if path.is_file() else b""
