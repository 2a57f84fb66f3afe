"""The typed error hierarchy: every message says what happened and what to do."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any

from veldwerk.i18n import translate
from veldwerk.ids import to_local

if TYPE_CHECKING:
    from veldwerk.store.lock import Holder


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

    def __init__(self, path: Path | str, needed: str) -> None:
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


class ProjectInUse(StorageError):
    """Another Veldwerk (the app or a command) has the project open for writing."""

    def __init__(self, folder: Path, holder: Holder | None) -> None:
        self.folder = folder
        self.holder = holder
        when = ""
        if holder is not None and holder.since is not None:
            when = to_local(holder.since).strftime("%H:%M")
        if holder is not None and holder.is_app:
            message = translate(
                "Errors", "The project is open in the Veldwerk app (process {pid}, since "
                "{when}).").format(pid=holder.pid, when=when)
            hint = translate("Errors", "Close it there first, or do this in the app; then "
                             "try again. Nothing was changed.")
        elif holder is not None:
            message = translate(
                "Errors", "The project is busy: 'veldwerk {command}' is working on it "
                "(process {pid}, since {when}).").format(
                    command=holder.purpose, pid=holder.pid, when=when)
            hint = translate("Errors", "Wait until it has finished, then try again. Nothing "
                             "was changed.")
        else:
            message = translate("Errors", "The project is open in another Veldwerk.")
            hint = translate("Errors", "Close it there first, then try again. Nothing was "
                             "changed.")
        super().__init__(message, hint=hint)


class ReadOnlyProject(StorageError):
    """The project is open for reading only; ``reason`` says why (shown in a banner)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason, hint=translate(
            "Errors", "Nothing can be changed now; what is shown is safe."))


def read_only_folder(folder: Path) -> str:
    """The reason given when the data folder cannot be written to."""
    return translate("Errors", "The data folder {folder} is read-only, so Veldwerk can show "
                     "this project but not save anything. Copy the folder to a place you can "
                     "write to, or ask for write access.").format(folder=folder)


