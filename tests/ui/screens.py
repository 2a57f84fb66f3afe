"""Every main window and dialog, made the same way for the walks that check them all
(accessible names and Tab, nothing cut off at 200 %)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlmodel import select

from ui.consent.form_dialog import ConsentDialog
from ui.consent.paper_dialog import PaperConsentDialog
from ui.consent.retention_dialog import RetentionDialog
from ui.consent.template_dialog import TemplateDialog
from ui.consent.withdraw_dialog import WithdrawDialog
from ui.context import ProjectContext
from ui.interviews.details_dialog import InterviewDetailsDialog
from ui.main_window import MainWindow
from ui.merge.inbox_dialog import InboxDialog
from ui.participants.dialog import ParticipantsDialog
from ui.preferences_dialog import PreferencesDialog
from ui.recycle_dialog import RecycleBinDialog
from ui.reports.dashboard_dialog import DashboardDialog
from ui.reports.export_dialog import ExportDialog
from ui.search.search_dialog import SearchDialog
from ui.setup.project_dialog import ProjectSetupDialog
from ui.start_dialog import NewProjectDialog, StartDialog
from ui.sync.delivery_dialog import DeliveryDialog
from veldwerk.domain import Participant

IN_PROJECT = ["main", "editor", "editor_long_microphone", "editor_transcript", "transcribe",
              "details", "setup", "participants",
              "recycle", "consent", "consent_sign", "paper_consent", "withdraw", "retention",
              "consent_form", "preferences", "story", "delivery", "inbox", "inbox_laptops",
              "inbox_conflicts", "dashboard", "export", "export_archive", "search"]
ALL = [*IN_PROJECT, "start", "new_project"]


# A microphone whose name is longer than any screen is wide (USB headsets name themselves
# like this): the editor must not grow for it.
LONG_MICROPHONE = ("Ingebouwde microfoon van de USB-hoofdtelefoon met ruisonderdrukking "
                   "(Analoge stereo-ingang, tweede kanaal) — alsa_input.usb-0d8c_0014")


def consent_signing(dialog: ConsentDialog) -> ConsentDialog:
    """The consent form's second page, reached as a person does: Yes on every choice, then
    Next."""
    for group in dialog.answers.values():
        group.button(1).click()
    dialog.next_button.click()
    assert dialog.pages.currentIndex() == 1, dialog.error.text()
    return dialog


def editor_with_long_microphone(window: MainWindow, context: ProjectContext) -> QWidget:
    """Named before the editor is first shown, as a microphone found at start is."""
    from ui.interviews.editor import InterviewEditor

    editor = InterviewEditor(context, window.model.row_id(1))
    devices = editor.record_panel.devices
    devices.addItem(LONG_MICROPHONE, None)
    devices.setCurrentIndex(devices.count() - 1)
    editor.record_panel._show_state()  # as after a device was found
    return editor


SAID = [(0, "Goedemiddag, fijn dat u wilde meedoen."),
        (1500, "Ja hoor, ik woon hier al veertig jaar in de wijk en ik heb heel wat zien "
               "veranderen in al die jaren.")]
VOICE: list[bytes] = []  # a short made-up voice, made once per process (the sweep's runs)


def recording_with_transcript(window: MainWindow, context: ProjectContext) -> str:
    """The first interview's recording (made once) with a transcript of three segments."""
    from tests.core.test_import import voice_like
    from veldwerk import transcripts
    from veldwerk.audio import media
    from veldwerk.audio.importing import import_file

    interview_id = window.model.row_id(0)
    takes = context.read(lambda s: media.of_interview(s, interview_id))
    if takes:
        return takes[0].id
    wav = context.project.folder / "voice.wav"
    if not VOICE:
        voice_like(wav, 3.0)
        VOICE.append(wav.read_bytes())
    wav.write_bytes(VOICE[0])
    take = import_file(context.project, interview_id, wav).recording
    wav.unlink()

    def transcribed(s) -> None:  # type: ignore[no-untyped-def]
        transcript = transcripts.begin(s, take.id, "nl", engine="")
        s.flush()
        people = transcripts.speakers(s, take.id)
        for n, (start, text) in enumerate(SAID):
            who = people[n % len(people)]
            transcripts.add_segment(s, transcript.id, start, start + 2000, text,
                                    participant_id=who.participant_id, member_id=who.member_id)

    context.project.run(transcribed)
    return take.id


