"""The ``veldwerk`` command: the app, and every capability without a window
(ARCHITECTURE.md, rooms of the core).

Each capability registers its own subcommands (``veldwerk.commands.REGISTRY``); this module
only parses, finds the data folder and the project, opens it for reading or (under the
project's lock) for writing, and turns errors into one plain line and exit code 2.
Nothing heavy is imported here: a plain start of the app goes straight to the window.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

import veldwerk
from veldwerk import i18n
from veldwerk.commands import NONE, REGISTRY, WRITE, Handler
from veldwerk.errors import SafeFormatter, VeldwerkError, safe_traceback
from veldwerk.i18n import translate
from veldwerk.paths import Device, data_dir, device

if TYPE_CHECKING:
    from veldwerk.projects import ProjectEntry

APP_COMMANDS = {None, "screenshots"}
CREATES_FOLDER = {None, "screenshots", "demo"}  # the app's first start and the demo
# The coordinator's keys and a bundle to inspect live wherever they were put.
NEEDS_NO_FOLDER = {("keys", ""), ("bundle", "inspect")}


# Options of the top-level parser that take a value (for ``early_options``).
VALUED = ("--data-dir", "--project", "--db", "--lang", "--interview")


def early_options(argv: Sequence[str]) -> tuple[dict[str, str], str | None]:
    """``--lang`` and ``--data-dir`` (and the command) before the parser exists: the
    parser's help texts are translated as it is built, so the language comes first."""
    found: dict[str, str] = {}
    words = list(argv)
    i = 0
    while i < len(words):
        word = words[i]
        if word == "--":
            break
        name, equals, value = word.partition("=")
        if name in VALUED:
            if not equals:
                i += 1
                value = words[i] if i < len(words) else ""
            found.setdefault(name, value)
        elif not word.startswith("-"):
            return found, word
        i += 1
    return found, None


def commands_language(argv: Sequence[str]) -> str:
    """The language rule (``i18n.chosen_language``) as the commands meet it: the app's
    preference is read from the data folder's settings.ini."""
    found, _ = early_options(argv)
    lang = found.get("--lang")
    if lang in i18n.LANGUAGES or os.environ.get(i18n.ENV_LANG) in i18n.LANGUAGES:
        return i18n.chosen_language(lang)
    from veldwerk import settings  # deferred: start-up

    folder = data_dir(found.get("--data-dir") or None)
    preference = settings.load(folder).language if folder.is_dir() else None
    return i18n.chosen_language(lang, preference)


def argparse_words(text: str) -> str:
    """Argparse's own words (it asks ``gettext`` for them) from our catalogue."""
    return {
        "usage: ": translate("Commands", "usage: "),
        "positional arguments": translate("Commands", "positional arguments"),
        "options": translate("Commands", "options"),
        "show this help message and exit": translate("Commands",
                                                     "show this help message and exit"),
        "show program's version number and exit": translate(
            "Commands", "show program's version number and exit"),
        "%(prog)s: error: %(message)s\n": translate("Commands",
                                                    "%(prog)s: error: %(message)s\n"),
        "the following arguments are required: %s": translate(
            "Commands", "the following arguments are required: %s"),
        "unrecognized arguments: %s": translate("Commands", "unrecognized arguments: %s"),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "Commands", "invalid choice: %(value)r (choose from %(choices)s)"),
        "expected one argument": translate("Commands", "expected one argument"),
        "invalid %(type)s value: %(value)r": translate(
            "Commands", "invalid %(type)s value: %(value)r"),
    }.get(text, text)


