"""The record control in the interview editor: one large Record/Stop button, pause, mark,
elapsed time, a level meter, the chosen microphone and how much recording still fits.
While recording the Stop button is red (every theme's ``record_*`` colours); a silent
microphone is pointed out while recording goes on."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.audio import capture
from ui.context import ProjectContext
from ui.operations import when_done
from ui.widgets import ElidedComboBox, emphasise, named, px
from veldwerk.audio import markers
from veldwerk.audio.live import LiveTake
from veldwerk.audio.recorder import free_seconds
from veldwerk.consent import records
from veldwerk.domain import Recording
from veldwerk.errors import NotFound, VeldwerkError

WARN_SECONDS = 30 * 60
ROOM_MS = 10_000  # how often the room left on the disk is looked at again
SILENCE_LEVEL = 0.01  # below this the input is silent (about -40 dBFS)
SILENCE_MS = 5000  # this long without sound while recording: say so, keep recording


def clock(ms: int) -> str:
    seconds = ms // 1000
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def short_clock(ms: int) -> str:
    """0:42, 12:05, 1:02:03: how long, the way people say it."""
    seconds = ms // 1000
    hours, minutes = seconds // 3600, seconds // 60 % 60
    return (f"{hours}:{minutes:02d}:{seconds % 60:02d}" if hours
            else f"{minutes}:{seconds % 60:02d}")


class RecordPanel(QWidget):
    finished = Signal(str)  # recording id, once a take is safely on disk
    mark_idle = Signal()  # Ctrl+M while not recording: the player marks instead
    consent_wanted = Signal()  # "Take consent…": the editor opens the consent form
    recording_changed = Signal(bool)  # a take started (True) or stopped (False)

    def __init__(self, context: ProjectContext, interview_id: str,
                 parent: QWidget | None = None, large: bool = False) -> None:
        super().__init__(parent)
        self.context, self.interview_id = context, interview_id
        self.large = large
        self.marks = 0  # moments marked in this take
        self.capture: capture.Capture | None = None
        self.take: LiveTake | None = None
        # However long a device calls itself, the window does not grow for it: the name is
        # cut short (in the middle) and shown whole as the tooltip and in the open list.
        self.devices = named(ElidedComboBox(), self.tr("Microphone"))
        self.devices.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.devices.currentIndexChanged.connect(self._device_chosen)
        self.record_button = named(QPushButton(self.tr("● Record")), self.tr("Record"),
                                   self.tr("Start or stop recording (Ctrl+R)"))
        self.record_button.setObjectName("recordButton")
        # One setFont per widget: a second one is lost when the panel is put in a window.
        emphasise(self.record_button, 2.6 if large else 1.3)
        self.record_button.setMinimumHeight(self.record_button.sizeHint().height() * 3 // 2)
        self.record_button.clicked.connect(self.toggle)
        self.pause_button = named(QPushButton(self.tr("Pause")), self.tr("Pause"),
                                  self.tr("Pause or continue recording (Ctrl+Shift+R)"))
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(self._pause)
        self.mark_button = named(QPushButton(self.tr("Mark moment")), self.tr("Mark moment"),
                                 self.tr("Mark this moment in the recording (Ctrl+M)"))
        self.mark_button.clicked.connect(lambda: self.mark())
        if large:
            emphasise(self.mark_button, 1.6)
            self.mark_button.setMinimumHeight(self.mark_button.sizeHint().height() * 3 // 2)
        self.marked = QLabel()
        self.marked.setObjectName("markedMoment")
        self.marked.setWordWrap(True)
        self.marked.setAccessibleName(self.tr("Marked moments"))
        self.elapsed = QLabel(clock(0))
        self.elapsed.setAccessibleName(self.tr("Recording time"))
        emphasise(self.elapsed, 2.5 if large else 1.3)
        self.level = named(QProgressBar(), self.tr("Input level"))
        self.level.setRange(0, 100)
        self.level.setTextVisible(False)
        self.level.setMaximumHeight(px(14))
        self.space = QLabel()
        self.space.setAccessibleName(self.tr("Room for recording"))
        self.consent_button = named(QPushButton(self.tr("Take consent…")),
                                    self.tr("Take consent"),
                                    self.tr("Show the consent form to the participant"))
        self.consent_button.clicked.connect(self.consent_wanted)
        self.consent_button.hide()
        self.gate = QLabel()
        self.gate.setWordWrap(True)
        self.gate.setAccessibleName(self.tr("Why recording is not possible"))
        self.gate.hide()
        self._blocked = ""
        context.changed.connect(self._tables_changed)
        self.message = QLabel()
        self.message.setObjectName("saveWarning")
        self.message.setWordWrap(True)
        self.message.hide()
        for keys, slot in (("Ctrl+R", self.toggle), ("Ctrl+M", self.mark),
                           ("Ctrl+Shift+R", self.pause_button.toggle)):
            QShortcut(QKeySequence(keys), self, activated=slot,
                      context=Qt.ShortcutContext.WindowShortcut)
        self._disk_warning = False
        self._room = QTimer(self)
        self._room.setInterval(ROOM_MS)
        self._room.timeout.connect(self._show_room)
        self._room.start()
        self._ticker = QTimer(self)
        self._ticker.setInterval(200)
        self._ticker.timeout.connect(self._tick)
        self._wall = QElapsedTimer()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if large:
            self._large_layout(layout)
        else:
            row = QHBoxLayout()
            row.addWidget(self.record_button)
            row.addWidget(self.pause_button)
            row.addWidget(self.mark_button)
            row.addWidget(self.elapsed)
            row.addWidget(self.level, 1)
            layout.addLayout(row)
            # The microphone under the buttons, beside the room left: at large text one row
            # would not fit a small screen.
            below = QHBoxLayout()
            below.addWidget(self.space)
            below.addWidget(self.devices, 1)
            layout.addLayout(below)
        gate_row = QHBoxLayout()
        gate_row.addWidget(self.gate, 1)
        gate_row.addWidget(self.consent_button)
        layout.addLayout(gate_row)
        if not large:
            layout.addWidget(self.message)
        self._topic: str | None = None
        self.reload_devices()
        self.check_consent()

    def _large_layout(self, layout: QVBoxLayout) -> None:
        """Story mode: the record button is the largest thing on the screen and takes the
        room there is; time and "important moment" below it; the level meter always
        visible across the whole width, however large the text."""
        self.pause_button.hide()  # one thing at a time: record, mark, stop
        self.elapsed.hide()  # the time is on the Stop button while recording
        emphasise(self.marked, 1.4)
        emphasise(self.message, 1.3)
        layout.addWidget(self.record_button, 3)
        layout.addWidget(self.message)  # right under the button: a silent microphone
        row = QHBoxLayout()
        row.addWidget(self.marked, 1)
        row.addWidget(self.mark_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        layout.addWidget(self.level)
        self.space.setWordWrap(True)  # beside the microphone, on a narrow screen too
        small = QHBoxLayout()
        small.addWidget(self.devices)
        small.addWidget(self.space, 1)
        layout.addLayout(small)
        self.record_button.setSizePolicy(QSizePolicy.Policy.Expanding,
                                         QSizePolicy.Policy.Expanding)
        self.level.setMaximumHeight(16777215)
        self.level.setMinimumHeight(max(px(28), self.elapsed.sizeHint().height() // 2))

    # devices and room

    def reload_devices(self) -> None:
        found = capture.inputs()
        chosen = capture.chosen_input(self.context.settings)
        self.devices.blockSignals(True)
        self.devices.clear()
        for device in found:
            self.devices.addItem(device.description(), device)
            self.devices.setItemData(self.devices.count() - 1, device.description(),
                                     Qt.ItemDataRole.ToolTipRole)
        if chosen is not None:
            for index, device in enumerate(found):
                if device.id() == chosen.id():
                    self.devices.setCurrentIndex(index)
        self.devices.blockSignals(False)
        self.devices.setToolTip(self.devices.currentText())
        if not found:
            self._say(self.tr("No microphone was found. Connect one (or check that Veldwerk "
                              "may use it) and open this interview again."))
        self._show_room()

    def _device_chosen(self, index: int) -> None:
        device = self.devices.itemData(index)
        if device is not None:
            capture.remember(self.context.settings, device)

    def _show_room(self) -> None:
        """How much recording still fits; looked at again every few seconds, so the warning
        goes as soon as space is freed."""
        try:
            seconds = free_seconds(self.context.project.media, capture.pcm_format())
        except OSError:  # the project folder went away (closed and removed): nothing to say
            self._room.stop()
            return
        hours = seconds / 3600
        text = (self.tr("Room for {hours} hours of recording").format(hours=f"{hours:.0f}")
                if hours >= 1 else
                self.tr("Room for {minutes} minutes of recording").format(
                    minutes=f"{seconds / 60:.0f}"))
        self.space.setText(text)
        if seconds < WARN_SECONDS:
            self._disk_warning = True
            self._say(self.tr("The disk is almost full: {text}. Free some space; recording "
                              "stops by itself, keeping everything, when it is full.").format(
                                  text=text.lower()))
        elif self._disk_warning:
            self._disk_warning = False
            self._say("")

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # recording

    @property
    def recording(self) -> bool:
        return self.take is not None

    def toggle(self) -> None:
        if self.recording:
            self.stop(wait=False)
        else:
            self.start()

    # the consent gate

    def check_consent(self) -> None:
        """Everyone in the interview must have agreed to audio; the button says why not."""
        interview_id = self.interview_id
        try:
            codes, reason = self.context.read(
                lambda s: records.missing_for_audio(s, interview_id))
        except NotFound as gone:  # erased meanwhile: the editor says so, nothing to record
            codes, reason = [""], gone.message
        self._blocked = reason if codes else ""
        self.gate.setText(reason)
        self.gate.setVisible(bool(codes))
        self.consent_button.setVisible(bool(codes) and any(codes))
        self.record_button.setAccessibleDescription(
            reason or self.tr("Start or stop recording (Ctrl+R)"))
        self.record_button.setToolTip(self.record_button.accessibleDescription())
        self._show_state()

    def _tables_changed(self, tables: frozenset) -> None:  # type: ignore[type-arg]
        if not self.recording and tables & records.AUDIO_GATE_READS:
            self.check_consent()

    def start(self) -> None:
        device = self.devices.currentData()
        if device is None or self.recording or self._blocked:
            return
        self._say("")
        self.take = LiveTake(self.context.project, self.interview_id, capture.pcm_format(),
                             device.description())
        self.capture = capture.Capture(device, self)
        self.capture.failed.connect(self._failed)
        self.capture.start(self.take)
        if self._topic is not None:
            self.topic_changed(self._topic, "")
        self._sound_at = self._heard_ms = 0
        self._wall.start()
        self.silent = False
        self.marks = 0
        self.marked.clear()
        self._ticker.start()
        self._show_state()
        self.recording_changed.emit(True)

    def stop(self, wait: bool = True) -> str | None:
        """Stop and keep everything; returns the recording id. ``wait=False`` (the Stop
        button) leaves hashing the file to the writer and says ``finished`` when done."""
        if self.capture is None:
            return None
        self._ticker.stop()
        take = self.capture.release()
        self.capture.deleteLater()
        self.capture, self.take = None, None
        self.pause_button.setChecked(False)
        self.silent = False
        self._say("")
        self._show_state()
        self._show_room()
        self.recording_changed.emit(False)
        if take is None:
            return None
        if not wait:
            when_done(take.stop_later(), on_success=self._kept, on_failure=self._lost,
                      parent=self)
            return None
        try:
            return self._kept(take.stop())
        except VeldwerkError as exc:
            self._lost(exc)
            return None

    def _kept(self, recording: Recording | None) -> str | None:
        if recording is None:  # not a single sample came in: say so, never in silence
            self._say(self.tr("Nothing was recorded: no sound came from the microphone. "
                              "Check that it is connected and switched on, then try again."))
            return None
        self.finished.emit(recording.id)
        return recording.id

    def _lost(self, exc: BaseException) -> None:
        """Erased while recording (a participant withdrew): nothing of it is kept."""
        if not isinstance(exc, VeldwerkError):
            raise exc
        self._say(str(exc))

    def _pause(self, paused: bool) -> None:
        if self.capture is not None:
            self.capture.paused = paused

    def mark(self, label: str = "", topic_id: str | None = None) -> None:
        if self.take is None or self.take.recording is None:
            if not label and topic_id is None:
                self.mark_idle.emit()
            return
        recording_id, offset = self.take.recording.id, self.take.recorded_ms
        self.context.write(lambda s: markers.add(s, recording_id, offset, label, topic_id),
                           on_success=lambda _m: self._marked(offset))

    def _marked(self, offset: int) -> None:
        """The moment is kept: say so where the button was pressed (story mode)."""
        self.marks += 1
        if self.large:
            self.marked.setText(self.tr("Moment marked at {time} (important moments so "
                                        "far: {count})").format(time=short_clock(offset),
                                                                count=self.marks))
            self.marked.setAccessibleDescription(self.marked.text())

    def topic_changed(self, topic_id: str | None, title: str) -> None:
        """Moving to another topic while recording marks it in the recording."""
        self._topic = topic_id
        if self.recording and topic_id is not None:
            self.mark(title, topic_id)

    def _failed(self, message: str) -> None:
        self._say(self.tr("{message} Everything recorded so far is kept.").format(
            message=message))
        self.stop()

    def _tick(self) -> None:
        if self.take is None:
            return
        now = self.take.recorded_ms
        self.elapsed.setText(clock(now))
        if self.large:
            self.record_button.setText(self._stop_text(now))
        self.level.setValue(int(self.take.level * 100))
        if self.take.error is not None:
            self._failed(str(self.take.error))
            return
        self._watch_silence(now)

    def _watch_silence(self, now: int) -> None:
        """An unplugged or muted microphone often just goes quiet (PulseAudio moves the
        stream to another source without an error) or sends nothing at all: tell the
        user, keep recording. Timed by the clock on the wall, since a microphone that sends
        nothing does not move the recorded time either."""
        wall = self._wall.elapsed()
        fresh, self._heard_ms = now > self._heard_ms, now
        if self.capture is not None and self.capture.paused:
            self._sound_at = wall
            return
        if fresh and self.take is not None and self.take.level >= SILENCE_LEVEL:
            self._sound_at = wall
            if self.silent:
                self.silent = False
                self._say("")
        elif wall - self._sound_at >= SILENCE_MS and not self.silent:
            self.silent = True
            self._say(self.tr("No sound has come in for {seconds} seconds. Is the microphone "
                              "connected and switched on? Recording goes on.").format(
                                  seconds=SILENCE_MS // 1000))

    def _show_state(self) -> None:
        recording = self.recording
        has_device = self.devices.count() > 0
        if recording and self.large:
            self.record_button.setText(self._stop_text(self.take.recorded_ms
                                                       if self.take else 0))
        else:
            self.record_button.setText(self.tr("■ Stop") if recording
                                       else self.tr("● Record"))
        self.record_button.setAccessibleName(self.tr("Stop, recording is running") if recording
                                             else self.tr("Record"))
        if bool(self.record_button.property("recording")) != recording:
            self.record_button.setProperty("recording", recording)  # red: style.qss
            self.record_button.style().unpolish(self.record_button)
            self.record_button.style().polish(self.record_button)
        self.record_button.setEnabled(has_device and (recording or not self._blocked))
        self.pause_button.setEnabled(recording)
        self.mark_button.setEnabled(recording)
        self.devices.setEnabled(not recording and has_device)
        self.devices.setVisible(has_device)
        if not recording:
            self.level.setValue(0)

    def _stop_text(self, ms: int) -> str:
        return self.tr("■ Stop\nRecording · {time}").format(time=short_clock(ms))
