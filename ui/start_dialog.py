"""First start and project choice: open the demo, create a project, or join one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.dates import date_edit, date_of
from ui.operations import run_in_background
from ui.widgets import EmptyHint, ErrorLabel, emphasise, fill_combo, named, px
from veldwerk import demo, projects, setup
from veldwerk.errors import ValidationError, VeldwerkError
from veldwerk.paths import Device


class NewProjectDialog(QDialog):
    """Name, the date until which data are kept and the interviews' language: the consent
    forms state the date, so a project is made with them and laptops can take consent."""

    def __init__(self, data_dir: Path, device: Device, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir, self.device = data_dir, device
        self.created: projects.ProjectEntry | None = None
        self.setWindowTitle(self.tr("New project"))
        self.name = named(QLineEdit(), self.tr("Project name"))
        self.description = named(QPlainTextEdit(), self.tr("Description"))
        self.description.setTabChangesFocus(True)
        self.retention = date_edit(None, self.tr("Keep data until"))
        self.retention.setToolTip(self.tr("The consent forms promise to erase recordings "
                                          "after this date"))
        self.language = named(QComboBox(), self.tr("Language of the interviews"))
        fill_combo(self.language, [(name, code) for code, name
                                   in setup.INTERVIEW_LANGUAGES.items()], "nl")
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("&Keep data until"), self.retention)
        form.addRow(self.tr("&Language of the interviews"), self.language)
        explain = QLabel(self.tr("The consent form tells participants until when their data "
                                 "are kept. The project starts with a plain-language form "
                                 "in Dutch and English; you can change it later."))
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def create(self) -> None:
        retention = date_of(self.retention)
        try:
            projects.validate_name(self.data_dir, self.name.text())
            if retention is None:
                raise ValidationError("retention_date", self.tr(
                    "Choose until when the data are kept: the consent form states it."))
            self.created = projects.create_project(
                self.data_dir, self.device, self.name.text(), self.description.toPlainText(),
                retention_date=retention, language=self.language.currentData())
        except ValidationError as exc:
            self.error.show_message(exc.message)
            (self.retention if exc.field == "retention_date" else self.name).setFocus()
            return
        self.accept()


class StartDialog(QDialog):
    """Lists the projects in the data folder; on first start there are none yet."""

    def __init__(self, data_dir: Path, device: Device, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir, self.device = data_dir, device
        self.chosen: projects.ProjectEntry | None = None
        self.setWindowTitle(self.tr("Welcome to Veldwerk"))
        self.setMinimumWidth(min(px(720), 1200))
        welcome = QLabel(self.tr("Choose a project to work on, try the demo project, or start "
                                 "a new one."))
        welcome.setWordWrap(True)
        welcome.setObjectName("welcome")
        emphasise(welcome, 1.2, bold=False)
        self.list = named(QListWidget(), self.tr("Projects on this computer"))
        self.empty_hint = EmptyHint(self.list, self.tr(
            "No projects on this computer yet. Try the demo project, start a new one, or "
            "join your team's project with the file your coordinator gave you."))
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.open_button = named(QPushButton(self.tr("&Open project")), self.tr("Open project"))
        self.open_button.clicked.connect(self.open_selected)
        self.demo_button = named(QPushButton(self.tr("Open the &demo project")),
                                 self.tr("Open the demo project"),
                                 self.tr("A practice project with made-up interviews"))
        self.demo_button.clicked.connect(self.open_demo)
        new = named(QPushButton(self.tr("&New project…")), self.tr("New project"))
        new.clicked.connect(self.new_project)
        join = named(QPushButton(self.tr("&Join a project from a file…")),
                     self.tr("Join a project from a file"),
                     self.tr("Open the project file your coordinator gave you"))
        join.clicked.connect(self.join_project)
        hint = QLabel(self.tr("In a team? Join with the project file your coordinator "
                              "gave you."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.error = ErrorLabel()
        buttons = QVBoxLayout()
        for button in (self.open_button, self.demo_button, new, join):
            button.setMinimumHeight(button.sizeHint().height() * 3 // 2)
            buttons.addWidget(button)
        buttons.addWidget(hint)
        buttons.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 3)
        body.addLayout(buttons, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(welcome)
        layout.addLayout(body)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for entry in projects.list_projects(self.data_dir):
            text = entry.name if not entry.problem else self.tr("{name} (damaged)").format(
                name=entry.name)
            item = QListWidgetItem(text)
            item.setData(256, entry)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
            self.list.setFocus()
        else:
            self.demo_button.setDefault(True)
            self.demo_button.setFocus()
        self.open_button.setEnabled(self.list.count() > 0)
        self.empty_hint.follow()

    def open_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = item.data(256)
            self.accept()

    def open_demo(self) -> None:
        self.demo_button.setEnabled(False)

        def done(entry: projects.ProjectEntry) -> None:
            self.chosen = entry
            self.accept()

        def failed(exc: BaseException) -> None:
            self.demo_button.setEnabled(True)
            self.error.show_message(str(exc))

        run_in_background(self, lambda _p, _c: demo.create_demo(self.data_dir, self.device),
                          on_success=done, on_failure=failed,
                          label=self.tr("Preparing the demo project…"))

    def join_project(self) -> None:
        from ui.sync.delivery_dialog import confirm_join  # deferred: heavy (pyrage)
        from veldwerk.bundle import projectfile  # deferred: heavy (pyrage)

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Join a project"), str(Path.home()),
            self.tr("Veldwerk project (*.veldwerkproject);;All files (*)"))
        if not path:
            return
        try:
            found = projectfile.read_project_file(Path(path))
        except VeldwerkError as exc:
            self.error.show_message(str(exc))
            return
        if not confirm_join(self, found):
            return
        self.join_file(Path(path))

    def join_file(self, path: Path) -> None:
        """Join from ``path`` in the background and open the project."""
        from veldwerk.bundle import projectfile  # deferred: heavy (pyrage)

        def done(joined: projectfile.Joined) -> None:
            self.chosen = joined.entry
            self.accept()

        run_in_background(self, lambda _p, _c: projectfile.join(self.data_dir, self.device,
                                                                 path),
                          on_success=done, on_failure=lambda exc: self.error.show_message(
                              str(exc)), label=self.tr("Joining the project…"))

    def new_project(self) -> None:
        dialog = NewProjectDialog(self.data_dir, self.device, self)
        if dialog.exec() and dialog.created is not None:
            self.chosen = dialog.created
            self.accept()
