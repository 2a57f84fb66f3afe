"""Read-only table models: a shared base, and a simple one for short lists."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class TableModel(QAbstractTableModel):
    """Flat rows under fixed headers; subclasses hold ``_rows`` and answer ``data``."""

    def __init__(self, headers: Sequence[str]) -> None:
        super().__init__()
        self._headers = list(headers)
        self._rows: list[Any] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None


class RowsModel(TableModel):
    """A short list given whole: (key, values) per row."""

    def set_rows(self, rows: Sequence[tuple[Any, Sequence[str]]]) -> None:
        self.beginResetModel()
        self._rows = [(key, [str(v) for v in values]) for key, values in rows]
        self.endResetModel()

    def key(self, row: int) -> Any:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, key: Any) -> int:
        return next((n for n, (k, _v) in enumerate(self._rows) if k == key), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        key, values = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return values[index.column()] if index.column() < len(values) else ""
        if role == KEY_ROLE:
            return key
        return None
