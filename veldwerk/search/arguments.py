"""``veldwerk search``'s arguments: kept apart from the command so that building the parser
imports nothing heavy."""

from __future__ import annotations

from typing import Any

from veldwerk import fields
from veldwerk.commands import READ, Handler, command
from veldwerk.commands.interviews import filter_flags
from veldwerk.i18n import translate


def register(commands: Any) -> None:
    p = command(commands, "search", Handler("veldwerk.search.commands:search", READ),
                help=translate("Commands", "search notes, interviews, moments and participants' "
                               "notes (every word, as a prefix; case and accents do not matter)"))
    p.add_argument("query", nargs="+", help=translate("Commands", "the words to find"))
    p.add_argument("--json", action="store_true", help=translate(
        "Commands", "one JSON object per hit"))
    p.add_argument("--limit", type=int, default=20)
    filter_flags(p, fields.SEARCH)
