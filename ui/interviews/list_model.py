"""The interview list: SQL pages on demand, so 10,000 rows open as fast as 100."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ui import labels
from ui.context import ProjectContext
from ui.rows_model import TableModel
from ui.widgets import local_datetime_text
from veldwerk import interviews
from veldwerk.ids import to_local
from veldwerk.interviews import ListQuery, ListRow

PAGE = 200
COLUMNS = ("starts_at", "kind", "title", "participants", "neighbourhood", "phase", "status",
           "interviewers")
ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex

translate = QCoreApplication.translate


def headers() -> list[str]:
    return [translate("InterviewList", "Date"), translate("InterviewList", "Kind"),
            translate("InterviewList", "Title"), translate("InterviewList", "Participants"),
            translate("InterviewList", "Neighbourhood"), translate("InterviewList", "Phase"),
            translate("InterviewList", "Status"), translate("InterviewList", "Interviewers")]


class InterviewListModel(TableModel):
    def __init__(self, context: ProjectContext) -> None:
        super().__init__(headers())
        self._context = context
        self._query = ListQuery()
        self._rows: list[ListRow] = []
        self._total = 0
        self.reload()

    @property
    def total(self) -> int:
        return self._total

    @property
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        if query != self._query:
            self._query = query
            self.reload()

    def reload(self) -> None:
        """Count everything, fetch only the first page; the view asks for more."""
        self.beginResetModel()
        self._total, self._rows = self._context.read(
            lambda s: (interviews.count(s, self._query), interviews.page(s, self._query, 0, PAGE)))
        self.endResetModel()

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = self._context.read(
            lambda s: interviews.page(s, self._query, len(self._rows), PAGE))
        more = more[: self._total - len(self._rows)]
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "starts_at":
                if row.starts_at is None:
                    return ""
                return local_datetime_text(to_local(row.starts_at))
            if column == "kind":
                return labels.kind(row.kind)
            if column == "status":
                return labels.status(row.status)
            return getattr(row, column)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.set_query(replace(self._query, sort=COLUMNS[column],
                                   descending=order == Qt.SortOrder.DescendingOrder))

    def row_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None
