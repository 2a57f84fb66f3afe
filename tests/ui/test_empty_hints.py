"""An empty list says what to do first, instead of being a blank box."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.conftest import make_context
from ui.main_window import MainWindow
from ui.start_dialog import StartDialog
from veldwerk import projects
from veldwerk.paths import Device


def test_first_start_and_an_empty_project_say_what_to_do(qtbot: QtBot, data_dir: Path,
                                                        me: Device, demo_context) -> None:
    start = StartDialog(data_dir, me)
    qtbot.addWidget(start)
    start.show()
    assert start.empty_hint.isVisible() and "demo project" in start.empty_hint.text()

    entry = projects.create_project(data_dir, me, "Leeg")
    context = make_context(entry, me, data_dir)
    try:
        window = MainWindow(context, lambda: None)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(window.empty_hint.isVisible, timeout=5000)
        assert "New interview" in window.empty_hint.text()
        window.close()
    finally:
        context.close()

    full = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(full)
    full.show()
    qtbot.waitUntil(lambda: full.model.total not in (None, 0), timeout=5000)
    assert not full.empty_hint.isVisible()
    full.search.setText("qqqqzzzz")
    qtbot.waitUntil(full.empty_hint.isVisible, timeout=5000)
    assert "Clear filters" in full.empty_hint.text()


def test_qts_own_file_dialog_speaks_dutch(qapp, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QFileDialog, QLabel

    from ui import i18n

    i18n.install(qapp, "nl")
    try:
        dialog = QFileDialog(None, "Projectbestand")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        words = {label.text() for label in dialog.findChildren(QLabel)}
        assert {"&Zoeken in:", "Bestands&type:"} <= words, words
        assert not {"&Look in:", "Files of &type:"} & words
    finally:
        i18n.install(qapp, "en")
