"""The open project as the UI sees it: writes go to the writer, views hear what changed.

Every committed write reports the tables it touched (the change-log hook records them),
whoever made it: a dialog, autosave, an import in the background, an erasure. The
context turns that report into its ``changed`` signal on the GUI thread, so views
refresh from what really changed and nobody lists tables by hand. A project opened
read-only (another Veldwerk is writing) also watches for changes made elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ui.operations import Operation, when_done
from veldwerk.paths import Device
from veldwerk.settings import Settings
from veldwerk.store.changelog import ProjectSession
from veldwerk.store.project import OpenProject

T = TypeVar("T")
WATCH_MS = 2000


class ProjectContext(QObject):
    """Shared by every window of one open project."""

    changed = Signal(frozenset)  # names of the tables that a write touched
    _reported = Signal(frozenset)  # from the writer thread; delivered queued

    def __init__(self, project: OpenProject, project_id: str, settings: Settings,
                 device: Device) -> None:
        super().__init__()
        self.project = project
        self.project_id = project_id
        self.settings = settings
        self.device = device
        self._reported.connect(self.changed, Qt.ConnectionType.QueuedConnection)
        self._listener = self._reported.emit
        project.listeners.append(self._listener)
        self._watch: QTimer | None = None
        if project.read_only:
            self._seen = project.data_version()
            self._watch = QTimer(self)
            self._watch.setInterval(WATCH_MS)
            self._watch.timeout.connect(self._look_elsewhere)
            self._watch.start()

    @property
    def read_only(self) -> bool:
        return self.project.read_only

    def _look_elsewhere(self) -> None:
        """Another process wrote (this one cannot): refresh everything once."""
        version = self.project.data_version()
        if version != self._seen:
            from veldwerk.domain import SYNCED_TABLES  # deferred: start-up

            self._seen = version
            self.changed.emit(frozenset(str(t.__tablename__) for t in SYNCED_TABLES))

    def session(self) -> ProjectSession:
        return self.project.session()

    def read(self, work: Callable[[ProjectSession], T]) -> T:
        """A read in a session of its own: short ones on the GUI thread (WAL readers never
        wait for the writer), long ones from a background operation's thread."""
        with self.session() as session:
            return work(session)

    def write(self, work: Callable[[ProjectSession], Any], *,
              on_success: Callable[[Any], None] | None = None,
              on_failure: Callable[[BaseException], None] | None = None,
              what: str = "") -> Operation:
        """Run ``work`` on the writer; views refresh from what it changed before
        ``on_success`` runs."""
        return when_done(self.project.write(work, what), on_success=on_success,
                         on_failure=on_failure)

    def close(self) -> None:
        """Stop listening and close the project (finishing queued writes)."""
        if self._watch is not None:
            self._watch.stop()
        self.project.close()
        if self._listener in self.project.listeners:
            self.project.listeners.remove(self._listener)
