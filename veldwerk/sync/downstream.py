"""What the coordinator sends back, signed with the coordinator's Ed25519 key: receipts
(bundles that arrived and were read), project updates (new rows of the coordinator's
tables), erasure lists (people and rows erased elsewhere, which go here too) and
resolutions (the version the coordinator chose for a record in conflict; ``resolved``).

On the target they sit in ``from-coordinator/`` (for every laptop) and
``receipts/<device id>/`` (for one: receipts and resolutions). A laptop checks both
folders on every sync: when nothing is new that is two listings and nothing more.

The makers are here too, beside the readers, so the coordinator's side writes exactly
what this side reads.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from veldwerk.bundle import keys as keymod
from veldwerk.bundle.export import not_joined
from veldwerk.bundle.projectfile import COORDINATOR_KEY, canonical
from veldwerk.consent import erasure
from veldwerk.domain import ownership
from veldwerk.domain.ownership import COORDINATOR_TABLES
from veldwerk.errors import SyncError
from veldwerk.i18n import translate
from veldwerk.ids import utcnow, uuid7
from veldwerk.merge.difference import field_name
from veldwerk.store import changelog, meta, rows
from veldwerk.store.project import OpenProject
from veldwerk.sync import outbox, resolved

RECEIPT, UPDATE, ERASURE = "veldwerk-receipt", "veldwerk-project-update", "veldwerk-erasure-list"
RESOLUTION = "veldwerk-resolution"
SHARED_FOLDER = "from-coordinator"
RECEIPTS_FOLDER = "receipts"
SEEN_KEY = "downstream_seen"  # file name -> ETag (or size) of what was read already
UPDATE_KEY = "update_issued_at"
MAX_SIZE = 50 * 1024 * 1024
CHANGES_KEY = "change_words"  # what receipts said about single changes of this laptop's
CHANGE_STATES = ("waiting", "refused", "applied")
CHANGES_KEPT = 500


def sign(kind: str, payload: dict[str, Any], keys: keymod.CoordinatorKeys) -> bytes:
    document = {"format": kind, "version": 1, "payload": payload,
                "signature": keys.sign(canonical(payload)).hex()}
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def make_receipt(keys: keymod.CoordinatorKeys, project_id: str, device_id: str,
                 bundles: list[tuple[str, str]], changes: list[dict[str, Any]] | None = None,
                 refused: list[dict[str, str]] | None = None) -> tuple[str, bytes]:
    """(file name, content) of a receipt for (bundle id, sha256) pairs; ``changes`` says
    per change that was not simply applied what became of it (``{bundle, table, row,
    sequence, status, why}``: waiting, refused, or applied and refused once the coordinator
    decided; no row content); ``refused`` names the bundle files refused for good
    (``{id, file, sha256, reason}``: the id when it could be read, the checksum of the file
    as it came, no content)."""
    payload: dict[str, Any] = {"project": project_id, "device": device_id,
                               "issued_at": utcnow().isoformat(),
                               "bundles": [{"id": b, "sha256": s} for b, s in bundles]}
    if changes:
        payload["changes"] = changes
    if refused:
        payload["refused"] = refused
    return f"receipt-{uuid7()}.json", sign(RECEIPT, payload, keys)


def make_update(keys: keymod.CoordinatorKeys, project_id: str, rows_: list[dict[str, Any]],
                renamed: list[dict[str, Any]] | None = None) -> tuple[str, bytes]:
    """New rows of the coordinator's tables, and participants renamed after a code clash
    (``{"id", "code"}``: the laptop's own row takes the coordinator's code)."""
    payload: dict[str, Any] = {"project": project_id, "issued_at": utcnow().isoformat(),
                               "rows": rows_}
    if renamed:
        payload["participants"] = renamed
    return f"update-{uuid7()}.json", sign(UPDATE, payload, keys)


def make_erasure_list(keys: keymod.CoordinatorKeys, project_id: str, participants: list[str],
                      erased_rows: list[tuple[str, str]]) -> tuple[str, bytes]:
    """Participant ids (everything they own goes) and (table, row id) pairs."""
    payload = {"project": project_id, "id": uuid7(), "issued_at": utcnow().isoformat(),
               "participants": participants,
               "rows": [{"table": t, "id": i} for t, i in erased_rows]}
    return f"erasure-{payload['id']}.json", sign(ERASURE, payload, keys)


def make_resolution(keys: keymod.CoordinatorKeys, project_id: str, device_id: str,
                    device_keys: list[str], items: list[dict[str, Any]]) -> tuple[str, bytes]:
    """Resolved rows for one laptop, sealed to its signing keys (the share must not read
    interview content): ``{"table", "ids", "row", "replaces": [[device, seq], ...]}``."""
    sealed = keymod.seal_for_devices(
        json.dumps({"rows": items}, ensure_ascii=False).encode("utf-8"), device_keys)
    payload = {"project": project_id, "device": device_id, "id": uuid7(),
               "issued_at": utcnow().isoformat(),
               "sealed": base64.b64encode(sealed).decode("ascii")}
    return f"resolution-{payload['id']}.json", sign(RESOLUTION, payload, keys)


# --- reading ----------------------------------------------------------------------------

def read(data: bytes, name: str, coordinator: dict[str, str], project_id: str
         ) -> tuple[str, dict[str, Any]]:
    """(kind, payload) of a downstream file, after checking form, signature and project."""
    if len(data) > MAX_SIZE:
        raise _refused(name, translate("Sync", "it is far too large"))
    try:
        document = json.loads(data)
        kind, payload = document["format"], document["payload"]
        signature = bytes.fromhex(document["signature"])
    except (ValueError, KeyError, TypeError) as exc:
        raise _refused(name, translate("Sync", "it is not a file from the coordinator")) from exc
    if kind not in (RECEIPT, UPDATE, ERASURE, RESOLUTION):
        raise _refused(name, translate("Sync", "it is not a file from the coordinator"))
    keymod.verify(coordinator["signing"], canonical(payload), signature, name)
    if payload.get("project") != project_id:
        raise _refused(name, translate("Sync", "it belongs to another project"))
    return kind, payload


def _refused(name: str, why: str) -> SyncError:
    return SyncError(translate("Sync", "{name} was not used: {why}.").format(name=name, why=why),
                     hint=translate("Sync", "Nothing was changed. Tell the coordinator."))


@dataclass
class Applied:
    receipted: int = 0
    updated_rows: int = 0
    erased_people: int = 0
    erased_rows: int = 0
    resolved_rows: int = 0  # rows that took the coordinator's version
    kept_rows: int = 0  # changed here since: the change goes to the coordinator to weigh
    refused: list[str] = field(default_factory=list)
    bundles_refused: list[str] = field(default_factory=list)  # what the coordinator said


def apply(project: OpenProject, kind: str, payload: dict[str, Any], result: Applied) -> None:
    if kind == RECEIPT:
        result.receipted += project.run(lambda s: _receipt(s, payload))
        if payload.get("device") == project.device.id and payload.get("refused"):
            result.bundles_refused += outbox.refused(project, payload["refused"])
    elif kind == RESOLUTION:
        resolved.apply(project, payload, result)
    elif kind == UPDATE:
        result.updated_rows += project.run(lambda s: _update(s, payload))
    else:
        _erasure(project, payload, result)


def _receipt(session: Session, payload: dict[str, Any]) -> int:
    if payload.get("device") != session.info["device_id"]:
        return 0
    count = 0
    for item in payload.get("bundles", []):
        count += session.execute(text(
            "UPDATE outbox SET state = 'receipted', receipted_at = :now WHERE id = :b AND "
            "sha256 = :s AND state IN ('made', 'delivered')"),
            {"now": changelog.time_text(utcnow()), "b": item["id"],
             "s": item["sha256"]}).rowcount  # type: ignore[attr-defined]
    changelog.touched(session).add("outbox")
    _note_changes(session, payload.get("changes"))
    return count


def _note_changes(session: Session, changes: Any) -> None:
    """Keep what the receipt says about single changes (an older receipt says nothing):
    the newest word per change, the newest ``CHANGES_KEPT`` changes."""
    if not isinstance(changes, list) or not changes:
        return
    known: list[dict[str, Any]] = meta.get_json(session, CHANGES_KEY) or []
    by_change = {(c["table"], c["row"], c["sequence"]): c for c in known}
    for item in changes:
        try:
            found = {"table": str(item["table"]), "row": str(item["row"]),
                     "sequence": int(item["sequence"]), "status": str(item["status"]),
                     "why": str(item.get("why", "")), "at": utcnow().isoformat()}
        except (KeyError, TypeError, ValueError):
            continue
        if found["status"] not in CHANGE_STATES:
            continue
        by_change.pop((found["table"], found["row"], found["sequence"]), None)
        by_change[(found["table"], found["row"], found["sequence"])] = found
    meta.put_json(session, CHANGES_KEY, list(by_change.values())[-CHANGES_KEPT:])


@dataclass(frozen=True)
class ChangeWord:
    """What the coordinator said about one change of this laptop's."""

    table: str
    row: str
    sequence: int
    status: str  # waiting, refused, applied
    why: str  # foreign, purge, erase, coordinator, transcript
    at: str

    def describe(self) -> str:
        what = translate("Sync", "Change {seq} ({table} {row})").format(
            seq=self.sequence, table=field_name(self.table, self.table), row=self.row[-8:])
        reason = {
            "foreign": translate("Sync", "the record is not this laptop's"),
            "purge": translate("Sync", "it removed a record that is not this laptop's"),
            "erase": translate("Sync", "it erases a person or record this laptop did not "
                               "bring"),
            "coordinator": translate("Sync", "only the coordinator changes the project's "
                                     "set-up"),
            "transcript": translate("Sync", "the recording has a transcript from another "
                                    "computer too, and the coordinator keeps one of the two"),
        }.get(self.why, self.why)
        if self.status == "waiting":
            return translate("Sync", "{what} waits for the coordinator: {why}.").format(
                what=what, why=reason)
        if self.status == "applied":
            return translate("Sync", "{what} was accepted by the coordinator.").format(
                what=what)
        return translate("Sync", "{what} was refused by the coordinator: {why}.").format(
            what=what, why=reason)


