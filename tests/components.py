"""Real components for tests: skip with a reason where one is missing, fail in CI.

``.ci/run`` sets ``VELDWERK_REQUIRE_COMPONENTS=1`` after installing every
component, so a skip there would hide a broken set-up: it becomes a failure.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

REQUIRE = os.environ.get("VELDWERK_REQUIRE_COMPONENTS") == "1"


def missing(component: str, reason: str) -> None:
    message = f"{component} is not available: {reason}"
    if REQUIRE:
        pytest.fail(f"{message} (VELDWERK_REQUIRE_COMPONENTS=1)")
    pytest.skip(message)


@contextlib.contextmanager
def tiny_filesystem(mount_point: Path, size_kb: int) -> Iterator[Path]:
    """A real, small tmpfs: a disk that can really fill up or be made read-only."""
    mount_point.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs",
                             str(mount_point)], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        missing("a small tmpfs (needs root and mount)", result.stderr.strip() or "mount failed")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def remount_read_only(mount_point: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)


def remount_read_write(mount_point: Path) -> None:
    subprocess.run(["mount", "-o", "remount,rw", str(mount_point)], check=True)


def fill_disk(folder: Path) -> Path:
    """Write a filler file until the filesystem is full; delete it to free the space."""
    filler = folder / "filler.bin"
    block = b"\0" * 4096
    with open(filler, "wb", buffering=0) as handle, contextlib.suppress(OSError):
        while True:
            handle.write(block)
    return filler
