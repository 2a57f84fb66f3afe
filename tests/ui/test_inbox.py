"""Project › Inbox… for the coordinator: open the keys, take in bundles, let a laptop in,
and end a conflict with a merged text; on a laptop the menu item is off."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.helpers import merging
from tests.helpers import team as teams
from tests.ui.conftest import make_context
from ui.main_window import MainWindow
from ui.merge.inbox_dialog import InboxDialog
from veldwerk import notes
from veldwerk.bundle import keys as keymod

PASSPHRASE = "vier woorden als zin"


def test_the_coordinator_takes_in_bundles_and_ends_a_conflict(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        interview = teams.field_work(project)
    files = merging.bundles_of(anna, tmp_path / "in")
    (tmp_path / "in" / "0123abcd.age").write_bytes(b"hello")  # damaged on the way
    files.append(tmp_path / "in" / "0123abcd.age")
    key_file = tmp_path / "keys.veldwerkkeys"
    keymod.save_coordinator_keys(boss.keys, key_file, PASSPHRASE)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(
        lambda *_a, **_k: (str(key_file), "")))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(
        lambda *_a, **_k: (PASSPHRASE, True)))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(
        lambda *_a, **_k: ([str(f) for f in files], "")))
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _parent, _title, question, *_a: asked.append(question) or answer[0]))
    context = make_context(boss.entry, boss.me, boss.data)
    window = MainWindow(context, lambda: None)
    qtbot.addWidget(window)
    try:
        assert window.act_inbox.isEnabled() and window.waiting.text() == ""
        dialog = InboxDialog(context, window)
        qtbot.addWidget(dialog)
        dialog.files_button.click()
        qtbot.waitUntil(lambda: dialog.bundles.rowCount() == 2, timeout=30000)
        def rows() -> dict[str, list[str]]:
            return {dialog.bundles.item(r, 1).text(): [dialog.bundles.item(r, c).text()
                                                       for c in range(6)]
                    for r in range(dialog.bundles.rowCount())}

        mine = f"Anna de Boer ({anna.me.name})"
        assert "let the laptop in" in rows()[mine][2]
        assert rows()["Unknown laptop"][2] == "could not be taken in"
        assert "not a Veldwerk bundle" in rows()["Unknown laptop"][5]
        assert window.waiting.text() == ("1 laptop waits for approval, 1 bundle could not "
                                         "be taken in")
        assert dialog.laptops.item(0, 0).text() == "Anna de Boer"
        dialog.laptops.selectRow(0)
        dialog.approve_button.click()
        qtbot.waitUntil(lambda: rows()[mine][2] == "taken in", timeout=30000)
        assert rows()[mine][3] == "1 interview, 1 note, 3 other changes"
        assert dialog.laptops.item(0, 3).text() == "let in"
        assert window.waiting.text() == "1 bundle could not be taken in"
        # A conflict: both sides changed the note.
        context.project.run(lambda s: notes.save_note(s, interview, None,
                                                      "Riet woont hier al lang"))
        with anna.open() as project:
            project.run(lambda s: notes.save_note(s, interview, None,
                                                  "Riet woont hier sinds 1970"))
        files[:] = merging.bundles_of(anna, tmp_path / "in2")
        dialog.files_button.click()
        qtbot.waitUntil(lambda: dialog.conflict_list.count() == 1, timeout=30000)
        qtbot.waitUntil(lambda: window.waiting.text().startswith("1 conflict, "))
        panel = dialog.panel
        assert (dialog.ours.toPlainText(), dialog.theirs.toPlainText()) == (
            "Riet woont hier al lang", "Riet woont hier sinds 1970")
        assert "line-through" in dialog.ours.toHtml() and "underline" in dialog.theirs.toHtml()
        assert panel.ours_label.text().startswith("This version — The coordinator (this copy)")
        assert f"Anna de Boer ({anna.me.name})" in panel.theirs_label.text()
        assert "Differs: Text." in panel.differs.text() and "text:" not in panel.differs.text()
        assert dialog.save_merged.isEnabled() and dialog.code_row.isHidden()
        dialog.take_theirs.click()
        assert "The version of Anna de Boer" in asked[-1] and "sinds 1970" in asked[-1]
        assert dialog.conflict_list.count() == 1, "answered no: nothing changed"
        dialog.merged.setPlainText("Riet woont hier sinds 1970, al lang dus")
        answer[0] = QMessageBox.StandardButton.Yes
        dialog.save_merged.click()
        assert "«Riet woont hier sinds 1970, al lang dus»" in asked[-1]
        qtbot.waitUntil(lambda: dialog.conflict_list.count() == 0, timeout=30000)
        assert context.read(lambda s: notes.notes_of(s, interview)[None]) == (
            "Riet woont hier sinds 1970, al lang dus")
        answers = boss.entry.folder / "answers"
        qtbot.waitUntil(lambda: any(answers.rglob("resolution-*.json")), timeout=30000)
        waiting = list(answers.rglob("resolution-*.json"))
        assert [p.parent.name for p in waiting] == [anna.me.id], "sealed for Anna's laptop"
        qtbot.waitUntil(lambda: "no place for answers" in dialog.done_label.text(),
                        timeout=30000)
        assert window.waiting.text() == "1 bundle could not be taken in"
        dialog.close()
    finally:
        window.close()
        context.close()


def test_a_laptop_has_no_inbox(qtbot: QtBot, tmp_path: Path) -> None:
    _boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    context = make_context(anna.entry, anna.me, anna.data)
    window = MainWindow(context, lambda: None)
    qtbot.addWidget(window)
    try:
        assert not window.act_inbox.isEnabled()
        assert "coordinator" in window.act_inbox.toolTip()
    finally:
        window.close()
        context.close()


def test_the_dashboard_shows_the_figures_as_bars(qtbot: QtBot, demo_context) -> None:
    from PySide6.QtWidgets import QProgressBar

    from ui.reports.dashboard_dialog import DashboardDialog

    dialog = DashboardDialog(demo_context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.figures is not None, timeout=20000)
    assert dialog.headline.text() == "30 interviews"
    bars = {b.accessibleName(): b.value() for b in dialog.findChildren(QProgressBar)}
    assert bars["By neighbourhood: Elsrijk"] == 13
    assert sum(v for k, v in bars.items() if k.startswith("By kind")) == 30
    assert "10 with audio" in dialog.facts.text()


def test_the_dashboard_saves_its_charts(qtbot: QtBot, demo_context, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.reports.dashboard_dialog import DashboardDialog

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(
        lambda *_a, **_k: str(tmp_path / "charts")))
    dialog = DashboardDialog(demo_context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.save.isEnabled(), timeout=20000)
    dialog.save.click()
    qtbot.waitUntil(lambda: "5 charts saved" in dialog.result_label.text(), timeout=30000)
    assert sorted(p.name for p in (tmp_path / "charts").iterdir()) == [
        "by-interviewer.png", "by-kind.png", "by-neighbourhood.png", "by-phase.png",
        "by-status.png"]
    (tmp_path / "blocked").write_text("a file where the folder should be")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(
        lambda *_a, **_k: str(tmp_path / "blocked")))
    dialog.save.click()
    qtbot.waitUntil(lambda: "not a folder" in dialog.error.text(), timeout=30000)
    assert dialog.result_label.text() == ""


def test_the_inbox_takes_in_new_bundles_by_itself(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from veldwerk.sync import run
    from veldwerk.sync.target import FOLDER, Target

    share = tmp_path / "share"
    share.mkdir()
    boss, (anna,) = teams.team(tmp_path, Target(FOLDER, str(share)), members=("Anna de Boer",))
    with boss.open() as project:
        merging.trust(project, anna)
    monkeypatch.setattr(InboxDialog, "AUTO_MS", 300)
    context = make_context(boss.entry, boss.me, boss.data)
    dialog = InboxDialog(context)
    qtbot.addWidget(dialog)
    try:
        dialog.keys = boss.keys  # opened with "Open keys…" (tested above)
        dialog.by_itself.setChecked(True)
        qtbot.waitUntil(lambda: dialog.rounds >= 1, timeout=30000)
        assert dialog.bundles.rowCount() == 0 and "Looked at" in dialog.done_label.text()
        with anna.open() as project:
            teams.field_work(project, "Vanzelf")
            assert run.sync_once(project).problem == ""
        qtbot.waitUntil(lambda: dialog.bundles.rowCount() == 1, timeout=30000)
        assert dialog.bundles.item(0, 2).text() == "taken in"
        dialog.by_itself.setChecked(False)
        assert not dialog._auto.isActive()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)
    finally:
        dialog.close()
        context.close()
    assert not dialog._auto.isActive(), "closing ends it: the keys leave with the window"


def test_the_export_dialog_writes_tables_and_a_qdpx_in_the_background(
        qtbot: QtBot, demo_context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import zipfile

    from ui.reports.export_dialog import ExportDialog

    dialog = ExportDialog(demo_context)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(
        lambda *_a, **_k: str(tmp_path / "tables")))
    dialog.export.click()
    qtbot.waitUntil(lambda: "tables written" in dialog.result.text(), timeout=30000)
    assert (tmp_path / "tables" / "interviews.csv").is_file()
    assert (tmp_path / "tables" / "left-out.csv").is_file()
    dialog.as_xlsx.click()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *_a, **_k: (str(tmp_path / "tabellen"), "")))
    dialog.export.click()
    qtbot.waitUntil(lambda: "a sheet per table" in dialog.result.text(), timeout=30000)
    from openpyxl import load_workbook

    assert "left-out" in load_workbook(tmp_path / "tabellen.xlsx", read_only=True).sheetnames
    dialog.as_qdpx.setChecked(True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *_a, **_k: (str(tmp_path / "demo.qdpx"), "")))
    dialog.export.click()
    qtbot.waitUntil(lambda: "Written:" in dialog.result.text(), timeout=30000)
    assert "left out for want of consent" in dialog.result.text()
    assert "project.qde" in zipfile.ZipFile(tmp_path / "demo.qdpx").namelist()
    assert (tmp_path / "demo.left-out.csv").is_file() and dialog.export.isEnabled()
    dialog.as_report.setChecked(True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *_a, **_k: (str(tmp_path / "rapport.docx"), "")))
    dialog.export.click()
    qtbot.waitUntil(lambda: "documents written" in dialog.result.text(), timeout=60000)
    assert (tmp_path / "rapport.docx").stat().st_size > 10_000
    dialog.as_archive.setChecked(True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *_a, **_k: (str(tmp_path / "deposit.zip"), "")))
    for combo in (dialog.licence, dialog.access):  # what a deposit asks, by keyboard
        QTest.keyClick(combo, Qt.Key.Key_Down)
    QTest.keyClicks(dialog.rights_holder, "Hogeschool Utrecht")
    QTest.keyClicks(dialog.contact_name, "Anna de Vries")
    QTest.keyClicks(dialog.contact_email, "anna@example.nl")
    dialog.export.click()
    qtbot.waitUntil(lambda: "README" in dialog.result.text(), timeout=60000)
    assert "bagit.txt" in " ".join(zipfile.ZipFile(tmp_path / "deposit.zip").namelist())
    dialog.as_qdpx.setChecked(True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *_a, **_k: (str(tmp_path / "demo.qdpx" / "inside.qdpx"), "")))
    dialog.export.click()
    qtbot.waitUntil(lambda: "could not be written" in dialog.error.text(), timeout=30000)
    assert dialog.export.isEnabled()


def test_an_erasure_a_laptop_asks_for_waits_in_the_conflicts_until_confirmed(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Anna's laptop erased the coordinator's own participant: nothing is erased; the
    Inbox shows the request, and confirming it erases."""
    from sqlalchemy import text

    from veldwerk.merge import inbox

    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    person = merging.erasure_of_the_coordinators_person(boss, anna)
    with boss.open() as project:
        (outcome,) = inbox.import_files(project, boss.keys,
                                        merging.bundles_of(anna, tmp_path / "in"))
        assert outcome.counts.waiting == 1
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _parent, _title, question, *_a: asked.append(question)
        or QMessageBox.StandardButton.Yes))
    context = make_context(boss.entry, boss.me, boss.data)
    dialog = InboxDialog(context)
    qtbot.addWidget(dialog)
    try:
        assert dialog.conflict_list.count() == 1
        assert dialog.conflict_list.item(0).text().startswith("Erasure asked: Participant ")
        assert "asks to erase" in dialog.panel.differs.text()
        row = dialog.bundles.item(0, 3).text()
        assert "1 change of a record that is not the sender's waits for you" in row
        dialog.take_theirs.click()
        assert "is erased here and on every laptop" in asked[-1]
        qtbot.waitUntil(lambda: dialog.conflict_list.count() == 0, timeout=30000)
        qtbot.waitUntil(lambda: context.read(lambda s: s.execute(text(
            "SELECT count(*) FROM participant WHERE id = :p"), {"p": person}).scalar()) == 0,
            timeout=30000)
    finally:
        dialog.close()
        context.close()


