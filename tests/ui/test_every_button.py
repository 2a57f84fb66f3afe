"""Every button and menu action of every screen is pressed, each on a freshly opened screen
over a fresh copy of its project (the demo, or a laptop that joined a team); nothing may
crash.

Why: the tests that call methods directly never pressed a button, so a button whose
``clicked(bool)`` reached a slot as data (Project settings' Add) crashed unseen. Here the
sweep finds what is pressable, presses it as a user would (``click()``, ``trigger()``),
and follows what appears: the other tabs, the form filled in (first rows, first answers,
a word typed), the controls a press revealed (a wizard's next step) and, one level deep,
the controls of a modal dialog that a press opened. A failure names the presses that led
to the crash: an exception in a slot (pytest-qt's capture), or a non-Veldwerk error that
reaches the error handler or a background operation's failure callback.

Modal things answer by themselves: message boxes (Yes), file dialogs (a real WAV or PNG,
or a file that is not what was asked; a new file or folder in the test's folder), input
dialogs (a passphrase), and every other ``QDialog.exec`` (shown, swept one level deep,
then rejected). Opening a file and the keyring are stubbed: nothing leaves the process.
"""

from __future__ import annotations

import re
import shutil
import sys
import wave
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt, QThreadPool, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QImage
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui import screens
from tests.ui.conftest import make_context
from ui import errors, operations
from ui.context import ProjectContext
from ui.main_window import MainWindow
from veldwerk import projects
from veldwerk.errors import Cancelled, VeldwerkError
from veldwerk.paths import device

# Buttons that cannot be pressed in a test, by accessible name, each with the reason.
# None so far: everything that would leave the process (file dialogs, opening a file,
# the keyring) is answered or stubbed instead.
EXCLUDED: dict[str, str] = {}

MAX_PRESSES = 4  # presses in one path: enough for a wizard's steps, bounded for time
SETTLE_MS = 30_000  # the longest a press may keep work running (a demo project is made)
PASSPHRASE = "een lange geheime zin voor de sleutels"
TYPED = "buurt"  # typed into empty text fields: a word the demo's notes hold


@dataclass(frozen=True)
class Control:
    """A button or an action, found again on a fresh screen by kind, name and place."""

    scope: str  # the screen, or the class of the modal dialog it is in
    kind: str  # "button" or "action"
    cls: str
    name: str
    page: tuple[int, ...]  # the page of each stacked widget (a wizard step, a tab) it is on
    nth: int  # among the same kind, class, name and page, in the window's child order

    def __str__(self) -> str:
        where = "".join(f" on page {n + 1}" for n in self.page)
        where += "" if self.nth == 0 else f" #{self.nth + 1}"
        return f"{self.scope}: {self.cls} {self.name!r}{where}"


@dataclass(frozen=True)
class Step:
    """One thing a user does: choose a tab, click the first row of every list, press."""

    what: str  # "tab", "choose" or "press"
    control: Control | None = None
    tab: tuple[int, int] = (0, 0)  # (which tab widget, which tab)

    def __str__(self) -> str:
        if self.what == "press":
            return f"press {self.control}"
        if self.what == "tab":
            return f"tab {self.tab[1] + 1} of tab widget {self.tab[0] + 1}"
        return "choose (first rows, first answers, first values)"


Steps = tuple[Step, ...]


def describe(path: Steps) -> str:
    return " → ".join(str(step) for step in path) or "(opening)"


