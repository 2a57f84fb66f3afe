"""Interview list at scale: opening the list and applying a text filter with 10,000
interviews, against the same with 100. Goal: both ratios <= 2 (the list reads pages;
it never loads or builds widgets for every row)."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import finish, report, sized
from ui import operations

KINDS = ["interview", "focus_group", "observation", "questionnaire", "story"]


def make_project(folder: Path, count: int):  # type: ignore[no-untyped-def]
    from ui.context import ProjectContext
    from veldwerk import interviews, participants, projects, setup
    from veldwerk.paths import device
    from veldwerk.settings import Settings

    me = device(folder)
    entry = projects.create_project(folder, me, f"Schaal {count}")
    project = projects.open_project(entry.folder, me)

    def fill(s):  # type: ignore[no-untyped-def]
        setup.save_neighbourhoods(s, entry.id, [setup.NamedItem("Elsrijk", "ELS"),
                                                setup.NamedItem("Patrimonium", "PAT")])
        s.flush()
        hoods = setup.neighbourhoods(s)
        people = []
        for n in range(50):
            people.append(participants.save(s, entry.id, f"ELS-{n + 1:03d}", hoods[0].id, "",
                                            "", participants.Identity()))
        s.flush()
        for n in range(count):
            interviews.save(s, entry.id, interviews.InterviewDraft(
                kind=KINDS[n % 5], title=f"Gesprek {n} over de buurt",
                place="Buurthuis" if n % 3 else "Markt", neighbourhood_id=hoods[n % 2].id,
                summary="Over wonen, buren en de markt op donderdag." if n % 7 == 0 else "",
                participant_ids=[] if n % 5 == 2 else [people[n % 50].id]))

    project.run(fill)
    return ProjectContext(project, entry.id, Settings(), me)


WORDS = {"markt": "a third match", "ELS-01": "part of a code",
         "zwembad": "nothing matches"}


def measure(context, runs: int) -> tuple[float, dict[str, float]]:  # type: ignore[no-untyped-def]
    """Opening the list until painted; each filter until the list is painted again (the
    count of matches, made in the background, is not waited for)."""
    from ui.app import make_application
    from ui.main_window import MainWindow

    app = make_application()  # as the app: its collector runs on the GUI thread
    opens: list[float] = []
    filters: dict[str, list[float]] = {word: [] for word in WORDS}
    for _ in range(runs):
        start = time.perf_counter()
        window = MainWindow(context, lambda: None)
        painted: list[bool] = []
        window.list_painted.connect(lambda seen=painted: seen.append(True))
        window.show()
        while not painted:
            app.processEvents()
        opens.append(time.perf_counter() - start)
        for word in WORDS:
            window.search.setText("")  # each filter starts from the whole list
            window.apply_filters()
            app.processEvents()
            start = time.perf_counter()
            window.search.setText(word)
            window.apply_filters()  # what the search box's timer runs
            window.table.viewport().repaint()
            app.processEvents()
            filters[word].append(time.perf_counter() - start)
        window.close()
        window.deleteLater()
        while operations.pending():
            app.processEvents()
        app.processEvents()
    return statistics.median(opens), {w: statistics.median(t) for w, t in filters.items()}


def main(runs: int = sized(15, 2)) -> bool:
    from ui.app import make_application

    make_application()  # as the app: its collector runs on the GUI thread
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        small = make_project(Path(a), 100)
        large = make_project(Path(b), sized(10_000, 300))
        measure(small, 2)  # warm up Qt and the ORM
        small_open, small_filter = measure(small, runs)
        large_open, large_filter = measure(large, runs)
        small.project.close(make_backup=False)
        large.project.close(make_backup=False)
    ok = report("open the list: 10,000 vs 100 interviews", large_open, small_open, 2.0)
    for word, what in WORDS.items():
        ok = report(f"text filter '{word}' ({what})", large_filter[word], small_filter[word],
                    2.0) and ok
    return ok


if __name__ == "__main__":
    finish(main())
