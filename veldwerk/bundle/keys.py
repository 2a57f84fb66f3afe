"""Keys: the coordinator's age identity (bundles are encrypted to it) and Ed25519 signing
keys (age keys cannot sign), one for the coordinator and one per laptop.

The coordinator's two secret keys live in one file encrypted with a passphrase (age's
scrypt recipient, so ``age -d`` opens it too) and on a recovery sheet to print. A
laptop's signing key is made once per data folder, outside every project folder and so
outside its backups; a stolen backup cannot sign bundles.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from cryptography.hazmat.primitives.serialization import Encoding as Enc
from cryptography.hazmat.primitives.serialization import PublicFormat as Fmt

from veldwerk.errors import SyncError
from veldwerk.fsutil import atomic_write_bytes
from veldwerk.i18n import translate
from veldwerk.ids import utcnow
from veldwerk.words import date_text

SIGNING_PREFIX = "VELDWERK-SIGNING-KEY-"
PUBLIC_PREFIX = "ed25519:"
KEY_FORMAT = "veldwerk-coordinator-keys"
DEVICE_KEY = Path("keys") / "device-signing.key"
MIN_PASSPHRASE = 10


def public_text(key: Ed25519PublicKey) -> str:
    return PUBLIC_PREFIX + base64.b64encode(
        key.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode("ascii")


def public_key(value: str) -> Ed25519PublicKey:
    """A signing key as project files and bundles carry it (``ed25519:<base64>``)."""
    try:
        if not value.startswith(PUBLIC_PREFIX):
            raise ValueError(value)
        return Ed25519PublicKey.from_public_bytes(
            base64.b64decode(value.removeprefix(PUBLIC_PREFIX), validate=True))
    except (ValueError, binascii.Error) as exc:
        raise SyncError(translate("Sync", "This is not a Veldwerk signing key: {value}.")
                        .format(value=value[:40])) from exc


def fingerprint(value: str) -> str:
    """What a person compares by eye or over the phone: 16 hex digits in groups of four."""
    digest = hashlib.sha256(value.encode("ascii")).hexdigest()[:16].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 16, 4))


def secret_text(key: Ed25519PrivateKey) -> str:
    raw = key.private_bytes_raw()
    return SIGNING_PREFIX + base64.b32encode(raw).decode("ascii").rstrip("=")


def secret_key(value: str) -> Ed25519PrivateKey:
    body = value.strip().upper().removeprefix(SIGNING_PREFIX).replace(" ", "")
    try:
        raw = base64.b32decode(body + "=" * (-len(body) % 8))
        return Ed25519PrivateKey.from_private_bytes(raw)
    except (ValueError, binascii.Error) as exc:
        raise SyncError(translate("Sync", "The signing key is not complete or mistyped."),
                        hint=translate("Sync", "Check it letter by letter against the "
                                       "recovery sheet.")) from exc


def verify(public: str, data: bytes, signature: bytes, what: str) -> None:
    """Raise :class:`SyncError` unless ``signature`` is ``public``'s over ``data``."""
    try:
        public_key(public).verify(signature, data)
    except InvalidSignature as exc:
        raise SyncError(translate("Sync", "{what} is not signed by the key it names: it was "
                                  "changed after it was made, or made by someone else.")
                        .format(what=what), hint=translate(
                            "Sync", "Nothing was changed. Ask for a new copy.")) from exc


def age_recipient(value: str) -> pyrage.x25519.Recipient:
    try:
        return pyrage.x25519.Recipient.from_str(value.strip())
    except Exception as exc:  # pyrage raises its own RecipientError
        raise SyncError(translate("Sync", "This is not an age public key: {value}.").format(
            value=value.strip()[:40]), hint=translate(
            "Sync", "An age public key starts with age1.")) from exc


@dataclass(frozen=True)
class CoordinatorKeys:
    """The coordinator's secrets: decrypt bundles, sign project files, receipts and
    erasure lists."""

    age: pyrage.x25519.Identity
    signing: Ed25519PrivateKey

    @property
    def age_public(self) -> str:
        return str(self.age.to_public())

    @property
    def signing_public(self) -> str:
        return public_text(self.signing.public_key())

    def sign(self, data: bytes) -> bytes:
        return self.signing.sign(data)


