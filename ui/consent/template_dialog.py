"""The project's consent form (coordinator): edit the text of each required element and
the choices. A form somebody signed is never changed: saving then makes a new version."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.context import ProjectContext
from ui.widgets import ErrorLabel, fill_combo, fit_window, named, px
from veldwerk.consent import records, templates
from veldwerk.domain import ConsentTemplate, Project
from veldwerk.errors import ValidationError


class TemplateDialog(QDialog):
    def __init__(self, context: ProjectContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.template: ConsentTemplate | None = None
        self._order: list[str] = list(templates.REQUIRED_SECTIONS)
        self.setWindowTitle(self.tr("Consent form"))
        self.language = named(QComboBox(), self.tr("Language of the form"))
        fill_combo(self.language, [(self.tr("Dutch"), "nl"), (self.tr("English"), "en")])
        self.language.currentIndexChanged.connect(lambda _i: self.load())
        self.version = QLabel()
        self.version.setWordWrap(True)
        self.version.setAccessibleName(self.tr("Version"))
        self.title_edit = named(QLineEdit(), self.tr("Title of the form"))
        self.sections: dict[str, tuple[QLineEdit, QPlainTextEdit]] = {}
        self.scopes: dict[str, QLineEdit] = {}
        body = QWidget()
        form = QVBoxLayout(body)
        texts = QGroupBox(self.tr("What the form tells"))
        text_form = QFormLayout(texts)
        elements = templates.element_names()
        for key in templates.REQUIRED_SECTIONS:
            heading = named(QLineEdit(), self.tr("Heading: {element}").format(
                element=elements[key]))
            text = named(QPlainTextEdit(), self.tr("Text: {element}").format(
                element=elements[key]))
            text.setTabChangesFocus(True)
            text.setFixedHeight(px(84))
            self.sections[key] = (heading, text)
            text_form.addRow(QLabel(elements[key].capitalize()))
            text_form.addRow(heading)
            text_form.addRow(text)
        choices = QGroupBox(self.tr("Choices (yes or no for each)"))
        choice_form = QFormLayout(choices)
        scope_names = templates.scope_names()
        for key in templates.SCOPES:
            edit = named(QLineEdit(), self.tr("Choice: {scope}").format(scope=scope_names[key]))
            self.scopes[key] = edit
            choice_form.addRow(scope_names[key].capitalize(), edit)
        hint = QLabel(self.tr("Write {retention_date} where the form names the date until "
                              "which data are kept (project settings)."))
        hint.setWordWrap(True)
        form.addWidget(texts)
        form.addWidget(choices)
        form.addWidget(hint)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.error = ErrorLabel()
        self.save_button = named(QPushButton(self.tr("&Save form")), self.tr("Save form"))
        self.save_button.clicked.connect(self.save)
        close = named(QPushButton(self.tr("Close")), self.tr("Close"))
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.language)
        top.addWidget(self.version, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        title_label = QLabel(self.tr("&Title"))
        title_label.setBuddy(self.title_edit)
        layout.addWidget(title_label)
        layout.addWidget(self.title_edit)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        fit_window(self, 860, 760)
        self.load()

    def load(self) -> None:
        project_id, language = self.context.project_id, self.language.currentData()

        def read(session):  # type: ignore[no-untyped-def]
            found = templates.current(session, project_id, language)
            return found, 0 if found is None else records.signed_count(session, found.id)

        self.template, signed = self.context.read(read)
        draft = (templates.draft_of(self.template) if self.template is not None
                 else templates.default_draft(language, None))
        self.title_edit.setText(draft.title)
        given = {s.key: s for s in draft.sections}
        # Keep the form's own order (the hash covers it): an untouched form stays the same.
        self._order = [s.key for s in draft.sections if s.key in self.sections] + [
            k for k in self.sections if k not in given]
        for key, (heading, text) in self.sections.items():
            heading.setText(given[key].heading if key in given else "")
            text.setPlainText(given[key].text if key in given else "")
        labels = {s.key: s.label for s in draft.scopes}
        for key, edit in self.scopes.items():
            edit.setText(labels.get(key, ""))
        if self.template is None:
            self.version.setText(self.tr("Not saved yet: this is Veldwerk's default form."))
        elif signed:
            self.version.setText(self.tr(
                "Version {version}, signed by {n}. Saving a change makes version {next}; "
                "what they agreed to stays as it was.").format(
                    version=self.template.version, n=signed, next=self.template.version + 1))
        else:
            self.version.setText(self.tr("Version {version}, not signed yet.").format(
                version=self.template.version))
        self.error.show_message("")

    def draft(self) -> templates.TemplateDraft:
        retention = self.template.retention_date if self.template is not None else None
        if retention is None:
            project = self.context.read(lambda s: s.get(Project, self.context.project_id))
            retention = project.retention_date if project else None
        return templates.TemplateDraft(
            language=self.language.currentData(), title=self.title_edit.text(),
            sections=[templates.Section(key, self.sections[key][0].text(),
                                        self.sections[key][1].toPlainText())
                      for key in self._order],
            scopes=[templates.Scope(key, edit.text()) for key, edit in self.scopes.items()
                    if edit.text().strip()],
            retention_date=retention)

    def save(self) -> None:
        draft = self.draft()
        try:
            templates.validate(draft)
        except ValidationError as exc:
            self.error.show_message(exc.message)
            return
        if (self.template is not None
                and templates.content_hash(draft) == self.template.content_hash):
            self.error.show_message(self.tr("Nothing was changed."))
            return
        project_id = self.context.project_id
        template_id = self.template.id if self.template is not None else None
        self.context.write(lambda s: templates.save(s, project_id, draft, template_id),
                           on_success=lambda _t: self.load(),
                           on_failure=lambda exc: self.error.show_message(str(exc)))


