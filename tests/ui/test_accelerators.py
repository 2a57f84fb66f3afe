"""Alt+letter does one thing per window (every tab of it in turn), in Dutch and in English,
as the coordinator's first hour by keyboard needs (tests/integration/test_first_hour_window.py);
Ctrl+, opens the preferences."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.qtbot import QtBot

from tests.ui import screens
from tests.ui.accelerators import clashes, mnemonic
from ui import i18n
from ui.main_window import MainWindow


def test_the_letter_is_the_one_after_a_single_ampersand() -> None:
    assert mnemonic("Filters &wissen") == "w"
    assert mnemonic("Tom && Jerry &zoeken") == "z"
    assert mnemonic("geen letter") is None


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("screen", screens.ALL)
def test_every_window_has_one_control_per_letter(qapp, qtbot: QtBot, demo_context,
                                                 screen: str, language: str) -> None:
    i18n.install(qapp, language)
    try:
        window = MainWindow(demo_context, lambda: None)
        qtbot.addWidget(window)
        widget = screens.open_screen(screen, window, demo_context)
        qtbot.addWidget(widget)
        widget.show()
        QApplication.processEvents()
        found = clashes(widget)
        for tabs in widget.findChildren(QTabWidget):  # what each tab shows, in turn
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                found += [f"{tabs.tabText(index)}: {c}" for c in clashes(widget)]
        assert sorted(set(found)) == []
    finally:
        i18n.install(qapp, "en")


def test_ctrl_comma_opens_the_preferences(qtbot: QtBot, demo_context) -> None:
    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    keys = [k.toString() for k in window.act_preferences.shortcuts()]
    assert QKeySequence("Ctrl+,").toString() in keys
