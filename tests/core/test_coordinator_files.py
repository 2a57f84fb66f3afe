"""What travels between the coordinator and the laptops, at its edges: a file in
``from-coordinator/`` is not read when it is far too large, a project file's extra key is
not a second recipient, answers follow a laptop to its new place, and media of a later
part whose part 1 never comes do not stay."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from tests.helpers import merging
from tests.helpers import team as teams
from tests.helpers.webdav import PASSWORD, USER, webdav
from veldwerk.bundle import export, projectfile
from veldwerk.bundle import keys as keymod
from veldwerk.ids import utcnow
from veldwerk.merge import answers, inbox, parts
from veldwerk.store import meta
from veldwerk.sync import downstream, routes, run
from veldwerk.sync.target import FOLDER, WEBDAV, Target

HUGE = 3 * downstream.MAX_SIZE  # sparse, so making it costs nothing


def _huge(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "update-huge.json", "wb") as handle:
        handle.truncate(HUGE)


def _bytes_read() -> int:
    """What this process has read so far (every file and the share's server thread)."""
    io = Path("/proc/self/io")
    if not io.exists():
        pytest.skip("needs Linux's /proc/self/io")
    return int(dict(line.split(": ") for line in io.read_text().splitlines())["rchar"])


def test_a_far_too_large_file_from_the_coordinator_is_not_read(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    _boss, (anna,) = teams.team(tmp_path, Target(FOLDER, str(share)), members=("Anna de Boer",))
    _huge(share / downstream.SHARED_FOLDER)
    with anna.open() as project:
        before = _bytes_read()
        report = run.sync_once(project)
        assert _bytes_read() - before < downstream.MAX_SIZE, "the file was not read"
    assert report.problem == ""
    assert ["far too large" in r for r in report.applied.refused] == [True]


def _no_length(app: Any) -> Any:
    """A share that sends files without Content-Length (chunked)."""
    def wrapped(environ: dict[str, Any], start_response: Any) -> Any:
        def start(status: str, headers: list[tuple[str, str]], *rest: Any) -> Any:
            kept = [(k, v) for k, v in headers if k.lower() != "content-length"]
            return start_response(status, kept, *rest)
        return app(environ, start if environ["REQUEST_METHOD"] == "GET" else start_response)
    return wrapped


@pytest.mark.parametrize("chunked", [False, True])
def test_a_share_cannot_make_a_laptop_read_a_huge_file(tmp_path: Path, chunked: bool,
                                                       monkeypatch: pytest.MonkeyPatch
                                                       ) -> None:
    with webdav(tmp_path / "dav", wrap=_no_length if chunked else None) as server:
        _boss, (anna,) = teams.team(tmp_path, Target(WEBDAV, server.url, USER),
                                    members=("Anna de Boer",))
        _huge(server.root / downstream.SHARED_FOLDER)
        if chunked:  # read up to the limit, then stopped (a small limit keeps it quick)
            monkeypatch.setattr(downstream, "MAX_SIZE", 1 << 20)
        with anna.open() as project:
            before = _bytes_read()
            report = run.sync_once(project, PASSWORD)
            assert _bytes_read() - before < HUGE // 3, "not read whole"
    assert report.problem == ""
    assert ["far too large" in r for r in report.applied.refused] == [True]


def _recipients(bundle: Path) -> int:
    """How many people an age file is sealed to (its header's stanzas)."""
    header = bundle.read_bytes()[:4096].split(b"\n---", 1)[0]
    return sum(line.startswith(b"-> X25519 ") for line in header.splitlines())


def test_an_escrow_key_in_a_project_file_is_not_a_second_recipient(tmp_path: Path) -> None:
    """Nothing makes an escrow key and nobody would be told of it: a file that carries one
    (an edited or older file, still signed by the coordinator) joins, and the key is
    ignored."""
    boss = teams.coordinator(tmp_path)
    file = boss.project_file("Anna de Boer", tmp_path / "anna.veldwerkproject")
    document = json.loads(file.read_text(encoding="utf-8"))
    document["payload"]["coordinator"]["escrow"] = keymod.new_coordinator_keys().age_public
    document["signature"] = boss.keys.sign(projectfile.canonical(document["payload"])).hex()
    file.write_text(json.dumps(document), encoding="utf-8")
    anna = teams.join(tmp_path, "anna", file)
    with anna.open() as project:
        teams.field_work(project)
        with project.session() as s:
            assert "escrow" not in meta.get_json(s, meta.COORDINATOR_KEY)
    (bundle,) = merging.bundles_of(anna, tmp_path / "out")
    assert _recipients(bundle) == 1


def test_answers_follow_a_laptop_to_its_new_place(tmp_path: Path) -> None:
    """Anna's answers went to a folder the coordinator chose (her old stick as mounted
    here); then she gets a project file with a team folder: what she still needs goes
    there with the next publish, not to the old stick."""
    old, stick, new = tmp_path / "old", tmp_path / "stick-here", tmp_path / "team"
    for folder in (old, stick, new):
        folder.mkdir()
    boss, (anna,) = teams.team(tmp_path, Target(FOLDER, str(old)), members=("Anna de Boer",))
    with anna.open() as project:
        teams.field_work(project)
        assert run.sync_once(project).delivered == 1
    with boss.open() as project:
        merging.trust(project, anna)
        taken = inbox.import_files(project, boss.keys, [old])
        project.run(lambda s: routes.choose_folder(s, anna.me.id, stick))
        assert answers.answer(project, boss.keys, taken).problem == ""
    assert list(stick.rglob("receipt-*.json")) and not list(new.rglob("*.json"))
    moved = boss.project_file("Anna de Boer", tmp_path / "anna-2.veldwerkproject",
                              Target(FOLDER, str(new)))
    teams.join(tmp_path, "anna", moved)
    with boss.open() as project:
        published = answers.publish(project)
        assert published.problem == "" and published.sent >= 2
    assert list(new.rglob("receipt-*.json")) and list(new.rglob("update-*.json"))
    with anna.open() as project:
        assert run.sync_once(project).applied.receipted == 1


def test_media_of_a_part_whose_part_one_never_comes_do_not_stay(tmp_path: Path) -> None:
    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        teams.field_work(project, "Eerste", audio_bytes=3000)
        teams.field_work(project, "Tweede", audio_bytes=3000)
        made = export.export(project, part_limit=4000)
    assert [(m.part, m.media) for m in made] == [(1, 1), (2, 1)]
    later = [made[1].file]
    with boss.open() as project:
        merging.trust(project, anna)
        outcomes = inbox.import_files(project, boss.keys, later)
        assert {o.status for o in outcomes} == {"imported"}
        waiting = [p for p in project.media.iterdir() if not p.name.startswith(".")]
        assert waiting, "kept for the rows of part 1, for a while"
        inbox.import_files(project, boss.keys, [])
        assert all(p.exists() for p in waiting), "not yet overdue"

        def backdate(s):  # type: ignore[no-untyped-def]
            held = meta.get_json(s, parts.WAITING_KEY)
            for group in held.values():
                group["since"] = (utcnow() - parts.WAIT - timedelta(hours=1)).isoformat()
            meta.put_json(s, parts.WAITING_KEY, held)
        project.run(backdate)
        inbox.import_files(project, boss.keys, [])
        assert not any(p.exists() for p in waiting), "part 1 never came: they went"
        with project.session() as s:
            assert meta.get_json(s, parts.WAITING_KEY) == {}
            assert s.execute(text("SELECT count(*) FROM recording")).scalar() == 0
