"""Opening, migrating, backing up and refusing project files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from veldwerk import interviews, listing, notes, projects
from veldwerk.domain import load_all
from veldwerk.errors import DamagedProject, NewerProject
from veldwerk.paths import Device
from veldwerk.store import backup, migrate
from veldwerk.store.project import DB_NAME, OpenProject, restore_backup


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_connection_uses_wal_and_foreign_keys(project: OpenProject) -> None:
    with project.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_migrations_match_the_models(project: OpenProject) -> None:
    """The equivalent of ``alembic check``: the migrated schema has no drift."""
    with project.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection, opts={
            "compare_type": True, "render_as_batch": True,
            "include_name": migrate.include_name}), load_all())
    assert diff == []
    assert migrate.current_revision(project.engine) == migrate.head_revision() == migrate.HEAD


def test_foreign_keys_are_enforced(project: OpenProject, entry) -> None:
    from veldwerk.domain import Interview

    with pytest.raises(Exception, match="FOREIGN KEY"):
        project.run(lambda s: s.add(Interview(project_id=entry.id, phase_id="no-such-phase")))


def test_a_note_for_a_gone_interview_says_so(project: OpenProject) -> None:
    from veldwerk.errors import RecordGone

    with pytest.raises(RecordGone, match="no longer exists"):
        project.run(lambda s: notes.save_note(s, "no-such-interview", None, "x"))


def test_newer_database_is_refused_and_untouched(entry: projects.ProjectEntry,
                                                 me: Device) -> None:
    db = entry.folder / DB_NAME
    connection = sqlite3.connect(db)
    connection.execute("UPDATE alembic_version SET version_num = 'f00dcafe9999'")
    connection.execute("UPDATE veldwerk_meta SET value = '9.4.0' WHERE key = 'written_by'")
    connection.commit()
    connection.close()
    before = digest(db)
    with pytest.raises(NewerProject) as caught:
        projects.open_project(entry.folder, me)
    assert "9.4.0" in str(caught.value)
    assert "newer" in caught.value.message
    assert digest(db) == before
    assert not list((entry.folder / "backups").glob("*before-upgrade*"))


def test_damaged_file_is_never_overwritten_and_a_backup_is_offered(
        entry: projects.ProjectEntry, me: Device) -> None:
    with projects.open_project(entry.folder, me) as opened:
        interview = opened.run(lambda s: interviews.save(
            s, entry.id, interviews.InterviewDraft(title="Voor de schade")))
    db = entry.folder / DB_NAME
    data = bytearray(db.read_bytes())
    data[0:16] = b"this is garbage!"
    db.write_bytes(bytes(data))
    before = digest(db)
    with pytest.raises(DamagedProject) as caught:
        projects.open_project(entry.folder, me)
    assert str(db) in str(caught.value)
    assert caught.value.backup is not None
    assert digest(db) == before
    kept = restore_backup(entry.folder, caught.value.backup)
    assert digest(kept) == before  # the damaged file is kept aside, byte for byte
    with projects.open_project(entry.folder, me) as reopened, reopened.session() as s:
        assert listing.count(s, listing.ListQuery(text="schade")) == 1
    assert interview.id


def test_damaged_file_without_backup_says_so(entry: projects.ProjectEntry, me: Device) -> None:
    for old in (entry.folder / "backups").glob("*"):
        old.unlink()
    (entry.folder / DB_NAME).write_bytes(b"\0" * 4096)
    with pytest.raises(DamagedProject) as caught:
        projects.open_project(entry.folder, me)
    assert caught.value.backup is None
    assert "no backup" in caught.value.hint


def test_backups_rotate_and_are_complete(entry: projects.ProjectEntry, me: Device) -> None:
    for n in range(backup.KEEP + 3):
        with projects.open_project(entry.folder, me) as opened:
            opened.run(lambda s, n=n: interviews.save(
                s, entry.id, interviews.InterviewDraft(title=f"Gesprek {n}")))
    kept = backup.backups(entry.folder / "backups")
    assert len(kept) == backup.KEEP
    newest = sqlite3.connect(kept[0])
    assert newest.execute("SELECT count(*) FROM interview").fetchone()[0] == backup.KEEP + 3
    newest.close()


def test_created_project_is_listed_and_found(data_dir: Path, me: Device) -> None:
    made = projects.create_project(data_dir, me, "  Wijk   Oost ")
    assert made.name == "Wijk Oost"
    assert projects.find_project(data_dir, "wijk oost").id == made.id
    assert projects.find_project(data_dir, made.id).folder == made.folder


def test_an_older_file_is_backed_up_then_upgraded(entry: projects.ProjectEntry,
                                                  me: Device) -> None:
    from alembic import command

    from veldwerk.store.engine import make_engine

    engine = make_engine(entry.folder / DB_NAME)
    with engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0001")
    assert migrate.current_revision(engine) == "0001"
    engine.dispose()
    with projects.open_project(entry.folder, me) as opened:
        assert migrate.current_revision(opened.engine) == migrate.HEAD
    saved = list((entry.folder / "backups").glob("*before-upgrade*"))
    assert len(saved) == 1
    old = sqlite3.connect(saved[0])
    assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert old.execute("SELECT name FROM project").fetchone()[0] == "Buurtonderzoek"
    old.close()


def test_the_topic_lineage_migration_links_versions_by_title(entry: projects.ProjectEntry,
                                                             me: Device) -> None:
    from alembic import command

    from veldwerk import guides, interviews
    from veldwerk.store.engine import make_engine

    with projects.open_project(entry.folder, me) as opened:
        guide = opened.run(lambda s: guides.create_guide(s, entry.id, "Leidraad", [
            guides.TopicDraft("Wonen"), guides.TopicDraft("Buurt")]))
        opened.run(lambda s: interviews.save(s, entry.id, interviews.InterviewDraft(
            guide_id=guide.id)))
        newer = opened.run(lambda s: guides.save_guide(s, guide.id, "Leidraad", [
            guides.TopicDraft("Buurt"), guides.TopicDraft("Toekomst")]))
    engine = make_engine(entry.folder / DB_NAME)
    with engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0008")
    engine.dispose()
    with projects.open_project(entry.folder, me) as opened, opened.session() as s:
        found = {(g, t): lineage for g, t, lineage in s.execute(text(
            "SELECT guide_id, title, lineage_id FROM topic"))}
    assert found[(newer.id, "Buurt")] == found[(guide.id, "Buurt")]
    assert found[(newer.id, "Toekomst")] not in {found[(guide.id, "Wonen")],
                                                  found[(guide.id, "Buurt")]}
    assert len(set(found.values())) == 3


def test_sql_that_differs_lives_in_the_dialect() -> None:
    """The core asks ``store/dialect.py`` for SQL that SQLite and PostgreSQL write
    differently; nothing else names a database to branch on (migrations are history)."""
    import re

    root = Path(__file__).parents[2] / "veldwerk"
    branch = re.compile(r"is_server\(|\.dialect\.name|isinstance\([^)]*ServerCursor")
    offenders = [f"{path.relative_to(root.parent)}:{n}"
                 for path in sorted(root.rglob("*.py"))
                 if path.name != "dialect.py" and "migrations" not in path.parts
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if branch.search(line)]
    assert offenders == []
