"""Python's cyclic garbage collector, run on the GUI thread only.

Left to itself, the collector runs in whichever thread crosses its allocation threshold:
a background job drawing charts or reading a transcript. Garbage it finds there may hold
windows and Qt objects from earlier (a dialog in a reference cycle with its lambdas); they
are then destroyed on that thread while the GUI thread may deliver events to them (the
same kind of crash as an operation freed on a pool thread, ``ui/operations.py``). Here the
automatic collector is switched off and a timer on the GUI thread collects with the same
thresholds, so Qt objects are only ever destroyed where they live.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

INTERVAL_MS = 250  # allocations in between wait at most this long for their collection


class GuiThreadCollector(QObject):
    """Collects as Python would (its three generations and thresholds), but on a timer of
    the thread it was made on."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    @Slot()
    def check(self) -> None:
        counts = gc.get_count()
        if counts[0] <= self.thresholds[0]:
            return
        generation = 0
        if counts[1] > self.thresholds[1]:
            generation = 2 if counts[2] > self.thresholds[2] else 1
        gc.collect(generation)


def install(app: QCoreApplication) -> GuiThreadCollector:
    """Once per application; later calls return the one collector."""
    found = app.findChild(GuiThreadCollector)
    if isinstance(found, GuiThreadCollector):
        return found
    return GuiThreadCollector(app)
