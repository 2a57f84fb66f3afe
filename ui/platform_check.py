"""Before Qt starts: is there a screen, and are Qt's system libraries there?

Without these checks a bare server aborts inside Qt (exit 134, a misleading hint about
one library) or dies with a raw ``ImportError``. Here every missing piece is named with
its Debian package, in one line, before anything is shown. No Qt is imported here.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

# What QtGui and QtWidgets load on every platform (soname: Debian package).
BASE = {
    "libGL.so.1": "libgl1", "libEGL.so.1": "libegl1", "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6", "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3", "libglib-2.0.so.0": "libglib2.0-0",
}
# What Qt's X11 (xcb) platform plugin loads besides.
XCB = {
    "libxcb.so.1": "libxcb1", "libX11-xcb.so.1": "libx11-xcb1", "libX11.so.6": "libx11-6",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-util.so.1": "libxcb-util1", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1", "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
HEADLESS = ("offscreen", "minimal")


def platform() -> str:
    """The Qt platform that will be used: QT_QPA_PLATFORM, else what the session offers."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if chosen:
        return chosen
    if os.environ.get("WAYLAND_DISPLAY"):
        return "wayland"
    return "xcb"


def missing_libraries(names: dict[str, str]) -> list[str]:
    """The Debian packages of the libraries that cannot be loaded here."""
    packages: list[str] = []
    for soname, package in names.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            packages.append(package)
    return packages


def problem() -> str:
    """One plain line saying what is missing and what to do, or "" when all is there."""
    if not sys.platform.startswith("linux"):
        return ""  # Windows and macOS bring what Qt needs
    kind = platform()
    wanted = dict(BASE)
    if kind == "xcb":
        if not _display_reachable():
            return ("There is no screen to show Veldwerk on (DISPLAY is not set, or its X "
                    "server is not running). Start Veldwerk from a desktop session; on a "
                    "server without a screen, QT_QPA_PLATFORM=offscreen runs what needs no "
                    "window (screenshots, --exit-when-ready).")
        wanted |= XCB
    packages = missing_libraries(wanted)
    if packages:
        return (f"Qt cannot start: system libraries are missing. On Debian or Ubuntu: "
                f"sudo apt-get install {' '.join(packages)}")
    return ""


def _display_reachable() -> bool:
    display = os.environ.get("DISPLAY", "")
    if not display:
        return False
    host, _, rest = display.partition(":")
    if host in ("", "unix") and rest:
        number = rest.split(".")[0]
        return Path(f"/tmp/.X11-unix/X{number}").exists()
    return True  # a remote display (ssh -X): Qt will say if it cannot connect
