"""Typing is saved by itself: debounced, on focus change and on close (DESIGN.md §2).

A save is handed to the writer thread and never blocks the GUI thread. Text that
could not be saved (full disk, read-only folder) stays marked as unsaved and is
tried again every few seconds; the editor shows a warning until it succeeds.
"""

from __future__ import annotations

from concurrent.futures import Future, wait

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from ui.context import ProjectContext
from ui.operations import when_done
from veldwerk import notes
from veldwerk.errors import VeldwerkError

DEBOUNCE_MS = 700
RETRY_MS = 5000

Slot = str | None  # a topic id, None for the free notes


class Autosaver(QObject):
    saved = Signal()  # everything typed so far is on disk
    failed = Signal(str)  # a save failed; the message says why and what to do

    def __init__(self, context: ProjectContext, interview_id: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context, self._interview_id = context, interview_id
        self._dirty: dict[Slot, str] = {}
        self._in_flight: dict[Slot, tuple[str, Future[bool]]] = {}
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.flush)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.flush)
        self.failing = False

    def typed(self, slot: Slot, text: str) -> None:
        """Remember the newest text; it is saved at most ~1 s after the last keystroke."""
        self._dirty[slot] = text
        if not self.failing:
            self._debounce.start()

    def has_unsaved(self) -> bool:
        return bool(self._dirty) or bool(self._in_flight)

    def unsaved_text(self) -> dict[Slot, str]:
        texts = {slot: text for slot, (text, _f) in self._in_flight.items()}
        texts.update(self._dirty)
        return texts

    def flush(self) -> None:
        """Hand every unsaved text to the writer now (focus change, close, timer)."""
        self._debounce.stop()
        for slot, text in list(self._dirty.items()):
            if slot in self._in_flight:
                continue  # the next flush after that save finishes takes the newest text
            del self._dirty[slot]
            self._submit(slot, text)

    def _submit(self, slot: Slot, text: str) -> None:
        interview_id = self._interview_id
        future = self._context.project.write(
            lambda s: notes.save_note(s, interview_id, slot, text), "notes")
        self._in_flight[slot] = (text, future)
        when_done(future, on_success=lambda _r: self._done(slot, None),
                  on_failure=lambda exc: self._done(slot, exc))

    def _done(self, slot: Slot, exc: BaseException | None) -> None:
        entry = self._in_flight.pop(slot, None)
        if entry is None or not shiboken6.isValid(self):
            return  # settled by flush_and_wait while closing
        text, _future = entry
        if exc is not None:
            self._dirty.setdefault(slot, text)  # keep newer typing if there is some
            self.failing = True
            self.failed.emit(str(exc) if isinstance(exc, VeldwerkError) else repr(exc))
            self._retry.start()
            return
        if self._dirty and not self.failing:
            self.flush()
            return
        if self.failing and self._dirty:
            self.flush()
            return
        if not self._in_flight and not self._dirty:
            self.failing = False
            self._context.changed.emit(frozenset({"note"}))
            self.saved.emit()

    def flush_and_wait(self, timeout: float = 10.0) -> bool:
        """On close: save everything and wait; True when nothing is left unsaved."""
        self.flush()
        futures = [future for _t, future in self._in_flight.values()]
        wait(futures, timeout=timeout)
        ok = True
        for slot, (text, future) in list(self._in_flight.items()):
            if future.done() and future.exception() is None:
                del self._in_flight[slot]
            else:
                ok = False
                self._dirty.setdefault(slot, text)
                if future.done():
                    del self._in_flight[slot]
        return ok and not self._dirty

    def stop(self) -> None:
        self._debounce.stop()
        self._retry.stop()
