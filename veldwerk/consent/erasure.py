"""Real erasure, shared by withdrawal and retention: rows deleted with ``secure_delete``,
their past versions taken out of the change log, a content-free ``erase`` tombstone per
row for the bundles, then files overwritten, the database rebuilt and older backups
replaced — so the erased bytes are gone from the project folder, not just unlinked; and
what a killed import left in the private unpacking folder goes too (``unpack.sweep``)."""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, text
from sqlmodel import Session

from veldwerk import unpack
from veldwerk.domain import ownership
from veldwerk.domain.ownership import Plan
from veldwerk.i18n import translate
from veldwerk.mediastore import overwrite_and_unlink
from veldwerk.merge import erased
from veldwerk.search import index
from veldwerk.store import backup, changelog, dialect
from veldwerk.store.project import OpenProject


@dataclass
class Erased:
    """What :func:`finish` overwrites once the erasure is committed."""

    media: set[str] = field(default_factory=set)  # media files no row may name any more
    bundles: list[str] = field(default_factory=list)  # outbox files that held erased data


def erase_rows(session: Session, plan: Plan, tombstone: dict[str, Any] | None,
               log: bool = True) -> Erased:
    """Delete the planned rows and every version of them (also of rows they owned that
    were purged before).

    Bundles not yet delivered that hold any of it are made again without it; the files
    of those and of delivered ones that held it are overwritten in :func:`finish` (the
    coordinator has its own copy, and receives the erasure too). An erasure made in the
    coordinator's copy (``log``: not one that came from elsewhere) waits there for the
    laptops' next erasure list (``merge.erased``)."""
    from veldwerk.sync import outbox  # deferred: start-up

    if log:
        erased.note(session, plan)
    files = ownership.media_of(session, plan)
    undelivered, delivered = outbox.holding(session, [i for _t, ids in plan for i in ids],
                                            files)
    changelog.remove_rows(session, plan, "erase", tombstone,
                          forget=ownership.owner_references(plan), log=log)
    # Whatever arrives for these rows later (a late bundle, a restored laptop) is dropped.
    gone = [{"r": i, "t": t} for t, ids in plan for i in ids]
    if gone:
        session.execute(text("INSERT INTO erased_row (row_id, table_name) VALUES (:r, :t) "
                             "ON CONFLICT (row_id) DO NOTHING"), gone)
    forget_versions(session, plan, [i for _t, ids in plan for i in ids])
    outbox.remake(session, undelivered, files)
    return Erased(files, outbox.file_names(session, undelivered + delivered))


def forget_versions(session: Session, plan: Plan, ids: list[str]) -> None:
    """The coordinator's merge ledgers keep no content of erased rows: their versions
    (also those of rows they owned) are emptied, their conflicts and owners go."""
    from veldwerk.merge import trust  # deferred: start-up

    expanding = bindparam("ids", expanding=True)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        trust.settle_erased(session, chunk)
        session.execute(text("UPDATE row_version SET row = '{}' WHERE row_id IN :ids")
                        .bindparams(expanding), {"ids": chunk})
        session.execute(text("DELETE FROM merge_conflict WHERE row_id IN :ids")
                        .bindparams(expanding), {"ids": chunk})
        session.execute(text("DELETE FROM row_owner WHERE row_id IN :ids")
                        .bindparams(expanding), {"ids": chunk})
    for child, column, owners in ownership.owner_references(plan):
        field = dialect.of(session).json_text("row", column)
        session.execute(text(
            f"UPDATE row_version SET row = '{{}}' WHERE table_name = :t AND {field} IN :ids"
        ).bindparams(expanding), {"t": child, "ids": list(owners)})
        # A laptop's new row that waited under an erased owner (a note on another's
        # interview) goes too: its content is about them, and it has nowhere to go.
        hung = [str(r[0]) for r in session.execute(text(
            f"SELECT row_id FROM merge_conflict WHERE table_name = :t AND "
            f"{dialect.of(session).json_text('theirs', column)} IN :ids").bindparams(expanding),
            {"t": child, "ids": list(owners)})]
        if hung:
            trust.settle_erased(session, hung)
            session.execute(text("DELETE FROM merge_conflict WHERE table_name = :t AND "
                                 "row_id IN :ids").bindparams(expanding),
                            {"t": child, "ids": hung})


def finish(project: OpenProject, erased_rows: Erased) -> tuple[int, int]:
    """After the rows are committed: overwrite the files no row names any more, rebuild
    the database, replace the backups. Returns (files erased, backups replaced)."""
    with project.session() as session:
        unused = sorted(n for n in erased_rows.media if not ownership.referenced(session, n))
    erased = sum(overwrite_and_unlink(project.media / name) for name in unused)
    for name in erased_rows.bundles:
        overwrite_and_unlink(project.outbox / name)
    unpack.sweep()  # a bundle a killed import left unpacked may hold the person too
    rebuild_database(project)
    return erased, replace_backups(project)


def rebuild_database(project: OpenProject) -> None:
    """VACUUM rewrites every page, so free space that held old versions is gone, and the
    WAL (which holds copies of changed pages) is checkpointed and truncated to nothing.

    A team database (PostgreSQL) is rewritten with ``VACUUM FULL`` (new table files, the
    old ones removed); the server's own backups, WAL archives and replicas are out of
    Veldwerk's reach and keep what they held until they expire."""
    if project.on_server:
        with project.engine.connect().execution_options(
                isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM FULL"))
        return

    def work() -> None:
        connection = sqlite3.connect(project.path, timeout=30, isolation_level=None)
        try:
            connection.execute("PRAGMA secure_delete = ON")
            index.forget_erased(connection)  # the search index keeps old text in segments
            connection.execute("VACUUM")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()

    project.run(lambda _s: work(), translate("Consent", "the erasure"))


def replace_backups(project: OpenProject) -> int:
    """Older backups still hold what was erased: overwrite them, keep one made now (a team
    database's backups are the server's)."""
    if project.on_server:
        return 0
    old = backup.backups(project.backups)
    aside = [p for p in project.folder.glob("*.damaged-*") if p.is_file()]
    for path in [*old, *aside]:
        with contextlib.suppress(OSError):
            overwrite_and_unlink(path)
    backup.make_backup(project.path, project.backups, "after-erasure")
    return len(old) + len(aside)
