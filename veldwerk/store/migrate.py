"""Schema changes only through Alembic; a file from a newer Veldwerk is never touched.

Alembic is imported only when a file needs migrating: the usual open compares the
file's revision with ``HEAD`` and is done, which keeps start-up fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

import veldwerk
from veldwerk.errors import NewerProject

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions; a test keeps it equal to Alembic's head.
HEAD = "0016"


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Derived tables (the search index and its FTS5 shadow tables) are not models."""
    return not (type_ == "table" and name is not None and name.startswith("search_"))


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config  # deferred: start-up

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory  # deferred: start-up

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def head_revision() -> str:
    from alembic.script import ScriptDirectory  # deferred: start-up

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def needs_upgrade(engine: Engine, path: Path | str) -> bool:
    """True when the file is older than this Veldwerk; raises when it is newer."""
    current = current_revision(engine)
    if current == HEAD:
        return False
    if current is None:
        return True
    if current not in known_revisions():
        raise NewerProject(path, _writer_version(engine) or "?")
    return True


def upgrade(engine: Engine) -> None:
    from alembic import command  # deferred: start-up

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
        connection.execute(
            text("INSERT INTO veldwerk_meta(key, value) VALUES ('written_by', :v) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
            {"v": veldwerk.__version__},
        )


def _writer_version(engine: Engine) -> str | None:
    try:
        with engine.connect() as connection:
            row = connection.execute(
                text("SELECT value FROM veldwerk_meta WHERE key = 'written_by'")
            ).first()
    except Exception:
        return None
    return row[0] if row else None
