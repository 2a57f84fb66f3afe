"""Small widgets every screen shares: inline errors, choice lists, named controls."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from ui.appearance import BASE_POINT_SIZE


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
    app = QApplication.instance()
    size = app.font().pointSizeF() if isinstance(app, QApplication) else BASE_POINT_SIZE
    return round(value * max(1.0, size / BASE_POINT_SIZE))


# What a screen without a desktop (the offscreen platform of the tests and screenshots)
# is taken to keep for itself: a taskbar along the bottom edge. A real desktop says what it
# keeps (``QScreen.availableGeometry``); the offscreen platform says nothing, so windows
# there are checked against the screen less this.
TASKBAR_PX = 40
# A window's title bar is drawn by the desktop, outside the size Qt resizes: a window is
# made this much lower than the room, so its bar fits too.
TITLE_BAR_PX = 30
FRAME_PX = 4  # and its border, left and right together


def available_area(widget: QWidget | None = None) -> QRect:
    """The part of the widget's screen (else the primary screen) that windows may use."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return QRect(0, 0, 1920, 1080)
    room = screen.availableGeometry()
    if QGuiApplication.platformName() in ("offscreen", "minimal") and \
            room == screen.geometry():
        room = room.adjusted(0, 0, 0, -TASKBAR_PX)
    return room


def fit_window(widget: QWidget, width: int, height: int) -> None:
    """Resize to a design size at the current text size, but never past the room on the
    screen (title bar included); :func:`refit` does it again for a new text size."""
    widget.setProperty("design_size", (width, height))  # screenshots use it unclamped
    room = available_area(widget)
    outer, inner = widget.frameGeometry(), widget.geometry()
    shown = widget.isVisible()
    bar = max(outer.height() - inner.height() if shown else 0, TITLE_BAR_PX)
    side = max(outer.width() - inner.width() if shown else 0, FRAME_PX)
    width, height = min(px(width), room.width() - side), min(px(height), room.height() - bar)
    widget.resize(width, height)
    if widget.isVisible():  # before the first show Qt places it (a dialog over its parent)
        keep_on_screen(widget)


def keep_on_screen(widget: QWidget) -> None:
    """Move a window whose frame reaches past the room back into it (top left first)."""
    if not widget.isWindow() or widget.windowState() & (Qt.WindowState.WindowMaximized
                                                        | Qt.WindowState.WindowFullScreen):
        return
    room = available_area(widget)
    frame = widget.frameGeometry()
    x = max(room.left(), min(frame.left(), room.right() + 1 - frame.width()))
    y = max(room.top(), min(frame.top(), room.bottom() + 1 - frame.height()))
    if (x, y) != (frame.left(), frame.top()):
        widget.move(x, y)


def refit(widget: QWidget) -> None:
    """Again at the current text size: a window made by :func:`fit_window` takes its design
    size for the new text size (within the screen's room), however it was resized before."""
    design = widget.property("design_size")
    if design and not widget.windowState() & (Qt.WindowState.WindowMaximized
                                              | Qt.WindowState.WindowFullScreen):
        fit_window(widget, int(design[0]), int(design[1]))


def refit_windows() -> None:
    """Every open window and dialog, after the text size changed."""
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            refit(widget)


def scrolled(content: QWidget | QLayout, name: str = "") -> QScrollArea:
    """Long content in a window: it scrolls inside the window (up and down; its width
    follows the window's), so the window's own buttons below it stay on the screen."""
    if isinstance(content, QLayout):
        host = QWidget()
        host.setLayout(content)
        content = host
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is in it
    if name:
        area.setAccessibleName(name)
    return area


class ElidedComboBox(QComboBox):
    """A choice list whose chosen text is cut short in the middle (…) when it is longer than
    the box; the open list and the tooltip show it whole. It never widens its window."""

    def __init__(self, parent: QWidget | None = None, characters: int = 14) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(characters)
        self.view().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.currentTextChanged.connect(self.setToolTip)

    def paintEvent(self, _event: object) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self)
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideMiddle, room.width() - 2)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class EmptyHint(QLabel):
    """What to do first, shown inside an item view while it has no rows (an empty box
    tells a newcomer nothing)."""

    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(text, view.viewport())
        self.view = view
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setObjectName("emptyHint")
        self.setAccessibleName(text)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)

    def follow(self, empty: bool | None = None) -> None:
        """Shown while the view's model is empty (or ``empty`` says so, for a model that
        reads page by page); call after each reload."""
        if empty is None:
            model = self.view.model()
            empty = model is None or model.rowCount() == 0
        self.setVisible(empty)
        if empty:
            self._place()

    def _place(self) -> None:
        room = self.view.viewport().rect().adjusted(px(16), px(16), -px(16), -px(16))
        self.setGeometry(room)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False
