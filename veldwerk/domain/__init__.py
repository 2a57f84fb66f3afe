"""Tables of the project database."""

from veldwerk.domain.base import Synced, row_dict
from veldwerk.domain.consent import (
    ConsentEvidence,
    ConsentMethod,
    ConsentRecord,
    ConsentTemplate,
    Withdrawal,
    WithdrawalKind,
)
from veldwerk.domain.tables import SYNCED_TABLES as _CORE_TABLES
from veldwerk.domain.tables import (
    AnswerType,
    ChangeLogEntry,
    Guide,
    GuideKind,
    Interview,
    InterviewInterviewer,
    InterviewKind,
    InterviewParticipant,
    Marker,
    Meta,
    Neighbourhood,
    Note,
    Participant,
    ParticipantIdentity,
    Phase,
    Project,
    Recording,
    RecordingState,
    Role,
    Status,
    TeamMember,
    Topic,
)

SYNCED_TABLES: tuple[type[Synced], ...] = (
    *_CORE_TABLES, ConsentTemplate, ConsentEvidence, ConsentRecord, Withdrawal)

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
    "Participant",
    "ParticipantIdentity",
    "Phase",
    "Project",
    "Recording",
    "RecordingState",
    "Role",
    "Status",
    "Synced",
    "TeamMember",
    "Topic",
    "Withdrawal",
    "WithdrawalKind",
    "row_dict",
]
