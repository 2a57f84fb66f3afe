"""Transcripts in the windows that search and merge: Search all notes finds what was said
and opens the player at the segment's time; the Inbox shows two transcripts of one
recording side by side and keeps the one chosen; the coordinator plays a laptop's take
from its Opus copy with the transcript beside it, and says so when it holds no sound."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from tests.conftest import consent_to_audio
from tests.core.test_import import voice_like
from tests.core.test_transcript_travel import BRAMS, SAID, _send, two_transcripts
from tests.helpers import merging
from tests.helpers import team as teams
from tests.ui.conftest import make_context
from ui.main_window import MainWindow
from ui.merge.inbox_dialog import InboxDialog
from veldwerk import transcripts
from veldwerk.audio.importing import import_file
from veldwerk.audio.processing import compress


def test_search_finds_what_was_said_and_opens_the_player_there(
        qtbot: QtBot, demo_context, tmp_path: Path) -> None:
    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    interview_id = window.model.row_id(0)
    voice_like(tmp_path / "verhaal.wav", 8.0)
    take = import_file(demo_context.project, interview_id, tmp_path / "verhaal.wav").recording

    def typed(s):  # type: ignore[no-untyped-def]
        transcript = transcripts.begin(s, take.id, "nl")
        s.flush()
        for n in range(24):  # more than the view holds: it must scroll to the one found
            transcripts.add_segment(s, transcript.id, n * 300, n * 300 + 300,
                                    f"Stuk {n}: eerst even de koffie, en dan verder.")
        transcripts.add_segment(s, transcript.id, 7300, 7900,
                                "Het buurthuis Zonnebloemhof ging dicht.")
    demo_context.project.run(typed)
    window.show_search()
    dialog = window.search_dialog
    assert dialog is not None
    QTest.keyClicks(dialog.query, "zonnebloem")
    qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=10000)
    (hit,) = dialog.hits
    assert (hit.source, hit.where, hit.offset_ms) == ("transcript_segment", "0:07", 7300)
    assert "Zonnebloemhof" in dialog.results.item(0).toolTip()
    assert dialog.results.item(0).toolTip().startswith(
        f"{hit.title} › Recording 1 › 0:07: "), "the hit names its recording"
    dialog.results.setCurrentRow(0)
    (open_button,) = [b for b in dialog.findChildren(QPushButton) if b.text() == "&Open"]
    open_button.click()
    editor = window.editors[interview_id]
    player = editor.player
    qtbot.waitUntil(lambda: player.recording is not None, timeout=10000)
    assert player.recording.id == take.id
    assert player.wave.position_ms == 7300, "the player stands at the segment"
    qtbot.waitUntil(lambda: player.player.position() == 7300, timeout=5000)  # plays from there
    view = editor.transcript
    qtbot.waitUntil(lambda: len(view.order) == 25, timeout=10000)
    found = view.order[-1]
    assert found.segment.start_ms == 7300
    qtbot.waitUntil(lambda: view.playing is found, timeout=5000)
    assert found.accessibleDescription() == "Playing now", "the segment found is framed"

    def in_view() -> bool:
        top = found.mapTo(view.scroll.viewport(), found.rect().topLeft()).y()
        return top >= 0 and top + found.height() <= view.scroll.viewport().height()
    qtbot.waitUntil(lambda: view.body.height() > 2 * view.scroll.viewport().height(),
                    timeout=5000)  # more than fits: it must scroll
    qtbot.waitUntil(in_view, timeout=5000)
    assert view.scroll.verticalScrollBar().value() > 0
    editor.close()
    dialog.close()


def test_the_inbox_shows_two_transcripts_side_by_side_and_keeps_one(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    boss, _anna, _bram, _brams = two_transcripts(tmp_path)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _parent, _title, question, *_a: asked.append(question)
        or QMessageBox.StandardButton.Yes))
    context = make_context(boss.entry, boss.me, boss.data)
    dialog = InboxDialog(context)
    qtbot.addWidget(dialog)
    try:
        brought = [dialog.bundles.item(r, 3).text() for r in range(dialog.bundles.rowCount())]
        assert sorted(brought)[0].startswith("1 interview, 1 recording, 1 transcript, ")
        assert "1 transcript, " in sorted(brought)[1]
        assert dialog.conflict_list.count() == 1
        assert dialog.conflict_list.item(0).text().startswith(
            "Transcript of recording 1 of «Aan de Kievitslaan»")
        assert "was transcribed twice" in dialog.panel.differs.text()
        assert (dialog.ours.toPlainText(), dialog.theirs.toPlainText()) == (SAID, BRAMS)
        assert not dialog.save_merged.isEnabled(), "two transcripts are not one text"
        dialog.take_theirs.click()
        assert asked[-1].startswith("The transcript of Bram Smit (")
        qtbot.waitUntil(lambda: dialog.conflict_list.count() == 0, timeout=30000)
        said = context.read(lambda s: list(s.execute(text(
            "SELECT text FROM transcript_segment")).scalars()))
        assert said == [BRAMS], "Bram's stays, Anna's went"
    finally:
        dialog.close()
        context.close()


def test_the_coordinator_plays_a_laptops_take_from_its_opus_copy_beside_its_transcript(
        qtbot: QtBot, tmp_path: Path) -> None:
    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    voice_like(tmp_path / "verhaal.wav", 6.0)
    with anna.open() as project:
        interview_id = teams.field_work(project, "Walk A interview")
        consent_to_audio(project, interview_id)
        take = import_file(project, interview_id, tmp_path / "verhaal.wav").recording
        compress(project, take.id)  # the Opus copy the bundle carries

        def typed(s):  # type: ignore[no-untyped-def]
            transcript = transcripts.begin(s, take.id, "nl")
            s.flush()
            transcripts.add_segment(s, transcript.id, 500, 3000, SAID)
        project.run(typed)
    with boss.open() as project:
        merging.trust(project, anna)
    _send(boss, anna, tmp_path / "bundles")
    context = make_context(boss.entry, boss.me, boss.data)
    window = MainWindow(context, lambda: None)
    qtbot.addWidget(window)
    try:
        (opus,) = context.project.media.glob("*.ogg")
        assert not list(context.project.media.glob("*.wav")), "the original stayed behind"
        editor = window.open_editor(interview_id)
        editor.show()
        player, recordings = editor.player, editor.recordings.list

        def choose() -> None:
            qtbot.mouseClick(recordings.viewport(), Qt.MouseButton.LeftButton,
                             pos=recordings.visualItemRect(recordings.item(0)).center())
        choose()
        qtbot.waitUntil(lambda: player.player.duration() > 5000, timeout=10000)
        assert player.recording is not None and player.recording.id == take.id
        assert player.listening.isVisible() and not player.missing.isVisible()
        assert len(player.wave.peaks) > 100 and max(h for _l, h in player.wave.peaks) > 1000
        qtbot.waitUntil(lambda: len(editor.transcript.order) == 1, timeout=10000)
        row = editor.transcript.order[0]
        assert row.text.toPlainText() == SAID and row.isVisible()
        assert not row.text.isReadOnly(), "the coordinator corrects transcripts"
        assert player.segment_button.isEnabled()
        recordings.setCurrentRow(-1)
        editor.close()

        opus.unlink()  # no sound of this recording on this computer at all
        editor = window.open_editor(interview_id)
        editor.show()
        player, recordings = editor.player, editor.recordings.list
        choose()
        qtbot.waitUntil(lambda: player.missing.isVisible(), timeout=10000)
        assert "not on this computer" in player.missing.text()
        assert not player.listening.isVisible() and player.recording is None
        qtbot.waitUntil(lambda: len(editor.transcript.order) == 1, timeout=10000)
        assert editor.transcript.order[0].text.toPlainText() == SAID, "still readable"
        editor.close()
    finally:
        window.close()
        context.close()
