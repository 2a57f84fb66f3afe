"""Whose a row is, at the coordinator (ARCHITECTURE.md, trust): the laptop whose signed
bundle first brought it, kept in ``row_owner``; a row here without an entry is the
coordinator's. Never read from the row's own fields: ``origin_device``, ``change_device``
and ``change_seq`` are set here from the bundle (the owner, the sender, the entry's
number), whatever the laptop wrote in them.

A laptop changes its own rows. A change to another's row, a new row hung under another's
interview, recording or participant, and an erasure or withdrawal of a person the laptop
did not bring wait for the coordinator as a conflict (``FOREIGN``, ``PURGE``, ``ERASE``).
A link between the laptop's own interview and any participant is the laptop's own, and so
is a transcript of any recording: whichever computer holds a recording may transcribe it,
and the transcript (with its segments) is its maker's; a segment hung under another's
transcript waits.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import bindparam, text
from sqlmodel import Session

from veldwerk.store import dialect, meta

FOREIGN, PURGE, ERASE = "foreign", "purge", "erase"
KINDS = (FOREIGN, PURGE, ERASE)
# A new row of these tables is the sender's only if the row it hangs under is: a note on
# another laptop's interview, a consent record for another laptop's participant wait.
# A link is judged by its interview alone (the laptop's interview, anyone taking part).
PARENT: dict[str, tuple[str, str]] = {
    "note": ("interview_id", "interview"),
    "recording": ("interview_id", "interview"),
    "interview_participant": ("interview_id", "interview"),
    "interview_interviewer": ("interview_id", "interview"),
    "marker": ("recording_id", "recording"),
    "participant_identity": ("participant_id", "participant"),
    "consent_record": ("participant_id", "participant"),
    "consent_evidence": ("participant_id", "participant"),
    "withdrawal": ("participant_id", "participant"),
    # Not "transcript": its recording may be another's (the coordinator transcribing a
    # laptop's Opus copy, a laptop a recording it holds); one per recording is the merge's.
    "transcript_segment": ("transcript_id", "transcript"),
}
# What a laptop is told per change in its receipt (no content: table, row, number, why).
WAITING, REFUSED, APPLIED = "waiting", "refused", "applied"
NEWS_KEY = "change_news"  # per laptop: what became of its changes that waited
CHUNK = 500
# A laptop's rows live in these tables. Ids are unique across them: an id a row of another
# table already has is nobody's to take, so a row sent under it is not the sender's (a
# laptop must not claim the coordinator's interview by sending a note with its id).
CONTENT_TABLES = ("participant", "participant_identity", "interview", "interview_participant",
                  "interview_interviewer", "note", "recording", "marker", "consent_record",
                  "consent_evidence", "withdrawal", "transcript", "transcript_segment")
ELSEWHERE = ""  # the owner of a row whose id another table's row has: no device


def _select(session: Session, sql: str, ids: list[str]) -> list[Any]:
    return dialect.of(session).select_in(session, sql, ids)


class Owners:
    """Owners of the rows one bundle names, read in one query for the ledger and one per
    table for rows here without an entry (the coordinator's); kept current as the bundle
    brings new rows."""

    def __init__(self, session: Session, me: str) -> None:
        self.session = session
        self.me = me
        # (table, row id) -> device; None: not here, nobody's; ELSEWHERE: the id is another
        # table's row's
        self.known: dict[tuple[str, str], str | None] = {}

    def load(self, wanted: Iterable[tuple[str, str]],
             here: dict[tuple[str, str], bool] | None = None) -> None:
        """Read the owners of (table, row id) pairs not known yet; ``here`` says of some
        whether the row is here (the batch read that already)."""
        here = here or {}
        fresh: dict[str, set[str]] = {}
        for table, row_id in wanted:
            if row_id and (table, row_id) not in self.known:
                fresh.setdefault(table, set()).add(row_id)
        ids = sorted({i for found in fresh.values() for i in found})
        if not ids:
            return
        owned = {r[0]: (str(r[1]), str(r[2])) for r in _select(
            self.session, "SELECT row_id, device_id, table_name FROM row_owner WHERE "
                          "row_id IN :ids", ids)}
        absent: dict[str, set[str]] = {}
        for table, found in fresh.items():
            rest = sorted(i for i in found - owned.keys() if (table, i) not in here)
            present = {i for i in found if here.get((table, i))} | {r[0] for r in _select(
                self.session, f"SELECT id FROM {table} WHERE id IN :ids", rest)}
            for row_id in found:
                if row_id in owned:
                    device, where = owned[row_id]
                    self.known[(table, row_id)] = device if where == table else ELSEWHERE
                elif row_id in present:
                    self.known[(table, row_id)] = self.me
                else:
                    self.known[(table, row_id)] = None
                    absent.setdefault(table, set()).add(row_id)
        # A new row's id that the coordinator's row of another table has (the ledger names
        # only laptops' rows) is nobody's to take.
        for other in CONTENT_TABLES:
            wanted_ids = sorted({i for t, found in absent.items() if t != other for i in found})
            for (row_id,) in _select(self.session, f"SELECT id FROM {other} WHERE id IN :ids",
                                     wanted_ids):
                for table, found in absent.items():
                    if table != other and row_id in found:
                        self.known[(table, row_id)] = ELSEWHERE

    def of(self, table: str, row_id: str) -> str | None:
        """The row's owner, or None for a row that is not here and nobody's yet."""
        if (table, row_id) not in self.known:
            self.load([(table, row_id)])
        return self.known.get((table, row_id))

    def parent(self, table: str, row: dict[str, Any]) -> str | None:
        """The owner of the row a new row hangs under (None: none, or not here)."""
        found = PARENT.get(table)
        if found is None or not row.get(found[0]):
            return None
        return self.of(found[1], str(row[found[0]]))

    def claim(self, table: str, row_id: str, device: str) -> None:
        """A new row is its sender's from now on."""
        self.known[(table, row_id)] = device
        claim(self.session, [(row_id, table, device)])


def claim(session: Session, owned: list[tuple[str, str, str]]) -> None:
    """(row id, table, device) of new rows; a row that has an owner keeps it."""
    if owned:
        session.execute(text(
            "INSERT INTO row_owner (row_id, table_name, device_id) VALUES (:r, :t, :d) "
            "ON CONFLICT (row_id) DO NOTHING"),
            [{"r": r, "t": t, "d": d} for r, t, d in owned])


def wanted(entries: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """The (table, row id) pairs whose owners a bundle's entries need: their own rows, and
    the rows new ones hang under."""
    out = []
    for entry in entries:
        table = str(entry.get("table"))
        out.append((table, str(entry.get("key"))))
        row = entry.get("row")
        found = PARENT.get(table)
        if found is not None and isinstance(row, dict) and row.get(found[0]):
            out.append((found[1], str(row[found[0]])))
    return out


def stamp(entry: dict[str, Any], owner: str | None) -> None:
    """The row's provenance as the coordinator knows it, not as the laptop wrote it."""
    row = entry.get("row")
    if isinstance(row, dict) and row:
        row["origin_device"] = owner or entry["device"]
        row["change_device"] = entry["device"]
        row["change_seq"] = int(entry["sequence"])


def moved(owners: Owners, entry: dict[str, Any], stored: dict[str, Any] | None) -> bool:
    """Does a change of the sender's own row hang it under another's row, or make it a
    withdrawal of kind erase of a person the laptop did not bring? Either is what a new
    row would wait for (a laptop must not erase another's person by turning its own
    withdrawal into one)."""
    row = entry.get("row")
    found = PARENT.get(str(entry["table"]))
    if found is None or not isinstance(row, dict) or not row.get(found[0]):
        return False
    sender, parent = str(entry["device"]), str(row[found[0]])
    stored = stored or {}
    if entry["table"] == "withdrawal" and row.get("kind") == "erase" and (
            stored.get("kind") != "erase" or str(stored.get(found[0]) or "") != parent):
        return owners.of(found[1], parent) not in (None, sender)
    if str(stored.get(found[0]) or "") == parent:
        return False  # where it was: the laptop's own row stays its own
    return owners.of(found[1], parent) not in (None, sender)


def allowed(owners: Owners, entry: dict[str, Any], row_id: str,
            stored: dict[str, Any] | None = None) -> bool:
    """May the sender make this change without the coordinator deciding? ``stored``: the
    row as it is here, for a change of the sender's own row."""
    sender = str(entry["device"])
    table, op = str(entry["table"]), str(entry["operation"])
    owner = owners.of(table, row_id)
    if owner is not None:
        return owner == sender and not (op in ("insert", "update", "delete")
                                        and moved(owners, entry, stored))
    if op in ("purge", "erase"):
        return True  # not here and nobody's: nothing to remove
    row = entry.get("row")
    parent = owners.parent(table, row) if isinstance(row, dict) else None
    return parent is None or parent == sender


def note(entry: dict[str, Any], status: str, why: str) -> dict[str, Any]:
    """One line of a receipt about a change: which, what became of it, why."""
    return {"table": str(entry["table"]), "row": str(entry["key"]),
            "sequence": int(entry["sequence"]), "status": status, "why": why}


def forget(session: Session, ids: list[str]) -> None:
    """An erasure takes the rows' owners with their other ledger entries."""
    expanding = bindparam("ids", expanding=True)
    for start in range(0, len(ids), CHUNK):
        session.execute(text("DELETE FROM row_owner WHERE row_id IN :ids").bindparams(
            expanding), {"ids": ids[start:start + CHUNK]})


def tell(session: Session, device: str, news: list[dict[str, Any]]) -> None:
    """Note for the laptop's next receipt what became of changes of its that waited."""
    if news:
        waiting: dict[str, list[dict[str, Any]]] = meta.get_json(session, NEWS_KEY) or {}
        waiting.setdefault(device, []).extend(news)
        meta.put_json(session, NEWS_KEY, waiting)


def settle_erased(session: Session, ids: list[str]) -> None:
    """Requests about rows an erasure takes end with it: the laptops that asked hear it
    (an erasure they asked for as done, a change as refused)."""
    found = _select(session, "SELECT device_id, table_name, row_id, seq, kind FROM "
                             "merge_conflict WHERE row_id IN :ids AND status = 'open'", ids)
    for device, table, row_id, seq, kind in found:
        if kind in KINDS:
            tell(session, str(device), [{"table": str(table), "row": str(row_id),
                                         "sequence": int(seq), "why": str(kind),
                                         "status": APPLIED if kind == ERASE else REFUSED}])
