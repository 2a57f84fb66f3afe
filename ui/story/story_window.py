"""Story mode for co-researchers: one calm step at a time — who tells the story, their
consent, one big button to record, and "Het verhaal is bewaard". No menus, no jargon;
Back on every step; the recording itself is the crash-safe one of the full app.

People are named the way the co-researcher knows them (their name where this laptop keeps
one, the code beside it) on every step, and nobody is chosen until the co-researcher
chooses. A recording stops only by a deliberate act: leaving story mode while it runs asks
first, and the take is kept either way. Each step's contents scroll inside the window and
its main buttons stay in view, so the window fits a small laptop screen at 200 % text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFocusEvent, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QBoxLayout,
    QComboBox,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.audio.record_panel import RecordPanel, short_clock
from ui.consent.form_dialog import ConsentDialog
from ui.context import ProjectContext
from ui.operations import run_in_background
from ui.widgets import EmptyHint, ErrorLabel, emphasise, fill_combo, fit_window, named
from veldwerk import interviews, labels, participants, recycle, setup
from veldwerk.audio import markers, media
from veldwerk.audio.processing import compress
from veldwerk.consent import records
from veldwerk.domain import InterviewKind, Status
from veldwerk.ids import utcnow

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
PERSON, CONSENT, RECORD, SAVED = range(4)
TITLE_BAR = 32  # what a window manager's title bar takes, before the window is shown


def _big(widget: QWidget, factor: float = 1.5) -> QWidget:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    widget.setFont(font)
    return widget


def who_of(name: str, code: str) -> str:
    """How a person is shown in story mode: "mevrouw Van Dijk (KKP-002)", or the code."""
    return labels.person(name, code)


class PeopleList(QListWidget):
    """Arriving in the list (by Tab or at the start) chooses nobody, not even in light
    blue: a person is chosen with the arrow keys, Space or a click."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        QAbstractScrollArea.focusInEvent(self, event)
        self.viewport().update()


