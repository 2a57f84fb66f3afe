"""``veldwerk record``, ``veldwerk recordings`` and ``veldwerk audio check``."""

from __future__ import annotations

import argparse
import json
import signal
import sys
from pathlib import Path
from types import FrameType

from sqlmodel import select

from veldwerk import projects
from veldwerk.audio import media
from veldwerk.audio.recorder import record
from veldwerk.audio.sources import WavFileSource
from veldwerk.domain import Marker, Recording
from veldwerk.errors import AudioError
from veldwerk.i18n import translate
from veldwerk.paths import Device


def duration_text(ms: int) -> str:
    """41 min 12 s (as the user is told after a recovery)."""
    minutes, seconds = divmod(ms // 1000, 60)
    return f"{minutes} min {seconds} s"


def tell_recovered(project: projects.OpenProject) -> None:
    for item in project.recovered:
        print(translate("Audio", "Recording recovered: {duration} (interview {id})").format(
            duration=duration_text(item.duration_ms), id=item.interview_id), file=sys.stderr)


def run(args: argparse.Namespace, entry: projects.ProjectEntry, me: Device) -> int:
    with projects.open_project(entry.folder, me) as project:
        tell_recovered(project)
        if args.command == "record":
            return _record(project, args)
        if args.command == "recordings":
            return _recordings(project)
        if args.audio_command == "import":
            return _import(project, args)
        if args.audio_command == "process":
            from veldwerk.audio.processing import compress, pending

            for recording_id in pending(project):
                done = compress(project, recording_id)
                print(f"{done.id} {done.compressed_name} {done.compressed_size} bytes "
                      f"gain {done.gain_db:+.1f} dB")
            return 0
        problems = project.run(lambda s: media.check(s, project.media), "media check")
        for problem in problems:
            print(f"{problem.problem}: {problem.media_name} (recording {problem.recording_id})")
        with project.session() as s:
            total = len(s.exec(select(Recording.id)).all())
        print(f"{total - len(problems)} of {total} recordings ok", file=sys.stderr)
        return 1 if problems else 0


def _record(project: projects.OpenProject, args: argparse.Namespace) -> int:
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

    previous = {s: signal.signal(s, ask_to_stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        if Path(args.input).suffix.lower() == ".wav" and Path(args.input).is_file():
            recording = record(project, args.interview_id, WavFileSource(Path(args.input)),
                               args.seconds, stopped=lambda: stop["now"], started=started,
                               disk_full=disk_full)
        else:
            recording = _device()(project, args.interview_id, args.input, args.seconds,
                                  lambda: stop["now"], started)
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    print(recording.id, flush=True)
    return 0


def _device():  # type: ignore[no-untyped-def]
    """The microphone capture lives in ``ui`` (Qt); the core finds it by entry point."""
    from importlib.metadata import entry_points

    found = entry_points(group="veldwerk.capture", name="device")
    if not found:
        raise AudioError(translate("Audio", "Recording from a microphone needs the Veldwerk "
                                            "app installed."),
                         hint=translate("Audio", "Give a WAV file with --input instead."))
    return next(iter(found)).load()


def _import(project: projects.OpenProject, args: argparse.Namespace) -> int:
    from veldwerk.audio.importing import import_file

    shown = {"percent": -1}

    def progress(fraction: float, message: str) -> None:
        percent = int(fraction * 100)
        if percent != shown["percent"] and percent % 10 == 0:
            shown["percent"] = percent
            print(f"{message} {percent} %", file=sys.stderr, flush=True)

    recording = import_file(project, args.interview_id, args.file, progress)
    print(recording.id)
    return 0


def _recordings(project: projects.OpenProject) -> int:
    with project.session() as s:
        recordings = s.exec(select(Recording).order_by(Recording.interview_id,
                                                       Recording.position)).all()
        markers: dict[str, list[dict[str, object]]] = {}
        for marker in s.exec(select(Marker).order_by(Marker.offset_ms)):
            markers.setdefault(marker.recording_id, []).append(
                {"id": marker.id, "offset_ms": marker.offset_ms, "label": marker.label,
                 "topic": marker.topic_id})
    for r in recordings:
        print(json.dumps({
            "id": r.id, "interview": r.interview_id, "position": r.position,
            "duration_ms": r.duration_ms, "sample_rate": r.sample_rate, "size": r.size,
            "sha256": r.sha256, "state": r.state, "media": r.media_name,
            "markers": markers.get(r.id, [])}, ensure_ascii=False))
    return 0
