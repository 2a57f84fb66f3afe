"""Refresh ``resources/i18n/*.ts`` from the sources (run after changing visible text).

Usage: ``python packaging/update_translations.py``. Translators then fill in the
new entries with Qt Linguist (``pyside6-linguist resources/i18n/veldwerk_nl.ts``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for folder in ("veldwerk", "ui")
                  for p in (ROOT / folder).rglob("*.py") if "migrations" not in p.parts)


def update(target: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["pyside6-lupdate", *sources(), "-ts", str(target), "-no-obsolete",
                           "-locations", "none"], cwd=ROOT, capture_output=True, text=True,
                          check=False)


if __name__ == "__main__":
    for ts in sorted((ROOT / "resources" / "i18n").glob("veldwerk_*.ts")):
        result = update(ts)
        print(result.stdout or result.stderr)
        if result.returncode:
            sys.exit(result.returncode)
