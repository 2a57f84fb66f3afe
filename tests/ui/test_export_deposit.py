"""The export window asks what a deposit at DANS needs when the archive package is chosen:
what is missing is named and nothing is written; what is given by keyboard is kept with the
project, and the next time the window opens with it filled in."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from ui.reports.export_dialog import ExportDialog
from veldwerk import projects


def test_the_archive_asks_the_deposit_once_and_keeps_it(
        qtbot: QtBot, demo_context, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def save_as(*_a, **_k) -> tuple[str, str]:  # type: ignore[no-untyped-def]
        asked.append("file")
        return str(tmp_path / "deposit.zip"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    dialog = ExportDialog(demo_context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    assert not dialog.deposit.isVisibleTo(dialog)
    dialog.as_archive.click()
    assert dialog.as_archive.isChecked() and dialog.deposit.isVisibleTo(dialog)
    assert dialog.discipline.currentData() == "D60000", "the social sciences by default"

    dialog.export.click()
    assert asked == [] and not (tmp_path / "deposit.zip").exists()
    assert "licence, rights holder, access, contact" in dialog.error.text()
    assert QApplication.focusWidget() is dialog.licence, "to the first one missing"

    QTest.keyClick(dialog.licence, Qt.Key.Key_Down)  # the first licence offered
    QTest.keyClicks(dialog.rights_holder, "Hogeschool Utrecht")
    QTest.keyClick(dialog.access, Qt.Key.Key_Down)
    QTest.keyClicks(dialog.contact_name, "Anna de Vries")
    QTest.keyClicks(dialog.contact_email, "anna-example.nl")
    dialog.export.click()
    assert "e-mail" in dialog.error.text() and asked == []
    assert QApplication.focusWidget() is dialog.contact_email
    QTest.keyClick(dialog.contact_email, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.contact_email, "anna@example.nl")
    dialog.export.click()
    qtbot.waitUntil(lambda: "README" in dialog.result.text(), timeout=30000)
    assert asked == ["file"] and dialog.error.text() == ""
    with zipfile.ZipFile(tmp_path / "deposit.zip") as archive:
        dataset = archive.read("deposit/metadata/dataset.xml").decode("utf-8")
    assert "https://doi.org/10.17026/fp39-0x58" in dataset  # the first licence offered
    assert "<ddm:accessRights>REQUEST_PERMISSION</ddm:accessRights>" in dataset

    kept = demo_context.read(lambda s: (
        projects.the_project(s).deposit_rights_holder, projects.the_project(s).deposit_contact))
    assert kept == ("Hogeschool Utrecht", "Anna de Vries <anna@example.nl>")
    again = ExportDialog(demo_context)
    qtbot.addWidget(again)
    assert again.rights_holder.text() == "Hogeschool Utrecht"
    assert again.contact_email.text() == "anna@example.nl"
    assert again.access.currentData() == "REQUEST_PERMISSION"


def test_open_access_says_recordings_stay_on_request_copies_are_made_and_a_laptop_has_none(
        qtbot: QtBot, demo_context, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.core.test_field_day import tone
    from tests.helpers import team as teams
    from tests.ui.conftest import make_context
    from veldwerk.audio.importing import import_file
    from veldwerk.reports.archive import made_by_coordinator
    from veldwerk.reports.deposit import voices_note

    interview = demo_context.read(lambda s: s.execute(text(
        "SELECT i.id FROM interview i JOIN interview_participant l ON l.interview_id = i.id "
        "JOIN participant p ON p.id = l.participant_id WHERE p.code = 'ELS-001' "
        "AND i.kind = 'interview'")).scalar())
    import_file(demo_context.project, interview, tone(tmp_path / "take.wav", 0.5))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *_a, **_k: (str(tmp_path / "project.qdpx"), "")))
    dialog = ExportDialog(demo_context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.on_laptop.isVisibleTo(dialog) and dialog.as_archive.isEnabled()
    dialog.as_archive.click()
    assert not dialog.voices.isVisibleTo(dialog)
    QTest.keyClick(dialog.access, Qt.Key.Key_Down)
    QTest.keyClick(dialog.access, Qt.Key.Key_Down)
    assert dialog.access.currentData() == "OPEN_ACCESS"
    assert dialog.voices.isVisibleTo(dialog) and dialog.voices.text() == voices_note()
    QTest.keyClick(dialog.access, Qt.Key.Key_Down)
    assert not dialog.voices.isVisibleTo(dialog), "said only for open access"

    # Right after an import: the REFI-QDA project carries the take, its copy made first.
    dialog.as_qdpx.click()
    dialog.export.click()
    qtbot.waitUntil(lambda: "Written" in dialog.result.text(), timeout=30000)
    assert dialog.written.recordings == 1, dialog.result.text()
    assert "Opus copy is not here" not in dialog.result.text()
    assert (tmp_path / "project.left-out.csv").is_file()

    _boss, (anna,) = teams.team(tmp_path / "team", members=("Anna de Boer",))
    laptop = make_context(anna.entry, anna.me, anna.data)
    try:
        on_laptop = ExportDialog(laptop)
        qtbot.addWidget(on_laptop)
        on_laptop.show()
        assert not on_laptop.as_archive.isEnabled()
        assert on_laptop.on_laptop.isVisibleTo(on_laptop)
        assert on_laptop.on_laptop.text() == made_by_coordinator()
        on_laptop.as_archive.click()
        assert not on_laptop.as_archive.isChecked()
    finally:
        laptop.project.close(make_backup=False)
