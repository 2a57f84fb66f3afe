"""Tables of the project database."""

from veldwerk.domain.base import Synced, row_dict
from veldwerk.domain.tables import (
    SYNCED_TABLES,
    AnswerType,
    ChangeLogEntry,
    Guide,
    GuideKind,
    Interview,
    InterviewInterviewer,
    InterviewKind,
    InterviewParticipant,
    Meta,
    Neighbourhood,
    Note,
    Participant,
    ParticipantIdentity,
    Phase,
    Project,
    Role,
    Status,
    TeamMember,
    Topic,
)

__all__ = [
    "SYNCED_TABLES", "AnswerType", "ChangeLogEntry", "Guide", "GuideKind", "Interview",
    "InterviewInterviewer", "InterviewKind", "InterviewParticipant", "Meta", "Neighbourhood",
    "Note", "Participant", "ParticipantIdentity", "Phase", "Project", "Role", "Status",
    "Synced", "TeamMember", "Topic", "row_dict",
]
