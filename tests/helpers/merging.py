"""Merging in tests: bundles made by real laptops, imported into the coordinator's copy."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import text

from tests.helpers import team as teams
from veldwerk import projects
from veldwerk.bundle import export
from veldwerk.merge import decisions, inbox

# What a merged project holds, table by table (the ledgers and the coordinator's own log
# are bookkeeping, not content).
CONTENT = ("participant", "participant_identity", "interview", "interview_participant",
           "interview_interviewer", "note", "recording", "marker", "consent_record",
           "consent_evidence", "withdrawal")


def bundles_of(laptop: teams.Laptop, out: Path) -> list[Path]:
    """Export what waits on the laptop and copy the new bundle files to ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    with laptop.open() as project:
        made = export.export(project)
        files = []
        for item in made:
            target = out / item.file.name
            target.write_bytes(item.file.read_bytes())
            files.append(target)
    return files


def approve_all(project: Any, keys: Any) -> list[inbox.Outcome]:
    with project.session() as s:
        pending = [d for d in decisions.devices(s) if d.status == "pending"]
    for d in pending:
        project.run(lambda s, d=d: decisions.decide(s, d.device_id, decisions.APPROVED))
    return inbox.retry_held(project, keys)


def trust(project: Any, *laptops: teams.Laptop) -> None:
    """Approve laptops before their first bundle (as 'devices approve' does after it)."""
    from veldwerk.bundle import keys as keymod
    from veldwerk.bundle.projectfile import joined_info
    from veldwerk.ids import utcnow
    from veldwerk.store import changelog

    members = {}
    for laptop in laptops:
        with laptop.open() as opened, opened.session() as session:
            members[laptop.me.id] = (joined_info(session) or {"member": {}})["member"]

    def work(session: Any) -> None:
        for laptop in laptops:
            key = keymod.public_text(keymod.device_signing_key(laptop.data).public_key())
            member = members[laptop.me.id]
            session.execute(text(
                "INSERT INTO team_device (device_id, device_key, fingerprint, name, member_id, "
                "member_name, status, first_seen) VALUES (:d, :k, :f, :n, :m, :mn, "
                "'approved', :now)"), {"d": laptop.me.id, "k": key, "f": keymod.fingerprint(key),
                                       "n": laptop.me.name, "m": member.get("id", ""),
                                       "mn": member.get("name", ""),
                                       "now": changelog.time_text(utcnow())})
    project.run(work)


def _plain(value: Any) -> Any:
    """Times as SQLite keeps them, so a team database's rows compare with a file's."""
    from datetime import UTC, date, datetime

    from veldwerk.store.changelog import time_text

    if isinstance(value, datetime):
        return time_text(value.astimezone(UTC) if value.tzinfo else value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _rows(s: Any, sql: str) -> list[tuple[Any, ...]]:
    return sorted(tuple(_plain(v) for v in r) for r in s.execute(text(sql)))


def content(project: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every content row, sorted, and the conflicts by what they are about."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with project.session() as s:
        for table in CONTENT:
            out[table] = _rows(s, f"SELECT * FROM {table}")
        out["conflicts"] = _rows(
            s, "SELECT table_name, row_id, kind, fields, status FROM merge_conflict")
        out["erased"] = _rows(s, "SELECT * FROM erased_row")
    return out


def copy_coordinator(boss: teams.Coordinator, target: Path) -> Any:
    """A copy of the coordinator's untouched project to import into, on its own store."""
    shutil.copytree(boss.entry.folder, target)
    if not boss.entry.url:
        return projects.open_project(target, boss.me)
    import psycopg
    from sqlalchemy.engine import make_url

    source = make_url(boss.entry.url)
    name = f"copy_{abs(hash(str(target))) % 10**12}"
    with psycopg.connect(str(source.set(database="postgres")), autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source.database}"')
    url = source.set(database=name).render_as_string(hide_password=False)
    return projects.open_project(target, boss.me, url=url)


def erasure_of_the_coordinators_person(boss: teams.Coordinator, laptop: teams.Laptop) -> str:
    """The coordinator records a participant and lets the laptop in; the laptop's change
    log then erases that participant (a change of a row that is not the laptop's).
    Returns the participant's id."""
    from veldwerk.ids import utcnow
    from veldwerk.store import changelog

    with boss.open() as project:
        teams.field_work(project, "Bij de coördinator")
        with project.session() as s:
            person = str(s.execute(text("SELECT id FROM participant")).scalar())
        trust(project, laptop)

    def forge(s: Any) -> None:
        cursor = changelog.raw_cursor(s)
        changelog.append(s, cursor, changelog.next_seq(cursor, laptop.me.id), "participant",
                         person, "erase", {}, utcnow())

    with laptop.open() as project:
        project.run(forge)
    return person
