"""One conflict side by side in the Inbox: each version labelled by who made it (member,
laptop) and when, the words that differ marked with colour and a line (struck through on
this side, underlined on the other, so colour is never the only sign), fields by their
human names. Keeping a version asks first and names what is kept; the new-code field is
there only when a participant code was used twice."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTextEdit,
    QWidget,
)

from ui.widgets import emphasise, local_datetime_text, named
from veldwerk.merge import decisions
from veldwerk.merge.difference import ADDED, REMOVED, SAME, Span, side
from veldwerk.merge.sides import local_time

# Marked words: a colour and a line, readable on light and dark themes alike.
STYLE = {REMOVED: "background-color:#f6d5d5;color:#7a0000;text-decoration:line-through;",
         ADDED: "background-color:#d3f0d8;color:#00501a;text-decoration:underline;"}
PREVIEW = 80  # characters of a kept text the question repeats


class ConflictPanel(QWidget):
    """Shows one conflict; ``chosen(keep, merged_text, code)`` once a person confirmed."""

    chosen = Signal(str, object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict: decisions.Conflict | None = None
        grid = QGridLayout(self)
        self.what = emphasise(QLabel())
        self.what.setWordWrap(True)
        grid.addWidget(self.what, 0, 0, 1, 2)
        self.differs = QLabel()
        self.differs.setWordWrap(True)
        grid.addWidget(self.differs, 1, 0, 1, 2)
        self.ours_label, self.theirs_label = QLabel(), QLabel()
        self.ours, self.theirs = QTextEdit(), QTextEdit()
        for column, (label, box) in enumerate(((self.ours_label, self.ours),
                                               (self.theirs_label, self.theirs))):
            label.setWordWrap(True)
            box.setReadOnly(True)
            box.setAccessibleName((self.tr("This version"), self.tr("The other version"))[column])
            label.setBuddy(box)
            grid.addWidget(label, 2, column)
            grid.addWidget(box, 3, column)
        self.keep_ours = named(QPushButton(self.tr("Keep &this version")),
                               self.tr("Keep this version"))
        self.keep_ours.clicked.connect(lambda: self._confirm(decisions.OURS))
        self.take_theirs = named(QPushButton(self.tr("Take the ot&her version")),
                                 self.tr("Take the other version"))
        self.take_theirs.clicked.connect(lambda: self._confirm(decisions.THEIRS))
        grid.addWidget(self.keep_ours, 4, 0)
        grid.addWidget(self.take_theirs, 4, 1)
        self.merged_label = QLabel(self.tr("Or &write the two together:"))
        self.merged = QTextEdit()
        self.merged.setAcceptRichText(False)
        self.merged.setAccessibleName(self.tr("Merged text"))
        self.merged_label.setBuddy(self.merged)
        grid.addWidget(self.merged_label, 5, 0, 1, 2)
        grid.addWidget(self.merged, 6, 0, 1, 2)
        self.save_merged = named(QPushButton(self.tr("Save the &merged text")),
                                 self.tr("Save the merged text"))
        self.save_merged.clicked.connect(lambda: self._confirm("", self.merged.toPlainText()))
        grid.addWidget(self.save_merged, 7, 0)
        grid.addWidget(self._code_row(), 8, 0, 1, 2)

    def _code_row(self) -> QWidget:
        self.code_row = QWidget()
        row = QHBoxLayout(self.code_row)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("New &code:"))
        self.new_code = QLineEdit()
        self.new_code.setAccessibleName(self.tr("New code"))
        label.setBuddy(self.new_code)
        self.rename = named(QPushButton(self.tr("Give the new code")),
                            self.tr("Give the new code"),
                            self.tr("The laptop hears of it; the printed form keeps the old"))
        self.rename.clicked.connect(lambda: self._confirm("", None, self.new_code.text()))
        row.addWidget(label)
        row.addWidget(self.new_code, 1)
        row.addWidget(self.rename)
        return self.code_row

    # -- showing ----------------------------------------------------------------------

    def show_conflict(self, conflict: decisions.Conflict | None) -> None:
        self.conflict = conflict
        code = conflict is not None and conflict.kind == "code"
        one_text = conflict is not None and len(conflict.fields) == 1 and not code
        self.keep_ours.setEnabled(conflict is not None and not code)
        self.take_theirs.setEnabled(conflict is not None and not code)
        for widget in (self.merged_label, self.merged, self.save_merged):
            widget.setVisible(not code)
            widget.setEnabled(one_text)
        self.code_row.setVisible(code)
        if conflict is None:
            self.what.setText(self.tr("No conflicts: every change fitted."))
            for widget in (self.differs, self.ours_label, self.theirs_label):
                widget.setText("")
            self.ours.clear()
            self.theirs.clear()
            return
        self.what.setText(conflict.title())
        self.differs.setText(self._differs(conflict))
        self.ours_label.setText(self.tr("This version — {who}").format(
            who=_who(conflict.ours_by)))
        self.theirs_label.setText(self.tr("The other version — {who}").format(
            who=_who(conflict.theirs_by)))
        for box, label in ((self.ours, self.ours_label), (self.theirs, self.theirs_label)):
            box.setAccessibleName(label.text())
        differences = conflict.differences()
        self.ours.setHtml(_marked_html(differences, REMOVED))
        self.theirs.setHtml(_marked_html(differences, ADDED))
        if one_text:
            self.merged.setPlainText(str(conflict.ours.get(conflict.fields[0]) or ""))

    def _differs(self, conflict: decisions.Conflict) -> str:
        if conflict.kind in ("code", "deleted", "purge", "erase") or not conflict.fields:
            return conflict.describe()
        if conflict.kind == "foreign":
            return self.tr("{laptop} changed a record that is not its own; nothing changed "
                           "until you decide. Differs: {fields}.").format(
                               laptop=conflict.theirs_by.who(),
                               fields=", ".join(conflict.field_names()))
        return self.tr("Differs: {fields}. Struck through: only in this version; "
                       "underlined: only in the other.").format(
                           fields=", ".join(conflict.field_names()))

    # -- choosing ---------------------------------------------------------------------

    def _confirm(self, keep: str, merged: str | None = None, code: str = "") -> None:
        """Ask before anything changes, naming what stays."""
        conflict = self.conflict
        if conflict is None:
            return
        if code:
            kept = self.tr("The participant gets the code {code}.").format(code=code.strip())
        elif merged is not None:
            kept = self.tr("The merged text stays: «{text}»").format(text=_preview(merged))
        else:
            by = conflict.ours_by if keep == decisions.OURS else conflict.theirs_by
            row = conflict.ours if keep == decisions.OURS else conflict.theirs
            shown = "; ".join(f"{name}: «{_preview(row.get(f))}»" for name, f in zip(
                conflict.field_names(), conflict.fields, strict=True))
            kept = self.tr("The version of {who} stays. {fields}").format(
                who=by.who(), fields=shown).strip()
        question = self.tr("{kept}\n\nThe laptops that hold «{what}» get this version. "
                           "End this conflict?").format(kept=kept, what=conflict.title())
        if conflict.kind == decisions.TRANSCRIPT:
            by = conflict.ours_by if keep == decisions.OURS else conflict.theirs_by
            question = self.tr("The transcript of {who} stays; the other goes, with its "
                               "segments, here and from the computer that made it. Go "
                               "on?").format(who=by.who())
        if conflict.kind in ("erase", "purge"):  # a laptop asked: say what is done
            question = (self.tr("«{what}» is erased here and on every laptop. This cannot "
                                "be undone. Go on?") if keep == decisions.THEIRS and
                        conflict.kind == "erase" else
                        self.tr("«{what}» is removed here. Go on?") if keep == decisions.THEIRS
                        else self.tr("«{what}» stays; the laptop hears that you refused. "
                                     "Go on?")).format(what=conflict.title())
        answer = QMessageBox.question(self, self.tr("End the conflict"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen.emit(keep, merged, code)


def _who(by: Any) -> str:
    """Who and when, the time in the user's locale."""
    if not by.when:
        return str(by.who())
    stamp = QDateTime.fromString(local_time(by.when), "yyyy-MM-dd HH:mm")
    return f"{by.who()}, {local_datetime_text(stamp)}" if stamp.isValid() else str(by.who())


def _preview(value: Any) -> str:
    text_ = " ".join(str(value if value is not None else "").split())
    return text_ if len(text_) <= PREVIEW else text_[:PREVIEW - 1] + "…"


def _marked_html(differences: list[tuple[str, list[Span]]], which: str) -> str:
    """One side's fields as HTML, its own words marked; field names head each field
    when there are several."""
    parts = []
    for name, spans in differences:
        body = "".join(html.escape(s.text) if s.kind == SAME else
                       f'<span style="{STYLE[which]}">{html.escape(s.text)}</span>'
                       for s in side(spans, which))
        head = f"<b>{html.escape(name)}</b><br>" if len(differences) > 1 else ""
        parts.append(f'{head}<span style="white-space:pre-wrap">{body}</span>')
    return "<br><br>".join(parts)
