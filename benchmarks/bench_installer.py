"""The packaged app (``python packaging/build.py`` first): start-up until the interview
list is painted against ``python -m veldwerk`` on the same demo data (goal: ratio <= 1.2),
and its size: unpacked, and the download (``build.py --pack``'s archive; goal <= 120 MB).
A quick run does not pack (a minute and a half of both cores) and reports the unpacked
size only."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import QUICK, finish, interleaved, report, sized
from veldwerk import __version__

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "dist" / "veldwerk" / ("veldwerk.exe" if os.name == "nt" else "veldwerk")


def _build_module():  # type: ignore[no-untyped-def]
    """packaging/build.py measures the size the same way for its own report."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build", ROOT / "packaging" / "build.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def main(runs: int = sized(7, 1)) -> bool:
    if not APP.exists():
        print(f"no packaged app at {APP}: run `python packaging/build.py` first")
        return False
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-m", "veldwerk", "--data-dir", folder, "demo"],
                       check=True, capture_output=True, env=env)

        def start(command: list[str]) -> None:
            done = subprocess.run([*command, "--data-dir", folder, "--exit-when-ready"],
                                  capture_output=True, text=True, env=env, timeout=120)
            if "ready" not in done.stdout:
                raise SystemExit(f"{command[0]} did not start: {done.stderr[-400:]}")

        start([str(APP)])  # warm the page cache for both
        start([sys.executable, "-m", "veldwerk"])
        packaged, source = interleaved(lambda: start([str(APP)]),
                                       lambda: start([sys.executable, "-m", "veldwerk"]), runs)
    ok = report("start-up, packaged app", packaged, source, 1.2)
    build = _build_module()
    size = build.folder_size(APP.parent)
    print(f"{'packaged app, unpacked size':<44} {size / 1e6:9.0f} MB")
    if QUICK:
        return ok
    archive = build.archive_path(__version__)
    if not archive.exists() or archive.stat().st_mtime < APP.stat().st_mtime:
        build.pack(APP.parent, archive)
    packed = archive.stat().st_size
    print(f"{'packaged app, download (' + archive.name.split('-', 2)[-1] + ')':<44} "
          f"{packed / 1e6:9.0f} MB   (goal <= 120 MB) {'ok' if packed <= 120e6 else 'OVER GOAL'}")
    return ok and packed <= 120e6


if __name__ == "__main__":
    finish(main())
