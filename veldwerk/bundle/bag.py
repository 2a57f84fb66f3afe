"""A BagIt 1.0 bag written straight into an uncompressed tar stream, and read back safely.

Writing hashes each file while it streams (one read per file: the export's floor is
read + hash + write); the manifests follow the payload in the tar, which BagIt does not
mind. The tag manifest (which lists ``bag-info.txt`` and the payload manifest) is signed
with Ed25519; the signature sits beside it as ``tagmanifest-sha256.txt.sig``.

Reading refuses what a hostile or damaged tar could do, in two passes over the decrypted
tar: the first reads only headers and the small tag files (member count and sizes within
``bundle.limits``, no links, devices, paths outside the bag, duplicates or files outside
``data/`` that no manifest lists), so the signature and the manifests are checked before
anything is unpacked; the second unpacks exactly the payload the manifest lists.
"""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from veldwerk.bundle.limits import Limits
from veldwerk.errors import SyncError
from veldwerk.i18n import translate

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


class _Counted:
    """A pipe or file written front to back that knows how much went in: tarfile's plain
    ``w`` mode asks ``tell()`` once and then writes each block straight through. Its
    stream mode (``w|``) re-slices a buffer for every 10 KB record, which copied each
    megabyte about fifty times and made the tar the slowest step of a bundle."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.written = 0

    def write(self, data: bytes) -> int:
        self.written += len(data)
        return self.handle.write(data)

    def tell(self) -> int:
        return self.written

    def flush(self) -> None:
        self.handle.flush()


def info_text(fields: Iterable[tuple[str, str]]) -> bytes:
    return "".join(f"{key}: {' '.join(str(value).split())}\n"
                   for key, value in fields).encode("utf-8")


def parse_info(data: bytes) -> dict[str, str]:
    fields: dict[str, str] = {}
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _refuse(translate("Sync", "bag-info.txt is not UTF-8")) from exc
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep:
            fields[key.strip()] = value.strip()
    return fields


def write_bag(out: BinaryIO, name: str, info: list[tuple[str, str]], payload: list[Payload],
              sign: Callable[[bytes], bytes], mtime: float,
              progress: Callable[[int], None] = lambda _n: None) -> None:
    """Stream the bag ``name/`` into ``out`` as a tar; ``info`` goes into bag-info.txt
    (Payload-Oxum and Bagging-Date are added)."""
    with tarfile.open(fileobj=_Counted(out), mode="w",  # type: ignore[arg-type]
                      format=tarfile.PAX_FORMAT, copybufsize=BLOCK) as tar:

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
        why=why), hint=translate("Sync", "Nothing was taken from it. Its laptop, if let in, "
                                 "is told with its next receipt, and sends its own copy "
                                 "again if this one was changed on the way."))


TAG_FILES = frozenset(("bagit.txt", "bag-info.txt", MANIFEST, TAG_MANIFEST, SIGNATURE))


@dataclass
class Layout:
    """A bag's tar read without unpacking it: its tag files (read, small) and the size of
    each payload file, by path inside the bag (``data/...``)."""

    root: str = ""
    tags: dict[str, bytes] = field(default_factory=dict)
    payload: dict[str, int] = field(default_factory=dict)


def _inside(member: tarfile.TarInfo) -> tuple[str, ...]:
    """The member's path parts, refused when it could land outside the bag."""
    parts = PurePosixPath(member.name).parts
    if not member.isfile() and not member.isdir():
        raise _refuse(translate("Sync", "it holds a link or a device ({name})")
                      .format(name=member.name[:80]))
    if (not parts or member.name.startswith("/") or ".." in parts
            or any("\\" in p or ":" in p or "\0" in p for p in parts)):
        raise _refuse(translate("Sync", "a file would land outside the bundle "
                                "({name})").format(name=member.name[:80]))
    return parts


