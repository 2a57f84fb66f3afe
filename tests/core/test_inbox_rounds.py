"""Held bundles are opened again only when they can move: a bundle waiting for an
earlier one once its laptop stands where it starts, a quarantined one once a laptop was
let in since. Otherwise every import round (``inbox watch``) would decrypt and unpack
them all again, for nothing: up to the quarantine's quota from anyone holding a project
file, and every bundle of an approved laptop that sends far ahead."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.helpers import merging
from tests.helpers import team as teams
from veldwerk import notes
from veldwerk.bundle import opening
from veldwerk.merge import inbox


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    names: list[str] = []
    real = opening.open_bundle

    def counting(path: Path, *args: Any, **kwargs: Any) -> Any:
        names.append(path.name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(opening, "open_bundle", counting)
    return names


def test_held_bundles_are_opened_again_only_when_they_can_move(
        tmp_path: Path, opened: list[str]) -> None:
    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        interview = teams.field_work(project, "Eerste")
    first = merging.bundles_of(anna, tmp_path / "one")
    with anna.open() as project:
        project.run(lambda s: notes.save_note(s, interview, None, "Later"))
    second = merging.bundles_of(anna, tmp_path / "two")
    with boss.open() as project:
        # Not let in yet: quarantined once, not opened again round after round.
        (outcome,) = inbox.import_files(project, boss.keys, second)
        assert outcome.status == inbox.QUARANTINED
        opened.clear()
        assert inbox.import_files(project, boss.keys, []) == []
        assert inbox.import_files(project, boss.keys, []) == []
        assert opened == [], "a quarantined bundle waits for an approval unopened"
        # Let in: it is opened once, and waits for the first, unopened after that.
        assert [o.status for o in merging.approve_all(project, boss.keys)] == []
        assert opened == [second[0].name]
        opened.clear()
        inbox.import_files(project, boss.keys, [])
        assert opened == [], "a bundle waiting for an earlier one is not opened again"
        # The first comes: both go in.
        outcomes = inbox.import_files(project, boss.keys, first)
        assert [o.status for o in outcomes] == [inbox.IMPORTED, inbox.IMPORTED]


def test_a_round_is_import_then_answer_and_says_it_as_data(tmp_path: Path) -> None:
    """``merge.round.take_in`` is what the commands and the Inbox run: the bundles that
    went in, waited or were refused, the rows applied per table, and the receipt queued
    for the laptop, as data."""
    from veldwerk.merge import decisions
    from veldwerk.merge.round import take_in

    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        interview = teams.field_work(project, "Eerste")
    first = merging.bundles_of(anna, tmp_path / "one")
    with anna.open() as project:
        project.run(lambda s: notes.save_note(s, interview, None, "Later"))
    second = merging.bundles_of(anna, tmp_path / "two")
    junk = tmp_path / "junk.age"
    junk.write_bytes(b"not a bundle")
    with boss.open() as project:
        held = take_in(project, boss.keys, files=[second[0], junk])
        assert [o.file for o in held.waiting()] == [second[0].name], "not let in yet"
        assert [o.file for o in held.refused()] == [junk.name]
        assert held.went_in() == [] and held.tables() == {} and not held.all_in()
        project.run(lambda s: decisions.decide(s, anna.me.id, decisions.APPROVED))
        waiting = take_in(project, boss.keys, held=True)
        assert waiting.outcomes == [], "the second waits for the first, unopened"
        done = take_in(project, boss.keys, files=first)
        assert [o.status for o in done.went_in()] == [inbox.IMPORTED, inbox.IMPORTED]
        assert done.all_in() and done.refused() == []
        changed = done.tables()
        assert changed["interview"] == 1 and changed["participant"] == 1
        assert changed["note"] >= 1
        assert sum(changed.values()) == sum(o.counts.applied for o in done.outcomes)
        receipts = list((project.folder / "answers").rglob("*"))
        assert any(anna.me.id in p.parts for p in receipts), "answered: a receipt waits"
        assert "no place for answers" in done.published.problem, "what publishing found"
