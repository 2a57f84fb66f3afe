"""What ``sync`` and the coordinator's ``merge`` need from a place bundles go, whatever
kind it is (``target.KINDS``): the :class:`Transport` protocol, ``connect`` that opens
one, and what every transport shares (the block size, the plain-name rule).

Every transport writes under a temporary name and then moves the file to its own name
without overwriting (so a reader never sees half a file under a real name, and the same
bytes there already count as written), refuses a name that is not a plain file name
before it reaches the place, and raises :class:`~veldwerk.sync.errors.DeliveryError` for
whatever fails (``TooLarge`` for a file from the coordinator over the limit)."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from veldwerk.fsutil import plain_name
from veldwerk.i18n import translate
from veldwerk.sync import secrets
from veldwerk.sync.errors import DeliveryError
from veldwerk.sync.target import KINDS, Target

BLOCK = 1 << 20  # bytes read and written at a time: a 2 GB bundle never sits in memory
log = logging.getLogger(__name__)


@runtime_checkable
class Transport(Protocol):
    """One opened place. A laptop delivers (``deliver``) and reads what the coordinator
    sent back (``listing``, ``fetch``); the coordinator downloads bundles (``listing``,
    ``download``), removes what it took in (``remove``) and puts its answers there
    (``publish``). Paths inside the place are given as plain names, folder by folder."""

    requests: int  # network requests made so far (0 for a folder): idle sync stays small

    def describe(self) -> str:
        """Where this is, for messages and the log; never with a password."""
        ...

    def check(self) -> None:
        """Test connection: the place is there (and takes the password)."""
        ...

    def listing(self, *folder: str) -> dict[str, str]:
        """The plain file names in a folder of the place with a version tag each (a
        changed file gets a new tag); {} when the folder is not there yet."""
        ...

    def fetch(self, *path: str, limit: int | None = None) -> bytes:
        """A small file (receipt, update); one over ``limit`` bytes is not read
        (``TooLarge``)."""
        ...

    def download(self, name: str, destination: Path) -> None:
        """A bundle from the place's top folder into ``destination``, block by block
        (nothing is left there when it fails)."""
        ...

    def deliver(self, source: Path, size: int, sha256: str,
                cancelled: Callable[[], bool] = ...) -> None:
        """A bundle into the top folder: temporary name, then moved to its own; the same
        bytes there already count as delivered, different ones are never written over;
        ``cancelled`` stops it between blocks (``Cancelled``)."""
        ...

    def publish(self, folder: tuple[str, ...], name: str, data: bytes) -> None:
        """A small file from the coordinator into a subfolder (made when missing), as
        ``deliver`` does: temporary name, move, never over different bytes."""
        ...

    def remove(self, *path: str) -> None:
        """A file leaves the place; gone already is fine."""
        ...

    def close(self) -> None:
        """Let go of the connection; closing twice is fine."""
        ...


def connect(target: Target, password: str | None = None, verify: Any = True) -> Transport:
    """The transport for ``target``, chosen by its kind in ``target.KINDS``; a place
    reached with a login needs its password (given, else from the keyring)."""
    kind = KINDS[target.kind]
    module, name = kind.transport.split(":")
    opener: Any = getattr(importlib.import_module(module), name)
    transport: Transport
    if not kind.login:
        transport = opener.for_target(target, None, verify)
        return transport
    secret = password or secrets.password(target)
    if not secret:
        raise DeliveryError(translate("Sync", "The password for {where} is needed.").format(
            where=target.describe()), hint=translate(
            "Sync", "In the app: type it under Project › Delivery (it is kept in this "
            "computer's keyring). For a command: set {env}.").format(env=secrets.ENV),
            transient=False)
    transport = opener.for_target(target, secret, verify)
    return transport


def plain_names(names: Iterable[str], where: str) -> list[str]:
    """The plain file names of a listing (``fsutil.plain_name``); the rest is skipped, and
    the log says how many and where (never the names: they come from elsewhere)."""
    kept, skipped = [], 0
    for name in names:
        if plain_name(name):
            kept.append(name)
        else:
            skipped += 1
    if skipped:
        log.warning("skipped %d names in %s that are not plain file names", skipped, where)
    return kept


def checked_path(parts: Iterable[str], where: str) -> tuple[str, ...]:
    """A path inside a target made of plain names only; anything else is refused before
    it can reach a file outside the target."""
    found = tuple(parts)
    if not found or not all(plain_name(p) for p in found):
        log.warning("refused a path in %s that is not made of plain file names", where)
        raise DeliveryError(translate(
            "Sync", "A file name from elsewhere is not a plain file name; it was not used."),
            hint=translate("Sync", "Tell the coordinator."), transient=False)
    return found
