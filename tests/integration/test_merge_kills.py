"""SIGKILL during an import, at random moments: the coordinator's project holds the whole
bundle or none of it, and importing again completes it."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import merging
from tests.helpers import team as teams
from veldwerk.bundle import keys as keymod
from veldwerk.merge import inbox

RUNS = 20
PASSPHRASE = "vier woorden als zin"


@pytest.mark.slow
def test_killing_an_import_leaves_all_or_nothing(tmp_path: Path) -> None:
    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        for n in range(40):
            teams.field_work(project, f"Gesprek {n}", audio_bytes=200_000)
    (bundle,) = merging.bundles_of(anna, tmp_path / "in")
    with boss.open() as project:
        merging.trust(project, anna)
    key_file = tmp_path / "keys.veldwerkkeys"
    keymod.save_coordinator_keys(boss.keys, key_file, PASSPHRASE)
    pristine = tmp_path / "pristine"
    subprocess.run(["cp", "-a", str(boss.data), str(pristine)], check=True)
    rng = random.Random(20261201)
    killed = 0
    for _run in range(RUNS):
        subprocess.run(["rm", "-rf", str(boss.data)], check=True)
        subprocess.run(["cp", "-a", str(pristine), str(boss.data)], check=True)
        process = subprocess.Popen(
            [sys.executable, "-m", "veldwerk", "--data-dir", str(boss.data), "inbox", "import",
             str(bundle), "--identity", str(key_file)], stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, env={**os.environ, "VELDWERK_PASSPHRASE": PASSPHRASE})
        time.sleep(rng.uniform(0.3, 2.5))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            killed += 1
        process.wait(timeout=60)
        with boss.open() as project:
            counts = merging.content(project)
            assert len(counts["interview"]) in (0, 40), "all or nothing"
            assert len(counts["note"]) == len(counts["interview"])
            (outcome,) = [o for o in inbox.import_files(project, boss.keys, [bundle])
                          if o.file == bundle.name]
            assert outcome.status in ("imported", "present")
            done = merging.content(project)
            assert (len(done["interview"]), len(done["note"]), len(done["recording"])) == (
                40, 40, 40)
            assert all((project.media / name).is_file() for name in _opus(project))
    assert killed >= RUNS // 4, f"only {killed} of {RUNS} runs were killed mid-import"


def _opus(project) -> list[str]:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    with project.session() as s:
        return [r[0] for r in s.execute(text("SELECT compressed_name FROM recording"))]
