"""Review dialogs: the note input (``c``) and the review panel (``R``).

``NoteScreen(row, note)`` is a one-line input: enter dismisses with the text
(possibly empty: the note is cleared), escape with None (nothing changes).

``ReviewScreen(lines, counts)`` lists every accepted, flagged or noted row
(``lines``: ``(row, text)`` pairs, in row order, stale ones saying so) under
the counts line ("12 changes: 7 accepted, 3 flagged, 2 open"), every string
as plain text (a note is never read as markup); enter
dismisses with the chosen row so the viewer jumps there, escape with None.
Decisions that no longer match any row are listed too, without a jump.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.screens.dialog import Dialog
from tui.widgets.plain import plain

NOTE_LIMIT = 500
"""Characters a note may have (one line; the review file stays small)."""


class NoteScreen(Dialog[str | None]):
    """A one-line note on a row."""

    BINDINGS = [Binding("escape", "close", "Cancel", id="note.cancel")]

    def __init__(self, row: int, note: str) -> None:
        super().__init__()
        self.row = row
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(f"Note on row {self.row + 1}", classes="screen-title")
            yield Input(self.note, placeholder="what to check, for whom", max_length=NOTE_LIMIT, id="note")
            yield Static("enter saves (an empty note clears it) \u00b7 esc cancels", classes="hint")

    def on_mount(self) -> None:
        """Type at once."""
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter: the note as typed, on one line."""
        event.stop()
        self.close(" ".join(event.value.split()))


class ReviewScreen(Dialog[int | None]):
    """Every decided or noted row; enter jumps to one."""

    BINDINGS = [Binding("escape,q,R", "close", "Close", id="review.close")]

    def __init__(self, lines: list[tuple[int | None, str]], counts: str, where: str) -> None:
        super().__init__()
        self.lines = lines
        self.counts = counts
        self.where = where

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Static(plain(f"Review \u00b7 {self.counts}"), classes="screen-title", id="review-counts")
            if self.lines:
                options = [Option(plain(text), id=str(n), disabled=row is None)
                           for n, (row, text) in enumerate(self.lines)]
                yield OptionList(*options, id="review-list")
                hint = "enter jumps to the row \u00b7 esc closes"
            else:
                yield Static("No decisions yet: a accepts a row, x flags it, c writes a note.", id="no-review")
                hint = "esc closes"
            yield Static(plain(f"{self.where}\n{hint}"), classes="hint")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Return the chosen row."""
        assert event.option.id is not None  # every option is made with its line's position as id
        row, _text = self.lines[int(event.option.id)]
        if row is not None:
            self.close(row)
