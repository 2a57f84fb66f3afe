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
