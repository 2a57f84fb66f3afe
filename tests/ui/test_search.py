"""Edit › Search all notes…: results as you type with the found words marked, filters, and
a hit that opens its interview at the topic."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.search.search_dialog import marked


def test_search_as_you_type_and_open_the_interview_at_the_topic(qtbot: QtBot,
                                                                 demo_context) -> None:
    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    try:
        window.act_search.trigger()
        dialog = window.search_dialog
        assert dialog.isVisible() and window.act_search.shortcut().toString() == "Ctrl+Shift+F"
        qtbot.keyClicks(dialog.query, "badkam")
        qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=20000)
        assert dialog.count.text() == f"Found: {dialog.results.count()}"
        notes = [n for n, h in enumerate(dialog.hits) if h.source == "note"]
        assert notes, [h.source for h in dialog.hits]
        item = dialog.results.item(notes[0])
        shown = dialog.results.itemWidget(item).text()
        assert "background-color" in shown and "adkam" in shown
        assert "badkam" in item.data(Qt.ItemDataRole.AccessibleTextRole).lower()
        hit = dialog.hits[notes[0]]
        dialog.results.setCurrentItem(item)
        dialog._activated(item)
        editor = window.editors[hit.interview_id]
        qtbot.waitUntil(editor.isVisible, timeout=10000)
        row = list(editor.inputs).index(hit.topic_id)
        assert editor.topic_list.currentRow() == row, "opened at the topic of the hit"
        kinds = dialog.filters["kind"]
        kinds.setCurrentIndex(kinds.findData("observation"))
        qtbot.waitUntil(lambda: dialog.count.text() == "Nothing found.", timeout=20000)
        dialog.query.setText('"NEAR( -*')
        qtbot.waitUntil(lambda: dialog.results.count() == 0, timeout=20000)
        for open_editor in window.editors.values():
            open_editor.close()
        dialog.close()
    finally:
        window.close()


def test_marked_escapes_and_marks_python_slices() -> None:
    assert marked("a <b> café", [(6, 10)]) == (
        'a &lt;b&gt; <span style="background-color: #ffe08a; color: #1a1a1a;">café</span>')
