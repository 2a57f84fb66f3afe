"""Every field of a bundle checked before the database sees it (ARCHITECTURE.md, bundles).

A signed bundle is only as good as the laptop that made it: a damaged Veldwerk, a hand
edit or a key taken from a project file can sign anything. So ``bag-info.txt``, the
payload's names and every change line are checked here, field by field, against what
this Veldwerk's tables hold: an object with a known synced table, a key, an operation,
this laptop's device, a number inside the bundle's declared range, a row whose columns
the table has with values of the column's type (times with a zone, text that fits).
What does not fit refuses the whole bundle for good, with a reason that names the line,
table, column or row id, never a value.
"""

from __future__ import annotations

import json
import math
import re
import uuid
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from veldwerk.bundle.limits import Limits
from veldwerk.errors import SyncError
from veldwerk.i18n import translate

OPERATIONS = frozenset(("insert", "update", "delete", "purge", "erase"))
WITH_ROW = frozenset(("insert", "update", "delete"))
ID_LENGTH = 36
NAME_LENGTH = 200
LARGEST = 2**62
MEDIA = re.compile(r"data/media/[0-9a-f]{64}\.[0-9A-Za-z]{1,8}")
PAYLOAD = frozenset(("data/changes.jsonl", "data/media-index.jsonl"))


def malformed(why: str) -> SyncError:
    return SyncError(translate("Sync", "This bundle is malformed: {why}.").format(why=why),
                     hint=translate("Sync", "Nothing was taken from it. The laptop's Veldwerk "
                                    "made it wrong or someone changed it. Its laptop, if let "
                                    "in, is told with its next receipt."))


def _text(value: Any, limit: int) -> bool:
    """Text that fits ``limit`` characters, encodes as UTF-8 and holds no NUL (which
    PostgreSQL refuses)."""
    if not isinstance(value, str) or len(value) > limit or "\0" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _count(value: str) -> int | None:
    return int(value) if value.isascii() and value.isdigit() and len(value) < 19 else None


def bag_info(info: dict[str, str], payload: dict[str, int], fingerprint: str) -> None:
    """``bag-info.txt``'s fields: ids that fit the ledger, numbers that are numbers, the
    payload's names, and the payload's total as ``Payload-Oxum`` declares it."""
    bundle = info.get("External-Identifier", "")
    try:
        canonical = str(uuid.UUID(bundle)) == bundle.lower() and len(bundle) == ID_LENGTH
    except ValueError:
        canonical = False
    if not canonical:
        raise malformed(translate("Sync", "External-Identifier is not a bundle id"))
    for name in ("Veldwerk-Project-Id", "Veldwerk-Device-Id"):
        if not info.get(name) or not _text(info[name], ID_LENGTH):
            raise malformed(translate("Sync", "{field} is missing or too long").format(
                field=name))
    for name, limit in (("Veldwerk-Member-Id", ID_LENGTH), ("Veldwerk-Bundle-Group", ID_LENGTH),
                        ("Veldwerk-Device-Name", NAME_LENGTH),
                        ("Veldwerk-Member-Name", NAME_LENGTH),
                        ("Veldwerk-Project-Name", NAME_LENGTH)):
        if not _text(info.get(name, ""), limit):
            raise malformed(translate("Sync", "{field} is too long").format(field=name))
    if info.get("Veldwerk-Device-Key-Fingerprint") != fingerprint:
        raise malformed(translate("Sync", "the key's fingerprint is not the key's"))
    after = _count(info.get("Veldwerk-Sequence-After", ""))
    through = _count(info.get("Veldwerk-Sequence-Through", ""))
    if after is None or through is None or after > through:
        raise malformed(translate("Sync", "the range of changes (Veldwerk-Sequence-After, "
                                  "-Through) is not two numbers in order"))
    part, _, parts = info.get("Veldwerk-Part", "").partition("/")
    part_n, parts_n = _count(part), _count(parts)
    if part_n is None or parts_n is None or not 1 <= part_n <= parts_n:
        raise malformed(translate("Sync", "Veldwerk-Part is not a part of a whole (like 1/2)"))
    for path in payload:
        if path not in PAYLOAD and not MEDIA.fullmatch(path):
            raise malformed(translate("Sync", "it holds a file Veldwerk does not make ({name})")
                            .format(name=path[:80]))
    size, _, count = info.get("Payload-Oxum", "").partition(".")
    if (_count(size), _count(count)) != (sum(payload.values()), len(payload)):
        raise malformed(translate("Sync", "its files are not what Payload-Oxum declares"))


