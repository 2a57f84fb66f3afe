"""Merge: importing a laptop's bundle of 10,000 interviews with notes into the
coordinator's project (decrypt, check, apply with every rule, commit) against raw sqlite3
``executemany`` of the same rows in one transaction (goal ratio <= 4); importing the same
bundle again against the first import (<= 0.05); the same import into a team database on a
real PostgreSQL server against psycopg ``COPY`` of the same rows in one transaction
(<= 6); peak memory while importing a 2 GB bundle (<= 250 MB)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import finish, report, sized


def _history(folder: Path, count: int) -> tuple[Any, Any, Path]:
    """A coordinator, a laptop that joined, and one bundle of ``count`` interviews each
    with a note (written through the ORM in one transaction, as many days of work)."""
    from tests.helpers import merging
    from tests.helpers import team as teams
    from veldwerk.domain import Interview, Note

    boss, (anna,) = teams.team(folder, members=("Anna de Boer",))
    with anna.open() as project:
        def work(session: Any) -> None:
            for n in range(count):
                interview = Interview(project_id=project.folder.name, title=f"Gesprek {n}",
                                      place="Buurthuis", summary="Over wonen en de buurt.")
                session.add(interview)
                session.add(Note(interview_id=interview.id, text=f"Aantekeningen {n}. " * 40))
        project.run(work)
    (bundle,) = merging.bundles_of(anna, folder / "in")
    with boss.open() as project:
        merging.trust(project, anna)
    return boss, anna, bundle


def _rows(bundle: Path, keys: Any) -> dict[str, list[dict[str, Any]]]:
    from veldwerk.bundle import opening

    with opening.open_bundle(bundle, keys) as opened:
        out: dict[str, list[dict[str, Any]]] = {}
        for entry in opened.entries:
            out.setdefault(entry["table"], []).append(entry["row"])
    return out


def merge(runs: int = sized(5, 2), count: int = sized(10_000, 200)) -> bool:
    from veldwerk import projects
    from veldwerk.merge import inbox

    with tempfile.TemporaryDirectory() as folder:
        boss, _anna, bundle = _history(Path(folder), count)
        rows = _rows(bundle, boss.keys)
        pristine = Path(folder) / "pristine"
        shutil.copytree(boss.entry.folder, pristine)
        firsts: list[float] = []
        agains: list[float] = []
        floors: list[float] = []
        for _ in range(runs):
            shutil.rmtree(boss.entry.folder)
            shutil.copytree(pristine, boss.entry.folder)
            project = projects.open_project(boss.entry.folder, boss.me, purpose="benchmark")
            try:
                start = time.perf_counter()
                (first,) = inbox.import_files(project, boss.keys, [bundle])
                firsts.append(time.perf_counter() - start)
                assert first.status == "imported", first.reason
                start = time.perf_counter()
                (again,) = inbox.import_files(project, boss.keys, [bundle])
                agains.append(time.perf_counter() - start)
                assert again.status == "present"
            finally:
                project.close(make_backup=False)
            floors.append(_floor(pristine, Path(folder) / "floor", rows))
    first_time = statistics.median(firsts)
    ok = report(f"import {count:,} interviews with notes", first_time,
                statistics.median(floors), 4, "s")
    ok &= report("import the same bundle again", statistics.median(agains), first_time, 0.05,
                 "s")
    return ok


def _floor(pristine: Path, work: Path, rows: dict[str, list[dict[str, Any]]]) -> float:
    """Raw sqlite3: the same rows into a copy of the same file, one transaction."""
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(pristine, work)
    connection = sqlite3.connect(work / "project.sqlite", isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    start = time.perf_counter()
    connection.execute("BEGIN")
    connection.execute("PRAGMA defer_foreign_keys = ON")
    for table, found in rows.items():
        columns = list(found[0])
        connection.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
            f"({', '.join('?' for _ in columns)})",
            [[json.dumps(r[c]) if isinstance(r[c], list | dict) else r[c] for c in columns]
             for r in found])
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed


def merge_server(runs: int = sized(5, 2), count: int = sized(10_000, 200)) -> bool:
    """The import into a team database on a throwaway PostgreSQL cluster, each run into a
    fresh copy of the coordinator's database (``CREATE DATABASE … TEMPLATE``)."""
    from tests.components import ComponentMissing, postgres_server
    from tests.helpers import team as teams
    from veldwerk import projects
    from veldwerk.merge import inbox

    with tempfile.TemporaryDirectory() as folder:
        try:
            with postgres_server(Path(folder) / "postgres", skip=False) as server:
                teams.SERVER = server
                try:
                    boss, _anna, bundle = _history(Path(folder), count)
                finally:
                    teams.SERVER = None
                rows = _rows(bundle, boss.keys)
                firsts: list[float] = []
                floors: list[float] = []
                for run in range(runs):
                    url = _fresh(boss.entry.url, f"run{run}")
                    project = projects.open_project(boss.entry.folder, boss.me,
                                                    purpose="benchmark", url=url)
                    try:
                        start = time.perf_counter()
                        (first,) = inbox.import_files(project, boss.keys, [bundle])
                        firsts.append(time.perf_counter() - start)
                        assert first.status == "imported", first.reason
                    finally:
                        project.close(make_backup=False)
                    floors.append(_copy_floor(_fresh(boss.entry.url, f"floor{run}"), rows))
        except ComponentMissing as missing:
            print(f"import into PostgreSQL: skipped ({missing})")
            return True
    return report(f"import {count:,} interviews into PostgreSQL", statistics.median(firsts),
                  statistics.median(floors), 6, "s")


