"""SIGKILL the headless recorder at random moments: at most a second may be lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlmodel import select

from tests.conftest import consent_to_audio
from tests.core.test_recording import pcm_of, speechlike
from veldwerk import interviews, projects
from veldwerk.audio import media
from veldwerk.domain import Recording
from veldwerk.paths import device

RUNS = 12  # kills at random moments; CI's 30 minutes allow twelve


@pytest.mark.slow
def test_sigkill_while_recording_loses_at_most_a_second(tmp_path: Path) -> None:
    data = tmp_path / "data"
    me = device(data)
    entry = projects.create_project(data, me, "Opnames")
    with projects.open_project(entry.folder, me) as project:
        interview_id = project.run(lambda s: interviews.save(
            s, entry.id, interviews.InterviewDraft())).id
        consent_to_audio(project, interview_id)
    source = tmp_path / "verhaal.wav"
    source_pcm = speechlike(source, 60)
    rng = random.Random(int(os.environ.get("VELDWERK_CRASH_SEED", "11")))
    root = Path(__file__).parents[2]
    for run in range(RUNS):
        process = subprocess.Popen(
            [sys.executable, "-m", "veldwerk", "--data-dir", str(data), "record", interview_id,
             "--input", str(source)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            text=True, cwd=root)
        assert process.stderr is not None
        line = process.stderr.readline()
        assert line.startswith("Recording "), f"run {run}: {line}"
        started = time.monotonic()
        time.sleep(rng.uniform(0.3, 2.5))
        process.send_signal(signal.SIGKILL)
        elapsed_ms = (time.monotonic() - started) * 1000
        process.wait()

        with projects.open_project(entry.folder, me) as project:
            assert len(project.recovered) == 1, f"run {run}: nothing recovered"
            item = project.recovered[0]
            assert item.duration_ms >= elapsed_ms - 1000, (
                f"run {run}: killed after {elapsed_ms:.0f} ms, kept {item.duration_ms} ms")
            with project.session() as s:
                row = s.get(Recording, item.recording_id)
                count = len(s.exec(select(Recording.id)).all())
            recovered = pcm_of(project.media / row.media_name)
            assert recovered == source_pcm[:len(recovered)], f"run {run}: audio differs"
            assert count == run + 1, f"run {run}: a take was lost or duplicated"
            problems, _checked = project.run(lambda s: media.check(s, project.media))
            assert problems == [], f"run {run}: earlier recordings touched: {problems}"
