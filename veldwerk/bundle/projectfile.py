"""The coordinator's signed project file (``*.veldwerkproject``): how a laptop joins.

It holds the coordinator's rows of the project, its phases, neighbourhoods, team, guides
and consent forms (ids and versions as they are, so later bundles and updates line up),
both public keys, where bundles go, who the member is and which participant numbers
their laptop hands out. No secrets. The payload is signed with the coordinator's
Ed25519 key; a laptop that joined later accepts updates only under that same key.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, select

from veldwerk import projects
from veldwerk.bundle import keys as keymod
from veldwerk.domain.ownership import COORDINATOR_TABLES
from veldwerk.errors import SyncError, ValidationError
from veldwerk.fsutil import atomic_write_text
from veldwerk.i18n import translate
from veldwerk.ids import utcnow
from veldwerk.participants import BLOCK_KEY, CodeBlock
from veldwerk.paths import Device
from veldwerk.projects import the_project
from veldwerk.store import meta, migrate, rows
from veldwerk.store.meta import COORDINATOR_KEY
from veldwerk.store.project import JOINED_KEY, OpenProject
from veldwerk.sync import routes
from veldwerk.sync.target import Target

FORMAT = "veldwerk-project-file"
SUFFIX = ".veldwerkproject"
MAX_SIZE = 50 * 1024 * 1024  # far above any real project's reference data
BLOCK_SIZE = 100
TARGET_KEY = "target"
BLOCKS_KEY = "code_blocks"  # coordinator: member id -> block handed out


def canonical(payload: dict[str, Any]) -> bytes:
    """The exact bytes that are signed (and checked): sorted keys, no spaces."""
    return json.dumps(payload, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


@dataclass(frozen=True)
class ProjectFile:
    payload: dict[str, Any]

    @property
    def project_id(self) -> str:
        return str(self.payload["project"]["id"])

    @property
    def project_name(self) -> str:
        return str(self.payload["project"]["name"])

    @property
    def coordinator(self) -> dict[str, str]:
        return dict(self.payload["coordinator"])

    @property
    def member(self) -> dict[str, str]:
        return dict(self.payload["member"])

    @property
    def code_block(self) -> CodeBlock:
        block = CodeBlock.parse(self.payload["code_block"])
        assert block is not None
        return block

    @property
    def target(self) -> Target | None:
        return Target.from_json(self.payload.get("target"))

    @property
    def issued_at(self) -> datetime:
        return datetime.fromisoformat(self.payload["issued_at"])

    @property
    def rows(self) -> list[dict[str, Any]]:
        return list(self.payload["rows"])


# --- the coordinator's side -------------------------------------------------------------

def reference_rows(session: Session) -> list[dict[str, Any]]:
    """Every row of the coordinator's tables, parents first."""
    from veldwerk.domain import SYNCED_TABLES, row_dict  # deferred: heavy (the models)

    models = {m.__tablename__: m for m in SYNCED_TABLES}
    out: list[dict[str, Any]] = []
    for table in COORDINATOR_TABLES:
        model = models[table]
        for obj in session.exec(select(model).order_by(model.id)):  # type: ignore[attr-defined]
            out.append({"table": table, "row": row_dict(obj)})
    return out


def _member(session: Session, name: str) -> tuple[str, str]:
    wanted = " ".join(name.split()).casefold()
    found = session.execute(text("SELECT id, name FROM team_member")).all()
    for member_id, member_name in found:
        if member_name.casefold() == wanted or member_id == name:
            return member_id, member_name
    raise ValidationError("member", translate(
        "Sync", "There is no team member called {name} in this project; add them to the "
        "team first (Project › Team).").format(name=name))


def _block_for(session: Session, member_id: str) -> CodeBlock:
    """The member's block: the same one every time, a new one for a new member. The
    coordinator's own project keeps the numbers below the first block."""
    blocks: dict[str, str] = meta.get_json(session, BLOCKS_KEY) or {}
    if member_id in blocks:
        block = CodeBlock.parse(blocks[member_id])
        assert block is not None
        return block
    used = [int(code.rsplit("-", 1)[1]) for (code,) in session.execute(
        text("SELECT code FROM participant")).all() if code.rsplit("-", 1)[-1].isdigit()]
    handed = [CodeBlock.parse(b) for b in blocks.values()]
    highest = max([BLOCK_SIZE, *used, *(b.high for b in handed if b)])
    low = (highest + BLOCK_SIZE - 1) // BLOCK_SIZE * BLOCK_SIZE + 1
    block = CodeBlock(low, low + BLOCK_SIZE - 1)
    blocks[member_id] = str(block)
    meta.put_json(session, BLOCKS_KEY, blocks)
    if meta.get(session, BLOCK_KEY) is None:  # the first block handed out: ours is below it
        meta.put(session, BLOCK_KEY, str(CodeBlock(1, block.low - 1)))
    return block


