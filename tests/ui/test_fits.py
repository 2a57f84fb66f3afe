"""Every window and dialog fits the screen it is on, at 100 %, 150 % and 200 % text:
nothing a person must press or read lies outside the screen's room (``ui/fits.py``), what
does not fit scrolls inside the window. Three screens: a cheap 1366×768 laptop (room
1366×728 once the taskbar has its 40 px), a 1920×1080 screen at 150 % display scaling
(1280×720, room 1280×680), and 1920×1080. Each screen size is walked in a process of its
own (``tests/ui/fits_walk.py``): Qt's offscreen platform takes its screen size at start."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui import screens

ROOT = Path(__file__).resolve().parents[2]
SIZES = ["1366x768", "1280x720", "1920x1080"]
SCALES = [100, 150, 200]
WALKED = ["restyled_main", *screens.ALL]
# Story mode's window is being reworked to re-fit separately.
PENDING = {"story": "story window re-fit lands separately"}


@pytest.fixture(scope="module")
def walks(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """Screen size → text size → screen → what lies outside (walked once, when first asked)."""
    done: dict[str, dict] = {}

    class Walks(dict):
        def __missing__(self, size: str) -> dict:
            folder = tmp_path_factory.mktemp(f"fits-{size}")
            data = folder / "data"
            shutil.copytree(demo_template, data)
            out = folder / "outside.json"
            env = {**os.environ, "PYTHONPATH": os.pathsep.join(
                [str(ROOT), os.environ.get("PYTHONPATH", "")])}
            result = subprocess.run(
                [sys.executable, "-m", "tests.ui.fits_walk", str(data), size,
                 ",".join(map(str, SCALES)), str(out)], cwd=ROOT, env=env,
                capture_output=True, text=True, timeout=300)
            assert result.returncode == 0 and out.is_file(), result.stderr[-3000:]
            self[size] = json.loads(out.read_text(encoding="utf-8"))
            return self[size]

    return Walks(done)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("screen", WALKED)
def test_every_window_fits_the_screen(walks: dict, size: str, screen: str) -> None:
    found = {f"{scale} %": walks[size][str(scale)][screen] for scale in SCALES
             if walks[size][str(scale)][screen]}
    if found and screen in PENDING:
        pytest.xfail(PENDING[screen])
    assert found == {}, f"outside the {size} screen's room:\n" + "\n".join(
        f"{scale}: {line}" for scale, lines in found.items() for line in lines)


def test_the_check_finds_what_lies_outside(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    from ui.fits import outside

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("Toestemming"))
    button = QPushButton("Toestemming bevestigen")
    button.setMinimumHeight(400)
    layout.addWidget(button)
    window.show()
    assert outside(window, QRect(0, 0, 4000, 4000)) == []
    found = outside(window, QRect(0, 0, 4000, 300))
    assert any("needs at least" in line for line in found)
    assert any("Toestemming bevestigen" in line for line in found)
