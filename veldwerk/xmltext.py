"""Text as XML 1.0 can hold it: the one cleaning every XML-writing output uses (the Word
documents of ``reports/word.py`` and ``consent/documents.py``, the ``.qdpx``, the deposit's
``dataset.xml`` and ``files.xml``, the ``.xlsx``).

People paste text from elsewhere: Word's line break inside a paragraph is a vertical tab
(``\\x0b``), a page break a form feed (``\\x0c``), and a copied terminal line may hold a
bell (``\\x07``). XML 1.0 has no way to write these (not even as ``&#7;``): lxml refuses
them, and ElementTree writes a file no parser reads. Here the vertical tab becomes the line
break it meant (a space where the text is one line), the form feed a space, and the rest
is dropped. The database keeps what was typed; the CSV too.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar
from xml.etree import ElementTree as ET

# Tab, line feed and carriage return are XML; the other C0 controls, the lone surrogates
# and U+FFFE/U+FFFF are not.
_UNWRITABLE = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# Fields of the documents' dataclasses that are one line (a title, a name).
ONE_LINE_FIELDS = frozenset({"title", "name", "project"})

T = TypeVar("T")


def clean(value: str, one_line: bool = False) -> str:
    """``value`` as XML 1.0 can hold it: ``\\x0b`` a line break (a space where
    ``one_line``), ``\\x0c`` a space (it parted pages, or words), the other characters
    XML cannot hold dropped."""
    if value.isprintable():  # the common case, quickly
        return value
    value = value.replace("\x0b", " " if one_line else "\n").replace("\x0c", " ")
    return _UNWRITABLE.sub("", value)


def cleaned(value: T, one_line: bool = False) -> T:
    """A copy of ``value`` (a string, or dataclasses, lists, tuples and dicts of them)
    with every string cleaned; a dataclass field named like a title is one line. Other
    values (numbers, bytes) stay as they are."""
    if isinstance(value, str):
        return clean(value, one_line)  # type: ignore[return-value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: cleaned(getattr(value, f.name), f.name in ONE_LINE_FIELDS)
                   for f in dataclasses.fields(value) if f.init}
        return dataclasses.replace(value, **changes)  # type: ignore[return-value]
    if isinstance(value, list):
        return [cleaned(item, one_line) for item in value]  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(cleaned(item, one_line) for item in value)  # type: ignore[return-value]
    if isinstance(value, dict):
        out: Any = {cleaned(k, one_line): cleaned(v, one_line) for k, v in value.items()}
        return out  # type: ignore[no-any-return]
    return value


def tree_bytes(root: ET.Element) -> bytes:
    """An ElementTree document as UTF-8 bytes with its declaration, indented, every text
    cleaned and every attribute one line (``clean``): ElementTree itself writes any
    character, and the file would be no XML."""
    for element in root.iter():
        if element.text:
            element.text = clean(element.text)
        if element.tail:
            element.tail = clean(element.tail)
        for key, value in element.attrib.items():
            element.set(key, clean(value, one_line=True))
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
