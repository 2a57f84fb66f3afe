"""The headless commands, run as a user would run them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import veldwerk


def veldwerk_cmd(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "veldwerk", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=120, check=False)


def test_version(tmp_path: Path) -> None:
    result = veldwerk_cmd(tmp_path, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"veldwerk {veldwerk.__version__}"


def test_demo_summary_and_changes(tmp_path: Path) -> None:
    made = veldwerk_cmd(tmp_path, "demo")
    assert made.returncode == 0, made.stderr
    again = veldwerk_cmd(tmp_path, "demo")
    assert again.stdout == made.stdout  # made once, then found

    result = veldwerk_cmd(tmp_path, "summary", "--json")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    summary = json.loads(lines[0])
    by_kind = summary["interviews"]["by_kind"]
    assert set(by_kind) == {"interview", "focus_group", "observation", "questionnaire", "story"}
    assert all(n > 0 for n in by_kind.values())
    assert summary["interviews"]["total"] >= 24
    assert summary["participants"] >= 12
    assert summary["unsent_changes"] > 0

    changes = veldwerk_cmd(tmp_path, "changes", "--since", "0", "--json")
    assert changes.returncode == 0, changes.stderr
    entries = [json.loads(line) for line in changes.stdout.splitlines()]
    assert len(entries) == summary["unsent_changes"]
    assert {"table", "key", "operation", "device", "sequence", "row"} <= set(entries[0])
    assert {e["table"] for e in entries} >= {"project", "interview", "note", "participant",
                                             "topic", "guide"}
    middle = entries[len(entries) // 2]["sequence"]
    later = veldwerk_cmd(tmp_path, "changes", "--since", str(middle), "--json")
    assert all(json.loads(line)["sequence"] > middle for line in later.stdout.splitlines())
    assert len(later.stdout.splitlines()) == sum(e["sequence"] > middle for e in entries)


def test_changes_needs_a_project_when_there_are_several(tmp_path: Path) -> None:
    veldwerk_cmd(tmp_path, "demo")
    from veldwerk import projects
    from veldwerk.paths import device

    projects.create_project(tmp_path, device(tmp_path), "Tweede project")
    result = veldwerk_cmd(tmp_path, "changes", "--since", "0")
    assert result.returncode == 2
    assert "--project" in result.stderr and "Tweede project" in result.stderr
    chosen = veldwerk_cmd(tmp_path, "--project", "tweede project", "changes", "--json")
    assert chosen.returncode == 0
    assert json.loads(chosen.stdout.splitlines()[0])["table"] == "project"
    words = veldwerk_cmd(tmp_path, "--project", "tweede project", "changes").stdout
    assert "project" in words.splitlines()[0] and "{" not in words, "plain lines by default"


def test_summary_reports_a_damaged_project_and_fails(tmp_path: Path) -> None:
    veldwerk_cmd(tmp_path, "demo")
    from veldwerk import projects

    entry = projects.list_projects(tmp_path)[0]
    (entry.folder / "project.sqlite").write_bytes(b"not a database at all" * 200)
    result = veldwerk_cmd(tmp_path, "summary", "--json")
    assert result.returncode == 1
    assert "damaged" in json.loads(result.stdout.splitlines()[0])["error"]


def test_core_imports_without_qt() -> None:
    """The core must work with PySide6 blocked (ARCHITECTURE.md, floors)."""
    code = (
        "import sys, pkgutil, importlib\n"
        "sys.modules['PySide6'] = None\n"
        "sys.modules['shiboken6'] = None\n"
        "import veldwerk\n"
        "for m in pkgutil.walk_packages(veldwerk.__path__, 'veldwerk.'):\n"
        "    if m.name != 'veldwerk.__main__' and '.migrations' not in m.name:\n"
        "        importlib.import_module(m.name)\n"
        "assert not any(k.startswith(('PySide6.', 'ui')) for k in sys.modules), 'Qt leaked'\n"
        "print('ok')\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_the_cores_log_lines_go_to_the_log_not_the_terminal(tmp_path: Path) -> None:
    """A warning of the core (here: a settings file that is not understood) is no bare
    English line on stderr, with what the file held: it goes to the data folder's log,
    without content, and the command says only what it has to say."""
    tmp_path.joinpath("settings.ini").write_text("geheime regel zonder kopje\n")
    result = veldwerk_cmd(tmp_path, "projects")
    assert result.returncode == 0
    assert result.stderr == ""
    logged = tmp_path.joinpath("veldwerk.log").read_text()
    assert "settings file" in logged and "geheime regel" not in logged
