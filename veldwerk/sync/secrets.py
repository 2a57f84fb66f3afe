"""The WebDAV app password: kept in the operating system's keyring (never in the project,
its backups or the settings file). ``VELDWERK_WEBDAV_PASSWORD`` serves scripts and tests."""

from __future__ import annotations

import logging
import os

from veldwerk.errors import SyncError
from veldwerk.i18n import translate
from veldwerk.sync.target import Target

ENV = "VELDWERK_WEBDAV_PASSWORD"
log = logging.getLogger(__name__)


# Passwords typed in this session: used until Veldwerk closes, also without a keyring.
_typed: dict[tuple[str, str], str] = {}


def password(target: Target) -> str | None:
    given = os.environ.get(ENV)
    if given:
        return given
    if (target.keyring_service, target.user) in _typed:
        return _typed[(target.keyring_service, target.user)]
    import keyring  # deferred: heavy (keyring)
    from keyring.errors import KeyringError  # deferred: heavy (keyring)

    try:
        return keyring.get_password(target.keyring_service, target.user)
    except KeyringError:
        return None  # no keyring here: the app asks, and keeps it until it closes


def remember(target: Target, secret: str) -> None:
    import keyring  # deferred: heavy (keyring)
    from keyring.errors import KeyringError  # deferred: heavy (keyring)

    _typed[(target.keyring_service, target.user)] = secret

    try:
        keyring.set_password(target.keyring_service, target.user, secret)
    except KeyringError as exc:
        log.info("no keyring: %s", exc)
        raise SyncError(translate(
            "Sync", "This computer has no keyring (its safe place for passwords), so the "
            "password is not stored."), hint=translate(
            "Sync", "Veldwerk uses it until it closes and asks for it again next time. "
            "Commands take it from {env}.").format(env=ENV)) from exc
