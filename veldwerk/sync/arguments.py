"""``veldwerk delivery``: the coordinator's view of where each laptop's bundles come from
and where its answers go, the coordinator's own login for a share, and the folder a stick
laptop's answers go to on this computer. Kept apart from the work so that building the
parser imports nothing heavy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from veldwerk.commands import READ, WRITE, Handler, command
from veldwerk.i18n import translate

HERE = "veldwerk.sync.places"


def register(commands: Any) -> None:
    p = commands.add_parser("delivery", help=translate(
        "Commands", "(coordinator) where each laptop's bundles come from and where its "
        "answers go"))
    delivery = p.add_subparsers(dest="delivery_command", metavar="DELIVERY_COMMAND",
                                required=True)
    p = command(delivery, "list", Handler(f"{HERE}:places_list", READ), help=translate(
        "Commands", "per laptop: member, where it delivers, where its answers go; and the "
        "shares with your login"))
    p.add_argument("--json", action="store_true")
    p = command(delivery, "login", Handler(f"{HERE}:places_login", WRITE), help=translate(
        "Commands", "your own login name for a share the laptops deliver to (the password: "
        "the keyring, or VELDWERK_WEBDAV_PASSWORD)"))
    p.add_argument("url", metavar="URL", help=translate(
        "Commands", "the share's address, as in the project files"))
    p.add_argument("--user", required=True, help=translate(
        "Commands", "your login name on the share"))
    p = command(delivery, "folder", Handler(f"{HERE}:places_folder", WRITE), help=translate(
        "Commands", "the folder on this computer a stick laptop's answers go to (where the "
        "stick is mounted here)"))
    p.add_argument("laptop", help=translate(
        "Commands", "the member's name, the laptop's name, or the device id (or its start "
        "or end)"))
    p.add_argument("folder", type=Path)
