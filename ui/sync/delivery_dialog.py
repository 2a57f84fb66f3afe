"""Project › Delivery…: on a laptop that joined, where its bundles go, the share's
password (asked once, kept in the keyring, with Test connection), the outbox and Sync now;
for the coordinator, the keys, where bundles go, and a project file per team member."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import ProjectContext
from ui.operations import run_in_background
from ui.sync.controller import SyncController
from ui.sync.team_places import LaptopPlaces, ShareLogins
from ui.widgets import EmptyHint, ErrorLabel, emphasise, fit_window, local_datetime_text, named
from veldwerk import labels as counted
from veldwerk import setup, words
from veldwerk.bundle import export, projectfile
from veldwerk.bundle import keys as keymod
from veldwerk.errors import VeldwerkError
from veldwerk.fsutil import atomic_write_text
from veldwerk.participants import code_block
from veldwerk.paths import device, name_device
from veldwerk.sync import downstream, outbox, routes, run, secrets, transport
from veldwerk.sync.target import FOLDER, WEBDAV, Target, checked

SAID = 5  # changes the coordinator spoke of, shown under the outbox
MADE = 0  # the outbox table's column of when a bundle was made; its tooltip names the file


class DeliveryDialog(QDialog):
    def __init__(self, context: ProjectContext, controller: SyncController | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.controller = context, controller
        self.password: QLineEdit | None = None  # only a laptop that delivers to WebDAV
        self.setWindowTitle(self.tr("Delivery"))
        self.error = ErrorLabel()
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setAccessibleName(self.tr("Result"))
        layout = QVBoxLayout(self)
        if context.project.joined:
            self._build_laptop(layout)
        else:
            self._build_coordinator(layout)
        layout.addWidget(self.error)
        layout.addWidget(self.done_label)
        close = named(QPushButton(self.tr("Close")), self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        fit_window(self, 860, 620)

    def _say(self, text: str) -> None:
        self.error.show_message("")
        self.done_label.setText(text)

    def _fail(self, exc: BaseException) -> None:
        self.done_label.setText("")
        self.error.show_message(str(exc))

    # -- a laptop that joined ---------------------------------------------------------

    def _build_laptop(self, layout: QVBoxLayout) -> None:
        facts = self.context.read(lambda s: (projectfile.joined_info(s), code_block(s),
                                             run.target_in(s)))
        joined, block, self.target = facts
        assert joined is not None
        layout.addWidget(emphasise(QLabel(self.tr("Your work goes to the coordinator")), 1.3))
        form = QFormLayout()
        form.addRow(self.tr("You are"), QLabel(joined["member"]["name"]))
        form.addRow(self.tr("Participant numbers"), QLabel(
            self.tr("{low} to {high}").format(low=block.low, high=block.high) if block else "–"))
        form.addRow(self.tr("Coordinator's key"), QLabel(
            keymod.fingerprint(joined["coordinator"]["signing"])))
        mine = keymod.device_fingerprint(self.context.project.data_folder)
        self.laptop_key = named(QLabel(mine or "–"), self.tr("This laptop's key"),
                                self.tr("Your coordinator compares it with what their Inbox "
                                        "shows before taking in this laptop's work"))
        self.laptop_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.laptop_key.setToolTip(self.laptop_key.accessibleDescription())
        form.addRow(self.tr("This laptop's key"), self.laptop_key)
        self.laptop_name = named(QLineEdit(device(self.context.project.data_folder).name),
                                 self.tr("This laptop's name"),
                                 self.tr("The coordinator sees it beside your name"))
        save_name = named(QPushButton(self.tr("Save &name")), self.tr("Save the laptop's name"))
        save_name.clicked.connect(self.save_laptop_name)
        row = QHBoxLayout()
        row.addWidget(self.laptop_name, 1)
        row.addWidget(save_name)
        label = QLabel(self.tr("This laptop's na&me"))
        label.setBuddy(self.laptop_name)
        form.addRow(label, row)
        form.addRow(self.tr("Bundles go to"), QLabel(
            self.target.describe() if self.target else self.tr("not chosen: use a USB stick")))
        layout.addLayout(form)
        if self.target is not None and self.target.needs_login:
            self.password = named(QLineEdit(), self.tr("Password for the share"),
                                  self.tr("The app password from the share's settings; kept "
                                          "in this computer's keyring"))
            self.password.setEchoMode(QLineEdit.EchoMode.Password)
            if secrets.password(self.target):
                self.password.setPlaceholderText(self.tr("(kept in the keyring)"))
            test = named(QPushButton(self.tr("&Test connection")), self.tr("Test connection"))
            test.clicked.connect(self.test_connection)
            save = named(QPushButton(self.tr("&Save password")), self.tr("Save password"))
            save.clicked.connect(self.save_password)
            row = QHBoxLayout()
            row.addWidget(self.password, 1)
            row.addWidget(test)
            row.addWidget(save)
            label = QLabel(self.tr("&Password"))
            label.setBuddy(self.password)
            form.addRow(label, row)
        self.outbox = named(QTableWidget(0, 4), self.tr("Outbox"),
                            self.tr("The bundles this laptop made, and how far each got"))
        self.outbox.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Holds"),
                                               self.tr("Size"), self.tr("State")])
        self.outbox.horizontalHeader().setStretchLastSection(True)
        self.outbox.setWordWrap(False)
        self.outbox.verticalHeader().hide()
        self.outbox.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.empty_outbox = EmptyHint(self.outbox, self.tr(
            "Nothing sent yet. Your work goes to the coordinator by itself when the laptop "
            "is online; «Sync now» sends it at once."))
        layout.addWidget(self.outbox, 1)
        self.said = named(QLabel(), self.tr("What the coordinator said about your changes"))
        self.said.setWordWrap(True)
        layout.addWidget(self.said)
        sync = named(QPushButton(self.tr("Sync &now")), self.tr("Sync now"),
                     self.tr("Bundle what waits and deliver it now"))
        sync.clicked.connect(self.sync_now)
        copy = named(QPushButton(self.tr("&Copy bundles to a folder…")),
                     self.tr("Copy bundles to a folder"),
                     self.tr("No network: take the bundles to the coordinator on a USB stick"))
        copy.clicked.connect(self.copy_to_folder)
        row = QHBoxLayout()
        row.addWidget(sync)
        row.addWidget(copy)
        row.addStretch(1)
        layout.addLayout(row)
        self.context.changed.connect(lambda _t: self.fill_outbox())
        self.fill_outbox()

    def save_laptop_name(self) -> None:
        try:
            named_now = name_device(self.context.project.data_folder, self.laptop_name.text())
        except VeldwerkError as exc:
            self._fail(exc)
            return
        self.laptop_name.setText(named_now.name)
        self._say(self.tr("This laptop is called {name}; the coordinator sees it with the next "
                          "bundle.").format(name=named_now.name))

    def fill_outbox(self) -> None:
        """Newest first: when, what, how big, how far (a problem in full as tooltip)."""
        items = list(reversed(self.context.read(outbox.bundles)))
        self.outbox.setRowCount(len(items))
        for row, item in enumerate(items):
            holds = f"{counted.changes(item.entries)}, {counted.files(item.media)}"
            if item.parts > 1:
                holds += " " + self.tr("(part {part} of {parts})").format(
                    part=item.part, parts=item.parts)
            state = item.said()
            values = [local_datetime_text(QDateTime(item.made_at.astimezone().replace(
                tzinfo=None))), holds, words.size(item.size), state]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(f"{value}\n{item.file_name}" if column == MADE else value)
                self.outbox.setItem(row, column, cell)
        self.outbox.resizeColumnsToContents()
        self.empty_outbox.follow()
        self.fill_said()

    def fill_said(self) -> None:
        """Changes of records that are not this laptop's: what waits for the coordinator
        and what it refused, as its receipts said (the newest few; all in `veldwerk
        changes --coordinator`)."""
        found = [w for w in self.context.read(downstream.change_words)
                 if w.status in ("waiting", "refused")]
        self.said.setVisible(bool(found))
        if not found:
            self.said.clear()
            return
        waiting = sum(w.status == "waiting" for w in found)
        lines = [self.tr("Changes of records that are not this laptop's — waiting for the "
                         "coordinator: {waiting}, refused: {refused}.").format(
                             waiting=waiting, refused=len(found) - waiting)]
        lines += [w.describe() for w in found[-SAID:]]
        self.said.setText("\n".join(lines))

    def _typed(self) -> str | None:
        """The share's password as typed; a folder or no target has no password field."""
        return (self.password.text() or None) if self.password is not None else None

    def test_connection(self) -> None:
        target, typed = self.target, self._typed()
        assert target is not None

        def work(_p, _c) -> None:  # type: ignore[no-untyped-def]
            place = transport.connect(target, typed)
            try:
                place.check()
            finally:
                place.close()

        run_in_background(self, work, on_success=lambda _r: self._say(
            self.tr("The share answers and takes the password.")), on_failure=self._fail,
            label=self.tr("Testing the connection…"))

    def save_password(self) -> None:
        typed = self._typed()
        if not typed or self.target is None or self.password is None:
            self.error.show_message(self.tr("Type the password first."))
            return
        if self.controller is not None:
            self.controller.password = typed  # used now, also without a keyring
        try:
            secrets.remember(self.target, typed)
        except VeldwerkError as exc:
            self._fail(exc)
            return
        self.password.clear()
        self.password.setPlaceholderText(self.tr("(kept in the keyring)"))
        self._say(self.tr("The password is kept in this computer's keyring."))

    def sync_now(self) -> None:
        if self.controller is not None and self._typed():
            self.controller.password = self._typed()
        if self.controller is not None:
            self.controller.sync(now=True)
            self._say(self.tr("Delivering in the background; the status bar shows how it "
                              "goes."))

    def copy_to_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Copy bundles to"))
        if not folder:
            return
        project = self.context.project

        def work(_p, _c) -> int:  # type: ignore[no-untyped-def]
            export.export(project)
            return outbox.copy_to_folder(project, Path(folder))

        run_in_background(self, work, on_success=lambda n: self._say(self.tr(
            "Bundles copied: {n}. Give the folder's bundles to the coordinator.").format(n=n)),
            on_failure=self._fail, label=self.tr("Copying bundles…"))

    # -- the coordinator ----------------------------------------------------------------

    def _build_coordinator(self, outer: QVBoxLayout) -> None:
        outer.addWidget(emphasise(QLabel(self.tr("The team's laptops and their bundles")),
                                  1.3))
        self.tabs = named(QTabWidget(), self.tr("Delivery"))
        files = QWidget()
        layout = QVBoxLayout(files)
        self.tabs.addTab(files, self.tr("&Keys and project files"))
        self.laptops = LaptopPlaces(self.context, self._say, self._fail)
        self.tabs.addTab(self.laptops, self.tr("L&aptops"))
        self.logins = ShareLogins(self.context, self._say, self._fail)
        self.tabs.addTab(self.logins, self.tr("Your login on the s&hares"))
        outer.addWidget(self.tabs, 1)
        intro = QLabel(self.tr(
            "1. Make your keys once (keep the passphrase and print the recovery sheet). "
            "2. Choose a team member and where their laptop puts its bundles (members may "
            "use different places). 3. Make their project file and give it to them; they "
            "join the project with it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.given_keys = self.context.read(projectfile.coordinator_fingerprint)
        if self.given_keys is None:
            make_keys = named(QPushButton(self.tr("1. &Make keys…")), self.tr("Make keys"))
            layout.addWidget(make_keys, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            row = QHBoxLayout()
            row.addWidget(QLabel(self.tr("1. The team has your keys (fingerprint {fp}).").format(
                fp=self.given_keys)), 1)
            make_keys = named(QPushButton(self.tr("Make &new keys…")), self.tr("Make new keys"),
                              self.tr("Only for another project: this project's laptops "
                                      "trust the keys they were given"))
            make_keys.setAutoDefault(False)
            row.addWidget(make_keys)
            layout.addLayout(row)
        make_keys.clicked.connect(self.make_keys)

        self.kind_folder = QRadioButton(self.tr("A &folder (a team folder, a USB stick)"))
        self.kind_share = QRadioButton(self.tr("A &WebDAV share (Nextcloud, Research Drive)"))
        group = QButtonGroup(self)
        group.addButton(self.kind_folder)
        group.addButton(self.kind_share)
        self.location = named(QLineEdit(), self.tr("Folder or share address"))
        self.user = named(QLineEdit(), self.tr("The member's login name on the share"))
        self.member = named(QComboBox(), self.tr("Team member"))
        team = self.context.read(lambda s: [(m.name, m.id) for m in setup.team(s)])
        for name, member_id in team:
            self.member.addItem(name, member_id)
        self.member.currentIndexChanged.connect(lambda _i: self._show_member_target())
        form = QFormLayout()
        kinds = QVBoxLayout()
        kinds.addWidget(self.kind_folder)
        kinds.addWidget(self.kind_share)
        form.addRow(self.tr("2. &Team member"), self.member)
        form.addRow(self.tr("Their laptop delivers to"), kinds)
        form.addRow(self.tr("Whe&re"), self.location)
        form.addRow(self.tr("Their &login name"), self.user)
        layout.addLayout(form)
        self._show_member_target()
        export = named(QPushButton(self.tr("3. Make the &project file…")),
                       self.tr("Make the project file"))
        export.clicked.connect(self.export_project_file)
        layout.addWidget(export, 0, Qt.AlignmentFlag.AlignLeft)
        self.sheet = named(QPlainTextEdit(), self.tr("Recovery sheet"))
        self.sheet.setReadOnly(True)
        self.sheet.hide()
        layout.addWidget(self.sheet)
        # The sheet holds both secret keys: it is shown, printed, or saved where the user
        # chooses (0600 from the first byte); Veldwerk keeps no copy of it on disk.
        self.sheet_buttons = QWidget()
        row = QHBoxLayout(self.sheet_buttons)
        row.setContentsMargins(0, 0, 0, 0)
        print_sheet = named(QPushButton(self.tr("Pr&int the recovery sheet…")),
                            self.tr("Print the recovery sheet"))
        print_sheet.clicked.connect(self.print_sheet)
        save_sheet = named(QPushButton(self.tr("Sa&ve the sheet as…")),
                           self.tr("Save the recovery sheet"),
                           self.tr("As a PDF or a text file where you choose, readable by "
                                   "you only"))
        save_sheet.clicked.connect(self.save_sheet)
        for button_ in (print_sheet, save_sheet):
            button_.setAutoDefault(False)
            row.addWidget(button_)
        row.addStretch(1)
        self.sheet_buttons.hide()
        layout.addWidget(self.sheet_buttons)
        layout.addStretch(1)

    def _passphrase(self, confirm: bool) -> str | None:
        first, ok = QInputDialog.getText(self, self.tr("Passphrase"), self.tr(
            "Passphrase for the keys (at least 10 characters, for example four words):"),
            QLineEdit.EchoMode.Password)
        if not ok:
            return None
        if confirm:
            again, ok = QInputDialog.getText(self, self.tr("Passphrase"),
                                             self.tr("The same passphrase again:"),
                                             QLineEdit.EchoMode.Password)
            if not ok:
                return None
            if again != first:
                self.error.show_message(self.tr("The two passphrases differ; nothing was made."))
                return None
        return first

    def make_keys(self) -> None:
        if self.given_keys is not None and QMessageBox.question(
                self, self.tr("Make new keys"), self.tr(
                    "This project's laptops trust the keys with fingerprint {fp}: their bundles "
                    "open only with those, and project files and updates must be signed with "
                    "them. New keys do not replace them here; they serve another project.\n\n"
                    "Make new keys anyway?").format(fp=self.given_keys),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the keys as"),
                                              "coordinator.veldwerkkeys")
        if not path:
            return
        passphrase = self._passphrase(confirm=True)
        if passphrase is None:
            return

        def work(_p, _c) -> str:  # type: ignore[no-untyped-def]
            made = keymod.new_coordinator_keys()
            keymod.save_coordinator_keys(made, Path(path), passphrase)
            return keymod.recovery_sheet(made)

        def done(sheet: str) -> None:
            self.sheet.setPlainText(sheet)
            self.sheet.show()
            self.sheet_buttons.show()
            self._say(self.tr("Keys made. The recovery sheet below holds both secret keys; no "
                              "copy of it is on disk. Print it (or save it where you choose) "
                              "and keep the page locked away."))

        run_in_background(self, work, on_success=done, on_failure=self._fail,
                          label=self.tr("Making the keys…"))

    def _sheet_document(self) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        document.setPlainText(self.sheet.toPlainText())
        return document

    def print_sheet(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted.value:
            return
        out = printer.outputFileName()  # "Print to file" in the dialog: a plain copy
        try:
            if out:
                _private_file(Path(out))
            self._sheet_document().print_(printer)
        except OSError as exc:
            self._fail(VeldwerkError(self.tr("The recovery sheet could not be written to "
                                             "{path}: {detail}.").format(
                path=out, detail=exc.strerror or exc)))
            return
        if out:
            self._say_sheet_at(Path(out))
        else:
            self._say(self.tr("The recovery sheet went to the printer {printer}. Veldwerk wrote "
                              "no copy of it to disk: keep the page locked away.").format(
                printer=printer.printerName()))

    def save_sheet(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery sheet as"), "recovery-sheet.pdf",
            self.tr("PDF (*.pdf);;Text (*.txt)"))
        if not path:
            return
        target = Path(path)
        try:
            if target.suffix.lower() == ".pdf":
                _private_file(target)
                printer = QPrinter(QPrinter.PrinterMode.HighResolution)
                printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
                printer.setOutputFileName(str(target))
                self._sheet_document().print_(printer)
            else:
                atomic_write_text(target, self.sheet.toPlainText(), private=True)
        except OSError as exc:
            self._fail(VeldwerkError(self.tr("The recovery sheet could not be written to "
                                             "{path}: {detail}.").format(
                path=target, detail=exc.strerror or exc)))
            return
        self._say_sheet_at(target)

    def _say_sheet_at(self, path: Path) -> None:
        self._say(self.tr("The recovery sheet is in {path} (readable by you only). It holds both "
                          "secret keys in plain text: print it, keep the page locked away, "
                          "then delete the file.").format(path=path))

    def _show_member_target(self) -> None:
        """What this member's laptop was last told (members may use different places)."""
        member_id = self.member.currentData()
        known = self.context.read(lambda s: routes.member_target(s, member_id)) \
            if member_id else None
        (self.kind_share if known and known.kind == WEBDAV else self.kind_folder).setChecked(True)
        self.location.setText(known.location if known else "")
        self.user.setText(known.user if known else "")

    def _chosen_target(self) -> Target | None:
        if not self.location.text().strip():
            return None
        return checked(WEBDAV if self.kind_share.isChecked() else FOLDER,
                       self.location.text(), self.user.text())

    def export_project_file(self) -> None:
        try:
            target = self._chosen_target()
        except VeldwerkError as exc:
            self._fail(exc)
            return
        member = self.member.currentText()
        if not member:
            self.error.show_message(self.tr("Add the team members first (Project settings)."))
            return
        keys_path, _ = QFileDialog.getOpenFileName(self, self.tr("Your key file"))
        if not keys_path:
            return
        passphrase = self._passphrase(confirm=False)
        if passphrase is None:
            return
        out, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the project file as"),
            f"{member}.veldwerkproject", self.tr("Veldwerk project (*.veldwerkproject)"))
        if not out:
            return
        project = self.context.project

        def work(_p, _c) -> projectfile.ProjectFile:  # type: ignore[no-untyped-def]
            keys = keymod.load_coordinator_keys(Path(keys_path), passphrase)
            return projectfile.export_project_file(project, keys, member, Path(out), target)

        def done(made: projectfile.ProjectFile) -> None:
            self.laptops.reload()
            self.logins.reload()
            self._say(self.tr(
                "Project file for {member} made (participant numbers {block}). Give it to "
                "them; they choose Join a project in Veldwerk.").format(
                    member=made.member["name"], block=str(made.code_block)))

        run_in_background(self, work, on_success=done, on_failure=self._fail,
                          label=self.tr("Making the project file…"))


def confirm_join(parent: QWidget, found: projectfile.ProjectFile) -> bool:
    """Say what joining means before it happens."""
    answer = QMessageBox.question(parent, QMessageBox.tr("Join a project"), QMessageBox.tr(
        "Join {project} as {member}?\n\nThe coordinator's key has the fingerprint {fp}; "
        "compare it with what the coordinator tells you. Participants you add get the "
        "numbers {block}.").format(project=found.project_name, member=found.member["name"],
                                   fp=keymod.fingerprint(found.coordinator["signing"]),
                                   block=str(found.code_block)))
    return answer == QMessageBox.StandardButton.Yes


def _private_file(path: Path) -> None:
    """Make ``path`` readable by this user only before anything is written into it (Qt's
    printer keeps the mode of a file that is there)."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:  # the file dialog asked before it was chosen
        os.chmod(path, 0o600)
