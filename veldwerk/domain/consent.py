"""Consent as records (ARCHITECTURE.md): templates, what a participant agreed to, the
evidence (signature or spoken yes, identifying, kept apart) and withdrawals.

No ``from __future__ import annotations`` here: SQLModel evaluates the annotations.
"""

from datetime import date, datetime
from enum import StrEnum

from sqlmodel import Field

from veldwerk.domain.base import Synced


class ConsentMethod(StrEnum):
    SIGNATURE = "signature"
    VERBAL = "verbal"
    PAPER = "paper"  # signed on a paper form elsewhere; optionally a photo or scan of it


class WithdrawalKind(StrEnum):
    ERASE = "erase"
    STOP_USE = "stop_use"


class ConsentTemplate(Synced, table=True):
    """One version of a consent form in one language. Once a record refers to it, it is
    never edited again: a change makes a new version (like guides)."""

    __tablename__ = "consent_template"
    project_id: str = Field(foreign_key="project.id", index=True, max_length=36)
    lineage_id: str = Field(max_length=36, index=True)
    version: int = 1
    language: str = Field(default="nl", max_length=8)
    title: str = Field(max_length=300)
    sections: str = "[]"  # JSON: [{key, heading, text}]
    scopes: str = "[]"  # JSON: [{key, label}]
    retention_date: date | None = None
    content_hash: str = Field(default="", max_length=64)


class ConsentEvidence(Synced, table=True):
    """Identifying: a signature image, a spoken-consent recording or a photo or scan of a
    signed paper form, as a media file."""

    __tablename__ = "consent_evidence"
    participant_id: str = Field(foreign_key="participant.id", index=True, max_length=36)
    method: str = Field(default=ConsentMethod.SIGNATURE.value, max_length=20)
    media_name: str = Field(default="", max_length=100)
    sha256: str = Field(default="", max_length=64)
    duration_ms: int = 0


class ConsentRecord(Synced, table=True):
    """What one participant agreed to, on which exact form, when, and before whom."""

    __tablename__ = "consent_record"
    participant_id: str = Field(foreign_key="participant.id", index=True, max_length=36)
    template_id: str = Field(foreign_key="consent_template.id", max_length=36)
    template_hash: str = Field(max_length=64)
    scopes: str = "{}"  # JSON: {scope key: true/false}
    method: str = Field(default=ConsentMethod.SIGNATURE.value, max_length=20)
    evidence_id: str | None = Field(default=None, foreign_key="consent_evidence.id",
                                    max_length=36)
    given_at: datetime
    interviewer_id: str | None = Field(default=None, foreign_key="team_member.id",
                                       max_length=36)
    document_name: str = Field(default="", max_length=100)
    document_sha256: str = Field(default="", max_length=64)


class Withdrawal(Synced, table=True):
    """A participant withdrew. After an erasure only this row (code, date, reason, who)
    remains of them; it travels to the coordinator and wins over late bundles."""

    __tablename__ = "withdrawal"
    project_id: str = Field(foreign_key="project.id", index=True, max_length=36)
    participant_code: str = Field(max_length=20, index=True)
    # The person, by id (codes can clash between laptops); no foreign key: after an
    # erasure the participant row is gone and this id is all that says who it was.
    participant_id: str = Field(default="", max_length=36, index=True)
    kind: str = Field(default=WithdrawalKind.STOP_USE.value, max_length=20)
    reason: str = ""
    withdrawn_at: datetime
    by: str = Field(default="", max_length=200)
    erased: str = "{}"  # JSON: {table: count} of what an erasure removed
    # JSON: the group conversations an erasure kept without them (outputs do not quote them)
    kept_interviews: str = "[]"
