"""Who made each version of a record and when, as the coordinator reads it: a laptop by
its member (and its own name, when the bundle said it), the coordinator's own copy as
such. Laptops' hostnames repeat ("vm"), members do not."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from veldwerk.i18n import translate
from veldwerk.ids import as_utc


@dataclass(frozen=True)
class Side:
    """One version's maker: ``here`` is the coordinator's own copy."""

    member: str
    laptop: str
    when: str  # ISO time in UTC, as the row says ("" when unknown)
    here: bool = False
    absent: bool = False  # no version on this side: the other is a new record

    def who(self) -> str:
        if self.absent:
            return translate("Sync", "No version here (a new record)")
        if self.here:
            return translate("Sync", "The coordinator (this copy)")
        return laptop_label(self.member, self.laptop)

    def describe(self) -> str:
        """Who and when in one line, the time in local time."""
        shown = local_time(self.when)
        if not shown:
            return self.who()
        return translate("Sync", "{who}, {when}").format(who=self.who(), when=shown)


def laptop_label(member: str, laptop: str) -> str:
    """A laptop as a person names it: its member, with its own name where known."""
    member, laptop = member.strip(), laptop.strip()
    if member and laptop:
        return translate("Sync", "{member} ({laptop})").format(member=member, laptop=laptop)
    return member or laptop or translate("Sync", "Unknown laptop")


def _taken_from(session: Session, table: str, row_id: str, when: str) -> str:
    """The laptop whose version the coordinator took for this row, if the row is still
    that version; "" otherwise."""
    found = session.execute(text(
        "SELECT device_id, resolved_at FROM merge_conflict WHERE table_name = :t AND "
        "row_id = :r AND status = 'resolved' AND resolution = 'theirs' ORDER BY resolved_at "
        "DESC LIMIT 1"), {"t": table, "r": row_id}).first()
    stamped, resolved = _moment(when), _moment(found[1]) if found else None
    if found is None or stamped is None or resolved is None:
        return ""
    return str(found[0] or "") if timedelta(0) <= resolved - stamped <= TAKEN_WITHIN else ""


def _moment(value: object) -> datetime | None:
    try:
        return as_utc(value)  # type: ignore[arg-type]
    except ValueError:
        return None


def local_time(stored: str) -> str:
    """A stored UTC time as local time to the minute; "" when there is none."""
    try:
        moment = datetime.fromisoformat(stored)
    except (TypeError, ValueError):
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


TAKEN_WITHIN = timedelta(minutes=1)  # a resolution stamps the row just before it ends


def side_of(session: Session, device_id: str, row: dict[str, Any], table: str = "") -> Side:
    """The maker of ``row`` (a version that ``device_id`` sent or made here). No row: no
    version. A version here that the coordinator took from a laptop in a resolution (its
    stamp no later than the resolution, and no change since) is that laptop's."""
    when = str(row.get("updated_at") or "")
    if not row:
        return Side("", "", "", absent=True)
    if device_id and device_id == session.info.get("device_id"):
        taken = _taken_from(session, table, str(row.get("id") or ""), when) if table else ""
        if not taken:
            return Side("", "", when, here=True)
        device_id = taken
    found = session.execute(text(
        "SELECT member_name, name FROM team_device WHERE device_id = :d "
        "ORDER BY CASE status WHEN 'approved' THEN 0 ELSE 1 END LIMIT 1"),
        {"d": device_id}).first()
    if found is None:
        return Side("", "", when)
    return Side(str(found[0] or ""), str(found[1] or ""), when)
