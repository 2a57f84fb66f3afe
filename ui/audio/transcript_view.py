"""The transcript beside the waveform: what was said, segment by segment, corrected while
listening. The segment being played is marked and kept in view; its time plays from there;
typing is saved as notes are (``ui/interviews/autosave.py``: within a second, and on
close); the speaker is chosen per segment. With no model at all a person types the
transcript: Ctrl+Enter starts a segment where the player stands. A segment is removed by
its ✕ (or Ctrl+Shift+Delete in its text) and put back by Undo, as the player's markers
are."""

from __future__ import annotations

from bisect import bisect_right
from contextlib import suppress
from functools import partial
from math import ceil
from time import perf_counter
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui import errors
from ui.appearance import accent
from ui.audio.record_panel import clock
from ui.context import ProjectContext
from ui.interviews.autosave import Autosaver, Base, Slot
from ui.operations import run_in_background
from ui.widgets import emphasise, named, px
from veldwerk import notes, setup, transcripts
from veldwerk.audio import media
from veldwerk.consent import records
from veldwerk.errors import NotFound

NEW_SEGMENT_KEYS = "Ctrl+Return"
REMOVE_SEGMENT_KEYS = "Ctrl+Shift+Del"  # a text edit takes Delete and Ctrl+Delete itself
NEW_ROWS_SECONDS = 0.004  # one pass of the event loop makes new rows for about this long


