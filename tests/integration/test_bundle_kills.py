"""SIGKILL in the middle of making bundles and in the middle of uploading them, twelve
times each, with real ``veldwerk`` processes: afterwards the outbox is consistent, every
change went out in exactly one bundle, and no bundle id stands for two contents."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import text

from tests.helpers import team as teams
from tests.helpers.webdav import PASSWORD, USER, slow_uplink, webdav
from veldwerk.bundle import opening
from veldwerk.sync import outbox
from veldwerk.sync.target import WEBDAV, Target

RUNS = 12  # kills at random moments; CI's 30 minutes allow twelve


def veldwerk(data: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "veldwerk", "--data-dir", str(data), *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, **(env or {})})


def kill_after(process: subprocess.Popen, seconds: float, started: Path | None = None
               ) -> bool:
    """Kill it ``seconds`` after it starts (or after a temporary ``.part`` file appears in
    ``started``: mid-write) unless it finished first; True when it was killed."""
    deadline = time.monotonic() + 60
    if started is not None:
        while time.monotonic() < deadline and process.poll() is None and not (
                started.is_dir() and any(started.glob(".*.part"))):
            time.sleep(0.005)
    try:
        process.wait(timeout=seconds)
        return False
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return True


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_outbox(laptop: teams.Laptop, boss: teams.Coordinator) -> dict[str, Path]:
    """Every bundle made is whole and opens; each change is in exactly one of them."""
    with laptop.open() as project:
        with project.session() as s:
            items = outbox.bundles(s)
            claimed = dict(s.execute(text(
                "SELECT seq, bundle_id FROM change_log WHERE device_id = :d AND "
                "bundle_id IS NOT NULL"), {"d": laptop.me.id}).all())
            unsent = s.execute(text("SELECT count(*) FROM change_log WHERE bundle_id IS NULL"
                                    )).scalar()
        assert unsent == 0
        assert {i.state for i in items} <= {"made", "delivered"}, "nothing left half-made"
        files = {i.id: project.outbox / i.file_name for i in items}
        seen: dict[int, str] = {}
        for item in items:
            path = files[item.id]
            assert path.stat().st_size == item.size and digest(path) == item.sha256
            with opening.open_bundle(path, boss.keys) as opened:
                assert opened.id == item.id
                for entry in opened.entries:
                    assert entry["sequence"] not in seen, "a change in two bundles"
                    seen[entry["sequence"]] = item.id
        assert seen == claimed
        known = {f.name for f in files.values()} | {"sequence.json"}
        leftovers = [p.name for p in project.outbox.iterdir() if p.name not in known]
        assert leftovers == []
    return files


def test_killing_the_export_never_splits_or_doubles_a_bundle(tmp_path: Path) -> None:
    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    rng = random.Random(7)
    killed = 0
    for run in range(RUNS):
        with anna.open() as project:
            teams.field_work(project, f"Gesprek {run}", audio_bytes=rng.choice((0, 4_000_000)))
        # half the runs anywhere, half while a bundle is being written
        killed += kill_after(veldwerk(anna.data, "bundle", "export"), *(
            (rng.uniform(0.0, 1.2),) if run % 2 else (rng.uniform(0.0, 0.05),
                                                      anna.entry.folder / "outbox")))
    finished = veldwerk(anna.data, "bundle", "export")
    assert finished.wait(timeout=120) == 0, finished.stderr.read()  # type: ignore[union-attr]
    files = check_outbox(anna, boss)
    assert killed >= RUNS // 3, f"only {killed} of {RUNS} runs were killed mid-way"
    assert len(files) >= 2


def test_killing_the_upload_leaves_the_share_and_the_outbox_consistent(tmp_path: Path) -> None:
    rng = random.Random(11)
    with webdav(tmp_path / "share", wrap=slow_uplink(40_000_000)) as server:
        inbox = server.root / "inbox"
        inbox.mkdir()
        boss, (anna,) = teams.team(tmp_path, Target(WEBDAV, server.url + "inbox/", USER),
                                   members=("Anna de Boer",))
        env = {"VELDWERK_WEBDAV_PASSWORD": PASSWORD}
        killed = 0
        for run in range(RUNS):
            with anna.open() as project:
                teams.field_work(project, f"Gesprek {run}", audio_bytes=12_000_000)
            killed += kill_after(veldwerk(anna.data, "sync", env=env), *(
                (rng.uniform(0.0, 1.5),) if run % 2 else (rng.uniform(0.0, 0.2), inbox)))
            time.sleep(0.05)
        finished = veldwerk(anna.data, "sync", env=env)
        assert finished.wait(timeout=300) == 0, finished.stderr.read()  # type: ignore[union-attr]
        files = check_outbox(anna, boss)
        with anna.open() as project, project.session() as s:
            assert {i.state for i in outbox.bundles(s)} == {"delivered"}
        arrived = {p.name: p for p in inbox.glob("*.age")}
        assert set(arrived) == {p.name for p in files.values()}
        for path in files.values():
            assert digest(arrived[path.name]) == digest(path), "whole, and the same bytes"
        assert not list(inbox.glob(".*.part")), "temporary names were replaced and moved"
        assert killed >= RUNS // 3, f"only {killed} of {RUNS} runs were killed mid-way"
