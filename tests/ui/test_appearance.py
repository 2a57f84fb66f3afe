"""Readable for everyone: theme contrast by WCAG's formula, and at 200 % text no label or
button is cut off, in every main window and dialog."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.ui import screens
from ui import appearance
from ui.main_window import MainWindow
from ui.preferences_dialog import PreferencesDialog


def test_contrast_formula_matches_wcag_examples() -> None:
    assert appearance.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert appearance.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert appearance.contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("name", ["normal", "dark", "high-contrast"])
def test_every_text_colour_pair_meets_the_themes_contrast(name: str) -> None:
    theme = appearance.load_theme(name)
    assert theme.minimum_contrast >= (7.0 if name == "high-contrast" else 4.5)
    weak = {f"{fg} on {bg}": round(appearance.contrast(theme.colour(fg), theme.colour(bg)), 2)
            for fg, bg in theme.pairs
            if appearance.contrast(theme.colour(fg), theme.colour(bg)) < theme.minimum_contrast}
    assert weak == {}
    # the stylesheet names only colours the theme defines
    assert "@" not in appearance.stylesheet_of(theme)


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    appearance.apply(qapp, 200, "normal")
    yield
    appearance.apply(qapp, 100, "normal")


def cut_off(root: QWidget) -> list[str]:
    """Visible labels and buttons whose text is wider than the room they have."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text() \
                and widget.pixmap().isNull():
            text = widget.text().replace("&", "")
            if "<" in text:
                continue  # rich text lays out itself
            needed = max(widget.fontMetrics().horizontalAdvance(line)
                         for line in text.splitlines() or [""])
            room = widget.contentsRect().width() - 2 * widget.margin()
            if needed > room + 1:
                found.append(f"label {text!r}: {needed} > {room}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            text = widget.text().replace("&", "")
            needed = widget.fontMetrics().horizontalAdvance(text)
            if needed > widget.width():
                found.append(f"button {text!r}: {needed} > {widget.width()}")
    return found


@pytest.mark.parametrize("screen", screens.IN_PROJECT)
def test_nothing_is_cut_off_at_200_percent(qtbot: QtBot, demo_context, large_text,
                                           screen: str) -> None:
    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    widget = screens.open_screen(screen, window, demo_context)
    qtbot.addWidget(widget)
    widget.resize(1920, 1080)  # a common laptop screen, at 200 % text
    widget.show()
    QApplication.processEvents()
    assert cut_off(widget) == []
    widget.close()


@pytest.mark.parametrize("width", [1200, 1920])
def test_the_list_columns_fit_and_tell_what_they_cut(qtbot: QtBot, demo_context, large_text,
                                                     width: int) -> None:
    """At 200 %, no column hides behind a scrollbar: the least needed give way; every
    header is readable, and a cut-off cell shows its whole text as a tooltip."""
    from PySide6.QtCore import Qt

    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    window.resize(width, 900)
    window.show()
    QApplication.processEvents()
    table, header = window.table, window.table.horizontalHeader()
    assert not table.horizontalScrollBar().isVisible()
    shown = [c for c in range(window.model.columnCount()) if not table.isColumnHidden(c)]
    assert {0, 1, 2, 3} <= set(shown), "date, kind, title and participants always stay"
    for column in shown:
        title = str(window.model.headerData(column, Qt.Orientation.Horizontal))
        assert header.fontMetrics().horizontalAdvance(title) <= header.sectionSize(column)
    index = window.model.index(0, 5)
    assert window.model.data(index, Qt.ItemDataRole.ToolTipRole) == window.model.data(index)


def test_the_check_finds_a_cut_off_label(qtbot: QtBot, large_text) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    label = QLabel("Opname hersteld: 41 min 12 s", host)
    label.setFixedWidth(60)
    host.show()
    assert cut_off(host) and "Opname hersteld" in cut_off(host)[0]


def test_preferences_apply_at_once_and_keep_the_project_open(qtbot: QtBot, qapp, demo_template,
                                                             tmp_path) -> None:
    import shutil

    from ui import i18n
    from ui.app import Veldwerk

    folder = tmp_path / "data"
    shutil.copytree(demo_template, folder)
    shell = Veldwerk(qapp, folder)
    try:
        assert shell.start(None)
        old, context = shell.window, shell.context
        interview_id = old.model.row_id(0)
        before = old.open_editor(interview_id)
        dialog = PreferencesDialog(shell.settings, old)
        qtbot.addWidget(dialog)
        dialog.scale.setCurrentIndex(dialog.scale.findData("150"))
        dialog.theme.setCurrentIndex(dialog.theme.findData("high-contrast"))
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.save()
        shell.restyle()
        assert shell.window is not old and shell.window.isVisible() and not old.isVisible()
        assert shell.context is context  # the project stayed open
        assert qapp.font().pointSizeF() == pytest.approx(16.5)
        assert qapp.property("veldwerk_theme") == "high-contrast"
        assert shell.window.act_people.text() == "&Participants…"
        # The interview that was open is open again, in the new style.
        after = shell.window.editors[interview_id]
        assert after is not before and after.isVisible() and not before.isVisible()
        assert after.details_button.text() == "&Details…"
        assert set(shell.window.editors) == {interview_id}
        assert appearance.settings_of(shell.settings) == (150, "high-contrast")
    finally:
        shell.close_project()
        i18n.install(qapp, "en")
        appearance.apply(qapp, 100, "normal")
