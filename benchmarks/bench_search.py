"""Search.

- A search on 10,000 interviews with a note of ~2,000 words each (hits with snippets and
  highlights) against raw FTS5 ``MATCH … ORDER BY bm25 LIMIT 20`` on the same file.
  Goal: <= 2.
- The same search on a team database (PostgreSQL, ``tsvector`` ranked by ``ts_rank``)
  against the raw ``@@ … ORDER BY ts_rank LIMIT 20`` on the same table. Goal: <= 2.
- An autosave of a 2,000-word note with the search index kept by its triggers against the
  same save in a copy of the project without the index. Goal: <= 1.5.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.common import finish, interleaved, report, sized

VOCABULARY = [f"{stem}{end}" for stem in (
    "buurt", "huis", "markt", "koffie", "trap", "bus", "zorg", "tuin", "straat", "school",
    "winkel", "kerk", "park", "brug", "fiets", "buren", "hulp", "kaart", "klok", "deur")
    for end in ("", "en", "je", "huis", "weg", "plein", "tijd", "werk", "boek", "zaal")]


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(VOCABULARY) for _ in range(words))


def _project(folder: Path, count: int, words: int, url: str | None = None) -> Any:
    """``count`` interviews with a note of ``words`` words, in a SQLite project or (``url``)
    a team database."""
    from veldwerk import projects
    from veldwerk.ids import uuid7
    from veldwerk.paths import device
    from veldwerk.store import dialect

    data = folder / "data"
    entry = projects.create_project(data, device(data), "Bench", url=url)
    project = projects.open_project(entry.folder, device(data), purpose="benchmark", url=url)
    rng = random.Random(2026)

    def work(session: Any) -> None:
        cursor = session.connection().connection.dbapi_connection.cursor()
        if url:
            cursor = dialect.ServerCursor(cursor)
        stamp = ("2026-10-01 10:00:00.000000", "2026-10-01 10:00:00.000000", "bench",
                 "bench", 1)
        ids = [uuid7() for _ in range(count)]
        cursor.executemany(
            "INSERT INTO interview (id, created_at, updated_at, origin_device, change_device, "
            "change_seq, project_id, kind, title, place, status, tags, summary) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, 'interview', ?, '', 'done', '[]', '')",
            [(i, *stamp, entry.id, f"Gesprek {n}") for n, i in enumerate(ids)])
        cursor.executemany(
            "INSERT INTO note (id, created_at, updated_at, origin_device, change_device, "
            "change_seq, interview_id, topic_id, text) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)",
            [(uuid7(), *stamp, i, _text(rng, words)) for i in ids])
    project.run(work)
    return project


def search(runs: int = sized(30, 3), count: int = sized(10_000, 200),
           words: int = sized(2000, 200)) -> bool:
    from veldwerk.search.find import fts_query
    from veldwerk.search.find import search as find

    with tempfile.TemporaryDirectory() as folder:
        project = _project(Path(folder), count, words)
        typed = "buurthuis koffie"
        raw = sqlite3.connect(project.path)
        try:
            with project.session() as session:
                assert len(find(session, typed)) == 20

                def ours() -> None:
                    find(session, typed)

                def floor() -> None:
                    raw.execute("SELECT rowid FROM search_words WHERE search_words MATCH ? "
                                "ORDER BY bm25(search_words) LIMIT 20",
                                (fts_query(typed),)).fetchall()

                mine, base = interleaved(ours, floor, runs)
        finally:
            raw.close()
            project.close(make_backup=False)
    return report(f"search {count:,} interviews of {words:,} words", mine, base, 2, "ms")


def search_server(runs: int = sized(30, 3), count: int = sized(10_000, 200),
                  words: int = sized(2000, 200)) -> bool:
    from tests.components import ComponentMissing, new_database, postgres_server
    from veldwerk.search import server
    from veldwerk.search.find import search as find
    from veldwerk.search.find import terms

    typed = "buurthuis koffie"
    with tempfile.TemporaryDirectory() as folder:
        try:
            with postgres_server(Path(folder) / "postgres", skip=False) as cluster:
                project = _project(Path(folder), count, words,
                                   new_database(cluster, "search"))
                params: dict[str, Any] = {}
                match = server.query(terms(typed), params)
                raw = (f"SELECT source, row_id FROM {server.TABLE} WHERE words @@ ({match}) "
                       f"ORDER BY ts_rank(words, {match}, 1) DESC LIMIT 20")
                try:
                    with project.session() as session:
                        from sqlalchemy import text

                        session.execute(text("ANALYZE"))
                        assert len(find(session, typed)) == 20

                        def ours() -> None:
                            find(session, typed)

                        def floor() -> None:
                            session.execute(text(raw), params).all()

                        mine, base = interleaved(ours, floor, runs)
                finally:
                    project.close(make_backup=False)
        except ComponentMissing as missing:
            print(f"search on PostgreSQL: skipped ({missing})")
            return True
    return report(f"search {count:,} interviews on PostgreSQL", mine, base, 2, "ms")


def autosave(runs: int = sized(40, 4)) -> bool:
    from benchmarks.bench_autosave import note
    from veldwerk import interviews, notes, projects
    from veldwerk.paths import device
    from veldwerk.search import words
    from veldwerk.store.engine import make_engine

    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        entry = projects.create_project(data, device(data), "Bench")
        with projects.open_project(entry.folder, device(data)) as opened:
            interview = opened.run(lambda s: interviews.save(
                s, entry.id, interviews.InterviewDraft())).id
        bare = Path(folder) / "bare"
        shutil.copytree(entry.folder, bare)
        engine = make_engine(bare / "project.sqlite")
        with engine.begin() as connection:
            words.uninstall(connection)
        engine.dispose()
        indexed = projects.open_project(entry.folder, device(data), purpose="benchmark")
        plain = projects.open_project(bare, device(data), purpose="benchmark")
        texts = iter([note(n) for n in range(2 * runs + 20)])
        try:
            def save(project: Any) -> None:
                text = next(texts)
                project.run(lambda s: notes.save_note(s, interview, None, text))

            for _ in range(5):
                save(indexed)
                save(plain)
            mine, base = interleaved(lambda: save(indexed), lambda: save(plain), runs)
            with indexed.session() as session:
                from veldwerk.search.find import search as find

                assert find(session, "buurthuis"), "the index kept up"
        finally:
            indexed.close(make_backup=False)
            plain.close(make_backup=False)
    return report("autosave with the search index", mine, base, 1.5, "ms")


if __name__ == "__main__":
    finish(search() & search_server() & autosave())
