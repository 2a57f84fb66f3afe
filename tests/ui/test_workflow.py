"""Create a project, add topics, create an interview, type, close, reopen: the text is there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import make_context
from ui.interviews.details_dialog import InterviewDetailsDialog
from ui.interviews.editor import InterviewEditor
from ui.main_window import MainWindow
from ui.setup.project_dialog import ProjectSetupDialog
from ui.start_dialog import NewProjectDialog, StartDialog
from veldwerk import notes, projects
from veldwerk.paths import Device


def test_new_project_to_typed_notes_survive_closing(qtbot: QtBot, data_dir: Path,
                                                     me: Device) -> None:
    start = StartDialog(data_dir, me)
    qtbot.addWidget(start)
    assert not start.open_button.isEnabled()  # first start: nothing to open yet

    new = NewProjectDialog(data_dir, me)
    qtbot.addWidget(new)
    qtbot.keyClicks(new.name, "Verhalen uit de wijk")
    new.retention.setDate(QDate(2031, 12, 31))
    box = new.findChild(QDialogButtonBox)
    QTest.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert new.created is not None
    entry = new.created

    context = make_context(entry, me, data_dir)
    window = MainWindow(context, lambda: None)
    qtbot.addWidget(window)

    setup_dialog = ProjectSetupDialog(context, window)
    qtbot.addWidget(setup_dialog)
    setup_dialog.new_guide()
    qtbot.keyClicks(setup_dialog.guide_name, "Leidraad")
    setup_dialog.topics.add_row(["Wonen", "Hoe woont u?", "", "text", ""])
    setup_dialog.topics.add_row(["Buurt", "Wat mist u in de buurt?", "", "text", ""])
    with qtbot.waitSignal(setup_dialog.accepted, timeout=5000):
        setup_dialog.save()

    details = InterviewDetailsDialog(context, None, window)
    qtbot.addWidget(details)
    qtbot.keyClicks(details.title_edit, "Gesprek met mevrouw")
    details.guide.setCurrentIndex(1)
    with qtbot.waitSignal(details.accepted, timeout=5000):
        details.save()
    assert details.saved_id is not None
    qtbot.waitUntil(lambda: window.model.total == 1, timeout=3000)

    editor = window.open_editor(details.saved_id)
    topics = [slot for slot in editor.inputs if slot is not None]
    assert len(topics) == 2
    first = editor.inputs[topics[0]]
    first.setFocus()
    qtbot.keyClicks(first, "Woont al veertig jaar in dezelfde straat.")
    editor.close()  # no Save button, no waiting: closing must keep the text
    window.close()
    context.project.close()

    with projects.open_project(entry.folder, me) as reopened, reopened.session() as s:
        stored = notes.notes_of(s, details.saved_id)
    assert stored[topics[0]] == "Woont al veertig jaar in dezelfde straat."

    context = make_context(entry, me, data_dir)
    again = InterviewEditor(context, details.saved_id)
    qtbot.addWidget(again)
    assert again.inputs[topics[0]].toPlainText() == "Woont al veertig jaar in dezelfde straat."
    again.close()
    context.project.close(make_backup=False)


def test_typing_is_saved_within_a_second_without_leaving_the_field(qtbot: QtBot,
                                                                   demo_context) -> None:
    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    editor = window.open_editor(window.model.row_id(0))
    free = editor.inputs[None]
    free.setFocus()
    free.moveCursor(free.textCursor().MoveOperation.End)
    qtbot.keyClicks(free, " Nog een zin.")
    assert editor.save_state.text() == "Saving…"

    def on_disk() -> bool:
        with demo_context.session() as s:
            return notes.notes_of(s, editor.interview_id).get(None, "").endswith("Nog een zin.")

    qtbot.waitUntil(on_disk, timeout=1500)
    qtbot.waitUntil(lambda: editor.save_state.text() == "All saved", timeout=1500)
    editor.close()


def test_questionnaire_answers_are_saved_at_once(qtbot: QtBot, demo_context) -> None:
    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    window.filters["kind"].setCurrentIndex(window.filters["kind"].findData("questionnaire"))
    assert window.model.total == 5
    editor = window.open_editor(window.model.row_id(0))
    combo = next(w for w in editor.inputs.values() if w.metaObject().className() == "QComboBox")
    combo.setCurrentIndex(combo.count() - 1)
    wanted = combo.currentData()
    slot = next(k for k, w in editor.inputs.items() if w is combo)

    def on_disk() -> bool:
        with demo_context.session() as s:
            return notes.notes_of(s, editor.interview_id).get(slot) == wanted

    qtbot.waitUntil(on_disk, timeout=1500)
    editor.close()


def test_keyboard_moves_between_topics(qtbot: QtBot, demo_context) -> None:
    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    window.filters["kind"].setCurrentIndex(window.filters["kind"].findData("interview"))
    window.filters["status"].setCurrentIndex(window.filters["status"].findData("done"))
    editor = window.open_editor(window.model.row_id(0))
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=2000)
    editor.topic_list.setCurrentRow(0)
    first = editor.inputs[next(iter(editor.inputs))]
    qtbot.keyClick(first, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.topic_list.currentRow() == 1
    assert QApplication.focusWidget() is editor.inputs[list(editor.inputs)[1]]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp,
                   Qt.KeyboardModifier.ControlModifier)
    assert editor.topic_list.currentRow() == 0
    editor.close()
