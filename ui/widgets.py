"""Small widgets every screen shares: inline errors, choice lists, named controls."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QListWidgetItem, QWidget


class ErrorLabel(QLabel):
    """Inline validation: says what is wrong right where it is, no exception dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineError")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Error"))
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))


def emphasise(label: QLabel, factor: float = 1.0, bold: bool = True) -> QLabel:
    """Larger or bolder than the application font, so it scales with the text size."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    label.setFont(font)
    return label


def local_datetime_text(value: QDateTime | object, long: bool = False) -> str:
    """A date and time in the user's locale, without a time-zone name."""
    stamp = value if isinstance(value, QDateTime) else QDateTime(value)  # type: ignore[call-overload]
    locale = QLocale()
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    time = locale.toString(stamp.time(), QLocale.FormatType.ShortFormat)
    return f"{locale.toString(stamp.date(), kind)} {time}"


def named(widget: QWidget, name: str, description: str = "") -> QWidget:
    """Give a control its accessible name (and description) in one line."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    return widget


def fill_combo(combo: QComboBox, items: Iterable[tuple[str, str | None]],
               current: str | None = None) -> None:
    """Items are (label, value); the value is kept as item data."""
    combo.blockSignals(True)
    combo.clear()
    for label, value in items:
        combo.addItem(label, value)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def fill_checklist(widget: QListWidget, items: Iterable[tuple[str, str]],
                   checked: Sequence[str]) -> None:
    widget.clear()
    for label, value in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in checked
                           else Qt.CheckState.Unchecked)
        widget.addItem(item)


def checked_values(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def px(value: float) -> int:
    """A size designed at 100 % text, scaled with the text-size setting (up to 200 %)."""
    from PySide6.QtWidgets import QApplication

    from ui.appearance import BASE_POINT_SIZE

    app = QApplication.instance()
    size = app.font().pointSizeF() if isinstance(app, QApplication) else BASE_POINT_SIZE
    return round(value * max(1.0, size / BASE_POINT_SIZE))


def fit_window(widget: QWidget, width: int, height: int) -> None:
    """Resize to a design size at the current text size, but never past the screen."""
    widget.setProperty("design_size", (width, height))  # screenshots use it unclamped
    width, height = px(width), px(height)
    screen = widget.screen() if widget.screen() is not None else None
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width()), min(height, room.height())
    widget.resize(width, height)
