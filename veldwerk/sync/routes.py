"""The coordinator's side of delivery: for each team member the place their laptop was
told to deliver to, and for each laptop where the coordinator reads its bundles and puts its
answers (receipts, project updates, erasure lists).

Members may deliver to different places: one laptop to a USB stick, another to a
Nextcloud share, a third to another share with its own login. A share is read with the
coordinator's own login (never a member's); a stick is mounted at another path on the
coordinator's computer than on the laptop, so per laptop the coordinator chooses the folder
its answers go to, by default the folder its last bundle was imported from.

All of it is the coordinator's own bookkeeping in ``veldwerk_meta``: it is not synced and no
laptop reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import text
from sqlmodel import Session

from veldwerk.i18n import translate
from veldwerk.store import meta
from veldwerk.sync.target import FOLDER, WEBDAV, Target, checked, needs_login

MEMBER_TARGETS = "member_targets"  # member id -> the target their project file names
SHARE_LOGINS = "share_logins"  # share address -> the coordinator's own login name
ANSWER_FOLDERS = "answer_folders"  # device id -> folder here its answers go to (chosen)
IMPORT_FOLDERS = "import_folders"  # device id -> folder its last bundle came from
LEGACY_TARGET = "target"  # one target for everyone, as projects before per-member targets


@dataclass
class Route:
    """One place the coordinator reads bundles from and puts answers in, reached with the
    coordinator's own login; ``devices`` are the laptops whose receipts go there."""

    target: Target
    devices: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.target.kind}:{self.target.location}"


@dataclass(frozen=True)
class LaptopRoute:
    """What the Delivery window and ``devices list`` show per laptop."""

    device_id: str
    name: str
    member: str
    status: str
    delivers_to: str  # as the laptop was told (its own path or its login on the share)
    answers_to: str  # where the coordinator puts its answers, or why nowhere yet
    kind: str  # a kind of ``target.KINDS`` ("" when the member has no target)

    @property
    def folder_chosen_here(self) -> bool:
        """Its answers go to a folder on this computer, which the coordinator may choose
        (a stick is mounted elsewhere here than on the laptop); a share's place is its
        address."""
        return bool(self.kind) and not needs_login(self.kind)


def _targets(session: Session) -> dict[str, dict[str, str]]:
    return meta.get_json(session, MEMBER_TARGETS) or {}


def give(session: Session, member_id: str, target: Target | None) -> None:
    """Remember where ``member_id``'s laptop was told to deliver (a project file names it)."""
    targets = _targets(session)
    before = targets.get(member_id)
    if target is None:
        targets.pop(member_id, None)
    else:
        targets[member_id] = target.to_json()
    meta.put_json(session, MEMBER_TARGETS, targets)
    if targets.get(member_id) != before:
        _forget_places(session, member_id)


def _forget_places(session: Session, member_id: str) -> None:
    """The member's laptop looks in a new place now: the folder chosen for its answers
    and the one its last bundle came from are the old place's, so they no longer decide
    where its answers go (``answers.publish`` puts what it needs in the new place)."""
    devices = set(session.execute(text("SELECT device_id FROM team_device WHERE member_id "
                                       "= :m"), {"m": member_id}).scalars())
    for key in (ANSWER_FOLDERS, IMPORT_FOLDERS):
        known: dict[str, str] = meta.get_json(session, key) or {}
        if devices & set(known):
            meta.put_json(session, key, {d: f for d, f in known.items() if d not in devices})


def member_target(session: Session, member_id: str) -> Target | None:
    given = _targets(session).get(member_id)
    if given is not None:
        return Target.from_json(given)
    return Target.from_json(meta.get_json(session, LEGACY_TARGET))


def set_login(session: Session, location: str, user: str) -> Target:
    """The coordinator's own login name for a share (its password stays in the keyring);
    the share is of the kind the members' place at that address is (WebDAV when no
    member's is there yet)."""
    kinds = {t.location: t.kind for t in (Target.from_json(v) for v in
                                          _targets(session).values()) if t and t.needs_login}
    target = checked(kinds.get(location.strip().rstrip("/") + "/", WEBDAV), location, user)
    logins: dict[str, str] = meta.get_json(session, SHARE_LOGINS) or {}
    logins[target.location] = target.user
    meta.put_json(session, SHARE_LOGINS, logins)
    return target


def login(session: Session, location: str) -> str | None:
    logins: dict[str, str] = meta.get_json(session, SHARE_LOGINS) or {}
    return logins.get(location)


def choose_folder(session: Session, device_id: str, folder: Path) -> None:
    """Where this laptop's answers go on this computer (the stick as it is mounted here)."""
    chosen: dict[str, str] = meta.get_json(session, ANSWER_FOLDERS) or {}
    chosen[device_id] = str(Path(folder).expanduser())
    meta.put_json(session, ANSWER_FOLDERS, chosen)


def note_import(session: Session, device_id: str, folder: Path) -> None:
    """A bundle of ``device_id`` was imported from ``folder`` (a stick, a team folder)."""
    seen: dict[str, str] = meta.get_json(session, IMPORT_FOLDERS) or {}
    if seen.get(device_id) != str(folder):
        seen[device_id] = str(folder)
        meta.put_json(session, IMPORT_FOLDERS, seen)


