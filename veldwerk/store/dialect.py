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


def greatest(bind: Any, *expressions: str) -> str:
    function = "greatest" if is_server(bind) else "max"
    return f"{function}({', '.join(expressions)})"


def joined_text(bind: Any, expression: str, separator: str) -> str:
    """An aggregate joining the texts of a group."""
    function = "string_agg" if is_server(bind) else "group_concat"
    return f"{function}({expression}, '{separator}')"


def upsert(bind: Any, table: sa.Table) -> Any:
    """An ``INSERT`` that can take ``on_conflict_do_update``/``_nothing``, for either
    dialect."""
    if is_server(bind):
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)


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
