"""The pieces of SQL that differ between SQLite (a laptop, a coordinator working alone) and
PostgreSQL (a team's shared database), as one object per database: everything else is
plain SQL that both speak. Code that writes SQL by hand asks ``of(session)`` (or the
project's ``dialect``) instead of naming a database itself.

Placeholders: ``param`` is the placeholder as the caller writes it (``:name`` for
SQLAlchemy's ``text``, ``?`` for the raw cursors of the hot paths).

What differs in *behaviour* rather than in SQL (backups, the project lock, how an erasure
rewrites the files) is decided by ``Project.on_server`` where it happens.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa

# SQLite takes a bounded number of parameters in one statement: lists of ids go in chunks.
CHUNK = 500
# Above this many rows, PostgreSQL's COPY into a staging table beats one big INSERT.
COPY_FROM = 50


class Dialect:
    """SQLite's way: FTS5 search, ``json_each``, ``IS`` that holds for NULL too."""

    name = "sqlite"
    fts = True  # the search runs on FTS5 tables kept by triggers (veldwerk/search/words.py)
    same = " IS "  # equality that holds for two NULLs as well
    greatest = "max"  # the larger of two values

    def values(self, param: str, cast: str = "") -> str:
        """A subquery of the values of a JSON list bound as ``param`` (any length, one
        parameter): ``x IN (<this>)``."""
        return f"SELECT value FROM json_each({param})"

    def json_text(self, column: str, key: str) -> str:
        """The text of one field of a JSON object held in a text column."""
        return f"json_extract({column}, '$.{key}')"

    def json_flag(self, column: str, key: str) -> str:
        """A JSON true/false field as 1/0 (NULL when absent)."""
        return f"json_extract({column}, '$.{key}')"

    def joined_text(self, expression: str, separator: str) -> str:
        """An aggregate joining the texts of a group."""
        return f"group_concat({expression}, '{separator}')"

    def sort_key(self, expression: str) -> str:
        """An ORDER BY expression; ``… COLLATE NOCASE`` sorts without case."""
        return expression

    def insert(self, table: sa.Table) -> Any:
        """An ``INSERT`` that can take ``on_conflict_do_update``/``_nothing``."""
        from sqlalchemy.dialects import sqlite  # deferred: start-up (the list needs none)

        return sqlite.insert(table)

    def cursor(self, cursor: Any) -> Any:
        """A raw DB-API cursor that takes ``?`` placeholders and ``IS ?``."""
        return cursor

    def defer_foreign_keys(self, session: Any) -> None:
        """Foreign keys are checked at the commit, not row by row, for the rest of this
        transaction. SQLite ends the pragma with the transaction, and Python's sqlite3
        opens one only at the first write: before any write every statement is a
        transaction of its own and the pragma would be gone by the first insert. So the
        transaction begins here."""
        raw = session.connection().connection.dbapi_connection
        if raw is not None and not raw.in_transaction:
            raw.execute("BEGIN")
        session.execute(sa.text("PRAGMA defer_foreign_keys = ON"))

    def secure_delete(self, cursor: Any) -> None:
        """Deleted rows are overwritten with zeros in their pages (an erasure)."""
        cursor.execute("PRAGMA secure_delete = ON")

    def select_in(self, session: Any, sql: str, ids: Sequence[Any], **params: Any) -> list[Any]:
        """The rows of ``sql`` (which holds ``x IN :ids``) for any number of ids."""
        if not ids:
            return []
        statement = sa.text(sql).bindparams(sa.bindparam("ids", expanding=True))
        found: list[Any] = []
        for start in range(0, len(ids), CHUNK):
            found += session.execute(statement,
                                     {"ids": list(ids[start:start + CHUNK]), **params}).all()
        return found

    def bulk_upsert(self, session: Any, table: str, columns: list[str],
                    rows: Sequence[tuple[Any, ...]], conflict: list[str],
                    update: list[str]) -> bool:
        """Write many rows the fast way this database has, if it has one; False: write
        them with plain statements (SQLite's executemany is the fast way there)."""
        return False


