"""One round of delivery: bundle what waits, hand the outbox to the target oldest first,
read what the coordinator sent back. The app runs it in the background every few minutes
and when the network comes back; ``veldwerk sync`` runs it once.

A failure stops the round (no retry storm): the bundle keeps its place in the outbox
with the reason and a time for the next try, longer after each failure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from veldwerk.bundle import export
from veldwerk.errors import SyncError
from veldwerk.i18n import translate
from veldwerk.store import meta
from veldwerk.store.project import OpenProject
from veldwerk.sync import downstream, outbox, secrets
from veldwerk.sync.folder import DeliveryError, FolderTarget
from veldwerk.sync.target import FOLDER, Target

TARGET_KEY = "target"


@dataclass
class Report:
    made: int = 0
    delivered: int = 0
    problem: str = ""  # what stopped the round, in plain words
    transient: bool = True  # trying again later may help by itself
    applied: downstream.Applied = field(default_factory=downstream.Applied)
    requests: int = 0  # WebDAV requests this round made


def target_in(session: Session) -> Target | None:
    """Where this project's bundles go (from the project file, or the coordinator's choice)."""
    return Target.from_json(meta.get_json(session, TARGET_KEY))


def target_of(project: OpenProject) -> Target | None:
    with project.session() as session:
        return target_in(session)


def connect(target: Target, password: str | None, verify: Any = True) -> Any:
    """The transport for ``target`` (a folder, or a WebDAV share with its password)."""
    if target.kind == FOLDER:
        return FolderTarget(Path(target.location))
    from veldwerk.sync.webdav import WebDavTarget  # deferred: heavy (httpx)

    secret = password or secrets.password(target)
    if not secret:
        raise DeliveryError(translate("Sync", "The password for {where} is needed.").format(
            where=target.describe()), hint=translate(
            "Sync", "In the app: type it under Project › Delivery (it is kept in this "
            "computer's keyring). For a command: set {env}.").format(env=secrets.ENV),
            transient=False)
    return WebDavTarget(target, secret, verify=verify)


def sync_once(project: OpenProject, password: str | None = None, verify: Any = True,
              progress: Callable[[int, int], None] | None = None, now: bool = False,
              cancelled: Callable[[], bool] = lambda: False) -> Report:
    """``now``: a person asked ("Sync now"), so bundles waiting for their next try go too.
    ``cancelled``: the app is closing; an upload stops between blocks (raises Cancelled)."""
    report = Report()
    if not project.joined:
        raise export.not_joined()
    if now:
        outbox.retry_now(project)
    with project.session() as session:
        stuck = bool(outbox.bundles(session, (outbox.MADE,)))
    # While earlier bundles cannot go out, new changes gather for one bundle later instead
    # of a small bundle every round (a day offline would make a hundred).
    report.made = len(export.export(project, progress) if now or not stuck
                      else export.build_pending(project, progress))
    target = target_of(project)
    if target is None:
        report.problem = translate("Sync", "The coordinator has not chosen where bundles go; "
                                   "copy them to a USB stick (bundle export --out).")
        report.transient = False
        return report
    with project.session() as session:
        waiting = outbox.bundles(session, (outbox.MADE,))
        due = outbox.due(session)
    if waiting and not due:  # backing off after a failure: no network at all until then
        report.problem = waiting[0].last_error
        return report
    try:
        transport = connect(target, password, verify)
    except DeliveryError as exc:
        report.problem, report.transient = str(exc), exc.transient
        return report
    try:
        _deliver(project, transport, report, cancelled)
        if not report.problem:
            _receive(project, transport, report)
            outbox.drop_receipted(project)
        if not report.problem and report.applied.bundles_refused:
            _deliver(project, transport, report, cancelled)  # a damaged copy's own, again
    finally:
        report.requests = getattr(transport, "requests", 0)
        transport.close()
    return report


def _deliver(project: OpenProject, transport: Any, report: Report,
             cancelled: Callable[[], bool]) -> None:
    with project.session() as session:
        items = outbox.due(session)
    for item in items:
        try:
            transport.deliver(project.outbox / item.file_name, item.size, item.sha256,
                              cancelled)
        except DeliveryError as exc:
            outbox.mark_failed(project, item.id, str(exc), exc.transient)
            report.problem, report.transient = str(exc), exc.transient
            return
        outbox.mark_delivered(project, item.id)
        report.delivered += 1


def _receive(project: OpenProject, transport: Any, report: Report) -> None:
    """New files from the coordinator: shared ones first (an update may be needed to read
    what follows), then this laptop's receipts."""
    with project.session() as session:
        coordinator = downstream.coordinator_of(session)
        project_id = session.execute(text("SELECT id FROM project")).scalar()
        seen: dict[str, str] = meta.get_json(session, downstream.SEEN_KEY) or {}
    folders = [(downstream.SHARED_FOLDER,), (downstream.RECEIPTS_FOLDER, project.device.id)]
    fresh: list[tuple[tuple[str, ...], str, str]] = []
    try:
        for folder in folders:
            for name, tag in sorted(transport.listing(*folder).items()):
                if seen.get("/".join((*folder, name))) != tag:
                    fresh.append((folder, name, tag))
        for folder, name, tag in fresh:
            key = "/".join((*folder, name))
            try:
                data = transport.fetch(*folder, name, limit=downstream.MAX_SIZE)
                kind, payload = downstream.read(data, name, coordinator, str(project_id))
                downstream.apply(project, kind, payload, report.applied)
            except SyncError as exc:
                report.applied.refused.append(f"{name}: {exc}")
            seen[key] = tag
            project.run(lambda s: meta.put_json(s, downstream.SEEN_KEY, seen))
    except DeliveryError as exc:
        report.problem, report.transient = str(exc), exc.transient
