"""The coordinator's inbox: a bundle file in, checked, applied all or nothing, answered.

A bundle is decrypted and checked (signature, tag files and bag-info before its payload
is unpacked, then every change line: ``bundle.opening``, ``bundle.validate``) before the
database is touched. Then:

- a bundle seen before (same file, or same id) is a no-op;
- another project's bundle, a tampered or malformed one is rejected for good; a laptop
  not let in (not yet, or refused) is quarantined with its name, member and key
  fingerprint (so is a second key for a known device id: a cloned laptop), kept within
  a quota (``bundle.limits``) and beyond it left where it was (``deferred``);
- a laptop's bundles apply in its sequence order: one whose ``Sequence-After`` is not where
  that laptop stands waits until the one before it arrives;
- the entries apply in one writer transaction (``merge.apply``) with foreign keys checked
  at the commit; media enter ``media/`` only after their SHA-256 matched their name;
- a cause that passes (a full disk, a newer Veldwerk, a busy database) is ``retry``,
  never a refusal; whatever else goes wrong ends this bundle as rejected with a reason
  that names tables and columns, never values, and the next bundle goes in.

Waiting, quarantined and retry bundles are kept in the project's ``inbox/`` folder and
tried again after every import, approval and ``inbox retry``. Nothing here knows about Qt.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlmodel import Session

from veldwerk import labels, words
from veldwerk.bundle import keys as keymod
from veldwerk.bundle import opening
from veldwerk.bundle.limits import LIMITS
from veldwerk.consent import erasure
from veldwerk.domain import ownership
from veldwerk.errors import NotFound, PassingError, StorageError, SyncError, VeldwerkError
from veldwerk.fsutil import fsync_dir
from veldwerk.i18n import translate
from veldwerk.ids import utcnow
from veldwerk.mediastore import overwrite_and_unlink, sha256_of
from veldwerk.merge import orphans, overview, parts
from veldwerk.merge.apply import Counts, Merger
from veldwerk.merge.batch import Batch
from veldwerk.store import changelog, meta, rows
from veldwerk.store.meta import COORDINATOR_KEY
from veldwerk.store.project import OpenProject
from veldwerk.sync import routes
from veldwerk.sync.target import Target

IMPORTED, PRESENT, WAITING = "imported", "present", "waiting"
QUARANTINED, REJECTED = "quarantined", "rejected"
RETRY = "retry"  # a cause that passes (full disk, newer Veldwerk, busy database)
DEFERRED = "deferred"  # a laptop not let in, beyond the quota: left where it was
KEPT = (WAITING, QUARANTINED, RETRY)  # kept in inbox/ and tried again by themselves
QUARANTINE_KEY = "inbox_quarantine_tried"  # veldwerk_meta: the keys let in when last tried
DEFERRED_KEY = "inbox_deferred"  # veldwerk_meta: file name -> its key and size
HELD = "inbox"  # the project's folder of bundles that wait (order or approval)
INCOMING = "incoming"  # bundles downloaded from the share, until they are imported
Progress = Callable[[int, int], None]
log = logging.getLogger(__name__)


@dataclass
class Outcome:
    """What became of one bundle file (one line of ``inbox import``)."""

    file: str
    status: str
    bundle: str = ""
    device: str = ""
    device_name: str = ""
    reason: str = ""
    counts: Counts = field(default_factory=Counts)
    sha256: str = ""  # of the file as it came (a refusal tells the laptop which copy)
    again: bool = False  # refused before: the laptop was told then

    def to_json(self) -> dict[str, Any]:
        c = self.counts
        return {"file": self.file, "bundle": self.bundle, "device": self.device,
                "device_name": self.device_name, "status": self.status,
                "reason": self.reason, "applied": c.applied, "conflicts": c.conflicts,
                "dropped": c.dropped, "refused": c.refused, "waiting": c.waiting,
                "erased_people": len(c.erased_people)}


def check_coordinator(project: OpenProject, keys: keymod.CoordinatorKeys) -> None:
    """Only the coordinator's own copy merges, and only with the project's own keys."""
    if project.joined:
        raise SyncError(translate("Sync", "This laptop joined the project; bundles are merged "
                                  "in the coordinator's copy."))
    with project.session() as session:
        known = meta.get_json(session, COORDINATOR_KEY)
    if not known:
        raise SyncError(translate("Sync", "This project has no coordinator keys yet: make "
                                  "keys and project files first (Project › Delivery)."))
    if known.get("age") != keys.age_public:
        raise SyncError(translate("Sync", "These keys are not this project's: its bundles are "
                                  "encrypted to {fp}.").format(
                                      fp=keymod.fingerprint(str(known.get("age")))),
                        hint=translate("Sync", "Choose the key file made for this project."))


def import_files(project: OpenProject, keys: keymod.CoordinatorKeys, paths: list[Path],
                 progress: Progress | None = None) -> list[Outcome]:
    """Import each bundle file (a folder stands for the bundles in it), then whatever was
    waiting and can go now. One bad bundle never stops the others."""
    check_coordinator(project, keys)
    files: list[Path] = []
    for path in paths:
        files += sorted(path.glob("*.age")) if path.is_dir() else [path]
    outcomes = []
    ours = {(project.folder / INCOMING).resolve(), (project.folder / HELD).resolve()}
    for number, path in enumerate(files):
        if progress is not None:
            progress(number, len(files))
        outcome = import_one(project, keys, path)
        outcomes.append(outcome)
        origin = path.parent.resolve()
        if outcome.device and origin not in ours:  # a stick: its answers go back there
            project.run(lambda s, d=outcome.device, o=origin: routes.note_import(s, d, o))
    outcomes += retry_held(project, keys)
    _drop_unnamed(project, parts.overdue(project))  # their part 1 never came
    if progress is not None:
        progress(len(files), len(files))
    return outcomes


@dataclass
class Fetched:
    files: list[Path] = field(default_factory=list)
    problem: str = ""  # why a place could not be read (the next round tries again)
    origins: dict[Path, Target] = field(default_factory=dict)  # file -> the place it came from


def fetch_from_share(project: OpenProject, password: str | None = None, verify: Any = True
                     ) -> Fetched:
    """Download the bundles in the team's places (each member's share or folder) that are
    not in the ledger yet into ``incoming/`` (temporary name, then rename); a file is named
    once, so its name says whether it was seen."""
    result = Fetched()
    with project.session() as session:
        places, problems = routes.sources(session)
        choice = _Choice(session, project.folder / HELD)
        taken = set(session.execute(text(
            "SELECT file_name FROM inbox_bundle WHERE status = 'imported'")).scalars())
    if not places and not problems:
        problems.append(translate("Sync", "No place is chosen yet where laptops put their "
                                  "bundles: make a project file with a folder or a share."))
    folder = project.folder / INCOMING
    folder.mkdir(exist_ok=True)
    for place in places:
        problem = _fetch_from(place, choice, taken, folder, result, password, verify)
        if problem:
            problems.append(problem)
    result.problem = " ".join(problems)
    return result


class _Choice:
    """Which names on the share to download: not one the ledger holds for good (taken
    in, refused) or keeps in ``inbox/``; one left on the share beyond the quota only
    when its laptop was let in since or the quota has room for it now."""

    def __init__(self, session: Session, held: Path) -> None:
        ledger = session.execute(text("SELECT file_name, status FROM inbox_bundle")).all()
        self.known = {name for name, status in ledger if status in (IMPORTED, REJECTED) or (
            status in KEPT and (held / name).is_file())}
        self.deferred: dict[str, Any] = meta.get_json(session, DEFERRED_KEY) or {}
        self.approved = set(session.execute(text(
            "SELECT fingerprint FROM team_device WHERE status = 'approved'")).scalars())
        self.files, self.bytes = _unapproved_room(session, held)

    def wants(self, name: str) -> bool:
        if name in self.known:
            return False
        left = self.deferred.get(name)
        if left is None or left.get("fingerprint") in self.approved:
            return True
        size = int(left.get("size", 0))
        if self.files < 1 or self.bytes < size:
            return False
        self.files, self.bytes = self.files - 1, self.bytes - size
        return True

    def took(self, name: str) -> None:
        self.known.add(name)


def _unapproved_room(session: Session, held: Path) -> tuple[int, int]:
    """How many more files and bytes of laptops not let in ``inbox/`` keeps."""
    names = session.execute(text("SELECT file_name FROM inbox_bundle WHERE status = "
                                 "'quarantined'")).scalars().all()
    sizes = [(held / n).stat().st_size for n in set(names) if (held / n).is_file()]
    return (LIMITS.unapproved_files - len(sizes), LIMITS.unapproved_bytes - sum(sizes))


def _fetch_from(place: Target, choice: _Choice, taken: set[str], folder: Path,
                result: Fetched, password: str | None, verify: Any) -> str:
    from veldwerk.sync.run import connect  # deferred: heavy (the models)

    try:
        transport = connect(place, password, verify)
    except VeldwerkError as exc:
        return str(exc)
    try:
        for name in sorted(transport.listing()):
            if name in taken:
                transport.remove(name)  # taken in before (by hand from this stick, say)
            if not name.endswith(".age") or name.startswith(".") or not choice.wants(name):
                continue
            final = folder / name
            if not final.exists():
                temporary = folder / f".{name}.{os.getpid()}.part"
                transport.download(name, temporary)
                os.replace(temporary, final)
                fsync_dir(folder)
            result.files.append(final)
            result.origins[final] = place
            choice.took(name)
    except VeldwerkError as exc:
        return str(exc)
    finally:
        transport.close()
    return ""


def import_from_share(project: OpenProject, keys: keymod.CoordinatorKeys,
                      password: str | None = None, verify: Any = True
                      ) -> tuple[list[Outcome], str]:
    """One round: fetch what is new in the team's places, import it, remove what was
    taken in from where it came (the ledger keeps its checksum), tidy ``incoming/``."""
    fetched = fetch_from_share(project, password, verify)
    outcomes = import_files(project, keys, fetched.files)
    taken = {o.file for o in outcomes if o.status in (IMPORTED, PRESENT)}
    problem = fetched.problem
    by_place: dict[Target, list[str]] = {}
    for path, place in fetched.origins.items():
        if path.name in taken:
            by_place.setdefault(place, []).append(path.name)
    for place, names in by_place.items():
        problem = " ".join(p for p in (problem, _remove_from(place, names, password, verify))
                           if p)
    for path in fetched.files:
        path.unlink(missing_ok=True)  # a bundle that waits is kept in inbox/
    return outcomes, problem


def _remove_from(place: Target, names: list[str], password: str | None, verify: Any
                 ) -> str:
    """Taken-in bundles leave the share or stick: an erasure later must not find the
    person's words there."""
    from veldwerk.sync.run import connect  # deferred: heavy (the models)

    try:
        transport = connect(place, password, verify)
        try:
            for name in names:
                transport.remove(name)
        finally:
            transport.close()
    except VeldwerkError as exc:
        return str(exc)
    return ""