def new_coordinator_keys() -> CoordinatorKeys:
    return CoordinatorKeys(pyrage.x25519.Identity.generate(), Ed25519PrivateKey.generate())


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise SyncError(translate("Sync", "The passphrase is too short: use at least {n} "
                                  "characters, for example four words.").format(
                                      n=MIN_PASSPHRASE))


def save_coordinator_keys(keys: CoordinatorKeys, path: Path, passphrase: str) -> None:
    """Write the key file, encrypted with ``passphrase``; never over an existing file."""
    check_passphrase(passphrase)
    if path.exists():
        raise SyncError(translate("Sync", "{path} exists already; keys are never written "
                                  "over other keys.").format(path=path), hint=translate(
                                      "Sync", "Choose another file name."))
    body = json.dumps({"format": KEY_FORMAT, "version": 1, "age": str(keys.age),
                       "signing": secret_text(keys.signing),
                       "made": utcnow().isoformat()}).encode("utf-8")
    try:
        atomic_write_bytes(path, pyrage.passphrase.encrypt(body, passphrase), private=True)
    except OSError as exc:
        raise SyncError(translate("Sync", "The key file could not be written to {path}: "
                                  "{detail}; no keys were made.").format(
                                      path=path, detail=exc.strerror or exc),
                        hint=translate("Sync", "Choose a folder that exists and that you "
                                       "may write in.")) from exc


