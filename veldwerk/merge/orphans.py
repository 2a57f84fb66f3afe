"""What arrives for an erased person is dropped (ARCHITECTURE.md, the merge). A laptop
that has not heard of an erasure yet may still send an interview about the person. Its link
to the person is dropped entry by entry (``merge.apply``); the row of the interview may come
in the same bundle, before or after. So after a bundle's entries are applied
:func:`drop_orphans` erases every interview whose every link pointed at an erased person,
with what it owns, and counts it as dropped. A group conversation with others in it stays.
Interviews whose link was dropped but whose row has not come yet are remembered (ids only)
until it does.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, text
from sqlmodel import Session

from veldwerk.consent import erasure
from veldwerk.domain import ownership
from veldwerk.store import meta

LINKED_KEY = "erased_links"  # interview ids whose link to an erased person was dropped


def _in(session: Session, sql: str, ids: list[str]) -> set[str]:
    if not ids:
        return set()
    statement = text(sql).bindparams(bindparam("ids", expanding=True))
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        found.update(str(r[0]) for r in session.execute(statement,
                                                        {"ids": ids[start:start + 500]}))
    return found


def drop_orphans(session: Session, counts: Any, entries: list[dict[str, Any]]) -> None:
    """After a bundle's entries: erase the interviews left with no participant because
    every link they had pointed at an erased person; count what went as dropped."""
    links = [e["row"] for e in entries if e.get("table") == "interview_participant"
             and isinstance(e.get("row"), dict)]
    people = sorted({str(r.get("participant_id") or "") for r in links} - {""})
    erased = _in(session, "SELECT row_id FROM erased_row WHERE row_id IN :ids", people)
    lost = {str(r.get("interview_id") or "") for r in links
            if str(r.get("participant_id") or "") in erased} - {""}
    remembered = set(meta.get_json(session, LINKED_KEY) or [])
    arrived = {str(e.get("key")) for e in entries if e.get("table") == "interview"}
    todo = sorted(lost | (remembered & arrived))
    if not todo:
        return
    present = _in(session, "SELECT id FROM interview WHERE id IN :ids", todo)
    linked = _in(session, "SELECT interview_id FROM interview_participant WHERE "
                 "interview_id IN :ids", sorted(present))
    gone = _in(session, "SELECT row_id FROM erased_row WHERE row_id IN :ids", todo)
    doomed = sorted(present - linked)
    still = (remembered | lost) - present - gone  # their row has not come yet
    if still != remembered:
        meta.put_json(session, LINKED_KEY, sorted(still))
    if not doomed:
        return
    plan = ownership.closure(session, {"interview": doomed})
    counts.erased.append(erasure.erase_rows(session, plan, None, log=False))
    counts.erased_rows += [(t, i) for t, ids in plan for i in ids]
    counts.dropped += sum(len(ids) for _t, ids in plan)
