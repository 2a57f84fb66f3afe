"""Applying one laptop's change-log entries to the coordinator's project (ARCHITECTURE.md,
the merge).

Rows are written with SQLAlchemy Core as they were sent: not stamped, not logged (they
are the laptop's changes, not the coordinator's). Every entry goes into ``row_version``
first, so a replay is a no-op and a later entry's base can be looked up. The rules:

- ``insert`` and ``update`` upsert. When the entry's base is the row's current version
  it applies; otherwise the fields are compared with the base version: fields changed on
  one side merge, a field changed two ways is a conflict (the row keeps what it has, the
  other value waits in ``merge_conflict``). Laptop clocks never decide anything.
- ``delete`` is an upsert with ``deleted_at``; ``purge`` deletes (with what the row owns)
  when its base is current, else it is a conflict; an edit of a row the coordinator
  removed is a conflict, never a revival.
- ``erase`` wins: the row goes with everything it owns, its id enters ``erased_row``, its
  versions lose their content, and whatever arrives for it later is dropped and counted,
  as are rows that point at an erased participant, interview or recording. A withdrawal
  of kind erase erases that person here too, whatever laptop their rows came from.
- The coordinator's tables change only from the coordinator: a laptop's change to them is
  counted as refused, not applied.
- Whose a row is, is the coordinator's ledger's word (``merge.trust``): a laptop changes,
  removes and erases its own rows. A change, purge or erasure of another's row (another
  laptop's or the coordinator's), a new row hung under another's interview, recording or
  participant, and a withdrawal of kind erase of a person the laptop did not bring are
  not applied: each waits as a conflict (``foreign``, ``purge``, ``erase``) for the
  coordinator. A row's ``origin_device``, ``change_device`` and ``change_seq`` are set
  from the bundle (its owner, its sender, the entry's number), never taken as sent.
- Natural keys: a second link between the same two rows becomes an alias of the link with
  the lower id; a second note for the same topic (or a second identity) is an alias with
  a conflict on its text; a participant code used twice keeps both people, the one from
  the device that sorts first keeps the code, the other gets a marked one and a conflict.
- One transcript per recording: a second one (from another computer that holds the
  recording) goes in with its segments, as its sender's, and a conflict of kind
  ``transcript`` waits on it; the coordinator keeps one, and the other goes as an erasure
  does (``decisions.resolve``): from here, and from its laptop by the erasure list.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import bindparam, text
from sqlmodel import Session

from veldwerk.consent import erasure
from veldwerk.domain import ownership
from veldwerk.domain.ownership import COORDINATOR_TABLES
from veldwerk.errors import SyncError
from veldwerk.i18n import translate
from veldwerk.ids import utcnow, uuid7
from veldwerk.merge import trust
from veldwerk.store import changelog, dialect, rows

PROVENANCE = frozenset(("id", "created_at", "updated_at", "origin_device", "change_device",
                        "change_seq"))
# Derived on the laptop that made them: never a conflict, the origin's value stands.
DERIVED: dict[str, frozenset[str]] = {
    "consent_record": frozenset(("document_name", "document_sha256", "document_size")),
    "recording": frozenset(("state", "position")),
    "withdrawal": frozenset(("erased",)),
    "transcript": frozenset(("done_ms", "state")),  # how far its engine came
}
# Columns that point at an owner whose erasure takes the row along.
ERASED_OWNERS = ("participant_id", "interview_id", "recording_id", "transcript_id")
# Natural keys besides the id: a second id for the same thing must not fail the import.
LINKS = {"interview_participant": ("interview_id", "participant_id"),
         "interview_interviewer": ("interview_id", "member_id")}
TEXTS = {"note": ("interview_id", "topic_id"), "participant_identity": ("participant_id",)}
# One of these per natural key: a second one goes in beside the first, with a conflict the
# coordinator ends by keeping one (ARCHITECTURE.md, the merge).
ONE_PER = {"transcript": ("recording_id",)}
TRANSCRIPT = "transcript"  # the conflict's kind: two transcripts of one recording
CODE_MARK = "~"


@dataclass
class Counts:
    applied: int = 0
    conflicts: int = 0
    dropped: int = 0
    refused: int = 0
    replayed: int = 0
    waiting: int = 0  # changes to rows not the sender's: conflicts the coordinator decides
    changes: list[dict[str, Any]] = field(default_factory=list)  # per change, for receipts
    erased_people: list[str] = field(default_factory=list)  # participant ids erased here
    erased_rows: list[tuple[str, str]] = field(default_factory=list)
    erased: list[Any] = field(default_factory=list)  # consent.erasure.Erased, to finish
    tables: dict[str, int] = field(default_factory=dict)  # rows applied per table

    def wrote(self, table: str) -> None:
        """One change applied to ``table``: counted, and by table for the round's result."""
        self.applied += 1
        self.tables[table] = self.tables.get(table, 0) + 1


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime | date) else value


