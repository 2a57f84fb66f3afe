"""Real components for tests: skip with a reason where one is missing, fail in CI.

``.ci/run`` sets ``VELDWERK_REQUIRE_COMPONENTS=1`` after installing every
component, so a skip there would hide a broken set-up: it becomes a failure.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import time
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


class ComponentMissing(Exception):
    """Raised instead of skipping when a session fixture cannot start a component."""


@contextlib.contextmanager
def virtual_microphone(folder: Path, skip: bool = True) -> Iterator[str]:
    """A private PulseAudio whose source 'VeldwerkVirtualMic' hears what is played into the
    sink it returns (``paplay -d SINK file.wav``). QtMultimedia lists the remap source, not
    the bare monitor, hence module-remap-source."""
    import shutil

    def unavailable(reason: str) -> None:
        if skip:
            missing("a virtual microphone", reason)
        raise ComponentMissing(reason)

    for tool in ("pulseaudio", "pactl", "paplay", "espeak-ng"):
        if shutil.which(tool) is None:
            unavailable(f"{tool} is not installed (Debian: pulseaudio pulseaudio-utils "
                        "espeak-ng)")
    runtime = folder / "pulse-runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "PULSE_RUNTIME_PATH":
           str(runtime / "pulse"), "HOME": str(folder)}
    started = subprocess.run(
        ["pulseaudio", "-D", "-n", "--exit-idle-time=-1",
         "--load=module-native-protocol-unix",
         "--load=module-null-sink sink_name=veldwerk_sink",
         "--load=module-remap-source master=veldwerk_sink.monitor source_name=veldwerk_mic "
         "source_properties=device.description=VeldwerkVirtualMic"],
        env=env, capture_output=True, text=True, check=False)
    if started.returncode != 0:
        unavailable(started.stderr.strip() or "pulseaudio did not start")
    previous = {key: os.environ.get(key) for key in ("XDG_RUNTIME_DIR", "PULSE_RUNTIME_PATH")}
    os.environ["XDG_RUNTIME_DIR"] = env["XDG_RUNTIME_DIR"]
    os.environ["PULSE_RUNTIME_PATH"] = env["PULSE_RUNTIME_PATH"]
    try:
        for _ in range(50):
            if subprocess.run(["pactl", "info"], env=env, capture_output=True,
                              check=False).returncode == 0:
                break
            time.sleep(0.1)
        yield "veldwerk_sink"
    finally:
        subprocess.run(["pulseaudio", "--kill"], env=env, capture_output=True, check=False)
        for key, value in previous.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
