"""Which rows own which rows and media files: the one map that purging the recycle bin,
erasure after a withdrawal, retention, the bundles and the merge read.

An owner going means everything it owns goes: an interview takes its notes, recordings
(with their markers and transcripts) and links; a participant takes their identity, consent
records and evidence, their links to interviews and what they said in a transcript.
References that are not ownership (an interview's guide, a marker's topic) are not
followed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import bindparam, text
from sqlmodel import Session

# owner table -> (owned table, the owned table's column that names the owner)
OWNED: dict[str, tuple[tuple[str, str], ...]] = {
    "interview": (("note", "interview_id"), ("recording", "interview_id"),
                  ("interview_participant", "interview_id"),
                  ("interview_interviewer", "interview_id")),
    "recording": (("marker", "recording_id"), ("transcript", "recording_id")),
    "transcript": (("transcript_segment", "transcript_id"),),
    "participant": (("participant_identity", "participant_id"),
                    # what they said in a group conversation that is kept
                    ("transcript_segment", "participant_id"),
                    ("consent_record", "participant_id"),
                    ("consent_evidence", "participant_id"),
                    ("interview_participant", "participant_id")),
}

# Columns that name a file in the project's media folder.
MEDIA: dict[str, tuple[str, ...]] = {
    "recording": ("media_name", "compressed_name"),
    "consent_evidence": ("media_name",),
    "consent_record": ("document_name",),
}

# A safe order to delete in: what points at a row goes before the row (a consent record
# points at its evidence).
DELETE_ORDER = ("marker", "transcript_segment", "transcript", "note", "recording",
                "interview_interviewer", "interview_participant", "interview",
                "consent_record", "consent_evidence", "participant_identity", "participant")

# What the coordinator owns once a laptop joined (ARCHITECTURE.md, who may change what),
# in an order where a row's parents come first.
COORDINATOR_TABLES = ("project", "phase", "neighbourhood", "team_member", "guide", "topic",
                      "consent_template")

Plan = Sequence[tuple[str, Sequence[str]]]  # (table, row ids) in DELETE_ORDER
CHUNK = 500


def _select(session: Session, sql: str, ids: Sequence[str]) -> list[str]:
    found: list[str] = []
    statement = text(sql).bindparams(bindparam("ids", expanding=True))
    for start in range(0, len(ids), CHUNK):
        found += [row[0] for row in session.execute(
            statement, {"ids": list(ids[start:start + CHUNK])}) if row[0]]
    return found


def closure(session: Session, roots: dict[str, Iterable[str]]) -> list[tuple[str, list[str]]]:
    """The roots and everything they own, in :data:`DELETE_ORDER`."""
    plan: dict[str, dict[str, None]] = {}
    queue = [(table, list(ids)) for table, ids in roots.items()]
    while queue:
        table, ids = queue.pop()
        fresh = [i for i in ids if i not in plan.setdefault(table, {})]
        if not fresh:
            continue
        plan[table].update(dict.fromkeys(fresh))
        for child, column in OWNED.get(table, ()):
            queue.append((child, _select(
                session, f"SELECT id FROM {child} WHERE {column} IN :ids", fresh)))
    return [(table, list(plan[table])) for table in DELETE_ORDER if plan.get(table)]


def media_of(session: Session, plan: Plan) -> set[str]:
    """The media files the planned rows name (to remove once the rows are gone)."""
    files: set[str] = set()
    for table, ids in plan:
        for column in MEDIA.get(table, ()):
            files.update(_select(session, f"SELECT {column} FROM {table} WHERE id IN :ids",
                                 list(ids)))
    return files


def referenced(session: Session, name: str) -> bool:
    """Identical files are stored once: a file another row still names is kept."""
    return any(session.execute(text(f"SELECT 1 FROM {table} WHERE {column} = :n LIMIT 1"),
                               {"n": name}).first() is not None
               for table, columns in MEDIA.items() for column in columns)


def owner_references(plan: Plan) -> list[tuple[str, str, list[str]]]:
    """(owned table, owner column, owner ids) for every owner in the plan: change-log
    entries of rows that pointed at an erased owner hold its content too."""
    ids = dict(plan)
    return [(child, column, list(ids[owner]))
            for owner, children in OWNED.items() if ids.get(owner)
            for child, column in children]
