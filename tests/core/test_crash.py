"""SIGKILL a process that is typing notes: nothing acknowledged may be lost or damaged."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlmodel import select

from tests.conftest import TOPICS
from veldwerk import guides, interviews, notes, projects
from veldwerk.domain import Note
from veldwerk.paths import device

RUNS = 12  # kills at random moments; CI's 30 minutes allow twelve


@pytest.mark.slow
def test_sigkill_while_typing_loses_nothing_acknowledged(tmp_path: Path) -> None:
    me = device(tmp_path)
    entry = projects.create_project(tmp_path, me, "Crash")
    with projects.open_project(entry.folder, me) as project:
        guide = project.run(lambda s: guides.create_guide(s, entry.id, "Leidraad", TOPICS))
        interview = project.run(lambda s: interviews.save(
            s, entry.id, interviews.InterviewDraft(guide_id=guide.id)))
        with project.session() as s:
            topic_ids = [t.id for t in guides.topics(s, guide.id)]
    rng = random.Random(int(os.environ.get("VELDWERK_CRASH_SEED", "7")))
    helper = Path(__file__).parents[1] / "helpers" / "type_notes.py"
    root = Path(__file__).parents[2]
    newest: dict[str, int] = {}  # per topic: the highest version ever acknowledged
    for run in range(RUNS):
        process = subprocess.Popen(
            [sys.executable, str(helper), str(tmp_path), str(entry.folder), interview.id,
             ",".join(topic_ids)], stdout=subprocess.PIPE, text=True, cwd=root,
            env={**os.environ, "PYTHONPATH": str(root)})
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready", f"run {run}: helper did not start"
        deadline = time.monotonic() + rng.uniform(0.05, 0.8)
        offset = 10_000 * (run + 1)
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if line.startswith("ack"):
                _ack, n, topic = line.split()
                newest[topic] = max(newest.get(topic, -1), offset + int(n))
        process.send_signal(signal.SIGKILL)
        # Acks still in the pipe were written before the kill: they count too.
        for line in process.stdout.read().splitlines():
            if line.startswith("ack"):
                _ack, n, topic = line.split()
                newest[topic] = max(newest.get(topic, -1), offset + int(n))
        process.wait()

        db = entry.folder / "project.sqlite"
        check = sqlite3.connect(db)
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"run {run}"
        check.close()
        with projects.open_project(entry.folder, me) as project, project.session() as s:
            stored = notes.notes_of(s, interview.id)
            rows = s.exec(select(Note).where(Note.interview_id == interview.id)).all()
        assert len(rows) == len(stored) <= len(topic_ids), f"run {run}: duplicated notes"
        for topic, version in newest.items():
            if version < offset:
                continue  # acknowledged in an earlier run; later runs overwrite it
            text = stored.get(topic, "")
            assert text.startswith("versie "), f"run {run}: topic {topic} lost its note"
            assert int(text.split()[1]) + offset >= version, (
                f"run {run}: acknowledged version {version - offset} of {topic} was lost")
    assert newest, "the helper never acknowledged a save"
