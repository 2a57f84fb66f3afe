"""Alt+letter must do one thing per window: the letters a window's visible controls, tab
titles and menus underline, and where two of them share one."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a plain ampersand)."""
    at = 0
    while True:
        at = text.find("&", at)
        if at < 0 or at + 1 >= len(text):
            return None
        if text[at + 1] == "&":
            at += 2
            continue
        return text[at + 1].casefold()


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.window() is root.window()


def clashes(root: QWidget) -> list[str]:
    """Letters that more than one visible control of ``root``'s window answers to, and
    letters that two items of one menu share."""
    by_letter: dict[str, list[str]] = defaultdict(list)

    def add(text: str) -> None:
        letter = mnemonic(text)
        if letter:
            by_letter[letter].append(text.replace("&", ""))

    for button in root.findChildren(QAbstractButton):
        if _shown(button, root):
            add(button.text())
    for label in root.findChildren(QLabel):
        if _shown(label, root) and label.buddy() is not None:
            add(label.text())
    for tabs in root.findChildren(QTabWidget):
        if _shown(tabs, root):
            for index in range(tabs.count()):
                add(tabs.tabText(index))
    out = [f"Alt+{k.upper()}: {' / '.join(v)}" for k, v in sorted(by_letter.items())
           if len(v) > 1]
    if isinstance(root, QMainWindow):
        bar: dict[str, list[str]] = defaultdict(list)
        for action in root.menuBar().actions():
            letter = mnemonic(action.text())
            if letter:
                bar[letter].append(action.text().replace("&", ""))
            out += _menu_clashes(action.menu())
        # A menu title and a control of the window answer to the same Alt+letter.
        out += [f"Alt+{k.upper()}: {' / '.join(v + by_letter.get(k, []))}"
                for k, v in sorted(bar.items()) if len(v) + len(by_letter.get(k, [])) > 1]
    return out


def _menu_clashes(menu: QMenu | None) -> list[str]:
    if menu is None:
        return []
    letters: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        letter = mnemonic(action.text())
        if letter:
            letters[letter].append(action.text().replace("&", ""))
    title = menu.title().replace("&", "")
    return [f"{title} menu, {k.upper()}: {' / '.join(v)}" for k, v in sorted(letters.items())
            if len(v) > 1]