def coordinator_fingerprint(session: Session) -> str | None:
    """The fingerprint of the keys this project's laptops were given; None before the first
    project file (until then other keys may still be chosen)."""
    known = meta.get_json(session, COORDINATOR_KEY)
    return keymod.fingerprint(known["signing"]) if known else None


def _check_consent_form(session: Session) -> None:
    """A laptop can neither take consent nor record without a form, and cannot make one."""
    from veldwerk.consent import templates  # deferred: heavy (the models)

    project_id = the_project(session).id
    templates.ensure_defaults(session, project_id)
    if not any(templates.current(session, project_id, language)
               for language in templates.LANGUAGES):
        raise SyncError(translate(
            "Sync", "This project has no consent form yet, so a laptop could not take "
            "consent or record."), hint=translate(
            "Sync", "Set the date until which data are kept (Project › Project settings, or "
            "veldwerk project retention DATE); the project then gets the plain-language form. "
            "Then make the project file again."))


def export_project_file(project: OpenProject, keys: keymod.CoordinatorKeys, member: str,
                        out: Path, target: Target | None = None) -> ProjectFile:
    """Write ``out`` for ``member``; the first export fixes the project's coordinator keys
    (a later export with other keys is refused: the laptops would not trust it)."""
    if project.joined:
        raise SyncError(translate("Sync", "This laptop joined the project; only the "
                                  "coordinator's copy makes project files."))

    def work(session: Session) -> dict[str, Any]:
        _check_consent_form(session)
        mine = {"age": keys.age_public, "signing": keys.signing_public}
        known = meta.get_json(session, COORDINATOR_KEY)
        if known is None:
            meta.put_json(session, COORDINATOR_KEY, mine)
        elif known != mine:
            raise SyncError(translate(
                "Sync", "These are not the keys this project's members were given (fingerprint "
                "{fp})."). format(fp=keymod.fingerprint(known["signing"])), hint=translate(
                "Sync", "Use the key file made for this project."))
        member_id, member_name = _member(session, member)
        if target is not None:
            routes.give(session, member_id, target)
        chosen = routes.member_target(session, member_id)
        project_row = the_project(session)
        return {
            "project": {"id": project_row.id, "name": project_row.name},
            "coordinator": mine,
            "target": chosen.to_json() if chosen else None,
            "member": {"id": member_id, "name": member_name},
            "code_block": str(_block_for(session, member_id)),
            "schema": migrate.HEAD,
            "issued_at": utcnow().isoformat(),
            "rows": reference_rows(session),
        }

    payload = project.run(work, translate("Sync", "the project file"))
    document = {"format": FORMAT, "version": 1, "payload": payload,
                "signature": keys.sign(canonical(payload)).hex()}
    atomic_write_text(out, json.dumps(document, ensure_ascii=False, indent=1))
    return ProjectFile(payload)


# --- the laptop's side ------------------------------------------------------------------

def _damaged(path: Path, why: str) -> SyncError:
    return SyncError(translate("Sync", "{name} is not a usable Veldwerk project file: {why}.")
                     .format(name=path.name, why=why), hint=translate(
                         "Sync", "Ask the coordinator to send it again. Nothing was changed."))


def read_project_file(path: Path) -> ProjectFile:
    """The file, checked: its form, its signature, and that this Veldwerk can read it."""
    try:
        if path.stat().st_size > MAX_SIZE:
            raise _damaged(path, translate("Sync", "it is far too large"))
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SyncError(translate("Sync", "{path} cannot be read: {detail}.").format(
            path=path, detail=exc.strerror or exc)) from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise _damaged(path, translate("Sync", "it is not a project file, or it was cut "
                                       "short")) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _damaged(path, translate("Sync", "it is another kind of file"))
    try:
        payload = document["payload"]
        signature = bytes.fromhex(document["signature"])
        signing = payload["coordinator"]["signing"]
        keymod.age_recipient(payload["coordinator"]["age"])
        missing = {"project", "member", "code_block", "schema", "issued_at", "rows"} - set(
            payload)
        if missing or not isinstance(payload["rows"], list):
            raise KeyError(", ".join(sorted(missing)))
        CodeBlock.parse(payload["code_block"])
        datetime.fromisoformat(payload["issued_at"])
    except (KeyError, TypeError, ValueError) as exc:
        raise _damaged(path, translate("Sync", "parts are missing")) from exc
    keymod.verify(signing, canonical(payload), signature, path.name)
    if payload["schema"] not in migrate.known_revisions():
        raise SyncError(translate("Sync", "{name} was made by a newer Veldwerk.").format(
            name=path.name), hint=translate("Sync", "Update Veldwerk on this laptop, then "
                                            "join again."))
    return ProjectFile(payload)


