"""The search index: SQLite FTS5 over the interview list's text (the columns
``sources.py`` lists: an interview's searched fields, participants' codes), kept current
by triggers on the tables themselves, so every writer (the ORM, plain SQL, a merge, an
erasure) updates it without knowing it exists.

Dutch-aware: the ``trigram`` tokenizer finds any part of a word, which Dutch compounds
need ("markt" finds "Donderdagmarkt", "huis" finds "buurthuis"), without case; accents are
folded on the way in (``veldwerk/search/fold.py``), so café, cafe and CAFÉ are one word.

One FTS5 table per source, holding only the text: a match yields rowids alone, which
``search_key`` turns into row ids (its integer keys survive VACUUM, which an erasure
runs), so a filter never reads the index's stored text back.

Alembic's batch mode rebuilds a table to alter it and drops its triggers on SQLite: a
migration that alters ``interview`` or ``participant`` must call :func:`install` again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from veldwerk.search.fold import fold_sql
from veldwerk.sources import listed
from veldwerk.store import dialect


def _body(columns: tuple[str, ...], row: str) -> str:
    return fold_sql(" || ' ' || ".join(f"{row}.{column}" for column in columns))


def _statements(connection: Any) -> list[str]:
    out = ["CREATE TABLE IF NOT EXISTS search_key (id INTEGER PRIMARY KEY, "
           "source TEXT NOT NULL, row_id TEXT NOT NULL, UNIQUE (source, row_id))"]
    for source, columns in listed(connection).items():
        fts = f"search_{source}"
        key = f"(SELECT id FROM search_key WHERE source = '{source}' AND row_id = {{}}.id)"
        changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)
        out += [
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5(body, "
            "tokenize = 'trigram')",
            f"DROP TRIGGER IF EXISTS {fts}_insert",
            f"DROP TRIGGER IF EXISTS {fts}_update",
            f"DROP TRIGGER IF EXISTS {fts}_delete",
            f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {source} BEGIN "
            f"INSERT INTO search_key (source, row_id) VALUES ('{source}', NEW.id); "
            f"INSERT INTO {fts} (rowid, body) VALUES (last_insert_rowid(), "
            f"{_body(columns, 'NEW')}); END",
            f"CREATE TRIGGER {fts}_update AFTER UPDATE ON {source} WHEN {changed} BEGIN "
            f"UPDATE {fts} SET body = {_body(columns, 'NEW')} "
            f"WHERE rowid = {key.format('NEW')}; END",
            f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {source} BEGIN "
            f"DELETE FROM {fts} WHERE rowid = {key.format('OLD')}; "
            f"DELETE FROM search_key WHERE source = '{source}' AND row_id = OLD.id; END",
        ]
    return out


def install(connection: Any) -> None:
    """Create (or re-create) the index and its triggers, and fill it from the tables."""
    if not dialect.of(connection).fts:
        return
    for statement in _statements(connection):
        connection.execute(text(statement))
    connection.execute(text("DELETE FROM search_key"))
    for source, columns in listed(connection).items():
        fts = f"search_{source}"
        connection.execute(text(f"DELETE FROM {fts}"))
        connection.execute(text(
            f"INSERT INTO search_key (source, row_id) SELECT '{source}', id FROM {source}"))
        connection.execute(text(
            f"INSERT INTO {fts} (rowid, body) SELECT k.id, {_body(columns, 't')} "
            f"FROM {source} t JOIN search_key k ON k.source = '{source}' AND k.row_id = t.id"))


def forget_erased(cursor: Any) -> None:
    """After rows were erased: rewrite the index's pages, so the text of deleted rows no
    longer sits in its segments (SQLite 3.40 has no FTS5 secure-delete)."""
    from veldwerk.search.words import FTS  # deferred: start-up

    for table in [f"search_{source}" for source in listed()] + [FTS]:
        cursor.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")


def matching(source: str, key: str, like: bool, fts: bool = True) -> str:
    """SQL for the ids of ``source`` rows whose text holds the term bound as ``:key``.
    Without ``fts`` (a team database has no FTS5) the folded, lowered text is read with
    LIKE."""
    if not fts:
        body = fold_sql(f"lower(concat_ws(' ', {', '.join(listed()[source])}))")
        return f"SELECT id FROM {source} WHERE {body} LIKE :{key} ESCAPE '\\'"
    table = f"search_{source}"
    test = f"body LIKE :{key} ESCAPE '\\'" if like else f"{table} MATCH :{key}"
    return (f"SELECT row_id FROM search_key WHERE id IN "
            f"(SELECT rowid FROM {table} WHERE {test})")