class ValidationError(VeldwerkError):
    """Input that cannot be stored; ``field`` names the control to mark."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(message)


class DepositIncomplete(VeldwerkError):
    """The archive package lacks metadata a deposit asks (licence, rights holder, …):
    nothing is written until they are given, once, for the project."""

    def __init__(self, missing: list[str], flags: list[str]) -> None:
        self.missing, self.flags = missing, flags
        super().__init__(translate(
            "Errors", "A deposit at DANS also asks: {missing}. Nothing was written.").format(
            missing=", ".join(missing)), hint=translate(
            "Errors", "Give them once (they are kept with the project): in the export "
            "window, or with {flags}.").format(flags=" ".join(f"{f} …" for f in flags)))


def in_the_way(path: Path) -> Path | None:
    """The file that stands where ``path`` needs a folder (itself or a parent), if any."""
    for folder in (path, *path.parents):
        if folder.exists() or folder.is_symlink():
            return None if folder.is_dir() else folder
    return None


def cannot_write(path: Path, exc: OSError, *, folder: bool = False) -> VeldwerkError:
    """An output path that could not be written or made (``folder``: a folder to write
    into), said with a hint that fits the cause; the system's own words (often English)
    come after ours, in brackets."""
    import errno  # deferred: start-up

    blocker = in_the_way(path if folder else path.parent) if exc.errno in (
        errno.ENOTDIR, errno.EEXIST) else None
    said = translate("Errors", "{path} could not be written").format(path=path) if not \
        folder else translate("Errors", "The folder {path} cannot be made").format(path=path)
    if blocker is not None:
        message = translate("Errors", "{said}: {file} is a file, not a folder.").format(
            said=said, file=blocker)
        hint = translate("Errors", "Choose another place, or move that file away; nothing "
                         "half-written was left there.")
    elif exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        message = translate("Errors", "{said}: the disk is full.").format(said=said)
        hint = translate("Errors", "Make room on the disk, or choose another place; nothing "
                         "half-written was left there.")
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        message = translate("Errors", "{said}: there is no permission to write there.").format(
            said=said)
        hint = translate("Errors", "Choose a folder of your own; nothing half-written was "
                         "left there.")
    else:
        message = translate("Errors", "{said}.").format(said=said)
        hint = translate("Errors", "Choose another place, or make room on the disk; nothing "
                         "half-written was left there.")
    detail = exc.strerror or type(exc).__name__
    return VeldwerkError(translate("Errors", "{message} (The system said: {detail}.)").format(
        message=message, detail=detail), hint=hint)


class NotFound(VeldwerkError):
    """A record or project that the caller named does not exist."""


class RecordGone(NotFound):
    """A save was aimed at a row that no longer exists (erased, or purged elsewhere)."""


class NoteConflict(StorageError):
    """The stored note changed since the editor read it: both texts are kept, nothing is
    overwritten; the user chooses."""

    def __init__(self, theirs: str, version: tuple[str, int] | None) -> None:
        self.theirs = theirs
        self.version = version
        super().__init__(translate(
            "Errors", "This note was changed elsewhere while you were typing."), hint=translate(
            "Errors", "Both texts are kept: choose which to keep, or put them together."))


class AudioError(VeldwerkError):
    """A recording or audio file cannot be made or read; what was recorded is kept."""


class Cancelled(Exception):
    """The user cancelled long work; partial output was removed. Never shown as an error."""


class ConsentError(VeldwerkError):
    """Consent is missing, incomplete or withdrawn; nothing was recorded or changed."""


class ConsentMissing(ConsentError):
    """Recording was refused: someone in the interview has not agreed to audio."""

    def __init__(self, codes: list[str], reason: str, withdrawn: bool = False) -> None:
        self.codes = codes
        super().__init__(reason, hint=translate(
            "Consent", "Someone who withdrew may not be recorded; record the others in an "
            "interview of their own.") if withdrawn else translate(
            "Consent", "Take their consent first (Take consent… in the interview, or "
            "veldwerk consent paper for a signed paper form), then record."))


class OfficeError(VeldwerkError):
    """LibreOffice is missing or could not convert a document; the document itself is kept."""


class SyncError(VeldwerkError):
    """A key, project file or bundle could not be used (wrong passphrase, damaged or
    tampered file, another project's); nothing was changed."""


class PassingError(SyncError):
    """A bundle could not be taken in for a cause that passes (a full disk, a newer
    Veldwerk, a busy database): it is kept and tried again, never refused for good."""


class ReferenceLocked(VeldwerkError):
    """The coordinator's tables (project, phases, team, guides, consent forms) changed on a
    laptop that joined: they change only by the coordinator's project updates."""

    def __init__(self) -> None:
        super().__init__(translate(
            "Errors", "The project's settings, guides and consent forms are set by the "
            "coordinator for everyone in the team."), hint=translate(
            "Errors", "Ask the coordinator to change it; the change reaches this laptop with "
            "the next project update."))


# --- what a terminal or a log may hold of an error (ARCHITECTURE.md, thin windows) -------
# A database error's text can carry row content (SQLAlchemy prints a statement's
# parameters; PostgreSQL's DETAIL line quotes the failing row). So of an error that is not
# ours only its class and where it happened are written, never its text nor locals; our own
# VeldwerkError messages are written whole, because we wrote them.


def describe(exc: BaseException) -> str:
    """One line: our own message, else only the error's class (``IntegrityError``)."""
    if isinstance(exc, VeldwerkError):
        return str(exc)
    return type(exc).__name__


def database_words(exc: BaseException) -> str:
    """A database error as a reason that names table, column and constraint, never
    values (for a ledger or a message)."""
    original = getattr(exc, "orig", None) or exc
    diag = getattr(original, "diag", None)  # psycopg: the parts by name
    if diag is not None:
        # Not its message: PostgreSQL quotes values in some ("invalid input syntax for
        # type uuid: ..."), and its DETAIL line quotes the failing row.
        parts = [type(original).__name__]
        for label, value in (("table", diag.table_name), ("column", diag.column_name),
                             ("constraint", diag.constraint_name)):
            if value:
                parts.append(f"{label} {value}")
        return ", ".join(parts)
    import sqlite3  # deferred: start-up

    if isinstance(original, sqlite3.Error):  # SQLite names columns and constraints only
        return str(original).splitlines()[0] if str(original) else type(original).__name__
    return type(original).__name__


def _from_database(exc: BaseException) -> bool:
    import sqlite3  # deferred: start-up

    return (hasattr(exc, "orig") or hasattr(exc, "diag") or isinstance(exc, sqlite3.Error))


def safe_traceback(exc: BaseException) -> str:
    """The error and its causes as class names and frames (file, line, function)."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if lines:
            lines.append("caused by:")
        said = describe(current) if isinstance(current, VeldwerkError) else (
            database_words(current) if _from_database(current) else "")
        lines.append(f"{type(current).__module__}.{type(current).__qualname__}: {said}"
                     .rstrip(": "))
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__)
    return "\n".join(lines)


class SafeFormatter(logging.Formatter):
    """A log formatter that holds no row content by construction: exceptions are written
    as ``safe_traceback``, and an exception passed as an argument (``log.warning("%s",
    exc)``) as ``describe``."""

    def format(self, record: logging.LogRecord) -> str:
        record = logging.makeLogRecord(record.__dict__)  # other handlers keep theirs
        record.exc_text = None  # another formatter may have put the whole text there
        if isinstance(record.msg, BaseException):
            record.msg = describe(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(describe(a) if isinstance(a, BaseException) else a
                                for a in record.args)
        elif isinstance(record.args, dict):
            record.args = {k: describe(v) if isinstance(v, BaseException) else v
                           for k, v in record.args.items()}
        return super().format(record)

    def formatException(self, ei: Any) -> str:
        return safe_traceback(ei[1]) if ei and ei[1] is not None else ""
