"""What the coordinator sends back after a merge: signed receipts for the bundles taken
in, erasure lists after an erasure, project updates (a participant renamed after a code
clash), and resolved conflicts to the laptops holding the record (``merge.travel``).
Each is written first into the project's ``answers/`` folder (temporary name, fsync,
rename), then published to the target when it can be reached; what could not go
yet goes with the next import. The files' formats are in ``sync.downstream``."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, text

from veldwerk.bundle import keys as keymod
from veldwerk.bundle.projectfile import canonical, reference_rows
from veldwerk.errors import VeldwerkError
from veldwerk.fsutil import atomic_write_bytes
from veldwerk.i18n import translate
from veldwerk.mediastore import overwrite_and_unlink
from veldwerk.merge import decisions, travel
from veldwerk.merge.erased import WAITING_KEY as ERASURES_WAITING
from veldwerk.merge.inbox import IMPORTED, PRESENT, REJECTED, device_named_by
from veldwerk.store import meta
from veldwerk.store.project import OpenProject
from veldwerk.sync import downstream, routes
from veldwerk.sync.target import Target
from veldwerk.sync.transport import checked_path, connect

ANSWERS_FOLDER = "answers"  # in the project folder: what waits to be published
PUBLISHED_KEY = "answers_published"  # one list, for the one target of older projects
PUBLISHED_TO_KEY = "answers_published_to"  # place -> the answers already there
RESOLUTION_ROWS_KEY = "resolution_rows"  # a resolution file -> the rows it carries
UPDATE_HASH_KEY = "update_published_sha256"  # the coordinator's tables as last sent


@dataclass
class Published:
    sent: int = 0
    waiting: int = 0
    problem: str = ""


def _project_id(project: OpenProject) -> str:
    with project.session() as session:
        return str(session.execute(text("SELECT id FROM project")).scalar())


def queue(project: OpenProject, folder: tuple[str, ...], name: str, data: bytes) -> Path:
    """An answer into ``answers/``; a laptop's device id names its folder, and it came in
    a bundle: only plain names make a path here (``sync.transport.checked_path``)."""
    path = project.folder.joinpath(ANSWERS_FOLDER,
                                   *checked_path((*folder, name), str(project.folder)))
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, data)
    return path


def receipt(project: OpenProject, keys: keymod.CoordinatorKeys, device_id: str,
            bundles: list[tuple[str, str]], changes: list[dict[str, Any]] | None = None,
            refused: list[dict[str, str]] | None = None) -> Path:
    """A receipt for (bundle id, sha256 of the file) pairs of one laptop, with what became
    of its changes that were not simply applied and the bundles refused for good."""
    name, data = downstream.make_receipt(keys, _project_id(project), device_id, bundles,
                                         changes, refused)
    return queue(project, (downstream.RECEIPTS_FOLDER, device_id), name, data)


def erasure_list(project: OpenProject, keys: keymod.CoordinatorKeys, people: list[str],
                 erased_rows: list[tuple[str, str]]) -> Path:
    name, data = downstream.make_erasure_list(keys, _project_id(project), people, erased_rows)
    return queue(project, (downstream.SHARED_FOLDER,), name, data)


def renames(project: OpenProject, keys: keymod.CoordinatorKeys,
            renamed: list[dict[str, Any]]) -> Path:
    """A project update telling the laptops a participant's new code."""
    name, data = downstream.make_update(keys, _project_id(project), [], renamed)
    return queue(project, (downstream.SHARED_FOLDER,), name, data)


def resolutions(project: OpenProject, keys: keymod.CoordinatorKeys) -> list[Path]:
    """One sealed, signed file per laptop with the rows resolved since the last time.
    Taking what waits, writing the files and forgetting it is one writer transaction, so
    two rounds at once (the Inbox's own round and a resolve) never both send it."""
    project_id = _project_id(project)

    def work(session: Any) -> list[Path]:
        items = travel.waiting(session)
        if not items:
            return []
        paths = []
        carried: dict[str, list[str]] = {}
        for device, (device_keys, found) in sorted(travel.by_laptop(session, items).items()):
            name, data = downstream.make_resolution(keys, project_id, device, device_keys,
                                                    found)
            paths.append(queue(project, (downstream.RECEIPTS_FOLDER, device), name, data))
            carried[f"{downstream.RECEIPTS_FOLDER}/{device}/{name}"] = sorted(
                {i for item in found for i in item["ids"]})
        travel.done(session, items)
        known = meta.get_json(session, RESOLUTION_ROWS_KEY) or {}
        meta.put_json(session, RESOLUTION_ROWS_KEY, {**known, **carried})
        return paths

    return decided(project, keys) + project.run(work)


