"""The recycle bin: what was deleted in the last 30 days, and a way back."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.context import ProjectContext
from ui.rows_model import RowsModel
from ui.widgets import fit_window, local_datetime_text, named
from veldwerk import recycle
from veldwerk.ids import to_local


class RecycleBinDialog(QDialog):
    def __init__(self, context: ProjectContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Recycle bin"))
        fit_window(self, 640, 420)
        explain = QLabel(self.tr("Deleted interviews and participants stay here for {days} days. "
                                 "Restore brings them back as they were.").format(
                                     days=recycle.KEEP_DAYS))
        explain.setWordWrap(True)
        self.model = RowsModel([self.tr("What"), self.tr("Name"), self.tr("Deleted on")])
        self.table = named(QTableView(), self.tr("Deleted items"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.restore_button = named(QPushButton(self.tr("&Restore")),
                                    self.tr("Restore the selected item"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.context.changed.connect(lambda _t: self.reload())
        self.reload()

    def reload(self) -> None:
        kinds = {"interview": self.tr("Interview"), "participant": self.tr("Participant")}
        items = self.context.read(recycle.items)
        self.model.set_rows([((i.table, i.id), [
            kinds[i.table], i.label,
            local_datetime_text(to_local(i.deleted_at))])
            for i in items])
        self.restore_button.setEnabled(bool(items))

    def restore_selected(self) -> None:
        key = self.model.key(self.table.currentIndex().row())
        if key is None:
            return
        table, row_id = key
        self.context.write(lambda s: recycle.restore(s, table, row_id))
