"""SIGKILL during an import, at random moments: the coordinator's project holds the whole
bundle or none of it, and importing again completes it — in the coordinator's SQLite file
and in a team database on a real PostgreSQL server."""

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

RUNS = 12  # kills at random moments, other ones per store: 24 in all
PASSPHRASE = "vier woorden als zin"


def _restore(boss: teams.Coordinator, pristine: Path, template: str) -> None:
    """The coordinator's folder (and team database) as before the first import."""
    subprocess.run(["rm", "-rf", str(boss.data)], check=True)
    subprocess.run(["cp", "-a", str(pristine), str(boss.data)], check=True)
    if not boss.entry.url:
        return
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(boss.entry.url)
    with psycopg.connect(str(url.set(database="postgres")), autocommit=True) as c:
        c.execute(f'DROP DATABASE "{url.database}" WITH (FORCE)')
        c.execute(f'CREATE DATABASE "{url.database}" TEMPLATE "{template}"')


def _keep(boss: teams.Coordinator) -> str:
    """A template of the team database as it is now ('' for a SQLite project)."""
    if not boss.entry.url:
        return ""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(boss.entry.url)
    template = f"{url.database}_pristine"
    with psycopg.connect(str(url.set(database="postgres")), autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{template}" TEMPLATE "{url.database}"')
    return template


@pytest.mark.slow
def test_killing_an_import_leaves_all_or_nothing(tmp_path: Path, coordinator_store: str) -> None:
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
    template = _keep(boss)
    env = {**os.environ, "VELDWERK_PASSPHRASE": PASSPHRASE}
    if boss.entry.url:
        env["VELDWERK_DB"] = boss.entry.url
    rng = random.Random(f"20261201-{coordinator_store}")  # other moments per store
    killed = 0
    for _run in range(RUNS):
        _restore(boss, pristine, template)
        process = subprocess.Popen(
            [sys.executable, "-m", "veldwerk", "--data-dir", str(boss.data), "inbox", "import",
             str(bundle), "--identity", str(key_file)], stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, env=env)
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