def retry_held(project: OpenProject, keys: keymod.CoordinatorKeys) -> list[Outcome]:
    """Try the bundles kept in ``inbox/`` (waiting, quarantined, to be tried again) until
    none moves: after every import round, an approval, ``inbox retry``."""
    done: list[Outcome] = []
    with project.session() as session:
        approvals = _approvals(session)
        tried = meta.get(session, QUARANTINE_KEY) == approvals
    while True:
        with project.session() as session:
            # Only what can move is opened again: a waiting bundle once its laptop stands
            # where it starts, a quarantined one once a laptop was let in since they were
            # last tried (else every round would decrypt them all, for nothing).
            marks = dict(session.execute(text(
                "SELECT device_id, through FROM device_sequence")).all())
            held = list(dict.fromkeys(
                name for name, status, device, after in session.execute(text(
                    "SELECT file_name, status, device_id, seq_after FROM inbox_bundle WHERE "
                    "status IN ('waiting', 'quarantined', 'retry') "
                    "ORDER BY device_id, seq_after, part"))
                if not (status == WAITING and int(marks.get(device) or 0) < int(after or 0))
                and not (status == QUARANTINED and tried)))
            named = set(session.execute(text("SELECT file_name FROM inbox_bundle")).scalars())
        folder = project.folder / HELD
        if folder.is_dir():  # kept when even the ledger could not be written (a full disk)
            held = sorted(p.name for p in folder.glob("*.age") if p.name not in named) + held
        moved = False
        for name in held:
            path = project.folder / HELD / name
            if not path.is_file():
                continue
            outcome = import_one(project, keys, path, held=True)
            if outcome.status in (IMPORTED, PRESENT, REJECTED):
                done.append(outcome)
                moved = True
                path.unlink(missing_ok=True)
        if not moved:
            if not tried:
                project.run(lambda s: meta.put(s, QUARANTINE_KEY, approvals),
                            translate("Sync", "the inbox"))
            return done


