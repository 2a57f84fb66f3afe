"""A newcomer's first hour on the command line: wrong folders and names get a clear line
and exit code 2, interviews can be found and made, words are plain and in Dutch when
asked, and a machine without a screen or Qt's libraries is told what to install."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.components import missing

OFFSCREEN = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "VELDWERK_LANG": "en"}


def run(data: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 120
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "veldwerk", "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=timeout,
                          env=env or {**os.environ, "VELDWERK_LANG": "en"})


def test_folders_and_names_that_are_not_there(tmp_path: Path) -> None:
    typo = tmp_path / "veldwrek"
    for args in (("summary",), ("projects",), ("interviews",)):
        done = run(typo, *args)
        assert done.returncode == 2 and "There is no Veldwerk data folder" in done.stderr
    assert not typo.exists(), "a mistyped folder is not made"
    empty = tmp_path / "leeg"
    empty.mkdir()
    done = run(empty, "interviews")
    assert done.returncode == 2 and "No project in" in done.stderr
    assert "veldwerk demo" in done.stderr
    app = run(empty, "--exit-when-ready", env=OFFSCREEN)
    assert app.returncode == 2 and "No project in" in app.stderr
    shots = run(empty, "screenshots", "--out", str(tmp_path / "shots"), env=OFFSCREEN)
    assert shots.returncode == 2 and "No project in" in shots.stderr
    assert not (empty / "projects").exists(), "no demo is made without asking"
    afile = tmp_path / "bestand.txt"
    afile.write_text("x")
    done = run(afile, "summary")
    assert done.returncode == 2 and "is a file, not a data folder" in done.stderr
    data = tmp_path / "data"
    assert run(data, "demo").returncode == 0
    for args in (("summary",), ("projects",), ("interviews",)):
        done = run(data, "--project", "nope", *args)
        assert done.returncode == 2 and "no project called nope" in done.stderr, args
    app = run(data, "--project", "nope", "--exit-when-ready", env=OFFSCREEN)
    assert app.returncode == 2 and "no project called nope" in app.stderr


def test_make_and_find_interviews_without_a_window(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run(data, "demo").returncode == 0
    people = [json.loads(line) for line in run(data, "participants", "--json")
              .stdout.splitlines()]
    assert len(people) >= 12 and {"code", "neighbourhood", "age_band", "consent"} <= set(
        people[0])
    assert not {"name", "phone", "email", "address"} & set(people[0])
    demo_names = json.loads((Path(__file__).parents[2] / "resources" / "demo" /
                             "demo_project.json").read_text(encoding="utf-8"))
    listed = run(data, "participants").stdout
    for person in demo_names.get("participants", []):
        name = person.get("name") if isinstance(person, dict) else None
        if name:
            assert name not in listed, "identifying details never appear"
    code = people[0]["code"]
    made = run(data, "interview", "new", "--kind", "interview", "--title", "Nieuw gesprek",
               "--participant", code, "--neighbourhood", "Elsrijk", "--starts",
               "2026-11-20T10:30")
    assert made.returncode == 0, made.stderr
    interview_id = made.stdout.strip()
    wrong = run(data, "interview", "new", "--kind", "observation", "--title", "x",
                "--participant", code)
    assert wrong.returncode == 2 and "‘Observation’ takes no participants" in wrong.stderr
    unknown = run(data, "interview", "new", "--kind", "interview", "--title", "x",
                  "--neighbourhood", "Nergens")
    assert unknown.returncode == 2 and "Known: Elsrijk" in unknown.stderr
    assert run(data, "note", "set", interview_id, "--topic", "1",
               "Woont er al veertig jaar.").returncode == 0
    piped = subprocess.run([sys.executable, "-m", "veldwerk", "--data-dir", str(data), "note",
                            "set", interview_id, "--free", "-"], input="Uit een spreadsheet\n",
                           capture_output=True, text=True, timeout=60)
    assert piped.returncode == 0, piped.stderr
    too_far = run(data, "note", "set", interview_id, "--topic", "99", "x")
    assert too_far.returncode == 2 and "there is no topic 99" in too_far.stderr
    found = [json.loads(line) for line in run(data, "interviews", "--json", "--text",
                                              "Nieuw gesprek").stdout.splitlines()]
    assert [f["id"] for f in found] == [interview_id]
    assert found[0]["participants"] == [code] and found[0]["neighbourhood"] == "Elsrijk"
    assert found[0]["kind"] == "interview" and found[0]["starts_at"].startswith("2026-11-20")
    by_code = run(data, "interviews", "--json", "--text", code).stdout
    assert interview_id in by_code
    changes = [json.loads(line) for line in run(data, "changes", "--json").stdout.splitlines()]
    texts = {c["row"].get("text") for c in changes if c["table"] == "note"}
    assert {"Woont er al veertig jaar.", "Uit een spreadsheet\n"} <= texts


def test_paths_and_pipes_end_in_one_plain_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run(data, "demo").returncode == 0
    afile = tmp_path / "uit"
    afile.write_text("x")
    export = run(data, "consent", "export", "--out", str(afile))
    assert export.returncode == 2 and "is a file, not a folder" in export.stderr
    assert "Traceback" not in export.stderr
    shots = run(data, "screenshots", "--out", str(afile), env=OFFSCREEN, timeout=60)
    assert shots.returncode == 2 and "is a file, not a folder" in shots.stderr
    interview_id = json.loads(run(data, "interviews", "--json").stdout.splitlines()[0])["id"]
    folder = run(data, "audio", "import", interview_id, str(tmp_path))
    assert folder.returncode == 2 and "is a folder, not an audio file" in folder.stderr
    no_office = {**os.environ, "VELDWERK_LANG": "en", "PATH": "/nonexistent"}
    pdf = subprocess.run([sys.executable, "-m", "veldwerk", "--data-dir", str(data), "consent",
                          "export", "--out", str(tmp_path / "forms"), "--pdf"],
                         capture_output=True, text=True, timeout=120, env=no_office)
    assert pdf.returncode == 1
    assert pdf.stderr.count("LibreOffice is not installed") == 1, pdf.stderr
    assert len(list((tmp_path / "forms").glob("*.docx"))) >= 10


def test_words_that_say_what_happened(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run(data, "demo").returncode == 0
    people = {p["code"]: p for p in map(json.loads, run(data, "participants", "--json")
                                        .stdout.splitlines())}
    stopped = next(c for c, p in people.items() if p["consent"] == "withdrawn")
    made = run(data, "interview", "new", "--kind", "interview", "--title", "Na terugtrekken",
               "--participant", stopped)
    refused = run(data, "record", made.stdout.strip(), "--input", "default", "--seconds", "1")
    assert refused.returncode == 2 and "withdrew" in refused.stderr
    assert "may not be recorded" in refused.stderr and "Take their consent" not in \
        refused.stderr
    code = next(c for c, p in people.items() if p["consent"] == "audio")
    assert run(data, "withdraw", code, "--erase", "--reason", "belde op").returncode == 0
    again = run(data, "withdraw", code, "--stop-use", "--reason", "nogmaals")
    assert again.returncode == 0 and "was erased earlier" in again.stdout
    plain = run(data, "summary").stdout
    for words in ("without audio", "stopped use", "erased"):
        assert words in plain
    dutch = run(data, "--lang", "nl", "--project", "nope", "summary")
    assert dutch.returncode == 2 and "Er is geen project" in dutch.stderr
    system = subprocess.run([sys.executable, "-m", "veldwerk", "--data-dir", str(data),
                             "withdraw", "XYZ-999", "--erase", "--reason", "x"],
                            capture_output=True, text=True, timeout=60,
                            env={**{k: v for k, v in os.environ.items()
                                    if k not in ("VELDWERK_LANG", "LC_ALL", "LANGUAGE")},
                                 "LANG": "nl_NL.UTF-8"})
    assert system.returncode == 2 and "Er is geen deelnemer met code XYZ-999" in system.stderr


def test_no_screen_and_missing_libraries_are_named(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run(data, "demo").returncode == 0
    no_screen = {k: v for k, v in os.environ.items()
                 if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = run(data, env=no_screen, timeout=60)
    assert done.returncode == 2
    assert "no screen" in done.stderr and "QT_QPA_PLATFORM=offscreen" in done.stderr
    # Hide one of Qt's libraries the way a bare server lacks it: an empty file over it, in
    # a mount namespace of this test's own.
    from ui.platform_check import XCB

    library = next((Path(p) for p in ("/usr/lib/x86_64-linux-gnu/libxcb-cursor.so.0",
                                      "/usr/lib/aarch64-linux-gnu/libxcb-cursor.so.0",
                                      "/lib/x86_64-linux-gnu/libxcb-cursor.so.0")
                    if Path(p).exists()), None)
    if library is None or shutil.which("unshare") is None or os.geteuid() != 0:
        missing("a way to hide a library", "needs root, unshare and libxcb-cursor0")
    assert "libxcb-cursor.so.0" in XCB
    script = (f"mount --bind /dev/null {library.resolve()} && "
              f"DISPLAY=:7 {sys.executable} -m veldwerk --data-dir {data}")
    x_socket = Path("/tmp/.X11-unix/X7")
    made_socket = not x_socket.exists()
    x_socket.parent.mkdir(exist_ok=True)
    if made_socket:
        x_socket.touch()  # "a screen is there"; the library check comes before connecting
    try:
        hidden = subprocess.run(["unshare", "--mount", "sh", "-c", script],
                                capture_output=True, text=True, timeout=60,
                                env={**no_screen, "QT_QPA_PLATFORM": "xcb"})
    finally:
        if made_socket:
            x_socket.unlink()
    assert hidden.returncode == 2, hidden.stderr
    assert "sudo apt-get install libxcb-cursor0" in hidden.stderr
    assert "Traceback" not in hidden.stderr


def test_a_plain_start_does_not_build_the_models() -> None:
    code = ("import sys\n"
            "from veldwerk import cli\n"
            "cli.build_parser()\n"
            "heavy = [m for m in ('sqlmodel', 'veldwerk.demo', 'veldwerk.domain.tables',\n"
            "         'PySide6') if m in sys.modules]\n"
            "print(heavy)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.stdout.strip() == "[]", done.stdout + done.stderr


@pytest.mark.parametrize("folder", ["ui"])
def test_screens_get_data_not_sessions(folder: str) -> None:
    """The window's code asks the core for what it shows; it does not query the database
    itself (ui/context.py is the one place that hands the core a session)."""
    import ast

    root = Path(__file__).parents[2] / folder
    offenders = []
    for path in sorted(root.rglob("*.py")):
        if path.name == "context.py" and path.parent == root:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([node.module or ""] if isinstance(node, ast.ImportFrom)
                     else [a.name for a in node.names] if isinstance(node, ast.Import) else [])
            for name in names:
                if name.split(".")[0] in ("sqlmodel", "sqlalchemy") or name.startswith(
                        "veldwerk.store"):
                    offenders.append(f"{path.relative_to(root.parent)}: {name}")
    assert offenders == []


# What a screen would do with a session if it queried the database itself.
SESSION_USES = {"get", "exec", "execute", "query", "add", "delete", "scalar", "scalars",
                "commit", "flush", "merge", "refresh", "connection"}


def test_screens_hand_the_session_to_the_core_only() -> None:
    """A session reaches a screen only as the argument ``context.read``/``write`` give
    the core's function; the screen never opens one or queries it (``s.get(Interview,
    id)``): the core answers what a screen asks."""
    import ast

    root = Path(__file__).parents[2] / "ui"
    offenders = []
    for path in sorted(root.rglob("*.py")):
        if path == root / "context.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, (ast.Lambda, ast.FunctionDef)):
                continue
            sessions = {a.arg for a in node.args.args} & {"s", "session"}
            for inner in ast.walk(node):
                used = (isinstance(inner, ast.Attribute) and isinstance(inner.value, ast.Name)
                        and inner.value.id in sessions and inner.attr in SESSION_USES)
                opened = (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute)
                          and inner.func.attr == "session")
                if used or opened:
                    offenders.append(f"{path.relative_to(root.parent)}:{inner.lineno}")
    assert sorted(set(offenders)) == []


def test_empty_lists_say_so_and_writes_confirm(tmp_path: Path) -> None:
    """A command that finds nothing says so; nothing prints JSON unless asked."""
    data = tmp_path / "data"
    data.mkdir()
    assert "No project in" in run(data, "summary").stdout
    assert "No project in" in run(data, "projects").stdout
    assert run(data, "project", "new", "Leeg", "--keep-until", "2031-01-01").returncode == 0
    expected = {("participants",): "No participants yet.",
                ("consent", "list"): "No participants yet.",
                ("recordings",): "No recordings yet.",
                ("interviews",): "No interviews yet",
                ("interviews", "--kind", "story"): "No interviews found.",
                ("devices", "list"): "No laptops yet",
                ("inbox", "list"): "Nothing has come in yet."}
    for args, words in expected.items():
        done = run(data, *args)
        assert done.returncode == 0 and words in done.stdout, (args, done.stdout, done.stderr)
        assert run(data, *args, "--json").stdout == "", args
    dutch = run(data, "--lang", "nl", "recordings")
    assert "Nog geen opnamen." in dutch.stdout, dutch.stdout

    assert run(data, "demo").returncode == 0
    demo = ["--project", "Langer thuis in de wijk (demo)"]
    interview = json.loads(run(data, *demo, "interviews", "--json").stdout.splitlines()[0])["id"]
    saved = run(data, *demo, "note", "set", interview, "--free", "Koffie bij de buren")
    assert saved.returncode == 0 and "Saved: the free notes" in saved.stdout, saved.stderr
    again = run(data, *demo, "note", "set", interview, "--free", "Koffie bij de buren")
    assert "Unchanged" in again.stdout
    people = run(data, *demo, "consent", "list").stdout
    assert "agreed to" in people and "{" not in people
    listed = run(data, *demo, "participants").stdout
    assert "no_audio" not in listed and "consent, " in listed
