"""The project library in a data folder, and the one place that opens a project."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import Session, select

from veldwerk.errors import NotFound, ValidationError
from veldwerk.i18n import translate
from veldwerk.ids import uuid7
from veldwerk.paths import Device
from veldwerk.store import migrate
from veldwerk.store.engine import connect_read_only, make_engine
from veldwerk.store.lock import Busy, ProjectLock
from veldwerk.store.project import DB_NAME, OpenProject, restore_backup

__all__ = ["OpenProject", "ProjectEntry", "create_project", "find_project", "free_to_write",
           "list_projects", "open_project", "restore_backup", "the_project"]
from sqlalchemy import inspect, text

from veldwerk.store.engine import make_server_engine
from veldwerk.tidy import anything_expired, anything_interrupted, drop_parts

if TYPE_CHECKING:
    from veldwerk.domain import Project


@dataclass(frozen=True)
class ProjectEntry:
    """A project as the start screen lists it, read without opening it for writing."""

    id: str
    name: str
    folder: Path
    problem: str = ""
    url: str = ""  # a team database (PostgreSQL); the folder then holds media and answers


def projects_root(data_dir: Path) -> Path:
    return data_dir / "projects"


def list_projects(data_dir: Path) -> list[ProjectEntry]:
    entries: list[ProjectEntry] = []
    root = projects_root(data_dir)
    if not root.is_dir():
        return entries
    for folder in sorted(root.iterdir()):
        db = folder / DB_NAME
        if not db.is_file():
            continue
        try:
            connection = connect_read_only(db)
            try:
                row = connection.execute("SELECT id, name FROM project LIMIT 1").fetchone()
            finally:
                connection.close()
            if row is None:
                raise sqlite3.DatabaseError("no project row")
            entries.append(ProjectEntry(id=row[0], name=row[1], folder=folder))
        except sqlite3.DatabaseError as exc:
            entries.append(ProjectEntry(id=folder.name, name=folder.name, folder=folder,
                                        problem=str(exc)))
    return sorted(entries, key=lambda e: e.name.casefold())


def find_project(data_dir: Path, key: str) -> ProjectEntry:
    """A project by id, folder name or (case-insensitive) name."""
    for entry in list_projects(data_dir):
        if key in (entry.id, entry.folder.name) or entry.name.casefold() == key.casefold():
            return entry
    raise NotFound(translate("Errors", "There is no project called {name} in {folder}.").format(
        name=key, folder=data_dir))


def validate_name(data_dir: Path, name: str, except_id: str | None = None) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError("name", translate("Setup", "Give the project a name."))
    for entry in list_projects(data_dir):
        if entry.name.casefold() == cleaned.casefold() and entry.id != except_id:
            raise ValidationError(
                "name", translate("Setup", "There is already a project called {name}.").format(
                    name=cleaned))
    return cleaned


def create_project(data_dir: Path, device: Device, name: str, description: str = "",
                   start_date: date | None = None, end_date: date | None = None,
                   url: str = "", retention_date: date | None = None,
                   language: str = "nl") -> ProjectEntry:
    """Make the folder, the migrated database and its project row (in a team database
    when ``url`` names one; it must hold no project yet). With a retention date the project
    starts with the shipped consent forms, so a laptop that joins can take consent."""
    from veldwerk import setup  # deferred: start-up

    cleaned = validate_name(data_dir, name) if not url else " ".join(name.split())
    setup.check_dates(start_date, end_date, retention_date)
    language = setup.check_language(language)
    project_id = uuid7()
    if url:
        empty_server(url)
        folder = projects_root(data_dir) / project_id
    else:
        folder = new_project_file(data_dir, project_id)
    from veldwerk.consent import templates  # deferred: start-up
    from veldwerk.domain import Project  # deferred: start-up

    def make(session: Session) -> None:
        session.add(Project(id=project_id, name=cleaned, description=description,
                            start_date=start_date, end_date=end_date,
                            retention_date=retention_date, language=language))
        session.flush()
        templates.ensure_defaults(session, project_id)

    with OpenProject(folder, device, url=url) as project:
        project.run(make)
    return ProjectEntry(id=project_id, name=cleaned, folder=folder, url=url)


def _server_project(url: str) -> tuple[str, str] | None:
    """(id, name) of the project in a team database; None when it holds none yet."""
    from veldwerk.store.project import reach  # deferred: start-up

    engine = make_server_engine(url, read_only=True)
    try:
        reach(engine, url)
        with engine.connect() as connection:
            if not inspect(connection).has_table("project"):
                return None
            row = connection.execute(text("SELECT id, name FROM project LIMIT 1")).first()
    finally:
        engine.dispose()
    return (str(row[0]), str(row[1])) if row is not None else None


def empty_server(url: str) -> None:
    """A team database takes one project; refuse to put a second one in."""
    from veldwerk.store.project import shown_url  # deferred: start-up

    found = _server_project(url)
    if found is not None:
        raise ValidationError("db", translate(
            "Setup", "The team database {url} already holds the project {name}.").format(
            url=shown_url(url), name=found[1]))


def server_entry(data_dir: Path, url: str) -> ProjectEntry:
    """The project in a team database; its media, inbox and answers live in
    ``<data_dir>/projects/<id>`` (a folder the coordinators share)."""
    from veldwerk.store.project import shown_url  # deferred: start-up

    found = _server_project(url)
    if found is None:
        raise NotFound(translate("Errors", "The team database {url} holds no project yet.").format(
            url=shown_url(url)), hint=translate(
            "Errors", "Move a project there with 'veldwerk project to-server URL', or make "
            "the demo with 'veldwerk --db URL demo'."))
    return ProjectEntry(id=found[0], name=found[1], folder=projects_root(data_dir) / found[0],
                        url=url)


def new_project_file(data_dir: Path, project_id: str) -> Path:
    """The folder of a new project and its migrated, still empty database."""
    folder = projects_root(data_dir) / project_id
    folder.mkdir(parents=True)
    engine = make_engine(folder / DB_NAME)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    return folder


def tidy(project: OpenProject) -> None:
    """Interrupted recordings first (repaired and attached before anyone reads), then the
    recycle bin, then the outbox's sequence mark. What was recovered is told to the user
    (``project.recovered``)."""
    if anything_interrupted(project.engine):
        from veldwerk.audio import media  # deferred: start-up

        project.recovered = project.run(lambda s: media.recover(s, project.media),
                                        "recovered recordings")
    if anything_expired(project.engine):
        from veldwerk import recycle  # deferred: start-up

        recycle.purge(project)
    if not project.url:
        drop_parts(project)
    if (project.outbox / "sequence.json").exists():
        from veldwerk.bundle.export import restore_floor  # deferred: start-up

        restore_floor(project)  # a restored backup must not hand out sent numbers again


def open_project(folder: Path, device: Device, *, write: bool = True, purpose: str = "app",
                 read_only_reason: str = "", url: str = "") -> OpenProject:
    """Open, check, migrate and tidy a project. Every command and the app come here.

    For writing (the default) the project's lock is taken: another writer gets
    ``ProjectInUse``, a read-only folder ``ReadOnlyProject``. ``write=False`` opens it to
    look at, changing nothing (``read_only_reason`` is what the app shows in its banner).
    ``url`` opens a team database (PostgreSQL) with its files in ``folder``.
    """
    project = OpenProject(folder, device, write=write, purpose=purpose,
                          read_only_reason=read_only_reason, url=url)
    if not write:
        return project
    try:
        tidy(project)
    except Exception:
        project.close(make_backup=False)
        raise
    return project


def the_project(session: Session) -> Project:
    """The project row of an open project file (there is exactly one)."""
    from veldwerk.domain import Project  # deferred: start-up

    project = session.exec(select(Project)).first()
    if project is None:
        raise NotFound(translate("Errors", "This file holds no project."))
    return project


def free_to_write(folder: Path) -> bool:
    """Nobody has the project open for writing right now (a look, not a claim)."""
    probe = ProjectLock(folder, "look")
    try:
        probe.acquire()
    except (Busy, OSError):
        return False
    probe.release()
    return True
