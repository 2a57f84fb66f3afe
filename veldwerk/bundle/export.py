"""Bundle export: this laptop's unsent changes and the media their rows name, as signed,
encrypted BagIt bundles in the project's outbox.

Two steps, so that a crash anywhere leaves the outbox consistent and nothing is ever
sent twice as two different bundles:

1. **Claim** (one writer transaction, quick): choose the entries and media files, give
   the bundle (or its parts) an id, mark the entries with it (which also stops
   compaction from touching them), record the media as sent and the bundle as
   ``making``. The sequence high-water mark goes to ``outbox/sequence.json`` first.
2. **Build** (no transaction held, so autosave goes on): write the bag from what the
   database says the bundle holds, straight into age encryption, to a temporary name;
   fsync, rename, mark it ``made``. A build that was killed is simply done again, from
   the same claimed contents under the same id.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

import pyrage
from sqlalchemy import text
from sqlmodel import Session

import veldwerk
from veldwerk.bundle import bag
from veldwerk.bundle import keys as keymod
from veldwerk.domain.ownership import MEDIA
from veldwerk.errors import SyncError
from veldwerk.fsutil import atomic_write_text, fsync_dir
from veldwerk.i18n import translate
from veldwerk.ids import utcnow, uuid7
from veldwerk.paths import device as device_of
from veldwerk.store import changelog, dialect, meta, migrate
from veldwerk.store.meta import COORDINATOR_KEY
from veldwerk.store.project import JOINED_KEY, OpenProject

PART_LIMIT = 200 * 1000 * 1000  # bytes of payload per bundle file
SUFFIX = ".age"
SEQUENCE_FILE = "sequence.json"
ORIGINALS_KEY = "send_originals"  # the project asks for original WAVs too
Progress = Callable[[int, int], None]  # (bytes done, bytes in all)

_ENTRIES = ("SELECT device_id, seq, table_name, row_id, op, row, base_device, base_seq, "
            "logged_at FROM change_log WHERE {where} ORDER BY seq")
# A take still being recorded waits (its row will change once more), and so do its markers.
_WAITING = ("(table_name = 'recording' AND row_id IN (SELECT id FROM recording WHERE state = "
            "'recording')) OR (table_name = 'marker' AND {recording} "
            "IN (SELECT id FROM recording WHERE state = 'recording'))")


@dataclass(frozen=True)
class Made:
    id: str
    file: Path
    part: int
    parts: int
    entries: int
    media: int
    size: int


def not_joined() -> SyncError:
    return SyncError(translate("Sync", "This project was not joined from a coordinator's "
                               "project file, so there is nobody to send bundles to."),
                     hint=translate("Sync", "Join the project with the file your coordinator "
                                    "sent (Start › Join a project)."))


def export(project: OpenProject, progress: Progress | None = None,
           part_limit: int = PART_LIMIT) -> list[Made]:
    """Claim what waits and build every bundle not yet built; returns what was built."""
    if not project.joined:
        raise not_joined()
    project.run(lambda s: claim(s, project, part_limit), translate("Sync", "the bundle"))
    return build_pending(project, progress)


def build_pending(project: OpenProject, progress: Progress | None = None) -> list[Made]:
    remember(project)
    with project.session() as session:
        pending = [row[0] for row in session.execute(text(
            "SELECT id FROM outbox WHERE state = 'making' ORDER BY made_at, part"))]
    return [build(project, bundle_id, progress) for bundle_id in pending]


# --- claim ------------------------------------------------------------------------------

def high_water(project: OpenProject) -> dict[str, Any]:
    """The last bundle this laptop made for the project, as ``outbox/sequence.json`` keeps
    it outside the database (a restored backup does not roll it back)."""
    try:
        value: dict[str, Any] = json.loads((project.outbox / SEQUENCE_FILE).read_text("utf-8"))
        return value
    except (OSError, ValueError):
        return {}


def restore_floor(project: OpenProject) -> None:
    """On open: numbering continues above every bundle ever made, even when the database
    came back from a backup older than the newest bundle."""
    mark = high_water(project)
    if mark.get("device") == project.device.id and int(mark.get("through", 0)) > 0:
        def work(session: Session) -> None:
            cursor = changelog.raw_cursor(session)
            try:
                changelog.raise_floor(cursor, project.device.id, int(mark["through"]))
            finally:
                cursor.close()
        project.run(work)


def _previous(session: Session, project: OpenProject) -> tuple[str, int]:
    found = session.execute(text("SELECT id, seq_through FROM outbox WHERE part = 1 "
                                 "ORDER BY seq_through DESC LIMIT 1")).first()
    mark = high_water(project)
    through = int(mark.get("through", 0)) if mark.get("device") == project.device.id else 0
    if found is not None and found[1] >= through:
        return str(found[0]), int(found[1])
    return str(mark.get("bundle", "")), through


def named_media(table: str, row: dict[str, Any], originals: bool) -> list[str]:
    """The media files a row names (a recording's original WAV only when asked)."""
    columns = MEDIA.get(table, ())
    if table == "recording" and not originals:
        columns = tuple(c for c in columns if c != "media_name")
    return [str(row[c]) for c in columns if row.get(c)]


def claim(session: Session, project: OpenProject, part_limit: int = PART_LIMIT) -> list[str]:
    """Give the waiting entries and media a bundle (parts); returns the new ids."""
    me = project.device.id
    waiting = _WAITING.format(recording=dialect.of(session).json_text("row", "recording_id"))
    entries = session.execute(text(_ENTRIES.format(
        where=f"device_id = :me AND bundle_id IS NULL AND NOT ({waiting})")),
        {"me": me}).all()
    if not entries:
        return []
    originals = meta.get(session, ORIGINALS_KEY) == "1"
    sent = {row[0] for row in session.execute(text("SELECT name FROM sent_media"))}
    media: dict[str, int] = {}
    for entry in entries:
        if entry.op in ("insert", "update", "delete"):
            for name in named_media(entry.table_name, json.loads(entry.row), originals):
                path = project.media / name
                if name not in sent and name not in media and path.is_file():
                    media[name] = path.stat().st_size
    jsonl = sum(len(r.row) + 300 for r in entries)  # about: changes.jsonl's size
    parts: list[list[str]] = [[]]
    room = part_limit - jsonl
    for name, size in media.items():
        if size > room and parts[-1]:
            parts.append([])
            room = part_limit
        parts[-1].append(name)
        room -= size
    previous_id, after = _previous(session, project)
    entries = _above(session, entries, after)
    through = int(entries[-1].seq)
    ids = [uuid7() for _ in parts]
    now = utcnow()
    project.outbox.mkdir(exist_ok=True)
    session.execute(text(
        "UPDATE change_log SET bundle_id = :b WHERE device_id = :me AND seq IN "
        f"({dialect.of(session).values(':seqs', 'integer')})"),
        {"b": ids[0], "me": me, "seqs": json.dumps([int(e.seq) for e in entries])})
    for number, (bundle_id, names) in enumerate(zip(ids, parts, strict=True), start=1):
        if names:
            session.execute(text("INSERT INTO sent_media (name, bundle_id) VALUES (:n, :b)"),
                            [{"n": n, "b": bundle_id} for n in names])
        session.execute(text(
            "INSERT INTO outbox (id, file_name, seq_after, seq_through, previous_id, group_id, "
            "part, parts, entries, media, size, sha256, state, attempts, last_error, made_at) "
            "VALUES (:id, :file, :after, :through, :previous, :group, :part, :parts, "
            ":entries, :media, 0, '', 'making', 0, '', :made)"),
            {"id": bundle_id, "file": file_name(me, through, number, bundle_id),
             "after": after, "through": through, "previous": previous_id,
             "group": ids[0], "part": number, "parts": len(ids),
             "entries": len(entries) if number == 1 else 0, "media": len(names),
             "made": changelog.time_text(now)})
    changelog.touched(session).add("outbox")
    return ids


def _above(session: Session, entries: list[Any], after: int) -> list[Any]:
    """Every entry of a bundle lies above the last bundle's range (the coordinator refuses
    one that does not). An entry numbered at or below it — a take's markers that waited
    while a later bundle went, or unsent work of a database restored from a backup older
    than the last bundle — takes the next numbers, in its row too, so the base of the
    row's next change is the number the coordinator saw."""
    late = [e for e in entries if int(e.seq) <= after]
    if not late:
        return entries
    me = str(entries[0].device_id)
    cursor = changelog.raw_cursor(session)
    changelog.raise_floor(cursor, me, max(after, int(entries[-1].seq)))
    numbers = [int(e.seq) for e in entries if int(e.seq) > after]
    for entry in late:
        new = changelog.next_seq(cursor, me)
        changelog.raise_floor(cursor, me, new)
        numbers.append(new)
        row = json.loads(entry.row)
        if row:
            row["change_seq"] = new
        session.execute(text("UPDATE change_log SET seq = :new, row = :row WHERE device_id = "
                             ":me AND seq = :old"),
                        {"new": new, "old": int(entry.seq), "me": me,
                         "row": json.dumps(row, ensure_ascii=False)})
        if entry.op in ("insert", "update", "delete"):
            session.execute(text(f"UPDATE {entry.table_name} SET change_seq = :new WHERE id = "
                                 ":id AND change_device = :me AND change_seq = :old"),
                            {"new": new, "old": int(entry.seq), "me": me, "id": entry.row_id})
    where = f"device_id = :me AND seq IN ({dialect.of(session).values(':seqs', 'integer')})"
    return list(session.execute(text(_ENTRIES.format(where=where)),
                                {"me": me, "seqs": json.dumps(numbers)}).all())


def remember(project: OpenProject) -> None:
    """``outbox/sequence.json`` follows the newest bundle the database holds, written
    after the claim committed: a claim killed before its commit leaves no mark of a
    bundle that never was."""
    with project.session() as session:
        found = session.execute(text("SELECT id, seq_through FROM outbox WHERE part = 1 "
                                     "ORDER BY seq_through DESC LIMIT 1")).first()
    if found is None:
        return
    mark = high_water(project)
    if mark.get("device") == project.device.id and int(mark.get("through", 0)) >= found[1]:
        return
    project.outbox.mkdir(exist_ok=True)
    atomic_write_text(project.outbox / SEQUENCE_FILE, json.dumps(
        {"device": project.device.id, "through": int(found[1]), "bundle": str(found[0])}))


def file_name(device_id: str, through: int, part: int, bundle_id: str) -> str:
    """Unique, and sorting in the order the bundles were made."""
    return f"veldwerk-{device_id[-12:]}-{through:09d}-{part}-{bundle_id[-12:]}{SUFFIX}"


def again_name(name: str, times: int) -> str:
    """A bundle sent again after the coordinator got a damaged copy: a name of its own
    (the coordinator takes each name once), still sorting beside the first."""
    stem = name[:-len(SUFFIX)] if name.endswith(SUFFIX) else name
    stem = stem.rsplit("-again", 1)[0]
    return f"{stem}-again{times}{SUFFIX}"


# --- build ------------------------------------------------------------------------------

class _HashingWriter:
    """Takes what age produces and writes and hashes it on a thread of its own: the file
    write and SHA-256 both release the GIL, so they cost no time beside the encryption,
    which holds it, on the other core. At most ``DEPTH`` blocks wait, so memory stays
    small; a failed write (a full disk) stops the encryption at its next block."""

    DEPTH = 64  # blocks of age's 64 KB in flight: 4 MB
    GATHER = 16  # blocks written at once, at most: 1 MB

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.digest = hashlib.sha256()
        self.size = 0
        self.sha256 = ""
        self._failed: BaseException | None = None
        self._queue: queue.Queue[bytes | None] = queue.Queue(self.DEPTH)
        self._thread = threading.Thread(target=self._drain, name="veldwerk-bundle-write",
                                        daemon=True)
        self._thread.start()

    def _drain(self) -> None:
        ended = False
        while not ended:
            blocks = [self._queue.get()]
            while blocks[-1] is not None and len(blocks) < self.GATHER:
                try:  # what else waits goes in the same write: fewer, larger writes
                    blocks.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            ended = blocks[-1] is None
            data = b"".join(b for b in blocks if b is not None)
            if self._failed is not None or not data:
                continue  # keep taking blocks, so the encryption never waits on a full queue
            try:
                self.handle.write(data)
                self.digest.update(data)
            except BaseException as exc:  # reported to the encrypting thread
                self._failed = exc

    def write(self, data: bytes) -> int:
        if self._failed is not None:
            raise self._failed
        self.size += len(data)
        self._queue.put(bytes(data))
        return len(data)

    def flush(self) -> None:
        """Age flushes at its end; the file is flushed once every block is written."""

    def finish(self) -> None:
        """Wait until every block is written and hashed; :attr:`sha256` holds the digest
        afterwards. A write that failed is raised here."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
        if self._failed is not None:
            raise self._failed
        self.handle.flush()
        self.sha256 = self.digest.hexdigest()


def _contents(session: Session, project: OpenProject, bundle_id: str
              ) -> tuple[Any, list[Any], list[str], dict[str, Any]]:
    row = session.execute(text("SELECT * FROM outbox WHERE id = :b"), {"b": bundle_id}).one()
    entries = session.execute(text(_ENTRIES.format(where="bundle_id = :b")),
                              {"b": bundle_id}).all() if row.part == 1 else []
    names = [r[0] for r in session.execute(text(
        "SELECT name FROM sent_media WHERE bundle_id = :b ORDER BY name"), {"b": bundle_id})]
    facts = {
        "joined": meta.get_json(session, JOINED_KEY),
        "coordinator": meta.get_json(session, COORDINATOR_KEY),
        "originals": meta.get(session, ORIGINALS_KEY) == "1",
        "project": session.execute(text("SELECT id, name FROM project")).one(),
        "sent": dict(session.execute(text("SELECT name, bundle_id FROM sent_media")).all()),
    }
    return row, entries, names, facts


def _media_index(entries: list[Any], facts: dict[str, Any], project: OpenProject,
                 bundle_id: str) -> bytes:
    """Every file the rows of this bundle name, and where it travels."""
    lines: list[str] = []
    seen: set[str] = set()
    for entry in entries:
        if entry.op not in ("insert", "update", "delete"):
            continue
        row = json.loads(entry.row)
        for column in MEDIA.get(entry.table_name, ()):
            name = row.get(column)
            if not name or name in seen:
                continue
            seen.add(name)
            carried = facts["sent"].get(name)
            if carried:
                where = "this bundle" if carried == bundle_id else f"bundle {carried}"
            elif entry.table_name == "recording" and column == "media_name" and not facts[
                    "originals"]:
                where = "kept on the laptop"
            else:
                where = "not on the laptop" if not (project.media / name).is_file() else (
                    "waiting")
            lines.append(json.dumps({"name": name, "table": entry.table_name,
                                     "row": entry.row_id, "column": column, "where": where},
                                    ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


def build(project: OpenProject, bundle_id: str, progress: Progress | None = None) -> Made:
    """Write the bundle's file from what the database says it holds; mark it ``made``."""
    with project.session() as session:
        row, entries, names, facts = _contents(session, project, bundle_id)
    joined, coordinator = facts["joined"], facts["coordinator"]
    if not joined or not coordinator:
        raise not_joined()
    recipients = [keymod.age_recipient(coordinator["age"])]  # the coordinator's only
    signing = keymod.device_signing_key(project.data_folder)
    device_key = keymod.public_text(signing.public_key())
    payload: list[bag.Payload] = []
    if row.part == 1:
        changes = "".join(json.dumps(changelog.entry_dict(
            e.table_name, e.row_id, e.op, e.device_id, e.seq, e.row, e.base_device,
            e.base_seq, e.logged_at), ensure_ascii=False, sort_keys=True) + "\n"
            for e in entries).encode("utf-8")
        payload.append(bag.Payload("changes.jsonl", len(changes), changes))
        index = _media_index(entries, facts, project, bundle_id)
        payload.append(bag.Payload("media-index.jsonl", len(index), index))
    for name in names:
        path = project.media / name
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise SyncError(translate("Sync", "The file {name} went missing before it could be "
                                      "sent.").format(name=name), hint=translate(
                "Sync", "Run 'veldwerk audio check'. The bundle is made again next time."),
            ) from exc
        payload.append(bag.Payload(f"media/{name}", size, path, name.split(".")[0]))
    made_at = row.made_at if isinstance(row.made_at, datetime) else datetime.fromisoformat(
        str(row.made_at))
    info = [
        ("Bag-Software-Agent", f"Veldwerk {veldwerk.__version__}"),
        ("Bagging-Date", made_at.date().isoformat()),
        ("External-Identifier", bundle_id),
        ("Veldwerk-Project-Id", facts["project"][0]),
        ("Veldwerk-Project-Name", facts["project"][1]),
        ("Veldwerk-Device-Id", project.device.id),
        ("Veldwerk-Device-Name", device_of(project.data_folder).name),  # named since open
        ("Veldwerk-Device-Key", device_key),
        ("Veldwerk-Device-Key-Fingerprint", keymod.fingerprint(device_key)),
        ("Veldwerk-Member-Id", joined["member"]["id"]),
        ("Veldwerk-Member-Name", joined["member"]["name"]),
        ("Veldwerk-Schema", migrate.HEAD),
        ("Veldwerk-Sequence-After", str(row.seq_after)),
        ("Veldwerk-Sequence-Through", str(row.seq_through)),
        ("Veldwerk-Previous-Bundle", row.previous_id or "none"),
        ("Veldwerk-Bundle-Group", row.group_id),
        ("Veldwerk-Part", f"{row.part}/{row.parts}"),
        ("Veldwerk-Entries", str(len(entries))),
        ("Veldwerk-Media-Files", str(len(names))),
    ]
    total = sum(p.size for p in payload)
    done = 0

    def advance(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(done, total)

    project.outbox.mkdir(exist_ok=True)
    final = project.outbox / row.file_name
    temporary = final.with_name(f".{final.name}.part")
    writer = _encrypt_to(temporary, recipients, lambda out: bag.write_bag(
        out, bundle_id, info, payload, signing.sign, made_at.timestamp(), advance))
    os.replace(temporary, final)
    fsync_dir(project.outbox)

    def mark(session: Session) -> None:
        session.execute(text("UPDATE outbox SET state = 'made', size = :size, sha256 = :sha "
                             "WHERE id = :b AND state = 'making'"),
                        {"size": writer.size, "sha": writer.sha256, "b": bundle_id})
        changelog.touched(session).add("outbox")
    project.run(mark, translate("Sync", "the bundle"))
    return Made(bundle_id, final, row.part, row.parts, len(entries), len(names), writer.size)


def _widen(pipe: int) -> None:
    """A 1 MB pipe instead of 64 kB: the tar and age threads switch 16 times less."""
    try:
        import fcntl  # deferred: platform

        fcntl.fcntl(pipe, fcntl.F_SETPIPE_SZ, bag.BLOCK)  # type: ignore[attr-defined]
    except (ImportError, AttributeError, OSError):
        pass  # not Linux: the default pipe works, a little slower


def _encrypt_to(path: Path, recipients: list[Any], produce: Callable[[BinaryIO], None]
                ) -> _HashingWriter:
    """Run ``produce`` (which writes the tar) in a thread into a pipe that age encrypts
    into ``path``: no plain copy of the bundle ever touches the disk."""
    read_fd, write_fd = os.pipe()
    _widen(write_fd)
    failure: list[BaseException] = []

    def run() -> None:
        try:
            with open(write_fd, "wb", buffering=bag.BLOCK) as sink:
                produce(sink)
        except BaseException as exc:  # reported in the caller's thread
            failure.append(exc)

    producer = threading.Thread(target=run, name="veldwerk-bundle-tar", daemon=True)
    source = open(read_fd, "rb", buffering=bag.BLOCK)  # noqa: SIM115 - closed below
    try:
        with open(path, "wb") as handle:
            writer = _HashingWriter(handle)
            producer.start()
            try:
                pyrage.encrypt_io(source, writer, recipients)
            finally:
                source.close()  # a producer still writing stops on a broken pipe
                producer.join()
                writer.finish()
            if failure:
                raise failure[0]
            bag.fsync_file(handle)
    except OSError as exc:
        path.unlink(missing_ok=True)
        raise SyncError(translate("Sync", "The bundle could not be written to {folder}: "
                                  "{detail}.").format(folder=path.parent,
                                                      detail=exc.strerror or exc),
                        hint=translate("Sync", "Free some disk space; nothing was lost and "
                                       "the bundle is made again next time.")) from exc
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    finally:
        if not producer.is_alive() and not producer.ident:
            os.close(write_fd)  # the thread never started: its end is still ours
    return writer
