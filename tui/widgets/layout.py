"""Which rows the grid shows, folded how, and on which lines.

``build_items(comparison, shown, ...)`` turns the comparison's rows into the
grid's *items*: a row of its own, or a fold standing for a run of rows on one
line (long boilerplate blocks, folded by default; runs of unchanged rows when
``fold_unchanged``). Rows with no text in any shown version are left out, and
boilerplate rows altogether when ``hide_boilerplate``. A fold the user has
expanded (its key in ``expanded``) shows its rows again.

``LineIndex`` maps items to lines: item i starts at line ``starts[i]`` and is
``heights[i]`` lines tall (its cells' tallest wrapped height, plus one blank
separator line), so rows stay level however long the paragraphs are.
Pure Python, no widget state.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from tui.core import Comparison, Row
from tui.core.rows import STRENGTH

BOILERPLATE_FOLD = "boilerplate"
UNCHANGED_FOLD = "unchanged"
MIN_UNCHANGED_FOLD = 2
"""Unchanged runs shorter than this stay unfolded (a fold line would save nothing)."""
LONG_BOILERPLATE = 100
"""Characters from which a lone boilerplate paragraph counts as a long block."""


@dataclass(frozen=True)
class Item:
    """One thing on the grid: a row (kind "row") or a fold of several rows."""

    kind: str
    rows: tuple[int, ...]

    @property
    def key(self) -> tuple[str, int]:
        """Identifies a fold for expanding it: (kind, first row)."""
        return (self.kind, self.rows[0])

    @property
    def is_fold(self) -> bool:
        """True for a fold line."""
        return self.kind != "row"


def is_unchanged(row: Row, shown: Sequence[int]) -> bool:
    """True when every shown version has the base's text here, word for word."""
    return row.relation != "boilerplate" and all(row.info[v].kind in ("same", "base") for v in shown)


_STRENGTH = {**STRENGTH, "missing": 0.5}
"""The engine's ranking, with a shown version lacking the paragraph just above "same"."""


def shown_relation(row: Row, shown: Sequence[int]) -> str:
    """The row's relation among the shown versions only (the first of shown is the base).

    Like ``Row.relation`` (same, edited, paraphrase, moved, added, boilerplate),
    plus ``missing``: the shown versions that have the paragraph have it as the
    base does, but a shown version lacks it.
    """
    if row.relation == "boilerplate" or len(shown) < 2:
        return row.relation
    if not row.cells[shown[0]]:
        return "added"
    kinds = ["moved" if row.info[v].moved else row.info[v].kind for v in shown[1:]]
    return max(kinds, key=lambda kind: _STRENGTH.get(kind, 0))


def is_change(row: Row, shown: Sequence[int]) -> bool:
    """A row n/p stops at: not boilerplate, and not the same in every shown version."""
    return row.relation != "boilerplate" and not is_unchanged(row, shown)


def _is_long(comparison: Comparison, rows: list[int], shown: Sequence[int]) -> bool:
    if len(rows) > 1:
        return True
    row = comparison.rows[rows[0]]
    return any(len(row.cells[v]) > 1 or len(comparison.cell_text(row, v)) > LONG_BOILERPLATE for v in shown)


def _runs(comparison: Comparison, shown: Sequence[int]) -> list[tuple[str, list[int]]]:
    """Consecutive visible rows grouped as boilerplate, unchanged or other."""
    runs: list[tuple[str, list[int]]] = []
    for n, row in enumerate(comparison.rows):
        if not any(row.cells[v] for v in shown):
            continue
        kind = "boilerplate" if row.relation == "boilerplate" else "same" if is_unchanged(row, shown) else "other"
        if runs and runs[-1][0] == kind and kind != "other":
            runs[-1][1].append(n)
        else:
            runs.append((kind, [n]))
    return runs


def build_items(comparison: Comparison, shown: Sequence[int], hide_boilerplate: bool = False,
                fold_unchanged: bool = False, expanded: frozenset | set = frozenset()) -> list[Item]:
    """The grid's items in reading order."""
    items: list[Item] = []
    for kind, rows in _runs(comparison, shown):
        fold = None
        if kind == "boilerplate":
            if hide_boilerplate:
                continue
            if _is_long(comparison, rows, shown):
                fold = Item(BOILERPLATE_FOLD, tuple(rows))
        elif kind == "same" and fold_unchanged and len(rows) >= MIN_UNCHANGED_FOLD:
            fold = Item(UNCHANGED_FOLD, tuple(rows))
        if fold is not None and fold.key not in expanded:
            items.append(fold)
        else:
            items.extend(Item("row", (n,)) for n in rows)
    return items


class LineIndex:
    """Item heights and first lines, with exact/estimated flags per item."""

    def __init__(self, heights: list[int], exact: list[bool]) -> None:
        self.heights = heights
        self.exact = exact
        self.starts: list[int] = []
        self._rebuild()

    def _rebuild(self) -> None:
        self.starts = [0, *accumulate(self.heights)][:-1] if self.heights else []

    @property
    def total(self) -> int:
        """Lines in the whole grid."""
        return self.starts[-1] + self.heights[-1] if self.heights else 0

    def item_at(self, line: int) -> int:
        """The item covering a line (clamped to the items)."""
        if not self.starts:
            return -1
        return max(0, min(len(self.starts) - 1, bisect_right(self.starts, line) - 1))

    def update(self, changes: dict[int, tuple[int, bool]]) -> bool:
        """Set (height, exact) of some items; True when any height changed."""
        moved = False
        for i, (height, exact) in changes.items():
            moved |= self.heights[i] != height
            self.heights[i] = height
            self.exact[i] = exact
        if moved:
            self._rebuild()
        return moved
