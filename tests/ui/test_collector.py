"""Garbage holding Qt objects is collected on the GUI thread, never in a background job."""

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
