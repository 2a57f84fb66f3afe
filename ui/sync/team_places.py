"""The coordinator's Delivery tabs for where each laptop's bundles come from and where its
answers go (a stick laptop's folder chosen here), and the coordinator's own login on each
share the members deliver to."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import ProjectContext
from ui.widgets import named
from veldwerk.errors import VeldwerkError
from veldwerk.sync import routes, secrets
from veldwerk.sync.target import Target


class LaptopPlaces(QWidget):
    """Per laptop: its member, where it delivers, where its answers go."""

    def __init__(self, context: ProjectContext, say: Callable[[str], None],
                 fail: Callable[[BaseException], None]) -> None:
        super().__init__()
        self.context, self.say, self.fail = context, say, fail
        explain = QLabel(self.tr(
            "Each laptop delivers where its project file says. A USB stick is at another "
            "place on this computer than on the laptop: choose it here once, and that "
            "laptop's answers (receipts, updates) go there."))
        explain.setWordWrap(True)
        self.table = named(QTableWidget(0, 4), self.tr("Laptops"),
                           self.tr("Where each laptop's bundles come from and where its "
                                   "answers go"))
        self.table.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Laptop"),
                                              self.tr("Delivers to"),
                                              self.tr("Answers go to")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.choose = named(QPushButton(self.tr("Choose the &stick's folder…")),
                            self.tr("Choose the stick's folder"),
                            self.tr("Where this laptop's USB stick is on this computer"))
        self.choose.clicked.connect(self.choose_folder)
        self.table.itemSelectionChanged.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.choose)
        row.addStretch(1)
        layout.addLayout(row)
        self.laptops: list[routes.LaptopRoute] = []
        self.reload()

    def reload(self) -> None:
        self.laptops = self.context.read(routes.laptops)
        self.table.setRowCount(len(self.laptops))
        for row, laptop in enumerate(self.laptops):
            for column, value in enumerate((laptop.member or "–", laptop.name or "–",
                                            laptop.delivers_to, laptop.answers_to)):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self._enable()

    def _chosen(self) -> routes.LaptopRoute | None:
        row = self.table.currentRow()
        return self.laptops[row] if 0 <= row < len(self.laptops) else None

    def _enable(self) -> None:
        chosen = self._chosen()
        self.choose.setEnabled(chosen is not None and chosen.folder_chosen_here)

    def choose_folder(self) -> None:
        laptop = self._chosen()
        if laptop is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Where is {member}'s USB stick on this computer?").format(
                member=laptop.member or laptop.name))
        if not folder:
            return
        self.context.write(lambda s: routes.choose_folder(s, laptop.device_id, Path(folder)),
                           on_success=lambda _r: self._chosen_done(laptop, folder),
                           on_failure=self.fail, what=self.tr("the stick's folder"))

    def _chosen_done(self, laptop: routes.LaptopRoute, folder: str) -> None:
        self.reload()
        self.say(self.tr("Answers for {member}'s laptop go to {folder}.").format(
            member=laptop.member or laptop.name, folder=folder))


class ShareLogins(QWidget):
    """The coordinator reads each share with a login of its own, never a member's."""

    def __init__(self, context: ProjectContext, say: Callable[[str], None],
                 fail: Callable[[BaseException], None]) -> None:
        super().__init__()
        self.context, self.say, self.fail = context, say, fail
        explain = QLabel(self.tr(
            "The laptops deliver to a share with their own login. You read the share with "
            "yours: give its login name and app password once. The password stays in this "
            "computer's keyring (commands take it from VELDWERK_WEBDAV_PASSWORD)."))
        explain.setWordWrap(True)
        self.share = named(QComboBox(), self.tr("Share"))
        self.share.currentIndexChanged.connect(lambda _i: self._show_login())
        self.user = named(QLineEdit(), self.tr("Your login name on the share"))
        self.password = named(QLineEdit(), self.tr("Your app password for the share"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.save = named(QPushButton(self.tr("Save &login")), self.tr("Save login"))
        self.save.clicked.connect(self.save_login)
        form = QFormLayout()
        form.addRow(self.tr("&Share"), self.share)
        form.addRow(self.tr("Your login &name"), self.user)
        form.addRow(self.tr("Your app pass&word"), self.password)
        self.empty = QLabel(self.tr("No member delivers to a share yet: make a project file "
                                    "with a WebDAV share first."))
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.save)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self.reload()

    def reload(self) -> None:
        shares = self.context.read(routes.shares)
        self.logins = dict(shares)
        self.share.blockSignals(True)
        self.share.clear()
        for place, _user in shares:
            self.share.addItem(place, place)
        self.share.blockSignals(False)
        for widget in (self.share, self.user, self.password, self.save):
            widget.setEnabled(bool(shares))
        self.empty.setVisible(not shares)
        self._show_login()

    def _show_login(self) -> None:
        self.user.setText(self.logins.get(self.share.currentData() or "") or "")
        self.password.clear()

    def save_login(self) -> None:
        place, user, typed = self.share.currentData(), self.user.text(), self.password.text()
        if not place:
            return

        def saved(target: Target) -> None:
            self.logins[place] = target.user
            if typed:
                try:
                    secrets.remember(target, typed)
                except VeldwerkError as exc:
                    self.fail(exc)
                    return
            self.password.clear()
            self.say(self.tr("You read {place} as {user}.").format(place=place,
                                                                   user=target.user))

        self.context.write(lambda s: routes.set_login(s, place, user), on_success=saved,
                           on_failure=self.fail, what=self.tr("your login"))
