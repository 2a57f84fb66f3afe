"""No row contents in error output: an import that fails on a row breaking a constraint,
whose statement's parameters carry a note's text, shows that text neither on the terminal
nor in a log; the log formatter writes our own messages, and of anything else only its
class and frames."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.helpers import merging
from tests.helpers import team as teams
from tests.helpers.quick_keys import quick_key_file
from veldwerk.errors import SafeFormatter, SyncError, safe_traceback

SECRET = "Mevrouw Jansen vertelde over haar zoon in de gevangenis"
PASSPHRASE = "vier woorden als zin"


def hostile_note_bundle(tmp_path: Path) -> tuple[teams.Coordinator, list[Path], Path]:
    """A correctly signed bundle whose note row carries SECRET and no interview (NOT NULL
    on note.interview_id breaks when the row is written)."""
    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        teams.field_work(project, "Bij Riet")

        def poison(session) -> None:  # type: ignore[no-untyped-def]
            seq, row = session.execute(text(
                "SELECT seq, row FROM change_log WHERE table_name = 'note'")).one()
            found = json.loads(row)
            found.update(text=SECRET, interview_id=None)
            session.execute(text("UPDATE change_log SET row = :r WHERE seq = :s"),
                            {"r": json.dumps(found), "s": seq})
        project.run(poison)
    bundles = merging.bundles_of(anna, tmp_path / "in")
    with boss.open() as project:
        merging.trust(project, anna)
    return boss, bundles, quick_key_file(boss.keys, tmp_path / "keys", PASSPHRASE)


def test_a_failing_import_shows_no_row_content(tmp_path: Path) -> None:
    boss, bundles, key_file = hostile_note_bundle(tmp_path)
    env = {**os.environ, "VELDWERK_PASSPHRASE": PASSPHRASE, "VELDWERK_LANG": "en"}
    done = subprocess.run(
        [sys.executable, "-m", "veldwerk", "--data-dir", str(boss.data), "inbox", "import",
         *map(str, bundles), "--identity", str(key_file)],
        capture_output=True, text=True, timeout=120, env=env)
    assert SECRET not in done.stderr and SECRET not in done.stdout, done.stderr
    assert "Traceback" not in done.stderr
    with boss.open() as project, project.session() as s:
        assert s.execute(text("SELECT count(*) FROM note")).scalar() == 0, "it did fail"
    said = done.stdout + done.stderr  # the bundle is refused, saying where, never what
    assert "refused" in said or "could not be taken in" in said, said
    assert "note" in said and "interview_id" in said, f"it names table and column: {said}"
    for log in boss.data.rglob("*.log"):
        assert SECRET not in log.read_text("utf-8", "replace")


def test_the_log_formatter_writes_no_foreign_text(tmp_path: Path) -> None:
    """Whatever the code logs (an exception with its traceback, an exception as an
    argument), a file log keeps class and frames only; our own messages stay whole."""
    from sqlalchemy import create_engine

    engine = create_engine("sqlite://")
    with engine.connect() as connection:
        connection.execute(text("CREATE TABLE note (id TEXT, text TEXT NOT NULL CHECK "
                                "(length(text) < 5))"))
        try:
            connection.execute(text("INSERT INTO note VALUES (:i, :t)"),
                               {"i": "n1", "t": SECRET})
        except Exception as exc:
            caught = exc
    assert SECRET in str(caught), "SQLAlchemy shows parameters unless told not to"
    path = tmp_path / "veldwerk.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(SafeFormatter("%(levelname)s %(message)s"))
    log = logging.getLogger("veldwerk.test-error-output")
    log.addHandler(handler)
    try:
        try:
            raise SyncError("A bundle was refused.") from caught
        except SyncError:
            log.exception("import failed")
        log.warning("background work failed: %s", caught)
        log.error(caught)
    finally:
        log.removeHandler(handler)
        handler.close()
    written = path.read_text("utf-8")
    assert SECRET not in written
    assert "A bundle was refused." in written and "IntegrityError" in written
    assert 'test_error_output.py", line' in written, "where it happened is kept"
    assert SECRET not in safe_traceback(caught)


def test_engines_hide_parameters(tmp_path: Path, entry) -> None:  # type: ignore[no-untyped-def]
    from veldwerk.store.engine import make_engine

    engine = make_engine(entry.folder / "project.sqlite")
    try:
        with engine.connect() as connection, pytest.raises(Exception) as raised:
            connection.execute(text("INSERT INTO note (id, text) VALUES (:i, :t)"),
                               {"i": "x", "t": SECRET})
    finally:
        engine.dispose()
    assert SECRET not in str(raised.value) and "note" in str(raised.value)
