"""Shared timing helpers: every benchmark reports its time next to a floor from the same run."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


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
