"""Secrets and a laptop's data on disk (POSIX): the key file and the recovery sheet are
0600 from their first byte, a laptop's data folder and projects are 0700/0600, a team
database's folder keeps the group's permissions; bundles unpack in a private folder that
outlives no process: swept at every start and by an erasure, never while in use."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.quick_keys import age_scrypt_encrypt
from veldwerk import cli, unpack
from veldwerk.bundle import keys as keymod

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")
PASSPHRASE = "vier woorden als zin"


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_keys_and_sheet_are_private_from_the_first_byte(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    old = os.umask(0o022)  # as a desktop session has it: new files 0644
    chmods: list[str] = []
    real_chmod = os.chmod
    monkeypatch.setattr(os, "chmod", lambda path, *a, **k: (
        chmods.append(str(path)), real_chmod(path, *a, **k))[-1])
    monkeypatch.setenv("VELDWERK_PASSPHRASE", PASSPHRASE)
    # A real age file, at a low scrypt work factor: this test is about modes, not scrypt.
    monkeypatch.setattr(keymod.pyrage.passphrase, "encrypt", age_scrypt_encrypt)
    key_file, sheet = tmp_path / "keys.veldwerkkeys", tmp_path / "papers" / "sheet.txt"
    sheet.parent.mkdir()
    try:
        assert cli.main(["keys", "new", "--out", str(key_file), "--sheet", str(sheet)]) == 0
        assert (mode(key_file), mode(sheet)) == (0o600, 0o600)
        assert not {str(key_file), str(sheet)} & set(chmods), "made 0600, not changed after"
        said = capsys.readouterr().out
        assert str(sheet) in said and "plain text" in said and "delete the file" in said
        assert "AGE-SECRET-KEY-1" in sheet.read_text()
        assert keymod.load_coordinator_keys(key_file, PASSPHRASE).age_public in said
        assert not list(tmp_path.glob("*.recovery.txt")), "only where it was asked for"

        device_key = keymod.device_signing_key(tmp_path / "data")
        assert device_key is not None
        assert mode(tmp_path / "data" / keymod.DEVICE_KEY) == 0o600
        assert mode(tmp_path / "data" / "keys") == 0o700
        assert str(tmp_path / "data" / keymod.DEVICE_KEY) not in chmods
    finally:
        os.umask(old)


def test_keys_that_cannot_be_written_or_lack_their_sheet_are_not_made(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A key file in a folder that is not there is said in words; a sheet that cannot be
    written takes the key file away again (keys nobody could restore), so the same
    command with a good sheet then works."""
    monkeypatch.setenv("VELDWERK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(keymod.pyrage.passphrase, "encrypt", age_scrypt_encrypt)
    key_file = tmp_path / "keys.veldwerkkeys"
    assert cli.main(["keys", "new", "--out", str(tmp_path / "nowhere" / "k")]) == 2
    said = capsys.readouterr()
    assert "could not be written" in said.err and "Traceback" not in said.err + said.out
    assert cli.main(["keys", "new", "--out", str(key_file), "--sheet",
                     str(tmp_path / "nowhere" / "sheet.txt")]) == 2
    said = capsys.readouterr()
    assert "No keys were made" in said.err and "Keys made" not in said.out
    assert not key_file.exists()
    assert cli.main(["keys", "new", "--out", str(key_file), "--sheet",
                     str(tmp_path / "sheet.txt")]) == 0


def test_a_laptops_data_folder_is_its_own(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        data = tmp_path / "data"
        assert cli.main(["--data-dir", str(data), "project", "new", "Buurt",
                         "--keep-until", "2030-12-31"]) == 0
        assert os.umask(0o022) == 0o022, "the umask is put back after the command"
        (folder,) = (data / "projects").iterdir()
        assert {mode(p) for p in (data, data / "projects", folder)} == {0o700}
        assert {mode(p) for p in folder.rglob("*") if p.is_file()} == {0o600}
        assert mode(data / "device.json") == 0o600

        data.chmod(0o755)  # a folder from an older Veldwerk
        assert cli.main(["--data-dir", str(data), "projects"]) == 0
        assert mode(data) == 0o700

        # A folder the coordinators of a team database share keeps the group's permissions.
        shared = tmp_path / "team"
        shared.mkdir()
        shared.chmod(0o2770)
        (shared / "device.json").write_text('{"id": "d", "name": "n"}')
        (shared / "settings.ini").write_text(
            "[team]\ndatabase=postgresql://nobody@127.0.0.1:1/veldwerk\n")
        assert cli.main(["--data-dir", str(shared), "projects"]) == 0
        assert mode(shared) == 0o2770
    finally:
        os.umask(old)


HOLD = """
import sys, time
from veldwerk import unpack
with unpack.folder() as folder:
    (folder / "changes.jsonl").write_text("Notities bij Riet")
    print(folder, flush=True)
    time.sleep(60)
"""


def _holder(env: dict[str, str]) -> tuple[subprocess.Popen[str], Path]:
    process = subprocess.Popen([sys.executable, "-c", HOLD], stdout=subprocess.PIPE, text=True,
                               env=env)
    assert process.stdout is not None
    return process, Path(process.stdout.readline().strip())


def test_the_private_folder_is_swept_when_its_process_is_gone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, project) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "unpack"
    monkeypatch.setenv(unpack.ENV_ROOT, str(root))
    env = {**os.environ, unpack.ENV_ROOT: str(root), "PYTHONPATH": os.pathsep.join(sys.path)}
    live, in_use = _holder(env)
    try:
        assert in_use.parent == root and mode(root) == 0o700 and mode(in_use) == 0o700
        with unpack.folder() as mine:
            assert mode(mine) == 0o700
            assert unpack.sweep() == 0, "a folder in use, this process's or another's, stays"
            assert in_use.is_dir() and mine.is_dir()
        assert not mine.exists(), "removed on the way out"
        with pytest.raises(RuntimeError), unpack.folder() as failing:
            raise RuntimeError("an import that fails")
        assert not failing.exists(), "removed on an exception too"
    finally:
        live.send_signal(signal.SIGKILL)
        live.wait()
    assert (in_use / "changes.jsonl").exists(), "a kill leaves it"
    assert cli.main(["--data-dir", str(project.data_folder), "projects"]) == 0
    assert not in_use.exists(), "the next start sweeps it"

    dead, left = _holder(env)
    dead.send_signal(signal.SIGKILL)
    dead.wait()
    from veldwerk.consent import erasure

    erasure.finish(project, erasure.Erased())
    assert not left.exists(), "an erasure sweeps it"
