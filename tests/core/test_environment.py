"""Say out loud when a component is missing, so a skipped UI suite is never silent."""

from __future__ import annotations

from tests.components import missing
from tests.conftest import QT_PROBLEM


def test_qt_widgets_load() -> None:
    if QT_PROBLEM is not None:
        missing("Qt's widgets (the UI tests were not run)",
                f"{QT_PROBLEM}; install libegl1 libgl1 libxkbcommon0 libfontconfig1 "
                "libdbus-1-3 (Debian names)")
    import PySide6.QtWidgets

    assert PySide6.QtWidgets.QApplication is not None
