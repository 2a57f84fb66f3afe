"""``veldwerk screenshots``: render the main screens of a project offscreen to PNG."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ui.consent.form_dialog import ConsentDialog
from ui.consent.paper_dialog import PaperConsentDialog
from ui.consent.retention_dialog import RetentionDialog
from ui.consent.template_dialog import TemplateDialog
from ui.consent.withdraw_dialog import WithdrawDialog
from ui.context import ProjectContext
from ui.fits import outside
from ui.main_window import MainWindow
from ui.participants.dialog import ParticipantsDialog
from ui.setup.project_dialog import ProjectSetupDialog
from ui.start_dialog import StartDialog
from ui.story.story_window import RECORD, StoryWindow
from ui.widgets import px
from veldwerk import demo, notes, participants, projects
from veldwerk import settings as installation
from veldwerk.cli import chosen
from veldwerk.consent import records
from veldwerk.errors import VeldwerkError
from veldwerk.fsutil import output_folder
from veldwerk.paths import device


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


# With ``--screen`` every window is shown as it fits that screen, and what lies outside
# its room is written to outside.txt beside the pictures (empty when everything fits).
ON_SCREEN: list[str] | None = None


def _shoot(app: QApplication, widget: QWidget, path: Path) -> None:
    """At the window's own size for the text size; without ``--screen`` unclamped (the
    offscreen screen is only 800×600, which would squeeze every window)."""
    design = widget.property("design_size")
    if design and ON_SCREEN is None:
        widget.resize(min(px(design[0]), 1920), min(px(design[1]), 1200))
    widget.show()
    _settle(app)
    widget.grab().save(str(path))
    if ON_SCREEN is not None:
        ON_SCREEN.extend(f"{path.name}: {line}" for line in outside(widget))
    print(path)


def render_screenshots(app: QApplication, folder: Path, out: Path, key: str | None,
                       on_screen: bool = False) -> int:
    """Every main screen of the project (the demo by default), with the language, text
    size and theme already applied to ``app``; ``on_screen``: as they fit the (offscreen)
    screen, listing in outside.txt what lies outside its room."""
    global ON_SCREEN
    ON_SCREEN = [] if on_screen else None
    me = device(folder)
    try:
        output_folder(out)
        entry = chosen(folder, key) if key else (demo.existing_demo(folder)
                                                 or chosen(folder, None))
        project = projects.open_project(entry.folder, me, purpose="screenshots")
    except VeldwerkError as exc:
        print(f"veldwerk: {exc}", file=sys.stderr)
        return 2
    settings = installation.load(folder)
    context = ProjectContext(project, entry.id, settings, me)
    try:
        start = StartDialog(folder, me)
        _shoot(app, start, out / "start.png")
        start.close()
        window = MainWindow(context, lambda: None)
        _shoot(app, window, out / "main-window.png")
        row = next((r for r in range(window.model.rowCount())
                    if window.model.data(window.model.index(r, 1)) and
                    window.model.row_id(r) and _has_notes(window, r)), 0)
        editor = window.open_editor(window.model.row_id(row) or "")
        editor.topic_list.setCurrentRow(0)
        _shoot(app, editor, out / "interview-editor.png")
        editor.close()
        dialogs: list[tuple[str, Callable[[], QDialog]]] = [
            ("project-settings", lambda: ProjectSetupDialog(context, window)),
            ("participants", lambda: ParticipantsDialog(context, window.undo_stack, window)),
            ("consent", lambda: ConsentDialog(context, _first(context)[0], window)),
            ("paper-consent", lambda: PaperConsentDialog(context, _first(context)[0], window)),
            ("withdraw", lambda: WithdrawDialog(context, _first(context)[1], window)),
            ("retention", lambda: RetentionDialog(context, window)),
            ("consent-form", lambda: TemplateDialog(context, window)),
        ]
        for name, make in dialogs:
            dialog = make()
            _shoot(app, dialog, out / f"{name}.png")
            if isinstance(dialog, ConsentDialog) and _answer_all(dialog):
                _shoot(app, dialog, out / f"{name}-sign.png")
            dialog.close()
        _story(app, context, out)
        window.close()
    finally:
        project.close(make_backup=False)
    if ON_SCREEN is not None:
        (out / "outside.txt").write_text("".join(f"{line}\n" for line in ON_SCREEN),
                                         encoding="utf-8")
        print(out / "outside.txt")
    return 0


def _answer_all(dialog: ConsentDialog) -> bool:
    """Yes to every choice, then Next: the signing page (nothing is stored)."""
    for group in dialog.answers.values():
        group.button(1).click()
    dialog.next_button.click()
    return dialog.pages.currentIndex() == 1


def _story(app: QApplication, context: ProjectContext, out: Path) -> None:
    """Story mode: choosing the person, then the recording step, shown on an existing story
    of someone who agreed to audio (so taking screenshots adds nothing to the project)."""
    story = StoryWindow(context)
    if story.me.count() > 1 and story.me.currentData() is None:
        story.me.setCurrentIndex(1)
    _shoot(app, story, out / "story-person.png")
    found = context.read(records.a_story_with_audio)
    if found is not None:
        story.interview_id, story.person_id, _code = found
        story.select_person(story.person_id)
        story.recording_id = "existing"  # Back must not remove this story
        story.go(RECORD)
        _shoot(app, story, out / "story-record.png")
    story.close()


def _first(context: ProjectContext) -> tuple[str, str]:
    """Id and code of the participant whose code sorts first."""
    person = context.read(participants.first)
    return (person.id, person.code) if person is not None else ("", "")


def _has_notes(window: MainWindow, row: int) -> bool:
    interview_id = window.model.row_id(row)
    texts = window.context.read(lambda s: notes.notes_of(s, interview_id))
    return sum(len(t) for t in texts.values()) > 1500