def decided(project: OpenProject, keys: keymod.CoordinatorKeys) -> list[Path]:
    """What the coordinator decided on laptops' changes of rows not their own: a receipt
    per laptop saying which were applied or refused, and an erasure list for every
    confirmed erasure. Taking what waits and forgetting it is one writer transaction."""
    decisions.finish(project)
    project_id = _project_id(project)

    def work(session: Any) -> list[Path]:
        news: dict[str, list[dict[str, Any]]] = meta.get_json(session, decisions.NEWS_KEY) or {}
        erasures: list[dict[str, Any]] = meta.get_json(session, decisions.ERASURES_KEY) or []
        paths = []
        for device, changes in sorted(news.items()):
            name, data = downstream.make_receipt(keys, project_id, device, [], changes)
            paths.append(queue(project, (downstream.RECEIPTS_FOLDER, device), name, data))
        for erased in erasures:
            if erased["participants"] or erased["rows"]:
                name, data = downstream.make_erasure_list(
                    keys, project_id, erased["participants"],
                    [(t, i) for t, i in erased["rows"]])
                paths.append(queue(project, (downstream.SHARED_FOLDER,), name, data))
        if news:
            meta.put_json(session, decisions.NEWS_KEY, {})
        if erasures:
            meta.put_json(session, decisions.ERASURES_KEY, [])
        return paths

    return project.run(work)


def queue_erasures(project: OpenProject, keys: keymod.CoordinatorKeys) -> Path | None:
    """What waits becomes one signed erasure list in ``answers/``; written and forgotten in
    one writer transaction, so two rounds at once never both send it."""
    def work(session: Any) -> Path | None:
        waiting = meta.get_json(session, ERASURES_WAITING)
        if not waiting:
            return None
        project_id = str(session.execute(text("SELECT id FROM project")).scalar())
        name, data = downstream.make_erasure_list(
            keys, project_id, list(waiting["participants"]),
            [(str(t), str(i)) for t, i in waiting["rows"]])
        path = queue(project, (downstream.SHARED_FOLDER,), name, data)
        session.execute(text("DELETE FROM veldwerk_meta WHERE key = :k"), {"k": ERASURES_WAITING})
        return path

    result: Path | None = project.run(work)
    return result


def waiting(project: OpenProject, keys: keymod.CoordinatorKeys) -> list[Path]:
    """What waited for the keys to be open: erasures made here since the last erasure
    list (:func:`queue_erasures`), and conflicts resolved since (``merge.travel``)."""
    listed = queue_erasures(project, keys)
    return [*([listed] if listed else []), *resolutions(project, keys)]


def withdraw_erased(project: OpenProject) -> set[str]:
    """Resolution files that carry a row erased since (sealed, yet the person's words):
    overwritten and removed here; ``publish`` removes them from every place too."""
    with project.session() as session:
        carried: dict[str, list[str]] = meta.get_json(session, RESOLUTION_ROWS_KEY) or {}
        ids = sorted({i for found in carried.values() for i in found})
        erased = set(session.execute(text(
            "SELECT row_id FROM erased_row WHERE row_id IN :ids").bindparams(
                bindparam("ids", expanding=True)), {"ids": ids}).scalars()) if ids else set()
    gone = {path for path, found in carried.items() if erased & set(found)}
    for path in gone:
        overwrite_and_unlink(project.folder / ANSWERS_FOLDER / path)
    if gone:
        project.run(lambda s: meta.put_json(s, RESOLUTION_ROWS_KEY, {
            p: f for p, f in carried.items() if p not in gone}))
    return gone


def project_update(project: OpenProject, keys: keymod.CoordinatorKeys) -> Path | None:
    """A signed update of the coordinator's tables (a new neighbourhood, a guide's next
    version) when they changed since the last one went out; None when nothing changed."""
    with project.session() as session:
        found = reference_rows(session)
        before = meta.get(session, UPDATE_HASH_KEY)
    digest = hashlib.sha256(canonical({"rows": found})).hexdigest()
    if digest == before:
        return None
    name, data = downstream.make_update(keys, _project_id(project), found)
    path = queue(project, (downstream.SHARED_FOLDER,), name, data)
    project.run(lambda s: meta.put(s, UPDATE_HASH_KEY, digest))
    return path


