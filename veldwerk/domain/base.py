"""The columns every synced row carries (ARCHITECTURE.md, every write is logged) and the
naming convention."""

import json
from datetime import date, datetime
from typing import Any

from pydantic import ConfigDict
from sqlmodel import Field, SQLModel

from veldwerk.ids import utcnow, uuid7

# Alembic batch mode on SQLite needs named constraints to alter them later.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Synced(SQLModel):
    """Identity and provenance; the change log fills device and sequence on flush."""

    # Pydantic builds a table model's validator on first use, not at import (~80 ms of
    # start-up for fourteen tables); table rows are rarely validated.
    model_config = ConfigDict(defer_build=True)  # type: ignore[assignment]

    id: str = Field(default_factory=uuid7, primary_key=True, max_length=36)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    origin_device: str = Field(default="", max_length=36)
    change_device: str = Field(default="", max_length=36)
    change_seq: int = Field(default=0)


def row_dict(obj: SQLModel) -> dict[str, Any]:
    """All column values of a row as JSON-ready values, as the change log carries them."""
    out: dict[str, Any] = {}
    for column in obj.__table__.columns:  # type: ignore[attr-defined]
        value = getattr(obj, column.key)
        if isinstance(value, datetime | date):
            value = value.isoformat()
        out[column.key] = value
    return out


def dumps_list(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False)


def loads_list(text: str | None) -> list[str]:
    if not text:
        return []
    try:
        data = json.loads(text)
    except ValueError:
        return []
    return [str(v) for v in data] if isinstance(data, list) else []
