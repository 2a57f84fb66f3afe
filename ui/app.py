"""Start the app: language, error handler, theme, then the project to work on.

One running app per project: the project's lock (``veldwerk/store/lock.py``) is taken when
it opens. A second start on the same project brings the first window forward (through a
local socket, ``ui/instance.py``); if that app does not answer, or a command is working on
the project, the project opens read-only with a banner saying why, and becomes writable by
itself once the other is done. A read-only data folder opens read-only too.

SIGTERM, SIGINT (and SIGHUP) and the session manager's request to save put every typed
text on disk and stop a running recording, keeping it; the signals then end the app
with exit code 0.
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import veldwerk
from ui import appearance, collector, errors, i18n, operations
from ui.context import ProjectContext
from ui.main_window import MainWindow
from ui.widgets import refit, refit_windows

if TYPE_CHECKING:
    from ui.instance import InstanceServer
from ui.instance import InstanceServer, ask_running_app
from ui.shutdown import ShutdownSignals
from veldwerk import projects, settings
from veldwerk.audio import duration_text
from veldwerk.errors import DamagedProject, ProjectInUse, ReadOnlyProject, VeldwerkError
from veldwerk.paths import data_dir, device
from veldwerk.projects import OpenProject, restore_backup

RETRY_MS = 3000  # how often a read-only app looks whether it may write again


def make_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Veldwerk")
    app.setOrganizationName("Veldwerk")
    app.setApplicationVersion(veldwerk.__version__)
    collector.install(app)
    return app


def headless() -> bool:
    """No screen a person looks at: a dialog would wait for ever."""
    return QApplication.platformName() in ("offscreen", "minimal")


class Veldwerk:
    """Holds the open project and its main window; switching closes the old one first."""

    def __init__(self, app: QApplication, folder: Path, exit_when_ready: bool = False,
                 interactive: bool | None = None) -> None:
        self.app, self.data_dir = app, folder
        # Nobody to answer a dialog (offscreen, --exit-when-ready): problems are printed.
        self.interactive = (not headless() and not exit_when_ready if interactive is None
                            else interactive)
        self.device = device(folder)
        self.settings = settings.load(folder)
        self.exit_when_ready = exit_when_ready
        self.lang: str | None = None  # --lang: it outranks the preference when restyling
        self.context: ProjectContext | None = None
        self.window: MainWindow | None = None
        self.server: InstanceServer | None = None
        self.exit_code = 0
        self.forwarded = False  # another app had the project: its window came forward
        self.interview_id: str | None = None
        self._retry = QTimer()
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._try_writable)
        app.aboutToQuit.connect(self.close_project)

    def start(self, key: str | None, interview_id: str | None = None, db: str | None = None
              ) -> bool:
        """Open the project asked for (a team database with ``db``), the last one, the
        only one, or let the user choose."""
        self.interview_id = interview_id
        entry = None
        if db:
            entry = projects.server_entry(self.data_dir, db)
        elif key:
            entry = projects.find_project(self.data_dir, key)
        else:
            last = self.settings.last_project
            every = projects.list_projects(self.data_dir)
            found = [e for e in every if not e.problem]
            entry = next((e for e in found if e.id == last), None)
            if entry is None and len(found) == 1:
                entry = found[0]
            if entry is None and not found and len(every) == 1:
                entry = every[0]  # damaged: opening says so and offers the backup
        if entry is None:
            if self.exit_when_ready:
                print(f"veldwerk: {translate_no_project(self.data_dir)}", file=sys.stderr)
                self.exit_code = 2
                return False
            return self.choose_project()
        return self.open(entry)

    def choose_project(self) -> bool:
        from ui.start_dialog import StartDialog  # deferred: start-up

        dialog = StartDialog(self.data_dir, self.device)
        if not dialog.exec() or dialog.chosen is None:
            return self.window is not None
        return self.open(dialog.chosen)

    def open(self, entry: projects.ProjectEntry) -> bool:
        try:
            project = self._open_project(entry)
        except DamagedProject as exc:
            return self._offer_backup(entry, exc)
        except VeldwerkError as exc:
            if not self.interactive:
                print(f"veldwerk: {exc}", file=sys.stderr)
                self.exit_code = 2
                return False
            errors.report(exc)
            return self.choose_project()
        if project is None:  # the app that has it open came forward
            self.forwarded = True
            return False
        self.close_project()
        self._show(entry, project)
        return True

    def _open_project(self, entry: projects.ProjectEntry) -> OpenProject | None:
        """For writing if possible; else forward to the app that has it, or read-only."""
        try:
            return projects.open_project(entry.folder, self.device, url=entry.url)
        except ProjectInUse as busy:
            if busy.holder is not None and busy.holder.is_app and ask_running_app(
                    entry.folder, self.interview_id or ""):
                return None
            reason = self.app.translate(
                "App", "{message} Veldwerk shows the project read-only until then, and "
                "lets you write again by itself.").format(message=busy.message)
            return projects.open_project(entry.folder, self.device, write=False,
                                         read_only_reason=reason)
        except ReadOnlyProject as refused:
            return projects.open_project(entry.folder, self.device, write=False,
                                         read_only_reason=refused.reason)

    def _show(self, entry: projects.ProjectEntry, project: OpenProject) -> None:
        self.context = ProjectContext(project, entry.id, self.settings, self.device)
        errors.on_team_laptop = project.joined
        self.window = MainWindow(self.context, self.switch, self.restyle)
        self.settings.last_project = entry.id
        self.settings.save()
        if project.read_only:
            self._retry.start()
        else:  # after the first paint: a second start waits a moment, the first one not
            QTimer.singleShot(0, lambda: self._listen(entry.folder))
        if self.exit_when_ready:
            self.window.list_painted.connect(self._ready)
        self.window.show()
        self._tell_recovered(project)
        if self.interview_id:
            self._open_interview(self.interview_id)
        if self.settings.start_in_story_mode and not self.exit_when_ready:
            self.window.show_story_mode()

    def _listen(self, folder: Path) -> None:
        """Answer a second start on this project (if it is still the one open)."""
        if self.context is None or self.context.project.folder != folder or self.server:
            return
        self.server = InstanceServer(folder)
        self.server.wanted.connect(self._come_forward)

    def _open_interview(self, interview_id: str) -> None:
        if self.window is None:
            return
        from veldwerk import interviews  # deferred: start-up

        if self.window.context.read(lambda s: interviews.get(s, interview_id)) is None:
            errors.report(VeldwerkError(self.app.translate(
                "App", "There is no interview {id} in this project.").format(id=interview_id)))
            return
        self.window.open_editor(interview_id)

    def _come_forward(self, interview_id: str) -> None:
        """Someone started Veldwerk again on this project: show this window instead."""
        if self.window is None:
            return
        target = self.window
        if interview_id:
            self._open_interview(interview_id)
            target = self.window.editors.get(interview_id, self.window)
        target.show()
        target.showNormal() if target.isMinimized() else None
        target.raise_()
        target.activateWindow()

    def _try_writable(self) -> None:
        """Read-only because another Veldwerk was writing: once it is done, write again.
        (A read-only window holds no unsaved text, so it is simply rebuilt.)"""
        if self.context is None or not self.context.read_only:
            self._retry.stop()
            return
        folder = self.context.project.folder
        if not projects.free_to_write(folder):
            return
        entry = next((e for e in projects.list_projects(self.data_dir)
                      if e.folder == folder), None)
        if entry is None:
            return
        try:
            project = projects.open_project(folder, self.device)
        except VeldwerkError:
            return  # someone else was quicker; look again later
        self._retry.stop()
        old = self.window
        self.close_project()
        self._show(entry, project)
        if old is not None and self.window is not None:
            self.window.restoreGeometry(old.saveGeometry())

    def _tell_recovered(self, project: OpenProject) -> None:
        """Interrupted recordings were repaired on open: say so, calmly, once."""
        if not project.recovered or self.exit_when_ready:
            return
        lines = [self.app.translate("App", "Recording recovered: {duration}").format(
            duration=duration_text(item.duration_ms)) for item in project.recovered]
        box = QMessageBox(QMessageBox.Icon.Information,
                          self.app.translate("App", "Recording recovered"), "\n".join(lines),
                          parent=self.window)
        box.setInformativeText(self.app.translate(
            "App", "Veldwerk was closed while recording. Everything up to the last second "
                   "was saved and is attached to its interview."))
        box.exec()

    def _ready(self) -> None:
        """``--exit-when-ready``: say so (start-up is timed to this line), then quit."""
        print("ready", flush=True)
        QTimer.singleShot(0, self.app.quit)

    def restyle(self) -> None:
        """New language, text size or colours: apply them and rebuild the main window
        (closing it first saves every open editor)."""
        i18n.install(self.app, i18n.choose_language(self.lang, self.settings.language))
        appearance.apply(self.app, *appearance.settings_of(self.settings))
        if self.window is None or self.context is None:
            return
        old = self.window
        # The interviews open now are opened again (saved on closing) with the new style.
        reopen = [(interview_id, editor.saveGeometry())
                  for interview_id, editor in old.editors.items() if editor.isVisible()]
        # The new window is shown before the old one closes, so the app never has no
        # window (it would quit); if the old one may not close yet, the new one goes.
        fresh = MainWindow(self.context, self.switch, self.restyle)
        fresh.take_place_of(old)
        fresh.show()
        if not old.close():
            fresh.close()
            fresh.deleteLater()
            return
        old.deleteLater()
        self.window = fresh
        for interview_id, geometry in reopen:
            editor = fresh.open_editor(interview_id)
            editor.restoreGeometry(geometry)
            refit(editor)  # where it was, at the size the new text size wants
        refit_windows()  # any other window still open takes the new text size too

    def switch(self) -> None:
        """Other project…: choose first; cancelling keeps the project that is open."""
        from ui.start_dialog import StartDialog  # deferred: start-up

        dialog = StartDialog(self.data_dir, self.device, self.window)
        if not dialog.exec() or dialog.chosen is None:
            return
        if self.context is not None and dialog.chosen.folder == self.context.project.folder:
            return
        if self.window is not None and not self.window.close():
            return  # an editor keeps unsaved text: it said so, the project stays open
        self.close_project()
        if not self.open(dialog.chosen) and not self.forwarded:
            self.app.quit()

    def _offer_backup(self, entry: projects.ProjectEntry, exc: DamagedProject) -> bool:
        if not self.interactive:
            print(f"veldwerk: {exc}", file=sys.stderr)
            self.exit_code = 2
            return False
        box = QMessageBox(QMessageBox.Icon.Warning, self.app.translate("App", "Damaged project"),
                          exc.message)
        box.setInformativeText(exc.hint)
        use = None
        if exc.backup is not None:
            use = box.addButton(self.app.translate("App", "Open the backup"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if use is not None and box.clickedButton() is use and exc.backup is not None:
            restore_backup(entry.folder, exc.backup)
            return self.open(entry)
        return self.choose_project()

    def save_everything(self) -> bool:
        """Session manager: everything typed to disk, recordings stopped and kept."""
        return self.window.save_everything() if self.window is not None else True

    def shut_down(self) -> None:
        """A signal asked Veldwerk to stop: save, keep recordings, close, exit 0."""
        operations.cancel_all()  # background copies resume next time
        saved = self.save_everything()
        if self.window is not None:
            self.window.force_close()
        self.close_project()
        self.app.exit(0 if saved else 1)

    def close_project(self) -> None:
        self._retry.stop()
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.context is not None:
            self.context.close()
            self.context.deleteLater()
            self.context = None


def translate_no_project(folder: Path) -> str:
    return QApplication.translate("App", "No project in {folder}: run 'veldwerk demo', or "
                                  "create or join one in the app.").format(folder=folder)


def run(args: argparse.Namespace) -> int:
    folder = data_dir(args.data_dir)
    app = make_application()
    errors.setup_logging(folder / "logs")
    errors.install()
    chosen = settings.load(folder)
    i18n.install(app, i18n.choose_language(args.lang, chosen.language))
    if args.command == "screenshots":
        from ui.screenshots import render_screenshots  # deferred: start-up

        appearance.apply(app, args.scale, args.theme)
        return render_screenshots(app, folder, args.out, args.project,
                                  bool(getattr(args, "screen", None)))
    appearance.apply(app, *appearance.settings_of(chosen))
    shell = Veldwerk(app, folder, exit_when_ready=args.exit_when_ready)
    shell.lang = args.lang
    signals = ShutdownSignals(shell.shut_down)
    app.commitDataRequest.connect(lambda _manager: shell.save_everything())
    try:
        if not shell.start(args.project, args.interview, args.db):
            if shell.forwarded:
                print(app.translate("App", "Veldwerk is already open with this project; "
                                    "its window is in front now."))
                return 0
            return shell.exit_code or (1 if args.exit_when_ready else 0)
    except VeldwerkError as exc:
        print(f"veldwerk: {exc}", file=sys.stderr)
        return 2
    app.setQuitOnLastWindowClosed(True)
    # What start-up made (modules, Qt's wrappers) lives as long as the app: kept out of
    # the collector's sight, a full collection on the GUI thread no longer walks it all
    # (50-80 ms each, measured while a transcript filled in).
    gc.freeze()
    code = app.exec()
    signals.close()
    return code