def _answer_folder(session: Session, device_id: str, given: Target) -> str:
    """The folder the coordinator chose; else the member's own folder when it is on this
    computer too (a team folder a sync client keeps at one path); else the folder the
    laptop's last bundle was imported from (a stick, mounted elsewhere here)."""
    chosen: dict[str, str] = meta.get_json(session, ANSWER_FOLDERS) or {}
    if device_id in chosen:
        return chosen[device_id]
    if Path(given.location).is_dir():
        return given.location
    imported: dict[str, str] = meta.get_json(session, IMPORT_FOLDERS) or {}
    return imported.get(device_id, given.location)


def _laptops(session: Session) -> list[tuple[str, str, str, str, str]]:
    """(device id, laptop name, member id, member name, status) of every known laptop."""
    return [tuple(row) for row in session.execute(text(  # type: ignore[misc]
        "SELECT device_id, name, member_id, member_name, status FROM team_device "
        "ORDER BY member_name, name, device_id"))]


def _reach(session: Session, device_id: str, given: Target) -> Target | str:
    """The target the coordinator uses for this laptop, or why there is none yet."""
    if not given.needs_login:
        return Target(given.kind, _answer_folder(session, device_id, given))
    user = login(session, given.location)
    if not user:
        return translate("Sync", "waits for your own login on {host}").format(
            host=urlsplit(given.location).netloc)
    return Target(given.kind, given.location, user)


def routes(session: Session) -> tuple[list[Route], list[str]]:
    """Where answers go, one route per place; and what keeps answers from some laptop.
    A member whose laptop has sent nothing yet still gets the shared answers (a new form,
    a new neighbourhood) on their share or team folder; a stick gets them once a bundle
    from it was taken in (only then is its place on this computer known)."""
    found: dict[str, Route] = {}
    problems: list[str] = []
    heard: set[str] = set()
    for device_id, name, member_id, member_name, status in _laptops(session):
        if status != "approved":
            continue
        heard.add(member_id)
        who = member_name or name or device_id
        given = member_target(session, member_id)
        if given is None:
            problems.append(translate(
                "Sync", "The laptop of {member} has no place for answers: make their project "
                "file with a folder or a share.").format(member=who))
            continue
        reach = _reach(session, device_id, given)
        if isinstance(reach, str):
            problems.append(f"{who}: {reach}")
            continue
        found.setdefault(f"{reach.kind}:{reach.location}", Route(reach)).devices.append(
            device_id)
    for member_id, value in _targets(session).items():
        given = Target.from_json(value)
        if member_id in heard or given is None:
            continue
        reach = _reach(session, "", given)
        if isinstance(reach, Target) and (reach.needs_login
                                          or Path(reach.location).is_dir()):
            found.setdefault(f"{reach.kind}:{reach.location}", Route(reach))
    return list(found.values()), _unique(problems)


def sources(session: Session) -> tuple[list[Target], list[str]]:
    """Every place bundles may wait for the coordinator: each member's share (read with the
    coordinator's login) and each folder that is on this computer. A stick that is not in
    is no problem: it is read when it is."""
    places: dict[str, Target] = {}
    problems: list[str] = []
    given = [t for t in (Target.from_json(v) for v in _targets(session).values()) if t]
    legacy = Target.from_json(meta.get_json(session, LEGACY_TARGET))
    if legacy is not None:
        given.append(legacy)
    folders = [Target(FOLDER, t.location) for t in given if not t.needs_login]
    for key in (ANSWER_FOLDERS, IMPORT_FOLDERS):
        folders += [Target(FOLDER, f) for f in (meta.get_json(session, key) or {}).values()]
    for target in folders:
        if Path(target.location).is_dir():
            places.setdefault(f"{FOLDER}:{target.location}", target)
    for target in (t for t in given if t.needs_login):
        user = login(session, target.location)
        if not user:
            problems.append(translate(
                "Sync", "Give your own login for {where} (Project › Delivery, or veldwerk "
                "delivery login URL --user NAME): the share is read with it.").format(
                    where=target.location))
            continue
        places.setdefault(f"{target.kind}:{target.location}",
                          Target(target.kind, target.location, user))
    return list(places.values()), _unique(problems)


def laptops(session: Session) -> list[LaptopRoute]:
    out = []
    for device_id, name, member_id, member_name, status in _laptops(session):
        given = member_target(session, member_id)
        if given is None:
            out.append(LaptopRoute(device_id, name, member_name, status,
                                   translate("Sync", "not chosen"),
                                   translate("Sync", "nowhere yet"), ""))
            continue
        reach = _reach(session, device_id, given)
        answers = reach if isinstance(reach, str) else reach.describe()
        out.append(LaptopRoute(device_id, name, member_name, status, given.describe(),
                               answers, given.kind))
    return out


def shares(session: Session) -> list[tuple[str, str | None]]:
    """(share address, the coordinator's login or None) for every share members use."""
    places = sorted({t.location for t in (Target.from_json(v) for v in
                                          _targets(session).values()) if t and t.needs_login})
    return [(place, login(session, place)) for place in places]


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
