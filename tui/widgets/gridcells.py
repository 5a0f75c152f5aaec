"""The grid's cells: wrapped text per (row, version, width), row heights, and word diffs left to a worker.

``GridCells`` owns the ``CellContext`` (what cell text depends on: the comparison, its
diff cache, typography, dropped words, search and facts highlights) and two caches:
wrapped cells (an LRU, cleared whenever highlights change) and cell heights (which
depend on the text and the width only, kept until the data or the dropped-words option
changes, so folding and hiding rows is cheap). It reads the ``GridModel`` for the shown
columns and items and never paints.

A cell whose texts are long (``gridmodel.LONG_CELL``) is not diffed while painting: it is
built without highlights, remembered as pending and listed by ``take_asked``; the grid
asks the app to diff it in a worker and calls ``diffs_ready`` when it is done.
"""

from __future__ import annotations

from textual.cache import LRUCache

from tui.core import Comparison
from tui.widgets.cells import CellContext, TrackedDiffs, build_cell
from tui.widgets.gridmodel import GridModel, is_long
from tui.widgets.wrap import line_pieces, wrap_ranges

Pieces = list[tuple[str, tuple[str, ...]]]
"""One wrapped line of a cell: (text, style classes) pieces."""


class GridCells:
    """Wrapped cells and their heights for the grid's model, built lazily and cached."""

    def __init__(self, model: GridModel) -> None:
        self.model = model
        self.ctx: CellContext | None = None
        """What cell text depends on (None before the first comparison)."""
        self._cells: LRUCache[tuple[int, int, int], tuple[list[Pieces], bool]] = LRUCache(4096)
        self._heights: dict[tuple[int, int, int], tuple[int, bool]] = {}
        self._pending: set[tuple[int, int]] = set()
        """(row, version) cells whose diff a worker is computing; built without highlights meanwhile."""
        self._asked: list[tuple[int, int]] = []

    @property
    def context(self) -> CellContext:
        """The cell context (only once a comparison is loaded)."""
        assert self.ctx is not None, "no comparison loaded"
        return self.ctx

    def load(self, comparison: Comparison, diffs: TrackedDiffs) -> None:
        """A new comparison (the model already loaded): the options carry over, the caches do not."""
        previous, options = self.ctx, self.model.options
        self.ctx = CellContext(comparison, diffs, self.model.row_of, typography=options.typography,
                               deletions=options.deletions)
        if previous is not None:
            self.ctx.facts = previous.facts
        self._cells.clear()
        self._heights.clear()
        self._pending.clear()

    def clear(self) -> None:
        """Forget wrapped cells (highlights, options or data changed); heights stay."""
        self._cells.clear()

    def forget_heights(self) -> None:
        """The cells' text changed (dropped words shown or hidden): their heights must be measured again."""
        self._heights.clear()

    def lines(self, row: int, v: int, width: int, exact: bool = True) -> tuple[list[Pieces], bool]:
        """Wrapped (text, classes) pieces per line of a cell, and whether they are final."""
        assert self.ctx is not None, "no comparison loaded"
        key = (row, v, width)
        cached = self._cells.get(key)
        if cached is not None and (cached[1] or not exact or (row, v) in self._pending):
            return cached
        if exact and self._defer(row, v):
            exact = False
        styled, final = build_cell(self.ctx, row, v, exact)
        lines = [line_pieces(styled, a, b) for a, b in wrap_ranges(styled.text, width)] if styled.text else []
        if final or exact:
            self._cells[key] = (lines, final)
        return lines, final

    def _defer(self, row: int, v: int) -> bool:
        """Leave a long cell's diff to a worker (asking for it once); False when it is cheap or known."""
        if (row, v) in self._pending:
            return True
        assert self.ctx is not None
        comparison = self.ctx.comparison
        cells = comparison.rows[row].cells
        if (row, v) in self.ctx.diffs.known or v == comparison.base or not cells[v] or not cells[comparison.base]:
            return False
        if not is_long(comparison, row, v):
            return False
        self._pending.add((row, v))
        self._asked.append((row, v))
        return True

    @property
    def pending(self) -> frozenset[tuple[int, int]]:
        """(row, version) cells waiting for a worker's diff."""
        return frozenset(self._pending)

    def take_asked(self) -> tuple[tuple[int, int], ...]:
        """Cells deferred since the last call (each listed once), for a ``DiffsWanted`` message."""
        asked, self._asked = tuple(self._asked), []
        return asked

    def diffs_ready(self, cells: tuple[tuple[int, int], ...]) -> None:
        """A worker diffed these cells: the next build has their highlights."""
        self._pending.difference_update(cells)
        self._cells.clear()

    def item_height(self, i: int, widths: list[int], exact: bool) -> tuple[int, bool]:
        """Lines item i takes with columns of these widths (its separator included), and whether that is final.

        Not exact: estimated from the text without computing any diff (known diffs are used).
        """
        assert self.ctx is not None
        item = self.model.items[i]
        if item.is_fold:
            return 2, True
        final_all, tallest = True, 1
        row = item.rows[0]
        for v, width in zip(self.model.shown, widths, strict=True):
            key = (row, v, width)
            known = self._heights.get(key)
            if known is None or not (known[1] or not exact):
                cached = self._cells.get(key)
                if cached is not None and (cached[1] or not exact):
                    known = (len(cached[0]), cached[1])
                elif exact:
                    lines, final = self.lines(row, v, width, True)
                    known = (len(lines), final)
                else:
                    styled, final = build_cell(self.ctx, row, v, exact=False)
                    known = (len(wrap_ranges(styled.text, width)) if styled.text else 0, final)
                self._heights[key] = known
            tallest, final_all = max(tallest, known[0]), final_all and known[1]
        return tallest + 1, final_all
