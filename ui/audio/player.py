"""Listening back: a waveform with markers (click to seek), play/pause, 5 s back, speed,
and the markers listed beside it to jump to. The waveform is computed in the background."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QMouseEvent, QPainter, QPaintEvent, QShortcut
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.appearance import accent
from ui.audio.record_panel import clock
from ui.audio.transcribing import transcribe_recording
from ui.audio.transcript_view import NEW_SEGMENT_KEYS, TranscriptView
from ui.context import ProjectContext
from ui.operations import run_in_background
from ui.widgets import named, px
from veldwerk.audio import markers, media
from veldwerk.audio.waveform import peaks
from veldwerk.domain import Marker, Recording

SPEEDS = (0.75, 1.0, 1.25, 1.5)
MARKER_ID = Qt.ItemDataRole.UserRole + 1
RemovedMarker = tuple[str, int, str, "str | None"]  # recording, offset, label, topic
BACK_MS = 5000
SLOWER_KEYS, NORMAL_SPEED_KEYS = "F7", "F8"  # free while typing: text edits take no F-keys


class WaveformView(QWidget):
    """Draws (min, max) peaks, marker lines and the playhead; a click asks to seek."""

    seek = Signal(int)  # milliseconds

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(70)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Waveform"))
        self.setAccessibleDescription(self.tr("Click to listen from that moment"))
        self.peaks: list[tuple[int, int]] = []
        self.duration_ms = 0
        self.marks: list[int] = []
        self.position_ms = 0
        self.painted = False
        self._lines: list[QLineF] = []
        self._lines_for: tuple[int, int, int] = (0, 0, 0)

    def set_peaks(self, values: list[tuple[int, int]], duration_ms: int) -> None:
        self.peaks, self.duration_ms = values, duration_ms
        self.update()

    def set_position(self, ms: int) -> None:
        self.position_ms = ms
        self.update()

    def _x(self, ms: int) -> float:
        return ms / max(1, self.duration_ms) * self.width()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        middle, half = self.height() / 2, self.height() / 2 - 2
        if self.peaks:
            key = (self.width(), self.height(), id(self.peaks))
            if key != self._lines_for:  # one batch of lines per size: a paint stays < 1 ms
                step = self.width() / len(self.peaks)
                self._lines = [QLineF(n * step, middle - high / 32768 * half,
                                      n * step, middle - low / 32768 * half)
                               for n, (low, high) in enumerate(self.peaks)]
                self._lines_for = key
            painter.setPen(palette.text().color())
            painter.drawLines(self._lines)
            self.painted = True
        painter.setPen(accent("focus"))
        for mark in self.marks:
            painter.drawLine(QPointF(self._x(mark), 0), QPointF(self._x(mark), self.height()))
        painter.setPen(accent("error"))
        x = self._x(self.position_ms)
        painter.drawRect(QRectF(x - 1, 0, 2, self.height()))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.duration_ms:
            self.seek.emit(int(event.position().x() / max(1, self.width()) * self.duration_ms))


class PlayerPanel(QWidget):
    def __init__(self, context: ProjectContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.recording: Recording | None = None
        self._token = 0
        self._start_at: int | None = None  # where to stand once loaded
        self.player = QMediaPlayer(self)
        self.output = QAudioOutput(self)
        self.player.setAudioOutput(self.output)
        self.wave = WaveformView()
        self.wave.seek.connect(self.player.setPosition)
        self.play_button = named(QPushButton(self.tr("▶ Play")), self.tr("Play"),
                                 self.tr("Play or pause (Ctrl+P)"))
        self.play_button.clicked.connect(self.toggle)
        back = named(QPushButton(self.tr("⟲ 5 s")), self.tr("Back 5 seconds"),
                     self.tr("Listen to the last 5 seconds again (Ctrl+B)"))
        back.clicked.connect(self.back)
        self.speed = named(QComboBox(), self.tr("Speed"),
                           self.tr("Slower: {slower}; normal speed: {normal}").format(
                               slower=SLOWER_KEYS, normal=NORMAL_SPEED_KEYS))
        for value in SPEEDS:
            self.speed.addItem(f"{value:g}×", value)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.currentIndexChanged.connect(
            lambda _i: self.player.setPlaybackRate(self.speed.currentData()))
        self.time = QLabel(clock(0))
        self.transcript = TranscriptView(context, self.player)
        self.transcribe_button = named(QPushButton(self.tr("&Transcribe…")),
                                       self.tr("Transcribe"),
                                       self.tr("Write out what was said, on this computer"))
        self.transcribe_button.clicked.connect(
            lambda: self.recording and transcribe_recording(self, self.context,
                                                            self.recording.id))
        keys = QKeySequence(NEW_SEGMENT_KEYS).toString(QKeySequence.SequenceFormat.NativeText)
        self.segment_button = named(QPushButton(self.tr("New &segment")),
                                    self.tr("New segment"),
                                    self.tr("Start a segment of the transcript where you are "
                                            "listening ({keys})").format(keys=keys))
        self.segment_button.clicked.connect(self.transcript.add_segment)
        self.transcript.add_buttons(self.segment_button, self.transcribe_button)
        self.time.setAccessibleName(self.tr("Position"))
        self.marker_list = named(QListWidget(), self.tr("Markers"),
                                 self.tr("Choose a marker to listen from there"))
        self.marker_list.setMaximumWidth(px(300))
        self.marker_list.setMaximumHeight(px(110))
        self.marker_list.itemActivated.connect(self._jump)
        self.marker_list.itemClicked.connect(self._jump)
        self.marker_list.itemChanged.connect(self._relabelled)
        self.marker_list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.mark_button = named(QPushButton(self.tr("Add marker")), self.tr("Add marker"),
                                 self.tr("Add a marker where you are listening (Ctrl+M)"))
        self.mark_button.clicked.connect(lambda: self.add_marker())
        self.label_button = named(QPushButton(self.tr("Label…")), self.tr("Label marker"),
                                  self.tr("Give the chosen marker a label (F2)"))
        self.label_button.clicked.connect(self._edit_label)
        self.move_button = named(QPushButton(self.tr("Move here")), self.tr("Move marker here"),
                                 self.tr("Move the chosen marker to where you are listening"))
        self.move_button.clicked.connect(self._move_marker)
        self.remove_button = named(QPushButton(self.tr("Remove")), self.tr("Remove marker"),
                                   self.tr("Remove the chosen marker (Delete); can be undone"))
        self.remove_button.clicked.connect(self._remove_marker)
        self.undo_button = named(QPushButton(self.tr("Undo")), self.tr("Undo remove marker"),
                                 self.tr("Put the removed marker back"))
        self.undo_button.clicked.connect(self._undo_remove)
        self.undo_button.hide()
        self._removed: RemovedMarker | None = None
        self.marker_list.currentRowChanged.connect(lambda _r: self._enable_marker_buttons())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.marker_list,
                  activated=self._remove_marker, context=Qt.ShortcutContext.WidgetShortcut)
        context.changed.connect(self._tables_changed)
        self.player.positionChanged.connect(self._moved)
        self.player.mediaStatusChanged.connect(self._media_status)
        self.player.playbackStateChanged.connect(lambda _s: self._show_state())
        for keys, slot in (("Ctrl+P", self.toggle), ("Ctrl+B", self.back),
                           (SLOWER_KEYS, self.slower), (NORMAL_SPEED_KEYS, self.normal_speed)):
            QShortcut(QKeySequence(keys), self, activated=slot,
                      context=Qt.ShortcutContext.WindowShortcut)
        controls = QHBoxLayout()
        for widget in (self.play_button, back, self.speed, self.time):
            controls.addWidget(widget)
        controls.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.wave)
        left.addLayout(controls)
        left.addStretch(1)
        marker_buttons = QVBoxLayout()
        for button in (self.mark_button, self.label_button, self.move_button,
                       self.remove_button, self.undo_button):
            marker_buttons.addWidget(button)
        marker_buttons.addStretch(1)
        self.listening = QWidget()
        layout = QHBoxLayout(self.listening)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addWidget(self.marker_list)
        layout.addLayout(marker_buttons)
        # Said in words when this computer holds no sound of the recording at all.
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.hide()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.missing)
        outer.addWidget(self.listening)
        self._enable_marker_buttons()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()
        # Render once while hidden, as the editor opens: the first paint of these widgets
        # (style, glyphs) then does not stall the GUI when the first recording is chosen.
        self.resize(1000, 120)
        self.grab()

    def load(self, recording_id: str | None, at_ms: int | None = None) -> None:
        """Show the panel at once; rows, markers and peaks are read in the background, so
        the GUI thread never waits for the database or the file. ``at_ms``: where to stand
        once it is loaded (a search found a moment there)."""
        self._start_at = at_ms
        self.stop()
        self.recording = None
        self._token += 1
        token = self._token
        if recording_id is None:
            self._enable_marker_buttons()
            self.transcript.load(None)
            self.hide()
            return
        self.wave.set_peaks([], 0)
        self._show_markers([])
        self.missing.hide()
        self.listening.show()
        self._removed = None
        self.undo_button.hide()
        self.show()
        context = self.context

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            recording, marks = context.read(lambda s: (
                media.recording(s, recording_id), markers.of_recording(s, recording_id)))
            if recording is None or recording.state == "recording":
                return None
            # the original, else the Opus copy (all a coordinator holds of a laptop's take)
            path = media.sound_file(context.project.media, recording)
            if recording.state == "damaged" or path is None:
                return recording, marks, None, []
            return recording, marks, path, peaks(path, 2000, progress, cancelled,
                                                 recording.duration_ms)

        run_in_background(self, work, on_success=lambda found: self._loaded(token, found))

    def _loaded(self, token: int, found) -> None:  # type: ignore[no-untyped-def]
        if token != self._token:
            return  # another recording was chosen meanwhile
        if found is None:
            self.transcript.load(None)
            self.hide()
            return
        recording, marks, path, values = found
        self.transcript.load(recording.id, self._start_at)
        self.listening.setVisible(path is not None)
        self.missing.setVisible(path is None)
        if path is None:  # the transcript can still be read; there is nothing to hear
            self.missing.setText(self.tr(
                "This recording is damaged: its file is missing or changed. Run 'veldwerk "
                "audio check' to see what happened.") if recording.state == "damaged" else
                self.tr("The sound of this recording is not on this computer: neither "
                        "its file nor its compressed copy is here (a copy comes with the "
                        "laptop's next bundle). Its transcript can still be read."))
            self._enable_marker_buttons()
            return
        self.recording = recording
        self.player.setSource(QUrl.fromLocalFile(str(path)))
        self._show_markers(marks)
        self.wave.set_peaks(values, recording.duration_ms)
        if self._start_at is not None:
            self.player.setPosition(self._start_at)
            self._moved(self._start_at)

    def _media_status(self, status: QMediaPlayer.MediaStatus) -> None:
        """A position asked for before the file was loaded is dropped by the player: ask
        again once it is, so Play starts at the moment a search found."""
        if status == QMediaPlayer.MediaStatus.LoadedMedia and self._start_at is not None:
            at, self._start_at = self._start_at, None
            self.player.setPosition(at)

    # markers

    def _show_markers(self, marks: list[Marker], current: str | None = None) -> None:
        """The list shows the time; the label is the item's text, edited in place (F2)."""
        self.marker_list.blockSignals(True)
        self.marker_list.clear()
        for mark in marks:
            item = QListWidgetItem(mark.label)
            item.setData(Qt.ItemDataRole.UserRole, mark.offset_ms)
            item.setData(MARKER_ID, mark.id)
            item.setData(Qt.ItemDataRole.ToolTipRole, clock(mark.offset_ms))
            item.setText(f"{clock(mark.offset_ms)}  {mark.label}".rstrip())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.marker_list.addItem(item)
            if mark.id == current:
                self.marker_list.setCurrentItem(item)
        self.marker_list.blockSignals(False)
        self.wave.marks = [m.offset_ms for m in marks]
        self.wave.update()
        self._enable_marker_buttons()

    def _reload_markers(self, current: str | None = None) -> None:
        if self.recording is None:
            return
        recording_id = self.recording.id
        self._show_markers(self.context.read(lambda s: markers.of_recording(s, recording_id)),
                           current)

    def _tables_changed(self, tables: frozenset) -> None:  # type: ignore[type-arg]
        if "marker" in tables and self.recording is not None:
            item = self.marker_list.currentItem()
            self._reload_markers(item.data(MARKER_ID) if item else None)

    def _enable_marker_buttons(self) -> None:
        chosen = self.marker_list.currentItem() is not None
        self.mark_button.setEnabled(self.recording is not None)
        for button in (self.segment_button, self.transcribe_button):
            button.setEnabled(self.recording is not None and not self.transcript.locked)
        for button in (self.label_button, self.move_button, self.remove_button):
            button.setEnabled(chosen)

    def _chosen_marker(self) -> str | None:
        item = self.marker_list.currentItem()
        return None if item is None else str(item.data(MARKER_ID))

    def add_marker(self, label: str = "") -> None:
        """A marker where the player is; the new marker is chosen so F2 labels it."""
        if self.recording is None:
            return
        recording_id, offset = self.recording.id, self.player.position()
        self.context.write(lambda s: markers.add(s, recording_id, offset, label).id,
                           on_success=lambda new_id: self._reload_markers(new_id))

    def _edit_label(self) -> None:
        item = self.marker_list.currentItem()
        if item is not None:
            self.marker_list.blockSignals(True)
            item.setText(item.text().split("  ", 1)[1] if "  " in item.text() else "")
            self.marker_list.blockSignals(False)
            self.marker_list.editItem(item)

    def _relabelled(self, item: QListWidgetItem) -> None:
        marker_id, text = str(item.data(MARKER_ID)), item.text()
        prefix = clock(int(item.data(Qt.ItemDataRole.UserRole)))
        label = text[len(prefix):] if text.startswith(prefix) else text
        self.context.write(lambda s: markers.update(s, marker_id, label=label))

    def _move_marker(self) -> None:
        marker_id, offset = self._chosen_marker(), self.player.position()
        if marker_id is not None:
            self.context.write(lambda s: markers.update(s, marker_id, offset_ms=offset))

    def _remove_marker(self) -> None:
        marker_id = self._chosen_marker()
        if marker_id is None:
            return

        def remove(session):  # type: ignore[no-untyped-def]
            kept = markers.get(session, marker_id)
            if kept is None:
                return None
            removed = (kept.recording_id, kept.offset_ms, kept.label, kept.topic_id)
            markers.remove(session, marker_id)
            return removed

        self.context.write(remove, on_success=self._removed_one)

    def _removed_one(self, removed: RemovedMarker | None) -> None:
        self._removed = removed
        self.undo_button.setVisible(removed is not None)
        if removed is not None:
            self.undo_button.setFocus()

    def _undo_remove(self) -> None:
        removed, self._removed = self._removed, None
        self.undo_button.hide()
        if removed is not None:
            self.context.write(lambda s: markers.add(s, *removed).id,
                               on_success=lambda new_id: self._reload_markers(new_id))

    def toggle(self) -> None:
        if self.recording is None:
            return
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def back(self) -> None:
        self.player.setPosition(max(0, self.player.position() - BACK_MS))

    def slower(self) -> None:
        self.speed.setCurrentIndex(max(0, self.speed.currentIndex() - 1))

    def normal_speed(self) -> None:
        self.speed.setCurrentIndex(SPEEDS.index(1.0))

    def _jump(self, item: QListWidgetItem) -> None:
        self.player.setPosition(int(item.data(Qt.ItemDataRole.UserRole)))
        self.player.play()

    def _moved(self, ms: int) -> None:
        self.time.setText(clock(ms))
        self.wave.set_position(ms)

    def _show_state(self) -> None:
        playing = self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("❚❚ Pause") if playing else self.tr("▶ Play"))

    def stop(self) -> None:
        """Silence, by pausing: Qt's FFmpeg backend tears its playback threads down on
        stop(), and a teardown racing the GUI thread (which holds Python's lock in every
        call into Qt) once hung the app on closing an editor. The next source, or the
        player's end with its window, ends playback for good."""
        if self.player.playbackState() != QMediaPlayer.PlaybackState.StoppedState:
            self.player.pause()
