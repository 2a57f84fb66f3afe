"""Project › Inbox…: a bundle kept for a cause that passes (here: made by a newer
Veldwerk) says so in its row, and "Try again now" takes it in once the cause is gone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.core.test_inbox_hostile import seal, signing_key, unseal
from tests.helpers import merging
from tests.helpers import team as teams
from tests.ui.conftest import make_context
from ui.merge.inbox_dialog import InboxDialog
from veldwerk.store import migrate


def test_a_kept_bundle_goes_in_with_try_again_now(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        teams.field_work(project, "Later")
    (good,) = merging.bundles_of(anna, tmp_path / "good")
    plain = unseal(boss, good)
    newer = seal(boss, plain.with_info(External_Identifier=plain.field("External-Identifier"),
                                       Veldwerk_Schema="9999"),
                 signing_key(anna), tmp_path / "newer" / good.name)
    with boss.open() as project:
        merging.trust(project, anna)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(
        lambda *_a, **_k: ([str(newer)], "")))
    context = make_context(boss.entry, boss.me, boss.data)
    dialog = InboxDialog(context)
    qtbot.addWidget(dialog)
    try:
        dialog.keys = boss.keys  # opened with "Open keys…" (tests/ui/test_inbox.py)
        dialog.files_button.click()
        qtbot.waitUntil(lambda: dialog.bundles.rowCount() == 1, timeout=30000)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)
        assert dialog.bundles.item(0, 2).text() == "kept, tried again by itself"
        assert "newer Veldwerk" in dialog.bundles.item(0, 5).text()
        dialog.retry_button.click()  # the cause is still there: it stays kept
        qtbot.waitUntil(lambda: not dialog.busy and dialog.rounds == 2, timeout=30000)
        assert dialog.bundles.item(0, 2).text() == "kept, tried again by itself"
        known = migrate.known_revisions()
        monkeypatch.setattr(migrate, "known_revisions", lambda: {*known, "9999"})
        dialog.retry_button.click()
        qtbot.waitUntil(lambda: dialog.rounds == 3, timeout=30000)
        assert dialog.bundles.item(0, 2).text() == "taken in"
        assert f"{newer.name}: imported" in dialog.done_label.text()
    finally:
        qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)
        dialog.close()
        context.close()