def test_the_laptops_tab_skips_past_a_refused_bundle_after_asking(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bundle the laptop made wrong (a time without a zone) blocks its later one until
    the coordinator skips it: asked first, and only a yes changes anything."""
    import json

    from sqlalchemy import text

    from veldwerk.merge import inbox

    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with boss.open() as project:
        merging.trust(project, anna)
    with anna.open() as project:
        teams.field_work(project, "Eerste")

        def naive(session) -> None:  # type: ignore[no-untyped-def]
            seq, row = session.execute(text(
                "SELECT seq, row FROM change_log WHERE table_name = 'note'")).one()
            session.execute(text("UPDATE change_log SET row = :r WHERE seq = :s"), {
                "r": json.dumps({**json.loads(row), "created_at": "2030-01-01T10:00:00"}),
                "s": seq})
        project.run(naive)
    (wrong,) = merging.bundles_of(anna, tmp_path / "in")
    with anna.open() as project:
        teams.field_work(project, "Tweede")
    (later,) = merging.bundles_of(anna, tmp_path / "in2")
    with boss.open() as project:
        ended = inbox.import_files(project, boss.keys, [wrong, later])
        assert [o.status for o in ended] == ["rejected", "waiting"]
    key_file = tmp_path / "keys.veldwerkkeys"
    keymod.save_coordinator_keys(boss.keys, key_file, PASSPHRASE)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(
        lambda *_a, **_k: (str(key_file), "")))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(
        lambda *_a, **_k: (PASSPHRASE, True)))
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _parent, _title, question, *_a: asked.append(question) or answer[0]))
    context = make_context(boss.entry, boss.me, boss.data)
    dialog = InboxDialog(context)
    qtbot.addWidget(dialog)
    try:
        dialog.laptops.selectRow(0)
        dialog.skip_button.click()
        assert "lost" in asked[-1] and dialog.laptops.item(0, 4).text() == "0"
        answer[0] = QMessageBox.StandardButton.Yes
        dialog.skip_button.click()
        qtbot.waitUntil(lambda: "are skipped" in dialog.done_label.text(), timeout=30000)
        dialog.retry_button.click()
        qtbot.waitUntil(lambda: dialog.laptops.item(0, 4).text() not in ("0", "5"),
                        timeout=30000)
        states = {dialog.bundles.item(r, 2).text() for r in range(dialog.bundles.rowCount())}
        assert states == {"taken in", "could not be taken in"}
        dialog.close()
    finally:
        context.close()
