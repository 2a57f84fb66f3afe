"""The coordinator's merge commands' arguments (inbox, devices, conflicts): kept apart
from the commands so that building the parser imports nothing heavy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from veldwerk.commands import READ, WRITE, Handler, command
from veldwerk.i18n import translate

HERE = "veldwerk.merge.commands"


def register(commands: Any) -> None:
    p = commands.add_parser("inbox", help=translate("Commands", "(coordinator) bundles from the "
                                                    "team's laptops"))
    inbox = p.add_subparsers(dest="inbox_command", metavar="INBOX_COMMAND", required=True)
    p = command(inbox, "import", Handler(f"{HERE}:inbox_import", WRITE),
                help=translate("Commands", "merge bundle files (or the bundles in folders) into "
                               "this project; without PATH, try again what waits"))
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    p.add_argument("--identity", required=True, type=Path,
                   help=translate("Commands", "the coordinator's key file (passphrase asked, or "
                                  "VELDWERK_PASSPHRASE)"))
    p.add_argument("--from-share", action="store_true",
                   help=translate("Commands", "also fetch the new bundles from the project's "
                                  "folder or WebDAV share"))
    p.add_argument("--json", action="store_true")
    p = command(inbox, "watch", Handler(f"{HERE}:inbox_watch", WRITE),
                help=translate("Commands", "fetch, import and answer from the share every few "
                               "minutes"))
    p.add_argument("--identity", required=True, type=Path)
    p.add_argument("--every", type=float, default=300, metavar="SECONDS")
    p.add_argument("--rounds", type=int, default=0, help=translate(
        "Commands", "stop after this many (0: never)"))
    p.add_argument("--json", action="store_true")
    p = command(inbox, "retry", Handler(f"{HERE}:inbox_retry", WRITE),
                help=translate("Commands", "try the kept bundles again now (a full disk, a "
                               "newer Veldwerk, a laptop let in since); every import does "
                               "this by itself"))
    p.add_argument("--identity", required=True, type=Path,
                   help=translate("Commands", "the coordinator's key file (passphrase asked, or "
                                  "VELDWERK_PASSPHRASE)"))
    p.add_argument("--json", action="store_true")
    p = command(inbox, "list", Handler(f"{HERE}:inbox_list", READ),
                help=translate("Commands", "every bundle that came in, and what became of it"))
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("devices", help=translate("Commands", "(coordinator) the laptops that "
                                                      "send bundles"))
    devices = p.add_subparsers(dest="devices_command", metavar="DEVICES_COMMAND",
                               required=True)
    p = command(devices, "list", Handler(f"{HERE}:devices_list", READ),
                help=translate("Commands", "laptops, their member, key fingerprint and state"))
    p.add_argument("--json", action="store_true")
    for name, verb in (("approve", translate("Commands", "let this laptop's bundles in (those "
                                             "waiting go in now)")),
                       ("reject", translate("Commands", "refuse this laptop's bundles"))):
        p = command(devices, name, Handler(f"{HERE}:devices_{name}", WRITE), help=verb)
        p.add_argument("device", help=translate(
            "Commands", "the device id (its start or end, as the list shows it) or the key "
            "fingerprint"))
        if name == "approve":
            p.add_argument("--identity", type=Path,
                           help=translate("Commands", "the key file, to import the waiting "
                                          "bundles at once"))

    p = command(devices, "skip", Handler(f"{HERE}:devices_skip", WRITE),
                help=translate("Commands", "move this laptop past its bundle refused for "
                               "good, so its later bundles go in (the changes in it are "
                               "lost here)"))
    p.add_argument("device", help=translate(
        "Commands", "the device id (its start or end, as the list shows it) or the key "
        "fingerprint"))
    p.add_argument("--yes", action="store_true",
                   help=translate("Commands", "yes, skip those changes"))
    p.add_argument("--identity", type=Path,
                   help=translate("Commands", "the key file, to import the waiting bundles "
                                  "at once"))

    p = commands.add_parser("conflicts", help=translate("Commands", "(coordinator) records "
                                                        "changed two ways"))
    conflicts = p.add_subparsers(dest="conflicts_command", metavar="CONFLICTS_COMMAND",
                                 required=True)
    p = command(conflicts, "list", Handler(f"{HERE}:conflicts_list", READ),
                help=translate("Commands", "the open conflicts, both versions side by side"))
    p.add_argument("--all", action="store_true", help=translate(
        "Commands", "also the resolved ones"))
    p.add_argument("--json", action="store_true")
    p = command(conflicts, "resolve", Handler(f"{HERE}:conflicts_resolve", WRITE),
                help=translate("Commands", "end a conflict"))
    p.add_argument("id", help=translate(
        "Commands", "the conflict's id (its start or end, as the list shows it)"))
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--keep", choices=("ours", "theirs"),
                     help=translate("Commands", "ours: the version here stays; theirs: the other "
                                    "version"))
    how.add_argument("--text", help=translate("Commands", "a merged text for the disputed text "
                                              "('-': standard input)"))
    how.add_argument("--code", help=translate("Commands", "a new code for a participant whose "
                                              "code was used twice"))
    p.add_argument("--identity", type=Path,
                   help=translate("Commands", "the key file, to send the laptops the "
                                  "resolution at once"))
    p.add_argument("--yes", action="store_true", help=translate(
        "Commands", "confirm an erasure without being asked"))

    p = command(commands, "dashboard", Handler(f"{HERE}:dashboard", READ),
                help=translate("Commands", "(coordinator) interviews by neighbourhood, phase, "
                               "kind, interviewer and status; hours recorded; consent; laptops"))
    p.add_argument("--json", action="store_true")
    p.add_argument("--png", metavar="DIR", type=Path,
                   help=translate("Commands", "also draw the charts as PNG files into this "
                                  "folder"))