def _approvals(session: Session) -> str:
    """The keys let in, as one short text: when it changes, quarantined bundles may go."""
    keys = session.execute(text("SELECT device_id, device_key FROM team_device WHERE "
                                "status = 'approved' ORDER BY device_id, device_key")).all()
    return hashlib.sha256(json.dumps([list(k) for k in keys]).encode()).hexdigest()


def kept(session: Session) -> list[Any]:
    """The bundles still kept to be tried again (file name, status, reason), oldest
    first: a cause that passes, an earlier bundle missing, a laptop not let in."""
    return list(session.execute(text(
        "SELECT DISTINCT file_name, status, reason, received_at FROM inbox_bundle WHERE "
        "status IN ('waiting', 'quarantined', 'retry') ORDER BY received_at, file_name")))


def state_words(status: str) -> str:
    return overview.state_words(status)


def _digest(path: Path) -> str:
    try:
        return sha256_of(path)
    except OSError as exc:
        raise SyncError(translate("Sync", "{name} cannot be read: {detail}.").format(
            name=path.name, detail=exc.strerror or exc)) from exc


def import_one(project: OpenProject, keys: keymod.CoordinatorKeys, path: Path,
               held: bool = False) -> Outcome:
    """One bundle file, all or nothing; errors become a ``rejected`` outcome."""
    try:
        digest = _digest(path)
    except SyncError as exc:
        return Outcome(path.name, REJECTED, reason=str(exc))
    with project.session() as session:
        seen = session.execute(text(
            "SELECT id, status, device_id FROM inbox_bundle WHERE sha256 = :s AND status IN "
            "('imported', 'rejected')"), {"s": digest}).first()
    if seen is not None:  # the same file again: re-importing is a no-op
        return Outcome(path.name, PRESENT if seen.status == IMPORTED else REJECTED,
                       bundle=seen.id, device=seen.device_id, sha256=digest,
                       again=seen.status != IMPORTED,
                       reason=translate("Sync", "imported before") if seen.status == IMPORTED
                       else translate("Sync", "refused before"))
    sender: dict[str, Any] = {}
    bundle = ""
    try:
        with opening.open_bundle(path, keys) as opened, project.exclusive(
                f"import:{opened.info.get('Veldwerk-Device-Id', '')}"):
            sender, bundle = _sender(project, opened.info), opened.id
            try:
                return _import_opened(project, opened, path, digest, held)
            except IntegrityError as exc:
                raise _broken_link(project, opened) or exc from exc
    except (PassingError, StorageError, OSError) as exc:
        reason = _passing_reason(exc)
        status = RETRY
        try:
            _hold(project, path, held)
        except OSError:
            reason += " " + translate("Sync", "It could not be kept in the inbox either: "
                                      "import it again when there is room.")
    except SyncError as exc:
        status, reason = REJECTED, str(exc)
        signed = getattr(exc, "signed_info", None)
        if signed:  # refused after its signature was checked: its laptop can be told
            sender, bundle = _sender(project, signed), signed.get("External-Identifier", "")
    except SQLAlchemyError as exc:
        status, reason = REJECTED, _database_reason(exc)
    except Exception as exc:  # whatever else: this bundle ends, the others go on
        log.error("bundle %s not imported: %s", path.name, type(exc).__name__)
        status, reason = REJECTED, translate(
            "Sync", "Veldwerk could not read it ({kind}); nothing was taken from it.").format(
                kind=type(exc).__name__)
    try:
        _ledger(project, {"id": f"file-{digest[:31]}", "file_name": path.name,  # fits 36
                          "sha256": digest, "status": status, "reason": reason, **sender})
        if status == REJECTED:
            project.run(lambda s: _explain_waiting(s, str(sender.get("device_id", ""))
                                                   or device_named_by(s, path.name)),
                        translate("Sync", "the inbox"))
    except StorageError as exc:  # the ledger cannot be written now: try again later
        status, reason = RETRY, f"{reason} {exc}"
    return Outcome(path.name, status, bundle if status == REJECTED else "",
                   str(sender.get("device_id", "")), str(sender.get("device_name", "")),
                   reason=reason, sha256=digest)


