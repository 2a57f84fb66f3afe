"""Text size and theme: one place that turns the user's settings into the app's font,
palette and stylesheet. Themes are data (``resources/themes/<name>.json``) so their
contrast can be checked by a test without drawing anything."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from veldwerk.resources import resources_dir
from veldwerk.settings import SCALES, THEMES, Settings

BASE_POINT_SIZE = 11


@dataclass(frozen=True)
class Theme:
    name: str
    style: str
    minimum_contrast: float
    palette: dict[str, str]
    disabled: dict[str, str]
    colours: dict[str, str]
    pairs: list[tuple[str, str]]

    def colour(self, name: str) -> str:
        return self.palette.get(name) or self.colours[name]


@cache
def load_theme(name: str) -> Theme:
    data = json.loads((resources_dir() / "themes" / f"{name}.json").read_text("utf-8"))
    return Theme(data["name"], data["style"], float(data["minimum_contrast"]),
                 data["palette"], data.get("disabled", {}), data["colours"],
                 [tuple(pair) for pair in data["pairs"]])  # type: ignore[misc]


def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours (1 to 21)."""
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
                  for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def resolve(theme: str) -> str:
    """'system' follows the desktop's light or dark setting."""
    if theme in THEMES and theme != "system":
        return theme
    hints = QGuiApplication.styleHints()
    dark = hasattr(hints, "colorScheme") and hints.colorScheme() == Qt.ColorScheme.Dark
    return "dark" if dark else "normal"


def palette_of(theme: Theme) -> QPalette:
    palette = QPalette()
    for role_name, colour in theme.palette.items():
        role = getattr(QPalette.ColorRole, role_name)
        palette.setColor(QPalette.ColorGroup.All, role, QColor(colour))
    for role_name, colour in theme.disabled.items():
        palette.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role_name),
                         QColor(colour))
    return palette


def stylesheet_of(theme: Theme) -> str:
    template = (resources_dir() / "themes" / "style.qss").read_text(encoding="utf-8")
    return re.sub(r"@([a-z_]+)", lambda m: theme.colours[m.group(1)], template)


def settings_of(settings: Settings) -> tuple[int, str]:
    return settings.text_scale, settings.theme


def apply(app: QApplication, scale: int = 100, theme: str = "system") -> Theme:
    """Set font size, palette and stylesheet for windows made from now on."""
    chosen = load_theme(resolve(theme))
    app.setStyle(chosen.style)
    app.setPalette(palette_of(chosen))
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * max(SCALES[0], min(SCALES[-1], scale)) / 100)
    app.setFont(font)
    app.setStyleSheet(stylesheet_of(chosen))
    app.setProperty("veldwerk_theme", chosen.name)
    return chosen


def accent(name: str) -> QColor:
    """A theme colour by name, for widgets that paint (markers, playhead)."""
    app = QApplication.instance()
    theme = load_theme(str(app.property("veldwerk_theme") or "normal")) if app else \
        load_theme("normal")
    return QColor(theme.colours.get(name) or theme.palette.get(name, "#000000"))
