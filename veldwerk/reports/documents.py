"""Writing the documents: the report model (``reports/report.py``) handed to the renderer
the file's suffix chooses (``RENDERERS``), written whole under a temporary name, then
renamed. A new output format is a renderer module and its row here."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session

from veldwerk.consent.use import LeftOut
from veldwerk.errors import Cancelled, VeldwerkError
from veldwerk.fsutil import atomic_write_bytes, fsync_dir, output_folder
from veldwerk.i18n import translate
from veldwerk.reports import report, word
from veldwerk.reports.writing import cannot_write

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Renderer:
    """One output format: an interview's document, and the project report."""

    name: str  # as the error names it: "Word (.docx)"
    interview: Callable[[report.InterviewFacts, str], bytes]
    report: Callable[[report.ProjectReport, Progress | None, Callable[[], bool] | None],
                     bytes]


RENDERERS: dict[str, Renderer] = {
    ".docx": Renderer("Word (.docx)", word.interview, word.report),
}
DEFAULT = ".docx"  # a name without a suffix gets this one


def file_filter() -> str:
    """The formats there are, as a file chooser's filter ("Word (*.docx)")."""
    return ";;".join(f"{r.name.split(' (')[0]} (*{suffix})" for suffix, r in RENDERERS.items())


def renderer(target: Path) -> tuple[Path, Renderer]:
    """The target (with the default suffix if it had none) and the renderer its suffix
    names; an unknown suffix is said with the formats there are."""
    suffix = target.suffix.lower()
    if not suffix:
        return target.with_suffix(DEFAULT), RENDERERS[DEFAULT]
    if suffix not in RENDERERS:
        raise VeldwerkError(translate("Reports", "Veldwerk cannot write a {suffix} file.")
                            .format(suffix=target.suffix), hint=translate(
                                "Reports", "Choose a name that ends in one of: {formats}.")
                            .format(formats=", ".join(r.name for r in RENDERERS.values())))
    return target, RENDERERS[suffix]


def _write(target: Path, data: bytes) -> None:
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:
        raise cannot_write(target, exc) from exc


def safe_name(title: str, interview_id: str, suffix: str = DEFAULT) -> str:
    """A file name from the title (what a file system takes), unique by the id's end."""
    kept = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip()[:60]
    return f"{kept or 'interview'}-{interview_id[-12:]}{suffix}"


@dataclass
class Written:
    files: list[Path]
    left_out: list[LeftOut]


def write_interviews(session: Session, folder: Path, only: list[str] | None = None,
                     progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None,
                     suffix: str = DEFAULT) -> Written:
    """One document per interview (``only``: these) into ``folder``, in the format of
    ``suffix``: each written under a temporary name, and renamed as a set once all are
    written, so an error, a cancel or a full disk half-way leaves none behind."""
    _same, render = renderer(Path(f"interview{suffix}"))
    chosen = report.interview_documents(session, only)
    folder = output_folder(folder)
    everything = chosen.interviews
    ready: list[tuple[Path, Path]] = []  # (temporary, target)
    try:
        for number, facts in enumerate(everything):
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(number, len(everything))
            target = folder / safe_name(facts.title, facts.id, suffix)
            temporary = target.with_name(f".{target.name}.{os.getpid()}.part")
            ready.append((temporary, target))
            _write(temporary, render.interview(facts, chosen.project))
        for temporary, target in ready:
            try:
                os.replace(temporary, target)
            except OSError as exc:
                raise cannot_write(target, exc) from exc
    except BaseException:
        for temporary, _target in ready:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
        raise
    fsync_dir(folder)
    if progress is not None:
        progress(len(everything), len(everything))
    return Written([target for _temporary, target in ready], chosen.left_out)


def write_report(session: Session, out: Path, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Written:
    """The project report into ``out``, in the format its suffix names."""
    out, render = renderer(out)
    model = report.project_report(session)
    data = render.report(model, progress, cancelled)
    output_folder(out.parent)  # made if needed; a file in its place is said plainly
    _write(out, data)
    return Written([out], model.left_out)
