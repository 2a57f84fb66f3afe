"""Retention (coordinator): what is past the project's "keep data until" date, and one
action to erase the raw recordings as the consent forms promise."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.context import ProjectContext
from ui.errors import report
from ui.operations import run_in_background
from ui.widgets import ErrorLabel, fit_window, named
from veldwerk.consent import retention
from veldwerk.errors import VeldwerkError


class RetentionDialog(QDialog):
    def __init__(self, context: ProjectContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.context, self.today = context, today or date.today()
        self.setWindowTitle(self.tr("Retention"))
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("What is due"))
        self.error = ErrorLabel()
        self.erase_button = named(QPushButton(self.tr("Erase raw recordings")),
                                  self.tr("Erase raw recordings"),
                                  self.tr("Overwrite and remove every recording (and notes "
                                          "without consent to archiving); cannot be undone"))
        self.erase_button.clicked.connect(self.erase)
        close = named(QPushButton(self.tr("Close")), self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.erase_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        fit_window(self, 560, 220)
        self.refresh()

    def refresh(self) -> None:
        today = self.today
        found = self.context.read(lambda s: retention.due(s, today))
        self.erase_button.setEnabled(found.is_due)
        if found.retention_date is None:
            self.state.setText(self.tr("No retention date is set. Set 'Keep data until' "
                                       "in the project settings."))
            return
        when = QLocale().toString(QDate(found.retention_date),
                                  QLocale.FormatType.LongFormat)
        if not found.is_due:
            self.state.setText(self.tr("Nothing is due: data may be kept until {date}.")
                               .format(date=when))
            return
        self.state.setText(self.tr(
            "The project promised to keep data until {date}. Due now: {n} recordings "
            "({mb} MB), and the notes of {k} interviews whose participants did not agree "
            "to archiving. Other notes are kept.").format(
                date=when, n=len(found.recordings), mb=f"{found.bytes / 1e6:.1f}",
                k=len(found.interviews_losing_notes)))

    def erase(self) -> None:
        project, today = self.context.project, self.today
        self.erase_button.setEnabled(False)

        def done(found: retention.Due) -> None:
            self.refresh()
            self.state.setText(self.tr("Erased: {n} recordings. ").format(
                n=len(found.recordings)) + self.state.text())

        def failed(exc: BaseException) -> None:
            self.erase_button.setEnabled(True)
            if isinstance(exc, VeldwerkError):
                self.error.show_message(str(exc))
            else:
                report(exc, self)

        run_in_background(self, lambda _p, _c: retention.erase_due(project, today),
                          on_success=done, on_failure=failed, label=self.tr("Erasing…"))
