"""The real ``veldwerk`` program in a real window: a virtual X screen (Xvfb), the app as a
subprocess on Qt's xcb platform, and ``xdotool`` typing into it as a person would.

Promises that live in the window (autosave while typing, shutdown, one window per
project) are tested here, by killing the real process and reading what is on disk.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tests.components import missing

ROOT = Path(__file__).resolve().parents[1]


@contextlib.contextmanager
def virtual_screen(size: str = "1600x1000") -> Iterator[str]:
    """An Xvfb screen of its own, ``size`` pixels (width x height); yields its DISPLAY."""
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            missing("a virtual X screen", f"{tool} is not installed (Debian: xvfb xdotool)")
    from ui.platform_check import BASE, XCB, missing_libraries

    lacking = missing_libraries(BASE | XCB)
    if lacking:
        missing("Qt's X11 libraries", "install " + " ".join(lacking))
    number = next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists()
                  and not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", f"{size}x24",
                               "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if time.monotonic() > deadline or server.poll() is not None:
                missing("a virtual X screen", "Xvfb did not start")
            time.sleep(0.05)
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def veldwerk(data: Path, *args: str, env: dict[str, str] | None = None,
             timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """A headless command, as a user types it."""
    return subprocess.run([sys.executable, "-m", "veldwerk", "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": python_path(), **(env or {})})


def python_path() -> str:
    """This tree first: a worktree's tests run its own code, not an installed copy's."""
    return os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])


@dataclass
class RealApp:
    """``veldwerk`` started on a virtual screen; ``xdotool`` is its keyboard."""

    display: str
    data: Path
    args: tuple[str, ...] = ()
    extra_env: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.env = {**os.environ, "DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb",
                    "VELDWERK_LANG": "en", "PYTHONPATH": python_path(), **self.extra_env}
        self.env.pop("WAYLAND_DISPLAY", None)
        self.log = self.data.parent / f"app-{time.monotonic_ns()}.log"
        self._log = open(self.log, "w")  # noqa: SIM115 (closed in wait())
        self.process = subprocess.Popen(
            [sys.executable, "-m", "veldwerk", "--data-dir", str(self.data), *self.args],
            stdout=self._log, stderr=subprocess.STDOUT, env=self.env, cwd=ROOT)

    def xdotool(self, *args: str, timeout: float = 30) -> str:
        done = subprocess.run(["xdotool", *args], capture_output=True, text=True,
                              timeout=timeout, env=self.env)
        return done.stdout.strip()

    def window(self, name: str, timeout: float = 60) -> str:
        """The id of the window whose title matches ``name`` (a regular expression)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"veldwerk ended early: {self.output()}")
            found = self.xdotool("search", "--onlyvisible", "--name", name).split()
            if found:
                return found[-1]
            time.sleep(0.2)
        raise AssertionError(f"no window called {name!r}: {self.output()}")

    def focus(self, window: str) -> None:
        self.xdotool("windowfocus", "--sync", window)

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--clearmodifiers", *keys)

    def type_steadily(self, text: str, per_char: float) -> list[tuple[float, int]]:
        """Type ``text`` a key at a time at a steady pace; returns (time after the key,
        characters typed so far) for every key."""
        timeline: list[tuple[float, int]] = []
        start = time.monotonic()
        for n, char in enumerate(text, 1):
            self.xdotool("type", "--delay", "0", char)
            timeline.append((time.monotonic(), n))
            pause = start + n * per_char - time.monotonic()
            if pause > 0:
                time.sleep(pause)
        return timeline

    def send(self, number: signal.Signals) -> None:
        self.process.send_signal(number)

    def wait(self, timeout: float = 60) -> int:
        try:
            return self.process.wait(timeout=timeout)
        finally:
            self._log.close()

    def output(self) -> str:
        if not self._log.closed:
            self._log.flush()
        return self.log.read_text(errors="replace")[-3000:]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.wait()
