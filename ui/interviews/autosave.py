"""Typing is saved by itself: within a second, also while typing goes on (ARCHITECTURE.md,
nothing is lost).

A pause of half a second saves; steady typing saves too, at most ``MAX_WAIT_MS`` after
the first keystroke not yet on disk (a debounce with a maximum wait). A save is handed
to the writer thread and never blocks the GUI thread. Each save carries the version of
the note it was based on; if the stored note changed underneath (another window, a
merge), nothing is overwritten and the editor is shown both texts. Text that could not be
saved (full disk, read-only folder) stays marked as unsaved and is tried again every few
seconds; text of an interview that was erased meanwhile is dropped, never kept around.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, wait
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from ui.context import ProjectContext
from ui.operations import when_done
from veldwerk import notes
from veldwerk.errors import NoteConflict, RecordGone, VeldwerkError

DEBOUNCE_MS = 500
MAX_WAIT_MS = 800  # leaves time for the write itself within the promised second
RETRY_MS = 5000

Slot = str | None  # a topic id, None for the free notes
Base = notes.Version | None
# How a text is stored: (session, slot, text, base) -> Saved. The notes' by default; the
# transcript's segments save through the same debounce (ui/audio/transcript_view.py).
Save = Callable[[Any, Slot, str, Base], notes.Saved]


class Autosaver(QObject):
    saved = Signal()  # everything typed so far is on disk
    failed = Signal(str)  # a save failed; the message says why and what to do
    conflict = Signal(object, str)  # slot, the text stored elsewhere meanwhile
    gone = Signal(str)  # the interview no longer exists; what to tell the user

    def __init__(self, context: ProjectContext, interview_id: str,
                 versions: dict[Slot, Base] | None = None,
                 parent: QObject | None = None, save: Save | None = None,
                 what: str = "") -> None:
        super().__init__(parent)
        self._context, self._interview_id = context, interview_id
        self._save: Save = save or (lambda s, slot, text, base: notes.save_note(
            s, interview_id, slot, text, base))
        self._what = what or self.tr("your notes")
        self._versions: dict[Slot, Base] = dict(versions or {})
        self._dirty: dict[Slot, str] = {}
        self._in_flight: dict[Slot, tuple[str, Future[notes.Saved]]] = {}
        self.conflicts: dict[Slot, tuple[str, notes.Version | None]] = {}
        self._debounce = self._timer(DEBOUNCE_MS)
        self._max_wait = self._timer(MAX_WAIT_MS)
        self._retry = self._timer(RETRY_MS)
        self.failing = False
        self.is_gone = False

    def _timer(self, interval: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(self.flush)
        return timer

    def based_on(self, versions: dict[Slot, Base]) -> None:
        """The versions the editor's texts were read at (after a reload)."""
        self._versions = dict(versions)

    def typed(self, slot: Slot, text: str) -> None:
        """Remember the newest text; it reaches the disk within a second."""
        if self.is_gone:
            return
        self._dirty[slot] = text
        if self.failing or slot in self.conflicts:
            return
        self._debounce.start()
        if not self._max_wait.isActive():
            self._max_wait.start()

    def has_unsaved(self) -> bool:
        return bool(self._dirty) or bool(self._in_flight) or bool(self.conflicts)

    def unsaved_text(self) -> dict[Slot, str]:
        texts = {slot: text for slot, (text, _f) in self._in_flight.items()}
        texts.update(self._dirty)
        return texts

    def flush(self) -> None:
        """Hand every unsaved text to the writer now (focus change, close, timers)."""
        self._debounce.stop()
        self._max_wait.stop()
        if self.is_gone:
            return
        for slot, text in list(self._dirty.items()):
            if slot in self._in_flight or slot in self.conflicts:
                continue  # after that save finishes (or the user chooses) the newest goes
            del self._dirty[slot]
            self._submit(slot, text)

    def _submit(self, slot: Slot, text: str) -> None:
        base, save = self._versions.get(slot), self._save
        future = self._context.project.write(lambda s: save(s, slot, text, base), self._what)
        self._in_flight[slot] = (text, future)
        when_done(future, on_success=lambda saved: self._done(slot, saved, None),
                  on_failure=lambda exc: self._done(slot, None, exc))

    def _done(self, slot: Slot, saved: notes.Saved | None, exc: BaseException | None) -> None:
        entry = self._in_flight.pop(slot, None)
        if entry is None or not shiboken6.isValid(self):
            return  # settled by flush_and_wait while closing
        text, _future = entry
        if isinstance(exc, RecordGone):
            self._drop(exc)
            return
        if isinstance(exc, NoteConflict):
            self.conflicts[slot] = (exc.theirs, exc.version)
            self._dirty.setdefault(slot, text)
            self.conflict.emit(slot, exc.theirs)
        elif exc is not None:
            self._dirty.setdefault(slot, text)  # keep newer typing if there is some
            self.failing = True
            self.failed.emit(str(exc) if isinstance(exc, VeldwerkError) else repr(exc))
            self._retry.start()
            return
        elif saved is not None:
            self._versions[slot] = saved.version
        waiting = [s for s in self._dirty if s not in self.conflicts]
        if waiting:
            if self.failing:
                self.flush()  # the disk takes writes again: the rest goes now
            elif not (self._debounce.isActive() or self._max_wait.isActive()):
                self._debounce.start()  # typed while this save ran
            return
        if not self._in_flight:
            self.failing = False
            if not self.conflicts:
                self.saved.emit()

    def _drop(self, exc: RecordGone) -> None:
        """The interview was erased: what was typed in it goes with it."""
        self.is_gone = True
        self._dirty.clear()
        self.conflicts.clear()
        self.stop()
        self.gone.emit(str(exc))

    def resolve(self, slot: Slot, text: str | None) -> None:
        """The user chose after a conflict: ``text`` is what to store (``None``: keep the
        text stored elsewhere, which the editor now shows)."""
        _theirs, version = self.conflicts.pop(slot)
        self._versions[slot] = version
        if text is None:
            self._dirty.pop(slot, None)
        else:
            self._dirty[slot] = text
        self.flush()
        if not self.has_unsaved():
            self.saved.emit()

    def flush_and_wait(self, timeout: float = 10.0) -> bool:
        """On close: save everything and wait; True when nothing is left unsaved."""
        self.flush()
        futures = [future for _t, future in self._in_flight.values()]
        wait(futures, timeout=timeout)
        ok = True
        for slot, (text, future) in list(self._in_flight.items()):
            if future.done() and future.exception() is None:
                self._versions[slot] = future.result().version
                del self._in_flight[slot]
            elif future.done() and isinstance(future.exception(), RecordGone):
                del self._in_flight[slot]
                self._drop(future.exception())  # type: ignore[arg-type]
            else:
                ok = False
                self._dirty.setdefault(slot, text)
                if future.done():
                    del self._in_flight[slot]
        return ok and not self._dirty and not self.conflicts

    def stop(self) -> None:
        for timer in (self._debounce, self._max_wait, self._retry):
            timer.stop()