def scan(tar_path: Path, limits: Limits) -> Layout:
    """Read the tar's headers and its tag files, unpacking nothing: the member count,
    each member's size and the names are bounded here, before anything is written."""
    layout = Layout()
    count = 0
    try:
        with tarfile.open(tar_path, mode="r:") as tar:
            while (member := tar.next()) is not None:
                count += 1
                if count > limits.members:
                    raise _refuse(translate("Sync", "it holds more than {n} files").format(
                        n=limits.members))
                tar.members.clear()  # a header is read once; a long tar keeps none
                parts = _inside(member)
                if not layout.root:
                    layout.root = parts[0]
                if parts[0] != layout.root:
                    raise _refuse(translate("Sync", "it holds more than one bag"))
                if member.isdir():
                    continue
                path = "/".join(parts[1:])
                if path in layout.tags or path in layout.payload:
                    raise _refuse(translate("Sync", "a file appears twice"))
                if path.startswith("data/"):
                    if member.size > limits.member_bytes:
                        raise _refuse(translate("Sync", "a file in it is larger than Veldwerk "
                                                "takes ({name})").format(name=path[:80]))
                    layout.payload[path] = member.size
                elif path in TAG_FILES:
                    if member.size > limits.tag_bytes:
                        raise _refuse(translate("Sync", "{name} is larger than Veldwerk "
                                                "takes").format(name=path))
                    source = tar.extractfile(member)
                    assert source is not None
                    with source:
                        layout.tags[path] = source.read()
                else:
                    raise _refuse(translate("Sync", "it holds a file outside data/ that no "
                                            "manifest lists ({name})").format(name=path[:80]))
    except tarfile.TarError as exc:
        raise _refuse(translate("Sync", "the archive inside is broken ({detail})").format(
            detail=str(exc)[:80])) from exc
    if not layout.root:
        raise _refuse(translate("Sync", "it is empty"))
    return layout


def check_tags(layout: Layout, verify: Callable[[bytes, bytes], None]
               ) -> tuple[dict[str, str], dict[str, str]]:
    """Signature, tag manifest and payload manifest against the tar's own list, before
    any payload is unpacked; returns bag-info and the payload manifest."""
    def read(name: str) -> bytes:
        if name not in layout.tags:
            raise _refuse(translate("Sync", "{name} is missing").format(name=name))
        return layout.tags[name]

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
    if set(payload) != set(layout.payload):
        raise _refuse(translate("Sync", "files were added or removed"))
    return info, payload


def extract_payload(tar_path: Path, into: Path, layout: Layout, manifest: dict[str, str]
                    ) -> Path:
    """Unpack the payload that :func:`check_tags` accepted, hashing while it is written;
    returns the bag's folder. A full disk raises ``OSError`` (a cause that passes)."""
    bag = into / layout.root
    try:
        with tarfile.open(tar_path, mode="r:") as tar:
            while (member := tar.next()) is not None:
                tar.members.clear()
                path = "/".join(_inside(member)[1:])
                if not member.isfile() or path not in layout.payload:
                    continue
                if member.size != layout.payload[path]:
                    raise _refuse(translate("Sync", "it is larger than it says"))
                target = bag.joinpath(*path.split("/"))
                target.parent.mkdir(parents=True, exist_ok=True)
                source = tar.extractfile(member)
                assert source is not None
                digest = hashlib.sha256()
                with source, open(target, "xb") as sink:
                    while block := source.read(BLOCK):
                        digest.update(block)
                        sink.write(block)
                if digest.hexdigest() != manifest[path]:
                    raise _refuse(translate("Sync", "{name} was changed").format(name=path))
    except tarfile.TarError as exc:
        raise _refuse(translate("Sync", "the archive inside is broken ({detail})").format(
            detail=str(exc)[:80])) from exc
    except FileExistsError as exc:
        raise _refuse(translate("Sync", "a file appears twice")) from exc
    for name in ("bagit.txt", "bag-info.txt"):
        (bag / name).write_bytes(layout.tags[name])
    return bag


def _manifest(data: bytes) -> dict[str, str]:
    out: dict[str, str] = {}
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _refuse(translate("Sync", "a manifest is not UTF-8")) from exc
    for line in text.splitlines():
        digest, _, path = line.partition("  ")
        if not path or len(digest) != 64 or path in out:
            raise _refuse(translate("Sync", "a manifest line is unreadable"))
        out[path] = digest.lower()
    return out


def fsync_file(handle: BinaryIO) -> None:
    handle.flush()
    os.fsync(handle.fileno())
