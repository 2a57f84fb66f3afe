"""The coordinator's merge (ARCHITECTURE.md, the merge): bundles in (``inbox``), applied
by the rules in ``apply`` and ``batch``, decided by a person where the rules stop
(``decisions``), and answered with receipts, erasure lists and updates (``answers``).

This package's own module is light (the main window asks it at start-up); the rest loads
when used.
"""

from __future__ import annotations

from typing import Any

from veldwerk.errors import SyncError
from veldwerk.i18n import translate


def is_coordinator(session: Any) -> bool:
    """Is this the coordinator's copy (keys made, not joined from a project file)?"""
    # Imported here: building the command line imports this package and must stay light.
    from sqlalchemy import text  # deferred: start-up

    from veldwerk.store.meta import COORDINATOR_KEY  # deferred: start-up
    from veldwerk.store.project import JOINED_KEY  # deferred: start-up

    keys = set(session.execute(text("SELECT key FROM veldwerk_meta WHERE key IN (:j, :c)"),
                               {"j": JOINED_KEY, "c": COORDINATOR_KEY}).scalars())
    return keys == {COORDINATOR_KEY}


def coordinator_only(project: Any) -> None:
    """The coordinator's commands refuse a laptop's copy with a sentence that says where
    they belong, instead of an empty list or a "not found" that sends a member searching."""
    if not project.joined:
        return
    raise SyncError(translate("Sync", "This is a coordinator's command, and this copy is a "
                              "laptop's: laptops, bundles and conflicts are handled in the "
                              "coordinator's copy of the project."),
                    hint=translate("Sync", "On a laptop, veldwerk sync delivers the work and "
                                   "changes --coordinator shows what the coordinator said."))
