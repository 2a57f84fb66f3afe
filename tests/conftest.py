"""Shared fixtures: a data folder, a device, and a fresh project to work in."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from veldwerk import guides, projects
from veldwerk.paths import Device, device
from veldwerk.store.project import OpenProject

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _qt_problem() -> str | None:
    """Why Qt's widgets cannot load here (a bare server lacks libEGL and friends), or None."""
    try:
        import PySide6.QtWidgets  # noqa: F401
    except ImportError as exc:
        return str(exc)
    return None


QT_PROBLEM = _qt_problem()
# pytest-qt is loaded here, not by entry point, so that a machine without Qt's system
# libraries still runs the core tests (the UI tests are then reported as skipped).
collect_ignore = ["ui"] if QT_PROBLEM else []


def pytest_configure(config: pytest.Config) -> None:
    if QT_PROBLEM is None:
        config.pluginmanager.import_plugin("pytestqt.plugin")



@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def me(data_dir: Path) -> Device:
    return device(data_dir)


@pytest.fixture
def entry(data_dir: Path, me: Device) -> projects.ProjectEntry:
    return projects.create_project(data_dir, me, "Buurtonderzoek")


@pytest.fixture
def project(entry: projects.ProjectEntry, me: Device) -> Iterator[OpenProject]:
    opened = projects.open_project(entry.folder, me)
    yield opened
    opened.close(make_backup=False)


TOPICS = [guides.TopicDraft("Wonen", "Hoe woont u?"), guides.TopicDraft("Buurt", "Wat mist u?"),
          guides.TopicDraft("Toekomst", "Wat wenst u?")]


def demo_interview(data: Path) -> tuple[projects.ProjectEntry, str]:
    """The demo project made by the real ``veldwerk demo`` command, and its newest interview."""
    import subprocess
    import sys

    from veldwerk import interviews

    subprocess.run([sys.executable, "-m", "veldwerk", "--data-dir", str(data), "demo"],
                   check=True, capture_output=True)
    entry = projects.list_projects(data)[0]
    with projects.open_project(entry.folder, device(data)) as project, project.session() as s:
        return entry, interviews.page(s, interviews.ListQuery(), 0, 1)[0].id
