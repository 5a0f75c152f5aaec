"""The viewer's review of one story: the store, and its decisions on the current comparison.

``ReviewSession(versions, inputs, path)`` opens the review file when the first
comparison arrives (the default path depends on the base: see
``review_store.default_path``; ``path`` is ``--review``). A file that cannot
be used leaves ``error`` set (one line) and the session read-only: nothing is
written over it. ``show(comparison)`` places the decisions on its rows
(``view``); ``set_status`` / ``set_note`` record a decision on a row and save
at once (OSError or ReviewError reach the caller, and nothing changes).
Pure Python: the app calls it on its own thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import Comparison, Version
from .review_store import ReviewError, ReviewStore, default_path
from .review_view import ReviewView

if TYPE_CHECKING:
    from .decisions import Attached, Decision, RowIndex


class ReviewSession:
    """Decisions for the story the viewer shows."""

    def __init__(self, versions: Sequence[Version], inputs: Sequence[str], path: str | None = None,
                 keep: bool = True) -> None:
        self.versions = tuple(versions)
        self.inputs = tuple(inputs)
        self.requested = Path(path).expanduser() if path else None
        self.keep = keep
        """False: decisions are not saved (the bundled sample, unless --review is given)."""
        self.store: ReviewStore | None = None
        self.error: str | None = None
        """Why the review file cannot be used (then nothing is saved)."""
        self.comparison: Comparison | None = None
        self.view = ReviewView()
        self._index: RowIndex | None = None

    @property
    def path(self) -> Path | None:
        """The review file in use (None: not saved)."""
        return self.store.path if self.store else None

    def open(self, base: int) -> None:
        """Open the review file (once); sets ``error`` instead of raising."""
        if self.store is not None or self.error is not None:
            return
        path = self.requested
        if path is None and self.keep:
            path = default_path(self.inputs, self.versions, base)
        try:
            self.store = ReviewStore.open(path, self.versions)
        except ReviewError as error:
            self.error = str(error)

    def show(self, comparison: Comparison) -> None:
        """Place the decisions on a new comparison's rows."""
        self.open(comparison.base)
        self.comparison, self._index = comparison, None
        decisions = self.store.decisions.values() if self.store else ()
        if not decisions:  # a story without decisions (the viewer's start) needs nothing more of the review
            self.view = ReviewView()
            return
        from .decisions import attach

        self.view = attach(comparison, decisions, self.index())

    def index(self) -> RowIndex:
        """The current comparison's row keys and texts (computed once per comparison)."""
        if self._index is None:
            assert self.comparison is not None, "show() comes first"
            from .decisions import index_rows

            self._index = index_rows(self.comparison)
        return self._index

    def at(self, row: int) -> Attached | None:
        """The decision on a row, if any."""
        return self.view.by_row.get(row)

    def set_status(self, row: int, status: str) -> Decision:
        """Give a row a status (its note is kept) and save."""
        found = self.at(row)
        note = found.decision.note if found else ""
        return self._record(row, status, note)

    def set_note(self, row: int, note: str) -> Decision:
        """Write a row's note (its status is kept; an undecided row stays open) and save."""
        found = self.at(row)
        status = found.decision.status if found else "open"
        return self._record(row, status, note.strip())

    def _record(self, row: int, status: str, note: str) -> Decision:
        if self.store is None:
            raise ReviewError(self.error or "no review file")
        found = self.at(row)
        assert self.comparison is not None, "show() comes first"
        from .decisions import attach, decide

        decision = decide(self.comparison, row, status, note, self.index().keys[row])
        self.store.put(decision, replaces=found.decision.key if found else None)
        self.view = attach(self.comparison, self.store.decisions.values(), self.index())
        return decision