def keys_text(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class Segment(NamedTuple):
    id: str
    start_ms: int
    end_ms: int
    text: str
    speaker: str  # "p:<participant id>", "m:<member id>" or ""


class Shown(NamedTuple):
    """What the view shows of one recording, read in the background."""

    transcript_id: str | None
    engine: str
    segments: list[Segment]
    speakers: list[tuple[str, str]]  # (key as in Segment.speaker, label)
    refused: str = ""  # why it may not be changed (the people's consent), "" if it may


def speaker_key(participant_id: str | None, member_id: str | None) -> str:
    return f"p:{participant_id}" if participant_id else f"m:{member_id}" if member_id else ""


def read_shown(session: Any, recording_id: str) -> Shown:
    transcript = transcripts.of_recording(session, recording_id)
    people = [(speaker_key(s.participant_id, s.member_id), s.label)
              for s in transcripts.speakers(session, recording_id)]
    if transcript is None:
        return Shown(None, "", [], people)
    rows = [Segment(s.id, s.start_ms, s.end_ms, s.text, speaker_key(s.participant_id,
                                                                    s.member_id))
            for s in transcripts.segments(session, transcript.id)]
    recording = media.recording(session, recording_id)
    refused = transcripts.refusal(session, recording.interview_id) if recording else ""
    return Shown(transcript.id, transcript.engine, rows, people, refused)


def save_segment(session: Any, segment_id: Slot, text: str, _base: Base) -> notes.Saved:
    """A segment's corrected text; one removed meanwhile (a transcript replaced, an erasure)
    takes what was typed in it along."""
    with suppress(NotFound):
        transcripts.update_segment(session, str(segment_id), said=text)
    return notes.Saved(True, None)  # type: ignore[arg-type]


class Removed(NamedTuple):
    """A removed segment, whole, so Undo can put it back (as a new row: the removal
    itself travels in bundles as the row's purge)."""

    transcript_id: str
    start_ms: int
    end_ms: int
    text: str
    words: list[tuple[int, int, str]]
    participant_id: str | None
    member_id: str | None
    edited: bool


def remove_segment(session: Any, segment_id: str) -> Removed | None:
    """Remove the segment; what Undo needs to put it back (None: it was gone already)."""
    segment = transcripts.get_segment(session, segment_id)
    if segment is None:
        return None
    removed = Removed(segment.transcript_id, segment.start_ms, segment.end_ms, segment.text,
                      transcripts.words_of(segment), segment.participant_id,
                      segment.member_id, segment.edited)
    transcripts.remove_segment(session, segment_id)
    return removed


def put_back(session: Any, removed: Removed) -> str:
    return transcripts.add_segment(
        session, removed.transcript_id, removed.start_ms, removed.end_ms, removed.text,
        removed.words, removed.participant_id, removed.member_id, removed.edited).id


class SegmentText(QTextEdit):
    """Plain text as tall as its lines at the width it has (the list scrolls, not each
    segment) and says when it loses focus, so the text is saved right then.

    Its height is fixed to its own document's, set again whenever that document's laid-out
    size changes (a new width, typing, a larger text size). Not height-for-width: then every
    layout pass over the list asked each row, in Python, at several widths, and a long
    transcript's window stalled at every segment a transcription added."""

    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(px(60))
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, _size: object = None) -> None:
        lines = max(self.document().size().height(), self.fontMetrics().lineSpacing() + 8)
        height = ceil(lines) + 2 * self.frameWidth() + 1
        if height != self.maximumHeight():
            self.setFixedHeight(height)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class SegmentRow(QFrame):
    """One segment: its time (press it to listen from there), its speaker, its text, and
    ✕ to remove it."""

    def __init__(self, view: TranscriptView, segment: Segment) -> None:
        super().__init__(view.body)  # a child of the list from the start: not moved into it later
        self.setObjectName("segmentRow")
        self.segment = segment
        self._speakers: list[tuple[str, str]] | None = None  # the choices last shown
        self.time = QPushButton(clock(segment.start_ms))
        self.time.setFlat(True)
        self.time.clicked.connect(lambda: view.play_from(self.segment.start_ms))
        self.speaker = QComboBox()
        self.speaker.currentIndexChanged.connect(
            lambda _i: view.speaker_chosen(self.segment.id, self.speaker.currentData()))
        self.text = SegmentText()
        self.text.setPlainText(segment.text)
        self.text.textChanged.connect(
            lambda: view.saver.typed(self.segment.id, self.text.toPlainText()))
        self.text.textChanged.connect(view.typing)
        self.text.left.connect(view.saver.flush)
        self.remove = QPushButton("✕")
        self.remove.clicked.connect(lambda: view.remove_segment(self.segment.id))
        QShortcut(QKeySequence(REMOVE_SEGMENT_KEYS), self.text,
                  activated=lambda: view.remove_segment(self.segment.id),
                  context=Qt.ShortcutContext.WidgetShortcut)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.time)
        top.addWidget(self.speaker, 1)
        top.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(px(4), px(2), px(4), px(2))
        layout.setSpacing(px(2))
        layout.addLayout(top)
        layout.addWidget(self.text)
        self._named()
        self.set_playing(False)

    def _named(self) -> None:
        at = clock(self.segment.start_ms)
        named(self.time, self.tr("Listen from {time}").format(time=at),
              self.tr("Play the recording from this segment"))
        named(self.speaker, self.tr("Speaker at {time}").format(time=at))
        named(self.text, self.tr("Said at {time}").format(time=at),
              self.tr("Correct the text while you listen; it is saved as you type"))
        named(self.remove, self.tr("Remove the segment at {time}").format(time=at),
              self.tr("Remove this segment ({keys} while typing in it); can be undone")
              .format(keys=keys_text(REMOVE_SEGMENT_KEYS)))

    def show_segment(self, segment: Segment, speakers: list[tuple[str, str]],
                     keep_text: bool) -> None:
        """The stored segment; ``keep_text`` while the person's own typing is newer."""
        if segment == self.segment and speakers == self._speakers and (
                keep_text or self.text.toPlainText() == segment.text):
            return  # as shown: a long transcript has many rows, and each reload asks them all
        self._speakers = speakers
        moved = segment.start_ms != self.segment.start_ms
        self.segment = segment
        if moved:
            self.time.setText(clock(segment.start_ms))
            self._named()
        if not keep_text and self.text.toPlainText() != segment.text:
            self.text.blockSignals(True)
            self.text.setPlainText(segment.text)
            self.text.blockSignals(False)
        self.speaker.blockSignals(True)
        if [self.speaker.itemData(i) for i in range(self.speaker.count())] != \
                ["", *(key for key, _label in speakers)]:
            self.speaker.clear()
            self.speaker.addItem(self.tr("Speaker?"), "")
            for key, label in speakers:
                self.speaker.addItem(label, key)
        self.speaker.setCurrentIndex(max(0, self.speaker.findData(segment.speaker)))
        self.speaker.blockSignals(False)

    def lock(self, locked: bool) -> None:
        """Nothing of a locked segment can be changed, nor removed."""
        self.text.setReadOnly(locked)
        self.speaker.setEnabled(not locked)
        self.remove.setVisible(not locked)

    def set_playing(self, playing: bool) -> None:
        """Marked by a border in the focus colour (not by colour alone: it also says so)."""
        colour = accent("focus").name() if playing else "transparent"
        self.setStyleSheet(f"#segmentRow {{ border: {px(3)}px solid {colour}; }}")
        self.setAccessibleDescription(self.tr("Playing now") if playing else "")


