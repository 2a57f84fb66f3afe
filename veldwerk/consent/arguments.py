"""The consent commands' arguments: kept apart from the commands themselves so that
building the parser (on every start, also of the app) imports nothing heavy."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = commands.add_parser("consent", help="consent records and their documents")
    consent = p.add_subparsers(dest="consent_command", metavar="CONSENT_COMMAND",
                               required=True)
    p = consent.add_parser("list", help="one line per participant: their consent")
    p.add_argument("--json", action="store_true", help="one JSON object per line (the default)")
    p = consent.add_parser("export", help="the DOCX (and PDF) of every consent record")
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--pdf", action="store_true", help="also a PDF copy (needs LibreOffice)")
    p = commands.add_parser("retention", help="what is past the project's retention date")
    p.add_argument("--erase", action="store_true",
                   help="erase the raw recordings (and notes without archiving consent)")
    p.add_argument("--today", type=date.fromisoformat, default=None, help=argparse.SUPPRESS)
    p = commands.add_parser("withdraw", help="a participant withdraws: erase or stop use")
    p.add_argument("code")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--erase", action="store_true", help="erase everything of them")
    how.add_argument("--stop-use", action="store_true", help="keep, but never use again")
    p.add_argument("--reason", required=True)
    p.add_argument("--by", default="", help="who records the withdrawal")
