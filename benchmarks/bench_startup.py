"""Start-up: ``veldwerk`` on the demo project until the interview list is painted, against
a bare PySide6 process that imports sqlmodel and paints an empty QMainWindow. Goal: <= 1.5.

Both processes print ``ready`` at their first paint; the time is from spawning the
process to reading that line (what a user waits for). Closing, which writes the
rotating backup, is not part of it.

Both sides run from compiled bytecode, as on a user's machine: a shell that sets
``PYTHONDONTWRITEBYTECODE`` would make only our side compile its source at every start
(the floor's libraries come with their ``.pyc`` from pip). The bytecode goes to a
temporary ``PYTHONPYCACHEPREFIX`` for both, written by the warming runs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import finish, report, sized

FLOOR = """
import sqlmodel
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("ready", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication([])
window = QMainWindow()
watch = Painted()
window.installEventFilter(watch)
window.show()
app.exec()
"""


def until_ready(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               env=env, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "ready":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{command[0]} never became ready")
    process.wait(timeout=60)
    return elapsed


def main(runs: int = sized(11, 1)) -> bool:
    import statistics

    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
               "PYTHONPYCACHEPREFIX": str(Path(folder) / "bytecode")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        data = Path(folder) / "data"
        subprocess.run([sys.executable, "-m", "veldwerk", "--data-dir", str(data), "demo"],
                       check=True, env=env, capture_output=True)
        ours = [shutil.which("veldwerk") or "veldwerk", "--data-dir", str(data),
                "--exit-when-ready"]
        floor = [sys.executable, "-c", FLOOR]
        until_ready(ours, env)  # warm the file cache and build the translations once
        until_ready(floor, env)
        mine: list[float] = []
        bare: list[float] = []
        for _ in range(runs):
            mine.append(until_ready(ours, env))
            bare.append(until_ready(floor, env))
    return report("start-up until the interview list is painted", statistics.median(mine),
                  statistics.median(bare), 1.5)


if __name__ == "__main__":
    finish(main())