class PostgreSQL(Dialect):
    """A team database: no FTS5 (its own index, veldwerk/search/server.py), JSON through
    casts, arrays as one parameter, COPY for many rows."""

    name = "postgresql"
    fts = False
    same = " IS NOT DISTINCT FROM "
    greatest = "greatest"

    def values(self, param: str, cast: str = "") -> str:
        value = f"value::{cast}" if cast else "value"
        return f"SELECT {value} FROM json_array_elements_text(CAST({param} AS json)) AS value"

    def json_text(self, column: str, key: str) -> str:
        return f"(CAST({column} AS json) ->> '{key}')"

    def json_flag(self, column: str, key: str) -> str:
        return (f"(CASE CAST({column} AS json) ->> '{key}' WHEN 'true' THEN 1 "
                "WHEN 'false' THEN 0 END)")

    def joined_text(self, expression: str, separator: str) -> str:
        return f"string_agg({expression}, '{separator}')"

    def sort_key(self, expression: str) -> str:
        if expression.endswith(" COLLATE NOCASE"):  # no NOCASE collation there
            return f"lower({expression.removesuffix(' COLLATE NOCASE')})"
        return expression

    def insert(self, table: sa.Table) -> Any:
        from sqlalchemy.dialects import postgresql  # deferred: start-up

        return postgresql.insert(table)

    def cursor(self, cursor: Any) -> Any:
        return ServerCursor(cursor)

    def defer_foreign_keys(self, session: Any) -> None:
        session.execute(sa.text("SET CONSTRAINTS ALL DEFERRED"))  # DEFERRABLE since 0008

    def secure_delete(self, cursor: Any) -> None:
        """PostgreSQL has no such setting: the erasure rewrites the tables (VACUUM FULL)."""

    def select_in(self, session: Any, sql: str, ids: Sequence[Any], **params: Any) -> list[Any]:
        if not ids:
            return []
        return list(session.execute(sa.text(sql.replace(" IN :ids", " = ANY(:ids)")),
                                    {"ids": list(ids), **params}).all())

    def bulk_upsert(self, session: Any, table: str, columns: list[str],
                    rows: Sequence[tuple[Any, ...]], conflict: list[str],
                    update: list[str]) -> bool:
        """``COPY`` into a staging table (temporary, emptied at the commit), then one
        ``INSERT … SELECT … ON CONFLICT``. ``update`` empty: rows already there are left
        as they are."""
        if len(rows) <= COPY_FROM:
            return False
        raw = session.connection().connection.dbapi_connection
        stage = f"stage_{table}"
        names = ", ".join(columns)
        action = ("DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in update)
                  if update else "DO NOTHING")
        with raw.cursor() as cursor:
            cursor.execute(f"CREATE TEMP TABLE IF NOT EXISTS {stage} (LIKE {table} "
                           "INCLUDING DEFAULTS) ON COMMIT DELETE ROWS")
            cursor.execute(f"TRUNCATE {stage}")
            with cursor.copy(f"COPY {stage} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            cursor.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {stage} "
                           f"ON CONFLICT ({', '.join(conflict)}) {action}")
        return True


SQLITE = Dialect()
POSTGRESQL = PostgreSQL()
_BY_NAME = {d.name: d for d in (SQLITE, POSTGRESQL)}


def of(bind: Any) -> Dialect:
    """The dialect of a session, connection, engine or raw cursor (``raw_cursor``)."""
    if isinstance(bind, ServerCursor):
        return POSTGRESQL
    if isinstance(bind, sqlite3.Cursor):
        return SQLITE
    if hasattr(bind, "get_bind"):
        bind = bind.get_bind()
    return _BY_NAME[str(bind.dialect.name)]


class ServerCursor:
    """A PostgreSQL cursor that takes the statements the hot paths write for SQLite's
    driver: ``?`` placeholders, and ``IS ?`` (SQLite's equality that holds for NULL too)."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    @staticmethod
    def _sql(statement: str) -> str:
        return (statement.replace("%", "%%").replace(" IS ?", " IS NOT DISTINCT FROM ?")
                .replace("?", "%s"))

    def execute(self, statement: str, parameters: Any = ()) -> ServerCursor:
        self._cursor.execute(self._sql(statement), parameters or None)
        return self

    def executemany(self, statement: str, parameters: Iterable[Any]) -> ServerCursor:
        self._cursor.executemany(self._sql(statement), parameters)
        return self

    def fetchone(self) -> Any:
        return self._cursor.fetchone()

    def fetchall(self) -> list[Any]:
        return list(self._cursor.fetchall())

    def __iter__(self) -> Any:
        return iter(self._cursor)

    @property
    def rowcount(self) -> int:
        return int(self._cursor.rowcount)

    def close(self) -> None:
        self._cursor.close()
