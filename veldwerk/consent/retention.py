"""Retention: after the project's "keep data until" date the raw recordings are due for
erasure, as the consent forms promise. Notes stay when the interview may be archived, as
every output decides it (``consent/use.py``): everyone in it agreed to archiving and
nobody withdrew (a stop-use withdrawal too), and it is not a group conversation kept
after someone in it was erased. Otherwise they go too."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import text
from sqlmodel import Session, select

from veldwerk.consent import erasure, use
from veldwerk.domain import Project, Recording, ownership
from veldwerk.errors import ValidationError
from veldwerk.i18n import translate
from veldwerk.store import dialect
from veldwerk.store.project import OpenProject


@dataclass
class Due:
    retention_date: date | None
    recordings: list[str] = field(default_factory=list)  # recording ids
    bytes: int = 0
    interviews_losing_notes: list[str] = field(default_factory=list)
    duration_ms: int = 0  # of the recordings
    interviews_keeping_notes: int = 0  # everyone agreed to archiving: their notes stay

    @property
    def is_due(self) -> bool:
        return bool(self.recordings or self.interviews_losing_notes)


def due(session: Session, today: date) -> Due:
    """What must be erased now (nothing before the project's retention date)."""
    project = session.exec(select(Project)).first()
    keep = project.retention_date if project else None
    if keep is None or today <= keep:
        return Due(keep)
    return _at(session, keep)


def outlook(session: Session) -> Due:
    """What the retention date will take, as things are now (to show before it comes)."""
    project = session.exec(select(Project)).first()
    keep = project.retention_date if project else None
    return Due(keep) if keep is None else _at(session, keep)


def _at(session: Session, keep: date) -> Due:
    taken = session.exec(select(Recording).where(Recording.state != "recording")).all()
    found = Due(keep, [r.id for r in taken], sum(r.size + r.compressed_size for r in taken),
                duration_ms=sum(r.duration_ms for r in taken))
    interviews = set(session.execute(text("SELECT DISTINCT interview_id FROM note")).scalars())
    consents = use.Consents(session)
    found.interviews_losing_notes = sorted(
        i for i in interviews if not consents.source_allows(i, use.ARCHIVE))
    found.interviews_keeping_notes = len(interviews) - len(found.interviews_losing_notes)
    return found


def erase_due(project: OpenProject, today: date) -> Due:
    """Erase what is due in one action; the rows leave content-free tombstones."""
    def work(session: Session) -> tuple[Due, erasure.Erased]:
        found = due(session, today)
        if found.retention_date is None:
            raise ValidationError("retention_date", translate(
                "Consent", "This project has no retention date; set it in the project "
                "settings."))
        if not found.is_due:
            return found, erasure.Erased()
        notes = _ids(session, "SELECT id FROM note WHERE interview_id IN "
                     f"({dialect.of(session).values(':ids')})",
                     json.dumps(found.interviews_losing_notes))
        steps = ownership.closure(session, {"recording": found.recordings, "note": notes})
        files = erasure.erase_rows(session, steps, {"retention": str(found.retention_date)})
        return found, files

    found, files = project.run(work, translate("Consent", "the erasure"))
    if found.is_due:
        erasure.finish(project, files)
    return found


def _ids(session: Session, sql: str, ids: str) -> list[str]:
    return [row[0] for row in session.execute(text(sql), {"ids": ids})]
