"""The tables (SQLModel), and beside them the vocabularies and rules that do not need them.

The package loads its tables on first use (``from veldwerk.domain import Interview``),
not when a light submodule is imported (``veldwerk.domain.kinds``, ``.ownership``): the
start-up path reads with plain SQL and never pays for building the models.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # for type checkers and readers: what the package offers
    from veldwerk.domain.base import Synced, row_dict
    from veldwerk.domain.consent import (
        ConsentEvidence,
        ConsentMethod,
        ConsentRecord,
        ConsentTemplate,
        Withdrawal,
        WithdrawalKind,
    )
    from veldwerk.domain.kinds import (
        AnswerType,
        GuideKind,
        InterviewKind,
        RecordingState,
        Role,
        Status,
        TranscriptState,
    )
    from veldwerk.domain.tables import (
        ChangeLogEntry,
        Guide,
        Interview,
        InterviewInterviewer,
        InterviewParticipant,
        Marker,
        Meta,
        Neighbourhood,
        Note,
        OutboxBundle,
        Participant,
        ParticipantIdentity,
        Phase,
        Project,
        Recording,
        SentMedia,
        TeamMember,
        Topic,
        Transcript,
        TranscriptSegment,
    )

_HOMES = {
    "Synced": "base", "row_dict": "base",
    **dict.fromkeys(("ConsentEvidence", "ConsentMethod", "ConsentRecord", "ConsentTemplate",
                     "Withdrawal", "WithdrawalKind"), "consent"),
    **dict.fromkeys(("AnswerType", "GuideKind", "InterviewKind", "RecordingState", "Role",
                     "Status", "TranscriptState"), "kinds"),
    **dict.fromkeys(("ChangeLogEntry", "Guide", "Interview", "InterviewInterviewer",
                     "InterviewParticipant", "Marker", "Meta", "Neighbourhood", "Note",
                     "OutboxBundle", "SentMedia",
                     "Participant", "ParticipantIdentity", "Phase", "Project", "Recording",
                     "TeamMember", "Topic", "Transcript", "TranscriptSegment"), "tables"),
}

__all__ = [
    "SYNCED_TABLES",
    "AnswerType",
    "ChangeLogEntry",
    "ConsentEvidence",
    "ConsentMethod",
    "ConsentRecord",
    "ConsentTemplate",
    "Guide",
    "GuideKind",
    "Interview",
    "InterviewInterviewer",
    "InterviewKind",
    "InterviewParticipant",
    "Marker",
    "Meta",
    "Neighbourhood",
    "Note",
    "OutboxBundle",
    "Participant",
    "ParticipantIdentity",
    "Phase",
    "Project",
    "Recording",
    "RecordingState",
    "Role",
    "SentMedia",
    "Status",
    "Synced",
    "TeamMember",
    "Topic",
    "Transcript",
    "TranscriptSegment",
    "TranscriptState",
    "Withdrawal",
    "WithdrawalKind",
    "row_dict",
]


def load_all() -> Any:
    """Build every table (for Alembic and schema checks); returns the shared metadata."""
    import_module(f"{__name__}.tables")
    import_module(f"{__name__}.consent")
    import_module(f"{__name__}.merging")
    from sqlmodel import SQLModel  # deferred: start-up

    return SQLModel.metadata


def __getattr__(name: str) -> Any:
    if name == "SYNCED_TABLES":
        tables, consent = import_module(f"{__name__}.tables"), import_module(f"{__name__}.consent")
        value: Any = (*tables.SYNCED_TABLES, consent.ConsentTemplate, consent.ConsentEvidence,
                      consent.ConsentRecord, consent.Withdrawal)
    elif name in _HOMES:
        value = getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value
