"""Joining a project and exporting bundles: project files, code blocks, the coordinator's
tables read-only on a laptop, bundles that chain, carry each change once, open with age,
validate with bagit, and refuse tampering."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import tarfile
from pathlib import Path

import pyrage
import pytest
from sqlalchemy import text

from tests.components import missing
from tests.helpers import merging
from tests.helpers import team as teams
from veldwerk import guides, notes, participants, projects
from veldwerk.bundle import export, opening, projectfile
from veldwerk.bundle import keys as keymod
from veldwerk.consent import templates, withdrawal
from veldwerk.errors import ReferenceLocked, SyncError
from veldwerk.store import backup


def log_of(project) -> list[tuple[int, str | None]]:  # type: ignore[no-untyped-def]
    with project.session() as s:
        return [tuple(r) for r in s.execute(text(
            "SELECT seq, bundle_id FROM change_log WHERE device_id = :d ORDER BY seq"),
            {"d": project.device.id})]


def test_two_laptops_join_and_mint_codes_that_cannot_collide(tmp_path: Path) -> None:
    boss, (anna, bram) = teams.team(tmp_path)
    assert anna.entry.id == bram.entry.id == boss.entry.id, "the coordinator's project id"
    with boss.open() as project, project.session() as s:
        theirs = {r[0]: r[1] for r in s.execute(text("SELECT id, change_seq FROM guide"))}
    codes = []
    for laptop in (anna, bram):
        with laptop.open() as project:
            with project.session() as s:
                mine = {r[0]: r[1] for r in s.execute(text("SELECT id, change_seq FROM guide"))}
                assert mine == theirs, "rows as they are, with their versions"
                assert s.execute(text("SELECT count(*) FROM change_log")).scalar() == 0, (
                    "the coordinator's rows are not this laptop's changes")
            for _ in range(3):
                teams.field_work(project)
            with project.session() as s:
                codes += [p.code for p in participants.active(s)]
    assert codes == ["ELS-101", "ELS-102", "ELS-103", "ELS-201", "ELS-202", "ELS-203"]
    assert anna.me.id != bram.me.id


def test_the_coordinators_tables_are_read_only_after_joining(tmp_path: Path) -> None:
    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        with project.session() as s:
            guide = guides.current_guides(s)[0]
            assert templates.ensure_defaults(s, project.folder.name) == []
        with pytest.raises(ReferenceLocked, match="coordinator"):
            project.run(lambda s: guides.save_guide(s, guide.id, "Anders", [
                guides.TopicDraft("Iets", "Vraag?")]))
    with boss.open() as project:  # the coordinator's own copy changes as always
        project.run(lambda s: guides.save_guide(s, guide.id, "Anders", [
            guides.TopicDraft("Iets", "Vraag?")]))


def _resign(path: Path, keys: keymod.CoordinatorKeys, change) -> Path:  # type: ignore[no-untyped-def]
    document = json.loads(path.read_text())
    change(document["payload"])
    document["signature"] = keys.sign(projectfile.canonical(document["payload"])).hex()
    out = path.with_name("changed-" + path.name)
    out.write_text(json.dumps(document))
    return out


def test_a_changed_damaged_or_foreign_project_file_is_refused(tmp_path: Path) -> None:
    boss = teams.coordinator(tmp_path)
    good = boss.project_file("Anna de Boer", tmp_path / "anna.veldwerkproject")
    document = json.loads(good.read_text())
    document["payload"]["code_block"] = "1-99999"  # a greedy edit, signature left as it was
    (tmp_path / "edited.veldwerkproject").write_text(json.dumps(document))
    (tmp_path / "cut.veldwerkproject").write_bytes(good.read_bytes()[:500])
    (tmp_path / "other.veldwerkproject").write_text('{"format": "something else"}')
    newer = _resign(good, boss.keys, lambda p: p.update(schema="9999"))
    data = tmp_path / "laptop"
    me = teams.device(data)
    for name, why in [("edited", "not signed by the key"), ("cut", "cut short"),
                      ("other", "another kind of file"), (newer.stem, "newer Veldwerk")]:
        with pytest.raises(SyncError, match=why):
            projectfile.join(data, me, tmp_path / f"{name}.veldwerkproject")
        assert not list(projects.projects_root(data).glob("*")), "nothing was made"

    projectfile.join(data, me, good)
    impostor = teams.keymod.new_coordinator_keys()
    foreign = _resign(good, impostor, lambda p: p["coordinator"].update(
        signing=impostor.signing_public))
    with pytest.raises(SyncError, match="another key"):
        projectfile.join(data, me, foreign)
    bram = boss.project_file("Bram Smit", tmp_path / "bram.veldwerkproject")
    with pytest.raises(SyncError, match="as Anna de Boer"):
        projectfile.join(data, me, bram)
    older = _resign(good, boss.keys, lambda p: p.update(issued_at="2020-01-01T00:00:00+00:00"))
    with pytest.raises(SyncError, match="older"):
        projectfile.join(data, me, older)
    again = boss.project_file("Anna de Boer", tmp_path / "anna2.veldwerkproject")
    assert projectfile.join(data, me, again).updated
    with projects.open_project(projects.projects_root(data) / boss.entry.id, me) as project, \
            project.session() as s:
        assert str(participants.code_block(s)) == "101-200", "the same block every time"


def decrypt(path: Path, keys: keymod.CoordinatorKeys, into: Path) -> Path:
    """The bag as a folder, unpacked by plain tools (no Veldwerk code)."""
    plain = pyrage.decrypt(path.read_bytes(), [keys.age])
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        tar.extractall(into, filter="data")
    return next(into.iterdir())


def test_a_bundle_opens_with_age_and_validates_with_bagit(tmp_path: Path) -> None:
    import bagit

    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        teams.field_work(project, audio_bytes=300_000)
        made = export.export(project)
        entries = log_of(project)
    assert len(made) == 1 and made[0].media == 1, "the Opus copy goes, the WAV stays"
    assert {b for _s, b in entries} == {made[0].id}
    folder = decrypt(made[0].file, boss.keys, tmp_path / "plain")
    bag = bagit.Bag(str(folder))
    bag.validate()
    assert bag.info["Veldwerk-Sequence-After"] == "0"
    assert bag.info["Veldwerk-Sequence-Through"] == str(entries[-1][0])
    assert bag.info["Veldwerk-Member-Name"] == "Anna de Boer"
    lines = [json.loads(x) for x in (folder / "data" / "changes.jsonl").read_text().splitlines()]
    assert [e["sequence"] for e in lines] == [s for s, _b in entries]
    index = [json.loads(x) for x in (folder / "data" / "media-index.jsonl").read_text()
             .splitlines()]
    assert sorted(i["where"] for i in index) == ["kept on the laptop", "this bundle"]

    age = shutil.which("age")
    if age is None:
        missing("age (Debian: age)", "the age command is not installed")
    key = tmp_path / "identity.txt"
    key.write_text(str(boss.keys.age) + "\n")
    result = subprocess.run([age, "-d", "-i", str(key), str(made[0].file)],
                            capture_output=True, check=True)
    with tarfile.open(fileobj=io.BytesIO(result.stdout)) as tar:
        assert tar.getnames()[0].startswith(made[0].id)


def test_bundles_chain_and_carry_each_change_once(tmp_path: Path) -> None:
    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        first_interview = teams.field_work(project, "Eerste", audio_bytes=50_000)
        first = export.export(project)
        assert export.export(project) == [], "nothing new: no bundle"
        from veldwerk import notes

        project.run(lambda s: notes.save_note(s, first_interview, None, "later aangevuld"))
        teams.field_work(project, "Tweede")
        second = export.export(project)
    seen: dict[int, str] = {}
    for made in (*first, *second):
        with opening.open_bundle(made.file, boss.keys) as opened:
            for entry in opened.entries:
                assert entry["sequence"] not in seen, "each change travels once"
                seen[entry["sequence"]] = made.id
            info = opened.info
            media = [p.name for p in opened.media]
        if made in second:
            assert info["Veldwerk-Previous-Bundle"] == first[0].id
            assert int(info["Veldwerk-Sequence-After"]) == max(
                s for s, b in seen.items() if b == first[0].id)
            assert media == [], "the recording went with the first bundle"
    assert set(seen.values()) == {first[0].id, second[0].id}


def test_media_over_the_size_limit_go_in_parts(tmp_path: Path) -> None:
    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        for n in range(3):
            teams.field_work(project, f"Gesprek {n}", audio_bytes=120_000)
        made = export.export(project, part_limit=200_000)
    assert [(m.part, m.parts) for m in made] == [(1, 3), (2, 3), (3, 3)]
    assert made[0].entries > 0 and made[1].entries == made[2].entries == 0
    assert sum(m.media for m in made) == 3
    with opening.open_bundle(made[2].file, boss.keys) as opened:
        assert opened.entries == [] and len(opened.media) == 1
        assert opened.info["Veldwerk-Bundle-Group"] == made[0].id


def test_a_take_still_being_recorded_waits(tmp_path: Path) -> None:
    _boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        interview = teams.field_work(project, audio_bytes=1000)
        project.run(lambda s: s.execute(text(  # as if the recorder were still writing it
            "UPDATE recording SET state = 'recording' WHERE interview_id = :i"),
            {"i": interview}))
        (made,) = export.export(project)
        with project.session() as s:
            waiting = s.execute(text(
                "SELECT table_name FROM change_log WHERE bundle_id IS NULL")).scalars().all()
    assert waiting == ["recording"] and made.media == 0 and made.entries > 0


def test_what_waited_goes_in_the_next_bundle_inside_its_range(tmp_path: Path) -> None:
    """A take that waited while a later bundle went takes numbers above that bundle's
    range (the coordinator refuses a change outside it), in its row too, and both bundles
    go in."""
    from veldwerk.merge import inbox

    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        interview = teams.field_work(project, audio_bytes=1000)
        project.run(lambda s: s.execute(text(
            "UPDATE recording SET state = 'recording' WHERE interview_id = :i"),
            {"i": interview}))
        project.run(lambda s: notes.save_note(s, interview, None, "Na de opname"))  # later
        (first,) = export.export(project)
        project.run(lambda s: s.execute(text(  # the take ends; its entry kept its number
            "UPDATE recording SET state = 'done' WHERE interview_id = :i"), {"i": interview}))
        (second,) = export.export(project)
        with project.session() as s:
            (change_seq,) = s.execute(text("SELECT change_seq FROM recording")).one()
    with opening.open_bundle(second.file, boss.keys) as opened:
        after = int(opened.info["Veldwerk-Sequence-After"])
        (entry,) = opened.entries
        assert entry["table"] == "recording" and entry["sequence"] > after
        assert entry["row"]["change_seq"] == entry["sequence"] == change_seq
    with boss.open() as project:
        merging.trust(project, anna)
        outcomes = inbox.import_files(project, boss.keys, [first.file, second.file])
    assert sorted(o.status for o in outcomes if o.file in (first.file.name,
                                                           second.file.name)) == [
        "imported", "imported"], [o.reason for o in outcomes]


def test_a_changed_foreign_or_hostile_bundle_is_refused(tmp_path: Path) -> None:
    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        teams.field_work(project)
        (made,) = export.export(project)
    flipped = tmp_path / "flipped.age"
    data = bytearray(made.file.read_bytes())
    data[-40] ^= 0x01
    flipped.write_bytes(bytes(data))
    with pytest.raises(SyncError, match="changed after it was made"), \
            opening.open_bundle(flipped, boss.keys):
        pass
    with pytest.raises(SyncError, match="another coordinator"), \
            opening.open_bundle(made.file, keymod.new_coordinator_keys()):
        pass
    # Re-packed by someone with the coordinator's public key: a changed row, a file
    # that would land outside the bag. The signature or the unpacking refuses.
    folder = decrypt(made.file, boss.keys, tmp_path / "plain")
    changes = folder / "data" / "changes.jsonl"
    changes.write_text(changes.read_text().replace("Notities", "Vervalst"))
    for extra in (None, "../../evil.txt"):
        buffer = io.BytesIO()
        with tarfile.open(fileobj=buffer, mode="w") as tar:
            tar.add(folder, arcname=folder.name)
            if extra:
                info = tarfile.TarInfo(extra)
                info.size = 4
                tar.addfile(info, io.BytesIO(b"evil"))
        forged = tmp_path / "forged.age"
        forged.write_bytes(pyrage.encrypt(buffer.getvalue(), [boss.keys.age.to_public()]))
        with pytest.raises(SyncError, match=r"changed|outside the bundle"), \
                opening.open_bundle(forged, boss.keys):
            pass
        assert not (tmp_path / "evil.txt").exists()


def test_a_restored_backup_does_not_hand_out_sent_numbers_again(tmp_path: Path) -> None:
    _boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        teams.field_work(project, "Voor de back-up")
        backup.make_backup(project.path, project.backups, "test")
        in_backup = {s for s, _b in log_of(project)}
        teams.field_work(project, "Na de back-up")
        export.export(project)
        sent = max(s for s, _b in log_of(project))
    saved = next(b for b in backup.backups(anna.entry.folder / "backups") if "test" in b.name)
    projects.restore_backup(anna.entry.folder, saved)
    with anna.open() as project:
        assert {s for s, _b in log_of(project)} == in_backup, "the log rolled back"
        teams.field_work(project, "Na het terugzetten")
        fresh = {s for s, _b in log_of(project)} - in_backup
    assert fresh and min(fresh) > sent, "numbering goes on above the last bundle"


def test_an_erasure_makes_undelivered_bundles_again_without_the_person(tmp_path: Path) -> None:
    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        teams.field_work(project, "Bij Riet", audio_bytes=20_000)
        (made,) = export.export(project)
        old_bytes = made.file.read_bytes()
        with project.session() as s:
            code = participants.active(s)[0].code
        withdrawal.erase(project, code, "belde op", "Anna de Boer")
        assert not made.file.exists() or made.file.read_bytes() != old_bytes
        (again,) = export.build_pending(project)
        assert again.id == made.id, "it never left the laptop: same id, made again"
        later = export.export(project)  # the erasure's own tombstones
    with opening.open_bundle(again.file, boss.keys) as opened:
        assert opened.media == [] and not [e for e in opened.entries
                                           if e["table"] in ("participant", "note")]
    with opening.open_bundle(later[0].file, boss.keys) as opened:
        assert {e["operation"] for e in opened.entries} >= {"erase"}


def test_a_project_file_with_a_non_age_key_is_refused(tmp_path: Path) -> None:
    boss = teams.coordinator(tmp_path)
    good = boss.project_file("Anna de Boer", tmp_path / "anna.veldwerkproject")
    odd = _resign(good, boss.keys, lambda p: p["coordinator"].update(age="ssh-ed25519 AAAA"))
    with pytest.raises(SyncError, match="not an age public key"):
        projectfile.join(tmp_path / "laptop", teams.device(tmp_path / "laptop"), odd)


def test_a_changed_or_foreign_file_from_the_coordinator_is_refused(tmp_path: Path) -> None:
    from veldwerk.sync import downstream

    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    mine = {"signing": boss.keys.signing_public, "age": boss.keys.age_public}
    with boss.open() as project, project.session() as s:
        name, data = downstream.make_update(boss.keys, boss.entry.id,
                                            projectfile.reference_rows(s))
    assert downstream.read(data, name, mine, boss.entry.id)[0] == downstream.UPDATE
    document = json.loads(data)
    document["payload"]["rows"][0]["row"]["name"] = "Ander project"
    with pytest.raises(SyncError, match="not signed by the key"):
        downstream.read(json.dumps(document).encode(), name, mine, boss.entry.id)
    with pytest.raises(SyncError, match="another project"):
        downstream.read(data, name, mine, "01a2-elsewhere")
    with pytest.raises(SyncError, match="not a file from the coordinator"):
        downstream.read(b"<html>login</html>", name, mine, boss.entry.id)
    assert anna.entry.id == boss.entry.id
