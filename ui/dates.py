"""Date fields that may stay empty, whose calendar opens at today rather than at the
empty value's year 2000, and into which a date can be typed while they show the dash."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

NO_DATE = QDate(2000, 1, 1)
SEPARATORS = "/-. "


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


class _TypedDate(QObject):
    """Typing a date as people write it, "31/12/2030":

    - an empty field shows the dash (the special value), which takes no typing: the digits
      typed there were dropped, and OK then said no date was chosen. The first digit typed
      over the dash makes the field today's date with its first part selected, so the
      digits fill the date part by part;
    - a separator typed after a part that is complete (Qt then has already moved on to the
      next part and selected it) went into that part: "31/12/2030" became 31/12/2203 and
      "15/06/2030" 15/12/00006/2030. It is now skipped there; after a part typed short
      ("1/6/2030") it moves on to the next part."""

    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)
        self.edit = edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        text = event.text()
        if text.isdigit() and self.edit.date() == NO_DATE:
            self._select(0, QDate.currentDate())
        elif len(text) == 1 and text in SEPARATORS and self.edit.date() != NO_DATE:
            if not self.edit.lineEdit().hasSelectedText():
                following = self.edit.currentSectionIndex() + 1
                if following < self.edit.sectionCount():
                    self._select(following)
            return True
        return False

    def _select(self, index: int, value: QDate | None = None) -> None:
        if value is not None:
            self.edit.setDate(value)
        self.edit.setCurrentSectionIndex(index)
        self.edit.setSelectedSection(self.edit.currentSection())


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
    edit.installEventFilter(_TypedDate(edit))
    open_at_today(edit)
    return edit


def date_of(edit: QDateEdit) -> date | None:
    return None if edit.date() == NO_DATE else edit.date().toPython()
