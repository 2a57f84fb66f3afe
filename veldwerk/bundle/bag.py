"""A BagIt 1.0 bag written straight into an uncompressed tar stream, and read back safely.

Writing hashes each file while it streams (one read per file: the export's floor is
read + hash + write); the manifests follow the payload in the tar, which BagIt does not
mind. The tag manifest (which lists ``bag-info.txt`` and the payload manifest) is signed
with Ed25519; the signature sits beside it as ``tagmanifest-sha256.txt.sig``.

Reading refuses what a hostile or damaged tar could do: paths outside the bag, links,
devices, members larger than announced, more bytes than the bag says it holds.
"""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from veldwerk.errors import SyncError
from veldwerk.i18n import translate
from veldwerk.mediastore import sha256_of

BAGIT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
MANIFEST = "manifest-sha256.txt"
TAG_MANIFEST = "tagmanifest-sha256.txt"
SIGNATURE = "tagmanifest-sha256.txt.sig"
BLOCK = 1 << 20


@dataclass(frozen=True)
class Payload:
    """One payload file: ``path`` inside ``data/``, from a file on disk or from bytes."""

    path: str
    size: int
    source: Path | bytes
    expect_sha256: str = ""  # a content-addressed file's name: checked while it streams


class _Hashing(io.RawIOBase):
    def __init__(self, handle: BinaryIO, progress: Callable[[int], None]) -> None:
        self.handle = handle
        self.digest = hashlib.sha256()
        self.progress = progress

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        count = self.handle.readinto(buffer)  # type: ignore[attr-defined]
        if count:
            self.digest.update(buffer[:count])
            self.progress(count)
        return count or 0


def info_text(fields: Iterable[tuple[str, str]]) -> bytes:
    return "".join(f"{key}: {' '.join(str(value).split())}\n"
                   for key, value in fields).encode("utf-8")


def parse_info(data: bytes) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in data.decode("utf-8").splitlines():
        key, sep, value = line.partition(":")
        if sep:
            fields[key.strip()] = value.strip()
    return fields


def write_bag(out: BinaryIO, name: str, info: list[tuple[str, str]], payload: list[Payload],
              sign: Callable[[bytes], bytes], mtime: float,
              progress: Callable[[int], None] = lambda _n: None) -> None:
    """Stream the bag ``name/`` into ``out`` as a tar; ``info`` goes into bag-info.txt
    (Payload-Oxum and Bagging-Date are added)."""
    with tarfile.open(fileobj=out, mode="w|", format=tarfile.PAX_FORMAT,
                      copybufsize=BLOCK) as tar:

        def add(path: str, size: int, reader: BinaryIO) -> None:
            member = tarfile.TarInfo(f"{name}/{path}")
            member.size, member.mtime, member.mode = size, int(mtime), 0o644
            tar.addfile(member, reader)

        add("bagit.txt", len(BAGIT), io.BytesIO(BAGIT))
        lines: list[str] = []
        for item in payload:
            if isinstance(item.source, bytes):
                handle: BinaryIO = io.BytesIO(item.source)
            else:
                handle = open(item.source, "rb")  # noqa: SIM115 - closed below
            try:
                hashing = _Hashing(handle, progress)
                add(f"data/{item.path}", item.size, io.BufferedReader(hashing, BLOCK))
            finally:
                handle.close()
            digest = hashing.digest.hexdigest()
            if item.expect_sha256 and digest != item.expect_sha256:
                raise SyncError(translate(
                    "Sync", "The file {name} is damaged on this laptop (its content no longer "
                    "matches its name).").format(name=PurePosixPath(item.path).name),
                    hint=translate("Sync", "Run 'veldwerk audio check'; nothing was sent."))
            lines.append(f"{digest}  data/{item.path}\n")
        oxum = f"{sum(p.size for p in payload)}.{len(payload)}"
        manifest = "".join(lines).encode("utf-8")
        bag_info = info_text([*info, ("Payload-Oxum", oxum)])
        tags = [("bagit.txt", BAGIT), (MANIFEST, manifest), ("bag-info.txt", bag_info)]
        for path, data in tags[1:]:
            add(path, len(data), io.BytesIO(data))
        tag_manifest = "".join(f"{hashlib.sha256(data).hexdigest()}  {path}\n"
                               for path, data in tags).encode("utf-8")
        add(TAG_MANIFEST, len(tag_manifest), io.BytesIO(tag_manifest))
        signature = (sign(tag_manifest).hex() + "\n").encode("ascii")
        add(SIGNATURE, len(signature), io.BytesIO(signature))


