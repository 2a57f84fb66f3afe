"""The few pieces of SQL that differ between SQLite (a laptop, a coordinator working
alone) and PostgreSQL (a team's shared database): everything else is plain SQL that both
speak. Code that writes SQL by hand asks here instead of naming a dialect itself.

Placeholders: ``param`` is the placeholder as the caller writes it (``:name`` for
SQLAlchemy's ``text``, ``?`` for the raw cursors of the hot paths).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

POSTGRESQL = "postgresql"


def name(bind: Any) -> str:
    """The dialect of a session, connection or engine."""
    if hasattr(bind, "get_bind"):
        bind = bind.get_bind()
    return str(bind.dialect.name)


def is_server(bind: Any) -> bool:
    return name(bind) == POSTGRESQL


def values(bind: Any, param: str, cast: str = "") -> str:
    """A subquery of the values of a JSON list bound as ``param`` (any length, one
    parameter): ``x IN (<this>)``."""
    if is_server(bind):
        value = f"value::{cast}" if cast else "value"
        return f"SELECT {value} FROM json_array_elements_text(CAST({param} AS json)) AS value"
    return f"SELECT value FROM json_each({param})"


def json_text(bind: Any, column: str, key: str) -> str:
    """The text of one field of a JSON object held in a text column."""
    if is_server(bind):
        return f"(CAST({column} AS json) ->> '{key}')"
    return f"json_extract({column}, '$.{key}')"


def json_flag(bind: Any, column: str, key: str) -> str:
    """A JSON true/false field as 1/0 (NULL when absent)."""
    if is_server(bind):
        return (f"(CASE CAST({column} AS json) ->> '{key}' WHEN 'true' THEN 1 "
                "WHEN 'false' THEN 0 END)")
    return f"json_extract({column}, '$.{key}')"


def joined_text(bind: Any, expression: str, separator: str) -> str:
    """An aggregate joining the texts of a group."""
    function = "string_agg" if is_server(bind) else "group_concat"
    return f"{function}({expression}, '{separator}')"


def upsert(bind: Any, table: sa.Table) -> Any:
    """An ``INSERT`` that can take ``on_conflict_do_update``/``_nothing``, for either
    dialect."""
    if is_server(bind):
        from sqlalchemy.dialects.postgresql import insert  # deferred: start-up
    else:
        from sqlalchemy.dialects.sqlite import insert  # deferred: start-up
    return insert(table)


def copy_upsert(session: Any, table: str, columns: list[str], values: list[tuple[Any, ...]],
                conflict: list[str], update: list[str]) -> None:
    """PostgreSQL's fast way with many rows: ``COPY`` into a staging table (temporary,
    emptied at the commit), then one ``INSERT … SELECT … ON CONFLICT``. ``update`` empty:
    rows already there are left as they are."""
    raw = session.connection().connection.dbapi_connection
    stage = f"stage_{table}"
    names = ", ".join(columns)
    action = ("DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in update)
              if update else "DO NOTHING")
    with raw.cursor() as cursor:
        cursor.execute(f"CREATE TEMP TABLE IF NOT EXISTS {stage} (LIKE {table} INCLUDING "
                       "DEFAULTS) ON COMMIT DELETE ROWS")
        cursor.execute(f"TRUNCATE {stage}")
        with cursor.copy(f"COPY {stage} ({names}) FROM STDIN") as copy:
            for row in values:
                copy.write_row(row)
        cursor.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {stage} "
                       f"ON CONFLICT ({', '.join(conflict)}) {action}")


def any_of(bind: Any, sql: str) -> str:
    """``x IN :ids`` (an expanding list) as PostgreSQL takes a whole list in one array
    parameter: ``x = ANY(:ids)``."""
    return sql.replace(" IN :ids", " = ANY(:ids)") if is_server(bind) else sql


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

    def executemany(self, statement: str, parameters: Any) -> ServerCursor:
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
