"""Start-up: ``veldwerk`` on the demo project until the list is painted, against a bare
PySide6 process that shows an empty QMainWindow after ``import sqlmodel``. Goal: <= 1.5."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import interleaved, report

FLOOR = """
import sqlmodel
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def main(runs: int = 9) -> bool:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        subprocess.run([sys.executable, "-m", "veldwerk", "--data-dir", str(data), "demo"],
                       check=True, env=env, capture_output=True)

        def ours() -> None:
            subprocess.run([sys.executable, "-m", "veldwerk", "--data-dir", str(data),
                            "--exit-when-ready"], check=True, env=env, capture_output=True)

        def floor() -> None:
            subprocess.run([sys.executable, "-c", FLOOR], check=True, env=env,
                           capture_output=True)

        ours()  # warm the file cache and build the translations once
        mine, bare = interleaved(ours, floor, runs)
    return report("start-up until the interview list is painted", mine, bare, 1.5)


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
