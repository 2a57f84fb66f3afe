"""The coordinator's commands as a hurried user meets them: run on a laptop, given the
wrong file for the key file, a share whose password is wrong, an erasure that waits for
the keys. Each says what happened and what to do, with exit code 2 where nothing was
done."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import team as teams
from tests.helpers.quick_keys import quick_key_file
from tests.helpers.webdav import COORDINATOR, USER, webdav
from tests.realapp import veldwerk
from veldwerk.sync import routes
from veldwerk.sync.target import WEBDAV, Target

PASSPHRASE = "vier woorden als zin"


def test_the_coordinators_commands_say_where_they_belong(tmp_path: Path) -> None:
    with webdav(tmp_path / "share") as server:
        (server.root / "inbox").mkdir()
        share = Target(WEBDAV, server.url + "inbox/", USER)
        boss = teams.coordinator(tmp_path)
        project_file = boss.project_file("Anna de Boer", tmp_path / "anna.veldwerkproject",
                                         share)
        anna = teams.join(tmp_path, "anna", project_file)
        for command in (("devices", "list"), ("inbox", "list"), ("delivery", "list"),
                        ("devices", "approve", "abcdef12"), ("devices", "skip", "abcdef12")):
            done = veldwerk(anna.data, *command)
            assert done.returncode == 2, (command, done.stdout, done.stderr)
            assert "coordinator's command" in done.stderr and "laptop's" in done.stderr
            assert "Traceback" not in done.stderr
        key_file = quick_key_file(boss.keys, tmp_path / "keys", PASSPHRASE)
        secret = {"VELDWERK_PASSPHRASE": PASSPHRASE}
        mixed_up = veldwerk(boss.data, "inbox", "import", "--identity", str(project_file),
                            env=secret)
        assert mixed_up.returncode == 2
        assert "anna.veldwerkproject is not a Veldwerk key file" in mixed_up.stderr
        assert "passphrase" not in mixed_up.stderr, "not told to check a passphrase"
        with boss.open() as project:
            project.run(lambda s: routes.set_login(s, share.location, COORDINATOR))
        locked_out = veldwerk(boss.data, "inbox", "import", "--from-share", "--identity",
                              str(key_file), env={**secret, "VELDWERK_WEBDAV_PASSWORD": "nope"})
        assert locked_out.returncode == 2, "a share not read is not a success"
        assert "No bundles were fetched" in locked_out.stdout
        assert "No bundles to import" not in locked_out.stdout
        with boss.open() as project:
            teams.field_work(project, "Bij de coördinator")
        (person,) = [json.loads(line) for line in veldwerk(
            boss.data, "participants", "--json").stdout.splitlines()]
        code = person["code"]
        erased = veldwerk(boss.data, "withdraw", code, "--erase", "--reason", "Gevraagd")
        assert erased.returncode == 0, erased.stderr
        assert "once answers go out with your keys" in erased.stdout


def test_a_wrong_passphrase_names_the_way_back(tmp_path: Path) -> None:
    boss = teams.coordinator(tmp_path)
    key_file = quick_key_file(boss.keys, tmp_path / "keys", PASSPHRASE)
    wrong = veldwerk(boss.data, "inbox", "import", "--identity", str(key_file),
                     env={"VELDWERK_PASSPHRASE": "niet de goede zin"})
    assert wrong.returncode == 2 and "passphrase does not open" in wrong.stderr
    assert "veldwerk keys restore" in wrong.stderr
