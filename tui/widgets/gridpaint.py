"""Painting one line of the grid: gutter, cells and column rules.

``GridPainter(widget, model, cells, geometry).paint(item, offset, cursor)`` returns the
Strip for line ``offset`` of the model's item, styled with the widget's component
classes; ``cells`` (a ``GridCells``) gives the wrapped cell lines and ``geometry()`` the
gutter width and the columns at the widget's current width. It knows nothing else of the
widget. A row item paints each shown version's wrapped
cell line; its last line is a blank separator. A boilerplate fold paints a
one-line preview per column (``▸ caption ×3: first words…``); an unchanged
fold paints one line across the columns. The gutter shows the row number and
a glyph for the row's relation among the shown versions (= same, ≡ typography,
~ edited, ≈ paraphrase, ↕ moved, ÷ split, ∪ merged, + added, − dropped by a
shown version, · boilerplate) on the row's first line, then the editor's review
mark if any (✓ accepted, ! flagged, * noted, ? stale: ``model.review_marks``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from textual.strip import Strip
from textual.widget import Widget

from tui.core import Row
from tui.core.safe import visible
from tui.widgets.gridcells import GridCells, Pieces
from tui.widgets.gridmodel import GridModel
from tui.widgets.layout import BOILERPLATE_FOLD, UNCHANGED_FOLD, Item, shown_relation
from tui.widgets.paint import Painter

Geometry = Callable[[], tuple[int, list[tuple[int, int]]]]
"""() -> (gutter width, [(x, width) per shown column]) at the widget's current width."""

GLYPHS = {"same": "=", "typography": "\u2261", "edited": "~", "paraphrase": "\u2248", "moved": "\u2195",
          "split": "\u00f7", "merged": "\u222a", "added": "+", "dropped": "\u2212", "boilerplate": "\u00b7"}
RULE = "\u2502"


class GridPainter(Painter):
    """Paints the grid's lines from the model's items, the cells and the geometry."""

    def __init__(self, widget: Widget, model: GridModel, cells: GridCells, geometry: Geometry) -> None:
        super().__init__(widget, "diff-grid")
        self.model = model
        self.cells = cells
        self.geometry = geometry

    def _gutter(self, item: Item, offset: int, width: int, cursor: bool) -> list[Segment]:
        model = self.model
        assert model.comparison is not None
        text = ""
        if offset == 0:
            row = model.comparison.rows[item.rows[0]]
            glyph = "\u22ef" if item.kind == UNCHANGED_FOLD else "\u25b8" if item.is_fold else self._glyph(row)
            text = f"{item.rows[0] + 1:>{len(str(len(model.comparison.rows)))}} {glyph}"
        classes = ("gutter-cursor",) if cursor else ("gutter",)
        mark = model.review_marks.get(item.rows[0], "") if offset == 0 and not item.is_fold else ""
        marked = classes if cursor else (*classes, "review")  # the cursor's gutter has its own colours
        return self.segments([(text, classes), (mark, marked)], width, cursor, classes)

    def _glyph(self, row: Row) -> str:
        return GLYPHS.get(shown_relation(row, self.model.shown, self.model.options.typography), " ")

    def paint(self, i: int, offset: int, cursor: bool) -> Strip:
        """The strip for line offset of item i."""
        model = self.model
        item = model.items[i]
        gutter, cols = self.geometry()
        separator = offset >= model.index.heights[i] - 1
        cursor = cursor and not separator
        parts = [self._gutter(item, offset, gutter, cursor)]
        if item.kind == UNCHANGED_FOLD and not separator:
            first, last = item.rows[0] + 1, item.rows[-1] + 1
            span = f"row {first}" if first == last else f"rows {first}\u2013{last}"
            text = f"\u22ef {len(item.rows)} unchanged ({span}): press enter to show"
            width = cols[-1][0] + cols[-1][1] - cols[0][0]
            parts.append(self.segments([(text, ("fold",))], width, cursor, ("fold",)))
            return self.join(parts, RULE, cursor)
        for v, (_, width) in zip(model.shown, cols, strict=True):
            pieces: Pieces
            if separator:
                pieces = []
            elif item.kind == BOILERPLATE_FOLD:
                pieces = self._preview(item, v, width)
            else:
                lines, _ = self.cells.lines(item.rows[0], v, width)
                pieces = lines[offset] if offset < len(lines) else []
            parts.append(self.segments(pieces, width, cursor))
        return self.join(parts, RULE, cursor)

    def _preview(self, item: Item, v: int, width: int) -> Pieces:
        comparison = self.model.comparison
        assert comparison is not None
        paragraphs = comparison.versions[v].paragraphs
        found = [paragraphs[p] for r in item.rows for p in comparison.rows[r].cells[v]]
        if not found:
            return []
        kinds = Counter(p.boilerplate or "boilerplate" for p in found)
        kind = next(iter(kinds)) if len(kinds) == 1 else "boilerplate"
        count = f" \u00d7{len(found)}" if len(found) > 1 else ""
        label = f"\u25b8 {kind}{count}: "
        words = " ".join(visible(found[0].text).split())
        room = max(0, width - cell_len(label))
        if cell_len(words) > room:
            words = set_cell_size(words, max(0, room - 1)) + "\u2026"
        return [(label, ("fold",)), (words, ("fold", "boilerplate"))]