def load_coordinator_keys(path: Path, passphrase: str) -> CoordinatorKeys:
    try:
        sealed = path.read_bytes()
    except OSError as exc:
        raise SyncError(translate("Sync", "The key file {path} cannot be read: {detail}.")
                        .format(path=path, detail=exc.strerror or exc)) from exc
    if not sealed.startswith(b"age-encryption.org/v1\n-> scrypt "):  # no passphrase file
        raise SyncError(translate("Sync", "{path} is not a Veldwerk key file.").format(
            path=path.name), hint=translate(
            "Sync", "The key file is the one made with the project's keys (Make keys…, "
            "or veldwerk keys new --out FILE); a project file or a bundle is not it."))
    try:
        body = pyrage.passphrase.decrypt(sealed, passphrase)
    except Exception as exc:  # pyrage.DecryptError: the passphrase does not fit
        raise SyncError(translate("Sync", "The passphrase does not open {path}.").format(
            path=path.name), hint=translate(
            "Sync", "Check the passphrase (capitals count). Lost it? Make the key file again "
            "from the recovery sheet: veldwerk keys restore.")) from exc
    try:
        data = json.loads(body)
        if data.get("format") != KEY_FORMAT:
            raise ValueError(data.get("format"))
        return CoordinatorKeys(pyrage.x25519.Identity.from_str(data["age"]),
                               secret_key(data["signing"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise SyncError(translate("Sync", "{path} is not a Veldwerk key file.").format(
            path=path.name)) from exc


def recovery_sheet(keys: CoordinatorKeys) -> str:
    """A page to print and keep locked away: with it the key file can be made again."""
    lines = [
        translate("Sync", "Veldwerk: the coordinator's keys (recovery sheet)"),
        translate("Sync", "Made on {date}. Keep this page locked away; whoever has it can read "
                  "every bundle of the project.").format(date=date_text(utcnow().date())),
        "",
        translate("Sync", "Secret key for bundles (age):"),
        f"    {keys.age}",
        translate("Sync", "Secret signing key:"),
        f"    {secret_text(keys.signing)}",
        "",
        translate("Sync", "Public keys (these are in every project file):"),
        f"    {keys.age_public}",
        f"    {keys.signing_public}",
        translate("Sync", "Fingerprint: {fp}").format(fp=fingerprint(keys.signing_public)),
        "",
        translate("Sync", "To make the key file again: veldwerk keys restore --sheet "
                  "THIS-PAGE.txt --out NEW-FILE (type the two secret lines into a text file)."),
        translate("Sync", "The age key also opens bundles without Veldwerk: age -d -i KEY.txt "
                  "BUNDLE.age > BUNDLE.tar"),
    ]
    return "\n".join(lines) + "\n"


def keys_from_sheet(text: str) -> CoordinatorKeys:
    """The two secret lines of a recovery sheet (typed in again), anywhere in ``text``."""
    age_line = next((w for w in text.split() if w.upper().startswith("AGE-SECRET-KEY-1")), "")
    signing = next((w for w in text.split() if w.upper().startswith(SIGNING_PREFIX)), "")
    if not age_line or not signing:
        raise SyncError(translate("Sync", "The sheet needs both secret lines: the one starting "
                                  "with AGE-SECRET-KEY-1 and the one starting with "
                                  "{prefix}.").format(prefix=SIGNING_PREFIX))
    try:
        age = pyrage.x25519.Identity.from_str(age_line.upper())
    except Exception as exc:
        raise SyncError(translate("Sync", "The age secret key is not complete or mistyped."),
                        hint=translate("Sync", "Check it letter by letter against the "
                                       "recovery sheet.")) from exc
    return CoordinatorKeys(age, secret_key(signing))


def device_signing_key(data_dir: Path) -> Ed25519PrivateKey:
    """This laptop's signing key, made on first use (0600 from its first byte, in a
0700 folder, outside every project)."""
    path = data_dir / DEVICE_KEY
    if path.exists():
        return secret_key(path.read_text(encoding="ascii"))
    key = Ed25519PrivateKey.generate()
    path.parent.parent.mkdir(parents=True, exist_ok=True)
    path.parent.mkdir(mode=0o700, exist_ok=True)
    os.chmod(path.parent, 0o700)  # made before this Veldwerk, with the default mode
    atomic_write_bytes(path, (secret_text(key) + "\n").encode("ascii"), private=True)
    return key


def save_recovery_sheet(keys: CoordinatorKeys, path: Path) -> None:
    """The recovery sheet as a file where the user chose, 0600 from its first byte; never
    over an existing file (it may be another project's sheet)."""
    if path.exists():
        raise SyncError(translate("Sync", "{path} exists already; a recovery sheet is never "
                                  "written over another file.").format(path=path),
                        hint=translate("Sync", "Choose another file name."))
    try:
        atomic_write_bytes(path, recovery_sheet(keys).encode("utf-8"), private=True)
    except OSError as exc:
        raise SyncError(translate("Sync", "The recovery sheet could not be written to {path}: "
                                  "{detail}.").format(path=path, detail=exc.strerror or exc)
                        ) from exc


def device_fingerprint(data_dir: Path) -> str | None:
    """This laptop's key as the coordinator sees it before approving the laptop; None
    before it has one (it is made when the laptop joins a project)."""
    if not (data_dir / DEVICE_KEY).exists():
        return None
    return fingerprint(public_text(device_signing_key(data_dir).public_key()))


def seal_for_devices(data: bytes, device_keys: list[str]) -> bytes:
    """Encrypt to laptops by their signing keys (age's ssh-ed25519 recipients), so what
    the coordinator sends one laptop is not readable on the share by anyone else."""
    recipients = [pyrage.ssh.Recipient.from_str(
        public_key(k).public_bytes(Enc.OpenSSH, Fmt.OpenSSH).decode("ascii"))
        for k in device_keys]
    return pyrage.encrypt(data, recipients)


def open_sealed(data: bytes, data_dir: Path) -> bytes:
    """Decrypt what was sealed for this laptop; SyncError when it was not for us."""
    private = device_signing_key(data_dir).private_bytes(Enc.PEM, PrivateFormat.OpenSSH,
                                                         NoEncryption())
    try:
        return pyrage.decrypt(data, [pyrage.ssh.Identity.from_buffer(private)])
    except Exception as exc:  # pyrage.DecryptError: not sealed for this laptop's key
        raise SyncError(translate("Sync", "it was sealed for another laptop")) from exc
