"""``veldwerk participant new``: a participant without a window, with the code the app
would suggest (the neighbourhood's prefix, inside this laptop's block when it joined a
project); names and contacts go to the separate identity table, never into the code."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from veldwerk.commands import WRITE, Handler, command
from veldwerk.commands.interviews import choose
from veldwerk.domain.kinds import AGE_BANDS
from veldwerk.i18n import translate
from veldwerk.paths import Device

if TYPE_CHECKING:
    from sqlmodel import Session

    from veldwerk.store.project import OpenProject

HERE = "veldwerk.commands.participants"


def register(commands: Any) -> None:
    p = commands.add_parser("participant", help=translate(
        "Commands", "add a participant"))
    sub = p.add_subparsers(dest="participant_command", metavar="PARTICIPANT_COMMAND",
                           required=True)
    p = command(sub, "new", Handler(f"{HERE}:new_participant", WRITE),
                help=translate("Commands", "a new participant; prints the code"))
    p.add_argument("--neighbourhood", help=translate("Commands", "name or id; its prefix starts "
                                                     "the code (without one the code starts with "
                                                     "P)"))
    p.add_argument("--code", help=translate("Commands", "the code (default: the next free one, "
                                            "e.g. ELS-014)"))
    p.add_argument("--age-band", choices=[band for band in AGE_BANDS if band])
    p.add_argument("--notes", default="", help=translate("Commands", "notes about the person "
                                                         "(searchable)"))
    who = p.add_argument_group("identity", "kept on this laptop only, apart from the code")
    for field in ("name", "phone", "email", "address"):
        who.add_argument(f"--{field}", default="")


def new_participant(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:

    def work(s: Session) -> str:
        from veldwerk import participants  # deferred: start-up
        from veldwerk.projects import the_project  # deferred: start-up

        hood = choose(s, "neighbourhood", args.neighbourhood,
                      translate("Commands", "neighbourhood"))
        code = args.code or participants.next_code(s, hood)
        identity = participants.Identity(args.name, args.phone, args.email, args.address)
        return participants.save(s, the_project(s).id, code, hood, args.age_band or "",
                                 args.notes, identity).code

    print(project.run(work, translate("Commands", "the participant")))
    return 0
