"""Project › Dashboard…: how far the project is, at a glance — interviews per
neighbourhood, phase, kind, interviewer and status as bars, hours recorded, consent, and
(for the coordinator) each laptop's last bundle. It reads the core's figures in the
background and again after every change; "Save charts" draws them as PNG files
(``veldwerk/reports/charts.py``, the same pictures as ``veldwerk dashboard --png``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.context import ProjectContext
from ui.operations import run_in_background
from ui.widgets import ErrorLabel, emphasise, fit_window, named
from veldwerk import words
from veldwerk.fsutil import output_folder
from veldwerk.reports import dashboard
from veldwerk.reports.charts import available, write_pngs


class DashboardDialog(QDialog):
    def __init__(self, context: ProjectContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Dashboard"))
        layout = QVBoxLayout(self)
        self.headline = emphasise(QLabel(self.tr("Reading the figures…")), 1.3)
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        layout.addWidget(self.facts)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Figures"))
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        scroll.setWidget(self.body)
        layout.addWidget(scroll, 1)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Result"))
        self.error = ErrorLabel()
        layout.addWidget(self.result_label)
        layout.addWidget(self.error)
        self.save = named(QPushButton(self.tr("&Save charts…")), self.tr("Save charts"),
                          self.tr("The figures as pictures (PNG), for a report or a slide"))
        self.save.clicked.connect(self.save_charts)
        self.save.setEnabled(False)
        close = named(QPushButton(self.tr("Close")), self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.save)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        context.changed.connect(lambda _tables: self.refresh())
        self.figures: dashboard.Dashboard | None = None
        self.refresh()
        fit_window(self, 900, 680)

    def refresh(self) -> None:
        context = self.context

        def work(_p, _c) -> dashboard.Dashboard:  # type: ignore[no-untyped-def]
            return context.read(dashboard.figures)

        run_in_background(self, work, on_success=self.show_figures)

    def save_charts(self) -> None:
        """Draw every chart into a folder the user picks, in the background."""
        if self.figures is None:
            return
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the charts"))
        if not chosen:
            return
        found = self.figures
        names = {"kind": labels.kind, "status": labels.status}
        available()  # matplotlib is imported here, on the GUI thread, not by the worker

        def work(_p, _c) -> list[Path]:  # type: ignore[no-untyped-def]
            return write_pngs(found, output_folder(Path(chosen)),
                              lambda kind, value: names[kind](value))

        def done(written: list[Path]) -> None:
            self.error.show_message("")
            self.result_label.setText(self.tr("{n} charts saved in {folder}.").format(
                n=len(written), folder=chosen))

        def failed(exc: BaseException) -> None:
            self.result_label.setText("")
            self.error.show_message(str(exc))

        run_in_background(self, work, on_success=done, on_failure=failed,
                          label=self.tr("Drawing the charts…"))

    def show_figures(self, found: dashboard.Dashboard) -> None:
        self.figures = found
        self.save.setEnabled(True)
        self.headline.setText(labels.interviews(found.interviews))
        c = found.consent
        self.facts.setText(self.tr(
            "{time} recorded in {takes}. Consent: {audio} with audio, "
            "{notes} notes only, {none} not yet; withdrawn: {stopped} stopped use, {erased} "
            "erased. Open conflicts: {conflicts}.").format(
                time=words.duration(found.recorded_ms),
                takes=labels.recordings(found.recordings),
                audio=c.get("with_audio", 0), notes=c.get("without_audio", 0),
                none=c.get("not_yet", 0), stopped=c.get("stopped_use", 0),
                erased=c.get("erased", 0), conflicts=found.open_conflicts))
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        groups = [
            (self.tr("By neighbourhood"), found.by_neighbourhood),
            (self.tr("By phase"), found.by_phase),
            (self.tr("By kind"), [(labels.kind(k), n) for k, n in found.by_kind]),
            (self.tr("By status"), [(labels.status(k), n) for k, n in found.by_status]),
            (self.tr("By interviewer"), found.by_interviewer),
        ]
        for number, (title, counts) in enumerate(groups):
            self.grid.addWidget(self._bars(title, counts, found.interviews),
                                number // 2, number % 2)
        if found.laptops:
            self.grid.addWidget(self._laptops(found.laptops), 3, 0, 1, 2)

    def _bars(self, title: str, counts: list[tuple[str, int]], total: int) -> QGroupBox:
        box = QGroupBox(title)
        grid = QGridLayout(box)
        for row, (label, count) in enumerate(counts):
            name = QLabel(label or self.tr("(none)"))
            bar = QProgressBar()
            bar.setRange(0, max(total, 1))
            bar.setValue(count)
            bar.setFormat(str(count))
            bar.setAccessibleName(f"{title}: {name.text()}")
            bar.setAccessibleDescription(self.tr("{n} of {total}").format(n=count, total=total))
            grid.addWidget(name, row, 0)
            grid.addWidget(bar, row, 1)
        grid.setColumnStretch(1, 1)
        return box

    def _laptops(self, laptops: list[Any]) -> QGroupBox:
        box = QGroupBox(self.tr("Laptops"))
        grid = QGridLayout(box)
        states = {"pending": self.tr("waiting for you"), "approved": self.tr("let in"),
                  "rejected": self.tr("refused")}
        for column, head in enumerate((self.tr("Laptop"), self.tr("Member"), self.tr("State"),
                                       self.tr("Bundles"), self.tr("Changes applied"))):
            grid.addWidget(emphasise(QLabel(head)), 0, column)
        for row, laptop in enumerate(laptops, start=1):
            for column, value in enumerate((laptop.name, laptop.member,
                                            states.get(laptop.status, laptop.status),
                                            str(laptop.bundles),
                                            str(laptop.applied_through))):
                grid.addWidget(QLabel(value), row, column)
        return box
