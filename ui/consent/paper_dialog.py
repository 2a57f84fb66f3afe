"""Consent given on a paper form, entered afterwards: the date on the form, who took it,
each choice as it was ticked, and (optionally) a photo or scan of the signed sheet.
A recording made elsewhere can be imported once this is there."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.consent.answers import answer_row
from ui.context import ProjectContext
from ui.dates import open_at_today
from ui.widgets import (
    ElidedComboBox,
    ErrorLabel,
    emphasise,
    fill_combo,
    fit_window,
    named,
    scrolled,
)
from veldwerk.consent import documents, records, templates
from veldwerk.domain import ConsentMethod, ConsentTemplate
from veldwerk.errors import ValidationError

SCAN_FILES = "*.jpg *.jpeg *.png *.pdf"


class PaperConsentDialog(QDialog):
    def __init__(self, context: ProjectContext, participant_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.participant_id = context, participant_id
        self.record_id: str | None = None
        self.scan: Path | None = None
        project_id = context.project_id
        person, self.forms, team = context.read(
            lambda s: templates.for_taking(s, project_id, participant_id))
        code = person.code if person else "?"
        self.setWindowTitle(self.tr("Paper consent of {code}").format(code=code))
        heading = emphasise(QLabel(self.tr("{code} signed a paper consent form").format(
            code=code)), 1.2)
        explain = QLabel(self.tr("Enter what is on the signed form. Keep the paper form "
                                 "safe; a photo or scan of it can be kept here too."))
        explain.setWordWrap(True)
        self.form = named(ElidedComboBox(characters=20), self.tr("Form"))
        languages = {"nl": self.tr("Dutch"), "en": self.tr("English")}
        fill_combo(self.form, [(self.tr("{title} ({language}, version {version})").format(
            title=t.title, language=languages.get(t.language, t.language), version=t.version),
            t.id) for t in self.forms])
        self.form.currentIndexChanged.connect(lambda _i: self._show_choices())
        self.date = named(QDateEdit(QDate.currentDate()), self.tr("Date on the form"))
        open_at_today(self.date)
        self.date.setMaximumDate(QDate.currentDate())
        self.by = named(QComboBox(), self.tr("Taken by"),
                        self.tr("The team member who took the consent"))
        fill_combo(self.by, [(self.tr("(choose)"), None)] + [(m.name, m.id) for m in team])
        self.scan_label = QLabel(self.tr("No photo or scan"))
        self.scan_label.setAccessibleName(self.tr("Photo or scan"))
        choose_scan = named(QPushButton(self.tr("Add a photo or &scan…")),
                            self.tr("Add a photo or scan"),
                            self.tr("A JPEG, PNG or PDF of the signed form"))
        choose_scan.clicked.connect(self._choose_scan)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_label, 1)
        scan_row.addWidget(choose_scan)
        form = QFormLayout()
        form.addRow(self.tr("&Form"), self.form)
        form.addRow(self.tr("&Date on the form"), self.date)
        form.addRow(self.tr("&Taken by"), self.by)
        form.addRow(self.tr("Photo or scan"), scan_row)
        self.choices = QWidget()
        self.grid = QGridLayout(self.choices)
        self.answers: dict[str, QButtonGroup] = {}
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        content = QVBoxLayout()
        content.addWidget(heading)
        content.addWidget(explain)
        content.addLayout(form)
        content.addWidget(QLabel(self.tr("The choices as ticked on the form:")))
        content.addWidget(self.choices)
        content.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolled(content), 1)  # Save and Cancel stay on the screen
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_window(self, 720, 560)
        self._show_choices()

    def template(self) -> ConsentTemplate | None:
        chosen = self.form.currentData()
        return next((t for t in self.forms if t.id == chosen), None)

    def _show_choices(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.answers = {}
        template = self.template()
        if template is None:
            self.error.show_message(templates.no_form_text(self.context.project.joined))
            return
        for row, scope in enumerate(json.loads(template.scopes)):
            host, group = answer_row(self, scope["label"])
            self.answers[scope["key"]] = group
            self.grid.addWidget(host, row, 0)

    def _choose_scan(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Photo or scan of the signed form"), str(Path.home()),
            self.tr("Photos and scans ({patterns})").format(patterns=SCAN_FILES))
        if path:
            self.set_scan(Path(path))

    def set_scan(self, path: Path) -> None:
        try:
            records.scan_type(path)
        except ValidationError as exc:
            self.error.show_message(exc.message)
            return
        self.error.show_message("")
        self.scan = path
        self.scan_label.setText(path.name)

    def draft(self) -> records.ConsentDraft:
        template = self.template()
        answers = {key: None if group.checkedId() < 0 else bool(group.checkedId())
                   for key, group in self.answers.items()}
        day = self.date.date().toPython()
        given = datetime.combine(day, time(12, 0)).astimezone(UTC)  # noon, local time
        return records.ConsentDraft(
            participant_id=self.participant_id, template_id=template.id if template else "",
            answers=answers, method=ConsentMethod.PAPER.value,
            interviewer_id=self.by.currentData(), given_at=min(given, datetime.now(UTC)),
            scan=self.scan)

    def confirm(self) -> None:
        draft = self.draft()
        media = self.context.project.media
        try:
            self.context.read(lambda s: records.validate(s, draft))
        except ValidationError as exc:
            self.error.show_message(exc.message)
            if exc.field == "interviewer":
                self.by.setFocus()
            elif exc.field.startswith("scope:"):
                group = self.answers.get(exc.field.removeprefix("scope:"))
                if group is not None:
                    group.buttons()[0].setFocus()
            return

        def done(record_id: str) -> None:
            self.record_id = record_id
            self.context.write(lambda s: documents.make_document(s, media, record_id))
            self.accept()

        self.context.write(lambda s: records.take(s, media, draft).id, on_success=done,
                           on_failure=lambda exc: self.error.show_message(str(exc)))
