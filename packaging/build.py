"""Build the one-folder app: compile the translations, run PyInstaller, report the size.

Usage: ``python packaging/build.py`` (needs ``pip install pyinstaller``). The result is
``dist/veldwerk/``; start it with ``dist/veldwerk/veldwerk``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def compile_translations(target: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from ui.i18n import lrelease

    tool = lrelease()
    if tool is None:
        raise SystemExit("lrelease not found (it comes with PySide6)")
    target.mkdir(parents=True, exist_ok=True)
    for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        subprocess.run([tool, "-silent", str(ts), "-qm", str(target / f"{ts.stem}.qm")],
                       check=True)


def folder_size(folder: Path) -> int:
    """Bytes on disk, each file once (PyInstaller links some Qt libraries)."""
    return sum(p.lstat().st_size for p in folder.rglob("*")
               if p.is_file() and not p.is_symlink())


def main() -> int:
    qm = ROOT / "build" / "qm"
    compile_translations(qm)
    env = {**os.environ, "VELDWERK_QM_DIR": str(qm)}
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build" / "work"),
                    str(ROOT / "packaging" / "veldwerk.spec")], check=True, env=env)
    size = folder_size(ROOT / "dist" / "veldwerk")
    print(f"dist/veldwerk: {size / 1e6:.0f} MB unpacked (goal <= 250 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
