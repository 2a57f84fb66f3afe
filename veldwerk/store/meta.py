"""Local facts about a project file in ``veldwerk_meta`` (never synced, never logged):
the sequence floor, the code block this laptop hands out, what the project file said."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

COORDINATOR_KEY = "coordinator"  # the coordinator's public keys, on both sides


def get(session: Session, key: str) -> str | None:
    return session.execute(text("SELECT value FROM veldwerk_meta WHERE key = :k"),
                           {"k": key}).scalar()


def put(session: Session, key: str, value: str) -> None:
    session.execute(text("INSERT INTO veldwerk_meta (key, value) VALUES (:k, :v) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                    {"k": key, "v": value})


def get_json(session: Session, key: str) -> Any:
    value = get(session, key)
    return json.loads(value) if value else None


def put_json(session: Session, key: str, value: Any) -> None:
    put(session, key, json.dumps(value, ensure_ascii=False, sort_keys=True))
