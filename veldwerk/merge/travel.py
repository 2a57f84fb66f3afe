"""A resolved conflict travels back to the laptops that hold the record (ARCHITECTURE.md,
the merge): the coordinator's chosen version becomes the row there and the base of the
laptop's next change, so that change merges as a plain update instead of clashing again.

Resolving is a database write that needs no keys; sending needs the signing key. So a
resolution first waits in ``veldwerk_meta`` as references only (table, row, version,
the versions it replaces, the laptops), and ``merge.answers`` turns what waits into one
sealed, signed file per laptop when the keys are at hand. The row's content is read from
``row_version`` then, so an erasure in between (which empties the versions) sends nothing.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from veldwerk.merge.apply import current
from veldwerk.store import meta, rows

WAITING_KEY = "resolutions_waiting"


def wait(session: Session, table: str, row_id: str) -> None:
    """Note the resolved row (a conflict's table and row) for the laptops whose bundles
    carried it."""
    row = current(session, rows.table_of(table), row_id)
    if row is None:
        return  # removed here: the laptop's copy is weighed when it next changes
    version = (str(row["change_device"]), int(row["change_seq"]))
    session.execute(text(  # the coordinator's own edit may not be a known version yet
        "INSERT INTO row_version (device_id, seq, table_name, row_id, op, row) VALUES "
        "(:d, :s, :t, :r, 'update', :row) ON CONFLICT (device_id, seq) DO NOTHING"),
        {"d": version[0], "s": version[1], "t": table, "r": row_id,
         "row": json.dumps(row, ensure_ascii=False, sort_keys=True)})
    seen = [(str(d), int(s)) for d, s in session.execute(text(
        "SELECT device_id, seq FROM row_version WHERE table_name = :t AND row_id = :r"),
        {"t": table, "r": row_id})]
    me = str(session.info.get("device_id", ""))
    laptops = sorted({d for d, _s in seen if d != me})
    if not laptops:
        return
    aliases = list(session.execute(text("SELECT row_id FROM row_alias WHERE kept_id = :r"),
                                   {"r": row_id}).scalars())
    item = {"table": table, "ids": [row_id, *aliases],
            "version": list(version), "replaces": sorted(
                [d, s] for d, s in seen if (d, s) != version), "to": laptops}
    waiting: list[dict[str, Any]] = meta.get_json(session, WAITING_KEY) or []
    meta.put_json(session, WAITING_KEY, [*waiting, item])


def waiting(session: Session) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = meta.get_json(session, WAITING_KEY) or []
    return found


def by_laptop(session: Session, items: list[dict[str, Any]]
              ) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
    """Per laptop: its approved signing keys and the rows to send it. A version emptied
    by an erasure since, or a laptop no longer let in, gets nothing."""
    out: dict[str, tuple[list[str], list[dict[str, Any]]]] = {}
    for item in items:
        content = session.execute(text(
            "SELECT row FROM row_version WHERE device_id = :d AND seq = :s"),
            {"d": item["version"][0], "s": item["version"][1]}).scalar()
        row = json.loads(content) if content else {}
        if not row:
            continue
        for laptop in item["to"]:
            keys = list(session.execute(text(
                "SELECT device_key FROM team_device WHERE device_id = :d AND status = "
                "'approved' ORDER BY device_key"), {"d": laptop}).scalars())
            if keys:
                out.setdefault(laptop, (keys, []))[1].append(
                    {"table": item["table"], "ids": item["ids"], "row": row,
                     "replaces": item["replaces"]})
    return out


def done(session: Session, sent: list[dict[str, Any]]) -> None:
    """Forget what went (what was resolved meanwhile stays for the next time)."""
    left = [item for item in waiting(session) if item not in sent]
    meta.put_json(session, WAITING_KEY, left)
