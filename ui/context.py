"""The open project as the UI sees it: writes go to the writer, views hear what changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QSettings, Signal

from ui.operations import Operation, when_done
from veldwerk.paths import Device
from veldwerk.store.changelog import ProjectSession
from veldwerk.store.project import OpenProject

T = TypeVar("T")


class ProjectContext(QObject):
    """Shared by every window of one open project."""

    changed = Signal(frozenset)  # names of the tables that a write touched

    def __init__(self, project: OpenProject, project_id: str, settings: QSettings,
                 device: Device) -> None:
        super().__init__()
        self.project = project
        self.project_id = project_id
        self.settings = settings
        self.device = device

    def session(self) -> ProjectSession:
        return self.project.session()

    def read(self, work: Callable[[ProjectSession], T]) -> T:
        """Short reads on the GUI thread (WAL readers never wait for the writer)."""
        with self.session() as session:
            return work(session)

    def write(self, work: Callable[[ProjectSession], Any], tables: set[str], *,
              on_success: Callable[[Any], None] | None = None,
              on_failure: Callable[[BaseException], None] | None = None,
              what: str = "") -> Operation:
        def succeeded(result: Any) -> None:
            self.changed.emit(frozenset(tables))
            if on_success is not None:
                on_success(result)

        return when_done(self.project.write(work, what), on_success=succeeded,
                         on_failure=on_failure)