def _fresh(url: str, name: str) -> str:
    """A copy of the coordinator's database as it was before any import."""
    import psycopg
    from sqlalchemy.engine import make_url

    source = make_url(url)
    with psycopg.connect(str(source.set(database="postgres")), autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}"')
        c.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source.database}"')
    return source.set(database=name).render_as_string(hide_password=False)


def _copy_floor(url: str, rows: dict[str, list[dict[str, Any]]]) -> float:
    """psycopg ``COPY`` of the same rows into a fresh copy of the database, one
    transaction: the fastest way PostgreSQL takes rows."""
    import psycopg

    with psycopg.connect(url) as connection:
        start = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            for table, found in rows.items():
                columns = list(found[0])
                with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                    for r in found:
                        copy.write_row([json.dumps(r[c]) if isinstance(r[c], list | dict)
                                        else r[c] for c in columns])
        connection.commit()
        return time.perf_counter() - start


def big_bundle(size: int = sized(2 << 30, 64 << 20)) -> bool:
    """Peak memory of importing one bundle that carries a ``size`` recording (a
    three-hour original sent as it is), in a process of its own."""
    import os
    import subprocess
    import sys

    from tests.helpers import merging
    from tests.helpers import team as teams
    from veldwerk.bundle import export
    from veldwerk.domain import Recording
    from veldwerk.ids import utcnow
    from veldwerk.mediastore import store_file

    with tempfile.TemporaryDirectory(dir=os.environ.get("VELDWERK_BENCH_DIR")) as folder:
        boss, (anna,) = teams.team(Path(folder), members=("Anna de Boer",))
        with anna.open() as project:
            interview = teams.field_work(project)
            raw = project.media / "incoming-big"
            with open(raw, "wb") as out:
                left = size
                while left > 0:
                    out.write(os.urandom(min(1 << 20, left)))
                    left -= 1 << 20
            name, digest = store_file(project.media, raw, "ogg")
            project.run(lambda s: s.add(Recording(
                interview_id=interview, state="ok", started_at=utcnow(), duration_ms=10_800_000,
                compressed_name=name, compressed_sha256=digest, compressed_size=size)))
            (made,) = export.export(project)
            bundle = made.file
        with boss.open() as project:
            merging.trust(project, anna)
        key_file = Path(folder) / "keys"
        from veldwerk.bundle import keys as keymod

        keymod.save_coordinator_keys(boss.keys, key_file, "vier woorden als zin")
        # The import in a process of its own. Unlocking the key file (age's scrypt, made
        # to be slow and memory-hard) peaks at ~580 MB by design; the peak is counted from
        # after it, over the import alone.
        child = (
            "import json, sys, time\n"
            "from pathlib import Path\n"
            "from veldwerk import projects\n"
            "from veldwerk.bundle import keys as keymod\n"
            "from veldwerk.merge import inbox\n"
            "from veldwerk.paths import device\n"
            "data, folder, key, bundle = map(Path, sys.argv[1:5])\n"
            "keys = keymod.load_coordinator_keys(key, 'vier woorden als zin')\n"
            "open('/proc/self/clear_refs', 'w').write('5')\n"
            "start = time.perf_counter()\n"
            "with projects.open_project(folder, device(data)) as project:\n"
            "    (outcome,) = inbox.import_files(project, keys, [bundle])\n"
            "elapsed = time.perf_counter() - start\n"
            "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0]\n"
            "print(json.dumps({'status': outcome.status, 'seconds': elapsed,\n"
            "                  'peak_mb': int(hwm.split()[1]) / 1024}))\n")
        done = subprocess.run([sys.executable, "-c", child, str(boss.data),
                               str(boss.entry.folder), str(key_file), str(bundle)],
                              capture_output=True, text=True)
        ok = done.returncode == 0
        facts = json.loads(done.stdout) if ok else {"status": done.stderr[-300:],
                                                     "seconds": 0, "peak_mb": 0}
        ok = ok and facts["status"] == "imported"
        elapsed, peak = facts["seconds"], facts["peak_mb"]
        if not ok:
            print(facts["status"])
    print(f"import a {size / (1 << 30):.2f} GB bundle              {elapsed:9.2f} s    peak "
          f"memory (RSS) {peak:.1f} MB (goal <= 250 MB) {'ok' if peak <= 250 else 'OVER GOAL'}")
    return ok and peak <= 250


if __name__ == "__main__":
    finish(merge() & merge_server() & big_bundle())
