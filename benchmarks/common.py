"""Shared timing helpers: every benchmark reports its time next to a floor from the same run."""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# ``--quick`` (or VELDWERK_BENCH_QUICK=1): tiny sizes, so CI sees every benchmark still runs.
# Its figures say nothing about speed; a quick run fails only when something breaks.
QUICK = "--quick" in sys.argv or os.environ.get("VELDWERK_BENCH_QUICK") == "1"


def sized(full: Any, quick: Any) -> Any:
    return quick if QUICK else full


def finish(ok: bool) -> None:
    """Exit status of a benchmark: the goals count only in a full run."""
    if QUICK:
        print("(quick run: sizes too small for the ratios to mean anything)")
    sys.exit(0 if ok or QUICK else 1)


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def median_of(work: Callable[[], object], runs: int) -> float:
    return statistics.median(timed(work) for _ in range(runs))


def interleaved(ours: Callable[[], object], floor: Callable[[], object], runs: int
                ) -> tuple[float, float]:
    """Alternate the two so machine noise hits both alike; medians in seconds."""
    a: list[float] = []
    b: list[float] = []
    for _ in range(runs):
        a.append(timed(ours))
        b.append(timed(floor))
    return statistics.median(a), statistics.median(b)


def report(name: str, ours: float, floor: float, goal: float, unit: str = "ms") -> bool:
    scale = 1000.0 if unit == "ms" else 1.0
    ratio = ours / floor if floor else float("inf")
    verdict = "ok" if ratio <= goal else "OVER GOAL"
    print(f"{name:<44} {ours * scale:9.2f} {unit}   floor {floor * scale:9.2f} {unit}   "
          f"ratio {ratio:5.2f}  (goal <= {goal}) {verdict}", flush=True)
    return ratio <= goal


def consented_interview(folder: Path, name: str = "Bench"):  # type: ignore[no-untyped-def]
    """A new project with one interview whose participant signed the consent form
    (recording and importing need it); returns (project, interview id)."""
    from datetime import date

    from veldwerk import interviews, participants, projects
    from veldwerk.consent import records, templates
    from veldwerk.domain import Project
    from veldwerk.paths import device

    me = device(folder)
    entry = projects.create_project(folder, me, name)
    project = projects.open_project(entry.folder, me, purpose="benchmark")

    def make(session):  # type: ignore[no-untyped-def]
        row = session.get(Project, entry.id)
        row.retention_date = date(2030, 1, 1)
        session.add(row)
        session.flush()
        templates.ensure_defaults(session, entry.id)
        form = templates.current(session, entry.id, "nl")
        person = participants.save(session, entry.id, "P-001", None, "", "",
                                   participants.Identity())
        session.flush()
        interview = interviews.save(session, entry.id, interviews.InterviewDraft(
            participant_ids=[person.id]))
        records.take(session, project.media, records.ConsentDraft(
            participant_id=person.id, template_id=form.id,
            answers=dict.fromkeys(templates.SCOPES, True),
            strokes=[[(0.1 + 0.02 * n, 0.5) for n in range(40)]]))
        return interview.id

    return project, project.run(make)
