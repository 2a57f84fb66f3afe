"""Listening back: waveform in the background, play, seek by click, 5 s back, markers, speed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtMultimedia import QMediaPlayer
from pytestqt.qtbot import QtBot

from tests.core.test_import import voice_like
from tests.ui.test_microphone import needs
from ui.main_window import MainWindow
from veldwerk.audio import markers
from veldwerk.audio.importing import import_file


def test_listen_back_with_waveform_and_markers(qtbot: QtBot, demo_context, microphone: str,
                                               tmp_path: Path) -> None:
    needs(microphone)  # its PulseAudio also gives the player a sound output
    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    interview_id = window.model.row_id(0)
    voice_like(tmp_path / "verhaal.wav", 8.0)
    take = import_file(demo_context.project, interview_id, tmp_path / "verhaal.wav").recording
    demo_context.project.run(lambda s: markers.add(s, take.id, 6000, "Over de buren"))
    editor = window.open_editor(interview_id)
    player = editor.player
    assert not player.isVisibleTo(editor)
    editor.recordings.list.setCurrentRow(0)
    assert player.isVisibleTo(editor)
    qtbot.waitUntil(lambda: len(player.wave.peaks) > 100, timeout=5000)
    assert max(high for _low, high in player.wave.peaks) > 3000
    assert player.wave.marks == [6000]
    assert player.marker_list.item(0).text() == "00:00:06  Over de buren"

    player.toggle()
    qtbot.waitUntil(lambda: player.player.position() > 300, timeout=8000)
    assert player.play_button.text() == "❚❚ Pause"
    wave = player.wave
    qtbot.mouseClick(wave, Qt.MouseButton.LeftButton,
                     pos=QPointF(wave.width() * 0.75, wave.height() / 2).toPoint())
    qtbot.waitUntil(lambda: player.player.position() >= 5500, timeout=5000)
    player.back()
    qtbot.waitUntil(lambda: player.player.position() < 3000, timeout=5000)
    player.speed.setCurrentIndex(player.speed.findData(1.5))
    assert player.player.playbackRate() == 1.5
    player.marker_list.setCurrentRow(0)
    player._jump(player.marker_list.item(0))
    qtbot.waitUntil(lambda: player.player.position() >= 5900, timeout=5000)
    player.toggle()
    qtbot.waitUntil(lambda: player.player.playbackState()
                    != QMediaPlayer.PlaybackState.PlayingState, timeout=3000)
    editor.close()


def test_markers_are_added_labelled_moved_and_removed_with_undo(
        qtbot: QtBot, demo_context, microphone: str, tmp_path: Path) -> None:
    needs(microphone)
    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    interview_id = window.model.row_id(0)
    voice_like(tmp_path / "verhaal.wav", 8.0)
    take = import_file(demo_context.project, interview_id, tmp_path / "verhaal.wav").recording
    editor = window.open_editor(interview_id)
    editor.show()
    player = editor.player
    editor.recordings.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: player.player.mediaStatus()
                    == QMediaPlayer.MediaStatus.LoadedMedia, timeout=5000)
    assert not player.label_button.isEnabled()  # nothing chosen yet

    def stored() -> list[tuple[int, str]]:
        return demo_context.read(lambda s: [(m.offset_ms, m.label)
                                            for m in markers.of_recording(s, take.id)])

    player.player.setPosition(2000)
    qtbot.waitUntil(lambda: player.player.position() == 2000, timeout=5000)
    editor.record_panel.mark()  # Ctrl+M while not recording marks where we listen
    # The list is read again twice (the change, then the new marker chosen): wait for both.
    qtbot.waitUntil(lambda: player.marker_list.count() == 1
                    and player.marker_list.currentRow() == 0, timeout=3000)
    assert stored() == [(2000, "")]
    assert player.label_button.isEnabled()

    item = player.marker_list.item(0)
    item.setText("De bakker")  # what the in-place editor (F2) commits
    qtbot.waitUntil(lambda: stored() == [(2000, "De bakker")], timeout=3000)
    qtbot.waitUntil(lambda: player.marker_list.item(0).text() == "00:00:02  De bakker",
                    timeout=3000)

    player.player.setPosition(5000)
    qtbot.waitUntil(lambda: player.player.position() == 5000, timeout=5000)
    qtbot.mouseClick(player.move_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored() == [(5000, "De bakker")], timeout=3000)
    qtbot.waitUntil(lambda: player.wave.marks == [5000], timeout=3000)

    player.marker_list.setCurrentRow(0)
    qtbot.mouseClick(player.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored() == [] and player.marker_list.count() == 0, timeout=3000)
    assert player.undo_button.isVisibleTo(editor)
    qtbot.mouseClick(player.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored() == [(5000, "De bakker")], timeout=3000)
    assert not player.undo_button.isVisibleTo(editor)
    editor.close()
