"""The project's tables. Identifying data live apart from research data (ARCHITECTURE.md).

No ``from __future__ import annotations`` here: SQLModel would then evaluate every
field type from a string at import, which costs ~50 ms of start-up.
"""

from datetime import date, datetime

from sqlalchemy import Index, PrimaryKeyConstraint, UniqueConstraint
from sqlmodel import Field, SQLModel

from veldwerk.domain.base import Synced
from veldwerk.domain.kinds import (  # noqa: F401  (the vocabularies, as before)
    PLAYABLE_STATES,
    AnswerType,
    GuideKind,
    InterviewKind,
    RecordingState,
    Role,
    Status,
    TranscriptState,
)


class Project(Synced, table=True):
    name: str = Field(max_length=200)
    description: str = ""
    start_date: date | None = None
    end_date: date | None = None
    # After this date raw recordings are due for erasure (consent forms promise it).
    retention_date: date | None = None
    # The language the interviews are held in (transcription, documents' spelling).
    language: str = Field(default="nl", max_length=8)
    # What a data archive's deposit asks, asked once ("" until then): the licence's URI, the
    # rights holder, the discipline (a NARCIS code), the access and whom to contact.
    deposit_licence: str = ""
    deposit_rights_holder: str = ""
    deposit_audience: str = ""
    deposit_access: str = ""
    deposit_contact: str = ""


class Phase(Synced, table=True):
    project_id: str = Field(foreign_key="project.id", index=True, max_length=36)
    name: str = Field(max_length=200)
    position: int = 0


class Neighbourhood(Synced, table=True):
    project_id: str = Field(foreign_key="project.id", index=True, max_length=36)
    name: str = Field(max_length=200)
    code_prefix: str = Field(max_length=8)
    position: int = 0


class TeamMember(Synced, table=True):
    __tablename__ = "team_member"
    project_id: str = Field(foreign_key="project.id", index=True, max_length=36)
    name: str = Field(max_length=200)
    role: str = Field(default=Role.STUDENT.value, max_length=20)
    # Agreed to be named in outputs; otherwise they say role and number ("Co-researcher 2").
    named: bool = False


class Guide(Synced, table=True):
    """One version of an interview guide; versions of one guide share ``lineage_id``."""

    __table_args__ = (UniqueConstraint("lineage_id", "version"),)
    project_id: str = Field(foreign_key="project.id", index=True, max_length=36)
    lineage_id: str = Field(max_length=36, index=True)
    version: int = 1
    name: str = Field(max_length=200)
    kind: str = Field(default=GuideKind.INTERVIEW.value, max_length=20)


class Topic(Synced, table=True):
    guide_id: str = Field(foreign_key="guide.id", index=True, max_length=36)
    # The same topic across the guide's versions (each version has topics of its own):
    # exports code every version's notes with one code. '' from an older Veldwerk.
    lineage_id: str = Field(default="", max_length=36, index=True)
    position: int = 0
    title: str = Field(max_length=200)
    question: str = ""
    help_text: str = ""
    answer_type: str = Field(default=AnswerType.TEXT.value, max_length=20)
    choices: str = "[]"


class Participant(Synced, table=True):
    """Pseudonymous: a code such as ELS-014, never a name."""

    __table_args__ = (UniqueConstraint("project_id", "code"),)
    project_id: str = Field(foreign_key="project.id", index=True, max_length=36)
    code: str = Field(max_length=20)
    neighbourhood_id: str | None = Field(default=None, foreign_key="neighbourhood.id",
                                         max_length=36)
    age_band: str = Field(default="", max_length=20)
    note: str = ""
    deleted_at: datetime | None = None


class ParticipantIdentity(Synced, table=True):
    """Identifying details, kept apart so exports and bundles can leave them out."""

    __tablename__ = "participant_identity"
    participant_id: str = Field(foreign_key="participant.id", unique=True, max_length=36)
    name: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""


class Interview(Synced, table=True):
    # The list pages by (starts_at, id) among rows not in the bin: one index walk, no sort.
    __table_args__ = (Index("ix_interview_listing", "deleted_at", "starts_at", "id"),
                      # The dashboard's counts read this index alone, in one pass.
                      Index("ix_interview_figures", "deleted_at", "kind", "status",
                            "neighbourhood_id", "phase_id"))
    project_id: str = Field(foreign_key="project.id", index=True, max_length=36)
    kind: str = Field(default=InterviewKind.INTERVIEW.value, max_length=20)
    title: str = Field(default="", max_length=300)
    starts_at: datetime | None = None
    place: str = ""
    neighbourhood_id: str | None = Field(default=None, foreign_key="neighbourhood.id",
                                         max_length=36)
    phase_id: str | None = Field(default=None, foreign_key="phase.id", max_length=36)
    guide_id: str | None = Field(default=None, foreign_key="guide.id", max_length=36)
    status: str = Field(default=Status.PLANNED.value, max_length=20)
    tags: str = "[]"
    summary: str = ""
    deleted_at: datetime | None = None


class InterviewParticipant(Synced, table=True):
    __tablename__ = "interview_participant"
    __table_args__ = (UniqueConstraint("interview_id", "participant_id"),)
    interview_id: str = Field(foreign_key="interview.id", index=True, max_length=36)
    participant_id: str = Field(foreign_key="participant.id", index=True, max_length=36)


class InterviewInterviewer(Synced, table=True):
    __tablename__ = "interview_interviewer"
    __table_args__ = (UniqueConstraint("interview_id", "member_id"),)
    interview_id: str = Field(foreign_key="interview.id", index=True, max_length=36)
    member_id: str = Field(foreign_key="team_member.id", index=True, max_length=36)