def publish(project: OpenProject, password: str | None = None, verify: Any = True
            ) -> Published:
    """Publish every answer not yet in its places: the shared files to every laptop's
    place, each laptop's receipts to its own. A place that cannot be reached is said and
    skipped; its answers go with the next round."""
    root = project.folder / ANSWERS_FOLDER
    files = sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file()
                   and not p.name.startswith(".")) if root.is_dir() else []
    withdrawn = withdraw_erased(project)
    files = [f for f in files if f.as_posix() not in withdrawn]
    with project.session() as session:
        places, problems = routes.routes(session)
        done = _published(session)
    result = Published()
    for route in places:
        wanted = [f for f in files if f.parts[0] == downstream.SHARED_FOLDER or (
            f.parts[0] == downstream.RECEIPTS_FOLDER and len(f.parts) == 3
            and f.parts[1] in route.devices)]
        todo = [f for f in wanted if f.as_posix() not in done.get(route.key, [])]
        result.waiting += len(todo)
        there = [Path(p) for p in done.get(route.key, []) if p in withdrawn]
        if todo or there:
            problem = _publish_to(project, route, todo, done, password, verify, result,
                                  there)
            if problem:
                problems.append(problem)
    if files and not places and not problems:
        problems.append(translate("Sync", "No laptop is approved yet: the answers wait in "
                                  "{folder}.").format(folder=root))
    result.problem = " ".join(problems)
    return result


def _published(session: Any) -> dict[str, list[str]]:
    """Per place, the answers already there (a project from before places per laptop
    kept one list, for its one target)."""
    done: dict[str, list[str]] = meta.get_json(session, PUBLISHED_TO_KEY) or {}
    if not done:
        legacy = meta.get_json(session, PUBLISHED_KEY)
        target = Target.from_json(meta.get_json(session, routes.LEGACY_TARGET))
        if legacy and target is not None:
            done[routes.Route(target).key] = legacy
    return done


def _publish_to(project: OpenProject, route: routes.Route, todo: list[Path],
                done: dict[str, list[str]], password: str | None, verify: Any,
                result: Published, withdrawn: list[Path]) -> str:
    root = project.folder / ANSWERS_FOLDER
    try:
        transport = connect(route.target, password, verify)
    except VeldwerkError as exc:
        return str(exc)
    try:
        for relative in withdrawn:  # a file that carried an erased row leaves the place
            try:
                transport.remove(*relative.parts)
            except VeldwerkError as exc:
                return str(exc)
            done[route.key].remove(relative.as_posix())
            project.run(lambda s: meta.put_json(s, PUBLISHED_TO_KEY, done))
        for relative in todo:
            try:
                transport.publish(relative.parts[:-1], relative.name,
                                  (root / relative).read_bytes())
            except VeldwerkError as exc:
                return str(exc)
            done.setdefault(route.key, []).append(relative.as_posix())
            project.run(lambda s: meta.put_json(s, PUBLISHED_TO_KEY, done))
            result.sent += 1
            result.waiting -= 1
    finally:
        transport.close()
    return ""


def answer(project: OpenProject, keys: keymod.CoordinatorKeys, outcomes: list[Any],
           password: str | None = None) -> Published:
    """After an import: a receipt per laptop for what came in, an erasure list for whom
    it erased, the erasures made here and conflicts resolved since, then publish
    everything that waits."""
    by_device: dict[str, list[tuple[str, str]]] = {}
    changes: dict[str, list[dict[str, Any]]] = {}
    refused: dict[str, list[dict[str, str]]] = {}
    people: list[str] = []
    erased: list[tuple[str, str]] = []
    with project.session() as session:
        approved = set(session.execute(text(
            "SELECT device_id FROM team_device WHERE status = 'approved'")).scalars())
        for o in outcomes:
            if o.status == REJECTED and not o.again:  # the laptop hears of it once
                device = o.device if o.device in approved else device_named_by(session, o.file)
                if device:
                    refused.setdefault(device, []).append(
                        {"id": o.bundle, "file": o.file, "sha256": o.sha256,
                         "reason": o.reason})
            if o.status in (IMPORTED, PRESENT) and o.bundle and o.device:
                digest = session.execute(text("SELECT sha256 FROM inbox_bundle WHERE id = :b"),
                                         {"b": o.bundle}).scalar()
                if digest:
                    by_device.setdefault(o.device, []).append((o.bundle, str(digest)))
                    changes.setdefault(o.device, []).extend(
                        {**c, "bundle": o.bundle} for c in o.counts.changes)
            people += o.counts.erased_people
            erased += o.counts.erased_rows
    for device in sorted(set(by_device) | set(refused)):
        receipt(project, keys, device, by_device.get(device, []), changes.get(device),
                refused.get(device))
    if people or erased:
        erasure_list(project, keys, people, erased)
    project_update(project, keys)
    waiting(project, keys)
    return publish(project, password)
