"""Secrets in the app: making keys leaves no plain copy of the recovery sheet on disk; it is
printed or saved where the coordinator chooses (0600 from the first byte) and the app says
where that copy is. The error handler logs and shows no row content."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text

from tests.helpers import team as teams
from tests.ui.conftest import make_context
from ui.sync.delivery_dialog import DeliveryDialog

SECRET = "Mevrouw Jansen vertelde over haar zoon in de gevangenis"


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def button(dialog: QDialog, name: str) -> QPushButton:
    (found,) = [b for b in dialog.findChildren(QPushButton) if b.accessibleName() == name]
    return found


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")
def test_the_recovery_sheet_goes_only_where_the_coordinator_says(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = os.umask(0o022)  # a desktop session's: what is not made private is 0644
    boss = teams.coordinator(tmp_path)
    context = make_context(boss.entry, boss.me, boss.data)
    dialog = DeliveryDialog(context, None)
    qtbot.addWidget(dialog)
    key_file = tmp_path / "keys.veldwerkkeys"
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(
        lambda *_a, **_k: ("vier woorden als zin", True)))
    chosen = [str(key_file)]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *_a, **_k: (chosen[0], "")))
    try:
        button(dialog, "Make keys").click()
        qtbot.waitUntil(lambda: not dialog.sheet.isHidden(), timeout=30000)
        assert mode(key_file) == 0o600
        assert "no copy of it is on disk" in dialog.done_label.text()
        on_disk = [p for p in tmp_path.rglob("*") if p.is_file()
                   and b"AGE-SECRET-KEY-1" in p.read_bytes()]
        assert on_disk == [], "the sheet is on the screen only"

        chosen[0] = str(tmp_path / "sheet.txt")
        button(dialog, "Save the recovery sheet").click()
        assert mode(tmp_path / "sheet.txt") == 0o600
        assert "AGE-SECRET-KEY-1" in (tmp_path / "sheet.txt").read_text()
        said = dialog.done_label.text()
        assert str(tmp_path / "sheet.txt") in said and "plain text" in said

        chosen[0] = str(tmp_path / "sheet.pdf")
        button(dialog, "Save the recovery sheet").click()
        assert mode(tmp_path / "sheet.pdf") == 0o600
        assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
        assert str(tmp_path / "sheet.pdf") in dialog.done_label.text()

        printed = tmp_path / "printed.pdf"

        def print_to_file(self: QPrintDialog) -> int:  # the person chose "Print to file"
            self.printer().setOutputFileName(str(printed))
            return QDialog.DialogCode.Accepted.value
        monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
        button(dialog, "Print the recovery sheet").click()
        assert printed.read_bytes().startswith(b"%PDF") and mode(printed) == 0o600
        assert str(printed) in dialog.done_label.text()
    finally:
        os.umask(old)
        dialog.close()
        context.close()


def test_an_unexpected_database_error_is_logged_and_shown_without_content(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capfd: pytest.CaptureFixture[str]) -> None:
    from ui import errors

    engine = create_engine("sqlite://")  # not ours: it shows its parameters
    with engine.connect() as connection:
        connection.execute(text("CREATE TABLE note (id TEXT PRIMARY KEY, text TEXT)"))
        connection.execute(text("INSERT INTO note VALUES ('n1', 'x')"))
        with pytest.raises(Exception) as raised:
            connection.execute(text("INSERT INTO note VALUES (:i, :t)"),
                               {"i": "n1", "t": SECRET})
    assert SECRET in str(raised.value)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(
        box.text() + box.informativeText() + box.detailedText()) or 0)
    path = errors.setup_logging(tmp_path / "logs")
    try:
        errors.report(raised.value)
    finally:
        for handler in logging.getLogger().handlers[:]:
            if getattr(handler, "baseFilename", "") == str(path):
                logging.getLogger().removeHandler(handler)
                handler.close()
    written = path.read_text("utf-8")
    assert "IntegrityError" in written and "note.id" in written, "what and where"
    assert SECRET not in written
    assert shown and SECRET not in shown[0] and "IntegrityError" in shown[0]
    out, err = capfd.readouterr()
    assert SECRET not in out + err
