"""The transcription commands' arguments (``transcribe``, ``transcript show``, and
``transcript import`` from ``commands/transcript_files.py``); the work is in
``veldwerk.transcribe.commands``, imported only when such a command runs."""

from __future__ import annotations

from typing import Any

from veldwerk.commands import READ, WRITE, Handler, command
from veldwerk.commands.transcript_files import add_import
from veldwerk.i18n import translate

HERE = "veldwerk.transcribe.commands"


def register(commands: Any) -> None:
    p = command(commands, "transcribe", Handler(f"{HERE}:transcribe", WRITE),
                help=translate("Commands", "transcribe a recording offline with a speech "
                               "model (Ctrl+C stops; the same command goes on later)"))
    p.add_argument("recording_id", metavar="RECORDING")
    p.add_argument("--model", metavar="DIR|NAME", help=translate(
        "Commands", "a model's folder, or a name (small, medium, large-v3-turbo, tiny.en, …) "
        "downloaded once when it is not on this computer; default: the first model found "
        "that knows the language"))
    p.add_argument("--language", help=translate(
        "Commands", "the language spoken (nl, en, …); default: the project's"))
    p.add_argument("--replace", action="store_true", help=translate(
        "Commands", "replace the recording's transcript, with every correction made to it"))
    p = commands.add_parser("transcript", help=translate("Commands", "transcripts"))
    transcript = p.add_subparsers(dest="transcript_command", metavar="TRANSCRIPT_COMMAND",
                                  required=True)
    add_import(transcript)
    p = command(transcript, "show", Handler(f"{HERE}:show", READ),
                help=translate("Commands", "a recording's transcript: its segments with "
                               "times and speakers"))
    p.add_argument("recording_id", metavar="RECORDING")
    p.add_argument("--json", action="store_true", help=translate(
        "Commands", "one JSON object per line"))
