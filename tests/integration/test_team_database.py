"""A team database on a real PostgreSQL server: the same migrations with no drift, a
project moved there whole, two coordinators importing at once, erasure that leaves no
bytes in the tables, and clear words for a server that is unreachable, empty or newer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from tests.components import new_database
from tests.helpers import merging
from tests.helpers import team as teams
from tests.realapp import veldwerk
from veldwerk import interviews, listing, notes, projects
from veldwerk.bundle import keys as keymod
from veldwerk.domain import load_all
from veldwerk.errors import NewerProject, StorageError
from veldwerk.merge import inbox
from veldwerk.paths import device
from veldwerk.search.find import search
from veldwerk.store import migrate


@pytest.fixture
def server_team(postgres: str):  # type: ignore[no-untyped-def]
    teams.SERVER = postgres
    yield postgres
    teams.SERVER = None


def test_the_migrations_match_the_models_on_postgresql(postgres: str, tmp_path: Path) -> None:
    url = new_database(postgres, "drift")
    entry = projects.create_project(tmp_path / "data", device(tmp_path / "data"), "Team",
                                    url=url)
    with projects.open_project(entry.folder, device(tmp_path / "data"), url=url) as project:
        with project.engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection, opts={
                "compare_type": True, "include_name": migrate.include_name}), load_all())
            deferrable = connection.execute(text(
                "SELECT count(*) FILTER (WHERE NOT condeferrable), count(*) FROM pg_constraint "
                "WHERE contype = 'f'")).one()
        # Migration 0008 makes every foreign key DEFERRABLE on PostgreSQL only, which the
        # comparison sees as each key removed and added again; anything else is drift.
        removed = {(d[1].parent.name, d[1].name) for d in diff if d[0] == "remove_fk"}
        added = {(d[1].parent.name, d[1].name) for d in diff if d[0] == "add_fk"}
        assert removed == added
        assert [d for d in diff if d[0] not in ("remove_fk", "add_fk")] == []
        assert migrate.current_revision(project.engine) == migrate.HEAD
        assert deferrable[0] == 0 and deferrable[1] > 10, "every foreign key can wait"
        assert not (entry.folder / "project.sqlite").exists(), "the rows are on the server"


def test_a_project_moves_to_the_server_whole_and_works_there(postgres: str,
                                                              tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert veldwerk(data, "demo").returncode == 0
    url = new_database(postgres, "moved")
    moved = veldwerk(data, "project", "to-server", url)
    assert moved.returncode == 0, moved.stderr
    again = veldwerk(data, "project", "to-server", url)
    assert again.returncode == 2 and "already holds the project" in again.stderr
    local = json.loads(veldwerk(data, "summary", "--json").stdout)
    team = json.loads(veldwerk(data, "--db", url, "summary", "--json").stdout)
    assert team == local, "every count is the same on the server"
    found = veldwerk(data, "--db", url, "interviews", "--text", "donderdagMARKT")
    assert found.returncode == 0, found.stderr
    assert found.stdout == veldwerk(data, "interviews", "--text", "donderdagMARKT").stdout
    searched = veldwerk(data, "--db", url, "search", "badkamer", "--json")
    assert searched.returncode == 0, searched.stderr
    assert ({json.loads(line)["id"] for line in searched.stdout.splitlines()}
            == {json.loads(line)["id"] for line in veldwerk(
                data, "search", "badkamer", "--json").stdout.splitlines()} != set()), (
        "the copied rows are in the server's search index")
    (one,) = [line.split()[0] for line in found.stdout.splitlines() if "Donderdagmarkt" in line]
    assert veldwerk(data, "--db", url, "note", "set", one, "--free", "Op de server").returncode == 0
    with projects.open_project(projects.server_entry(data, url).folder, device(data),
                               url=url) as project, project.session() as s:
        assert notes.notes_of(s, one)[None] == "Op de server"
        assert listing.count(s, listing.ListQuery(text="ELS")) > 0, "codes are searched"
        for column in listing.sort_columns():  # every header of the list sorts there too
            for descending in (False, True):
                shown = listing.page(s, listing.ListQuery(sort=column, descending=descending),
                                     0, 30)
                assert len(shown) == 30, column
        titles = [r.title for r in listing.page(
            s, listing.ListQuery(sort="title", descending=False), 0, 30)]
        assert titles == sorted(titles, key=str.lower)
        logged = s.execute(text("SELECT count(*) FROM change_log WHERE row_id IN "
                                "(SELECT id FROM note WHERE interview_id = :i)"),
                           {"i": one}).scalar()
        assert logged >= 1, "a write on the server is logged like one in a file"


def test_an_unreachable_empty_or_newer_team_database_says_so(postgres: str,
                                                             tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    nowhere = veldwerk(data, "--db", "postgresql://nobody:geheim@127.0.0.1:1/team", "summary")
    assert nowhere.returncode == 2 and "cannot reach the team database" in nowhere.stderr
    assert "geheim" not in nowhere.stderr, "the password is never shown"
    empty = new_database(postgres, "empty")
    said = veldwerk(data, "--db", empty, "interviews")
    assert said.returncode == 2 and "holds no project yet" in said.stderr
    wrong = veldwerk(data, "--db", "mysql://x@y/z", "interviews")
    assert wrong.returncode == 2 and "PostgreSQL" in wrong.stderr
    url = new_database(postgres, "newer")
    entry = projects.create_project(data, device(data), "Team", url=url)
    from sqlalchemy import create_engine

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'f00dcafe9999'"))
        connection.execute(text("UPDATE veldwerk_meta SET value = '9.4.0' "
                                "WHERE key = 'written_by'"))
    with pytest.raises(NewerProject, match=r"9\.4\.0"):
        projects.open_project(entry.folder, device(data), url=url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "f00dcafe9999"), "untouched"
    engine.dispose()


def test_two_coordinators_import_at_once_without_loss_or_duplicates(server_team: str,
                                                                     tmp_path: Path) -> None:
    boss, laptops = teams.team(tmp_path, members=teams.MEMBERS)
    bundles = tmp_path / "in"
    for round_ in range(3):
        for laptop in laptops:
            with laptop.open() as project:
                teams.field_work(project, f"Gesprek {round_} van {laptop.me.name}",
                                 audio_bytes=3000 if round_ == 1 else 0)
            merging.bundles_of(laptop, bundles)
    # The same work merged by one coordinator alone is the reference.
    reference = merging.copy_coordinator(boss, tmp_path / "alone" / "project")
    reference.close(make_backup=False)
    with boss.open() as project:
        merging.trust(project, *laptops)
    key_file = tmp_path / "keys.veldwerkkeys"
    keymod.save_coordinator_keys(boss.keys, key_file, "vier woorden als zin")
    env = {"VELDWERK_PASSPHRASE": "vier woorden als zin", "VELDWERK_DB": boss.entry.url}
    command = [sys.executable, "-m", "veldwerk", "--data-dir", str(boss.data), "inbox",
               "import", str(bundles), "--identity", str(key_file), "--json"]
    both = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env={**os.environ, **env}) for _ in range(2)]
    results = [process.communicate(timeout=300) for process in both]
    for process, (out, err) in zip(both, results, strict=True):
        assert process.returncode == 0, err
        statuses = {json.loads(line)["status"] for line in out.splitlines()}
        assert statuses <= {"imported", "present"}, out
    with boss.open() as project:
        merged = merging.content(project)
        with project.session() as s:
            ledger = s.execute(text("SELECT status, count(*) FROM inbox_bundle GROUP BY status")
                               ).all()
            opus = s.execute(text("SELECT compressed_name FROM recording WHERE "
                                  "compressed_name != ''")).scalars().all()
        assert all((project.media / name).is_file() for name in opus)
        assert not list(project.media.glob(".*.part")), "no half-written file is left"
    assert dict(ledger) == {"imported": 6}, "each bundle once"
    assert len(merged["interview"]) == 6 and len(merged["note"]) == 6
    reference = projects.open_project(tmp_path / "alone" / "project", boss.me,
                                      url=reference.url)
    try:
        merging.trust(reference, *laptops)
        inbox.import_files(reference, boss.keys, [bundles])
        assert merging.content(reference) == merged, "the same project as one import alone"
    finally:
        reference.close(make_backup=False)


def test_an_erasure_on_the_server_leaves_no_bytes_in_its_tables(server_team: str,
                                                                tmp_path: Path) -> None:
    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        interview = teams.field_work(project)
        project.run(lambda s: notes.save_note(s, interview, None, "Zeldzaamwoord8613 verteld"))
    with boss.open() as project:
        merging.trust(project, anna)
        inbox.import_files(project, boss.keys, merging.bundles_of(anna, tmp_path / "in"))
        with project.session() as s:
            code = s.execute(text("SELECT code FROM participant")).scalar()
            assert s.execute(text("SELECT count(*) FROM row_version WHERE row LIKE "
                                  "'%Zeldzaamwoord8613%'")).scalar() == 1
            assert [h.interview_id for h in search(s, "zeldzaam")] == [interview]
    withdrawn = veldwerk(boss.data, "withdraw", code, "--erase", "--reason", "trekt zich terug",
                         env={"VELDWERK_DB": boss.entry.url})
    assert withdrawn.returncode == 0, withdrawn.stderr
    with boss.open() as project, project.session() as s:
        assert s.execute(text("SELECT count(*) FROM interview")).scalar() == 0
        for table, column in (("note", "text"), ("change_log", "row"), ("row_version", "row"),
                              ("merge_conflict", "ours"), ("search_words", "words")):
            assert s.execute(text(f"SELECT count(*) FROM {table} WHERE CAST({column} AS text) "
                                  "ILIKE '%Zeldzaamwoord8613%'")).scalar() == 0, table
        database = s.execute(text("SELECT oid FROM pg_database WHERE datname = "
                                  "current_database()")).scalar()
        cluster = s.execute(text("SHOW data_directory")).scalar()
    tables = Path(cluster) / "base" / str(database)
    hits = [p.name for p in tables.iterdir()
            if p.is_file() and b"zeldzaamwoord8613" in p.read_bytes().lower()]
    assert hits == [], ("VACUUM FULL rewrote the tables and the search index: the erased "
                        "text is in no file")


def test_search_on_the_server_ranks_and_knows_dutch_stems(postgres: str, tmp_path: Path
                                                          ) -> None:
    data = tmp_path / "data"
    url = new_database(postgres, "stems")
    entry = projects.create_project(data, device(data), "Team", url=url)
    with projects.open_project(entry.folder, device(data), url=url) as project:
        def work(s):  # type: ignore[no-untyped-def]
            made = []
            for title, body in (("Eens", "Een wandelingetje langs de gracht."),
                                ("Vaak", "Wandeling na wandeling, en nog een wandeling."),
                                ("Nooit", "Thuis bij de kachel.")):
                interview = interviews.save(s, entry.id, interviews.InterviewDraft(
                    title=title))
                s.flush()
                notes.save_note(s, interview.id, None, body)
                made.append(interview.id)
            return made
        once, often, never = project.run(work)
        with project.session() as s:
            assert [h.interview_id for h in search(s, "wandeling")] == [often, once], (
                "the most often first")
            assert [h.interview_id for h in search(s, "WANDELINGEN")] == [often, once], (
                "the plural finds the singular by its Dutch stem")
            assert [h.interview_id for h in search(s, "kachel thuis")] == [never]
            assert search(s, "gracht kachel") == [], "every word must occur"


def test_a_plain_owner_sets_up_search_and_a_role_without_rights_is_told(postgres: str,
                                                                         tmp_path: Path
                                                                         ) -> None:
    import psycopg

    with psycopg.connect(f"{postgres}/postgres", autocommit=True) as c:
        c.execute("CREATE ROLE eigenaar LOGIN")
        c.execute("CREATE ROLE gast LOGIN")
        c.execute("CREATE DATABASE van_eigenaar OWNER eigenaar")
        c.execute("CREATE DATABASE van_postgres")
    with psycopg.connect(f"{postgres}/van_postgres", autocommit=True) as c:
        c.execute("GRANT CREATE ON SCHEMA public TO gast")
    host = postgres.split("@", 1)[1]
    data = tmp_path / "data"
    owned = f"postgresql://eigenaar@{host}/van_eigenaar"
    entry = projects.create_project(data, device(data), "Team", url=owned)
    with projects.open_project(entry.folder, device(data), url=owned) as project:
        project.run(lambda s: notes.save_note(s, interviews.save(
            s, entry.id, interviews.InterviewDraft(title="Bij Riet")).id, None, "Café"))
        with project.session() as s:
            assert [h.title for h in search(s, "cafe")] == ["Bij Riet"]
    guest = f"postgresql://gast@{host}/van_postgres"
    with pytest.raises(StorageError) as refused:
        projects.create_project(tmp_path / "gast", device(tmp_path / "gast"), "Team", url=guest)
    assert "unaccent" in refused.value.message and "CREATE EXTENSION" in refused.value.hint
    with psycopg.connect(f"{postgres}/van_postgres") as c:
        assert c.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                         ).fetchone() == (0,), "nothing was half set up"


def test_a_team_database_from_before_search_gets_it_filled(postgres: str,
                                                           tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    data = tmp_path / "data"
    url = new_database(postgres, "older")
    entry = projects.create_project(data, device(data), "Team", url=url)
    with projects.open_project(entry.folder, device(data), url=url) as project:
        project.run(lambda s: notes.save_note(s, interviews.save(
            s, entry.id, interviews.InterviewDraft(title="Bij Riet")).id, None,
            "Over de volkstuin"))
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0010")
        assert not connection.execute(text("SELECT to_regclass('search_words')")).scalar()
    engine.dispose()
    with projects.open_project(entry.folder, device(data), url=url) as project, \
            project.session() as s:
        assert [h.title for h in search(s, "volkstuin")] == ["Bij Riet"]