def change_words(session: Session) -> list[ChangeWord]:
    """What the receipts said about this laptop's changes that were not simply applied,
    newest last."""
    found: list[dict[str, Any]] = meta.get_json(session, CHANGES_KEY) or []
    return [ChangeWord(**c) for c in found]


def _update(session: Session, payload: dict[str, Any]) -> int:
    """New versions of the coordinator's rows, written as they are (not stamped, not
    logged: they are the coordinator's changes). An older update than the last is
    refused, so a late file cannot undo a newer one."""
    issued = datetime.fromisoformat(payload["issued_at"])
    last = meta.get(session, UPDATE_KEY)
    if last and datetime.fromisoformat(last) >= issued:
        return 0
    rows.defer_foreign_keys(session)
    grouped: dict[str, list[dict[str, Any]]] = {t: [] for t in COORDINATOR_TABLES}
    for item in payload.get("rows", []):
        if item.get("table") not in grouped:
            raise SyncError(translate("Sync", "A project update tried to change {table}, "
                                      "which only this laptop changes.").format(
                                          table=item.get("table")))
        grouped[item["table"]].append(item["row"])
    for table, found in grouped.items():
        rows.upsert(session, table, found)
    renamed = 0
    for item in payload.get("participants", []):
        # Not logged: the coordinator has the new code already.
        renamed += session.execute(text("UPDATE participant SET code = :c WHERE id = :i"),
                                   {"c": str(item["code"]), "i": str(item["id"])}
                                   ).rowcount  # type: ignore[attr-defined]
    if renamed:
        changelog.touched(session).add("participant")
    meta.put(session, UPDATE_KEY, payload["issued_at"])
    return sum(len(found) for found in grouped.values()) + renamed


