"""A resolution from the coordinator, applied on this laptop (ARCHITECTURE.md, bundles):
the version the coordinator chose for a record in conflict becomes the row here, written
as it is (not stamped, not logged: it is the coordinator's version, not this laptop's
change), so this laptop's next change of it carries that version as its base.

Only a row still at a version the coordinator had weighed is replaced. A row changed here
since keeps this laptop's text: that change goes to the coordinator with the old base and
is weighed there (a new conflict, never a silent overwrite). The file comes from
elsewhere: whatever does not fit ends as a reason in ``Applied.refused``.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from veldwerk.bundle import keys as keymod
from veldwerk.domain.ownership import COORDINATOR_TABLES
from veldwerk.errors import SyncError, database_words
from veldwerk.i18n import translate
from veldwerk.merge.apply import current
from veldwerk.store import rows
from veldwerk.store.project import OpenProject


def apply(project: OpenProject, payload: dict[str, Any], result: Any) -> None:
    """Apply one resolution file's rows; ``result`` is ``downstream.Applied``."""
    if payload.get("device") != project.device.id:
        return
    try:
        sealed = base64.b64decode(str(payload["sealed"]), validate=True)
        items = json.loads(keymod.open_sealed(sealed, project.data_folder))["rows"]
        if not isinstance(items, list):
            raise TypeError(items)
    except SyncError as exc:
        result.refused.append(_unused(str(exc)))
        return
    except (KeyError, TypeError, ValueError, binascii.Error):
        result.refused.append(_unused(translate("Sync", "it could not be read")))
        return

    def work(session: Session) -> None:
        for item in items:
            why = _one(session, item, result)
            if why:
                result.refused.append(why)

    project.run(work, translate("Sync", "the coordinator's resolution"))


def _unused(why: str) -> str:
    return translate("Sync", "A resolution from the coordinator was not used: {why}.").format(
        why=why)


def _one(session: Session, item: Any, result: Any) -> str:
    """One resolved row; returns why it was not used ("" when it was, or need not be)."""
    try:
        table_name = str(item["table"])
        row = dict(item["row"])
        ids = [str(i) for i in item["ids"]]
        replaces = {(str(d), int(s)) for d, s in item["replaces"]}
        version = (str(row["change_device"]), int(row["change_seq"]))
    except (KeyError, TypeError, ValueError):
        return _unused(translate("Sync", "a row in it could not be read"))
    if table_name in COORDINATOR_TABLES:
        return _unused(translate("Sync", "it tried to change {table}").format(table=table_name))
    try:
        table = rows.table_of(table_name)
    except SyncError as exc:
        return _unused(str(exc))
    held = next((i for i in ids if current(session, table, i) is not None), None)
    if held is None or "id" not in table.c:
        return _unused(translate("Sync", "the record ({table} {id}) is not on this laptop"
                                 ).format(table=table_name, id=(ids or ["?"])[0][-8:]))
    stored = current(session, table, held)
    assert stored is not None
    now = (str(stored["change_device"]), int(stored["change_seq"]))
    if now == version:
        return ""  # taken before
    if now not in replaces:
        result.kept_rows += 1  # changed here since: the coordinator weighs that change
        return ""
    try:
        with session.begin_nested():
            rows.upsert(session, table_name, [{**row, "id": held}])
    except SyncError as exc:
        return _unused(str(exc))
    except SQLAlchemyError as exc:  # table, column and constraint; never the row's values
        return _unused(database_words(exc))
    result.resolved_rows += 1
    return ""
