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

Composition, as Textual's ``TextArea`` owns its ``Document``: ``model`` (a
``gridmodel.GridModel``) holds the columns shown, the items, the line index, the cursor,
folds, search and review marks; ``cells`` (a ``gridcells.GridCells``) builds, wraps and
measures cells and defers long word diffs; ``painter`` (a ``gridpaint.GridPainter``)
turns a line into a Strip. The widget itself keeps the painted-line cache and does what
needs the screen: measuring at its width, scrolling, keys and clicks, messages.

A long cell (``gridmodel.LONG_CELL``) is painted without highlights and listed in a
``DiffsWanted`` message; the app diffs it in a worker and calls ``diffs_ready``.

It follows the screen's ``ViewOptions`` (``apply``) and posts ``CursorMoved``,
``LayoutChanged``, ``OptionsChanged`` and ``DiffsWanted``; it never runs the engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.cache import LRUCache
from textual.events import Click, Resize
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.core import Comparison
from tui.widgets.cells import FactsFn, TrackedDiffs
from tui.widgets.gridcells import GridCells, Pieces
from tui.widgets.gridmodel import GridModel
from tui.widgets.gridpaint import GridPainter
from tui.widgets.viewoptions import ViewOptions

if TYPE_CHECKING:
    from tui.widgets.search import Match