def _label(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def button_name(button: QAbstractButton) -> str:
    return (button.accessibleName() or _label(button.text()) or button.toolTip()
            or button.objectName())


def buttons_of(root: QWidget) -> list[QAbstractButton]:
    """Every button of ``root``'s window, in creation order; a toolbar's buttons are its
    actions (pressed as actions), and another window's buttons belong to that window."""
    found = []
    for button in root.findChildren(QAbstractButton):
        if isinstance(button.parentWidget(), QToolBar):
            continue
        if button.window() is not root.window():
            continue
        found.append(button)
    return found


def actions_of(root: QWidget) -> list[QAction]:
    """The actions in ``root``'s menu bar (menus walked), toolbars and context menus."""
    found: list[QAction] = []

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            if action.isSeparator():
                continue
            if action.menu() is not None:
                walk(action.menu().actions())
            elif action not in found:
                found.append(action)

    if isinstance(root, QMainWindow) and root.menuWidget() is not None:
        walk(root.menuBar().actions())
    for bar in root.findChildren(QToolBar):
        walk(bar.actions())
    for widget in root.findChildren(QWidget):
        if widget.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu:
            walk(widget.actions())
    return found


def page_of(item: QWidget | QAction) -> tuple[int, ...]:
    """Which page of each stacked widget holds ``item``: stable, unlike the order of
    children, which changes as a stacked widget raises the page it shows."""
    pages: list[int] = []
    widget = item if isinstance(item, QWidget) else None
    while widget is not None:
        parent = widget.parentWidget()
        if isinstance(parent, QStackedWidget):
            pages.append(parent.indexOf(widget))
        widget = parent
    return tuple(reversed(pages))


def numbered(scope: str, kind: str, items: list[Any], name: Callable[[Any], str]
             ) -> list[tuple[Control, Any]]:
    counts: dict[tuple[str, str, tuple[int, ...]], int] = {}
    out = []
    for item in items:
        key = (item.metaObject().className(), name(item), page_of(item))
        out.append((Control(scope, kind, *key, counts.get(key, 0)), item))
        counts[key] = counts.get(key, 0) + 1
    return out


def controls(root: QWidget, scope: str) -> list[tuple[Control, Any]]:
    return (numbered(scope, "button", buttons_of(root), button_name)
            + numbered(scope, "action", actions_of(root), lambda a: _label(a.text())))


def pressable(root: QWidget, scope: str) -> list[Control]:
    """What a user could press now: shown and enabled."""
    return [control for control, item in controls(root, scope)
            if item.isVisible() and item.isEnabled()]


def tab_widgets(root: QWidget) -> list[QTabWidget]:
    return [t for t in root.findChildren(QTabWidget) if t.window() is root.window()]


def lists_of(root: QWidget) -> list[QAbstractItemView]:
    return [v for v in root.findChildren(QAbstractItemView)
            if not isinstance(v, QHeaderView) and v.window() is root.window()
            and v.isVisible() and v.isEnabled() and v.model() is not None
            and v.model().rowCount(QModelIndex()) > 0]


@dataclass
class Sweep:
    """Replays paths on fresh screens and collects what each one reveals."""

    qtbot: QtBot
    template: Path
    folder: Path
    screen: str
    crashes: list[str] = field(default_factory=list)
    seen: set[tuple[Control, bool]] = field(default_factory=set)  # and pressed chosen
    todo: deque[Steps] = field(default_factory=deque)
    missed: list[str] = field(default_factory=list)
    runs: int = 0
    _steps: Steps = ()
    _at: int = 0
    _observed: bool = False
    _depth: int = 0
    _run: int = 0

    # one run: a fresh project copy, a fresh screen, the steps, a look at what is there

    def run(self, path: Steps) -> None:
        self.runs += 1
        self._run += 1
        self._steps, self._at, self._observed = path, 0, False
        data = self.folder / f"run{self._run}"
        shutil.copytree(self.template, data)
        context = make_context(projects.list_projects(data)[0], device(data), data)
        try:
            with self.qtbot.captureExceptions() as raised:
                self._play(context)
                settle(self.qtbot)
            for exc in raised:
                self.crash(path, exc[1])
        finally:
            close_everything(self.qtbot)
            context.project.close(make_backup=False)

    def _play(self, context: ProjectContext) -> None:
        window = MainWindow(context, lambda: None)
        root = screens.open_screen(self.screen, window, context)
        if root is not window:
            window.show()
        root.show()
        settle(self.qtbot)
        self._continue(root, self.screen)
        if not self._observed and root.isVisible():
            self._observe(root, self.screen)

    def _continue(self, root: QWidget, scope: str) -> None:
        """Do the path's next steps in ``root`` (a modal dialog takes over from here)."""
        while self._at < len(self._steps):
            step = self._steps[self._at]
            self._at += 1
            if not root.isVisible():
                self.missed.append(f"{describe(self._steps)}: the window closed before "
                                   f"{step}")
                self._at = len(self._steps)
                self._observed = True
                return
            if step.what == "tab":
                tabs = tab_widgets(root)[step.tab[0]]
                tabs.setCurrentIndex(step.tab[1])
            elif step.what == "choose":
                fill_in(self.qtbot, root)
            else:
                assert step.control is not None
                found = dict(controls(root, scope)).get(step.control)
                if found is None or not found.isEnabled():
                    self.missed.append(f"{describe(self._steps)}: {step.control} not found")
                    self._at = len(self._steps)
                    self._observed = True
                    return
                press(found)
            settle(self.qtbot)

    def _observe(self, root: QWidget, scope: str) -> None:
        """Schedule a press of everything pressable that was not seen yet: as it is, on
        every other tab, and once more with the form filled in (a button often does its
        real work only once something is chosen)."""
        self._observed = True
        path = self._steps
        if sum(step.what == "press" for step in path) >= MAX_PRESSES:
            return
        self._schedule(path, pressable(root, scope))
        states: list[Steps] = [()]
        if not any(step.what == "tab" for step in path):
            for number, tabs in enumerate(tab_widgets(root)):
                if tabs.isVisible():
                    states += [(Step("tab", tab=(number, index)),)
                               for index in range(tabs.count()) if index != tabs.currentIndex()]
        for state in states:
            for step in state:
                tab_widgets(root)[step.tab[0]].setCurrentIndex(step.tab[1])
            settle(self.qtbot)
            self._schedule(path + state, pressable(root, scope))
            if not any(step.what == "choose" for step in path) and fill_in(self.qtbot, root):
                settle(self.qtbot)
                if root.isVisible():
                    self._schedule((*path, *state, Step("choose")), pressable(root, scope))
            if not root.isVisible():
                return

    def _schedule(self, path: Steps, found: list[Control]) -> None:
        chosen = any(step.what == "choose" for step in path)
        for control in found:
            if (control, chosen) not in self.seen:
                self.seen.add((control, chosen))
                if control.name not in EXCLUDED:
                    self.todo.append((*path, Step("press", control)))

    # modal dialogs opened by a press

    def modal(self, dialog: QDialog) -> int:
        """``QDialog.exec``: shown, the path goes on in it (one level deep), then rejected."""
        self._depth += 1
        try:
            dialog.show()
            settle(self.qtbot)
            if self._depth == 1:
                scope = dialog.metaObject().className()
                self._continue(dialog, scope)
                if not self._observed and dialog.isVisible():
                    self._observe(dialog, scope)
            settle(self.qtbot)
            if dialog.isVisible():
                dialog.reject()
            settle(self.qtbot)
            return QDialog.result(dialog)  # some dialogs name a label "result"
        finally:
            self._depth -= 1

    def crash(self, path: Steps, exc: BaseException) -> None:
        line = f"{describe(path)}: {type(exc).__name__}: {exc}"
        if line not in self.crashes:
            self.crashes.append(line)

    @property
    def current(self) -> Steps:
        return self._steps


def press(item: QAbstractButton | QAction) -> None:
    if isinstance(item, QAction):
        item.trigger()
    else:
        item.click()


def fill_in(qtbot: QtBot, root: QWidget) -> bool:
    """Do what a user does before pressing: give every dropdown that shows a placeholder
    ("(choose)", "(none)": no value yet) its first real value, type a word into every
    empty text field (not a search-as-you-type filter), answer every unanswered question
    with its first choice, and click the first row of every list. False if there was
    nothing to choose."""
    did = False
    for edit in [e for e in root.findChildren(QLineEdit) if e.window() is root.window()]:
        inner = isinstance(edit.parentWidget(), (QComboBox, QAbstractSpinBox))
        if (edit.isVisible() and edit.isEnabled() and not edit.isReadOnly() and not inner
                and not edit.text() and not edit.isClearButtonEnabled()):
            qtbot.keyClicks(edit, TYPED)
            did = True
    for text in [e for e in root.findChildren(QPlainTextEdit) if e.window() is root.window()]:
        if text.isVisible() and text.isEnabled() and not text.isReadOnly() and not \
                text.toPlainText():
            qtbot.keyClicks(text, TYPED)
            did = True
    for combo in [c for c in root.findChildren(QComboBox) if c.window() is root.window()]:
        placeholder = combo.currentText().startswith("(") and combo.currentText().endswith(")")
        if (combo.isVisible() and combo.isEnabled() and combo.currentData() is None
                and placeholder and combo.count() > 1 and combo.itemData(1) is not None):
            combo.setCurrentIndex(1)
            did = True
    groups: dict[int, list[QRadioButton]] = {}
    for radio in [r for r in root.findChildren(QRadioButton) if r.window() is root.window()]:
        owner = radio.group() or radio.parentWidget()
        groups.setdefault(id(owner), []).append(radio)
    for radios in groups.values():
        if not any(r.isChecked() for r in radios):
            first = next((r for r in radios if r.isVisible() and r.isEnabled()), None)
            if first is not None:
                first.click()
                did = True
    for view in lists_of(root):
        if not view.isVisible():
            continue
        column = 0
        if isinstance(view, QTableView):
            column = next((c for c in range(view.horizontalHeader().count())
                           if not view.isColumnHidden(c)), 0)
        index = view.model().index(0, column)
        rect = view.visualRect(index)
        if rect.isValid():
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            did = True
    return did


def settle(qtbot: QtBot) -> None:
    """Until every operation was delivered and the pool is idle (nothing slept away)."""
    pool = QThreadPool.globalInstance()
    QApplication.processEvents()
    if operations.pending() or pool.activeThreadCount():
        qtbot.waitUntil(lambda: operations.pending() == 0 and pool.activeThreadCount() == 0,
                        timeout=SETTLE_MS)
    QApplication.processEvents()


def close_everything(qtbot: QtBot) -> None:
    """Close every window (editors save, recordings stop and are kept), then free them."""
    for _ in range(3):
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        if not shown:
            break
        for widget in shown:
            widget.close()
        settle(qtbot)
    for widget in QApplication.topLevelWidgets():
        if not isinstance(widget, QMenu):
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    settle(qtbot)


# what answers the modal things


def sample_files(folder: Path) -> dict[str, Path]:
    """A file of each kind a dialog asks to open: real audio and a real picture, and for
    everything else a file that is not what was asked (a user picks the wrong one)."""
    folder.mkdir(parents=True, exist_ok=True)
    audio = folder / "opname.wav"
    with wave.open(str(audio), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(bytes(16000 * 2))
    picture = folder / "scan.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    image.save(str(picture))
    other = folder / "iets.veldwerkproject"
    other.write_text("dit is geen projectbestand\n", encoding="utf-8")
    return {"audio": audio, "picture": picture, "other": other}


def pick(files: dict[str, Path], filters: str) -> Path:
    lowered = filters.lower()
    if any(ext in lowered for ext in ("*.wav", "*.mp3", "*.m4a", "*.ogg", "*.flac", "*.opus")):
        return files["audio"]
    if any(ext in lowered for ext in ("*.png", "*.jpg", "*.jpeg", "*.pdf")):
        return files["picture"]
    return files["other"]


def suffix_of(filters: str) -> str:
    match = re.search(r"\*(\.[A-Za-z0-9]+)", filters)
    return match.group(1) if match else ""


def answer_modal_things(monkeypatch: pytest.MonkeyPatch, sweep: Sweep, folder: Path) -> None:
    """Every modal thing answers at once; a file opened for the user must exist."""
    files = sample_files(folder / "picked")
    made = iter(range(1, 10_000))

    def text_of(args: tuple[Any, ...], at: int) -> str:
        return str(args[at]) if len(args) > at else ""

    def open_name(*args: Any, **kwargs: Any) -> tuple[str, str]:
        filters = str(kwargs.get("filter", text_of(args, 3)))
        return str(pick(files, filters)), ""

    def open_names(*args: Any, **kwargs: Any) -> tuple[list[str], str]:
        return [open_name(*args, **kwargs)[0]], ""

    def save_name(*args: Any, **kwargs: Any) -> tuple[str, str]:
        filters = str(kwargs.get("filter", text_of(args, 3)))
        target = folder / f"saved{next(made)}"
        target.mkdir()
        return str(target / f"bestand{suffix_of(filters)}"), ""

    def directory(*_args: Any, **_kwargs: Any) -> str:
        target = folder / f"folder{next(made)}"
        target.mkdir()
        return str(target)

    def asked(*args: Any, **_kwargs: Any) -> QMessageBox.StandardButton:
        buttons = args[3] if len(args) > 3 else QMessageBox.StandardButton.Ok
        yes = QMessageBox.StandardButton.Yes
        return yes if (QMessageBox.StandardButton(buttons) & yes) else \
            QMessageBox.StandardButton.Ok

    def opened(url: QUrl) -> bool:
        if not Path(url.toLocalFile()).is_file():
            sweep.crash(sweep.current, FileNotFoundError(f"opened {url.toString()}"))
        return True

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(open_names))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(directory))
    monkeypatch.setattr(QFileDialog, "exec", lambda _d: int(QDialog.DialogCode.Rejected))
    monkeypatch.setattr(QPrintDialog, "exec", lambda _d: int(QDialog.DialogCode.Rejected))
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *_a, **_k: (PASSPHRASE, True)))
    monkeypatch.setattr(QInputDialog, "exec", lambda _d: int(QDialog.DialogCode.Rejected))
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(asked))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *_a, **_k: None))
    monkeypatch.setattr(QDialog, "exec", lambda dialog: sweep.modal(dialog))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened))


