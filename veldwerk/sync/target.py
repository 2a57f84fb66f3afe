"""Where bundles go: a folder (a USB stick, a synced team folder) or a WebDAV share
(Nextcloud, SURF Research Drive). The coordinator chooses it; project files carry it.

``KINDS`` is the one table of kinds of place: the module and class of each kind's
transport (``sync.transport.Transport``), and whether it is reached with a login. The rest
of Veldwerk asks it (``needs_login``) instead of naming a kind."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from veldwerk.errors import ValidationError
from veldwerk.i18n import translate

FOLDER, WEBDAV = "folder", "webdav"


@dataclass(frozen=True)
class Kind:
    """One kind of place. ``transport`` names ("module:Class") the class that implements
    ``sync.transport.Transport`` for it, made by its ``for_target(target, password,
    verify)``; it is imported only when a place of this kind is opened
    (``sync.transport.connect``), as httpx alone costs start-up time."""

    transport: str
    # Over the network with a login (its password in the keyring; the coordinator reads
    # it with a login of its own), or else a folder on this computer.
    login: bool


KINDS: dict[str, Kind] = {
    FOLDER: Kind("veldwerk.sync.folder:FolderTarget", login=False),
    WEBDAV: Kind("veldwerk.sync.webdav:WebDavTarget", login=True),
}


def needs_login(kind: str) -> bool:
    """A place of ``kind`` is reached with a login and password (a share), not a folder
    here; an unknown kind (none chosen) is neither."""
    found = KINDS.get(kind)
    return found is not None and found.login


@dataclass(frozen=True)
class Target:
    kind: str  # FOLDER or WEBDAV
    location: str  # a folder path, or the share's https:// address (a collection)
    user: str = ""  # the WebDAV login name; the password stays in this laptop's keyring

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "location": self.location, "user": self.user}

    @classmethod
    def from_json(cls, data: Any) -> Target | None:
        if not data:
            return None
        return checked(str(data.get("kind", "")), str(data.get("location", "")),
                       str(data.get("user", "")))

    @property
    def needs_login(self) -> bool:
        return needs_login(self.kind)

    def describe(self) -> str:
        if not self.needs_login:
            return translate("Sync", "the folder {path}").format(path=self.location)
        return translate("Sync", "{host} (as {user})").format(
            host=urlsplit(self.location).netloc, user=self.user)

    @property
    def keyring_service(self) -> str:
        """Name under which this laptop keeps the share's app password."""
        return f"Veldwerk WebDAV {urlsplit(self.location).netloc}"


def checked(kind: str, location: str, user: str = "") -> Target:
    """A target from what a person typed; a clear error for what cannot work."""
    location = location.strip()
    if kind not in KINDS:
        raise ValidationError("target", translate("Sync", "A target is a folder or a WebDAV "
                                                  "share."))
    if not needs_login(kind):
        if not location:
            raise ValidationError("target", translate("Sync", "Choose the folder bundles go "
                                                      "to."))
        return Target(kind, str(Path(location).expanduser()))
    parts = urlsplit(location)
    if parts.scheme not in ("https", "http") or not parts.netloc:
        raise ValidationError("target", translate(
            "Sync", "Give the share's full address, starting with https:// (in Nextcloud: "
            "Files › Settings › WebDAV)."))
    if parts.scheme == "http" and parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise ValidationError("target", translate(
            "Sync", "The address must start with https://: without it the password would "
            "travel readable."))
    if not user.strip():
        raise ValidationError("user", translate("Sync", "Give the login name for the share."))
    return Target(kind, location.rstrip("/") + "/", user.strip())
