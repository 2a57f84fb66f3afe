"""Commands the undo stack (Ctrl+Z) can take back, shared by the windows that push them."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from ui.context import ProjectContext


class DeleteCommand(QUndoCommand):
    """Move to the recycle bin; undo restores. The write itself runs on the writer."""

    def __init__(self, context: ProjectContext, table: str, row_id: str, label: str) -> None:
        super().__init__(label)
        self.context, self.table, self.row_id = context, table, row_id

    def redo(self) -> None:
        from veldwerk import recycle  # deferred: start-up

        table, row_id = self.table, self.row_id
        work = recycle.delete_interview if table == "interview" else recycle.delete_participant
        self.context.write(lambda s: work(s, row_id))

    def undo(self) -> None:
        from veldwerk import recycle  # deferred: start-up

        table, row_id = self.table, self.row_id
        self.context.write(lambda s: recycle.restore(s, table, row_id))
