"""Importing from the editor: progress in the background, listed in order, compressed
afterwards by itself; damaged files are shown as damaged; bad files get an inline error."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.core.test_import import encode, voice_like
from ui.main_window import MainWindow
from veldwerk.audio import media
from veldwerk.domain import Recording


def test_import_list_and_background_compression(qtbot: QtBot, demo_context,
                                                tmp_path: Path) -> None:
    voice_like(tmp_path / "telefoon.wav", 2.0)
    phone = encode(tmp_path / "telefoon.wav", tmp_path / "telefoon.m4a", "-c:a", "aac")
    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    editor = window.open_editor(window.model.row_id(0))
    listing = editor.recordings
    assert listing.list.count() == 0 and not listing.list.isVisibleTo(editor)
    listing.import_path(phone)
    # The list follows the import: "(recording…)" while it runs, then its length.
    qtbot.waitUntil(lambda: listing.list.count() == 1 and "Recording 1 · 0 min 2 s" in
                    listing.list.item(0).text(), timeout=10000)
    assert "telefoon.m4a" in listing.list.item(0).text()
    recording_id = listing.list.item(0).data(256)

    def compressed() -> bool:
        with demo_context.session() as s:
            return s.get(Recording, recording_id).compressed_sha256 is not None

    qtbot.waitUntil(compressed, timeout=10000)
    listing.list.setCurrentRow(0)
    assert listing.transcribe_action.isEnabled()

    with demo_context.session() as s:
        row = s.get(Recording, recording_id)
    (demo_context.project.media / row.media_name).unlink()
    demo_context.project.run(lambda s: media.check(s, demo_context.project.media))
    listing.reload()
    assert "damaged" in listing.list.item(0).text()
    assert listing.list.currentRow() == 0
    assert not listing.transcribe_action.isEnabled(), "nothing whole to transcribe here"
    assert "not on this computer" in listing.transcribe_action.toolTip()

    (tmp_path / "lijst.mp3").write_text("boodschappen: brood, melk, koffie")
    listing.import_path(tmp_path / "lijst.mp3")
    # (the editor gave the chosen recording's transcript the window: the list is set aside)
    qtbot.waitUntil(lambda: "not a recording" in listing.error.text(), timeout=10000)
    assert listing.error.isVisibleTo(listing)
    assert listing.import_button.isEnabled()
    editor.close()


def test_the_file_chooser_offers_phone_videos(qtbot: QtBot, demo_context, monkeypatch
                                             ) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from tests.conftest import consent_to_audio

    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(
        lambda _parent, _title, _folder, patterns: (asked.append(patterns), ("", ""))[1]))
    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    interview_id = window.model.row_id(0)
    consent_to_audio(demo_context.project, interview_id)
    editor = window.open_editor(interview_id)
    editor.recordings.import_button.click()
    assert len(asked) == 1, editor.recordings.error.text()
    offered = set(asked[0].split("(")[1].rstrip(")").split())
    assert {"*.mp4", "*.mov", "*.m4v", "*.3gp", "*.m4a"} <= offered
    editor.close()


def test_a_transcript_made_elsewhere_is_read_from_the_lists_menu(
        qtbot: QtBot, demo_context, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog, QMessageBox
    from sqlalchemy import text

    from tests.conftest import consent_to_audio

    voice_like(tmp_path / "telefoon.wav", 3.0)
    (tmp_path / "elders.srt").write_text(
        "1\n00:00:00,000 --> 00:00:01,500\nS1: Goedemorgen.\n\n"
        "2\n00:00:01,500 --> 00:00:09,000\nHoe gaat het?\n", "utf-8")
    chosen = [tmp_path / "telefoon.wav", tmp_path / "elders.srt", tmp_path / "elders.srt"]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(
        lambda *_args: (str(chosen.pop(0)), "")))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _parent, title, _text: (asked.append(title), QMessageBox.StandardButton.Yes)[1]))
    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    interview_id = window.model.row_id(0)
    consent_to_audio(demo_context.project, interview_id)
    listing = window.open_editor(interview_id).recordings
    listing.import_button.click()
    qtbot.waitUntil(lambda: listing.list.count() == 1 and "(recording…)" not in
                    listing.list.item(0).text(), timeout=10000)
    assert not listing.import_transcript_action.isEnabled(), "no recording chosen yet"
    listing.list.setCurrentRow(0)
    assert listing.import_transcript_action.isEnabled()
    menu = listing.list.actions()
    assert listing.import_transcript_action in menu
    listing.import_transcript_action.trigger()
    qtbot.waitUntil(lambda: "elders.srt read onto the recording: 2" in listing.error.text(),
                    timeout=10000)
    listing.import_transcript_action.trigger()  # there is one: asked, then replaced
    qtbot.waitUntil(lambda: bool(asked) and "recording: 2" in listing.error.text(),
                    timeout=10000)
    with demo_context.session() as s:
        rows = s.execute(text(
            "SELECT s.start_ms, s.end_ms, s.text FROM transcript_segment s JOIN transcript t "
            "ON t.id = s.transcript_id WHERE t.recording_id = :r ORDER BY s.start_ms"),
            {"r": listing.list.item(0).data(256)}).all()
    assert [tuple(r) for r in rows] == [(0, 1500, "S1: Goedemorgen."),
                                        (1500, 3000, "Hoe gaat het?")]
    assert asked == ["Replace the transcript?"]
