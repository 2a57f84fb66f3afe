"""A coordinator's project moved into a team database (PostgreSQL): every row of every
table, ledgers and local facts included, in one transaction, so the database either holds
the whole project or stays empty. The media, inbox and answers stay in the project's
folder, which the coordinators then share; the SQLite file is left as it was.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa

from veldwerk.domain import load_all
from veldwerk.errors import StorageError
from veldwerk.i18n import translate
from veldwerk.projects import empty_server
from veldwerk.store import migrate
from veldwerk.store.engine import make_server_engine
from veldwerk.store.project import OpenProject, reach, shown_url

Progress = Callable[[int, int], None]  # (tables done, tables in all)
CHUNK = 2000


def copy_to_server(project: OpenProject, url: str, progress: Progress | None = None) -> int:
    """Copy ``project`` (a SQLite project, opened for writing so nobody changes it
    meanwhile) into the empty database at ``url``; returns the number of rows copied."""
    if project.on_server:
        raise StorageError(translate("Errors", "This project is already in a team database."))
    empty_server(url)
    server = make_server_engine(url)
    copied = 0
    try:
        reach(server, url)
        migrate.upgrade(server)
        tables = [t for t in load_all().sorted_tables if t.name != "alembic_version"]
        with project.engine.connect() as source, server.begin() as target:
            target.execute(sa.text("SET CONSTRAINTS ALL DEFERRED"))
            target.execute(sa.text("DELETE FROM veldwerk_meta"))
            for number, table in enumerate(tables):
                if progress is not None:
                    progress(number, len(tables))
                result = source.execution_options(stream_results=True).execute(table.select())
                while batch := result.fetchmany(CHUNK):
                    target.execute(table.insert(), [dict(row._mapping) for row in batch])
                    copied += len(batch)
            # The search index is SQLite's own; the server reads its text with LIKE.
        if progress is not None:
            progress(len(tables), len(tables))
    except sa.exc.SQLAlchemyError as exc:
        raise StorageError(translate(
            "Errors", "The project could not be copied into {url}: {reason}").format(
            url=shown_url(url), reason=str(getattr(exc, "orig", exc)).strip().splitlines()[0]),
            hint=translate("Errors", "Nothing was kept there; the project here is unchanged."),
        ) from exc
    finally:
        server.dispose()
    return copied
