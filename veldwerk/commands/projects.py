"""``veldwerk demo|projects|summary|changes``: the projects in a data folder."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from veldwerk import labels
from veldwerk.commands import READ, Handler, command
from veldwerk.errors import VeldwerkError
from veldwerk.i18n import translate
from veldwerk.paths import Device

HERE = "veldwerk.commands.projects"


def register(commands: Any) -> None:
    command(commands, "demo", Handler(f"{HERE}:demo"), help=translate(
        "Commands", "create the demo project (once)"))
    p = command(commands, "projects", Handler(f"{HERE}:list_projects"),
                help=translate("Commands", "list the projects in the data folder"))
    p.add_argument("--json", action="store_true")
    p = command(commands, "summary", Handler(f"{HERE}:summary"), help=translate(
        "Commands", "counts per project"))
    p.add_argument("--json", action="store_true", help=translate(
        "Commands", "one JSON object per project and line"))
    p = command(commands, "changes", Handler(f"{HERE}:changes", READ),
                help=translate("Commands", "change-log entries after a sequence number"))
    p.add_argument("--since", type=int, default=0)
    p.add_argument("--device", metavar="ID",
                   help=translate("Commands", "only this device's entries ('me': this laptop's)"))
    p.add_argument("--unsent", action="store_true", help=translate(
        "Commands", "only entries not yet in a bundle"))
    p.add_argument("--coordinator", action="store_true", help=translate(
        "Commands", "what the coordinator's receipts said about this laptop's changes that "
        "were not simply applied (waiting, refused, accepted)"))
    p.add_argument("--json", action="store_true", help=translate(
        "Commands", "one JSON object per line, as bundles carry them"))


def demo(args: argparse.Namespace, folder: Path, me: Device) -> int:
    from veldwerk import demo as demo_project  # deferred: start-up

    print(demo_project.create_demo(folder, me, url=args.db or "").id)
    return 0


def new_project(args: argparse.Namespace, folder: Path, me: Device) -> int:
    from veldwerk import projects  # deferred: start-up

    entry = projects.create_project(folder, me, args.name, args.description, args.start,
                                    args.end, url=args.db or "",
                                    retention_date=args.keep_until, language=args.language)
    print(entry.id)
    print(translate("Commands", "Project {name} made, with the consent forms in Dutch and "
                    "English (data kept until {date}). Next: neighbourhoods, phases, the team "
                    "and a guide; then keys and a project file per team member.").format(
                        name=entry.name, date=args.keep_until.isoformat()), file=sys.stderr)
    return 0


def no_project_yet(folder: Path) -> str:

    return translate("Commands", "No project in {folder} yet: make one (veldwerk project new), "
                     "join one (veldwerk project join FILE) or try the demo (veldwerk demo)."
                     ).format(folder=folder)


def list_projects(args: argparse.Namespace, folder: Path, _me: Device) -> int:
    from veldwerk import projects  # deferred: start-up

    found = projects.list_projects(folder)
    if not found and not args.json:
        print(no_project_yet(folder))
    for entry in found:
        if args.json:
            print(json.dumps({"id": entry.id, "name": entry.name, "folder": str(entry.folder),
                              "problem": entry.problem}, ensure_ascii=False))
        else:
            problem = f"  ! {entry.problem}" if entry.problem else ""
            print(f"{entry.id}  {entry.name}{problem}")
    return 0


def summary(args: argparse.Namespace, folder: Path, me: Device) -> int:
    from veldwerk import projects  # deferred: start-up
    from veldwerk.reports.summary import summary as counts  # deferred: start-up

    problems = 0
    if args.db:
        entries = [projects.server_entry(folder, args.db)]
    else:
        entries = ([projects.find_project(folder, args.project)] if args.project
                   else projects.list_projects(folder))
    if not entries and not args.json:
        print(no_project_yet(folder))
    for entry in entries:
        try:
            with projects.open_project(entry.folder, me, write=False,
                                       url=entry.url) as project, \
                    project.session() as s:
                result = counts(s)
        except VeldwerkError as exc:
            problems += 1
            result = {"id": entry.id, "name": entry.name, "error": str(exc)}
        if args.json:
            print(json.dumps(result, ensure_ascii=False))
        elif "error" in result:
            print(f"{entry.name}: {result['error']}")
        else:
            iv, consent = result["interviews"], result["consent"]
            print(translate(
                "Commands", "{name}: {total} ({kinds}), {people}, {recordings}; consent: "
                "{audio} with audio, {without} without audio, {not_yet} not yet, {stopped} "
                "stopped use, {erased} erased; not yet sent: {unsent}").format(
                    name=result["name"], total=labels.interviews(iv["total"]),
                    kinds=", ".join(f"{labels.kind(k)} {v}" for k, v in iv["by_kind"].items()),
                    people=labels.participants(result["participants"]),
                    recordings=labels.recordings(result["recordings"]),
                    audio=consent["with_audio"], without=consent["without_audio"],
                    not_yet=consent["not_yet"], stopped=consent["stopped_use"],
                    erased=consent["erased"], unsent=labels.changes(result["unsent_changes"])))
    return 1 if problems else 0


def changes(args: argparse.Namespace, project: Any, me: Device) -> int:
    from veldwerk.store.changelog import changes_since  # deferred: start-up

    if args.coordinator:
        return _coordinator_words(args, project)
    device = me.id if args.device == "me" else args.device
    with project.session() as s:
        found = changes_since(s, args.since, device, args.unsent)
    if not found and not args.json:
        print(translate("Commands", "No changes after number {n}.").format(n=args.since))
    for change in found:
        if args.json:
            sys.stdout.write(json.dumps(change, ensure_ascii=False) + "\n")
        else:
            print(f"{change['sequence']:>7}  {change['operation']:<7} {change['table']:<22} "
                  f"{change['key']}")
    return 0


def _coordinator_words(args: argparse.Namespace, project: Any) -> int:
    from veldwerk.sync import outbox  # deferred: start-up
    from veldwerk.sync.downstream import change_words  # deferred: start-up

    with project.session() as s:
        found = sorted((w for w in change_words(s) if w.sequence > args.since),
                       key=lambda w: w.sequence)
        refused = [i for i in outbox.bundles(s, (outbox.REFUSED,))
                   if i.seq_through > args.since]
    for item in refused:
        print(json.dumps({"bundle": item.id, "file": item.file_name, "status": "refused",
                          "first": item.seq_after + 1, "last": item.seq_through,
                          "why": item.last_error}, ensure_ascii=False) if args.json
              else translate("Commands", "Changes {first}–{last} ({file}) were refused by "
                             "the coordinator with their bundle: {why}").format(
                                 first=item.seq_after + 1, last=item.seq_through,
                                 file=item.file_name, why=item.last_error))
    if not found and not refused and not args.json:  # conflicts and dropped are not said here
        print(translate("Commands", "The coordinator has said nothing about single changes "
                        "of this laptop: none waits for it or was refused."))
    for word in found:
        print(json.dumps(word.__dict__, ensure_ascii=False) if args.json else word.describe())
    return 0


def to_server(args: argparse.Namespace, project: Any, _me: Device) -> int:
    from veldwerk.store.project import shown_url  # deferred: start-up
    from veldwerk.store.transfer import copy_to_server  # deferred: start-up

    copied = copy_to_server(project, args.url)
    print(translate("Commands", "{rows} rows copied into {url}. Work there with: veldwerk "
                    "--data-dir {folder} --db URL …; the media stay in {media}.").format(
        rows=copied, url=shown_url(args.url), folder=project.data_folder,
        media=project.media))
    return 0
