"""A pad to sign on with a mouse, a finger or a pen; keeps strokes in 0..1 coordinates
(the core turns them into the PNG, so the image does not depend on the screen)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.widgets import px
from veldwerk.consent.signature import HEIGHT, WIDTH, Stroke


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strokes: list[Stroke] = []
        self.setMinimumSize(WIDTH // 2, HEIGHT // 2)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(px(220))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, False)  # touch -> mouse
        self.setAccessibleName(self.tr("Signature"))
        self.setAccessibleDescription(self.tr("Sign here with the mouse, a finger or a pen"))
        self.setCursor(Qt.CursorShape.CrossCursor)

    def _point(self, position: QPointF) -> tuple[float, float]:
        return (min(1.0, max(0.0, position.x() / max(1, self.width()))),
                min(1.0, max(0.0, position.y() / max(1, self.height()))))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.strokes.append([self._point(event.position())])
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.strokes and event.buttons() & Qt.MouseButton.LeftButton:
            self.strokes[-1].append(self._point(event.position()))
            self.update()

    def mouseReleaseEvent(self, _event: QMouseEvent) -> None:
        self.changed.emit()

    def clear(self) -> None:
        self.strokes = []
        self.update()
        self.changed.emit()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setPen(QPen(Qt.GlobalColor.darkGray, 1, Qt.PenStyle.DashLine))
        base = self.height() * 0.78
        painter.drawLine(QPointF(12, base), QPointF(self.width() - 12, base))
        painter.drawText(14, int(base) + 18, self.tr("Sign above the line"))
        painter.setPen(QPen(Qt.GlobalColor.black, 3, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        for stroke in self.strokes:
            points = [QPointF(x * self.width(), y * self.height()) for x, y in stroke]
            if len(points) == 1:
                painter.drawPoint(points[0])
            else:
                painter.drawPolyline(points)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()
