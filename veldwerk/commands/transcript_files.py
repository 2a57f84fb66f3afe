"""``veldwerk transcript import``: a transcript made elsewhere (SRT, WebVTT, timed text)
onto a recording (``transcript_files.py``), one of the ``transcript`` commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from veldwerk.commands import WRITE, Handler, command
from veldwerk.i18n import translate
from veldwerk.paths import Device

if TYPE_CHECKING:
    from veldwerk.store.project import OpenProject

HERE = "veldwerk.commands.transcript_files"


def add_import(transcript: Any) -> None:
    """``import`` among the ``transcript`` group's subcommands (``transcribe.arguments``
    makes the group)."""
    p = command(transcript, "import", Handler(f"{HERE}:import_transcript", WRITE),
                help=translate("Commands", "read a transcript made elsewhere onto a "
                               "recording: SRT, WebVTT, or text whose lines start with a time "
                               "([hh:]mm:ss, as noScribe and aTrain write it)"))
    p.add_argument("recording_id")
    p.add_argument("file", type=Path)
    p.add_argument("--replace", action="store_true", help=translate(
        "Commands", "replace the recording's transcript, with every correction made to it"))


def import_transcript(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    from veldwerk import ids  # deferred: start-up
    from veldwerk.errors import NotFound  # deferred: start-up
    from veldwerk.transcript_files import import_transcript as read_onto  # deferred: start-up

    def work(session):  # type: ignore[no-untyped-def]
        from sqlalchemy import text  # deferred: start-up

        known = [r for (r,) in session.execute(text("SELECT id FROM recording"))]
        found = ids.matching(args.recording_id, known)
        if len(found) != 1:
            raise NotFound(translate("Audio", "There is no recording {id}.").format(
                id=args.recording_id), hint=translate(
                    "Commands", "'veldwerk recordings' lists them with their ids."))
        return read_onto(session, found[0], args.file, args.replace)

    done = project.run(work)
    print(translate("Transcripts", "Segments read onto the recording: {n}.").format(
        n=done.segments), file=sys.stderr)
    if done.left_out:
        print(translate("Transcripts", "Left out, as they start after the recording's end: "
                        "{n}.").format(n=done.left_out), file=sys.stderr)
    print(done.transcript_id)
    return 0