def record_unexpected_errors(monkeypatch: pytest.MonkeyPatch, sweep: Sweep) -> None:
    """A non-Veldwerk error that reaches the error handler, or that background work hands
    to a failure callback (which may show it quietly), is a crash."""
    original = errors.report

    def report(exc: BaseException, parent: QWidget | None = None) -> None:
        if not isinstance(exc, VeldwerkError):
            sweep.crash(sweep.current, exc)
        original(exc, parent)

    for module in [m for name, m in sys.modules.items() if name.split(".")[0] == "ui"]:
        if getattr(module, "report", None) is original:
            monkeypatch.setattr(module, "report", report)
    monkeypatch.setattr(errors, "report", report)
    finished = operations.Operation._finished

    def delivered(self: operations.Operation, result: Any, exc: BaseException | None) -> None:
        if exc is not None and not isinstance(exc, (VeldwerkError, Cancelled)):
            sweep.crash(sweep.current, exc)
        finished(self, result, exc)

    monkeypatch.setattr(operations.Operation, "_finished", delivered)


def joined_laptop(folder: Path, kind: str) -> Path:
    """A laptop that joined a coordinator's project, with some field work waiting: its
    main window and Delivery differ from the coordinator's. It delivers to a folder, or
    to a WebDAV share that does not answer (nothing listens on the discard port)."""
    from tests.helpers import team as teams
    from veldwerk.sync.target import FOLDER, WEBDAV, checked

    (folder / "share").mkdir()
    target = (checked(FOLDER, str(folder / "share")) if kind == FOLDER else
              checked(WEBDAV, "http://127.0.0.1:9/remote.php/dav/files/anna/veldwerk", "anna"))
    _boss, laptops = teams.team(folder, target, members=teams.MEMBERS[:1])
    with laptops[0].open() as project:
        teams.field_work(project)
    return laptops[0].data


