"""Every item model passes Qt's model tester; the list pages, filters and sorts in SQL."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.interviews.list_model import PAGE, InterviewListModel
from ui.rows_model import RowsModel


def test_interview_list_model_passes_the_model_tester(qtmodeltester, demo_context) -> None:
    model = InterviewListModel(demo_context)
    qtmodeltester.check(model)
    model.sort(2, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)


def test_rows_model_passes_the_model_tester(qtmodeltester) -> None:
    model = RowsModel(["Code", "Buurt"])
    model.set_rows([("a", ["ELS-001", "Elsrijk"]), ("b", ["PAT-001", "Patrimonium"])])
    qtmodeltester.check(model)
    assert model.row_of("b") == 1 and model.key(0) == "a"


def test_list_fetches_pages_not_everything(qtmodeltester, demo_context) -> None:
    from veldwerk import interviews

    def bulk(s):  # type: ignore[no-untyped-def]
        for n in range(PAGE + 50):
            interviews.save(s, demo_context.project_id, interviews.InterviewDraft(
                title=f"Extra gesprek {n}"))

    demo_context.project.run(bulk)
    model = InterviewListModel(demo_context)
    assert model.total == PAGE + 50 + 30
    assert model.rowCount() == PAGE
    assert model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == model.total
    assert not model.canFetchMore(model.index(-1, -1))
    qtmodeltester.check(model)


def test_filters_and_sorting(demo_context) -> None:
    model = InterviewListModel(demo_context)
    assert model.total == 30
    model.set_query(model.query.replace(kind="observation"))
    assert model.total == 5
    model.set_query(model.query.replace(kind=None, text="ELS-001"))
    assert model.total >= 2  # the interview and the focus group
    assert all("ELS-001" in model.data(model.index(r, 3)) for r in range(model.rowCount()))
    model.set_query(model.query.replace(text="markt"))
    titles = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    assert "Donderdagmarkt" in titles
    model.set_query(model.query.replace(text="100%_geen\\treffer"))
    assert model.total == 0
    model.set_query(model.query.replace(text=""))
    model.sort(2, Qt.SortOrder.AscendingOrder)
    titles = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    assert titles == sorted(titles, key=str.casefold)
