"""Applying a whole bundle fast: the common entries (a new row, or a change made on the
version the coordinator has) are collected and written with one ``executemany`` per
table; every other entry (a conflict to weigh, a natural key taken, a removal, an
erasure, a withdrawal, the coordinator's tables, a row that is not the sender's or a new
row under another's) goes through :class:`Merger` one by one,
after the collected ones are written, so the result is the same as entry by entry.

What the fast path needs to know (which entries were seen, what is erased or aliased,
each row's current version and owner, who holds a natural key or a code) is read in a few queries
up front and kept current as entries are collected.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from veldwerk.domain.ownership import COORDINATOR_TABLES
from veldwerk.merge import trust
from veldwerk.merge.apply import ERASED_OWNERS, LINKS, ONE_PER, TEXTS, Merger
from veldwerk.store import dialect, rows

Stamp = tuple[str, int]
VERSION_COLUMNS = ["device_id", "seq", "table_name", "row_id", "op", "base_device", "base_seq",
                   "row"]


def _select(session: Session, sql: str, ids: Sequence[Any], **params: Any) -> list[Any]:
    return dialect.of(session).select_in(session, sql, ids, **params)


class Batch:
    def __init__(self, merger: Merger, entries: list[dict[str, Any]]) -> None:
        self.merger = merger
        self.session = merger.session
        self.entries = entries
        self.upserts: dict[str, dict[str, dict[str, Any]]] = {}
        self.versions: list[dict[str, Any]] = []
        self.claims: list[tuple[str, str, str]] = []  # new rows' owners, to write
        self._load()

    # --- what is known up front ---------------------------------------------------

    def _load(self) -> None:
        s = self.session
        device = self.entries[0]["device"] if self.entries else ""
        # The bundle's numbers are one range of one laptop's: what of it was applied
        # before is read by range, not number by number.
        numbers = {int(e["sequence"]) for e in self.entries}
        self.seen = {r[0] for r in s.execute(text(
            "SELECT seq FROM row_version WHERE device_id = :d AND seq BETWEEN :lo AND :hi"),
            {"d": device, "lo": min(numbers, default=0), "hi": max(numbers, default=0)})
            if r[0] in numbers}
        # Erased rows and aliases are few beside a bundle's rows: all of them are read.
        self.erased = set(s.execute(text("SELECT row_id FROM erased_row")).scalars())
        self.aliased = set(s.execute(text("SELECT row_id FROM row_alias")).scalars())
        self.stamps: dict[tuple[str, str], Stamp | None] = {}
        by_table: dict[str, set[str]] = {}
        for e in self.entries:
            by_table.setdefault(str(e["table"]), set()).add(str(e["key"]))
        for table, ids in by_table.items():
            if table in COORDINATOR_TABLES:
                continue
            rows.table_of(table)  # an unknown table is refused before any SQL names it
            for row_id in ids:
                self.stamps[(table, row_id)] = None
            for row_id, device_, seq in _select(
                    s, f"SELECT id, change_device, change_seq FROM {table} WHERE id IN :ids",
                    list(ids)):
                self.stamps[(table, row_id)] = (device_, int(seq))
        # Whose each row (and each row a new one hangs under) is: one query for the
        # ledger, one per table for rows without an entry (the coordinator's).
        self.owners = self.merger.owners
        self.owners.load(((t, i) for t, i in trust.wanted(self.entries)
                          if t not in COORDINATOR_TABLES),
                         {key: stamp is not None for key, stamp in self.stamps.items()})
        self.natural: dict[str, dict[tuple[Any, ...], str]] = {}
        for table, columns in {**LINKS, **TEXTS, **ONE_PER}.items():
            wanted = list({str(e["row"].get(columns[0])) for e in self.entries
                           if e["table"] == table and isinstance(e.get("row"), dict)})
            found = _select(s, f"SELECT id, {', '.join(columns)} FROM {table} WHERE "
                               f"{columns[0]} IN :ids", wanted) if wanted else []
            self.natural[table] = {tuple(r[1:]): r[0] for r in found}
        self.codes = {(r[1], r[2]): r[0] for r in s.execute(text(
            "SELECT id, project_id, upper(code) FROM participant"))}
        self.renamed = {r[0] for r in s.execute(text(
            "SELECT row_id FROM merge_conflict WHERE table_name = 'participant' AND "
            "kind = 'code'"))}

    # --- the walk -----------------------------------------------------------------

    def run(self) -> None:
        for position, entry in enumerate(self.entries):
            if not self._fast(entry):
                self._flush()
                self.merger.apply(entry)
                self._after_slow(entry, position)
        self._flush()

    def _fast(self, entry: dict[str, Any]) -> bool:
        """Collect ``entry`` if it needs no weighing; False sends it the slow way."""
        table, op, key = str(entry["table"]), str(entry["operation"]), str(entry["key"])
        seq = int(entry["sequence"])
        if seq in self.seen:
            self.merger.counts.replayed += 1
            return True
        if op not in ("insert", "update", "delete") or key in self.aliased or (
                table in COORDINATOR_TABLES or table == "withdrawal"):
            return False
        row = entry.get("row")
        if not isinstance(row, dict) or row.get("id") != key:
            return False
        if key in self.erased or any(str(row.get(c) or "") in self.erased
                                     for c in ERASED_OWNERS):
            self._version(entry, {})
            self.merger.counts.dropped += 1
            return True
        device = str(entry["device"])
        owner = self.owners.of(table, key)
        if owner is None:
            if self.owners.parent(table, row) not in (None, device):
                return False  # a new row under another's: the coordinator decides
        elif owner != device or self.owners.parent(table, row) not in (None, device):
            return False  # another's row, or one moved under another's: weighed slowly
        trust.stamp(entry, owner)
        stamp = self.stamps.get((table, key))
        base = entry.get("base")
        base_stamp = (base["device"], int(base["sequence"])) if base else None
        if stamp is None:
            if base_stamp is not None or not self._natural_key_free(table, row):
                return False
        elif stamp == (entry["device"], seq):
            self._version(entry, row)
            return True
        elif base_stamp != stamp:
            return False
        if table == "participant" and not self._code_free(row, key):
            return False
        self._version(entry, row)
        if owner is None:
            self.owners.known[(table, key)] = device
            self.claims.append((key, table, device))
        self.upserts.setdefault(table, {})[key] = row
        self.stamps[(table, key)] = (str(entry["device"]), seq)
        self.merger.counts.wrote(table)
        return True

    def _natural_key_free(self, table: str, row: dict[str, Any]) -> bool:
        columns = LINKS.get(table) or TEXTS.get(table) or ONE_PER.get(table)
        if table == "participant":
            return True  # the code is weighed in _code_free
        if not columns:
            return True
        natural = tuple(row.get(c) for c in columns)
        holder = self.natural[table].get(natural)
        if holder is not None and holder != row["id"]:
            return False
        self.natural[table][natural] = row["id"]
        return True

    def _code_free(self, row: dict[str, Any], key: str) -> bool:
        if key in self.renamed:
            return False  # its code is the coordinator's now: the slow way keeps it
        code = (row.get("project_id"), str(row.get("code") or "").upper())
        holder = self.codes.get(code)
        if holder is not None and holder != key:
            return False
        for old, owner in list(self.codes.items()):
            if owner == key and old != code:
                del self.codes[old]
        self.codes[code] = key
        return True

    def _version(self, entry: dict[str, Any], content: dict[str, Any]) -> None:
        base = entry.get("base") or {}
        self.versions.append({
            "d": entry["device"], "s": int(entry["sequence"]), "t": entry["table"],
            "r": str(entry["key"]), "o": entry["operation"], "bd": base.get("device"),
            "bs": base.get("sequence"),
            "row": json.dumps(content, ensure_ascii=False, sort_keys=True)})
        self.seen.add(int(entry["sequence"]))

    def _flush(self) -> None:
        if self.versions and dialect.of(self.session).bulk_upsert(
                self.session, "row_version", VERSION_COLUMNS,
                [tuple(v[k] for k in ("d", "s", "t", "r", "o", "bd", "bs", "row"))
                 for v in self.versions],
                ["device_id", "seq"], []):
            self.versions = []
        if self.versions:
            self.session.execute(text(
                "INSERT INTO row_version (device_id, seq, table_name, row_id, op, base_device, "
                "base_seq, row) VALUES (:d, :s, :t, :r, :o, :bd, :bs, :row) "
                "ON CONFLICT (device_id, seq) DO NOTHING"), self.versions)
            self.versions = []
        for table, found in self.upserts.items():
            rows.upsert(self.session, table, list(found.values()))
        self.upserts = {}
        trust.claim(self.session, self.claims)
        self.claims = []

    def _after_slow(self, entry: dict[str, Any], position: int) -> None:
        """What the slow way may have changed: this row, and after a removal, erasure or
        withdrawal whatever it took along (read again for the entries still to come)."""
        self.seen.add(int(entry["sequence"]))
        table, key = str(entry["table"]), str(entry["key"])
        if entry["operation"] in ("purge", "erase") or table == "withdrawal":
            self._reload_after(position)
            return
        if table in COORDINATOR_TABLES:
            return
        found = self.session.execute(text(
            f"SELECT change_device, change_seq FROM {table} WHERE id = :i"), {"i": key}).first()
        self.stamps[(table, key)] = None if found is None else (found[0], int(found[1]))
        kept = self.session.execute(text("SELECT kept_id FROM row_alias WHERE row_id = :i"),
                                    {"i": key}).scalar()
        if kept:
            self.aliased.add(key)
        if table in LINKS or table in TEXTS or table in ONE_PER or table == "participant":
            self._reload_after(position)

    def _reload_after(self, position: int) -> None:
        """Read again what the entries after ``position`` need to know."""
        rest = self.entries[position + 1:]
        if rest:
            self.entries, everything = rest, self.entries
            self._load()
            self.entries = everything
