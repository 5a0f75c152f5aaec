"""The aligned grid: the shown versions side by side, row by row (Line API).

``DiffGrid`` is one ``ScrollView`` that paints only the lines on screen. Its
items (rows and folds, see ``layout``) are indexed by line; a row is as tall
as its tallest wrapped cell, so rows stay level. Row heights start as
estimates (word diffs, which add inline deleted words, are computed only for
rows on screen) and become exact when a row is first painted; if rows above
the top of the view change height while scrolling up, the view is shifted so
the text under the eye does not jump. Painted lines and wrapped cells live in
LRU caches that are cleared when the theme, the options or the data change;
cell heights (which depend on the text and the width only, not on highlights)
are kept until the data changes, so folding and hiding rows is cheap.

State: ``model`` (a ``gridmodel.GridModel``) holds the columns shown, the items, the
line index, the cursor, folds, search and review marks; ``ctx`` what cell text depends on
(its ``typography`` follows the model's). The widget keeps only its caches and the
deferred diffs.

A cell whose texts are long (``LONG_CELL``) is not diffed while painting: it
is painted without highlights and listed in a ``DiffsWanted`` message; the app
diffs it in a worker and calls ``diffs_ready``.

It posts ``CursorMoved``, ``LayoutChanged`` and ``DiffsWanted``; it never runs the engine.
What the keys and options do is in ``gridactions.GridActions`` (a mixin).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.cache import LRUCache
from textual.events import Resize
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.core import Comparison
from tui.widgets import gridpaint
from tui.widgets.cells import CellContext, TrackedDiffs, build_cell
from tui.widgets.gridactions import GridActions
from tui.widgets.gridmodel import GridModel, is_long
from tui.widgets.wrap import line_pieces, wrap_ranges


class DiffGrid(GridActions, ScrollView, can_focus=True):
    """N versions of a story, aligned paragraph by paragraph."""

    COMPONENT_CLASSES = {
        "diff-grid--inserted", "diff-grid--deleted", "diff-grid--marker", "diff-grid--typography",
        "diff-grid--boilerplate", "diff-grid--added", "diff-grid--missing", "diff-grid--moved",
        "diff-grid--note", "diff-grid--match", "diff-grid--match-current", "diff-grid--cursor",
        "diff-grid--gutter", "diff-grid--gutter-cursor", "diff-grid--rule", "diff-grid--fold",
        "diff-grid--fact-quote", "diff-grid--fact-number", "diff-grid--fact-name", "diff-grid--fact-marker",
        "diff-grid--review",
    }
    BINDINGS = [
        Binding("j,down", "cursor(1)", "Down", show=False, tooltip="Next row", id="grid.down"),
        Binding("k,up", "cursor(-1)", "Up", show=False, tooltip="Previous row", id="grid.up"),
        Binding("pagedown,space", "page(1)", "Page down", show=False, tooltip="One screen down", id="grid.pagedown"),
        Binding("pageup", "page(-1)", "Page up", show=False, tooltip="One screen up", id="grid.pageup"),
        Binding("g,home", "edge(0)", "First row", show=False, tooltip="First row", id="grid.first"),
        Binding("G,end", "edge(1)", "Last row", show=False, tooltip="Last row", id="grid.last"),
        Binding("enter", "toggle_fold", "Open/close fold", show=False,
                tooltip="Open the fold under the cursor (or close the one it is in)", id="grid.fold"),
    ]

    @dataclass
    class CursorMoved(Message):
        """The cursor moved to another row."""

        grid: DiffGrid
        row: int

    @dataclass
    class LayoutChanged(Message):
        """The shown versions, the items or the column widths changed."""

        grid: DiffGrid

    @dataclass
    class DiffsWanted(Message):
        """Cells on screen whose word diffs are too long to compute while painting: (row, version) pairs."""

        grid: DiffGrid
        cells: tuple[tuple[int, int], ...]

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.model = GridModel()
        """Columns, items, line index, cursor, folds, search and review marks: the grid's state."""
        self.ctx: CellContext | None = None
        """What cell text depends on; its typography and search follow the model's."""
        self.painter = gridpaint.GridPainter(self)
        self._cells: LRUCache[tuple[int, int, int], tuple[list, bool]] = LRUCache(4096)
        self._strips: LRUCache[tuple, Strip] = LRUCache(2048)
        self._heights: dict[tuple[int, int, int], tuple[int, bool]] = {}
        self._gen = 0
        self._prev_first = 0
        self._width = 0
        self._pending: set[tuple[int, int]] = set()
        """(row, version) cells whose diff a worker is computing; painted without highlights meanwhile."""
        self._asked: list[tuple[int, int]] = []

    # ---- data and layout -------------------------------------------------

    def load(self, comparison: Comparison, diffs: TrackedDiffs, keep: tuple[int, int] | None = None) -> None:
        """Show a new comparison; keep the cursor on paragraph keep=(version, index) if given."""
        model = self.model
        keep_row = model.load(comparison, keep)
        previous = self.ctx
        self.ctx = CellContext(comparison, diffs, model.row_of, typography=model.typography)
        if previous is not None:
            self.ctx.facts, self.ctx.deletions = previous.facts, previous.deletions
        self._heights.clear()
        self._pending.clear()
        self.relayout(keep_row)
        if model.search_text:
            self.search(model.search_text)

    def set_review_marks(self, marks: dict[int, str]) -> None:
        """Show these review marks; the gutter widens by a cell when the first appears (narrows after the last)."""
        model = self.model
        widen = bool(marks) != bool(model.review_marks)
        model.review_marks = marks
        self.invalidate()
        if widen and model.comparison is not None and self.scrollable_content_region.width:
            self._reindex()
            model.cursor = model.nearest_item(model.cursor_row)
            self.post_message(self.LayoutChanged(self))

    def geometry(self) -> tuple[int, list[tuple[int, int]]]:
        """(gutter width, [(x, width) per shown column]) at the current width."""
        return self.model.geometry(self.scrollable_content_region.width)

    def relayout(self, keep_row: int | None = None) -> None:
        """Rebuild items and line index (after data, shown versions or folding changed)."""
        model = self.model
        if model.comparison is None:
            return
        model.fit(self.scrollable_content_region.width)
        model.rebuild(keep_row)
        self.invalidate()
        if self.scrollable_content_region.width:
            self._reindex()
        else:  # not laid out yet: on_resize will measure the rows
            self._width = 0
        self.scroll_to_cursor()
        self.post_message(self.LayoutChanged(self))
        self._announce()

    def _reindex(self) -> None:
        """Estimate every item's height at the current width."""
        self._width = self.scrollable_content_region.width
        heights, exact = [], []
        for i in range(len(self.model.items)):
            height, final = self._item_height(i, exact=False)
            heights.append(height)
            exact.append(final)
        self.model.set_heights(heights, exact)
        self._prev_first = 0
        self.virtual_size = Size(self._width, self.model.index.total)

    def invalidate(self) -> None:
        """Forget painted lines and wrapped cells (options, theme or data changed)."""
        self._gen += 1
        self._cells.clear()
        self._strips.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        """Theme or CSS changed: styles and painted lines are stale."""
        super().notify_style_update()
        self.painter.clear()
        self._strips.clear()
        self.refresh()

    def on_resize(self, event: Resize) -> None:
        """Re-fit columns and re-wrap cells for the new size."""
        if self.model.comparison is not None and self.scrollable_content_region.width != self._width:
            self.fit_width()

    def fit_width(self) -> None:
        """Measure the rows at a new width (all of ``relayout`` only if fewer or more versions now fit)."""
        model = self.model
        if model.fit(self.scrollable_content_region.width):
            self.relayout()
            return
        keep_row = model.cursor_row
        self._reindex()
        model.cursor = model.nearest_item(keep_row)
        self.scroll_to_cursor()
        self.post_message(self.LayoutChanged(self))

    # ---- cells and heights -------------------------------------------------

    def cell_lines(self, row: int, v: int, width: int, exact: bool = True) -> tuple[list, bool]:
        """Wrapped (text, classes) pieces per line of a cell, and whether they are final."""
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
        comparison = self.ctx.comparison
        cells = comparison.rows[row].cells
        if (row, v) in self.ctx.diffs.known or v == comparison.base or not cells[v] or not cells[comparison.base]:
            return False
        if not is_long(comparison, row, v):
            return False
        self._pending.add((row, v))
        self._asked.append((row, v))
        return True

    def diffs_ready(self, cells: tuple[tuple[int, int], ...]) -> None:
        """A worker diffed these cells: paint them with their highlights."""
        self._pending.difference_update(cells)
        self.invalidate()

    def _item_height(self, i: int, exact: bool) -> tuple[int, bool]:
        item = self.model.items[i]
        if item.is_fold:
            return 2, True
        final_all, tallest = True, 1
        row = item.rows[0]
        for v, (_, width) in zip(self.model.shown, self.geometry()[1], strict=True):
            key = (row, v, width)
            known = self._heights.get(key)
            if known is None or not (known[1] or not exact):
                cached = self._cells.get(key)
                if cached is not None and (cached[1] or not exact):
                    known = (len(cached[0]), cached[1])
                elif exact:
                    lines, final = self.cell_lines(row, v, width, True)
                    known = (len(lines), final)
                else:
                    styled, final = build_cell(self.ctx, row, v, exact=False)
                    known = (len(wrap_ranges(styled.text, width)) if styled.text else 0, final)
                self._heights[key] = known
            tallest, final_all = max(tallest, known[0]), final_all and known[1]
        return tallest + 1, final_all

    def _settle(self) -> None:
        """Make the heights of the items on screen exact, keeping the view steady."""
        height = self.scrollable_content_region.height
        index = self.model.index
        for _ in range(4):
            top = round(self.scroll_y)
            first, last = index.item_at(top), index.item_at(top + height)
            todo = [i for i in range(first, last + 1) if not index.exact[i]]
            if not todo:
                break
            anchor = self._prev_first if first < self._prev_first < len(self.model.items) else None
            before = index.starts[anchor] if anchor is not None else 0
            if index.update({i: self._item_height(i, exact=True) for i in todo}):
                self.virtual_size = Size(self._width, index.total)
                if anchor is not None and index.starts[anchor] != before:
                    self.set_scroll(None, self.scroll_y + index.starts[anchor] - before)
                    self.scroll_target_y = self.scroll_y
        self._prev_first = index.item_at(round(self.scroll_y))

    def render_lines(self, crop: Region) -> list[Strip]:
        """Fit the width (the first paint comes before ``on_resize``), settle the heights on screen, paint."""
        if self.model.comparison is not None and self.scrollable_content_region.width != self._width:
            self.fit_width()
        if self.model.items:
            self._settle()
        lines = super().render_lines(crop)
        if self._asked:
            self.post_message(self.DiffsWanted(self, tuple(self._asked)))
            self._asked = []
        return lines

    def render_line(self, y: int) -> Strip:
        """One line of the grid, from the strip cache when possible."""
        line = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        model = self.model
        if not model.items or line >= model.index.total:
            return Strip.blank(width, self.rich_style)
        i = model.index.item_at(line)
        offset = line - model.index.starts[i]
        key = (i, offset, i == model.cursor, self._gen, width)
        strip = self._strips.get(key)
        if strip is None:
            strip = self.painter.paint(i, offset, i == model.cursor)
            self._strips[key] = strip
        return strip
