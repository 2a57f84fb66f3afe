"""A team's whole project, headless, as three people would type it on three machines: the
coordinator makes a new project and sets it up by command; Anna's laptop delivers to a real
WebDAV share, Bram's to a USB stick that the coordinator's computer mounts elsewhere; both
take paper consent, make participants and interviews, write notes and import audio; the
coordinator approves each laptop by the fingerprint the laptop prints, merges, and its
receipts reach both laptops; an erasure reaches everyone, and afterwards no bundle file on
the share, the stick, an outbox or the inbox still holds the erased person's words; then
every export."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pyrage

from tests.components import dans_kit
from tests.core.test_field_day import tone
from tests.helpers.webdav import COORDINATOR, COORDINATOR_PASSWORD, PASSWORD, USER, webdav
from tests.realapp import veldwerk
from veldwerk.bundle import keys as keymod

PASSPHRASE = "vier losse woorden samen"
SECRET_WORDS = ("Zonnebloemstraat", "Jansen")  # what the erased person told and is called


def ok(data: Path, *args: str, env: dict[str, str] | None = None) -> str:
    done = veldwerk(data, "--lang", "en", *args, env=env)
    assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done.stdout


def field_work(data: Path, member: str, name: str, words: str, audio: Path
               ) -> tuple[str, str]:
    """A participant with paper consent, an interview with a note and a recording."""
    code = ok(data, "participant", "new", "--neighbourhood", "Elsrijk", "--name", name,
              "--age-band", "75-84").strip()
    ok(data, "consent", "paper", code, "--date", "2026-11-02", "--by", member,
       "--agree", "audio,quotes,group,archive", "--refuse", "contact")
    interview = ok(data, "interview", "new", "--kind", "interview", "--title", f"Bij {name}",
                   "--participant", code, "--neighbourhood", "Elsrijk", "--phase",
                   "Verkennen", "--interviewer", member).strip()
    assert "Saved" in ok(data, "note", "set", interview, "--topic", "1", words)
    ok(data, "audio", "import", interview, str(audio))
    return code, interview


def note_of(data: Path, interview: str) -> str:
    """The interview's first topic note, as stored on that machine."""
    db = next((data / "projects").glob("*/project.sqlite"))
    connection = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return str(connection.execute(
            "SELECT n.text FROM note n JOIN topic t ON t.id = n.topic_id WHERE "
            "n.interview_id = ? AND t.position = 0", (interview,)).fetchone()[0])
    finally:
        connection.close()


def bundles_holding(places: list[Path], keys: keymod.CoordinatorKeys) -> list[str]:
    """Every bundle file in these places that, decrypted, holds the secret words."""
    found = []
    for place in places:
        for path in place.rglob("*.age") if place.is_dir() else []:
            plain = pyrage.decrypt(path.read_bytes(), [keys.age])
            if any(word.encode() in plain for word in SECRET_WORDS):
                found.append(str(path))
    return found


