"""The interview list: SQL pages on demand, so 10,000 rows open as fast as 100."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ui.context import ProjectContext
from ui.operations import run_in_background
from ui.rows_model import TableModel
from ui.widgets import local_datetime_text
from veldwerk import fields, listing
from veldwerk.ids import to_local
from veldwerk.listing import ListQuery, ListRow

PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex

def headers() -> list[str]:
    """The columns' headers, left to right (``veldwerk/fields.py``)."""
    return [f.column.header() for f in fields.columns()]  # type: ignore[union-attr]


class InterviewListModel(TableModel):
    """Reads a page at a time. With a text filter the number of matches is counted in the
    background, so the list answers as you type whatever the size of the project; the
    ``counted`` signal says when the number is there."""

    counted = Signal()

    def __init__(self, context: ProjectContext) -> None:
        super().__init__(headers())
        self._columns = fields.columns()
        self._context = context
        self._query = ListQuery()
        self._rows: list[ListRow] = []
        self._total: int | None = 0
        self._more = False
        self.reload()

    @property
    def total(self) -> int | None:
        """How many interviews the query finds (None: still being counted)."""
        return self._total

    @property
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        if query != self._query:
            self._query = query
            self.reload()

    def reload(self) -> None:
        """Fetch the first page; the view asks for more."""
        query = self._query
        self.beginResetModel()
        rows = self._context.read(lambda s: listing.page(s, query, 0, PAGE + 1))
        self._rows, self._more = rows[:PAGE], len(rows) > PAGE
        if not self._more:
            self._total = len(self._rows)
        elif query.text:
            self._total = None
            self._count_later(query)
        else:  # without words to match, counting is one walk over an index
            self._total = self._context.read(lambda s: listing.count(s, query))
        self.endResetModel()
        self.counted.emit()

    def _count_later(self, query: ListQuery) -> None:
        context = self._context

        def count(_progress, _cancelled):  # type: ignore[no-untyped-def]
            return context.read(lambda s: listing.count(s, query))

        def done(total: int) -> None:
            if shiboken6.isValid(self) and query == self._query:  # the question still open
                self._total = total
                self.counted.emit()

        run_in_background(None, count, on_success=done)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self._more:
            return
        query, start = self._query, len(self._rows)
        more = self._context.read(lambda s: listing.page(s, query, start, PAGE + 1))
        self._more = len(more) > PAGE
        more = more[:PAGE]
        if not more:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):  # the tooltip: all of a cut-off text
            field = self._columns[index.column()]
            value = row.values[field.key]
            if field.kind == "time":
                return "" if value is None else local_datetime_text(to_local(value))
            show = field.column.show or field.show  # type: ignore[union-attr]
            return show(value) if show and value is not None else value
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self._columns):
            self.set_query(self._query.replace(
                sort=self._columns[column].key,
                descending=order == Qt.SortOrder.DescendingOrder))

    def column_of(self, key: str) -> int:
        """The column of the field ``key`` (``veldwerk/fields.py``)."""
        return [f.key for f in self._columns].index(key)

    def row_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None