def _sender(project: OpenProject, info: dict[str, str]) -> dict[str, Any]:
    """Who sent a bundle, for the ledger line of one that is refused or kept after it was
    opened, so the coordinator knows which laptop to ask, and which of its changes the
    bundle said it held (``devices skip`` moves past them): only a laptop let in with the
    very key that signed it (a key not let in could claim any name)."""
    device = info.get("Veldwerk-Device-Id", "")
    with project.session() as session:
        approved = session.execute(text(
            "SELECT 1 FROM team_device WHERE device_id = :d AND fingerprint = :f AND "
            "status = 'approved'"), {"d": device, "f": info.get(
                "Veldwerk-Device-Key-Fingerprint", "")}).first()
    if approved is None:
        return {}
    said: dict[str, Any] = {"device_id": device,
                            "device_name": info.get("Veldwerk-Device-Name", ""),
                            "member_name": info.get("Veldwerk-Member-Name", "")}
    with contextlib.suppress(ValueError):  # no number: the refusal says so, no skipping
        said |= {"part": int(info.get("Veldwerk-Part", "1/1").split("/")[0]),
                 "seq_after": int(info.get("Veldwerk-Sequence-After", "0")),
                 "seq_through": int(info.get("Veldwerk-Sequence-Through", "0"))}
    return said


def device_named_by(session: Session, file_name: str) -> str:
    """The approved laptop a file's name points at (``veldwerk-<end of its id>-…``), for a
    bundle that could not even be opened (damaged on the way): only to tell that laptop,
    which compares the file with its own copy; nothing is taken on the name's word."""
    found = re.fullmatch(r"veldwerk-([0-9a-zA-Z]{12})-\d+-\d+-.+\.age", file_name)
    if found is None:
        return ""
    ids = [d for d in session.execute(text(
        "SELECT DISTINCT device_id FROM team_device WHERE status = 'approved'")).scalars()
        if str(d).endswith(found.group(1))]
    return str(ids[0]) if len(ids) == 1 else ""


def refused_before(session: Session, device: str, mark: int, after: int) -> Any:
    """The newest bundle of ``device`` refused for good that held (or may have held) some
    of the changes ``mark`` + 1 to ``after`` that a later bundle waits for: one opened
    names its range; one that could not be opened only its file name (which names the
    laptop and its last change)."""
    if not device:
        return None
    for row in session.execute(text(
            "SELECT file_name, reason, seq_after, seq_through, device_id FROM inbox_bundle "
            "WHERE status = 'rejected' AND (device_id = :d OR device_id = '') "
            "ORDER BY received_at DESC"), {"d": device}):
        if row.device_id == device and int(row.seq_after or 0) < after and int(
                row.seq_through or 0) > mark:
            return row
        if not row.device_id and device_named_by(session, row.file_name) == device:
            through = re.search(r"-(\d{9})-", row.file_name)
            if through is not None and mark < int(through.group(1)) <= after:
                return row
    return None


