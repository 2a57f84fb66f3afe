"""Dashboard: the coordinator's figures (every grouped count, hours, consent, laptops) for
a project of 10,000 interviews against the same for 100 interviews (goal ratio <= 3)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from benchmarks.common import finish, median_of, report, sized

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(runs: int = sized(30, 3), big: int = sized(10_000, 300)) -> bool:
    from benchmarks.bench_interview_list import make_project
    from veldwerk.reports import dashboard

    with tempfile.TemporaryDirectory() as folder:
        small = make_project(Path(folder) / "small", 100)
        large = make_project(Path(folder) / "large", big)
        try:
            def figures(context):  # type: ignore[no-untyped-def]
                with context.project.session() as session:
                    return dashboard.figures(session)

            assert figures(large).interviews == big
            figures(small)  # warm both files' caches alike
            ours = median_of(lambda: figures(large), runs)
            floor = median_of(lambda: figures(small), runs)
        finally:
            for context in (small, large):
                context.project.close(make_backup=False)
    return report(f"dashboard of {big:,} interviews", ours, floor, 3, "ms")


if __name__ == "__main__":
    finish(main())
