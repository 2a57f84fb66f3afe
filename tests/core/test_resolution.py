"""A resolved conflict travels back: two laptops edit one note, the coordinator writes the
two together, the laptops take that version as their own and base; one that edited again
meanwhile keeps its text and clashes again at the coordinator. Also: ids taken by their
start or end, the word-level difference, who made each side, and a resolution file that
does not fit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import text

from tests.helpers import merging
from tests.helpers import team as teams
from veldwerk import notes
from veldwerk.ids import matching, short_ids, uuid7
from veldwerk.merge import answers, decisions, inbox
from veldwerk.merge.apply import current
from veldwerk.merge.difference import ADDED, REMOVED, SAME, Span, marked, word_diff
from veldwerk.store import rows
from veldwerk.sync import downstream, resolved, run
from veldwerk.sync.target import FOLDER, Target


def test_an_id_is_taken_by_its_start_or_its_end_and_lists_show_a_unique_end() -> None:
    made = [uuid7() for _ in range(50)]  # made together: long shared starts
    short = short_ids(made)
    assert all(len(s) >= 8 for s in short.values())
    assert all(matching(short[i], made) == [i] for i in made), "each short end names one"
    assert matching(made[3][:30].upper(), made) == [made[3]], "a start, in any case"
    assert len(matching(made[3][:8], made)) > 1, "a shared start names several"
    assert matching("", made) == [] and matching("zzz", made) == []


def test_the_difference_is_marked_word_by_word() -> None:
    spans = word_diff("Riet woont hier al lang", "Riet woont hier sinds 1970")
    assert spans == [Span(SAME, "Riet woont hier "), Span(REMOVED, "al lang"),
                     Span(ADDED, "sinds 1970")]
    assert marked(spans) == "Riet woont hier [-al lang-]{+sinds 1970+}"
    assert marked(word_diff(None, "nieuw")) == "{+nieuw+}"


def _shares_note(anna: teams.Laptop, bram: teams.Laptop, interview: str) -> str:
    """Bram's laptop holds Anna's interview and note too (as a laptop restored from a
    colleague's copy would): written as they came, not logged."""
    with anna.open() as project, project.session() as s:
        found = {t: current(s, rows.table_of(t), i) for t, i in (
            ("interview", interview),
            ("note", s.execute(text("SELECT id FROM note WHERE interview_id = :i"),
                               {"i": interview}).scalar()))}
    with bram.open() as project:
        def write(s: Any) -> None:
            rows.defer_foreign_keys(s)
            for table, row in found.items():
                rows.upsert(s, table, [row])
        project.run(write)
    return str(found["note"]["id"])


def _edit(laptop: teams.Laptop, interview: str, words: str) -> None:
    with laptop.open() as project:
        project.run(lambda s: notes.save_note(s, interview, None, words))


def _import(boss: teams.Coordinator, *laptops: teams.Laptop, out: Path) -> list[Any]:
    """Each laptop's new bundle in, in this order (a new laptop let in as it comes)."""
    done = []
    with boss.open() as project:
        for laptop in laptops:
            for file in merging.bundles_of(laptop, out):
                done += [o for o in inbox.import_files(project, boss.keys, [file])
                         + merging.approve_all(project, boss.keys) if o.status == "imported"]
    return done


def _note_row(project: Any, note_id: str) -> dict[str, Any]:
    with project.session() as s:
        found = current(s, rows.table_of("note"), note_id)
    assert found is not None
    return found


def test_a_resolution_reaches_the_laptops_and_becomes_their_base(
        tmp_path: Path, coordinator_store: str, capsys: Any) -> None:
    """On the coordinator's own file and on a team database."""
    share = tmp_path / "share"
    share.mkdir()
    boss, (anna, bram) = teams.team(tmp_path, Target(FOLDER, str(share)))
    with anna.open() as project:
        interview = teams.field_work(project)
    _import(boss, anna, out=tmp_path / "in1")
    note = _shares_note(anna, bram, interview)
    _edit(anna, interview, "Riet woont hier al lang")
    _edit(bram, interview, "Riet woont hier sinds 1970")
    _import(boss, anna, bram, out=tmp_path / "in2")
    with boss.open() as project:
        with project.session() as s:
            (conflict,) = decisions.conflicts(s)
        assert (conflict.ours_by.member, conflict.theirs_by.member) == (
            "Anna de Boer", "Bram Smit"), "who made each side"
        assert conflict.theirs_by.when and not conflict.ours_by.here
        assert "[-al lang-]{+sinds 1970+}" in conflict.describe()
        assert conflict.field_names() == ["Text"]
        project.run(lambda s: decisions.resolve(s, conflict.short_id, project.device.id,
                                                merged_text="Riet woont hier sinds 1970"))
        chosen = _note_row(project, note)
        assert chosen["change_device"] == project.device.id
        assert answers.answer(project, boss.keys, []).problem == ""
    sealed = list((share / downstream.RECEIPTS_FOLDER).rglob("resolution-*.json"))
    assert len(sealed) == 2, "one file for each laptop that held the note"
    assert all(b"sinds 1970" not in f.read_bytes() for f in sealed), "sealed on the share"
    _edit(bram, interview, "Riet woont hier sinds 1970, zegt ze")  # before it arrives
    with bram.open() as project:
        assert run.sync_once(project).applied.refused == []
    assert "Conflicts the coordinator resolved: 1 record took the chosen version." in (
        _cli(anna, capsys, "sync")), "counted in words, once"
    with anna.open() as project:
        here = _note_row(project, note)
        assert here["text"] == "Riet woont hier sinds 1970"
        assert (here["change_device"], here["change_seq"]) == (
            chosen["change_device"], chosen["change_seq"]), "the coordinator's version"
        with project.session() as s:
            assert s.execute(text("SELECT count(*) FROM change_log WHERE row_id = :n AND "
                                  "bundle_id IS NULL"), {"n": note}).scalar() == 0, (
                "not logged as the laptop's own change")
    with bram.open() as project:
        assert _note_row(project, note)["text"] == "Riet woont hier sinds 1970, zegt ze"
    _edit(anna, interview, "Riet woont hier sinds 1970. Ze blijft.")
    (plain,) = _import(boss, anna, out=tmp_path / "in3")
    assert (plain.counts.applied, plain.counts.conflicts) == (1, 0), "a plain update"
    (again,) = _import(boss, bram, out=tmp_path / "in4")
    assert again.counts.waiting == 1, "an edit made meanwhile is weighed, not lost"
    with boss.open() as project:
        assert _note_row(project, note)["text"] == "Riet woont hier sinds 1970. Ze blijft."
        with project.session() as s:
            (conflict,) = decisions.conflicts(s)
        assert conflict.theirs["text"] == "Riet woont hier sinds 1970, zegt ze"
        assert conflict.kind == "foreign", "Anna's note: Bram's change waits for a person"
        assert answers.answer(project, boss.keys, [again]).problem == ""
    said = _cli(bram, capsys, "sync")
    assert "News of changes of records that are not this laptop's: 1 wait" in said
    assert "News of" not in _cli(bram, capsys, "sync"), "said once, not at every sync"
    assert "Change " in _cli(bram, capsys, "changes", "--coordinator"), "the list keeps it"
    assert "none waits for it or was refused" in _cli(anna, capsys, "changes", "--coordinator")


def _cli(laptop: teams.Laptop, capsys: Any, *args: str) -> str:
    """The laptop's command, as a person types it; what it printed."""
    from veldwerk.cli import main

    capsys.readouterr()
    assert main(["--data-dir", str(laptop.data), "--lang", "en", *args]) == 0
    return str(capsys.readouterr().out)


def test_a_resolution_that_does_not_fit_is_refused_with_a_reason(tmp_path: Path) -> None:
    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        key = __import__("veldwerk.bundle.keys", fromlist=["x"])
        mine = key.public_text(key.device_signing_key(anna.data).public_key())
        items = [{"table": "note", "ids": ["not-here"], "row": {"id": "not-here",
                  "change_device": "x", "change_seq": 1}, "replaces": []},
                 {"table": "guide", "ids": ["g"], "row": {"change_device": "x",
                                                          "change_seq": 1}, "replaces": []},
                 {"table": "note"}, "nonsense"]
        found = []
        for payload_items in (items, None):
            name, data = downstream.make_resolution(boss.keys, boss.entry.id, anna.me.id,
                                                    [mine], payload_items)  # type: ignore[arg-type]
            kind, payload = downstream.read(data, name, {"signing": boss.keys.signing_public},
                                            boss.entry.id)
            result = downstream.Applied()
            downstream.apply(project, kind, payload, result)
            found.append(result.refused)
        assert len(found[0]) == 4 and "not on this laptop" in found[0][0]
        assert "guide" in found[0][1]
        assert found[1] == [resolved._unused("it could not be read")]
