"""The typed error hierarchy: every message says what happened and what to do."""

from __future__ import annotations

from pathlib import Path

from veldwerk.i18n import translate


class VeldwerkError(Exception):
    """Base for errors a user can act on; ``str()`` is the full message."""

    def __init__(self, message: str, *, hint: str = "") -> None:
        self.message = message
        self.hint = hint
        super().__init__(f"{message} {hint}".strip())


class StorageError(VeldwerkError):
    """The project database or its folder cannot be used."""


class DamagedProject(StorageError):
    """The database failed its check; it is kept as it is, a backup may be offered."""

    def __init__(self, path: Path, detail: str, backup: Path | None) -> None:
        self.path = path
        self.backup = backup
        message = translate("Errors", "The project file {path} is damaged ({detail}).").format(
            path=path, detail=detail
        )
        if backup is not None:
            hint = translate(
                "Errors",
                "The damaged file is kept untouched. You can open the latest good backup "
                "from {date}.",
            ).format(date=backup.stem.removeprefix("project-"))
        else:
            hint = translate(
                "Errors",
                "The damaged file is kept untouched. There is no backup; ask your coordinator "
                "for help.",
            )
        super().__init__(message, hint=hint)


class NewerProject(StorageError):
    """The database was written by a newer Veldwerk; we must not touch it."""

    def __init__(self, path: Path, needed: str) -> None:
        self.path = path
        self.needed = needed
        super().__init__(
            translate(
                "Errors", "The project file {path} was made by a newer Veldwerk ({needed})."
            ).format(path=path, needed=needed),
            hint=translate(
                "Errors", "Install Veldwerk {needed} or newer to open it. The file was not changed."
            ).format(needed=needed),
        )


class SaveFailed(StorageError):
    """A write did not reach the disk; the caller keeps the unsaved data."""

    def __init__(self, what: str, detail: str) -> None:
        super().__init__(
            translate("Errors", "Could not save {what}: {detail}.").format(
                what=what, detail=detail
            ),
            hint=translate(
                "Errors",
                "Your text is kept on screen and saved as soon as possible. Free some disk "
                "space or check that the data folder can be written to.",
            ),
        )


class ValidationError(VeldwerkError):
    """Input that cannot be stored; ``field`` names the control to mark."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(message)


class NotFound(VeldwerkError):
    """A record or project that the caller named does not exist."""


class AudioError(VeldwerkError):
    """A recording or audio file cannot be made or read; what was recorded is kept."""


class Cancelled(Exception):
    """The user cancelled long work; partial output was removed. Never shown as an error."""


class ConsentError(VeldwerkError):
    """Consent is missing, incomplete or withdrawn; nothing was recorded or changed."""


class ConsentMissing(ConsentError):
    """Recording was refused: someone in the interview has not agreed to audio."""

    def __init__(self, codes: list[str], reason: str) -> None:
        self.codes = codes
        super().__init__(reason, hint=translate(
            "Consent", "Take their consent first (Take consent… in the interview), then record."))
