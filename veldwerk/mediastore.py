"""Content-addressed media files (ARCHITECTURE.md, ownership): named by SHA-256, written to
a temporary name, fsynced and renamed; erased by overwriting before unlinking."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from veldwerk.fsutil import atomic_write_bytes, fsync_dir


def sha256_of(path: Path) -> str:
    """A file's SHA-256, read in blocks (a three-hour take never sits in memory)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def store_bytes(media: Path, data: bytes, ext: str) -> tuple[str, str]:
    """Keep ``data`` as ``<sha256>.<ext>``; returns (file name, sha256). Same bytes, one file."""
    digest = hashlib.sha256(data).hexdigest()
    name = f"{digest}.{ext}"
    target = media / name
    if not target.exists():
        media.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(target, data)
    return name, digest


def store_file(media: Path, source: Path, ext: str) -> tuple[str, str]:
    """Move a finished file into the store under its digest (the source is consumed)."""
    digest = hashlib.sha256()
    with open(source, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    name = f"{digest.hexdigest()}.{ext}"
    target = media / name
    if target.exists():
        source.unlink()
    else:
        with open(source, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(source, target)
    fsync_dir(media)
    return name, digest.hexdigest()


def overwrite_and_unlink(path: Path) -> bool:
    """Erase a file's bytes, not just its name: zeros over the whole length, fsync, unlink.
    (On SSDs and copy-on-write file systems the old blocks may survive in the device; the
    project folder itself no longer holds them.)"""
    if not path.exists():
        return False
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        block = b"\0" * (1 << 20)
        left = size
        while left > 0:
            chunk = block[:min(left, len(block))]
            handle.write(chunk)
            left -= len(chunk)
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
    fsync_dir(path.parent)
    return True
