"""No screen is born untranslated or unnamed: catalogue completeness and accessible names."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from tests.components import missing
from tests.ui import screens
from ui import i18n
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_dutch_catalogue_is_complete_for_the_current_sources(tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(ROOT / "packaging"))
    import update_translations

    if shutil.which("pyside6-lupdate") is None:
        missing("pyside6-lupdate", "PySide6's tools are not on PATH")
    copy = tmp_path / "veldwerk_nl.ts"
    shutil.copyfile(i18n.ts_path("nl"), copy)
    result = update_translations.update(copy)
    assert result.returncode == 0, result.stderr
    root = ET.parse(copy).getroot()
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                  or not (m.findtext("translation") or "").strip()]
    assert unfinished == [], f"untranslated strings: {unfinished}"


def test_catalogue_compiles_and_the_app_speaks_dutch(qapp, qtbot: QtBot, demo_context) -> None:
    assert i18n.compiled("nl") is not None
    i18n.install(qapp, "nl")
    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    assert window.search.placeholderText() == "Zoeken…"
    assert window.filters["neighbourhood_id"].itemText(0) == "Alle buurten"
    from veldwerk.errors import SaveFailed

    assert "schijf" in SaveFailed("notes", "x").hint  # the core speaks Dutch too
    i18n.install(qapp, "en")


def test_two_versions_of_the_catalogue_never_share_a_compiled_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache was one veldwerk_nl.qm for every install, fresh by date: a checkout beside
    another (or an upgrade whose .ts is older than the cached .qm) spoke the other's Dutch."""
    import os

    if i18n.lrelease() is None:
        missing("lrelease", "PySide6's tools are not installed")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    ours = tmp_path / "ours" / "veldwerk_nl.ts"
    theirs = tmp_path / "theirs" / "veldwerk_nl.ts"
    for source, word in ((ours, "Naam"), (theirs, "Titel")):
        source.parent.mkdir()
        source.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            '<TS version="2.1" language="nl_NL"><context><name>X</name><message>'
            f'<source>Name</source><translation>{word}</translation></message></context></TS>\n')
    os.utime(theirs, (1, 1))  # older than anything in the cache
    built = []
    for source in (ours, theirs, ours):
        monkeypatch.setattr(i18n, "ts_path", lambda _language, s=source: s)
        built.append(i18n.compiled("nl"))
    assert None not in built and built[0] != built[1] and built[0] == built[2]
    assert all(path.parent == tmp_path / "cache" / "Veldwerk" / "i18n" for path in built)


def unnamed_controls(root: QWidget) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own inner parts (a spin box's line edit): the outer control is named
        if widget.metaObject().className() in ("QScrollBar", "QTabBar", "QSplitterHandle",
                                                "QHeaderView", "QScrollArea", "QWidget"):
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        if not name.strip() and widget is not root:
            found.append(f"{widget.metaObject().className()} {widget.objectName()!r}")
    return found


@pytest.mark.parametrize("screen", screens.ALL)
def test_every_control_has_an_accessible_name(qtbot: QtBot, demo_context, screen: str) -> None:
    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    widget = screens.open_screen(screen, window, demo_context)
    qtbot.addWidget(widget)
    widget.show()
    QApplication.processEvents()
    assert unnamed_controls(widget) == []
    assert not_reached_by_tab(widget) == []
    widget.close()


def tab_stops(root: QWidget) -> list[QWidget]:
    """What Tab should visit: visible, enabled controls that take focus by Tab."""
    return [w for w in root.findChildren(QWidget)
            if w.isVisibleTo(root) and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.objectName().startswith("qt_")
            and w.metaObject().className() not in ("QScrollBar", "QTabBar", "QScrollArea",
                                                    "QSplitterHandle", "QWidget")
            and w.focusProxy() is None]


def not_reached_by_tab(root: QWidget) -> list[str]:
    """Press Tab (what Qt does for it) round the whole window; name what was never reached."""
    root.activateWindow()
    root.setFocus()
    wanted = tab_stops(root)

    def stop(widget: QWidget) -> int:
        # Radio buttons of one group, and the buttons of an exclusive group (a consent
        # choice's Yes and No), are one Tab stop; arrow keys choose within it.
        group = widget.group() if isinstance(widget, QAbstractButton) else None
        if group is not None and group.exclusive():
            return id(group)
        if isinstance(widget, QRadioButton):
            return id(widget.parentWidget())
        return id(widget)

    seen: set[int] = set()
    for _ in range(3 * len(wanted) + 10):
        root.focusNextChild()
        current = QApplication.focusWidget()
        if current is not None:
            seen.add(stop(current))
    return [f"{w.metaObject().className()} {w.accessibleName()!r}" for w in wanted
            if stop(w) not in seen]
