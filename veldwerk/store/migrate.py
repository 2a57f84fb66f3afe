"""Schema changes only through Alembic; a file from a newer Veldwerk is never touched."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

import veldwerk
from veldwerk.errors import NewerProject

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def needs_upgrade(engine: Engine, path: Path) -> bool:
    """True when the file is older than this Veldwerk; raises when it is newer."""
    current = current_revision(engine)
    if current is None:
        return True
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if current not in known:
        raise NewerProject(path, _writer_version(engine) or "?")
    return current != head_revision()


def upgrade(engine: Engine) -> None:
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
