"""Search on a team database (PostgreSQL): the same sources as SQLite's word index
(``search/words.py``), ranked the same way, in PostgreSQL's own full-text search.

One table ``search_words`` holds a ``tsvector`` per indexed row, with a GIN index: every
word as written (``veldwerk_words``: lower case, accents off by ``unaccent``). A typed word
is looked up as a prefix twice: as typed, which finds what SQLite's index finds ("buurt"
finds "buurthuis", "cafe" finds "Café"), and as its Dutch stem (``veldwerk_dutch``:
``unaccent`` then the Dutch snowball stemmer), so "wandelingen" also finds "wandeling".
Stems on the query side only: a stem is the start of the words it stems, so storing
stems as well would double the index for nothing.

Statement triggers with transition tables keep it current: one set-based statement per
write, so the merge's ``COPY`` upserts and the notes' plain ``UPDATE`` are indexed
without a trigger call per row. Derived like SQLite's: never logged or bundled, and the
schema comparison leaves ``search_*`` tables alone.

``unaccent`` is an extension PostgreSQL ships with its contrib modules and marks trusted
(13 and later): the owner of the database may create it without being a superuser.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from veldwerk.errors import StorageError
from veldwerk.i18n import translate
from veldwerk.sources import words
from veldwerk.store import dialect

TABLE = "search_words"
WORDS = "veldwerk_words"  # every word as written, accents off
DUTCH = "veldwerk_dutch"  # a typed word's Dutch stem, accents off


def vector(body: str) -> str:
    """SQL for the words of the text ``body`` (an SQL expression)."""
    return f"to_tsvector('{WORDS}', {body})"


def _body(columns: tuple[str, ...], row: str) -> str:
    return f"concat_ws(' ', {', '.join(f'{row}.{c}' for c in columns)})"


def _fill(source: str, indexed: tuple[tuple[str, ...], str], rows: str, where: str = ""
          ) -> str:
    columns, owner = indexed
    return (f"INSERT INTO {TABLE} (source, row_id, interview_id, words) SELECT '{source}', "
            f"t.id, {owner.format(row='t')}, {vector(_body(columns, 't'))} FROM {rows} t {where} "
            "ON CONFLICT (source, row_id) DO UPDATE SET interview_id = excluded.interview_id, "
            "words = excluded.words")


def _statements(connection: Any) -> list[str]:
    out = [
        f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {WORDS}",
        f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {DUTCH}",
        f"CREATE TEXT SEARCH CONFIGURATION {WORDS} (COPY = pg_catalog.simple)",
        f"ALTER TEXT SEARCH CONFIGURATION {WORDS} ALTER MAPPING FOR hword, hword_part, word "
        "WITH unaccent, simple",
        f"CREATE TEXT SEARCH CONFIGURATION {DUTCH} (COPY = pg_catalog.dutch)",
        f"ALTER TEXT SEARCH CONFIGURATION {DUTCH} ALTER MAPPING FOR hword, hword_part, word "
        "WITH unaccent, dutch_stem",
        f"CREATE TABLE IF NOT EXISTS {TABLE} (source text NOT NULL, row_id text NOT NULL, "
        "interview_id text, words tsvector NOT NULL, PRIMARY KEY (source, row_id))",
        f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_words ON {TABLE} USING gin (words)",
        f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_interview ON {TABLE} (interview_id)",
        f"DELETE FROM {TABLE}",
    ]
    for source, indexed in words(connection).items():
        columns = indexed[0]
        name = f"{TABLE}_{source}"
        changed = " OR ".join(f"o.{c} IS DISTINCT FROM t.{c}" for c in columns)
        bodies = {
            "insert": _fill(source, indexed, "new_rows"),
            "update": _fill(source, indexed, "new_rows",
                            f"JOIN old_rows o ON o.id = t.id WHERE {changed}"),
            "delete": f"DELETE FROM {TABLE} WHERE source = '{source}' AND row_id IN "
                      "(SELECT id FROM old_rows)",
        }
        tables = {"insert": "NEW TABLE AS new_rows", "delete": "OLD TABLE AS old_rows",
                  "update": "OLD TABLE AS old_rows NEW TABLE AS new_rows"}
        for event, body in bodies.items():
            out += [
                f"DROP TRIGGER IF EXISTS {name}_{event} ON {source}",
                f"CREATE OR REPLACE FUNCTION {name}_{event}() RETURNS trigger "
                f"LANGUAGE plpgsql AS $$ BEGIN {body}; RETURN NULL; END $$",
                f"CREATE TRIGGER {name}_{event} AFTER {event.upper()} ON {source} "
                f"REFERENCING {tables[event]} FOR EACH STATEMENT "
                f"EXECUTE FUNCTION {name}_{event}()",
            ]
        out.append(_fill(source, indexed, source))
    return out


def install(connection: Any) -> None:
    """Create (or re-create) the index, its configurations and triggers, and fill it."""
    if dialect.of(connection).fts:
        return
    _unaccent(connection)
    for statement in _statements(connection):
        connection.execute(text(statement))


def _unaccent(connection: Any) -> None:
    """The ``unaccent`` extension, or a clear error: a role without CREATE on the database
    may not add it (the migration then changes nothing: PostgreSQL undoes it whole)."""
    try:
        with connection.begin_nested():
            connection.execute(text("CREATE EXTENSION IF NOT EXISTS unaccent"))
    except DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0]
        raise StorageError(
            translate("Errors", "The team database cannot get the search it needs (the "
                      "unaccent extension): {reason}").format(reason=reason),
            hint=translate("Errors", "Ask the database's administrator to run CREATE "
                           "EXTENSION unaccent; in it, or to make your role the database's "
                           "owner, then try again. Nothing was changed."),
        ) from exc


def uninstall(connection: Any) -> None:
    if dialect.of(connection).fts:
        return
    for source in words(connection):
        for event in ("insert", "update", "delete"):
            name = f"{TABLE}_{source}_{event}"
            connection.execute(text(f"DROP TRIGGER IF EXISTS {name} ON {source}"))
            connection.execute(text(f"DROP FUNCTION IF EXISTS {name}()"))
    connection.execute(text(f"DROP TABLE IF EXISTS {TABLE}"))
    for configuration in (WORDS, DUTCH):
        connection.execute(text(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {configuration}"))


def query(wanted: list[str], params: dict[str, Any]) -> str:
    """A ``tsquery`` (SQL) that every wanted word matches: it, or its Dutch stem, begins
    a word of the text. Binds the words into ``params``, each quoted as a lexeme, so
    nothing in it is query syntax."""
    parts = []
    for n, word in enumerate(wanted):
        quoted = word.replace("\\", "\\\\").replace("'", "''")
        params[f"w{n}"] = f"'{quoted}':*"
        parts.append(f"(to_tsquery('{WORDS}', :w{n}) || to_tsquery('{DUTCH}', :w{n}))")
    return " && ".join(parts)
