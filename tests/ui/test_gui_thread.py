"""Qt objects die on the GUI thread, never in a background job: garbage is collected
there, and what background work holds is let go of there."""

from __future__ import annotations

import gc
import itertools
import threading

from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui import collector
from ui.operations import run_in_background


class _Cycle:
    """A Qt object in a reference cycle, as a dialog with its own lambdas is."""

    def __init__(self, deaths: list[str]) -> None:
        self.qt = QObject()
        self.me = self
        self.deaths = deaths

    def __del__(self) -> None:
        self.deaths.append(threading.current_thread().name)


def test_a_background_job_that_allocates_does_not_collect_the_windows_garbage(
        qtbot: QtBot) -> None:
    collector.install(QApplication.instance())
    assert not gc.isenabled()
    gc.collect()
    deaths: list[str] = []
    _Cycle(deaths)  # garbage now, found only by the cyclic collector

    def work(_p, _c) -> int:  # type: ignore[no-untyped-def]
        # Far past every threshold: Python's own collector would run here, on this thread.
        made = [[i] for i in range(200_000)]
        for pair in itertools.pairwise(made):
            pair[0].append(pair[1])
            pair[1].append(pair[0])
        return len(made)

    finished: list[int] = []
    run_in_background(None, work, on_success=finished.append)
    qtbot.waitUntil(lambda: bool(finished), timeout=20000)
    assert QThreadPool.globalInstance().waitForDone(5000)
    qtbot.waitUntil(lambda: bool(deaths), timeout=5000)
    assert deaths == [threading.main_thread().name]


def test_what_background_work_holds_is_let_go_of_on_the_gui_thread(qtbot: QtBot) -> None:
    """The work's closure (a window, say) and the operation itself are released on the GUI
    thread after the work ran on the pool; released on the pool thread, an operation's
    wrapper was freed there while the GUI thread deleted the object (a crash in CI)."""
    deaths: list[str] = []
    held = QObject()  # what a work closure holds: its window, its widgets
    held.destroyed.connect(lambda *_a: deaths.append(threading.current_thread().name))

    def work(_p, _c, held=held) -> int:  # type: ignore[no-untyped-def]
        return 1

    del held
    finished: list[int] = []
    operation = run_in_background(None, work, on_success=finished.append)
    operation.destroyed.connect(lambda *_a: deaths.append(threading.current_thread().name))
    assert operation.parent() is QApplication.instance(), "deleted by deleteLater only"
    del work, operation
    qtbot.waitUntil(lambda: bool(finished), timeout=10000)
    assert QThreadPool.globalInstance().waitForDone(5000)
    qtbot.waitUntil(lambda: len(deaths) == 2, timeout=5000)
    assert deaths == [threading.main_thread().name] * 2
