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


def test_a_file_name_from_elsewhere_must_be_plain() -> None:
    """A media column becomes ``media/<name>`` when the take is played, exported or erased:
    a path there would reach (and erase) a file anywhere. Refused, naming the column and
    the row, never the value."""
    load_all()
    take = {"id": "01a00000-0000-7000-8000-000000000009", "created_at": "2026-10-01T09:00:00",
            "updated_at": "2026-10-01T09:00:00", "origin_device": "laptop",
            "change_device": "laptop", "change_seq": 8, "interview_id": OLD_INTERVIEW["id"]}
    assert rows.from_json(rows.table_of("recording"), {**take, "media_name": "ab.wav"})
    for bad in ("../../../home/riet/.ssh/id_ed25519", "/etc/passwd", "a\\b.wav", ".."):
        with pytest.raises(SyncError, match=r"compressed_name of row 01a0.*9\)") as raised:
            rows.from_json(rows.table_of("recording"), {**take, "compressed_name": bad})
        assert bad not in str(raised.value)
    with pytest.raises(SyncError, match=r"created_at of row") as raised:
        rows.from_json(rows.table_of("interview"), {**OLD_INTERVIEW, "created_at": "Riet zei"})
    assert "Riet zei" not in str(raised.value), "a value is never repeated in an error"
