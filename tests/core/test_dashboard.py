"""The coordinator's dashboard figures: counts per neighbourhood, phase, kind,
interviewer and status that leave out the recycle bin, hours, and the laptops."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import merging
from tests.helpers import team as teams
from veldwerk import interviews, recycle, setup
from veldwerk.domain import Interview, Recording
from veldwerk.ids import utcnow
from veldwerk.merge import inbox
from veldwerk.reports import dashboard


def test_the_figures_count_what_is_there_and_not_the_bin(tmp_path: Path) -> None:
    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        kept = [teams.field_work(project, f"Gesprek {n}") for n in range(3)]
        binned = teams.field_work(project, "Weg")

        def work(s):  # type: ignore[no-untyped-def]
            anna_id = setup.team(s)[0].id
            for interview_id in (kept[0], binned):
                draft = interviews.draft_of(s, s.get(Interview, interview_id))
                draft.interviewer_ids = [anna_id]
                interviews.save(s, project.folder.name, draft, interview_id)
            s.add(Recording(interview_id=kept[1], state="ok", started_at=utcnow(),
                            duration_ms=5_400_000))
            s.add(Recording(interview_id=binned, state="ok", started_at=utcnow(),
                            duration_ms=3_600_000))
            s.add(Interview(project_id=project.folder.name, title="Zonder buurt",
                            kind="observation"))
        project.run(work)
        project.run(lambda s: recycle.delete_interview(s, binned))
    with boss.open() as project:
        merging.trust(project, anna)
        inbox.import_files(project, boss.keys, merging.bundles_of(anna, tmp_path / "in"))
        with project.session() as s:
            found = dashboard.figures(s)
    assert found.interviews == 4
    assert found.by_neighbourhood == [("Elsrijk", 3), ("(none)", 1)]
    assert dict(found.by_kind) == {"interview": 3, "observation": 1}
    assert found.by_interviewer == [("(none)", 3), ("Anna de Boer", 1)]
    assert found.recorded_hours == 1.5 and found.recordings == 1
    (laptop,) = found.laptops
    assert (laptop.bundles, laptop.status) == (1, "approved")
    assert laptop.applied_through > 0


def test_the_charts_are_pngs_with_every_bar_and_a_bad_folder_is_said(tmp_path: Path) -> None:
    import struct

    from tests.realapp import veldwerk
    from veldwerk.reports import charts

    data = tmp_path / "data"
    assert veldwerk(data, "demo").returncode == 0
    drawn = veldwerk(data, "--lang", "nl", "dashboard", "--png", str(tmp_path / "charts"))
    assert drawn.returncode == 0, drawn.stderr
    files = sorted(Path(line) for line in drawn.stdout.splitlines() if line.endswith(".png"))
    assert [f.name for f in files] == sorted(
        f"{name}.png" for name in ("by-neighbourhood", "by-phase", "by-kind", "by-interviewer",
                                   "by-status"))
    sizes = {}
    for file in files:
        head = file.read_bytes()[:24]
        assert head[:8] == b"\x89PNG\r\n\x1a\n", file
        sizes[file.stem] = struct.unpack(">II", head[16:24])
    assert all(width == 1050 for width, _height in sizes.values()), "7 inches at 150 dpi"
    assert sizes["by-interviewer"][1] > sizes["by-status"][1], "more bars, a taller chart"
    assert not list((tmp_path / "charts").glob(".*")), "no temporary file is left"
    # The same figures give the same picture: a chart follows the numbers, not the clock.
    figures = dashboard.Dashboard(by_kind=[("story", 5), ("interview", 12)])
    (kind,) = [c for c in charts.charts(figures) if c.name == "by-kind"]
    assert kind.counts == [("Story", 5), ("Interview", 12)]
    assert charts.png(kind) == charts.png(kind)
    assert charts.png(kind) != charts.png(charts.Chart("by-kind", kind.title, [("Story", 6)]))
    blocked = tmp_path / "a-file"
    blocked.write_text("x")
    refused = veldwerk(data, "dashboard", "--png", str(blocked))
    assert refused.returncode == 2 and "is a file, not a folder" in refused.stderr


def test_without_matplotlib_the_charts_say_so_and_the_report_keeps_its_figures(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sys

    import pytest
    from docx import Document

    from veldwerk import projects
    from veldwerk.demo import create_demo
    from veldwerk.errors import VeldwerkError
    from veldwerk.paths import device
    from veldwerk.reports import charts, documents

    entry = create_demo(tmp_path, device(tmp_path))
    for name in ("matplotlib", "matplotlib.backends.backend_agg", "matplotlib.figure"):
        monkeypatch.setitem(sys.modules, name, None)  # as an installation without it
    assert not charts.available()
    with pytest.raises(VeldwerkError, match="no matplotlib"):
        charts.png(charts.Chart("x", "Titel", [("a", 1)]))
    with projects.open_project(entry.folder, device(tmp_path), write=False) as project, \
            project.session() as s:
        documents.write_report(s, tmp_path / "report.docx")
    document = Document(str(tmp_path / "report.docx"))
    assert len(document.inline_shapes) == 0
    assert any("no matplotlib" in p.text for p in document.paragraphs)
    assert document.tables, "the figures are there as tables"


def test_the_report_is_data_and_its_file_names_the_renderer(tmp_path: Path) -> None:
    """The report is gathered once as data (``report.project_report``); the target's
    suffix chooses the renderer, a name without one gets .docx, and a format there is no
    renderer for is refused in words that name the formats, with nothing written."""
    import pytest
    from docx import Document

    from veldwerk import projects
    from veldwerk.demo import create_demo
    from veldwerk.errors import VeldwerkError
    from veldwerk.paths import device
    from veldwerk.reports import documents, report

    entry = create_demo(tmp_path, device(tmp_path))
    with projects.open_project(entry.folder, device(tmp_path), write=False) as project, \
            project.session() as s:
        model = report.project_report(s)
        with pytest.raises(VeldwerkError, match=r"cannot write a \.odt file") as refused:
            documents.write_report(s, tmp_path / "report.odt")
        written = documents.write_report(s, tmp_path / "report")
    assert "Word (.docx)" in (refused.value.hint or "")
    assert not (tmp_path / "report.odt").exists()
    assert written.files == [tmp_path / "report.docx"]
    assert model.crosstab is not None and model.interviews and model.charts
    shown = {c.text for t in Document(str(tmp_path / "report.docx")).tables
             for r in t.rows for c in r.cells}
    assert {*model.crosstab.hoods, *model.crosstab.phases} <= shown, "the crosstab, rendered"
    assert all(str(model.crosstab.total(h)) in shown for h in model.crosstab.hoods)
    import inspect

    for renderer in documents.RENDERERS.values():  # a renderer takes data, never a session
        source = inspect.getsource(inspect.getmodule(renderer.report))
        assert not any(word in source for word in ("sqlalchemy", "sqlmodel", "Session",
                                                   "SELECT ")), renderer.name