def current(session: Session, table: sa.Table, row_id: str) -> dict[str, Any] | None:
    """The stored row as the change log writes rows (times in ISO form), or None."""
    found = session.execute(sa.select(table).where(table.c.id == row_id)).mappings().first()
    return None if found is None else {k: _json_value(v) for k, v in found.items()}


def _version(session: Session, device: str | None, seq: int | None) -> dict[str, Any] | None:
    if device is None or seq is None:
        return None
    found = session.execute(text("SELECT row FROM row_version WHERE device_id = :d AND "
                                 "seq = :s"), {"d": device, "s": seq}).scalar()
    return None if found is None else json.loads(found)


def _record(session: Session, entry: dict[str, Any], row_id: str) -> bool:
    """Put the entry in the version history; False if it was there (a replay)."""
    base = entry.get("base") or {}
    content = entry.get("row") if entry["operation"] in ("insert", "update", "delete") else {}
    done = session.execute(text(
        "INSERT INTO row_version (device_id, seq, table_name, row_id, op, base_device, "
        "base_seq, row) VALUES (:d, :s, :t, :r, :o, :bd, :bs, :row) "
        "ON CONFLICT (device_id, seq) DO NOTHING"),
        {"d": entry["device"], "s": int(entry["sequence"]), "t": entry["table"], "r": row_id,
         "o": entry["operation"], "bd": base.get("device"), "bs": base.get("sequence"),
         "row": json.dumps(content, ensure_ascii=False, sort_keys=True)})
    return bool(done.rowcount)  # type: ignore[attr-defined]


def _is_erased(session: Session, ids: list[str]) -> bool:
    ids = [i for i in ids if i]
    if not ids:
        return False
    return session.execute(text("SELECT 1 FROM erased_row WHERE row_id IN :ids LIMIT 1")
                           .bindparams(bindparam("ids", expanding=True)),
                           {"ids": ids}).first() is not None


def _alias(session: Session, row_id: str) -> str:
    kept = session.execute(text("SELECT kept_id FROM row_alias WHERE row_id = :r"),
                           {"r": row_id}).scalar()
    return str(kept) if kept else row_id


def _was_here(session: Session, table: str, row_id: str, entry: dict[str, Any]) -> bool:
    """Was this row here before and went (a purge applied, or the coordinator's own)?"""
    return session.execute(text(
        "SELECT 1 FROM row_version WHERE table_name = :t AND row_id = :r AND NOT "
        "(device_id = :d AND seq = :s) LIMIT 1"),
        {"t": table, "r": row_id, "d": entry["device"], "s": int(entry["sequence"])}
    ).first() is not None or session.execute(text(
        "SELECT 1 FROM change_log WHERE table_name = :t AND row_id = :r AND op = 'purge' "
        "LIMIT 1"), {"t": table, "r": row_id}).first() is not None


