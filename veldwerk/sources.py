"""What search reads, declared once: each source table, the columns its word search
indexes (``search/words.py`` on SQLite, ``search/server.py`` on PostgreSQL), the columns
the list's text filter finds (``search/index.py``) and the interview a row belongs to.
An interview's columns are its fields marked ``search`` in ``fields.py``.

A migration that changes what a source indexes calls the indexes' ``install`` again.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import inspect

from veldwerk import fields


class Source(NamedTuple):
    table: str
    words: tuple[str, ...]  # indexed for the word search (Edit › Search all notes)
    listed: tuple[str, ...]  # found by the interview list's text filter ('' for none)
    owner: str  # the interview it belongs to, as SQL on {row} (NEW, OLD, t)


def sources() -> dict[str, Source]:
    """Every source by its table, in the order search reads them."""
    searched = fields.searched()
    return {s.table: s for s in (
        Source("note", ("text",), (), "{row}.interview_id"),
        Source("interview", searched, searched, "{row}.id"),
        Source("marker", ("label",), (),
               "(SELECT interview_id FROM recording WHERE id = {row}.recording_id)"),
        Source("participant", ("note",), ("code",), "NULL"),
        # What was said: a hit opens the player at the segment (0016).
        Source("transcript_segment", ("text",), (),
               "(SELECT rc.interview_id FROM transcript tr JOIN recording rc ON "
               "rc.id = tr.recording_id WHERE tr.id = {row}.transcript_id)"),
    )}


def words(connection: Any = None) -> dict[str, tuple[tuple[str, ...], str]]:
    """The word search's sources: table -> (indexed columns, owner); with a
    ``connection``, only the columns its tables have (see :func:`existing`)."""
    found = {s.table: (existing(connection, s.table, s.words), s.owner)
             for s in sources().values() if s.words}
    return {table: indexed for table, indexed in found.items() if indexed[0]}


def listed(connection: Any = None) -> dict[str, tuple[str, ...]]:
    """The list's text filter's sources: table -> columns (``connection``: as ``words``)."""
    found = {s.table: existing(connection, s.table, s.listed)
             for s in sources().values() if s.listed}
    return {table: columns for table, columns in found.items() if columns}


def existing(connection: Any, table: str, columns: tuple[str, ...]) -> tuple[str, ...]:
    """The declared columns the table has now: an early migration installs the indexes
    before a later one adds a column or a table declared since (which installs them
    again)."""
    if connection is None:
        return columns
    found = inspect(connection)
    if not found.has_table(table):
        return ()
    have = {column["name"] for column in found.get_columns(table)}
    return tuple(c for c in columns if c in have)
