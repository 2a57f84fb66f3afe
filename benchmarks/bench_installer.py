"""The packaged app (``python packaging/build.py`` first): start-up until the interview
list is painted against ``python -m veldwerk`` on the same demo data (goal: ratio <= 1.2),
and its size: unpacked, and the download (``build.py --pack``'s archive) without the offline
transcription engine (goal <= 120 MB) and with it, the engine's share on its own. A quick
run does not pack (minutes of both cores) and reports the unpacked sizes only."""

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
    engine = build.engine_paths(APP.parent)
    engine_size = sum(build.folder_size(p) if p.is_dir() else p.stat().st_size
                      for p in engine)
    print(f"{'packaged app, unpacked size':<44} {size / 1e6:9.0f} MB   "
          f"(transcription engine {engine_size / 1e6:.0f} MB of it)")
    if QUICK:
        return ok
    # The download without the engine (the goal), then the engine's share of the whole.
    with tempfile.TemporaryDirectory() as folder:
        without = build.pack(APP.parent, Path(folder) / "without.tar.xz", tuple(engine))
    archive = build.archive_path(__version__)
    if not archive.exists() or archive.stat().st_mtime < APP.stat().st_mtime:
        build.pack(APP.parent, archive)
    whole = archive.stat().st_size
    print(f"{'download without the engine (.tar.xz)':<44} {without / 1e6:9.0f} MB   "
          f"(goal <= 120 MB) {'ok' if without <= 120e6 else 'OVER GOAL'}")
    print(f"{'download with the engine (' + archive.name.split('-', 2)[-1] + ')':<44} "
          f"{whole / 1e6:9.0f} MB   (the engine's share {(whole - without) / 1e6:.0f} MB)")
    return ok and without <= 120e6

if __name__ == "__main__":
    finish(main())
