"""The audio commands' arguments (``record``, ``recordings``, ``audio …``); the work is in
``veldwerk.audio.commands``, imported only when such a command runs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from veldwerk.commands import READ, WRITE, Handler, command, positive_seconds
from veldwerk.i18n import translate

HERE = "veldwerk.audio.commands"


def register(commands: Any) -> None:
    p = command(commands, "record", Handler(f"{HERE}:record", WRITE),
                help=translate("Commands", "record into an interview (stops on Ctrl+C)"))
    p.add_argument("interview_id")
    p.add_argument("--input", default="default",
                   help=translate("Commands", "'default', a microphone's name, or an audio file "
                                  "(any format ffmpeg reads: wav, mp3, m4a, ogg/opus, flac, amr) "
                                  "played at real-time speed"))
    p.add_argument("--seconds", type=positive_seconds, help=translate(
        "Commands", "stop after this many seconds"))
    p = command(commands, "recordings", Handler(f"{HERE}:recordings", READ),
                help=translate("Commands", "every recording with its markers"))
    p.add_argument("--json", action="store_true", help=translate(
        "Commands", "one JSON object per line"))
    p = commands.add_parser("audio", help=translate("Commands", "audio tools"))
    audio = p.add_subparsers(dest="audio_command", metavar="AUDIO_COMMAND", required=True)
    command(audio, "check", Handler(f"{HERE}:check", WRITE),
            help=translate("Commands", "verify every media file (recordings, signatures, spoken "
                           "consent, consent documents) against its SHA-256"))
    command(audio, "process", Handler(f"{HERE}:process", WRITE),
            help=translate("Commands", "make the compressed copies that are still missing"))
    p = command(audio, "import", Handler(f"{HERE}:import_recording", WRITE),
                help=translate("Commands", "import a recording file into an interview (its "
                               "participants must have agreed to audio; paper consent counts); "
                               "of a video (mp4, mov, m4v, 3gp) only the sound"))
    p.add_argument("interview_id")
    p.add_argument("file", type=Path)
