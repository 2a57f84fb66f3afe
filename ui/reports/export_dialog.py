"""Project › Export for analysis…: the project as tidy CSV tables or one spreadsheet
(.xlsx), as Word documents (one per interview, or the project report), as a REFI-QDA
project for ATLAS.ti, MAXQDA, NVivo, QDA Miner and QualCoder, or as the archive package for
DANS. The core decides what consent allows (``veldwerk/consent/use.py``); this window picks
the kind and the place, runs the export in the background with progress and cancel, and
says what was left out and why. For the archive package it asks what the deposit needs
(``reports/deposit.py``), prefilled with what the project keeps, and keeps what was given
before it writes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import ProjectContext
from ui.operations import run_in_background
from ui.widgets import (
    ElidedComboBox,
    ErrorLabel,
    emphasise,
    fill_combo,
    fit_window,
    named,
    scrolled,
)
from veldwerk.audio.processing import compress_pending
from veldwerk.errors import Cancelled, DepositIncomplete, ValidationError, VeldwerkError
from veldwerk.reports import deposit as deposits
from veldwerk.reports.archive import (
    has_recordings,
    left_out_said,
    made_by_coordinator,
    write_archive,
    write_left_out,
)
from veldwerk.reports.charts import available
from veldwerk.reports.qdpx import export_qdpx
from veldwerk.reports.tables import write_csv

CSV, XLSX, DOCX, REPORT, QDPX, ARCHIVE = "csv", "xlsx", "docx", "report", "qdpx", "archive"


class ExportDialog(QDialog):
    def __init__(self, context: ProjectContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Export for analysis"))
        outer = QVBoxLayout(self)
        layout = QVBoxLayout()
        self.scroll = scrolled(layout, self.tr("Export for analysis"))
        outer.addWidget(self.scroll, 1)
        layout.addWidget(emphasise(QLabel(self.tr("Export for analysis")), 1.3))
        hint = QLabel(self.tr(
            "What goes out follows each participant's consent: an interview only if "
            "everyone in it agreed to quotes, a recording only if everyone agreed to audio, "
            "nobody who withdrew. Names and contact details never go out."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.kinds = QButtonGroup(self)
        self.as_csv = named(QRadioButton(self.tr("&Tables (CSV) for R or SPSS")),
                            self.tr("Tables (CSV)"))
        self.as_xlsx = named(QRadioButton(self.tr(
            "&Spreadsheet (.xlsx) for Excel or Calc")),
            self.tr("Spreadsheet (.xlsx)"))
        self.as_docx = named(QRadioButton(self.tr("&Word: a document per interview")),
                             self.tr("Word documents per interview"))
        self.as_report = named(QRadioButton(self.tr(
            "Word: the project re&port (figures, charts, every interview)")),
            self.tr("Project report"))
        self.as_qdpx = named(QRadioButton(self.tr(
            "&REFI-QDA project for ATLAS.ti, MAXQDA, NVivo, QDA Miner or QualCoder")),
            self.tr("REFI-QDA project"))
        self.as_archive = named(QRadioButton(self.tr(
            "&Archive package (BagIt, as DANS takes it) of what may be archived")),
            self.tr("Archive package"))
        self.as_mp3 = named(QCheckBox(self.tr(
            "Recordings as &MP3, which ATLAS.ti, MAXQDA and NVivo open (slower)")),
            self.tr("Recordings as MP3"))
        self.on_laptop = QLabel(made_by_coordinator())
        self.on_laptop.setWordWrap(True)
        self.on_laptop.setAccessibleName(self.tr("Why there is no archive package here"))
        for number, button in enumerate((self.as_csv, self.as_xlsx, self.as_docx, self.as_report,
                                         self.as_qdpx, self.as_archive)):
            self.kinds.addButton(button, number)
            layout.addWidget(button)
            below = {self.as_qdpx: self.as_mp3, self.as_archive: self.on_laptop}.get(button)
            if below is not None:
                indented = QHBoxLayout()
                indented.addSpacing(28)
                indented.addWidget(below, 1)
                layout.addLayout(indented)
        joined = self.context.project.joined
        self.on_laptop.setVisible(joined)
        if joined:  # the package is made from the coordinator's copy, which holds everyone's
            self.as_archive.setEnabled(False)
            self.as_archive.setToolTip(made_by_coordinator())
        self.as_mp3.setEnabled(False)
        self.as_qdpx.toggled.connect(self.as_mp3.setEnabled)
        self.deposit = self._deposit_form()
        layout.addWidget(self.deposit)
        self.deposit.setVisible(False)
        self.as_archive.toggled.connect(self._show_deposit)
        self.as_csv.setChecked(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Result"))
        self.error = ErrorLabel()
        layout.addWidget(self.result, 1)
        outer.addWidget(self.error)
        self.export = named(QPushButton(self.tr("&Export…")), self.tr("Export"),
                            self.tr("Choose where the export goes"))
        self.export.setDefault(True)
        self.export.clicked.connect(self.choose_and_export)
        close = named(QPushButton(self.tr("Close")), self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.export)
        row.addStretch(1)
        row.addWidget(close)
        outer.addLayout(row)
        self.written: Any = None
        fit_window(self, 640, 600)

    def _show_deposit(self, shown: bool) -> None:
        """The deposit's questions, scrolled into view on a small screen."""
        self.deposit.setVisible(shown)
        if shown:
            self.scroll.widget().adjustSize()
            self.scroll.ensureWidgetVisible(self.deposit)

    def _deposit_form(self) -> QGroupBox:
        """What a deposit at DANS asks, prefilled with what the project keeps; on a laptop
        that joined, the coordinator's, shown only."""
        kept = self.context.read(deposits.saved)
        box = QGroupBox(self.tr("For the deposit at DANS (asked once, kept with the project)"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text: label above
        self.licence = named(ElidedComboBox(characters=16), self.tr("Licence"))
        fill_combo(self.licence, [(self.tr("Choose a licence"), None)] + [
            (name, uri) for uri, name in deposits.LICENCES.values()], kept.licence or None)
        self.rights_holder = named(QLineEdit(kept.rights_holder), self.tr("Rights holder"),
                                   self.tr("Who holds the rights: the project's organisation"))
        self.discipline = named(ElidedComboBox(characters=16), self.tr("Discipline"))
        fill_combo(self.discipline, [(f"{name} ({code})", code) for code, name
                                     in deposits.disciplines().items()], kept.audience)
        self.access = named(ElidedComboBox(characters=16), self.tr("Access"))
        fill_combo(self.access, [(self.tr("Choose who may download"), None)] + [
            (name, code) for code, name in deposits.accesses().items()], kept.access or None)
        self.contact_name = named(QLineEdit(kept.contact_name), self.tr("Contact's name"))
        self.contact_email = named(QLineEdit(kept.contact_email), self.tr("Contact's e-mail"))
        form.addRow(self.tr("&Licence"), self.licence)
        form.addRow(self.tr("Rights &holder"), self.rights_holder)
        form.addRow(self.tr("&Discipline"), self.discipline)
        form.addRow(self.tr("A&ccess"), self.access)
        self.voices = QLabel(deposits.voices_note())
        self.voices.setWordWrap(True)
        self.voices.setAccessibleName(self.tr("Recordings' access"))
        form.addRow(self.voices)  # the whole row: under the access choice, no empty label
        recordings = self.context.read(has_recordings)
        self.access.currentIndexChanged.connect(lambda _i: self.voices.setVisible(
            recordings and self.access.currentData() == "OPEN_ACCESS"))
        self.voices.setVisible(recordings and self.access.currentData() == "OPEN_ACCESS")
        form.addRow(self.tr("Contact's &name"), self.contact_name)
        form.addRow(self.tr("Contact's e-ma&il"), self.contact_email)
        if self.context.project.joined:  # the coordinator sets the project for everyone
            for field in (self.licence, self.rights_holder, self.discipline, self.access,
                          self.contact_name, self.contact_email):
                field.setEnabled(False)
                field.setToolTip(self.tr("Set by the coordinator for the whole team"))
        return box

    def given(self) -> deposits.Deposit:
        """The deposit's metadata as the form holds it ('' where nothing is chosen)."""
        contact = " ".join(part for part in (self.contact_name.text().strip(),
                                             f"<{self.contact_email.text().strip()}>"
                                             if self.contact_email.text().strip() else "")
                           if part)
        return deposits.Deposit(self.licence.currentData() or "",
                                self.rights_holder.text(), self.discipline.currentData() or "",
                                self.access.currentData() or "", contact)

    @property
    def kind(self) -> str:
        for kind, button in ((XLSX, self.as_xlsx), (QDPX, self.as_qdpx), (DOCX, self.as_docx),
                             (REPORT, self.as_report), (ARCHIVE, self.as_archive)):
            if button.isChecked():
                return kind
        return CSV

    def choose_and_export(self) -> None:
        if self.kind == ARCHIVE and not self.context.project.joined:
            self._keep_deposit()
        else:
            self._choose_and_export()

    def _keep_deposit(self) -> None:
        """Check the form, name what is missing, keep it with the project, then export."""
        try:
            given = deposits.checked(self.given())
            deposits.complete(given)
        except DepositIncomplete as exc:
            self.error.show_message(self.tr("A deposit at DANS also asks: {missing}. Fill them "
                                            "in above; they are kept with the project.")
                                    .format(missing=", ".join(exc.missing)))
            empty = [(self.licence, not given.licence),
                     (self.rights_holder, not given.rights_holder),
                     (self.access, not given.access), (self.contact_name, not given.contact)]
            next(widget for widget, missing in empty if missing).setFocus()
            return
        except VeldwerkError as exc:
            self.error.show_message(str(exc))
            if isinstance(exc, ValidationError):
                {"licence": self.licence, "audience": self.discipline, "access": self.access,
                 "contact": self.contact_email}.get(exc.field, self.rights_holder).setFocus()
            return
        self.error.show_message("")
        self.context.write(lambda s: deposits.save(s, given),
                           on_success=lambda _kept: self._choose_and_export(),
                           on_failure=self._failed,
                           what=self.tr("the deposit's metadata"))

    def _choose_and_export(self) -> None:
        if self.kind == QDPX:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the REFI-QDA project"), "", self.tr("REFI-QDA (*.qdpx)"))
        elif self.kind == XLSX:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the spreadsheet"), "", self.tr("Spreadsheet (*.xlsx)"))
        elif self.kind == ARCHIVE:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the archive package"), "", self.tr("Zip (*.zip)"))
        elif self.kind == REPORT:
            from veldwerk.reports import documents  # deferred: heavy (the models)

            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the project report"), "", documents.file_filter())
        else:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the files"))
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, target: Path) -> None:
        context, project, kind = self.context, self.context.project, self.kind
        if kind == REPORT:
            available()  # matplotlib is imported on the GUI thread, not by the worker
        audio = "mp3" if self.as_mp3.isChecked() else "opus"
        self.export.setEnabled(False)
        self.result.setText("")  # the last export's words are not this one's

        def write(session, step, cancelled):  # type: ignore[no-untyped-def]
            if kind == QDPX:
                return export_qdpx(session, project.media, target, step, cancelled,
                                   audio)
            if kind == XLSX:
                from veldwerk.reports.spreadsheet import write_xlsx  # deferred: heavy (openpyxl)

                return write_xlsx(session, target, step, cancelled)
            if kind == ARCHIVE:
                return write_archive(session, project.media, target, step, cancelled)
            if kind in (DOCX, REPORT):
                from veldwerk.reports import documents  # deferred: heavy (the models)

                if kind == DOCX:
                    return documents.write_interviews(session, target, None, step,
                                                      cancelled)
                return documents.write_report(session, target, step, cancelled)

            return write_csv(session, target, step, cancelled)

        def work(progress, cancelled) -> Any:  # type: ignore[no-untyped-def]
            def step(done: int, total: int) -> None:
                progress(done / max(total, 1), "")

            try:
                if kind in (QDPX, ARCHIVE) and not context.read_only:
                    compress_pending(project, progress, cancelled)  # the copies that travel
                written = context.read(lambda s: write(s, step, cancelled))
                if kind == QDPX:
                    write_left_out(written.path, written.left_out)
                return written
            except Cancelled:
                return None  # said as such: nothing was written

        run_in_background(self, work, on_success=lambda written: self._done(written, kind),
                          on_failure=self._failed, label=self.tr("Exporting…"))

    def _done(self, written: Any, kind: str) -> None:
        self.export.setEnabled(True)
        self.error.show_message("")
        self.written = written
        if written is None:
            self.result.setText(self.tr("Cancelled: nothing was written."))
            return
        if kind == ARCHIVE:
            lines = [self.tr("Written: {path} ({files} files, {takes} recordings).").format(
                path=written.path, files=written.files, takes=written.recordings),
                self.tr("Its README says what it holds and on what consent, and counts what "
                        "was left out ({n}); the list, for the team only, is {file}.").format(
                    n=len(written.left_out), file=written.left_out_file.name)]
            if written.voices_restricted:
                lines.append(deposits.voices_note())
        elif kind in (DOCX, REPORT):
            lines = [self.tr("{n} documents written: {first}").format(
                n=len(written.files), first=written.files[0] if written.files else "—")]
            if written.left_out:
                lines.append(self.tr("Left out for want of consent: {names}.").format(
                    names="; ".join(o.name for o in written.left_out)))
        elif kind == XLSX:
            lines = [self.tr("Written: {path}, a sheet per table.").format(path=written.path),
                     self.tr("{n} left out for want of consent: see the sheet {sheet}.").format(
                         n=written.left_out, sheet="left-out")]
        elif kind == CSV:
            folder = written[0].parent if written else ""
            lines = [self.tr("{n} tables written in {folder}.").format(n=len(written),
                                                                       folder=folder),
                     self.tr("What was left out, and why, is in left-out.csv.")]
        else:
            beside = written.path.with_name(f"{written.path.stem}.left-out.csv")
            lines = [self.tr("Written: {path} ({sources} interviews, {takes} recordings).")
                     .format(path=written.path, sources=written.sources,
                             takes=written.recordings),
                     *left_out_said(written.left_out, beside.name),
                     self.tr("Not in this format:")]
            lines += [f"• {line}" for line in written.cannot_carry]
        self.result.setText("\n".join(lines))

    def _failed(self, exc: BaseException) -> None:
        self.export.setEnabled(True)
        self.result.setText("")
        self.error.show_message(str(exc))
