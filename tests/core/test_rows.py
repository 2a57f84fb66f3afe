"""Rows that arrive from elsewhere: a laptop on an older Veldwerk sends rows without the
columns added since, which get a new row's defaults; a column this Veldwerk does not know,
or a row without its identity, is refused with the table and column named."""

from __future__ import annotations

import pytest

from veldwerk.domain import load_all
from veldwerk.errors import SyncError
from veldwerk.store import rows

OLD_INTERVIEW = {"id": "01a00000-0000-7000-8000-000000000001",
                 "created_at": "2026-10-01T09:00:00+00:00",
                 "updated_at": "2026-10-02T09:00:00.500000+00:00", "origin_device": "laptop",
                 "change_device": "laptop", "change_seq": 7, "project_id": "p",
                 "title": "Bij Riet", "kind": "interview"}


def test_an_older_row_gets_the_defaults_of_the_columns_added_since() -> None:
    load_all()
    row = rows.from_json(rows.table_of("interview"), OLD_INTERVIEW)
    assert (row["title"], row["summary"], row["tags"], row["status"]) == (
        "Bij Riet", "", "[]", "planned")
    assert row["deleted_at"] is None and row["guide_id"] is None
    assert row["updated_at"].isoformat() == "2026-10-02T09:00:00.500000+00:00"


def test_an_unknown_column_or_a_missing_identity_is_refused() -> None:
    load_all()
    with pytest.raises(SyncError, match=r"interview row does not fit .*\(columns mood\)"):
        rows.from_json(rows.table_of("interview"), {**OLD_INTERVIEW, "mood": "blij"})
    without = {k: v for k, v in OLD_INTERVIEW.items() if k != "change_seq"}
    with pytest.raises(SyncError, match=r"\(columns change_seq\)"):
        rows.from_json(rows.table_of("interview"), without)
    with pytest.raises(SyncError, match="unreadable date"):
        rows.from_json(rows.table_of("interview"), {**OLD_INTERVIEW, "created_at": "gisteren"})
