"""UI fixtures: an app context on a real project, and a check that nothing is left running."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ui import collector, i18n, operations
from ui.context import ProjectContext
from veldwerk import demo, projects
from veldwerk.paths import Device


@pytest.fixture(scope="session", autouse=True)
def microphone(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The virtual microphone, started before Qt Multimedia first looks for devices (it
    does not look again). Yields the sink to play into, or 'missing: reason'."""
    from tests.components import ComponentMissing, virtual_microphone

    try:
        with virtual_microphone(tmp_path_factory.mktemp("pulse"), skip=False) as sink:
            yield sink
    except ComponentMissing as exc:
        yield f"missing: {exc}"


@pytest.fixture(autouse=True)
def nothing_left_running(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves a writer thread, a pool task, an operation or a timer running."""
    i18n.install(qapp, "en")
    gui_collector = collector.install(qapp)  # as the app: Qt objects die on the GUI thread
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
    pool = QThreadPool.globalInstance()
    assert pool.waitForDone(5000), "a background task is still running"
    for _ in range(50):
        QApplication.processEvents()
        if operations.pending() == 0:
            break
        threading.Event().wait(0.01)
    assert operations.pending() == 0, "an operation was never delivered"
    gui_collector.check()
    writers = [t.name for t in threading.enumerate() if t.name.startswith("veldwerk-writer")]
    assert not writers, f"a project was left open: {writers}"
    timers = [t for w in QApplication.topLevelWidgets() if w.isVisible()
              for t in w.findChildren(QTimer) if t.isActive()]
    assert not timers, f"timers still running: {timers}"


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A message box in a test would block; record its text instead."""
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def make_context(entry: projects.ProjectEntry, me: Device, data_dir: Path) -> ProjectContext:
    project = projects.open_project(entry.folder, me)
    from veldwerk import settings as installation

    settings = installation.load(data_dir)
    return ProjectContext(project, entry.id, settings, me)


@pytest.fixture
def context(entry: projects.ProjectEntry, me: Device, data_dir: Path
            ) -> Iterator[ProjectContext]:
    made = make_context(entry, me, data_dir)
    yield made
    made.project.close(make_backup=False)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from veldwerk.paths import device

    folder = tmp_path_factory.mktemp("demo-data")
    demo.create_demo(folder, device(folder))
    return folder


@pytest.fixture
def demo_context(demo_template: Path, tmp_path: Path) -> Iterator[ProjectContext]:
    import shutil

    from veldwerk.paths import device

    folder = tmp_path / "demo"
    shutil.copytree(demo_template, folder)
    entry = projects.list_projects(folder)[0]
    made = make_context(entry, device(folder), folder)
    yield made
    made.project.close(make_backup=False)
