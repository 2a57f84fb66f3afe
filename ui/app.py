"""Start the app: language, error handler, theme, then the project to work on."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import veldwerk
from ui import appearance, errors, i18n
from ui.context import ProjectContext
from ui.main_window import MainWindow
from veldwerk import projects
from veldwerk.errors import DamagedProject, VeldwerkError
from veldwerk.paths import data_dir, device
from veldwerk.store.project import OpenProject, restore_backup


def make_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Veldwerk")
    app.setOrganizationName("Veldwerk")
    app.setApplicationVersion(veldwerk.__version__)
    return app


class Veldwerk:
    """Holds the open project and its main window; switching closes the old one first."""

    def __init__(self, app: QApplication, folder: Path, exit_when_ready: bool = False) -> None:
        self.app, self.data_dir = app, folder
        self.device = device(folder)
        self.settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        self.exit_when_ready = exit_when_ready
        self.context: ProjectContext | None = None
        self.window: MainWindow | None = None
        app.aboutToQuit.connect(self.close_project)

    def start(self, key: str | None) -> bool:
        entry = None
        if key:
            entry = projects.find_project(self.data_dir, key)
        else:
            last = self.settings.value("last_project")
            found = [e for e in projects.list_projects(self.data_dir) if not e.problem]
            entry = next((e for e in found if e.id == last), None)
            if entry is None and len(found) == 1:
                entry = found[0]
        if entry is None:
            if self.exit_when_ready:
                print("veldwerk: no project to open (use --project)", file=sys.stderr)
                return False
            return self.choose_project()
        return self.open(entry)

    def choose_project(self) -> bool:
        from ui.start_dialog import StartDialog

        dialog = StartDialog(self.data_dir, self.device)
        if not dialog.exec() or dialog.chosen is None:
            return self.window is not None
        return self.open(dialog.chosen)

    def open(self, entry: projects.ProjectEntry) -> bool:
        try:
            project = projects.open_project(entry.folder, self.device)
        except DamagedProject as exc:
            return self._offer_backup(entry, exc)
        except VeldwerkError as exc:
            errors.report(exc)
            return self.choose_project() if not self.exit_when_ready else False
        self.close_project()
        self.context = ProjectContext(project, entry.id, self.settings, self.device)
        self.window = MainWindow(self.context, self.switch, self.restyle)
        self.settings.setValue("last_project", entry.id)
        if self.exit_when_ready:
            self.window.list_painted.connect(self._ready)
        self.window.show()
        self._tell_recovered(project)
        from ui.preferences_dialog import starts_in_story_mode

        if starts_in_story_mode(self.settings) and not self.exit_when_ready:
            self.window.show_story_mode()
        return True

    def _tell_recovered(self, project: OpenProject) -> None:
        """Interrupted recordings were repaired on open: say so, calmly, once."""
        if not project.recovered or self.exit_when_ready:
            return
        from veldwerk.audio.commands import duration_text

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
        i18n.install(self.app, i18n.choose_language(self.settings.value("language")))
        appearance.apply(self.app, *appearance.settings_of(self.settings))
        if self.window is None or self.context is None:
            return
        old = self.window
        # The new window is shown before the old one closes, so the app never has no
        # window (it would quit); if the old one may not close yet, the new one goes.
        fresh = MainWindow(self.context, self.switch, self.restyle)
        fresh.restoreGeometry(old.saveGeometry())
        fresh.show()
        if not old.close():
            fresh.close()
            fresh.deleteLater()
            return
        old.deleteLater()
        self.window = fresh

    def switch(self) -> None:
        if self.window is not None and not self.window.close():
            return
        self.close_project()
        if not self.choose_project():
            self.app.quit()

    def _offer_backup(self, entry: projects.ProjectEntry, exc: DamagedProject) -> bool:
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

    def close_project(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.context is not None:
            self.context.project.close()
            self.context = None


def run(args: argparse.Namespace) -> int:
    folder = data_dir(args.data_dir)
    app = make_application()
    errors.setup_logging(folder / "logs")
    errors.install()
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    i18n.install(app, i18n.choose_language(args.lang or settings.value("language")))
    if args.command == "screenshots":
        from ui.screenshots import render_screenshots

        appearance.apply(app, args.scale, args.theme)
        return render_screenshots(app, folder, args.out, args.project)
    appearance.apply(app, *appearance.settings_of(settings))
    shell = Veldwerk(app, folder, exit_when_ready=args.exit_when_ready)
    try:
        if not shell.start(args.project):
            return 1 if args.exit_when_ready else 0
    except VeldwerkError as exc:
        print(f"veldwerk: {exc}", file=sys.stderr)
        return 2
    app.setQuitOnLastWindowClosed(True)
    return app.exec()
