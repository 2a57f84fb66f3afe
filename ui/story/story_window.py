"""Story mode for co-researchers: one calm step at a time — who tells the story, their
consent, one big button to record, and "Het verhaal is bewaard". No menus, no jargon;
Back on every step; the recording itself is the crash-safe one of the full app."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.audio.record_panel import RecordPanel, clock
from ui.context import ProjectContext
from ui.operations import run_in_background
from ui.widgets import ErrorLabel, emphasise, fill_combo, fit_window, named
from veldwerk import interviews, participants, recycle, setup
from veldwerk.audio import markers
from veldwerk.consent import records
from veldwerk.domain import InterviewKind, Recording, Status
from veldwerk.ids import utcnow

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON, CONSENT, RECORD, SAVED = range(4)


def _big(widget: QWidget, factor: float = 1.5) -> QWidget:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    widget.setFont(font)
    return widget


class StoryWindow(QWidget):
    full_app = Signal()  # "Naar de volledige app"

    def __init__(self, context: ProjectContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.person_id: str | None = None
        self.interview_id: str | None = None
        self.recording_id: str | None = None
        self.panel: RecordPanel | None = None
        self.setWindowTitle(self.tr("Veldwerk – tell a story"))
        self.steps = QStackedWidget()
        self.steps.addWidget(self._person_step())
        self.steps.addWidget(self._consent_step())
        self.steps.addWidget(self._record_step())
        self.steps.addWidget(self._saved_step())
        full = named(QPushButton(self.tr("Full app")), self.tr("Full app"),
                     self.tr("Open the complete Veldwerk window"))
        full.clicked.connect(self._to_full_app)
        top = QHBoxLayout()
        self.where = emphasise(QLabel(), 1.2)
        self.where.setAccessibleName(self.tr("Step"))
        top.addWidget(self.where, 1)
        top.addWidget(full)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.steps, 1)
        fit_window(self, 900, 640)
        self.go(PERSON)

    # steps

    def _person_step(self) -> QWidget:
        page = QWidget()
        question = _big(QLabel(self.tr("Who tells the story?")), 1.8)
        self.me = named(QComboBox(), self.tr("I am"), self.tr("The co-researcher recording"))
        team = self.context.read(setup.team)
        fill_combo(self.me, [(self.tr("(choose your name)"), None)]
                   + [(m.name, m.id) for m in team], self.context.settings.story_me or None)
        self.people = named(_big(QListWidget(), 1.4), self.tr("People"),
                            self.tr("Choose the person who tells the story"))
        self.people.itemActivated.connect(lambda _i: self._person_chosen())
        self.new_name = named(_big(QLineEdit(), 1.2), self.tr("Name of a new person"),
                              self.tr("Optional; kept apart from the story"))
        self.new_name.setPlaceholderText(self.tr("Name (optional)"))
        add = named(_big(QPushButton(self.tr("&Add this person"))), self.tr("Add person"))
        add.clicked.connect(self._add_person)
        self.person_error = ErrorLabel()
        self.person_next = named(_big(QPushButton(self.tr("&Next →")), 1.4),
                                 self.tr("Next step"))
        self.person_next.clicked.connect(self._person_chosen)
        me_row = QHBoxLayout()
        me_row.addWidget(_big(QLabel(self.tr("I am:")), 1.2))
        me_row.addWidget(_big(self.me, 1.2), 1)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_name, 1)
        new_row.addWidget(add)
        layout = QVBoxLayout(page)
        layout.addLayout(me_row)
        layout.addWidget(question)
        layout.addWidget(self.people, 1)
        layout.addLayout(new_row)
        layout.addWidget(self.person_error)
        layout.addWidget(self.person_next, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _consent_step(self) -> QWidget:
        page = QWidget()
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
        layout = QVBoxLayout(page)
        layout.addWidget(self.consent_state)
        layout.addWidget(self.ask, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _record_step(self) -> QWidget:
        page = QWidget()
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
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addLayout(self.record_host, 1)  # the record button takes the room there is
        layout.addLayout(buttons)
        return page

    def _saved_step(self) -> QWidget:
        page = QWidget()
        saved = emphasise(QLabel(self.tr("The story is saved")), 2.2)
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
        buttons = QHBoxLayout()
        buttons.addWidget(more)
        buttons.addStretch(1)
        buttons.addWidget(again)
        layout = QVBoxLayout(page)
        layout.addWidget(saved)
        layout.addWidget(self.saved_facts)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.again_button = again
        return page

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
        self.steps.setCurrentIndex(step)
        focus = {PERSON: self.people, CONSENT: self.ask if self.ask.isVisible() else
                 self.consent_next, RECORD: self.panel.record_button if self.panel else None,
                 SAVED: self.again_button}[step]
        if focus is not None:
            focus.setFocus()

    def _load_people(self) -> None:
        tellers = self.context.read(participants.for_story)
        self.people.clear()
        for teller in tellers:
            shown = f"{teller.code} · {teller.name}" if teller.name else teller.code
            item = QListWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, teller.id)
            item.setData(CODE_ROLE, teller.code)
            self.people.addItem(item)
            if teller.id == self.person_id:
                self.people.setCurrentItem(item)
        if self.people.currentRow() < 0 and self.people.count():
            self.people.setCurrentRow(0)

    def select_person(self, person_id: str) -> None:
        for row in range(self.people.count()):
            if self.people.item(row).data(Qt.ItemDataRole.UserRole) == person_id:
                self.people.setCurrentRow(row)

    def _code(self) -> str:
        item = self.people.currentItem()
        return str(item.data(CODE_ROLE)) if item is not None else ""

    def _add_person(self) -> None:
        project_id, name = self.context.project_id, self.new_name.text()

        def add(session):  # type: ignore[no-untyped-def]
            person = participants.save(session, project_id,
                                       participants.next_code(session, None), None, "", "",
                                       participants.Identity(name=name))
            return person.id

        def added(person_id: str) -> None:
            self.person_id = person_id
            self.new_name.clear()
            self._load_people()
            self.people.setFocus()

        self.context.write(add, on_success=added,
                           on_failure=lambda exc: self.person_error.show_message(str(exc)))

    def _person_chosen(self) -> None:
        item = self.people.currentItem()
        if item is None:
            self.person_error.show_message(self.tr("Choose a person, or add a new one."))
            return
        if self.me.currentData() is None:
            self.person_error.show_message(self.tr("Choose your own name under “I am”."))
            self.me.setFocus()
            return
        self.person_error.show_message("")
        self.context.settings.story_me = str(self.me.currentData())
        self.context.settings.save()
        if item.data(Qt.ItemDataRole.UserRole) != self.person_id:
            self.person_id, self.interview_id = item.data(Qt.ItemDataRole.UserRole), None
        self.go(CONSENT)

    def _show_consent(self) -> None:
        person_id = self.person_id or ""
        record = self.context.read(lambda s: records.latest(s, person_id))
        agreed = bool(records.scopes_of(record).get("audio"))
        code = self._code()
        if agreed:
            self.consent_state.setText(self.tr("{code} has agreed to the recording. You can "
                                               "go on.").format(code=code))
        elif record is not None:
            self.consent_state.setText(self.tr("{code} did not agree to a recording. Ask "
                                               "again, or write the story down in the full "
                                               "app.").format(code=code))
        else:
            self.consent_state.setText(self.tr("First ask {code} for consent: show the form "
                                               "and let them sign or say yes.").format(code=code))
        self.ask.setVisible(not agreed)
        self.consent_next.setEnabled(agreed)

    def _ask_consent(self) -> None:
        from ui.consent.form_dialog import ConsentDialog

        dialog = ConsentDialog(self.context, self.person_id or "", self)
        dialog.setWindowState(Qt.WindowState.WindowMaximized)
        if dialog.exec():
            self._show_consent()
            if self.consent_next.isEnabled():
                self.go(RECORD)

    def _make_story(self) -> None:
        """The story's interview is made when recording is about to start (on the writer;
        the record step shows once it is there)."""
        project_id, person_id = self.context.project_id, self.person_id or ""
        me = self.me.currentData()
        draft = interviews.InterviewDraft(
            kind=InterviewKind.STORY.value, title=self.tr("Story {code}").format(
                code=self._code()), starts_at=utcnow(), status=Status.IN_PROGRESS.value,
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
            self.record_host.addWidget(self.panel, 1)
        return True

    def _recorded(self, recording_id: str) -> None:
        from veldwerk.audio.processing import compress

        self.recording_id = recording_id
        project = self.context.project
        # The Opus copy for bundles, quietly; if it is interrupted the full app resumes it.
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
        recording_id = self.recording_id or ""

        def facts(session):  # type: ignore[no-untyped-def]
            return (session.get(Recording, recording_id),
                    len(markers.of_recording(session, recording_id)))

        recording, marks = self.context.read(facts)
        if recording is None:
            return
        self.saved_facts.setText(self.tr(
            "Length {time}, {marks} important moments. It is on this laptop and goes to "
            "the coordinator with the next bundle.").format(time=clock(recording.duration_ms),
                                                           marks=marks))

    def start_over(self) -> None:
        self.person_id = self.interview_id = self.recording_id = None
        self.go(PERSON)

    def _to_full_app(self) -> None:
        self.close()
        self.full_app.emit()

    def stop_recording(self) -> None:
        """Never lose a recording: stop it, keeping everything."""
        if self.panel is not None and self.panel.recording:
            self.panel.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_recording()
        event.accept()
