"""The interview editor: the guide's topics in order, a text area under each, saved as typed.
With a recording chosen, its player and transcript join them; "Transcript only" gives the
transcript the window (the recorder, the recordings and the notes step aside), and a
window too short for all of it (a laptop's screen, large text) starts that way."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.context import ProjectContext
from ui.interviews.autosave import Autosaver, Slot
from ui.interviews.details_dialog import InterviewDetailsDialog
from ui.widgets import emphasise, fit_window, local_datetime_text, named, px, scrolled
from veldwerk import guides, interviews, notes
from veldwerk.domain import Interview, Topic
from veldwerk.ids import to_local

# Below this height (designed at 100 % text, scaled with it) the transcript of a chosen
# recording gets the window: beside the recorder and the notes it would show a few lines.
AMPLE_HEIGHT = 900


class NoteEdit(QPlainTextEdit):
    """A note area that reports losing focus, so the text is saved right then."""

    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class ConflictBar(QWidget):
    """Under a note whose stored text changed elsewhere: that text, and three choices."""

    chosen = Signal(str)  # "mine", "theirs" or "both"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBar")
        explain = QLabel(self.tr("This note was changed elsewhere while you typed; nothing "
                                 "was overwritten. Above is your text, below the other one. "
                                 "Which do you keep?"))
        explain.setWordWrap(True)
        explain.setObjectName("saveWarning")
        self.theirs = named(QPlainTextEdit(), self.tr("The other text"))
        self.theirs.setReadOnly(True)
        self.theirs.setTabChangesFocus(True)
        self.theirs.setMaximumHeight(px(120))
        self.keep_mine = named(QPushButton(self.tr("Keep &mine")), self.tr("Keep my text"))
        take = named(QPushButton(self.tr("Take the &other")), self.tr("Take the other text"))
        both = named(QPushButton(self.tr("Keep &both")), self.tr("Keep both texts"),
                     self.tr("The other text first, then yours"))
        self.keep_mine.clicked.connect(lambda: self.chosen.emit("mine"))
        take.clicked.connect(lambda: self.chosen.emit("theirs"))
        both.clicked.connect(lambda: self.chosen.emit("both"))
        row = QHBoxLayout()
        for button in (self.keep_mine, take, both):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(explain)
        layout.addWidget(self.theirs)
        layout.addLayout(row)

    def show_theirs(self, text: str) -> None:
        self.theirs.setPlainText(text)
        self.show()


class InterviewEditor(QMainWindow):
    def __init__(self, context: ProjectContext, interview_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.interview_id = context, interview_id
        self.autosaver = Autosaver(context, interview_id, parent=self)
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.failed.connect(self._on_failed)
        self.autosaver.conflict.connect(self._on_conflict)
        self.autosaver.gone.connect(self._on_gone)
        self.inputs: dict[Slot, QWidget] = {}
        self.sections: list[QWidget] = []
        self.conflict_bars: dict[Slot, ConflictBar] = {}

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        emphasise(self.heading, 1.5)
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)
        self.save_state = QLabel(self.tr("All saved"))
        self.save_state.setObjectName("saveState")
        self.save_state.setAccessibleName(self.tr("Save status"))
        self.warning = QLabel()
        self.warning.setObjectName("saveWarning")
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("Save warning"))
        self.warning.hide()
        self.details_button = details = named(QPushButton(self.tr("&Details…")),
                                              self.tr("Edit interview details"))
        details.clicked.connect(self.edit_details)

        from ui.audio.record_panel import RecordPanel  # deferred: heavy (the models)
        from ui.audio.recordings_list import RecordingsList  # deferred: heavy (the models)

        self.record_panel = RecordPanel(context, interview_id, self)
        self.recordings = RecordingsList(context, interview_id, self)
        self.record_panel.finished.connect(self.recordings.process)
        from ui.audio.player import PlayerPanel  # deferred: heavy (the models)

        self.player = PlayerPanel(context, self)
        self.transcript = self.player.transcript
        self.transcript.saver.saved.connect(self._on_saved)
        self.transcript.saver.failed.connect(self._on_failed)
        self.transcript.changed_typing.connect(self._on_typing)
        self.transcript.appeared.connect(self._room_for_transcript)
        self.only_button = named(QPushButton(self.tr("Transcript &only")),
                                 self.tr("Transcript only"))
        self.only_button.setCheckable(True)
        self.only_button.toggled.connect(self.transcript_only)
        # Ctrl+M marks where the player stands while the recorder (whose keys it is) is
        # aside; both at once would make the keys ambiguous.
        self.mark_here = QShortcut(QKeySequence("Ctrl+M"), self,
                                   activated=lambda: self.player.add_marker(),
                                   context=Qt.ShortcutContext.WindowShortcut)
        self.mark_here.setEnabled(False)
        # Ctrl+R while the recorder is aside brings it back and starts recording.
        self.record_here = QShortcut(QKeySequence("Ctrl+R"), self,
                                     activated=self._record_from_transcript,
                                     context=Qt.ShortcutContext.WindowShortcut)
        self.record_here.setEnabled(False)
        self._only_by_hand = False  # the person chose: a recording chosen later keeps it
        self.only_button.clicked.connect(lambda _on: setattr(self, "_only_by_hand", True))
        self.transcript.add_buttons(self.only_button)
        self.transcript.vanished.connect(lambda: self.only_button.setChecked(False))
        self.record_panel.recording_changed.connect(self._recording_changed)
        self.record_panel.mark_idle.connect(self.player.add_marker)
        self.record_panel.consent_wanted.connect(self.take_consent)
        self.recordings.list.currentRowChanged.connect(
            lambda row: self.player.load(self.recordings.list.item(row).data(256)
                                         if row >= 0 else None))
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        head.addLayout(titles, 1)
        head.addWidget(self.save_state)
        head.addWidget(details)

        self.topic_list = named(QListWidget(), self.tr("Topics"),
                                self.tr("Choose a topic to jump to its notes"))
        self.topic_list.currentRowChanged.connect(self.go_to_section)
        self.topic_list.currentRowChanged.connect(self._topic_marker)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.body)
        self.split = split = QSplitter()
        split.addWidget(self.topic_list)
        split.addWidget(self.scroll)
        split.addWidget(self.transcript)  # beside the notes while a recording is chosen
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 1)
        split.setSizes([px(220), px(700)])

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(head)
        layout.addWidget(self.record_panel)
        layout.addWidget(self.recordings)
        layout.addWidget(self.player)
        layout.addWidget(self.warning)
        layout.addWidget(split, 1)
        # With a recording chosen (player, transcript) at large text the whole scrolls.
        self.outer = scrolled(central)
        self.setCentralWidget(self.outer)
        self.transcript_only(False)
        fit_window(self, 1000, 720)

        for keys, step in ((QKeySequence("Ctrl+PgDown"), 1), (QKeySequence("Ctrl+PgUp"), -1)):
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(lambda step=step: self.step_topic(step))
        context.changed.connect(self._tables_changed)
        self.load()
        if context.read_only:
            self._read_only(context.project.read_only_reason)
        self._focus_first()

    def _room_for_transcript(self) -> None:
        """The transcript shares the notes' room: half of it, the topics kept narrow; in a
        window too short for all of it the transcript gets the window."""
        if (self.height() < px(AMPLE_HEIGHT) and not self.record_panel.recording
                and not self._only_by_hand):
            self.only_button.setChecked(True)
        topics, notes_width, transcript = self.split.sizes()
        if transcript < self.transcript.minimumWidth():
            total = topics + notes_width + transcript
            topics = min(topics, total // 6)
            rest = total - topics
            self.split.setSizes([topics, rest - rest // 2, rest // 2])

    def transcript_only(self, only: bool) -> None:
        """The recorder, the recordings list and the notes step aside (or come back); the
        button says what pressing it again does."""
        for widget in (self.record_panel, self.recordings, self.topic_list, self.scroll):
            widget.setVisible(not only)
        self.mark_here.setEnabled(only)  # the recorder's Ctrl+M is hidden with it
        self.record_here.setEnabled(only)  # and its Ctrl+R
        self.only_button.setText(self.tr("Show &everything") if only
                                 else self.tr("Transcript &only"))
        self.only_button.setAccessibleName(self.only_button.text().replace("&", ""))
        if not only and self.transcript.isVisible():
            # At large text everything no longer fits: the transcript and the way back
            # stay in view (once laid out), not below the window.
            QTimer.singleShot(0, self, lambda: self.outer.ensureWidgetVisible(
                self.only_button))
        self.only_button.setToolTip(
            self.tr("Bring back the recorder, the recordings and the notes") if only else
            self.tr("Give the transcript the whole window: the recorder, the recordings and "
                    "the notes step aside until you press Show everything"))

    def _record_from_transcript(self) -> None:
        self.only_button.setChecked(False)
        self.record_panel.toggle()

    def _recording_changed(self, recording: bool) -> None:
        """A take is running: the recorder stays in view (its Stop button)."""
        if recording:
            self.only_button.setChecked(False)
        self.only_button.setEnabled(not recording)

    def _focus_first(self) -> None:
        """The cursor waits in the first topic, ready for typing."""
        if self.inputs:
            next(iter(self.inputs.values())).setFocus(Qt.FocusReason.OtherFocusReason)

    def take_consent(self) -> None:
        """One form per participant who has not agreed yet, in turn; stop at a cancel."""
        from ui.consent.form_dialog import ConsentDialog  # deferred: heavy (the models)
        from veldwerk.consent import records  # deferred: heavy (the models)

        interview_id = self.interview_id
        gate = self.context.read(lambda s: records.audio_gate(s, interview_id))
        for participant_id in gate.to_ask:
            dialog = ConsentDialog(self.context, participant_id, self)
            dialog.setWindowState(Qt.WindowState.WindowMaximized)
            if dialog.exec() != ConsentDialog.DialogCode.Accepted:
                break
        self.record_panel.check_consent()

    # building

    def load(self) -> None:
        interview_id = self.interview_id

        def read(s):  # type: ignore[no-untyped-def]
            interview = interviews.get(s, interview_id)
            if interview is None:
                return None
            draft = interviews.draft_of(s, interview)
            topic_rows = guides.topics(s, interview.guide_id) if interview.guide_id else []
            return interview, draft, topic_rows, notes.read_notes(s, interview_id)

        found = self.context.read(read)
        if found is None:
            self._on_gone(str(notes.interview_gone(interview_id)))
            return
        interview, draft, topic_rows, stored = found
        texts = {slot: note.text for slot, note in stored.items()}
        self.autosaver.based_on({slot: note.version for slot, note in stored.items()})
        self._show_header(interview, draft)
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.inputs.clear()
        self.sections.clear()
        self.conflict_bars.clear()
        self.topic_list.blockSignals(True)
        self.topic_list.clear()
        for topic in topic_rows:
            self._add_section(topic, texts.get(topic.id, ""))
        self._add_free_notes(texts.get(None, ""), bool(topic_rows))
        self.body_layout.addStretch(1)
        self.topic_list.blockSignals(False)

    def _show_header(self, interview: Interview, draft: interviews.InterviewDraft) -> None:
        title = interview.title or labels.kind(interview.kind)
        self.setWindowTitle(self.tr("{title} – Veldwerk").format(title=title))
        self.heading.setText(title)
        parts = [labels.kind(interview.kind), labels.status(interview.status)]
        if interview.starts_at is not None:
            parts.append(local_datetime_text(to_local(interview.starts_at), long=True))
        if interview.place:
            parts.append(interview.place)
        self.subheading.setText(" · ".join(parts))

    def _section(self, title: str, question: str, help_text: str, editor: QWidget) -> None:
        box = QWidget()
        box.setObjectName("topicSection")
        layout = QVBoxLayout(box)
        heading = QLabel(title)
        heading.setObjectName("topicTitle")
        emphasise(heading, 1.2)
        heading.setBuddy(editor)
        layout.addWidget(heading)
        if question:
            asked = QLabel(question)
            asked.setWordWrap(True)
            asked.setObjectName("topicQuestion")
            layout.addWidget(asked)
        if help_text:
            hint = QLabel(help_text)
            hint.setWordWrap(True)
            hint.setObjectName("topicHelp")
            layout.addWidget(hint)
        layout.addWidget(editor)
        self.body_layout.addWidget(box)
        self.sections.append(box)
        self.topic_list.addItem(title)

    def _add_section(self, topic: Topic, text: str) -> None:
        if topic.answer_type == "text":
            editor: QWidget = self._note_edit(topic.id, text, topic.title, topic.question)
        else:
            editor = self._answer_combo(topic, text)
        self._section(topic.title, topic.question, topic.help_text, editor)

    def _add_free_notes(self, text: str, has_topics: bool) -> None:
        title = self.tr("Free notes") if has_topics else self.tr("Notes")
        editor = self._note_edit(None, text, title, "")
        editor.setMinimumHeight(240 if not has_topics else 140)
        self._section(title, "", "", editor)

    def _note_edit(self, slot: Slot, text: str, title: str, question: str) -> NoteEdit:
        edit = NoteEdit()
        edit.setPlainText(text)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(140)
        named(edit, self.tr("Notes: {title}").format(title=title), question)
        edit.textChanged.connect(lambda: self.autosaver.typed(slot, edit.toPlainText()))
        edit.textChanged.connect(self._on_typing)
        edit.left.connect(self.autosaver.flush)
        self.inputs[slot] = edit
        return edit

    def _answer_combo(self, topic: Topic, value: str) -> QComboBox:
        combo = QComboBox()
        named(combo, self.tr("Answer: {title}").format(title=topic.title))
        combo.addItem("—", "")
        if topic.answer_type == "choice":
            options = [(c, c) for c in guides.choices(topic)]
        elif topic.answer_type == "scale":
            options = [(str(n), str(n)) for n in range(1, 6)]
        else:
            options = [(labels.yes_no("ja"), "ja"), (labels.yes_no("nee"), "nee")]
        for label, data in options:
            combo.addItem(label, data)
        combo.setCurrentIndex(max(combo.findData(value), 0))
        slot = topic.id

        def changed(_index: int) -> None:
            self.autosaver.typed(slot, combo.currentData() or "")
            self._on_typing()
            self.autosaver.flush()

        combo.currentIndexChanged.connect(changed)
        self.inputs[slot] = combo
        return combo

    # navigation

    def go_to_section(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self.scroll.ensureWidgetVisible(self.sections[row], 0, 0)
            slot = list(self.inputs)[row]
            self.inputs[slot].setFocus(Qt.FocusReason.OtherFocusReason)

    def show_hit(self, topic_id: str | None = None, recording_id: str | None = None,
                 at_ms: int | None = None) -> None:
        """Open at what a search found: a topic's note, or a moment in a recording."""
        slots = list(self.inputs)
        if recording_id is None and topic_id in slots:
            row = slots.index(topic_id)
            self.topic_list.setCurrentRow(row)
            self.go_to_section(row)
        if recording_id is not None:
            for row in range(self.recordings.list.count()):
                if self.recordings.list.item(row).data(256) == recording_id:
                    self.recordings.list.setCurrentRow(row)
            self.player.load(recording_id, at_ms)

    def _topic_marker(self, row: int) -> None:
        slots = list(self.inputs)
        if 0 <= row < len(slots) and slots[row] is not None:
            self.record_panel.topic_changed(slots[row], self.topic_list.item(row).text())

    def step_topic(self, step: int) -> None:
        row = self.topic_list.currentRow() + step
        if 0 <= row < self.topic_list.count():
            self.topic_list.setCurrentRow(row)

    def edit_details(self) -> None:
        dialog = InterviewDetailsDialog(self.context, self.interview_id, self)
        if dialog.exec():
            self.autosaver.flush_and_wait()
            self.load()

    # save feedback

    def _on_typing(self) -> None:
        if not self.autosaver.failing:
            self.save_state.setText(self.tr("Saving…"))

    def _on_saved(self) -> None:
        self.warning.hide()
        self.save_state.setText(self.tr("All saved"))

    def _on_conflict(self, slot: Slot, theirs: str) -> None:
        """Stored elsewhere while typing: show both, overwrite nothing, let the user choose."""
        bar = self.conflict_bars.get(slot)
        if bar is None:
            index = list(self.inputs).index(slot)
            bar = ConflictBar(self.sections[index])
            bar.chosen.connect(lambda choice, slot=slot: self._resolve(slot, choice))
            self.sections[index].layout().addWidget(bar)
            self.conflict_bars[slot] = bar
        bar.show_theirs(theirs)
        self.save_state.setText(self.tr("Choose a text"))
        bar.keep_mine.setFocus()

    def _resolve(self, slot: Slot, choice: str) -> None:
        bar = self.conflict_bars.pop(slot)
        edit = self.inputs[slot]
        mine = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else ""
        theirs = bar.theirs.toPlainText()
        bar.hide()
        bar.deleteLater()
        if choice == "theirs":
            if isinstance(edit, QPlainTextEdit):
                edit.blockSignals(True)
                edit.setPlainText(theirs)
                edit.blockSignals(False)
            self.autosaver.resolve(slot, None)
        else:
            text = mine if choice == "mine" else f"{theirs}\n\n{mine}"
            if isinstance(edit, QPlainTextEdit) and choice == "both":
                edit.blockSignals(True)
                edit.setPlainText(text)
                edit.blockSignals(False)
            self.autosaver.resolve(slot, text)
        edit.setFocus()

    def _tables_changed(self, tables: frozenset[str]) -> None:
        """An erasure (here or, read-only, elsewhere) may have taken this interview."""
        if "interview" in tables and not self.autosaver.is_gone:
            interview_id = self.interview_id
            if self.context.read(lambda s: interviews.get(s, interview_id)) is None:
                self._on_gone(str(notes.interview_gone(interview_id)))

    def _on_gone(self, message: str) -> None:
        """The interview was erased: say so plainly; keep nothing typed in it."""
        if not self.autosaver.is_gone:
            self.autosaver.is_gone = True
            self.autosaver.stop()
        self.record_panel.stop()
        self.player.stop()
        self._lock_inputs()
        self.save_state.setText(self.tr("Erased"))
        self.warning.setText(message)
        self.warning.show()

    def _read_only(self, reason: str) -> None:
        self._lock_inputs()
        self.save_state.setText(self.tr("Read-only"))
        self.warning.setText(reason)
        self.warning.show()

    def _lock_inputs(self) -> None:
        for widget in self.inputs.values():
            if isinstance(widget, QPlainTextEdit):
                widget.setReadOnly(True)
            else:
                widget.setEnabled(False)
        for widget in (self.details_button, self.record_panel, self.recordings,
                       self.player.segment_button, self.player.transcribe_button):
            widget.setEnabled(False)
        self.transcript.lock()

    def _on_failed(self, message: str) -> None:
        self.save_state.setText(self.tr("Not saved"))
        self.warning.setText(self.tr("Your text is not saved yet. {message} Veldwerk keeps "
                                     "trying; do not close this window.").format(message=message))
        self.warning.show()

    def save_everything(self, timeout: float = 10.0) -> bool:
        """Stop a running take (kept) and put every text on disk; False if some could not
        be saved. For closing, shutdown and the session manager."""
        self.record_panel.stop()  # a running take is finished and kept, never lost
        self.player.stop()
        transcript_saved = self.transcript.save_everything(timeout)
        if self.autosaver.is_gone:
            return transcript_saved
        return self.autosaver.flush_and_wait(timeout) and transcript_saved

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save before closing; if the disk refuses, keep the window and the text."""
        if self.save_everything():
            self.autosaver.stop()
            self.transcript.saver.stop()
            event.accept()
            return
        if self.autosaver.conflicts:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Choose a text first"),
                              self.tr("A note was changed elsewhere while you typed. Choose "
                                      "which text to keep (or keep both) before closing."),
                              parent=self)
            box.exec()
            event.ignore()
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Text not saved"),
                          self.tr("Some of your notes could not be saved (the disk may be full "
                                  "or read-only)."), parent=self)
        box.setInformativeText(self.tr("Keep the window open and try again, or copy the text "
                                       "to the clipboard before closing."))
        keep = box.addButton(self.tr("Keep open"), QMessageBox.ButtonRole.RejectRole)
        copy = box.addButton(self.tr("Copy text and close"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is copy:
            QApplication.clipboard().setText("\n\n".join([
                *self.autosaver.unsaved_text().values(),
                *self.transcript.saver.unsaved_text().values()]))
            self.autosaver.stop()
            self.transcript.saver.stop()
            event.accept()
        else:
            self.autosaver.flush()
            event.ignore()
