"""The window's side of one field, one place: a field added to ``veldwerk/fields.py`` is a
column of the interview list and a filter in both filter bars, without other code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.core.test_field_registry import _project, spoken  # noqa: F401 (a fixture)
from tests.ui.conftest import make_context
from ui.filter_bar import FilterBar
from ui.interviews.list_model import ID_ROLE, InterviewListModel
from veldwerk import fields, listing
from veldwerk.paths import Device


def test_a_field_in_the_registry_is_a_list_column_and_a_filter(
        qtbot, spoken: fields.Field, data_dir: Path, me: Device) -> None:  # noqa: F811
    entry, held, _other = _project(data_dir, me)
    context = make_context(entry, me, data_dir)
    try:
        model = InterviewListModel(context)
        column = [model.headerData(c, Qt.Orientation.Horizontal)
                  for c in range(model.columnCount())].index("Language spoken")
        shown = {model.data(model.index(r, 0), ID_ROLE): model.data(model.index(r, column))
                 for r in range(model.rowCount())}
        assert shown[held] == "Papiamentu"
        for place in (fields.LIST, fields.SEARCH):
            bar = FilterBar(place)
            bar.fill(context.read(lambda s, place=place: listing.filter_choices(s, place)))
            combo = bar.combos["spoken"]
            assert combo.itemText(0) == "All languages"
            combo.setCurrentIndex(combo.findData("Papiamentu"))
            assert bar.chosen()["spoken"] == "Papiamentu"
        model.set_query(model.query.replace(**bar.chosen()))
        assert [model.data(model.index(r, 0), ID_ROLE) for r in range(model.rowCount())] == [
            held]
    finally:
        context.project.close(make_backup=False)