@pytest.fixture(scope="module")
def laptop_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return joined_laptop(tmp_path_factory.mktemp("team"), "folder")


@pytest.fixture(scope="module")
def webdav_laptop_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return joined_laptop(tmp_path_factory.mktemp("team"), "webdav")


@pytest.fixture
def sweeping(qtbot: QtBot, tmp_path: Path, microphone: str, monkeypatch: pytest.MonkeyPatch,
             request: pytest.FixtureRequest) -> Iterator[Callable[[str, str], Sweep]]:
    assert not request.config.getini("qt_no_exception_capture"), \
        "pytest-qt must capture exceptions raised in slots"
    import keyring

    kept: dict[tuple[str, str], str] = {}  # never this computer's real keyring
    monkeypatch.setattr(keyring, "set_password",
                        lambda service, user, secret: kept.__setitem__((service, user), secret))
    monkeypatch.setattr(keyring, "get_password", lambda service, user: kept.get((service, user)))

    def start(template: str, screen: str) -> Sweep:
        folder = request.getfixturevalue(f"{template}_template")
        sweep = Sweep(qtbot, folder, tmp_path / "runs", screen)
        (tmp_path / "runs").mkdir()
        answer_modal_things(monkeypatch, sweep, tmp_path / "answers")
        record_unexpected_errors(monkeypatch, sweep)
        return sweep

    yield start


SCREENS = ([pytest.param("demo", screen, id=screen) for screen in screens.ALL]
           + [pytest.param(laptop, screen, id=f"{laptop}-{screen}")
              for laptop in ("laptop", "webdav_laptop") for screen in ("main", "delivery")])


@pytest.mark.parametrize(("template", "screen"), SCREENS)
def test_every_button_and_action_can_be_pressed(sweeping: Callable[[str, str], Sweep],
                                                template: str, screen: str) -> None:
    sweep = sweeping(template, screen)
    sweep.run(())
    while sweep.todo:
        sweep.run(sweep.todo.popleft())
    assert sweep.runs > 1, "nothing on this screen could be pressed"
    assert sweep.crashes == [], "\n".join(sweep.crashes)
    assert sweep.missed == [], "a replay did not find what it found before:\n" + "\n".join(
        sweep.missed)
    print(f"{template} {screen}: {sweep.runs} presses of {len(sweep.seen)} controls")
