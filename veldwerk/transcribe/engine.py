"""The speech engine in a process of its own (``python -m veldwerk.transcribe.engine``, or
the installed app with ``--transcription-engine``), started and ended by ``job.py``.

Why a process: in the app's process the engine held Python's interpreter lock for up to
~100 ms at a time (faster-whisper's tokenizer loads with the lock held, and parts of its
decoding are Python), so the window froze while a transcription ran. Here it can take
the lock as long as it likes; the app only reads lines. Its priority is lowered for the
whole process (on every system, macOS included), so the app and its recorder keep theirs.

It reads its orders as one JSON argument and writes one JSON line per segment
(``{"offset", "start", "end", "text", "words"}``), then ``{"end": true}`` or
``{"error", "message", "hint"}``. Ordered to download a model (``{"download", "output"}``)
it does only that, and ends the same way. It stops when its standard input closes: the job is
done, cancelled, or the app is gone (even killed), so no engine outlives its app.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import signal
import subprocess
import sys
import threading
import warnings
from pathlib import Path
from typing import Any

from veldwerk.audio import ffmpeg
from veldwerk.errors import AudioError, VeldwerkError, cannot_write
from veldwerk.i18n import translate

RATE = 16000  # what Whisper hears: 16 kHz mono
# The engine's settings, also the floor's in benchmarks/bench_transcribe.py.
SETTINGS: dict[str, Any] = {"vad_filter": True, "word_timestamps": True}
FLAG = "--transcription-engine"  # the installed (frozen) app's way in


def command(orders: dict[str, Any]) -> list[str]:
    """How to start the engine: this Python with the module, or the frozen app itself."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FLAG, json.dumps(orders)]
    return [sys.executable, "-m", "veldwerk.transcribe.engine", json.dumps(orders)]


def decode(path: Path, start_ms: int, length_ms: int) -> Any:
    """``length_ms`` of the sound from ``start_ms`` on, as Whisper takes it: 16 kHz mono
    float32 (numpy)."""
    import numpy  # deferred: heavy (numpy, with faster-whisper)

    done = subprocess.run(
        [ffmpeg.executable(), "-hide_banner", "-nostdin", "-v", "error",
         "-ss", f"{start_ms / 1000:.3f}", "-i", str(path), "-t", f"{length_ms / 1000:.3f}",
         "-vn", "-ac", "1", "-ar", str(RATE), "-f", "f32le", "pipe:1"],
        capture_output=True, check=False)
    if done.returncode != 0:
        raise AudioError(translate("Transcripts", "The recording could not be read for "
                                   "transcribing."), hint=translate(
            "Transcripts", "Check it with veldwerk audio check; the transcript so far is "
            "kept."))
    return numpy.frombuffer(done.stdout, dtype=numpy.float32)


def lower_priority() -> None:
    """Best effort per system. On Linux niceness is per thread: this (main) thread's is
    lowered before the engine starts its worker threads and ffmpeg, which inherit it. On
    Windows ``job.py`` starts the process below normal priority already."""
    if os.name != "nt":
        with contextlib.suppress(OSError):
            os.nice(10)


def transcribe(model_path: str, source: Path, language: str, start_ms: int, piece_ms: int,
               seam_ms: int, say: Any) -> None:
    """``say(offset_ms, segment)`` for each segment until the end. The sound is taken a
    piece (``piece_ms``) at a time, so memory does not grow with the recording; a piece's
    segments that end in its last ``seam_ms`` (speech the cut may have split) are left to
    the next piece, which starts where the last segment kept ended, as a resumed job does."""
    from faster_whisper import WhisperModel  # deferred: heavy (faster-whisper)

    engine = WhisperModel(model_path, device="cpu", compute_type="int8")
    offset = start_ms
    while True:
        audio = decode(source, offset, piece_ms)
        if not len(audio):
            break
        whole = len(audio) * 1000 // RATE
        last = whole < piece_ms - 1000  # the sound ended inside this piece
        reached = offset + whole  # nothing said in it: go past it
        kept = False
        segments, _info = engine.transcribe(audio, language=language, **SETTINGS)
        for segment in segments:
            if not last and kept and segment.end * 1000 > whole - seam_ms:
                break
            say(offset, segment)
            kept, reached = True, offset + round(segment.end * 1000)
        if last:
            break
        offset = max(reached, offset + 1)


def fetch(name: str, output: Path) -> None:
    """Download the model ``name`` into ``output`` (``models.download`` watches, renames
    the folder into place when complete, and kills this process on a cancel)."""
    from faster_whisper import download_model  # deferred: heavy (faster-whisper)

    try:
        with warnings.catch_warnings():  # the hub's notes on its own arguments
            warnings.simplefilter("ignore")
            download_model(name, output_dir=str(output))
    except OSError as exc:  # a full disk or a folder that is not ours: said as such
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EACCES,
                         errno.EPERM, errno.EROFS):
            raise cannot_write(output, exc, folder=True) from exc
        raise  # the hub's own errors: no connection, or the site refused


def _end_with_input() -> None:
    """Exit as soon as standard input closes (the job ended it, or the app is gone)."""
    with contextlib.suppress(OSError):
        while os.read(0, 65536):
            pass
    os._exit(0)


def main(argv: list[str]) -> int:
    # Ctrl+C in a terminal reaches the whole process group: the job decides, not we.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    lower_priority()  # first: threads started after it inherit it
    threading.Thread(target=_end_with_input, daemon=True).start()
    # By descriptor: a windowed app (the installed one) may have no sys.stdout.
    out = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115 (until exit)
    orders = json.loads(argv[0])

    def say(offset: int, segment: Any) -> None:
        out.write(json.dumps({"offset": offset, "start": segment.start, "end": segment.end,
                              "text": segment.text, "words": [
                                  (w.start, w.end, w.word) for w in segment.words or []]})
                  + "\n")
        out.flush()

    try:
        if "download" in orders:
            fetch(orders["download"], Path(orders["output"]))
        else:
            transcribe(orders["model"], Path(orders["source"]), orders["language"],
                       int(orders["start_ms"]), int(orders["piece_ms"]),
                       int(orders["seam_ms"]), say)
    except BaseException as exc:  # the job raises it in the app
        out.write(json.dumps({"error": type(exc).__name__, "message": getattr(
            exc, "message", str(exc)), "hint": getattr(exc, "hint", ""),
            "ours": isinstance(exc, VeldwerkError)}) + "\n")
        out.flush()
        return 1
    out.write(json.dumps({"end": True}) + "\n")
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
