"""Team screens: joining from the start dialog, the delivery status in the main window,
Sync now, the coordinator's tables closed on a laptop, and Project › Delivery… for both
the laptop and the coordinator."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.helpers import team as teams
from tests.ui.conftest import make_context
from ui.main_window import MainWindow
from ui.start_dialog import StartDialog
from ui.sync.delivery_dialog import DeliveryDialog
from veldwerk.bundle import keys as keymod
from veldwerk.bundle import projectfile
from veldwerk.sync import secrets
from veldwerk.sync.target import FOLDER, Target


def test_joining_from_the_start_dialog_opens_the_project(qtbot: QtBot, tmp_path: Path) -> None:
    boss = teams.coordinator(tmp_path)
    file = boss.project_file("Anna de Boer", tmp_path / "anna.veldwerkproject")
    data = tmp_path / "laptop"
    dialog = StartDialog(data, teams.device(data))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.join_file(file)
    assert dialog.chosen is not None and dialog.chosen.id == boss.entry.id
    bad = tmp_path / "bad.veldwerkproject"
    bad.write_text("{}")
    dialog2 = StartDialog(data, teams.device(data))
    qtbot.addWidget(dialog2)
    dialog2.join_file(bad)
    qtbot.waitUntil(lambda: bool(dialog2.error.text()), timeout=20000)
    assert "not a usable Veldwerk project file" in dialog2.error.text()


def test_the_status_bar_tells_what_waits_and_when_it_went(qtbot: QtBot, tmp_path: Path
                                                          ) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    _boss, (anna,) = teams.team(tmp_path, Target(FOLDER, str(stick)), members=("Anna de Boer",))
    with anna.open() as project:
        teams.field_work(project)
    context = make_context(anna.entry, anna.me, anna.data)
    window = MainWindow(context, lambda: None)
    qtbot.addWidget(window)
    try:
        assert window.sync is not None
        assert "changes waiting" in window.delivery.text()
        assert not window.act_setup.isEnabled() and not window.act_form.isEnabled()
        window.act_sync.trigger()
        qtbot.waitUntil(lambda: "Everything delivered" in window.delivery.text(),
                        timeout=30000)
        assert len(list(stick.glob("*.age"))) == 1
        dialog = DeliveryDialog(context, window.sync, window)
        qtbot.addWidget(dialog)
        assert dialog.outbox.rowCount() == 1
        assert dialog.outbox.item(0, 3).text() == "delivered"
        shown = dialog.laptop_key.text()  # what the coordinator compares before approving
        assert shown == keymod.device_fingerprint(anna.data) and len(shown) == 19
        dialog.laptop_name.setText("  Anna's   laptop ")
        button(dialog, "Save the laptop's name").click()
        assert dialog.laptop_name.text() == "Anna's laptop"
        assert teams.device(anna.data).name == "Anna's laptop"
        dialog.laptop_name.setText("")
        button(dialog, "Save the laptop's name").click()
        assert dialog.error.text() and teams.device(anna.data).name == "Anna's laptop"
        dialog.close()
    finally:
        window.close()
        context.close()


def test_the_coordinator_makes_keys_and_a_project_file(qtbot: QtBot, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    boss = teams.coordinator(tmp_path)
    context = make_context(boss.entry, boss.me, boss.data)
    dialog = DeliveryDialog(context, None)
    qtbot.addWidget(dialog)
    key_file, out = tmp_path / "keys.veldwerkkeys", tmp_path / "Bram.veldwerkproject"
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(
        lambda *_a, **_k: ("vier woorden als zin", True)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *_a, **_k: (str(key_file), "")))
    try:
        button(dialog, "Make keys").click()
        qtbot.waitUntil(lambda: not dialog.sheet.isHidden(), timeout=30000)
        assert "AGE-SECRET-KEY-1" in dialog.sheet.toPlainText()
        dialog.member.setCurrentText("Bram Smit")  # then where that member's laptop delivers
        dialog.location.setText(str(tmp_path / "inbox"))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(
            lambda *_a, **_k: (str(key_file), "")))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
            lambda *_a, **_k: (str(out), "")))
        button(dialog, "Make the project file").click()
        qtbot.waitUntil(lambda: "Project file for Bram Smit" in dialog.done_label.text(),
                        timeout=30000)
        found = projectfile.read_project_file(out)
        assert found.member["name"] == "Bram Smit" and found.target is not None
        assert found.target.location == str(tmp_path / "inbox")
        dialog.close()

        # Keys exist now: making others asks first and says what they would not do.
        again = DeliveryDialog(context, None)
        qtbot.addWidget(again)
        fp = keymod.fingerprint(found.coordinator["signing"])
        assert any(fp in label.text() for label in again.findChildren(QLabel))
        asked: list[str] = []
        monkeypatch.setattr(QMessageBox, "question", staticmethod(
            lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.No))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
            lambda *_a, **_k: pytest.fail("no file is asked for after No")))
        new_keys = button(again, "Make new keys")
        assert not new_keys.isDefault() and not new_keys.hasFocus()
        new_keys.click()
        assert len(asked) == 1 and fp in asked[0] and "trust" in asked[0]
        again.close()
    finally:
        dialog.close()
        context.close()


def button(dialog: QWidget, name: str) -> QPushButton:
    (found,) = [b for b in dialog.findChildren(QPushButton) if b.accessibleName() == name]
    return found


def test_the_coordinator_sees_each_laptops_place_and_gives_its_own_login(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.helpers import merging
    from veldwerk.sync import routes
    from veldwerk.sync.target import WEBDAV

    boss = teams.coordinator(tmp_path)
    share = Target(WEBDAV, "https://wolk.example.nl/remote.php/dav/files/team/", "anna")
    anna = teams.join(tmp_path, "anna", boss.project_file(
        "Anna de Boer", tmp_path / "anna.veldwerkproject", share))
    bram = teams.join(tmp_path, "bram", boss.project_file(
        "Bram Smit", tmp_path / "bram.veldwerkproject", Target(FOLDER, "/media/bram/STICK")))
    with boss.open() as project:
        merging.trust(project, anna, bram)
    context = make_context(boss.entry, boss.me, boss.data)
    dialog = DeliveryDialog(context, None)
    qtbot.addWidget(dialog)
    try:
        dialog.member.setCurrentIndex(dialog.member.findText("Bram Smit"))
        assert dialog.location.text() == "/media/bram/STICK" and dialog.kind_folder.isChecked()
        dialog.member.setCurrentIndex(dialog.member.findText("Anna de Boer"))
        assert dialog.kind_share.isChecked() and dialog.user.text() == "anna"

        places = dialog.laptops
        shown = {places.table.item(r, 0).text(): places.table.item(r, 3).text()
                 for r in range(places.table.rowCount())}
        assert "own login" in shown["Anna de Boer"] and "/media/bram/STICK" in shown["Bram Smit"]
        row = next(r for r in range(places.table.rowCount())
                   if places.table.item(r, 0).text() == "Bram Smit")
        places.table.selectRow(row)
        assert places.choose.isEnabled()
        mounted = tmp_path / "E"
        mounted.mkdir()
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(
            lambda *_a, **_k: str(mounted)))
        places.choose.click()
        qtbot.waitUntil(lambda: "Answers for" in dialog.done_label.text(), timeout=5000)
        row = next(r for r in range(places.table.rowCount())
                   if places.table.item(r, 0).text() == "Anna de Boer")
        places.table.selectRow(row)
        assert not places.choose.isEnabled(), "a share laptop has no stick to choose"

        logins = dialog.logins
        assert logins.share.currentData() == share.location and logins.user.text() == ""
        logins.user.setText("coordinator")
        logins.password.setText("app-password-c")
        logins.save.click()
        qtbot.waitUntil(lambda: "You read" in dialog.done_label.text()
                        or bool(dialog.error.text()), timeout=5000)
        with context.project.session() as s:
            assert routes.login(s, share.location) == "coordinator"
            answers = {lap.member: lap.answers_to for lap in routes.laptops(s)}
        assert str(mounted) in answers["Bram Smit"]
        assert "coordinator" in answers["Anna de Boer"]
        assert secrets.password(Target(WEBDAV, share.location, "coordinator")) == (
            "app-password-c"), "typed: used until Veldwerk closes, also without a keyring"
    finally:
        dialog.close()
        context.close()


def test_the_laptop_sees_which_changes_wait_for_the_coordinator(qtbot: QtBot, tmp_path: Path
                                                                ) -> None:
    """A change of a record that is not the laptop's (here: an erasure of the
    coordinator's participant) waits; the receipt says so and Delivery shows it."""

    from tests.helpers import merging
    from veldwerk.merge import answers, inbox

    stick = tmp_path / "usb"
    stick.mkdir()
    boss, (anna,) = teams.team(tmp_path, Target(FOLDER, str(stick)), members=("Anna de Boer",))
    merging.erasure_of_the_coordinators_person(boss, anna)
    context = make_context(anna.entry, anna.me, anna.data)
    window = MainWindow(context, lambda: None)
    qtbot.addWidget(window)
    dialog = DeliveryDialog(context, window.sync, window)
    qtbot.addWidget(dialog)
    try:
        assert dialog.said.isHidden()
        button(dialog, "Sync now").click()
        qtbot.waitUntil(lambda: len(list(stick.glob("*.age"))) == 1, timeout=30000)
        with boss.open() as project:
            outcomes = inbox.import_files(project, boss.keys, [stick])
            assert outcomes[0].counts.waiting == 1
            answers.answer(project, boss.keys, outcomes)
        qtbot.waitUntil(lambda: window.sync is not None and not window.sync.running,
                        timeout=30000)
        button(dialog, "Sync now").click()
        qtbot.waitUntil(lambda: not dialog.said.isHidden(), timeout=30000)
        assert "waiting for the coordinator: 1, refused: 0" in dialog.said.text()
        assert "waits for the coordinator" in dialog.said.text()
    finally:
        dialog.close()
        window.close()
        context.close()