def editor_with_transcript(window: MainWindow, context: ProjectContext) -> QWidget:
    """The editor with its recording chosen: player and transcript beside the notes."""
    from PySide6.QtCore import QDeadlineTimer, QThreadPool
    from PySide6.QtWidgets import QApplication

    recording_with_transcript(window, context)
    editor = window.open_editor(window.model.row_id(0))
    editor.show()
    deadline = QDeadlineTimer(5000)
    while editor.recordings.list.count() == 0 and not deadline.hasExpired():
        QApplication.processEvents()  # an editor open before the recording was made
    editor.recordings.list.setCurrentRow(0)
    while len(editor.transcript.order) < len(SAID) and not deadline.hasExpired():
        QThreadPool.globalInstance().waitForDone(50)
        QApplication.processEvents()
    return editor


def transcribe_dialog(window: MainWindow, context: ProjectContext) -> QWidget:
    from ui.audio.transcribing import TranscribeDialog

    return TranscribeDialog(context, recording_with_transcript(window, context), window)


def inbox_tab(context: ProjectContext, window: MainWindow, tab: int) -> QWidget:
    inbox = InboxDialog(context, window)
    inbox.tabs.setCurrentIndex(tab)
    return inbox


def export_archive(context: ProjectContext, window: MainWindow) -> QWidget:
    """The export window with the archive package chosen: the deposit's questions show."""
    dialog = ExportDialog(context, window)
    dialog.as_archive.click()
    return dialog


def open_screen(name: str, window: MainWindow, context: ProjectContext) -> QWidget:
    folder = context.project.folder.parent.parent
    first = context.read(lambda s: s.exec(select(Participant.id).order_by(
        Participant.code)).first())
    return {
        "main": lambda: window,
        "editor": lambda: window.open_editor(window.model.row_id(0)),
        "editor_long_microphone": lambda: editor_with_long_microphone(window, context),
        "editor_transcript": lambda: editor_with_transcript(window, context),
        "transcribe": lambda: transcribe_dialog(window, context),
        "details": lambda: InterviewDetailsDialog(context, window.model.row_id(0), window),
        "setup": lambda: ProjectSetupDialog(context, window),
        "participants": lambda: ParticipantsDialog(context, window.undo_stack, window),
        "recycle": lambda: RecycleBinDialog(context, window),
        "start": lambda: StartDialog(folder, context.device),
        "new_project": lambda: NewProjectDialog(folder, context.device),
        "consent": lambda: ConsentDialog(context, first or "", window),
        "consent_sign": lambda: consent_signing(ConsentDialog(context, first or "", window)),
        "paper_consent": lambda: PaperConsentDialog(context, first or "", window),
        "withdraw": lambda: WithdrawDialog(context, "ELS-001", window),
        "retention": lambda: RetentionDialog(context, window),
        "consent_form": lambda: TemplateDialog(context, window),
        "preferences": lambda: PreferencesDialog(context.settings, window),
        "story": lambda: window.show_story_mode(),
        "delivery": lambda: DeliveryDialog(context, window.sync, window),
        "inbox": lambda: InboxDialog(context, window),
        "inbox_laptops": lambda: inbox_tab(context, window, 1),
        "inbox_conflicts": lambda: inbox_tab(context, window, 2),
        "dashboard": lambda: DashboardDialog(context, window),
        "export": lambda: ExportDialog(context, window),
        "export_archive": lambda: export_archive(context, window),
        "search": lambda: SearchDialog(context, window.open_hit, window),
    }[name]()
