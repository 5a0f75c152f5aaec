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
from tui.core.model import STRENGTH
from tui.core.model import is_change as is_change_relation

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


def shown_relation(row: Row, shown: Sequence[int], typography: bool = True) -> str:
    """The row's relation among the shown versions only (the first of shown is the base).

    The strongest of the shown versions' own relations (``CellInfo.relation``, decided
    by the core), so the gutter, the status bar, n/p and folds agree with the reports.
    With ``typography`` off, a typography-only difference reads as ``same``.
    """
    if row.relation == "boilerplate" or len(shown) < 2:
        return row.relation
    if not row.cells[shown[0]] and not row.continues(shown[0]):
        return "added"
    relation = max((row.info[v].relation for v in shown[1:]), key=lambda r: STRENGTH.get(r, -1))
    if relation == "typography" and not typography:
        return "same"
    return relation or "same"


def is_unchanged(row: Row, shown: Sequence[int], typography: bool = True) -> bool:
    """True when every shown version has the base's text here, word for word (or, with
    ``typography`` off, with only typography changed)."""
    return row.relation != "boilerplate" and not is_change(row, shown, typography)


def is_change(row: Row, shown: Sequence[int], typography: bool = True) -> bool:
    """A row n/p stops at: a change among the shown versions (moves, splits, merges,
    additions and omissions included; boilerplate never)."""
    return is_change_relation(shown_relation(row, shown, typography), typography)


def _is_long(comparison: Comparison, rows: list[int], shown: Sequence[int]) -> bool:
    if len(rows) > 1:
        return True
    row = comparison.rows[rows[0]]
    return any(len(row.cells[v]) > 1 or len(comparison.cell_text(row, v)) > LONG_BOILERPLATE for v in shown)


def _runs(comparison: Comparison, shown: Sequence[int], typography: bool) -> list[tuple[str, list[int]]]:
    """Consecutive visible rows grouped as boilerplate, unchanged or other."""
    runs: list[tuple[str, list[int]]] = []
    for n, row in enumerate(comparison.rows):
        if not any(row.cells[v] for v in shown):
            continue
        if row.relation == "boilerplate":
            kind = "boilerplate"
        else:
            kind = "same" if is_unchanged(row, shown, typography) else "other"
        if runs and runs[-1][0] == kind and kind != "other":
            runs[-1][1].append(n)
        else:
            runs.append((kind, [n]))
    return runs


def build_items(comparison: Comparison, shown: Sequence[int], hide_boilerplate: bool = False,
                fold_unchanged: bool = False, expanded: frozenset[tuple[str, int]] | set[tuple[str, int]] = frozenset(),
                typography: bool = True) -> list[Item]:
    """The grid's items in reading order (``typography`` off: typography-only rows fold as unchanged)."""
    items: list[Item] = []
    for kind, rows in _runs(comparison, shown, typography):
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