def build_parser() -> argparse.ArgumentParser:
    """The parser, its help in the language installed now (``main`` installs it first)."""
    argparse._ = argparse_words  # type: ignore[attr-defined]
    parser = argparse.ArgumentParser(
        prog="veldwerk", description=translate("Commands", "Field interviews for neighbourhood "
                                               "research."))
    parser.add_argument("--version", action="version", version=f"veldwerk {veldwerk.__version__}")
    parser.add_argument("--data-dir", help=translate("Commands", "data folder (default: "
                                                     "VELDWERK_DATA_DIR or the platform's user "
                                                     "data folder)"))
    parser.add_argument("--project", help=translate("Commands", "project name or id, when the "
                                                    "folder holds several"))
    parser.add_argument("--db", metavar="URL", default=os.environ.get("VELDWERK_DB") or None,
                        help=translate("Commands", "a team database (postgresql://user@host/name; "
                                       "default: VELDWERK_DB, or [team] database in "
                                       "settings.ini); the data folder then holds its media, "
                                       "inbox and answers"))
    parser.add_argument("--lang", choices=["nl", "en"], help=translate(
        "Commands", "language of the app and of the commands' messages"))
    parser.add_argument("--exit-when-ready", action="store_true",
                        help=translate("Commands", "open the app and exit as soon as the "
                                       "interview list is painted"))
    parser.add_argument("--interview", metavar="ID", help=translate(
        "Commands", "open the app at this interview"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in REGISTRY:
        import_module(name).register(commands)
    p = commands.add_parser("screenshots", help=translate(
        "Commands", "render the main screens to PNG (offscreen)"))
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--scale", type=int, default=100, choices=[100, 125, 150, 175, 200],
                   help=translate("Commands", "text size in percent"))
    p.add_argument("--theme", default="normal",
                   choices=["system", "normal", "dark", "high-contrast"])
    p.add_argument("--screen", metavar="WIDTHxHEIGHT", help=translate(
        "Commands", "a screen of this size (e.g. 1366x768, less 40 px for a taskbar): "
        "windows fit it, and outside.txt lists what does not"))
    return parser


def main(argv: Sequence[str] | None = None,
         open_app: Callable[[argparse.Namespace], int] | None = None) -> int:
    """Run a command; ``open_app`` is the window (the ``ui`` package hands it in)."""
    words = sys.argv[1:] if argv is None else list(argv)
    _found, first = early_options(words)
    if first not in APP_COMMANDS or "-h" in words or "--help" in words:
        # The app installs Qt's catalogue itself: a plain start skips reading this one.
        i18n.use_catalogue(commands_language(words))
    args = build_parser().parse_args(words)
    try:
        return _run(args, open_app)
    except VeldwerkError as exc:
        print(f"veldwerk: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (`veldwerk changes | head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:
        # Not Python's traceback: a database error's text can quote a row (a note).
        print(translate("Errors", "veldwerk: something went wrong that Veldwerk did not "
                        "expect ({kind}). Where it happened (no content is shown):").format(
                            kind=type(exc).__name__), file=sys.stderr)
        print(safe_traceback(exc), file=sys.stderr)
        return 1


def _run(args: argparse.Namespace, open_app: Callable[[argparse.Namespace], int] | None
         ) -> int:
    joining = args.command == "project" and getattr(args, "project_command", "") in (
        "join", "new")
    folder = data_dir(args.data_dir)
    no_folder = bool({(args.command, ""), (args.command, getattr(args, "bundle_command", ""))}
                     & NEEDS_NO_FOLDER)
    previous = None
    if args.command not in APP_COMMANDS:  # the app keeps its own log
        command_log(None if no_folder else folder)
    if not no_folder:
        if not args.db and folder.is_dir():
            from veldwerk import settings  # deferred: start-up

            args.db = settings.load(folder).team_database or None
        previous = private_files(folder, team=bool(args.db))
    try:
        if not no_folder:
            data_folder(folder, create=args.command in CREATES_FOLDER or joining)
        from veldwerk import unpack  # deferred: start-up

        unpack.sweep()  # what a killed import left unpacked goes before anything else
        return _dispatch(args, open_app, folder, no_folder)
    finally:
        if previous is not None:
            os.umask(previous)


def command_log(folder: Path | None) -> None:
    """The core's log lines go to the data folder's ``veldwerk.log`` (as the app's do,
    without row content), never as bare English lines on the terminal: what a command
    has to say, it says in its own words. Nothing is changed where logging is set up
    already (the app, a test)."""
    root = logging.getLogger()
    if root.handlers:
        return
    handler: logging.Handler = logging.NullHandler()
    if folder is not None and folder.is_dir():
        handler = logging.FileHandler(folder / "veldwerk.log", encoding="utf-8", delay=True)
        handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.WARNING)


def private_files(folder: Path, team: bool) -> int | None:
    """A laptop's own data folder is this user's alone: what this process makes is 0700
    (folders) and 0600 (files), and the data folder itself is closed to others. A team
    database's folder, which the coordinators share, keeps the group's permissions (it
    is one when ``--db``, ``VELDWERK_DB`` or ``[team] database`` names a database).
    Returns the umask before, to put back; None when nothing was changed."""
    if team or os.name != "posix":
        return None
    previous = os.umask(0o077)
    try:
        found = folder.stat()
        if (found.st_uid == os.getuid() and found.st_mode & 0o077
                and (folder / "device.json").exists()):  # ours, not a folder it was put in
            folder.chmod(0o700)
    except OSError:
        pass  # not there yet (made under the umask) or on a stick without permissions
    return previous


def _dispatch(args: argparse.Namespace, open_app: Callable[[argparse.Namespace], int] | None,
              folder: Path, no_folder: bool) -> int:
    if args.command in APP_COMMANDS:
        return open_app(args) if open_app is not None else _run_app(args)
    me = Device("", "") if no_folder else device(folder)
    handler: Handler = args.handler
    mode = handler.mode(args)
    run = handler.load()
    if mode == NONE:
        if args.project and args.command != "demo":
            from veldwerk import projects  # deferred: start-up

            projects.find_project(folder, args.project)  # an unknown name is an error
        return run(args, folder, me)
    from veldwerk import projects  # deferred: start-up
    from veldwerk.tidy import tell_recovered  # deferred: start-up

    entry = projects.server_entry(folder, args.db) if args.db else chosen(folder, args.project)
    with projects.open_project(entry.folder, me, write=mode == WRITE,
                               purpose=purpose(args), url=entry.url) as project:
        tell_recovered(project)
        return run(args, project, me)


def purpose(args: argparse.Namespace) -> str:
    """The command as typed ("audio import"): shown to whoever finds the project busy."""
    words = [args.command]
    for key in ("audio_command", "consent_command", "interview_command", "note_command",
                "project_command", "bundle_command", "keys_command", "export_command",
                "neighbourhood_command", "phase_command", "team_command", "guide_command",
                "participant_command", "delivery_command", "transcript_command"):
        if getattr(args, key, None):
            words.append(getattr(args, key))
    return " ".join(words)


def data_folder(folder: Path, create: bool) -> Path:
    """The data folder; a mistyped one is an error, not a new empty folder."""
    if folder.exists() and not folder.is_dir():
        raise VeldwerkError(translate("Errors", "{path} is a file, not a data folder.").format(
            path=folder), hint=translate("Errors", "Give a folder with --data-dir."))
    if not folder.exists() and not create:
        raise VeldwerkError(translate(
            "Errors", "There is no Veldwerk data folder at {path}.").format(path=folder),
            hint=translate("Errors", "Check --data-dir (or VELDWERK_DATA_DIR). To start, run "
                           "'veldwerk --data-dir {path} demo' or open the app.").format(
                path=folder))
    return folder


def chosen(folder: Path, key: str | None) -> ProjectEntry:
    """The project a command works on: ``--project``, or the only one in the folder."""
    from veldwerk import projects  # deferred: start-up

    if key:
        return projects.find_project(folder, key)
    every = projects.list_projects(folder)
    healthy = [e for e in every if not e.problem]
    if len(healthy) == 1:
        return healthy[0]
    if not healthy and len(every) == 1:
        return every[0]  # damaged: opening it says so and offers the backup
    if not every:
        raise VeldwerkError(translate("Errors", "No project in {folder}.").format(
            folder=folder), hint=translate(
                "Errors", "Run 'veldwerk demo', or create or join one in the app."))
    names = ", ".join(e.name for e in every)
    raise VeldwerkError(translate("Errors", "Choose a project with --project (there are: "
                                  "{names}).").format(names=names))


def _run_app(args: argparse.Namespace) -> int:
    """``python -m veldwerk``: the window lives in ``ui``, found through its entry point."""
    from importlib.metadata import entry_points  # deferred: start-up

    found = entry_points(group="veldwerk.app", name="window")
    if not found:
        print("veldwerk: the app is not installed (the ui package is missing).", file=sys.stderr)
        return 2
    return int(next(iter(found)).load()(args))
