"""tui.core's lazy facade is typed: its TYPE_CHECKING block imports every public name from where it lives.

The block is what type checkers read (``from tui.core import Comparison`` is the real class, not
``Any``); ``_WHERE`` is what ``__getattr__`` imports at run time. The two must name the same things.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import tui.core

INIT = Path(tui.core.__file__)


def _typed_names() -> dict[str, str]:
    """name -> submodule, for every import inside ``if TYPE_CHECKING:`` in tui/core/__init__.py."""
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            for stmt in node.body:
                if isinstance(stmt, ast.ImportFrom) and stmt.level == 1 and stmt.module:
                    for alias in stmt.names:
                        found[alias.asname or alias.name] = stmt.module
    return found


@pytest.mark.parametrize("name", sorted(tui.core._WHERE))
def test_each_lazy_name_is_imported_for_type_checkers_from_the_same_module(name):
    assert _typed_names().get(name) == tui.core._WHERE[name]


def test_type_checkers_see_no_name_the_facade_lacks():
    assert set(_typed_names()) <= set(tui.core._WHERE)


def test_typed_names_are_reexported_explicitly():
    """``from .m import X as X``: with implicit re-export off, a bare import would not be public."""
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    bare = [alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level == 1
            for alias in node.names if alias.asname != alias.name]
    assert bare == []


def test_the_package_is_marked_typed():
    assert (INIT.parent.parent / "py.typed").is_file()
