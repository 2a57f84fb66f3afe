"""The one operation helper: run in background -> on success / on failure
(ARCHITECTURE.md, thin windows).

Long work runs on the thread pool with a ``progress(fraction, message)`` callback
and a cancel check; writes already run on the project's writer thread and come
here as futures. Results are always delivered on the GUI thread. A progress
dialog appears only when the work takes longer than 600 ms.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui import errors
from veldwerk.errors import Cancelled

PROGRESS_DELAY_MS = 600

Progress = Callable[[float, str], None]


class _Bridge(QObject):
    finished = Signal(object, object)  # result, exception
    progressed = Signal(float, str)


class _Task(QRunnable):
    """Runs the work on a pool thread. It lets go of everything it holds before it says it
    is done (``released``), while the operation still holds the same: the last reference to
    a Qt object (the operation, its bridge, what the work's closure holds) is never dropped
    on this thread. Dropped here, the operation's wrapper was freed on the pool thread while
    the GUI thread deleted the object (its ``deleteLater``): a segmentation fault in CI."""

    def __init__(self, work: Callable[[Progress, Callable[[], bool]], Any], bridge: _Bridge,
                 cancelled: Callable[[], bool], released: threading.Event) -> None:
        super().__init__()
        self.work, self.bridge, self.cancelled = work, bridge, cancelled
        self.released = released

    def run(self) -> None:
        work, bridge, cancelled, released = self.work, self.bridge, self.cancelled, \
            self.released
        self.work = self.bridge = self.cancelled = None  # type: ignore[assignment]
        result: Any = None
        error: BaseException | None = None
        try:
            result = work(bridge.progressed.emit, cancelled)
        except BaseException as exc:  # delivered to on_failure on the GUI thread
            error = exc
        del work, cancelled
        bridge.finished.emit(result, error)
        del bridge, result, error
        released.set()


_alive: set[Operation] = set()
_stopping = False


def cancel_all() -> None:
    """The app is shutting down: long work stops at its next look (what it made so far is
    thrown away as on a cancel; interrupted copies resume at the next start)."""
    global _stopping
    _stopping = True


class Operation(QObject):
    """One piece of background work and its outcome on the GUI thread."""

    def __init__(self, parent: QWidget | None, on_success: Callable[[Any], None] | None,
                 on_failure: Callable[[BaseException], None] | None, label: str | None) -> None:
        # Owned by the application, not by its Python wrapper: the object is deleted by
        # its deleteLater on the GUI thread only, and the wrapper lives until then, wherever
        # the last Python reference to it is dropped (a pool or writer thread).
        super().__init__(QCoreApplication.instance())
        self._parent, self._on_success, self._on_failure = parent, on_success, on_failure
        self._label = label
        self._cancel = False
        self._dialog: QProgressDialog | None = None
        self._bridge = _Bridge(self)  # deleted with the operation, on the GUI thread
        self._work: Any = None  # the work's closure, let go of here, on the GUI thread
        self._released = threading.Event()  # the worker holds nothing of ours any more
        self._bridge.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._bridge.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)
        _alive.add(self)

    def cancelled(self) -> bool:
        return self._cancel or _stopping

    @Slot()
    def _show_dialog(self) -> None:
        if self._label is None:
            return
        dialog = QProgressDialog(self._label, self.tr("Cancel"), 0, 1000, self._parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAccessibleName(self._label)
        dialog.canceled.connect(self._request_cancel)
        dialog.show()
        self._dialog = dialog

    @Slot()
    def _request_cancel(self) -> None:
        self._cancel = True

    @Slot(float, str)
    def _progressed(self, fraction: float, message: str) -> None:
        if self._dialog is not None:
            if message:
                self._dialog.setLabelText(message)
            # Last: a modal dialog's setValue processes events, and the work may finish
            # (and close the dialog) in there.
            self._dialog.setValue(int(max(0.0, min(1.0, fraction)) * 1000))

    @Slot(object, object)
    def _finished(self, result: Any, exc: BaseException | None) -> None:
        # The worker sets it right after the signal that brought us here: at most a moment.
        self._released.wait(10)
        self._work = None
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        _alive.discard(self)
        self.deleteLater()
        if self._parent is not None and not shiboken6.isValid(self._parent):
            # The window that asked is gone (closed while the work ran): nobody to tell.
            if exc is not None and not isinstance(exc, Cancelled):
                errors.log.warning("background work finished after its window: %s", exc)
            return
        if exc is None:
            if self._on_success is not None:
                self._on_success(result)
        elif isinstance(exc, Cancelled):
            return
        elif self._on_failure is not None:
            self._on_failure(exc)
        else:
            errors.report(exc, self._parent)


def run_in_background(parent: QWidget | None,
                      work: Callable[[Progress, Callable[[], bool]], Any], *,
                      on_success: Callable[[Any], None] | None = None,
                      on_failure: Callable[[BaseException], None] | None = None,
                      label: str | None = None) -> Operation:
    """Run ``work(progress, cancelled)`` on the pool; ``label`` enables the progress dialog."""
    operation = Operation(parent, on_success, on_failure, label)
    if label is not None:
        operation._timer.start(PROGRESS_DELAY_MS)
    operation._work = work
    QThreadPool.globalInstance().start(_Task(work, operation._bridge, operation.cancelled,
                                             operation._released))
    return operation


def when_done(future: Future[Any], *, on_success: Callable[[Any], None] | None = None,
              on_failure: Callable[[BaseException], None] | None = None,
              parent: QWidget | None = None) -> Operation:
    """Deliver a writer-thread future's outcome on the GUI thread."""
    operation = Operation(parent, on_success, on_failure, None)

    def done(finished: Future[Any]) -> None:
        exc = finished.exception()
        operation._bridge.finished.emit(None if exc else finished.result(), exc)
        operation._released.set()

    future.add_done_callback(done)
    return operation


def pending() -> int:
    """Operations not yet delivered: tests check this is zero when they end."""
    return len(_alive)