class StoryWindow(QWidget):
    full_app = Signal()  # "Naar de volledige app"

    def __init__(self, context: ProjectContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.person_id: str | None = None
        self.person_name = self.person_code = ""
        self.interview_id: str | None = None
        self.recording_id: str | None = None
        self.panel: RecordPanel | None = None
        self.setWindowTitle(self.tr("Veldwerk – tell a story"))
        self.steps = QStackedWidget()
        self.steps.addWidget(self._person_step())
        self.steps.addWidget(self._consent_step())
        self.steps.addWidget(self._record_step())
        self.steps.addWidget(self._saved_step())
        self.full_button = named(QPushButton(self.tr("Full app")), self.tr("Full app"),
                                 self.tr("Open the complete Veldwerk window"))
        self.full_button.clicked.connect(self._to_full_app)
        top = QHBoxLayout()
        self.where = emphasise(QLabel(), 1.2)
        self.where.setWordWrap(True)
        self.where.setAccessibleName(self.tr("Step"))
        top.addWidget(self.where, 1)
        top.addWidget(self.full_button, 0, Qt.AlignmentFlag.AlignTop)
        self.who = emphasise(QLabel(), 1.3)
        self.who.setWordWrap(True)
        self.who.setAccessibleName(self.tr("Who tells the story"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.who)
        layout.addWidget(self.steps, 1)
        fit_window(self, 900, 640)
        self.go(PERSON)

    # steps

    def _page(self, content: QWidget, buttons: QBoxLayout | None = None) -> QWidget:
        """What a step says scrolls when the screen is small; its buttons stay in view."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is inside
        scroll.setWidget(content)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        if buttons is not None:
            layout.addLayout(buttons)
        return page

    def _person_step(self) -> QWidget:
        content = QWidget()
        question = _big(QLabel(self.tr("Who tells the story?")), 1.8)
        question.setWordWrap(True)
        self.me = named(QComboBox(), self.tr("I am"), self.tr("The co-researcher recording"))
        team = self.context.read(setup.team)
        fill_combo(self.me, [(self.tr("(choose your name)"), None)]
                   + [(m.name, m.id) for m in team], self.context.settings.story_me or None)
        self.people = named(_big(PeopleList(), 1.4), self.tr("People"),
                            self.tr("Choose the person who tells the story"))
        self.people_hint = EmptyHint(self.people, self.tr(
            "Nobody here yet. Type the name of the person who tells the story below, and "
            "add them."))
        self.people.itemActivated.connect(self._activated)
        self.people.itemSelectionChanged.connect(self._selection_changed)
        someone_new = _big(QLabel(self.tr("Someone new? Type their name and add them:")),
                           1.2)
        someone_new.setWordWrap(True)
        self.new_name = named(_big(QLineEdit(), 1.2), self.tr("Name of a new person"),
                              self.tr("Optional; kept apart from the story"))
        self.new_name.setPlaceholderText(self.tr("Name (optional)"))
        self.hood = named(_big(QComboBox(), 1.2), self.tr("Neighbourhood of the new person"),
                          self.tr("Their code comes from the neighbourhood"))
        hoods = self.context.read(setup.neighbourhoods)
        fill_combo(self.hood, [(self.tr("(choose the neighbourhood)"), None)]
                   + [(h.name, h.id) for h in hoods])
        self.hood.setVisible(len(hoods) > 1)  # one: that one; none: a code of its own
        self.only_hood = hoods[0].id if len(hoods) == 1 else None
        add = named(_big(QPushButton(self.tr("&Add this person"))), self.tr("Add person"))
        add.clicked.connect(self._add_person)
        self.add_button = add
        self.person_error = ErrorLabel()
        self.person_next = named(_big(QPushButton(self.tr("&Next →")), 1.4),
                                 self.tr("Next step"))
        self.person_next.clicked.connect(self._person_chosen)
        self.person_next.setEnabled(False)  # until someone is chosen
        me_row = QHBoxLayout()
        me_row.addWidget(_big(QLabel(self.tr("I am:")), 1.2))
        me_row.addWidget(_big(self.me, 1.2), 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.hood, 1)
        add_row.addWidget(add)
        add_row.addStretch(0 if len(hoods) > 1 else 1)
        layout = QVBoxLayout(content)
        layout.addLayout(me_row)
        layout.addWidget(question)
        layout.addWidget(self.people, 1)
        layout.addWidget(someone_new)
        layout.addWidget(self.new_name)
        layout.addLayout(add_row)
        buttons = QVBoxLayout()
        buttons.addWidget(self.person_error)
        buttons.addWidget(self.person_next, 0, Qt.AlignmentFlag.AlignRight)
        return self._page(content, buttons)

    def _consent_step(self) -> QWidget:
        content = QWidget()
        self.consent_state = _big(QLabel(), 1.5)
        self.consent_state.setWordWrap(True)
        self.consent_state.setAccessibleName(self.tr("Consent"))
        self.ask = named(_big(QPushButton(self.tr("Ask for &consent")), 1.6),
                         self.tr("Ask for consent"),
                         self.tr("Show the consent form to the person"))
        self.ask.clicked.connect(self._ask_consent)
        back = named(_big(QPushButton(self.tr("← &Back")), 1.4), self.tr("Back"))
        back.clicked.connect(lambda: self.go(PERSON))
        self.consent_next = named(_big(QPushButton(self.tr("&Next →")), 1.4),
                                  self.tr("Next step"))
        self.consent_next.clicked.connect(lambda: self.go(RECORD))
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.consent_next)
        layout = QVBoxLayout(content)
        layout.addWidget(self.consent_state)
        layout.addWidget(self.ask, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return self._page(content, buttons)

    def _record_step(self) -> QWidget:
        content = QWidget()
        self.record_host = QVBoxLayout()
        hint = _big(QLabel(self.tr("Press the big button to start. Press “Mark moment” "
                                   "when something important is said. Press the big button "
                                   "again to stop.")), 1.2)
        hint.setWordWrap(True)
        self.record_back = named(_big(QPushButton(self.tr("← &Back")), 1.4), self.tr("Back"))
        self.record_back.clicked.connect(self._back_from_recording)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_back)
        buttons.addStretch(1)
        layout = QVBoxLayout(content)
        layout.addLayout(self.record_host, 1)  # the record button takes the room there is
        layout.addWidget(hint)
        return self._page(content, buttons)

    def _saved_step(self) -> QWidget:
        content = QWidget()
        saved = emphasise(QLabel(self.tr("The story is saved")), 2.2)
        saved.setWordWrap(True)
        self.saved_facts = _big(QLabel(), 1.4)
        self.saved_facts.setWordWrap(True)
        self.saved_facts.setAccessibleName(self.tr("What was saved"))
        again = named(_big(QPushButton(self.tr("Record &another story")), 1.4),
                      self.tr("Record another story"))
        again.clicked.connect(self.start_over)
        more = named(_big(QPushButton(self.tr("&Continue this story")), 1.4),
                     self.tr("Continue this story"),
                     self.tr("Record more of the same story"))
        more.clicked.connect(lambda: self.go(RECORD))
        buttons = QVBoxLayout()  # one above the other: both fit a narrow screen
        buttons.addWidget(again, 0, Qt.AlignmentFlag.AlignRight)
        buttons.addWidget(more, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(content)
        layout.addWidget(saved)
        layout.addWidget(self.saved_facts)
        layout.addStretch(1)
        self.again_button, self.more_button = again, more
        return self._page(content, buttons)

    # moving between steps

    def go(self, step: int) -> None:
        titles = {PERSON: self.tr("Step 1 of 3: who tells the story"),
                  CONSENT: self.tr("Step 2 of 3: consent"),
                  RECORD: self.tr("Step 3 of 3: record"),
                  SAVED: self.tr("Done")}
        if step == PERSON:
            self._load_people()
        elif step == CONSENT:
            self._show_consent()
        elif step == RECORD and not self._prepare_recording():
            return
        elif step == SAVED:
            self._show_saved()
        self.where.setText(titles[step])
        self.who.setText(self.tr("Story of: {who}").format(who=self.who_text()))
        self.who.setVisible(step != PERSON and bool(self.person_code))
        self.steps.setCurrentIndex(step)
        self.fit_to_screen()
        focus = {PERSON: self.people, CONSENT: self.ask if self.ask.isVisibleTo(self) else
                 self.consent_next, RECORD: self.panel.record_button if self.panel else None,
                 SAVED: self.again_button}[step]
        if focus is not None:
            focus.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_to_screen()  # now the window manager's frame is known

    def fit_to_screen(self) -> None:
        """Never past the screen's free room (title bar included), whatever the step: what
        does not fit scrolls inside the window."""
        screen = self.screen()
        layout = self.layout()
        if screen is None or layout is None:
            return
        layout.activate()
        room = screen.availableGeometry()
        frame, inner = self.frameGeometry(), self.geometry()
        extra_w = frame.width() - inner.width()
        extra_h = frame.height() - inner.height() if self.isVisible() else TITLE_BAR
        width = min(self.width(), room.width() - extra_w)
        height = min(self.height(), room.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        if self.isVisible():
            frame = self.frameGeometry()
            x = max(room.left(), min(frame.left(), room.right() + 1 - frame.width()))
            y = max(room.top(), min(frame.top(), room.bottom() + 1 - frame.height()))
            if (x, y) != (frame.left(), frame.top()):
                self.move(x, y)

    def who_text(self) -> str:
        return who_of(self.person_name, self.person_code)

    def _load_people(self) -> None:
        tellers = sorted(self.context.read(participants.for_story),
                         key=lambda t: (not t.name, t.name.casefold(), t.code))
        self.people.blockSignals(True)
        self.people.clear()
        for teller in tellers:
            item = QListWidgetItem(who_of(teller.name, teller.code))
            item.setData(Qt.ItemDataRole.UserRole, teller.id)
            item.setData(CODE_ROLE, teller.code)
            item.setData(NAME_ROLE, teller.name)
            self.people.addItem(item)
            if teller.id == self.person_id:  # chosen before (Back, or just added)
                self.people.setCurrentItem(item)
        self.people.blockSignals(False)
        self.people_hint.follow()
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.person_next.setEnabled(bool(self.people.selectedItems()))
        if self.people.selectedItems():
            self.person_error.show_message("")

    def _activated(self, item: QListWidgetItem) -> None:
        """Enter (or a double click) on a person chooses them and goes on."""
        self.people.setCurrentItem(item)
        self._person_chosen()

    def select_person(self, person_id: str) -> None:
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == person_id:
                self.people.setCurrentRow(row)
                self.person_id = person_id
                self.person_code, self.person_name = item.data(CODE_ROLE), item.data(NAME_ROLE)

    def _add_person(self) -> None:
        project_id, name = self.context.project_id, self.new_name.text()
        hood = self.hood.currentData() if self.hood.isVisibleTo(self) else self.only_hood
        if self.hood.isVisibleTo(self) and hood is None:
            self.person_error.show_message(self.tr("Choose the neighbourhood where the new "
                                                   "person lives; their code comes from it."))
            self.hood.setFocus()
            return

        def add(session):  # type: ignore[no-untyped-def]
            person = participants.save(session, project_id,
                                       participants.next_code(session, hood), hood, "", "",
                                       participants.Identity(name=name))
            return person.id

        def added(person_id: str) -> None:
            self.person_id = person_id
            self.new_name.clear()
            self._load_people()
            self.person_next.setFocus()

        self.context.write(add, on_success=added,
                           on_failure=lambda exc: self.person_error.show_message(str(exc)))

    def _person_chosen(self) -> None:
        chosen = self.people.selectedItems()
        if not chosen:
            self.person_error.show_message(self.tr("Choose a person, or add a new one."))
            return
        if self.me.currentData() is None:
            self.person_error.show_message(self.tr("Choose your own name under “I am”."))
            self.me.setFocus()
            return
        self.person_error.show_message("")
        self.context.settings.story_me = str(self.me.currentData())
        self.context.settings.save()
        item = chosen[0]
        if item.data(Qt.ItemDataRole.UserRole) != self.person_id:
            self.person_id, self.interview_id = item.data(Qt.ItemDataRole.UserRole), None
        self.person_code, self.person_name = item.data(CODE_ROLE), item.data(NAME_ROLE)
        self.go(CONSENT)

    def _show_consent(self) -> None:
        person_id = self.person_id or ""
        record = self.context.read(lambda s: records.latest(s, person_id))
        agreed = bool(records.scopes_of(record).get("audio"))
        who = self.who_text()
        if agreed:
            self.consent_state.setText(self.tr("{who} has agreed to the recording. You can "
                                               "go on.").format(who=who))
        elif record is not None:
            self.consent_state.setText(self.tr("{who} did not agree to a recording. Ask "
                                               "again, or write the story down in the full "
                                               "app.").format(who=who))
        else:
            self.consent_state.setText(self.tr("First ask {who} for consent: show the form "
                                               "and let them sign or say yes.").format(who=who))
        self.ask.setVisible(not agreed)
        self.consent_next.setEnabled(agreed)

    def _ask_consent(self) -> None:
        dialog = ConsentDialog(self.context, self.person_id or "", self,
                               interviewer_id=self.me.currentData())  # who said "Ik ben"
        dialog.setWindowState(Qt.WindowState.WindowMaximized)
        if dialog.exec():
            self._show_consent()
            if self.consent_next.isEnabled():
                self.go(RECORD)

    def _make_story(self) -> None:
        """The story's interview is made when recording is about to start (on the writer;
        the record step shows once it is there). Its title carries the code only: names
        stay on this laptop."""
        project_id, person_id = self.context.project_id, self.person_id or ""
        me = self.me.currentData()
        draft = interviews.InterviewDraft(
            kind=InterviewKind.STORY.value, title=self.tr("Story {code}").format(
                code=self.person_code), starts_at=utcnow(), status=Status.IN_PROGRESS.value,
            participant_ids=[person_id], interviewer_ids=[me] if me else [])
        self.consent_next.setEnabled(False)

        def made(interview_id: str) -> None:
            self.interview_id = interview_id
            self.consent_next.setEnabled(True)
            self.go(RECORD)

        def failed(exc: BaseException) -> None:
            self.consent_next.setEnabled(True)
            self.consent_state.setText(str(exc))

        self.context.write(lambda s: interviews.save(s, project_id, draft).id,
                           on_success=made, on_failure=failed, what=self.tr("the story"))

    def _prepare_recording(self) -> bool:
        """False until the story's interview exists (then this step is shown again)."""
        if self.interview_id is None:
            self._make_story()
            return False
        if self.panel is None or self.panel.interview_id != self.interview_id:
            if self.panel is not None:
                self.panel.deleteLater()
            self.panel = RecordPanel(self.context, self.interview_id, self, large=True)
            self.panel.finished.connect(self._recorded)
            self.panel.recording_changed.connect(self._recording_changed)
            self.record_host.addWidget(self.panel, 1)
        return True

    def _recording_changed(self, recording: bool) -> None:
        """While recording the only ways on are Stop, or leaving (which asks)."""
        self.record_back.setEnabled(not recording)

    def _recorded(self, recording_id: str) -> None:
        self.recording_id = recording_id
        project = self.context.project
        interview_id = self.interview_id
        if interview_id is not None:  # saved: the story is done, however it was stopped
            self.context.write(lambda s: interviews.mark_done(s, interview_id),
                               what=self.tr("the story"))
        # The Opus copy for sending, quietly; if it is interrupted the full app resumes it.
        run_in_background(self, lambda progress, cancelled: compress(
            project, recording_id, progress, cancelled))
        self.go(SAVED)

    def _back_from_recording(self) -> None:
        """Back before anything was recorded takes the empty story away again."""
        if self.panel is not None and self.panel.recording:
            return
        interview_id = self.interview_id
        if interview_id is not None and self.recording_id is None:
            self.context.write(lambda s: recycle.delete_interview(s, interview_id))
            self.interview_id = None
        self.go(CONSENT)

    def _show_saved(self) -> None:
        from veldwerk.sync.run import target_in  # deferred: start-up

        recording_id = self.recording_id or ""

        def facts(session):  # type: ignore[no-untyped-def]
            return (media.recording(session, recording_id),
                    len(markers.of_recording(session, recording_id)), target_in(session))

        recording, marks, target = self.context.read(facts)
        if recording is None:
            return
        if target is None or not self.context.project.joined:
            where = self.tr("The story is kept on this laptop.")
        elif target.needs_login:  # a share: reached wherever there is internet
            where = self.tr("The story is kept on this laptop. It goes to the coordinator "
                            "by itself as soon as there is internet.")
        else:
            where = self.tr("The story is kept on this laptop. It goes to the coordinator "
                            "by itself the next time the laptop sends its work.")
        self.saved_facts.setText(where + "\n\n" + self.tr(
            "Length: {time}. Important moments marked: {marks}.").format(
                time=short_clock(recording.duration_ms), marks=marks))

    def start_over(self) -> None:
        self.person_id = self.interview_id = self.recording_id = None
        self.person_name = self.person_code = ""
        self.go(PERSON)

    # leaving: never stops a recording without asking

    def _asked_to_stop(self) -> bool:
        """While recording: ask whether to keep recording or stop. Stopping keeps the take
        and shows "The story is saved"; either way the person stays in story mode (True).
        False when nothing is recording: go ahead and leave."""
        if self.panel is None or not self.panel.recording:
            return False
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("The recording is running"),
                          self.tr("The recording is still running. Do you want to stop it?"),
                          QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(self.tr("If you stop, everything recorded is kept."))
        keep = box.addButton(self.tr("&Keep recording"), QMessageBox.ButtonRole.RejectRole)
        stop = box.addButton(self.tr("&Stop and keep the story"),
                             QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        # A message box is never wider than the screen less 480 px (886 px on a 1366 px
        # laptop): side by side, both answers were cut off at 200 % text. One above the
        # other, each answer is read whole.
        answers = box.findChild(QDialogButtonBox)
        if answers is not None:
            answers.setOrientation(Qt.Orientation.Vertical)
        box.exec()
        if box.clickedButton() is stop and self.panel is not None and self.panel.recording:
            self.panel.stop()  # kept; the saved step shows and the story is done
        return True

    def _to_full_app(self) -> None:
        if self._asked_to_stop():
            return
        self.close()
        self.full_app.emit()

    def stop_recording(self) -> None:
        """Never lose a recording: stop it, keeping everything, without asking (the app
        closing, a shutdown)."""
        if self.panel is not None and self.panel.recording:
            self.panel.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button asks while recording; the whole app closing stops
        the recording first (kept), so nothing asks then."""
        if self._asked_to_stop():
            event.ignore()
            return
        self.stop_recording()
        event.accept()
