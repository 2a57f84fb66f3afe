"""Edit › Search all notes… (Ctrl+Shift+F): results as you type, the found words marked in
each snippet, filters like the list's; Enter or a double click opens the interview at the
hit (the topic's note, or the recording at the moment). The core finds
(``veldwerk/search/find.py``); this window only asks and shows."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import ProjectContext
from ui.filter_bar import FilterBar
from ui.operations import run_in_background
from ui.widgets import emphasise, fit_window, named
from veldwerk import fields, listing
from veldwerk.search import find

MARK = "background-color: #ffe08a; color: #1a1a1a;"  # 12:1 for the text on it
DELAY_MS = 200  # after the last key, before the search starts


def marked(snippet: str, spans: list[tuple[int, int]]) -> str:
    """The snippet as rich text with the found words marked (spans in code points: Python
    slices, so no UTF-16 arithmetic is needed here)."""
    out, last = [], 0
    for start, end in spans:
        out += [escape(snippet[last:start]),
                f'<span style="{MARK}">{escape(snippet[start:end])}</span>']
        last = end
    out.append(escape(snippet[last:]))
    return "".join(out)


class SearchDialog(QDialog):
    def __init__(self, context: ProjectContext, open_hit: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.open_hit = context, open_hit
        self.hits: list[find.Hit] = []
        self._token = 0
        self.setWindowTitle(self.tr("Search all notes"))
        layout = QVBoxLayout(self)
        layout.addWidget(emphasise(QLabel(self.tr("Search all notes")), 1.3))
        self.query = named(QLineEdit(), self.tr("Search"),
                           self.tr("Words to find in notes, summaries, moments, tags and what was "
                                   "said in transcripts"))
        self.query.setPlaceholderText(self.tr("Words to find…"))
        layout.addWidget(self.query)
        self.filter_bar = FilterBar(fields.SEARCH)
        self.filter_bar.fill(context.read(lambda s: listing.filter_choices(s, fields.SEARCH)))
        self.filters = self.filter_bar.combos  # by the filter's key in veldwerk/fields.py
        grid = QGridLayout()
        for column, combo in enumerate(self.filters.values()):
            combo.currentIndexChanged.connect(self._later)  # after filling: no search yet
            grid.addWidget(combo, column // 3, column % 3)
        layout.addLayout(grid)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of hits"))
        layout.addWidget(self.count)
        self.results = named(QListWidget(), self.tr("Hits"),
                             self.tr("Enter or a double click opens the interview there"))
        self.results.itemActivated.connect(self._activated)
        layout.addWidget(self.results, 1)
        open_button = named(QPushButton(self.tr("&Open")), self.tr("Open"))
        open_button.clicked.connect(lambda: self._activated(self.results.currentItem()))
        close = named(QPushButton(self.tr("Close")), self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(open_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.run)
        self.query.textChanged.connect(self._later)
        self.query.returnPressed.connect(self._first)
        fit_window(self, 820, 600)

    def _later(self) -> None:
        if self.query.text().strip() or self.hits:
            self._timer.start()

    def run(self) -> None:
        """Search in the background; an answer to an older question is dropped."""
        self._timer.stop()
        self._token += 1
        token, typed = self._token, self.query.text()
        filters = find.Filters(**self.filter_bar.chosen())
        context = self.context

        def work(_p, _c) -> list[find.Hit]:  # type: ignore[no-untyped-def]
            return context.read(lambda s: find.search(s, typed, filters, limit=50))

        run_in_background(self, work, on_success=lambda hits: self._show(token, typed, hits))

    def _show(self, token: int, typed: str, hits: list[find.Hit]) -> None:
        if token != self._token:
            return
        self.hits = hits
        self.results.clear()
        for number, hit in enumerate(hits):
            title = escape(hit.title) + (f" › {escape(hit.place())}" if hit.place() else "")
            label = QLabel(f"<b>{title}</b><br>{marked(hit.snippet, hit.spans)}")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setContentsMargins(6, 4, 6, 4)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, number)
            plain = f"{hit.title} › {hit.place()}: {hit.snippet}" if hit.place() else \
                f"{hit.title}: {hit.snippet}"
            item.setData(Qt.ItemDataRole.AccessibleTextRole, plain)
            item.setToolTip(plain)
            width = max(200, self.results.viewport().width() - 8)
            item.setSizeHint(QSize(width, label.heightForWidth(width) + 2))
            self.results.addItem(item)
            self.results.setItemWidget(item, label)
        if not typed.strip():
            self.count.setText("")
        elif hits:
            self.count.setText(self.tr("Found: {n}").format(n=len(hits)))
        else:
            self.count.setText(self.tr("Nothing found."))

    def _first(self) -> None:
        if self._timer.isActive():
            self.run()
        elif self.results.count():
            self.results.setCurrentRow(0)
            self.results.setFocus()

    def _activated(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.open_hit(self.hits[int(item.data(Qt.ItemDataRole.UserRole))])
