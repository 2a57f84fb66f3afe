"""A name that starts with ``_`` belongs to its module: no module in ``veldwerk/`` or
``ui/`` imports another's (``from x import _name``) or reaches for it through the module
(``x._name``). What two modules share is public, with a docstring that says why."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).parents[2]


def _is_module(dotted: str) -> bool:
    path = ROOT.joinpath(*dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def offenders(source: str, where: str) -> list[str]:
    """Every private name ``source`` takes from another module."""
    tree = ast.parse(source)
    modules: dict[str, str] = {}  # a local name bound to one of our modules
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            module = "." * node.level + (node.module or "")
            for alias in node.names:
                if _private(alias.name):
                    found.append(f"{where}:{node.lineno}: from {module} import {alias.name}")
                elif node.level == 0 and _is_module(f"{module}.{alias.name}"):
                    modules[alias.asname or alias.name] = f"{module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname and _is_module(alias.name):
                    modules[alias.asname] = alias.name
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                and node.value.id in modules and _private(node.attr)):
            found.append(f"{where}:{node.lineno}: {modules[node.value.id]}.{node.attr}")
    return found


def test_no_module_takes_anothers_private_names() -> None:
    found = [line for folder in ("veldwerk", "ui")
             for path in sorted((ROOT / folder).rglob("*.py"))
             for line in offenders(path.read_text(encoding="utf-8"),
                                   str(path.relative_to(ROOT)))]
    assert found == []


def test_the_walk_finds_both_ways_of_taking_a_private_name() -> None:
    """The check above is only as good as its walk: both forms are found, a public name
    and a module's own private name are not."""
    source = ("from veldwerk.reports.tables import _hidden, shown\n"
              "from veldwerk.store import rows\n"
              "import veldwerk.merge.inbox as inbox\n"
              "def _own() -> None:\n"
              "    rows._inner(); inbox.public(); _own()\n")
    assert offenders(source, "x.py") == [
        "x.py:1: from veldwerk.reports.tables import _hidden",
        "x.py:5: veldwerk.store.rows._inner"]