def json_lines(data: bytes, name: str) -> list[dict[str, Any]]:
    """A JSON-lines file whose every line is an object."""
    out = []
    try:
        lines = data.decode("utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise malformed(translate("Sync", "{name} is not UTF-8").format(name=name)) from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except (ValueError, RecursionError) as exc:
            raise malformed(translate("Sync", "line {n} of {name} is not JSON").format(
                n=number, name=name)) from exc
        if not isinstance(value, dict):
            raise malformed(translate("Sync", "line {n} of {name} is not an object").format(
                n=number, name=name))
        out.append(value)
    return out


def changes(data: bytes, info: dict[str, str], limits: Limits) -> list[dict[str, Any]]:
    """The change lines, each checked; refused as a whole at the first that does not fit."""
    if len(data) > limits.member_bytes:
        raise malformed(translate("Sync", "its changes are larger than Veldwerk takes"))
    entries = json_lines(data, "changes.jsonl")
    device = info["Veldwerk-Device-Id"]
    after = int(info["Veldwerk-Sequence-After"])
    through = int(info["Veldwerk-Sequence-Through"])
    seen: set[int] = set()
    for number, entry in enumerate(entries, 1):
        why = _entry_problem(entry, device, after, through, seen)
        if why:
            raise malformed(translate("Sync", "change {n}: {why}").format(n=number, why=why))
    return entries


def _synced() -> dict[str, sa.Table]:
    from veldwerk.domain import SYNCED_TABLES  # deferred: heavy (the models)

    return {model.__tablename__: model.__table__ for model in SYNCED_TABLES}


def _entry_problem(entry: dict[str, Any], device: str, after: int, through: int,
                   seen: set[int]) -> str:
    """Why one change line does not fit, or ""."""
    for name in ("table", "key", "operation", "device", "sequence"):
        if name not in entry:
            return translate("Sync", "it has no {field}").format(field=name)
    table_name, key, op = entry["table"], entry["key"], entry["operation"]
    tables = _synced()
    if not isinstance(table_name, str) or table_name not in tables:
        return translate("Sync", "it names a table laptops do not send ({table})").format(
            table=str(table_name)[:64])
    if not _text(key, ID_LENGTH) or not key:
        return translate("Sync", "its key is not a row id")
    if op not in OPERATIONS:
        return translate("Sync", "its operation is not one Veldwerk knows")
    if entry["device"] != device:
        return translate("Sync", "it is another laptop's change")
    seq = entry["sequence"]
    if not isinstance(seq, int) or isinstance(seq, bool) or not after < seq <= through:
        return translate("Sync", "its number lies outside the bundle's range")
    if seq in seen:
        return translate("Sync", "its number appears twice")
    seen.add(seq)
    base = entry.get("base")
    if base is not None and not (
            isinstance(base, dict) and _text(base.get("device"), ID_LENGTH)
            and isinstance(base.get("sequence"), int)
            and not isinstance(base.get("sequence"), bool)
            and 0 <= base["sequence"] < LARGEST):
        return translate("Sync", "its base is not a version")
    if "logged_at" in entry and not _text(entry["logged_at"], 64):
        return translate("Sync", "its time is not text")
    row = entry.get("row")
    if op not in WITH_ROW:
        return "" if row is None or isinstance(row, dict) else translate(
            "Sync", "its row is not an object")
    if not isinstance(row, dict):
        return translate("Sync", "its row is not an object")
    return row_problem(tables[table_name], row, key)


def row_problem(table: sa.Table, row: dict[str, Any], key: str) -> str:
    """Why a row does not fit ``table``, naming the table, column and row id, or ""."""
    from veldwerk.store import rows  # deferred: heavy (sqlmodel)

    names = {c.key for c in table.columns}
    unknown = sorted(set(row) - names)
    if unknown:
        return translate("Sync", "the {table} row {id} has a column the table lacks "
                         "({column})").format(table=table.name, id=key,
                                              column=str(unknown[0])[:64])
    missing = names - set(row)
    if missing:
        defaults = rows.column_defaults(table.name)
        lacking = sorted((missing & rows.REQUIRED) | (missing - set(defaults)))
        if lacking:
            return translate("Sync", "the {table} row {id} lacks its column {column}").format(
                table=table.name, id=key, column=lacking[0])
    for column in table.columns:
        if column.key in row:
            why = _value_problem(column, row[column.key])
            if why:
                return translate("Sync", "the {table} row {id}: {column} {why}").format(
                    table=table.name, id=key, column=column.key, why=why)
    return ""


def _value_problem(column: sa.Column[Any], value: Any) -> str:
    """Why ``value`` does not fit ``column``, or "" (words, never the value)."""
    if value is None:
        return "" if column.nullable else translate("Sync", "is empty")
    kind = getattr(column.type, "impl", column.type)
    if isinstance(kind, sa.DateTime):
        try:
            moment = datetime.fromisoformat(value) if _text(value, 64) else None
        except ValueError:
            moment = None
        if moment is None:
            return translate("Sync", "is not a time")
        if moment.tzinfo is None and getattr(kind, "timezone", False):
            return translate("Sync", "is a time without a zone")
        return ""
    if isinstance(kind, sa.Date):
        try:
            date.fromisoformat(value if _text(value, 16) else "")
        except ValueError:
            return translate("Sync", "is not a date")
        return ""
    if isinstance(kind, sa.Boolean):
        return "" if isinstance(value, bool) else translate("Sync", "is not yes or no")
    if isinstance(kind, sa.Integer):
        fits = isinstance(value, int) and not isinstance(value, bool) and abs(value) < LARGEST
        return "" if fits else translate("Sync", "is not a whole number")
    if isinstance(kind, sa.Float):
        fits = (isinstance(value, int | float) and not isinstance(value, bool)
                and math.isfinite(value))
        return "" if fits else translate("Sync", "is not a number")
    if isinstance(kind, sa.String):
        limit = kind.length or 10**7
        return "" if _text(value, limit) else translate("Sync", "is not text that fits")
    return translate("Sync", "has a type Veldwerk cannot check")