def _erasure(project: OpenProject, payload: dict[str, Any], result: Applied) -> None:
    """Erase here what was erased at the coordinator: the people with all they own and
    the interviews that were theirs alone here (also ones the coordinator has not seen
    yet), and the rows named; not logged back (the coordinator knows)."""
    from veldwerk.consent.withdrawal import erasure_plan  # deferred: heavy (the models)

    def work(session: Session) -> erasure.Erased | None:
        done: list[str] = meta.get_json(session, "erasures_applied") or []
        if payload["id"] in done:
            return None
        roots: dict[str, list[str]] = {"participant": [
            str(p) for p in payload.get("participants", [])]}
        for item in payload.get("rows", []):
            if item.get("table") in ownership.DELETE_ORDER:
                roots.setdefault(item["table"], []).append(str(item["id"]))
        present = {table: [i for i in dict.fromkeys(ids) if session.execute(text(
            f"SELECT 1 FROM {table} WHERE id = :i"), {"i": i}).first()]
            for table, ids in roots.items()}
        people = list(present.get("participant", []))
        for person in people:
            for table, ids in erasure_plan(session, person)[0]:
                present.setdefault(table, []).extend(ids)
        steps = ownership.closure(session, present)  # closure takes each row once
        result.erased_people += len(people)
        result.erased_rows += sum(len(ids) for _t, ids in steps)
        erased = erasure.erase_rows(session, steps, None, log=False)
        meta.put_json(session, "erasures_applied", [*done, payload["id"]])
        return erased

    erased = project.run(work, translate("Consent", "the erasure"))
    if erased is not None:
        erasure.finish(project, erased)


def coordinator_of(session: Session) -> dict[str, str]:
    found: dict[str, str] | None = meta.get_json(session, COORDINATOR_KEY)
    if not found:
        raise not_joined()
    return found
