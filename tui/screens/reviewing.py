"""The viewer's review keys: a accept, x flag, c note, R review panel, A skip accepted rows.

``ReviewKeys`` is a mixin of ``ViewerScreen``. The decisions live in the
app's ``review`` (a ``core.review_session.ReviewSession``): the keys call it on
the UI thread (a small JSON file written atomically) and then repaint the
gutter marks and the status bar. A save that fails says why in a notice and
changes nothing; a review file that cannot be used (corrupt, foreign, an
input) is named in a notice and never written over.

Marks read without colour: ``✓`` accepted, ``!`` flagged, ``*`` an open row
with a note, ``?`` a decision made on texts that changed since (stale).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.core.review.review_store import ReviewError
from tui.core.safe import visible

if TYPE_CHECKING:
    from tui.core.review.review_session import ReviewSession
    from tui.screens.viewer import ViewerScreen

    _Base = ViewerScreen
else:
    _Base = object

NOTE_IN_STATUS = 40
"""Characters of a note the status bar shows."""


class ReviewKeys(_Base):
    """Recording an editor's decisions from the viewer."""

    @property
    def review(self) -> ReviewSession:
        """The app's review session."""
        return self.app.review

    def show_review(self) -> None:
        """A new comparison: place the decisions on its rows and mark them (say once if the file is unusable)."""
        review = self.review
        reported = review.error is not None
        review.show(self.comparison)
        if review.error and not reported:
            self.notify(f"{visible(review.error)}. Decisions will not be saved.", severity="error", timeout=15)
        self._mark_rows()

    def _mark_rows(self) -> None:
        grid = self.grid
        grid.model.skip_row = self._is_skipped if self.options.skip_accepted else None
        grid.set_review_marks({row: found.mark for row, found in self.review.view.by_row.items()})
        self.refresh_chrome()

    def _is_skipped(self, row: int) -> bool:
        found = self.review.at(row)
        return found is not None and found.decision.status == "accepted" and not found.stale

    def review_status(self) -> str:
        """What the status bar says about the cursor's row and the review mode."""
        parts = []
        row = self.grid.model.cursor_row
        found = self.review.at(row) if row is not None and self.comparison is not None else None
        if found is not None:
            from tui.core.review.decisions import described  # here: a story without decisions never needs it

            ids = [(v.label, v.id) for v in self.comparison.versions]
            text = f"{found.mark} {described(found, ids)}"
            note = found.decision.note
            if note:
                more = "\u2026" if len(note) > NOTE_IN_STATUS else ""
                text += f": {note[:NOTE_IN_STATUS]}{more}"
            parts.append(text)
        if self.options.skip_accepted:
            from tui.core.review.decisions import MARKS

            parts.append(f"skipping {MARKS['accepted']} accepted (A)")
        return " \u00b7 ".join(parts)

    def _decidable_row(self) -> int | None:
        grid = self.grid
        if not grid.model.items:
            return None
        item = grid.model.items[grid.model.cursor]
        if item.is_fold:
            self.notify("The cursor is on a fold: press enter to open it, then decide row by row.", timeout=4)
            return None
        return item.rows[0]

    def _record(self, change) -> None:
        row = self._decidable_row()
        if row is None:
            return
        try:
            change(row)
        except (OSError, ReviewError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            self.notify(f"Not saved: {visible(reason)}", severity="error", timeout=10)
            return
        self._mark_rows()
        if self.review.path is None and self.review.error is None and not getattr(self, "_told_unsaved", False):
            self._told_unsaved = True
            self.notify("Decisions on the bundled sample last for this session only (--review PATH saves them).",
                        timeout=6)

    def _toggle(self, status: str) -> None:
        def change(row: int):
            found = self.review.at(row)
            fresh = found is not None and found.decision.status == status and not found.stale
            return self.review.set_status(row, "open" if fresh else status)
        self._record(change)

    def action_accept(self) -> None:
        """Accept the row's changes (again: undo)."""
        self._toggle("accepted")

    def action_flag(self) -> None:
        """Flag the row for follow-up (again: undo)."""
        self._toggle("flagged")

    def action_note(self) -> None:
        """Write or edit the row's note."""
        from tui.screens.review import NoteScreen

        row = self._decidable_row()
        if row is None:
            return
        found = self.review.at(row)

        def typed(note: str | None) -> None:
            if note is not None:
                self._record(lambda r: self.review.set_note(r, note))

        self.app.push_screen(NoteScreen(row, found.decision.note if found else ""), typed)

    def action_toggle_skip_accepted(self) -> None:
        """n/p skip accepted rows, or stop skipping them."""
        self.set_options(skip_accepted=not self.options.skip_accepted)
        self._mark_rows()

    def action_review_panel(self) -> None:
        """Every decided or noted row, the counts, and jump-to."""
        from tui.core.review.decisions import count_changes, counts_line, described
        from tui.screens.review import ReviewScreen

        review, comparison = self.review, self.comparison
        ids = [(v.label, v.id) for v in comparison.versions]
        lines: list[tuple[int | None, str]] = []
        for row, found in sorted(review.view.by_row.items()):
            note = f": {found.decision.note}" if found.decision.note else ""
            lines.append((row, f"Row {row + 1}  {found.mark} {described(found, ids)}{note}"))
        for decision in review.view.orphans:
            note = f": {decision.note}" if decision.note else ""
            lines.append((None, f"(no row now)  ? {decision.status}, its texts all changed since{note}"))
        counts = counts_line(count_changes(comparison, review.view))
        where = f"saved in {review.path}" if review.path else (review.error or "not saved (session only)")

        def chosen(row: int | None) -> None:
            if row is not None and self.grid.go_to_row(row):
                self.grid.scroll_item_to_top()
                self.refresh_chrome()

        self.app.push_screen(ReviewScreen(lines, counts, where), chosen)
