"""Nothing typed is lost: failing saves, deletes with undo, and inline validation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from ui.interviews import autosave
from ui.main_window import MainWindow
from ui.participants.dialog import ParticipantsDialog
from ui.start_dialog import NewProjectDialog
from veldwerk import notes, projects
from veldwerk.consent import templates
from veldwerk.paths import Device

LONG = "Ze vertelt over de markt op donderdag en de buren die helpen. " * 300


def test_failed_save_warns_keeps_the_text_and_retries(qtbot: QtBot, demo_context,
                                                      monkeypatch, no_modal_boxes) -> None:
    monkeypatch.setattr(autosave, "RETRY_MS", 200)
    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    editor = window.open_editor(window.model.row_id(0))
    engine = demo_context.project.engine

    def limit(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(engine, "connect", limit)
    engine.dispose()
    free = editor.inputs[None]
    free.setFocus()
    free.setPlainText(LONG)
    editor.autosaver.flush()
    qtbot.waitUntil(editor.warning.isVisible, timeout=3000)
    assert "disk is full" in editor.warning.text()
    assert "Could not save your notes" in editor.warning.text()  # words, not a table name
    assert editor.save_state.text() == "Not saved"
    assert free.toPlainText() == LONG  # the text stays where the user typed it
    assert editor.autosaver.has_unsaved()

    # Closing now would lose text: the window refuses and stays open.
    editor.close()
    assert editor.isVisible()
    assert no_modal_boxes and "could not be saved" in no_modal_boxes[-1]

    event.remove(engine, "connect", limit)
    engine.dispose()
    qtbot.waitUntil(lambda: not editor.warning.isVisible(), timeout=5000)
    assert editor.save_state.text() == "All saved"
    with demo_context.session() as s:
        assert notes.notes_of(s, editor.interview_id)[None] == LONG
    editor.close()
    assert not editor.isVisible()


def test_delete_goes_to_the_bin_and_undo_brings_it_back(qtbot: QtBot, demo_context) -> None:
    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    total = window.model.total
    window.table.selectRow(0)
    doomed = window.selected_id()
    window.delete_selected()
    qtbot.waitUntil(lambda: window.model.total == total - 1, timeout=3000)
    assert doomed not in [window.model.row_id(r) for r in range(window.model.rowCount())]
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window.model.total == total, timeout=3000)
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: window.model.total == total - 1, timeout=3000)

    from ui.recycle_dialog import RecycleBinDialog

    bin_dialog = RecycleBinDialog(demo_context, window)
    qtbot.addWidget(bin_dialog)
    assert bin_dialog.model.rowCount() == 1
    bin_dialog.table.selectRow(0)
    bin_dialog.restore_selected()
    qtbot.waitUntil(lambda: window.model.total == total, timeout=3000)
    qtbot.waitUntil(lambda: bin_dialog.model.rowCount() == 0, timeout=3000)


def press_ok(dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    QTest.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_new_project_validation_is_inline(qtbot: QtBot, data_dir: Path, me: Device) -> None:
    dialog = NewProjectDialog(data_dir, me)
    qtbot.addWidget(dialog)
    dialog.show()
    press_ok(dialog)
    assert dialog.error.isVisible() and "name" in dialog.error.text()
    assert dialog.focusWidget() is dialog.name
    qtbot.keyClicks(dialog.name, "Wijk Oost")
    press_ok(dialog)
    assert dialog.error.isVisible() and "kept" in dialog.error.text()
    assert dialog.focusWidget() is dialog.retention
    assert dialog.created is None
    dialog.retention.setDate(QDate(2031, 12, 31))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    press_ok(dialog)
    assert dialog.created is not None
    with projects.open_project(dialog.created.folder, me, write=False) as project, \
            project.session() as s:
        assert templates.current(s, dialog.created.id, "nl") is not None
        assert projects.the_project(s).language == "en"
    second = NewProjectDialog(data_dir, me)
    qtbot.addWidget(second)
    second.show()
    qtbot.keyClicks(second.name, "wijk oost")
    second.retention.setDate(QDate(2031, 12, 31))
    press_ok(second)
    assert second.error.isVisible() and "already" in second.error.text()


def test_an_empty_date_opens_its_calendar_at_today(qtbot: QtBot, data_dir: Path,
                                                   me: Device) -> None:
    dialog = NewProjectDialog(data_dir, me)
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.retention
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton,  # the drop-down arrow
                     pos=QPoint(edit.width() - 6, edit.height() // 2))
    calendar = dialog.retention.calendarWidget()
    qtbot.waitUntil(calendar.isVisible, timeout=3000)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    calendar.window().close()


def test_duplicate_participant_code_is_inline(qtbot: QtBot, demo_context) -> None:
    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    dialog = ParticipantsDialog(demo_context, window.undo_stack, window)
    qtbot.addWidget(dialog)
    dialog.show()
    save = next(b for b in dialog.findChildren(QPushButton)
                if b.accessibleName() == "Save participant")
    dialog.code.setText("ELS-001")
    save.click()
    assert dialog.error.isVisible() and "already taken" in dialog.error.text()
    count = dialog.model.rowCount()
    dialog.code.setText("ELS-099")
    dialog.name.setText("Mevrouw Pietersen")
    assert not dialog.paper_button.isEnabled()
    save.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == count + 1, timeout=3000)
    assert not dialog.error.isVisible()
    # The new person's consent comes next, without clicking the row again.
    qtbot.waitUntil(dialog.paper_button.isEnabled, timeout=3000)
    assert dialog.consent_button.isEnabled() and dialog.withdraw_button.isEnabled()


def test_an_unexpected_error_names_the_log_and_who_gets_it(tmp_path: Path,
                                                           monkeypatch) -> None:
    import logging

    from ui import errors

    path = errors.setup_logging(tmp_path / "logs")
    try:
        monkeypatch.setattr(errors, "on_team_laptop", False)
        _text, hint = errors.message_for(RuntimeError("kapot"))
        assert str(path) in hint and "coordinator" not in hint
        monkeypatch.setattr(errors, "on_team_laptop", True)
        _text, hint = errors.message_for(RuntimeError("kapot"))
        assert str(path) in hint and "your coordinator" in hint
    finally:
        for handler in logging.getLogger().handlers[:]:
            if getattr(handler, "baseFilename", "") == str(path):
                logging.getLogger().removeHandler(handler)
                handler.close()