@dataclass(frozen=True)
class Joined:
    entry: Any  # projects.ProjectEntry
    updated: bool  # True: the project was here already and took the newer file


def join(data_dir: Path, me: Device, path: Path) -> Joined:
    """Make (or bring up to date) the project the file describes, as the coordinator has
    it; from then on this laptop numbers participants inside the file's block."""
    found = read_project_file(path)
    keymod.device_signing_key(data_dir)  # made now: every bundle is signed with it
    folder = projects.projects_root(data_dir) / found.project_id
    updated = folder.exists()
    if not updated:
        folder = projects.new_project_file(data_dir, found.project_id)
    try:
        with projects.open_project(folder, me, purpose="join") as project:
            project.run(lambda s: _apply(s, found, updated), translate("Sync", "joining"))
    except BaseException:
        if not updated:
            _remove_new(folder)
        raise
    return Joined(projects.ProjectEntry(found.project_id, found.project_name, folder), updated)


def _apply(session: Session, found: ProjectFile, updated: bool) -> None:
    known = meta.get_json(session, JOINED_KEY)
    if updated and known is None:
        raise SyncError(translate(
            "Sync", "The project {name} is on this laptop already and was not joined from a "
            "project file (it was made here)."). format(name=found.project_name),
            hint=translate("Sync", "Nothing was changed."))
    if known is not None:
        if known["coordinator"]["signing"] != found.coordinator["signing"]:
            raise SyncError(translate(
                "Sync", "This project file is signed with another key than the one this "
                "laptop joined with."), hint=translate(
                "Sync", "Nothing was changed. Check with the coordinator that the file is "
                "theirs."))
        if known["member"]["id"] != found.member["id"]:
            raise SyncError(translate(
                "Sync", "This laptop joined the project as {joined}; this project file is for "
                "{member}.").format(joined=known["member"]["name"],
                                    member=found.member["name"]), hint=translate(
                "Sync", "Nothing was changed. Use the file made for {joined}.").format(
                    joined=known["member"]["name"]))
        if datetime.fromisoformat(known["issued_at"]) > found.issued_at:
            raise SyncError(translate("Sync", "This project file is older than the one this "
                                      "laptop already has."), hint=translate(
                                          "Sync", "Nothing was changed."))
    rows.defer_foreign_keys(session)
    grouped: dict[str, list[dict[str, Any]]] = {table: [] for table in COORDINATOR_TABLES}
    for item in found.rows:
        table = item.get("table") if isinstance(item, dict) else None
        if table not in grouped:
            raise SyncError(translate("Sync", "The project file holds rows of {table}, which "
                                      "only the coordinator's tables may be.").format(
                                          table=table))
        grouped[table].append(item["row"])
    for table, found_rows in grouped.items():
        rows.upsert(session, table, found_rows)
    # Only the keys a coordinator makes: anything else in the block (an "escrow" key an
    # older or edited file may carry) is not kept, so no bundle is sealed to it.
    coordinator = {k: found.coordinator[k] for k in ("age", "signing")}
    meta.put_json(session, JOINED_KEY, {
        "coordinator": coordinator, "member": found.member,
        "issued_at": found.payload["issued_at"]})
    meta.put_json(session, COORDINATOR_KEY, coordinator)
    if found.target is not None:
        meta.put_json(session, TARGET_KEY, found.target.to_json())
    meta.put(session, BLOCK_KEY, str(found.code_block))


def _remove_new(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def joined_info(session: Session) -> dict[str, Any] | None:
    """What the project file said (coordinator, member, when), or None: not joined."""
    value: dict[str, Any] | None = meta.get_json(session, JOINED_KEY)
    return value
