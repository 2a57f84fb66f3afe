"""A full disk or a read-only folder while saving: a clear error, nothing saved is damaged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, text

from tests.components import (
    fill_disk,
    remount_read_only,
    remount_read_write,
    tiny_filesystem,
)
from veldwerk import interviews, notes, projects
from veldwerk.errors import SaveFailed
from veldwerk.paths import device
from veldwerk.store.project import DB_NAME, OpenProject

LONG_TEXT = "De buurvrouw heeft mijn sleutel en belt aan als de gordijnen dicht blijven. " * 400


def saved_text(project: OpenProject, interview_id: str) -> str | None:
    with project.session() as s:
        return notes.notes_of(s, interview_id).get(None)


def test_database_full_keeps_what_was_saved(project: OpenProject, entry) -> None:
    """SQLite's own 'database or disk is full', via a page limit on every connection."""
    interview = project.run(lambda s: interviews.save(s, entry.id, interviews.InterviewDraft()))
    project.run(lambda s: notes.save_note(s, interview.id, None, "eerste versie"))

    def limit(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(project.engine, "connect", limit)
    project.engine.dispose()
    with pytest.raises(SaveFailed) as caught:
        project.run(lambda s: notes.save_note(s, interview.id, None, LONG_TEXT), "notes")
    assert "disk is full" in str(caught.value)
    assert "kept on screen" in caught.value.hint
    assert saved_text(project, interview.id) == "eerste versie"

    event.remove(project.engine, "connect", limit)
    project.engine.dispose()
    project.run(lambda s: notes.save_note(s, interview.id, None, LONG_TEXT))
    assert saved_text(project, interview.id) == LONG_TEXT


def test_real_full_disk(tmp_path: Path) -> None:
    with tiny_filesystem(tmp_path / "disk", 3072) as disk:
        me = device(disk)
        entry = projects.create_project(disk, me, "Vol")
        with projects.open_project(entry.folder, me) as project:
            interview = project.run(lambda s: interviews.save(
                s, entry.id, interviews.InterviewDraft()))
            project.run(lambda s: notes.save_note(s, interview.id, None, "eerste versie"))
            filler = fill_disk(disk)
            with pytest.raises(SaveFailed) as caught:
                for n in range(50):  # the WAL may still hold a few pages; keep writing
                    project.run(lambda s, n=n: notes.save_note(
                        s, interview.id, None, f"{n} {LONG_TEXT}"), "notes")
            assert "full" in str(caught.value)
            last_good = saved_text(project, interview.id)
            assert last_good is not None
            filler.unlink()
            project.run(lambda s: notes.save_note(s, interview.id, None, "na het opruimen"))
            assert saved_text(project, interview.id) == "na het opruimen"
        check = sqlite3.connect(entry.folder / DB_NAME)
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        check.close()


def test_read_only_folder(tmp_path: Path) -> None:
    with tiny_filesystem(tmp_path / "disk", 8192) as disk:
        me = device(disk)
        entry = projects.create_project(disk, me, "Alleen lezen")
        project = projects.open_project(entry.folder, me)
        try:
            interview = project.run(lambda s: interviews.save(
                s, entry.id, interviews.InterviewDraft()))
            project.run(lambda s: notes.save_note(s, interview.id, None, "eerste versie"))
            with project.engine.connect() as connection:
                connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
            project.engine.dispose()  # a mount cannot turn read-only under open files
            remount_read_only(disk)
            with pytest.raises(SaveFailed) as caught:
                project.run(lambda s: notes.save_note(s, interview.id, None, "tweede"), "notes")
            assert "read-only" in str(caught.value)
            remount_read_write(disk)
            project.engine.dispose()
            assert saved_text(project, interview.id) == "eerste versie"
            project.run(lambda s: notes.save_note(s, interview.id, None, "tweede"))
            assert saved_text(project, interview.id) == "tweede"
        finally:
            project.close(make_backup=False)


def test_a_bundle_that_does_not_fit_is_said_leaves_nothing_and_is_made_later(
        tmp_path: Path) -> None:
    """The disk fills while a bundle is written (its blocks are written on a thread of
    their own): the export says so, leaves no half bundle, and makes it once there is
    room again."""
    import os

    from tests.helpers import team
    from veldwerk.bundle import export
    from veldwerk.errors import SyncError

    boss = team.coordinator(tmp_path)
    file = boss.project_file(team.MEMBERS[0], tmp_path / "anna.veldwerkproject")
    with tiny_filesystem(tmp_path / "disk", 16384) as disk:
        laptop = team.join(disk, "anna", file)
        with laptop.open() as project:
            team.field_work(project, audio_bytes=4_000_000)
            filler = fill_disk(disk)
            with open(filler, "r+b") as handle:  # room for the claim, not for the bundle
                handle.truncate(os.path.getsize(filler) - 1_500_000)
            with pytest.raises(SyncError) as caught:
                export.export(project)
            assert "could not be written" in str(caught.value)
            assert "Free some disk space" in caught.value.hint
            assert [p.name for p in project.outbox.iterdir()
                    if p.name.endswith((".age", ".part"))] == []
            filler.unlink()
            made = export.export(project)
            assert made and all(m.file.is_file() and m.file.stat().st_size == m.size
                                for m in made)
