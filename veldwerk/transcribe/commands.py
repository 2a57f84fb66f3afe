"""``veldwerk transcribe`` and ``transcript show`` (the arguments are in
``veldwerk.transcribe.arguments``)."""

from __future__ import annotations

import argparse
import json
import math
import signal
import sys
from types import FrameType

from sqlalchemy import text

from veldwerk import ids, transcripts
from veldwerk.errors import Cancelled, NotFound
from veldwerk.i18n import translate
from veldwerk.paths import Device
from veldwerk.store.project import OpenProject
from veldwerk.transcribe import job
from veldwerk.words import plural


def recording_named(project: OpenProject, typed: str) -> str:
    """The recording whose id starts or ends with what was typed (as lists show it)."""
    with project.session() as session:
        known = [str(r[0]) for r in session.execute(text("SELECT id FROM recording"))]
    found = ids.matching(typed, known)
    if len(found) != 1:
        raise NotFound(translate("Transcripts", "No single recording has the id {id}.").format(
            id=typed), hint=translate("Transcripts", "veldwerk recordings lists them."))
    return found[0]


def _minutes(ms: int) -> int:
    return ms // 60_000


def transcribe(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    recording_id = recording_named(project, args.recording_id)
    stop = {"now": False}
    shown = {"minute": -1}

    def ask_to_stop(_signum: int, _frame: FrameType | None) -> None:
        stop["now"] = True  # the segment being written is finished, then it stops

    def progress(done_ms: int, total_ms: int) -> None:
        total = max(1, math.ceil(total_ms / 60_000))
        done = total if total_ms and done_ms >= total_ms else _minutes(done_ms)
        if done != shown["minute"]:
            shown["minute"] = done
            print(translate("Transcripts", "{done} of {total} minutes transcribed").format(
                done=done, total=total), file=sys.stderr, flush=True)

    def downloading(done: int, total: int) -> None:
        if done // 10_000_000 == shown.setdefault("mb", -1):
            return  # every 10 MB
        shown["mb"] = done // 10_000_000
        print(translate("Transcripts", "Downloading the model: {done} of about {total} MB")
              .format(done=done // 1_000_000, total=total // 1_000_000), file=sys.stderr,
              flush=True)

    previous = {s: signal.signal(s, ask_to_stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        transcript_id = job.transcribe(project, recording_id, args.model, args.language,
                                       args.replace, progress, lambda: stop["now"],
                                       downloading=downloading)
    except Cancelled as stopped:  # Ctrl+C while the model was downloading
        print(translate("Transcripts", "{what} Nothing was transcribed.").format(
            what=stopped), file=sys.stderr, flush=True)
        return 1
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    with project.session() as session:
        made = session.get(transcripts.Transcript, transcript_id)
        finished = made is not None and made.state == "done"
        done_ms = made.done_ms if made is not None else 0
        count = len(transcripts.segments(session, transcript_id))
    if not finished:
        print(translate("Transcripts", "Stopped after {done} minutes; what was transcribed "
                        "is kept. The same command goes on from there.").format(
            done=_minutes(done_ms)), file=sys.stderr, flush=True)
        return 1
    print(plural(count, translate("Transcripts", "{id}: {n} segment"),
                 translate("Transcripts", "{id}: {n} segments"), id=transcript_id), flush=True)
    return 0


def show(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    recording_id = recording_named(project, args.recording_id)
    with project.session() as session:
        transcript = transcripts.of_recording(session, recording_id)
        if transcript is None:
            raise NotFound(translate("Transcripts", "This recording has no transcript yet."),
                           hint=translate("Transcripts", "Make one with veldwerk transcribe "
                                          "{id}.").format(id=args.recording_id))
        names = {(s.participant_id, s.member_id): s.label
                 for s in transcripts.speakers(session, recording_id)}
        listed = transcripts.segments(session, transcript.id)
        state, done_ms = transcript.state, transcript.done_ms
        for segment in listed:
            speaker = names.get((segment.participant_id, segment.member_id), "")
            if args.json:
                print(json.dumps({
                    "id": segment.id, "start_ms": segment.start_ms, "end_ms": segment.end_ms,
                    "speaker": speaker or None, "participant_id": segment.participant_id,
                    "member_id": segment.member_id, "text": segment.text,
                    "edited": bool(segment.edited),
                    "words": [list(w) for w in transcripts.words_of(segment)]},
                    ensure_ascii=False))
            else:
                said = f"{speaker}: {segment.text}" if speaker else segment.text
                print(f"[{_clock(segment.start_ms)} - {_clock(segment.end_ms)}] {said}")
    if state != "done":
        print(translate("Transcripts", "Not finished: transcribed up to {time}.").format(
            time=_clock(done_ms)), file=sys.stderr)
    return 0


def _clock(ms: int) -> str:
    """h:mm:ss.s, as a player shows a position."""
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours}:{minutes:02d}:{rest / 1000:04.1f}"
