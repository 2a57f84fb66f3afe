"""ffmpeg from the imageio-ffmpeg wheel: a plain ``pip install`` is enough, no ffprobe."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from veldwerk.errors import AudioError
from veldwerk.i18n import translate

_DURATION = re.compile(r"Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)")
_AUDIO = re.compile(r"Stream #\S+.*?: Audio: ([\w-]+).*?(\d+) Hz")
# A moving picture (a phone's or tablet's video); an album's cover is an "attached pic".
_VIDEO = re.compile(r"Stream #\S+.*?: Video: (?!.*\(attached pic\)).*")


def executable() -> str:
    import imageio_ffmpeg  # deferred: heavy (imageio_ffmpeg)

    return str(imageio_ffmpeg.get_ffmpeg_exe())


@dataclass(frozen=True)
class Probe:
    codec: str
    sample_rate: int
    duration_ms: int | None
    video: bool = False  # it has a picture too (a video): only the sound is imported


def sound_ms(path: Path) -> int | None:
    """How long a file's first sound track runs, read from its packets (not decoded): a
    video's container lasts as long as its picture, which a phone often stops after the
    sound. None when ffmpeg cannot tell."""
    result = subprocess.run([executable(), "-hide_banner", "-nostdin", "-v", "error", "-i",
                             str(path), "-map", "0:a:0", "-c", "copy", "-f", "null", "-",
                             "-progress", "pipe:1"],
                            capture_output=True, text=True, errors="replace", check=False)
    times = re.findall(r"^out_time_us=(\d+)$", result.stdout, flags=re.MULTILINE)
    return int(times[-1]) // 1000 if times else None


def probe(path: Path) -> Probe:
    """What ffmpeg says about the input (it prints the streams when given no output)."""
    if path.is_dir():
        raise AudioError(translate("Audio", "{path} is a folder, not an audio file.").format(
            path=path), hint=translate("Audio", "Give the recording itself, for example "
                                       "{path}/opname.m4a.").format(path=path))
    if not path.is_file():
        raise AudioError(translate("Audio", "The file {path} does not exist.").format(path=path))
    if path.stat().st_size == 0:
        raise AudioError(translate("Audio", "The file {path} is empty.").format(path=path),
                         hint=translate("Audio", "Copy the recording from the phone again."))
    result = subprocess.run([executable(), "-hide_banner", "-nostdin", "-i", str(path)],
                            capture_output=True, text=True, errors="replace", check=False)
    audio = _AUDIO.search(result.stderr)
    if audio is None:
        raise AudioError(
            translate("Audio", "{path} is not a recording Veldwerk can read.").format(path=path),
            hint=translate("Audio", "Use a recording in m4a, mp3, wav, ogg/opus, flac or amr, "
                                    "or a phone's video (mp4, mov, m4v, 3gp) with sound. If it "
                                    "is one, the file may be damaged."))
    duration = _DURATION.search(result.stderr)
    ms = None
    if duration is not None:
        hours, minutes, seconds = duration.groups()
        ms = int((int(hours) * 3600 + int(minutes) * 60 + float(seconds)) * 1000)
    return Probe(audio.group(1), int(audio.group(2)), ms,
                 _VIDEO.search(result.stderr) is not None)