class Merger:
    """Applies entries inside the import's transaction; one per bundle."""

    def __init__(self, session: Session, coordinator_device: str) -> None:
        self.session = session
        self.me = coordinator_device
        self.counts = Counts()
        self.owners = trust.Owners(session, coordinator_device)
        self._cursor = changelog.raw_cursor(session)

    # --- the entry ------------------------------------------------------------------

    def apply(self, entry: dict[str, Any]) -> None:
        table_name, op = str(entry["table"]), str(entry["operation"])
        table = rows.table_of(table_name)
        if "id" not in table.c or op not in ("insert", "update", "delete", "purge", "erase"):
            raise SyncError(translate("Sync", "The bundle holds a change Veldwerk cannot read "
                                      "({table}, {op}).").format(table=table_name, op=op))
        row_id = _alias(self.session, str(entry["key"]))
        coordinators = table_name in COORDINATOR_TABLES
        owner = None if coordinators else self.owners.of(table_name, row_id)
        trust.stamp(entry, owner)
        if not _record(self.session, entry, row_id):
            self.counts.replayed += 1
            return
        if coordinators:
            self.counts.refused += 1
            self.counts.changes.append(trust.note(entry, trust.REFUSED, "coordinator"))
            return
        row = dict(entry.get("row") or {})
        if op == "erase":
            if trust.allowed(self.owners, entry, row_id):
                self._erase({table_name: [row_id]})
            else:
                self._request(table, row_id, trust.ERASE, {"id": row_id}, entry)
            return
        owners = [] if table_name == "withdrawal" else [str(row.get(c) or "")
                                                        for c in ERASED_OWNERS]
        if _is_erased(self.session, [row_id, *owners]):
            self._forget_version(entry)
            self.counts.dropped += 1
            return
        row["id"] = row_id
        if not trust.allowed(self.owners, entry, row_id, current(self.session, table, row_id)):
            kind = (trust.PURGE if op == "purge" else trust.ERASE if (
                table_name == "withdrawal" and row.get("kind") == "erase") else trust.FOREIGN)
            self._request(table, row_id, kind, row if op != "purge" else {"id": row_id},
                          entry)
            return
        if owner is None and op != "purge":
            self.owners.claim(table_name, row_id, str(entry["device"]))
        base = entry.get("base")
        base_key = (base["device"], int(base["sequence"])) if base else None
        if op == "purge":
            self._purge(table, row_id, base_key, entry)
            return
        self._upsert(table, row, base_key, entry)

    def _request(self, table: sa.Table, row_id: str, kind: str, theirs: dict[str, Any],
                 entry: dict[str, Any]) -> None:
        """A change to a row that is not the sender's: nothing is applied, the coordinator
        decides (the laptop's receipt says it waits)."""
        stored = current(self.session, table, row_id) or {}
        columns = [c.key for c in table.columns if c.key not in PROVENANCE]
        fields = [] if kind != trust.FOREIGN else sorted(
            c for c in columns if stored.get(c) != theirs.get(c))
        base = entry.get("base")
        original = _version(self.session, base["device"], int(base["sequence"])) if (
            base and stored) else None
        if original:  # what the laptop changed on its copy, not what it never touched
            fields = [c for c in fields if c not in original or theirs.get(c) != original[c]]
        self._conflict(table.name, row_id, kind, fields, stored, theirs, entry, count=False)
        self.counts.waiting += 1
        self.counts.changes.append(trust.note(entry, trust.WAITING, kind))

    def _forget_version(self, entry: dict[str, Any]) -> None:
        self.session.execute(text("UPDATE row_version SET row = '{}' WHERE device_id = :d AND "
                                  "seq = :s"), {"d": entry["device"], "s": entry["sequence"]})

    # --- upsert ---------------------------------------------------------------------

    def _upsert(self, table: sa.Table, row: dict[str, Any], base: tuple[str, int] | None,
                entry: dict[str, Any]) -> None:
        name = table.name
        stored = current(self.session, table, row["id"])
        if stored is None:
            if base is not None and _was_here(self.session, name, row["id"], entry):
                self._conflict(name, row["id"], "deleted", [], {}, row, entry)
                return
            if self._natural_key_taken(table, row, entry):
                return
            self._write(name, row)
            if name == "withdrawal":
                self._withdrawal(row)
            return
        now = (stored["change_device"], int(stored["change_seq"]))
        if now == (entry["device"], int(entry["sequence"])):
            return
        if base == now:
            self._keep_renamed_code(name, stored, row)
            self._write(name, row, entry)
            if name == "withdrawal":
                self._withdrawal(row)
            return
        self._three_way(table, stored, row, base, entry)

    def _three_way(self, table: sa.Table, stored: dict[str, Any], row: dict[str, Any],
                   base: tuple[str, int] | None, entry: dict[str, Any]) -> None:
        name = table.name
        original = _version(self.session, *(base or (None, None)))
        columns = [c.key for c in table.columns if c.key not in PROVENANCE]
        derived = DERIVED.get(name, frozenset())
        if original is None:  # nothing to compare with: every differing field is disputed
            original = {}
        theirs = {c for c in columns if row.get(c) != original.get(c, row.get(c))
                  or c not in original}
        mine = {c for c in columns if stored.get(c) != original.get(c, stored.get(c))
                or c not in original}
        disputed = sorted(c for c in theirs & mine
                          if stored.get(c) != row.get(c) and c not in derived)
        merged = dict(stored)
        for c in theirs - set(disputed):
            if c in derived and row.get("origin_device") != entry["device"]:
                continue
            merged[c] = row.get(c)
        self._keep_renamed_code(name, stored, merged)
        if merged != stored:
            self.stamp(name, merged)
            self._write(name, merged, entry)
        if disputed:
            self._conflict(name, row["id"], "edit", disputed, stored, row, entry)

    def stamp(self, table: str, row: dict[str, Any]) -> None:
        """A merged version is the coordinator's: its own device and a number that the
        coordinator's change log will never hand out again."""
        seq = changelog.next_seq(self._cursor, self.me)
        changelog.raise_floor(self._cursor, self.me, seq)
        row.update(change_device=self.me, change_seq=seq,
                   updated_at=utcnow().isoformat())
        self.session.execute(text(
            "INSERT INTO row_version (device_id, seq, table_name, row_id, op, row) VALUES "
            "(:d, :s, :t, :r, 'update', :row)"),
            {"d": self.me, "s": seq, "t": table, "r": row["id"],
             "row": json.dumps(row, ensure_ascii=False, sort_keys=True)})

    def _write(self, table: str, row: dict[str, Any],
               entry: dict[str, Any] | None = None) -> None:
        if table == "participant" and entry is not None:
            self._code_taken_by_update(row, entry)
        rows.upsert(self.session, table, [row])
        self.counts.wrote(table)

    def _code_taken_by_update(self, row: dict[str, Any], entry: dict[str, Any]) -> None:
        """A participant changed to a code another person has: marked, with a conflict."""
        holder = self._code_holder(row)
        if holder is not None:
            code = str(row["code"])
            row["code"] = marked_code(code, row["id"])
            self._conflict("participant", row["id"], "code", ["code"], dict(row),
                           {"code": code, "holder": str(holder.id)}, entry)

    def _code_holder(self, row: dict[str, Any]) -> Any:
        """Another participant of the project with this row's code (id, origin), or None."""
        return self.session.execute(text(
            "SELECT id, origin_device FROM participant WHERE project_id = :p AND "
            "upper(code) = upper(:c) AND id != :i"),
            {"p": row["project_id"], "c": row["code"], "i": row["id"]}).first()

    # --- natural keys ---------------------------------------------------------------

    def _natural_key_taken(self, table: sa.Table, row: dict[str, Any],
                           entry: dict[str, Any]) -> bool:
        """Handle a new row whose natural key another row holds; True if it is handled."""
        name = table.name
        if name == "participant":
            return self._code_clash(table, row, entry)
        if name in ONE_PER:
            return self._second_one(table, row, entry)
        keys = LINKS.get(name) or TEXTS.get(name)
        if not keys:
            return False
        same = dialect.of(self.session).same
        where = " AND ".join(f"{k}{same}:{k}" for k in keys)  # NULL is the same as NULL
        other = self.session.execute(text(f"SELECT id FROM {name} WHERE {where} AND id != :id"),
                                     {**{k: row.get(k) for k in keys}, "id": row["id"]}).scalar()
        if other is None:
            return False
        if name in LINKS:
            kept, gone = sorted((str(other), row["id"]))
            if kept == row["id"]:  # the newcomer has the lower id: it stays, the other goes
                self.session.execute(text(f"DELETE FROM {name} WHERE id = :i"), {"i": other})
                self._write(name, row)
            self._add_alias(name, gone, kept)
            return True
        self._add_alias(name, row["id"], str(other))
        stored = current(self.session, table, str(other))
        assert stored is not None
        disputed = sorted(c.key for c in table.columns if c.key not in PROVENANCE
                          and stored.get(c.key) != row.get(c.key))
        if disputed:
            self._conflict(name, str(other), "duplicate", disputed, stored,
                           {**row, "id": str(other)}, entry)
        return True

    def _second_one(self, table: sa.Table, row: dict[str, Any], entry: dict[str, Any]
                    ) -> bool:
        """A second transcript of a recording: written (its segments follow it), and a
        conflict on it against the one that was here, which stays in place meanwhile."""
        keys = ONE_PER[table.name]
        where = " AND ".join(f"{k} = :{k}" for k in keys)
        other = self.session.execute(text(
            f"SELECT id FROM {table.name} WHERE {where} AND id != :id ORDER BY created_at, id"),
            {**{k: row.get(k) for k in keys}, "id": row["id"]}).scalar()
        if other is None:
            return False
        self._write(table.name, row)
        stored = current(self.session, table, str(other)) or {}
        self._conflict(table.name, row["id"], TRANSCRIPT, [], stored, row, entry)
        self.counts.changes.append(trust.note(entry, trust.WAITING, TRANSCRIPT))
        return True

    def _add_alias(self, table: str, row_id: str, kept: str) -> None:
        self.session.execute(text(
            "INSERT INTO row_alias (row_id, table_name, kept_id) VALUES (:r, :t, :k) "
            "ON CONFLICT (row_id) DO UPDATE SET kept_id = excluded.kept_id"),
            {"r": row_id, "t": table, "k": kept})
        self.session.execute(text("UPDATE row_alias SET kept_id = :k WHERE kept_id = :r"),
                             {"k": kept, "r": row_id})

    def _code_clash(self, table: sa.Table, row: dict[str, Any], entry: dict[str, Any]) -> bool:
        holder = self._code_holder(row)
        if holder is None:
            return False
        code = str(row["code"])
        if (str(row.get("origin_device") or ""), row["id"]) < (str(holder.origin_device),
                                                               str(holder.id)):
            # The newcomer's device sorts first: it keeps the code, the holder is marked.
            stored = current(self.session, table, str(holder.id))
            assert stored is not None
            marked = {**stored, "code": marked_code(code, str(holder.id))}
            self._write("participant", marked)
            self._write("participant", row)
            self._conflict("participant", str(holder.id), "code", ["code"], marked,
                           {"code": code, "holder": row["id"]}, entry)
        else:
            self._write("participant", {**row, "code": marked_code(code, row["id"])})
            self._conflict("participant", row["id"], "code", ["code"],
                           {**row, "code": marked_code(code, row["id"])},
                           {"code": code, "holder": str(holder.id)}, entry)
        return True

    def _keep_renamed_code(self, table: str, stored: dict[str, Any], row: dict[str, Any]
                           ) -> None:
        """A participant whose code clashed keeps the code given here, whatever the
        laptop still calls them, until the laptop hears of the new one."""
        if table == "participant" and self.session.execute(text(
                "SELECT 1 FROM merge_conflict WHERE table_name = 'participant' AND row_id = :r "
                "AND kind = 'code'"), {"r": stored["id"]}).first():
            row["code"] = stored["code"]

    # --- removals -------------------------------------------------------------------

    def _purge(self, table: sa.Table, row_id: str, base: tuple[str, int] | None,
               entry: dict[str, Any]) -> None:
        stored = current(self.session, table, row_id)
        if stored is None:
            return
        now = (stored["change_device"], int(stored["change_seq"]))
        if base is not None and base != now:
            self._conflict(table.name, row_id, "deleted", [], stored, {"id": row_id}, entry)
            return
        plan = ownership.closure(self.session, {table.name: [row_id]})
        changelog.remove_rows(self.session, plan, "purge", log=False)
        self.counts.wrote(table.name)

    def _erase(self, roots: dict[str, list[str]]) -> None:
        present = {t: [i for i in ids if self.session.execute(text(
            f"SELECT 1 FROM {t} WHERE id = :i"), {"i": i}).first()] for t, ids in roots.items()}
        plan = ownership.closure(self.session, {t: ids for t, ids in present.items() if ids})
        everything = [(t, i) for t, ids in roots.items() for i in ids] + [
            (t, i) for t, ids in plan for i in ids]
        self.session.execute(text(
            "INSERT INTO erased_row (row_id, table_name) VALUES (:r, :t) "
            "ON CONFLICT (row_id) DO NOTHING"), [{"r": i, "t": t} for t, i in everything])
        planned = {i for _t, ids in plan for i in ids}  # erase_rows forgets these
        erasure.forget_versions(self.session, [], [i for _t, i in everything
                                                   if i not in planned])
        if plan:
            self.counts.erased.append(erasure.erase_rows(self.session, plan, None, log=False))
        self.counts.erased_rows += [(t, i) for t, ids in plan for i in ids]

    def _withdrawal(self, row: dict[str, Any]) -> None:
        """A withdrawal of kind erase erases that person here too, all laptops' rows."""
        from veldwerk.consent.withdrawal import erasure_plan  # deferred: heavy (the models)

        person = str(row.get("participant_id") or "")
        if row.get("kind") != "erase" or not person:
            return
        plan, _shared = erasure_plan(self.session, person) if self.session.execute(text(
            "SELECT 1 FROM participant WHERE id = :p"), {"p": person}).first() else ([], [])
        roots: dict[str, list[str]] = {"participant": [person]}
        for table, ids in plan:
            roots.setdefault(table, []).extend(ids)
        self._erase(roots)
        if person not in self.counts.erased_people:
            self.counts.erased_people.append(person)

    # --- conflicts ------------------------------------------------------------------

    def _conflict(self, table: str, row_id: str, kind: str, fields: list[str],
                  ours: dict[str, Any], theirs: dict[str, Any], entry: dict[str, Any],
                  count: bool = True) -> None:
        """One open conflict per record and kind: a newer version from the other side
        replaces the one waiting."""
        params = {"t": table, "r": row_id, "k": kind, "f": json.dumps(fields),
                  "o": json.dumps(ours, ensure_ascii=False, sort_keys=True),
                  "th": json.dumps(theirs, ensure_ascii=False, sort_keys=True),
                  "d": entry["device"], "s": int(entry["sequence"])}
        updated = self.session.execute(text(
            "UPDATE merge_conflict SET fields = :f, ours = :o, theirs = :th, device_id = :d, "
            "seq = :s WHERE table_name = :t AND row_id = :r AND kind = :k AND status = 'open'"),
            params).rowcount  # type: ignore[attr-defined]
        if not updated:
            self.session.execute(text(
                "INSERT INTO merge_conflict (id, table_name, row_id, kind, fields, ours, theirs, "
                "device_id, seq, status, resolution, created_at) VALUES (:id, :t, :r, :k, :f, "
                ":o, :th, :d, :s, 'open', '', :now)"),
                {**params, "id": uuid7(), "now": changelog.time_text(utcnow())})
        changelog.touched(self.session).add("merge_conflict")
        self.counts.conflicts += count


def marked_code(code: str, participant_id: str) -> str:
    """The code a participant gets while theirs is disputed: the same, marked with the end
    of their id (the same whichever bundle came first)."""
    return f"{code[:13]}{CODE_MARK}{participant_id[-6:]}"
