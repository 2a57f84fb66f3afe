"""The audio commands' arguments (``record``, ``recordings``, ``audio …``); the work is in
``veldwerk.audio.commands``, imported only when such a command runs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from veldwerk.commands import READ, WRITE, Handler, command, positive_seconds

HERE = "veldwerk.audio.commands"


def register(commands: Any) -> None:
    p = command(commands, "record", Handler(f"{HERE}:record", WRITE),
                help="record into an interview (stops on Ctrl+C)")
    p.add_argument("interview_id")
    p.add_argument("--input", default="default",
                   help="'default', a microphone's name, or an audio file (any format ffmpeg "
                        "reads: wav, mp3, m4a, ogg/opus, flac, amr) played at real-time speed")
    p.add_argument("--seconds", type=positive_seconds, help="stop after this many seconds")
    p = command(commands, "recordings", Handler(f"{HERE}:recordings", READ),
                help="every recording with its markers")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p = commands.add_parser("audio", help="audio tools")
    audio = p.add_subparsers(dest="audio_command", metavar="AUDIO_COMMAND", required=True)
    command(audio, "check", Handler(f"{HERE}:check", WRITE),
            help="verify every media file (recordings, signatures, spoken consent, consent "
                 "documents) against its SHA-256")
    command(audio, "process", Handler(f"{HERE}:process", WRITE),
            help="make the compressed copies that are still missing")
    p = command(audio, "import", Handler(f"{HERE}:import_recording", WRITE),
                help="import a recording file into an interview (its participants must have "
                     "agreed to audio; paper consent counts)")
    p.add_argument("interview_id")
    p.add_argument("file", type=Path)