class Note(Synced, table=True):
    """The text under one topic of an interview; ``topic_id`` None holds the free notes."""

    __table_args__ = (UniqueConstraint("interview_id", "topic_id"),)
    interview_id: str = Field(foreign_key="interview.id", index=True, max_length=36)
    topic_id: str | None = Field(default=None, foreign_key="topic.id", max_length=36)
    text: str = ""


class Recording(Synced, table=True):
    """One audio file of an interview. The media file is named by its SHA-256 once done."""

    interview_id: str = Field(foreign_key="interview.id", index=True, max_length=36)
    position: int = 0
    state: str = Field(default=RecordingState.RECORDING.value, max_length=20)
    started_at: datetime | None = None
    source: str = ""
    format: str = Field(default="wav", max_length=10)
    sample_rate: int = 16000
    channels: int = 1
    sample_width: int = 2
    duration_ms: int = 0
    size: int = 0
    sha256: str | None = Field(default=None, max_length=64)
    media_name: str = Field(default="", max_length=100)
    # The loudness-normalised Opus copy that bundles carry (the original stays as it is).
    compressed_name: str = Field(default="", max_length=100)
    compressed_sha256: str | None = Field(default=None, max_length=64)
    compressed_size: int = 0
    gain_db: float = 0.0


class Marker(Synced, table=True):
    """A moment in a recording (milliseconds from its start), optionally under a topic."""

    recording_id: str = Field(foreign_key="recording.id", index=True, max_length=36)
    offset_ms: int = 0
    label: str = ""
    topic_id: str | None = Field(default=None, foreign_key="topic.id", max_length=36)


class Transcript(Synced, table=True):
    """What was said in one recording, as segments: made by an engine on whichever computer
    holds the recording, or typed by hand. One per recording."""

    recording_id: str = Field(foreign_key="recording.id", index=True, max_length=36)
    language: str = Field(default="nl", max_length=8)
    # The engine and model that made it ("" when typed by hand).
    engine: str = Field(default="", max_length=200)
    # How far the engine has come (ms): a stopped run goes on from here.
    done_ms: int = 0
    state: str = Field(default=TranscriptState.PARTIAL.value, max_length=20)


class TranscriptSegment(Synced, table=True):
    """A stretch of a transcript: its time in the recording (ms), who spoke, what was said."""

    __tablename__ = "transcript_segment"
    __table_args__ = (Index("ix_transcript_segment_start", "transcript_id", "start_ms"),)
    transcript_id: str = Field(foreign_key="transcript.id", max_length=36)
    start_ms: int = 0
    end_ms: int = 0
    # The speaker: one of the interview's participants, or a team member (the interviewer).
    participant_id: str | None = Field(default=None, foreign_key="participant.id",
                                       index=True, max_length=36)
    member_id: str | None = Field(default=None, foreign_key="team_member.id", max_length=36)
    text: str = ""
    # The engine's words with their times, JSON [[start_ms, end_ms, word], …] ("[]": none).
    words: str = "[]"
    edited: bool = False  # a person changed the text


class ChangeLogEntry(SQLModel, table=True):
    """What bundles carry: one full row per change, keyed by (device, sequence)."""

    __tablename__ = "change_log"
    __table_args__ = (
        PrimaryKeyConstraint("device_id", "seq"),
        Index("ix_change_log_row", "table_name", "row_id"),
    )
    device_id: str = Field(max_length=36)
    seq: int
    table_name: str = Field(max_length=64)
    row_id: str = Field(max_length=36)
    op: str = Field(max_length=10)
    row: str
    logged_at: datetime
    bundle_id: str | None = Field(default=None, max_length=36)
    # The version of the row this change was made on (its change device and sequence
    # before the write; None for a new row): the merge tells a plain update from a conflict
    # by it, without trusting laptop clocks.
    base_device: str | None = Field(default=None, max_length=36)
    base_seq: int | None = None


class OutboxBundle(SQLModel, table=True):
    """A bundle this laptop made, and how far it got (local: never synced or logged)."""

    __tablename__ = "outbox"
    id: str = Field(primary_key=True, max_length=36)
    file_name: str = Field(max_length=200)
    seq_after: int = 0  # the previous bundle's last sequence number (0: the first)
    seq_through: int = 0
    previous_id: str = Field(default="", max_length=36)  # the bundle before (a chain)
    group_id: str = Field(default="", max_length=36)  # part 1's id: parts belong together
    part: int = 1
    parts: int = 1
    entries: int = 0
    media: int = 0
    size: int = 0
    sha256: str = Field(default="", max_length=64)
    state: str = Field(default="making", max_length=20)  # making, made, delivered, receipted
    attempts: int = 0
    last_error: str = ""
    next_try_at: datetime | None = None
    made_at: datetime
    delivered_at: datetime | None = None
    receipted_at: datetime | None = None


class SentMedia(SQLModel, table=True):
    """Media files that went out in a bundle: a later bundle does not carry them again."""

    __tablename__ = "sent_media"
    name: str = Field(primary_key=True, max_length=100)
    bundle_id: str = Field(max_length=36)


class Meta(SQLModel, table=True):
    """Local facts about this file (not synced): who wrote it, with which version."""

    __tablename__ = "veldwerk_meta"
    key: str = Field(primary_key=True, max_length=64)
    value: str = ""


SYNCED_TABLES: tuple[type[Synced], ...] = (
    Project, Phase, Neighbourhood, TeamMember, Guide, Topic, Participant,
    ParticipantIdentity, Interview, InterviewParticipant, InterviewInterviewer, Note,
    Recording, Marker, Transcript, TranscriptSegment,
)
# The consent tables (veldwerk/domain/consent.py) are added in veldwerk/domain/__init__.py.
