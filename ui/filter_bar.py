"""The interviews' filters as combo boxes, built from ``veldwerk/fields.py``: the main
window's list and the search window use the same builder, each for the filters its
place offers."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from ui.widgets import fill_combo, named
from veldwerk import fields


class FilterBar:
    """One combo per filter (``combos``, by the filter's key); the first choice is
    everything (None)."""

    def __init__(self, place: str) -> None:
        self.place = place
        self.combos: dict[str, QComboBox] = {}
        for wanted in fields.filters(place):
            combo = named(QComboBox(), wanted.named())
            combo.setMinimumContentsLength(8)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.combos[wanted.key] = combo

    def fill(self, choices: dict[str, list[tuple[str, str]]]) -> None:
        """The choices (``listing.filter_choices``), keeping what was chosen."""
        for wanted in fields.filters(self.place):
            combo = self.combos[wanted.key]
            fill_combo(combo, [(wanted.everything(), None)] + [
                (label, value) for value, label in choices.get(wanted.key, [])],
                combo.currentData())

    def chosen(self) -> dict[str, str | None]:
        return {key: combo.currentData() for key, combo in self.combos.items()}

    def clear(self) -> None:
        for combo in self.combos.values():
            combo.setCurrentIndex(0)
