"""The recordings of one interview, in order: import more, see which are damaged, and have
the compressed copy made in the background after each take."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.audio.transcribing import transcribe_recording
from ui.consent.paper_dialog import PaperConsentDialog
from ui.context import ProjectContext
from ui.operations import run_in_background
from ui.widgets import ErrorLabel, named, px
from veldwerk.audio import duration_text, media
from veldwerk.audio.importing import Imported, import_file
from veldwerk.audio.processing import compress
from veldwerk.consent import records
from veldwerk.domain.tables import PLAYABLE_STATES

PHONE_FORMATS = "*.m4a *.aac *.mp3 *.wav *.ogg *.opus *.flac *.amr *.3gp"


class RecordingsList(QWidget):
    def __init__(self, context: ProjectContext, interview_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.interview_id = context, interview_id
        self._processing: set[str] = set()
        self.title = QLabel(self.tr("Recordings"))
        self.list = named(QListWidget(), self.tr("Recordings of this interview"))
        self.list.setMaximumHeight(px(90))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.transcribe_action = QAction(self.tr("Transcribe…"), self.list)
        self.transcribe_action.triggered.connect(self.transcribe)
        self.list.addAction(self.transcribe_action)
        self.import_button = named(QPushButton(self.tr("&Import recording…")),
                                   self.tr("Import recording"),
                                   self.tr("Add a recording made with a phone or recorder"))
        self.import_button.clicked.connect(self.choose_file)
        self.paper_button = named(QPushButton(self.tr("Enter &paper consent…")),
                                  self.tr("Enter paper consent"),
                                  self.tr("The participant signed a paper form: enter it, "
                                          "then import the recording"))
        self.paper_button.clicked.connect(self.enter_paper_consent)
        self.paper_button.hide()
        self.error = ErrorLabel()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.paper_button)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list)
        layout.addWidget(self.error)
        context.changed.connect(self._changed)
        self.reload()

    def _changed(self, tables: frozenset[str]) -> None:
        if "recording" in tables:
            self.reload()

    def reload(self) -> None:
        interview_id = self.interview_id
        rows = self.context.read(lambda s: media.of_interview(s, interview_id))
        states = {"ok": "", "recovered": self.tr(" (recovered)"),
                  "damaged": self.tr(" – damaged: the file is missing or changed"),
                  "incomplete": self.tr(" – incomplete: the imported file was damaged"),
                  "recording": self.tr(" (recording…)")}
        selected = self.list.currentItem().data(256) if self.list.currentItem() else None
        self.list.blockSignals(True)  # a refresh must not unload what is playing
        self.list.clear()
        for row in rows:
            text = self.tr("Recording {n} · {duration}").format(
                n=row.position, duration=duration_text(row.duration_ms)) + states.get(
                    row.state, "")
            if row.source.startswith("import:"):
                text += f" · {row.source.removeprefix('import:')}"
            item = QListWidgetItem(text)
            item.setData(256, row.id)
            self.list.addItem(item)
            if row.id == selected:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.list.setVisible(bool(rows))
        self.title.setVisible(bool(rows))
        for row in rows:  # a copy interrupted last time (app closed while it ran) is resumed
            if row.compressed_sha256 is None and row.state in PLAYABLE_STATES:
                self.process(row.id)

    def transcribe(self) -> None:
        """The chosen recording's menu: Transcribe… (the same window as the player's)."""
        item = self.list.currentItem()
        if item is not None:
            transcribe_recording(self, self.context, str(item.data(256)))

    def without_consent(self) -> tuple[str, list[str]]:
        """Why an import is not possible yet ("" if it is), and who has no consent record
        at all (they may have signed on paper)."""
        interview_id = self.interview_id

        gate = self.context.read(lambda s: records.audio_gate(s, interview_id))
        return (gate.reason() if gate.codes else ""), gate.paperless

    def consent_first(self) -> bool:
        """An import needs everyone's consent to audio, as recording does: say so."""
        reason, paperless = self.without_consent()
        self.paper_button.setVisible(bool(reason) and bool(paperless))
        if reason:
            self.error.show_message(self.tr("A recording can be imported once everyone in "
                                            "the interview agreed to audio. {reason}").format(
                                                reason=reason) + (self.tr(
                                                    " Signed on paper? Enter that consent "
                                                    "first.") if paperless else ""))
        return not reason

    def enter_paper_consent(self) -> None:
        _reason, paperless = self.without_consent()
        for participant_id in paperless:
            if PaperConsentDialog(self.context, participant_id, self).exec() != \
                    PaperConsentDialog.DialogCode.Accepted:
                break
        if self.consent_first():
            self.error.show_message("")
            self.import_button.setFocus()

    def choose_file(self) -> None:
        if not self.consent_first():
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import recording"), str(Path.home()),
            self.tr("Recordings ({patterns})").format(patterns=PHONE_FORMATS))
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        self.error.show_message("")
        self.import_button.setEnabled(False)
        project, interview_id = self.context.project, self.interview_id

        def done(imported: Imported) -> None:
            self.import_button.setEnabled(True)
            self.error.show_message(imported.warning)  # a damaged file: what was kept, why
            self.process(imported.recording.id)

        def failed(exc: BaseException) -> None:
            self.import_button.setEnabled(True)
            self.error.show_message(str(exc))

        run_in_background(self, lambda progress, cancelled: import_file(
            project, interview_id, path, progress, cancelled), on_success=done,
            on_failure=failed, label=self.tr("Importing {name}…").format(name=path.name))

    def process(self, recording_id: str) -> None:
        """The Opus copy for bundles, made quietly in the background (no dialog)."""
        if recording_id in self._processing:
            return
        self._processing.add(recording_id)
        project = self.context.project
        run_in_background(self, lambda progress, cancelled: compress(
            project, recording_id, progress, cancelled),
            on_success=lambda _r: self._processed(recording_id),
            on_failure=lambda exc: (self._processing.discard(recording_id),
                                    self.error.show_message(str(exc))))

    def _processed(self, recording_id: str) -> None:
        self._processing.discard(recording_id)
