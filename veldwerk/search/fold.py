"""Accents folded the same way in the index (SQL, inside the triggers) and in the query
(Python): ``café`` and ``cafe``, ``Één`` and ``een`` are the same letters to the search.
Case is folded by the index's tokenizer."""

from __future__ import annotations

# The accented letters of Dutch words and names (and the French and German ones that are
# common in them), lower case and the capitals that begin a sentence or a name: the
# tokenizer lowers É to é, not to e. SQLite parses at most ~30 nested calls, so the set is
# kept to what a Dutch neighbourhood writes.
FOLDED = {
    "a": "áàâä", "e": "éèêëÉË", "i": "íïîÏ", "o": "óôöÖ", "u": "úûüÜ", "c": "ç", "n": "ñ",
}
_TABLE = str.maketrans({accented: plain for plain, letters in FOLDED.items()
                        for accented in letters})


def fold(text: str) -> str:
    return text.translate(_TABLE)


def fold_sql(expression: str) -> str:
    """The same folding as nested SQL ``replace()`` calls (no app function: the triggers
    must work in every connection, also one without Veldwerk)."""
    for plain, letters in FOLDED.items():
        for accented in letters:
            expression = f"replace({expression}, '{accented}', '{plain}')"
    return expression
