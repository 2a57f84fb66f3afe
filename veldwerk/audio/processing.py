"""After a take: a loudness-normalised Opus copy (mono, 24 kbit/s, ~11 MB an hour) for bundles.

One quick ``volumedetect`` pass over the WAV, then one libopus encode with a gain that
brings speech to the target level without clipping (the peak stays below -1 dBFS).
Everything streams through ffmpeg, so a three-hour take never sits in memory.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

from sqlmodel import select

from veldwerk.audio import ffmpeg, media
from veldwerk.domain import Recording
from veldwerk.domain.tables import PLAYABLE_STATES
from veldwerk.errors import AudioError, Cancelled, VeldwerkError
from veldwerk.fsutil import fsync_dir
from veldwerk.i18n import translate
from veldwerk.store.project import OpenProject

TARGET_MEAN_DB = -20.0
PEAK_CEILING_DB = -1.0
# Quiet speech is lifted at most this much, so the room's hiss under it stays quiet too.
MAX_GAIN_DB = 12.0
# A take whose loudest moment is below this holds no speech (silence, hiss): left as it is.
SILENT_PEAK_DB = -40.0
_MEAN = re.compile(r"mean_volume: (-?[\d.]+|-inf) dB")
_MAX = re.compile(r"max_volume: (-?[\d.]+|-inf) dB")
_OUT_TIME = re.compile(r"out_time_(?:ms|us)=(\d+)")


def gain_for(mean_db: float, max_db: float) -> float:
    """Towards the target level, never past the peak ceiling, never more than 12 dB, and
    never up for a take that holds only silence or hiss."""
    if max_db < SILENT_PEAK_DB:
        return 0.0
    wanted = TARGET_MEAN_DB - mean_db
    return round(max(-20.0, min(wanted, PEAK_CEILING_DB - max_db, MAX_GAIN_DB)), 2)


def measure(path: Path) -> tuple[float, float]:
    result = subprocess.run([ffmpeg.executable(), "-hide_banner", "-nostdin", "-i", str(path),
                             "-af", "volumedetect", "-f", "null", "-"],
                            capture_output=True, text=True, errors="replace", check=False)
    mean, peak = _MEAN.search(result.stderr), _MAX.search(result.stderr)
    if result.returncode != 0 or mean is None or peak is None:
        raise AudioError(translate("Audio", "Could not measure the loudness of {path}.").format(
            path=path), hint=translate("Audio", "Run 'veldwerk audio check'; the file may be "
                                                "damaged."))
    to_float = lambda text: -91.0 if text == "-inf" else float(text)  # noqa: E731
    return to_float(mean.group(1)), to_float(peak.group(1))


def compress(project: OpenProject, recording_id: str,
             progress: Callable[[float, str], None] = lambda f, m: None,
             cancelled: Callable[[], bool] = lambda: False) -> Recording:
    with project.session() as s:
        recording = s.get(Recording, recording_id)
    if recording is None or not recording.media_name:
        raise AudioError(translate("Audio", "Recording {id} has no audio file yet.").format(
            id=recording_id))
    source = project.media / recording.media_name
    mean, peak = measure(source)
    gain = gain_for(mean, peak)
    incoming = project.media / media.INCOMING
    incoming.mkdir(exist_ok=True)
    target = incoming / f"{recording_id}.opus.ogg"
    target.unlink(missing_ok=True)
    message = translate("Audio", "Compressing the recording…")
    process = subprocess.Popen(
        [ffmpeg.executable(), "-hide_banner", "-nostdin", "-v", "error", "-i", str(source),
         "-af", f"volume={gain}dB", "-ac", "1", "-c:a", "libopus", "-b:a", "24k",
         "-application", "voip", "-progress", "pipe:1", "-nostats", str(target)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    total_us = max(1, recording.duration_ms * 1000)
    try:
        for line in process.stdout:
            if cancelled():
                raise Cancelled
            found = _OUT_TIME.match(line)
            if found:
                progress(min(1.0, int(found.group(1)) / total_us), message)
        errors = process.stderr.read() if process.stderr else ""
        if process.wait() != 0:
            raise AudioError(translate("Audio", "Compressing {path} failed: {detail}").format(
                path=source, detail=errors.strip().splitlines()[-1] if errors.strip() else "?"))
    except BaseException:
        process.kill()
        process.wait()
        target.unlink(missing_ok=True)
        raise
    with open(target, "rb") as handle:
        os.fsync(handle.fileno())
    digest = media.sha256_of(target)
    final = project.media / f"{digest}.ogg"
    os.replace(target, final)
    fsync_dir(project.media)
    progress(1.0, message)

    def store(s):  # type: ignore[no-untyped-def]
        row = s.get(Recording, recording_id)
        row.compressed_name, row.compressed_sha256 = final.name, digest
        row.compressed_size, row.gain_db = final.stat().st_size, gain
        s.add(row)
        return row

    return project.run(store, "recording")


def pending(project: OpenProject) -> list[str]:
    """Finished takes that have no compressed copy yet and whose original is here (the
    coordinator's copy of a laptop's take has no original: it stayed on the laptop)."""
    with project.session() as s:
        found = s.exec(select(Recording.id, Recording.media_name).where(
            Recording.compressed_sha256.is_(None),  # type: ignore[union-attr]
            Recording.duration_ms > 0,
            Recording.state.in_(PLAYABLE_STATES))).all()  # type: ignore[attr-defined]
    return [i for i, name in found if name and (project.media / name).is_file()]


def compress_pending(project: OpenProject,
                     progress: Callable[[float, str], None] = lambda f, m: None,
                     cancelled: Callable[[], bool] = lambda: False
                     ) -> tuple[list[Recording], list[str]]:
    """Every missing copy, as the app makes them in the background: a command that
    delivers or imports does it first, so the take travels, and so does an export that
    carries audio (REFI-QDA, the archive package). Problems are said, not raised: one
    damaged take never stops the others; a cancel stops them all. ``progress``: the part
    done of all of them, and which one is being made."""
    done, problems = [], []
    waiting = pending(project)
    for number, recording_id in enumerate(waiting):
        message = translate("Audio", "Making the Opus copy of recording {n} of {total}…"
                            ).format(n=number + 1, total=len(waiting))
        def part(fraction: float, _said: str, n: int = number, said: str = message) -> None:
            progress((n + fraction) / len(waiting), said)

        try:
            done.append(compress(project, recording_id, part, cancelled))
        except VeldwerkError as exc:
            problems.append(str(exc))
    return done, problems


def to_mp3(source: Path, target: Path, cancelled: Callable[[], bool] = lambda: False) -> None:
    """An MP3 copy (mono, 64 kbit/s: speech) for programs that cannot open Opus, such as
    ATLAS.ti, MAXQDA and NVivo. Stops at a cancel; a failure says what ffmpeg said."""
    process = subprocess.Popen(
        [ffmpeg.executable(), "-hide_banner", "-nostdin", "-v", "error", "-y", "-i",
         str(source), "-ac", "1", "-c:a", "libmp3lame", "-b:a", "64k", "-f", "mp3",
         str(target)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        while True:
            try:
                process.wait(timeout=0.2)
                break
            except subprocess.TimeoutExpired:
                if cancelled():
                    raise Cancelled from None
        errors = process.stderr.read() if process.stderr else ""
        if process.returncode != 0:
            raise AudioError(translate("Audio", "Converting {path} to MP3 failed: {detail}")
                             .format(path=source.name, detail=errors.strip().splitlines()[-1]
                                     if errors.strip() else "?"))
    except BaseException:
        process.kill()
        process.wait()
        target.unlink(missing_ok=True)
        raise
