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
# Where nothing names a language Veldwerk speaks Dutch; the tests read English unless they
# ask for Dutch (--lang nl) or unset this (tests/core/test_words.py tests the rule itself).
os.environ.setdefault("VELDWERK_LANG", "en")


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



@pytest.fixture(scope="session")
def postgres(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real PostgreSQL server for the team-database tests (skipped where it is missing,
    a failure in CI); each test makes its own database on it."""
    from tests.components import postgres_server

    with postgres_server(tmp_path_factory.mktemp("postgres")) as url:
        yield url


def _store(request: pytest.FixtureRequest) -> Iterator[str]:
    from tests.helpers import team as teams

    if request.param == "postgresql":
        teams.SERVER = request.getfixturevalue("postgres")
    try:
        yield request.param
    finally:
        teams.SERVER = None


# A test that asks for ``coordinator_store`` runs twice: the coordinator's own SQLite file,
# and a team database on a real PostgreSQL server (tests.helpers.team.coordinator makes
# each coordinator's project there). The module-scoped one serves module-scoped fixtures.
coordinator_store = pytest.fixture(params=["sqlite", "postgresql"])(_store)
coordinator_store_per_module = pytest.fixture(scope="module",
                                              params=["sqlite", "postgresql"])(_store)


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

    from veldwerk import listing

    subprocess.run([sys.executable, "-m", "veldwerk", "--data-dir", str(data), "demo"],
                   check=True, capture_output=True)
    entry = projects.list_projects(data)[0]
    with projects.open_project(entry.folder, device(data)) as project, project.session() as s:
        return entry, listing.page(s, listing.ListQuery(), 0, 1)[0].id


SIGNATURE = [[(0.1 + 0.6 * n / 40, 0.5 + 0.2 * ((n % 8) - 4) / 4) for n in range(41)]]


def consent_to_audio(project: OpenProject, interview_id: str, **answers: bool) -> list[str]:
    """Every participant of the interview signs the project's Dutch form (all yes unless
    ``answers`` says otherwise); an interview without participants gets one. Returns the
    participants' codes."""
    from datetime import date

    from sqlmodel import select

    from veldwerk import participants
    from veldwerk.consent import records, templates
    from veldwerk.domain import Interview, InterviewParticipant, Participant, Project

    def work(session):  # type: ignore[no-untyped-def]
        interview = session.get(Interview, interview_id)
        project_row = session.get(Project, interview.project_id)
        if project_row.retention_date is None:
            project_row.retention_date = date(2030, 1, 1)
            session.add(project_row)
            session.flush()
        templates.ensure_defaults(session, project_row.id)
        template = templates.current(session, project_row.id, "nl")
        links = session.exec(select(InterviewParticipant).where(
            InterviewParticipant.interview_id == interview_id)).all()
        people = [link.participant_id for link in links]
        if not people:
            person = participants.save(session, project_row.id,
                                       participants.next_code(session, None), None, "", "",
                                       participants.Identity(name="Test Persoon"))
            session.add(InterviewParticipant(interview_id=interview_id,
                                             participant_id=person.id))
            people = [person.id]
        codes = []
        for person_id in people:
            given = {key: True for key in templates.SCOPES} | answers
            records.take(session, project.media, records.ConsentDraft(
                participant_id=person_id, template_id=template.id, answers=given,
                strokes=SIGNATURE))
            codes.append(session.get(Participant, person_id).code)
        return codes

    return project.run(work)


def veldwerk_command(data: Path, *args: str):  # type: ignore[no-untyped-def]
    """The real ``veldwerk`` command in a subprocess, on the data folder ``data``."""
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "veldwerk", "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=120)


def consent_list(data: Path) -> list[dict]:  # type: ignore[type-arg]
    """``veldwerk consent list``, parsed: one dict per participant."""
    import json

    done = veldwerk_command(data, "consent", "list", "--json")
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines() if line]
