"""An ordered, editable table with add, remove, up and down: phases, team, topics. A
column is text, a dropdown (``choices``) or a checkbox (``checks``: its value is
``CHECKED`` or '')."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import named, px

Choices = Sequence[tuple[str, str]]  # (label, value)
CHECKED = "yes"  # a checkbox column's value when ticked ('' when not)


class ListEditor(QWidget):
    def __init__(self, name: str, headers: Sequence[str],
                 choices: dict[int, Choices] | None = None, parent: QWidget | None = None,
                 widths: Sequence[int] = (), stretch: int | None = None,
                 checks: Sequence[int] = ()) -> None:
        super().__init__(parent)
        self.choices = choices or {}
        self.checks = frozenset(checks)
        self.table = named(QTableWidget(0, len(headers)), name)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, px(width))
        if stretch is None:
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        buttons = QHBoxLayout()
        for text, accessible, slot in (
                (self.tr("&Add"), self.tr("Add row"), lambda: self.add_row()),
                (self.tr("Re&move"), self.tr("Remove row"), lambda: self.remove_row()),
                (self.tr("&Up"), self.tr("Move row up"), lambda: self.move(-1)),
                (self.tr("Do&wn"), self.tr("Move row down"), lambda: self.move(1))):
            button = named(QPushButton(text), f"{accessible} ({name})")
            # Through a lambda that takes nothing: clicked(bool) must never reach add_row
            # as its values (PySide6 passes it to a slot whose first parameter has a default).
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_rows(self, rows: Sequence[tuple[str | None, Sequence[str]]]) -> None:
        self.table.setRowCount(0)
        for key, values in rows:
            self.add_row(values, key)

    def add_row(self, values: Sequence[str] = (), key: str | None = None) -> None:
        """A row with ``values``; without values (the Add button) an empty row, its
        choice columns already a dropdown, with the first cell open for typing."""
        if isinstance(values, (str, bool)) or not isinstance(values, Sequence):
            raise TypeError(f"add_row takes a sequence of cell texts, not {values!r}")
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column in range(self.table.columnCount()):
            value = values[column] if column < len(values) else ""
            if column in self.choices:
                combo = QComboBox()
                combo.setAccessibleName(self.table.horizontalHeaderItem(column).text())
                for label, data in self.choices[column]:
                    combo.addItem(label, data)
                combo.setCurrentIndex(max(combo.findData(value), 0))
                self.table.setCellWidget(row, column, combo)
            elif column in self.checks:
                box = QCheckBox()
                box.setAccessibleName(self.table.horizontalHeaderItem(column).text())
                box.setChecked(value == CHECKED)
                self.table.setItem(row, column, QTableWidgetItem())  # not typed into
                self.table.item(row, column).setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setCellWidget(row, column, box)
            else:
                self.table.setItem(row, column, QTableWidgetItem(value))
        first = self.table.item(row, 0)
        if first is not None:
            first.setData(Qt.ItemDataRole.UserRole, key)
        if not values:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        rows = self.rows()
        rows[row], rows[target] = rows[target], rows[row]
        self.set_rows(rows)
        self.table.setCurrentCell(target, 0)

    def rows(self) -> list[tuple[str | None, list[str]]]:
        out: list[tuple[str | None, list[str]]] = []
        for row in range(self.table.rowCount()):
            values: list[str] = []
            for column in range(self.table.columnCount()):
                widget = self.table.cellWidget(row, column)
                if isinstance(widget, QComboBox):
                    values.append(str(widget.currentData() or ""))
                elif isinstance(widget, QCheckBox):
                    values.append(CHECKED if widget.isChecked() else "")
                else:
                    item = self.table.item(row, column)
                    values.append(item.text() if item is not None else "")
            first = self.table.item(row, 0)
            key = first.data(Qt.ItemDataRole.UserRole) if first is not None else None
            out.append((key, values))
        return out
