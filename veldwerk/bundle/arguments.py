"""The team commands' arguments (keys, project files, bundles, delivery): kept apart from
the commands so that building the parser imports nothing heavy."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from veldwerk.commands import NONE, READ, WRITE, Handler, command
from veldwerk.commands.setup import register_retention
from veldwerk.i18n import translate

HERE = "veldwerk.bundle.commands"


def register(commands: Any) -> None:
    p = commands.add_parser("keys", help=translate("Commands", "the coordinator's keys"))
    keys = p.add_subparsers(dest="keys_command", metavar="KEYS_COMMAND", required=True)
    p = command(keys, "new", Handler(f"{HERE}:keys_new", NONE),
                help=translate("Commands", "make the coordinator's keys (passphrase asked twice, "
                               "or VELDWERK_PASSPHRASE) and a recovery sheet to print"))
    p.add_argument("--out", required=True, type=Path, help=translate(
        "Commands", "the key file to make"))
    p.add_argument("--sheet", type=Path, metavar="PATH", help=translate(
        "Commands", "where the recovery sheet goes (readable by you only; default: beside "
        "the key file, OUT.recovery.txt; - prints it and writes no file)"))
    p = command(keys, "laptop", Handler(f"{HERE}:keys_laptop", NONE),
                help=translate("Commands", "this laptop's key fingerprint, for the coordinator to "
                               "compare before approving it"))
    p.add_argument("--json", action="store_true")
    p.add_argument("--name", help=translate(
        "Commands", "give this laptop a name the coordinator sees beside your name"))
    p = command(keys, "restore", Handler(f"{HERE}:keys_restore", NONE),
                help=translate("Commands", "make the key file again from a typed-in recovery "
                               "sheet"))
    p.add_argument("--sheet", required=True, type=Path)
    p.add_argument("--out", required=True, type=Path)

    p = commands.add_parser("project", help=translate("Commands", "make a project, join one, or "
                                                      "(coordinator) make project files for the "
                                                      "team"))
    project = p.add_subparsers(dest="project_command", metavar="PROJECT_COMMAND",
                               required=True)
    p = command(project, "new", Handler("veldwerk.commands.projects:new_project", NONE),
                help=translate("Commands", "(coordinator) a new project with the plain-language "
                               "consent forms; prints its id"))
    p.add_argument("name")
    p.add_argument("--keep-until", required=True, type=date.fromisoformat,
                   metavar="YYYY-MM-DD", help=translate("Commands", "until when data are kept "
                                                        "(the consent forms state it; recordings "
                                                        "are erased after it)"))
    p.add_argument("--language", default="nl", help=translate(
        "Commands", "the language the interviews are held in (nl, en, de, fr, tr, ar, pl, es; "
        "default nl)"))
    p.add_argument("--description", default="")
    p.add_argument("--start", type=date.fromisoformat, metavar="YYYY-MM-DD")
    p.add_argument("--end", type=date.fromisoformat, metavar="YYYY-MM-DD")
    p = command(project, "export", Handler(f"{HERE}:project_export", WRITE),
                help=translate("Commands", "a signed project file for one team member"))
    p.add_argument("--member", required=True, help=translate(
        "Commands", "the team member's name"))
    p.add_argument("--out", required=True, type=Path, help=translate(
        "Commands", "FILE.veldwerkproject"))
    p.add_argument("--keys", required=True, type=Path, help=translate(
        "Commands", "the coordinator's key file"))
    where = p.add_mutually_exclusive_group()
    where.add_argument("--folder", help=translate("Commands", "bundles go to this folder (USB "
                                                  "stick, team folder)"))
    where.add_argument("--webdav", metavar="URL", help=translate(
        "Commands", "bundles go to this WebDAV folder"))
    p.add_argument("--user", default="", help=translate("Commands", "the member's login name for "
                                                        "the WebDAV share"))
    p = command(project, "to-server", Handler("veldwerk.commands.projects:to_server", WRITE),
                help=translate("Commands", "(coordinator) copy this project into an empty team "
                               "database (PostgreSQL); then work with --db URL"))
    p.add_argument("url", metavar="URL", help=translate("Commands", "postgresql://user@host/database"))
    register_retention(project)
    p = command(project, "join", Handler(f"{HERE}:project_join", NONE),
                help=translate("Commands", "join the project a coordinator's project file "
                               "describes"))
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("bundle", help=translate("Commands", "bundles of this laptop's "
                                                     "changes"))
    bundle = p.add_subparsers(dest="bundle_command", metavar="BUNDLE_COMMAND", required=True)
    p = command(bundle, "export", Handler(f"{HERE}:bundle_export", WRITE),
                help=translate("Commands", "put the changes not yet sent into a bundle (and copy "
                               "it to --out)"))
    p.add_argument("--out", type=Path, help=translate("Commands", "also copy the new bundles to "
                                                      "this folder (a USB stick)"))
    p.add_argument("--json", action="store_true")
    p = command(bundle, "inspect", Handler(f"{HERE}:bundle_inspect", NONE),
                help=translate("Commands", "check a bundle and show what it holds"))
    p.add_argument("file", type=Path)
    p.add_argument("--identity", type=Path, help=translate(
        "Commands", "the coordinator's key file (to open it)"))
    p.add_argument("--json", action="store_true")
    p = command(commands, "outbox", Handler(f"{HERE}:outbox_list", READ),
                help=translate("Commands", "the bundles this laptop made, and how far each got"))
    p.add_argument("--json", action="store_true")
    p = command(commands, "sync", Handler("veldwerk.sync.commands:sync", WRITE),
                help=translate("Commands", "export what is waiting and deliver the outbox now"))
    p.add_argument("--json", action="store_true")
