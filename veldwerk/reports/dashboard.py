"""The coordinator's overview of a merged project: interviews by neighbourhood, phase,
kind, interviewer and status; hours recorded; consent coverage and withdrawals; and per
laptop its last bundle and how far its changes are applied.

Every figure is one grouped SQL query over the whole project (no rows are loaded into
Python), so it answers as fast for 10,000 interviews as a count does. The same figures
serve ``veldwerk dashboard`` and the app's Project › Dashboard.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from veldwerk.i18n import translate
from veldwerk.merge.decisions import open_count
from veldwerk.people import shown_names
from veldwerk.reports.summary import consent_counts

Counts = list[tuple[str, int]]  # (label, count), in the order shown


@dataclass
class Laptop:
    device_id: str
    name: str
    member: str
    status: str
    bundles: int
    last_bundle_at: str
    applied_through: int


@dataclass
class Dashboard:
    interviews: int = 0
    by_neighbourhood: Counts = field(default_factory=list)
    by_phase: Counts = field(default_factory=list)
    by_kind: Counts = field(default_factory=list)
    by_interviewer: Counts = field(default_factory=list)
    # The same counts as outputs name team members (role and number unless named): what
    # a chart picture shows. The app's screens and ``dashboard --json`` keep the names.
    by_interviewer_shown: Counts = field(default_factory=list)
    by_status: Counts = field(default_factory=list)
    recorded_hours: float = 0.0
    recorded_ms: int = 0  # the same, whole: what ``words.duration`` says to people
    recordings: int = 0
    consent: dict[str, int] = field(default_factory=dict)
    open_conflicts: int = 0
    laptops: list[Laptop] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        shown = asdict(self)
        del shown["by_interviewer_shown"]
        return shown


def _names(session: Session, table: str) -> dict[str | None, tuple[Any, str]]:
    return {row_id: (position, name) for row_id, position, name in session.execute(text(
        f"SELECT id, position, name FROM {table}"))}


def _ordered(counts: dict[Any, int], names: dict[Any, tuple[Any, str]], none: str) -> Counts:
    """Labelled counts in the coordinator's order of the rows (none last)."""
    keyed = sorted(counts.items(), key=lambda item: (
        item[0] not in names, names.get(item[0], (0, ""))[0] or 0,
        names.get(item[0], (0, ""))[1]))
    return [(names[k][1] if k in names else none, n) for k, n in keyed if n]


def figures(session: Session) -> Dashboard:
    none = translate("Reports", "(none)")
    out = Dashboard()
    by: dict[str, dict[Any, int]] = {"kind": {}, "status": {}, "hood": {}, "phase": {}}
    # One pass over one index gives every interview count.
    for kind, status, hood, phase, n in session.execute(text(
            "SELECT kind, status, neighbourhood_id, phase_id, count(*) FROM interview "
            "WHERE deleted_at IS NULL "
            "GROUP BY kind, status, neighbourhood_id, phase_id")):
        for key, value in (("kind", kind), ("status", status), ("hood", hood),
                           ("phase", phase)):
            by[key][value] = by[key].get(value, 0) + int(n)
    out.interviews = sum(by["kind"].values())
    out.by_kind = sorted(by["kind"].items(), key=lambda item: (-item[1], item[0]))
    out.by_status = sorted(by["status"].items(), key=lambda item: (-item[1], item[0]))
    out.by_neighbourhood = _ordered(by["hood"], _names(session, "neighbourhood"), none)
    out.by_phase = _ordered(by["phase"], _names(session, "phase"), none)
    # Links of every interview by member, less those of interviews in the bin (few).
    members = dict(session.execute(text(
        "SELECT member_id, count(*) FROM interview_interviewer GROUP BY member_id")).all())
    binned = session.execute(text(
        "SELECT l.member_id, count(*) FROM interview i JOIN interview_interviewer l ON "
        "l.interview_id = i.id WHERE i.deleted_at IS NOT NULL GROUP BY l.member_id")).all()
    for member, n in binned:
        members[member] -= n
    with_someone = int(session.execute(text(
        "SELECT count(DISTINCT l.interview_id) FROM interview_interviewer l")).scalar_one()
    ) - int(session.execute(text(
        "SELECT count(DISTINCT l.interview_id) FROM interview i JOIN interview_interviewer l "
        "ON l.interview_id = i.id WHERE i.deleted_at IS NOT NULL")).scalar_one())
    names = {row_id: name for row_id, name in session.execute(text(
        "SELECT id, name FROM team_member"))}
    for target, called in (("by_interviewer", names),
                           ("by_interviewer_shown", shown_names(session))):
        interviewers = [(called.get(m, none), n) for m, n in members.items() if n]
        if out.interviews - with_someone:
            interviewers.append((none, out.interviews - with_someone))
        setattr(out, target, sorted(interviewers, key=lambda item: (-item[1], item[0])))
    # From the recordings' side: a project has far fewer takes than interviews.
    hours, takes = session.execute(text(
        "SELECT coalesce(sum(r.duration_ms), 0), count(r.id) FROM recording r WHERE "
        "r.state != 'recording' AND EXISTS (SELECT 1 FROM interview i WHERE "
        "i.id = r.interview_id AND i.deleted_at IS NULL)")).one()
    out.recorded_ms, out.recordings = int(hours), int(takes)
    out.recorded_hours = round(out.recorded_ms / 3_600_000, 2)
    out.consent = consent_counts(session)

    out.open_conflicts = open_count(session)  # an erasure asked counts once
    out.laptops = [Laptop(*r[:4], int(r[4]), str(r[5] or ""), int(r[6])) for r in
                   session.execute(text(
        "SELECT d.device_id, d.name, d.member_name, d.status, "
        "(SELECT count(*) FROM inbox_bundle b WHERE b.device_id = d.device_id AND "
        "b.status = 'imported'), (SELECT max(b.imported_at) FROM inbox_bundle b WHERE "
        "b.device_id = d.device_id AND b.status = 'imported'), coalesce(s.through, 0) "
        "FROM team_device d LEFT JOIN device_sequence s ON s.device_id = d.device_id "
        "ORDER BY d.member_name, d.name"))]
    return out
