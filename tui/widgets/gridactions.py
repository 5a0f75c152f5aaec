"""What the grid's keys and options do: cursor moves, folds, versions shown, search.

``GridActions`` is a mixin of ``DiffGrid``: it works on the grid's state
(its ``model``, a ``GridModel``) through ``relayout``, ``invalidate`` and
``scroll_to``, and never paints. Every method leaves the cursor on an existing item.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.events import Click
from textual.geometry import Size

from tui.widgets.search import Match

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
        if not self.model.index.exact[i] and self.model.index.update({i: self._item_height(i, exact=True)}):
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
            self.relayout()
        if model.item_of(row) is None:
            return False
        if model.open_fold_of(row):
            self.relayout(row)
        self.move_to_item(model.item_of(row))
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

    def set_boilerplate_hidden(self, hidden: bool) -> None:
        """Hide boilerplate rows, or show them (long blocks folded)."""
        self.model.hide_boilerplate = hidden
        self.relayout()

    def set_fold_unchanged(self, fold: bool) -> None:
        """Fold runs of unchanged rows to one line each, or unfold them."""
        self.model.set_fold_unchanged(fold)
        self.relayout()

    def set_typography(self, show: bool) -> None:
        """Mark typography-only changes (quotes, dashes, spaces) or not."""
        self.model.typography = self.ctx.typography = show
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
        found = self.model.search(query)
        self.ctx.search = self.model.pattern
        self.ctx.current_match = None
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
        self.ctx.current_match = (match.row, match.version, match.start)
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
