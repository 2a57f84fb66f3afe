"""Project settings as a coordinator uses them: every Add button pressed, names typed, a
role chosen in the new row's dropdown, OK; the core then holds what was entered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from ui.context import ProjectContext
from ui.setup.list_editor import ListEditor
from ui.setup.project_dialog import ProjectSetupDialog
from veldwerk import guides, setup


def button(dialog: ProjectSetupDialog, name: str) -> QPushButton:
    found = [b for b in dialog.findChildren(QPushButton) if b.accessibleName() == name]
    assert len(found) == 1, f"no single button {name!r}"
    return found[0]


def press_add(qtbot: QtBot, dialog: ProjectSetupDialog, editor: ListEditor, list_name: str
              ) -> int:
    """Press Add with the mouse; the new row is the last, its first cell open for typing."""
    before = editor.table.rowCount()
    qtbot.mouseClick(button(dialog, f"Add row ({list_name})"), Qt.MouseButton.LeftButton)
    row = editor.table.rowCount() - 1
    assert row == before
    assert editor.table.currentRow() == row and editor.table.currentColumn() == 0
    for column, choices in editor.choices.items():
        combo = editor.table.cellWidget(row, column)
        assert isinstance(combo, QComboBox), f"column {column} of the new row has no dropdown"
        assert [combo.itemData(i) for i in range(combo.count())] == [v for _l, v in choices]
    return row


def type_in_cell(qtbot: QtBot, table: QTableWidget, row: int, column: int, text: str) -> None:
    """Type into the cell's editor as a person would, and press Enter to keep it."""
    if column:
        table.setCurrentCell(row, column)
        table.editItem(table.item(row, column))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and table.isAncestorOf(QApplication.focusWidget()), timeout=2000)
    typing = QApplication.focusWidget()
    qtbot.keyClicks(typing, text)
    qtbot.keyClick(typing, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, column).text() == text, timeout=2000)


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click a checkbox where its box is drawn, as a person would."""
    assert isinstance(box, QCheckBox) and box.accessibleName()
    option = QStyleOptionButton()
    box.initStyleOption(option)
    spot = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    before = box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=spot.center())
    assert box.isChecked() != before


def test_every_add_button_in_project_settings_saves_its_row(qtbot: QtBot,
                                                            context: ProjectContext) -> None:
    dialog = ProjectSetupDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)

    dialog.tabs.setCurrentWidget(dialog.phases)
    row = press_add(qtbot, dialog, dialog.phases, "Phases")
    type_in_cell(qtbot, dialog.phases.table, row, 0, "Verkennen")

    dialog.tabs.setCurrentWidget(dialog.hoods)
    row = press_add(qtbot, dialog, dialog.hoods, "Neighbourhoods")
    type_in_cell(qtbot, dialog.hoods.table, row, 0, "Elsrijk")
    type_in_cell(qtbot, dialog.hoods.table, row, 1, "ELS")

    dialog.tabs.setCurrentWidget(dialog.team)
    row = press_add(qtbot, dialog, dialog.team, "Team")
    type_in_cell(qtbot, dialog.team.table, row, 0, "Riet")
    role = dialog.team.table.cellWidget(row, 1)
    role.setCurrentIndex(role.findData("co_researcher"))
    tick(qtbot, dialog.team.table.cellWidget(row, 2))  # Riet agreed to her name in exports
    row = press_add(qtbot, dialog, dialog.team, "Team")
    type_in_cell(qtbot, dialog.team.table, row, 0, "Anna")  # the dropdown left as it was

    dialog.tabs.setCurrentIndex(4)
    qtbot.mouseClick(button(dialog, "New guide"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.guide_name, "Leidraad")
    row = press_add(qtbot, dialog, dialog.topics, "Topics")
    type_in_cell(qtbot, dialog.topics.table, row, 0, "Wonen")
    answer = dialog.topics.table.cellWidget(row, 3)
    answer.setCurrentIndex(answer.findData("yes_no"))

    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.error.isVisible()

    def saved(s):  # type: ignore[no-untyped-def]
        guide = guides.current_guides(s)[0]
        return ([p.name for p in setup.phases(s)],
                [(h.name, h.code_prefix) for h in setup.neighbourhoods(s)],
                sorted((m.name, m.role, m.named) for m in setup.team(s)),
                guide.name, [(t.title, t.answer_type) for t in guides.topics(s, guide.id)])

    assert context.read(saved) == (
        ["Verkennen"], [("Elsrijk", "ELS")],
        [("Anna", "student", False), ("Riet", "co_researcher", True)],
        "Leidraad", [("Wonen", "yes_no")])

    # Opened again, the box shows her word; she takes it back.
    again = ProjectSetupDialog(context)
    qtbot.addWidget(again)
    again.show()
    again.tabs.setCurrentWidget(again.team)
    (riet,) = [r for r in range(again.team.table.rowCount())
               if again.team.table.item(r, 0).text() == "Riet"]
    box = again.team.table.cellWidget(riet, 2)
    assert box.isChecked() and box.accessibleName() == "May be named in exports"
    tick(qtbot, box)
    ok = again.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(again.accepted, timeout=5000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert context.read(lambda s: sorted((m.name, m.named) for m in setup.team(s))) == [
        ("Anna", False), ("Riet", False)]


def test_a_role_the_core_refuses_is_shown_on_the_team_tab(qtbot: QtBot,
                                                          context: ProjectContext) -> None:
    """A role that is not one of Role (an older file, a typing mistake) is named, not saved."""
    dialog = ProjectSetupDialog(context)
    qtbot.addWidget(dialog)
    dialog.team.add_row(["Riet", "medeonderzoeker"])
    dialog.team.table.cellWidget(0, 1).setItemData(0, "medeonderzoeker")
    dialog.show()
    dialog.save()
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    assert "medeonderzoeker" in dialog.error.text()
    assert dialog.tabs.currentWidget() is dialog.team
    assert context.read(setup.team) == []


def test_a_date_typed_as_people_write_it_lands_in_an_empty_date_field(qtbot: QtBot) -> None:
    """Over the dash of an empty field, with separators after full and short parts: the
    field holds the date typed (its digits were dropped over the dash, and a separator
    after a full part went into the next one: 31/12/2203)."""
    from PySide6.QtCore import QDate, QLocale

    from ui.dates import date_edit, date_of

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        for typed, expected in (("31/12/2030", QDate(2030, 12, 31)),
                                ("15/06/2030", QDate(2030, 6, 15)),
                                ("1/6/2031", QDate(2031, 6, 1)),
                                ("01-02-2031", QDate(2031, 2, 1)),
                                ("31122030", QDate(2030, 12, 31))):
            edit = date_edit(None, "Keep data until")
            qtbot.addWidget(edit)
            edit.show()
            edit.setFocus()
            assert date_of(edit) is None
            qtbot.keyClicks(edit, typed)
            assert edit.date() == expected, f"{typed!r} gave {edit.text()!r}"
    finally:
        QLocale.setDefault(previous)