def waiting_reason(session: Session, device: str, device_name: str, member: str,
                   after: int) -> str:
    """Why a bundle waits, truthfully: the bundle before it was refused, or has not come."""
    mark = int(session.execute(text("SELECT through FROM device_sequence WHERE device_id = "
                                    ":d"), {"d": device}).scalar() or 0)
    refused = refused_before(session, device, mark, after)
    if refused is None:
        return translate("Sync", "The bundle of {device} with changes {first}–{last} has not "
                         "arrived yet.").format(device=device_name, first=mark + 1, last=after)
    return translate("Sync", "It needs changes {first}–{last}: the bundle that held them "
                     "({file}) could not be taken in ({reason}). {member}'s laptop is told "
                     "with the next answers and sends its own copy again by itself if the "
                     "file was damaged on the way; if its own copy is the one refused, "
                     "those changes can only be skipped (veldwerk devices skip).").format(
                         first=mark + 1, last=after, file=refused.file_name,
                         reason=str(refused.reason).rstrip("."), member=member or device_name)


def refused_at(session: Session, device: str) -> tuple[int, int, str, str]:
    """The bundle refused for good where the laptop stands: (first, last change in it,
    its file, its ledger id), so ``devices skip`` can say what it skips before it does."""
    mark = int(session.execute(text("SELECT through FROM device_sequence WHERE device_id = "
                                    ":d"), {"d": device}).scalar() or 0)
    row = session.execute(text(
        "SELECT id, file_name, seq_through FROM inbox_bundle WHERE status = 'rejected' AND "
        "device_id = :d AND part = 1 AND seq_after = :m AND seq_through > :m "
        "ORDER BY received_at DESC"), {"d": device, "m": mark}).first()
    if row is None:
        raise NotFound(translate("Sync", "No refused bundle holds the next changes of this "
                                 "laptop (it stands at change {mark}): there is nothing to "
                                 "skip.").format(mark=mark),
                       hint=translate("Sync", "'veldwerk inbox list' shows its bundles."))
    return mark + 1, int(row.seq_through), str(row.file_name), str(row.id)


def skip_refused(session: Session, device: str) -> tuple[int, int, str]:
    """Move a laptop past the bundle refused for good where it stands, so its later
    bundles go in: (first, last change skipped, the file). Those changes are lost to this
    copy; the ledger line of the refused bundle says so."""
    first, last, name, row_id = refused_at(session, device)
    session.execute(text(
        "INSERT INTO device_sequence (device_id, through) VALUES (:d, :t) "
        "ON CONFLICT (device_id) DO UPDATE SET through = excluded.through"),
        {"d": device, "t": last})
    said = translate("Sync", "Skipped by the coordinator: changes {first}–{last} of this "
                     "laptop are lost to this copy.").format(first=first, last=last)
    reason = session.execute(text("SELECT reason FROM inbox_bundle WHERE id = :i"),
                             {"i": row_id}).scalar()
    session.execute(text("UPDATE inbox_bundle SET reason = :r WHERE id = :i"),
                    {"r": f"{str(reason or '').rstrip('.')}. {said}", "i": row_id})
    changelog.touched(session).add("inbox_bundle")
    return first, last, name


def _explain_waiting(session: Session, device: str) -> None:
    """A refusal that came after a later bundle started waiting: its reason says so now."""
    if not device:
        return
    for row in session.execute(text(
            "SELECT id, device_name, member_name, seq_after FROM inbox_bundle WHERE "
            "status = 'waiting' AND device_id = :d"), {"d": device}).all():
        session.execute(text("UPDATE inbox_bundle SET reason = :r WHERE id = :i"), {
            "r": waiting_reason(session, device, row.device_name, row.member_name,
                                int(row.seq_after or 0)), "i": row.id})
    changelog.touched(session).add("inbox_bundle")


def _passing_reason(exc: BaseException) -> str:
    if isinstance(exc, PassingError | StorageError):
        return " ".join(p for p in (str(exc), exc.hint) if p)
    detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
    return translate("Sync", "It could not be taken in now ({detail}); it is tried again by "
                     "itself.").format(detail=detail)


def _database_reason(exc: SQLAlchemyError) -> str:
    """What the database refused, by table and column, never the values it was given:
    the statement's table and the first line of the database's own message (PostgreSQL
    puts values only in its DETAIL lines; SQLite names ``table.column``)."""
    statement = str(getattr(exc, "statement", "") or "")
    message = (str(getattr(exc, "orig", "") or "").splitlines() or [""])[0]
    found = (re.search(r"(?:INSERT INTO|UPDATE|DELETE FROM)\s+\"?(\w+)", statement)
             or re.search(r"on table \"(\w+)\"", message))
    column = re.search(r"constraint failed: ([\w.]+)", message)
    where = ", ".join(p for p in (found.group(1) if found else "",
                                  column.group(1) if column else "") if p)
    if isinstance(exc, IntegrityError):
        said = translate("Sync", "A change breaks a rule of the database (a key or a link); "
                         "nothing was taken from it.")
    else:
        said = translate("Sync", "The database refused a change ({kind}); nothing was taken "
                         "from it.").format(kind=type(exc).__name__)
    return f"{said} ({where})" if where else said


class _Found(Exception):
    """Ends the probe's transaction (rolled back) with what it found."""

    def __init__(self, error: SyncError | None) -> None:
        super().__init__()
        self.error = error


