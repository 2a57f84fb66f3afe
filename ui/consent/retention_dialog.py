"""Retention (coordinator): the project's "keep data until" date, what that date takes
(raw recordings; notes without consent to archiving) and what stays, and one action to
erase what is due, as the consent forms promise."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import ProjectContext
from ui.errors import report
from ui.operations import run_in_background
from ui.widgets import ErrorLabel, emphasise, fit_window, named
from veldwerk import labels, words
from veldwerk.consent import retention
from veldwerk.errors import VeldwerkError

FATE = 2  # the grid's column that says erased or kept: bold, never wrapped


class RetentionDialog(QDialog):
    def __init__(self, context: ProjectContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.context, self.today = context, today or date.today()
        self.setWindowTitle(self.tr("Retention"))
        heading = emphasise(QLabel(self.tr("How long data are kept")), 1.3)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("What is due"))
        self.when = QLabel()
        self.when.setWordWrap(True)
        self.when.setAccessibleName(self.tr("Retention date"))
        self.table = QWidget()
        self.grid = QGridLayout(self.table)
        self.grid.setColumnStretch(1, 1)
        explain = QLabel(self.tr(
            "Erasing is real: the files are overwritten, also in older backups, and what "
            "was erased goes to the coordinator as an erasure. It cannot be undone. Notes "
            "are kept only where everyone in the conversation agreed to archiving and "
            "nobody withdrew."))
        explain.setWordWrap(True)
        self.error = ErrorLabel()
        self.erase_button = named(QPushButton(self.tr("Erase raw recordings")),
                                  self.tr("Erase raw recordings"),
                                  self.tr("Overwrite and remove every recording (and notes "
                                          "without consent to archiving); cannot be undone"))
        self.erase_button.clicked.connect(self.erase)
        close = named(QPushButton(self.tr("Close")), self.tr("Close"))
        close.clicked.connect(self.accept)
        close.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.erase_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.when)
        layout.addWidget(self.table)
        layout.addWidget(self.state)
        layout.addWidget(explain)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        fit_window(self, 640, 420)
        self.refresh()

    def refresh(self) -> None:
        today = self.today
        found, coming = self.context.read(lambda s: (retention.due(s, today),
                                                     retention.outlook(s)))
        self.erase_button.setEnabled(found.is_due)
        if coming.retention_date is None:
            self.when.setText(self.tr("No retention date is set. Set 'Keep data until' in "
                                      "the project settings; the consent forms state it."))
            self.table.hide()
            self.state.setText("")
            return
        date_text = QLocale().toString(QDate(coming.retention_date),
                                       QLocale.FormatType.LongFormat)
        days = (coming.retention_date - today).days
        if found.is_due:
            self.when.setText(self.tr("The project promised to keep data until {date}. That "
                                      "date has passed; this is due now:").format(
                                          date=date_text))
        else:
            self.when.setText(self.tr("The project keeps data until {date} ({days} days "
                                      "from now); the consent forms say so. On that date "
                                      "this is due:").format(date=date_text, days=days))
        self._rows(found if found.is_due else coming)
        self.state.setText("" if found.is_due else self.tr(
            "Nothing needs to be erased yet."))

    def _rows(self, due: retention.Due) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        rows = [
            (self.tr("Raw recordings"), self.tr("{recordings}, {hours} hours, {size}")
             .format(recordings=labels.recordings(len(due.recordings)),
                     hours=words.hours(due.duration_ms), size=words.size(due.bytes)),
             self.tr("erased")),
            (self.tr("Notes without consent to archiving"),
             labels.interviews(len(due.interviews_losing_notes)), self.tr("erased")),
            (self.tr("Notes with consent to archiving"),
             labels.interviews(due.interviews_keeping_notes), self.tr("kept")),
        ]
        for row, (what, how_much, fate) in enumerate(rows):
            for column, value in enumerate((what, how_much, fate)):
                label = QLabel(value)
                label.setWordWrap(column != FATE)
                if column == FATE:
                    emphasise(label)
                self.grid.addWidget(label, row, column)
        self.table.show()

    def erase(self) -> None:
        project, today = self.context.project, self.today
        self.erase_button.setEnabled(False)

        def done(found: retention.Due) -> None:
            self.refresh()
            self.state.setText(self.tr("Erased: {n} recordings and the notes of {k} "
                                       "interviews.").format(
                                           n=len(found.recordings),
                                           k=len(found.interviews_losing_notes)))

        def failed(exc: BaseException) -> None:
            self.erase_button.setEnabled(True)
            if isinstance(exc, VeldwerkError):
                self.error.show_message(str(exc))
            else:
                report(exc, self)

        run_in_background(self, lambda _p, _c: retention.erase_due(project, today),
                          on_success=done, on_failure=failed, label=self.tr("Erasing…"))
