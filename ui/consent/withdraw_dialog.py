"""Withdrawal, as easy as giving consent: erase everything, or stop further use, with a
reason. Erasure cannot be undone, so the button says exactly what it will do."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import ProjectContext
from ui.errors import report
from ui.operations import run_in_background
from ui.widgets import ErrorLabel, emphasise, fit_window, named
from veldwerk.consent import withdrawal
from veldwerk.errors import VeldwerkError


class WithdrawDialog(QDialog):
    def __init__(self, context: ProjectContext, code: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.context, self.code = context, code
        self.report: withdrawal.WithdrawalReport | None = None
        self.setWindowTitle(self.tr("Withdrawal of {code}").format(code=code))
        heading = emphasise(QLabel(self.tr("{code} withdraws from the research").format(
            code=code)), 1.2)
        self.stop_use = named(QRadioButton(self.tr("Stop further use")),
                              self.tr("Stop further use"),
                              self.tr("Keep the data, but never use them in a report or "
                                      "export again"))
        self.erase = named(QRadioButton(self.tr("Erase everything")),
                           self.tr("Erase everything"),
                           self.tr("Erase their interviews, notes, recordings, consent forms "
                                   "and details; this cannot be undone"))
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.stop_use)
        self.kind.addButton(self.erase)
        self.stop_use.setChecked(True)
        explain = QLabel(self.tr(
            "Erasing removes their own interviews with notes and recordings, their consent "
            "forms, signature and identifying details, also from older backups. Group "
            "conversations others took part in are kept without them. Only the code, date "
            "and reason remain, so that the erasure reaches the coordinator too."))
        explain.setWordWrap(True)
        self.reason = named(QLineEdit(), self.tr("Reason"),
                            self.tr("For example: asked by phone on 2 October"))
        self.reason.setPlaceholderText(self.tr("Reason, e.g. asked by phone on 2 October"))
        self.error = ErrorLabel()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("What was done"))
        self.result.hide()
        self.confirm_button = named(QPushButton(), self.tr("Confirm withdrawal"))
        self.confirm_button.clicked.connect(self.confirm)
        self.close_button = named(QPushButton(self.tr("Cancel")), self.tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        self.kind.buttonToggled.connect(lambda *_a: self._label_button())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason)
        for widget in (heading, self.stop_use, self.erase, explain, reason_label, self.reason,
                       self.error, self.result):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._label_button()
        fit_window(self, 620, 380)

    def _label_button(self) -> None:
        self.confirm_button.setText(
            self.tr("Erase everything of {code}").format(code=self.code)
            if self.erase.isChecked() else
            self.tr("Stop use of {code}").format(code=self.code))

    def confirm(self) -> None:
        erase, code, reason = self.erase.isChecked(), self.code, self.reason.text()
        project, by = self.context.project, self.context.device.name
        if not reason.strip():
            self.error.show_message(self.tr("Give a reason (for example: the participant "
                                            "asked by phone)."))
            self.reason.setFocus()
            return
        self.error.show_message("")
        self.confirm_button.setEnabled(False)

        def work(_progress, _cancelled):  # type: ignore[no-untyped-def]
            return (withdrawal.erase if erase else withdrawal.stop_use)(
                project, code, reason, by)

        run_in_background(self, work, on_success=self._done, on_failure=self._failed,
                          label=self.tr("Erasing…") if erase else None)

    def _done(self, report: withdrawal.WithdrawalReport) -> None:
        self.report = report
        self.result.setText("\n".join(report.lines()))
        self.result.show()
        self.confirm_button.hide()
        for widget in (self.stop_use, self.erase, self.reason):
            widget.setEnabled(False)
        self.close_button.setText(self.tr("Close"))
        self.close_button.clicked.disconnect()
        self.close_button.clicked.connect(self.accept)
        self.close_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        """Nothing was half-done: the erasure's rows go in one transaction."""
        self.confirm_button.setEnabled(True)
        if isinstance(exc, VeldwerkError):
            self.error.show_message(str(exc))
        else:
            report(exc, self)