def _broken_link(project: OpenProject, opened: opening.Opened) -> SyncError | None:
    """SQLite says only "FOREIGN KEY constraint failed" at the commit: the bundle is
    applied again in a transaction that is rolled back, to name the row and column whose
    link points nowhere (PostgreSQL's own message names them already)."""
    if project.url:
        return None

    def probe(session: Session) -> None:
        rows.defer_foreign_keys(session)
        Batch(Merger(session, project.device.id),
              sorted(opened.entries, key=lambda e: int(e["sequence"]))).run()
        found = session.execute(text("PRAGMA foreign_key_check")).first()
        if found is None:
            raise _Found(None)
        table, rowid, parent, key = found[0], found[1], found[2], found[3]
        row_id = session.execute(text(f'SELECT id FROM "{table}" WHERE rowid = :r'),
                                 {"r": rowid}).scalar()
        column = next((link[3] for link in session.execute(text(
            f'PRAGMA foreign_key_list("{table}")')) if link[0] == key), "?")
        said = translate("Sync", "The {table} row {id}: its {column} points at a row of "
                         "{parent} that is not here; nothing was taken from it.")
        raise _Found(SyncError(said.format(table=table, id=row_id, column=column,
                                           parent=parent)))

    try:
        project.run(probe, translate("Sync", "the bundle"))
    except _Found as found:
        return found.error
    except Exception:  # the probe is only for the words: the refusal stands without them
        log.error("could not name the broken link", exc_info=False)
    return None


def _ledger(project: OpenProject, values: dict[str, Any]) -> None:
    project.run(lambda s: _ledger_in(s, values), translate("Sync", "the inbox"))


def _ledger_in(session: Session, values: dict[str, Any]) -> None:
    row = {"device_id": "", "device_name": "", "member_name": "", "part": 1, "seq_after": 0,
           "seq_through": 0, "reason": "", "entries": 0, "applied": 0, "conflicts": 0,
           "dropped": 0, "refused": 0, "waiting": 0, "media": 0, "imported_at": None,
           **values,
           "received_at": changelog.time_text(utcnow())}
    if row["imported_at"] is not None:
        row["imported_at"] = changelog.time_text(row["imported_at"])
    fingerprint, size = row.pop("fingerprint", ""), row.pop("size", 0)
    _remember_deferred(session, row, fingerprint, size)
    if row["status"] != RETRY:  # a passing cause that passed: its row goes
        session.execute(text("DELETE FROM inbox_bundle WHERE sha256 = :s AND id != :i AND "
                             "status IN ('retry', 'deferred')"),
                        {"s": row["sha256"], "i": row["id"]})
    columns = ", ".join(row)
    session.execute(text(
        f"INSERT INTO inbox_bundle ({columns}) VALUES ({', '.join(':' + k for k in row)}) "
        "ON CONFLICT (id) DO UPDATE SET " + ", ".join(
            f"{k} = excluded.{k}" for k in row if k not in ("id", "received_at"))), row)
    changelog.touched(session).add("inbox_bundle")


def _remember_deferred(session: Session, row: dict[str, Any], fingerprint: str,
                       size: int) -> None:
    """A file left on the share is remembered with its key and size, so it is not
    downloaded every round; it is forgotten once it ends otherwise."""
    deferred = meta.get_json(session, DEFERRED_KEY) or {}
    name = row["file_name"]
    if row["status"] == DEFERRED:
        deferred[name] = {"fingerprint": fingerprint, "size": size}
    elif deferred.pop(name, None) is None:
        return
    meta.put_json(session, DEFERRED_KEY, deferred)


def _hold(project: OpenProject, path: Path, held: bool) -> None:
    """Keep a copy of a bundle that waits, so it can be tried again by itself."""
    if held:
        return
    folder = project.folder / HELD
    folder.mkdir(exist_ok=True)
    target = folder / path.name
    if not target.exists():
        temporary = folder / f".{path.name}.{os.getpid()}.part"  # a shared folder
        shutil.copyfile(path, temporary)
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        fsync_dir(folder)


def _device_status(session: Session, info: dict[str, str]) -> str:
    key = info.get("Veldwerk-Device-Key", "")
    found = session.execute(text(
        "SELECT status FROM team_device WHERE device_id = :d AND device_key = :k"),
        {"d": info.get("Veldwerk-Device-Id", ""), "k": key}).scalar()
    if found is None:
        session.execute(text(
            "INSERT INTO team_device (device_id, device_key, fingerprint, name, member_id, "
            "member_name, status, first_seen) VALUES (:d, :k, :f, :n, :mi, :mn, 'pending', "
            ":now)"), {"d": info.get("Veldwerk-Device-Id", ""), "k": key,
                       "f": info.get("Veldwerk-Device-Key-Fingerprint", ""),
                       "n": info.get("Veldwerk-Device-Name", ""),
                       "mi": info.get("Veldwerk-Member-Id", ""),
                       "mn": info.get("Veldwerk-Member-Name", ""),
                       "now": changelog.time_text(utcnow())})
        changelog.touched(session).add("team_device")
        return "pending"
    name = info.get("Veldwerk-Device-Name", "")[:60]
    if name and session.execute(text(  # the member named the laptop since: only the name
            "UPDATE team_device SET name = :n WHERE device_id = :d AND device_key = :k AND "
            "name != :n"), {"n": name, "d": info.get("Veldwerk-Device-Id", ""),
                            "k": key}).rowcount:  # type: ignore[attr-defined]
        changelog.touched(session).add("team_device")
    return str(found)


