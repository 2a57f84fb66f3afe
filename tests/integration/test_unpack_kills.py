"""SIGKILL at random points of a real ``veldwerk inbox import`` of several bundles: no
plain-text file of a bundle is anywhere outside the project folder afterwards (the system's
temporary folder never holds one; the private unpacking folder is swept by the next
start), none is inside the project folder after the next open, and every re-import gives
what an uninterrupted import gives."""

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
from tests.helpers.quick_keys import quick_key_file
from veldwerk import cli
from veldwerk.merge import inbox

KILLS = 5
PASSPHRASE = "vier woorden als zin"
NOTE = "Notities bij Gesprek"  # what field_work writes in every note
PLAIN = ("changes.jsonl", "bag-info.txt", "media-index.jsonl", "bundle.tar",
         "tagmanifest-sha256.txt")


def plain_leftovers(folder: Path, by_content: bool = True) -> list[Path]:
    """Files under ``folder`` that are (part of) an opened bundle: a bag's files, a
    decrypted tar, half-copied media, or (``by_content``) anything holding a note's text."""
    found = []
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        if path.name in PLAIN or path.name.endswith(".part"):
            found.append(path)
            continue
        if not by_content:
            continue
        with open(path, "rb") as handle:
            if NOTE.encode() in handle.read(1 << 22):
                found.append(path)
    return found


def test_killed_imports_leave_no_plain_bundle_behind(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    cache, system_temp = tmp_path / "cache", tmp_path / "systemp"
    system_temp.mkdir()
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))  # the private folder's default place
    private = cache / "Veldwerk" / "unpack"
    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    bundles: list[Path] = []
    for round_ in range(3):
        with anna.open() as project:
            for n in range(4):
                teams.field_work(project, f"Gesprek {round_}-{n}", audio_bytes=1_000_000)
        bundles += merging.bundles_of(anna, tmp_path / "in")
    assert len(bundles) >= 3
    with boss.open() as project:
        merging.trust(project, anna)
    key_file = quick_key_file(boss.keys, tmp_path / "keys.veldwerkkeys", PASSPHRASE)
    pristine = tmp_path / "pristine"
    subprocess.run(["cp", "-a", str(boss.data), str(pristine)], check=True)

    with boss.open() as project:  # what an uninterrupted import gives
        outcomes = inbox.import_files(project, boss.keys, bundles)
        assert {o.status for o in outcomes} == {"imported"}
        expected = merging.content(project)
    assert len(expected["note"]) == 12

    env = {**os.environ, "VELDWERK_PASSPHRASE": PASSPHRASE, "TMPDIR": str(system_temp),
           "XDG_CACHE_HOME": str(cache)}
    rng = random.Random(20261206)
    left_behind = 0
    for _kill in range(KILLS):
        subprocess.run(["rm", "-rf", str(boss.data)], check=True)
        subprocess.run(["cp", "-a", str(pristine), str(boss.data)], check=True)
        process = subprocess.Popen(
            [sys.executable, "-m", "veldwerk", "--data-dir", str(boss.data), "inbox", "import",
             *map(str, bundles), "--identity", str(key_file)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        # A random moment after the first bundle is being unpacked (before that, there
        # is nothing to leave behind).
        deadline = time.monotonic() + 60
        while process.poll() is None and time.monotonic() < deadline and not any(
                folder.is_dir() and any(folder.iterdir()) for folder in (private, system_temp)):
            time.sleep(0.005)
        time.sleep(rng.uniform(0.0, 0.6))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)

        assert plain_leftovers(system_temp) == [], "never in the system's temporary folder"
        left = plain_leftovers(private) if private.is_dir() else []
        left_behind += bool(left)
        if private.is_dir():
            assert all(os.stat(p).st_mode & 0o077 == 0 for p in [private, *private.iterdir()])
        # The next start (any command) sweeps what the killed one left unpacked.
        assert cli.main(["--data-dir", str(boss.data), "inbox", "list", "--json"]) == 0
        assert not list(private.iterdir()), "swept at the next start"
        with boss.open() as project:  # the project's own database holds the notes, of course
            assert plain_leftovers(project.folder, by_content=False) == [], \
                "none in the project folder after the next open"
            inbox.import_files(project, boss.keys, bundles)
            assert merging.content(project) == expected, "the same as without a kill"
    assert left_behind, "no kill came while a bundle was unpacked: the test proved nothing"
