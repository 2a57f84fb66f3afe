"""What someone typed, as search terms that can never fail: FTS syntax (quotes, ``*``,
``-``, ``NEAR``, brackets) is searched as text. Every word must match (AND).

The index is made of trigrams, so a word of three letters or more is an FTS5 phrase (any
part of a word matches); a shorter one cannot use trigrams and is looked up with LIKE in
the same index's text.
"""

from __future__ import annotations

from dataclasses import dataclass

from veldwerk.search.fold import fold


@dataclass(frozen=True)
class Term:
    like: bool  # True: a LIKE pattern (short word); False: an FTS5 MATCH expression
    value: str


def terms(typed: str, fts: bool = True) -> list[Term]:
    """Without ``fts`` (a team database has no FTS5 index) every word is a LIKE pattern
    (lower case, as its text is lowered there)."""
    out: list[Term] = []
    for word in fold(typed).split():
        if len(word) >= 3 and fts:
            out.append(Term(False, '"' + word.replace('"', '""') + '"'))
        else:
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            out.append(Term(True, f"%{escaped if fts else escaped.lower()}%"))
    return out