def _import_opened(project: OpenProject, opened: opening.Opened, path: Path, digest: str,
                   held: bool) -> Outcome:
    info = opened.info
    device = info.get("Veldwerk-Device-Id", "")
    part = int(info.get("Veldwerk-Part", "1/1").split("/")[0])
    after = int(info.get("Veldwerk-Sequence-After", "0"))
    through = int(info.get("Veldwerk-Sequence-Through", "0"))
    base = {"id": opened.id, "file_name": path.name, "sha256": digest, "device_id": device,
            "device_name": info.get("Veldwerk-Device-Name", ""),
            "member_name": info.get("Veldwerk-Member-Name", ""), "part": part,
            "seq_after": after, "seq_through": through, "entries": len(opened.entries),
            "media": len(opened.media)}
    outcome = Outcome(path.name, IMPORTED, opened.id, device, base["device_name"],
                      sha256=digest)
    with project.session() as session:
        project_id = session.execute(text("SELECT id FROM project")).scalar()
        done = session.execute(text("SELECT status FROM inbox_bundle WHERE id = :b"),
                               {"b": opened.id}).scalar()
    if done == IMPORTED:
        outcome.status, outcome.reason = PRESENT, translate("Sync", "imported before")
        return outcome
    if info.get("Veldwerk-Project-Id") != project_id:
        outcome.status = REJECTED
        outcome.reason = translate("Sync", "{name} belongs to another project ({project}).").format(
            name=path.name, project=info.get("Veldwerk-Project-Name", "?"))
        _ledger(project, {**base, "status": REJECTED, "reason": outcome.reason})
        return outcome
    status = project.run(lambda s: _device_status(s, info), translate("Sync", "the inbox"))
    if status != "approved":
        return _not_let_in(project, outcome, base, info, path, held, status)
    names = _take_media(project, opened)
    group = info.get("Veldwerk-Bundle-Group", "") or opened.id
    try:
        result = project.run(lambda s: _apply(s, project, opened, base, part, after, through),
                             translate("Sync", "the bundle"))
    finally:
        # A later part's files wait for the rows of part 1 if that has not come yet.
        if part == 1 or _imported(project, group):
            _drop_unnamed(project, names)
        else:
            parts.wait(project, group, names)
    if part == 1 and result[0] in (IMPORTED, PRESENT):
        _drop_unnamed(project, parts.arrived(project, group))
    outcome.status, outcome.counts = result
    if outcome.status == WAITING:
        with project.session() as session:
            outcome.reason = waiting_reason(session, device, base["device_name"],
                                            base["member_name"], after)
        _hold(project, path, held)
        _ledger(project, {**base, "status": WAITING, "reason": outcome.reason})
    elif outcome.status == PRESENT:
        outcome.reason = translate("Sync", "its changes were imported before")
    if outcome.counts.erased:
        for erased in outcome.counts.erased:
            erasure.finish(project, erased)
    return outcome


def _not_let_in(project: OpenProject, outcome: Outcome, base: dict[str, Any],
                info: dict[str, str], path: Path, held: bool, status: str) -> Outcome:
    """A laptop not let in (not yet, or refused): its bundle is kept in ``inbox/`` within
    the quota and goes in once the laptop is approved; beyond the quota it is left where
    it is (the share, the stick) and remembered, never refused for good."""
    fingerprint = info.get("Veldwerk-Device-Key-Fingerprint", "")
    said = (translate("Sync", "{device} ({member}, key {fp}) is not approved yet.")
            if status == "pending" else translate(
                "Sync", "{device} ({member}, key {fp}) was refused; its bundles go in if "
                "you approve it after all."))
    outcome.reason = said.format(device=base["device_name"], member=base["member_name"],
                                 fp=fingerprint)
    size = path.stat().st_size
    kept = held or (project.folder / HELD / path.name).is_file()
    if not kept:
        with project.session() as session:
            files, room = _unapproved_room(session, project.folder / HELD)
        if files < 1 or room < size:
            outcome.status = DEFERRED
            outcome.reason += " " + translate(
                "Sync", "The inbox keeps no more bundles of laptops not let in ({n} files, "
                "{size}): this one stays where it is until there is room or the laptop is "
                "let in.").format(n=LIMITS.unapproved_files,
                                  size=words.size(LIMITS.unapproved_bytes))
            _ledger(project, {**base, "status": DEFERRED, "reason": outcome.reason,
                              "fingerprint": fingerprint, "size": size})
            return outcome
        _hold(project, path, held)
    outcome.status = QUARANTINED
    _ledger(project, {**base, "status": QUARANTINED, "reason": outcome.reason})
    return outcome


