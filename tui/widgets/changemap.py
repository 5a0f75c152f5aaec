"""The change map: the whole story squeezed into the screen's height, one column per shown version.

``map_lines(comparison, items, starts, total, shown, typography, height)`` is the
pure part: for each of ``height`` map lines, the strongest relation (the core's
``CellInfo.relation``) of each shown non-base version over the grid lines that map
line stands for. It follows what the grid shows (folds, hidden boilerplate, the
chosen versions, typography ignored or not) because it reads the grid's items.

``ChangeMap`` paints it beside the grid: each cell a glyph (readable without
colour) coloured through a component class, and a bar on the left marking the
part of the story on screen. A click jumps there. The table is built once per
layout and height, not per paint; scrolling only moves the bar.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.segment import Segment
from textual.events import Click
from textual.strip import Strip
from textual.widget import Widget

from tui.core import Comparison
from tui.core.model import STRENGTH
from tui.widgets.layout import BOILERPLATE_FOLD, Item
from tui.widgets.paint import Painter

if TYPE_CHECKING:
    from tui.widgets.grid import DiffGrid

GLYPHS = {"same": "\u00b7", "typography": ":", "edited": "~", "paraphrase": "\u2248", "moved": "\u2195",
          "split": "\u00f7", "merged": "\u222a", "added": "+", "dropped": "\u2212", "boilerplate": " ", "": " "}
"""One character per relation, the gutter's marks (a dot for 'same')."""
CLASS = {"split": "split", "merged": "split"}
"""Component class per relation where it is not the relation's own name."""
_RANK = {**STRENGTH, "boilerplate": -1, "": -2}


def _item_relation(comparison: Comparison, item: Item, v: int, typography: bool) -> str:
    if item.kind == BOILERPLATE_FOLD:
        return "boilerplate" if any(comparison.rows[r].cells[v] for r in item.rows) else ""
    best = ""
    for r in item.rows:
        row = comparison.rows[r]
        relation = row.info[v].relation
        if relation == "typography" and not typography:
            relation = "same"
        if _RANK.get(relation, -2) > _RANK[best]:
            best = relation
    return best


def map_lines(comparison: Comparison, items: Sequence[Item], starts: Sequence[int], total: int,
              shown: Sequence[int], typography: bool, height: int) -> list[tuple[str, ...]]:
    """Per map line, the strongest relation of each shown version but the base (first of shown)."""
    if not items or height <= 0 or total <= 0:
        return []
    versions = list(shown[1:])
    per_item = [tuple(_item_relation(comparison, item, v, typography) for v in versions) for item in items]
    lines = []
    for y in range(height):
        first_line, last_line = y * total // height, max(y * total // height, (y + 1) * total // height - 1)
        first = max(0, bisect_right(starts, first_line) - 1)
        last = max(first, bisect_right(starts, last_line) - 1)
        cells = []
        for n in range(len(versions)):
            best = ""
            for i in range(first, last + 1):
                relation = per_item[i][n]
                if _RANK.get(relation, -2) > _RANK[best]:
                    best = relation
            cells.append(best)
        lines.append(tuple(cells))
    return lines


class ChangeMap(Widget):
    """The change map beside the grid (``m`` shows or hides it)."""

    COMPONENT_CLASSES = {f"change-map--{name}" for name in
                         ("same", "typography", "edited", "paraphrase", "moved", "split", "added", "dropped",
                          "boilerplate", "window", "track")}
    DEFAULT_CSS = """
    ChangeMap {
        width: 4;
        display: none;  /* shown by the viewer once the first analysis is in */
        height: 1fr;
        background: $panel;
        color: $foreground 40%;
    }
    ChangeMap > .change-map--track { color: $foreground 20%; }
    ChangeMap > .change-map--window { color: $accent; text-style: bold; }
    ChangeMap > .change-map--same { color: $foreground 35%; }
    ChangeMap > .change-map--typography { color: $text-warning; }
    ChangeMap > .change-map--edited { background: $success 45%; color: $text; }
    ChangeMap > .change-map--paraphrase { background: $warning 55%; color: $text; }
    ChangeMap > .change-map--moved { background: $accent 55%; color: $text; text-style: bold; }
    ChangeMap > .change-map--split { background: $primary 55%; color: $text; text-style: bold; }
    ChangeMap > .change-map--added { background: $success 25%; color: $text-success; text-style: bold; }
    ChangeMap > .change-map--dropped { background: $error 55%; color: $text; text-style: bold; }
    ChangeMap > .change-map--boilerplate { color: $foreground 20%; }
    """
    """The map's styles live here, not in ``app.tcss``: Textual parses them when the map is first mounted
    (after the first analysis), so the first frame does not parse rules for a widget it does not show."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.painter = Painter(self, "change-map")
        self.lines: list[tuple[str, ...]] = []
        self.window = (0, 0)
        """Map lines [first, last) standing for the grid lines on screen."""
        self._key: tuple[object, ...] | None = None
        self._grid: DiffGrid | None = None
        self._width = 0

    def follow(self, grid: DiffGrid) -> None:
        """Rebuild from the grid's layout when it changed (cheap when it did not), then place the window."""
        self._grid = grid
        comparison = grid.model.comparison
        width = max(1, len(grid.model.shown) - 1) + 2
        if self._width != width:  # a style change costs a layout pass: only when the column count changes
            self._width = width
            self.styles.width = width
        height = self.size.height
        typography = grid.model.options.typography
        model = grid.model
        key = (id(comparison), id(model.items), tuple(model.shown), typography, height, model.index.total,
               tuple(model.index.starts[-1:]))
        window: tuple[int, int] | None = self.window
        if key != self._key and comparison is not None:
            self._key = key
            self.lines = map_lines(comparison, model.items, model.index.starts, model.index.total, model.shown,
                                   typography, height)
            self.painter.clear()
            window = None
        self._place_window()
        if window != self.window:
            self.refresh()

    def _place_window(self) -> None:
        grid = self._grid
        total, height = (grid.model.index.total if grid else 0), self.size.height
        if grid is None or not total or not height:
            self.window = (0, 0)
            return
        top = int(grid.scroll_offset.y)
        bottom = min(total, top + grid.scrollable_content_region.height)
        first = top * height // total
        last = max(first + 1, -(-bottom * height // total))
        self.window = (first, min(height, last))

    def scrolled(self) -> None:
        """The grid scrolled: move the window bar only."""
        before = self.window
        self._place_window()
        if self.window != before:
            self.refresh()

    def on_resize(self) -> None:
        """A new height needs a new table."""
        if self._grid is not None:
            self.follow(self._grid)

    def render_line(self, y: int) -> Strip:
        """The bar, then one glyph per shown version."""
        width = self.size.width
        in_window = self.window[0] <= y < self.window[1]
        segments = [Segment("\u2503" if in_window else "\u2502",
                            self.painter.style(("window",) if in_window else ("track",)))]
        if y < len(self.lines):
            for relation in self.lines[y]:
                segments.append(Segment(GLYPHS.get(relation, " "),
                                        self.painter.style((CLASS.get(relation, relation or "boilerplate"),))))
        return Strip(Segment.adjust_line_length(segments, width, self.rich_style))

    def on_click(self, event: Click) -> None:
        """Jump to the part of the story under the click."""
        grid = self._grid
        if grid is None or not grid.model.items or not self.size.height:
            return
        line = event.y * grid.model.index.total // self.size.height
        item = max(0, bisect_left(grid.model.index.starts, line + 1) - 1)
        grid.move_to_item(min(item, len(grid.model.items) - 1))
        grid.scroll_item_to_top()
        event.stop()
