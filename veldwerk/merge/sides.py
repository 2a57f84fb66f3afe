"""Who made each version of a record and when, as the coordinator reads it: a laptop by
its member (and its own name, when the bundle said it), the coordinator's own copy as
such. Laptops' hostnames repeat ("vm"), members do not."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from veldwerk.i18n import translate


@dataclass(frozen=True)
class Side:
    """One version's maker: ``here`` is the coordinator's own copy."""

    member: str
    laptop: str
    when: str  # ISO time in UTC, as the row says ("" when unknown)
    here: bool = False

    def who(self) -> str:
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


def local_time(stored: str) -> str:
    """A stored UTC time as local time to the minute; "" when there is none."""
    try:
        moment = datetime.fromisoformat(stored)
    except (TypeError, ValueError):
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def side_of(session: Session, device_id: str, row: dict[str, Any]) -> Side:
    """The maker of ``row`` (a version that ``device_id`` sent or made here)."""
    when = str(row.get("updated_at") or "")
    if device_id and device_id == session.info.get("device_id"):
        return Side("", "", when, here=True)
    found = session.execute(text(
        "SELECT member_name, name FROM team_device WHERE device_id = :d "
        "ORDER BY CASE status WHEN 'approved' THEN 0 ELSE 1 END LIMIT 1"),
        {"d": device_id}).first()
    if found is None:
        return Side("", "", when)
    return Side(str(found[0] or ""), str(found[1] or ""), when)