def _refuse(why: str) -> SyncError:
    return SyncError(translate("Sync", "This bundle is damaged or not genuine: {why}.").format(
        why=why), hint=translate("Sync", "Nothing was taken from it. Ask for the bundle to "
                                 "be sent again."))


def extract(tar_path: Path, into: Path, max_bytes: int) -> Path:
    """Unpack a bag's tar into ``into`` safely; returns the bag's folder."""
    total = 0
    root: str | None = None
    try:
        with tarfile.open(tar_path, mode="r:") as tar:
            for member in tar:
                parts = PurePosixPath(member.name).parts
                if not member.isfile() and not member.isdir():
                    raise _refuse(translate("Sync", "it holds a link or a device ({name})")
                                  .format(name=member.name))
                if (not parts or member.name.startswith("/") or ".." in parts
                        or any("\\" in p or ":" in p for p in parts)):
                    raise _refuse(translate("Sync", "a file would land outside the bundle "
                                            "({name})").format(name=member.name))
                if root is None:
                    root = parts[0]
                if parts[0] != root:
                    raise _refuse(translate("Sync", "it holds more than one bag"))
                if member.isdir():
                    continue
                total += member.size
                if total > max_bytes:
                    raise _refuse(translate("Sync", "it is larger than it says"))
                target = into.joinpath(*parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                source = tar.extractfile(member)
                assert source is not None
                with source, open(target, "xb") as sink:
                    while block := source.read(BLOCK):
                        sink.write(block)
    except tarfile.TarError as exc:
        raise _refuse(translate("Sync", "the archive inside is broken ({detail})").format(
            detail=exc)) from exc
    except FileExistsError as exc:
        raise _refuse(translate("Sync", "a file appears twice")) from exc
    if root is None:
        raise _refuse(translate("Sync", "it is empty"))
    return into / root


def check(bag: Path, verify: Callable[[bytes, bytes], None]) -> dict[str, str]:
    """Signature, tag manifest, payload manifest and completeness; returns bag-info."""
    def read(name: str) -> bytes:
        try:
            return (bag / name).read_bytes()
        except OSError as exc:
            raise _refuse(translate("Sync", "{name} is missing").format(name=name)) from exc

    if read("bagit.txt") != BAGIT:
        raise _refuse(translate("Sync", "it is not a BagIt 1.0 bag"))
    tag_manifest = read(TAG_MANIFEST)
    try:
        signature = bytes.fromhex(read(SIGNATURE).decode("ascii").strip())
    except ValueError as exc:
        raise _refuse(translate("Sync", "the signature is unreadable")) from exc
    info = parse_info(read("bag-info.txt"))
    verify(tag_manifest, signature)  # raises SyncError
    listed = _manifest(tag_manifest)
    if set(listed) != {"bagit.txt", "bag-info.txt", MANIFEST}:
        raise _refuse(translate("Sync", "the tag manifest lists other files"))
    for path, digest in listed.items():
        if hashlib.sha256(read(path)).hexdigest() != digest:
            raise _refuse(translate("Sync", "{name} was changed").format(name=path))
    payload = _manifest(read(MANIFEST))
    present = {p.relative_to(bag).as_posix() for p in (bag / "data").rglob("*") if p.is_file()}
    if present != set(payload):
        raise _refuse(translate("Sync", "files were added or removed"))
    for path, digest in payload.items():
        if sha256_of(bag / path) != digest:
            raise _refuse(translate("Sync", "{name} was changed").format(name=path))
    return info


def _manifest(data: bytes) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in data.decode("utf-8").splitlines():
        digest, _, path = line.partition("  ")
        if not path or len(digest) != 64:
            raise _refuse(translate("Sync", "a manifest line is unreadable"))
        out[path] = digest.lower()
    return out


def fsync_file(handle: BinaryIO) -> None:
    handle.flush()
    os.fsync(handle.fileno())
