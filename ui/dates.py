"""Date fields that may stay empty, and whose calendar opens at today rather than at the
empty value's year 2000."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

NO_DATE = QDate(2000, 1, 1)


class _OpenAtToday(QObject):
    """Shows the current month when the calendar pops up over an empty or distant date."""

    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)
        self.edit = edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.edit.date() == NO_DATE:
            today = QDate.currentDate()
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return False


def open_at_today(edit: QDateTimeEdit) -> None:
    edit.setCalendarPopup(True)
    edit.calendarWidget().installEventFilter(_OpenAtToday(edit))


def date_edit(value: date | None, name: str) -> QDateEdit:
    """An optional date: empty shows a dash (the special value at ``NO_DATE``)."""
    edit = QDateEdit()
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
    edit.setAccessibleName(name)
    open_at_today(edit)
    return edit


def date_of(edit: QDateEdit) -> date | None:
    return None if edit.date() == NO_DATE else edit.date().toPython()
