"""The ``veldwerk`` command: the app, and every capability without a window (DESIGN.md §2.5)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import veldwerk
from veldwerk import demo, projects
from veldwerk.errors import VeldwerkError
from veldwerk.i18n import translate
from veldwerk.paths import Device, data_dir, device
from veldwerk.reports.summary import changes_since, summary

APP_COMMANDS = {None, "screenshots"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="veldwerk", description="Field interviews for neighbourhood research.")
    parser.add_argument("--version", action="version", version=f"veldwerk {veldwerk.__version__}")
    parser.add_argument("--data-dir", help="data folder (default: VELDWERK_DATA_DIR or the "
                        "platform's user data folder)")
    parser.add_argument("--exit-when-ready", action="store_true",
                        help="open the app and exit as soon as the interview list is painted")
    parser.add_argument("--project", help="project name or id (app and project commands)")
    parser.add_argument("--lang", choices=["nl", "en"], help="language of the app")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("demo", help="create the demo project (once)")
    p = commands.add_parser("summary", help="counts per project")
    p.add_argument("--json", action="store_true", help="one JSON object per project and line")
    p = commands.add_parser("changes", help="change-log entries after a sequence number")
    p.add_argument("--since", type=int, default=0)
    p.add_argument("--json", action="store_true", help="one JSON object per line (the default)")
    p = commands.add_parser("projects", help="list the projects in the data folder")
    p.add_argument("--json", action="store_true")
    p = commands.add_parser("record", help="record into an interview (stops on Ctrl+C)")
    p.add_argument("interview_id")
    p.add_argument("--input", default="default",
                   help="a 16-bit PCM WAV file played at real-time speed")
    p.add_argument("--seconds", type=float, help="stop after this many seconds")
    p = commands.add_parser("recordings", help="every recording with its markers")
    p.add_argument("--json", action="store_true", help="one JSON object per line (the default)")
    p = commands.add_parser("audio", help="audio tools")
    audio = p.add_subparsers(dest="audio_command", metavar="AUDIO_COMMAND", required=True)
    audio.add_parser("check", help="verify every media file against its SHA-256")
    audio.add_parser("process", help="make the compressed copies that are still missing")
    p = audio.add_parser("import", help="import a recording file into an interview")
    p.add_argument("interview_id")
    p.add_argument("file", type=Path)
    from veldwerk.consent.arguments import add_parsers

    add_parsers(commands)
    p = commands.add_parser("screenshots", help="render the main screens to PNG")
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--scale", type=int, default=100, choices=[100, 125, 150, 175, 200],
                   help="text size in percent")
    p.add_argument("--theme", default="normal",
                   choices=["system", "normal", "dark", "high-contrast"])
    return parser


def main(argv: Sequence[str] | None = None,
         open_app: Callable[[argparse.Namespace], int] | None = None) -> int:
    """Run a command; ``open_app`` is the window (the ``ui`` package hands it in)."""
    args = build_parser().parse_args(argv)
    folder = data_dir(args.data_dir)
    try:
        if args.command in APP_COMMANDS:
            return open_app(args) if open_app is not None else _run_app(args)
        me = device(folder)
        if args.command == "demo":
            entry = demo.create_demo(folder, me)
            print(entry.id)
            return 0
        if args.command == "projects":
            for entry in projects.list_projects(folder):
                if args.json:
                    print(json.dumps({"id": entry.id, "name": entry.name,
                                      "folder": str(entry.folder), "problem": entry.problem}))
                else:
                    problem = f"  ! {entry.problem}" if entry.problem else ""
                    print(f"{entry.id}  {entry.name}{problem}")
            return 0
        if args.command == "summary":
            return _summary(folder, me, args.json)
        if args.command in ("record", "recordings", "audio"):
            from veldwerk.audio import commands as audio_commands

            entry = _chosen(folder, args.project)
            return audio_commands.run(args, entry, me)
        if args.command in ("consent", "withdraw", "retention"):
            from veldwerk.consent import commands as consent_commands

            entry = _chosen(folder, args.project)
            return consent_commands.run(args, entry, me)
        if args.command == "changes":
            entry = _chosen(folder, args.project)
            with projects.open_project(entry.folder, me) as project, project.session() as s:
                for change in changes_since(s, args.since):
                    print(json.dumps(change, ensure_ascii=False))
            return 0
    except VeldwerkError as exc:
        print(f"veldwerk: {exc}", file=sys.stderr)
        return 2
    return 1


def _summary(folder: Path, me: Device, as_json: bool) -> int:
    problems = 0
    for entry in projects.list_projects(folder):
        try:
            with projects.open_project(entry.folder, me) as project, project.session() as s:
                result = summary(s)
        except VeldwerkError as exc:
            problems += 1
            result = {"id": entry.id, "name": entry.name, "error": str(exc)}
        if as_json:
            print(json.dumps(result, ensure_ascii=False))
        elif "error" in result:
            print(f"{entry.name}: {result['error']}")
        else:
            iv = result["interviews"]
            print(f"{result['name']}: {iv['total']} interviews "
                  f"({', '.join(f'{k} {v}' for k, v in iv['by_kind'].items())}), "
                  f"{result['participants']} participants, "
                  f"{result['recordings']} recordings, "
                  f"consent {result['consent']['with_audio']} with audio / "
                  f"{result['consent']['not_yet']} not yet, "
                  f"{result['unsent_changes']} unsent changes")
    return 1 if problems else 0


def _chosen(folder: Path, key: str | None) -> projects.ProjectEntry:
    if key:
        return projects.find_project(folder, key)
    found = [e for e in projects.list_projects(folder) if not e.problem]
    if len(found) == 1:
        return found[0]
    names = ", ".join(e.name for e in found) or "-"
    raise VeldwerkError(translate("Errors", "Choose a project with --project (there are: {names}).")
                        .format(names=names))


def _run_app(args: argparse.Namespace) -> int:
    """``python -m veldwerk``: the window lives in ``ui``, found through its entry point."""
    from importlib.metadata import entry_points

    found = entry_points(group="veldwerk.app", name="window")
    if not found:
        print("veldwerk: the app is not installed (the ui package is missing).", file=sys.stderr)
        return 2
    return int(next(iter(found)).load()(args))
