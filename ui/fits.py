"""Does every window fit its screen? What a person must press or read and that lies
outside the screen's room (``widgets.available_area``): for ``veldwerk screenshots
--screen`` and the fits test (``tests/ui/test_fits.py``).

A control counts where it can be seen: inside a scroll area's viewport it may be scrolled
away (the viewport is then what must be on the screen); anywhere else a parent that is
smaller than it cuts it off, which counts as outside too."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolBar,
    QWidget,
)

from ui.widgets import FRAME_PX, TITLE_BAR_PX, available_area

CHECKED = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QLabel)


def _global(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _is_viewport(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QAbstractButton, QLabel, QLineEdit)):
        text = widget.text()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    text = " ".join(text.replace("&", "").split())[:60]
    name = widget.accessibleName()
    said = repr(text) if text else ""
    if name and name != text:
        said = f"{said} ({name})" if said else repr(name)
    return f"{widget.metaObject().className()} {said}".rstrip()


def wanted(widget: QWidget) -> bool:
    """A control or text a person must press or read."""
    if not isinstance(widget, CHECKED) or widget.objectName().startswith("qt_"):
        return False
    if isinstance(widget, QLabel):
        return bool(widget.text().strip()) or not widget.pixmap().isNull()
    return True


def outside(root: QWidget, area: QRect | None = None) -> list[str]:
    """Every visible control or text in the window ``root`` that lies (partly) outside
    ``area`` (the screen's room), or is cut off by a parent that does not scroll."""
    area = area if area is not None else available_area(root)
    found: list[str] = []
    # A window smaller than its layout's minimum squeezes what is in it (the offscreen
    # platform keeps windows within the screen); on a desktop it grows past the screen.
    need = root.minimumSizeHint().expandedTo(root.minimumSize())
    if need.width() + FRAME_PX > area.width() or need.height() + TITLE_BAR_PX > area.height():
        found.append(f"{root.metaObject().className()} needs at least "
                     f"{need.width()}×{need.height()} (and its title bar): more than the "
                     f"screen's room of {area.width()}×{area.height()}")
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not wanted(widget) or widget.window() is not root \
                or widget.width() <= 0 or widget.height() <= 0:
            continue
        seen = _global(widget)
        where = ""
        node = widget
        while node is not root and node.parentWidget() is not None:
            parent = node.parentWidget()
            if _is_viewport(parent):
                # Scrolled content: it is reached by scrolling, so what must be seen is
                # the viewport that shows it.
                seen = _global(parent)
            elif not _global(parent).contains(seen):
                where = f"cut off by {parent.metaObject().className()}"
                break
            node = parent
        if not where and not area.contains(seen):
            where = (f"at {seen.x()},{seen.y()} {seen.width()}×{seen.height()}, "
                     f"the screen's room is {area.width()}×{area.height()}")
        if where:
            found.append(f"{describe(widget)}: {where}")
    for bar in root.findChildren(QToolBar):
        more = bar.findChild(QWidget, "qt_toolbar_ext_button")
        if bar.isVisible() and more is not None and more.isVisible():
            hidden = [a.text().replace("&", "") for a in bar.actions()
                      if a.isVisible() and not a.isSeparator()
                      and not (bar.widgetForAction(a) and bar.widgetForAction(a).isVisible())]
            found.append(f"QToolBar {bar.windowTitle()!r}: behind » {hidden}")
    return found


def offscreen_platform(width: int, height: int, folder: Path) -> str:
    """``QT_QPA_PLATFORM`` for Qt's offscreen platform with one screen of this size (its
    configuration file is written to ``folder``). Set it before the QApplication is made.
    That platform has no taskbar: ``widgets.available_area`` keeps ``TASKBAR_PX`` for one."""
    config = folder / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{
        "name": f"{width}x{height}", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "dpr": 1}]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


def screen_size(text: str) -> tuple[int, int]:
    """``1366x768`` → (1366, 768)."""
    width, _x, height = text.lower().replace("×", "x").partition("x")
    if not (width.isdigit() and height.isdigit()) or int(width) < 320 or int(height) < 240:
        raise ValueError(text)
    return int(width), int(height)
