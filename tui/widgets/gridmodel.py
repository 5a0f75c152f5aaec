"""The aligned grid's state without a widget: columns, items, line index, cursor, folds, search, decisions.

``GridModel`` is to ``DiffGrid`` what Textual's ``Document`` is to ``TextArea``: plain data
and the rules that change it, tested without an app. It imports neither Textual nor Rich
(an import-linter contract holds it to that), never paints and never measures text: the
widget measures item heights and hands them over with ``set_heights`` / ``index.update``.

State (read freely; change it through the methods, which keep it consistent):

* ``comparison``: the data shown (None before the first alignment);
* ``chosen``: the non-base versions in the user's order; ``picked`` how many of them the
  user asked to see (None: as many as fit); ``shown`` the base plus the first of them, as
  many as fit (``fit``);
* ``options`` (the screen's ``ViewOptions``, as last applied: boilerplate hidden, unchanged
  rows folded, typography) and ``expanded`` (keys of opened folds), from which ``rebuild``
  derives ``items``;
* ``index``: each item's first line and height (``layout.LineIndex``);
* ``cursor``: index of the item under the cursor, always an existing item (0 when none);
* ``search_text``, ``pattern``, ``matches`` / ``match_index``: the search and where it stands;
* ``review_marks``: row -> the editor's decision mark; ``skip_row``: rows ``next_change`` passes.

The geometry helpers (``gutter_width``, ``capacity``, ``columns``) and ``is_long`` are pure
functions of sizes and texts, here so the widget, the screen and the app share one rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from tui.core import Comparison
from tui.widgets.layout import Item, LineIndex, build_items, is_change
from tui.widgets.viewoptions import ViewOptions

if TYPE_CHECKING:
    from tui.widgets.search import Match

MIN_COLUMN = 34
"""Narrowest useful column, in cells."""
LONG_CELL = 6_000
"""Characters (the cell and the base's cell) from which a word diff is left to a worker, off the UI thread."""
DEFAULT_WIDTH = 160
"""The width assumed for choosing columns before the widget is laid out."""


def is_long(comparison: Comparison, row: int, v: int) -> bool:
    """Whether the texts of a version's cell and the base's cell in a row are long enough to diff in a worker."""
    cells = comparison.rows[row].cells
    size = 0
    for version in (v, comparison.base):
        paragraphs = comparison.versions[version].paragraphs
        size += sum(len(paragraphs[p].text) for p in cells[version])
    return size >= LONG_CELL


def gutter_width(rows: int, marks: bool = False) -> int:
    """Cells taken by the row-number gutter (one more while review marks are shown, so they never touch the text)."""
    return len(str(max(1, rows))) + 3 + (1 if marks else 0)


def capacity(width: int, rows: int) -> int:
    """How many columns of at least MIN_COLUMN cells fit the width."""
    return max(1, (width - gutter_width(rows) + 1) // (MIN_COLUMN + 1))


def columns(width: int, rows: int, count: int, marks: bool = False) -> list[tuple[int, int]]:
    """(x, width) of each of count columns, separated by one-cell rules."""
    count = max(1, count)
    x = gutter_width(rows, marks)
    available = max(count, width - x - (count - 1))
    size, extra = divmod(available, count)
    result = []
    for n in range(count):
        w = size + (1 if n < extra else 0)
        result.append((x, w))
        x += w + 1
    return result


class GridModel:
    """What the grid shows and where its cursor is, for one comparison at a time."""

    def __init__(self) -> None:
        self.comparison: Comparison | None = None
        self.items: list[Item] = []
        self.index = LineIndex([], [])
        self.chosen: list[int] = []
        self.picked: int | None = None
        self.shown: tuple[int, ...] = ()
        self.options = ViewOptions()
        self.expanded: set[tuple[str, int]] = set()
        self.cursor = 0
        self.search_text = ""
        self.pattern: re.Pattern[str] | None = None
        self.matches: list[Match] = []
        self.match_index: int | None = None
        self.review_marks: dict[int, str] = {}
        """Row -> the editor's decision mark (✓ ! * ?), painted in the gutter."""
        self.skip_row: Callable[[int], bool] | None = None
        """Rows next_change passes over (accepted rows, while the viewer skips them)."""
        self._row_item: dict[int, int] = {}

    # ---- data ----------------------------------------------------------------

    def load(self, comparison: Comparison, keep: tuple[int, int] | None = None) -> int | None:
        """Take a new comparison (the user's column order kept, the old base first among the others).

        Opened folds are closed. Returns the row holding paragraph ``keep=(version, index)``, if any.
        Call ``rebuild`` (after ``fit``) to derive the items.
        """
        old = self.comparison
        others = [v for v in range(len(comparison.versions)) if v != comparison.base]
        preferred = list(self.chosen) + ([old.base] if old is not None else [])
        self.chosen = [v for v in dict.fromkeys(preferred + others) if v != comparison.base]
        self.comparison = comparison
        self.expanded.clear()
        return comparison.row_of_paragraph.get(keep) if keep else None

    def row_of(self, version: int, paragraph: int) -> int | None:
        """The row holding a version's paragraph."""
        return self.comparison.row_of_paragraph.get((version, paragraph)) if self.comparison else None

    def item_of(self, row: int) -> int | None:
        """The item showing a row (None when the row is hidden or not shown)."""
        return self._row_item.get(row)

    @property
    def rows(self) -> int:
        """Rows in the comparison (1 before any, so widths stay defined)."""
        return len(self.comparison.rows) if self.comparison is not None else 1

    @property
    def cursor_row(self) -> int | None:
        """The comparison row under the cursor (first row of a fold)."""
        return self.items[self.cursor].rows[0] if self.items else None

    # ---- layout --------------------------------------------------------------

    def fit(self, width: int) -> bool:
        """Show the base and as many chosen versions as fit ``width`` (0: not laid out); True if that changed."""
        if self.comparison is None:
            return False
        room = capacity(width or DEFAULT_WIDTH, len(self.comparison.rows)) - 1
        shown = (self.comparison.base, *self.chosen[: min(room, self.picked or room)])
        changed, self.shown = shown != self.shown, shown
        return changed

    def geometry(self, width: int) -> tuple[int, list[tuple[int, int]]]:
        """(gutter width, [(x, width) per shown column]) at a width."""
        marks = bool(self.review_marks)
        return gutter_width(self.rows, marks), columns(width, self.rows, len(self.shown), marks)

    def rebuild(self, keep_row: int | None = None) -> None:
        """Derive the items from the options; the cursor goes to keep_row (default: its row) or the next shown."""
        if self.comparison is None:
            return
        keep_row = self.cursor_row if keep_row is None else keep_row
        options = self.options
        self.items = build_items(self.comparison, self.shown, options.hide_boilerplate, options.fold_unchanged,
                                 self.expanded, options.typography)
        self._row_item = {row: i for i, item in enumerate(self.items) for row in item.rows}
        self.index = LineIndex([2] * len(self.items), [False] * len(self.items))
        self.cursor = self.nearest_item(keep_row)

    def set_heights(self, heights: list[int], exact: list[bool]) -> None:
        """Every item's height (in lines, its separator included) and whether it is measured or estimated."""
        self.index = LineIndex(heights, exact)

    def nearest_item(self, row: int | None) -> int:
        """The item showing row, else the first shown after it, else the last (0 without items)."""
        if not self.items or row is None:
            return 0
        if row in self._row_item:
            return self._row_item[row]
        later = [i for r, i in self._row_item.items() if r > row]
        return min(later) if later else len(self.items) - 1

    def clamp(self, i: int) -> int:
        """i moved onto an existing item."""
        return max(0, min(len(self.items) - 1, i))

    # ---- folds and rows ------------------------------------------------------

    def fold_to_close(self, i: int) -> tuple[str, int] | None:
        """The key of the opened fold item i belongs to (None when it is in none)."""
        if self.comparison is None or not self.items or self.items[i].is_fold:
            return None
        row, options = self.items[i].rows[0], self.options
        for key in sorted(self.expanded):
            folded = build_items(self.comparison, self.shown, options.hide_boilerplate, options.fold_unchanged,
                                 self.expanded - {key}, options.typography)
            if any(f.key == key and row in f.rows for f in folded if f.is_fold):
                return key
        return None

    def unhide_for(self, row: int) -> bool:
        """Show boilerplate again when hiding it hides row; True if the option changed (then ``rebuild``)."""
        if self.comparison is None or row in self._row_item or not self.options.hide_boilerplate:
            return False
        self.options = replace(self.options, hide_boilerplate=False)
        return True

    def open_fold_of(self, row: int) -> bool:
        """Open the fold row is folded into; True if there was one (then ``rebuild``)."""
        i = self._row_item.get(row)
        if i is None or not self.items[i].is_fold:
            return False
        self.expanded.add(self.items[i].key)
        return True

    def next_change(self, direction: int) -> int | None:
        """The next (1) or previous (-1) item from the cursor whose row a shown version changed (skipped rows
        passed over); None when there is none."""
        if self.comparison is None:
            return None
        rows = self.comparison.rows
        i = self.cursor + direction
        while 0 <= i < len(self.items):
            item = self.items[i]
            skip = self.skip_row is not None and self.skip_row(item.rows[0])
            if not item.is_fold and is_change(rows[item.rows[0]], self.shown, self.options.typography) and not skip:
                return i
            i += direction
        return None

    # ---- versions shown --------------------------------------------------------

    def set_shown(self, chosen: list[int]) -> None:
        """Choose the non-base versions to show, in order (as many as fit are shown; ``fit`` decides)."""
        rest = [v for v in self.chosen if v not in chosen]
        self.chosen = list(dict.fromkeys(chosen)) + rest
        self.picked = len(set(chosen))

    def cycle_versions(self) -> bool:
        """Rotate the chosen versions by the number shown beside the base; False when all are shown."""
        step = max(1, len(self.shown) - 1)
        if len(self.chosen) <= step:
            return False
        self.chosen = self.chosen[step:] + self.chosen[:step]
        return True

    def show_version(self, v: int) -> bool:
        """Put version v in place of the last shown column; False if it is already shown or the base."""
        if self.comparison is None or v in self.shown or v == self.comparison.base:
            return False
        keep = list(self.shown[1:-1])
        self.chosen = keep + [v] + [u for u in self.chosen if u not in keep and u != v]
        return True

    def set_options(self, options: ViewOptions) -> bool:
        """Take new options; True when the items must be rebuilt (then ``rebuild``).

        Turning the folding of unchanged rows on or off forgets the unchanged folds opened.
        """
        old, self.options = self.options, options
        if options.fold_unchanged != old.fold_unchanged:
            self.expanded = {key for key in self.expanded if key[0] != "unchanged"}
        return options.layout != old.layout

    # ---- search -----------------------------------------------------------------

    def search(self, text: str) -> int:
        """Find text in every version (shown columns first in each row); the number of matches."""
        from tui.widgets.search import compile_query, find_matches  # the first search imports them, not the start

        self.search_text = text
        self.pattern = compile_query(text)
        self.match_index = None
        if self.comparison is None or self.pattern is None:
            self.matches = []
            return 0
        order = list(self.shown) + [v for v in range(len(self.comparison.versions)) if v not in self.shown]
        self.matches = find_matches(self.comparison, range(len(self.comparison.rows)), order, self.pattern)
        return len(self.matches)

    @property
    def current_match(self) -> Match | None:
        """The match the user went to last (None until n/N, and after a new search)."""
        return self.matches[self.match_index] if self.match_index is not None else None

    def next_match(self, direction: int) -> Match | None:
        """Step to the next (1) or previous (-1) match: the first after (before) the cursor's row, then in turn."""
        if not self.matches:
            return None
        if self.match_index is None:
            row = self.cursor_row or 0
            after = [n for n, m in enumerate(self.matches) if (m.row >= row if direction > 0 else m.row <= row)]
            index = (after[0] if direction > 0 else after[-1]) if after else (0 if direction > 0 else -1)
        else:
            index = self.match_index + direction
        self.match_index = index % len(self.matches)
        return self.matches[self.match_index]
