"""The consent commands' arguments: kept apart from the commands themselves so that
building the parser (on every start, also of the app) imports nothing heavy."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from veldwerk.commands import READ, WRITE, Handler, command
from veldwerk.i18n import translate

HERE = "veldwerk.consent.commands"


def _keys(text: str) -> list[str]:
    return [key.strip() for key in text.split(",") if key.strip()]


def register(commands: Any) -> None:
    p = commands.add_parser("consent", help=translate("Commands", "consent records and their "
                                                      "documents"))
    consent = p.add_subparsers(dest="consent_command", metavar="CONSENT_COMMAND",
                               required=True)
    p = command(consent, "list", Handler(f"{HERE}:list_consent", READ),
                help=translate("Commands", "one line per participant: their consent"))
    p.add_argument("--json", action="store_true", help=translate(
        "Commands", "one JSON object per line"))
    p = command(consent, "export", Handler(f"{HERE}:export", WRITE),
                help=translate("Commands", "the DOCX (and PDF) of every consent record"))
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--pdf", action="store_true", help=translate(
        "Commands", "also a PDF copy (needs LibreOffice)"))
    p = command(consent, "paper", Handler(f"{HERE}:paper", WRITE),
                help=translate("Commands", "record consent a participant gave on a paper form"))
    p.add_argument("code")
    p.add_argument("--date", required=True, type=date.fromisoformat, metavar="YYYY-MM-DD",
                   help=translate("Commands", "the date on the signed form"))
    p.add_argument("--by", required=True, help=translate("Commands", "the team member who took "
                                                         "the consent"))
    p.add_argument("--agree", type=_keys, default=[], metavar="KEY,…",
                   help=translate("Commands", "the choices answered yes (audio, quotes, archive, "
                                  "contact, group)"))
    p.add_argument("--refuse", type=_keys, default=[], metavar="KEY,…",
                   help=translate("Commands", "the choices answered no"))
    p.add_argument("--language", choices=["nl", "en"], default="nl",
                   help=translate("Commands", "the language of the paper form (default nl)"))
    p.add_argument("--scan", type=Path, help=translate("Commands", "a photo or scan of the signed "
                                                       "form (JPEG, PNG or PDF)"))
    p = command(commands, "retention", Handler(f"{HERE}:retention", READ, writes_if="erase"),
                help=translate("Commands", "what is past the project's retention date"))
    p.add_argument("--erase", action="store_true",
                   help=translate("Commands", "erase the raw recordings (and notes without "
                                  "archiving consent)"))
    p.add_argument("--today", type=date.fromisoformat, default=None, help=argparse.SUPPRESS)
    p = command(commands, "withdraw", Handler(f"{HERE}:withdraw", WRITE),
                help=translate("Commands", "a participant withdraws: erase or stop use"))
    p.add_argument("code")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--erase", action="store_true", help=translate(
        "Commands", "erase everything of them"))
    how.add_argument("--stop-use", action="store_true", help=translate(
        "Commands", "keep, but never use again"))
    p.add_argument("--reason", required=True)
    p.add_argument("--by", default="", help=translate("Commands", "who records the withdrawal"))