def _apply(session: Session, project: OpenProject, opened: opening.Opened,
           base: dict[str, Any], part: int, after: int, through: int
           ) -> tuple[str, Counts]:
    mark = session.execute(text("SELECT through FROM device_sequence WHERE device_id = :d"),
                           {"d": base["device_id"]}).scalar() or 0
    merger = Merger(session, project.device.id)
    if part == 1:
        if through <= mark and opened.entries:
            status = PRESENT
        elif after != mark:
            return WAITING, merger.counts
        else:
            status = IMPORTED
            rows.defer_foreign_keys(session)
            entries = sorted(opened.entries, key=lambda e: int(e["sequence"]))
            if any(entry.get("device") != base["device_id"] for entry in entries):
                raise SyncError(translate("Sync", "The bundle holds changes of another "
                                          "laptop; it is refused."))
            outside = [int(e["sequence"]) for e in entries
                       if not after < int(e["sequence"]) <= through]
            if outside:  # a number outside what the bundle says it holds: made up
                raise SyncError(translate(
                    "Sync", "The bundle holds change {seq}, outside the changes it says it "
                    "holds ({after} to {through}); it is refused.").format(
                        seq=outside[0], after=after + 1, through=through))
            Batch(merger, entries).run()
            orphans.drop_orphans(session, merger.counts, entries)
            session.execute(text(
                "INSERT INTO device_sequence (device_id, through) VALUES (:d, :t) "
                "ON CONFLICT (device_id) DO UPDATE SET through = excluded.through"),
                {"d": base["device_id"], "t": through})
    else:
        status = IMPORTED  # media only: they go in whenever they come
    c = merger.counts
    _ledger_in(session, {**base, "status": IMPORTED, "applied": c.applied,
                         "conflicts": c.conflicts, "dropped": c.dropped, "refused": c.refused,
                         "waiting": c.waiting, "imported_at": utcnow()})
    return status, c


def _take_media(project: OpenProject, opened: opening.Opened) -> list[str]:
    """Copy the bundle's media into ``media/`` (temporary name, fsync, rename) after
    checking each file's SHA-256 against its name."""
    names = []
    project.media.mkdir(exist_ok=True)
    for source in opened.media:
        name = source.name
        stem = name.split(".")[0]
        target = project.media / name
        names.append(name)
        if target.exists():
            continue
        temporary = project.media / f".{name}.{os.getpid()}.part"  # a shared folder
        digest = hashlib.sha256()
        with open(source, "rb") as reader, open(temporary, "wb") as writer:
            while block := reader.read(1 << 20):
                digest.update(block)
                writer.write(block)
            writer.flush()
            os.fsync(writer.fileno())
        if digest.hexdigest() != stem:
            temporary.unlink()
            raise SyncError(translate("Sync", "The file {name} in the bundle does not match "
                                      "its name; nothing was imported.").format(name=name))
        os.replace(temporary, target)
    fsync_dir(project.media)
    return names


def _drop_unnamed(project: OpenProject, names: list[str]) -> None:
    """Files that no row names after the import (their rows were erased, or the import
    failed) do not stay."""
    with project.session() as session:
        unused = [n for n in names if not ownership.referenced(session, n)]
    for name in unused:
        overwrite_and_unlink(project.media / name)


def _imported(project: OpenProject, bundle_id: str) -> bool:
    with project.session() as session:
        return session.execute(text("SELECT 1 FROM inbox_bundle WHERE id = :b AND status = "
                                    "'imported'"), {"b": bundle_id}).first() is not None


@dataclass(frozen=True)
class LedgerRow:
    """One line of the inbox as the coordinator sees it."""

    file_name: str
    status: str
    device_id: str
    device_name: str
    member_name: str
    applied: int
    conflicts: int
    dropped: int
    refused: int
    reason: str
    received_at: str


def ledger(session: Session) -> list[LedgerRow]:
    """Every bundle that came in, newest first."""
    found = session.execute(text(
        "SELECT file_name, status, device_id, device_name, member_name, applied, conflicts, "
        "dropped, refused, reason, received_at FROM inbox_bundle "
        "ORDER BY received_at DESC, file_name")).all()
    counts = ("applied", "conflicts", "dropped", "refused")
    return [LedgerRow(**{k: int(v) if k in counts else str(v) for k, v in r._mapping.items()})
            for r in found]


def held_folder(project: OpenProject) -> Path:
    return project.folder / HELD


def summary_lines(outcomes: list[Outcome]) -> list[str]:
    """One plain line per bundle, as ``inbox import`` prints them."""
    out = []
    for o in outcomes:
        c = o.counts
        if o.status == IMPORTED:
            out.append(translate("Sync", "{file}: imported ({applied}, {conflicts}, {dropped} "
                                 "dropped after an erasure, {refused} refused).").format(
                file=o.file, applied=labels.changes(c.applied),
                conflicts=labels.conflicts(c.conflicts), dropped=c.dropped, refused=c.refused))
            if c.waiting:
                out.append("  " + overview.waiting_words(c.waiting))
        else:
            said = "" if o.status == PRESENT else o.reason  # the state says it already
            out.append(f"{o.file}: {overview.state_words(o.status)}. {said}".strip())
    return out


def as_json_lines(outcomes: list[Outcome]) -> list[str]:
    return [json.dumps(o.to_json(), ensure_ascii=False) for o in outcomes]
