"""Analysis outputs: the REFI-QDA export (``.qdpx``) of 1,000 interviews with 50 hours of
audio (Opus copies at 24 kbit/s) against writing the same archive unchecked: the same
XML bytes and the same audio files copied into a zip (goal ratio <= 1.5). The spreadsheet
(``export xlsx``) of 5,000 interviews with a note each, read from the project, typed and
formatted, against openpyxl writing the same values from a plain list (goal ratio <= 1.5)."""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from benchmarks.common import finish, report, sized


def _project(folder: Path, count: int, seconds: int) -> tuple[Any, dict[str, Path]]:
    """A project of ``count`` observations, each with a note of ~300 words and one take
    of ``seconds`` seconds (its Opus copy of that size on disk)."""
    from veldwerk import projects
    from veldwerk.domain import Interview, Marker, Note, Recording
    from veldwerk.ids import utcnow
    from veldwerk.mediastore import store_bytes
    from veldwerk.paths import device

    data = folder / "data"
    entry = projects.create_project(data, device(data), "Bench")
    project = projects.open_project(entry.folder, device(data), purpose="benchmark")
    size = seconds * 3000  # 24 kbit/s
    files: dict[str, Path] = {}

    def work(session: Any) -> None:
        for n in range(count):
            interview = Interview(project_id=entry.id, kind="observation",
                                  title=f"Observatie {n}", tags='["markt"]')
            session.add(interview)
            session.add(Note(interview_id=interview.id, text=f"Waarneming {n}. " * 150))
            name, digest = store_bytes(project.media, os.urandom(size), "ogg")
            take = Recording(interview_id=interview.id, state="ok", started_at=utcnow(),
                             duration_ms=seconds * 1000, compressed_name=name,
                             compressed_sha256=digest, compressed_size=size)
            session.add(take)
            session.flush()
            session.add(Marker(recording_id=take.id, offset_ms=1000, label="Begin"))
            files[take.id] = project.media / name
    project.run(work)
    return project, files


def qdpx(runs: int = sized(3, 2), count: int = sized(1000, 20),
         seconds: int = sized(180, 5)) -> bool:
    from veldwerk.reports.qdpx import export_qdpx

    with tempfile.TemporaryDirectory(dir=os.environ.get("VELDWERK_BENCH_DIR")) as folder:
        base = Path(folder)
        project, files = _project(base, count, seconds)
        ours: list[float] = []
        floors: list[float] = []
        try:
            for run in range(runs):
                with project.session() as session:
                    start = time.perf_counter()
                    done = export_qdpx(session, project.media, base / f"ours-{run}.qdpx")
                    ours.append(time.perf_counter() - start)
                assert done.recordings == count, done.left_out[:3]
                with zipfile.ZipFile(done.path) as made:
                    document = made.read("project.qde")
                    texts = {n: made.read(n) for n in made.namelist() if n.endswith(".txt")}
                done.path.unlink()
                floors.append(_floor(base / f"floor-{run}.zip", document, texts, files))
        finally:
            project.close(make_backup=False)
    hours = count * seconds / 3600
    return report(f"qdpx of {count:,} interviews, {hours:.0f} h audio",
                  statistics.median(ours), statistics.median(floors), 1.5, "s")


def _floor(target: Path, document: bytes, texts: dict[str, bytes],
           files: dict[str, Path]) -> float:
    """The archive written unchecked: the XML and texts as they are, the audio copied."""
    start = time.perf_counter()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", document)
        for name, content in texts.items():
            archive.writestr(name, content)
        for guid, path in files.items():
            info = zipfile.ZipInfo(f"sources/{guid}.ogg")
            info.compress_type = zipfile.ZIP_STORED
            with open(path, "rb") as source, archive.open(info, "w") as out:
                shutil.copyfileobj(source, out, 1 << 20)
    with open(target, "rb") as handle:
        os.fsync(handle.fileno())
    elapsed = time.perf_counter() - start
    target.unlink()
    return elapsed


def xlsx(runs: int = sized(3, 2), count: int = sized(5000, 50)) -> bool:
    from veldwerk.reports.spreadsheet import write_xlsx
    from veldwerk.reports.tables import tables

    with tempfile.TemporaryDirectory(dir=os.environ.get("VELDWERK_BENCH_DIR")) as folder:
        base = Path(folder)
        project, _files = _project(base, count, 1)
        ours: list[float] = []
        floors: list[float] = []
        try:
            with project.session() as session:
                found = {name: [[v.replace(tzinfo=None) if isinstance(v, datetime) else v
                                 for v in row] for row in rows]
                         for name, rows in tables(session).items()}  # as the floor takes them
            assert len(found["interviews"]) == count + 1
            for run in range(runs):
                with project.session() as session:
                    start = time.perf_counter()
                    write_xlsx(session, base / f"ours-{run}.xlsx")
                    ours.append(time.perf_counter() - start)
                floors.append(_plain_xlsx(base / f"floor-{run}.xlsx", found))
        finally:
            project.close(make_backup=False)
    return report(f"xlsx of {count:,} interviews and notes", statistics.median(ours),
                  statistics.median(floors), 1.5, "s")


def _plain_xlsx(target: Path, found: dict[str, list[list[Any]]]) -> float:
    """The same values written by openpyxl as they are: no types, widths or header."""
    from openpyxl import Workbook

    start = time.perf_counter()
    book = Workbook(write_only=True)
    for name, rows in found.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(target)
    return time.perf_counter() - start


if __name__ == "__main__":
    finish(all([qdpx(), xlsx()]))
