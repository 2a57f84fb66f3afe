"""Participants: pseudonymous codes, with identifying details in a separate part."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.consent.paper_dialog import PaperConsentDialog
from ui.consent.withdraw_dialog import WithdrawDialog
from ui.context import ProjectContext
from ui.operations import run_in_background
from ui.rows_model import RowsModel
from ui.undo import DeleteCommand
from ui.widgets import ErrorLabel, fill_combo, fit_window, named, px, scrolled
from veldwerk import participants, recycle, setup
from veldwerk.consent import records, withdrawal
from veldwerk.consent.commands import ensure_document
from veldwerk.domain import ConsentRecord, Participant
from veldwerk.errors import ValidationError


class ParticipantsDialog(QDialog):
    def __init__(self, context: ProjectContext, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.undo_stack = context, undo_stack
        self.current_id: str | None = None
        self.consents: dict[str, tuple[ConsentRecord | None, str | None]] = {}
        self.setWindowTitle(self.tr("Participants"))
        self.model = RowsModel([self.tr("Code"), self.tr("Neighbourhood"), self.tr("Age"),
                                self.tr("Consent"), self.tr("Note")])
        self.table = named(QTableView(), self.tr("Participants"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(px(120))
        self.table.clicked.connect(lambda index: self.edit_row(index.row()))
        self.table.activated.connect(lambda index: self.edit_row(index.row()))

        self.code = named(QLineEdit(), self.tr("Participant code"),
                          self.tr("Made from the neighbourhood, e.g. ELS-014"))
        self.hood = named(QComboBox(), self.tr("Neighbourhood"))
        self.hood.currentIndexChanged.connect(self._suggest_code)
        self.age = named(QComboBox(), self.tr("Age band"))
        fill_combo(self.age, [(band or self.tr("(unknown)"), band)
                              for band in participants.AGE_BANDS])
        self.note = named(QPlainTextEdit(), self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(px(80))
        self.name = named(QLineEdit(), self.tr("Name"))
        self.phone = named(QLineEdit(), self.tr("Phone"))
        self.email = named(QLineEdit(), self.tr("E-mail"))
        self.address = named(QLineEdit(), self.tr("Address"))
        self.error = ErrorLabel()

        form = QFormLayout()
        form.addRow(self.tr("&Code"), self.code)
        form.addRow(self.tr("&Neighbourhood"), self.hood)
        form.addRow(self.tr("&Age band"), self.age)
        form.addRow(self.tr("N&ote"), self.note)
        identity = QGroupBox(self.tr("Identifying details (optional, kept apart)"))
        identity_form = QFormLayout(identity)
        identity_form.addRow(self.tr("Na&me"), self.name)
        identity_form.addRow(self.tr("P&hone"), self.phone)
        identity_form.addRow(self.tr("&E-mail"), self.email)
        identity_form.addRow(self.tr("Add&ress"), self.address)
        new = named(QPushButton(self.tr("New partic&ipant")), self.tr("New participant"))
        new.clicked.connect(self.new)
        save = named(QPushButton(self.tr("&Save participant")), self.tr("Save participant"))
        save.clicked.connect(self.save)
        self.delete_button = named(QPushButton(self.tr("&Delete participant")),
                                   self.tr("Delete participant"),
                                   self.tr("Moves the participant to the recycle bin"))
        self.delete_button.clicked.connect(self.delete)
        self.consent_button = named(QPushButton(self.tr("&Take consent…")),
                                    self.tr("Take consent"),
                                    self.tr("Show the consent form to this participant"))
        self.consent_button.clicked.connect(self.take_consent)
        self.paper_button = named(QPushButton(self.tr("&Paper consent…")),
                                  self.tr("Paper consent"),
                                  self.tr("Enter consent the participant signed on a paper "
                                          "form"))
        self.paper_button.clicked.connect(self.take_paper_consent)
        self.form_button = named(QPushButton(self.tr("Open &form")),
                                 self.tr("Open consent form"),
                                 self.tr("Open the signed form as a Word document"))
        self.form_button.clicked.connect(self.open_form)
        self.withdraw_button = named(QPushButton(self.tr("&Withdraw…")),
                                     self.tr("Withdraw"),
                                     self.tr("The participant withdraws: erase or stop use"))
        self.withdraw_button.clicked.connect(self.withdraw)
        buttons = QGridLayout()  # two a row: at large text one row is wider than a screen
        for index, button in enumerate((new, save, self.delete_button, self.consent_button,
                                        self.paper_button, self.form_button,
                                        self.withdraw_button)):
            buttons.addWidget(button, index // 2, index % 2)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(identity)
        side.addWidget(self.error)
        side.addLayout(buttons)
        side.addStretch(1)
        # The list beside the form where there is room, else above it (large text, a small
        # screen); the form scrolls, Close stays on the screen.
        self.split = QSplitter()
        self._wide: bool | None = None  # side by side, or the list above the form
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.table)
        self.split.addWidget(scrolled(side))
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.split, 1)
        layout.addWidget(close)
        fit_window(self, 1120, 600)
        self.context.changed.connect(self._on_changed)
        self.reload()
        self.new()

    def reload(self) -> None:
        def load(session):  # type: ignore[no-untyped-def]
            people = participants.active(session)
            stops = {w.participant_id: w.kind for w in withdrawal.withdrawals(session)}
            return (people, setup.neighbourhoods(session),
                    {p.id: (records.latest(session, p.id), stops.get(p.id)) for p in people})

        people, hoods, consents = self.context.read(load)
        names = {h.id: h.name for h in hoods}
        fill_combo(self.hood, [(self.tr("(none)"), None)] + [(h.name, h.id) for h in hoods],
                   self.hood.currentData())
        self.consents = consents
        self.model.set_rows([(p.id, [p.code, names.get(p.neighbourhood_id or "", ""),
                                     p.age_band, self._consent_text(*consents[p.id]),
                                     p.note.splitlines()[0] if p.note else ""])
                             for p in people])
        self._enable_consent_buttons()
        self.table.resizeColumnsToContents()  # codes and consent whole, the note the rest

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = self.width() >= px(1000)
        if wide == self._wide:
            return
        self._wide = wide
        if wide:  # the list as wide as its columns (the note a little), the form the rest
            self.split.setOrientation(Qt.Orientation.Horizontal)
            table = sum(self.table.columnWidth(c) for c in range(4)) + px(150) + \
                self.table.verticalScrollBar().sizeHint().width()
            table = min(table, self.width() - px(440))
            self.split.setSizes([table, self.width() - table])
        else:
            self.split.setOrientation(Qt.Orientation.Vertical)
            self.split.setSizes([self.height() * 2 // 5, self.height() * 3 // 5])

    def _consent_text(self, record: ConsentRecord | None, stopped: str | None) -> str:
        if stopped:
            return self.tr("Withdrawn: not to be used")
        if record is None:
            return self.tr("No consent yet")
        when = QLocale().toString(QDateTime(record.given_at).toLocalTime().date(),
                                  QLocale.FormatType.ShortFormat)
        how = {"verbal": self.tr("spoken"), "paper": self.tr("on paper")}.get(
            record.method, self.tr("signed"))
        if not records.scopes_of(record).get("audio"):
            return self.tr("{how} {date}, no recording").format(how=how.capitalize(), date=when)
        return self.tr("{how} {date}").format(how=how.capitalize(), date=when)

    def _enable_consent_buttons(self) -> None:
        chosen = self.current_id is not None
        record, stopped = self.consents.get(self.current_id or "", (None, None))
        self.consent_button.setEnabled(chosen and not stopped)
        self.paper_button.setEnabled(chosen and not stopped)
        self.form_button.setEnabled(chosen and record is not None)
        self.withdraw_button.setEnabled(chosen and not stopped)

    def take_consent(self) -> None:
        from ui.consent.form_dialog import ConsentDialog  # deferred: heavy (PySide6.QtMultimedia)

        if self.current_id is not None:
            dialog = ConsentDialog(self.context, self.current_id, self)
            dialog.setWindowState(Qt.WindowState.WindowMaximized)
            dialog.exec()

    def take_paper_consent(self) -> None:
        if self.current_id is not None:
            PaperConsentDialog(self.context, self.current_id, self).exec()

    def open_form(self) -> None:
        record, _stopped = self.consents.get(self.current_id or "", (None, None))
        if record is None:
            return
        project, record_id = self.context.project, record.id
        run_in_background(self, lambda _p, _c: ensure_document(project, record_id),
                          on_success=lambda path: QDesktopServices.openUrl(
                              QUrl.fromLocalFile(str(path))),
                          label=self.tr("Making the consent form…"))

    def withdraw(self) -> None:
        if self.current_id is not None:
            WithdrawDialog(self.context, self.code.text(), self).exec()
            self.new()

    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables & participants.READS:
            self.reload()

    def _suggest_code(self) -> None:
        if self.current_id is None:
            hood = self.hood.currentData()
            self.code.setText(self.context.read(lambda s: participants.next_code(s, hood)))

    def new(self) -> None:
        self.current_id = None
        self.table.clearSelection()
        for field in (self.name, self.phone, self.email, self.address):
            field.clear()
        self.note.clear()
        self.age.setCurrentIndex(0)
        self.delete_button.setEnabled(False)
        self.error.show_message("")
        self._enable_consent_buttons()
        self._suggest_code()
        self.code.setFocus()

    def edit_row(self, row: int) -> None:
        participant_id = self.model.key(row)
        if participant_id is None:
            return
        person, identity = self.context.read(lambda s: (
            participants.get(s, participant_id), participants.identity_of(s, participant_id)))
        self.current_id = participant_id
        self.code.setText(person.code)
        self.hood.blockSignals(True)
        self.hood.setCurrentIndex(max(self.hood.findData(person.neighbourhood_id), 0))
        self.hood.blockSignals(False)
        self.age.setCurrentIndex(max(self.age.findData(person.age_band), 0))
        self.note.setPlainText(person.note)
        self.name.setText(identity.name)
        self.phone.setText(identity.phone)
        self.email.setText(identity.email)
        self.address.setText(identity.address)
        self.delete_button.setEnabled(True)
        self.error.show_message("")
        self._enable_consent_buttons()

    def save(self) -> None:
        project_id, participant_id = self.context.project_id, self.current_id
        code, hood, age, note = (self.code.text(), self.hood.currentData(),
                                 self.age.currentData() or "", self.note.toPlainText())
        identity = participants.Identity(self.name.text(), self.phone.text(), self.email.text(),
                                         self.address.text())
        try:
            self.context.read(lambda s: participants.validate_code(s, code, participant_id))
        except ValidationError as exc:
            self.error.show_message(exc.message)
            self.code.setFocus()
            return

        def saved(person: Participant) -> None:
            self.error.show_message("")
            self.current_id = person.id
            row = self.model.row_of(person.id)
            if row >= 0:
                self.table.selectRow(row)
            self.delete_button.setEnabled(True)
            self._enable_consent_buttons()  # a new person's consent comes next

        self.context.write(lambda s: participants.save(s, project_id, code, hood, age, note,
                                                       identity, participant_id), on_success=saved,
                           on_failure=lambda exc: self.error.show_message(str(exc)))

    def delete(self) -> None:
        participant_id = self.current_id
        if participant_id is None:
            return
        try:
            self.context.read(lambda s: recycle.check_participant_deletable(s, participant_id))
        except ValidationError as exc:
            self.error.show_message(exc.message)
            return
        self.undo_stack.push(DeleteCommand(self.context, "participant", participant_id,
                                           self.tr("Delete {code}").format(
                                               code=self.code.text())))
        self.new()

