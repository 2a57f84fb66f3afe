"""Counts per project for ``veldwerk summary`` and the status bar."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from veldwerk.domain.kinds import InterviewKind, Status
from veldwerk.store import dialect


def summary(session: Session, consent: bool = True) -> dict[str, Any]:
    """Counts for ``veldwerk summary``; the status bar leaves out the consent part (it
    is read at every start and after every change)."""
    def grouped(column: str, keys: list[str]) -> dict[str, int]:
        counts = dict.fromkeys(keys, 0)
        for key, n in session.execute(text(
                f"SELECT {column}, count(*) FROM interview WHERE deleted_at IS NULL "
                f"GROUP BY {column}")):
            counts[key] = n
        return counts

    def scalar(sql: str) -> int:
        return int(session.execute(text(sql)).scalar_one())

    project = session.execute(text("SELECT id, name FROM project LIMIT 1")).one()
    by_kind = grouped("kind", [k.value for k in InterviewKind])
    facts: dict[str, Any] = {
        "id": project[0],
        "name": project[1],
        "interviews": {
            "total": sum(by_kind.values()),
            "by_kind": by_kind,
            "by_status": grouped("status", [s.value for s in Status]),
        },
        "participants": scalar("SELECT count(*) FROM participant WHERE deleted_at IS NULL"),
        "recycle_bin": scalar(
            "SELECT (SELECT count(*) FROM interview WHERE deleted_at IS NOT NULL) + "
            "(SELECT count(*) FROM participant WHERE deleted_at IS NOT NULL)"),
        "unsent_changes": scalar("SELECT count(*) FROM change_log WHERE bundle_id IS NULL"),
        "recordings": scalar("SELECT count(*) FROM recording"),
    }
    if consent:
        facts["consent"] = consent_counts(session)
    return facts


def consent_counts(session: Session) -> dict[str, int]:
    """Per participant, their newest consent: given (with audio), notes only, none yet,
    and withdrawals (erased participants have no row any more, only a withdrawal)."""
    audio = dialect.of(session).json_flag("c.scopes", "audio")
    rows = session.execute(text(
        f"SELECT p.id, (SELECT {audio} FROM consent_record c "
        "WHERE c.participant_id = p.id ORDER BY c.given_at DESC, c.id DESC LIMIT 1) "
        "FROM participant p WHERE p.deleted_at IS NULL")).all()
    withdrawn = dict(session.execute(text(
        "SELECT kind, count(DISTINCT CASE participant_id WHEN '' THEN participant_code "
        "ELSE participant_id END) FROM withdrawal GROUP BY kind")).all())
    stopped = set(session.execute(text("SELECT participant_id FROM withdrawal")).scalars())
    active = [audio for person, audio in rows if person not in stopped]
    return {
        "with_audio": sum(1 for audio in active if audio == 1),
        "without_audio": sum(1 for audio in active if audio == 0),
        "not_yet": sum(1 for audio in active if audio is None),
        "stopped_use": int(withdrawn.get("stop_use", 0)),
        "erased": int(withdrawn.get("erase", 0)),
    }
