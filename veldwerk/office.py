"""LibreOffice, the one way Veldwerk converts documents (a PDF copy of a Word document;
the tests read CSV through Calc with it too): found on the PATH, run headless in a
throwaway profile so it never meets a user's open LibreOffice or their settings."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from veldwerk.errors import OfficeError
from veldwerk.i18n import translate


def libreoffice() -> str | None:
    """The ``soffice`` (or ``libreoffice``) on the PATH, or None."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return None


def no_office() -> OfficeError:
    return OfficeError(translate(
        "Office", "No PDF was made: LibreOffice is not installed."), hint=translate(
            "Office", "The Word documents are ready; install LibreOffice for a PDF copy."))


def convert(files: Sequence[Path], out_dir: Path, to: str, infilter: str | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """``soffice --headless --convert-to TO`` of ``files`` into ``out_dir``, in its own
    throwaway profile. Raises ``no_office()`` without LibreOffice; OSError and
    TimeoutExpired pass to the caller, who says what it was making."""
    office = libreoffice()
    if office is None:
        raise no_office()
    with tempfile.TemporaryDirectory(prefix="veldwerk-office-") as profile:
        return subprocess.run(
            [office, f"-env:UserInstallation=file://{Path(profile).as_posix()}", "--headless",
             *([f"--infilter={infilter}"] if infilter else []), "--convert-to", to,
             "--outdir", str(out_dir), *map(str, files)],
            capture_output=True, text=True, timeout=timeout)


def to_pdf(document: Path, out_dir: Path, timeout: float = 120) -> Path:
    """A PDF copy of ``document`` in ``out_dir``; the document itself stays as it is."""
    try:
        done = convert([document], out_dir, "pdf", timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise _failed(str(exc)) from exc
    pdf = out_dir / (document.stem + ".pdf")
    if done.returncode != 0 or not pdf.is_file():
        detail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["?"]
        raise _failed(detail[0])
    return pdf


def _failed(detail: str) -> OfficeError:
    return OfficeError(translate("Office", "LibreOffice could not make a PDF: {detail}")
                       .format(detail=detail), hint=translate(
                           "Office", "The Word document is ready."))
