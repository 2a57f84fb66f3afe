"""Rows written as they arrived from elsewhere (a project file, a project update, a conflict
the coordinator resolved): upserted as they are, not stamped and not logged here, since they
are someone else's changes, not this laptop's.

Entries are not parent-before-child (a project row may follow its phases), so the
transaction defers its foreign keys to the commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

from veldwerk.domain import load_all
from veldwerk.domain.ownership import MEDIA
from veldwerk.errors import SyncError
from veldwerk.fsutil import plain_name
from veldwerk.i18n import translate
from veldwerk.store import dialect
from veldwerk.store.changelog import touched


def defer_foreign_keys(session: Session) -> None:
    """Foreign keys are checked at the commit, not row by row, for the rest of this
    transaction."""
    dialect.of(session).defer_foreign_keys(session)


def table_of(name: str) -> sa.Table:
    table = load_all().tables.get(name)
    if table is None:
        raise SyncError(translate("Sync", "Unknown table {name}: the file was made by a newer "
                                  "Veldwerk or is damaged.").format(name=name))
    return table


def _readers(table: sa.Table) -> list[tuple[str, Any]]:
    """(column, parse) for the columns stored as text in JSON that are not text here."""
    found = _READERS.get(table.name)
    if found is None:
        found = [(c.key, read) for c in table.columns if (read := _reader(c)) is not None]
        _READERS[table.name] = found
    return found


_READERS: dict[str, list[tuple[str, Any]]] = {}


def _reader(column: sa.Column[Any]) -> Any:
    kind = getattr(column.type, "impl", column.type)
    if isinstance(kind, sa.DateTime):
        return datetime.fromisoformat
    if isinstance(kind, sa.Date):
        return date.fromisoformat
    return None


REQUIRED = frozenset(("id", "created_at", "updated_at", "origin_device", "change_device",
                      "change_seq"))


def column_defaults(table_name: str) -> dict[str, Any]:
    """Each column's default as the model gives it (what a new row here would hold): a
    row from an older Veldwerk gets them here, and the bundle check allows their absence."""

    for mapper in SQLModel._sa_registry.mappers:
        if getattr(mapper.local_table, "name", None) == table_name:
            fields = mapper.class_.model_fields
            return {name: info.get_default(call_default_factory=True)
                    for name, info in fields.items() if not info.is_required()}
    return {}


def from_json(table: sa.Table, row: dict[str, Any]) -> dict[str, Any]:
    """A row as ``row_dict`` wrote it, with its dates and times as Python values.

    A row from an older Veldwerk lacks the columns added since: they get the default a
    new row here would have. A row with a column this Veldwerk does not know (or without
    its identity) is refused."""
    names = {c.key for c in table.columns}
    unknown, missing = set(row) - names, names - set(row)
    defaults = column_defaults(table.name) if missing else {}
    refused = unknown | (missing & REQUIRED) | (missing - set(defaults))
    if refused:
        raise SyncError(translate("Sync", "A {table} row does not fit this Veldwerk's table "
                                  "(columns {columns}).").format(
            table=table.name, columns=", ".join(sorted(refused))))
    out = {**{name: defaults[name] for name in missing}, **row} if missing else dict(row)
    _check_file_names(table.name, out)
    for key, read in _readers(table):
        if out[key] is not None:
            try:
                out[key] = read(out[key])
            except (TypeError, ValueError) as exc:
                raise SyncError(translate("Sync", "A {table} row has an unreadable date "
                                          "({column} of row {id}).").format(
                    table=table.name, column=key, id=str(out.get("id")))) from exc
    return out


def _check_file_names(table_name: str, row: dict[str, Any]) -> None:
    """A column that names a media file becomes a path (``media/<name>``) when the file is
    played, exported or erased: from elsewhere only a plain file name is taken."""
    for column in MEDIA.get(table_name, ()):
        value = row.get(column)
        if value not in (None, "") and not plain_name(value):
            raise SyncError(translate("Sync", "A {table} row names a file that is not a plain "
                                      "file name ({column} of row {id}); it is not taken.")
                            .format(table=table_name, column=column, id=str(row.get("id"))))


def upsert(session: Session, table_name: str, rows: Sequence[dict[str, Any]]) -> None:
    """Insert or replace whole rows by id (``insert`` and ``update`` both mean this)."""
    if not rows:
        return
    table = table_of(table_name)
    sql_of = dialect.of(session)
    columns = [c.key for c in table.columns]
    parsed = [from_json(table, row) for row in rows]
    if sql_of.bulk_upsert(session, table_name, columns,
                          [tuple(r[c] for c in columns) for r in parsed],
                          ["id"], [c for c in columns if c != "id"]):
        touched(session).add(table_name)
        return
    statement = sql_of.insert(table)
    statement = statement.on_conflict_do_update(
        index_elements=["id"],
        set_={c.key: statement.excluded[c.key] for c in table.columns if c.key != "id"})
    session.execute(statement, parsed)
    touched(session).add(table_name)
