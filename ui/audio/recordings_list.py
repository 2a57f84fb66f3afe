"""The recordings of one interview, in order: import more, see which are damaged, and have
the compressed copy made in the background after each take. The list's menu (its right
click, and the keyboard's menu key) holds what is done to the chosen recording, such as
reading a transcript made elsewhere onto it."""

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
    QMessageBox,
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
from veldwerk.transcript_files import Imported as TranscriptRead
from veldwerk.transcript_files import import_transcript
from veldwerk.transcripts import TranscriptExists

# Sound, and the videos phones and tablets make (only their sound is imported).
PHONE_FORMATS = "*.m4a *.aac *.mp3 *.wav *.ogg *.opus *.flac *.amr *.3gp *.mp4 *.mov *.m4v"
TRANSCRIPT_FORMATS = "*.srt *.vtt *.txt"
SOUND_HERE = 257  # item data: the recording's sound is on this computer


class RecordingsList(QWidget):
    def __init__(self, context: ProjectContext, interview_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.interview_id = context, interview_id
        self._processing: set[str] = set()
        self.title = QLabel(self.tr("&Recordings"))
        self.list = named(QListWidget(), self.tr("Recordings of this interview"))
        self.title.setBuddy(self.list)  # Alt+R: the list, its first recording chosen
        self.list.setMaximumHeight(px(90))
        # The chosen recording's actions, in the list's own menu.
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.transcribe_action = QAction(self.tr("Transcribe…"), self.list)
        self.transcribe_action.triggered.connect(self.transcribe)
        self.list.addAction(self.transcribe_action)
        self.import_transcript_action = QAction(self.tr("Import &transcript…"), self.list)
        self.import_transcript_action.setToolTip(self.tr(
            "Read a transcript made elsewhere (SRT, WebVTT, or text with times) onto the "
            "chosen recording"))
        self.import_transcript_action.triggered.connect(self.choose_transcript)
        self.list.addAction(self.import_transcript_action)
        self.import_transcript_action.setEnabled(False)  # until a recording is chosen
        self.list.currentItemChanged.connect(lambda _item, _before: self._enable_actions())
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
            # Something to transcribe here: the file or its Opus copy, whole.
            item.setData(SOUND_HERE, row.state not in ("damaged", "recording") and
                         media.sound_file(self.context.project.media, row) is not None)
            self.list.addItem(item)
            if row.id == selected:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._enable_actions()
        self.list.setVisible(bool(rows))
        self.title.setVisible(bool(rows))
        for row in rows:  # a copy interrupted last time (app closed while it ran) is resumed
            if row.compressed_sha256 is None and row.state in PLAYABLE_STATES:
                self.process(row.id)

    def _enable_actions(self) -> None:
        """The menu offers what the chosen recording allows; a disabled Transcribe… says
        why in its tooltip."""
        item = self.list.currentItem()
        self.import_transcript_action.setEnabled(item is not None)
        sound = item is not None and bool(item.data(SOUND_HERE))
        self.transcribe_action.setEnabled(sound)
        self.transcribe_action.setToolTip(
            self.tr("Write out what was said, on this computer") if sound or item is None
            else self.tr("The sound of this recording is not on this computer (or its file "
                         "is damaged): there is nothing to transcribe here."))

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

    def choose_transcript(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import transcript"), str(Path.home()),
            self.tr("Transcripts ({patterns})").format(patterns=TRANSCRIPT_FORMATS))
        if path:
            self.read_transcript(str(item.data(256)), Path(path))

    def read_transcript(self, recording_id: str, path: Path, replace: bool = False) -> None:
        """The file onto the recording; one there already is replaced only when asked."""
        self.error.show_message("")

        def done(read: TranscriptRead) -> None:
            said = self.tr("Segments of {name} read onto the recording: {n}.").format(
                n=read.segments, name=path.name)
            if read.left_out:
                said += " " + self.tr("Left out, as they start after its end: {n}.").format(
                    n=read.left_out)
            self.error.show_message(said)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, TranscriptExists) and QMessageBox.question(
                    self, self.tr("Replace the transcript?"), self.tr(
                        "This recording has a transcript already. Replace it with {name}? "
                        "Every correction made to it goes.").format(name=path.name)
                    ) == QMessageBox.StandardButton.Yes:
                self.read_transcript(recording_id, path, replace=True)
                return
            self.error.show_message(str(exc))

        self.context.write(lambda s: import_transcript(s, recording_id, path, replace),
                           on_success=done, on_failure=failed)

    def import_path(self, path: Path) -> None:
        self.error.show_message("")
        self.import_button.setEnabled(False)
        project, interview_id = self.context.project, self.interview_id

        def done(imported: Imported) -> None:
            self.import_button.setEnabled(True)
            # a damaged file: what was kept, why; a video: its picture was not kept
            self.error.show_message(" ".join(m for m in (imported.warning, imported.note) if m))
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
