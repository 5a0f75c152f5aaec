"""A modal dialog that can be closed only once.

Keys arrive faster than screens change: a second enter can select an option
after the first one already closed the dialog. ``Dialog.close(result)``
dismisses only while the dialog is the active screen, so its result callback
runs exactly once. Dialog styles live in ``tui/styles/dialogs.tcss``.
"""

from __future__ import annotations

from typing import TypeVar

from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen

Result = TypeVar("Result")


class Dialog(ModalScreen[Result]):
    """A ModalScreen with an idempotent ``close``."""

    CSS_PATH = "../styles/dialogs.tcss"

    def close(self, result: Result | None = None) -> None:
        """Dismiss with result, if this dialog is still the active screen."""
        if self.is_active:
            self.dismiss(result)

    def action_close(self) -> None:
        """Dismiss without a result (bound to escape)."""
        self.close(None)


class ScrollingDialog(Dialog[None]):
    """A read-only dialog whose content is one VerticalScroll, moved with j/k or the arrows."""

    BINDINGS = [
        Binding("j,down", "scroll(1)", "Down", show=False),
        Binding("k,up", "scroll(-1)", "Up", show=False),
    ]

    def action_scroll(self, lines: int) -> None:
        """Scroll the dialog's content."""
        self.query_one(VerticalScroll).scroll_relative(y=lines, animate=False)
