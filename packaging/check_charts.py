"""After a build: did the packaged app draw the dashboard's charts, and does its report
hold them? ``python packaging/check_charts.py CHARTS_DIR REPORT.docx`` exits 1 with the
reason when not. A pip install draws them; an installer that left matplotlib out would
fall back to tables without an error, so CI looks at the files themselves."""

from __future__ import annotations

import struct
import sys
import zipfile
from pathlib import Path

PNG = b"\x89PNG\r\n\x1a\n"


def size_of(data: bytes) -> tuple[int, int]:
    """A PNG's width and height (its IHDR chunk), 0×0 when it is no PNG."""
    if not data.startswith(PNG) or data[12:16] != b"IHDR":
        return 0, 0
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def problems(charts: Path, report: Path) -> list[str]:
    found = []
    drawn = sorted(charts.glob("*.png"))
    if len(drawn) < 3:
        found.append(f"{charts}: {len(drawn)} chart pictures, expected at least 3")
    found += [f"{png.name} is not a drawn picture" for png in drawn
              if min(size_of(png.read_bytes())) < 100]
    with zipfile.ZipFile(report) as document:
        pictures = [name for name in document.namelist()
                    if name.startswith("word/media/") and size_of(document.read(name))[0]]
    if len(pictures) < len(drawn):
        found.append(f"{report.name} holds {len(pictures)} pictures, the dashboard drew "
                     f"{len(drawn)}")
    return found


if __name__ == "__main__":
    wrong = problems(Path(sys.argv[1]), Path(sys.argv[2]))
    print("\n".join(wrong) or "charts drawn, and in the report")
    sys.exit(1 if wrong else 0)
