"""The app as a whole: the damaged-file path, and a real start until the list is painted."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import consent_to_audio
from ui.app import Veldwerk
from veldwerk import interviews, projects
from veldwerk.paths import Device
from veldwerk.store.project import DB_NAME


def test_damaged_project_offers_the_backup_and_opens_it(qapp: QApplication, data_dir: Path,
                                                        me: Device, monkeypatch,
                                                        no_modal_boxes: list[str]) -> None:
    entry = projects.create_project(data_dir, me, "Beschadigd")
    with projects.open_project(entry.folder, me) as project:
        project.run(lambda s: interviews.save(s, entry.id, interviews.InterviewDraft(
            title="Van voor de schade")))
    db = entry.folder / DB_NAME
    db.write_bytes(b"garbage" * 1000)

    def accept_offer(box: QMessageBox):  # type: ignore[no-untyped-def]
        return next(b for b in box.buttons()
                    if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)

    monkeypatch.setattr(QMessageBox, "clickedButton", accept_offer)
    shell = Veldwerk(qapp, data_dir, interactive=True)  # as if someone sat at the screen
    assert shell.open(entry)
    assert no_modal_boxes and "damaged" in no_modal_boxes[0]
    assert shell.window is not None and shell.window.model.total == 1
    assert list(entry.folder.glob(f"{DB_NAME}.damaged-*")), "the damaged file is kept aside"
    shell.close_project()


def test_veldwerk_starts_until_the_list_is_painted(tmp_path: Path) -> None:
    command = shutil.which("veldwerk")
    if command is None:
        pytest.skip("the veldwerk command is not installed (pip install -e .)")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    made = subprocess.run([sys.executable, "-m", "veldwerk", "--data-dir", str(tmp_path),
                           "demo"], capture_output=True, text=True, env=env, timeout=120)
    assert made.returncode == 0, made.stderr
    started = subprocess.run([command, "--data-dir", str(tmp_path), "--exit-when-ready"],
                             capture_output=True, text=True, env=env, timeout=120)
    assert started.returncode == 0, started.stderr
    assert started.stdout.strip() == "ready"
    assert list((tmp_path / "projects").glob("*/backups/*-close.sqlite")), "closing backs up"


def test_the_app_tells_about_a_recovered_recording(qapp: QApplication, data_dir: Path,
                                                   me: Device,
                                                   no_modal_boxes: list[str]) -> None:
    from veldwerk.audio.recorder import Recorder
    from veldwerk.audio.wavfile import PcmFormat

    entry = projects.create_project(data_dir, me, "Opname")
    with projects.open_project(entry.folder, me) as project:
        interview_id = project.run(lambda s: interviews.save(
            s, entry.id, interviews.InterviewDraft())).id
        consent_to_audio(project, interview_id)
        recorder = Recorder(project, interview_id, PcmFormat(), "test")
        recorder.start()
        recorder.write(b"\1\0" * 16000 * 62)  # 62 seconds, then the laptop dies
        recorder._file.sync()  # type: ignore[union-attr]
        recorder._file.abandon()  # type: ignore[union-attr]
    shell = Veldwerk(qapp, data_dir)
    assert shell.open(entry)
    assert "Recording recovered: 1 min 2 s" in no_modal_boxes
    shell.close_project()
