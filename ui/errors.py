"""The one error handler: log everything, show one calm dialog, never lose typed text.

The log holds no row content by construction (``veldwerk.errors.SafeFormatter``): our own
messages whole, and of any other error its class and frames (file, line, function), never
its text or locals (a database error's text can quote a note)."""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from veldwerk.errors import SafeFormatter, VeldwerkError, safe_traceback

log = logging.getLogger("veldwerk")
_showing = False
_log_path: Path | None = None
# Who reads the dialog: a laptop that joined a team asks its coordinator; a coordinator (or
# someone working alone) is the one who sends the log on.
on_team_laptop = False

translate = QCoreApplication.translate


def setup_logging(folder: Path) -> Path:
    """The log in the data folder; a read-only data folder logs to the temporary folder."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "veldwerk.log"
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        fallback = Path(tempfile.gettempdir()) / "veldwerk-logs"
        fallback.mkdir(parents=True, exist_ok=True)
        path = fallback / "veldwerk.log"
        handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    global _log_path
    _log_path = path
    return path


def install() -> None:
    """Route uncaught exceptions (also from Qt slots) to :func:`report`."""
    sys.excepthook = _excepthook


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    report(exc)


def message_for(exc: BaseException) -> tuple[str, str]:
    """Title-less text and hint a user can act on."""
    if isinstance(exc, VeldwerkError):
        return exc.message, exc.hint
    where = str(_log_path) if _log_path else translate("Errors", "the log file")
    hint = (translate("Errors", "Your work so far is saved. The details are in {log}; please "
                      "send that file to your coordinator.") if on_team_laptop else
            translate("Errors", "Your work so far is saved. The details are in {log}; please "
                      "send that file to whoever supports Veldwerk for your team."))
    return (translate("Errors", "Something went wrong that Veldwerk did not expect."),
            hint.format(log=where))


def report(exc: BaseException, parent: QWidget | None = None) -> None:
    """Log ``exc`` and show it; a second error while the dialog is open is only logged."""
    global _showing
    if isinstance(exc, VeldwerkError):
        log.warning("%s", exc)
    else:
        log.error("Uncaught error:\n%s", safe_traceback(exc))
    if _showing or QApplication.instance() is None:
        return
    text, hint = message_for(exc)
    _showing = True
    try:
        box = QMessageBox(QMessageBox.Icon.Warning,
                          translate("Errors", "Veldwerk"), text,
                          QMessageBox.StandardButton.Ok, parent or QApplication.activeWindow())
        box.setInformativeText(hint)
        box.setAccessibleName(text)
        if not isinstance(exc, VeldwerkError):
            box.setDetailedText(safe_traceback(exc))
        box.exec()
    finally:
        _showing = False
