"""Search across everything written: the sources ``sources.py`` declares (notes, an
interview's searched fields, moments' labels, participants' notes). One SQLite FTS5 index
of words (``unicode61`` with accents folded, a prefix index for as-you-type), kept
current by triggers on the tables themselves, so every writer (the ORM, the notes' plain
UPDATE, the merge's Core upserts, an erasure) updates it without knowing it exists.

Derived, like the list's trigram index (``search/index.py``): not a model, never logged or
bundled, rebuilt by a migration when its definition changes. An erasure runs its
``optimize`` before ``VACUUM`` (``index.forget_erased``). A migration that rebuilds one of
the source tables in batch mode must call :func:`install` again.

Each indexed row is one document; ``search_word_key`` maps the index's rowid to the row
and the interview it belongs to, so filters are plain SQL on ``interview``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from veldwerk.sources import words
from veldwerk.store import dialect

FTS = "search_words"
KEY = "search_word_key"


def _body(columns: tuple[str, ...], row: str) -> str:
    return " || ' ' || ".join(f"coalesce({row}.{c}, '')" for c in columns)


def _statements(connection: Any) -> list[str]:
    out = [f"CREATE TABLE IF NOT EXISTS {KEY} (id INTEGER PRIMARY KEY, source TEXT NOT NULL, "
           "row_id TEXT NOT NULL, interview_id TEXT, UNIQUE (source, row_id))",
           f"CREATE INDEX IF NOT EXISTS ix_{KEY}_interview ON {KEY} (interview_id)",
           # Contentless: the text stays in its own table only (snippets are made from
           # there), so a save writes the words' postings, not a second copy of the note.
           f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS} USING fts5(body, content = '', "
           "tokenize = 'unicode61 remove_diacritics 2', prefix = '3')"]
    for source, (columns, owner) in words(connection).items():
        name = f"{FTS}_{source}"
        key = f"(SELECT id FROM {KEY} WHERE source = '{source}' AND row_id = {{}}.id)"
        changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)
        out += [
            f"DROP TRIGGER IF EXISTS {name}_insert",
            f"DROP TRIGGER IF EXISTS {name}_update",
            f"DROP TRIGGER IF EXISTS {name}_delete",
            f"CREATE TRIGGER {name}_insert AFTER INSERT ON {source} BEGIN "
            f"INSERT INTO {KEY} (source, row_id, interview_id) VALUES ('{source}', NEW.id, "
            f"{owner.format(row='NEW')}); "
            f"INSERT INTO {FTS} (rowid, body) VALUES (last_insert_rowid(), "
            f"{_body(columns, 'NEW')}); END",
            f"CREATE TRIGGER {name}_update AFTER UPDATE ON {source} WHEN {changed} BEGIN "
            f"INSERT INTO {FTS} ({FTS}, rowid, body) VALUES ('delete', "
            f"{key.format('OLD')}, {_body(columns, 'OLD')}); "
            f"INSERT INTO {FTS} (rowid, body) VALUES ({key.format('NEW')}, "
            f"{_body(columns, 'NEW')}); END",
            f"CREATE TRIGGER {name}_delete AFTER DELETE ON {source} BEGIN "
            f"INSERT INTO {FTS} ({FTS}, rowid, body) VALUES ('delete', "
            f"{key.format('OLD')}, {_body(columns, 'OLD')}); "
            f"DELETE FROM {KEY} WHERE source = '{source}' AND row_id = OLD.id; END",
        ]
    return out


def install(connection: Any) -> None:
    """Create (or re-create) the index and its triggers, and fill it from the tables."""
    if not dialect.of(connection).fts:
        return
    for statement in _statements(connection):
        connection.execute(text(statement))
    connection.execute(text(f"DELETE FROM {KEY}"))
    connection.execute(text(f"INSERT INTO {FTS} ({FTS}) VALUES ('delete-all')"))
    for source, (columns, owner) in words(connection).items():
        connection.execute(text(
            f"INSERT INTO {KEY} (source, row_id, interview_id) SELECT '{source}', t.id, "
            f"{owner.format(row='t')} FROM {source} t"))
        connection.execute(text(
            f"INSERT INTO {FTS} (rowid, body) SELECT k.id, {_body(columns, 't')} "
            f"FROM {source} t JOIN {KEY} k ON k.source = '{source}' AND k.row_id = t.id"))


def uninstall(connection: Any) -> None:
    if not dialect.of(connection).fts:
        return
    for source in words(connection):
        for event in ("insert", "update", "delete"):
            connection.execute(text(f"DROP TRIGGER IF EXISTS {FTS}_{source}_{event}"))
    connection.execute(text(f"DROP TABLE IF EXISTS {FTS}"))
    connection.execute(text(f"DROP TABLE IF EXISTS {KEY}"))