class DiffGrid(ScrollView, can_focus=True):
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
    class OptionsChanged(Message):
        """The grid changed an option itself (it showed boilerplate to reach a hidden row)."""

        grid: DiffGrid
        options: ViewOptions

    @dataclass
    class DiffsWanted(Message):
        """Cells on screen whose word diffs are too long to compute while painting: (row, version) pairs."""

        grid: DiffGrid
        cells: tuple[tuple[int, int], ...]

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.model = GridModel()
        """Columns, items, line index, cursor, folds, search and review marks: the grid's state."""
        self.cells = GridCells(self.model)
        """Cell text, wrapped and measured, and the long diffs left to a worker."""
        self.painter = GridPainter(self, self.model, self.cells, self._frame_geometry)
        self._strips: LRUCache[tuple[int, int, bool, int, int], Strip] = LRUCache(2048)
        self._gen = 0
        self._prev_first = 0
        self._width = 0
        self._frame: tuple[int, tuple[int, list[tuple[int, int]]]] | None = None
        """While ``render_lines`` paints: the width and the geometry, worked out once for all its lines."""

    # ---- data and layout -------------------------------------------------

    def load(self, comparison: Comparison, diffs: TrackedDiffs, keep: tuple[int, int] | None = None) -> None:
        """Show a new comparison; keep the cursor on paragraph keep=(version, index) if given."""
        keep_row = self.model.load(comparison, keep)
        self.cells.load(comparison, diffs)
        self.relayout(keep_row)
        if self.model.search_text:
            self.search(self.model.search_text)

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

    def _frame_geometry(self) -> tuple[int, list[tuple[int, int]]]:
        return self._frame[1] if self._frame is not None else self.geometry()

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
        widths = self._column_widths()
        for i in range(len(self.model.items)):
            height, final = self.cells.item_height(i, widths, exact=False)
            heights.append(height)
            exact.append(final)
        self.model.set_heights(heights, exact)
        self._prev_first = 0
        self.virtual_size = Size(self._width, self.model.index.total)

    def invalidate(self) -> None:
        """Forget painted lines and wrapped cells (options, theme or data changed)."""
        self._gen += 1
        self.cells.clear()
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

    # ---- cursor and navigation -------------------------------------------

    def move_to_item(self, i: int, scroll: bool = True) -> None:
        """Put the cursor on item i (clamped) and, unless told not to, scroll it into view."""
        if not self.model.items:
            return
        i = self.model.clamp(i)
        old, self.model.cursor = self.model.cursor, i
        if not (scroll and self.scroll_to_cursor()):
            for item in {old, i}:
                if item < len(self.model.items):
                    self.refresh_lines(self.model.index.starts[item], self.model.index.heights[item])
        if old != i:
            self._announce()

    def _announce(self) -> None:
        if self.model.items:
            self.post_message(self.CursorMoved(self, self.model.items[self.model.cursor].rows[0]))

    def scroll_to_cursor(self) -> bool:
        """Scroll the least needed to show the cursor item (its top if taller than the view); True if it did."""
        if not self.model.items:
            return False
        i = self.model.cursor
        # Not laid out yet (``_width`` 0): the heights are placeholders until ``fit_width`` measures every row
        # and scrolls here again, so measuring the cursor's row now (at a column width of 1) would be thrown away.
        if self._width and not self.model.index.exact[i] and self.model.index.update(
                {i: self._item_height(i, exact=True)}):
            self.virtual_size = Size(self._width, self.model.index.total)
        start, tall = self.model.index.starts[i], self.model.index.heights[i] - 1
        top, height = round(self.scroll_y), self.scrollable_content_region.height
        if start < top or tall > height:
            target = start
        elif start + tall > top + height:
            target = start + tall - height
        else:
            return False
        self.scroll_to(y=target, animate=False, force=True)
        return target != top

    def scroll_item_to_top(self, margin: int = 2) -> None:
        """Scroll so the cursor's item starts near the top of the view (after a jump, it reads from there)."""
        if self.model.items:
            self.scroll_to(y=max(0, self.model.index.starts[self.model.cursor] - margin), animate=False, force=True)

    def go_to_row(self, row: int) -> bool:
        """Move the cursor to a comparison row, opening folds or showing boilerplate as needed."""
        model = self.model
        if model.comparison is None:
            return False
        if model.unhide_for(row):
            self.post_message(self.OptionsChanged(self, model.options))
            self.relayout()
        if model.item_of(row) is None:
            return False
        if model.open_fold_of(row):
            self.relayout(row)
        self.move_to_item(model.nearest_item(row))  # its own item now
        return True

    def action_cursor(self, delta: int) -> None:
        """Move the cursor by delta items."""
        self.move_to_item(self.model.cursor + delta)

    def action_page(self, direction: int) -> None:
        """Scroll a page and move the cursor along."""
        if not self.model.items:
            return
        view = self.scrollable_content_region.height
        top = round(self.scroll_y)
        offset = self.model.index.starts[self.model.cursor] - top
        target = max(0, min(self.max_scroll_y, top + direction * max(1, view - 1)))
        self.scroll_to(y=target, animate=False, force=True)
        i = self.model.index.item_at(target + max(0, offset))
        if i == self.model.cursor:
            if target != top and self.model.index.heights[i] - 1 > view:
                return  # a row taller than the screen: the page moved on through it
            i += direction
        i = max(0, min(len(self.model.items) - 1, i))
        self.move_to_item(i, scroll=self.model.index.heights[i] - 1 <= view)  # a tall row stays where the page put it

    def action_edge(self, end: int) -> None:
        """Go to the first (0) or last (1) row."""
        self.move_to_item(len(self.model.items) - 1 if end else 0)

    def action_toggle_fold(self) -> None:
        """Open the fold under the cursor, or close the opened fold the cursor is in."""
        model = self.model
        if not model.items:
            return
        item = model.items[model.cursor]
        if item.is_fold:
            model.expanded.add(item.key)
            self.relayout(item.rows[0])
            return
        key = model.fold_to_close(model.cursor)
        if key is None:
            self.app.bell()
            return
        model.expanded.discard(key)
        self.relayout(item.rows[0])

    def next_change(self, direction: int) -> bool:
        """Move to the next (1) or previous (-1) changed row; False when there is none."""
        i = self.model.next_change(direction)
        if i is None:
            return False
        self.move_to_item(i)
        return True

    def on_click(self, event: Click) -> None:
        """Select the clicked row; a click on a fold opens it."""
        if not self.model.items:
            return
        line = self.scroll_offset.y + event.y
        if line >= self.model.index.total:
            return
        i = self.model.index.item_at(line)
        if i == self.model.cursor and self.model.items[i].is_fold:
            self.action_toggle_fold()
        else:
            self.move_to_item(i)

    # ---- options -----------------------------------------------------------

    def set_shown(self, chosen: list[int]) -> None:
        """Choose the non-base versions to show, in order (as many as fit are shown)."""
        self.model.set_shown(chosen)
        self.relayout()

    def cycle_versions(self) -> None:
        """Show the next set of non-base versions."""
        if self.model.cycle_versions():
            self.relayout()

    def apply(self, options: ViewOptions) -> None:
        """Follow the screen's options: lay the rows out again if what they depend on changed."""
        old = self.model.options
        if not self.model.set_options(options):
            return
        if self.cells.ctx is not None:
            self.cells.ctx.typography, self.cells.ctx.deletions = options.typography, options.deletions
        if options.deletions != old.deletions:
            self.cells.forget_heights()  # the cells' text, so their heights, change
        self.relayout()  # typography-only rows become (un)changed: folds and n/p follow

    def set_facts(self, facts: FactsFn | None) -> None:
        """Highlight facts with facts(version, paragraph) -> spans, or None to stop."""
        self.cells.context.facts = facts
        self.invalidate()

    def search(self, query: str) -> int:
        """Find query in every version (shown columns first in each row) and highlight it; the number of matches."""
        found = self.model.search(query)
        self.cells.context.search = self.model.pattern
        self.cells.context.current_match = None
        self.invalidate()
        return found

    def show_version(self, v: int) -> bool:
        """Bring version v on screen in place of the last shown column; True if it was hidden."""
        if not self.model.show_version(v):
            return False
        self.relayout()
        return True

    def next_match(self, direction: int) -> Match | None:
        """Go to the next (1) or previous (-1) match from the cursor; None without matches."""
        match = self.model.next_match(direction)
        if match is None:
            return None
        self.cells.context.current_match = (match.row, match.version, match.start)
        self.show_version(match.version)
        self.invalidate()
        if self.go_to_row(match.row):
            self.reveal_match(match)
        return match

    def reveal_match(self, match: Match) -> None:
        """In a row taller than the view, scroll so the current match's line is on screen."""
        i = self.model.item_of(match.row)
        if i is None or match.version not in self.model.shown:
            return
        start, height = self.model.index.starts[i], self.model.index.heights[i] - 1
        view = self.scrollable_content_region.height
        if height <= view:
            return
        width = self.geometry()[1][self.model.shown.index(match.version)][1]
        lines, _ = self.cell_lines(match.row, match.version, width)
        line = next((n for n, pieces in enumerate(lines) if any("match-current" in c for _, c in pieces)), 0)
        target = max(start, min(start + height - view, start + line - view // 3))
        self.scroll_to(y=target, animate=False, force=True)

    # ---- cells and heights -------------------------------------------------

    def cell_lines(self, row: int, v: int, width: int, exact: bool = True) -> tuple[list[Pieces], bool]:
        """Wrapped (text, classes) pieces per line of a cell, and whether they are final."""
        return self.cells.lines(row, v, width, exact)

    def diffs_ready(self, cells: tuple[tuple[int, int], ...]) -> None:
        """A worker diffed these cells: paint them with their highlights."""
        self.cells.diffs_ready(cells)
        self.invalidate()

    def _item_height(self, i: int, exact: bool) -> tuple[int, bool]:
        return self.cells.item_height(i, self._column_widths(), exact)

    def _column_widths(self) -> list[int]:
        """The shown columns' widths at the current width (worked out once for a pass over many items)."""
        return [width for _, width in self.geometry()[1]]

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
            widths = self._column_widths()
            if index.update({i: self.cells.item_height(i, widths, exact=True) for i in todo}):
                self.virtual_size = Size(self._width, index.total)
                if anchor is not None and index.starts[anchor] != before:
                    self.set_scroll(None, self.scroll_y + index.starts[anchor] - before)
                    self.scroll_target_y = self.scroll_y
        self._prev_first = index.item_at(round(self.scroll_y))

    def render_lines(self, crop: Region) -> list[Strip]:
        """Fit the width (the first paint comes before ``on_resize``), settle the heights on screen, paint (the
        width and the geometry worked out once for every line: ``_frame``)."""
        if self.model.comparison is not None and self.scrollable_content_region.width != self._width:
            self.fit_width()
        if self.model.items:
            self._settle()
        width = self.scrollable_content_region.width
        self._frame = (width, self.model.geometry(width))
        try:
            lines = super().render_lines(crop)
        finally:
            self._frame = None
        asked = self.cells.take_asked()
        if asked:  # the screen paints: a message made here would stop at it, so the grid's own loop makes it
            self.call_later(self._want_diffs, asked)
        return lines

    def _want_diffs(self, cells: tuple[tuple[int, int], ...]) -> None:
        """Ask for these cells' diffs (the message bubbles up to the app, which runs the worker)."""
        self.post_message(self.DiffsWanted(self, cells))

    def render_line(self, y: int) -> Strip:
        """One line of the grid, from the strip cache when possible."""
        line = self.scroll_offset.y + y
        frame = self._frame
        width = frame[0] if frame is not None else self.scrollable_content_region.width
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
