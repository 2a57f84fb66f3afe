"""A consent choice's answer: Yes and No as two large buttons right under the statement
they answer. The chosen one is plain to see without colour: filled, bold, with a check
mark (and coloured in every theme: ``QPushButton#answer:checked`` in the stylesheet)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import named, px

TARGET = 44  # the smallest answer button at 100 % text (WCAG's target size), grown by px()
MAX_WIDTH = 900  # a statement and its answers stay together, also in a maximised window


class AnswerButton(QPushButton):
    """Checkable; says ✓ before its word while it is the chosen answer."""

    def __init__(self, word: str, parent: QWidget | None = None) -> None:
        super().__init__(word, parent)
        self.word = word
        self.setObjectName("answer")
        self.setCheckable(True)
        self.setAutoDefault(False)
        self.setMinimumSize(px(TARGET * 2.5), px(TARGET))
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.toggled.connect(self._show_choice)
        self._show_choice(False)

    def _show_choice(self, chosen: bool) -> None:
        self.setText(f"✓ {self.word}" if chosen else self.word)
        font = self.font()
        font.setBold(chosen)
        self.setFont(font)
        self.setAccessibleDescription(QCoreApplication.translate("Answers", "Chosen")
                                      if chosen else
                                      QCoreApplication.translate("Answers", "Not chosen"))


def answer_row(owner: QWidget, statement: str, font: QFont | None = None
               ) -> tuple[QWidget, QButtonGroup]:
    """The statement, and under it its Yes (id 1) and No (id 0)."""
    host = QWidget()
    host.setMaximumWidth(px(MAX_WIDTH))
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, px(4), 0, px(8))
    label = QLabel(statement)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    group = QButtonGroup(owner)
    group.setExclusive(True)
    buttons = QHBoxLayout()
    translate = QCoreApplication.translate
    for word, name, value in ((translate("Answers", "Yes"),
                               translate("Answers", "Yes: {label}"), 1),
                              (translate("Answers", "No"), translate("Answers", "No: {label}"),
                               0)):
        button = named(AnswerButton(word), name.format(label=statement))
        if font is not None:
            button.setFont(font)
            button._show_choice(False)
        group.addButton(button, value)
        buttons.addWidget(button)
    buttons.addStretch(1)
    if font is not None:
        label.setFont(font)
    label.setBuddy(group.button(1))
    layout.addWidget(label)
    layout.addLayout(buttons)
    return host, group
