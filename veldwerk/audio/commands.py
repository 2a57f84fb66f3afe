"""``veldwerk record``, ``recordings`` and ``audio check|process|import`` (the arguments are
in ``veldwerk.audio.arguments``)."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import wave
from importlib.metadata import entry_points
from pathlib import Path
from types import FrameType

from sqlmodel import select

from veldwerk.audio import media
from veldwerk.audio.importing import import_file
from veldwerk.audio.processing import compress_pending
from veldwerk.audio.recorder import record as record_take
from veldwerk.audio.sources import CaptureSource, FileSource, WavFileSource
from veldwerk.consent.records import require_audio_consent
from veldwerk.domain import Marker, Recording
from veldwerk.errors import AudioError
from veldwerk.i18n import translate
from veldwerk.labels import recording_state
from veldwerk.paths import Device
from veldwerk.store.project import OpenProject
from veldwerk.words import number
from veldwerk.words import size as size_text


def record(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    stop = {"now": False}

    def ask_to_stop(_signum: int, _frame: FrameType | None) -> None:
        stop["now"] = True  # finish the current chunk, then close the file properly

    def started(recording: Recording) -> None:
        print(translate("Audio", "Recording {id}… (Ctrl+C stops)").format(id=recording.id),
              file=sys.stderr, flush=True)

    def disk_full() -> None:
        print(translate("Audio", "Recording stopped: the disk is almost full. Everything "
                                 "recorded is kept; free some space to record more."),
              file=sys.stderr, flush=True)

    with project.session() as session:  # consent first: before any microphone is looked for
        require_audio_consent(session, args.interview_id)
    previous = {s: signal.signal(s, ask_to_stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        given = Path(args.input)
        if given.is_dir():
            raise AudioError(translate("Audio", "{path} is a folder, not an audio file.")
                             .format(path=given))
        if given.is_file():
            recording = record_take(project, args.interview_id, file_source(given),
                                    args.seconds, stopped=lambda: stop["now"],
                                    started=started, disk_full=disk_full)
        else:
            recording = _device()(project, args.interview_id, args.input, args.seconds,
                                  lambda: stop["now"], started)
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    if recording is None:
        print(translate("Audio", "Nothing was recorded, so no recording was kept."),
              file=sys.stderr)
        return 1
    print(recording.id, flush=True)
    return 0


def file_source(path: Path) -> CaptureSource:
    """A 16-bit PCM WAV as it is; anything else converted by ffmpeg."""
    try:
        with wave.open(str(path), "rb") as found:
            plain = found.getsampwidth() == 2 and found.getcomptype() == "NONE"
    except (OSError, EOFError, wave.Error):
        plain = False  # not a WAV Python reads (24-bit, float, mp3, …): ffmpeg reads it
    return WavFileSource(path) if plain else FileSource(path)


def _device():  # type: ignore[no-untyped-def]
    """The microphone capture lives in ``ui`` (Qt); the core finds it by entry point."""
    # Qt Multimedia's own chatter (back-end probing) is noise on a command line.
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")
    found = entry_points(group="veldwerk.capture", name="device")
    if not found:
        raise AudioError(translate("Audio", "Recording from a microphone needs the Veldwerk "
                                            "app installed."),
                         hint=translate("Audio", "Give an audio file with --input instead."))
    return next(iter(found)).load()


def import_recording(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    shown = {"percent": -1}

    def progress(fraction: float, message: str) -> None:
        percent = int(fraction * 100)
        if percent != shown["percent"] and percent % 10 == 0:
            shown["percent"] = percent
            print(f"{message} {percent} %", file=sys.stderr, flush=True)

    imported = import_file(project, args.interview_id, args.file, progress)
    if imported.warning:
        print(f"veldwerk: {imported.warning}", file=sys.stderr)
    if imported.note:
        print(f"veldwerk: {imported.note}", file=sys.stderr)
    print(imported.recording.id)
    return 0


def process(_args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    made, problems = compress_pending(project)
    for done in made:
        print(translate("Audio", "{id}: compressed copy {name} ({size}), loudness {gain} dB"
                        ).format(id=done.id, name=done.compressed_name,
                                 size=_size(done.compressed_size),
                                 gain=number(done.gain_db, 1, signed=True)))
    for problem in problems:
        print(f"veldwerk: {problem}", file=sys.stderr)
    if not made and not problems:
        print(translate("Audio", "Every recording here has its compressed copy."))
    return 1 if problems else 0


def _size(size: int | None) -> str:
    return size_text(size or 0)


def check(_args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    problems, checked = project.run(lambda s: media.check(s, project.media), "media check")
    what = {
        "missing": translate("Audio", "missing"),
        "changed": translate("Audio", "changed (does not match its SHA-256)"),
        "empty": translate("Audio", "holds no sound (0 s)"),
    }
    for problem in problems:
        print(f"{what[problem.problem]}: {problem.media_name or '-'} "
              f"({problem.table} {problem.row_id})")
    print(translate("Audio", "{ok} of {total} media files ok").format(
        ok=checked - sum(p.problem != "empty" for p in problems), total=checked),
        file=sys.stderr)
    if problems:
        print(translate("Audio", "Damaged recordings are marked and kept as they are. Copy "
                        "a missing or changed file back from a backup or the original "
                        "device; empty takes are removed the next time the project opens."),
              file=sys.stderr)
    return 1 if problems else 0


def recordings(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    with project.session() as s:
        rows = s.exec(select(Recording).order_by(Recording.interview_id,
                                                 Recording.position)).all()
        markers: dict[str, list[dict[str, object]]] = {}
        for marker in s.exec(select(Marker).order_by(Marker.offset_ms)):
            markers.setdefault(marker.recording_id, []).append(
                {"id": marker.id, "offset_ms": marker.offset_ms, "label": marker.label,
                 "topic": marker.topic_id})
    if not rows and not args.json:
        print(translate("Audio", "No recordings yet."))
    for r in rows:
        if args.json:
            print(json.dumps({
                "id": r.id, "interview": r.interview_id, "position": r.position,
                "duration_ms": r.duration_ms, "sample_rate": r.sample_rate, "size": r.size,
                "sha256": r.sha256, "state": r.state, "media": r.media_name,
                "markers": markers.get(r.id, [])}, ensure_ascii=False))
            continue
        seconds = r.duration_ms // 1000
        print(translate("Audio", "{id}  interview {interview}  {length}  {state}  {n} "
                        "moments").format(id=r.id, interview=r.interview_id,
                                          length=f"{seconds // 60}:{seconds % 60:02d}",
                                          state=recording_state(r.state),
                                          n=len(markers.get(r.id, []))))
    return 0
