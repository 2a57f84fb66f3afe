"""The coordinator's merge ledgers (ARCHITECTURE.md, the merge): which bundles came in and
how they ended, which laptops may send, every version each laptop sent, what was erased,
which ids stand for another, and the conflicts waiting for a person.

All local to the coordinator's project: never synced, never logged, never bundled.
No ``from __future__ import annotations`` here: SQLModel evaluates the annotations.
"""

from datetime import datetime

from sqlalchemy import Index, PrimaryKeyConstraint
from sqlmodel import Field, SQLModel


class InboxBundle(SQLModel, table=True):
    """One bundle file that reached the coordinator, and what became of it."""

    __tablename__ = "inbox_bundle"
    id: str = Field(primary_key=True, max_length=36)  # the bundle id (or the file's hash)
    file_name: str = Field(max_length=200)
    sha256: str = Field(max_length=64, index=True)  # of the encrypted file
    device_id: str = Field(default="", max_length=36)
    device_name: str = ""
    member_name: str = ""
    part: int = 1
    seq_after: int = 0
    seq_through: int = 0
    # imported, waiting (an earlier bundle of the laptop is missing), quarantined (the
    # laptop is not approved yet), rejected (reason says why)
    status: str = Field(max_length=20)
    reason: str = ""
    entries: int = 0
    applied: int = 0
    conflicts: int = 0
    dropped: int = 0  # entries for erased rows, or rows pointing at erased ones
    refused: int = 0  # changes to the coordinator's tables, reported and not applied
    waiting: int = 0  # changes to another's rows: conflicts the coordinator decides
    media: int = 0
    received_at: datetime
    imported_at: datetime | None = None


class TeamDevice(SQLModel, table=True):
    """A laptop by its device id and signing key; a second key for a known id (a cloned
    laptop) is a device of its own, waiting like a stranger."""

    __tablename__ = "team_device"
    __table_args__ = (PrimaryKeyConstraint("device_id", "device_key"),)
    device_id: str = Field(max_length=36)
    device_key: str = Field(max_length=100)
    fingerprint: str = Field(max_length=30)
    name: str = ""
    member_id: str = Field(default="", max_length=36)
    member_name: str = ""
    status: str = Field(default="pending", max_length=20)  # pending, approved, rejected
    first_seen: datetime
    decided_at: datetime | None = None


class DeviceSequence(SQLModel, table=True):
    """How far a laptop's changes are applied: its next bundle must start right here."""

    __tablename__ = "device_sequence"
    device_id: str = Field(primary_key=True, max_length=36)
    through: int = 0


class RowVersion(SQLModel, table=True):
    """Every version a laptop sent (and every merged one made here): the bases that tell a
    plain update from a conflict, and a replay from news."""

    __tablename__ = "row_version"
    __table_args__ = (PrimaryKeyConstraint("device_id", "seq"),
                      Index("ix_row_version_row", "table_name", "row_id"))
    device_id: str = Field(max_length=36)
    seq: int
    table_name: str = Field(max_length=64)
    row_id: str = Field(max_length=36)
    op: str = Field(max_length=10)
    base_device: str | None = Field(default=None, max_length=36)
    base_seq: int | None = None
    row: str = "{}"  # emptied when the row is erased


class ErasedRow(SQLModel, table=True):
    """A row erased after a withdrawal or retention: whatever arrives for it later is
    dropped (erasure wins, also over bundles that come months late)."""

    __tablename__ = "erased_row"
    row_id: str = Field(primary_key=True, max_length=36)
    table_name: str = Field(max_length=64)


class RowAlias(SQLModel, table=True):
    """A second id for one thing (two links between the same interview and person): later
    changes to the alias go to the row that is kept."""

    __tablename__ = "row_alias"
    row_id: str = Field(primary_key=True, max_length=36)
    table_name: str = Field(max_length=64)
    kept_id: str = Field(max_length=36)


class RowOwner(SQLModel, table=True):
    """Whose a row is: the laptop whose signed bundle first brought it. A row here without
    an entry is the coordinator's. Only its owner changes it without a person deciding."""

    __tablename__ = "row_owner"
    row_id: str = Field(primary_key=True, max_length=36)
    table_name: str = Field(max_length=64)
    device_id: str = Field(max_length=36)


class MergeConflict(SQLModel, table=True):
    """Two versions of one record that the merge will not choose between."""

    __tablename__ = "merge_conflict"
    __table_args__ = (Index("ix_merge_conflict_row", "table_name", "row_id"),)
    id: str = Field(primary_key=True, max_length=36)
    table_name: str = Field(max_length=64)
    row_id: str = Field(max_length=36)
    # edit, code, deleted, duplicate; foreign (a change to a row that is not the sender's),
    # purge (its removal), erase (an erasure or withdrawal of someone else's: a request)
    kind: str = Field(max_length=20)
    fields: str = "[]"  # JSON list of the fields changed two ways
    ours: str = "{}"  # the row as it stands here
    theirs: str = "{}"  # the other version
    device_id: str = Field(default="", max_length=36)  # who sent the other version
    seq: int = 0
    status: str = Field(default="open", max_length=20)  # open, resolved
    resolution: str = ""
    created_at: datetime
    resolved_at: datetime | None = None
