"""Erasure and the laptops (ARCHITECTURE.md, the merge): every erasure reaches every
laptop, wherever it was made, and what arrives later for an erased person is dropped.

- An erasure the coordinator makes itself (a withdrawal in the app or with ``withdraw
  --erase``, retention) is noted in ``veldwerk_meta`` in its own transaction
  (:func:`note`): the keys may be locked then. The next moment they are open
  (``answers.answer`` after an import, the Inbox's round, ``conflicts resolve
  --identity``) :func:`queue` turns what waits into one signed erasure list in
  ``answers/``, which ``answers.publish`` puts in every laptop's place. Erasures that came
  in a bundle go out from the import's ``Counts`` as before.
- A laptop that has not heard of an erasure yet may still send an interview about the
  person. Its link to the person is dropped entry by entry (``merge.apply``); the row of
  the interview may come in the same bundle, before or after. So after a bundle's entries
  are applied :func:`drop_orphans` erases every interview whose every link pointed at an
  erased person, with what it owns, and counts it as dropped. A group conversation with
  others in it stays. Interviews whose link was dropped but whose row has not come yet
  are remembered (ids only) until it does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, text
from sqlmodel import Session

from veldwerk.domain import ownership
from veldwerk.store import meta

WAITING_KEY = "erasures_waiting"  # {"participants": [ids], "rows": [[table, id], ...]}
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


def note(session: Session, plan: ownership.Plan) -> None:
    """Remember an erasure made here for the laptops' next erasure list (ids only)."""
    from veldwerk.merge import coordinates

    if not plan or not coordinates(session):  # no laptop holds rows of this copy
        return
    waiting = meta.get_json(session, WAITING_KEY) or {"participants": [], "rows": []}
    people = dict.fromkeys(waiting["participants"])
    people.update(dict.fromkeys(i for t, ids in plan if t == "participant" for i in ids))
    found = {tuple(r): None for r in waiting["rows"]}
    found.update({(t, i): None for t, ids in plan for i in ids})
    meta.put_json(session, WAITING_KEY, {"participants": list(people),
                                         "rows": [list(r) for r in found]})


def queue(project: Any, keys: Any) -> Path | None:
    """What waits becomes one signed erasure list in ``answers/``; written and forgotten in
    one writer transaction, so two rounds at once never both send it."""
    from veldwerk.merge import answers
    from veldwerk.sync import downstream

    def work(session: Session) -> Path | None:
        waiting = meta.get_json(session, WAITING_KEY)
        if not waiting:
            return None
        project_id = str(session.execute(text("SELECT id FROM project")).scalar())
        name, data = downstream.make_erasure_list(
            keys, project_id, list(waiting["participants"]),
            [(str(t), str(i)) for t, i in waiting["rows"]])
        path = answers.queue(project, (downstream.SHARED_FOLDER,), name, data)
        session.execute(text("DELETE FROM veldwerk_meta WHERE key = :k"), {"k": WAITING_KEY})
        return path

    result: Path | None = project.run(work)
    return result


def drop_orphans(session: Session, counts: Any, entries: list[dict[str, Any]]) -> None:
    """After a bundle's entries: erase the interviews left with no participant because
    every link they had pointed at an erased person; count what went as dropped."""
    from veldwerk.consent import erasure

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
