"""Shared fixtures: a data folder, a device, and a fresh project to work in."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from veldwerk import guides, projects
from veldwerk.paths import Device, device
from veldwerk.store.project import OpenProject


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
