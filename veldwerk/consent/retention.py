"""Retention: after the project's "keep data until" date the raw recordings are due for
erasure, as the consent forms promise. Notes stay when every participant of the interview
agreed to archiving; otherwise they go too."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import text
from sqlmodel import Session, select

from veldwerk.consent import records
from veldwerk.consent.withdrawal import rebuild_database, referenced, replace_backups
from veldwerk.domain import InterviewParticipant, Project, Recording
from veldwerk.errors import ValidationError
from veldwerk.i18n import translate
from veldwerk.ids import utcnow
from veldwerk.mediastore import overwrite_and_unlink
from veldwerk.store.changelog import append, next_seq, raw_cursor
from veldwerk.store.project import OpenProject


@dataclass
class Due:
    retention_date: date | None
    recordings: list[str] = field(default_factory=list)  # recording ids
    bytes: int = 0
    interviews_losing_notes: list[str] = field(default_factory=list)

    @property
    def is_due(self) -> bool:
        return bool(self.recordings or self.interviews_losing_notes)


def _archivable(session: Session, interview_id: str) -> bool:
    people = session.exec(select(InterviewParticipant.participant_id).where(
        InterviewParticipant.interview_id == interview_id)).all()
    return all(records.scopes_of(records.latest(session, p)).get("archive") for p in people)


def due(session: Session, today: date) -> Due:
    project = session.exec(select(Project)).first()
    keep = project.retention_date if project else None
    if keep is None or today <= keep:
        return Due(keep)
    taken = session.exec(select(Recording).where(Recording.state != "recording")).all()
    found = Due(keep, [r.id for r in taken], sum(r.size + r.compressed_size for r in taken))
    interviews = set(session.execute(text("SELECT DISTINCT interview_id FROM note")).scalars())
    found.interviews_losing_notes = sorted(i for i in interviews
                                           if not _archivable(session, i))
    return found


def erase_due(project: OpenProject, today: date) -> Due:
    """Erase what is due in one action; the rows leave content-free tombstones."""
    def work(session: Session) -> tuple[Due, set[str]]:
        found = due(session, today)
        if found.retention_date is None:
            raise ValidationError("retention_date", translate(
                "Consent", "This project has no retention date; set it in the project "
                "settings."))
        if not found.is_due:
            return found, set()
        ids = json.dumps(found.recordings)
        files = {str(v) for row in session.execute(text(
            "SELECT media_name, compressed_name FROM recording WHERE id IN "
            "(SELECT value FROM json_each(:ids))"), {"ids": ids}) for v in row if v}
        cursor = raw_cursor(session)
        try:
            cursor.execute("PRAGMA secure_delete = ON")
            plan: list[tuple[str, list[str]]] = [
                ("marker", [r[0] for r in cursor.execute(
                    "SELECT id FROM marker WHERE recording_id IN (SELECT value FROM "
                    "json_each(?))", (ids,))]),
                ("recording", found.recordings),
                ("note", [r[0] for r in cursor.execute(
                    "SELECT id FROM note WHERE interview_id IN (SELECT value FROM "
                    "json_each(?))", (json.dumps(found.interviews_losing_notes),))]),
            ]
            device_id = session.info["device_id"]
            seq = next_seq(cursor, device_id)
            now = utcnow()
            for table, row_ids in plan:
                cursor.executemany(f"DELETE FROM {table} WHERE id = ?", [(i,) for i in row_ids])
                cursor.execute("DELETE FROM change_log WHERE row_id IN (SELECT value FROM "
                               "json_each(?))", (json.dumps(row_ids),))
                for row_id in row_ids:
                    append(cursor, device_id, seq, table, row_id, "erase",
                           {"retention": str(found.retention_date)}, now)
                    seq += 1
        finally:
            cursor.close()
        return found, files

    found, files = project.run(work, translate("Consent", "the erasure"))
    if files:
        with project.session() as session:
            unused = [n for n in files if not referenced(session, n)]
        for name in unused:
            overwrite_and_unlink(project.media / name)
        rebuild_database(project)
        replace_backups(project)
    return found