class TranscriptView(QWidget):
    """Beside the player (``ui/audio/player.py`` owns it; the editor places it)."""

    changed_typing = Signal()  # someone typed: the editor says "Saving…"
    appeared = Signal()  # shown for a recording: the editor makes room beside the notes
    vanished = Signal()  # no recording any more: the editor shows all it has again

    def __init__(self, context: ProjectContext, player: QMediaPlayer,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.player = context, player
        self.recording_id: str | None = None
        self.shown = Shown(None, "", [], [])
        self.rows: dict[str, SegmentRow] = {}
        self.order: list[SegmentRow] = []
        self.playing: SegmentRow | None = None
        self._focus_wanted: str | None = None
        self._wanted_ms: int | None = None
        self._token = 0
        self._reading = self._again = False  # a read in flight; another asked meanwhile
        self.locked = context.read_only
        self.saver = Autosaver(context, "", parent=self, save=save_segment,
                               what=self.tr("the transcript"))
        self.title = QLabel(self.tr("Transcript"))
        emphasise(self.title, 1.1)
        self.hint = QLabel(self.tr(
            "No transcript yet. Transcribe the recording, or type it yourself: {keys} "
            "starts a segment where you are listening.").format(
                keys=keys_text(NEW_SEGMENT_KEYS)))
        self.hint.setWordWrap(True)
        self.refused = QLabel()  # why this transcript can be read but not changed
        self.refused.setWordWrap(True)
        self.refused.setObjectName("saveWarning")
        self.refused.hide()
        self.body = QWidget()
        # Its rows paint themselves: when it grows (a segment more at the end) only what is
        # new is painted, not every row in view again.
        self.body.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.rows_layout = QVBoxLayout(self.body)
        self.rows_layout.setContentsMargins(px(4), px(4), px(4), px(4))
        self.rows_layout.setSpacing(px(2))
        # The list grows to its rows before they are placed: laid out at its old height, a
        # new row squeezed every row by a pixel, and the scroll area's resize put them back
        # (every row resized and moved twice per segment a transcription added).
        self.rows_layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        self.rows_layout.addWidget(self.hint)
        self.rows_layout.addStretch(1)
        self.scroll = named(QScrollArea(), self.tr("Transcript"),
                            self.tr("What was said, segment by segment"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.body)
        self.removed: Removed | None = None  # what Undo puts back
        self.undo_button = named(QPushButton(self.tr("Undo")), self.tr("Undo remove segment"),
                                 self.tr("Put the removed segment back"))
        self.undo_button.clicked.connect(self.undo_remove)
        self.undo_button.hide()
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self.buttons)
        layout.addWidget(self.refused)
        layout.addWidget(self.scroll, 1)
        self.setMinimumWidth(px(240))
        QShortcut(QKeySequence(NEW_SEGMENT_KEYS), self, activated=self.add_segment,
                  context=Qt.ShortcutContext.WindowShortcut)
        player.positionChanged.connect(self.follow)
        context.changed.connect(self._tables_changed)
        self.hide()

    # reading

    def load(self, recording_id: str | None, at_ms: int | None = None) -> None:
        """Show this recording's transcript (read in the background); None hides it.
        ``at_ms``: the segment to frame once read (a search found it), as the player may
        not stand there yet."""
        if recording_id != self.recording_id:
            self.saver.flush()
            self._clear()
            self._forget_removed()
        self.recording_id = recording_id
        self._wanted_ms = at_ms
        was_hidden = self.isHidden()
        self.setVisible(recording_id is not None)
        if was_hidden and recording_id is not None:
            self.appeared.emit()
        elif not was_hidden and recording_id is None:
            self.vanished.emit()
        self.reload()

    def reload(self) -> None:
        self._token += 1  # a read in flight is older than this: it is not shown
        if self.recording_id is None:
            return
        if self._reading:
            # One read at a time: a transcription writes a segment or more a second, and
            # a read (and its showing) per write kept the window busy; what came meanwhile
            # is read once when the read in flight is in.
            self._again = True
            return
        self._read()

    def _read(self) -> None:
        token, recording_id, context = self._token, self.recording_id, self.context
        self._reading, self._again = True, False

        def read(shown: Shown) -> None:
            self._reading = False
            if self._again and self.recording_id is not None:
                self._read()
            else:
                self._show(token, shown)

        def failed(exc: BaseException) -> None:
            self._reading = False
            errors.report(exc, self)

        run_in_background(self, lambda _p, _c: context.read(
            lambda s: read_shown(s, recording_id)), on_success=read, on_failure=failed)

    def _tables_changed(self, tables: frozenset[str]) -> None:
        if self.recording_id is not None and tables & (transcripts.READS
                                                       | records.AUDIO_GATE_READS):
            self.reload()

    def _clear(self) -> None:
        for row in self.order:
            row.deleteLater()
        self.rows.clear()
        self.order.clear()
        self.playing = None
        self.shown = Shown(None, "", [], [])

    def _show(self, token: int, shown: Shown) -> None:
        """The stored segments, keeping each row (and the cursor in it) that is still
        there, and the text the person is typing that is not saved yet."""
        if token != self._token:
            return
        if shown.refused != self.shown.refused:  # consent withdrawn (or given) meanwhile
            for row in self.order:
                row.lock(self.locked or bool(shown.refused))
        self.refused.setText(self.tr("This transcript can be read, not changed: {reason}")
                             .format(reason=shown.refused) if shown.refused else "")
        self.refused.setVisible(bool(shown.refused))
        self.shown = shown
        unsaved = self.saver.unsaved_text()
        wanted: list[SegmentRow] = []
        started, made, later = perf_counter(), 0, False
        for segment in shown.segments:
            row = self.rows.get(segment.id)
            if row is None:
                if made and perf_counter() - started > NEW_ROWS_SECONDS:
                    later = True  # made in the next pass of the event loop
                    continue
                made += 1
                row = self.rows[segment.id] = SegmentRow(self, segment)
                row.lock(self.locked or bool(shown.refused))
            row.show_segment(segment, shown.speakers, keep_text=segment.id in unsaved
                             or row.text.hasFocus())
            wanted.append(row)
        for segment_id in set(self.rows) - {s.id for s in shown.segments}:
            gone = self.rows.pop(segment_id)
            if gone is self.playing:
                self.playing = None
            self.rows_layout.removeWidget(gone)
            gone.deleteLater()
        if wanted != self.order:
            # Only the rows not yet in their place move: while a transcription comes in,
            # rows are added at the end, and taking every row out and back in laid out
            # the whole list again per segment (the window stalled).
            for index, row in enumerate(wanted):
                if self.rows_layout.indexOf(row) != 1 + index:
                    self.rows_layout.removeWidget(row)
                    self.rows_layout.insertWidget(1 + index, row)
                    row.setVisible(True)  # now, not later: placed before follow() scrolls
            self.order = wanted
        self.hint.setVisible(not wanted)
        if later:
            # A row costs a few milliseconds to make and place: made all at once, the
            # segments a transcription wrote during one read (or a long transcript opened)
            # held the window for as many times that. The rest come after what waits.
            # A timer, not a zero one: that is a posted event, handled before the window's
            # timers and paint as if in the same pass.
            self.follow(self.player.position())
            QTimer.singleShot(1, self, partial(self._show, token, shown))
            return
        at, self._wanted_ms = self._wanted_ms, None
        self.follow(self.player.position() if at is None else at)
        if self._focus_wanted in self.rows:
            row = self.rows[self._focus_wanted]
            self._focus_wanted = None
            row.text.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(row)

    def add_buttons(self, *buttons: QPushButton) -> None:
        """The player's transcript buttons, beside the title."""
        for button in buttons:
            self.buttons.insertWidget(self.buttons.count() - 2, button)
        self.setMinimumWidth(self.buttons.minimumSize().width())

    def lock(self) -> None:
        """Read-only, or the interview was erased: nothing here can be changed."""
        self.locked = True
        for row in self.order:
            row.lock(True)
        self._forget_removed()

    # listening

    def follow(self, ms: int) -> None:
        """Mark the segment being played (the last to start at or before ``ms``) and keep
        it in view."""
        starts = [row.segment.start_ms for row in self.order]
        index = bisect_right(starts, ms) - 1
        row = self.order[index] if index >= 0 else None
        if row is self.playing:
            return
        if self.playing is not None:
            self.playing.set_playing(False)
        self.playing = row
        if row is not None:
            row.set_playing(True)
            # rows just added have no place yet: lay them out (and size the scrolled body)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self.scroll.ensureWidgetVisible(row, 0, px(8))

    def play_from(self, ms: int) -> None:
        self.player.setPosition(ms)
        self.player.play()

    # writing

    def typing(self) -> None:
        self.changed_typing.emit()

    def speaker_chosen(self, segment_id: str, key: str) -> None:
        participant = key[2:] if key.startswith("p:") else None
        member = key[2:] if key.startswith("m:") else None
        self.context.write(lambda s: transcripts.update_segment(
            s, segment_id, participant_id=participant, member_id=member),
            on_failure=lambda exc: errors.report(exc, self), what=self.tr("the speaker"))

    def add_segment(self) -> None:
        """A new segment where the player stands, ready to type in (Ctrl+Enter)."""
        if self.recording_id is None or self.locked:
            return
        recording_id, at = self.recording_id, self.player.position()
        project_id = self.context.project_id
        self.saver.flush()

        def add(s: Any) -> str:
            language = setup.project(s, project_id).language  # type: ignore[union-attr]
            return transcripts.start_segment_at(s, recording_id, at, language).id

        def added(segment_id: str) -> None:
            self._focus_wanted = segment_id
            self.reload()

        self.context.write(add, on_success=added, on_failure=lambda exc: errors.report(exc, self),
                           what=self.tr("the transcript"))

    def remove_segment(self, segment_id: str) -> None:
        """Remove a segment (its ✕, or the keys in its text); Undo puts it back. What was
        typed in it is saved first, so Undo brings back the text as it stood."""
        if self.locked or segment_id not in self.rows:
            return
        self.saver.flush()
        self.context.write(lambda s: remove_segment(s, segment_id), on_success=self._removed_one,
                           on_failure=lambda exc: errors.report(exc, self),
                           what=self.tr("the transcript"))

    def _removed_one(self, removed: Removed | None) -> None:
        self.removed = removed
        self.undo_button.setVisible(removed is not None and not self.locked)
        if removed is not None:
            self.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _forget_removed(self) -> None:
        self.removed = None
        self.undo_button.hide()

    def undo_remove(self) -> None:
        removed = self.removed
        self._forget_removed()
        if removed is None or self.locked:
            return

        def back(segment_id: str) -> None:
            self._focus_wanted = segment_id
            self.reload()

        self.context.write(lambda s: put_back(s, removed), on_success=back,
                           on_failure=lambda exc: errors.report(exc, self),
                           what=self.tr("the transcript"))

    def save_everything(self, timeout: float = 10.0) -> bool:
        return self.saver.flush_and_wait(timeout)