def test_a_team_runs_a_whole_project(tmp_path: Path) -> None:
    boss, anna, bram = tmp_path / "coordinator", tmp_path / "anna", tmp_path / "bram"
    secret = {"VELDWERK_PASSPHRASE": PASSPHRASE}
    guide = tmp_path / "wonen.txt"
    guide.write_text("# Leidraad wonen\nWonen: Hoe woont u?\nBuurt: Wat mist u in de buurt?\n",
                     encoding="utf-8")
    audio = tone(tmp_path / "gesprek.wav", 2.0)

    # The coordinator's first hour, by command.
    ok(boss, "project", "new", "Buurt in beeld", "--keep-until", "2031-12-31")
    ok(boss, "neighbourhood", "add", "Elsrijk", "--prefix", "ELS")
    ok(boss, "phase", "add", "Verkennen")
    ok(boss, "team", "add", "Anna de Boer", "--role", "student")
    ok(boss, "team", "add", "Bram Smit", "--role", "co_researcher")
    ok(boss, "guide", "add", str(guide), "--name", "Wonen")
    key_file = tmp_path / "coordinator.veldwerkkeys"
    ok(boss, "keys", "new", "--out", str(key_file), env=secret)
    keys = keymod.load_coordinator_keys(key_file, PASSPHRASE)

    with webdav(tmp_path / "share") as server:
        (server.root / "team").mkdir()
        url = server.url + "team/"
        on_laptop, on_coordinator = tmp_path / "media" / "STICK", tmp_path / "E"
        on_laptop.mkdir(parents=True)
        ok(boss, "project", "export", "--member", "Anna de Boer", "--keys", str(key_file),
           "--out", str(tmp_path / "anna.veldwerkproject"), "--webdav", url, "--user", USER,
           env=secret)
        ok(boss, "project", "export", "--member", "Bram Smit", "--keys", str(key_file),
           "--out", str(tmp_path / "bram.veldwerkproject"), "--folder", str(on_laptop),
           env=secret)
        ok(boss, "delivery", "login", url, "--user", COORDINATOR)

        # Two laptops join and go to work.
        anna_env = {"VELDWERK_WEBDAV_PASSWORD": PASSWORD}
        shown = {}
        for data, member in ((anna, "Anna"), (bram, "Bram")):
            joined = ok(data, "project", "join", str(tmp_path / f"{member.lower()}"
                                                     ".veldwerkproject"))
            ok(data, "keys", "laptop", "--name", f"{member}'s laptop")
            shown[member] = json.loads(ok(data, "keys", "laptop", "--json"))["fingerprint"]
            assert shown[member] in joined, "joining shows the key to compare"
        riet, at_riet = field_work(anna, "Anna de Boer", "Riet Jansen",
                          "Riet woont al veertig jaar aan de Zonnebloemstraat.", audio)
        kees, _ = field_work(bram, "Bram Smit", "Kees de Wit", "Kees mist de bakker.", audio)
        assert riet.startswith("ELS-1") and kees.startswith("ELS-2"), "each laptop's block"
        assert "1 delivered" in ok(anna, "sync", env=anna_env)
        assert "1 delivered" in ok(bram, "sync")
        shutil.move(on_laptop, on_coordinator)  # the stick goes to the coordinator

        # The coordinator takes both in, approving each laptop by its fingerprint.
        boss_env = {**secret, "VELDWERK_WEBDAV_PASSWORD": COORDINATOR_PASSWORD}
        first = veldwerk(boss, "inbox", "import", str(on_coordinator), "--from-share",
                         "--identity", str(key_file), "--json", env=boss_env)
        assert sorted(json.loads(x)["status"] for x in first.stdout.splitlines()) == [
            "quarantined", "quarantined"], first.stderr
        listed = ok(boss, "devices", "list")
        for member in ("Anna", "Bram"):
            assert shown[member] in listed and f"{member}'s laptop" in listed
            ok(boss, "devices", "approve", shown[member], "--identity", str(key_file),
               env=boss_env)
        summary = ok(boss, "summary", "--json")
        assert json.loads(summary)["participants"] == 2
        # The takes travelled as their compressed copies (made by sync, as the app does).
        checked = veldwerk(boss, "--lang", "en", "audio", "check")
        assert checked.returncode == 0 and "2 of 2 media files ok" in checked.stderr, (
            checked.stdout, checked.stderr)
        assert "has its compressed copy" in ok(boss, "audio", "process"), "originals stayed"
        places = ok(boss, "delivery", "list")
        assert str(on_coordinator.resolve()) in places and COORDINATOR in places
        # The next round (as inbox watch makes them) tidies what was taken in.
        ok(boss, "inbox", "import", "--from-share", "--identity", str(key_file), env=boss_env)
        assert not list((server.root / "team").glob("*.age")), "taken in: off the share"
        assert not list(on_coordinator.glob("*.age")), "taken in: off the stick"

        # Receipts reach both laptops, each where it looks.
        shutil.move(on_coordinator, on_laptop)
        assert "1 receipt," in ok(anna, "sync", env=anna_env)
        assert "1 receipt," in ok(bram, "sync")
        for data in (anna, bram):
            assert "received by the coordinator" in ok(data, "outbox")

        # Anna and the coordinator change one note; the coordinator writes the two together,
        # and that text reaches Anna's laptop.
        ok(boss, "note", "set", at_riet, "--topic", "1", "Riet woont er veertig jaar.")
        ok(anna, "note", "set", at_riet, "--topic", "1", "Riet woont er al lang, met plezier.")
        assert "1 delivered" in ok(anna, "sync", env=anna_env)
        ok(boss, "inbox", "import", "--from-share", "--identity", str(key_file), env=boss_env)
        (conflict,) = [json.loads(x) for x in ok(boss, "conflicts", "list", "--json")
                       .splitlines()]
        assert "Anna de Boer" in ok(boss, "conflicts", "list")
        ok(boss, "conflicts", "resolve", conflict["short_id"], "--text",
           "Riet woont er veertig jaar, met plezier.", "--identity", str(key_file),
           env=boss_env)
        ok(anna, "sync", env=anna_env)
        assert note_of(anna, at_riet) == "Riet woont er veertig jaar, met plezier."
        assert list(server.root.rglob("resolution-*.json")), "sealed, on the share"

        # Riet withdraws on Anna's laptop; the erasure reaches the coordinator and Bram.
        ok(anna, "withdraw", riet, "--erase", "--reason", "wil niet meer")
        assert "1 delivered" in ok(anna, "sync", env=anna_env)
        shutil.move(on_laptop, on_coordinator)
        ok(boss, "inbox", "import", "--from-share", "--identity", str(key_file), env=boss_env)
        assert json.loads(ok(boss, "summary", "--json"))["participants"] == 1
        shutil.move(on_coordinator, on_laptop)
        ok(bram, "sync")
        ok(anna, "sync", env=anna_env)

        projects = [next((d / "projects").iterdir()) for d in (boss, anna, bram)]
        places_to_look = [server.root, on_laptop, *[p / "outbox" for p in projects],
                          projects[0] / "inbox", projects[0] / "incoming"]
        assert bundles_holding(places_to_look, keys) == [], "no bundle keeps her words"
        resolutions = [p for place in (server.root, projects[0] / "answers")
                       for p in place.rglob("resolution-*.json")]
        assert resolutions == [], "the resolution carried her note: it went too"

    # Every output, from the merged project.
    out = tmp_path / "out"
    ok(boss, "export", "csv", "--out", str(out / "csv"))
    ok(boss, "export", "qdpx", "--out", str(out / "project.qdpx"))
    ok(boss, "export", "docx", "--out", str(out / "docx"))
    ok(boss, "export", "report", "--out", str(out / "report.docx"))
    ok(boss, "export", "xlsx", "--out", str(out / "tables.xlsx"))
    ok(boss, "export", "archive", "--out", str(out / "archive.zip"), "--licence", "cc-by",
       "--rights-holder", "Buurt in beeld", "--access", "REQUEST_PERMISSION",
       "--contact", "Coördinator <coordinator@example.nl>")
    checked = subprocess.run([sys.executable, str(dans_kit()), str(out / "archive.zip")],
                             capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    # Read inside the zips (Word, REFI-QDA, the archive, the spreadsheet): their parts are
    # compressed. Neither the erased person's words nor the team's names (no one agreed to
    # be named) leave the app.
    unnamed = ("Anna de Boer", "Bram Smit")
    for made in out.rglob("*"):
        if not made.is_file():
            continue
        parts = [made.read_bytes()]
        if zipfile.is_zipfile(made):
            with zipfile.ZipFile(made) as packed:
                parts += [packed.read(name) for name in packed.namelist()]
        for word in (*SECRET_WORDS, *unnamed):
            assert not any(word.encode() in part for part in parts), (made, word)
    assert "Kees" in (out / "csv" / "notes.csv").read_text(encoding="utf-8-sig") or any(
        "bakker" in p.read_text(encoding="utf-8-sig") for p in (out / "csv").glob("*.csv"))
