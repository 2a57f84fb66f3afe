"""Language, text size and theme: saved per laptop, applied at once (the windows are
rebuilt, so every size and every word follows)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from ui import appearance
from ui.widgets import fill_combo, named
from veldwerk.settings import Settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        scale, theme = appearance.settings_of(settings)
        self.language = named(QComboBox(), self.tr("Language"))
        fill_combo(self.language, [(self.tr("Follow the computer"), "system"),
                                   ("Nederlands", "nl"), ("English", "en")],
                   settings.language)
        self.scale = named(QComboBox(), self.tr("Text size"))
        fill_combo(self.scale, [(f"{value} %", str(value)) for value in appearance.SCALES],
                   str(scale))
        self.theme = named(QComboBox(), self.tr("Colours"))
        fill_combo(self.theme, [
            (self.tr("Follow the computer (light or dark)"), "system"),
            (self.tr("Light"), "normal"), (self.tr("Dark"), "dark"),
            (self.tr("High contrast"), "high-contrast")], theme)
        self.story = named(QCheckBox(self.tr("Start in &story mode")),
                           self.tr("Start in story mode"),
                           self.tr("For co-researchers: open the step-by-step story screen "
                                   "when Veldwerk starts"))
        self.story.setChecked(settings.start_in_story_mode)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Text size"), self.scale)
        form.addRow(self.tr("&Colours"), self.theme)
        form.addRow(self.story)
        note = QLabel(self.tr("The windows are opened again with the new settings; nothing "
                              "you typed is lost."))
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        self.settings.language = str(self.language.currentData())
        self.settings.text_scale = int(self.scale.currentData())
        self.settings.theme = str(self.theme.currentData())
        self.settings.start_in_story_mode = self.story.isChecked()
        self.settings.save()
        self.accept()
