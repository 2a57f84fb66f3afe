"""Erasure and the laptops (ARCHITECTURE.md, the merge): every erasure reaches every
laptop, wherever it was made. An erasure the coordinator makes itself (a withdrawal in the
app or with ``withdraw --erase``, retention) is noted in ``veldwerk_meta`` in its own
transaction (:func:`note`): the keys may be locked then. The next moment they are open
(``answers.answer`` after an import, the Inbox's round, ``conflicts resolve --identity``)
``answers.queue_erasures`` turns what waits into one signed erasure list in ``answers/``,
which ``answers.publish`` puts in every laptop's place. Erasures that came in a bundle go
out from the import's ``Counts``. What arrives later for an erased person is dropped
(``merge.orphans``).
"""

from __future__ import annotations

from sqlmodel import Session

from veldwerk.domain import ownership
from veldwerk.merge import is_coordinator
from veldwerk.store import meta

WAITING_KEY = "erasures_waiting"  # {"participants": [ids], "rows": [[table, id], ...]}


def note(session: Session, plan: ownership.Plan) -> None:
    """Remember an erasure made here for the laptops' next erasure list (ids only)."""
    if not plan or not is_coordinator(session):  # no laptop holds rows of this copy
        return
    waiting = meta.get_json(session, WAITING_KEY) or {"participants": [], "rows": []}
    people = dict.fromkeys(waiting["participants"])
    people.update(dict.fromkeys(i for t, ids in plan if t == "participant" for i in ids))
    found = {tuple(r): None for r in waiting["rows"]}
    found.update({(t, i): None for t, ids in plan for i in ids})
    meta.put_json(session, WAITING_KEY, {"participants": list(people),
                                         "rows": [list(r) for r in found]})
