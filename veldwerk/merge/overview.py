"""What the coordinator reads about the inbox, in words: each bundle by its laptop's
member, its state and what it brought (counted from its changes by table), and what
waits for a person (conflicts, laptops to let in, bundles that could not be taken in).
The command and the window say the same thing from here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import text
from sqlmodel import Session

from veldwerk.i18n import translate
from veldwerk.ids import as_utc, utcnow
from veldwerk.labels import bundle_status
from veldwerk.merge.sides import laptop_label
from veldwerk.words import plural

# What ``waiting`` and the Inbox read: a write to one of these changes what waits.
READS = frozenset({"merge_conflict", "team_device", "inbox_bundle", "device_sequence"})
RECENT = timedelta(days=7)  # a bundle that could not be taken in is news this long


def counted(n: int, one: str, many: str) -> str:
    """``one`` for 1, else ``many`` with ``{n}`` filled in: both forms are in the
    catalogue, as Dutch and English both have two."""
    return one if n == 1 else many.format(n=n)


@dataclass(frozen=True)
class BundleLine:
    file_name: str
    received_at: str
    laptop: str  # the member, with the laptop's own name when the bundle said it
    state: str  # in words
    brought: str  # "2 interviews, 3 notes" (in words, "" for nothing)
    conflicts: int
    reason: str


def state_words(status: str, laptop_refused: bool = False) -> str:
    """A bundle's state in words (the one list is ``veldwerk.labels``); a refused bundle
    says whether its laptop was refused or the bundle itself could not be read."""
    if status == "rejected":
        return (translate("Sync", "laptop refused") if laptop_refused
                else translate("Sync", "could not be taken in"))
    return bundle_status(status)


def brought_words(counts: dict[str, int]) -> str:
    """What a bundle's changes were about, by kind; other tables as "other changes"."""
    kinds = (("interview", translate("Sync", "1 interview"), translate("Sync", "{n} interviews")),
             ("note", translate("Sync", "1 note"), translate("Sync", "{n} notes")),
             ("recording", translate("Sync", "1 recording"), translate("Sync", "{n} recordings")),
             ("consent_record", translate("Sync", "1 consent"), translate("Sync", "{n} consents")),
             ("transcript", translate("Sync", "1 transcript"),
              translate("Sync", "{n} transcripts")))
    parts = [counted(counts[t], one, many) for t, one, many in kinds if counts.get(t)]
    rest = sum(n for t, n in counts.items() if t not in {k[0] for k in kinds})
    if rest:
        parts.append(counted(rest, translate("Sync", "1 other change"),
                             translate("Sync", "{n} other changes")))
    return ", ".join(parts) or translate("Sync", "no changes")


def _brought(session: Session, device: str, after: int, through: int) -> dict[str, int]:
    found = session.execute(text(
        "SELECT table_name, count(*) FROM row_version WHERE device_id = :d AND seq > :a AND "
        "seq <= :t GROUP BY table_name"), {"d": device, "a": after, "t": through})
    return {str(t): int(n) for t, n in found}


def bundle_lines(session: Session) -> list[BundleLine]:
    """Every bundle that came in, newest first, as the coordinator reads it."""
    found = session.execute(text(
        "SELECT b.file_name, b.received_at, b.status, b.device_id, b.device_name, "
        "b.member_name, b.part, b.seq_after, b.seq_through, b.conflicts, b.waiting, "
        "b.reason, "
        "d.status AS device_status FROM inbox_bundle b LEFT JOIN (SELECT device_id, "
        "min(status) AS status FROM team_device GROUP BY device_id) d ON "
        "d.device_id = b.device_id ORDER BY b.received_at DESC, b.file_name")).all()
    out = []
    for r in found:
        media_only = r.part != 1
        brought = (translate("Sync", "recordings' files") if media_only else brought_words(
            _brought(session, r.device_id, r.seq_after, r.seq_through))) if (
            r.status == "imported") else ""
        if r.waiting:
            brought = ". ".join(p for p in (brought, _still_waiting(
                session, r.device_id, r.seq_after, r.seq_through, int(r.waiting))) if p)
        out.append(BundleLine(
            r.file_name, str(r.received_at), laptop_label(r.member_name, r.device_name),
            state_words(r.status, r.device_status == "rejected"), brought, int(r.conflicts),
            r.reason))
    return out


def _still_waiting(session: Session, device: str, after: int, through: int,
                   asked: int) -> str:
    """What of a bundle's changes of another's records still waits for you: the open
    requests (an erasure counts once); once none is open, how many were decided."""
    from veldwerk.merge.decisions import attached_sql  # deferred: start-up
    from veldwerk.merge.trust import KINDS  # deferred: start-up

    left = int(session.execute(text(
        f"SELECT count(*) FROM merge_conflict c WHERE c.status = 'open' AND c.device_id = :d "
        f"AND c.seq > :a AND c.seq <= :t AND c.kind IN ('{KINDS[0]}', '{KINDS[1]}', "
        f"'{KINDS[2]}') AND NOT {attached_sql(session)}"),
        {"d": device, "a": after, "t": through}).scalar() or 0)
    if left:
        return waiting_words(left)
    return counted(asked, translate("Sync", "Its 1 change of another's record is decided"),
                   translate("Sync", "Its {n} changes of others' records are decided"))


@dataclass(frozen=True)
class Waiting:
    """What waits for the coordinator."""

    conflicts: int = 0
    laptops: int = 0  # waiting to be let in
    failed: int = 0  # bundles of the last days that could not be taken in

    def describe(self) -> str:
        """One line for the status bar; "" when nothing waits."""
        parts = []
        if self.conflicts:
            parts.append(counted(self.conflicts, translate("Sync", "1 conflict"),
                                 translate("Sync", "{n} conflicts")))
        if self.laptops:
            parts.append(counted(self.laptops, translate("Sync", "1 laptop waits for approval"),
                                 translate("Sync", "{n} laptops wait for approval")))
        if self.failed:
            parts.append(counted(self.failed, translate(
                "Sync", "1 bundle could not be taken in"), translate(
                "Sync", "{n} bundles could not be taken in")))
        return ", ".join(parts)


def waiting(session: Session) -> Waiting:
    from veldwerk.merge.decisions import open_count  # deferred: start-up

    conflicts = open_count(session)
    laptops = session.execute(text(
        "SELECT count(*) FROM team_device WHERE status = 'pending'")).scalar()
    since = utcnow() - RECENT
    failed = [when for (when,) in session.execute(text(
        "SELECT b.received_at FROM inbox_bundle b WHERE b.status = 'rejected' AND NOT EXISTS "
        "(SELECT 1 FROM team_device d WHERE d.device_id = b.device_id AND "
        "d.status = 'rejected')"))]
    recent = sum(1 for when in failed if as_utc(when) >= since)
    return Waiting(int(conflicts or 0), int(laptops or 0), recent)



def waiting_words(n: int) -> str:
    """Changes of another's rows (or erasures of another's people) that wait for you."""
    return plural(n, translate("Sync", "{n} change of a record that is not the sender's "
                               "waits for you: see the conflicts."),
                  translate("Sync", "{n} changes of records that are not the sender's wait "
                            "for you: see the conflicts."))
