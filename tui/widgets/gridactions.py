"""What the grid's keys and options do: cursor moves, folds, versions shown, search.

``GridActions`` is a mixin of ``DiffGrid``: it works on the grid's state
(``items``, ``index``, ``cursor``, ``shown``, ``chosen``, ``expanded``,
``matches`` ...) through ``relayout``, ``invalidate`` and ``scroll_to``, and
never paints. Every method leaves the cursor on an existing item.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.events import Click
from textual.geometry import Size

from tui.widgets.layout import build_items, is_change
from tui.widgets.search import Match, compile_query, find_matches

if TYPE_CHECKING:
    from tui.widgets.grid import DiffGrid

    _Base = DiffGrid
else:
    _Base = object


class GridActions(_Base):
    """Navigation, folding, version choice and search for ``DiffGrid``."""

    # ---- cursor and navigation -------------------------------------------

    def move_to_item(self, i: int, scroll: bool = True) -> None:
        """Put the cursor on item i (clamped) and, unless told not to, scroll it into view."""
        if not self.items:
            return
        i = max(0, min(len(self.items) - 1, i))
        old, self.cursor = self.cursor, i
        if not (scroll and self.scroll_to_cursor()):
            for item in {old, i}:
                if item < len(self.items):
                    self.refresh_lines(self.index.starts[item], self.index.heights[item])
        if old != i:
            self._announce()

    def _announce(self) -> None:
        if self.items:
            self.post_message(self.CursorMoved(self, self.items[self.cursor].rows[0]))

    def scroll_to_cursor(self) -> bool:
        """Scroll the least needed to show the cursor item (its top if taller than the view); True if it did."""
        if not self.items:
            return False
        i = self.cursor
        if not self.index.exact[i] and self.index.update({i: self._item_height(i, exact=True)}):
            self.virtual_size = Size(self._width, self.index.total)
        start, tall = self.index.starts[i], self.index.heights[i] - 1
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
        if self.items:
            self.scroll_to(y=max(0, self.index.starts[self.cursor] - margin), animate=False, force=True)

    def go_to_row(self, row: int) -> bool:
        """Move the cursor to a comparison row, opening folds or showing boilerplate as needed."""
        if self.comparison is None:
            return False
        if row not in self._row_item and self.hide_boilerplate:
            self.hide_boilerplate = False
            self.relayout()
        if row not in self._row_item:
            return False
        item = self.items[self._row_item[row]]
        if item.is_fold:
            self.expanded.add(item.key)
            self.relayout(row)
        self.move_to_item(self._row_item[row])
        return True

    def action_cursor(self, delta: int) -> None:
        """Move the cursor by delta items."""
        self.move_to_item(self.cursor + delta)

    def action_page(self, direction: int) -> None:
        """Scroll a page and move the cursor along."""
        if not self.items:
            return
        view = self.scrollable_content_region.height
        top = round(self.scroll_y)
        offset = self.index.starts[self.cursor] - top
        target = max(0, min(self.max_scroll_y, top + direction * max(1, view - 1)))
        self.scroll_to(y=target, animate=False, force=True)
        i = self.index.item_at(target + max(0, offset))
        if i == self.cursor:
            if target != top and self.index.heights[i] - 1 > view:
                return  # a row taller than the screen: the page moved on through it
            i += direction
        i = max(0, min(len(self.items) - 1, i))
        self.move_to_item(i, scroll=self.index.heights[i] - 1 <= view)  # a tall row stays where the page put it

    def action_edge(self, end: int) -> None:
        """Go to the first (0) or last (1) row."""
        self.move_to_item(len(self.items) - 1 if end else 0)

    def action_toggle_fold(self) -> None:
        """Open the fold under the cursor, or close the opened fold the cursor is in."""
        if not self.items:
            return
        item = self.items[self.cursor]
        if item.is_fold:
            self.expanded.add(item.key)
            self.relayout(item.rows[0])
            return
        for key in list(self.expanded):
            folded = build_items(self.comparison, self.shown, self.hide_boilerplate, self.fold_unchanged,
                                 self.expanded - {key}, self.ctx.typography)
            if any(f.key == key and item.rows[0] in f.rows for f in folded if f.is_fold):
                self.expanded.discard(key)
                self.relayout(item.rows[0])
                return
        self.app.bell()

    def next_change(self, direction: int) -> bool:
        """Move to the next (1) or previous (-1) changed row; False when there is none."""
        rows = self.comparison.rows if self.comparison else ()
        i = self.cursor + direction
        while 0 <= i < len(self.items):
            item = self.items[i]
            skip = self.skip_row is not None and self.skip_row(item.rows[0])
            if not item.is_fold and is_change(rows[item.rows[0]], self.shown, self.ctx.typography) and not skip:
                self.move_to_item(i)
                return True
            i += direction
        return False

    def on_click(self, event: Click) -> None:
        """Select the clicked row; a click on a fold opens it."""
        if not self.items:
            return
        line = self.scroll_offset.y + event.y
        if line >= self.index.total:
            return
        i = self.index.item_at(line)
        if i == self.cursor and self.items[i].is_fold:
            self.action_toggle_fold()
        else:
            self.move_to_item(i)

    # ---- options -----------------------------------------------------------

    def set_shown(self, chosen: list[int]) -> None:
        """Choose the non-base versions to show, in order (as many as fit are shown)."""
        rest = [v for v in self.chosen if v not in chosen]
        self.chosen = list(dict.fromkeys(chosen)) + rest
        self.picked = len(set(chosen))
        self.relayout()

    def cycle_versions(self) -> None:
        """Show the next set of non-base versions."""
        step = max(1, len(self.shown) - 1)
        if len(self.chosen) > step:
            self.chosen = self.chosen[step:] + self.chosen[:step]
            self.relayout()

    def set_boilerplate_hidden(self, hidden: bool) -> None:
        """Hide boilerplate rows, or show them (long blocks folded)."""
        self.hide_boilerplate = hidden
        self.relayout()

    def set_fold_unchanged(self, fold: bool) -> None:
        """Fold runs of unchanged rows to one line each, or unfold them."""
        self.fold_unchanged = fold
        self.expanded = {key for key in self.expanded if key[0] != "unchanged"}
        self.relayout()

    def set_typography(self, show: bool) -> None:
        """Mark typography-only changes (quotes, dashes, spaces) or not."""
        self.ctx.typography = show
        self.relayout()  # typography-only rows become (un)changed: folds and n/p follow

    def set_deletions(self, show: bool) -> None:
        """Show the base's dropped words inline in edited cells, or only the version's own text."""
        self.ctx.deletions = show
        self._heights.clear()  # the cells' text, so their heights, change
        self.relayout()

    def set_facts(self, facts) -> None:
        """Highlight facts with facts(version, paragraph) -> spans, or None to stop."""
        self.ctx.facts = facts
        self.invalidate()

    def search(self, query: str) -> int:
        """Find query in every version (shown columns first in each row) and highlight it; the number of matches."""
        self.search_text = query
        pattern = compile_query(query)
        self.ctx.search = pattern
        self.ctx.current_match = None
        self.match_index = None
        order = list(self.shown) + [v for v in range(len(self.comparison.versions)) if v not in self.shown]
        rows = range(len(self.comparison.rows))
        self.matches = [] if pattern is None else find_matches(self.comparison, rows, order, pattern)
        self.invalidate()
        return len(self.matches)

    def show_version(self, v: int) -> bool:
        """Bring version v on screen in place of the last shown column; True if it was hidden."""
        if v in self.shown or v == self.comparison.base:
            return False
        keep = list(self.shown[1:-1])
        self.chosen = keep + [v] + [u for u in self.chosen if u not in keep and u != v]
        self.relayout()
        return True

    def next_match(self, direction: int) -> Match | None:
        """Go to the next (1) or previous (-1) match from the cursor; None without matches."""
        if not self.matches:
            return None
        if self.match_index is None:
            row = self.cursor_row or 0
            after = [n for n, m in enumerate(self.matches) if (m.row >= row if direction > 0 else m.row <= row)]
            index = (after[0] if direction > 0 else after[-1]) if after else (0 if direction > 0 else -1)
        else:
            index = self.match_index + direction
        self.match_index = index % len(self.matches)
        match = self.matches[self.match_index]
        self.ctx.current_match = (match.row, match.version, match.start)
        self.show_version(match.version)
        self.invalidate()
        if self.go_to_row(match.row):
            self.reveal_match(match)
        return match

    def reveal_match(self, match: Match) -> None:
        """In a row taller than the view, scroll so the current match's line is on screen."""
        i = self._row_item.get(match.row)
        if i is None or match.version not in self.shown:
            return
        start, height = self.index.starts[i], self.index.heights[i] - 1
        view = self.scrollable_content_region.height
        if height <= view:
            return
        width = self.geometry()[1][self.shown.index(match.version)][1]
        lines, _ = self.cell_lines(match.row, match.version, width)
        line = next((n for n, pieces in enumerate(lines) if any("match-current" in c for _, c in pieces)), 0)
        target = max(start, min(start + height - view, start + line - view // 3))
        self.scroll_to(y=target, animate=False, force=True)
